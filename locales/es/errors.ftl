# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

error-title = No ha funcionado
error-not-allowed = No tienes permiso para hacer esto.
error-duplicate = Esto ya existe.
error-not-signed-in = Inicia sesión primero.
error-page-not-found = Esta página no existe.
error-route-not-found = Esta ruta de la API no existe.
error-request-timeout = Esto ha tardado demasiado. Inténtalo de nuevo en un momento.
error-invalid-json = El cuerpo de la solicitud no es un JSON válido para esta llamada.
error-unknown-parameter = Esta llamada no admite ese parámetro; comprueba cómo está escrito.
error-internal = Algo ha fallado por nuestra parte. Inténtalo de nuevo más tarde.
error-invalid-field = El campo { $field } tiene un valor que esta llamada no acepta: { $detail }.
error-missing-field = El campo { $field } es obligatorio.
error-unknown-field = Esta llamada no admite el campo { $field }; comprueba cómo está escrito.
error-invalid-query = El parámetro de consulta { $field } tiene un valor que esta llamada no acepta: { $detail }.
error-invalid-path = El parámetro de ruta { $field } no es válido: { $detail }.
error-body-too-large = El cuerpo de la solicitud es demasiado grande; puede tener como máximo 2 MB.
error-body-unreadable = No se ha podido leer el cuerpo de la solicitud.
error-unsupported-media-type = Envía el cuerpo de la solicitud como JSON, con la cabecera Content-Type: application/json.
error-method-not-allowed = Esta ruta de la API no admite este método.
error-bad-request = La solicitud no es válida.
error-host-unknown = No hay ninguna plataforma en esta dirección.
error-cross-origin-refused = Esta solicitud venía de otro sitio y se ha rechazado.
error-database-unavailable = Ahora mismo no se puede acceder a la base de datos. Inténtalo de nuevo en un momento.

error-date-invalid = Esta fecha no es válida. Usa el formato 2026-11-26.
