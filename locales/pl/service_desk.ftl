# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

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
kind-care = Platforma opieki
kind-content = Platforma treści (CMS)

error-platform-name-empty = Wpisz nazwę platformy.
error-platform-name-too-long = Nazwa platformy może mieć najwyżej 100 znaków.
error-platform-kind-unknown = Jako rodzaj wybierz platformę opieki lub platformę treści.
error-domain-invalid = To nie jest prawidłowa domena. Użyj nazwy w rodzaju opieka.example.org, bez https:// i bez ścieżki.
error-domain-taken = Ta domena jest już używana przez inną platformę.
error-platform-not-found = Nie znaleziono tej platformy.
error-operator-not-found = Nie ma pracownika pomocy technicznej z tym adresem e-mail.
error-email-not-found = Tej wiadomości nie ma w kolejce wysyłki lub nie można jej wysłać ponownie.

platforms-configurations = Konfiguracje
platforms-charges = Opłaty tej platformy

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

platforms-edit = Dane platformy
platforms-edit-submit = Zapisz dane
notice-platform-updated = Platforma została zaktualizowana.

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

error-operator-disabled = Ten pracownik pomocy technicznej jest wyłączony.
error-token-not-found = Nie ma tokenu API o tym identyfikatorze.

platforms-managers = Administratorzy aplikacji
platforms-managers-none = Nie ma jeszcze administratora aplikacji. Dodaj go poniżej: to on zakłada konta na platformie.

outbox-lookup = E-maile na jeden adres
outbox-lookup-help = Ktoś mówi, że e-mail nie dotarł? Sprawdź, co wysłano na jego adres: kiedy, jakiego rodzaju i czy wyszło. Samych treści nie widać.
outbox-lookup-submit = Sprawdź
outbox-lookup-none = Na ten adres nic nie wysłano.
outbox-state = Stan
outbox-state-queued = W kolejce
outbox-state-sent = Wysłano
outbox-state-failed = Nie udało się

platforms-country-of-language = Kraj języka domyślnego
platforms-country-help = Numery telefonów wpisane bez numeru kierunkowego kraju są traktowane jako numery z tego kraju.
platforms-time-zone-of-country = Strefa czasowa kraju
platforms-contact-none = Brak
platforms-contact-help = Własny adres organizacji do pytań. Teksty, które kierują do organizacji, podają ten adres. Zostaw puste, jeśli takiego adresu nie ma.
charges-not-priced = Bez ceny
charges-download-totals = Pobierz sumy (CSV)
charges-totals = Sumy według platform
charges-totals-help = Dla okresu i platformy wybranych powyżej. Opłaty bez ceny w cenniku są liczone w osobnym wierszu.
charges-count = Liczba opłat
charges-amount = Kwota
charges-rows = Wszystkie opłaty

platforms-catalogue-offered-on = Oferowane na tych platformach opieki
platforms-catalogue-offers = Oferuje zadania z tych platform treści
platforms-catalogue-none = Brak powiązań katalogu.
platforms-catalogue-unlink = Przestań oferować
platforms-catalogue-unlink-label = Przestań oferować na: { $platform }
platforms-catalogue-care = Platforma opieki
platforms-catalogue-link = Oferuj tam jej zadania
notice-catalogue-linked = Zadania są teraz oferowane na platformie opieki.
notice-catalogue-unlinked = Zadania nie są już tam oferowane.
