# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

activate-title = Ustaw hasło
activate-welcome = Witaj, { $name }
activate-intro = Wybierz hasło do nowego konta. Będziesz go używać do logowania.
activate-submit = Zapisz hasło i przejdź dalej

notice-account-activated = Hasło zostało zapisane. Możesz się teraz zalogować.

error-activation-link-invalid = Ten link nie działa. Mógł już zostać użyty albo brakuje w nim jakiejś części. Poproś osobę, która Cię zaprosiła, o nowy link.
error-activation-link-expired = Ten link wygasł. Poproś osobę, która Cię zaprosiła, o nowy link.
