# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

product-name = Kalm
console-name = Kalm – pomoc techniczna
skip-to-content = Przejdź do treści głównej
signed-in-as = Zalogowano jako { $name }
logout = Wyloguj się
back-home = Przejdź do strony głównej
save = Zapisz
never = Nigdy
filter-any = Wszystkie

nav-label = Menu główne
nav-home = Strona główna
nav-accounts = Konta
nav-audit = Dziennik audytu
nav-my-account = Moje konto
nav-platforms = Platformy
nav-settings = Ustawienia
nav-charges = Opłaty
nav-emails = E-maile

field-email = Adres e-mail
field-password = Hasło
field-new-password = Nowe hasło
field-current-password = Obecne hasło
field-first-name = Imię
field-last-name = Nazwisko
field-language = Język
field-name = Imię i nazwisko
field-account-type = Typ konta
field-role = Rola
field-roles = Role
field-status = Status
field-last-activity = Ostatnia aktywność
field-created = Utworzono
field-platform = Platforma (domena lub identyfikator)
field-platform-name = Nazwa
field-domain = Domena
field-kind = Rodzaj
field-default-language = Język domyślny
field-code = Kod
field-phone = Numer telefonu komórkowego
field-recovery-code = Kod odzyskiwania
field-reason-optional = Powód (opcjonalnie)

next = Dalej
back = Wstecz

# The way back from a confirmation page, changing nothing.
confirm-keep = Anuluj

field-country = Kraj
field-time-zone = Strefa czasowa
field-contact-email = Kontaktowy adres e-mail

nav-tools = Zadania
