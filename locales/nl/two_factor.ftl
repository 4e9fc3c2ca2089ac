# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

console-two-factor-required = De servicedeskconsole vraagt elke servicedeskmedewerker om een tweede factor. Stel een authenticator-app in om verder te gaan.
console-two-factor-code = Open je authenticator-app. Typ de code van 6 cijfers die de app toont voor de Kalm servicedesk.
console-two-factor-help = Vraag een andere servicedeskmedewerker, of wie de server beheert, om daar “kalm operator two-factor reset” uit te voeren. Bij je volgende login stel je je authenticator-app dan opnieuw in.

error-remembered-device-not-found = Dit onthouden apparaat is niet gevonden.

error-two-factor-code-wrong = Deze code klopt niet. Controleer de code en probeer het opnieuw.

sms-code-text = { $code } is je inlogcode voor { $platform }. Hij werkt 10 minuten. Geef deze code nooit aan iemand anders.
two-factor-title = Tweestapsverificatie
two-factor-code-title = Vul je code in
two-factor-code-app = Open je authenticator-app. Typ de code van 6 cijfers die de app toont voor { $platform }.
two-factor-code-sms = We hebben een sms met een code van 6 cijfers naar je telefoon gestuurd. Typ de code hier. Hij werkt 10 minuten.
two-factor-remember-for = Dit apparaat { $period } onthouden
two-factor-remember-question = Dit apparaat onthouden?
two-factor-remember-shared = Doe dit alleen op een apparaat dat niemand anders gebruikt.
remember-never = Nee, altijd om een code vragen
remember-12-hours = 12 uur
remember-3-days = 3 dagen
remember-1-week = 1 week
two-factor-verify = Inloggen
two-factor-send-again = Stuur een nieuwe code
two-factor-use-recovery = Telefoon kwijt? Log in met een herstelcode
two-factor-cancel-login = Stoppen en uitloggen
two-factor-recovery-title = Inloggen met een herstelcode
two-factor-recovery-intro = Typ een van de herstelcodes die je hebt bewaard toen je tweestapsverificatie instelde. Elke code werkt maar één keer.
two-factor-lost-everything = Ben je je herstelcodes ook kwijt?
two-factor-help-professional = Vraag een applicatiebeheerder van { $platform } om je tweestapsverificatie te resetten. Daarna kun je die opnieuw instellen.
two-factor-help-manager = Vraag een andere applicatiebeheerder van { $platform } om je tweestapsverificatie te resetten. Voor je eigen account kun je dit niet zelf doen. Is er geen andere applicatiebeheerder? Neem dan contact op met de servicedesk.
two-factor-help-client = Vraag je behandelaar of het secretariaat om je tweestapsverificatie te resetten. Daarna kun je die opnieuw instellen.
two-factor-help-friend = Voor een account van een naaste kan niemand de tweestapsverificatie resetten. Neem contact op met degene die je uitnodigde.
two-factor-back-to-code = Terug naar het invullen van een code
two-factor-recovered-title = Je bent ingelogd
two-factor-codes-left =
    { $count ->
        [0] Je hebt geen herstelcodes meer.
        [one] Je hebt nog 1 herstelcode.
       *[other] Je hebt nog { $count } herstelcodes.
    }
two-factor-recovered-offer = Telefoon kwijt? Stel dan tweestapsverificatie opnieuw in, met je nieuwe telefoon. Je krijgt dan ook nieuwe herstelcodes.
two-factor-set-up-again = Opnieuw instellen
two-factor-set-up = Tweestapsverificatie instellen
two-factor-later = Later
two-factor-continue = Verder
two-factor-setup-title = Tweestapsverificatie instellen
two-factor-step = Stap { $step } van { $steps }
two-factor-setup-required = { $platform } vraagt iedereen om dit in te stellen. Als het klaar is, kun je verder.
two-factor-why-heading = Waarom?
two-factor-why = Tweestapsverificatie beschermt je account. Bij het inloggen typ je je wachtwoord en ook een code van je telefoon. Iemand die je wachtwoord kent, komt er dan toch niet in.
two-factor-need-heading = Wat heb je nodig?
two-factor-need = Je mobiele telefoon. Het instellen duurt ongeveer 5 minuten.
two-factor-need-app = Voor een app: installeer een gratis authenticator-app, bijvoorbeeld Google Authenticator, Microsoft Authenticator of LastPass Authenticator.
two-factor-need-sms = Voor sms: een telefoon die sms-berichten kan ontvangen.
two-factor-choose-heading = Hoe wil je je codes krijgen?
method-app = Met een authenticator-app (aanbevolen)
method-app-hint = De veiligste manier. Werkt ook zonder bereik.
method-sms = Per sms
method-sms-hint = Elke keer dat je inlogt, sturen we je een code.
error-choose-method = Kies hoe je je codes wilt krijgen.
two-factor-app-heading = Koppel je app
two-factor-app-scan = Open je authenticator-app, voeg een account toe en scan deze QR-code.
two-factor-qr-label = QR-code voor je authenticator-app
two-factor-app-manual = Lukt het scannen niet? Typ dan deze sleutel in je app:
two-factor-app-code = Typ daarna de code van 6 cijfers die je app toont.
two-factor-turn-on = Aanzetten
two-factor-sms-heading = Je mobiele telefoonnummer
two-factor-phone-hint = Bijvoorbeeld { $example }. Een nummer uit een ander land begint met + en de landcode.
two-factor-send-code = Code versturen
two-factor-setup-sms-sent = We hebben een sms met een code van 6 cijfers gestuurd naar je telefoonnummer dat eindigt op { $digits }. Typ de code hier.
two-factor-other-number = Een ander nummer gebruiken
recovery-codes-title = Je herstelcodes
recovery-codes-intro-new = Tweestapsverificatie staat aan. Bewaar deze herstelcodes nu: je ziet ze niet meer terug.
recovery-codes-intro-renewed = Dit zijn je nieuwe herstelcodes. Je oude codes werken niet meer. Bewaar de nieuwe codes nu: je ziet ze niet meer terug.
recovery-codes-use = Telefoon kwijt? Dan kun je inloggen met een van deze codes. Elke code werkt maar één keer.
recovery-codes-download = Downloaden als tekstbestand
recovery-codes-copy = Kopiëren
recovery-codes-copied = De codes zijn gekopieerd.
recovery-codes-print = Afdrukken
recovery-codes-file-heading = Herstelcodes voor { $platform } ({ $email })
recovery-codes-saved = Ik heb mijn herstelcodes op een veilige plek bewaard
two-factor-status-app = Aan, met een authenticator-app, sinds { $date }.
two-factor-status-sms = Aan, met sms naar je telefoonnummer dat eindigt op { $digits }, sinds { $date }.
two-factor-status-off = Niet ingesteld.
two-factor-rule-required = { $platform } verplicht tweestapsverificatie voor je account.
two-factor-rule-optional = Je kunt ervoor kiezen dit in te stellen. Het maakt je account veiliger.
two-factor-rule-off = Tweestapsverificatie staat uit op dit platform.
two-factor-waiver-own = Tweestapsverificatie is voor je account gepauzeerd tot { $date }.
two-factor-renew-codes = Nieuwe herstelcodes maken
two-factor-renew-hint = Je oude herstelcodes werken dan niet meer.
two-factor-devices-heading = Onthouden apparaten
two-factor-devices-none = Er wordt geen apparaat onthouden.
two-factor-device = Apparaat
two-factor-device-first = Voor het eerst gebruikt
two-factor-device-last = Laatst gebruikt
two-factor-device-until = Onthouden tot
two-factor-device-forget = Niet meer onthouden
two-factor-back-to-account = Terug naar mijn account
my-account-two-factor-link = Tweestapsverificatie beheren
account-two-factor-waived = Gepauzeerd tot { $date } (door { $by }).
account-two-factor-reset = Tweestapsverificatie resetten
account-two-factor-reset-hint = Alleen als { $name } zowel de telefoon als de herstelcodes kwijt is. Diegene stelt het bij de volgende keer inloggen opnieuw in en krijgt een e-mail over de reset.
account-two-factor-own-hint = Je kunt je eigen tweestapsverificatie niet resetten. Vraag een andere applicatiebeheerder, of de servicedesk als die er niet is.
account-two-factor-waive = Tweestapsverificatie 1 maand pauzeren
account-two-factor-waive-hint = { $name } kan dan tot { $date } inloggen met alleen een wachtwoord. Diegene krijgt daarover een e-mail.
account-two-factor-end-waiver = Pauze nu beëindigen
notice-code-sent = We hebben je een nieuwe code gestuurd.
notice-device-revoked = Het apparaat wordt niet meer onthouden. Inloggen op dat apparaat vraagt weer om een code.
notice-two-factor-on = Tweestapsverificatie staat aan.
notice-two-factor-reset = Tweestapsverificatie is gereset.
notice-two-factor-waived = Tweestapsverificatie is een maand gepauzeerd.
notice-waiver-ended = De pauze is beëindigd.
notice-login-expired = Het inloggen duurde te lang. Log opnieuw in.
error-recovery-code-wrong = Deze herstelcode klopt niet, of is al eerder gebruikt. Controleer de code en probeer het opnieuw.
error-phone-empty = Typ je mobiele telefoonnummer.
error-phone-characters = Een telefoonnummer mag alleen cijfers, spaties en streepjes hebben, en een + aan het begin.
error-phone-length = Dit telefoonnummer is te kort of te lang. Controleer het, of typ het met + en de landcode.
error-sms-limit = Er zijn het afgelopen uur veel codes verstuurd. Wacht even voordat je een nieuwe code vraagt.
error-sms-limit-until = Er zijn het afgelopen uur veel codes verstuurd. Je kunt een nieuwe code vragen na { $time }.
error-sms-refused = We konden geen sms naar dit nummer sturen. Controleer het nummer.
error-sms-unavailable = Er kunnen nu geen sms-berichten worden verstuurd. Probeer het later opnieuw, of gebruik een authenticator-app.
error-login-expired = Het inloggen duurde te lang. Log opnieuw in.
error-reason-required = Geef een reden op.
error-waiver-not-needed = Pauzeren kan alleen als tweestapsverificatie verplicht is voor medewerkersaccounts.
error-two-factor-off = Tweestapsverificatie staat uit voor je account.
error-two-factor-not-set-up = Tweestapsverificatie is niet ingesteld. Begin opnieuw.

# A link that hands the key to an authenticator app on the same device.
two-factor-app-open = Op deze telefoon? Open de sleutel in je authenticator-app

# Someone else's account, as staff see it.
account-two-factor-status-sms = Aan, met sms naar het telefoonnummer dat eindigt op { $digits }, sinds { $date }.
account-two-factor-codes-left =
    { $count ->
        [0] { $name } heeft geen herstelcodes meer.
        [one] { $name } heeft nog 1 herstelcode.
       *[other] { $name } heeft nog { $count } herstelcodes.
    }

# Switching off one's own optional two-factor.
two-factor-rule-optional-on = Tweestapsverificatie is hier niet verplicht. Je kunt het hieronder uitzetten, maar het houdt je account veiliger.
two-factor-off-heading = Uitzetten
two-factor-off-help = Je authenticator-app of telefoon, je herstelcodes en je onthouden apparaten worden verwijderd. Je kunt het altijd opnieuw instellen. Je bevestigt eerst met je wachtwoord.
two-factor-off-submit = Tweestapsverificatie uitzetten
notice-two-factor-off = Tweestapsverificatie staat uit. Je kunt het altijd opnieuw instellen.
error-two-factor-required = Dit platform verplicht tweestapsverificatie voor je account, dus je kunt het niet uitzetten.

two-factor-phone-country = Land van het nummer
two-factor-sms-check-heading = Klopt dit nummer?
two-factor-sms-check = We sturen de code per sms naar dit nummer:
two-factor-sms-change = Nummer wijzigen
two-factor-help-contact = Je kunt ook mailen naar { $platform }: { $address }
