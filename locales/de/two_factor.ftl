# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

console-two-factor-required = Die Servicedesk-Konsole verlangt von allen Servicedesk-Mitarbeitern einen zweiten Faktor. Richten Sie eine Authenticator-App ein, um fortzufahren.
console-two-factor-code = Öffnen Sie Ihre Authenticator-App. Geben Sie den 6-stelligen Code ein, den sie für den Kalm Servicedesk anzeigt.
console-two-factor-help = Bitten Sie einen anderen Servicedesk-Mitarbeiter oder die Person, die den Server betreibt, dort „kalm operator two-factor reset“ auszuführen. Bei Ihrer nächsten Anmeldung richten Sie Ihre Authenticator-App dann neu ein.

error-remembered-device-not-found = Dieses gespeicherte Gerät wurde nicht gefunden.

error-two-factor-code-wrong = Dieser Code ist nicht richtig. Prüfen Sie den Code und versuchen Sie es noch einmal.

sms-code-text = { $code } ist Ihr Anmeldecode für { $platform }. Er gilt 10 Minuten. Geben Sie diesen Code niemals weiter.
two-factor-title = Zwei-Faktor-Authentifizierung
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
two-factor-help-client = Bitten Sie Ihre Behandlerin oder Ihren Behandler oder das Sekretariat, Ihre Zwei-Faktor-Authentifizierung zurückzusetzen. Danach können Sie sie neu einrichten.
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
notice-device-revoked = Das Gerät wird nicht mehr gemerkt. Bei der nächsten Anmeldung dort ist wieder ein Code nötig.
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

# A link that hands the key to an authenticator app on the same device.
two-factor-app-open = Auf diesem Handy? Schlüssel in der Authenticator-App öffnen

# Someone else's account, as staff see it.
account-two-factor-status-sms = Eingeschaltet, per SMS an die Nummer mit der Endung { $digits }, seit { $date }.
account-two-factor-codes-left =
    { $count ->
        [0] { $name } hat keine Wiederherstellungscodes mehr.
        [one] { $name } hat noch 1 Wiederherstellungscode.
       *[other] { $name } hat noch { $count } Wiederherstellungscodes.
    }

# Switching off one's own optional two-factor.
two-factor-rule-optional-on = Die Zwei-Faktor-Authentifizierung ist hier freiwillig. Sie können sie unten ausschalten, aber sie macht Ihr Konto sicherer.
two-factor-off-heading = Ausschalten
two-factor-off-help = Ihre Authenticator-App oder Ihr Handy, Ihre Wiederherstellungscodes und Ihre gemerkten Geräte werden entfernt. Sie können sie jederzeit wieder einrichten. Sie bestätigen zuerst mit Ihrem Passwort.
two-factor-off-submit = Zwei-Faktor-Authentifizierung ausschalten
notice-two-factor-off = Die Zwei-Faktor-Authentifizierung ist ausgeschaltet. Sie können sie jederzeit wieder einrichten.
error-two-factor-required = Diese Plattform verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung, darum kann sie nicht ausgeschaltet werden.

two-factor-phone-country = Land der Nummer
two-factor-sms-check-heading = Ist diese Nummer richtig?
two-factor-sms-check = Wir senden den Code per SMS an diese Nummer:
two-factor-sms-change = Nummer ändern
two-factor-help-contact = Sie können auch an { $platform } schreiben: { $address }
