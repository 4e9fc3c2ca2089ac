# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

activate-title = Kies je wachtwoord
activate-welcome = Welkom, { $name }
activate-intro = Kies een wachtwoord voor je nieuwe account. Hiermee log je voortaan in.
activate-submit = Wachtwoord opslaan en verder

notice-account-activated = Je wachtwoord is opgeslagen. Je kunt nu inloggen.

error-activation-link-invalid = Deze link werkt niet. Misschien is hij al gebruikt, of ontbreekt er een stuk. Vraag degene die je uitnodigde om een nieuwe link.
error-activation-link-expired = Deze link is verlopen. Vraag degene die je uitnodigde om een nieuwe link.
