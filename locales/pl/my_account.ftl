# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

my-account-title = Moje konto
my-account-profile = Twoje dane
my-account-password = Zmiana hasła
my-account-change-password = Zmień hasło

notice-profile-saved = Twoje dane zostały zapisane.
notice-password-changed = Hasło zostało zmienione. Na tym urządzeniu sesja trwa dalej, a na pozostałych urządzeniach wylogowano Cię.

error-current-password-wrong = Obecne hasło jest nieprawidłowe. Spróbuj ponownie.

confirm-title = Potwierdź, że to Ty
confirm-intro = Dla Twojego bezpieczeństwa wpisz hasło, zanim zmienisz adres e-mail lub weryfikację dwuetapową.
confirm-password = Twoje hasło
confirm-submit = Potwierdź
notice-confirmed = Dziękujemy. Możesz teraz wprowadzić zmianę.
error-own-email-change-by-link = Zmień własny adres e-mail w zakładce Moje konto: na nowy adres wyślemy link potwierdzający.
error-email-change-link-invalid = Ten link potwierdzający nie działa. Mógł już zostać użyty albo brakuje w nim jakiejś części. Zmień adres e-mail ponownie w zakładce Moje konto.
notice-email-change-requested = Wysłaliśmy link potwierdzający na nowy adres. Twój adres e-mail zmieni się, gdy go otworzysz.
notice-email-changed = Twój adres e-mail został zmieniony.
email-change-title = Potwierdź nowy adres e-mail
email-change-intro = Potwierdź, że { $email } będzie adresem e-mail Twojego konta.
email-change-submit = Potwierdź nowy adres
error-password-confirmation-required = Najpierw potwierdź hasło.
my-account-email-hint = Nowy adres zacznie obowiązywać, gdy otworzysz link potwierdzający, który na niego wyślemy.

my-account-time-zone-hint = Godziny na tej stronie i w jej e-mailach są pokazywane w tej strefie czasowej.
my-account-time-zone-platform = Strefa platformy: { $zone }
