# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

platforms-title = Platforme
platforms-new = Ny platform
platforms-none = Der er ingen platforme endnu.
platforms-create = Opret platform
platforms-domain-help = Den adresse, folk bruger, for eksempel behandling.example.org. Uden https:// og uden sti.
platforms-account-count = Konti
platforms-id = Id
platforms-audit = Revisionslog for denne platform
platforms-add-manager = Tilføj en applikationsansvarlig
platforms-add-manager-submit = Tilføj applikationsansvarlig
kind-care = Behandlingsplatform
kind-content = Indholdsplatform (CMS)

error-platform-name-empty = Udfyld platformens navn.
error-platform-name-too-long = Platformens navn må højst have 100 tegn.
error-platform-kind-unknown = Vælg behandling eller indhold som type.
error-domain-invalid = Dette er ikke et gyldigt domæne. Brug et navn som behandling.example.org uden https:// og uden sti.
error-domain-taken = Dette domæne bruges allerede af en anden platform.
error-platform-not-found = Platformen blev ikke fundet.
error-operator-not-found = Der er ingen servicedeskmedarbejder med denne e-mailadresse.
error-email-not-found = Denne e-mail er ikke i udbakken, eller den kan ikke sendes igen.

platforms-configurations = Konfigurationer
platforms-charges = Gebyrer for denne platform

charges-title = Gebyrer
charges-intro = Alle hændelser, der koster et gebyr: konfigurationer, der er gjort tilgængelige, gebyrbelagte ændringer og oprettede indholdsplatforme.
charges-filter = Filtrér gebyrerne
charges-download = Download som CSV
charges-none = Ingen gebyrer fundet.
charges-event = Hændelse
charges-subject = Hvad
charges-event-made-available = Gjort tilgængelig
charges-event-changed = Ændret
charges-event-platform-created = Platform oprettet

platforms-edit = Platformens oplysninger
platforms-edit-submit = Gem oplysninger
notice-platform-updated = Platformen er opdateret.

outbox-title = E-mails
outbox-intro = E-mails, der venter på at blive sendt, og e-mails, der ikke kunne leveres. En mislykket e-mail kan du sætte i kø igen, når problemet er løst.
outbox-queued = Venter på at blive sendt
outbox-oldest = Ældste venter siden
outbox-sent = Sendt
outbox-failed = Kunne ikke leveres
outbox-none-failed = Alle e-mails er leveret.
outbox-kind = E-mail
outbox-recipient = Modtager
outbox-attempts = Forsøg
outbox-last-error = Seneste fejl
outbox-retry = Send igen
notice-email-requeued = E-mailen er sat i kø igen.

error-operator-disabled = Denne servicedeskmedarbejder er deaktiveret.
error-token-not-found = Der findes ingen API-token med dette id.

platforms-managers = Applikationsansvarlige
platforms-managers-none = Ingen applikationsansvarlig endnu. Tilføj en nedenfor: vedkommende opretter platformens konti.

outbox-lookup = E-mails til én adresse
outbox-lookup-help = Siger nogen, at en e-mail aldrig kom? Se, hvad der blev sendt til adressen: hvornår, hvilken slags, og om den gik ud. Selve teksterne vises ikke.
outbox-lookup-submit = Slå op
outbox-lookup-none = Der er ikke sendt noget til denne adresse.
outbox-state = Status
outbox-state-queued = I kø
outbox-state-sent = Sendt
outbox-state-failed = Mislykkedes

platforms-country-of-language = Standardsprogets land
platforms-country-help = Telefonnumre, der skrives uden landekode, læses som numre fra dette land.
platforms-time-zone-of-country = Landets tidszone
platforms-contact-none = Ingen
platforms-contact-help = Organisationens egen adresse til spørgsmål. Tekster, der beder folk kontakte organisationen, oplyser denne adresse. Lad feltet stå tomt, hvis der ikke er nogen.
charges-not-priced = Ingen pris
charges-download-totals = Download totaler (CSV)
charges-totals = Totaler pr. platform
charges-totals-help = For den periode og platform, der er valgt ovenfor. Gebyrer uden pris i prislisten tælles på en linje for sig.
charges-count = Antal gebyrer
charges-amount = Beløb
charges-rows = Alle gebyrer

platforms-catalogue-offered-on = Tilbydes på disse behandlingsplatforme
platforms-catalogue-offers = Tilbyder interventioner fra disse indholdsplatforme
platforms-catalogue-none = Ingen katalogforbindelser endnu.
platforms-catalogue-unlink = Stop med at tilbyde
platforms-catalogue-unlink-label = Stop med at tilbyde på { $platform }
platforms-catalogue-care = Behandlingsplatform
platforms-catalogue-link = Tilbyd interventionerne der
notice-catalogue-linked = Interventionerne tilbydes nu på behandlingsplatformen.
notice-catalogue-unlinked = Interventionerne tilbydes ikke længere der.
