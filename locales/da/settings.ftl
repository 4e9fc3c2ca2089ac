# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

settings-title = Indstillinger
settings-intro = Her er de konfigurationer, der er tilgængelige på din platform. Nogle kan du selv ændre. Kontakt servicedesken om de andre.
settings-none = Der er endnu ingen konfigurationer tilgængelige på denne platform. Servicedesken kan gøre dem tilgængelige.
settings-back = Tilbage til indstillingerne
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
config-languages-help = Sprog, der tilbydes ud over platformens standardsprog. Hver person vælger sit sprog under Min konto.
config-video-sessions = Videosamtaler
config-video-sessions-help = Behandlere og deres patienter kan holde videosamtaler i browseren. Samtaler bliver aldrig optaget.
config-domain = Domæne
config-domain-help = Platformens adresse. Kun servicedesken ændrer den, og kun med en begrundelse.

config-field-professionals = Medarbejderkonti
config-field-clients = Patientkonti
config-field-friends = Pårørendekonti
config-field-warning-days = Advarselsmail, dage før deaktivering
config-field-deactivate-professionals = Deaktivér inaktive medarbejderkonti
config-field-deactivate-clients = Deaktivér inaktive patientkonti
config-field-days-professionals = Dage uden aktivitet (medarbejderkonti)
config-field-days-clients = Dage uden aktivitet (patientkonti)
config-field-remember-device = Hvor længe en enhed huskes (medarbejderkonti)
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

notice-configuration-saved = Konfigurationen er gemt.
notice-configuration-made-available = Konfigurationen er nu tilgængelig på denne platform.
notice-configuration-withdrawn = Konfigurationen er trukket tilbage. Værdien bliver gemt, til den bliver tilgængelig igen.

error-configuration-invalid = Denne værdi er ikke gyldig.
error-configuration-not-available = Denne konfiguration er ikke tilgængelig på denne platform.
error-configuration-unknown = Der findes ingen konfiguration med dette navn.
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

config-ask-service-desk-at = Kun servicedesken kan ændre dette. Spørg servicedesken pr. e-mail: { $address }
