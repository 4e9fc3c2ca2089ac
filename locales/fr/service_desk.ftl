# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

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
kind-care = Plateforme de soins
kind-content = Plateforme de contenu (CMS)

error-platform-name-empty = Veuillez indiquer le nom de la plateforme.
error-platform-name-too-long = Le nom de la plateforme peut comporter au maximum 100 caractères.
error-platform-kind-unknown = Choisissez « soins » ou « contenu » comme type.
error-domain-invalid = Ce domaine n'est pas valide. Utilisez un nom comme soins.example.org, sans https:// ni chemin.
error-domain-taken = Ce domaine est déjà utilisé par une autre plateforme.
error-platform-not-found = Cette plateforme est introuvable.
error-operator-not-found = Aucun agent du service d'assistance n'a cette adresse e-mail.
error-email-not-found = Cet e-mail n'est pas dans la file d'envoi, ou il ne peut pas être renvoyé.

platforms-configurations = Configurations
platforms-charges = Frais de cette plateforme

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

platforms-edit = Informations sur la plateforme
platforms-edit-submit = Enregistrer les informations
notice-platform-updated = La plateforme a été mise à jour.

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

error-operator-disabled = Cet agent du service d'assistance est désactivé.
error-token-not-found = Aucun jeton d'API ne porte cet identifiant.

platforms-managers = Gestionnaires d'application
platforms-managers-none = Aucun gestionnaire d'application pour l'instant. Ajoutez-en un ci-dessous : il crée les comptes de la plateforme.

outbox-lookup = E-mails envoyés à une adresse
outbox-lookup-help = Quelqu'un dit n'avoir jamais reçu un e-mail ? Voyez ce qui a été envoyé à son adresse : quand, de quel type et si c'est parti. Les textes eux-mêmes ne sont pas affichés.
outbox-lookup-submit = Rechercher
outbox-lookup-none = Rien n'a été envoyé à cette adresse.
outbox-state = État
outbox-state-queued = En attente
outbox-state-sent = Envoyé
outbox-state-failed = Échec

platforms-country-of-language = Le pays de la langue par défaut
platforms-country-help = Les numéros de téléphone saisis sans indicatif du pays sont considérés comme des numéros de ce pays.
platforms-time-zone-of-country = Le fuseau horaire du pays
platforms-contact-none = Aucune
platforms-contact-help = L'adresse propre de l'organisation pour les questions. Les textes qui invitent à contacter l'organisation indiquent cette adresse. Laissez vide s'il n'y en a pas.
charges-not-priced = Sans prix
charges-download-totals = Télécharger les totaux (CSV)
charges-totals = Totaux par plateforme
charges-totals-help = Pour la période et la plateforme choisies ci-dessus. Les frais sans prix dans la grille tarifaire sont comptés sur une ligne à part.
charges-count = Nombre d'événements facturables
charges-amount = Montant
charges-rows = Tous les frais

platforms-catalogue-offered-on = Proposé sur ces plateformes de soins
platforms-catalogue-offers = Propose les activités de ces plateformes de contenu
platforms-catalogue-none = Aucun lien de catalogue pour l’instant.
platforms-catalogue-unlink = Ne plus proposer
platforms-catalogue-unlink-label = Ne plus proposer sur { $platform }
platforms-catalogue-care = Plateforme de soins
platforms-catalogue-link = Y proposer ses activités
notice-catalogue-linked = Les activités sont désormais proposées sur la plateforme de soins.
notice-catalogue-unlinked = Les activités n’y sont plus proposées.
