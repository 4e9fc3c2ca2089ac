# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

console-two-factor-required = Az ügyfélszolgálati konzol minden munkatárstól második tényezőt kér. A folytatáshoz állítson be egy hitelesítő alkalmazást.
console-two-factor-code = Nyissa meg a hitelesítő alkalmazást. Írja be a 6 jegyű kódot, amelyet az alkalmazás a Kalm ügyfélszolgálathoz mutat.
console-two-factor-help = Kérjen meg egy másik ügyfélszolgálati munkatársat vagy a szerver üzemeltetőjét, hogy futtassa ott a „kalm operator two-factor reset” parancsot. A következő bejelentkezéskor Ön újra beállítja a hitelesítő alkalmazást.

error-remembered-device-not-found = Ez a megjegyzett eszköz nem található.

error-two-factor-code-wrong = Ez a kód nem megfelelő. Ellenőrizze a kódot, és próbálja újra.

sms-code-text = { $platform }: { $code } a belépéshez. 10 percig érvényes. Senkinek ne mondja meg!
two-factor-title = Kétlépcsős azonosítás
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
two-factor-help-friend = Barát típusú fiók kétlépcsős azonosítását senki nem tudja alaphelyzetbe állítani. Kérjük, forduljon ahhoz, aki meghívta.
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
two-factor-device-forget = Eltávolítás
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
notice-device-revoked = Ezt az eszközt már nem jegyezzük meg. A következő bejelentkezéskor kódot kell megadni rajta.
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
error-waiver-not-needed = Szüneteltetés csak akkor lehetséges, ha a munkatársi fiókoknál kötelező a kétlépcsős azonosítás.
error-two-factor-off = A kétlépcsős azonosítás ki van kapcsolva a fiókjában.
error-two-factor-not-set-up = A kétlépcsős azonosítás nincs beállítva. Kérjük, kezdje újra.

# A link that hands the key to an authenticator app on the same device.
two-factor-app-open = Ezen a telefonon? Nyissa meg a kulcsot a hitelesítő alkalmazásban

# Someone else's account, as staff see it.
account-two-factor-status-sms = Bekapcsolva, SMS-ben arra a telefonszámra, amelynek a vége: { $digits }. Bekapcsolás időpontja: { $date }.
account-two-factor-codes-left =
    { $count ->
        [0] { $name } számára nem maradt helyreállítási kód.
        [one] { $name } számára még 1 helyreállítási kód maradt.
       *[other] { $name } számára még { $count } helyreállítási kód maradt.
    }

# Switching off one's own optional two-factor.
two-factor-rule-optional-on = A kétlépcsős azonosítás itt nem kötelező. Alább kikapcsolhatja, de biztonságosabbá teszi a fiókját.
two-factor-off-heading = Kikapcsolás
two-factor-off-help = Törlődik a hitelesítő alkalmazás vagy a telefon, a helyreállítási kódok és a megjegyzett eszközök. Bármikor újra beállíthatja. Előbb a jelszavával megerősíti.
two-factor-off-submit = Kétlépcsős azonosítás kikapcsolása
notice-two-factor-off = A kétlépcsős azonosítás ki van kapcsolva. Bármikor újra beállíthatja.
error-two-factor-required = Ez a platform kötelezővé teszi a kétlépcsős azonosítást az Ön fiókjánál, ezért nem kapcsolható ki.

two-factor-phone-country = A telefonszám országa
two-factor-sms-check-heading = Helyes ez a szám?
two-factor-sms-check = SMS-ben erre a számra küldjük a kódot:
two-factor-sms-change = Szám módosítása
two-factor-help-contact = Írhat a platformnak is ({ $platform }): { $address }
