# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

home-title = Startseite
home-welcome = Willkommen, { $name }
home-manager = Sie verwalten die Konten dieser Plattform.
home-secretary = Sie unterstützen Behandelnde und ihre Patientinnen und Patienten.
home-professional = Hier finden Sie die Patientinnen und Patienten, mit denen Sie arbeiten.
home-client = Hier finden Sie die Menschen, die Sie unterstützen.
home-friend = Eine Patientin oder ein Patient hat Sie auf diese Plattform eingeladen.
home-friend-of = { $name } hat Sie auf diese Plattform eingeladen.
home-operator = Sie sind mit einem Servicedesk-Token angemeldet.
home-your-clients = Ihre Patientinnen und Patienten
home-no-clients = Sie haben noch keine Patientinnen und Patienten.
home-your-professionals = Ihre Behandelnden
home-no-professionals = Ihrem Konto ist noch niemand zur Behandlung zugeordnet.

home-friends-heading = Nahestehende Personen
home-friends-intro = Sie können eine Person einladen, die Ihnen nahesteht, zum Beispiel aus Ihrer Partnerschaft oder Ihrem Freundeskreis. Diese Person erhält ein eigenes Konto und eine E-Mail, mit der sie ein Passwort festlegt.
home-friends-none = Sie haben noch niemanden eingeladen.
friends-invite-heading = Person einladen
friends-invite-submit = Einladung senden
friends-end-link = Verbindung zu { $name } beenden
notice-friend-invited = Die Einladung wurde gesendet.
notice-friend-link-ended = Die Verbindung wurde beendet. Diese Person kann sich nicht mehr anmelden.

friends-end-question = Verbindung zu { $name } beenden?
friends-end-no-login = { $name } kann sich nicht mehr anmelden.
friends-end-sees-nothing = { $name } sieht hier nichts mehr von Ihnen.
friends-end-undo = Das lässt sich nicht rückgängig machen, aber Sie können { $name } später erneut einladen.
friends-end-submit = Verbindung beenden
