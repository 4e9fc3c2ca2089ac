# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

settings-title = Instellingen
settings-intro = Dit zijn de configuraties die op je platform beschikbaar zijn. Sommige kun je zelf wijzigen; voor de andere neem je contact op met de servicedesk.
settings-none = Er zijn nog geen configuraties beschikbaar op dit platform. De servicedesk kan ze beschikbaar maken.
settings-back = Terug naar de instellingen
config-back-to-platform = Terug naar { $platform }
config-state = Stand
config-state-available = Beschikbaar
config-state-unavailable = Niet beschikbaar
config-state-always = Altijd van kracht
config-editor = Wie kan het wijzigen
config-editor-service-desk = De servicedesk
config-editor-application-manager = De applicatiebeheerder
config-charge = Kosten
config-charge-free = Geen kosten
config-charge-when-made-available = Kosten bij beschikbaar maken
config-charge-every-change = Kosten bij elke wijziging
config-availability = Beschikbaarheid
config-make-available = Beschikbaar maken
config-withdraw = Intrekken
config-value = Waarde
config-save = Opslaan
config-ask-service-desk = Alleen de servicedesk kan dit wijzigen. Vraag het via je accountmanager of per e-mail.
config-on = Aan
config-off = Uit
config-none = Geen
config-range = Tussen { $min } en { $max }.
config-days = { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}
config-after-days = { $days ->
    [one] na 1 dag zonder activiteit
   *[other] na { $days } dagen zonder activiteit
}
config-emails-essential = E-mails over inloggen en beveiliging worden altijd verstuurd.
config-signature-help = Platte tekst. Je mag { "{" }organisation_name{ "}" } gebruiken. Laat leeg voor de standaardondertekening.
config-domain-reason-help = Waarom het adres verandert (verplicht). Aan elke wijziging zijn kosten verbonden.

config-inactivity-deactivation = Inactieve accounts deactiveren
config-inactivity-deactivation-help = Accounts die een aantal dagen niet actief zijn, worden automatisch gedeactiveerd. Kies de periode met zorg: wie een tijd weg is, verliest de toegang.
config-login-methods = Inlogmethoden
config-login-methods-help = Welke groepen mogen inloggen met hun e-mailadres en wachtwoord.
config-two-factor = Tweestapsverificatie
config-two-factor-help = Een extra code bij het inloggen, uit een authenticator-app of per sms.
config-emails = E-mails
config-emails-help = Zet e-mails uit die niet noodzakelijk zijn, bijvoorbeeld als een koppeling mensen zelf op de hoogte brengt.
config-email-greeting = Aanhef van e-mails
config-email-greeting-help = Hoe e-mails de ontvanger aanspreken.
config-email-signature = Ondertekening van e-mails
config-email-signature-help = De slotregel van elke e-mail, per taal.
config-languages = Talen
config-languages-help = Talen die naast de standaardtaal van het platform worden aangeboden. Iedereen kiest zijn taal bij Mijn account.
config-video-sessions = Videogesprekken
config-video-sessions-help = Behandelaars en hun cliënten kunnen in de browser videobellen. Gesprekken worden nooit opgenomen.
config-domain = Domein
config-domain-help = Het adres van het platform. Alleen de servicedesk wijzigt het, met een reden.

config-field-professionals = Medewerkersaccounts
config-field-clients = Cliëntaccounts
config-field-friends = Accounts van naasten
config-field-warning-days = Waarschuwingsmail, dagen voor deactivering
config-field-deactivate-professionals = Inactieve medewerkersaccounts deactiveren
config-field-deactivate-clients = Inactieve cliëntaccounts deactiveren
config-field-days-professionals = Dagen zonder activiteit (medewerkersaccounts)
config-field-days-clients = Dagen zonder activiteit (cliëntaccounts)
config-field-remember-device = Hoe lang een apparaat onthouden wordt (medewerkersaccounts)
config-field-switched-off = Uitgezette e-mails
config-field-greeting = Aanhef
config-field-signature = Ondertekening
config-field-languages = Extra talen
config-field-video-sessions = Videogesprekken
config-field-domain = Domein
config-field-reason = Reden
config-field-note = Notitie
config-field-key = Configuratie
config-field-value = Waarde
config-field-since = Vanaf
config-option-off = Uit
config-option-optional = Optioneel
config-option-required = Verplicht
config-option-never = Nee, altijd om de code vragen
config-option-12-hours = 12 uur
config-option-3-days = 3 dagen
config-option-1-week = 1 week
config-option-first-name = Hoi [voornaam]
config-option-first-name-and-surname = Hoi [voornaam] [achternaam]

notice-configuration-saved = De configuratie is opgeslagen.
notice-configuration-made-available = De configuratie is nu beschikbaar op dit platform.
notice-configuration-withdrawn = De configuratie is ingetrokken. De waarde blijft bewaard voor als ze terugkomt.

error-configuration-invalid = Deze waarde is niet geldig.
error-configuration-not-available = Deze configuratie is niet beschikbaar op dit platform.
error-configuration-unknown = Er bestaat geen configuratie met deze naam.
error-config-missing = { $field }: vul dit in.
error-config-not-a-boolean = { $field }: kies aan of uit.
error-config-not-a-whole-number = { $field }: vul een heel getal in.
error-config-not-text = { $field }: vul tekst in.
error-config-not-a-list = { $field }: dit moet een lijst zijn.
error-config-not-an-object = { $field }: dit heeft niet de juiste vorm.
error-config-out-of-range = { $field }: kies een getal van { $min } tot en met { $max }.
error-config-not-one-of = { $field }: kies een van { $allowed }.
error-config-unknown-field = { $field } is geen instelling van deze configuratie.
error-config-too-long = { $field }: gebruik hoogstens { $max } tekens.
error-config-markup = { $field }: gebruik alleen platte tekst, zonder links, opmaak of afbeeldingen.
error-config-unknown-placeholder = { $field }: { $placeholder } kan hier niet gebruikt worden.
error-config-invalid-domain = { $field }: dit is geen geldig domein. Gebruik een naam als zorg.example.org.
error-config-locks-out = { $field }: inloggen met wachtwoord kan niet uit zolang deze groep geen andere manier heeft om in te loggen.
error-config-warning-too-early = { $field }: waarschuwingen moeten na de laatste activiteit beginnen. Kies minder dagen dan de kortste termijn ({ $days } dagen), of 0 voor geen waarschuwingen.

config-ask-service-desk-at = Alleen de servicedesk kan dit wijzigen. Vraag het per e-mail: { $address }
