# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

settings-title = Beállítások
settings-intro = Ezek a platformján elérhető konfigurációk. Néhányat Ön is módosíthat; a többivel kapcsolatban forduljon az ügyfélszolgálathoz.
settings-none = Ezen a platformon még nincsenek elérhető konfigurációk. Az ügyfélszolgálat elérhetővé teheti őket.
settings-back = Vissza a beállításokhoz
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
config-languages-help = A platform alapértelmezett nyelve mellett kínált nyelvek. Mindenki a Saját fiók oldalon választja ki a saját nyelvét.
config-video-sessions = Videóhívások
config-video-sessions-help = A szakemberek és pácienseik a böngészőben videóhívást folytathatnak. A hívásokat soha nem rögzítjük.
config-domain = Domain
config-domain-help = A platform címe. Csak az ügyfélszolgálat módosítja, indoklással.

config-field-professionals = Munkatársi fiókok
config-field-clients = Páciensfiókok
config-field-friends = Barátok fiókjai
config-field-warning-days = Figyelmeztető e-mail: hány nappal a deaktiválás előtt
config-field-deactivate-professionals = Inaktív munkatársi fiókok deaktiválása
config-field-deactivate-clients = Inaktív páciensfiókok deaktiválása
config-field-days-professionals = Napok aktivitás nélkül (munkatársi fiókok)
config-field-days-clients = Napok aktivitás nélkül (páciensfiókok)
config-field-remember-device = Meddig jegyezzük meg az eszközt (munkatársi fiókok)
config-field-switched-off = Kikapcsolt e-mailek
config-field-greeting = Megszólítás
config-field-signature = Aláírás
config-field-languages = További nyelvek
config-field-video-sessions = Videóhívások
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

notice-configuration-saved = A konfigurációt elmentettük.
notice-configuration-made-available = A konfiguráció mostantól elérhető ezen a platformon.
notice-configuration-withdrawn = A konfigurációt visszavontuk. Az értékét megőrizzük arra az esetre, ha újra elérhetővé válik.

error-configuration-invalid = Ez az érték nem érvényes.
error-configuration-not-available = Ez a konfiguráció nem érhető el ezen a platformon.
error-configuration-unknown = Nincs ilyen nevű konfiguráció.
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

config-ask-service-desk-at = Ezt csak az ügyfélszolgálat módosíthatja. Kérje e-mailben: { $address }
