# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

error-language-unknown = Deze taal is niet beschikbaar.

language-switcher = Taal
language-switcher-submit = Toon in deze taal
language-not-offered = Je taal wordt op dit moment niet aangeboden op dit platform, daarom zie je { $language }. Je keuze blijft bewaard.
date-format = %d-%m-%Y %H:%M

country-nl = Nederland
country-be = België
country-gb = Verenigd Koninkrijk
country-ie = Ierland
country-de = Duitsland
country-at = Oostenrijk
country-ch = Zwitserland
country-lu = Luxemburg
country-dk = Denemarken
country-es = Spanje
country-fr = Frankrijk
country-hu = Hongarije
country-pl = Polen
error-country-unknown = Kies een land uit de lijst.
error-time-zone-unknown = Kies een tijdzone uit de lijst.
