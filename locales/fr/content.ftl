# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

error-tool-kind-unknown = Choisissez un module, un journal ou un questionnaire.
error-tool-title-empty = Donnez un titre à l'activité.
error-tool-title-too-long = Le titre peut comporter au maximum 200 caractères.
error-tool-description-too-long = La description peut comporter au maximum 1 000 caractères.
error-tool-document-invalid = Ce fichier n'est pas une activité que Kalm peut lire.
error-tool-schema-unknown = Ce fichier a été créé avec une version plus récente. Exportez-le de nouveau depuis une installation de cette version.
error-not-a-content-platform = Les activités se créent uniquement sur les plateformes de contenu.
error-not-a-care-platform = Choisissez une plateforme de soins pour le catalogue.
error-draft-outdated = Quelqu'un d'autre a enregistré ce brouillon après que vous l'avez ouvert. Ouvrez-le de nouveau pour voir ses modifications, puis apportez les vôtres.
error-tool-fixed = Le type et la langue d'une activité ne peuvent plus changer après sa création.
error-nothing-to-release = Le brouillon est identique à la dernière version. Modifiez d'abord quelque chose.
error-release-refused = Le brouillon ne peut pas encore être publié. Résolvez d'abord les problèmes indiqués.
error-tool-not-found = Cette activité est introuvable sur cette plateforme.
error-version-not-found = Cette version n'existe pas.
error-revision-required = Indiquez sur quelle révision du brouillon repose votre modification (l’en-tête If-Match).
