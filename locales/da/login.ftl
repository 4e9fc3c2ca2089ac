# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

login-title = Log ind
login-intro = Log ind på { $platform } med din e-mailadresse og adgangskode.
console-login-intro = Log ind på servicedeskens konsol.
login-submit = Log ind

password-rules = Brug mindst 12 tegn. Et par ord, der ikke hører sammen, virker godt. Undgå dit navn og almindelige adgangskoder.

error-login-failed = E-mailadressen eller adgangskoden er ikke rigtig. Tjek begge dele, og prøv igen.
error-login-throttled = Der var for mange forsøg. Vent lidt, og prøv igen.
error-login-throttled-until = Der var for mange forsøg. Du kan prøve igen efter { $time }.
error-account-deactivated-login = Din konto er ikke aktiv lige nu. Kontakt din behandler eller den applikationsansvarlige for { $platform }.
error-password-too-short = Adgangskoden er for kort. Brug mindst 12 tegn.
error-password-too-long = Adgangskoden er for lang. Brug højst 1024 tegn.
error-password-too-guessable = Denne adgangskode er for nem at gætte. Prøv med et par ord, der ikke hører sammen.

login-forgot-link = Har du glemt din adgangskode?

error-account-deactivated-login-contact = Din konto er ikke aktiv lige nu. Kontakt { $platform }: { $address }
