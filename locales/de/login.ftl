# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

login-title = Anmelden
login-intro = Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort bei { $platform } an.
console-login-intro = Melden Sie sich an der Servicedesk-Konsole an.
login-submit = Anmelden

password-rules = Verwenden Sie mindestens 12 Zeichen. Gut geeignet sind einige Wörter hintereinander, die nichts miteinander zu tun haben. Vermeiden Sie Ihren Namen und häufig verwendete Passwörter.

error-login-failed = E-Mail-Adresse oder Passwort stimmen nicht. Prüfen Sie beides und versuchen Sie es noch einmal.
error-login-throttled = Es gab zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann noch einmal.
error-login-throttled-until = Es gab zu viele Versuche. Sie können es ab { $time } wieder versuchen.
error-account-deactivated-login = Ihr Konto ist im Moment nicht aktiv. Bitte wenden Sie sich an Ihre Behandlerin oder Ihren Behandler oder an den Applikationsmanager von { $platform }.
error-password-too-short = Das Passwort ist zu kurz. Verwenden Sie mindestens 12 Zeichen.
error-password-too-long = Das Passwort ist zu lang. Verwenden Sie höchstens 1024 Zeichen.
error-password-too-guessable = Dieses Passwort ist zu leicht zu erraten. Versuchen Sie es mit einigen Wörtern hintereinander, die nichts miteinander zu tun haben.

login-forgot-link = Passwort vergessen?

error-account-deactivated-login-contact = Ihr Konto ist im Moment nicht aktiv. Bitte wenden Sie sich an { $platform }: { $address }
