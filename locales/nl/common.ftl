# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

product-name = Kalm
console-name = Kalm servicedesk
skip-to-content = Naar de inhoud
signed-in-as = Ingelogd als { $name }
logout = Uitloggen
back-home = Naar de startpagina
save = Opslaan
never = Nooit
filter-any = Alle

nav-label = Hoofdmenu
nav-home = Start
nav-accounts = Accounts
nav-audit = Auditlog
nav-my-account = Mijn account
nav-platforms = Platforms
nav-settings = Instellingen
nav-charges = Kosten
nav-emails = E-mails

field-email = E-mailadres
field-password = Wachtwoord
field-new-password = Nieuw wachtwoord
field-current-password = Huidig wachtwoord
field-first-name = Voornaam
field-last-name = Achternaam
field-language = Taal
field-name = Naam
field-account-type = Soort account
field-role = Rol
field-roles = Rollen
field-status = Status
field-last-activity = Laatst actief
field-created = Aangemaakt
field-platform = Platform (domein of id)
field-platform-name = Naam
field-domain = Domein
field-kind = Soort
field-default-language = Standaardtaal
field-code = Code
field-phone = Mobiel telefoonnummer
field-recovery-code = Herstelcode
field-reason-optional = Reden (optioneel)

next = Volgende
back = Terug

# The way back from a confirmation page, changing nothing.
confirm-keep = Annuleren

field-country = Land
field-time-zone = Tijdzone
field-contact-email = E-mailadres voor contact

nav-tools = Interventies
