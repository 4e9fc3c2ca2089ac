# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

activate-title = Choisissez votre mot de passe
activate-welcome = Bienvenue, { $name }
activate-intro = Choisissez un mot de passe pour votre nouveau compte. Il vous servira à vous connecter.
activate-submit = Enregistrer le mot de passe et continuer

notice-account-activated = Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.

error-activation-link-invalid = Ce lien ne fonctionne pas. Il a peut-être déjà été utilisé, ou une partie manque. Demandez un nouveau lien à la personne qui vous a envoyé l'invitation.
error-activation-link-expired = Ce lien a expiré. Demandez un nouveau lien à la personne qui vous a envoyé l'invitation.
