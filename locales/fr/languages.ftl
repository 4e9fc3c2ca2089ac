# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

error-language-unknown = Cette langue n'est pas disponible.

language-switcher = Langue
language-switcher-submit = Afficher dans cette langue
language-not-offered = Votre langue n'est pas proposée sur cette plateforme pour le moment. La page s'affiche donc en { $language }. Votre choix est conservé.
date-format = %d/%m/%Y %H:%M

country-nl = Pays-Bas
country-be = Belgique
country-gb = Royaume-Uni
country-ie = Irlande
country-de = Allemagne
country-at = Autriche
country-ch = Suisse
country-lu = Luxembourg
country-dk = Danemark
country-es = Espagne
country-fr = France
country-hu = Hongrie
country-pl = Pologne
error-country-unknown = Choisissez un pays dans la liste.
error-time-zone-unknown = Choisissez un fuseau horaire dans la liste.
