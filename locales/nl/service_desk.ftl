# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

platforms-title = Platforms
platforms-new = Nieuw platform
platforms-none = Er zijn nog geen platforms.
platforms-create = Platform aanmaken
platforms-domain-help = Het adres dat mensen gebruiken, bijvoorbeeld zorg.example.org. Zonder https:// en zonder pad.
platforms-account-count = Accounts
platforms-id = Id
platforms-audit = Auditlog van dit platform
platforms-add-manager = Applicatiebeheerder toevoegen
platforms-add-manager-submit = Applicatiebeheerder toevoegen
kind-care = Zorgplatform
kind-content = Contentplatform (CMS)

error-platform-name-empty = Vul de naam van het platform in.
error-platform-name-too-long = De naam van het platform mag hoogstens 100 tekens hebben.
error-platform-kind-unknown = Kies zorg of content als soort.
error-domain-invalid = Dit is geen geldig domein. Gebruik een naam als zorg.example.org, zonder https:// of pad.
error-domain-taken = Dit domein wordt al door een ander platform gebruikt.
error-platform-not-found = Dit platform is niet gevonden.
error-operator-not-found = Er is geen servicedeskmedewerker met dit e-mailadres.
error-email-not-found = Deze e-mail staat niet in de wachtrij, of kan niet opnieuw worden verstuurd.

platforms-configurations = Configuraties
platforms-charges = Kosten van dit platform

charges-title = Kosten
charges-intro = Elke gebeurtenis waaraan kosten verbonden zijn: beschikbaar gemaakte configuraties, wijzigingen met kosten en aangemaakte contentplatforms.
charges-filter = Kosten filteren
charges-download = Downloaden als CSV
charges-none = Geen kosten gevonden.
charges-event = Gebeurtenis
charges-subject = Wat
charges-event-made-available = Beschikbaar gemaakt
charges-event-changed = Gewijzigd
charges-event-platform-created = Platform aangemaakt

platforms-edit = Gegevens van het platform
platforms-edit-submit = Gegevens opslaan
notice-platform-updated = Het platform is bijgewerkt.

outbox-title = E-mails
outbox-intro = E-mails die nog verstuurd moeten worden, en e-mails die niet afgeleverd konden worden. Een mislukte e-mail kun je opnieuw klaarzetten als het probleem is opgelost.
outbox-queued = Wachten op verzending
outbox-oldest = Oudste wacht sinds
outbox-sent = Verstuurd
outbox-failed = Niet afgeleverd
outbox-none-failed = Alle e-mails zijn afgeleverd.
outbox-kind = E-mail
outbox-recipient = Ontvanger
outbox-attempts = Pogingen
outbox-last-error = Laatste fout
outbox-retry = Opnieuw versturen
notice-email-requeued = De e-mail staat opnieuw klaar.

error-operator-disabled = Deze servicedeskmedewerker is uitgeschakeld.
error-token-not-found = Er is geen API-token met dit id.

platforms-managers = Applicatiebeheerders
platforms-managers-none = Nog geen applicatiebeheerder. Voeg er hieronder een toe: die richt de accounts van het platform in.

outbox-lookup = E-mails aan één adres
outbox-lookup-help = Zegt iemand dat een e-mail nooit aankwam? Zie wat er naar dat adres is gestuurd: wanneer, welk soort en of het is verzonden. De teksten zelf worden niet getoond.
outbox-lookup-submit = Opzoeken
outbox-lookup-none = Er is niets naar dit adres gestuurd.
outbox-state = Status
outbox-state-queued = In de wachtrij
outbox-state-sent = Verzonden
outbox-state-failed = Mislukt

platforms-country-of-language = Het land van de standaardtaal
platforms-country-help = Telefoonnummers die zonder landcode worden ingevuld, gelden als nummers uit dit land.
platforms-time-zone-of-country = De tijdzone van het land
platforms-contact-none = Geen
platforms-contact-help = Het eigen adres van de organisatie voor vragen. Teksten die mensen vragen contact op te nemen met de organisatie, noemen dit adres. Laat leeg als er geen is.
charges-not-priced = Geen prijs
charges-download-totals = Totalen downloaden (CSV)
charges-totals = Totalen per platform
charges-totals-help = Voor de periode en het platform die hierboven gekozen zijn. Kosten zonder prijs in de prijslijst worden op een eigen regel geteld.
charges-count = Aantal kostenposten
charges-amount = Bedrag
charges-rows = Alle kosten

platforms-catalogue-offered-on = Aangeboden op deze zorgplatforms
platforms-catalogue-offers = Biedt interventies aan van deze contentplatforms
platforms-catalogue-none = Nog geen cataloguskoppelingen.
platforms-catalogue-unlink = Niet meer aanbieden
platforms-catalogue-unlink-label = Niet meer aanbieden op { $platform }
platforms-catalogue-care = Zorgplatform
platforms-catalogue-link = Daar de interventies aanbieden
notice-catalogue-linked = De interventies worden nu aangeboden op het zorgplatform.
notice-catalogue-unlinked = De interventies worden daar niet meer aangeboden.
