# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

accounts-title = Konta
accounts-new = Nowe konto
accounts-new-client = Nowe konto pacjenta
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
account-new-title = Nowe konto
account-new-roles = Role (dla kont personelu)
account-new-submit = Utwórz konto
account-activation-link = Link aktywacyjny
account-activation-link-help = Przekaż ten link osobie, dla której jest to konto. Działa jeden raz, przez 7 dni. Za jego pomocą ta osoba ustawi hasło.
account-friend-of = Osoba bliska (zaproszenie od: { $name })
account-professionals = Specjaliści
account-no-professionals = Z tym kontem pacjenta nie powiązano jeszcze żadnego specjalisty.
account-unrelate = Zakończ powiązanie: { $name }
account-relate-label = Specjalista
account-relate = Powiąż
account-clients = Pacjenci
account-friends = Osoby bliskie
account-roles-heading = Role
account-roles-save = Zapisz role
account-actions = Działania
account-renew-link = Nowy link aktywacyjny
account-deactivate = Dezaktywuj konto
account-reactivate = Aktywuj konto ponownie

account-type-professional = Konto personelu
account-type-client = Pacjent
account-type-friend = Osoba bliska
role-professional = Specjalista
role-secretary = Sekretariat
role-application-manager = Administrator aplikacji
status-invited = Zaproszone
status-active = Aktywne
status-deactivated = Dezaktywowane

notice-account-created = Konto zostało utworzone.
notice-roles-saved = Role zostały zapisane.
notice-relation-added = Pacjent i specjalista są teraz powiązani.
notice-relation-removed = Powiązanie zostało zakończone.
notice-account-deactivated = Konto zostało dezaktywowane. Nie można się już na nie zalogować.
notice-account-reactivated = Konto jest znowu aktywne.
notice-account-reactivated-invited = Konto ma znowu status „Zaproszone”, bo hasło nie zostało jeszcze ustawione. Wyślij nowy link aktywacyjny.
notice-activation-link-renewed = Nowy link aktywacyjny jest gotowy. Wcześniejsze linki już nie działają.

error-account-deactivated = To konto jest dezaktywowane.
error-email-invalid = To nie jest prawidłowy adres e-mail. Sprawdź, czy nie ma w nim literówki.
error-email-taken = Ten adres e-mail jest już używany przez inne konto na tej platformie.
error-first-name-empty = Wpisz imię.
error-last-name-empty = Wpisz nazwisko.
error-name-too-long = Imię lub nazwisko może mieć najwyżej 100 znaków.
error-account-type-unknown = Wybierz typ konta.
error-role-unknown = Jedna z ról jest nieznana.
error-roles-empty = Konto personelu musi mieć co najmniej jedną rolę.
error-roles-not-allowed = Role mają tylko konta personelu.
error-account-status-unknown = Ten status konta jest nieznany.
error-account-not-found = Nie znaleziono tego konta.
error-client-not-found = Na tej platformie nie ma pacjenta z tym adresem e-mail.
error-relation-types = Powiązanie łączy pacjenta ze specjalistą.
error-last-application-manager = Platforma musi mieć co najmniej jednego aktywnego administratora aplikacji.
error-account-not-active = Jest to możliwe tylko w przypadku kont, które nie zostały jeszcze aktywowane.

account-deactivate-question = Dezaktywować konto: { $name }?
account-deactivate-no-login = { $name } nie będzie mieć już możliwości logowania. Otwarte sesje kończą się teraz.
account-deactivate-email = Na adres { $email } zostanie wysłany e-mail z informacją o dezaktywacji konta.
account-deactivate-undo = Konto możesz później aktywować ponownie. Nic nie zostanie usunięte.

account-new-email-help = Na ten adres zostanie wysłane zaproszenie z linkiem do ustawienia hasła.
account-activation-link-copy = Kopiuj link
account-activation-link-copied = Link został skopiowany.
notice-account-invited = Konto zostało utworzone. Zaproszenie z linkiem aktywacyjnym jest w drodze na adres { $email }.

role-author = Autor
role-publisher = Wydawca
error-role-not-on-this-platform = Role autora i wydawcy istnieją tylko na platformach treści.
