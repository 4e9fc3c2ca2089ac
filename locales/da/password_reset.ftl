# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

forgot-title = Har du glemt din adgangskode?
forgot-intro = Skriv din e-mailadresse. Vi sender dig et link, så du kan vælge en ny adgangskode.
forgot-submit = Send mig et link
forgot-sent = Hvis der er en konto med denne e-mailadresse, har vi sendt et link til adressen. Tjek din indbakke (og din spammappe). Linket virker i en time.
forgot-back-to-login = Tilbage til loginsiden
reset-title = Vælg en ny adgangskode
reset-submit = Gem ny adgangskode
notice-password-reset = Din nye adgangskode er gemt. Du kan logge ind med den nu.
error-reset-link-invalid = Dette link virker ikke. Måske er det allerede brugt, eller der mangler en del af det. Du kan bede om et nyt link på loginsiden.
error-reset-link-expired = Dette link er udløbet. Du kan bede om et nyt link på loginsiden.
