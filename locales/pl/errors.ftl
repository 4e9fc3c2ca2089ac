# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

error-title = Nie udało się
error-not-allowed = Nie masz uprawnień do tej czynności.
error-duplicate = To już istnieje.
error-not-signed-in = Najpierw się zaloguj.
error-page-not-found = Ta strona nie istnieje.
error-route-not-found = Ta ścieżka API nie istnieje.
error-request-timeout = Trwało to zbyt długo. Spróbuj ponownie za chwilę.
error-invalid-json = Treść żądania nie jest prawidłowym JSON-em dla tego wywołania.
error-unknown-parameter = To wywołanie nie przyjmuje tego parametru; sprawdź jego pisownię.
error-internal = Coś poszło nie tak po naszej stronie. Spróbuj ponownie później.
error-invalid-field = Pole { $field } ma wartość, której to wywołanie nie przyjmuje: { $detail }.
error-missing-field = Pole { $field } jest wymagane.
error-unknown-field = To wywołanie nie przyjmuje pola { $field }; sprawdź jego pisownię.
error-invalid-query = Parametr zapytania { $field } ma wartość, której to wywołanie nie przyjmuje: { $detail }.
error-invalid-path = Parametr ścieżki { $field } jest nieprawidłowy: { $detail }.
error-body-too-large = Treść żądania jest za duża; może mieć najwyżej 2 MB.
error-body-unreadable = Nie udało się odczytać treści żądania.
error-unsupported-media-type = Wyślij treść żądania jako JSON, z nagłówkiem Content-Type: application/json.
error-method-not-allowed = Ta ścieżka API nie przyjmuje tej metody.
error-bad-request = Żądanie jest nieprawidłowe.
error-host-unknown = Pod tym adresem nie ma żadnej platformy.
error-cross-origin-refused = To żądanie przyszło z innej witryny i zostało odrzucone.
error-database-unavailable = Baza danych jest teraz niedostępna. Spróbuj ponownie za chwilę.

error-date-invalid = To nie jest prawidłowa data. Użyj formatu 2026-11-26.
