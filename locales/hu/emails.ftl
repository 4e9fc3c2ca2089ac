# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

## E-mailek. A szövegek minden sora egy bekezdés. A { $link } mindig külön sorban álljon.

email-signature-default = Üdvözlettel: { "{" }organisation_name{ "}" }

email-kind-new-message = Új üzenet
email-kind-tool-assigned = Feladat kiosztva
email-kind-video-call-invitation = Meghívás videóhívásra
email-kind-account-invitation = Meghívó új fiókhoz
email-kind-password-reset = Jelszó visszaállítása
email-kind-password-changed = Jelszó módosítva
email-kind-email-address-changed = E-mail-cím módosítva
email-kind-friend-invitation = Barát meghívása
email-kind-account-deactivated = Fiók deaktiválva
email-kind-deactivation-warning = Figyelmeztetés deaktiválás előtt
email-kind-two-factor-set-up = Kétlépcsős azonosítás beállítva
email-kind-two-factor-reset = Kétlépcsős azonosítás alaphelyzetbe állítva
email-kind-two-factor-disabled = Kétlépcsős azonosítás szüneteltetve
email-kind-recovery-codes-renewed = Helyreállítási kódok megújítva
email-kind-recovery-code-used = Helyreállítási kód felhasználva
email-kind-email-change-confirmation = Új e-mail-cím megerősítése
email-kind-email-address-in-use = Az e-mail-cím már használatban van

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
    A(z) { $organisation_name } az online ellátási platform, amelyet { $inviter_first_name } használ. Hozzá közel álló személyként saját fiókot kap. Látja, ki hívta meg, és azt, amit { $inviter_first_name } megoszt Önnel; a kezelést, az üzeneteket és az eredményeket nem látja.
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
email-two-factor-disabled-subject = A kétlépcsős azonosítás szünetel a fiókjában
email-two-factor-disabled-body =
    Fiókjában szünetel a kétlépcsős azonosítás itt: { $organisation_name }. A szüneteltetés eddig tart: { $date }.
    Ezután bejelentkezéskor ismét szüksége lesz egy kódra.
email-recovery-codes-renewed-subject = Új helyreállítási kódokat kapott
email-recovery-codes-renewed-body =
    Új helyreállítási kódok készültek a fiókjához itt: { $organisation_name }. A régi kódjai már nem működnek.
    Az új kódokat tartsa biztonságos helyen.
    Nem Ön volt? Kérjük, azonnal vegye fel a kapcsolatot a szervezettel: { $organisation_name }.
email-recovery-code-used-subject = Egy helyreállítási kódot felhasználtak
email-recovery-code-used-body =
    Az imént egy helyreállítási kóddal bejelentkezés történt a fiókjába itt: { $organisation_name }.
    Ön volt az? Akkor a Saját fiók oldalon állítsa be újra a kétlépcsős azonosítást.
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

# The button-like link in the HTML part of an e-mail.
email-link-button = Link megnyitása

email-contact = Kérdése van? Írjon a szervezetnek ({ $organisation_name }): { $address }
