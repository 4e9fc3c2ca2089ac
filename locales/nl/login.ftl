# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

login-title = Inloggen
login-intro = Log in op { $platform } met je e-mailadres en wachtwoord.
console-login-intro = Log in op de servicedeskconsole.
login-submit = Inloggen

password-rules = Gebruik minstens 12 tekens. Een paar losse woorden achter elkaar werkt goed. Gebruik niet je naam of een veelgebruikt wachtwoord.

error-login-failed = Het e-mailadres of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.
error-login-throttled = Er waren te veel pogingen. Wacht even en probeer het opnieuw.
error-login-throttled-until = Er waren te veel pogingen. Je kunt het opnieuw proberen na { $time }.
error-account-deactivated-login = Je account is op dit moment niet actief. Neem contact op met je behandelaar of met de applicatiebeheerder van { $platform }.
error-password-too-short = Het wachtwoord is te kort. Gebruik minstens 12 tekens.
error-password-too-long = Het wachtwoord is te lang. Gebruik hoogstens 1024 tekens.
error-password-too-guessable = Dit wachtwoord is te makkelijk te raden. Probeer een paar losse woorden achter elkaar.

login-forgot-link = Wachtwoord vergeten?

error-account-deactivated-login-contact = Je account is op dit moment niet actief. Neem contact op met { $platform }: { $address }
