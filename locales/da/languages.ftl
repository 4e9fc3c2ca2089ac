# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

error-language-unknown = Dette sprog er ikke tilgængeligt.

language-switcher = Sprog
language-switcher-submit = Vis på dette sprog
language-not-offered = Dit sprog tilbydes ikke på denne platform lige nu, så du ser siderne på { $language }. Dit valg er gemt.
date-format = %d.%m.%Y %H.%M

country-nl = Nederlandene
country-be = Belgien
country-gb = Storbritannien
country-ie = Irland
country-de = Tyskland
country-at = Østrig
country-ch = Schweiz
country-lu = Luxembourg
country-dk = Danmark
country-es = Spanien
country-fr = Frankrig
country-hu = Ungarn
country-pl = Polen
error-country-unknown = Vælg et land fra listen.
error-time-zone-unknown = Vælg en tidszone fra listen.
