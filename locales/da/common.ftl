# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

product-name = Kalm
console-name = Kalm servicedesk
skip-to-content = Gå til hovedindholdet
signed-in-as = Logget ind som { $name }
logout = Log ud
back-home = Gå til forsiden
save = Gem
never = Aldrig
filter-any = Alle

nav-label = Hovedmenu
nav-home = Forside
nav-accounts = Konti
nav-audit = Revisionslog
nav-my-account = Min konto
nav-platforms = Platforme
nav-settings = Indstillinger
nav-charges = Gebyrer
nav-emails = E-mails

field-email = E-mailadresse
field-password = Adgangskode
field-new-password = Ny adgangskode
field-current-password = Nuværende adgangskode
field-first-name = Fornavn
field-last-name = Efternavn
field-language = Sprog
field-name = Navn
field-account-type = Kontotype
field-role = Rolle
field-roles = Roller
field-status = Status
field-last-activity = Seneste aktivitet
field-created = Oprettet
field-platform = Platform (domæne eller id)
field-platform-name = Navn
field-domain = Domæne
field-kind = Type
field-default-language = Standardsprog
field-code = Kode
field-phone = Mobilnummer
field-recovery-code = Gendannelseskode
field-reason-optional = Begrundelse (valgfri)

next = Næste
back = Tilbage

# The way back from a confirmation page, changing nothing.
confirm-keep = Annullér

field-country = Land
field-time-zone = Tidszone
field-contact-email = Kontakt-e-mailadresse

nav-tools = Interventioner
