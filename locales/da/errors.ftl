# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

error-title = Det lykkedes ikke
error-not-allowed = Du har ikke tilladelse til at gøre dette.
error-duplicate = Dette findes allerede.
error-not-signed-in = Log ind først.
error-page-not-found = Denne side findes ikke.
error-route-not-found = Denne API-rute findes ikke.
error-request-timeout = Det tog for lang tid. Prøv igen om et øjeblik.
error-invalid-json = Anmodningens indhold er ikke gyldig JSON for dette kald.
error-unknown-parameter = Dette kald kender ikke den parameter; tjek stavningen.
error-internal = Der gik noget galt hos os. Prøv igen senere.
error-invalid-field = Feltet { $field } har en værdi, som dette kald ikke accepterer: { $detail }.
error-missing-field = Feltet { $field } skal udfyldes.
error-unknown-field = Dette kald kender ikke feltet { $field }; tjek stavningen.
error-invalid-query = Forespørgselsparameteren { $field } har en værdi, som dette kald ikke accepterer: { $detail }.
error-invalid-path = Stiparameteren { $field } er ikke gyldig: { $detail }.
error-body-too-large = Anmodningens indhold er for stort; det må højst være 2 MB.
error-body-unreadable = Anmodningens indhold kunne ikke læses.
error-unsupported-media-type = Send anmodningens indhold som JSON med headeren Content-Type: application/json.
error-method-not-allowed = Denne API-rute kender ikke denne metode.
error-bad-request = Anmodningen er ikke gyldig.
error-host-unknown = Der er ingen platform på denne adresse.
error-cross-origin-refused = Denne anmodning kom fra et andet websted og blev afvist.
error-database-unavailable = Databasen kan ikke nås lige nu. Prøv igen om lidt.

error-date-invalid = Dette er ikke en gyldig dato. Brug formen 2026-11-26.
