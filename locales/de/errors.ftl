# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

error-title = Das hat nicht funktioniert
error-not-allowed = Dazu sind Sie nicht berechtigt.
error-duplicate = Das existiert bereits.
error-not-signed-in = Bitte melden Sie sich zuerst an.
error-page-not-found = Diese Seite gibt es nicht.
error-route-not-found = Diese API-Route gibt es nicht.
error-request-timeout = Das hat zu lange gedauert. Bitte versuchen Sie es gleich noch einmal.
error-invalid-json = Der Request-Body ist für diesen Aufruf kein gültiges JSON.
error-unknown-parameter = Dieser Aufruf kennt diesen Parameter nicht; prüfen Sie die Schreibweise.
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später noch einmal.
error-invalid-field = Das Feld { $field } hat einen Wert, den dieser Aufruf nicht annimmt: { $detail }.
error-missing-field = Das Feld { $field } ist erforderlich.
error-unknown-field = Dieser Aufruf kennt das Feld { $field } nicht; prüfen Sie die Schreibweise.
error-invalid-query = Der Query-Parameter { $field } hat einen Wert, den dieser Aufruf nicht annimmt: { $detail }.
error-invalid-path = Der Pfadparameter { $field } ist ungültig: { $detail }.
error-body-too-large = Der Request-Body ist zu groß; er darf höchstens 2 MB groß sein.
error-body-unreadable = Der Request-Body konnte nicht gelesen werden.
error-unsupported-media-type = Senden Sie den Request-Body als JSON, mit dem Header Content-Type: application/json.
error-method-not-allowed = Diese API-Route kennt diese Methode nicht.
error-bad-request = Die Anfrage ist ungültig.
error-host-unknown = Unter dieser Adresse gibt es keine Plattform.
error-cross-origin-refused = Diese Anfrage kam von einer anderen Website und wurde abgelehnt.
error-database-unavailable = Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.

error-date-invalid = Das ist kein gültiges Datum. Verwenden Sie die Form 2026-11-26.
