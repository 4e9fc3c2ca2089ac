# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

error-language-unknown = Este idioma no está disponible.

language-switcher = Idioma
language-switcher-submit = Ver en este idioma
language-not-offered = Tu idioma no está disponible en esta plataforma por ahora, así que ves la página en { $language }. Tu elección queda guardada.
date-format = %d/%m/%Y %H:%M

country-nl = Países Bajos
country-be = Bélgica
country-gb = Reino Unido
country-ie = Irlanda
country-de = Alemania
country-at = Austria
country-ch = Suiza
country-lu = Luxemburgo
country-dk = Dinamarca
country-es = España
country-fr = Francia
country-hu = Hungría
country-pl = Polonia
error-country-unknown = Elige un país de la lista.
error-time-zone-unknown = Elige una zona horaria de la lista.
