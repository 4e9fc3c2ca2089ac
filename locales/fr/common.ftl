# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

product-name = Kalm
console-name = Service d'assistance Kalm
skip-to-content = Aller au contenu principal
signed-in-as = Connecté en tant que { $name }
logout = Se déconnecter
back-home = Aller à la page d'accueil
save = Enregistrer
never = Jamais
filter-any = Indifférent

nav-label = Menu principal
nav-home = Accueil
nav-accounts = Comptes
nav-audit = Journal d'audit
nav-my-account = Mon compte
nav-platforms = Plateformes
nav-settings = Paramètres
nav-charges = Frais
nav-emails = E-mails

field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel
field-first-name = Prénom
field-last-name = Nom
field-language = Langue
field-name = Nom
field-account-type = Type de compte
field-role = Rôle
field-roles = Rôles
field-status = Statut
field-last-activity = Dernière activité
field-created = Date de création
field-platform = Plateforme (domaine ou identifiant)
field-platform-name = Nom
field-domain = Domaine
field-kind = Type
field-default-language = Langue par défaut
field-code = Code
field-phone = Numéro de téléphone mobile
field-recovery-code = Code de récupération
field-reason-optional = Motif (facultatif)

next = Suivant
back = Retour

# The way back from a confirmation page, changing nothing.
confirm-keep = Annuler

field-country = Pays
field-time-zone = Fuseau horaire
field-contact-email = Adresse e-mail de contact

nav-tools = Activités
