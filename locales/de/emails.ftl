# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

## E-Mails. Jede Zeile eines Textes ist ein Absatz. { $link } steht immer allein in einer Zeile.

# No comma after the closing formula in German: the name goes on the next line.
email-signature-default =
    Mit freundlichen Grüßen
    { "{" }organisation_name{ "}" }

email-kind-new-message = Neue Nachricht
email-kind-tool-assigned = Intervention zugewiesen
email-kind-video-call-invitation = Einladung zum Videogespräch
email-kind-account-invitation = Einladung zum Konto
email-kind-password-reset = Passwort zurücksetzen
email-kind-password-changed = Passwort geändert
email-kind-email-address-changed = E-Mail-Adresse geändert
email-kind-friend-invitation = Einladung einer nahestehenden Person
email-kind-account-deactivated = Konto deaktiviert
email-kind-deactivation-warning = Warnung vor der Deaktivierung
email-kind-two-factor-set-up = Zwei-Faktor-Authentifizierung eingerichtet
email-kind-two-factor-reset = Zwei-Faktor-Authentifizierung zurückgesetzt
email-kind-two-factor-disabled = Zwei-Faktor-Authentifizierung pausiert
email-kind-recovery-codes-renewed = Wiederherstellungscodes erneuert
email-kind-recovery-code-used = Wiederherstellungscode verwendet
email-kind-email-change-confirmation = Neue E-Mail-Adresse bestätigen
email-kind-email-address-in-use = E-Mail-Adresse bereits vergeben

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
    { $organisation_name } ist die Online-Plattform für die Behandlung von { $inviter_first_name }. Als nahestehende Person erhalten Sie ein eigenes Konto. Sie sehen, wer Sie eingeladen hat und was { $inviter_first_name } mit Ihnen teilt; die Behandlung, Nachrichten und Ergebnisse sehen Sie nicht.
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
email-two-factor-disabled-subject = Zwei-Faktor-Authentifizierung für Ihr Konto pausiert
email-two-factor-disabled-body =
    Die Zwei-Faktor-Authentifizierung für Ihr Konto bei { $organisation_name } ist bis { $date } pausiert.
    Danach brauchen Sie bei der Anmeldung wieder einen Code.
email-recovery-codes-renewed-subject = Sie haben neue Wiederherstellungscodes
email-recovery-codes-renewed-body =
    Für Ihr Konto bei { $organisation_name } wurden neue Wiederherstellungscodes erstellt. Ihre alten Codes funktionieren nicht mehr.
    Bewahren Sie die neuen Codes an einem sicheren Ort auf.
    Waren Sie das nicht? Bitte wenden Sie sich sofort an { $organisation_name }.
email-recovery-code-used-subject = Ein Wiederherstellungscode wurde verwendet
email-recovery-code-used-body =
    Bei der Anmeldung in Ihrem Konto bei { $organisation_name } wurde gerade ein Wiederherstellungscode verwendet.
    Waren Sie das? Dann richten Sie die Zwei-Faktor-Authentifizierung unter Mein Konto neu ein.
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

# The button-like link in the HTML part of an e-mail.
email-link-button = Link öffnen

email-contact = Fragen? Schreiben Sie an { $organisation_name }: { $address }
