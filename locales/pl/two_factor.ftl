# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

console-two-factor-required = Konsola pomocy technicznej wymaga od każdego pracownika drugiego składnika. Skonfiguruj aplikację uwierzytelniającą, aby przejść dalej.
console-two-factor-code = Otwórz aplikację uwierzytelniającą. Wpisz 6-cyfrowy kod, który pokazuje ona dla pomocy technicznej Kalm.
console-two-factor-help = Poproś innego pracownika pomocy technicznej lub osobę, która zarządza serwerem, o uruchomienie tam polecenia „kalm operator two-factor reset”. Przy następnym logowaniu skonfigurujesz wtedy aplikację uwierzytelniającą od nowa.

error-remembered-device-not-found = Nie znaleziono tego zapamiętanego urządzenia.

error-two-factor-code-wrong = Ten kod jest nieprawidłowy. Sprawdź kod i spróbuj ponownie.

sms-code-text = { $code } to kod logowania do { $platform }. Traci moc po 10 minutach. Nikomu go nie podawaj.
two-factor-title = Uwierzytelnianie dwuskładnikowe
two-factor-code-title = Wpisz kod
two-factor-code-app = Otwórz aplikację uwierzytelniającą. Wpisz 6-cyfrowy kod, który pokazuje ona dla platformy { $platform }.
two-factor-code-sms = Wysłano SMS z 6-cyfrowym kodem na Twój telefon. Wpisz tutaj ten kod. Działa przez 10 minut.
two-factor-remember-for = Zapamiętaj to urządzenie na okres: { $period }
two-factor-remember-question = Zapamiętać to urządzenie?
two-factor-remember-shared = Rób to tylko na urządzeniu, z którego nie korzysta nikt inny.
remember-never = Nie, zawsze pytaj o kod
remember-12-hours = 12 godzin
remember-3-days = 3 dni
remember-1-week = 1 tydzień
two-factor-verify = Zaloguj się
two-factor-send-again = Wyślij nowy kod
two-factor-use-recovery = Nie masz dostępu do telefonu? Zaloguj się kodem odzyskiwania
two-factor-cancel-login = Przerwij i wyloguj się
two-factor-recovery-title = Logowanie kodem odzyskiwania
two-factor-recovery-intro = Wpisz jeden z kodów odzyskiwania zapisanych podczas konfiguracji uwierzytelniania dwuskładnikowego. Każdy kod działa tylko raz.
two-factor-lost-everything = Nie masz też kodów odzyskiwania?
two-factor-help-professional = Poproś administratora aplikacji platformy { $platform } o zresetowanie Twojego uwierzytelniania dwuskładnikowego. Potem skonfigurujesz je ponownie.
two-factor-help-manager = Poproś innego administratora aplikacji platformy { $platform } o zresetowanie Twojego uwierzytelniania dwuskładnikowego. Dla własnego konta nie możesz tego zrobić. Nie ma innego administratora aplikacji? Skontaktuj się z pomocą techniczną.
two-factor-help-client = Poproś swojego specjalistę lub sekretariat o zresetowanie Twojego uwierzytelniania dwuskładnikowego. Potem skonfigurujesz je ponownie.
two-factor-help-friend = Dla konta osoby bliskiej nikt nie może zresetować uwierzytelniania dwuskładnikowego. Skontaktuj się z osobą, która Cię zaprosiła.
two-factor-back-to-code = Wróć do wpisywania kodu
two-factor-recovered-title = Zalogowano Cię
two-factor-codes-left =
    { $count ->
        [0] Nie masz już kodów odzyskiwania.
        [one] Masz jeszcze 1 kod odzyskiwania.
        [few] Masz jeszcze { $count } kody odzyskiwania.
        [many] Masz jeszcze { $count } kodów odzyskiwania.
       *[other] Masz jeszcze { $count } kodu odzyskiwania.
    }
two-factor-recovered-offer = Nie masz już dawnego telefonu? Skonfiguruj wtedy ponownie uwierzytelnianie dwuskładnikowe, na nowym telefonie. Dostaniesz też nowe kody odzyskiwania.
two-factor-set-up-again = Skonfiguruj ponownie
two-factor-set-up = Skonfiguruj uwierzytelnianie dwuskładnikowe
two-factor-later = Później
two-factor-continue = Kontynuuj
two-factor-setup-title = Konfiguracja uwierzytelniania dwuskładnikowego
two-factor-step = Krok { $step } z { $steps }
two-factor-setup-required = Platforma { $platform } wymaga tego od wszystkich. Gdy skończysz, możesz przejść dalej.
two-factor-why-heading = Dlaczego?
two-factor-why = Uwierzytelnianie dwuskładnikowe chroni Twoje konto. Przy logowaniu wpisujesz hasło, a także kod z telefonu. Ktoś, kto zna Twoje hasło, i tak nie wejdzie na konto.
two-factor-need-heading = Czego potrzebujesz?
two-factor-need = Telefonu komórkowego. Konfiguracja trwa około 5 minut.
two-factor-need-app = Do aplikacji: zainstaluj bezpłatną aplikację uwierzytelniającą, na przykład Google Authenticator, Microsoft Authenticator lub LastPass Authenticator.
two-factor-need-sms = Do SMS-ów: telefonu, który może odbierać SMS-y.
two-factor-choose-heading = Jak chcesz otrzymywać kody?
method-app = Przez aplikację uwierzytelniającą (zalecane)
method-app-hint = Najbezpieczniejszy sposób. Działa też bez zasięgu.
method-sms = SMS-em
method-sms-hint = Przy każdym logowaniu wyślemy Ci kod.
error-choose-method = Wybierz, jak chcesz otrzymywać kody.
two-factor-app-heading = Połącz aplikację
two-factor-app-scan = Otwórz aplikację uwierzytelniającą, dodaj konto i zeskanuj ten kod QR.
two-factor-qr-label = Kod QR dla aplikacji uwierzytelniającej
two-factor-app-manual = Nie możesz zeskanować kodu? Wpisz wtedy w aplikacji ten klucz:
two-factor-app-code = Następnie wpisz 6-cyfrowy kod, który pokazuje aplikacja.
two-factor-turn-on = Włącz
two-factor-sms-heading = Twój numer telefonu komórkowego
two-factor-phone-hint = Na przykład { $example }. Numer z innego kraju zaczyna się od + i numeru kierunkowego kraju.
two-factor-send-code = Wyślij kod
two-factor-setup-sms-sent = Wysłano SMS z 6-cyfrowym kodem na Twój numer telefonu kończący się na { $digits }. Wpisz tutaj ten kod.
two-factor-other-number = Użyj innego numeru
recovery-codes-title = Twoje kody odzyskiwania
recovery-codes-intro-new = Uwierzytelnianie dwuskładnikowe jest włączone. Zapisz teraz te kody odzyskiwania: nie zobaczysz ich ponownie.
recovery-codes-intro-renewed = To są Twoje nowe kody odzyskiwania. Stare kody już nie działają. Zapisz teraz nowe: nie zobaczysz ich ponownie.
recovery-codes-use = Nie masz dostępu do telefonu? Wtedy możesz zalogować się jednym z tych kodów. Każdy kod działa tylko raz.
recovery-codes-download = Pobierz jako plik tekstowy
recovery-codes-copy = Kopiuj
recovery-codes-copied = Kody zostały skopiowane.
recovery-codes-print = Drukuj
recovery-codes-file-heading = Kody odzyskiwania do platformy { $platform } ({ $email })
recovery-codes-saved = Moje kody odzyskiwania są zapisane w bezpiecznym miejscu
two-factor-status-app = Włączone, przez aplikację uwierzytelniającą, od { $date }.
two-factor-status-sms = Włączone, SMS-em na numer telefonu kończący się na { $digits }, od { $date }.
two-factor-status-off = Nie skonfigurowano.
two-factor-rule-required = Platforma { $platform } wymaga uwierzytelniania dwuskładnikowego dla Twojego konta.
two-factor-rule-optional = Możesz je skonfigurować, jeśli chcesz. Dzięki temu Twoje konto będzie bezpieczniejsze.
two-factor-rule-off = Uwierzytelnianie dwuskładnikowe jest wyłączone na tej platformie.
two-factor-waiver-own = Uwierzytelnianie dwuskładnikowe dla Twojego konta jest wstrzymane do { $date }.
two-factor-renew-codes = Utwórz nowe kody odzyskiwania
two-factor-renew-hint = Stare kody odzyskiwania przestaną działać.
two-factor-devices-heading = Zapamiętane urządzenia
two-factor-devices-none = Żadne urządzenie nie jest zapamiętane.
two-factor-device = Urządzenie
two-factor-device-first = Pierwsze użycie
two-factor-device-last = Ostatnie użycie
two-factor-device-until = Zapamiętane do
two-factor-device-forget = Usuń
two-factor-back-to-account = Powrót do mojego konta
my-account-two-factor-link = Zarządzaj uwierzytelnianiem dwuskładnikowym
account-two-factor-waived = Wstrzymane do { $date } (przez: { $by }).
account-two-factor-reset = Zresetuj uwierzytelnianie dwuskładnikowe
account-two-factor-reset-hint = Tylko wtedy, gdy { $name } nie ma już ani telefonu, ani kodów odzyskiwania. Przy następnym logowaniu ta osoba skonfiguruje je ponownie i dostanie e-mail o resecie.
account-two-factor-own-hint = Nie możesz zresetować własnego uwierzytelniania dwuskładnikowego. Poproś innego administratora aplikacji, a jeśli go nie ma – pomoc techniczną.
account-two-factor-waive = Wstrzymaj uwierzytelnianie dwuskładnikowe na 1 miesiąc
account-two-factor-waive-hint = { $name } może wtedy do { $date } logować się samym hasłem. Ta osoba dostanie o tym e-mail.
account-two-factor-end-waiver = Zakończ wstrzymanie teraz
notice-code-sent = Wysłano Ci nowy kod.
notice-device-revoked = To urządzenie nie jest już zapamiętane. Przy następnym logowaniu na nim potrzebny będzie kod.
notice-two-factor-on = Uwierzytelnianie dwuskładnikowe jest włączone.
notice-two-factor-reset = Uwierzytelnianie dwuskładnikowe zostało zresetowane.
notice-two-factor-waived = Uwierzytelnianie dwuskładnikowe zostało wstrzymane na miesiąc.
notice-waiver-ended = Wstrzymanie zostało zakończone.
notice-login-expired = Logowanie trwało zbyt długo. Zaloguj się ponownie.
error-recovery-code-wrong = Ten kod odzyskiwania jest nieprawidłowy albo został już użyty. Sprawdź go i spróbuj ponownie.
error-phone-empty = Wpisz numer telefonu komórkowego.
error-phone-characters = Numer telefonu może zawierać tylko cyfry, spacje i myślniki oraz + na początku.
error-phone-length = Ten numer telefonu jest za krótki lub za długi. Sprawdź go albo wpisz z + i numerem kierunkowym kraju.
error-sms-limit = W ostatniej godzinie wysłano wiele kodów. Poczekaj chwilę, zanim poprosisz o nowy.
error-sms-limit-until = W ostatniej godzinie wysłano wiele kodów. O nowy kod możesz poprosić po { $time }.
error-sms-refused = Nie udało się wysłać SMS-a na ten numer. Sprawdź numer.
error-sms-unavailable = W tej chwili nie można wysyłać SMS-ów. Spróbuj ponownie później lub użyj aplikacji uwierzytelniającej.
error-login-expired = Logowanie trwało zbyt długo. Zaloguj się ponownie.
error-reason-required = Podaj powód.
error-waiver-not-needed = Wstrzymanie jest możliwe tylko wtedy, gdy uwierzytelnianie dwuskładnikowe jest wymagane dla kont personelu.
error-two-factor-off = Uwierzytelnianie dwuskładnikowe jest wyłączone dla Twojego konta.
error-two-factor-not-set-up = Uwierzytelnianie dwuskładnikowe nie jest skonfigurowane. Zacznij od nowa.

# A link that hands the key to an authenticator app on the same device.
two-factor-app-open = Na tym telefonie? Otwórz klucz w aplikacji uwierzytelniającej

# Someone else's account, as staff see it.
account-two-factor-status-sms = Włączone, SMS-em na numer telefonu kończący się na { $digits }, od { $date }.
account-two-factor-codes-left =
    { $count ->
        [0] { $name }: nie ma już kodów odzyskiwania.
        [one] { $name }: pozostał 1 kod odzyskiwania.
        [few] { $name }: pozostały { $count } kody odzyskiwania.
        [many] { $name }: pozostało { $count } kodów odzyskiwania.
       *[other] { $name }: pozostało { $count } kodu odzyskiwania.
    }

# Switching off one's own optional two-factor.
two-factor-rule-optional-on = Uwierzytelnianie dwuskładnikowe jest tu dobrowolne. Możesz je wyłączyć poniżej, ale lepiej chroni Twoje konto.
two-factor-off-heading = Wyłączanie
two-factor-off-help = Aplikacja uwierzytelniająca lub telefon, kody odzyskiwania i zapamiętane urządzenia zostaną usunięte. Możesz je w każdej chwili skonfigurować ponownie. Najpierw potwierdzasz hasłem.
two-factor-off-submit = Wyłącz uwierzytelnianie dwuskładnikowe
notice-two-factor-off = Uwierzytelnianie dwuskładnikowe jest wyłączone. Możesz je w każdej chwili skonfigurować ponownie.
error-two-factor-required = Ta platforma wymaga uwierzytelniania dwuskładnikowego dla Twojego konta, więc nie można go wyłączyć.

two-factor-phone-country = Kraj numeru
two-factor-sms-check-heading = Czy ten numer jest prawidłowy?
two-factor-sms-check = Wyślemy kod SMS-em na ten numer:
two-factor-sms-change = Zmień numer
two-factor-help-contact = Możesz też napisać do platformy { $platform }: { $address }
