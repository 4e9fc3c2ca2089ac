# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

settings-title = Paramètres
settings-intro = Voici les configurations disponibles sur votre plateforme. Vous pouvez modifier vous-même certaines d'entre elles ; pour les autres, contactez le service d'assistance.
settings-none = Aucune configuration n'est encore disponible sur cette plateforme. Le service d'assistance peut en mettre à disposition.
settings-back = Retour aux paramètres
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
config-languages-help = Langues proposées en plus de la langue par défaut de la plateforme. Chaque personne choisit la sienne dans Mon compte.
config-video-sessions = Appels vidéo
config-video-sessions-help = Les professionnels et leurs patients peuvent se parler en appel vidéo dans le navigateur. Les appels ne sont jamais enregistrés.
config-domain = Domaine
config-domain-help = L'adresse de la plateforme. Seul le service d'assistance peut la modifier, en indiquant un motif.

config-field-professionals = Comptes du personnel
config-field-clients = Comptes patients
config-field-friends = Proches
config-field-warning-days = E-mail d'avertissement : jours avant la désactivation
config-field-deactivate-professionals = Désactiver les comptes du personnel inactifs
config-field-deactivate-clients = Désactiver les comptes patients inactifs
config-field-days-professionals = Jours sans activité (comptes du personnel)
config-field-days-clients = Jours sans activité (comptes patients)
config-field-remember-device = Durée de mémorisation d'un appareil (comptes du personnel)
config-field-switched-off = E-mails désactivés
config-field-greeting = Formule d'appel
config-field-signature = Signature
config-field-languages = Langues supplémentaires
config-field-video-sessions = Appels vidéo
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

notice-configuration-saved = La configuration est enregistrée.
notice-configuration-made-available = La configuration est maintenant disponible sur cette plateforme.
notice-configuration-withdrawn = La configuration a été retirée. Sa valeur est conservée pour le jour où elle sera de nouveau disponible.

error-configuration-invalid = Cette valeur n'est pas valide.
error-configuration-not-available = Cette configuration n'est pas disponible sur cette plateforme.
error-configuration-unknown = Aucune configuration ne porte ce nom.
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
error-config-warning-too-early = { $field } : les avertissements doivent commencer après la dernière activité. Choisissez moins de jours que la période la plus courte ({ $days } jours), ou 0 pour aucun avertissement.

config-ask-service-desk-at = Seul le service d'assistance peut modifier ce paramètre. Faites la demande par e-mail : { $address }
