# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

error-language-unknown = Diese Sprache ist nicht verfügbar.

language-switcher = Sprache
language-switcher-submit = In dieser Sprache anzeigen
language-not-offered = Ihre Sprache wird auf dieser Plattform im Moment nicht angeboten. Deshalb sehen Sie die Seiten auf { $language }. Ihre Auswahl bleibt gespeichert.
date-format = %d.%m.%Y %H:%M

country-nl = Niederlande
country-be = Belgien
country-gb = Vereinigtes Königreich
country-ie = Irland
country-de = Deutschland
country-at = Österreich
country-ch = Schweiz
country-lu = Luxemburg
country-dk = Dänemark
country-es = Spanien
country-fr = Frankreich
country-hu = Ungarn
country-pl = Polen
error-country-unknown = Wählen Sie ein Land aus der Liste.
error-time-zone-unknown = Wählen Sie eine Zeitzone aus der Liste.
