# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

settings-title = Einstellungen
settings-intro = Das sind die Konfigurationen, die auf Ihrer Plattform verfügbar sind. Einige können Sie selbst ändern; für die anderen wenden Sie sich an den Servicedesk.
settings-none = Auf dieser Plattform sind noch keine Konfigurationen verfügbar. Der Servicedesk kann sie freischalten.
settings-back = Zurück zu den Einstellungen
config-back-to-platform = Zurück zu { $platform }
config-state = Status
config-state-available = Verfügbar
config-state-unavailable = Nicht verfügbar
config-state-always = Immer wirksam
config-editor = Änderbar durch
config-editor-service-desk = Servicedesk
config-editor-application-manager = Applikationsmanager
config-charge = Gebühr
config-charge-free = Gebührenfrei
config-charge-when-made-available = Gebühr bei Freischaltung
config-charge-every-change = Gebühr bei jeder Änderung
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
config-domain-reason-help = Warum sich die Adresse ändert (Pflichtangabe). Für jede Änderung fällt eine Gebühr an.

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
config-languages-help = Sprachen, die zusätzlich zur Standardsprache der Plattform angeboten werden. Jede Person wählt ihre Sprache unter Mein Konto.
config-video-sessions = Videogespräche
config-video-sessions-help = Behandelnde und ihre Patientinnen und Patienten können im Browser Videogespräche führen. Gespräche werden nie aufgezeichnet.
config-domain = Domain
config-domain-help = Die Adresse der Plattform. Nur der Servicedesk ändert sie, mit Angabe eines Grundes.

config-field-professionals = Mitarbeiterkonten
config-field-clients = Patientenkonten
config-field-friends = Konten nahestehender Personen
config-field-warning-days = Warn-E-Mail, Tage vor der Deaktivierung
config-field-deactivate-professionals = Inaktive Mitarbeiterkonten deaktivieren
config-field-deactivate-clients = Inaktive Patientenkonten deaktivieren
config-field-days-professionals = Tage ohne Aktivität (Mitarbeiterkonten)
config-field-days-clients = Tage ohne Aktivität (Patientenkonten)
config-field-remember-device = Wie lange ein Gerät gemerkt wird (Mitarbeiterkonten)
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

notice-configuration-saved = Die Konfiguration wurde gespeichert.
notice-configuration-made-available = Die Konfiguration ist jetzt auf dieser Plattform freigeschaltet.
notice-configuration-withdrawn = Die Freischaltung wurde aufgehoben. Der Wert bleibt gespeichert, falls die Konfiguration wieder freigeschaltet wird.

error-configuration-invalid = Dieser Wert ist ungültig.
error-configuration-not-available = Diese Konfiguration ist auf dieser Plattform nicht verfügbar.
error-configuration-unknown = Es gibt keine Konfiguration mit diesem Namen.
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

config-ask-service-desk-at = Nur der Servicedesk kann das ändern. Wenden Sie sich per E-Mail an den Servicedesk: { $address }
