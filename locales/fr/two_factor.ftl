# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

console-two-factor-required = La console du service d'assistance demande un second facteur à chaque agent. Configurez une application d'authentification pour continuer.
console-two-factor-code = Ouvrez votre application d'authentification. Saisissez le code à 6 chiffres affiché pour le service d'assistance Kalm.
console-two-factor-help = Demandez à un autre agent du service d'assistance, ou à la personne qui gère le serveur, d'y exécuter « kalm operator two-factor reset ». À votre prochaine connexion, vous configurerez alors de nouveau votre application d'authentification.

error-remembered-device-not-found = Cet appareil mémorisé est introuvable.

error-two-factor-code-wrong = Ce code n'est pas correct. Vérifiez le code et réessayez.

sms-code-text = { $code } est votre code de connexion pour { $platform }. Il est valable 10 minutes. Ne donnez jamais ce code à personne.
two-factor-title = Authentification à deux facteurs
two-factor-code-title = Saisissez votre code
two-factor-code-app = Ouvrez votre application d'authentification. Saisissez le code à 6 chiffres affiché pour { $platform }.
two-factor-code-sms = Nous avons envoyé un SMS avec un code à 6 chiffres sur votre téléphone. Saisissez le code ici. Il est valable 10 minutes.
two-factor-remember-for = Mémoriser cet appareil pendant { $period }
two-factor-remember-question = Mémoriser cet appareil ?
two-factor-remember-shared = Faites-le uniquement sur un appareil que personne d'autre n'utilise.
remember-never = Non, toujours demander un code
remember-12-hours = 12 heures
remember-3-days = 3 jours
remember-1-week = 1 semaine
two-factor-verify = Se connecter
two-factor-send-again = Envoyer un nouveau code
two-factor-use-recovery = Vous avez perdu votre téléphone ? Connectez-vous avec un code de récupération
two-factor-cancel-login = Annuler et se déconnecter
two-factor-recovery-title = Se connecter avec un code de récupération
two-factor-recovery-intro = Saisissez l'un des codes de récupération conservés lors de la configuration de l'authentification à deux facteurs. Chaque code fonctionne une seule fois.
two-factor-lost-everything = Vous avez aussi perdu vos codes de récupération ?
two-factor-help-professional = Demandez à un gestionnaire d'application de la plateforme { $platform } de réinitialiser votre authentification à deux facteurs. Vous pourrez ensuite la configurer de nouveau.
two-factor-help-manager = Demandez à un autre gestionnaire d'application de la plateforme { $platform } de réinitialiser votre authentification à deux facteurs. Vous ne pouvez pas le faire pour votre propre compte. Il n'y a pas d'autre gestionnaire d'application ? Contactez alors le service d'assistance.
two-factor-help-client = Demandez au professionnel qui vous suit ou au secrétariat de réinitialiser votre authentification à deux facteurs. Vous pourrez ensuite la configurer de nouveau.
two-factor-help-friend = Personne ne peut réinitialiser l'authentification à deux facteurs d'un compte de proche. Contactez la personne qui vous a envoyé l'invitation.
two-factor-back-to-code = Revenir à la saisie du code
two-factor-recovered-title = Connexion réussie
two-factor-codes-left =
    { $count ->
        [0] Il ne vous reste aucun code de récupération.
        [one] Il vous reste { $count } code de récupération.
        [many] Il vous reste { $count } codes de récupération.
       *[other] Il vous reste { $count } codes de récupération.
}    
two-factor-recovered-offer = Vous avez perdu votre téléphone ? Configurez alors de nouveau l'authentification à deux facteurs avec votre nouveau téléphone. Vous recevrez aussi de nouveaux codes de récupération.
two-factor-set-up-again = Configurer de nouveau
two-factor-set-up = Configurer l'authentification à deux facteurs
two-factor-later = Plus tard
two-factor-continue = Continuer
two-factor-setup-title = Configurer l'authentification à deux facteurs
two-factor-step = Étape { $step } sur { $steps }
two-factor-setup-required = { $platform } demande à tout le monde de la configurer. Vous pourrez continuer une fois la configuration terminée.
two-factor-why-heading = Pourquoi ?
two-factor-why = L'authentification à deux facteurs protège votre compte. À la connexion, vous saisissez votre mot de passe et aussi un code fourni par votre téléphone. Une personne qui connaît votre mot de passe ne peut donc toujours pas se connecter.
two-factor-need-heading = De quoi avez-vous besoin ?
two-factor-need = Votre téléphone mobile. La configuration prend environ 5 minutes.
two-factor-need-app = Pour utiliser une application : installez une application d'authentification gratuite, par exemple Google Authenticator, Microsoft Authenticator ou LastPass Authenticator.
two-factor-need-sms = Pour utiliser les SMS : un téléphone qui peut recevoir des SMS.
two-factor-choose-heading = Comment souhaitez-vous recevoir vos codes ?
method-app = Avec une application d'authentification (recommandé)
method-app-hint = C'est le moyen le plus sûr. Il fonctionne aussi sans réseau mobile.
method-sms = Par SMS
method-sms-hint = Nous vous envoyons un code à chaque connexion.
error-choose-method = Choisissez comment vous souhaitez recevoir vos codes.
two-factor-app-heading = Associez votre application
two-factor-app-scan = Ouvrez votre application d'authentification, ajoutez un compte et scannez ce code QR.
two-factor-qr-label = Code QR pour votre application d'authentification
two-factor-app-manual = Vous ne pouvez pas scanner le code ? Saisissez alors cette clé dans votre application :
two-factor-app-code = Saisissez ensuite le code à 6 chiffres affiché par votre application.
two-factor-turn-on = Activer
two-factor-sms-heading = Votre numéro de téléphone mobile
two-factor-phone-hint = Par exemple : { $example }. Un numéro d'un autre pays commence par + et l'indicatif du pays.
two-factor-send-code = Envoyer le code
two-factor-setup-sms-sent = Nous avons envoyé un SMS avec un code à 6 chiffres au numéro se terminant par { $digits }. Saisissez le code ici.
two-factor-other-number = Utiliser un autre numéro
recovery-codes-title = Vos codes de récupération
recovery-codes-intro-new = L'authentification à deux facteurs est activée. Conservez maintenant ces codes de récupération : ils ne seront plus affichés.
recovery-codes-intro-renewed = Voici vos nouveaux codes de récupération. Vos anciens codes ne fonctionnent plus. Conservez maintenant les nouveaux : ils ne seront plus affichés.
recovery-codes-use = Vous avez perdu votre téléphone ? Vous pouvez alors vous connecter avec l'un de ces codes. Chaque code fonctionne une seule fois.
recovery-codes-download = Télécharger dans un fichier texte
recovery-codes-copy = Copier
recovery-codes-copied = Les codes ont été copiés.
recovery-codes-print = Imprimer
recovery-codes-file-heading = Codes de récupération pour { $platform } ({ $email })
recovery-codes-saved = J'ai conservé mes codes de récupération en lieu sûr
two-factor-status-app = Activée avec une application d'authentification, depuis le { $date }.
two-factor-status-sms = Activée par SMS au numéro se terminant par { $digits }, depuis le { $date }.
two-factor-status-off = Non configurée.
two-factor-rule-required = { $platform } exige l'authentification à deux facteurs pour votre compte.
two-factor-rule-optional = Vous pouvez la configurer si vous le souhaitez. Elle rend votre compte plus sûr.
two-factor-rule-off = L'authentification à deux facteurs est désactivée sur cette plateforme.
two-factor-waiver-own = L'authentification à deux facteurs est suspendue pour votre compte jusqu'au { $date }.
two-factor-renew-codes = Obtenir de nouveaux codes de récupération
two-factor-renew-hint = Vos anciens codes de récupération ne fonctionneront plus.
two-factor-devices-heading = Appareils mémorisés
two-factor-devices-none = Aucun appareil n'est mémorisé.
two-factor-device = Appareil
two-factor-device-first = Première utilisation
two-factor-device-last = Dernière utilisation
two-factor-device-until = Mémorisé jusqu'au
two-factor-device-forget = Ne plus mémoriser
two-factor-back-to-account = Retour à mon compte
my-account-two-factor-link = Gérer l'authentification à deux facteurs
account-two-factor-waived = Suspendue jusqu'au { $date } (par { $by }).
account-two-factor-reset = Réinitialiser l'authentification à deux facteurs
account-two-factor-reset-hint = Uniquement si { $name } a perdu à la fois son téléphone et ses codes de récupération. { $name } la configurera de nouveau à sa prochaine connexion et recevra un e-mail au sujet de la réinitialisation.
account-two-factor-own-hint = Vous ne pouvez pas réinitialiser votre propre authentification à deux facteurs. Demandez à un autre gestionnaire d'application ou, s'il n'y en a pas, au service d'assistance.
account-two-factor-waive = Suspendre l'authentification à deux facteurs pendant 1 mois
account-two-factor-waive-hint = { $name } pourra alors se connecter avec son seul mot de passe jusqu'au { $date }. Un e-mail l'en informera.
account-two-factor-end-waiver = Mettre fin à la suspension maintenant
notice-code-sent = Nous vous avons envoyé un nouveau code.
notice-device-revoked = Cet appareil n'est plus mémorisé. Un code sera de nouveau demandé à la connexion sur cet appareil.
notice-two-factor-on = L'authentification à deux facteurs est activée.
notice-two-factor-reset = L'authentification à deux facteurs a été réinitialisée.
notice-two-factor-waived = L'authentification à deux facteurs est suspendue pendant un mois.
notice-waiver-ended = La suspension a pris fin.
notice-login-expired = La connexion a pris trop de temps. Veuillez vous reconnecter.
error-recovery-code-wrong = Ce code de récupération n'est pas correct ou a déjà été utilisé. Vérifiez-le et réessayez.
error-phone-empty = Saisissez votre numéro de téléphone mobile.
error-phone-characters = Un numéro de téléphone ne peut contenir que des chiffres, des espaces et des tirets, et un + au début.
error-phone-length = Ce numéro de téléphone est trop court ou trop long. Vérifiez-le, ou saisissez-le avec + et l'indicatif du pays.
error-sms-limit = Beaucoup de codes ont été envoyés au cours de la dernière heure. Patientez un moment avant d'en demander un nouveau.
error-sms-limit-until = Beaucoup de codes ont été envoyés au cours de la dernière heure. Vous pourrez en demander un nouveau après le { $time }.
error-sms-refused = Nous n'avons pas pu envoyer de SMS à ce numéro. Veuillez vérifier le numéro.
error-sms-unavailable = Les SMS ne peuvent pas être envoyés pour le moment. Veuillez réessayer plus tard, ou utiliser une application d'authentification.
error-login-expired = La connexion a pris trop de temps. Veuillez vous reconnecter.
error-reason-required = Veuillez indiquer un motif.
error-waiver-not-needed = Une suspension n'est possible que si l'authentification à deux facteurs est obligatoire pour les comptes du personnel.
error-two-factor-off = L'authentification à deux facteurs est désactivée pour votre compte.
error-two-factor-not-set-up = L'authentification à deux facteurs n'est pas configurée. Veuillez recommencer.

# A link that hands the key to an authenticator app on the same device.
two-factor-app-open = Sur ce téléphone ? Ouvrir la clé dans votre application d'authentification

# Someone else's account, as staff see it.
account-two-factor-status-sms = Activée par SMS au numéro se terminant par { $digits }, depuis le { $date }.
account-two-factor-codes-left =
    { $count ->
        [0] Il ne reste aucun code de récupération à { $name }.
        [one] Il reste 1 code de récupération à { $name }.
        [many] Il reste { $count } codes de récupération à { $name }.
       *[other] Il reste { $count } codes de récupération à { $name }.
}    

# Switching off one's own optional two-factor.
two-factor-rule-optional-on = L'authentification à deux facteurs est facultative ici. Vous pouvez la désactiver ci-dessous, mais elle protège mieux votre compte.
two-factor-off-heading = Désactiver
two-factor-off-help = Votre application d'authentification ou votre téléphone, vos codes de récupération et vos appareils mémorisés sont supprimés. Vous pourrez la configurer à nouveau à tout moment. Vous confirmez d'abord avec votre mot de passe.
two-factor-off-submit = Désactiver l'authentification à deux facteurs
notice-two-factor-off = L'authentification à deux facteurs est désactivée. Vous pourrez la configurer à nouveau à tout moment.
error-two-factor-required = Cette plateforme exige l'authentification à deux facteurs pour votre compte : elle ne peut pas être désactivée.

two-factor-phone-country = Pays du numéro
two-factor-sms-check-heading = Ce numéro est-il correct ?
two-factor-sms-check = Nous enverrons le code par SMS à ce numéro :
two-factor-sms-change = Modifier le numéro
two-factor-help-contact = Vous pouvez aussi écrire à la plateforme { $platform } : { $address }
