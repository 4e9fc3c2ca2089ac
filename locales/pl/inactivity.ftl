# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

inactivity-type-professional = Konta personelu
inactivity-type-client = Konta pacjentów
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
inactivity-chart-summary = Słupki: konta personelu ({ $professionals }) i konta pacjentów ({ $clients }); linie przerywane oznaczają limity z formularza. Liczba kont, które już teraz przekraczają limity: { $now }. Tabela poniżej zawiera te same liczby.
inactivity-chart-axis = Dni od ostatniej aktywności
inactivity-limit-professional =
    { $count ->
        [one] konta personelu: 1 dzień
        [few] konta personelu: { $count } dni
        [many] konta personelu: { $count } dni
       *[other] konta personelu: { $count } dnia
    }
inactivity-limit-client =
    { $count ->
        [one] konta pacjentów: 1 dzień
        [few] konta pacjentów: { $count } dni
        [many] konta pacjentów: { $count } dni
       *[other] konta pacjentów: { $count } dnia
    }
inactivity-preview-heading = Ile kont zostałoby dezaktywowanych
inactivity-preview-intro = Obliczono teraz na podstawie liczby dni z formularza. Nic się nie zmieni, dopóki nie zapiszesz.
inactivity-preview-type = Konta
inactivity-preview-days = Limit
inactivity-preview-accounts = Aktywne konta
inactivity-preview-now = Dezaktywowane od razu
inactivity-preview-next-30 = Dezaktywowane w ciągu najbliższych 30 dni
inactivity-preview-button = Pokaż skutki
inactivity-confirm = Liczby zostały sprawdzone: po zapisaniu liczba kont dezaktywowanych od razu wyniesie { $count }
error-confirmation-needed = To od razu dezaktywuje ponad 10 % aktywnych kont jednego typu. Sprawdź liczby poniżej i zaznacz pole, aby potwierdzić.

# On a page that shows the rule without a form to change it.
inactivity-preview-intro-in-effect = Obliczono teraz na podstawie obowiązującej liczby dni.
inactivity-chart-summary-in-effect = Słupki: konta personelu ({ $professionals }) i konta pacjentów ({ $clients }); linie przerywane oznaczają obowiązujące limity. Liczba kont, które już teraz przekraczają limity: { $now }. Tabela poniżej zawiera te same liczby.
