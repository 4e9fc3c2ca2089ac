# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

product-name = Kalm
console-name = Kalm servicedesk
skip-to-content = Gå til hovedindholdet
nav-label = Hovedmenu
nav-home = Forside
nav-accounts = Konti
nav-audit = Revisionslog
nav-my-account = Min konto
nav-platforms = Platforme
signed-in-as = Logget ind som { $name }
logout = Log ud
back-home = Gå til forsiden
save = Gem
never = Aldrig
filter-any = Alle

## Login
login-title = Log ind
login-intro = Log ind på { $platform } med din e-mailadresse og adgangskode.
console-login-intro = Log ind på servicedeskens konsol.
console-two-factor-required = Servicedeskens konsol kræver en anden faktor af alle servicedeskmedarbejdere. Sæt en godkendelsesapp op for at fortsætte.
console-two-factor-code = Åbn din godkendelsesapp. Skriv den 6-cifrede kode, som den viser for Kalm servicedesk.
console-two-factor-help = Bed en anden servicedeskmedarbejder, eller den der driver serveren, om at køre “kalm operator two-factor reset” der. Næste gang du logger ind, sætter du så din godkendelsesapp op igen.
login-submit = Log ind
field-email = E-mailadresse
field-password = Adgangskode

## Activation
activate-title = Vælg din adgangskode
activate-welcome = Velkommen, { $name }
activate-intro = Vælg en adgangskode til din nye konto. Du bruger den, når du logger ind.
activate-submit = Gem adgangskode og fortsæt
password-rules = Brug mindst 12 tegn. Et par ord, der ikke hører sammen, virker godt. Undgå dit navn og almindelige adgangskoder.
field-new-password = Ny adgangskode
field-current-password = Nuværende adgangskode

## Home
home-title = Forside
home-welcome = Velkommen, { $name }
home-manager = Du administrerer kontiene på denne platform.
home-secretary = Du hjælper behandlere og deres klienter.
home-professional = Her finder du de klienter, du arbejder med.
home-client = Her finder du de mennesker, der støtter dig.
home-friend = En klient har inviteret dig til denne platform.
home-friend-of = { $name } har inviteret dig til denne platform.
home-operator = Du er logget ind med et servicedesk-token.
home-your-clients = Dine klienter
home-no-clients = Du har ingen klienter endnu.
home-your-professionals = Dine behandlere
home-no-professionals = Der er endnu ingen behandler knyttet til din konto.

## My account
my-account-title = Min konto
my-account-profile = Dine oplysninger
my-account-password = Skift din adgangskode
my-account-change-password = Skift adgangskode
field-first-name = Fornavn
field-last-name = Efternavn
field-language = Sprog

## Accounts
accounts-title = Konti
accounts-new = Ny konto
accounts-new-client = Ny klient
accounts-filter = Filtrér konti
accounts-search = Navn eller e-mailadresse
accounts-apply-filter = Anvend filter
accounts-count = { $count ->
    [0] Ingen konti fundet.
    [one] 1 konto fundet.
   *[other] { $count } konti fundet.
}
field-name = Navn
field-account-type = Kontotype
field-role = Rolle
field-roles = Roller
field-status = Status
field-last-activity = Seneste aktivitet
field-created = Oprettet
account-new-title = Ny konto
account-new-roles = Roller (for medarbejderkonti)
account-new-submit = Opret konto
account-activation-link = Aktiveringslink
account-activation-link-help = Giv dette link til den nye bruger. Det virker én gang og i 7 dage. Med linket vælger brugeren sin adgangskode.
account-friend-of = Pårørende til { $name }
account-professionals = Behandlere
account-no-professionals = Der er endnu ingen behandler knyttet til denne klient.
account-unrelate = Afslut tilknytningen til { $name }
account-relate-label = Behandler
account-relate = Tilknyt
account-clients = Klienter
account-friends = Pårørende
account-roles-heading = Roller
account-roles-save = Gem roller
account-actions = Handlinger
account-renew-link = Nyt aktiveringslink
account-deactivate = Deaktivér konto
account-reactivate = Genaktivér konto

account-type-professional = Medarbejderkonto
account-type-client = Klient
account-type-friend = Pårørende
role-professional = Behandler
role-secretary = Sekretær
role-application-manager = Applikationsansvarlig
status-invited = Inviteret
status-active = Aktiv
status-deactivated = Deaktiveret

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

## Notices after a change
notice-account-activated = Din adgangskode er gemt. Du kan logge ind nu.
notice-profile-saved = Dine oplysninger er gemt.
notice-password-changed = Din adgangskode er ændret. Du er stadig logget ind her. På andre enheder er du logget ud.
notice-account-created = Kontoen er oprettet.
notice-roles-saved = Rollerne er gemt.
notice-relation-added = Klienten og behandleren er nu knyttet til hinanden.
notice-relation-removed = Tilknytningen er afsluttet.
notice-account-deactivated = Kontoen er deaktiveret. Den kan ikke længere bruges til at logge ind.
notice-account-reactivated = Kontoen er aktiv igen.
notice-account-reactivated-invited = Kontoen er genaktiveret. Indehaveren har aldrig valgt en adgangskode, så den er inviteret igen: send et nyt aktiveringslink.
notice-activation-link-renewed = Et nyt aktiveringslink er klar. Tidligere links virker ikke længere.

## Audit log
audit-title = Revisionslog
audit-filter = Filtrér revisionsloggen
audit-account = Konto (e-mailadresse eller id)
audit-action = Handling
audit-since = Fra
audit-until = Til
audit-when = Hvornår
audit-who = Hvem
audit-target = Vedrører
audit-outcome = Resultat
audit-source = Kildeadresse
audit-detail = Detaljer
field-platform = Platform (domæne eller id)
actor-operator = Servicedesk
actor-account = Konto
actor-system = System
actor-anonymous = Ikke logget ind
outcome-success = Lykkedes
outcome-failure = Mislykkedes
outcome-denied = Afvist
audit-action-login-succeeded = Logget ind
audit-action-login-failed = Login mislykkedes
audit-action-login-throttled = Login sat på pause efter for mange forsøg
audit-action-logout = Logget ud
audit-action-account-created = Konto oprettet
audit-action-account-updated = Konto ændret
audit-action-account-activated = Konto aktiveret
audit-action-roles-changed = Roller ændret
audit-action-relation-added = Tilknytning oprettet
audit-action-relation-removed = Tilknytning afsluttet
audit-action-account-deactivated = Konto deaktiveret
audit-action-account-reactivated = Konto genaktiveret
audit-action-password-changed = Adgangskode ændret
audit-action-activation-link-renewed = Nyt aktiveringslink
audit-action-platform-created = Platform oprettet
audit-action-operator-created = Servicedeskmedarbejder oprettet
audit-action-operator-token-created = API-token oprettet
audit-action-access-denied = Adgang nægtet

## Operator console
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
field-platform-name = Navn
field-domain = Domæne
field-kind = Type
field-default-language = Standardsprog
kind-care = Behandlingsplatform
kind-content = Indholdsplatform (CMS)

## Errors
error-title = Noget kræver din opmærksomhed
error-login-failed = E-mailadressen eller adgangskoden er ikke rigtig. Tjek begge dele, og prøv igen.
error-login-throttled = Der var for mange forsøg. Vent lidt, og prøv igen.
error-login-throttled-until = Der var for mange forsøg. Du kan prøve igen efter { $time }.
error-account-deactivated = Denne konto er deaktiveret.
error-account-deactivated-login = Din konto er ikke aktiv lige nu. Kontakt din behandler eller den applikationsansvarlige for { $platform }.
error-activation-link-invalid = Dette link virker ikke (længere). Bed den person, der inviterede dig, om et nyt link.
error-activation-link-expired = Dette link er udløbet. Bed den person, der inviterede dig, om et nyt link.
error-password-too-short = Adgangskoden er for kort. Brug mindst 12 tegn.
error-password-too-long = Adgangskoden er for lang. Brug højst 1024 tegn.
error-password-too-guessable = Denne adgangskode er for nem at gætte. Prøv med et par ord, der ikke hører sammen.
error-current-password-wrong = Din nuværende adgangskode er ikke rigtig. Prøv igen.
error-email-invalid = Dette er ikke en gyldig e-mailadresse. Tjek den for tastefejl.
error-email-taken = Denne e-mailadresse bruges allerede af en anden konto på denne platform.
error-first-name-empty = Udfyld fornavnet.
error-last-name-empty = Udfyld efternavnet.
error-name-too-long = Et navn må højst have 100 tegn.
error-account-type-unknown = Vælg en kontotype.
error-role-unknown = En af rollerne er ukendt.
error-roles-empty = En medarbejderkonto skal have mindst én rolle.
error-roles-not-allowed = Kun medarbejderkonti har roller.
error-account-status-unknown = Denne kontostatus er ukendt.
error-language-unknown = Dette sprog er ikke tilgængeligt.
error-platform-name-empty = Udfyld platformens navn.
error-platform-name-too-long = Platformens navn må højst have 100 tegn.
error-platform-kind-unknown = Vælg behandling eller indhold som type.
error-domain-invalid = Dette er ikke et gyldigt domæne. Brug et navn som behandling.example.org uden https:// og uden sti.
error-domain-taken = Dette domæne bruges allerede af en anden platform.
error-platform-not-found = Platformen blev ikke fundet.
error-operator-not-found = Der er ingen servicedeskmedarbejder med denne e-mailadresse.
error-account-not-found = Kontoen blev ikke fundet.
error-client-not-found = Ingen klient har denne e-mailadresse på denne platform.
error-email-not-found = Denne e-mail er ikke i udbakken, eller den kan ikke sendes igen.
error-remembered-device-not-found = Den huskede enhed blev ikke fundet.
error-not-allowed = Du har ikke tilladelse til at gøre dette.
error-duplicate = Dette findes allerede.
error-relation-types = En tilknytning forbinder en klient med en behandler.
error-last-application-manager = Platformen skal beholde mindst én aktiv applikationsansvarlig.
error-account-not-active = Det er kun muligt for konti, der endnu ikke er aktiveret.
error-not-signed-in = Log ind først.
error-page-not-found = Denne side findes ikke.
error-route-not-found = Denne API-rute findes ikke.
error-request-timeout = Det tog for lang tid. Prøv igen om et øjeblik.
error-invalid-json = Anmodningens indhold er ikke gyldig JSON for dette kald.
error-unknown-parameter = Dette kald kender ikke den parameter; tjek stavningen.
error-internal = Der gik noget galt hos os. Prøv igen senere.
error-invalid-field = Feltet { $field } har en værdi, som dette kald ikke accepterer: { $detail }.
error-missing-field = Feltet { $field } skal udfyldes.
error-unknown-field = Dette kald kender ikke feltet { $field }; tjek stavningen.
error-invalid-query = Forespørgselsparameteren { $field } har en værdi, som dette kald ikke accepterer: { $detail }.
error-invalid-path = Stiparameteren { $field } er ikke gyldig: { $detail }.
error-body-too-large = Anmodningens indhold er for stort; det må højst være 2 MB.
error-body-unreadable = Anmodningens indhold kunne ikke læses.
error-unsupported-media-type = Send anmodningens indhold som JSON med headeren Content-Type: application/json.
error-method-not-allowed = Denne API-rute kender ikke denne metode.
error-bad-request = Anmodningen er ikke gyldig.
error-host-unknown = Der kører ingen platform på dette domæne.
error-cross-origin-refused = Denne anmodning kom fra et andet websted og blev afvist.
error-database-unavailable = Databasen kan ikke nås lige nu. Prøv igen om lidt.

## Configurations
nav-settings = Indstillinger
nav-charges = Gebyrer
settings-title = Indstillinger
settings-intro = Her er de konfigurationer, der er tilgængelige på din platform. Nogle kan du selv ændre. Kontakt servicedesken om de andre.
settings-none = Der er endnu ingen konfigurationer tilgængelige på denne platform. Servicedesken kan gøre dem tilgængelige.
settings-back = Tilbage til indstillingerne
platforms-configurations = Konfigurationer
platforms-charges = Gebyrer for denne platform
config-back-to-platform = Tilbage til { $platform }
config-state = Status
config-state-available = Tilgængelig
config-state-unavailable = Ikke tilgængelig
config-state-always = Gælder altid
config-editor = Kan ændres af
config-editor-service-desk = Servicedesken
config-editor-application-manager = Den applikationsansvarlige
config-charge = Gebyr
config-charge-free = Gratis
config-charge-when-made-available = Gebyr, når den gøres tilgængelig
config-charge-every-change = Gebyr ved hver ændring
config-availability = Tilgængelighed
config-make-available = Gør tilgængelig
config-withdraw = Træk tilbage
config-value = Værdi
config-save = Gem
config-ask-service-desk = Kun servicedesken kan ændre dette. Spørg servicedesken via din kundeansvarlige eller pr. e-mail.
config-on = Til
config-off = Fra
config-none = Ingen
config-range = Mellem { $min } og { $max }.
config-days = { $days ->
    [one] 1 dag
   *[other] { $days } dage
}
config-after-days = { $days ->
    [one] efter 1 dag uden aktivitet
   *[other] efter { $days } dage uden aktivitet
}
config-emails-essential = E-mails om login og sikkerhed bliver altid sendt.
config-signature-help = Almindelig tekst. Du kan bruge { "{" }organisation_name{ "}" }. Lad feltet være tomt for at bruge standardsignaturen.
config-domain-reason-help = Hvorfor adressen ændres (skal udfyldes). Hver ændring koster et gebyr.
email-signature-default = Venlig hilsen { "{" }organisation_name{ "}" }

config-inactivity-deactivation = Deaktivér inaktive konti
config-inactivity-deactivation-help = Konti uden aktivitet i et antal dage bliver deaktiveret automatisk. Vælg perioden med omtanke: folk, der er væk i et stykke tid, mister adgangen.
config-login-methods = Loginmetoder
config-login-methods-help = Hvilke grupper der må logge ind med deres e-mailadresse og adgangskode.
config-two-factor = Tofaktorgodkendelse
config-two-factor-help = En ekstra kode ved login, fra en godkendelsesapp eller via sms.
config-emails = E-mails
config-emails-help = Slå e-mails fra, som ikke er nødvendige, for eksempel når en integration selv giver folk besked.
config-email-greeting = Hilsen i e-mails
config-email-greeting-help = Hvordan e-mails hilser på modtageren.
config-email-signature = Signatur i e-mails
config-email-signature-help = Den afsluttende linje i hver e-mail, for hvert sprog.
config-languages = Sprog
config-languages-help = Sprog, der tilbydes ud over platformens standardsprog. Hver person vælger sit sprog i sine kontoindstillinger.
config-video-sessions = Videosamtaler
config-video-sessions-help = Behandlere og deres klienter kan holde videosamtaler i browseren. Samtaler bliver aldrig optaget.
config-domain = Domæne
config-domain-help = Platformens adresse. Kun servicedesken ændrer den, og kun med en begrundelse.

config-field-professionals = Medarbejdere
config-field-clients = Klienter
config-field-friends = Pårørende
config-field-warning-days = Advarselsmail, dage før deaktivering
config-field-deactivate-professionals = Deaktivér inaktive medarbejderkonti
config-field-deactivate-clients = Deaktivér inaktive klientkonti
config-field-days-professionals = Dage uden aktivitet (medarbejdere)
config-field-days-clients = Dage uden aktivitet (klienter)
config-field-remember-device = Husk koden på en enhed (medarbejdere)
config-field-switched-off = E-mails, der er slået fra
config-field-greeting = Hilsen
config-field-signature = Signatur
config-field-languages = Ekstra sprog
config-field-video-sessions = Videosamtaler
config-field-domain = Domæne
config-field-reason = Begrundelse
config-field-note = Note
config-field-key = Konfiguration
config-field-value = Værdi
config-field-since = Fra
config-option-off = Fra
config-option-optional = Valgfri
config-option-required = Påkrævet
config-option-never = Nej, spørg altid efter koden
config-option-12-hours = 12 timer
config-option-3-days = 3 dage
config-option-1-week = 1 uge
config-option-first-name = Hej [fornavn]
config-option-first-name-and-surname = Hej [fornavn] [efternavn]
email-kind-new-message = Ny besked
email-kind-tool-assigned = Intervention tildelt
email-kind-video-call-invitation = Invitation til videosamtale

notice-configuration-saved = Konfigurationen er gemt.
notice-configuration-made-available = Konfigurationen er nu tilgængelig på denne platform.
notice-configuration-withdrawn = Konfigurationen er trukket tilbage. Værdien bliver gemt, til den bliver tilgængelig igen.

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

error-configuration-invalid = Denne værdi er ikke gyldig.
error-configuration-not-available = Denne konfiguration er ikke tilgængelig på denne platform.
error-configuration-unknown = Der findes ingen konfiguration med dette navn.
error-date-invalid = Dette er ikke en gyldig dato. Brug formen 2026-11-26.
error-config-missing = { $field }: udfyld dette felt.
error-config-not-a-boolean = { $field }: vælg til eller fra.
error-config-not-a-whole-number = { $field }: indtast et helt tal.
error-config-not-text = { $field }: indtast tekst.
error-config-not-a-list = { $field }: dette skal være en liste.
error-config-not-an-object = { $field }: dette har ikke den rigtige form.
error-config-out-of-range = { $field }: vælg et tal fra { $min } til { $max }.
error-config-not-one-of = { $field }: vælg en af disse: { $allowed }.
error-config-unknown-field = { $field } er ikke en indstilling i denne konfiguration.
error-config-too-long = { $field }: brug højst { $max } tegn.
error-config-markup = { $field }: brug kun almindelig tekst uden links, formatering eller billeder.
error-config-unknown-placeholder = { $field }: { $placeholder } er ikke en pladsholder, der kan bruges her.
error-config-invalid-domain = { $field }: dette er ikke et gyldigt domæne. Brug et navn som behandling.example.org.
error-config-locks-out = { $field }: login med adgangskode kan ikke slås fra, så længe denne gruppe ikke har en anden måde at logge ind på.
error-config-warning-too-early = { $field }: advarsler skal begynde efter den seneste aktivitet. Vælg færre dage end den korteste periode ({ $days } dage), eller 0 for ingen advarsler.
audit-action-configuration-availability-changed = Konfiguration gjort tilgængelig eller trukket tilbage
audit-action-configuration-changed = Konfiguration ændret

## Languages
language-switcher = Sprog
language-switcher-submit = Vis på dette sprog
language-not-offered = Dit sprog tilbydes ikke på denne platform lige nu, så du ser siderne på { $language }. Dit valg er gemt.
date-format = %d.%m.%Y %H.%M
platforms-edit = Navn og standardsprog
platforms-edit-submit = Gem navn og sprog
notice-platform-updated = Platformen er opdateret.
audit-action-platform-updated = Platform ændret

## E-mails. Hver linje i en tekst er et afsnit. Sæt { $link } på en linje for sig selv.
email-greeting-first-name = Hej { $first_name },
email-greeting-first-name-and-surname = Hej { $first_name } { $last_name },
email-footer = Dette er en automatisk e-mail fra { $organisation_name }. Svar på denne e-mail bliver ikke læst.
email-account-invitation-subject = Din konto hos { $organisation_name }
email-account-invitation-body =
    Der er oprettet en konto til dig hos { $organisation_name }.
    Vælg først din adgangskode med dette link:
    { $link }
    Linket virker kun én gang og gælder indtil { $valid_until }. Virker det ikke længere? Så bed den person, der inviterede dig, om et nyt link.
email-password-reset-subject = Vælg en ny adgangskode til { $organisation_name }
email-password-reset-body =
    Nogen har bedt om en ny adgangskode til din konto hos { $organisation_name }. Var det dig? Så brug dette link:
    { $link }
    Linket virker kun én gang og gælder indtil { $valid_until }.
    Har du ikke bedt om det? Så kan du se bort fra denne e-mail. Din adgangskode bliver ikke ændret.
email-password-changed-subject = Din adgangskode er ændret
email-password-changed-body =
    Adgangskoden til din konto hos { $organisation_name } er lige blevet ændret.
    Var det dig? Så behøver du ikke gøre noget.
    Var det ikke dig? Kontakt { $organisation_name } med det samme.
email-email-address-changed-subject = Din e-mailadresse er ændret
email-email-address-changed-body =
    E-mailadressen til din konto hos { $organisation_name } er ændret. Fremover bliver e-mails sendt til den nye adresse.
    Var det ikke dig? Kontakt { $organisation_name } med det samme.
email-friend-invitation-subject = { $inviter_first_name } inviterer dig til { $organisation_name }
email-friend-invitation-body =
    { $inviter_first_name } vil gerne invitere dig til { $organisation_name }.
    Vælg din adgangskode med dette link for at tage imod invitationen:
    { $link }
    Linket virker kun én gang og gælder indtil { $valid_until }.
email-account-deactivated-subject = Din konto er deaktiveret
email-account-deactivated-body =
    Din konto hos { $organisation_name } blev deaktiveret den { $date }. Dine data er ikke slettet.
    Vil du bruge din konto igen? Kontakt { $organisation_name }.
email-deactivation-warning-subject = Din konto bliver snart deaktiveret
email-deactivation-warning-body =
    Du har ikke brugt din konto hos { $organisation_name } i et stykke tid. Kontoen bliver deaktiveret den { $date }.
    Vil du beholde den? Så log bare ind inden da:
    { $link }
email-two-factor-set-up-subject = Tofaktorgodkendelse er slået til
email-two-factor-set-up-body =
    Du har sat tofaktorgodkendelse op for din konto hos { $organisation_name }. Fremover skal du bruge en kode, når du logger ind.
    Var det ikke dig? Kontakt { $organisation_name } med det samme.
email-two-factor-reset-subject = Din tofaktorgodkendelse er nulstillet
email-two-factor-reset-body =
    En person hos { $organisation_name } har nulstillet tofaktorgodkendelsen for din konto. Næste gang du logger ind, sætter du den op igen.
    Er det ikke aftalt med dig? Kontakt { $organisation_name } med det samme.
email-two-factor-disabled-subject = Tofaktorgodkendelse er sat på pause for din konto
email-two-factor-disabled-body =
    Tofaktorgodkendelse for din konto hos { $organisation_name } er slået fra indtil { $date }.
    Efter den dato skal du igen bruge en kode, når du logger ind.
email-recovery-codes-renewed-subject = Du har nye gendannelseskoder
email-recovery-codes-renewed-body =
    Der er lavet nye gendannelseskoder til din konto hos { $organisation_name }. Dine gamle koder virker ikke længere.
    Opbevar de nye koder et sikkert sted.
    Var det ikke dig? Kontakt { $organisation_name } med det samme.
email-recovery-code-used-subject = En gendannelseskode er blevet brugt
email-recovery-code-used-body =
    Der er lige blevet brugt en gendannelseskode til at logge ind på din konto hos { $organisation_name }.
    Var det dig? Så sæt tofaktorgodkendelse op igen i dine kontoindstillinger.
    Var det ikke dig? Kontakt { $organisation_name } med det samme.
email-new-message-subject = Du har en ny besked
email-new-message-body =
    Der er en ny besked til dig hos { $organisation_name }. Log ind for at læse den:
    { $link }
email-tool-assigned-subject = Der er noget nyt klar til dig
email-tool-assigned-body =
    Der er noget nyt klar til dig hos { $organisation_name }. Log ind for at se det:
    { $link }
email-video-call-invitation-subject = Du er inviteret til en videosamtale
email-video-call-invitation-body =
    Du er inviteret til en videosamtale hos { $organisation_name }. Log ind for at deltage:
    { $link }

## Password reset
login-forgot-link = Har du glemt din adgangskode?
forgot-title = Har du glemt din adgangskode?
forgot-intro = Skriv din e-mailadresse. Vi sender dig et link, så du kan vælge en ny adgangskode.
forgot-submit = Send mig et link
forgot-sent = Hvis der er en konto med denne e-mailadresse, har vi sendt et link til adressen. Tjek din indbakke (og din spammappe). Linket virker i en time.
forgot-back-to-login = Tilbage til loginsiden
reset-title = Vælg en ny adgangskode
reset-submit = Gem ny adgangskode
notice-password-reset = Din nye adgangskode er gemt. Du kan logge ind med den nu.
error-reset-link-invalid = Dette link virker ikke (længere). Du kan bede om et nyt link på loginsiden.
error-reset-link-expired = Dette link er udløbet. Du kan bede om et nyt link på loginsiden.
audit-action-password-reset-requested = Anmodning om ny adgangskode
audit-action-password-reset = Adgangskode nulstillet

## Friends
home-friends-heading = Dine pårørende
home-friends-intro = Du kan invitere en, der står dig nær, for eksempel en partner eller en ven. Personen får sin egen konto og en e-mail til at vælge en adgangskode.
home-friends-none = Du har ikke inviteret nogen endnu.
friends-invite-heading = Invitér en pårørende
friends-invite-submit = Send invitation
friends-end-link = Afslut forbindelsen til { $name }
notice-friend-invited = Invitationen er sendt.
notice-friend-link-ended = Forbindelsen er afsluttet. Personen kan ikke længere logge ind.
audit-action-friend-link-ended = Forbindelse til pårørende afsluttet

## E-mail outbox (operator console)
nav-emails = E-mails
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
email-kind-account-invitation = Invitation til konto
email-kind-password-reset = Nulstilling af adgangskode
email-kind-password-changed = Adgangskode ændret
email-kind-email-address-changed = E-mailadresse ændret
email-kind-friend-invitation = Invitation til pårørende
email-kind-account-deactivated = Konto deaktiveret
email-kind-deactivation-warning = Advarsel om deaktivering
email-kind-two-factor-set-up = Tofaktorgodkendelse sat op
email-kind-two-factor-reset = Tofaktorgodkendelse nulstillet
email-kind-two-factor-disabled = Tofaktorgodkendelse sat på pause
email-kind-recovery-codes-renewed = Gendannelseskoder fornyet
email-kind-recovery-code-used = Gendannelseskode brugt

## Two-factor authentication
error-two-factor-code-wrong = Koden er ikke rigtig. Tjek koden, og prøv igen.
audit-action-two-factor-set-up = Tofaktorgodkendelse sat op
audit-action-recovery-codes-renewed = Gendannelseskoder fornyet
audit-action-recovery-code-used = Gendannelseskode brugt
audit-action-two-factor-reset = Tofaktorgodkendelse nulstillet
audit-action-two-factor-waived = Tofaktorgodkendelse sat på pause
audit-action-two-factor-waiver-ended = Pause i tofaktorgodkendelse afsluttet
audit-action-remembered-device-revoked = Husket enhed glemt
audit-action-sms-code-sent = Kode sendt via sms

## Tofaktorgodkendelse: login, opsætning, egne indstillinger, nulstillinger og pauser
sms-code-text = { $code } er din loginkode til { $platform }. Den virker i 10 minutter. Giv aldrig koden til nogen.
two-factor-title = Tofaktorgodkendelse
next = Næste
back = Tilbage
field-code = Kode
field-phone = Mobilnummer
field-recovery-code = Gendannelseskode
field-reason-optional = Begrundelse (valgfri)
two-factor-code-title = Indtast din kode
two-factor-code-app = Åbn din godkendelsesapp. Skriv den 6-cifrede kode, som den viser for { $platform }.
two-factor-code-sms = Vi har sendt en sms med en 6-cifret kode til din telefon. Skriv koden her. Den virker i 10 minutter.
two-factor-remember-for = Husk denne enhed i { $period }
two-factor-remember-question = Skal vi huske denne enhed?
two-factor-remember-shared = Gør det kun på en enhed, som ingen andre bruger.
remember-never = Nej, spørg altid efter en kode
remember-12-hours = 12 timer
remember-3-days = 3 dage
remember-1-week = 1 uge
two-factor-verify = Log ind
two-factor-send-again = Send en ny kode
two-factor-use-recovery = Har du mistet din telefon? Log ind med en gendannelseskode
two-factor-cancel-login = Stop og log ud
two-factor-recovery-title = Log ind med en gendannelseskode
two-factor-recovery-intro = Skriv en af de gendannelseskoder, du gemte, da du satte tofaktorgodkendelse op. Hver kode virker kun én gang.
two-factor-lost-everything = Har du også mistet dine gendannelseskoder?
two-factor-help-professional = Bed en applikationsansvarlig for { $platform } om at nulstille din tofaktorgodkendelse. Så kan du sætte den op igen.
two-factor-help-manager = Bed en anden applikationsansvarlig for { $platform } om at nulstille din tofaktorgodkendelse. Du kan ikke gøre det for din egen konto. Er der ingen anden applikationsansvarlig? Så kontakt servicedesken.
two-factor-help-client = Bed din behandler eller en sekretær om at nulstille din tofaktorgodkendelse. Så kan du sætte den op igen.
two-factor-help-friend = Ingen kan nulstille tofaktorgodkendelse for en pårørendekonto. Kontakt den person, der inviterede dig.
two-factor-back-to-code = Tilbage til at indtaste en kode
two-factor-recovered-title = Du er logget ind
two-factor-codes-left =
    { $count ->
        [0] Du har ingen gendannelseskoder tilbage.
        [one] Du har 1 gendannelseskode tilbage.
       *[other] Du har { $count } gendannelseskoder tilbage.
    }
two-factor-recovered-offer = Har du mistet din telefon? Så sæt tofaktorgodkendelse op igen med din nye telefon. Du får også nye gendannelseskoder.
two-factor-set-up-again = Sæt op igen
two-factor-set-up = Sæt tofaktorgodkendelse op
two-factor-later = Senere
two-factor-continue = Fortsæt
two-factor-setup-title = Sæt tofaktorgodkendelse op
two-factor-step = Trin { $step } af { $steps }
two-factor-setup-required = { $platform } beder alle om at sætte dette op. Du kan fortsætte, når det er gjort.
two-factor-why-heading = Hvorfor?
two-factor-why = Tofaktorgodkendelse beskytter din konto. Når du logger ind, skriver du din adgangskode og også en kode fra din telefon. Selv hvis nogen kender din adgangskode, kan de ikke komme ind.
two-factor-need-heading = Hvad skal du bruge?
two-factor-need = Din mobiltelefon. Det tager cirka 5 minutter at sætte op.
two-factor-need-app = Til en app: installér en gratis godkendelsesapp, for eksempel Google Authenticator, Microsoft Authenticator eller LastPass Authenticator.
two-factor-need-sms = Til sms: en telefon, der kan modtage sms'er.
two-factor-choose-heading = Hvordan vil du have dine koder?
method-app = Med en godkendelsesapp (anbefales)
method-app-hint = Den sikreste måde. Den virker også uden mobildækning.
method-sms = Via sms
method-sms-hint = Vi sender dig en kode, hver gang du logger ind.
error-choose-method = Vælg, hvordan du vil have dine koder.
two-factor-app-heading = Forbind din app
two-factor-app-scan = Åbn din godkendelsesapp, tilføj en konto, og scan denne QR-kode.
two-factor-qr-label = QR-kode til din godkendelsesapp
two-factor-app-manual = Kan du ikke scanne koden? Så skriv denne nøgle i din app:
two-factor-app-code = Skriv derefter den 6-cifrede kode, som din app viser.
two-factor-turn-on = Slå til
two-factor-sms-heading = Dit mobilnummer
two-factor-phone-hint = For eksempel { $example }. Et nummer fra et andet land starter med + og landekoden.
two-factor-send-code = Send kode
two-factor-setup-sms-sent = Vi har sendt en sms med en 6-cifret kode til dit telefonnummer, der slutter på { $digits }. Skriv koden her.
two-factor-other-number = Brug et andet nummer
recovery-codes-title = Dine gendannelseskoder
recovery-codes-intro-new = Tofaktorgodkendelse er slået til. Gem disse gendannelseskoder nu: du får dem ikke at se igen.
recovery-codes-intro-renewed = Her er dine nye gendannelseskoder. Dine gamle koder virker ikke længere. Gem de nye nu: du får dem ikke at se igen.
recovery-codes-use = Har du mistet din telefon? Så kan du logge ind med en af disse koder. Hver kode virker kun én gang.
recovery-codes-download = Download som tekstfil
recovery-codes-copy = Kopiér
recovery-codes-copied = Koderne er kopieret.
recovery-codes-print = Udskriv
recovery-codes-file-heading = Gendannelseskoder til { $platform } ({ $email })
recovery-codes-saved = Jeg har gemt mine gendannelseskoder et sikkert sted
two-factor-status-app = Slået til med en godkendelsesapp siden { $date }.
two-factor-status-sms = Slået til med sms til dit telefonnummer, der slutter på { $digits }, siden { $date }.
two-factor-status-off = Ikke sat op.
two-factor-rule-required = { $platform } kræver tofaktorgodkendelse for din konto.
two-factor-rule-optional = Du kan selv vælge, om du vil sætte den op. Den gør din konto mere sikker.
two-factor-rule-off = Tofaktorgodkendelse er slået fra på denne platform.
two-factor-waiver-own = Tofaktorgodkendelse er sat på pause for din konto indtil { $date }.
two-factor-renew-codes = Få nye gendannelseskoder
two-factor-renew-hint = Dine gamle gendannelseskoder holder op med at virke.
two-factor-devices-heading = Huskede enheder
two-factor-devices-none = Ingen enheder bliver husket.
two-factor-device = Enhed
two-factor-device-first = Først brugt
two-factor-device-last = Senest brugt
two-factor-device-until = Husket indtil
two-factor-device-forget = Glem
two-factor-back-to-account = Tilbage til min konto
my-account-two-factor-link = Administrér tofaktorgodkendelse
account-two-factor-waived = Sat på pause indtil { $date } (af { $by }).
account-two-factor-reset = Nulstil tofaktorgodkendelse
account-two-factor-reset-hint = Kun når { $name } har mistet både sin telefon og sine gendannelseskoder. Personen sætter den op igen ved næste login og får en e-mail om nulstillingen.
account-two-factor-own-hint = Du kan ikke nulstille din egen tofaktorgodkendelse. Spørg en anden applikationsansvarlig eller servicedesken, hvis der ikke er nogen.
account-two-factor-waive = Sæt tofaktorgodkendelse på pause i 1 måned
account-two-factor-waive-hint = { $name } kan så logge ind med kun en adgangskode indtil { $date }. Personen får en e-mail om det.
account-two-factor-end-waiver = Afslut pausen nu
notice-code-sent = Vi har sendt dig en ny kode.
notice-device-revoked = Enheden er glemt. Den skal bruge en kode ved næste login.
notice-two-factor-on = Tofaktorgodkendelse er slået til.
notice-two-factor-reset = Tofaktorgodkendelse er nulstillet.
notice-two-factor-waived = Tofaktorgodkendelse er sat på pause i en måned.
notice-waiver-ended = Pausen er afsluttet.
notice-login-expired = Det tog for lang tid at logge ind. Log ind igen.
error-recovery-code-wrong = Denne gendannelseskode er ikke rigtig, eller den er brugt før. Tjek den, og prøv igen.
error-phone-empty = Skriv dit mobilnummer.
error-phone-characters = Et telefonnummer må kun indeholde cifre, mellemrum og bindestreger og et + i starten.
error-phone-length = Dette telefonnummer er for kort eller for langt. Tjek det, eller skriv det med + og landekoden.
error-sms-limit = Der er sendt mange koder inden for den seneste time. Vent lidt, før du beder om en ny.
error-sms-limit-until = Der er sendt mange koder inden for den seneste time. Du kan bede om en ny efter { $time }.
error-sms-refused = Vi kunne ikke sende en sms til dette nummer. Tjek nummeret.
error-sms-unavailable = Der kan ikke sendes sms'er lige nu. Prøv igen senere, eller brug en godkendelsesapp.
error-login-expired = Det tog for lang tid at logge ind. Log ind igen.
error-reason-required = Skriv en begrundelse.
error-waiver-not-needed = En pause er kun mulig, når tofaktorgodkendelse er påkrævet for medarbejderkonti.
error-two-factor-off = Tofaktorgodkendelse er slået fra for din konto.
error-two-factor-not-set-up = Tofaktorgodkendelse er ikke sat op. Start forfra.

## Inactivity
audit-action-inactivity-warning-sent = Advarsel om deaktivering sendt
audit-action-deactivation-skipped = Deaktivering sprunget over
inactivity-type-professional = Medarbejderkonti
inactivity-type-client = Klientkonti
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
inactivity-chart-summary = Søjler for { $professionals } medarbejderkonti og { $clients } klientkonti; stiplede linjer markerer grænserne i formularen. { $now } konti er over dem nu. Tabellen nedenfor har de samme tal.
inactivity-chart-axis = Dage siden seneste aktivitet
inactivity-limit-professional =
    { $count ->
        [one] medarbejdere: 1 dag
       *[other] medarbejdere: { $count } dage
    }
inactivity-limit-client =
    { $count ->
        [one] klienter: 1 dag
       *[other] klienter: { $count } dage
    }
inactivity-preview-heading = Hvad disse dage vil betyde
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

audit-action-anonymous-entries-summarised = Gentagne forsøg uden login opsummeret
audit-action-reauthentication-failed = Bekræftelse med adgangskode mislykkedes
audit-action-email-change-requested = Ny e-mailadresse anmodet
audit-action-email-change-confirmed = Ny e-mailadresse bekræftet
audit-action-account-viewed = Konto vist
audit-action-accounts-listed = Kontoliste vist
audit-action-audit-log-viewed = Revisionslog vist
audit-action-audit-log-exported = Revisionslog eksporteret
audit-action-charges-exported = Gebyrer eksporteret
audit-action-email-retried = E-mail sat i kø igen
audit-action-operator-token-revoked = API-token tilbagekaldt
audit-action-operator-token-used = API-token brugt
audit-action-operator-disabled = Servicedeskmedarbejder deaktiveret

email-email-change-confirmation-subject = Bekræft din nye e-mailadresse til { $organisation_name }
email-email-change-confirmation-body =
    Nogen har bedt om at bruge denne e-mailadresse til sin konto hos { $organisation_name }. Var det dig? Så bekræft det med dette link:
    { $link }
    Linket virker kun én gang og gælder indtil { $valid_until }. Indtil da bruges den gamle adresse stadig.
    Har du ikke bedt om det? Så kan du se bort fra denne e-mail.
email-email-address-in-use-subject = Din e-mailadresse hos { $organisation_name }
email-email-address-in-use-body =
    Nogen har forsøgt at bruge denne e-mailadresse til en anden konto hos { $organisation_name }. Den hører allerede til din konto, så intet er blevet ændret.
    Var det dig? Så log ind med denne adresse: { $platform_url }
    Har du glemt din adgangskode? Vælg "Har du glemt din adgangskode?" på login-siden.
email-kind-email-change-confirmation = Bekræft ny e-mailadresse
email-kind-email-address-in-use = E-mailadressen er allerede i brug
confirm-title = Bekræft, at det er dig
confirm-intro = For din sikkerheds skyld: skriv din adgangskode, før du ændrer din e-mailadresse eller din totrinsbekræftelse.
confirm-password = Din adgangskode
confirm-submit = Bekræft
notice-confirmed = Tak. Du kan nu foretage ændringen.
error-own-email-change-by-link = Skift din egen e-mailadresse under Min konto: der sendes et bekræftelseslink til den nye adresse.
error-email-change-link-invalid = Dette bekræftelseslink virker ikke (længere). Skift din e-mailadresse igen under Min konto.
notice-email-change-requested = Vi har sendt et bekræftelseslink til den nye adresse. Din e-mailadresse ændres, når du åbner det.
notice-email-changed = Din e-mailadresse er ændret.
email-change-title = Bekræft din nye e-mailadresse
email-change-intro = Bekræft, at { $email } bliver e-mailadressen for din konto.
email-change-submit = Bekræft ny adresse
error-password-confirmation-required = Bekræft først din adgangskode.
audit-action-operator-enabled = Servicedeskmedarbejder aktiveret igen
error-operator-disabled = Denne servicedeskmedarbejder er deaktiveret.
error-token-not-found = Der findes ingen API-token med dette id.
my-account-email-hint = En ny adresse bruges, når du åbner det bekræftelseslink, vi sender til den.
