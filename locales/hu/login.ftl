# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

login-title = Bejelentkezés
login-intro = Bejelentkezés ide: { $platform }. Adja meg e-mail-címét és jelszavát.
console-login-intro = Jelentkezzen be az ügyfélszolgálati konzolba.
login-submit = Bejelentkezés

password-rules = Legalább 12 karaktert használjon. Jól működik néhány egymáshoz nem kapcsolódó szó egymás után. Ne használja a nevét vagy gyakori jelszavakat.

error-login-failed = Az e-mail-cím vagy a jelszó nem megfelelő. Ellenőrizze mindkettőt, és próbálja újra.
error-login-throttled = Túl sok próbálkozás történt. Várjon egy kicsit, és próbálja újra.
error-login-throttled-until = Túl sok próbálkozás történt. { $time } után újra megpróbálhatja.
error-account-deactivated-login = Fiókja jelenleg nem aktív. Kérjük, forduljon a szakemberéhez vagy a platform alkalmazásgazdájához ({ $platform }).
error-password-too-short = A jelszó túl rövid. Legalább 12 karaktert használjon.
error-password-too-long = A jelszó túl hosszú. Legfeljebb 1024 karaktert használjon.
error-password-too-guessable = Ezt a jelszót túl könnyű kitalálni. Próbáljon néhány egymáshoz nem kapcsolódó szót egymás után.

login-forgot-link = Elfelejtette a jelszavát?

error-account-deactivated-login-contact = Fiókja jelenleg nem aktív. Kérjük, forduljon a platformhoz ({ $platform }): { $address }
