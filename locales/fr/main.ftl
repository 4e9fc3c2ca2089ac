# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

product-name = Kalm
console-name = Service d'assistance Kalm
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-home = Accueil
nav-accounts = Comptes
nav-audit = Journal d'audit
nav-my-account = Mon compte
nav-platforms = Plateformes
signed-in-as = Connecté en tant que { $name }
logout = Se déconnecter
back-home = Aller à la page d'accueil
save = Enregistrer
never = Jamais
filter-any = Indifférent

## Connexion
login-title = Connexion
login-intro = Connectez-vous à { $platform } avec votre adresse e-mail et votre mot de passe.
console-login-intro = Connectez-vous à la console du service d'assistance.
console-two-factor-required = La console du service d'assistance demande un second facteur à chaque agent. Configurez une application d'authentification pour continuer.
console-two-factor-code = Ouvrez votre application d'authentification. Saisissez le code à 6 chiffres affiché pour le service d'assistance Kalm.
console-two-factor-help = Demandez à un autre agent du service d'assistance, ou à la personne qui gère le serveur, d'y exécuter « kalm operator two-factor reset ». À votre prochaine connexion, vous configurerez alors de nouveau votre application d'authentification.
login-submit = Se connecter
field-email = Adresse e-mail
field-password = Mot de passe

## Activation
activate-title = Choisissez votre mot de passe
activate-welcome = Bienvenue, { $name }
activate-intro = Choisissez un mot de passe pour votre nouveau compte. Il vous servira à vous connecter.
activate-submit = Enregistrer le mot de passe et continuer
password-rules = Utilisez au moins 12 caractères. Quelques mots sans rapport entre eux, à la suite, conviennent bien. Évitez votre nom et les mots de passe courants.
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel

## Accueil
home-title = Accueil
home-welcome = Bienvenue, { $name }
home-manager = Vous gérez les comptes de cette plateforme.
home-secretary = Vous assistez les professionnels et leurs clients.
home-professional = Vous trouverez ici les clients avec qui vous travaillez.
home-client = Vous trouverez ici les personnes qui vous accompagnent.
home-friend = Un client vous invite sur cette plateforme.
home-friend-of = { $name } vous invite sur cette plateforme.
home-operator = Vous utilisez un jeton du service d'assistance.
home-your-clients = Vos clients
home-no-clients = Vous n'avez pas encore de clients.
home-your-professionals = Vos professionnels
home-no-professionals = Aucun professionnel n'est encore associé à votre compte.

## Mon compte
my-account-title = Mon compte
my-account-profile = Vos informations
my-account-password = Modifier votre mot de passe
my-account-change-password = Modifier le mot de passe
field-first-name = Prénom
field-last-name = Nom
field-language = Langue

## Comptes
accounts-title = Comptes
accounts-new = Nouveau compte
accounts-new-client = Nouveau client
accounts-filter = Filtrer les comptes
accounts-search = Nom ou adresse e-mail
accounts-apply-filter = Appliquer le filtre
accounts-count = { $count ->
    [0] Aucun compte trouvé.
    [one] { $count } compte trouvé.
    [many] { $count } comptes trouvés.
   *[other] { $count } comptes trouvés.
}
field-name = Nom
field-account-type = Type de compte
field-role = Rôle
field-roles = Rôles
field-status = Statut
field-last-activity = Dernière activité
field-created = Date de création
account-new-title = Nouveau compte
account-new-roles = Rôles (pour les comptes professionnels)
account-new-submit = Créer le compte
account-activation-link = Lien d'activation
account-activation-link-help = Transmettez ce lien au nouvel utilisateur. Il fonctionne une seule fois, pendant 7 jours. Il permet de choisir son mot de passe.
account-friend-of = Proche de : { $name }
account-professionals = Professionnels
account-no-professionals = Aucun professionnel n'est encore associé à ce client.
account-unrelate = Mettre fin à l'association avec { $name }
account-relate-label = Professionnel
account-relate = Associer
account-clients = Clients
account-friends = Proches
account-roles-heading = Rôles
account-roles-save = Enregistrer les rôles
account-actions = Actions
account-renew-link = Nouveau lien d'activation
account-deactivate = Désactiver le compte
account-reactivate = Réactiver le compte

account-type-professional = Compte professionnel
account-type-client = Client
account-type-friend = Proche
role-professional = Professionnel
role-secretary = Secrétariat
role-application-manager = Gestionnaire d'application
status-invited = Invité
status-active = Actif
status-deactivated = Désactivé

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

## Messages après une modification
notice-account-activated = Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.
notice-profile-saved = Vos informations sont enregistrées.
notice-password-changed = Votre mot de passe a été modifié. Votre session reste ouverte ici ; elle a été fermée sur vos autres appareils.
notice-account-created = Le compte a été créé.
notice-roles-saved = Les rôles sont enregistrés.
notice-relation-added = Le client et le professionnel sont maintenant associés.
notice-relation-removed = L'association a pris fin.
notice-account-deactivated = Le compte est désactivé. Il ne permet plus de se connecter.
notice-account-reactivated = Le compte est de nouveau actif.
notice-account-reactivated-invited = Le compte est réactivé. Son titulaire n'a jamais choisi de mot de passe, il est donc de nouveau invité : envoyez un nouveau lien d'activation.
notice-activation-link-renewed = Un nouveau lien d'activation est prêt. Les liens précédents ne fonctionnent plus.

## Journal d'audit
audit-title = Journal d'audit
audit-filter = Filtrer le journal d'audit
audit-account = Compte (adresse e-mail ou identifiant)
audit-action = Action
audit-since = À partir du
audit-until = Jusqu'au
audit-when = Date
audit-who = Qui
audit-target = Cible
audit-outcome = Résultat
audit-source = Adresse source
audit-detail = Détails
field-platform = Plateforme (domaine ou identifiant)
actor-operator = Service d'assistance
actor-account = Compte
actor-system = Système
actor-anonymous = Non connecté
outcome-success = Réussite
outcome-failure = Échec
outcome-denied = Refusé
audit-action-login-succeeded = Connexion
audit-action-login-failed = Échec de connexion
audit-action-login-throttled = Connexion suspendue après trop de tentatives
audit-action-logout = Déconnexion
audit-action-account-created = Compte créé
audit-action-account-updated = Compte modifié
audit-action-account-activated = Compte activé
audit-action-roles-changed = Rôles modifiés
audit-action-relation-added = Association créée
audit-action-relation-removed = Association terminée
audit-action-account-deactivated = Compte désactivé
audit-action-account-reactivated = Compte réactivé
audit-action-password-changed = Mot de passe modifié
audit-action-activation-link-renewed = Nouveau lien d'activation
audit-action-platform-created = Plateforme créée
audit-action-operator-created = Agent du service d'assistance créé
audit-action-operator-token-created = Jeton d'API créé
audit-action-access-denied = Accès refusé

## Console du service d'assistance
platforms-title = Plateformes
platforms-new = Nouvelle plateforme
platforms-none = Aucune plateforme pour le moment.
platforms-create = Créer la plateforme
platforms-domain-help = L'adresse que les personnes utilisent, par exemple soins.example.org. Sans https:// et sans chemin.
platforms-account-count = Comptes
platforms-id = Identifiant
platforms-audit = Journal d'audit de cette plateforme
platforms-add-manager = Ajouter un gestionnaire d'application
platforms-add-manager-submit = Ajouter le gestionnaire d'application
field-platform-name = Nom
field-domain = Domaine
field-kind = Type
field-default-language = Langue par défaut
kind-care = Plateforme de soins
kind-content = Plateforme de contenu (CMS)

## Erreurs
error-title = Un point demande votre attention
error-login-failed = L'adresse e-mail ou le mot de passe n'est pas correct. Vérifiez les deux et réessayez.
error-login-throttled = Il y a eu trop de tentatives. Patientez un instant, puis réessayez.
error-login-throttled-until = Il y a eu trop de tentatives. Vous pourrez réessayer après le { $time }.
error-account-deactivated = Ce compte est désactivé.
error-account-deactivated-login = Votre compte n'est pas actif pour le moment. Contactez votre professionnel de santé ou le gestionnaire d'application de la plateforme { $platform }.
error-activation-link-invalid = Ce lien ne fonctionne pas ou ne fonctionne plus. Demandez un nouveau lien à la personne qui vous a envoyé l'invitation.
error-activation-link-expired = Ce lien a expiré. Demandez un nouveau lien à la personne qui vous a envoyé l'invitation.
error-password-too-short = Le mot de passe est trop court. Utilisez au moins 12 caractères.
error-password-too-long = Le mot de passe est trop long. Utilisez au maximum 1024 caractères.
error-password-too-guessable = Ce mot de passe est trop facile à deviner. Essayez quelques mots sans rapport entre eux, à la suite.
error-current-password-wrong = Votre mot de passe actuel n'est pas correct. Veuillez réessayer.
error-email-invalid = Cette adresse e-mail n'est pas valide. Vérifiez qu'elle ne contient pas de faute de frappe.
error-email-taken = Cette adresse e-mail est déjà utilisée par un autre compte sur cette plateforme.
error-first-name-empty = Veuillez indiquer le prénom.
error-last-name-empty = Veuillez indiquer le nom.
error-name-too-long = Un nom peut comporter au maximum 100 caractères.
error-account-type-unknown = Choisissez un type de compte.
error-role-unknown = L'un des rôles n'est pas reconnu.
error-roles-empty = Un compte professionnel doit avoir au moins un rôle.
error-roles-not-allowed = Seuls les comptes professionnels ont des rôles.
error-account-status-unknown = Ce statut de compte n'est pas reconnu.
error-language-unknown = Cette langue n'est pas disponible.
error-platform-name-empty = Veuillez indiquer le nom de la plateforme.
error-platform-name-too-long = Le nom de la plateforme peut comporter au maximum 100 caractères.
error-platform-kind-unknown = Choisissez « soins » ou « contenu » comme type.
error-domain-invalid = Ce domaine n'est pas valide. Utilisez un nom comme soins.example.org, sans https:// ni chemin.
error-domain-taken = Ce domaine est déjà utilisé par une autre plateforme.
error-platform-not-found = Cette plateforme est introuvable.
error-operator-not-found = Aucun agent du service d'assistance n'a cette adresse e-mail.
error-account-not-found = Ce compte est introuvable.
error-client-not-found = Aucun client n'a cette adresse e-mail sur cette plateforme.
error-email-not-found = Cet e-mail n'est pas dans la file d'envoi, ou il ne peut pas être renvoyé.
error-remembered-device-not-found = Cet appareil mémorisé est introuvable.
error-not-allowed = Vous n'avez pas l'autorisation de faire cela.
error-duplicate = Cet élément existe déjà.
error-relation-types = Une association relie un client à un professionnel.
error-last-application-manager = La plateforme doit conserver au moins un gestionnaire d'application actif.
error-account-not-active = Cette action n'est possible que pour les comptes qui ne sont pas encore activés.
error-not-signed-in = Veuillez d'abord vous connecter.
error-page-not-found = Cette page n'existe pas.
error-route-not-found = Cette route d'API n'existe pas.
error-request-timeout = Cela a pris trop de temps. Veuillez réessayer dans un instant.
error-invalid-json = Le corps de la requête n'est pas un JSON valide pour cet appel.
error-unknown-parameter = Cet appel ne prend pas ce paramètre ; vérifiez son orthographe.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer plus tard.
error-invalid-field = Le champ { $field } a une valeur que cet appel n'accepte pas : { $detail }.
error-missing-field = Le champ { $field } est obligatoire.
error-unknown-field = Cet appel ne prend pas le champ { $field } ; vérifiez son orthographe.
error-invalid-query = Le paramètre de requête { $field } a une valeur que cet appel n'accepte pas : { $detail }.
error-invalid-path = Le paramètre de chemin { $field } n'est pas valide : { $detail }.
error-body-too-large = Le corps de la requête est trop volumineux ; il peut faire au plus 2 Mo.
error-body-unreadable = Le corps de la requête n'a pas pu être lu.
error-unsupported-media-type = Envoyez le corps de la requête en JSON, avec l'en-tête Content-Type: application/json.
error-method-not-allowed = Cette route d'API n'accepte pas cette méthode.
error-bad-request = La requête n'est pas valide.
error-host-unknown = Aucune plateforme n'est servie sur ce domaine.
error-cross-origin-refused = Cette requête venait d'un autre site et a été refusée.
error-database-unavailable = La base de données est injoignable pour le moment. Veuillez réessayer dans un instant.

## Configurations
nav-settings = Paramètres
nav-charges = Frais
settings-title = Paramètres
settings-intro = Voici les configurations disponibles sur votre plateforme. Vous pouvez modifier vous-même certaines d'entre elles ; pour les autres, contactez le service d'assistance.
settings-none = Aucune configuration n'est encore disponible sur cette plateforme. Le service d'assistance peut en mettre à disposition.
settings-back = Retour aux paramètres
platforms-configurations = Configurations
platforms-charges = Frais de cette plateforme
config-back-to-platform = Retour à { $platform }
config-state = État
config-state-available = Disponible
config-state-unavailable = Non disponible
config-state-always = Toujours en vigueur
config-editor = Modifiable par
config-editor-service-desk = Le service d'assistance
config-editor-application-manager = Le gestionnaire d'application
config-charge = Frais
config-charge-free = Sans frais
config-charge-when-made-available = Facturée à la mise à disposition
config-charge-every-change = Facturée à chaque modification
config-availability = Disponibilité
config-make-available = Mettre à disposition
config-withdraw = Retirer
config-value = Valeur
config-save = Enregistrer
config-ask-service-desk = Seul le service d'assistance peut modifier ce paramètre. Faites la demande auprès de votre chargé de compte ou par e-mail.
config-on = Activé
config-off = Désactivé
config-none = Néant
config-range = Entre { $min } et { $max }.
config-days = { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
}
config-after-days = { $days ->
    [one] après { $days } jour sans activité
    [many] après { $days } jours sans activité
   *[other] après { $days } jours sans activité
}
config-emails-essential = Les e-mails concernant la connexion et la sécurité sont toujours envoyés.
config-signature-help = Texte brut. Vous pouvez utiliser { "{" }organisation_name{ "}" }. Laissez vide pour la signature standard.
config-domain-reason-help = Pourquoi l'adresse change (obligatoire). Chaque modification est facturée.
email-signature-default = Cordialement, { "{" }organisation_name{ "}" }

config-inactivity-deactivation = Désactiver les comptes inactifs
config-inactivity-deactivation-help = Les comptes sans activité pendant un certain nombre de jours sont désactivés automatiquement. Choisissez la durée avec soin : les personnes absentes quelque temps perdent l'accès.
config-login-methods = Méthodes de connexion
config-login-methods-help = Les groupes qui peuvent se connecter avec leur adresse e-mail et leur mot de passe.
config-two-factor = Authentification à deux facteurs
config-two-factor-help = Un code supplémentaire à la connexion, fourni par une application d'authentification ou par SMS.
config-emails = E-mails
config-emails-help = Désactivez les e-mails non essentiels, par exemple lorsqu'une intégration prévient déjà elle-même les personnes.
config-email-greeting = Formule d'appel des e-mails
config-email-greeting-help = La façon dont les e-mails s'adressent au destinataire.
config-email-signature = Signature des e-mails
config-email-signature-help = La formule finale de chaque e-mail, par langue.
config-languages = Langues
config-languages-help = Langues proposées en plus de la langue par défaut de la plateforme. Chacun choisit la sienne dans les paramètres de son compte.
config-video-sessions = Séances vidéo
config-video-sessions-help = Les professionnels et leurs clients peuvent se parler en visioconférence dans le navigateur. Les appels ne sont jamais enregistrés.
config-domain = Domaine
config-domain-help = L'adresse de la plateforme. Seul le service d'assistance peut la modifier, en indiquant un motif.

config-field-professionals = Professionnels
config-field-clients = Clients
config-field-friends = Proches
config-field-warning-days = E-mail d'avertissement : jours avant la désactivation
config-field-deactivate-professionals = Désactiver les comptes professionnels inactifs
config-field-deactivate-clients = Désactiver les comptes clients inactifs
config-field-days-professionals = Jours sans activité (professionnels)
config-field-days-clients = Jours sans activité (clients)
config-field-remember-device = Mémoriser le code sur un appareil (professionnels)
config-field-switched-off = E-mails désactivés
config-field-greeting = Formule d'appel
config-field-signature = Signature
config-field-languages = Langues supplémentaires
config-field-video-sessions = Séances vidéo
config-field-domain = Domaine
config-field-reason = Motif
config-field-note = Note
config-field-key = Configuration
config-field-value = Valeur
config-field-since = À partir du
config-option-off = Désactivée
config-option-optional = Facultative
config-option-required = Obligatoire
config-option-never = Non, toujours demander le code
config-option-12-hours = 12 heures
config-option-3-days = 3 jours
config-option-1-week = 1 semaine
config-option-first-name = Bonjour [prénom]
config-option-first-name-and-surname = Bonjour [prénom] [nom]
email-kind-new-message = Nouveau message
email-kind-tool-assigned = Outil attribué
email-kind-video-call-invitation = Invitation à un appel vidéo

notice-configuration-saved = La configuration est enregistrée.
notice-configuration-made-available = La configuration est maintenant disponible sur cette plateforme.
notice-configuration-withdrawn = La configuration a été retirée. Sa valeur est conservée pour le jour où elle sera de nouveau disponible.

charges-title = Frais
charges-intro = Tous les événements facturables : configurations mises à disposition, modifications facturées et plateformes de contenu créées.
charges-filter = Filtrer les frais
charges-download = Télécharger au format CSV
charges-none = Aucun événement facturable trouvé.
charges-event = Événement
charges-subject = Objet
charges-event-made-available = Mise à disposition
charges-event-changed = Modification
charges-event-platform-created = Plateforme créée

error-configuration-invalid = Cette valeur n'est pas valide.
error-configuration-not-available = Cette configuration n'est pas disponible sur cette plateforme.
error-configuration-unknown = Aucune configuration ne porte ce nom.
error-date-invalid = Cette date n'est pas valide. Utilisez le format 2026-11-26.
error-config-missing = { $field } : veuillez remplir ce champ.
error-config-not-a-boolean = { $field } : choisissez activé ou désactivé.
error-config-not-a-whole-number = { $field } : saisissez un nombre entier.
error-config-not-text = { $field } : saisissez du texte.
error-config-not-a-list = { $field } : cette valeur doit être une liste.
error-config-not-an-object = { $field } : cette valeur n'a pas le bon format.
error-config-out-of-range = { $field } : choisissez un nombre de { $min } à { $max }.
error-config-not-one-of = { $field } : choisissez l'une des valeurs suivantes : { $allowed }.
error-config-unknown-field = { $field } n'est pas un paramètre de cette configuration.
error-config-too-long = { $field } : utilisez au maximum { $max } caractères.
error-config-markup = { $field } : utilisez uniquement du texte brut, sans liens, mise en forme ni images.
error-config-unknown-placeholder = { $field } : { $placeholder } n'est pas une variable utilisable ici.
error-config-invalid-domain = { $field } : ce domaine n'est pas valide. Utilisez un nom comme soins.example.org.
error-config-locks-out = { $field } : la connexion par mot de passe ne peut pas être désactivée tant que ce groupe n'a pas d'autre moyen de se connecter.
error-config-warning-too-early = { $field } : les avertissements doivent commencer après la dernière activité. Choisissez moins de jours que la période la plus courte ({ $days } jours), ou 0 pour aucun avertissement.
audit-action-configuration-availability-changed = Configuration mise à disposition ou retirée
audit-action-configuration-changed = Configuration modifiée

## Langues
language-switcher = Langue
language-switcher-submit = Afficher dans cette langue
language-not-offered = Votre langue n'est pas proposée sur cette plateforme pour le moment. La page s'affiche donc en { $language }. Votre choix est conservé.
date-format = %d/%m/%Y %H:%M
platforms-edit = Nom et langue par défaut
platforms-edit-submit = Enregistrer le nom et la langue
notice-platform-updated = La plateforme a été mise à jour.
audit-action-platform-updated = Plateforme modifiée

## E-mails. Chaque ligne d'un texte est un paragraphe. Laissez { $link } seul sur sa ligne.
email-greeting-first-name = Bonjour { $first_name },
email-greeting-first-name-and-surname = Bonjour { $first_name } { $last_name },
email-footer = Cet e-mail automatique vous est envoyé par { $organisation_name }. Les réponses à cet e-mail ne sont pas lues.
email-account-invitation-subject = Votre compte sur { $organisation_name }
email-account-invitation-body =
    Un compte a été créé pour vous sur { $organisation_name }.
    Pour commencer, choisissez votre mot de passe avec ce lien :
    { $link }
    Le lien fonctionne une seule fois, jusqu'au { $valid_until }. S'il ne fonctionne plus, demandez un nouveau lien à la personne qui vous a envoyé l'invitation.
email-password-reset-subject = Choisissez un nouveau mot de passe pour { $organisation_name }
email-password-reset-body =
    Un nouveau mot de passe a été demandé pour votre compte sur { $organisation_name }. Si la demande vient de vous, utilisez ce lien :
    { $link }
    Le lien fonctionne une seule fois, jusqu'au { $valid_until }.
    Vous n'avez pas fait cette demande ? Vous pouvez ignorer cet e-mail. Votre mot de passe ne change pas.
email-password-changed-subject = Votre mot de passe a été modifié
email-password-changed-body =
    Le mot de passe de votre compte sur { $organisation_name } vient d'être modifié.
    Si c'était vous, vous n'avez rien à faire.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-email-address-changed-subject = Votre adresse e-mail a été modifiée
email-email-address-changed-body =
    L'adresse e-mail de votre compte sur { $organisation_name } a été modifiée. Désormais, les e-mails sont envoyés à la nouvelle adresse.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-friend-invitation-subject = { $inviter_first_name } vous invite sur { $organisation_name }
email-friend-invitation-body =
    { $inviter_first_name } vous invite à rejoindre { $organisation_name }.
    Pour accepter, choisissez votre mot de passe avec ce lien :
    { $link }
    Le lien fonctionne une seule fois, jusqu'au { $valid_until }.
email-account-deactivated-subject = Votre compte est désactivé
email-account-deactivated-body =
    Votre compte sur { $organisation_name } a été désactivé le { $date }. Aucune de vos données n'a été supprimée.
    Vous souhaitez utiliser de nouveau votre compte ? Contactez { $organisation_name }.
email-deactivation-warning-subject = Votre compte sera bientôt désactivé
email-deactivation-warning-body =
    Votre compte sur { $organisation_name } n'a pas été utilisé depuis un certain temps. Il sera désactivé le { $date }.
    Vous souhaitez le garder ? Il suffit de vous connecter avant cette date :
    { $link }
email-two-factor-set-up-subject = L'authentification à deux facteurs est activée
email-two-factor-set-up-body =
    Vous avez activé l'authentification à deux facteurs pour votre compte sur { $organisation_name }. Désormais, un code vous sera demandé à chaque connexion.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-two-factor-reset-subject = Votre authentification à deux facteurs a été réinitialisée
email-two-factor-reset-body =
    Quelqu'un chez { $organisation_name } a réinitialisé l'authentification à deux facteurs de votre compte. À votre prochaine connexion, vous la configurerez de nouveau.
    Si cela n'a pas été convenu avec vous, contactez tout de suite { $organisation_name }.
email-two-factor-disabled-subject = L'authentification à deux facteurs est suspendue pour votre compte
email-two-factor-disabled-body =
    L'authentification à deux facteurs de votre compte sur { $organisation_name } est désactivée jusqu'au { $date }.
    Après cette date, un code vous sera de nouveau demandé à la connexion.
email-recovery-codes-renewed-subject = Vous avez de nouveaux codes de récupération
email-recovery-codes-renewed-body =
    De nouveaux codes de récupération ont été créés pour votre compte sur { $organisation_name }. Vos anciens codes ne fonctionnent plus.
    Conservez les nouveaux codes en lieu sûr.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-recovery-code-used-subject = Un code de récupération a été utilisé
email-recovery-code-used-body =
    Un code de récupération vient d'être utilisé pour une connexion à votre compte sur { $organisation_name }.
    Si c'était vous, configurez de nouveau l'authentification à deux facteurs dans les paramètres de votre compte.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-new-message-subject = Vous avez un nouveau message
email-new-message-body =
    Un nouveau message vous attend sur { $organisation_name }. Connectez-vous pour le lire :
    { $link }
email-tool-assigned-subject = Quelque chose de nouveau vous attend
email-tool-assigned-body =
    Quelque chose de nouveau vous attend sur { $organisation_name }. Connectez-vous pour le découvrir :
    { $link }
email-video-call-invitation-subject = Vous avez une invitation à un appel vidéo
email-video-call-invitation-body =
    Vous avez reçu une invitation à un appel vidéo sur { $organisation_name }. Connectez-vous pour y participer :
    { $link }

## Réinitialisation du mot de passe
login-forgot-link = Mot de passe oublié ?
forgot-title = Mot de passe oublié ?
forgot-intro = Indiquez votre adresse e-mail. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Recevoir un lien
forgot-sent = S'il existe un compte avec cette adresse e-mail, nous avons envoyé un lien à cette adresse. Vérifiez votre boîte de réception (et votre dossier de courrier indésirable). Le lien fonctionne pendant une heure.
forgot-back-to-login = Retour à la page de connexion
reset-title = Choisissez un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
notice-password-reset = Votre nouveau mot de passe est enregistré. Vous pouvez maintenant l'utiliser pour vous connecter.
error-reset-link-invalid = Ce lien ne fonctionne pas ou ne fonctionne plus. Vous pouvez demander un nouveau lien sur la page de connexion.
error-reset-link-expired = Ce lien a expiré. Vous pouvez demander un nouveau lien sur la page de connexion.
audit-action-password-reset-requested = Réinitialisation du mot de passe demandée
audit-action-password-reset = Mot de passe réinitialisé

## Proches
home-friends-heading = Vos proches
home-friends-intro = Vous pouvez inviter une personne proche de vous, par exemple votre partenaire ou quelqu'un de votre entourage. Cette personne reçoit son propre compte et un e-mail pour choisir son mot de passe.
home-friends-none = Vous n'avez encore invité personne.
friends-invite-heading = Inviter une personne
friends-invite-submit = Envoyer l'invitation
friends-end-link = Mettre fin au lien avec { $name }
notice-friend-invited = L'invitation a été envoyée.
notice-friend-link-ended = Le lien a pris fin. Cette personne ne peut plus se connecter.
audit-action-friend-link-ended = Lien avec un proche terminé

## File d'envoi des e-mails (console du service d'assistance)
nav-emails = E-mails
outbox-title = E-mails
outbox-intro = Les e-mails en attente d'envoi et ceux qui n'ont pas pu être remis. Une fois le problème résolu, vous pouvez remettre un e-mail en échec dans la file d'attente.
outbox-queued = En attente d'envoi
outbox-oldest = Le plus ancien attend depuis
outbox-sent = Envoyés
outbox-failed = Non remis
outbox-none-failed = Tous les e-mails ont été remis.
outbox-kind = E-mail
outbox-recipient = Destinataire
outbox-attempts = Tentatives
outbox-last-error = Dernière erreur
outbox-retry = Renvoyer
notice-email-requeued = L'e-mail est de nouveau dans la file d'attente.
email-kind-account-invitation = Invitation pour un compte
email-kind-password-reset = Réinitialisation du mot de passe
email-kind-password-changed = Mot de passe modifié
email-kind-email-address-changed = Adresse e-mail modifiée
email-kind-friend-invitation = Invitation d'un proche
email-kind-account-deactivated = Compte désactivé
email-kind-deactivation-warning = Avertissement de désactivation
email-kind-two-factor-set-up = Authentification à deux facteurs activée
email-kind-two-factor-reset = Authentification à deux facteurs réinitialisée
email-kind-two-factor-disabled = Authentification à deux facteurs suspendue
email-kind-recovery-codes-renewed = Codes de récupération renouvelés
email-kind-recovery-code-used = Code de récupération utilisé

## Two-factor authentication
error-two-factor-code-wrong = Ce code n'est pas correct. Vérifiez le code et réessayez.
audit-action-two-factor-set-up = Authentification à deux facteurs activée
audit-action-recovery-codes-renewed = Codes de récupération renouvelés
audit-action-recovery-code-used = Code de récupération utilisé
audit-action-two-factor-reset = Authentification à deux facteurs réinitialisée
audit-action-two-factor-waived = Authentification à deux facteurs suspendue
audit-action-two-factor-waiver-ended = Fin de la suspension de l'authentification à deux facteurs
audit-action-remembered-device-revoked = Appareil mémorisé oublié
audit-action-sms-code-sent = Code envoyé par SMS

## Authentification à deux facteurs : connexion, configuration, paramètres personnels, réinitialisations et suspensions
sms-code-text = { $code } est votre code de connexion pour { $platform }. Il est valable 10 minutes. Ne donnez jamais ce code à personne.
two-factor-title = Authentification à deux facteurs
next = Suivant
back = Retour
field-code = Code
field-phone = Numéro de téléphone mobile
field-recovery-code = Code de récupération
field-reason-optional = Motif (facultatif)
two-factor-code-title = Saisissez votre code
two-factor-code-app = Ouvrez votre application d'authentification. Saisissez le code à 6 chiffres affiché pour { $platform }.
two-factor-code-sms = Nous avons envoyé un SMS avec un code à 6 chiffres sur votre téléphone. Saisissez le code ici. Il est valable 10 minutes.
two-factor-remember-for = Mémoriser cet appareil pendant { $period }
two-factor-remember-question = Mémoriser cet appareil ?
two-factor-remember-shared = Faites-le uniquement sur un appareil que personne d'autre n'utilise.
remember-never = Non, toujours demander un code
remember-12-hours = 12 heures
remember-3-days = 3 jours
remember-1-week = 1 semaine
two-factor-verify = Se connecter
two-factor-send-again = Envoyer un nouveau code
two-factor-use-recovery = Vous avez perdu votre téléphone ? Connectez-vous avec un code de récupération
two-factor-cancel-login = Annuler et se déconnecter
two-factor-recovery-title = Se connecter avec un code de récupération
two-factor-recovery-intro = Saisissez l'un des codes de récupération conservés lors de la configuration de l'authentification à deux facteurs. Chaque code fonctionne une seule fois.
two-factor-lost-everything = Vous avez aussi perdu vos codes de récupération ?
two-factor-help-professional = Demandez à un gestionnaire d'application de la plateforme { $platform } de réinitialiser votre authentification à deux facteurs. Vous pourrez ensuite la configurer de nouveau.
two-factor-help-manager = Demandez à un autre gestionnaire d'application de la plateforme { $platform } de réinitialiser votre authentification à deux facteurs. Vous ne pouvez pas le faire pour votre propre compte. Il n'y a pas d'autre gestionnaire d'application ? Contactez alors le service d'assistance.
two-factor-help-client = Demandez à votre professionnel de santé ou au secrétariat de réinitialiser votre authentification à deux facteurs. Vous pourrez ensuite la configurer de nouveau.
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
two-factor-recovered-offer = Vous avez perdu votre téléphone ? Configurez alors de nouveau l'authentification à deux facteurs avec votre nouveau téléphone. Vous recevrez aussi de nouveaux codes de récupération.
two-factor-set-up-again = Configurer de nouveau
two-factor-set-up = Configurer l'authentification à deux facteurs
two-factor-later = Plus tard
two-factor-continue = Continuer
two-factor-setup-title = Configurer l'authentification à deux facteurs
two-factor-step = Étape { $step } sur { $steps }
two-factor-setup-required = { $platform } demande à tout le monde de la configurer. Vous pourrez continuer une fois la configuration terminée.
two-factor-why-heading = Pourquoi ?
two-factor-why = L'authentification à deux facteurs protège votre compte. À la connexion, vous saisissez votre mot de passe et aussi un code fourni par votre téléphone. Une personne qui connaît votre mot de passe ne peut donc toujours pas se connecter.
two-factor-need-heading = De quoi avez-vous besoin ?
two-factor-need = Votre téléphone mobile. La configuration prend environ 5 minutes.
two-factor-need-app = Pour utiliser une application : installez une application d'authentification gratuite, par exemple Google Authenticator, Microsoft Authenticator ou LastPass Authenticator.
two-factor-need-sms = Pour utiliser les SMS : un téléphone qui peut recevoir des SMS.
two-factor-choose-heading = Comment souhaitez-vous recevoir vos codes ?
method-app = Avec une application d'authentification (recommandé)
method-app-hint = C'est le moyen le plus sûr. Il fonctionne aussi sans réseau mobile.
method-sms = Par SMS
method-sms-hint = Nous vous envoyons un code à chaque connexion.
error-choose-method = Choisissez comment vous souhaitez recevoir vos codes.
two-factor-app-heading = Associez votre application
two-factor-app-scan = Ouvrez votre application d'authentification, ajoutez un compte et scannez ce code QR.
two-factor-qr-label = Code QR pour votre application d'authentification
two-factor-app-manual = Vous ne pouvez pas scanner le code ? Saisissez alors cette clé dans votre application :
two-factor-app-code = Saisissez ensuite le code à 6 chiffres affiché par votre application.
two-factor-turn-on = Activer
two-factor-sms-heading = Votre numéro de téléphone mobile
two-factor-phone-hint = Par exemple : { $example }. Un numéro d'un autre pays commence par + et l'indicatif du pays.
two-factor-send-code = Envoyer le code
two-factor-setup-sms-sent = Nous avons envoyé un SMS avec un code à 6 chiffres au numéro se terminant par { $digits }. Saisissez le code ici.
two-factor-other-number = Utiliser un autre numéro
recovery-codes-title = Vos codes de récupération
recovery-codes-intro-new = L'authentification à deux facteurs est activée. Conservez maintenant ces codes de récupération : ils ne seront plus affichés.
recovery-codes-intro-renewed = Voici vos nouveaux codes de récupération. Vos anciens codes ne fonctionnent plus. Conservez maintenant les nouveaux : ils ne seront plus affichés.
recovery-codes-use = Vous avez perdu votre téléphone ? Vous pouvez alors vous connecter avec l'un de ces codes. Chaque code fonctionne une seule fois.
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
two-factor-device-forget = Oublier
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
notice-device-revoked = L'appareil a été oublié. Un code sera demandé à la prochaine connexion sur cet appareil.
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
error-waiver-not-needed = Une suspension n'est possible que si l'authentification à deux facteurs est obligatoire pour les professionnels.
error-two-factor-off = L'authentification à deux facteurs est désactivée pour votre compte.
error-two-factor-not-set-up = L'authentification à deux facteurs n'est pas configurée. Veuillez recommencer.

## Inactivity
audit-action-inactivity-warning-sent = Avertissement de désactivation envoyé
audit-action-deactivation-skipped = Désactivation non effectuée
inactivity-type-professional = Comptes professionnels
inactivity-type-client = Comptes clients
inactivity-off = désactivée
inactivity-days =
    { $count ->
        [one] { $count } jour
        [many] { $count } jours
       *[other] { $count } jours
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } jours
inactivity-bucket-open = { $from } jours ou plus
inactivity-chart-title = Comptes selon le nombre de jours depuis leur dernière activité
inactivity-chart-summary = Barres pour { $professionals } comptes professionnels et { $clients } comptes clients ; les lignes pointillées indiquent les limites saisies dans le formulaire. { $now } comptes les dépassent actuellement. Le tableau ci-dessous reprend les mêmes chiffres.
inactivity-chart-axis = Jours depuis la dernière activité
inactivity-limit-professional =
    { $count ->
        [one] professionnels : { $count } jour
        [many] professionnels : { $count } jours
       *[other] professionnels : { $count } jours
    }
inactivity-limit-client =
    { $count ->
        [one] clients : { $count } jour
        [many] clients : { $count } jours
       *[other] clients : { $count } jours
    }
inactivity-preview-heading = Ce que ces durées changeraient
inactivity-preview-intro = Calculé maintenant, avec les jours saisis dans le formulaire. Rien ne change tant que vous n'avez pas enregistré.
inactivity-preview-type = Comptes
inactivity-preview-days = Limite
inactivity-preview-accounts = Comptes actifs
inactivity-preview-now = Désactivés immédiatement
inactivity-preview-next-30 = Désactivés dans les 30 prochains jours
inactivity-preview-button = Afficher l'effet
inactivity-confirm =
    { $count ->
        [one] J'ai vérifié les chiffres : l'enregistrement désactive immédiatement { $count } compte
       *[other] J'ai vérifié les chiffres : l'enregistrement désactive immédiatement { $count } comptes
    }
error-confirmation-needed = Cette modification désactive d'un coup plus de 10 % des comptes actifs d'un même type. Vérifiez les chiffres ci-dessous, puis cochez la case pour confirmer.

audit-action-anonymous-entries-summarised = Tentatives répétées sans connexion résumées
audit-action-reauthentication-failed = Échec de la confirmation par mot de passe
audit-action-email-change-requested = Nouvelle adresse e-mail demandée
audit-action-email-change-confirmed = Nouvelle adresse e-mail confirmée
audit-action-account-viewed = Compte consulté
audit-action-accounts-listed = Liste des comptes consultée
audit-action-audit-log-viewed = Journal d'audit consulté
audit-action-audit-log-exported = Journal d'audit exporté
audit-action-charges-exported = Frais exportés
audit-action-email-retried = E-mail remis en file d'attente
audit-action-operator-token-revoked = Jeton d'API révoqué
audit-action-operator-token-used = Jeton d'API utilisé
audit-action-operator-disabled = Agent du service d'assistance désactivé

email-email-change-confirmation-subject = Confirmez votre nouvelle adresse e-mail pour { $organisation_name }
email-email-change-confirmation-body =
    Quelqu'un a demandé à utiliser cette adresse e-mail pour son compte sur { $organisation_name }. Si la demande vient de vous, confirmez-la avec ce lien :
    { $link }
    Le lien fonctionne une seule fois, jusqu'au { $valid_until }. D'ici là, l'ancienne adresse reste utilisée.
    Vous n'avez pas fait cette demande ? Vous pouvez ignorer cet e-mail.
email-email-address-in-use-subject = Votre adresse e-mail sur { $organisation_name }
email-email-address-in-use-body =
    Quelqu'un a essayé d'utiliser cette adresse e-mail pour un autre compte sur { $organisation_name }. Elle appartient déjà à votre compte : rien n'a été modifié.
    C'était vous ? Connectez-vous avec cette adresse : { $platform_url }
    Mot de passe oublié ? Choisissez « Mot de passe oublié ? » sur la page de connexion.
email-kind-email-change-confirmation = Confirmation de la nouvelle adresse e-mail
email-kind-email-address-in-use = Adresse e-mail déjà utilisée
confirm-title = Confirmez qu'il s'agit bien de vous
confirm-intro = Pour votre sécurité, saisissez votre mot de passe avant de modifier votre adresse e-mail ou votre authentification à deux facteurs.
confirm-password = Votre mot de passe
confirm-submit = Confirmer
notice-confirmed = Merci. Vous pouvez maintenant effectuer la modification.
error-own-email-change-by-link = Modifiez votre propre adresse e-mail dans Mon compte : un lien de confirmation est envoyé à la nouvelle adresse.
error-email-change-link-invalid = Ce lien de confirmation ne fonctionne pas (ou plus). Modifiez à nouveau votre adresse e-mail dans Mon compte.
notice-email-change-requested = Nous avons envoyé un lien de confirmation à la nouvelle adresse. Votre adresse e-mail change dès que vous l'ouvrez.
notice-email-changed = Votre adresse e-mail a été modifiée.
email-change-title = Confirmez votre nouvelle adresse e-mail
email-change-intro = Confirmez que { $email } devient l'adresse e-mail de votre compte.
email-change-submit = Confirmer la nouvelle adresse
error-password-confirmation-required = Confirmez d'abord votre mot de passe.
audit-action-operator-enabled = Agent du service d'assistance réactivé
error-operator-disabled = Cet agent du service d'assistance est désactivé.
error-token-not-found = Aucun jeton d'API ne porte cet identifiant.
my-account-email-hint = Une nouvelle adresse est utilisée dès que vous ouvrez le lien de confirmation que nous y envoyons.
