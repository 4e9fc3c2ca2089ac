# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

activate-title = Vælg din adgangskode
activate-welcome = Velkommen, { $name }
activate-intro = Vælg en adgangskode til din nye konto. Du bruger den, når du logger ind.
activate-submit = Gem adgangskode og fortsæt

notice-account-activated = Din adgangskode er gemt. Du kan logge ind nu.

error-activation-link-invalid = Dette link virker ikke. Måske er det allerede brugt, eller der mangler en del af det. Bed den person, der inviterede dig, om et nyt link.
error-activation-link-expired = Dette link er udløbet. Bed den person, der inviterede dig, om et nyt link.
