# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

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
kind-care = Ellátási platform
kind-content = Tartalomplatform (CMS)

error-platform-name-empty = Kérjük, adja meg a platform nevét.
error-platform-name-too-long = A platform neve legfeljebb 100 karakterből állhat.
error-platform-kind-unknown = Típusként válassza az ellátási platformot vagy a tartalomplatformot.
error-domain-invalid = Ez nem érvényes domain. Ilyen formájú nevet adjon meg: ellatas.example.org, https:// és elérési út nélkül.
error-domain-taken = Ezt a domaint már egy másik platform használja.
error-platform-not-found = A platform nem található.
error-operator-not-found = Ehhez az e-mail-címhez nem tartozik ügyfélszolgálati munkatárs.
error-email-not-found = Ez az e-mail nincs a kimenő sorban, vagy nem küldhető újra.

platforms-configurations = Konfigurációk
platforms-charges = A platform díjai

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

platforms-edit = A platform adatai
platforms-edit-submit = Adatok mentése
notice-platform-updated = A platform adatai frissültek.

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

error-operator-disabled = Ez az ügyfélszolgálati munkatárs le van tiltva.
error-token-not-found = Nincs ilyen azonosítójú API-token.

platforms-managers = Alkalmazásgazdák
platforms-managers-none = Még nincs alkalmazásgazda. Adjon hozzá egyet alább: ő hozza létre a platform fiókjait.

outbox-lookup = Egy címre küldött e-mailek
outbox-lookup-help = Valaki azt mondja, nem kapott meg egy e-mailt? Nézze meg, mi ment a címére: mikor, milyen fajta, és elküldtük-e. Maguk a szövegek nem látszanak.
outbox-lookup-submit = Keresés
outbox-lookup-none = Erre a címre nem küldtünk semmit.
outbox-state = Állapot
outbox-state-queued = Várakozik
outbox-state-sent = Elküldve
outbox-state-failed = Sikertelen

platforms-country-of-language = Az alapértelmezett nyelv országa
platforms-country-help = Az országkód nélkül megadott telefonszámokat ennek az országnak a számaiként kezeljük.
platforms-time-zone-of-country = Az ország időzónája
platforms-contact-none = Nincs
platforms-contact-help = A szervezet saját címe kérdésekhez. Azok a szövegek, amelyek a szervezethez irányítják az embereket, ezt a címet adják meg. Ha nincs ilyen, hagyja üresen.
charges-not-priced = Ár nélkül
charges-download-totals = Összesítés letöltése (CSV)
charges-totals = Összesítés platformonként
charges-totals-help = A fent kiválasztott időszakra és platformra. Az árlistában ár nélkül szereplő díjtételeket külön sorban számoljuk.
charges-count = Díjtételek száma
charges-amount = Összeg
charges-rows = Minden díjtétel

platforms-catalogue-offered-on = Ezeken az ellátási platformokon érhető el
platforms-catalogue-offers = Ezeknek a tartalomplatformoknak a feladatait kínálja
platforms-catalogue-none = Még nincs katalóguskapcsolat.
platforms-catalogue-unlink = Ajánlat megszüntetése
platforms-catalogue-unlink-label = Ajánlat megszüntetése itt: { $platform }
platforms-catalogue-care = Ellátási platform
platforms-catalogue-link = Feladatok felkínálása ott
notice-catalogue-linked = A feladatok mostantól elérhetők az ellátási platformon.
notice-catalogue-unlinked = A feladatok ott már nem érhetők el.
