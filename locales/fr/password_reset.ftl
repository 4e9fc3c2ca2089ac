# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

forgot-title = Mot de passe oublié ?
forgot-intro = Indiquez votre adresse e-mail. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Recevoir un lien
forgot-sent = S'il existe un compte avec cette adresse e-mail, nous avons envoyé un lien à cette adresse. Vérifiez votre boîte de réception (et votre dossier de courrier indésirable). Le lien fonctionne pendant une heure.
forgot-back-to-login = Retour à la page de connexion
reset-title = Choisissez un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
notice-password-reset = Votre nouveau mot de passe est enregistré. Vous pouvez maintenant l'utiliser pour vous connecter.
error-reset-link-invalid = Ce lien ne fonctionne pas. Il a peut-être déjà été utilisé, ou une partie manque. Vous pouvez demander un nouveau lien sur la page de connexion.
error-reset-link-expired = Ce lien a expiré. Vous pouvez demander un nouveau lien sur la page de connexion.
