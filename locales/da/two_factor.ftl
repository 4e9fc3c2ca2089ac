# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

console-two-factor-required = Servicedeskens konsol kræver en anden faktor af alle servicedeskmedarbejdere. Sæt en godkendelsesapp op for at fortsætte.
console-two-factor-code = Åbn din godkendelsesapp. Skriv den 6-cifrede kode, som den viser for Kalm servicedesk.
console-two-factor-help = Bed en anden servicedeskmedarbejder, eller den der driver serveren, om at køre “kalm operator two-factor reset” der. Næste gang du logger ind, sætter du så din godkendelsesapp op igen.

error-remembered-device-not-found = Den huskede enhed blev ikke fundet.

error-two-factor-code-wrong = Koden er ikke rigtig. Tjek koden, og prøv igen.

sms-code-text = { $code } er din loginkode til { $platform }. Den virker i 10 minutter. Giv aldrig koden til nogen.
two-factor-title = Tofaktorgodkendelse
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
two-factor-device-first = Brugt første gang
two-factor-device-last = Senest brugt
two-factor-device-until = Huskes indtil
two-factor-device-forget = Glem enheden
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
notice-device-revoked = Enheden huskes ikke længere. Næste gang nogen logger ind på den, skal der bruges en kode.
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

# A link that hands the key to an authenticator app on the same device.
two-factor-app-open = På denne telefon? Åbn nøglen i din godkendelsesapp

# Someone else's account, as staff see it.
account-two-factor-status-sms = Slået til med sms til telefonnummeret, der slutter på { $digits }, siden { $date }.
account-two-factor-codes-left =
    { $count ->
        [0] { $name } har ingen gendannelseskoder tilbage.
        [one] { $name } har 1 gendannelseskode tilbage.
       *[other] { $name } har { $count } gendannelseskoder tilbage.
    }

# Switching off one's own optional two-factor.
two-factor-rule-optional-on = Tofaktorgodkendelse er frivillig her. Du kan slå den fra nedenfor, men den gør din konto mere sikker.
two-factor-off-heading = Slå fra
two-factor-off-help = Din godkendelsesapp eller telefon, dine gendannelseskoder og dine huskede enheder fjernes. Du kan sætte den op igen når som helst. Du bekræfter først med din adgangskode.
two-factor-off-submit = Slå tofaktorgodkendelse fra
notice-two-factor-off = Tofaktorgodkendelse er slået fra. Du kan sætte den op igen når som helst.
error-two-factor-required = Denne platform kræver tofaktorgodkendelse for din konto, så den kan ikke slås fra.

two-factor-phone-country = Nummerets land
two-factor-sms-check-heading = Er nummeret rigtigt?
two-factor-sms-check = Vi sender koden via sms til dette nummer:
two-factor-sms-change = Skift nummeret
two-factor-help-contact = Du kan også skrive til { $platform }: { $address }
