# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

error-title = Cela n'a pas fonctionné
error-not-allowed = Vous n'avez pas l'autorisation de faire cela.
error-duplicate = Cet élément existe déjà.
error-not-signed-in = Veuillez d'abord vous connecter.
error-page-not-found = Cette page n'existe pas.
error-route-not-found = Cette route d'API n'existe pas.
error-request-timeout = Cela a pris trop de temps. Veuillez réessayer dans un instant.
error-invalid-json = Le corps de la requête n'est pas un JSON valide pour cet appel.
error-unknown-parameter = Cet appel ne prend pas ce paramètre ; vérifiez son orthographe.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer plus tard.
error-invalid-field = Le champ { $field } a une valeur que cet appel n'accepte pas : { $detail }.
error-missing-field = Le champ { $field } est obligatoire.
error-unknown-field = Cet appel ne prend pas le champ { $field } ; vérifiez son orthographe.
error-invalid-query = Le paramètre de requête { $field } a une valeur que cet appel n'accepte pas : { $detail }.
error-invalid-path = Le paramètre de chemin { $field } n'est pas valide : { $detail }.
error-body-too-large = Le corps de la requête est trop volumineux ; il peut faire au plus 2 Mo.
error-body-unreadable = Le corps de la requête n'a pas pu être lu.
error-unsupported-media-type = Envoyez le corps de la requête en JSON, avec l'en-tête Content-Type: application/json.
error-method-not-allowed = Cette route d'API n'accepte pas cette méthode.
error-bad-request = La requête n'est pas valide.
error-host-unknown = Il n'y a aucune plateforme à cette adresse.
error-cross-origin-refused = Cette requête venait d'un autre site et a été refusée.
error-database-unavailable = La base de données est injoignable pour le moment. Veuillez réessayer dans un instant.

error-date-invalid = Cette date n'est pas valide. Utilisez le format 2026-11-26.
