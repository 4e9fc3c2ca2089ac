# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

accounts-title = Fiókok
accounts-new = Új fiók
accounts-new-client = Új páciens
accounts-filter = Fiókok szűrése
accounts-search = Név vagy e-mail-cím
accounts-apply-filter = Szűrő alkalmazása
accounts-count = { $count ->
    [0] Nem találtunk fiókot.
    [one] 1 fiókot találtunk.
   *[other] { $count } fiókot találtunk.
}
account-new-title = Új fiók
account-new-roles = Szerepkörök (munkatársi fiókokhoz)
account-new-submit = Fiók létrehozása
account-activation-link = Aktiválási link
account-activation-link-help = Adja át ezt a linket annak, akinek a fiók készült. Egyszer használható, 7 napig érvényes. Ezzel választja ki a jelszavát.
account-friend-of = { $name } barátja
account-professionals = Szakemberek
account-no-professionals = Ehhez a pácienshez még nincs szakember kapcsolva.
account-unrelate = Kapcsolat megszüntetése: { $name }
account-relate-label = Szakember
account-relate = Összekapcsolás
account-clients = Páciensek
account-friends = Barátok
account-roles-heading = Szerepkörök
account-roles-save = Szerepkörök mentése
account-actions = Műveletek
account-renew-link = Új aktiválási link
account-deactivate = Fiók deaktiválása
account-reactivate = Fiók újraaktiválása

account-type-professional = Munkatársi fiók
account-type-client = Páciens
account-type-friend = Barát
role-professional = Szakember
role-secretary = Titkárság
role-application-manager = Alkalmazásgazda
status-invited = Meghívva
status-active = Aktív
status-deactivated = Deaktiválva

notice-account-created = A fiók létrejött.
notice-roles-saved = A szerepköröket elmentettük.
notice-relation-added = A páciens és a szakember mostantól össze van kapcsolva.
notice-relation-removed = A kapcsolat megszűnt.
notice-account-deactivated = A fiókot deaktiváltuk. Ezzel a fiókkal már nem lehet bejelentkezni.
notice-account-reactivated = A fiók újra aktív.
notice-account-reactivated-invited = A fiók ismét meghívott állapotú, mert a tulajdonosa soha nem választott jelszót. Küldjön új aktiválási linket.
notice-activation-link-renewed = Elkészült az új aktiválási link. A korábbi linkek már nem működnek.

error-account-deactivated = Ez a fiók deaktiválva van.
error-email-invalid = Ez nem érvényes e-mail-cím. Ellenőrizze, nincs-e benne elírás.
error-email-taken = Ezt az e-mail-címet már egy másik fiók használja ezen a platformon.
error-first-name-empty = Kérjük, adja meg a keresztnevet.
error-last-name-empty = Kérjük, adja meg a vezetéknevet.
error-name-too-long = Egy név legfeljebb 100 karakterből állhat.
error-account-type-unknown = Válasszon fióktípust.
error-role-unknown = Az egyik szerepkör ismeretlen.
error-roles-empty = A munkatársi fióknak legalább egy szerepkörre van szüksége.
error-roles-not-allowed = Csak munkatársi fióknak lehet szerepköre.
error-account-status-unknown = Ez a fiókállapot ismeretlen.
error-account-not-found = A fiók nem található.
error-client-not-found = Ezen a platformon nincs páciens ezzel az e-mail-címmel.
error-relation-types = Kapcsolat csak páciens és szakember között jöhet létre.
error-last-application-manager = A platformon legalább egy aktív alkalmazásgazdának maradnia kell.
error-account-not-active = Ez csak még nem aktivált fiókoknál lehetséges.

account-deactivate-question = Deaktiválja { $name } fiókját?
account-deactivate-no-login = { $name } többé nem tud bejelentkezni. A nyitott munkamenetek most véget érnek.
account-deactivate-email = A(z) { $email } címre e-mail megy arról, hogy a fiókot deaktiválták.
account-deactivate-undo = A fiókot később újraaktiválhatja. Semmi sem törlődik.

account-new-email-help = Erre a címre érkezik a meghívó egy linkkel, amellyel jelszót lehet választani.
account-activation-link-copy = Link másolása
account-activation-link-copied = A linket kimásoltuk.
notice-account-invited = A fiók elkészült. Az aktiválási linket tartalmazó meghívó úton van ide: { $email }.

role-author = Szerző
role-publisher = Közzétevő
error-role-not-on-this-platform = A szerző és a közzétevő szerepkör csak tartalomplatformokon létezik.
