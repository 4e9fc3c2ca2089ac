# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

product-name = Kalm
console-name = Kalm ügyfélszolgálat
skip-to-content = Ugrás a fő tartalomra
nav-label = Főmenü
nav-home = Kezdőlap
nav-accounts = Fiókok
nav-audit = Auditnapló
nav-my-account = Saját fiók
nav-platforms = Platformok
signed-in-as = Bejelentkezve: { $name }
logout = Kijelentkezés
back-home = Ugrás a kezdőlapra
save = Mentés
never = Soha
filter-any = Összes

## Bejelentkezés
login-title = Bejelentkezés
login-intro = Bejelentkezés ide: { $platform }. Adja meg e-mail-címét és jelszavát.
console-login-intro = Jelentkezzen be az ügyfélszolgálati konzolba.
console-two-factor-required = Az ügyfélszolgálati konzol minden munkatárstól második tényezőt kér. A folytatáshoz állítson be egy hitelesítő alkalmazást.
console-two-factor-code = Nyissa meg a hitelesítő alkalmazást. Írja be a 6 jegyű kódot, amelyet az alkalmazás a Kalm ügyfélszolgálathoz mutat.
console-two-factor-help = Kérjen meg egy másik ügyfélszolgálati munkatársat vagy a szerver üzemeltetőjét, hogy futtassa ott a „kalm operator two-factor reset” parancsot. A következő bejelentkezéskor Ön újra beállítja a hitelesítő alkalmazást.
login-submit = Bejelentkezés
field-email = E-mail-cím
field-password = Jelszó

## Aktiválás
activate-title = Állítsa be jelszavát
activate-welcome = Üdvözöljük, { $name }!
activate-intro = Válasszon jelszót új fiókjához. Ezzel fog bejelentkezni.
activate-submit = Jelszó mentése és tovább
password-rules = Legalább 12 karaktert használjon. Jól működik néhány egymáshoz nem kapcsolódó szó egymás után. Ne használja a nevét vagy gyakori jelszavakat.
field-new-password = Új jelszó
field-current-password = Jelenlegi jelszó

## Kezdőlap
home-title = Kezdőlap
home-welcome = Üdvözöljük, { $name }!
home-manager = Ön kezeli ennek a platformnak a fiókjait.
home-secretary = Ön a szakembereket és klienseiket segíti.
home-professional = Itt találja azokat a klienseket, akikkel dolgozik.
home-client = Itt találja azokat, akik támogatják Önt.
home-friend = Egy kliens meghívta Önt erre a platformra.
home-friend-of = { $name } meghívta Önt erre a platformra.
home-operator = Ügyfélszolgálati tokennel jelentkezett be.
home-your-clients = Az Ön kliensei
home-no-clients = Még nincsenek kliensei.
home-your-professionals = Az Ön szakemberei
home-no-professionals = Fiókjához még nincs szakember kapcsolva.

## Saját fiók
my-account-title = Saját fiók
my-account-profile = Az Ön adatai
my-account-password = Jelszava módosítása
my-account-change-password = Jelszó módosítása
field-first-name = Keresztnév
field-last-name = Vezetéknév
field-language = Nyelv

## Fiókok
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
field-name = Név
field-account-type = Fióktípus
field-role = Szerepkör
field-roles = Szerepkörök
field-status = Állapot
field-last-activity = Utolsó aktivitás
field-created = Létrehozva
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

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

## Értesítések egy módosítás után
notice-account-activated = Jelszavát elmentettük. Most már bejelentkezhet.
notice-profile-saved = Adatait elmentettük.
notice-password-changed = Jelszava megváltozott. Ezen az eszközön bejelentkezve marad, a többi eszközén kijelentkeztettük.
notice-account-created = A fiók létrejött.
notice-roles-saved = A szerepköröket elmentettük.
notice-relation-added = A kliens és a szakember mostantól össze van kapcsolva.
notice-relation-removed = A kapcsolat megszűnt.
notice-account-deactivated = A fiókot deaktiváltuk. Ezzel a fiókkal már nem lehet bejelentkezni.
notice-account-reactivated = A fiók újra aktív.
notice-account-reactivated-invited = A fiók újra aktiválva. A tulajdonosa soha nem állított be jelszót, ezért ismét meghívott állapotú: küldjön új aktiváló linket.
notice-activation-link-renewed = Elkészült az új aktiválási link. A korábbi linkek már nem működnek.

## Auditnapló
audit-title = Auditnapló
audit-filter = Auditnapló szűrése
audit-account = Fiók (e-mail-cím vagy azonosító)
audit-action = Művelet
audit-since = Ettől
audit-until = Eddig
audit-when = Időpont
audit-who = Ki
audit-target = Érintett
audit-outcome = Eredmény
audit-source = Forráscím
audit-detail = Részletek
field-platform = Platform (domain vagy azonosító)
actor-operator = Ügyfélszolgálat
actor-account = Fiók
actor-system = Rendszer
actor-anonymous = Nincs bejelentkezve
outcome-success = Sikeres
outcome-failure = Sikertelen
outcome-denied = Elutasítva
audit-action-login-succeeded = Sikeres bejelentkezés
audit-action-login-failed = Sikertelen bejelentkezés
audit-action-login-throttled = Bejelentkezés szüneteltetve túl sok próbálkozás miatt
audit-action-logout = Kijelentkezés
audit-action-account-created = Fiók létrehozva
audit-action-account-updated = Fiók módosítva
audit-action-account-activated = Fiók aktiválva
audit-action-roles-changed = Szerepkörök módosítva
audit-action-relation-added = Kapcsolat létrehozva
audit-action-relation-removed = Kapcsolat megszüntetve
audit-action-account-deactivated = Fiók deaktiválva
audit-action-account-reactivated = Fiók újraaktiválva
audit-action-password-changed = Jelszó módosítva
audit-action-activation-link-renewed = Új aktiválási link
audit-action-platform-created = Platform létrehozva
audit-action-operator-created = Ügyfélszolgálati munkatárs létrehozva
audit-action-operator-token-created = API-token létrehozva
audit-action-access-denied = Hozzáférés megtagadva

## Ügyfélszolgálati konzol
platforms-title = Platformok
platforms-new = Új platform
platforms-none = Még nincsenek platformok.
platforms-create = Platform létrehozása
platforms-domain-help = A cím, amelyet a felhasználók használnak, például ellatas.example.org. https:// és elérési út nélkül.
platforms-account-count = Fiókok
platforms-id = Azonosító
platforms-audit = A platform auditnaplója
platforms-add-manager = Alkalmazásgazda hozzáadása
platforms-add-manager-submit = Alkalmazásgazda hozzáadása
field-platform-name = Név
field-domain = Domain
field-kind = Típus
field-default-language = Alapértelmezett nyelv
kind-care = Ellátási platform
kind-content = Tartalomplatform (CMS)

## Hibák
error-title = Valami figyelmet igényel
error-login-failed = Az e-mail-cím vagy a jelszó nem megfelelő. Ellenőrizze mindkettőt, és próbálja újra.
error-login-throttled = Túl sok próbálkozás történt. Várjon egy kicsit, és próbálja újra.
error-login-throttled-until = Túl sok próbálkozás történt. { $time } után újra megpróbálhatja.
error-account-deactivated = Ez a fiók deaktiválva van.
error-account-deactivated-login = Fiókja jelenleg nem aktív. Kérjük, forduljon a szakemberéhez vagy a platform alkalmazásgazdájához ({ $platform }).
error-activation-link-invalid = Ez a link nem működik, vagy már nem érvényes. Kérjen új linket attól, aki meghívta.
error-activation-link-expired = Ez a link lejárt. Kérjen új linket attól, aki meghívta.
error-password-too-short = A jelszó túl rövid. Legalább 12 karaktert használjon.
error-password-too-long = A jelszó túl hosszú. Legfeljebb 1024 karaktert használjon.
error-password-too-guessable = Ezt a jelszót túl könnyű kitalálni. Próbáljon néhány egymáshoz nem kapcsolódó szót egymás után.
error-current-password-wrong = A megadott jelenlegi jelszó nem megfelelő. Kérjük, próbálja újra.
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
error-language-unknown = Ez a nyelv nem érhető el.
error-platform-name-empty = Kérjük, adja meg a platform nevét.
error-platform-name-too-long = A platform neve legfeljebb 100 karakterből állhat.
error-platform-kind-unknown = Típusként válassza az ellátási platformot vagy a tartalomplatformot.
error-domain-invalid = Ez nem érvényes domain. Ilyen formájú nevet adjon meg: ellatas.example.org, https:// és elérési út nélkül.
error-domain-taken = Ezt a domaint már egy másik platform használja.
error-platform-not-found = A platform nem található.
error-operator-not-found = Ehhez az e-mail-címhez nem tartozik ügyfélszolgálati munkatárs.
error-account-not-found = A fiók nem található.
error-client-not-found = Ezen a platformon nincs kliens ezzel az e-mail-címmel.
error-email-not-found = Ez az e-mail nincs a kimenő sorban, vagy nem küldhető újra.
error-remembered-device-not-found = Ez a megjegyzett eszköz nem található.
error-not-allowed = Ehhez nincs jogosultsága.
error-duplicate = Ez már létezik.
error-relation-types = Kapcsolat csak kliens és szakember között jöhet létre.
error-last-application-manager = A platformon legalább egy aktív alkalmazásgazdának maradnia kell.
error-account-not-active = Ez csak még nem aktivált fiókoknál lehetséges.
error-not-signed-in = Kérjük, előbb jelentkezzen be.
error-page-not-found = Ez az oldal nem létezik.
error-route-not-found = Ez az API-útvonal nem létezik.
error-request-timeout = Ez túl sokáig tartott. Kérjük, próbálja újra egy kis idő múlva.
error-invalid-json = A kérés törzse nem érvényes JSON ehhez a híváshoz.
error-unknown-parameter = Ez a hívás nem ismeri ezt a paramétert; ellenőrizze a helyesírását.
error-internal = Hiba történt a mi oldalunkon. Kérjük, próbálja újra később.
error-invalid-field = A(z) { $field } mező értékét ez a hívás nem fogadja el: { $detail }.
error-missing-field = A(z) { $field } mező kitöltése kötelező.
error-unknown-field = Ez a hívás nem ismeri a(z) { $field } mezőt; ellenőrizze a helyesírását.
error-invalid-query = A(z) { $field } lekérdezési paraméter értékét ez a hívás nem fogadja el: { $detail }.
error-invalid-path = A(z) { $field } útvonal-paraméter érvénytelen: { $detail }.
error-body-too-large = A kérés törzse túl nagy; legfeljebb 2 MB lehet.
error-body-unreadable = A kérés törzse nem olvasható.
error-unsupported-media-type = A kérés törzsét JSON-ként küldje, a Content-Type: application/json fejléccel.
error-method-not-allowed = Ez az API-útvonal nem ismeri ezt a metódust.
error-bad-request = A kérés érvénytelen.
error-host-unknown = Ezen a domainen nem fut platform.
error-cross-origin-refused = Ez a kérés egy másik webhelyről érkezett, ezért elutasítottuk.
error-database-unavailable = Az adatbázis most nem érhető el. Kérjük, próbálja újra egy kis idő múlva.

## Konfigurációk
nav-settings = Beállítások
nav-charges = Díjak
settings-title = Beállítások
settings-intro = Ezek a platformján elérhető konfigurációk. Néhányat Ön is módosíthat; a többivel kapcsolatban forduljon az ügyfélszolgálathoz.
settings-none = Ezen a platformon még nincsenek elérhető konfigurációk. Az ügyfélszolgálat elérhetővé teheti őket.
settings-back = Vissza a beállításokhoz
platforms-configurations = Konfigurációk
platforms-charges = A platform díjai
config-back-to-platform = Vissza ide: { $platform }
config-state = Állapot
config-state-available = Elérhető
config-state-unavailable = Nem elérhető
config-state-always = Mindig érvényes
config-editor = Ki módosíthatja
config-editor-service-desk = Az ügyfélszolgálat
config-editor-application-manager = Az alkalmazásgazda
config-charge = Díj
config-charge-free = Díjmentes
config-charge-when-made-available = Díjköteles az elérhetővé tételkor
config-charge-every-change = Minden módosítás díjköteles
config-availability = Elérhetőség
config-make-available = Elérhetővé tétel
config-withdraw = Visszavonás
config-value = Érték
config-save = Mentés
config-ask-service-desk = Ezt csak az ügyfélszolgálat módosíthatja. Kérje a kapcsolattartóján keresztül vagy e-mailben.
config-on = Be
config-off = Ki
config-none = Nincs
config-range = { $min } és { $max } között.
config-days = { $days ->
    [one] 1 nap
   *[other] { $days } nap
}
config-after-days = { $days ->
    [one] 1 nap inaktivitás után
   *[other] { $days } nap inaktivitás után
}
config-emails-essential = A bejelentkezéssel és a biztonsággal kapcsolatos e-maileket mindig elküldjük.
config-signature-help = Egyszerű szöveg. Használhatja ezt: { "{" }organisation_name{ "}" }. Hagyja üresen az alapértelmezett aláíráshoz.
config-domain-reason-help = Miért változik a cím (kötelező). Minden módosítás díjköteles.
email-signature-default = Üdvözlettel: { "{" }organisation_name{ "}" }

config-inactivity-deactivation = Inaktív fiókok deaktiválása
config-inactivity-deactivation-help = Az adott számú napig inaktív fiókokat a rendszer automatikusan deaktiválja. Gondosan válassza meg az időtartamot: aki egy ideig távol van, elveszíti a hozzáférését.
config-login-methods = Bejelentkezési módok
config-login-methods-help = Mely csoportok jelentkezhetnek be e-mail-címükkel és jelszavukkal.
config-two-factor = Kétlépcsős azonosítás
config-two-factor-help = Egy további kód bejelentkezéskor, hitelesítő alkalmazásból vagy SMS-ben.
config-emails = E-mailek
config-emails-help = Kapcsolja ki a nem feltétlenül szükséges e-maileket, például ha egy integráció maga értesíti a felhasználókat.
config-email-greeting = E-mailek megszólítása
config-email-greeting-help = Hogyan szólítják meg az e-mailek a címzettet.
config-email-signature = E-mailek aláírása
config-email-signature-help = Minden e-mail záró sora, nyelvenként.
config-languages = Nyelvek
config-languages-help = A platform alapértelmezett nyelve mellett kínált nyelvek. A felhasználók a fiókbeállításaikban választják ki a saját nyelvüket.
config-video-sessions = Videókonzultációk
config-video-sessions-help = A szakemberek és klienseik a böngészőben videóhívást folytathatnak. A hívásokat soha nem rögzítjük.
config-domain = Domain
config-domain-help = A platform címe. Csak az ügyfélszolgálat módosítja, indoklással.

config-field-professionals = Szakmai fiókok
config-field-clients = Kliensfiókok
config-field-friends = Hozzátartozói fiókok
config-field-warning-days = Figyelmeztető e-mail: hány nappal a deaktiválás előtt
config-field-deactivate-professionals = Inaktív szakmai fiókok deaktiválása
config-field-deactivate-clients = Inaktív kliensfiókok deaktiválása
config-field-days-professionals = Napok aktivitás nélkül (szakmai fiókok)
config-field-days-clients = Napok aktivitás nélkül (kliensfiókok)
config-field-remember-device = Kód megjegyzése egy eszközön (szakmai fiókok)
config-field-switched-off = Kikapcsolt e-mailek
config-field-greeting = Megszólítás
config-field-signature = Aláírás
config-field-languages = További nyelvek
config-field-video-sessions = Videókonzultációk
config-field-domain = Domain
config-field-reason = Indoklás
config-field-note = Megjegyzés
config-field-key = Konfiguráció
config-field-value = Érték
config-field-since = Ettől
config-option-off = Ki
config-option-optional = Választható
config-option-required = Kötelező
config-option-never = Nem, mindig kérje a kódot
config-option-12-hours = 12 óra
config-option-3-days = 3 nap
config-option-1-week = 1 hét
config-option-first-name = Kedves [keresztnév]!
config-option-first-name-and-surname = Kedves [vezetéknév] [keresztnév]!
email-kind-new-message = Új üzenet
email-kind-tool-assigned = Eszköz hozzárendelve
email-kind-video-call-invitation = Meghívás videóhívásra

notice-configuration-saved = A konfigurációt elmentettük.
notice-configuration-made-available = A konfiguráció mostantól elérhető ezen a platformon.
notice-configuration-withdrawn = A konfigurációt visszavontuk. Az értékét megőrizzük arra az esetre, ha újra elérhetővé válik.

charges-title = Díjak
charges-intro = Minden díjköteles esemény: elérhetővé tett konfigurációk, díjköteles módosítások és létrehozott tartalomplatformok.
charges-filter = Díjak szűrése
charges-download = Letöltés CSV formátumban
charges-none = Nem találtunk díjtételt.
charges-event = Esemény
charges-subject = Tárgy
charges-event-made-available = Elérhetővé téve
charges-event-changed = Módosítva
charges-event-platform-created = Platform létrehozva

error-configuration-invalid = Ez az érték nem érvényes.
error-configuration-not-available = Ez a konfiguráció nem érhető el ezen a platformon.
error-configuration-unknown = Nincs ilyen nevű konfiguráció.
error-date-invalid = Ez nem érvényes dátum. Ebben a formában adja meg: 2026-11-26.
error-config-missing = { $field }: kérjük, töltse ki.
error-config-not-a-boolean = { $field }: válassza a be vagy a ki lehetőséget.
error-config-not-a-whole-number = { $field }: adjon meg egy egész számot.
error-config-not-text = { $field }: adjon meg szöveget.
error-config-not-a-list = { $field }: ennek listának kell lennie.
error-config-not-an-object = { $field }: ennek a formája nem megfelelő.
error-config-out-of-range = { $field }: válasszon egy számot { $min } és { $max } között.
error-config-not-one-of = { $field }: válasszon ezek közül: { $allowed }.
error-config-unknown-field = { $field }: nem tartozik ehhez a konfigurációhoz.
error-config-too-long = { $field }: legfeljebb { $max } karaktert használjon.
error-config-markup = { $field }: csak egyszerű szöveget használjon, linkek, formázás és képek nélkül.
error-config-unknown-placeholder = { $field }: ez a helyőrző itt nem használható: { $placeholder }.
error-config-invalid-domain = { $field }: ez nem érvényes domain. Ilyen formájú nevet adjon meg: ellatas.example.org.
error-config-locks-out = { $field }: a jelszavas bejelentkezés nem kapcsolható ki, amíg ennek a csoportnak nincs más módja a bejelentkezésre.
error-config-warning-too-early = { $field }: a figyelmeztetéseknek az utolsó tevékenység után kell kezdődniük. Válasszon kevesebb napot, mint a legrövidebb időszak ({ $days } nap), vagy 0-t, ha nem kér figyelmeztetést.
audit-action-configuration-availability-changed = Konfiguráció elérhetővé téve vagy visszavonva
audit-action-configuration-changed = Konfiguráció módosítva

## Nyelvek
language-switcher = Nyelv
language-switcher-submit = Megjelenítés ezen a nyelven
language-not-offered = Az Ön nyelve jelenleg nem érhető el ezen a platformon, ezért ezen a nyelven látja az oldalt: { $language }. A választását megőrizzük.
date-format = %Y. %m. %d. %H:%M
platforms-edit = Név és alapértelmezett nyelv
platforms-edit-submit = Név és nyelv mentése
notice-platform-updated = A platform adatai frissültek.
audit-action-platform-updated = Platform módosítva

## E-mailek. A szövegek minden sora egy bekezdés. A { $link } mindig külön sorban álljon.
email-greeting-first-name = Kedves { $first_name }!
email-greeting-first-name-and-surname = Kedves { $last_name } { $first_name }!
email-footer = Ez egy automatikus e-mail, feladó: { $organisation_name }. Az erre küldött válaszokat senki nem olvassa el.
email-account-invitation-subject = Elkészült a fiókja: { $organisation_name }
email-account-invitation-body =
    Fiókot hoztak létre Önnek itt: { $organisation_name }.
    A kezdéshez válassza ki jelszavát ezzel a linkkel:
    { $link }
    A link egyszer használható, és eddig érvényes: { $valid_until }. Ha már nem működik, kérjen új linket attól, aki meghívta.
email-password-reset-subject = Új jelszó választása: { $organisation_name }
email-password-reset-body =
    Valaki új jelszót kért az Ön fiókjához itt: { $organisation_name }. Ha Ön volt az, használja ezt a linket:
    { $link }
    A link egyszer használható, és eddig érvényes: { $valid_until }.
    Nem Ön kérte? Akkor nyugodtan hagyja figyelmen kívül ezt az e-mailt. A jelszava nem változik.
email-password-changed-subject = Jelszava megváltozott
email-password-changed-body =
    Fiókja jelszava az imént megváltozott itt: { $organisation_name }.
    Ön volt az? Akkor nincs teendője.
    Nem Ön volt? Kérjük, azonnal vegye fel a kapcsolatot a szervezettel: { $organisation_name }.
email-email-address-changed-subject = E-mail-címe megváltozott
email-email-address-changed-body =
    Fiókja e-mail-címe megváltozott itt: { $organisation_name }. Mostantól az e-maileket az új címre küldjük.
    Nem Ön volt? Kérjük, azonnal vegye fel a kapcsolatot a szervezettel: { $organisation_name }.
email-friend-invitation-subject = { $inviter_first_name } meghívta Önt ide: { $organisation_name }
email-friend-invitation-body =
    { $inviter_first_name } szeretné, ha Ön is csatlakozna ide: { $organisation_name }.
    A meghívás elfogadásához válassza ki jelszavát ezzel a linkkel:
    { $link }
    A link egyszer használható, és eddig érvényes: { $valid_until }.
email-account-deactivated-subject = Fiókját deaktiváltuk
email-account-deactivated-body =
    Fiókját deaktiváltuk itt: { $organisation_name }. A deaktiválás időpontja: { $date }. Semmilyen adatát nem töröltük.
    Szeretné újra használni a fiókját? Kérjük, vegye fel a kapcsolatot a szervezettel: { $organisation_name }.
email-deactivation-warning-subject = Fiókját hamarosan deaktiváljuk
email-deactivation-warning-body =
    Fiókja egy ideje nincs használatban itt: { $organisation_name }. A deaktiválás időpontja: { $date }.
    Szeretné megtartani? Ehhez csak jelentkezzen be előtte:
    { $link }
email-two-factor-set-up-subject = A kétlépcsős azonosítás be van kapcsolva
email-two-factor-set-up-body =
    Ön beállította a kétlépcsős azonosítást a fiókjához itt: { $organisation_name }. Mostantól bejelentkezéskor egy kódra is szüksége lesz.
    Nem Ön volt? Kérjük, azonnal vegye fel a kapcsolatot a szervezettel: { $organisation_name }.
email-two-factor-reset-subject = Kétlépcsős azonosítását alaphelyzetbe állították
email-two-factor-reset-body =
    Egy munkatárs alaphelyzetbe állította fiókja kétlépcsős azonosítását itt: { $organisation_name }. Amikor legközelebb bejelentkezik, újra be kell állítania.
    Nem egyeztették ezt Önnel? Kérjük, azonnal vegye fel a kapcsolatot a szervezettel: { $organisation_name }.
email-two-factor-disabled-subject = A kétlépcsős azonosítás átmenetileg ki van kapcsolva a fiókjában
email-two-factor-disabled-body =
    Fiókjában ki van kapcsolva a kétlépcsős azonosítás itt: { $organisation_name }. A kikapcsolás eddig tart: { $date }.
    Ezután bejelentkezéskor ismét szüksége lesz egy kódra.
email-recovery-codes-renewed-subject = Új helyreállítási kódokat kapott
email-recovery-codes-renewed-body =
    Új helyreállítási kódok készültek a fiókjához itt: { $organisation_name }. A régi kódjai már nem működnek.
    Az új kódokat tartsa biztonságos helyen.
    Nem Ön volt? Kérjük, azonnal vegye fel a kapcsolatot a szervezettel: { $organisation_name }.
email-recovery-code-used-subject = Egy helyreállítási kódot felhasználtak
email-recovery-code-used-body =
    Az imént egy helyreállítási kóddal bejelentkezés történt a fiókjába itt: { $organisation_name }.
    Ön volt az? Akkor a fiókbeállításaiban állítsa be újra a kétlépcsős azonosítást.
    Nem Ön volt? Kérjük, azonnal vegye fel a kapcsolatot a szervezettel: { $organisation_name }.
email-new-message-subject = Új üzenete érkezett
email-new-message-body =
    Új üzenete érkezett itt: { $organisation_name }. Jelentkezzen be, hogy elolvassa:
    { $link }
email-tool-assigned-subject = Valami új várja Önt
email-tool-assigned-body =
    Valami új várja Önt itt: { $organisation_name }. Jelentkezzen be, hogy megnézze:
    { $link }
email-video-call-invitation-subject = Meghívást kapott egy videóhívásra
email-video-call-invitation-body =
    Meghívást kapott egy videóhívásra itt: { $organisation_name }. Jelentkezzen be, hogy csatlakozzon:
    { $link }

## Jelszó visszaállítása
login-forgot-link = Elfelejtette a jelszavát?
forgot-title = Elfelejtette a jelszavát?
forgot-intro = Adja meg e-mail-címét. Küldünk egy linket, amellyel új jelszót választhat.
forgot-submit = Link küldése
forgot-sent = Ha ehhez az e-mail-címhez tartozik fiók, elküldtük a linket erre a címre. Nézze meg beérkező leveleit (és a levélszemét mappát is). A link egy óráig érvényes.
forgot-back-to-login = Vissza a bejelentkezési oldalra
reset-title = Válasszon új jelszót
reset-submit = Új jelszó mentése
notice-password-reset = Új jelszavát elmentettük. Most már bejelentkezhet vele.
error-reset-link-invalid = Ez a link nem működik, vagy már nem érvényes. A bejelentkezési oldalon kérhet új linket.
error-reset-link-expired = Ez a link lejárt. A bejelentkezési oldalon kérhet új linket.
audit-action-password-reset-requested = Új jelszó kérve
audit-action-password-reset = Új jelszó beállítva

## Hozzátartozók
home-friends-heading = Az Ön hozzátartozói
home-friends-intro = Meghívhat valakit, aki közel áll Önhöz, például a párját vagy egy barátját. A meghívott személy saját fiókot kap, és egy e-mailt, amellyel jelszót választhat.
home-friends-none = Még nem hívott meg senkit.
friends-invite-heading = Hozzátartozó meghívása
friends-invite-submit = Meghívó küldése
friends-end-link = Kapcsolat megszüntetése: { $name }
notice-friend-invited = A meghívót elküldtük.
notice-friend-link-ended = A kapcsolat megszűnt. Ez a személy már nem tud bejelentkezni.
audit-action-friend-link-ended = Hozzátartozói kapcsolat megszüntetve

## Kimenő e-mailek (ügyfélszolgálati konzol)
nav-emails = E-mailek
outbox-title = E-mailek
outbox-intro = A küldésre váró és a kézbesíthetetlen e-mailek. A sikertelen e-mailt a hiba elhárítása után újra sorba állíthatja.
outbox-queued = Küldésre vár
outbox-oldest = Legrégebbi várakozás kezdete
outbox-sent = Elküldve
outbox-failed = Nem sikerült kézbesíteni
outbox-none-failed = Minden e-mailt kézbesítettünk.
outbox-kind = E-mail
outbox-recipient = Címzett
outbox-attempts = Próbálkozások
outbox-last-error = Utolsó hiba
outbox-retry = Újraküldés
notice-email-requeued = Az e-mail ismét a küldési sorban van.
email-kind-account-invitation = Meghívó új fiókhoz
email-kind-password-reset = Jelszó visszaállítása
email-kind-password-changed = Jelszó módosítva
email-kind-email-address-changed = E-mail-cím módosítva
email-kind-friend-invitation = Hozzátartozó meghívása
email-kind-account-deactivated = Fiók deaktiválva
email-kind-deactivation-warning = Figyelmeztetés deaktiválás előtt
email-kind-two-factor-set-up = Kétlépcsős azonosítás beállítva
email-kind-two-factor-reset = Kétlépcsős azonosítás alaphelyzetbe állítva
email-kind-two-factor-disabled = Kétlépcsős azonosítás átmenetileg kikapcsolva
email-kind-recovery-codes-renewed = Helyreállítási kódok megújítva
email-kind-recovery-code-used = Helyreállítási kód felhasználva

## Two-factor authentication
error-two-factor-code-wrong = Ez a kód nem megfelelő. Ellenőrizze a kódot, és próbálja újra.
audit-action-two-factor-set-up = Kétlépcsős azonosítás beállítva
audit-action-recovery-codes-renewed = Helyreállítási kódok megújítva
audit-action-recovery-code-used = Helyreállítási kód felhasználva
audit-action-two-factor-reset = Kétlépcsős azonosítás alaphelyzetbe állítva
audit-action-two-factor-waived = Kétlépcsős azonosítás szüneteltetve
audit-action-two-factor-waiver-ended = Kétlépcsős azonosítás szüneteltetése befejezve
audit-action-remembered-device-revoked = Megjegyzett eszköz elfelejtve
audit-action-sms-code-sent = Kód elküldve SMS-ben

## Kétlépcsős azonosítás: bejelentkezés, beállítás, saját beállítások, alaphelyzetbe állítás és szüneteltetés
sms-code-text = { $code } az Ön bejelentkezési kódja ({ $platform }). 10 percig érvényes. Soha ne adja meg senkinek.
two-factor-title = Kétlépcsős azonosítás
next = Tovább
back = Vissza
field-code = Kód
field-phone = Mobiltelefonszám
field-recovery-code = Helyreállítási kód
field-reason-optional = Indoklás (nem kötelező)
two-factor-code-title = Adja meg a kódot
two-factor-code-app = Nyissa meg a hitelesítő alkalmazást. Írja be a 6 jegyű kódot, amelyet az alkalmazás ehhez mutat: { $platform }.
two-factor-code-sms = SMS-ben elküldtünk egy 6 jegyű kódot a telefonjára. Írja be ide a kódot. 10 percig érvényes.
two-factor-remember-for = Az eszköz megjegyzése ennyi időre: { $period }
two-factor-remember-question = Megjegyezzük ezt az eszközt?
two-factor-remember-shared = Csak olyan eszközön tegye ezt, amelyet más nem használ.
remember-never = Nem, mindig kérjen kódot
remember-12-hours = 12 óra
remember-3-days = 3 nap
remember-1-week = 1 hét
two-factor-verify = Bejelentkezés
two-factor-send-again = Új kód küldése
two-factor-use-recovery = Elvesztette a telefonját? Jelentkezzen be helyreállítási kóddal
two-factor-cancel-login = Megszakítás és kijelentkezés
two-factor-recovery-title = Bejelentkezés helyreállítási kóddal
two-factor-recovery-intro = Írja be az egyik helyreállítási kódot, amelyet a kétlépcsős azonosítás beállításakor elmentett. Minden kód csak egyszer használható.
two-factor-lost-everything = A helyreállítási kódjai is elvesztek?
two-factor-help-professional = Kérje meg a platform egyik alkalmazásgazdáját ({ $platform }), hogy állítsa alaphelyzetbe a kétlépcsős azonosítását. Ezután újra beállíthatja.
two-factor-help-manager = Kérje meg a platform egy másik alkalmazásgazdáját ({ $platform }), hogy állítsa alaphelyzetbe a kétlépcsős azonosítását. A saját fiókjánál ezt nem teheti meg. Nincs másik alkalmazásgazda? Akkor forduljon az ügyfélszolgálathoz.
two-factor-help-client = Kérje meg a szakemberét vagy a titkárságot, hogy állítsa alaphelyzetbe a kétlépcsős azonosítását. Ezután újra beállíthatja.
two-factor-help-friend = Hozzátartozói fiók kétlépcsős azonosítását senki nem tudja alaphelyzetbe állítani. Kérjük, forduljon ahhoz, aki meghívta.
two-factor-back-to-code = Vissza a kód megadásához
two-factor-recovered-title = Sikeresen bejelentkezett
two-factor-codes-left =
    { $count ->
        [0] Nincs több helyreállítási kódja.
        [one] Még 1 helyreállítási kódja van.
       *[other] Még { $count } helyreállítási kódja van.
    }
two-factor-recovered-offer = Elvesztette a telefonját? Akkor állítsa be újra a kétlépcsős azonosítást az új telefonjával. Új helyreállítási kódokat is kap.
two-factor-set-up-again = Újbóli beállítás
two-factor-set-up = Kétlépcsős azonosítás beállítása
two-factor-later = Később
two-factor-continue = Tovább
two-factor-setup-title = Kétlépcsős azonosítás beállítása
two-factor-step = { $step }/{ $steps }. lépés
two-factor-setup-required = { $platform } mindenkit arra kér, hogy állítsa be ezt. Ha elkészült, folytathatja.
two-factor-why-heading = Miért?
two-factor-why = A kétlépcsős azonosítás védi a fiókját. Bejelentkezéskor beírja a jelszavát, és egy kódot is a telefonjáról. Így aki ismeri a jelszavát, az sem tud belépni.
two-factor-need-heading = Mire van szüksége?
two-factor-need = A mobiltelefonjára. A beállítás körülbelül 5 percig tart.
two-factor-need-app = Alkalmazáshoz: telepítsen egy ingyenes hitelesítő alkalmazást, például: Google Authenticator, Microsoft Authenticator vagy LastPass Authenticator.
two-factor-need-sms = SMS-hez: olyan telefonra, amely tud SMS-t fogadni.
two-factor-choose-heading = Hogyan szeretné megkapni a kódokat?
method-app = Hitelesítő alkalmazással (ajánlott)
method-app-hint = A legbiztonságosabb mód. Térerő nélkül is működik.
method-sms = SMS-ben
method-sms-hint = Minden bejelentkezéskor küldünk Önnek egy kódot.
error-choose-method = Válassza ki, hogyan szeretné megkapni a kódokat.
two-factor-app-heading = Az alkalmazás összekapcsolása
two-factor-app-scan = Nyissa meg a hitelesítő alkalmazást, adjon hozzá egy fiókot, és olvassa be ezt a QR-kódot.
two-factor-qr-label = QR-kód a hitelesítő alkalmazáshoz
two-factor-app-manual = Nem tudja beolvasni a kódot? Akkor írja be ezt a kulcsot az alkalmazásba:
two-factor-app-code = Ezután írja be a 6 jegyű kódot, amelyet az alkalmazás mutat.
two-factor-turn-on = Bekapcsolás
two-factor-sms-heading = Az Ön mobiltelefonszáma
two-factor-phone-hint = Például: { $example }. A külföldi szám + jellel és az országkóddal kezdődik.
two-factor-send-code = Kód küldése
two-factor-setup-sms-sent = SMS-ben elküldtünk egy 6 jegyű kódot a telefonszámára, amelynek a vége: { $digits }. Írja be ide a kódot.
two-factor-other-number = Másik szám használata
recovery-codes-title = Az Ön helyreállítási kódjai
recovery-codes-intro-new = A kétlépcsős azonosítás be van kapcsolva. Most mentse el ezeket a helyreállítási kódokat: később nem látja őket újra.
recovery-codes-intro-renewed = Ezek az új helyreállítási kódjai. A régi kódjai már nem működnek. Most mentse el az újakat: később nem látja őket újra.
recovery-codes-use = Elvesztette a telefonját? Akkor ezekkel a kódokkal is bejelentkezhet. Minden kód csak egyszer használható.
recovery-codes-download = Letöltés szövegfájlként
recovery-codes-copy = Másolás
recovery-codes-copied = A kódokat kimásoltuk.
recovery-codes-print = Nyomtatás
recovery-codes-file-heading = Helyreállítási kódok – { $platform } ({ $email })
recovery-codes-saved = A helyreállítási kódjaimat biztonságos helyre mentettem
two-factor-status-app = Bekapcsolva, hitelesítő alkalmazással. Bekapcsolás időpontja: { $date }.
two-factor-status-sms = Bekapcsolva, SMS-ben erre a telefonszámra, amelynek a vége: { $digits }. Bekapcsolás időpontja: { $date }.
two-factor-status-off = Nincs beállítva.
two-factor-rule-required = Ezen a platformon ({ $platform }) fiókjához kötelező a kétlépcsős azonosítás.
two-factor-rule-optional = Ha szeretné, beállíthatja. Ezzel biztonságosabb lesz a fiókja.
two-factor-rule-off = A kétlépcsős azonosítás ki van kapcsolva ezen a platformon.
two-factor-waiver-own = A kétlépcsős azonosítás szünetel a fiókjában. A szüneteltetés eddig tart: { $date }.
two-factor-renew-codes = Új helyreállítási kódok kérése
two-factor-renew-hint = A régi helyreállítási kódjai ezután nem működnek.
two-factor-devices-heading = Megjegyzett eszközök
two-factor-devices-none = Nincs megjegyzett eszköz.
two-factor-device = Eszköz
two-factor-device-first = Első használat
two-factor-device-last = Utolsó használat
two-factor-device-until = Megjegyezve eddig
two-factor-device-forget = Elfelejtés
two-factor-back-to-account = Vissza a saját fiókhoz
my-account-two-factor-link = Kétlépcsős azonosítás kezelése
account-two-factor-waived = Szüneteltetve eddig: { $date } (beállította: { $by }).
account-two-factor-reset = Kétlépcsős azonosítás alaphelyzetbe állítása
account-two-factor-reset-hint = Csak akkor, ha { $name } a telefonját és a helyreállítási kódjait is elvesztette. A következő bejelentkezéskor újra beállítja, és e-mailt kap az alaphelyzetbe állításról.
account-two-factor-own-hint = A saját kétlépcsős azonosítását nem állíthatja alaphelyzetbe. Kérjen meg egy másik alkalmazásgazdát, vagy ha nincs ilyen, az ügyfélszolgálatot.
account-two-factor-waive = Kétlépcsős azonosítás szüneteltetése 1 hónapra
account-two-factor-waive-hint = { $name } ezután csak jelszóval jelentkezhet be, eddig: { $date }. Erről e-mailt kap.
account-two-factor-end-waiver = Szüneteltetés befejezése most
notice-code-sent = Új kódot küldtünk Önnek.
notice-device-revoked = Az eszközt elfelejtettük. A következő bejelentkezéskor kódra lesz szükség rajta.
notice-two-factor-on = A kétlépcsős azonosítás be van kapcsolva.
notice-two-factor-reset = A kétlépcsős azonosítást alaphelyzetbe állítottuk.
notice-two-factor-waived = A kétlépcsős azonosítás egy hónapig szünetel.
notice-waiver-ended = A szüneteltetés véget ért.
notice-login-expired = A bejelentkezés túl sokáig tartott. Kérjük, jelentkezzen be újra.
error-recovery-code-wrong = Ez a helyreállítási kód nem megfelelő, vagy már felhasználták. Ellenőrizze, és próbálja újra.
error-phone-empty = Adja meg mobiltelefonszámát.
error-phone-characters = A telefonszám csak számjegyeket, szóközöket és kötőjeleket tartalmazhat, az elején pedig egy + jelet.
error-phone-length = Ez a telefonszám túl rövid vagy túl hosszú. Ellenőrizze, vagy adja meg + jellel és az országkóddal.
error-sms-limit = Az elmúlt órában sok kódot küldtünk. Kérjük, várjon egy kicsit, mielőtt új kódot kér.
error-sms-limit-until = Az elmúlt órában sok kódot küldtünk. { $time } után kérhet új kódot.
error-sms-refused = Nem tudtunk SMS-t küldeni erre a számra. Kérjük, ellenőrizze a számot.
error-sms-unavailable = Jelenleg nem lehet SMS-t küldeni. Kérjük, próbálja újra később, vagy használjon hitelesítő alkalmazást.
error-login-expired = A bejelentkezés túl sokáig tartott. Kérjük, jelentkezzen be újra.
error-reason-required = Kérjük, adja meg az indoklást.
error-waiver-not-needed = Szüneteltetés csak akkor lehetséges, ha a szakmai fiókoknál kötelező a kétlépcsős azonosítás.
error-two-factor-off = A kétlépcsős azonosítás ki van kapcsolva a fiókjában.
error-two-factor-not-set-up = A kétlépcsős azonosítás nincs beállítva. Kérjük, kezdje újra.

## Inactivity
audit-action-inactivity-warning-sent = Figyelmeztetés deaktiválás előtt elküldve
audit-action-deactivation-skipped = Deaktiválás kihagyva
inactivity-type-professional = Szakmai fiókok
inactivity-type-client = Kliensfiókok
inactivity-off = kikapcsolva
inactivity-days =
    { $count ->
        [one] 1 nap
       *[other] { $count } nap
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } nap
inactivity-bucket-open = { $from } nap vagy több
inactivity-chart-title = Fiókok az utolsó aktivitás óta eltelt napok szerint
inactivity-chart-summary = Oszlopok: { $professionals } szakmai fiók és { $clients } kliensfiók; a szaggatott vonalak az űrlapon megadott határértékeket jelölik. Jelenleg { $now } fiók lépi túl ezeket. Az alábbi táblázat ugyanezeket a számokat tartalmazza.
inactivity-chart-axis = Az utolsó aktivitás óta eltelt napok
inactivity-limit-professional =
    { $count ->
        [one] szakmai fiókok: 1 nap
       *[other] szakmai fiókok: { $count } nap
    }
inactivity-limit-client =
    { $count ->
        [one] kliensfiókok: 1 nap
       *[other] kliensfiókok: { $count } nap
    }
inactivity-preview-heading = A megadott napok hatása
inactivity-preview-intro = Most számolva, az űrlapon megadott napokkal. Mentésig semmi sem változik.
inactivity-preview-type = Fiókok
inactivity-preview-days = Határérték
inactivity-preview-accounts = Aktív fiókok
inactivity-preview-now = Azonnal deaktiválva
inactivity-preview-next-30 = A következő 30 napban deaktiválva
inactivity-preview-button = Hatás megjelenítése
inactivity-confirm = Ellenőriztem a számokat: a mentés azonnal { $count } fiókot deaktivál
error-confirmation-needed = Ez egyszerre deaktiválja egy fióktípus aktív fiókjainak több mint 10 százalékát. Ellenőrizze az alábbi számokat, és a megerősítéshez jelölje be a négyzetet.

audit-action-anonymous-entries-summarised = Bejelentkezés nélküli ismételt próbálkozások összesítve
audit-action-reauthentication-failed = Sikertelen megerősítés jelszóval
audit-action-email-change-requested = Új e-mail-cím kérelmezve
audit-action-email-change-confirmed = Új e-mail-cím megerősítve
audit-action-account-viewed = Fiók megtekintve
audit-action-accounts-listed = Fióklista megtekintve
audit-action-audit-log-viewed = Auditnapló megtekintve
audit-action-audit-log-exported = Auditnapló exportálva
audit-action-charges-exported = Díjak exportálva
audit-action-email-retried = E-mail újra sorba állítva
audit-action-operator-token-revoked = API-token visszavonva
audit-action-operator-token-used = API-token használva
audit-action-operator-disabled = Ügyfélszolgálati munkatárs letiltva

email-email-change-confirmation-subject = Erősítse meg új e-mail-címét itt: { $organisation_name }
email-email-change-confirmation-body =
    Valaki azt kérte, hogy ezt az e-mail-címet használja a fiókjához itt: { $organisation_name }. Ha Ön volt az, erősítse meg ezzel a linkkel:
    { $link }
    A link egyszer használható, és eddig érvényes: { $valid_until }. Addig a régi cím marad használatban.
    Nem Ön kérte? Akkor nyugodtan hagyja figyelmen kívül ezt az e-mailt.
email-email-address-in-use-subject = Az Ön e-mail-címe itt: { $organisation_name }
email-email-address-in-use-body =
    Valaki megpróbálta ezt az e-mail-címet egy másik fiókhoz használni itt: { $organisation_name }. A cím már az Ön fiókjához tartozik, ezért semmi sem változott.
    Ön volt az? Akkor jelentkezzen be ezzel a címmel: { $platform_url }
    Elfelejtette a jelszavát? Válassza a bejelentkezési oldalon az "Elfelejtette a jelszavát?" lehetőséget.
email-kind-email-change-confirmation = Új e-mail-cím megerősítése
email-kind-email-address-in-use = Az e-mail-cím már használatban van
confirm-title = Erősítse meg, hogy Ön az
confirm-intro = Biztonsága érdekében adja meg jelszavát, mielőtt módosítja e-mail-címét vagy kétlépcsős azonosítását.
confirm-password = Az Ön jelszava
confirm-submit = Megerősítés
notice-confirmed = Köszönjük. Most már elvégezheti a módosítást.
error-own-email-change-by-link = Saját e-mail-címét a Saját fiók oldalon módosíthatja: az új címre megerősítő linket küldünk.
error-email-change-link-invalid = Ez a megerősítő link nem (már nem) működik. Módosítsa újra e-mail-címét a Saját fiók oldalon.
notice-email-change-requested = Megerősítő linket küldtünk az új címre. E-mail-címe akkor változik meg, amikor megnyitja.
notice-email-changed = E-mail-címe megváltozott.
email-change-title = Erősítse meg új e-mail-címét
email-change-intro = Erősítse meg, hogy a(z) { $email } lesz a fiókja e-mail-címe.
email-change-submit = Új cím megerősítése
error-password-confirmation-required = Először erősítse meg jelszavát.
audit-action-operator-enabled = Ügyfélszolgálati munkatárs újra engedélyezve
error-operator-disabled = Ez az ügyfélszolgálati munkatárs le van tiltva.
error-token-not-found = Nincs ilyen azonosítójú API-token.
my-account-email-hint = Az új címet attól kezdve használjuk, hogy megnyitja a megerősítő linket, amelyet oda küldünk.
