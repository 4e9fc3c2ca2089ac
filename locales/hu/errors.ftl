# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

error-title = Ez nem sikerült
error-not-allowed = Ehhez nincs jogosultsága.
error-duplicate = Ez már létezik.
error-not-signed-in = Kérjük, előbb jelentkezzen be.
error-page-not-found = Ez az oldal nem létezik.
error-route-not-found = Ez az API-útvonal nem létezik.
error-request-timeout = Ez túl sokáig tartott. Kérjük, próbálja újra egy kis idő múlva.
error-invalid-json = A kérés törzse nem érvényes JSON ehhez a híváshoz.
error-unknown-parameter = Ez a hívás nem ismeri ezt a paramétert; ellenőrizze a helyesírását.
error-internal = Hiba történt a mi oldalunkon. Kérjük, próbálja újra később.
error-invalid-field = A(z) { $field } mező értékét ez a hívás nem fogadja el: { $detail }.
error-missing-field = A(z) { $field } mező kitöltése kötelező.
error-unknown-field = Ez a hívás nem ismeri a(z) { $field } mezőt; ellenőrizze a helyesírását.
error-invalid-query = A(z) { $field } lekérdezési paraméter értékét ez a hívás nem fogadja el: { $detail }.
error-invalid-path = A(z) { $field } útvonal-paraméter érvénytelen: { $detail }.
error-body-too-large = A kérés törzse túl nagy; legfeljebb 2 MB lehet.
error-body-unreadable = A kérés törzse nem olvasható.
error-unsupported-media-type = A kérés törzsét JSON-ként küldje, a Content-Type: application/json fejléccel.
error-method-not-allowed = Ez az API-útvonal nem ismeri ezt a metódust.
error-bad-request = A kérés érvénytelen.
error-host-unknown = Ezen a címen nincs platform.
error-cross-origin-refused = Ez a kérés egy másik webhelyről érkezett, ezért elutasítottuk.
error-database-unavailable = Az adatbázis most nem érhető el. Kérjük, próbálja újra egy kis idő múlva.

error-date-invalid = Ez nem érvényes dátum. Ebben a formában adja meg: 2026-11-26.
