# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

login-title = Connexion
login-intro = Connectez-vous à { $platform } avec votre adresse e-mail et votre mot de passe.
console-login-intro = Connectez-vous à la console du service d'assistance.
login-submit = Se connecter

password-rules = Utilisez au moins 12 caractères. Quelques mots sans rapport entre eux, à la suite, conviennent bien. Évitez votre nom et les mots de passe courants.

error-login-failed = L'adresse e-mail ou le mot de passe n'est pas correct. Vérifiez les deux et réessayez.
error-login-throttled = Il y a eu trop de tentatives. Patientez un instant, puis réessayez.
error-login-throttled-until = Il y a eu trop de tentatives. Vous pourrez réessayer après le { $time }.
error-account-deactivated-login = Votre compte n'est pas actif pour le moment. Contactez le professionnel qui vous suit ou le gestionnaire d'application de la plateforme { $platform }.
error-password-too-short = Le mot de passe est trop court. Utilisez au moins 12 caractères.
error-password-too-long = Le mot de passe est trop long. Utilisez au maximum 1024 caractères.
error-password-too-guessable = Ce mot de passe est trop facile à deviner. Essayez quelques mots sans rapport entre eux, à la suite.

login-forgot-link = Mot de passe oublié ?

error-account-deactivated-login-contact = Votre compte n'est pas actif pour le moment. Contactez la plateforme { $platform } : { $address }
