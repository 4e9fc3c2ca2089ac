# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

login-title = Logowanie
login-intro = Zaloguj się do platformy { $platform } za pomocą adresu e-mail i hasła.
console-login-intro = Zaloguj się do konsoli pomocy technicznej.
login-submit = Zaloguj się

password-rules = Użyj co najmniej 12 znaków. Dobrze sprawdza się kilka niepowiązanych słów z rzędu. Unikaj swojego imienia i popularnych haseł.

error-login-failed = Adres e-mail lub hasło jest nieprawidłowe. Sprawdź oba i spróbuj ponownie.
error-login-throttled = Było zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.
error-login-throttled-until = Było zbyt wiele prób. Możesz spróbować ponownie po { $time }.
error-account-deactivated-login = Twoje konto jest obecnie nieaktywne. Skontaktuj się ze swoim specjalistą lub z administratorem aplikacji platformy { $platform }.
error-password-too-short = Hasło jest za krótkie. Użyj co najmniej 12 znaków.
error-password-too-long = Hasło jest za długie. Użyj najwyżej 1024 znaków.
error-password-too-guessable = To hasło jest zbyt łatwe do odgadnięcia. Spróbuj kilku niepowiązanych słów z rzędu.

login-forgot-link = Nie pamiętasz hasła?

error-account-deactivated-login-contact = Twoje konto jest obecnie nieaktywne. Skontaktuj się z platformą { $platform }: { $address }
