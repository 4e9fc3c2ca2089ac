# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

## E-maile. Każdy wiersz tekstu to osobny akapit. { $link } zostaw w osobnym wierszu.

# No comma after the closing formula in Polish: the name goes on the next line.
email-signature-default =
    Pozdrawiamy
    { "{" }organisation_name{ "}" }

email-kind-new-message = Nowa wiadomość
email-kind-tool-assigned = Przydzielono zadanie
email-kind-video-call-invitation = Zaproszenie na rozmowę wideo
email-kind-account-invitation = Zaproszenie do konta
email-kind-password-reset = Resetowanie hasła
email-kind-password-changed = Zmieniono hasło
email-kind-email-address-changed = Zmieniono adres e-mail
email-kind-friend-invitation = Zaproszenie osoby bliskiej
email-kind-account-deactivated = Dezaktywowano konto
email-kind-deactivation-warning = Ostrzeżenie przed dezaktywacją
email-kind-two-factor-set-up = Skonfigurowano uwierzytelnianie dwuskładnikowe
email-kind-two-factor-reset = Zresetowano uwierzytelnianie dwuskładnikowe
email-kind-two-factor-disabled = Wstrzymano uwierzytelnianie dwuskładnikowe
email-kind-recovery-codes-renewed = Odnowiono kody odzyskiwania
email-kind-recovery-code-used = Użyto kodu odzyskiwania
email-kind-email-change-confirmation = Potwierdzenie nowego adresu e-mail
email-kind-email-address-in-use = Adres e-mail jest już używany

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
    { $organisation_name } to platforma opieki online, z której korzysta { $inviter_first_name }. Jako osoba bliska dostajesz własne konto. Widzisz, kto Cię zaprosił, i to, co { $inviter_first_name } Ci udostępnia; nie widzisz leczenia, wiadomości ani wyników.
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
email-two-factor-disabled-subject = Uwierzytelnianie dwuskładnikowe dla Twojego konta jest wstrzymane
email-two-factor-disabled-body =
    Uwierzytelnianie dwuskładnikowe dla Twojego konta na platformie { $organisation_name } jest wstrzymane do { $date }.
    Po tej dacie przy logowaniu znowu potrzebny będzie kod.
email-recovery-codes-renewed-subject = Masz nowe kody odzyskiwania
email-recovery-codes-renewed-body =
    Dla Twojego konta na platformie { $organisation_name } utworzono nowe kody odzyskiwania. Stare kody już nie działają.
    Przechowuj nowe kody w bezpiecznym miejscu.
    Jeśli to nie Ty, od razu skontaktuj się z organizacją { $organisation_name }.
email-recovery-code-used-subject = Użyto kodu odzyskiwania
email-recovery-code-used-body =
    Przed chwilą użyto kodu odzyskiwania, aby zalogować się do Twojego konta na platformie { $organisation_name }.
    Jeśli to Ty, ponownie skonfiguruj uwierzytelnianie dwuskładnikowe w zakładce Moje konto.
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

# The button-like link in the HTML part of an e-mail.
email-link-button = Otwórz link

email-contact = Masz pytania? Napisz do organizacji { $organisation_name }: { $address }
