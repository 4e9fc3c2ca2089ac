# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

accounts-title = Fiókok
accounts-new = Új fiók
accounts-new-client = Új kliens
accounts-filter = Fiókok szűrése
accounts-search = Név vagy e-mail-cím
accounts-apply-filter = Szűrő alkalmazása
accounts-count = { $count ->
    [0] Nem találtunk fiókot.
    [one] 1 fiókot találtunk.
   *[other] { $count } fiókot találtunk.
}
account-new-title = Új fiók
account-new-roles = Szerepkörök (szakmai fiókokhoz)
account-new-submit = Fiók létrehozása
account-activation-link = Aktiválási link
account-activation-link-help = Adja át ezt a linket az új felhasználónak. Egyszer használható, 7 napig érvényes. Ezzel választja ki a jelszavát.
account-friend-of = { $name } hozzátartozója
account-professionals = Szakemberek
account-no-professionals = Ehhez a klienshez még nincs szakember kapcsolva.
account-unrelate = Kapcsolat megszüntetése: { $name }
account-relate-label = Szakember
account-relate = Összekapcsolás
account-clients = Kliensek
account-friends = Hozzátartozók
account-roles-heading = Szerepkörök
account-roles-save = Szerepkörök mentése
account-actions = Műveletek
account-renew-link = Új aktiválási link
account-deactivate = Fiók deaktiválása
account-reactivate = Fiók újraaktiválása

account-type-professional = Szakmai fiók
account-type-client = Kliens
account-type-friend = Hozzátartozó
role-professional = Szakember
role-secretary = Titkárság
role-application-manager = Alkalmazásgazda
status-invited = Meghívva
status-active = Aktív
status-deactivated = Deaktiválva

notice-account-created = A fiók létrejött.
notice-roles-saved = A szerepköröket elmentettük.
notice-relation-added = A kliens és a szakember mostantól össze van kapcsolva.
notice-relation-removed = A kapcsolat megszűnt.
notice-account-deactivated = A fiókot deaktiváltuk. Ezzel a fiókkal már nem lehet bejelentkezni.
notice-account-reactivated = A fiók újra aktív.
notice-account-reactivated-invited = A fiók újra aktiválva. A tulajdonosa soha nem állított be jelszót, ezért ismét meghívott állapotú: küldjön új aktiváló linket.
notice-activation-link-renewed = Elkészült az új aktiválási link. A korábbi linkek már nem működnek.

error-account-deactivated = Ez a fiók deaktiválva van.
error-email-invalid = Ez nem érvényes e-mail-cím. Ellenőrizze, nincs-e benne elírás.
error-email-taken = Ezt az e-mail-címet már egy másik fiók használja ezen a platformon.
error-first-name-empty = Kérjük, adja meg a keresztnevet.
error-last-name-empty = Kérjük, adja meg a vezetéknevet.
error-name-too-long = Egy név legfeljebb 100 karakterből állhat.
error-account-type-unknown = Válasszon fióktípust.
error-role-unknown = Az egyik szerepkör ismeretlen.
error-roles-empty = A szakmai fióknak legalább egy szerepkörre van szüksége.
error-roles-not-allowed = Csak szakmai fióknak lehet szerepköre.
error-account-status-unknown = Ez a fiókállapot ismeretlen.
error-account-not-found = A fiók nem található.
error-client-not-found = Ezen a platformon nincs kliens ezzel az e-mail-címmel.
error-relation-types = Kapcsolat csak kliens és szakember között jöhet létre.
error-last-application-manager = A platformon legalább egy aktív alkalmazásgazdának maradnia kell.
error-account-not-active = Ez csak még nem aktivált fiókoknál lehetséges.

account-deactivate-question = Deaktiválja { $name } fiókját?
account-deactivate-no-login = { $name } többé nem tud bejelentkezni. A nyitott munkamenetek most véget érnek.
account-deactivate-email = A(z) { $email } címre e-mail megy arról, hogy a fiókot deaktiválták.
account-deactivate-undo = A fiókot később újraaktiválhatja. Semmi sem törlődik.

account-new-email-help = Erre a címre érkezik a meghívó egy hivatkozással, amellyel jelszót lehet választani.
account-activation-link-copy = Hivatkozás másolása
account-activation-link-copied = A hivatkozás ki van másolva.
notice-account-invited = A fiók elkészült. Az aktiváló hivatkozást tartalmazó meghívó úton van ide: { $email }.
