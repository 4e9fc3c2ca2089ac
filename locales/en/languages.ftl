# Kalm — English. Plain words: short sentences, say what to do next, never blame.

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

error-language-unknown = This language is not available.

language-switcher = Language
language-switcher-submit = Show in this language
language-not-offered = Your language is not offered on this platform at the moment, so you see { $language }. Your choice is kept.
date-format = %-d %b %Y %H:%M

country-nl = Netherlands
country-be = Belgium
country-gb = United Kingdom
country-ie = Ireland
country-de = Germany
country-at = Austria
country-ch = Switzerland
country-lu = Luxembourg
country-dk = Denmark
country-es = Spain
country-fr = France
country-hu = Hungary
country-pl = Poland
error-country-unknown = Choose a country from the list.
error-time-zone-unknown = Choose a time zone from the list.
