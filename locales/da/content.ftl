# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

error-tool-kind-unknown = Vælg et modul, en dagbog eller et spørgeskema.
error-tool-title-empty = Giv interventionen en titel.
error-tool-title-too-long = Titlen må højst have 200 tegn.
error-tool-description-too-long = Beskrivelsen må højst have 1.000 tegn.
error-tool-document-invalid = Denne fil er ikke en intervention, som Kalm kan læse.
error-tool-schema-unknown = Denne fil er lavet med en nyere version. Eksportér den igen fra en installation med denne version.
error-not-a-content-platform = Interventioner laves kun på indholdsplatforme.
error-not-a-care-platform = Vælg en behandlingsplatform til kataloget.
error-draft-outdated = En anden har gemt denne kladde, efter du åbnede den. Åbn den igen for at se ændringerne, og lav så dine egne.
error-tool-fixed = Typen og sproget for en intervention kan ikke ændres, efter den er oprettet.
error-nothing-to-release = Kladden er den samme som den seneste version. Ændr noget først.
error-release-refused = Kladden kan ikke udgives endnu. Løs først de problemer, der står på listen.
error-tool-not-found = Interventionen blev ikke fundet på denne platform.
error-version-not-found = Denne version findes ikke.
error-revision-required = Angiv hvilken revision af kladden din ændring bygger på (If-Match-headeren).
