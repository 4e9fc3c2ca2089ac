# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

error-title = Dit is niet gelukt
error-not-allowed = Je mag dit niet doen.
error-duplicate = Dit bestaat al.
error-not-signed-in = Log eerst in.
error-page-not-found = Deze pagina bestaat niet.
error-route-not-found = Deze API-route bestaat niet.
error-request-timeout = Dit duurde te lang. Probeer het zo nog eens.
error-invalid-json = De inhoud van het verzoek is geen geldige JSON voor deze aanroep.
error-unknown-parameter = Deze aanroep kent die parameter niet; controleer de spelling.
error-internal = Er ging bij ons iets mis. Probeer het later opnieuw.
error-invalid-field = Het veld { $field } heeft een waarde die deze aanroep niet accepteert: { $detail }.
error-missing-field = Het veld { $field } is verplicht.
error-unknown-field = Deze aanroep kent het veld { $field } niet; controleer de spelling.
error-invalid-query = De queryparameter { $field } heeft een waarde die deze aanroep niet accepteert: { $detail }.
error-invalid-path = De padparameter { $field } is niet geldig: { $detail }.
error-body-too-large = De inhoud van het verzoek is te groot; die mag hoogstens 2 MB zijn.
error-body-unreadable = De inhoud van het verzoek kon niet worden gelezen.
error-unsupported-media-type = Stuur de inhoud van het verzoek als JSON, met de header Content-Type: application/json.
error-method-not-allowed = Deze API-route kent deze methode niet.
error-bad-request = Het verzoek is niet geldig.
error-host-unknown = Op dit adres is geen platform.
error-cross-origin-refused = Dit verzoek kwam van een andere site en is geweigerd.
error-database-unavailable = De database is nu niet bereikbaar. Probeer het zo opnieuw.

error-date-invalid = Dit is geen geldige datum. Gebruik de vorm 2026-11-26.
