# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

my-account-title = Saját fiók
my-account-profile = Az Ön adatai
my-account-password = Jelszava módosítása
my-account-change-password = Jelszó módosítása

notice-profile-saved = Adatait elmentettük.
notice-password-changed = Jelszava megváltozott. Ezen az eszközön bejelentkezve marad, a többi eszközén kijelentkeztettük.

error-current-password-wrong = A megadott jelenlegi jelszó nem megfelelő. Kérjük, próbálja újra.

confirm-title = Erősítse meg, hogy Ön az
confirm-intro = Biztonsága érdekében adja meg jelszavát, mielőtt módosítja e-mail-címét vagy kétlépcsős azonosítását.
confirm-password = Az Ön jelszava
confirm-submit = Megerősítés
notice-confirmed = Köszönjük. Most már elvégezheti a módosítást.
error-own-email-change-by-link = Saját e-mail-címét a Saját fiók oldalon módosíthatja: az új címre megerősítő linket küldünk.
error-email-change-link-invalid = Ez a megerősítő link nem működik. Lehet, hogy már felhasználták, vagy hiányzik belőle egy rész. Módosítsa újra e-mail-címét a Saját fiók oldalon.
notice-email-change-requested = Megerősítő linket küldtünk az új címre. E-mail-címe akkor változik meg, amikor megnyitja.
notice-email-changed = E-mail-címe megváltozott.
email-change-title = Erősítse meg új e-mail-címét
email-change-intro = Erősítse meg, hogy a(z) { $email } lesz a fiókja e-mail-címe.
email-change-submit = Új cím megerősítése
error-password-confirmation-required = Először erősítse meg jelszavát.
my-account-email-hint = Az új címet attól kezdve használjuk, hogy megnyitja a megerősítő linket, amelyet oda küldünk.

my-account-time-zone-hint = Az oldalon és az e-mailjeiben szereplő időpontokat ebben az időzónában látja.
my-account-time-zone-platform = A platformé: { $zone }
