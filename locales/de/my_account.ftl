# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

my-account-title = Mein Konto
my-account-profile = Ihre Angaben
my-account-password = Ihr Passwort ändern
my-account-change-password = Passwort ändern

notice-profile-saved = Ihre Angaben sind gespeichert.
notice-password-changed = Ihr Passwort wurde geändert. Hier bleiben Sie angemeldet; auf anderen Geräten wurden Sie abgemeldet.

error-current-password-wrong = Ihr aktuelles Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.

confirm-title = Bestätigen Sie, dass Sie es sind
confirm-intro = Zu Ihrer Sicherheit: Geben Sie Ihr Passwort ein, bevor Sie Ihre E-Mail-Adresse oder Ihre Zwei-Faktor-Authentifizierung ändern.
confirm-password = Ihr Passwort
confirm-submit = Bestätigen
notice-confirmed = Vielen Dank. Sie können die Änderung jetzt vornehmen.
error-own-email-change-by-link = Ändern Sie Ihre eigene E-Mail-Adresse unter Mein Konto: Ein Bestätigungslink wird an die neue Adresse gesendet.
error-email-change-link-invalid = Dieser Bestätigungslink funktioniert nicht. Vielleicht wurde er schon verwendet, oder ein Teil fehlt. Ändern Sie Ihre E-Mail-Adresse erneut unter Mein Konto.
notice-email-change-requested = Wir haben einen Bestätigungslink an die neue Adresse gesendet. Ihre E-Mail-Adresse ändert sich, sobald Sie ihn öffnen.
notice-email-changed = Ihre E-Mail-Adresse wurde geändert.
email-change-title = Bestätigen Sie Ihre neue E-Mail-Adresse
email-change-intro = Bestätigen Sie, dass { $email } die E-Mail-Adresse Ihres Kontos wird.
email-change-submit = Neue Adresse bestätigen
error-password-confirmation-required = Bestätigen Sie zuerst Ihr Passwort.
my-account-email-hint = Eine neue Adresse gilt, sobald Sie den Bestätigungslink öffnen, den wir an sie senden.

my-account-time-zone-hint = Zeiten auf dieser Website und in ihren E-Mails werden in dieser Zeitzone angezeigt.
my-account-time-zone-platform = Wie die Plattform: { $zone }
