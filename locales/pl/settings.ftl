# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

settings-title = Ustawienia
settings-intro = Oto konfiguracje dostępne na Twojej platformie. Niektóre możesz zmienić samodzielnie; w sprawie pozostałych skontaktuj się z pomocą techniczną.
settings-none = Na tej platformie nie ma jeszcze dostępnych konfiguracji. Pomoc techniczna może je udostępnić.
settings-back = Powrót do ustawień
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
config-languages-help = Języki oferowane oprócz domyślnego języka platformy. Każdy wybiera swój język w zakładce Moje konto.
config-video-sessions = Rozmowy wideo
config-video-sessions-help = Specjaliści i ich pacjenci mogą prowadzić rozmowy wideo w przeglądarce. Rozmowy nigdy nie są nagrywane.
config-domain = Domena
config-domain-help = Adres platformy. Zmienia go tylko pomoc techniczna, podając powód.

config-field-professionals = Konta personelu
config-field-clients = Konta pacjentów
config-field-friends = Konta osób bliskich
config-field-warning-days = E-mail z ostrzeżeniem: ile dni przed dezaktywacją
config-field-deactivate-professionals = Dezaktywuj nieaktywne konta personelu
config-field-deactivate-clients = Dezaktywuj nieaktywne konta pacjentów
config-field-days-professionals = Dni bez aktywności (konta personelu)
config-field-days-clients = Dni bez aktywności (konta pacjentów)
config-field-remember-device = Jak długo urządzenie jest zapamiętane (konta personelu)
config-field-switched-off = Wyłączone e-maile
config-field-greeting = Powitanie
config-field-signature = Podpis
config-field-languages = Dodatkowe języki
config-field-video-sessions = Rozmowy wideo
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

notice-configuration-saved = Konfiguracja została zapisana.
notice-configuration-made-available = Konfiguracja jest teraz dostępna na tej platformie.
notice-configuration-withdrawn = Konfiguracja została wycofana. Jej wartość zostaje zachowana na wypadek ponownego udostępnienia.

error-configuration-invalid = Ta wartość jest nieprawidłowa.
error-configuration-not-available = Ta konfiguracja nie jest dostępna na tej platformie.
error-configuration-unknown = Nie ma konfiguracji o tej nazwie.
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

config-ask-service-desk-at = Tylko pomoc techniczna może to zmienić. Poproś o to e-mailem: { $address }
