# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

forgot-title = Wachtwoord vergeten?
forgot-intro = Vul je e-mailadres in. We sturen je een link om een nieuw wachtwoord te kiezen.
forgot-submit = Stuur me een link
forgot-sent = Als er een account is met dit e-mailadres, hebben we er een link naartoe gestuurd. Kijk in je inbox (en in je map met ongewenste e-mail). De link werkt een uur.
forgot-back-to-login = Terug naar de inlogpagina
reset-title = Kies een nieuw wachtwoord
reset-submit = Nieuw wachtwoord opslaan
notice-password-reset = Je nieuwe wachtwoord is opgeslagen. Je kunt er nu mee inloggen.
error-reset-link-invalid = Deze link werkt niet. Misschien is hij al gebruikt, of ontbreekt er een stuk. Op de inlogpagina kun je een nieuwe aanvragen.
error-reset-link-expired = Deze link is verlopen. Op de inlogpagina kun je een nieuwe aanvragen.
