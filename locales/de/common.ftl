# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

product-name = Kalm
console-name = Kalm Servicedesk
skip-to-content = Zum Hauptinhalt springen
signed-in-as = Angemeldet als { $name }
logout = Abmelden
back-home = Zur Startseite
save = Speichern
never = Nie
filter-any = Alle

nav-label = Hauptmenü
nav-home = Startseite
nav-accounts = Konten
nav-audit = Auditprotokoll
nav-my-account = Mein Konto
nav-platforms = Plattformen
nav-settings = Einstellungen
nav-charges = Gebühren
nav-emails = E-Mails

field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-current-password = Aktuelles Passwort
field-first-name = Vorname
field-last-name = Nachname
field-language = Sprache
field-name = Name
field-account-type = Kontotyp
field-role = Rolle
field-roles = Rollen
field-status = Status
field-last-activity = Letzte Aktivität
field-created = Erstellt
field-platform = Plattform (Domain oder ID)
field-platform-name = Name
field-domain = Domain
field-kind = Art
field-default-language = Standardsprache
field-code = Code
field-phone = Handynummer
field-recovery-code = Wiederherstellungscode
field-reason-optional = Grund (optional)

next = Weiter
back = Zurück

# The way back from a confirmation page, changing nothing.
confirm-keep = Abbrechen

field-country = Land
field-time-zone = Zeitzone
field-contact-email = Kontakt-E-Mail-Adresse

nav-tools = Interventionen
