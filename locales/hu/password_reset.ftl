# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

forgot-title = Elfelejtette a jelszavát?
forgot-intro = Adja meg e-mail-címét. Küldünk egy linket, amellyel új jelszót választhat.
forgot-submit = Link küldése
forgot-sent = Ha ehhez az e-mail-címhez tartozik fiók, elküldtük a linket erre a címre. Nézze meg beérkező leveleit (és a levélszemét mappát is). A link egy óráig érvényes.
forgot-back-to-login = Vissza a bejelentkezési oldalra
reset-title = Válasszon új jelszót
reset-submit = Új jelszó mentése
notice-password-reset = Új jelszavát elmentettük. Most már bejelentkezhet vele.
error-reset-link-invalid = Ez a link nem működik. Lehet, hogy már felhasználták, vagy hiányzik belőle egy rész. A bejelentkezési oldalon kérhet új linket.
error-reset-link-expired = Ez a link lejárt. A bejelentkezési oldalon kérhet új linket.
