# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

home-title = Accueil
home-welcome = Bienvenue, { $name }
home-manager = Vous gérez les comptes de cette plateforme.
home-secretary = Vous assistez les professionnels et leurs patients.
home-professional = Vous trouverez ici les patients que vous suivez.
home-client = Vous trouverez ici les personnes qui vous accompagnent.
home-friend = Un patient ou une patiente vous invite sur cette plateforme.
home-friend-of = { $name } vous invite sur cette plateforme.
home-operator = Vous utilisez un jeton du service d'assistance.
home-your-clients = Vos patients
home-no-clients = Vous n'avez pas encore de patients.
home-your-professionals = Vos professionnels
home-no-professionals = Aucun professionnel n'est encore associé à votre compte.

home-friends-heading = Vos proches
home-friends-intro = Vous pouvez inviter une personne proche de vous, par exemple votre partenaire ou quelqu'un de votre entourage. Cette personne reçoit son propre compte et un e-mail pour choisir son mot de passe.
home-friends-none = Vous n'avez encore invité personne.
friends-invite-heading = Inviter une personne
friends-invite-submit = Envoyer l'invitation
friends-end-link = Mettre fin au lien avec { $name }
notice-friend-invited = L'invitation a été envoyée.
notice-friend-link-ended = Le lien a pris fin. Cette personne ne peut plus se connecter.

friends-end-question = Mettre fin au lien avec { $name } ?
friends-end-no-login = { $name } ne pourra plus se connecter.
friends-end-sees-nothing = { $name } ne verra plus rien de ce qui vous concerne ici.
friends-end-undo = Cette action est définitive, mais vous pourrez inviter { $name } à nouveau plus tard.
friends-end-submit = Mettre fin au lien
