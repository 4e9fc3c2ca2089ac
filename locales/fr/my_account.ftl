# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

my-account-title = Mon compte
my-account-profile = Vos informations
my-account-password = Modifier votre mot de passe
my-account-change-password = Modifier le mot de passe

notice-profile-saved = Vos informations sont enregistrées.
notice-password-changed = Votre mot de passe a été modifié. Votre session reste ouverte ici ; elle a été fermée sur vos autres appareils.

error-current-password-wrong = Votre mot de passe actuel n'est pas correct. Veuillez réessayer.

confirm-title = Confirmez qu'il s'agit bien de vous
confirm-intro = Pour votre sécurité, saisissez votre mot de passe avant de modifier votre adresse e-mail ou votre authentification à deux facteurs.
confirm-password = Votre mot de passe
confirm-submit = Confirmer
notice-confirmed = Merci. Vous pouvez maintenant effectuer la modification.
error-own-email-change-by-link = Modifiez votre propre adresse e-mail dans Mon compte : un lien de confirmation est envoyé à la nouvelle adresse.
error-email-change-link-invalid = Ce lien de confirmation ne fonctionne pas. Il a peut-être déjà été utilisé, ou une partie manque. Modifiez à nouveau votre adresse e-mail dans Mon compte.
notice-email-change-requested = Nous avons envoyé un lien de confirmation à la nouvelle adresse. Votre adresse e-mail change dès que vous l'ouvrez.
notice-email-changed = Votre adresse e-mail a été modifiée.
email-change-title = Confirmez votre nouvelle adresse e-mail
email-change-intro = Confirmez que { $email } devient l'adresse e-mail de votre compte.
email-change-submit = Confirmer la nouvelle adresse
error-password-confirmation-required = Confirmez d'abord votre mot de passe.
my-account-email-hint = Une nouvelle adresse est utilisée dès que vous ouvrez le lien de confirmation que nous y envoyons.

my-account-time-zone-hint = Les heures sur ce site et dans ses e-mails sont affichées dans ce fuseau horaire.
my-account-time-zone-platform = Celui de la plateforme : { $zone }
