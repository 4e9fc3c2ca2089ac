# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

product-name = Kalm
console-name = Kalm Servicedesk
skip-to-content = Zum Hauptinhalt springen
nav-label = Hauptmenü
nav-home = Startseite
nav-accounts = Konten
nav-audit = Auditprotokoll
nav-my-account = Mein Konto
nav-platforms = Plattformen
signed-in-as = Angemeldet als { $name }
logout = Abmelden
back-home = Zur Startseite
save = Speichern
never = Nie
filter-any = Alle

## Login
login-title = Anmelden
login-intro = Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort bei { $platform } an.
console-login-intro = Melden Sie sich an der Servicedesk-Konsole an.
console-two-factor-required = Die Servicedesk-Konsole verlangt von allen Servicedesk-Mitarbeitern einen zweiten Faktor. Richten Sie eine Authenticator-App ein, um fortzufahren.
console-two-factor-code = Öffnen Sie Ihre Authenticator-App. Geben Sie den 6-stelligen Code ein, den sie für den Kalm Servicedesk anzeigt.
console-two-factor-help = Bitten Sie einen anderen Servicedesk-Mitarbeiter oder die Betreuung des Servers, dort „kalm operator two-factor reset“ auszuführen. Bei Ihrer nächsten Anmeldung richten Sie Ihre Authenticator-App dann neu ein.
login-submit = Anmelden
field-email = E-Mail-Adresse
field-password = Passwort

## Activation
activate-title = Passwort festlegen
activate-welcome = Willkommen, { $name }
activate-intro = Wählen Sie ein Passwort für Ihr neues Konto. Damit melden Sie sich künftig an.
activate-submit = Passwort speichern und weiter
password-rules = Verwenden Sie mindestens 12 Zeichen. Gut geeignet sind einige Wörter hintereinander, die nichts miteinander zu tun haben. Vermeiden Sie Ihren Namen und häufig verwendete Passwörter.
field-new-password = Neues Passwort
field-current-password = Aktuelles Passwort

## Home
home-title = Startseite
home-welcome = Willkommen, { $name }
home-manager = Sie verwalten die Konten dieser Plattform.
home-secretary = Sie unterstützen Behandler und ihre Klienten.
home-professional = Hier finden Sie die Klienten, mit denen Sie arbeiten.
home-client = Hier finden Sie die Menschen, die Sie unterstützen.
home-friend = Ein Klient hat Sie auf diese Plattform eingeladen.
home-friend-of = { $name } hat Sie auf diese Plattform eingeladen.
home-operator = Sie sind mit einem Servicedesk-Token angemeldet.
home-your-clients = Ihre Klienten
home-no-clients = Sie haben noch keine Klienten.
home-your-professionals = Ihre Behandler
home-no-professionals = Ihrem Konto ist noch kein Behandler zugeordnet.

## My account
my-account-title = Mein Konto
my-account-profile = Ihre Angaben
my-account-password = Ihr Passwort ändern
my-account-change-password = Passwort ändern
field-first-name = Vorname
field-last-name = Nachname
field-language = Sprache

## Accounts
accounts-title = Konten
accounts-new = Neues Konto
accounts-new-client = Neuer Klient
accounts-filter = Konten filtern
accounts-search = Name oder E-Mail-Adresse
accounts-apply-filter = Filter anwenden
accounts-count = { $count ->
    [0] Keine Konten gefunden.
    [one] 1 Konto gefunden.
   *[other] { $count } Konten gefunden.
}
field-name = Name
field-account-type = Kontotyp
field-role = Rolle
field-roles = Rollen
field-status = Status
field-last-activity = Letzte Aktivität
field-created = Erstellt
account-new-title = Neues Konto
account-new-roles = Rollen (für Mitarbeiterkonten)
account-new-submit = Konto erstellen
account-activation-link = Aktivierungslink
account-activation-link-help = Geben Sie diesen Link der Person, für die das Konto ist. Er funktioniert einmal und 7 Tage lang. Damit legt die Person ihr Passwort fest.
account-friend-of = Nahestehende Person von { $name }
account-professionals = Behandler
account-no-professionals = Diesem Klienten ist noch kein Behandler zugeordnet.
account-unrelate = Zuordnung zu { $name } beenden
account-relate-label = Behandler
account-relate = Zuordnen
account-clients = Klienten
account-friends = Nahestehende Personen
account-roles-heading = Rollen
account-roles-save = Rollen speichern
account-actions = Aktionen
account-renew-link = Neuer Aktivierungslink
account-deactivate = Konto deaktivieren
account-reactivate = Konto wieder aktivieren

account-type-professional = Mitarbeiterkonto
account-type-client = Klient
account-type-friend = Nahestehende Person
role-professional = Behandler
role-secretary = Sekretariat
role-application-manager = Applikationsmanager
status-invited = Eingeladen
status-active = Aktiv
status-deactivated = Deaktiviert

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

## Notices after a change
notice-account-activated = Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.
notice-profile-saved = Ihre Angaben sind gespeichert.
notice-password-changed = Ihr Passwort wurde geändert. Hier bleiben Sie angemeldet; auf anderen Geräten wurden Sie abgemeldet.
notice-account-created = Das Konto wurde erstellt.
notice-roles-saved = Die Rollen wurden gespeichert.
notice-relation-added = Klient und Behandler sind jetzt einander zugeordnet.
notice-relation-removed = Die Zuordnung wurde beendet.
notice-account-deactivated = Das Konto wurde deaktiviert. Eine Anmeldung damit ist nicht mehr möglich.
notice-account-reactivated = Das Konto ist wieder aktiv.
notice-account-reactivated-invited = Das Konto ist wieder aktiviert. Die Person hat nie ein Passwort festgelegt, daher ist es wieder eingeladen: Senden Sie einen neuen Aktivierungslink.
notice-activation-link-renewed = Ein neuer Aktivierungslink ist bereit. Frühere Links funktionieren nicht mehr.

## Audit log
audit-title = Auditprotokoll
audit-filter = Auditprotokoll filtern
audit-account = Konto (E-Mail-Adresse oder ID)
audit-action = Aktion
audit-since = Von
audit-until = Bis
audit-when = Wann
audit-who = Wer
audit-target = Betrifft
audit-outcome = Ergebnis
audit-source = Quelladresse
audit-detail = Details
field-platform = Plattform (Domain oder ID)
actor-operator = Servicedesk
actor-account = Konto
actor-system = System
actor-anonymous = Nicht angemeldet
outcome-success = Erfolgreich
outcome-failure = Fehlgeschlagen
outcome-denied = Verweigert
audit-action-login-succeeded = Angemeldet
audit-action-login-failed = Anmeldung fehlgeschlagen
audit-action-login-throttled = Anmeldung nach zu vielen Versuchen pausiert
audit-action-logout = Abgemeldet
audit-action-account-created = Konto erstellt
audit-action-account-updated = Konto geändert
audit-action-account-activated = Konto aktiviert
audit-action-roles-changed = Rollen geändert
audit-action-relation-added = Zuordnung hinzugefügt
audit-action-relation-removed = Zuordnung beendet
audit-action-account-deactivated = Konto deaktiviert
audit-action-account-reactivated = Konto wieder aktiviert
audit-action-password-changed = Passwort geändert
audit-action-activation-link-renewed = Neuer Aktivierungslink
audit-action-platform-created = Plattform erstellt
audit-action-operator-created = Servicedesk-Mitarbeiter erstellt
audit-action-operator-token-created = API-Token erstellt
audit-action-access-denied = Zugriff verweigert

## Operator console
platforms-title = Plattformen
platforms-new = Neue Plattform
platforms-none = Es gibt noch keine Plattformen.
platforms-create = Plattform erstellen
platforms-domain-help = Die Adresse, die Nutzer aufrufen, zum Beispiel therapie.example.org. Ohne https:// und ohne Pfad.
platforms-account-count = Konten
platforms-id = ID
platforms-audit = Auditprotokoll dieser Plattform
platforms-add-manager = Applikationsmanager hinzufügen
platforms-add-manager-submit = Applikationsmanager hinzufügen
field-platform-name = Name
field-domain = Domain
field-kind = Art
field-default-language = Standardsprache
kind-care = Behandlungsplattform
kind-content = Content-Plattform (CMS)

## Errors
error-title = Bitte beachten Sie Folgendes
error-login-failed = E-Mail-Adresse oder Passwort stimmen nicht. Prüfen Sie beides und versuchen Sie es noch einmal.
error-login-throttled = Es gab zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann noch einmal.
error-login-throttled-until = Es gab zu viele Versuche. Sie können es ab { $time } wieder versuchen.
error-account-deactivated = Dieses Konto ist deaktiviert.
error-account-deactivated-login = Ihr Konto ist im Moment nicht aktiv. Bitte wenden Sie sich an Ihren Behandler oder an den Applikationsmanager von { $platform }.
error-activation-link-invalid = Dieser Link funktioniert nicht (mehr). Bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link.
error-activation-link-expired = Dieser Link ist abgelaufen. Bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link.
error-password-too-short = Das Passwort ist zu kurz. Verwenden Sie mindestens 12 Zeichen.
error-password-too-long = Das Passwort ist zu lang. Verwenden Sie höchstens 1024 Zeichen.
error-password-too-guessable = Dieses Passwort ist zu leicht zu erraten. Versuchen Sie es mit einigen Wörtern hintereinander, die nichts miteinander zu tun haben.
error-current-password-wrong = Ihr aktuelles Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.
error-email-invalid = Das ist keine gültige E-Mail-Adresse. Prüfen Sie sie auf Tippfehler.
error-email-taken = Diese E-Mail-Adresse wird auf dieser Plattform schon von einem anderen Konto verwendet.
error-first-name-empty = Bitte geben Sie den Vornamen ein.
error-last-name-empty = Bitte geben Sie den Nachnamen ein.
error-name-too-long = Ein Name darf höchstens 100 Zeichen haben.
error-account-type-unknown = Wählen Sie einen Kontotyp.
error-role-unknown = Eine der Rollen ist unbekannt.
error-roles-empty = Ein Mitarbeiterkonto braucht mindestens eine Rolle.
error-roles-not-allowed = Nur Mitarbeiterkonten haben Rollen.
error-account-status-unknown = Dieser Kontostatus ist unbekannt.
error-language-unknown = Diese Sprache ist nicht verfügbar.
error-platform-name-empty = Bitte geben Sie den Namen der Plattform ein.
error-platform-name-too-long = Der Name der Plattform darf höchstens 100 Zeichen haben.
error-platform-kind-unknown = Wählen Sie als Art Behandlung oder Content.
error-domain-invalid = Das ist keine gültige Domain. Verwenden Sie einen Namen wie therapie.example.org, ohne https:// und ohne Pfad.
error-domain-taken = Diese Domain wird schon von einer anderen Plattform verwendet.
error-platform-not-found = Diese Plattform wurde nicht gefunden.
error-operator-not-found = Es gibt keinen Servicedesk-Mitarbeiter mit dieser E-Mail-Adresse.
error-account-not-found = Dieses Konto wurde nicht gefunden.
error-client-not-found = Auf dieser Plattform gibt es keinen Klienten mit dieser E-Mail-Adresse.
error-email-not-found = Diese E-Mail ist nicht im Postausgang oder kann nicht erneut gesendet werden.
error-remembered-device-not-found = Dieses gespeicherte Gerät wurde nicht gefunden.
error-not-allowed = Dazu sind Sie nicht berechtigt.
error-duplicate = Das existiert bereits.
error-relation-types = Eine Zuordnung verbindet einen Klienten mit einem Behandler.
error-last-application-manager = Die Plattform muss mindestens einen aktiven Applikationsmanager behalten.
error-account-not-active = Das ist nur bei Konten möglich, die noch nicht aktiviert sind.
error-not-signed-in = Bitte melden Sie sich zuerst an.
error-page-not-found = Diese Seite gibt es nicht.
error-route-not-found = Diese API-Route gibt es nicht.
error-request-timeout = Das hat zu lange gedauert. Bitte versuchen Sie es gleich noch einmal.
error-invalid-json = Der Request-Body ist für diesen Aufruf kein gültiges JSON.
error-unknown-parameter = Dieser Aufruf kennt diesen Parameter nicht; prüfen Sie die Schreibweise.
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später noch einmal.
error-invalid-field = Das Feld { $field } hat einen Wert, den dieser Aufruf nicht annimmt: { $detail }.
error-missing-field = Das Feld { $field } ist erforderlich.
error-unknown-field = Dieser Aufruf kennt das Feld { $field } nicht; prüfen Sie die Schreibweise.
error-invalid-query = Der Query-Parameter { $field } hat einen Wert, den dieser Aufruf nicht annimmt: { $detail }.
error-invalid-path = Der Pfadparameter { $field } ist ungültig: { $detail }.
error-body-too-large = Der Request-Body ist zu groß; er darf höchstens 2 MB groß sein.
error-body-unreadable = Der Request-Body konnte nicht gelesen werden.
error-unsupported-media-type = Senden Sie den Request-Body als JSON, mit dem Header Content-Type: application/json.
error-method-not-allowed = Diese API-Route kennt diese Methode nicht.
error-bad-request = Die Anfrage ist ungültig.
error-host-unknown = Unter dieser Domain läuft keine Plattform.
error-cross-origin-refused = Diese Anfrage kam von einer anderen Website und wurde abgelehnt.
error-database-unavailable = Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.

## Configurations
nav-settings = Einstellungen
nav-charges = Gebühren
settings-title = Einstellungen
settings-intro = Das sind die Konfigurationen, die auf Ihrer Plattform verfügbar sind. Einige können Sie selbst ändern; für die anderen wenden Sie sich an den Servicedesk.
settings-none = Auf dieser Plattform sind noch keine Konfigurationen verfügbar. Der Servicedesk kann sie freischalten.
settings-back = Zurück zu den Einstellungen
platforms-configurations = Konfigurationen
platforms-charges = Gebühren dieser Plattform
config-back-to-platform = Zurück zu { $platform }
config-state = Status
config-state-available = Verfügbar
config-state-unavailable = Nicht verfügbar
config-state-always = Immer wirksam
config-editor = Änderbar durch
config-editor-service-desk = Servicedesk
config-editor-application-manager = Applikationsmanager
config-charge = Kosten
config-charge-free = Kostenlos
config-charge-when-made-available = Kostenpflichtig bei Freischaltung
config-charge-every-change = Kostenpflichtig bei jeder Änderung
config-availability = Verfügbarkeit
config-make-available = Freischalten
config-withdraw = Freischaltung aufheben
config-value = Wert
config-save = Speichern
config-ask-service-desk = Nur der Servicedesk kann das ändern. Wenden Sie sich über Ihren Kundenbetreuer oder per E-Mail an den Servicedesk.
config-on = Ein
config-off = Aus
config-none = Keine
config-range = Zwischen { $min } und { $max }.
config-days = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
}
config-after-days = { $days ->
    [one] nach 1 Tag ohne Aktivität
   *[other] nach { $days } Tagen ohne Aktivität
}
config-emails-essential = E-Mails zur Anmeldung und zur Sicherheit werden immer gesendet.
config-signature-help = Nur Text. Sie können { "{" }organisation_name{ "}" } verwenden. Lassen Sie das Feld leer, um die Standardsignatur zu verwenden.
config-domain-reason-help = Warum sich die Adresse ändert (Pflichtangabe). Jede Änderung ist kostenpflichtig.
email-signature-default = Mit freundlichen Grüßen, { "{" }organisation_name{ "}" }

config-inactivity-deactivation = Inaktive Konten deaktivieren
config-inactivity-deactivation-help = Konten, die eine bestimmte Anzahl von Tagen nicht aktiv waren, werden automatisch deaktiviert. Wählen Sie den Zeitraum mit Bedacht: Wer eine Weile nicht da ist, verliert den Zugang.
config-login-methods = Anmeldemethoden
config-login-methods-help = Welche Gruppen sich mit ihrer E-Mail-Adresse und ihrem Passwort anmelden dürfen.
config-two-factor = Zwei-Faktor-Authentifizierung
config-two-factor-help = Ein zusätzlicher Code bei der Anmeldung, aus einer Authenticator-App oder per SMS.
config-emails = E-Mails
config-emails-help = Schalten Sie E-Mails ab, die nicht unbedingt nötig sind, zum Beispiel wenn eine Integration die Personen selbst benachrichtigt.
config-email-greeting = E-Mail-Anrede
config-email-greeting-help = Wie E-Mails den Empfänger anreden.
config-email-signature = E-Mail-Signatur
config-email-signature-help = Die Schlusszeile jeder E-Mail, je Sprache.
config-languages = Sprachen
config-languages-help = Sprachen, die zusätzlich zur Standardsprache der Plattform angeboten werden. Jede Person wählt ihre Sprache in den Kontoeinstellungen.
config-video-sessions = Videogespräche
config-video-sessions-help = Behandler und ihre Klienten können im Browser Videogespräche führen. Gespräche werden nie aufgezeichnet.
config-domain = Domain
config-domain-help = Die Adresse der Plattform. Nur der Servicedesk ändert sie, mit Angabe eines Grundes.

config-field-professionals = Mitarbeiter
config-field-clients = Klienten
config-field-friends = Nahestehende Personen
config-field-warning-days = Warn-E-Mail, Tage vor der Deaktivierung
config-field-deactivate-professionals = Inaktive Mitarbeiterkonten deaktivieren
config-field-deactivate-clients = Inaktive Klientenkonten deaktivieren
config-field-days-professionals = Tage ohne Aktivität (Mitarbeiter)
config-field-days-clients = Tage ohne Aktivität (Klienten)
config-field-remember-device = Code auf einem Gerät merken (Mitarbeiter)
config-field-switched-off = Abgeschaltete E-Mails
config-field-greeting = Anrede
config-field-signature = Signatur
config-field-languages = Zusätzliche Sprachen
config-field-video-sessions = Videogespräche
config-field-domain = Domain
config-field-reason = Grund
config-field-note = Notiz
config-field-key = Konfiguration
config-field-value = Wert
config-field-since = Von
config-option-off = Aus
config-option-optional = Optional
config-option-required = Verpflichtend
config-option-never = Nein, immer nach dem Code fragen
config-option-12-hours = 12 Stunden
config-option-3-days = 3 Tage
config-option-1-week = 1 Woche
config-option-first-name = Hallo [Vorname]
config-option-first-name-and-surname = Hallo [Vorname] [Nachname]
email-kind-new-message = Neue Nachricht
email-kind-tool-assigned = Intervention zugewiesen
email-kind-video-call-invitation = Einladung zum Videogespräch

notice-configuration-saved = Die Konfiguration wurde gespeichert.
notice-configuration-made-available = Die Konfiguration ist jetzt auf dieser Plattform freigeschaltet.
notice-configuration-withdrawn = Die Freischaltung wurde aufgehoben. Der Wert bleibt gespeichert, falls die Konfiguration wieder freigeschaltet wird.

charges-title = Gebühren
charges-intro = Alle kostenpflichtigen Vorgänge: freigeschaltete Konfigurationen, kostenpflichtige Änderungen und erstellte Content-Plattformen.
charges-filter = Gebühren filtern
charges-download = Als CSV herunterladen
charges-none = Keine Gebühren gefunden.
charges-event = Vorgang
charges-subject = Was
charges-event-made-available = Freigeschaltet
charges-event-changed = Geändert
charges-event-platform-created = Plattform erstellt

error-configuration-invalid = Dieser Wert ist ungültig.
error-configuration-not-available = Diese Konfiguration ist auf dieser Plattform nicht verfügbar.
error-configuration-unknown = Es gibt keine Konfiguration mit diesem Namen.
error-date-invalid = Das ist kein gültiges Datum. Verwenden Sie die Form 2026-11-26.
error-config-missing = { $field }: Bitte füllen Sie dieses Feld aus.
error-config-not-a-boolean = { $field }: Wählen Sie Ein oder Aus.
error-config-not-a-whole-number = { $field }: Geben Sie eine ganze Zahl ein.
error-config-not-text = { $field }: Geben Sie Text ein.
error-config-not-a-list = { $field }: Das muss eine Liste sein.
error-config-not-an-object = { $field }: Das hat nicht die richtige Form.
error-config-out-of-range = { $field }: Wählen Sie eine Zahl von { $min } bis { $max }.
error-config-not-one-of = { $field }: Wählen Sie einen dieser Werte: { $allowed }.
error-config-unknown-field = { $field } ist keine Einstellung dieser Konfiguration.
error-config-too-long = { $field }: Verwenden Sie höchstens { $max } Zeichen.
error-config-markup = { $field }: Verwenden Sie nur reinen Text, ohne Links, Formatierung oder Bilder.
error-config-unknown-placeholder = { $field }: { $placeholder } ist hier kein zulässiger Platzhalter.
error-config-invalid-domain = { $field }: Das ist keine gültige Domain. Verwenden Sie einen Namen wie therapie.example.org.
error-config-locks-out = { $field }: Die Anmeldung mit Passwort kann nicht abgeschaltet werden, solange diese Gruppe keine andere Möglichkeit zur Anmeldung hat.
error-config-warning-too-early = { $field }: Warnungen müssen nach der letzten Aktivität beginnen. Wählen Sie weniger Tage als die kürzeste Frist ({ $days } Tage) oder 0 für keine Warnungen.
audit-action-configuration-availability-changed = Konfiguration freigeschaltet oder Freischaltung aufgehoben
audit-action-configuration-changed = Konfiguration geändert

## Languages
language-switcher = Sprache
language-switcher-submit = In dieser Sprache anzeigen
language-not-offered = Ihre Sprache wird auf dieser Plattform im Moment nicht angeboten. Deshalb sehen Sie die Seiten auf { $language }. Ihre Auswahl bleibt gespeichert.
date-format = %d.%m.%Y %H:%M
platforms-edit = Name und Standardsprache
platforms-edit-submit = Name und Sprache speichern
notice-platform-updated = Die Plattform wurde aktualisiert.
audit-action-platform-updated = Plattform geändert

## E-Mails. Jede Zeile eines Textes ist ein Absatz. { $link } steht immer allein in einer Zeile.
email-greeting-first-name = Hallo { $first_name },
email-greeting-first-name-and-surname = Hallo { $first_name } { $last_name },
email-footer = Dies ist eine automatische E-Mail von { $organisation_name }. Antworten auf diese E-Mail werden nicht gelesen.
email-account-invitation-subject = Ihr Konto bei { $organisation_name }
email-account-invitation-body =
    Für Sie wurde ein Konto bei { $organisation_name } erstellt.
    Legen Sie zuerst mit diesem Link Ihr Passwort fest:
    { $link }
    Der Link funktioniert nur einmal und ist gültig bis { $valid_until }. Funktioniert er nicht mehr? Dann bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link.
email-password-reset-subject = Neues Passwort für { $organisation_name } festlegen
email-password-reset-body =
    Jemand hat ein neues Passwort für Ihr Konto bei { $organisation_name } angefordert. Waren Sie das? Dann verwenden Sie diesen Link:
    { $link }
    Der Link funktioniert nur einmal und ist gültig bis { $valid_until }.
    Haben Sie das nicht angefordert? Dann können Sie diese E-Mail ignorieren. Ihr Passwort bleibt unverändert.
email-password-changed-subject = Ihr Passwort wurde geändert
email-password-changed-body =
    Das Passwort Ihres Kontos bei { $organisation_name } wurde gerade geändert.
    Waren Sie das? Dann müssen Sie nichts tun.
    Waren Sie das nicht? Bitte wenden Sie sich sofort an { $organisation_name }.
email-email-address-changed-subject = Ihre E-Mail-Adresse wurde geändert
email-email-address-changed-body =
    Die E-Mail-Adresse Ihres Kontos bei { $organisation_name } wurde geändert. E-Mails gehen ab jetzt an die neue Adresse.
    Waren Sie das nicht? Bitte wenden Sie sich sofort an { $organisation_name }.
email-friend-invitation-subject = { $inviter_first_name } lädt Sie zu { $organisation_name } ein
email-friend-invitation-body =
    { $inviter_first_name } möchte Sie zu { $organisation_name } einladen.
    Um die Einladung anzunehmen, legen Sie mit diesem Link Ihr Passwort fest:
    { $link }
    Der Link funktioniert nur einmal und ist gültig bis { $valid_until }.
email-account-deactivated-subject = Ihr Konto wurde deaktiviert
email-account-deactivated-body =
    Ihr Konto bei { $organisation_name } wurde am { $date } deaktiviert. Ihre Daten wurden nicht gelöscht.
    Möchten Sie Ihr Konto wieder nutzen? Bitte wenden Sie sich an { $organisation_name }.
email-deactivation-warning-subject = Ihr Konto wird bald deaktiviert
email-deactivation-warning-body =
    Sie haben Ihr Konto bei { $organisation_name } eine Weile nicht genutzt. Am { $date } wird es deaktiviert.
    Möchten Sie es behalten? Dann melden Sie sich einfach vorher an:
    { $link }
email-two-factor-set-up-subject = Zwei-Faktor-Authentifizierung ist eingeschaltet
email-two-factor-set-up-body =
    Sie haben für Ihr Konto bei { $organisation_name } die Zwei-Faktor-Authentifizierung eingerichtet. Ab jetzt brauchen Sie bei der Anmeldung einen Code.
    Waren Sie das nicht? Bitte wenden Sie sich sofort an { $organisation_name }.
email-two-factor-reset-subject = Ihre Zwei-Faktor-Authentifizierung wurde zurückgesetzt
email-two-factor-reset-body =
    Jemand bei { $organisation_name } hat die Zwei-Faktor-Authentifizierung Ihres Kontos zurückgesetzt. Bei Ihrer nächsten Anmeldung richten Sie sie neu ein.
    Wurde das nicht mit Ihnen abgesprochen? Bitte wenden Sie sich sofort an { $organisation_name }.
email-two-factor-disabled-subject = Zwei-Faktor-Authentifizierung für Ihr Konto vorübergehend ausgeschaltet
email-two-factor-disabled-body =
    Die Zwei-Faktor-Authentifizierung für Ihr Konto bei { $organisation_name } ist bis { $date } ausgeschaltet.
    Danach brauchen Sie bei der Anmeldung wieder einen Code.
email-recovery-codes-renewed-subject = Sie haben neue Wiederherstellungscodes
email-recovery-codes-renewed-body =
    Für Ihr Konto bei { $organisation_name } wurden neue Wiederherstellungscodes erstellt. Ihre alten Codes funktionieren nicht mehr.
    Bewahren Sie die neuen Codes an einem sicheren Ort auf.
    Waren Sie das nicht? Bitte wenden Sie sich sofort an { $organisation_name }.
email-recovery-code-used-subject = Ein Wiederherstellungscode wurde verwendet
email-recovery-code-used-body =
    Bei der Anmeldung in Ihrem Konto bei { $organisation_name } wurde gerade ein Wiederherstellungscode verwendet.
    Waren Sie das? Dann richten Sie die Zwei-Faktor-Authentifizierung in Ihren Kontoeinstellungen neu ein.
    Waren Sie das nicht? Bitte wenden Sie sich sofort an { $organisation_name }.
email-new-message-subject = Sie haben eine neue Nachricht
email-new-message-body =
    Bei { $organisation_name } gibt es eine neue Nachricht für Sie. Melden Sie sich an, um sie zu lesen:
    { $link }
email-tool-assigned-subject = Für Sie steht etwas Neues bereit
email-tool-assigned-body =
    Bei { $organisation_name } steht etwas Neues für Sie bereit. Melden Sie sich an, um es anzusehen:
    { $link }
email-video-call-invitation-subject = Sie sind zu einem Videogespräch eingeladen
email-video-call-invitation-body =
    Sie sind zu einem Videogespräch bei { $organisation_name } eingeladen. Melden Sie sich an, um teilzunehmen:
    { $link }

## Password reset
login-forgot-link = Passwort vergessen?
forgot-title = Passwort vergessen?
forgot-intro = Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen können.
forgot-submit = Link zusenden
forgot-sent = Wenn es ein Konto mit dieser E-Mail-Adresse gibt, haben wir einen Link an diese Adresse gesendet. Prüfen Sie Ihren Posteingang (und Ihren Spam-Ordner). Der Link funktioniert eine Stunde lang.
forgot-back-to-login = Zurück zur Anmeldeseite
reset-title = Neues Passwort festlegen
reset-submit = Neues Passwort speichern
notice-password-reset = Ihr neues Passwort ist gespeichert. Sie können sich jetzt damit anmelden.
error-reset-link-invalid = Dieser Link funktioniert nicht (mehr). Auf der Anmeldeseite können Sie einen neuen Link anfordern.
error-reset-link-expired = Dieser Link ist abgelaufen. Auf der Anmeldeseite können Sie einen neuen Link anfordern.
audit-action-password-reset-requested = Neues Passwort angefordert
audit-action-password-reset = Passwort zurückgesetzt

## Friends
home-friends-heading = Nahestehende Personen
home-friends-intro = Sie können eine Person einladen, die Ihnen nahesteht, zum Beispiel aus Ihrer Partnerschaft oder Ihrem Freundeskreis. Diese Person erhält ein eigenes Konto und eine E-Mail, mit der sie ein Passwort festlegt.
home-friends-none = Sie haben noch niemanden eingeladen.
friends-invite-heading = Person einladen
friends-invite-submit = Einladung senden
friends-end-link = Verbindung zu { $name } beenden
notice-friend-invited = Die Einladung wurde gesendet.
notice-friend-link-ended = Die Verbindung wurde beendet. Diese Person kann sich nicht mehr anmelden.
audit-action-friend-link-ended = Verbindung zu nahestehender Person beendet

## E-mail outbox (operator console)
nav-emails = E-Mails
outbox-title = E-Mails
outbox-intro = E-Mails, die noch gesendet werden müssen, und E-Mails, die nicht zugestellt werden konnten. Eine fehlgeschlagene E-Mail können Sie erneut in die Warteschlange stellen, sobald das Problem behoben ist.
outbox-queued = Warten auf Versand
outbox-oldest = Älteste wartet seit
outbox-sent = Gesendet
outbox-failed = Nicht zugestellt
outbox-none-failed = Alle E-Mails wurden zugestellt.
outbox-kind = E-Mail
outbox-recipient = Empfänger
outbox-attempts = Versuche
outbox-last-error = Letzter Fehler
outbox-retry = Erneut senden
notice-email-requeued = Die E-Mail steht wieder in der Warteschlange.
email-kind-account-invitation = Einladung zum Konto
email-kind-password-reset = Passwort zurücksetzen
email-kind-password-changed = Passwort geändert
email-kind-email-address-changed = E-Mail-Adresse geändert
email-kind-friend-invitation = Einladung einer nahestehenden Person
email-kind-account-deactivated = Konto deaktiviert
email-kind-deactivation-warning = Warnung vor der Deaktivierung
email-kind-two-factor-set-up = Zwei-Faktor-Authentifizierung eingerichtet
email-kind-two-factor-reset = Zwei-Faktor-Authentifizierung zurückgesetzt
email-kind-two-factor-disabled = Zwei-Faktor-Authentifizierung vorübergehend ausgeschaltet
email-kind-recovery-codes-renewed = Wiederherstellungscodes erneuert
email-kind-recovery-code-used = Wiederherstellungscode verwendet

## Two-factor authentication
error-two-factor-code-wrong = Dieser Code ist nicht richtig. Prüfen Sie den Code und versuchen Sie es noch einmal.
audit-action-two-factor-set-up = Zwei-Faktor-Authentifizierung eingerichtet
audit-action-recovery-codes-renewed = Wiederherstellungscodes erneuert
audit-action-recovery-code-used = Wiederherstellungscode verwendet
audit-action-two-factor-reset = Zwei-Faktor-Authentifizierung zurückgesetzt
audit-action-two-factor-waived = Zwei-Faktor-Authentifizierung pausiert
audit-action-two-factor-waiver-ended = Pause der Zwei-Faktor-Authentifizierung beendet
audit-action-remembered-device-revoked = Gemerktes Gerät entfernt
audit-action-sms-code-sent = Code per SMS gesendet

## Zwei-Faktor-Authentifizierung: Anmeldung, Einrichtung, eigene Einstellungen, Zurücksetzen und Pausen
sms-code-text = { $code } ist Ihr Anmeldecode für { $platform }. Er gilt 10 Minuten. Geben Sie diesen Code niemals weiter.
two-factor-title = Zwei-Faktor-Authentifizierung
next = Weiter
back = Zurück
field-code = Code
field-phone = Handynummer
field-recovery-code = Wiederherstellungscode
field-reason-optional = Grund (optional)
two-factor-code-title = Code eingeben
two-factor-code-app = Öffnen Sie Ihre Authenticator-App. Geben Sie den 6-stelligen Code ein, den sie für { $platform } anzeigt.
two-factor-code-sms = Wir haben Ihnen eine SMS mit einem 6-stelligen Code geschickt. Geben Sie den Code hier ein. Er gilt 10 Minuten.
two-factor-remember-for = Dieses Gerät für { $period } merken
two-factor-remember-question = Dieses Gerät merken?
two-factor-remember-shared = Tun Sie das nur auf einem Gerät, das sonst niemand nutzt.
remember-never = Nein, immer nach einem Code fragen
remember-12-hours = 12 Stunden
remember-3-days = 3 Tage
remember-1-week = 1 Woche
two-factor-verify = Anmelden
two-factor-send-again = Neuen Code senden
two-factor-use-recovery = Handy verloren? Mit einem Wiederherstellungscode anmelden
two-factor-cancel-login = Abbrechen und abmelden
two-factor-recovery-title = Mit einem Wiederherstellungscode anmelden
two-factor-recovery-intro = Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Einrichten der Zwei-Faktor-Authentifizierung gespeichert haben. Jeder Code funktioniert nur einmal.
two-factor-lost-everything = Haben Sie auch Ihre Wiederherstellungscodes verloren?
two-factor-help-professional = Bitten Sie einen Applikationsmanager von { $platform }, Ihre Zwei-Faktor-Authentifizierung zurückzusetzen. Danach können Sie sie neu einrichten.
two-factor-help-manager = Bitten Sie einen anderen Applikationsmanager von { $platform }, Ihre Zwei-Faktor-Authentifizierung zurückzusetzen. Für Ihr eigenes Konto können Sie das nicht tun. Gibt es keinen anderen Applikationsmanager? Dann wenden Sie sich an den Servicedesk.
two-factor-help-client = Bitten Sie Ihren Behandler oder das Sekretariat, Ihre Zwei-Faktor-Authentifizierung zurückzusetzen. Danach können Sie sie neu einrichten.
two-factor-help-friend = Bei Konten nahestehender Personen kann niemand die Zwei-Faktor-Authentifizierung zurücksetzen. Bitte wenden Sie sich an die Person, die Sie eingeladen hat.
two-factor-back-to-code = Zurück zur Code-Eingabe
two-factor-recovered-title = Sie sind angemeldet
two-factor-codes-left =
    { $count ->
        [0] Sie haben keine Wiederherstellungscodes mehr.
        [one] Sie haben noch 1 Wiederherstellungscode.
       *[other] Sie haben noch { $count } Wiederherstellungscodes.
    }
two-factor-recovered-offer = Handy verloren? Dann richten Sie die Zwei-Faktor-Authentifizierung mit Ihrem neuen Handy neu ein. Sie erhalten dabei auch neue Wiederherstellungscodes.
two-factor-set-up-again = Neu einrichten
two-factor-set-up = Zwei-Faktor-Authentifizierung einrichten
two-factor-later = Später
two-factor-continue = Weiter
two-factor-setup-title = Zwei-Faktor-Authentifizierung einrichten
two-factor-step = Schritt { $step } von { $steps }
two-factor-setup-required = Bei { $platform } müssen alle das einrichten. Danach können Sie weitermachen.
two-factor-why-heading = Warum?
two-factor-why = Die Zwei-Faktor-Authentifizierung schützt Ihr Konto. Bei der Anmeldung geben Sie Ihr Passwort und zusätzlich einen Code von Ihrem Handy ein. Wer nur Ihr Passwort kennt, kommt trotzdem nicht hinein.
two-factor-need-heading = Was brauchen Sie?
two-factor-need = Ihr Handy. Die Einrichtung dauert etwa 5 Minuten.
two-factor-need-app = Für eine App: Installieren Sie eine kostenlose Authenticator-App, zum Beispiel Google Authenticator, Microsoft Authenticator oder LastPass Authenticator.
two-factor-need-sms = Für SMS: ein Handy, das SMS empfangen kann.
two-factor-choose-heading = Wie möchten Sie Ihre Codes erhalten?
method-app = Mit einer Authenticator-App (empfohlen)
method-app-hint = Der sicherste Weg. Er funktioniert auch ohne Handyempfang.
method-sms = Per SMS
method-sms-hint = Wir senden Ihnen bei jeder Anmeldung einen Code.
error-choose-method = Wählen Sie, wie Sie Ihre Codes erhalten möchten.
two-factor-app-heading = App verbinden
two-factor-app-scan = Öffnen Sie Ihre Authenticator-App, fügen Sie ein Konto hinzu und scannen Sie diesen QR-Code.
two-factor-qr-label = QR-Code für Ihre Authenticator-App
two-factor-app-manual = Sie können den Code nicht scannen? Dann geben Sie diesen Schlüssel in Ihrer App ein:
two-factor-app-code = Geben Sie dann den 6-stelligen Code ein, den Ihre App anzeigt.
two-factor-turn-on = Einschalten
two-factor-sms-heading = Ihre Handynummer
two-factor-phone-hint = Zum Beispiel { $example }. Eine Nummer aus einem anderen Land beginnt mit + und der Ländervorwahl.
two-factor-send-code = Code senden
two-factor-setup-sms-sent = Wir haben eine SMS mit einem 6-stelligen Code an Ihre Nummer mit der Endung { $digits } geschickt. Geben Sie den Code hier ein.
two-factor-other-number = Andere Nummer verwenden
recovery-codes-title = Ihre Wiederherstellungscodes
recovery-codes-intro-new = Die Zwei-Faktor-Authentifizierung ist eingeschaltet. Speichern Sie diese Wiederherstellungscodes jetzt: Sie sehen sie nicht noch einmal.
recovery-codes-intro-renewed = Das sind Ihre neuen Wiederherstellungscodes. Ihre alten Codes funktionieren nicht mehr. Speichern Sie die neuen jetzt: Sie sehen sie nicht noch einmal.
recovery-codes-use = Handy verloren? Dann können Sie sich mit einem dieser Codes anmelden. Jeder Code funktioniert nur einmal.
recovery-codes-download = Als Textdatei herunterladen
recovery-codes-copy = Kopieren
recovery-codes-copied = Die Codes sind kopiert.
recovery-codes-print = Drucken
recovery-codes-file-heading = Wiederherstellungscodes für { $platform } ({ $email })
recovery-codes-saved = Ich habe meine Wiederherstellungscodes an einem sicheren Ort gespeichert
two-factor-status-app = Eingeschaltet, mit einer Authenticator-App, seit { $date }.
two-factor-status-sms = Eingeschaltet, per SMS an Ihre Nummer mit der Endung { $digits }, seit { $date }.
two-factor-status-off = Nicht eingerichtet.
two-factor-rule-required = { $platform } verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung.
two-factor-rule-optional = Sie können die Zwei-Faktor-Authentifizierung freiwillig einrichten. Damit ist Ihr Konto sicherer.
two-factor-rule-off = Die Zwei-Faktor-Authentifizierung ist auf dieser Plattform ausgeschaltet.
two-factor-waiver-own = Die Zwei-Faktor-Authentifizierung ist für Ihr Konto bis { $date } pausiert.
two-factor-renew-codes = Neue Wiederherstellungscodes erstellen
two-factor-renew-hint = Ihre alten Wiederherstellungscodes funktionieren dann nicht mehr.
two-factor-devices-heading = Gemerkte Geräte
two-factor-devices-none = Es sind keine Geräte gemerkt.
two-factor-device = Gerät
two-factor-device-first = Erstmals verwendet
two-factor-device-last = Zuletzt verwendet
two-factor-device-until = Gemerkt bis
two-factor-device-forget = Entfernen
two-factor-back-to-account = Zurück zu meinem Konto
my-account-two-factor-link = Zwei-Faktor-Authentifizierung verwalten
account-two-factor-waived = Pausiert bis { $date } (von { $by }).
account-two-factor-reset = Zwei-Faktor-Authentifizierung zurücksetzen
account-two-factor-reset-hint = Nur wenn { $name } sowohl das Handy als auch die Wiederherstellungscodes verloren hat. Die Person richtet sie bei der nächsten Anmeldung neu ein und erhält eine E-Mail über das Zurücksetzen.
account-two-factor-own-hint = Ihre eigene Zwei-Faktor-Authentifizierung können Sie nicht zurücksetzen. Bitten Sie einen anderen Applikationsmanager darum oder, falls es keinen gibt, den Servicedesk.
account-two-factor-waive = Zwei-Faktor-Authentifizierung für 1 Monat pausieren
account-two-factor-waive-hint = { $name } kann sich dann bis { $date } nur mit dem Passwort anmelden. Die Person erhält darüber eine E-Mail.
account-two-factor-end-waiver = Pause jetzt beenden
notice-code-sent = Wir haben Ihnen einen neuen Code gesendet.
notice-device-revoked = Das Gerät wird nicht mehr gemerkt. Bei der nächsten Anmeldung ist dort ein Code nötig.
notice-two-factor-on = Die Zwei-Faktor-Authentifizierung ist eingeschaltet.
notice-two-factor-reset = Die Zwei-Faktor-Authentifizierung wurde zurückgesetzt.
notice-two-factor-waived = Die Zwei-Faktor-Authentifizierung ist für einen Monat pausiert.
notice-waiver-ended = Die Pause ist beendet.
notice-login-expired = Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich noch einmal an.
error-recovery-code-wrong = Dieser Wiederherstellungscode ist nicht richtig oder wurde schon verwendet. Prüfen Sie ihn und versuchen Sie es noch einmal.
error-phone-empty = Geben Sie Ihre Handynummer ein.
error-phone-characters = Eine Telefonnummer darf nur Ziffern, Leerzeichen und Bindestriche enthalten, dazu ein + am Anfang.
error-phone-length = Diese Telefonnummer ist zu kurz oder zu lang. Prüfen Sie sie oder geben Sie sie mit + und der Ländervorwahl ein.
error-sms-limit = In der letzten Stunde wurden viele Codes gesendet. Bitte warten Sie eine Weile, bevor Sie einen neuen anfordern.
error-sms-limit-until = In der letzten Stunde wurden viele Codes gesendet. Ab { $time } können Sie einen neuen anfordern.
error-sms-refused = An diese Nummer konnten wir keine SMS senden. Bitte prüfen Sie die Nummer.
error-sms-unavailable = Im Moment können keine SMS gesendet werden. Bitte versuchen Sie es später noch einmal oder verwenden Sie eine Authenticator-App.
error-login-expired = Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich noch einmal an.
error-reason-required = Bitte geben Sie einen Grund an.
error-waiver-not-needed = Eine Pause ist nur möglich, wenn die Zwei-Faktor-Authentifizierung für Mitarbeiterkonten verpflichtend ist.
error-two-factor-off = Die Zwei-Faktor-Authentifizierung ist für Ihr Konto ausgeschaltet.
error-two-factor-not-set-up = Die Zwei-Faktor-Authentifizierung ist nicht eingerichtet. Bitte beginnen Sie noch einmal.

## Inactivity
audit-action-inactivity-warning-sent = Warnung vor der Deaktivierung gesendet
audit-action-deactivation-skipped = Deaktivierung ausgelassen
inactivity-type-professional = Mitarbeiterkonten
inactivity-type-client = Klientenkonten
inactivity-off = aus
inactivity-days =
    { $count ->
        [one] 1 Tag
       *[other] { $count } Tage
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } Tage
inactivity-bucket-open = { $from } Tage oder mehr
inactivity-chart-title = Konten nach Tagen seit der letzten Aktivität
inactivity-chart-summary = Balken für { $professionals } Mitarbeiterkonten und { $clients } Klientenkonten; gestrichelte Linien markieren die Grenzen aus dem Formular. { $now } Konten liegen jetzt darüber. Die Tabelle unten enthält dieselben Zahlen.
inactivity-chart-axis = Tage seit der letzten Aktivität
inactivity-limit-professional =
    { $count ->
        [one] Mitarbeiter: 1 Tag
       *[other] Mitarbeiter: { $count } Tage
    }
inactivity-limit-client =
    { $count ->
        [one] Klienten: 1 Tag
       *[other] Klienten: { $count } Tage
    }
inactivity-preview-heading = Was diese Tageszahlen bewirken würden
inactivity-preview-intro = Jetzt gezählt, mit den Tagen aus dem Formular. Bis zum Speichern ändert sich nichts.
inactivity-preview-type = Konten
inactivity-preview-days = Grenze
inactivity-preview-accounts = Aktive Konten
inactivity-preview-now = Sofort deaktiviert
inactivity-preview-next-30 = In den nächsten 30 Tagen deaktiviert
inactivity-preview-button = Auswirkung anzeigen
inactivity-confirm =
    { $count ->
        [one] Ich habe die Zahlen geprüft: Beim Speichern wird sofort 1 Konto deaktiviert
       *[other] Ich habe die Zahlen geprüft: Beim Speichern werden sofort { $count } Konten deaktiviert
    }
error-confirmation-needed = Dadurch werden auf einmal mehr als 10 % der aktiven Konten eines Typs deaktiviert. Prüfen Sie die Zahlen unten und setzen Sie zur Bestätigung das Häkchen.

audit-action-anonymous-entries-summarised = Wiederholte Versuche ohne Anmeldung zusammengefasst
audit-action-reauthentication-failed = Bestätigung mit Passwort fehlgeschlagen
audit-action-email-change-requested = Neue E-Mail-Adresse angefordert
audit-action-email-change-confirmed = Neue E-Mail-Adresse bestätigt
audit-action-account-viewed = Konto angesehen
audit-action-accounts-listed = Kontenliste angesehen
audit-action-audit-log-viewed = Auditprotokoll angesehen
audit-action-audit-log-exported = Auditprotokoll exportiert
audit-action-charges-exported = Gebühren exportiert
audit-action-email-retried = E-Mail erneut eingereiht
audit-action-operator-token-revoked = API-Token widerrufen
audit-action-operator-token-used = API-Token verwendet
audit-action-operator-disabled = Servicedesk-Mitarbeiter deaktiviert

email-email-change-confirmation-subject = Bestätigen Sie Ihre neue E-Mail-Adresse für { $organisation_name }
email-email-change-confirmation-body =
    Jemand möchte diese E-Mail-Adresse für sein Konto bei { $organisation_name } verwenden. Waren Sie das? Dann bestätigen Sie es mit diesem Link:
    { $link }
    Der Link funktioniert nur einmal und ist gültig bis { $valid_until }. Bis dahin bleibt die alte Adresse in Gebrauch.
    Haben Sie das nicht angefordert? Dann können Sie diese E-Mail ignorieren.
email-email-address-in-use-subject = Ihre E-Mail-Adresse bei { $organisation_name }
email-email-address-in-use-body =
    Jemand hat versucht, diese E-Mail-Adresse für ein anderes Konto bei { $organisation_name } zu verwenden. Sie gehört bereits zu Ihrem Konto, daher wurde nichts geändert.
    Waren Sie das? Dann melden Sie sich mit dieser Adresse an: { $platform_url }
    Passwort vergessen? Wählen Sie auf der Anmeldeseite "Passwort vergessen?".
email-kind-email-change-confirmation = Neue E-Mail-Adresse bestätigen
email-kind-email-address-in-use = E-Mail-Adresse bereits vergeben
confirm-title = Bestätigen Sie, dass Sie es sind
confirm-intro = Zu Ihrer Sicherheit: Geben Sie Ihr Passwort ein, bevor Sie Ihre E-Mail-Adresse oder Ihre Zwei-Faktor-Authentifizierung ändern.
confirm-password = Ihr Passwort
confirm-submit = Bestätigen
notice-confirmed = Vielen Dank. Sie können die Änderung jetzt vornehmen.
error-own-email-change-by-link = Ändern Sie Ihre eigene E-Mail-Adresse unter Mein Konto: Ein Bestätigungslink wird an die neue Adresse gesendet.
error-email-change-link-invalid = Dieser Bestätigungslink funktioniert nicht (mehr). Ändern Sie Ihre E-Mail-Adresse erneut unter Mein Konto.
notice-email-change-requested = Wir haben einen Bestätigungslink an die neue Adresse gesendet. Ihre E-Mail-Adresse ändert sich, sobald Sie ihn öffnen.
notice-email-changed = Ihre E-Mail-Adresse wurde geändert.
email-change-title = Bestätigen Sie Ihre neue E-Mail-Adresse
email-change-intro = Bestätigen Sie, dass { $email } die E-Mail-Adresse Ihres Kontos wird.
email-change-submit = Neue Adresse bestätigen
error-password-confirmation-required = Bestätigen Sie zuerst Ihr Passwort.
audit-action-operator-enabled = Servicedesk-Mitarbeiter wieder aktiviert
error-operator-disabled = Dieser Servicedesk-Mitarbeiter ist deaktiviert.
error-token-not-found = Es gibt kein API-Token mit dieser ID.
my-account-email-hint = Eine neue Adresse gilt, sobald Sie den Bestätigungslink öffnen, den wir an sie senden.
