# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

product-name = Kalm
console-name = Kalm ügyfélszolgálat
skip-to-content = Ugrás a fő tartalomra
signed-in-as = Bejelentkezve: { $name }
logout = Kijelentkezés
back-home = Ugrás a kezdőlapra
save = Mentés
never = Soha
filter-any = Összes

nav-label = Főmenü
nav-home = Kezdőlap
nav-accounts = Fiókok
nav-audit = Auditnapló
nav-my-account = Saját fiók
nav-platforms = Platformok
nav-settings = Beállítások
nav-charges = Díjak
nav-emails = E-mailek

field-email = E-mail-cím
field-password = Jelszó
field-new-password = Új jelszó
field-current-password = Jelenlegi jelszó
field-first-name = Keresztnév
field-last-name = Vezetéknév
field-language = Nyelv
field-name = Név
field-account-type = Fióktípus
field-role = Szerepkör
field-roles = Szerepkörök
field-status = Állapot
field-last-activity = Utolsó aktivitás
field-created = Létrehozva
field-platform = Platform (domain vagy azonosító)
field-platform-name = Név
field-domain = Domain
field-kind = Típus
field-default-language = Alapértelmezett nyelv
field-code = Kód
field-phone = Mobiltelefonszám
field-recovery-code = Helyreállítási kód
field-reason-optional = Indoklás (nem kötelező)

next = Tovább
back = Vissza

# The way back from a confirmation page, changing nothing.
confirm-keep = Mégse

field-country = Ország
field-time-zone = Időzóna
field-contact-email = Kapcsolattartási e-mail-cím

nav-tools = Feladatok
