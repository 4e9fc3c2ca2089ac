# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

forgot-title = Passwort vergessen?
forgot-intro = Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen können.
forgot-submit = Link zusenden
forgot-sent = Wenn es ein Konto mit dieser E-Mail-Adresse gibt, haben wir einen Link an diese Adresse gesendet. Prüfen Sie Ihren Posteingang (und Ihren Spam-Ordner). Der Link funktioniert eine Stunde lang.
forgot-back-to-login = Zurück zur Anmeldeseite
reset-title = Neues Passwort festlegen
reset-submit = Neues Passwort speichern
notice-password-reset = Ihr neues Passwort ist gespeichert. Sie können sich jetzt damit anmelden.
error-reset-link-invalid = Dieser Link funktioniert nicht. Vielleicht wurde er schon verwendet, oder ein Teil fehlt. Auf der Anmeldeseite können Sie einen neuen Link anfordern.
error-reset-link-expired = Dieser Link ist abgelaufen. Auf der Anmeldeseite können Sie einen neuen Link anfordern.
