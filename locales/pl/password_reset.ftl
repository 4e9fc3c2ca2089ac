# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

forgot-title = Nie pamiętasz hasła?
forgot-intro = Wpisz swój adres e-mail. Wyślemy Ci link, za pomocą którego ustawisz nowe hasło.
forgot-submit = Wyślij mi link
forgot-sent = Jeśli istnieje konto z tym adresem e-mail, wysłano na ten adres link. Sprawdź skrzynkę odbiorczą (i folder ze spamem). Link działa przez godzinę.
forgot-back-to-login = Powrót do strony logowania
reset-title = Ustaw nowe hasło
reset-submit = Zapisz nowe hasło
notice-password-reset = Nowe hasło zostało zapisane. Możesz się teraz nim zalogować.
error-reset-link-invalid = Ten link nie działa. Mógł już zostać użyty albo brakuje w nim jakiejś części. O nowy link możesz poprosić na stronie logowania.
error-reset-link-expired = Ten link wygasł. O nowy link możesz poprosić na stronie logowania.
