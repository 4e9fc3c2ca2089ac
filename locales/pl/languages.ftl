# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

error-language-unknown = Ten język nie jest dostępny.

language-switcher = Język
language-switcher-submit = Pokaż w tym języku
language-not-offered = Twój język nie jest obecnie dostępny na tej platformie, dlatego widzisz stronę w języku: { $language }. Twój wybór zostaje zachowany.
date-format = %d.%m.%Y %H:%M

country-nl = Holandia
country-be = Belgia
country-gb = Wielka Brytania
country-ie = Irlandia
country-de = Niemcy
country-at = Austria
country-ch = Szwajcaria
country-lu = Luksemburg
country-dk = Dania
country-es = Hiszpania
country-fr = Francja
country-hu = Węgry
country-pl = Polska
error-country-unknown = Wybierz kraj z listy.
error-time-zone-unknown = Wybierz strefę czasową z listy.
