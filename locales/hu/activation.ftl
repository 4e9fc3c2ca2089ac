# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

activate-title = Állítsa be jelszavát
activate-welcome = Üdvözöljük, { $name }!
activate-intro = Válasszon jelszót új fiókjához. Ezzel fog bejelentkezni.
activate-submit = Jelszó mentése és tovább

notice-account-activated = Jelszavát elmentettük. Most már bejelentkezhet.

error-activation-link-invalid = Ez a link nem működik. Lehet, hogy már felhasználták, vagy hiányzik belőle egy rész. Kérjen új linket attól, aki meghívta.
error-activation-link-expired = Ez a link lejárt. Kérjen új linket attól, aki meghívta.
