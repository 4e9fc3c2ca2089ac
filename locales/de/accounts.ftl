# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

accounts-title = Konten
accounts-new = Neues Konto
accounts-new-client = Neues Patientenkonto
accounts-filter = Konten filtern
accounts-search = Name oder E-Mail-Adresse
accounts-apply-filter = Filter anwenden
accounts-count = { $count ->
    [0] Keine Konten gefunden.
    [one] 1 Konto gefunden.
   *[other] { $count } Konten gefunden.
}
account-new-title = Neues Konto
account-new-roles = Rollen (für Mitarbeiterkonten)
account-new-submit = Konto erstellen
account-activation-link = Aktivierungslink
account-activation-link-help = Geben Sie diesen Link der Person, für die das Konto ist. Er funktioniert einmal und 7 Tage lang. Damit legt die Person ihr Passwort fest.
account-friend-of = Nahestehende Person von { $name }
account-professionals = Behandelnde
account-no-professionals = Diesem Patientenkonto ist noch niemand zur Behandlung zugeordnet.
account-unrelate = Zuordnung zu { $name } beenden
account-relate-label = Behandler/in
account-relate = Zuordnen
account-clients = Patientinnen und Patienten
account-friends = Nahestehende Personen
account-roles-heading = Rollen
account-roles-save = Rollen speichern
account-actions = Aktionen
account-renew-link = Neuer Aktivierungslink
account-deactivate = Konto deaktivieren
account-reactivate = Konto wieder aktivieren

account-type-professional = Mitarbeiterkonto
account-type-client = Patient/in
account-type-friend = Nahestehende Person
role-professional = Behandler/in
role-secretary = Sekretariat
role-application-manager = Applikationsmanager
status-invited = Eingeladen
status-active = Aktiv
status-deactivated = Deaktiviert

notice-account-created = Das Konto wurde erstellt.
notice-roles-saved = Die Rollen wurden gespeichert.
notice-relation-added = Patient/in und Behandler/in sind jetzt einander zugeordnet.
notice-relation-removed = Die Zuordnung wurde beendet.
notice-account-deactivated = Das Konto wurde deaktiviert. Eine Anmeldung damit ist nicht mehr möglich.
notice-account-reactivated = Das Konto ist wieder aktiv.
notice-account-reactivated-invited = Das Konto ist wieder im Status „Eingeladen“, weil die Person nie ein Passwort festgelegt hat. Senden Sie einen neuen Aktivierungslink.
notice-activation-link-renewed = Ein neuer Aktivierungslink ist bereit. Frühere Links funktionieren nicht mehr.

error-account-deactivated = Dieses Konto ist deaktiviert.
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
error-account-not-found = Dieses Konto wurde nicht gefunden.
error-client-not-found = Auf dieser Plattform gibt es kein Patientenkonto mit dieser E-Mail-Adresse.
error-relation-types = Eine Zuordnung verbindet Patient/in und Behandler/in.
error-last-application-manager = Die Plattform muss mindestens einen aktiven Applikationsmanager behalten.
error-account-not-active = Das ist nur bei Konten möglich, die noch nicht aktiviert sind.

account-deactivate-question = Das Konto von { $name } deaktivieren?
account-deactivate-no-login = { $name } kann sich nicht mehr anmelden. Offene Sitzungen enden sofort.
account-deactivate-email = Eine E-Mail an { $email } teilt mit, dass das Konto deaktiviert ist.
account-deactivate-undo = Sie können das Konto später wieder aktivieren. Es wird nichts gelöscht.

account-new-email-help = An diese Adresse geht eine Einladung mit einem Link, um ein Passwort festzulegen.
account-activation-link-copy = Link kopieren
account-activation-link-copied = Der Link wurde kopiert.
notice-account-invited = Das Konto wurde angelegt. Eine Einladung mit dem Aktivierungslink ist unterwegs an { $email }.

role-author = Autor/in
role-publisher = Herausgeber/in
error-role-not-on-this-platform = Die Rollen Autor/in und Herausgeber/in gibt es nur auf Content-Plattformen.
