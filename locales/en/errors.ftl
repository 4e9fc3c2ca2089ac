# Kalm — English. Plain words: short sentences, say what to do next, never blame.

error-title = This did not work
error-not-allowed = You are not allowed to do this.
error-duplicate = This already exists.
error-not-signed-in = Please log in first.
error-page-not-found = This page does not exist.
error-route-not-found = This API route does not exist.
error-request-timeout = This took too long. Please try again in a moment.
error-invalid-json = The request body is not valid JSON for this call.
error-unknown-parameter = This call does not take that parameter; check its spelling.
error-internal = Something went wrong on our side. Please try again later.
error-invalid-field = The field { $field } has a value this call does not accept: { $detail }.
error-missing-field = The field { $field } is required.
error-unknown-field = This call does not take the field { $field }; check its spelling.
error-invalid-query = The query parameter { $field } has a value this call does not accept: { $detail }.
error-invalid-path = The path parameter { $field } is not valid: { $detail }.
error-body-too-large = The request body is too large; it can be at most 2 MB.
error-body-unreadable = The request body could not be read.
error-unsupported-media-type = Send the request body as JSON, with the header Content-Type: application/json.
error-method-not-allowed = This API route does not take this method.
error-bad-request = The request is not valid.
error-host-unknown = There is no platform at this address.
error-cross-origin-refused = This request came from another site and was refused.
error-database-unavailable = The database cannot be reached right now. Please try again in a moment.

error-date-invalid = This is not a valid date. Use the form 2026-11-26.
