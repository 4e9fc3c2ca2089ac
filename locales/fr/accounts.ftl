# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

accounts-title = Comptes
accounts-new = Nouveau compte
accounts-new-client = Nouveau compte patient
accounts-filter = Filtrer les comptes
accounts-search = Nom ou adresse e-mail
accounts-apply-filter = Appliquer le filtre
accounts-count = { $count ->
    [0] Aucun compte trouvé.
    [one] { $count } compte trouvé.
    [many] { $count } comptes trouvés.
   *[other] { $count } comptes trouvés.
}
account-new-title = Nouveau compte
account-new-roles = Rôles (pour les comptes du personnel)
account-new-submit = Créer le compte
account-activation-link = Lien d'activation
account-activation-link-help = Transmettez ce lien à la personne à qui le compte est destiné. Il fonctionne une seule fois, pendant 7 jours. Il lui permet de choisir son mot de passe.
account-friend-of = Proche de : { $name }
account-professionals = Professionnels
account-no-professionals = Aucun professionnel n'est encore associé à ce patient.
account-unrelate = Mettre fin à l'association avec { $name }
account-relate-label = Professionnel
account-relate = Associer
account-clients = Patients
account-friends = Proches
account-roles-heading = Rôles
account-roles-save = Enregistrer les rôles
account-actions = Actions
account-renew-link = Nouveau lien d'activation
account-deactivate = Désactiver le compte
account-reactivate = Réactiver le compte

account-type-professional = Compte du personnel
account-type-client = Patient
account-type-friend = Proche
role-professional = Professionnel
role-secretary = Secrétariat
role-application-manager = Gestionnaire d'application
status-invited = Invité
status-active = Actif
status-deactivated = Désactivé

notice-account-created = Le compte a été créé.
notice-roles-saved = Les rôles sont enregistrés.
notice-relation-added = Le patient et le professionnel sont maintenant associés.
notice-relation-removed = L'association a pris fin.
notice-account-deactivated = Le compte est désactivé. Il ne permet plus de se connecter.
notice-account-reactivated = Le compte est de nouveau actif.
notice-account-reactivated-invited = Le compte est de nouveau au statut « Invité », car son titulaire n'a jamais choisi de mot de passe. Envoyez un nouveau lien d'activation.
notice-activation-link-renewed = Un nouveau lien d'activation est prêt. Les liens précédents ne fonctionnent plus.

error-account-deactivated = Ce compte est désactivé.
error-email-invalid = Cette adresse e-mail n'est pas valide. Vérifiez qu'elle ne contient pas de faute de frappe.
error-email-taken = Cette adresse e-mail est déjà utilisée par un autre compte sur cette plateforme.
error-first-name-empty = Veuillez indiquer le prénom.
error-last-name-empty = Veuillez indiquer le nom.
error-name-too-long = Un nom peut comporter au maximum 100 caractères.
error-account-type-unknown = Choisissez un type de compte.
error-role-unknown = L'un des rôles n'est pas reconnu.
error-roles-empty = Un compte du personnel doit avoir au moins un rôle.
error-roles-not-allowed = Seuls les comptes du personnel ont des rôles.
error-account-status-unknown = Ce statut de compte n'est pas reconnu.
error-account-not-found = Ce compte est introuvable.
error-client-not-found = Aucun patient n'a cette adresse e-mail sur cette plateforme.
error-relation-types = Une association relie un patient à un professionnel.
error-last-application-manager = La plateforme doit conserver au moins un gestionnaire d'application actif.
error-account-not-active = Cette action n'est possible que pour les comptes qui ne sont pas encore activés.

account-deactivate-question = Désactiver le compte de { $name } ?
account-deactivate-no-login = { $name } ne pourra plus se connecter. Toute session ouverte prend fin maintenant.
account-deactivate-email = Un e-mail envoyé à { $email } indique que le compte est désactivé.
account-deactivate-undo = Vous pourrez réactiver le compte plus tard. Rien n'est supprimé.

account-new-email-help = Une invitation avec un lien pour choisir un mot de passe est envoyée à cette adresse.
account-activation-link-copy = Copier le lien
account-activation-link-copied = Le lien est copié.
notice-account-invited = Le compte est créé. Une invitation avec le lien d'activation est en route vers { $email }.

role-author = Auteur
role-publisher = Éditeur
error-role-not-on-this-platform = Les rôles d'auteur et d'éditeur n'existent que sur les plateformes de contenu.
