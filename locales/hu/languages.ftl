# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

error-language-unknown = Ez a nyelv nem érhető el.

language-switcher = Nyelv
language-switcher-submit = Megjelenítés ezen a nyelven
language-not-offered = Az Ön nyelve jelenleg nem érhető el ezen a platformon, ezért ezen a nyelven látja az oldalt: { $language }. A választását megőrizzük.
date-format = %Y. %m. %d. %H:%M

country-nl = Hollandia
country-be = Belgium
country-gb = Egyesült Királyság
country-ie = Írország
country-de = Németország
country-at = Ausztria
country-ch = Svájc
country-lu = Luxemburg
country-dk = Dánia
country-es = Spanyolország
country-fr = Franciaország
country-hu = Magyarország
country-pl = Lengyelország
error-country-unknown = Válasszon országot a listából.
error-time-zone-unknown = Válasszon időzónát a listából.
