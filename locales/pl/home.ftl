# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

home-title = Strona główna
home-welcome = Witaj, { $name }
home-manager = Zarządzasz kontami na tej platformie.
home-secretary = Wspierasz specjalistów i ich pacjentów.
home-professional = Tu znajdziesz pacjentów, z którymi pracujesz.
home-client = Tu znajdziesz osoby, które Cię wspierają.
home-friend = Jesteś na tej platformie na zaproszenie pacjenta lub pacjentki.
home-friend-of = { $name } zaprasza Cię na tę platformę.
home-operator = Zalogowano tokenem pomocy technicznej.
home-your-clients = Twoi pacjenci
home-no-clients = Nie masz jeszcze pacjentów.
home-your-professionals = Twoi specjaliści
home-no-professionals = Z Twoim kontem nie powiązano jeszcze żadnego specjalisty.

home-friends-heading = Twoje osoby bliskie
home-friends-intro = Możesz zaprosić osobę bliską, na przykład partnera, partnerkę lub kogoś z przyjaciół. Ta osoba dostanie własne konto i e-mail z linkiem do ustawienia hasła.
home-friends-none = Nie zaproszono jeszcze nikogo.
friends-invite-heading = Zaproś osobę bliską
friends-invite-submit = Wyślij zaproszenie
friends-end-link = Zakończ powiązanie: { $name }
notice-friend-invited = Zaproszenie zostało wysłane.
notice-friend-link-ended = Powiązanie zostało zakończone. Ta osoba nie może się już zalogować.

friends-end-question = Zakończyć powiązanie: { $name }?
friends-end-no-login = { $name } nie będzie mieć już możliwości logowania.
friends-end-sees-nothing = { $name } nie zobaczy tu już niczego, co dotyczy Ciebie.
friends-end-undo = Tego nie można cofnąć, ale możesz później ponownie zaprosić: { $name }.
friends-end-submit = Zakończ powiązanie
