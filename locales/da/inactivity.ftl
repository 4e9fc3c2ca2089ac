# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

inactivity-type-professional = Medarbejderkonti
inactivity-type-client = Patientkonti
inactivity-off = fra
inactivity-days =
    { $count ->
        [one] 1 dag
       *[other] { $count } dage
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } dage
inactivity-bucket-open = { $from } dage eller mere
inactivity-chart-title = Konti efter dage siden seneste aktivitet
inactivity-chart-summary = Søjler for { $professionals } medarbejderkonti og { $clients } patientkonti; stiplede linjer markerer grænserne i formularen. { $now } konti er over dem nu. Tabellen nedenfor har de samme tal.
inactivity-chart-axis = Dage siden seneste aktivitet
inactivity-limit-professional =
    { $count ->
        [one] medarbejderkonti: 1 dag
       *[other] medarbejderkonti: { $count } dage
    }
inactivity-limit-client =
    { $count ->
        [one] patientkonti: 1 dag
       *[other] patientkonti: { $count } dage
    }
inactivity-preview-heading = Hvor mange konti der ville blive deaktiveret
inactivity-preview-intro = Optalt nu med dagene i formularen. Intet ændres, før du gemmer.
inactivity-preview-type = Konti
inactivity-preview-days = Grænse
inactivity-preview-accounts = Aktive konti
inactivity-preview-now = Deaktiveret med det samme
inactivity-preview-next-30 = Deaktiveret inden for de næste 30 dage
inactivity-preview-button = Vis virkningen
inactivity-confirm =
    { $count ->
        [one] Jeg har tjekket tallene: når jeg gemmer, bliver 1 konto deaktiveret med det samme
       *[other] Jeg har tjekket tallene: når jeg gemmer, bliver { $count } konti deaktiveret med det samme
    }
error-confirmation-needed = Det deaktiverer mere end 10 % af de aktive konti af én type på én gang. Tjek tallene nedenfor, og sæt kryds i feltet for at bekræfte.

# On a page that shows the rule without a form to change it.
inactivity-preview-intro-in-effect = Optalt nu med de dage, der gælder.
inactivity-chart-summary-in-effect = Søjler for { $professionals } medarbejderkonti og { $clients } patientkonti; stiplede linjer markerer de grænser, der gælder. { $now } konti er over dem nu. Tabellen nedenfor har de samme tal.
