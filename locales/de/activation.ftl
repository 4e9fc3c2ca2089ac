# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

activate-title = Passwort festlegen
activate-welcome = Willkommen, { $name }
activate-intro = Wählen Sie ein Passwort für Ihr neues Konto. Damit melden Sie sich künftig an.
activate-submit = Passwort speichern und weiter

notice-account-activated = Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.

error-activation-link-invalid = Dieser Link funktioniert nicht. Vielleicht wurde er schon verwendet, oder ein Teil fehlt. Bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link.
error-activation-link-expired = Dieser Link ist abgelaufen. Bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link.
