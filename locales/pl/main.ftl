# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

product-name = Kalm
console-name = Kalm – pomoc techniczna
skip-to-content = Przejdź do treści głównej
nav-label = Menu główne
nav-home = Strona główna
nav-accounts = Konta
nav-audit = Dziennik audytu
nav-my-account = Moje konto
nav-platforms = Platformy
signed-in-as = Zalogowano jako { $name }
logout = Wyloguj się
back-home = Przejdź do strony głównej
save = Zapisz
never = Nigdy
filter-any = Wszystkie

## Logowanie
login-title = Logowanie
login-intro = Zaloguj się do platformy { $platform } za pomocą adresu e-mail i hasła.
console-login-intro = Zaloguj się do konsoli pomocy technicznej.
console-two-factor-required = Konsola pomocy technicznej wymaga od każdego pracownika drugiego składnika. Skonfiguruj aplikację uwierzytelniającą, aby przejść dalej.
console-two-factor-code = Otwórz aplikację uwierzytelniającą. Wpisz 6-cyfrowy kod, który pokazuje ona dla pomocy technicznej Kalm.
console-two-factor-help = Poproś innego pracownika pomocy technicznej lub osobę, która zarządza serwerem, o uruchomienie tam polecenia „kalm operator two-factor reset”. Przy następnym logowaniu skonfigurujesz wtedy aplikację uwierzytelniającą od nowa.
login-submit = Zaloguj się
field-email = Adres e-mail
field-password = Hasło

## Aktywacja
activate-title = Ustaw hasło
activate-welcome = Witaj, { $name }
activate-intro = Wybierz hasło do nowego konta. Będziesz go używać do logowania.
activate-submit = Zapisz hasło i przejdź dalej
password-rules = Użyj co najmniej 12 znaków. Dobrze sprawdza się kilka niepowiązanych słów z rzędu. Unikaj swojego imienia i popularnych haseł.
field-new-password = Nowe hasło
field-current-password = Obecne hasło

## Strona główna
home-title = Strona główna
home-welcome = Witaj, { $name }
home-manager = Zarządzasz kontami na tej platformie.
home-secretary = Wspierasz specjalistów i ich klientów.
home-professional = Tu znajdziesz klientów, z którymi pracujesz.
home-client = Tu znajdziesz osoby, które Cię wspierają.
home-friend = Jesteś na tej platformie na zaproszenie klienta.
home-friend-of = { $name } zaprasza Cię na tę platformę.
home-operator = Zalogowano tokenem pomocy technicznej.
home-your-clients = Twoi klienci
home-no-clients = Nie masz jeszcze klientów.
home-your-professionals = Twoi specjaliści
home-no-professionals = Z Twoim kontem nie powiązano jeszcze żadnego specjalisty.

## Moje konto
my-account-title = Moje konto
my-account-profile = Twoje dane
my-account-password = Zmiana hasła
my-account-change-password = Zmień hasło
field-first-name = Imię
field-last-name = Nazwisko
field-language = Język

## Konta
accounts-title = Konta
accounts-new = Nowe konto
accounts-new-client = Nowy klient
accounts-filter = Filtruj konta
accounts-search = Imię i nazwisko lub adres e-mail
accounts-apply-filter = Zastosuj filtr
accounts-count = { $count ->
    [0] Nie znaleziono kont.
    [one] Znaleziono 1 konto.
    [few] Znaleziono { $count } konta.
    [many] Znaleziono { $count } kont.
   *[other] Znaleziono { $count } konta.
}
field-name = Imię i nazwisko
field-account-type = Typ konta
field-role = Rola
field-roles = Role
field-status = Status
field-last-activity = Ostatnia aktywność
field-created = Utworzono
account-new-title = Nowe konto
account-new-roles = Role (dla kont specjalistów)
account-new-submit = Utwórz konto
account-activation-link = Link aktywacyjny
account-activation-link-help = Przekaż ten link nowemu użytkownikowi. Działa jeden raz, przez 7 dni. Za jego pomocą użytkownik ustawi hasło.
account-friend-of = Osoba bliska klienta { $name }
account-professionals = Specjaliści
account-no-professionals = Z tym klientem nie powiązano jeszcze żadnego specjalisty.
account-unrelate = Zakończ powiązanie: { $name }
account-relate-label = Specjalista
account-relate = Powiąż
account-clients = Klienci
account-friends = Osoby bliskie
account-roles-heading = Role
account-roles-save = Zapisz role
account-actions = Działania
account-renew-link = Nowy link aktywacyjny
account-deactivate = Dezaktywuj konto
account-reactivate = Aktywuj konto ponownie

account-type-professional = Konto specjalisty
account-type-client = Klient
account-type-friend = Osoba bliska
role-professional = Specjalista
role-secretary = Sekretariat
role-application-manager = Administrator aplikacji
status-invited = Zaproszone
status-active = Aktywne
status-deactivated = Dezaktywowane

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

## Komunikaty po zmianie
notice-account-activated = Hasło zostało zapisane. Możesz się teraz zalogować.
notice-profile-saved = Twoje dane zostały zapisane.
notice-password-changed = Hasło zostało zmienione. Na tym urządzeniu sesja trwa dalej, a na pozostałych urządzeniach wylogowano Cię.
notice-account-created = Konto zostało utworzone.
notice-roles-saved = Role zostały zapisane.
notice-relation-added = Klient i specjalista są teraz powiązani.
notice-relation-removed = Powiązanie zostało zakończone.
notice-account-deactivated = Konto zostało dezaktywowane. Nie można się już na nie zalogować.
notice-account-reactivated = Konto jest znowu aktywne.
notice-account-reactivated-invited = Konto zostało ponownie aktywowane. Jego właściciel nigdy nie ustawił hasła, więc jest znowu zaproszone: wyślij nowy link aktywacyjny.
notice-activation-link-renewed = Nowy link aktywacyjny jest gotowy. Wcześniejsze linki już nie działają.

## Dziennik audytu
audit-title = Dziennik audytu
audit-filter = Filtruj dziennik audytu
audit-account = Konto (adres e-mail lub identyfikator)
audit-action = Działanie
audit-since = Od
audit-until = Do
audit-when = Kiedy
audit-who = Kto
audit-target = Dotyczy
audit-outcome = Wynik
audit-source = Adres źródłowy
audit-detail = Szczegóły
field-platform = Platforma (domena lub identyfikator)
actor-operator = Pomoc techniczna
actor-account = Konto
actor-system = System
actor-anonymous = Użytkownik niezalogowany
outcome-success = Sukces
outcome-failure = Niepowodzenie
outcome-denied = Odmowa
audit-action-login-succeeded = Udane logowanie
audit-action-login-failed = Nieudane logowanie
audit-action-login-throttled = Logowanie wstrzymane po zbyt wielu próbach
audit-action-logout = Wylogowanie
audit-action-account-created = Utworzono konto
audit-action-account-updated = Zmieniono konto
audit-action-account-activated = Aktywowano konto
audit-action-roles-changed = Zmieniono role
audit-action-relation-added = Dodano powiązanie
audit-action-relation-removed = Zakończono powiązanie
audit-action-account-deactivated = Dezaktywowano konto
audit-action-account-reactivated = Ponownie aktywowano konto
audit-action-password-changed = Zmieniono hasło
audit-action-activation-link-renewed = Wygenerowano nowy link aktywacyjny
audit-action-platform-created = Utworzono platformę
audit-action-operator-created = Utworzono pracownika pomocy technicznej
audit-action-operator-token-created = Utworzono token API
audit-action-access-denied = Odmowa dostępu

## Konsola pomocy technicznej
platforms-title = Platformy
platforms-new = Nowa platforma
platforms-none = Nie ma jeszcze żadnych platform.
platforms-create = Utwórz platformę
platforms-domain-help = Adres, którego używają ludzie, np. opieka.example.org. Bez https:// i bez ścieżki.
platforms-account-count = Konta
platforms-id = ID
platforms-audit = Dziennik audytu tej platformy
platforms-add-manager = Dodaj administratora aplikacji
platforms-add-manager-submit = Dodaj administratora aplikacji
field-platform-name = Nazwa
field-domain = Domena
field-kind = Rodzaj
field-default-language = Język domyślny
kind-care = Platforma opieki
kind-content = Platforma treści (CMS)

## Błędy
error-title = Coś wymaga Twojej uwagi
error-login-failed = Adres e-mail lub hasło jest nieprawidłowe. Sprawdź oba i spróbuj ponownie.
error-login-throttled = Było zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.
error-login-throttled-until = Było zbyt wiele prób. Możesz spróbować ponownie po { $time }.
error-account-deactivated = To konto jest dezaktywowane.
error-account-deactivated-login = Twoje konto jest obecnie nieaktywne. Skontaktuj się ze swoim specjalistą lub z administratorem aplikacji platformy { $platform }.
error-activation-link-invalid = Ten link nie działa lub jest już nieaktualny. Poproś osobę, która Cię zaprosiła, o nowy link.
error-activation-link-expired = Ten link wygasł. Poproś osobę, która Cię zaprosiła, o nowy link.
error-password-too-short = Hasło jest za krótkie. Użyj co najmniej 12 znaków.
error-password-too-long = Hasło jest za długie. Użyj najwyżej 1024 znaków.
error-password-too-guessable = To hasło jest zbyt łatwe do odgadnięcia. Spróbuj kilku niepowiązanych słów z rzędu.
error-current-password-wrong = Obecne hasło jest nieprawidłowe. Spróbuj ponownie.
error-email-invalid = To nie jest prawidłowy adres e-mail. Sprawdź, czy nie ma w nim literówki.
error-email-taken = Ten adres e-mail jest już używany przez inne konto na tej platformie.
error-first-name-empty = Wpisz imię.
error-last-name-empty = Wpisz nazwisko.
error-name-too-long = Imię lub nazwisko może mieć najwyżej 100 znaków.
error-account-type-unknown = Wybierz typ konta.
error-role-unknown = Jedna z ról jest nieznana.
error-roles-empty = Konto specjalisty musi mieć co najmniej jedną rolę.
error-roles-not-allowed = Role mają tylko konta specjalistów.
error-account-status-unknown = Ten status konta jest nieznany.
error-language-unknown = Ten język nie jest dostępny.
error-platform-name-empty = Wpisz nazwę platformy.
error-platform-name-too-long = Nazwa platformy może mieć najwyżej 100 znaków.
error-platform-kind-unknown = Jako rodzaj wybierz platformę opieki lub platformę treści.
error-domain-invalid = To nie jest prawidłowa domena. Użyj nazwy w rodzaju opieka.example.org, bez https:// i bez ścieżki.
error-domain-taken = Ta domena jest już używana przez inną platformę.
error-platform-not-found = Nie znaleziono tej platformy.
error-operator-not-found = Nie ma pracownika pomocy technicznej z tym adresem e-mail.
error-account-not-found = Nie znaleziono tego konta.
error-client-not-found = Na tej platformie nie ma klienta z tym adresem e-mail.
error-email-not-found = Tej wiadomości nie ma w kolejce wysyłki lub nie można jej wysłać ponownie.
error-remembered-device-not-found = Nie znaleziono tego zapamiętanego urządzenia.
error-not-allowed = Nie masz uprawnień do tej czynności.
error-duplicate = To już istnieje.
error-relation-types = Powiązanie łączy klienta ze specjalistą.
error-last-application-manager = Platforma musi mieć co najmniej jednego aktywnego administratora aplikacji.
error-account-not-active = Jest to możliwe tylko w przypadku kont, które nie zostały jeszcze aktywowane.
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
error-host-unknown = W tej domenie nie działa żadna platforma.
error-cross-origin-refused = To żądanie przyszło z innej witryny i zostało odrzucone.
error-database-unavailable = Baza danych jest teraz niedostępna. Spróbuj ponownie za chwilę.

## Konfiguracje
nav-settings = Ustawienia
nav-charges = Opłaty
settings-title = Ustawienia
settings-intro = Oto konfiguracje dostępne na Twojej platformie. Niektóre możesz zmienić samodzielnie; w sprawie pozostałych skontaktuj się z pomocą techniczną.
settings-none = Na tej platformie nie ma jeszcze dostępnych konfiguracji. Pomoc techniczna może je udostępnić.
settings-back = Powrót do ustawień
platforms-configurations = Konfiguracje
platforms-charges = Opłaty tej platformy
config-back-to-platform = Powrót do platformy { $platform }
config-state = Stan
config-state-available = Dostępna
config-state-unavailable = Niedostępna
config-state-always = Zawsze obowiązuje
config-editor = Kto może zmieniać
config-editor-service-desk = Pomoc techniczna
config-editor-application-manager = Administrator aplikacji
config-charge = Opłaty
config-charge-free = Bezpłatnie
config-charge-when-made-available = Płatne przy udostępnieniu
config-charge-every-change = Płatna każda zmiana
config-availability = Dostępność
config-make-available = Udostępnij
config-withdraw = Wycofaj
config-value = Wartość
config-save = Zapisz
config-ask-service-desk = Tylko pomoc techniczna może to zmienić. Poproś o to przez swojego opiekuna handlowego lub e-mailem.
config-on = Włączone
config-off = Wyłączone
config-none = Brak
config-range = Od { $min } do { $max }.
config-days = { $days ->
    [one] 1 dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
config-after-days = { $days ->
    [one] po 1 dniu bez aktywności
    [few] po { $days } dniach bez aktywności
    [many] po { $days } dniach bez aktywności
   *[other] po { $days } dnia bez aktywności
}
config-emails-essential = E-maile dotyczące logowania i bezpieczeństwa są wysyłane zawsze.
config-signature-help = Zwykły tekst. Możesz użyć { "{" }organisation_name{ "}" }. Zostaw puste, aby użyć standardowego podpisu.
config-domain-reason-help = Powód zmiany adresu (wymagane). Każda zmiana jest płatna.
email-signature-default = Pozdrawiamy, { "{" }organisation_name{ "}" }

config-inactivity-deactivation = Dezaktywacja nieaktywnych kont
config-inactivity-deactivation-help = Konta bez aktywności przez określoną liczbę dni są automatycznie dezaktywowane. Wybierz okres z rozwagą: osoby, których przez jakiś czas nie ma, tracą dostęp.
config-login-methods = Metody logowania
config-login-methods-help = Które grupy mogą logować się adresem e-mail i hasłem.
config-two-factor = Uwierzytelnianie dwuskładnikowe
config-two-factor-help = Dodatkowy kod przy logowaniu, z aplikacji uwierzytelniającej lub SMS-em.
config-emails = E-maile
config-emails-help = Wyłącz e-maile, które nie są niezbędne, np. gdy integracja sama powiadamia użytkowników.
config-email-greeting = Powitanie w e-mailach
config-email-greeting-help = Jak e-maile zwracają się do odbiorcy.
config-email-signature = Podpis w e-mailach
config-email-signature-help = Ostatni wiersz każdego e-maila, osobno dla każdego języka.
config-languages = Języki
config-languages-help = Języki oferowane oprócz domyślnego języka platformy. Każdy wybiera swój język w ustawieniach konta.
config-video-sessions = Sesje wideo
config-video-sessions-help = Specjaliści i ich klienci mogą prowadzić rozmowy wideo w przeglądarce. Rozmowy nigdy nie są nagrywane.
config-domain = Domena
config-domain-help = Adres platformy. Zmienia go tylko pomoc techniczna, podając powód.

config-field-professionals = Konta specjalistów
config-field-clients = Konta klientów
config-field-friends = Konta osób bliskich
config-field-warning-days = E-mail z ostrzeżeniem: ile dni przed dezaktywacją
config-field-deactivate-professionals = Dezaktywuj nieaktywne konta specjalistów
config-field-deactivate-clients = Dezaktywuj nieaktywne konta klientów
config-field-days-professionals = Dni bez aktywności (konta specjalistów)
config-field-days-clients = Dni bez aktywności (konta klientów)
config-field-remember-device = Zapamiętaj kod na urządzeniu (konta specjalistów)
config-field-switched-off = Wyłączone e-maile
config-field-greeting = Powitanie
config-field-signature = Podpis
config-field-languages = Dodatkowe języki
config-field-video-sessions = Sesje wideo
config-field-domain = Domena
config-field-reason = Powód
config-field-note = Notatka
config-field-key = Konfiguracja
config-field-value = Wartość
config-field-since = Od
config-option-off = Wyłączone
config-option-optional = Opcjonalne
config-option-required = Wymagane
config-option-never = Nie, zawsze pytaj o kod
config-option-12-hours = 12 godzin
config-option-3-days = 3 dni
config-option-1-week = 1 tydzień
config-option-first-name = Witaj, [imię]
config-option-first-name-and-surname = Witaj, [imię] [nazwisko]
email-kind-new-message = Nowa wiadomość
email-kind-tool-assigned = Przydzielono narzędzie
email-kind-video-call-invitation = Zaproszenie na rozmowę wideo

notice-configuration-saved = Konfiguracja została zapisana.
notice-configuration-made-available = Konfiguracja jest teraz dostępna na tej platformie.
notice-configuration-withdrawn = Konfiguracja została wycofana. Jej wartość zostaje zachowana na wypadek ponownego udostępnienia.

charges-title = Opłaty
charges-intro = Wszystkie płatne zdarzenia: udostępnione konfiguracje, płatne zmiany i utworzone platformy treści.
charges-filter = Filtruj opłaty
charges-download = Pobierz jako CSV
charges-none = Nie znaleziono opłat.
charges-event = Zdarzenie
charges-subject = Czego dotyczy
charges-event-made-available = Udostępniono
charges-event-changed = Zmieniono
charges-event-platform-created = Utworzono platformę

error-configuration-invalid = Ta wartość jest nieprawidłowa.
error-configuration-not-available = Ta konfiguracja nie jest dostępna na tej platformie.
error-configuration-unknown = Nie ma konfiguracji o tej nazwie.
error-date-invalid = To nie jest prawidłowa data. Użyj formatu 2026-11-26.
error-config-missing = { $field }: wypełnij to pole.
error-config-not-a-boolean = { $field }: wybierz „włączone” lub „wyłączone”.
error-config-not-a-whole-number = { $field }: wpisz liczbę całkowitą.
error-config-not-text = { $field }: wpisz tekst.
error-config-not-a-list = { $field }: to musi być lista.
error-config-not-an-object = { $field }: ta wartość ma nieprawidłową postać.
error-config-out-of-range = { $field }: wybierz liczbę od { $min } do { $max }.
error-config-not-one-of = { $field }: wybierz jedną z wartości: { $allowed }.
error-config-unknown-field = { $field } nie jest ustawieniem tej konfiguracji.
error-config-too-long = { $field }: użyj najwyżej { $max } znaków.
error-config-markup = { $field }: użyj tylko zwykłego tekstu, bez linków, formatowania i obrazów.
error-config-unknown-placeholder = { $field }: nie można tu użyć symbolu zastępczego { $placeholder }.
error-config-invalid-domain = { $field }: to nie jest prawidłowa domena. Użyj nazwy w rodzaju opieka.example.org.
error-config-locks-out = { $field }: nie można wyłączyć logowania hasłem, dopóki ta grupa nie ma innego sposobu logowania.
error-config-warning-too-early = { $field }: ostrzeżenia muszą zaczynać się po ostatniej aktywności. Wybierz mniej dni niż najkrótszy okres ({ $days } dni) lub 0, aby nie wysyłać ostrzeżeń.
audit-action-configuration-availability-changed = Udostępniono lub wycofano konfigurację
audit-action-configuration-changed = Zmieniono konfigurację

## Języki
language-switcher = Język
language-switcher-submit = Pokaż w tym języku
language-not-offered = Twój język nie jest obecnie dostępny na tej platformie, dlatego widzisz stronę w języku: { $language }. Twój wybór zostaje zachowany.
date-format = %d.%m.%Y %H:%M
platforms-edit = Nazwa i język domyślny
platforms-edit-submit = Zapisz nazwę i język
notice-platform-updated = Platforma została zaktualizowana.
audit-action-platform-updated = Zmieniono platformę

## E-maile. Każdy wiersz tekstu to osobny akapit. { $link } zostaw w osobnym wierszu.
email-greeting-first-name = Witaj, { $first_name },
email-greeting-first-name-and-surname = Witaj, { $first_name } { $last_name },
email-footer = To jest automatyczny e-mail od organizacji { $organisation_name }. Odpowiedzi na niego nie są czytane.
email-account-invitation-subject = Twoje konto na platformie { $organisation_name }
email-account-invitation-body =
    Utworzono dla Ciebie konto na platformie { $organisation_name }.
    Na początek ustaw hasło za pomocą tego linku:
    { $link }
    Link działa jeden raz, do { $valid_until }. Jeśli już nie działa, poproś osobę, która Cię zaprosiła, o nowy link.
email-password-reset-subject = Ustaw nowe hasło na platformie { $organisation_name }
email-password-reset-body =
    Ktoś poprosił o nowe hasło do Twojego konta na platformie { $organisation_name }. Jeśli to Ty, użyj tego linku:
    { $link }
    Link działa jeden raz, do { $valid_until }.
    To nie Ty? Możesz zignorować ten e-mail. Twoje hasło pozostaje bez zmian.
email-password-changed-subject = Twoje hasło zostało zmienione
email-password-changed-body =
    Hasło do Twojego konta na platformie { $organisation_name } zostało przed chwilą zmienione.
    Jeśli to Ty, nie musisz nic robić.
    Jeśli to nie Ty, od razu skontaktuj się z organizacją { $organisation_name }.
email-email-address-changed-subject = Twój adres e-mail został zmieniony
email-email-address-changed-body =
    Adres e-mail Twojego konta na platformie { $organisation_name } został zmieniony. Od teraz e-maile będą wysyłane na nowy adres.
    Jeśli to nie Ty, od razu skontaktuj się z organizacją { $organisation_name }.
email-friend-invitation-subject = { $inviter_first_name } zaprasza Cię na platformę { $organisation_name }
email-friend-invitation-body =
    { $inviter_first_name } zaprasza Cię do korzystania z platformy { $organisation_name }.
    Aby przyjąć zaproszenie, ustaw hasło za pomocą tego linku:
    { $link }
    Link działa jeden raz, do { $valid_until }.
email-account-deactivated-subject = Twoje konto zostało dezaktywowane
email-account-deactivated-body =
    Twoje konto na platformie { $organisation_name } zostało dezaktywowane dnia { $date }. Żadne Twoje dane nie zostały usunięte.
    Chcesz znowu korzystać ze swojego konta? Skontaktuj się z organizacją { $organisation_name }.
email-deactivation-warning-subject = Twoje konto wkrótce zostanie dezaktywowane
email-deactivation-warning-body =
    Twoje konto na platformie { $organisation_name } od pewnego czasu nie było używane. Zostanie dezaktywowane dnia { $date }.
    Chcesz je zachować? Wystarczy, że zalogujesz się przed tą datą:
    { $link }
email-two-factor-set-up-subject = Uwierzytelnianie dwuskładnikowe jest włączone
email-two-factor-set-up-body =
    Dla Twojego konta na platformie { $organisation_name } skonfigurowano uwierzytelnianie dwuskładnikowe. Od teraz przy logowaniu potrzebny będzie kod.
    Jeśli to nie Ty, od razu skontaktuj się z organizacją { $organisation_name }.
email-two-factor-reset-subject = Uwierzytelnianie dwuskładnikowe zostało zresetowane
email-two-factor-reset-body =
    Ktoś z organizacji { $organisation_name } zresetował uwierzytelnianie dwuskładnikowe Twojego konta. Przy następnym logowaniu skonfigurujesz je ponownie.
    Jeśli nie uzgodniono tego z Tobą, od razu skontaktuj się z organizacją { $organisation_name }.
email-two-factor-disabled-subject = Uwierzytelnianie dwuskładnikowe jest tymczasowo wyłączone dla Twojego konta
email-two-factor-disabled-body =
    Uwierzytelnianie dwuskładnikowe dla Twojego konta na platformie { $organisation_name } jest wyłączone do { $date }.
    Po tej dacie przy logowaniu znowu potrzebny będzie kod.
email-recovery-codes-renewed-subject = Masz nowe kody odzyskiwania
email-recovery-codes-renewed-body =
    Dla Twojego konta na platformie { $organisation_name } utworzono nowe kody odzyskiwania. Stare kody już nie działają.
    Przechowuj nowe kody w bezpiecznym miejscu.
    Jeśli to nie Ty, od razu skontaktuj się z organizacją { $organisation_name }.
email-recovery-code-used-subject = Użyto kodu odzyskiwania
email-recovery-code-used-body =
    Przed chwilą użyto kodu odzyskiwania, aby zalogować się do Twojego konta na platformie { $organisation_name }.
    Jeśli to Ty, ponownie skonfiguruj uwierzytelnianie dwuskładnikowe w ustawieniach konta.
    Jeśli to nie Ty, od razu skontaktuj się z organizacją { $organisation_name }.
email-new-message-subject = Masz nową wiadomość
email-new-message-body =
    Na platformie { $organisation_name } czeka na Ciebie nowa wiadomość. Zaloguj się, aby ją przeczytać:
    { $link }
email-tool-assigned-subject = Czeka na Ciebie coś nowego
email-tool-assigned-body =
    Na platformie { $organisation_name } czeka na Ciebie coś nowego. Zaloguj się, aby to zobaczyć:
    { $link }
email-video-call-invitation-subject = Masz zaproszenie na rozmowę wideo
email-video-call-invitation-body =
    Masz zaproszenie na rozmowę wideo na platformie { $organisation_name }. Zaloguj się, aby dołączyć:
    { $link }

## Resetowanie hasła
login-forgot-link = Nie pamiętasz hasła?
forgot-title = Nie pamiętasz hasła?
forgot-intro = Wpisz swój adres e-mail. Wyślemy Ci link, za pomocą którego ustawisz nowe hasło.
forgot-submit = Wyślij mi link
forgot-sent = Jeśli istnieje konto z tym adresem e-mail, wysłano na ten adres link. Sprawdź skrzynkę odbiorczą (i folder ze spamem). Link działa przez godzinę.
forgot-back-to-login = Powrót do strony logowania
reset-title = Ustaw nowe hasło
reset-submit = Zapisz nowe hasło
notice-password-reset = Nowe hasło zostało zapisane. Możesz się teraz nim zalogować.
error-reset-link-invalid = Ten link nie działa lub jest już nieaktualny. O nowy link możesz poprosić na stronie logowania.
error-reset-link-expired = Ten link wygasł. O nowy link możesz poprosić na stronie logowania.
audit-action-password-reset-requested = Poproszono o nowe hasło
audit-action-password-reset = Zresetowano hasło

## Osoby bliskie
home-friends-heading = Twoje osoby bliskie
home-friends-intro = Możesz zaprosić osobę bliską, na przykład partnera, partnerkę lub kogoś z przyjaciół. Ta osoba dostanie własne konto i e-mail z linkiem do ustawienia hasła.
home-friends-none = Nie zaproszono jeszcze nikogo.
friends-invite-heading = Zaproś osobę bliską
friends-invite-submit = Wyślij zaproszenie
friends-end-link = Zakończ powiązanie: { $name }
notice-friend-invited = Zaproszenie zostało wysłane.
notice-friend-link-ended = Powiązanie zostało zakończone. Ta osoba nie może się już zalogować.
audit-action-friend-link-ended = Zakończono powiązanie z osobą bliską

## Skrzynka nadawcza e-maili (konsola pomocy technicznej)
nav-emails = E-maile
outbox-title = E-maile
outbox-intro = E-maile oczekujące na wysłanie oraz te, których nie udało się dostarczyć. Gdy problem zostanie rozwiązany, możesz ponownie dodać nieudany e-mail do kolejki.
outbox-queued = Oczekujące na wysłanie
outbox-oldest = Najstarszy oczekuje od
outbox-sent = Wysłane
outbox-failed = Niedostarczone
outbox-none-failed = Wszystkie e-maile zostały dostarczone.
outbox-kind = E-mail
outbox-recipient = Odbiorca
outbox-attempts = Próby
outbox-last-error = Ostatni błąd
outbox-retry = Wyślij ponownie
notice-email-requeued = E-mail został ponownie dodany do kolejki.
email-kind-account-invitation = Zaproszenie do konta
email-kind-password-reset = Resetowanie hasła
email-kind-password-changed = Zmieniono hasło
email-kind-email-address-changed = Zmieniono adres e-mail
email-kind-friend-invitation = Zaproszenie osoby bliskiej
email-kind-account-deactivated = Dezaktywowano konto
email-kind-deactivation-warning = Ostrzeżenie przed dezaktywacją
email-kind-two-factor-set-up = Skonfigurowano uwierzytelnianie dwuskładnikowe
email-kind-two-factor-reset = Zresetowano uwierzytelnianie dwuskładnikowe
email-kind-two-factor-disabled = Tymczasowo wyłączono uwierzytelnianie dwuskładnikowe
email-kind-recovery-codes-renewed = Odnowiono kody odzyskiwania
email-kind-recovery-code-used = Użyto kodu odzyskiwania

## Two-factor authentication
error-two-factor-code-wrong = Ten kod jest nieprawidłowy. Sprawdź kod i spróbuj ponownie.
audit-action-two-factor-set-up = Skonfigurowano uwierzytelnianie dwuskładnikowe
audit-action-recovery-codes-renewed = Odnowiono kody odzyskiwania
audit-action-recovery-code-used = Użyto kodu odzyskiwania
audit-action-two-factor-reset = Zresetowano uwierzytelnianie dwuskładnikowe
audit-action-two-factor-waived = Wstrzymano uwierzytelnianie dwuskładnikowe
audit-action-two-factor-waiver-ended = Zakończono wstrzymanie uwierzytelniania dwuskładnikowego
audit-action-remembered-device-revoked = Usunięto zapamiętane urządzenie
audit-action-sms-code-sent = Wysłano kod SMS-em

## Uwierzytelnianie dwuskładnikowe: logowanie, konfiguracja, własne ustawienia, resetowanie i wstrzymanie
sms-code-text = { $code } to Twój kod logowania do platformy { $platform }. Działa przez 10 minut. Nigdy nikomu go nie podawaj.
two-factor-title = Uwierzytelnianie dwuskładnikowe
next = Dalej
back = Wstecz
field-code = Kod
field-phone = Numer telefonu komórkowego
field-recovery-code = Kod odzyskiwania
field-reason-optional = Powód (opcjonalnie)
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
two-factor-device-forget = Zapomnij
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
notice-device-revoked = Urządzenie zostało zapomniane. Przy następnym logowaniu będzie na nim potrzebny kod.
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
error-waiver-not-needed = Wstrzymanie jest możliwe tylko wtedy, gdy uwierzytelnianie dwuskładnikowe jest wymagane dla kont specjalistów.
error-two-factor-off = Uwierzytelnianie dwuskładnikowe jest wyłączone dla Twojego konta.
error-two-factor-not-set-up = Uwierzytelnianie dwuskładnikowe nie jest skonfigurowane. Zacznij od nowa.

## Inactivity
audit-action-inactivity-warning-sent = Wysłano ostrzeżenie przed dezaktywacją
audit-action-deactivation-skipped = Pominięto dezaktywację
inactivity-type-professional = Konta specjalistów
inactivity-type-client = Konta klientów
inactivity-off = wyłączony
inactivity-days =
    { $count ->
        [one] 1 dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } dni
inactivity-bucket-open = { $from } dni lub więcej
inactivity-chart-title = Konta według liczby dni od ostatniej aktywności
inactivity-chart-summary = Słupki: konta specjalistów ({ $professionals }) i konta klientów ({ $clients }); linie przerywane oznaczają limity z formularza. Liczba kont, które już teraz przekraczają limity: { $now }. Tabela poniżej zawiera te same liczby.
inactivity-chart-axis = Dni od ostatniej aktywności
inactivity-limit-professional =
    { $count ->
        [one] specjaliści: 1 dzień
        [few] specjaliści: { $count } dni
        [many] specjaliści: { $count } dni
       *[other] specjaliści: { $count } dnia
    }
inactivity-limit-client =
    { $count ->
        [one] klienci: 1 dzień
        [few] klienci: { $count } dni
        [many] klienci: { $count } dni
       *[other] klienci: { $count } dnia
    }
inactivity-preview-heading = Skutki wybranej liczby dni
inactivity-preview-intro = Obliczono teraz na podstawie liczby dni z formularza. Nic się nie zmieni, dopóki nie zapiszesz.
inactivity-preview-type = Konta
inactivity-preview-days = Limit
inactivity-preview-accounts = Aktywne konta
inactivity-preview-now = Dezaktywowane od razu
inactivity-preview-next-30 = Dezaktywowane w ciągu najbliższych 30 dni
inactivity-preview-button = Pokaż skutki
inactivity-confirm = Liczby zostały sprawdzone: po zapisaniu liczba kont dezaktywowanych od razu wyniesie { $count }
error-confirmation-needed = To od razu dezaktywuje ponad 10 % aktywnych kont jednego typu. Sprawdź liczby poniżej i zaznacz pole, aby potwierdzić.

audit-action-anonymous-entries-summarised = Podsumowano powtarzające się próby bez logowania
audit-action-reauthentication-failed = Nieudane potwierdzenie hasłem
audit-action-email-change-requested = Zgłoszono nowy adres e-mail
audit-action-email-change-confirmed = Potwierdzono nowy adres e-mail
audit-action-account-viewed = Wyświetlono konto
audit-action-accounts-listed = Wyświetlono listę kont
audit-action-audit-log-viewed = Wyświetlono dziennik audytu
audit-action-audit-log-exported = Wyeksportowano dziennik audytu
audit-action-charges-exported = Wyeksportowano opłaty
audit-action-email-retried = Ponownie dodano e-mail do kolejki
audit-action-operator-token-revoked = Unieważniono token API
audit-action-operator-token-used = Użyto tokenu API
audit-action-operator-disabled = Wyłączono pracownika pomocy technicznej

email-email-change-confirmation-subject = Potwierdź nowy adres e-mail na platformie { $organisation_name }
email-email-change-confirmation-body =
    Ktoś poprosił o użycie tego adresu e-mail dla swojego konta na platformie { $organisation_name }. Jeśli to Ty, potwierdź to za pomocą tego linku:
    { $link }
    Link działa jeden raz, do { $valid_until }. Do tego czasu używany jest dotychczasowy adres.
    To nie Ty? Możesz zignorować ten e-mail.
email-email-address-in-use-subject = Twój adres e-mail na platformie { $organisation_name }
email-email-address-in-use-body =
    Ktoś próbował użyć tego adresu e-mail dla innego konta na platformie { $organisation_name }. Adres należy już do Twojego konta, więc nic nie zostało zmienione.
    To Ty? Zaloguj się tym adresem: { $platform_url }
    Nie pamiętasz hasła? Wybierz "Nie pamiętasz hasła?" na stronie logowania.
email-kind-email-change-confirmation = Potwierdzenie nowego adresu e-mail
email-kind-email-address-in-use = Adres e-mail jest już używany
confirm-title = Potwierdź, że to Ty
confirm-intro = Dla Twojego bezpieczeństwa wpisz hasło, zanim zmienisz adres e-mail lub weryfikację dwuetapową.
confirm-password = Twoje hasło
confirm-submit = Potwierdź
notice-confirmed = Dziękujemy. Możesz teraz wprowadzić zmianę.
error-own-email-change-by-link = Zmień własny adres e-mail w zakładce Moje konto: na nowy adres wyślemy link potwierdzający.
error-email-change-link-invalid = Ten link potwierdzający nie działa (już). Zmień adres e-mail ponownie w zakładce Moje konto.
notice-email-change-requested = Wysłaliśmy link potwierdzający na nowy adres. Twój adres e-mail zmieni się, gdy go otworzysz.
notice-email-changed = Twój adres e-mail został zmieniony.
email-change-title = Potwierdź nowy adres e-mail
email-change-intro = Potwierdź, że { $email } będzie adresem e-mail Twojego konta.
email-change-submit = Potwierdź nowy adres
error-password-confirmation-required = Najpierw potwierdź hasło.
audit-action-operator-enabled = Ponownie włączono pracownika pomocy technicznej
error-operator-disabled = Ten pracownik pomocy technicznej jest wyłączony.
error-token-not-found = Nie ma tokenu API o tym identyfikatorze.
my-account-email-hint = Nowy adres zacznie obowiązywać, gdy otworzysz link potwierdzający, który na niego wyślemy.
