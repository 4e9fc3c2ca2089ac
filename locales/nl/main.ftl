# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

product-name = Kalm
console-name = Kalm servicedesk
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Start
nav-accounts = Accounts
nav-audit = Auditlog
nav-my-account = Mijn account
nav-platforms = Platforms
signed-in-as = Ingelogd als { $name }
logout = Uitloggen
back-home = Naar de startpagina
save = Opslaan
never = Nooit
filter-any = Alle

## Login
login-title = Inloggen
login-intro = Log in op { $platform } met je e-mailadres en wachtwoord.
console-login-intro = Log in op de servicedeskconsole.
console-two-factor-required = De servicedeskconsole vraagt elke servicedeskmedewerker om een tweede factor. Stel een authenticator-app in om verder te gaan.
console-two-factor-code = Open je authenticator-app. Typ de code van 6 cijfers die de app toont voor de Kalm servicedesk.
console-two-factor-help = Vraag een andere servicedeskmedewerker, of wie de server beheert, om daar “kalm operator two-factor reset” uit te voeren. Bij je volgende login stel je je authenticator-app dan opnieuw in.
login-submit = Inloggen
field-email = E-mailadres
field-password = Wachtwoord

## Activation
activate-title = Kies je wachtwoord
activate-welcome = Welkom, { $name }
activate-intro = Kies een wachtwoord voor je nieuwe account. Hiermee log je voortaan in.
activate-submit = Wachtwoord opslaan en verder
password-rules = Gebruik minstens 12 tekens. Een paar losse woorden achter elkaar werkt goed. Gebruik niet je naam of een veelgebruikt wachtwoord.
field-new-password = Nieuw wachtwoord
field-current-password = Huidig wachtwoord

## Home
home-title = Start
home-welcome = Welkom, { $name }
home-manager = Je beheert de accounts van dit platform.
home-secretary = Je ondersteunt behandelaars en hun cliënten.
home-professional = Hier vind je de cliënten met wie je werkt.
home-client = Hier vind je de mensen die je helpen.
home-friend = Een cliënt heeft je uitgenodigd op dit platform.
home-friend-of = { $name } heeft je uitgenodigd op dit platform.
home-operator = Je bent ingelogd met een servicedesktoken.
home-your-clients = Je cliënten
home-no-clients = Je hebt nog geen cliënten.
home-your-professionals = Je behandelaars
home-no-professionals = Er is nog geen behandelaar aan je account gekoppeld.

## My account
my-account-title = Mijn account
my-account-profile = Je gegevens
my-account-password = Wachtwoord wijzigen
my-account-change-password = Wachtwoord wijzigen
field-first-name = Voornaam
field-last-name = Achternaam
field-language = Taal

## Accounts
accounts-title = Accounts
accounts-new = Nieuw account
accounts-new-client = Nieuwe cliënt
accounts-filter = Accounts filteren
accounts-search = Naam of e-mailadres
accounts-apply-filter = Filter toepassen
accounts-count = { $count ->
    [0] Geen accounts gevonden.
    [one] 1 account gevonden.
   *[other] { $count } accounts gevonden.
}
field-name = Naam
field-account-type = Soort account
field-role = Rol
field-roles = Rollen
field-status = Status
field-last-activity = Laatst actief
field-created = Aangemaakt
account-new-title = Nieuw account
account-new-roles = Rollen (voor professionele accounts)
account-new-submit = Account aanmaken
account-activation-link = Activatielink
account-activation-link-help = Geef deze link aan de nieuwe gebruiker. Hij werkt één keer, 7 dagen lang. Daarmee kiest de gebruiker een wachtwoord.
account-friend-of = Naaste van { $name }
account-professionals = Behandelaars
account-no-professionals = Er is nog geen behandelaar aan deze cliënt gekoppeld.
account-unrelate = Koppeling met { $name } beëindigen
account-relate-label = Behandelaar
account-relate = Koppelen
account-clients = Cliënten
account-friends = Naasten
account-roles-heading = Rollen
account-roles-save = Rollen opslaan
account-actions = Acties
account-renew-link = Nieuwe activatielink
account-deactivate = Account deactiveren
account-reactivate = Account weer activeren

account-type-professional = Professioneel account
account-type-client = Cliënt
account-type-friend = Naaste
role-professional = Behandelaar
role-secretary = Secretariaat
role-application-manager = Applicatiebeheerder
status-invited = Uitgenodigd
status-active = Actief
status-deactivated = Gedeactiveerd

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

## Notices after a change
notice-account-activated = Je wachtwoord is opgeslagen. Je kunt nu inloggen.
notice-profile-saved = Je gegevens zijn opgeslagen.
notice-password-changed = Je wachtwoord is gewijzigd. Hier blijf je ingelogd; op andere apparaten ben je uitgelogd.
notice-account-created = Het account is aangemaakt.
notice-roles-saved = De rollen zijn opgeslagen.
notice-relation-added = De cliënt en de behandelaar zijn nu gekoppeld.
notice-relation-removed = De koppeling is beëindigd.
notice-account-deactivated = Het account is gedeactiveerd. Er kan niet meer mee worden ingelogd.
notice-account-reactivated = Het account is weer actief.
notice-account-reactivated-invited = Het account is weer geactiveerd. De eigenaar heeft nooit een wachtwoord ingesteld, dus het is opnieuw uitgenodigd: stuur een nieuwe activeringslink.
notice-activation-link-renewed = Er is een nieuwe activatielink. Eerdere links werken niet meer.

## Audit log
audit-title = Auditlog
audit-filter = Auditlog filteren
audit-account = Account (e-mailadres of id)
audit-action = Handeling
audit-since = Vanaf
audit-until = Tot en met
audit-when = Wanneer
audit-who = Wie
audit-target = Betreft
audit-outcome = Resultaat
audit-source = Bronadres
audit-detail = Details
field-platform = Platform (domein of id)
actor-operator = Servicedesk
actor-account = Account
actor-system = Systeem
actor-anonymous = Niet ingelogd
outcome-success = Gelukt
outcome-failure = Mislukt
outcome-denied = Geweigerd
audit-action-login-succeeded = Ingelogd
audit-action-login-failed = Inloggen mislukt
audit-action-login-throttled = Inloggen gepauzeerd na te veel pogingen
audit-action-logout = Uitgelogd
audit-action-account-created = Account aangemaakt
audit-action-account-updated = Account gewijzigd
audit-action-account-activated = Account geactiveerd
audit-action-roles-changed = Rollen gewijzigd
audit-action-relation-added = Koppeling gemaakt
audit-action-relation-removed = Koppeling beëindigd
audit-action-account-deactivated = Account gedeactiveerd
audit-action-account-reactivated = Account weer geactiveerd
audit-action-password-changed = Wachtwoord gewijzigd
audit-action-activation-link-renewed = Nieuwe activatielink
audit-action-platform-created = Platform aangemaakt
audit-action-operator-created = Servicedeskmedewerker aangemaakt
audit-action-operator-token-created = API-token aangemaakt
audit-action-access-denied = Toegang geweigerd

## Operator console
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
field-platform-name = Naam
field-domain = Domein
field-kind = Soort
field-default-language = Standaardtaal
kind-care = Zorgplatform
kind-content = Contentplatform (CMS)

## Errors
error-title = Er is iets dat je aandacht nodig heeft
error-login-failed = Het e-mailadres of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.
error-login-throttled = Er waren te veel pogingen. Wacht even en probeer het opnieuw.
error-login-throttled-until = Er waren te veel pogingen. Je kunt het opnieuw proberen na { $time }.
error-account-deactivated = Dit account is gedeactiveerd.
error-account-deactivated-login = Je account is op dit moment niet actief. Neem contact op met je zorgverlener of met de applicatiebeheerder van { $platform }.
error-activation-link-invalid = Deze link werkt niet (meer). Vraag degene die je uitnodigde om een nieuwe link.
error-activation-link-expired = Deze link is verlopen. Vraag degene die je uitnodigde om een nieuwe link.
error-password-too-short = Het wachtwoord is te kort. Gebruik minstens 12 tekens.
error-password-too-long = Het wachtwoord is te lang. Gebruik hoogstens 1024 tekens.
error-password-too-guessable = Dit wachtwoord is te makkelijk te raden. Probeer een paar losse woorden achter elkaar.
error-current-password-wrong = Je huidige wachtwoord klopt niet. Probeer het opnieuw.
error-email-invalid = Dit is geen geldig e-mailadres. Controleer het op typefouten.
error-email-taken = Dit e-mailadres wordt al gebruikt door een ander account op dit platform.
error-first-name-empty = Vul de voornaam in.
error-last-name-empty = Vul de achternaam in.
error-name-too-long = Een naam mag hoogstens 100 tekens hebben.
error-account-type-unknown = Kies een soort account.
error-role-unknown = Een van de rollen is onbekend.
error-roles-empty = Een professioneel account heeft minstens één rol nodig.
error-roles-not-allowed = Alleen professionele accounts hebben rollen.
error-account-status-unknown = Deze accountstatus is onbekend.
error-language-unknown = Deze taal is niet beschikbaar.
error-platform-name-empty = Vul de naam van het platform in.
error-platform-name-too-long = De naam van het platform mag hoogstens 100 tekens hebben.
error-platform-kind-unknown = Kies zorg of content als soort.
error-domain-invalid = Dit is geen geldig domein. Gebruik een naam als zorg.example.org, zonder https:// of pad.
error-domain-taken = Dit domein wordt al door een ander platform gebruikt.
error-platform-not-found = Dit platform is niet gevonden.
error-operator-not-found = Er is geen servicedeskmedewerker met dit e-mailadres.
error-account-not-found = Dit account is niet gevonden.
error-client-not-found = Er is geen cliënt met dit e-mailadres op dit platform.
error-email-not-found = Deze e-mail staat niet in de wachtrij, of kan niet opnieuw worden verstuurd.
error-remembered-device-not-found = Dit onthouden apparaat is niet gevonden.
error-not-allowed = Je mag dit niet doen.
error-duplicate = Dit bestaat al.
error-relation-types = Een koppeling verbindt een cliënt met een behandelaar.
error-last-application-manager = Het platform moet minstens één actieve applicatiebeheerder houden.
error-account-not-active = Dit kan alleen bij accounts die nog niet geactiveerd zijn.
error-not-signed-in = Log eerst in.
error-page-not-found = Deze pagina bestaat niet.
error-route-not-found = Deze API-route bestaat niet.
error-request-timeout = Dit duurde te lang. Probeer het zo nog eens.
error-invalid-json = De inhoud van het verzoek is geen geldige JSON voor deze aanroep.
error-unknown-parameter = Deze aanroep kent die parameter niet; controleer de spelling.
error-internal = Er ging bij ons iets mis. Probeer het later opnieuw.
error-invalid-field = Het veld { $field } heeft een waarde die deze aanroep niet accepteert: { $detail }.
error-missing-field = Het veld { $field } is verplicht.
error-unknown-field = Deze aanroep kent het veld { $field } niet; controleer de spelling.
error-invalid-query = De queryparameter { $field } heeft een waarde die deze aanroep niet accepteert: { $detail }.
error-invalid-path = De padparameter { $field } is niet geldig: { $detail }.
error-body-too-large = De inhoud van het verzoek is te groot; die mag hoogstens 2 MB zijn.
error-body-unreadable = De inhoud van het verzoek kon niet worden gelezen.
error-unsupported-media-type = Stuur de inhoud van het verzoek als JSON, met de header Content-Type: application/json.
error-method-not-allowed = Deze API-route kent deze methode niet.
error-bad-request = Het verzoek is niet geldig.
error-host-unknown = Op dit domein draait geen platform.
error-cross-origin-refused = Dit verzoek kwam van een andere site en is geweigerd.
error-database-unavailable = De database is nu niet bereikbaar. Probeer het zo opnieuw.

## Configurations
nav-settings = Instellingen
nav-charges = Kosten
settings-title = Instellingen
settings-intro = Dit zijn de configuraties die op je platform beschikbaar zijn. Sommige kun je zelf wijzigen; voor de andere neem je contact op met de servicedesk.
settings-none = Er zijn nog geen configuraties beschikbaar op dit platform. De servicedesk kan ze beschikbaar maken.
settings-back = Terug naar de instellingen
platforms-configurations = Configuraties
platforms-charges = Kosten van dit platform
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
email-signature-default = Met vriendelijke groet, { "{" }organisation_name{ "}" }

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
config-languages-help = Talen die naast de standaardtaal van het platform worden aangeboden. Iedereen kiest zijn taal in de accountinstellingen.
config-video-sessions = Videogesprekken
config-video-sessions-help = Behandelaars en hun cliënten kunnen in de browser videobellen. Gesprekken worden nooit opgenomen.
config-domain = Domein
config-domain-help = Het adres van het platform. Alleen de servicedesk wijzigt het, met een reden.

config-field-professionals = Professionele accounts
config-field-clients = Cliëntaccounts
config-field-friends = Accounts van naasten
config-field-warning-days = Waarschuwingsmail, dagen voor deactivering
config-field-deactivate-professionals = Inactieve professionele accounts deactiveren
config-field-deactivate-clients = Inactieve cliëntaccounts deactiveren
config-field-days-professionals = Dagen zonder activiteit (professionele accounts)
config-field-days-clients = Dagen zonder activiteit (cliëntaccounts)
config-field-remember-device = Code onthouden op een apparaat (professionele accounts)
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
email-kind-new-message = Nieuw bericht
email-kind-tool-assigned = Interventie toegewezen
email-kind-video-call-invitation = Uitnodiging voor een videogesprek

notice-configuration-saved = De configuratie is opgeslagen.
notice-configuration-made-available = De configuratie is nu beschikbaar op dit platform.
notice-configuration-withdrawn = De configuratie is ingetrokken. De waarde blijft bewaard voor als ze terugkomt.

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

error-configuration-invalid = Deze waarde is niet geldig.
error-configuration-not-available = Deze configuratie is niet beschikbaar op dit platform.
error-configuration-unknown = Er bestaat geen configuratie met deze naam.
error-date-invalid = Dit is geen geldige datum. Gebruik de vorm 2026-11-26.
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
audit-action-configuration-availability-changed = Configuratie beschikbaar gemaakt of ingetrokken
audit-action-configuration-changed = Configuratie gewijzigd

## Languages
language-switcher = Taal
language-switcher-submit = Toon in deze taal
language-not-offered = Je taal wordt op dit moment niet aangeboden op dit platform, daarom zie je { $language }. Je keuze blijft bewaard.
date-format = %d-%m-%Y %H:%M
platforms-edit = Naam en standaardtaal
platforms-edit-submit = Naam en taal opslaan
notice-platform-updated = Het platform is bijgewerkt.
audit-action-platform-updated = Platform gewijzigd

## E-mails. Elke regel van een tekst is een alinea. Zet { $link } op een eigen regel.
email-greeting-first-name = Hoi { $first_name },
email-greeting-first-name-and-surname = Hoi { $first_name } { $last_name },
email-footer = Dit is een automatische e-mail van { $organisation_name }. Antwoorden op deze e-mail worden niet gelezen.
email-account-invitation-subject = Je account bij { $organisation_name }
email-account-invitation-body =
    Er is een account voor je gemaakt bij { $organisation_name }.
    Kies om te beginnen je wachtwoord met deze link:
    { $link }
    De link werkt één keer, tot { $valid_until }. Werkt hij niet meer? Vraag dan degene die je uitnodigde om een nieuwe link.
email-password-reset-subject = Kies een nieuw wachtwoord voor { $organisation_name }
email-password-reset-body =
    Iemand vroeg om een nieuw wachtwoord voor je account bij { $organisation_name }. Was jij dat? Gebruik dan deze link:
    { $link }
    De link werkt één keer, tot { $valid_until }.
    Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren. Je wachtwoord blijft hetzelfde.
email-password-changed-subject = Je wachtwoord is gewijzigd
email-password-changed-body =
    Het wachtwoord van je account bij { $organisation_name } is zojuist gewijzigd.
    Was jij dat? Dan hoef je niets te doen.
    Was jij het niet? Neem dan meteen contact op met { $organisation_name }.
email-email-address-changed-subject = Je e-mailadres is gewijzigd
email-email-address-changed-body =
    Het e-mailadres van je account bij { $organisation_name } is gewijzigd. E-mails gaan voortaan naar het nieuwe adres.
    Was jij dat niet? Neem dan meteen contact op met { $organisation_name }.
email-friend-invitation-subject = { $inviter_first_name } nodigt je uit voor { $organisation_name }
email-friend-invitation-body =
    { $inviter_first_name } wil je graag uitnodigen voor { $organisation_name }.
    Kies je wachtwoord met deze link om de uitnodiging aan te nemen:
    { $link }
    De link werkt één keer, tot { $valid_until }.
email-account-deactivated-subject = Je account is gedeactiveerd
email-account-deactivated-body =
    Je account bij { $organisation_name } is op { $date } gedeactiveerd. Er is niets van je verwijderd.
    Wil je je account weer gebruiken? Neem dan contact op met { $organisation_name }.
email-deactivation-warning-subject = Je account wordt binnenkort gedeactiveerd
email-deactivation-warning-body =
    Je hebt je account bij { $organisation_name } al een tijd niet gebruikt. Op { $date } wordt het gedeactiveerd.
    Wil je het houden? Log dan voor die datum even in:
    { $link }
email-two-factor-set-up-subject = Tweestapsverificatie staat aan
email-two-factor-set-up-body =
    Je hebt tweestapsverificatie ingesteld voor je account bij { $organisation_name }. Voortaan heb je bij het inloggen een code nodig.
    Was jij dat niet? Neem dan meteen contact op met { $organisation_name }.
email-two-factor-reset-subject = Je tweestapsverificatie is gereset
email-two-factor-reset-body =
    Iemand van { $organisation_name } heeft de tweestapsverificatie van je account gereset. De volgende keer dat je inlogt, stel je die opnieuw in.
    Is dit niet met jou afgesproken? Neem dan meteen contact op met { $organisation_name }.
email-two-factor-disabled-subject = Tweestapsverificatie staat tijdelijk uit voor je account
email-two-factor-disabled-body =
    De tweestapsverificatie van je account bij { $organisation_name } staat uit tot { $date }.
    Na die datum heb je bij het inloggen weer een code nodig.
email-recovery-codes-renewed-subject = Je hebt nieuwe herstelcodes
email-recovery-codes-renewed-body =
    Er zijn nieuwe herstelcodes gemaakt voor je account bij { $organisation_name }. Je oude codes werken niet meer.
    Bewaar de nieuwe codes op een veilige plek.
    Was jij dat niet? Neem dan meteen contact op met { $organisation_name }.
email-recovery-code-used-subject = Er is een herstelcode gebruikt
email-recovery-code-used-body =
    Er is zojuist een herstelcode gebruikt om in te loggen op je account bij { $organisation_name }.
    Was jij dat? Stel dan in je accountinstellingen de tweestapsverificatie opnieuw in.
    Was jij het niet? Neem dan meteen contact op met { $organisation_name }.
email-new-message-subject = Je hebt een nieuw bericht
email-new-message-body =
    Er staat een nieuw bericht voor je klaar bij { $organisation_name }. Log in om het te lezen:
    { $link }
email-tool-assigned-subject = Er staat iets nieuws voor je klaar
email-tool-assigned-body =
    Er staat iets nieuws voor je klaar bij { $organisation_name }. Log in om het te bekijken:
    { $link }
email-video-call-invitation-subject = Je bent uitgenodigd voor een videogesprek
email-video-call-invitation-body =
    Je bent uitgenodigd voor een videogesprek bij { $organisation_name }. Log in om mee te doen:
    { $link }

## Password reset
login-forgot-link = Wachtwoord vergeten?
forgot-title = Wachtwoord vergeten?
forgot-intro = Vul je e-mailadres in. We sturen je een link om een nieuw wachtwoord te kiezen.
forgot-submit = Stuur me een link
forgot-sent = Als er een account is met dit e-mailadres, hebben we er een link naartoe gestuurd. Kijk in je inbox (en in je map met ongewenste e-mail). De link werkt een uur.
forgot-back-to-login = Terug naar de inlogpagina
reset-title = Kies een nieuw wachtwoord
reset-submit = Nieuw wachtwoord opslaan
notice-password-reset = Je nieuwe wachtwoord is opgeslagen. Je kunt er nu mee inloggen.
error-reset-link-invalid = Deze link werkt niet (meer). Op de inlogpagina kun je een nieuwe aanvragen.
error-reset-link-expired = Deze link is verlopen. Op de inlogpagina kun je een nieuwe aanvragen.
audit-action-password-reset-requested = Nieuw wachtwoord aangevraagd
audit-action-password-reset = Wachtwoord opnieuw ingesteld

## Friends
home-friends-heading = Mensen die dicht bij je staan
home-friends-intro = Je kunt iemand uitnodigen die dicht bij je staat, bijvoorbeeld een partner of een vriend. Diegene krijgt een eigen account en een e-mail om een wachtwoord te kiezen.
home-friends-none = Je hebt nog niemand uitgenodigd.
friends-invite-heading = Iemand uitnodigen
friends-invite-submit = Uitnodiging versturen
friends-end-link = Koppeling met { $name } beëindigen
notice-friend-invited = De uitnodiging is verstuurd.
notice-friend-link-ended = De koppeling is beëindigd. Die persoon kan niet meer inloggen.
audit-action-friend-link-ended = Koppeling met naaste beëindigd

## E-mail outbox (operator console)
nav-emails = E-mails
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
email-kind-account-invitation = Uitnodiging voor een account
email-kind-password-reset = Nieuw wachtwoord aanvragen
email-kind-password-changed = Wachtwoord gewijzigd
email-kind-email-address-changed = E-mailadres gewijzigd
email-kind-friend-invitation = Uitnodiging voor een naaste
email-kind-account-deactivated = Account gedeactiveerd
email-kind-deactivation-warning = Waarschuwing voor deactivering
email-kind-two-factor-set-up = Tweestapsverificatie ingesteld
email-kind-two-factor-reset = Tweestapsverificatie gereset
email-kind-two-factor-disabled = Tweestapsverificatie tijdelijk uit
email-kind-recovery-codes-renewed = Herstelcodes vernieuwd
email-kind-recovery-code-used = Herstelcode gebruikt

## Two-factor authentication
error-two-factor-code-wrong = Deze code klopt niet. Controleer de code en probeer het opnieuw.
audit-action-two-factor-set-up = Tweestapsverificatie ingesteld
audit-action-recovery-codes-renewed = Herstelcodes vernieuwd
audit-action-recovery-code-used = Herstelcode gebruikt
audit-action-two-factor-reset = Tweestapsverificatie gereset
audit-action-two-factor-waived = Tweestapsverificatie gepauzeerd
audit-action-two-factor-waiver-ended = Pauze van tweestapsverificatie beëindigd
audit-action-remembered-device-revoked = Onthouden apparaat vergeten
audit-action-sms-code-sent = Code verstuurd per sms

## Two-factor authentication: login, set-up, own settings, resets and pauses
sms-code-text = { $code } is je inlogcode voor { $platform }. Hij werkt 10 minuten. Geef deze code nooit aan iemand anders.
two-factor-title = Tweestapsverificatie
next = Volgende
back = Terug
field-code = Code
field-phone = Mobiel telefoonnummer
field-recovery-code = Herstelcode
field-reason-optional = Reden (optioneel)
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
two-factor-device-first = Eerst gebruikt
two-factor-device-last = Laatst gebruikt
two-factor-device-until = Onthouden tot
two-factor-device-forget = Vergeten
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
notice-device-revoked = Het apparaat wordt niet meer onthouden. Bij de volgende keer inloggen is een code nodig.
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
error-waiver-not-needed = Pauzeren kan alleen als tweestapsverificatie verplicht is voor professionele accounts.
error-two-factor-off = Tweestapsverificatie staat uit voor je account.
error-two-factor-not-set-up = Tweestapsverificatie is niet ingesteld. Begin opnieuw.

## Inactivity
audit-action-inactivity-warning-sent = Waarschuwing voor deactivering verstuurd
audit-action-deactivation-skipped = Deactivering overgeslagen
inactivity-type-professional = Professionele accounts
inactivity-type-client = Cliëntaccounts
inactivity-off = uit
inactivity-days =
    { $count ->
        [one] 1 dag
       *[other] { $count } dagen
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } dagen
inactivity-bucket-open = { $from } dagen of meer
inactivity-chart-title = Accounts naar dagen sinds hun laatste activiteit
inactivity-chart-summary = Staven voor { $professionals } professionele accounts en { $clients } cliëntaccounts; stippellijnen markeren de grenzen uit het formulier. Nu zitten { $now } accounts daarboven. De tabel hieronder bevat dezelfde aantallen.
inactivity-chart-axis = Dagen sinds laatste activiteit
inactivity-limit-professional =
    { $count ->
        [one] professionele accounts: 1 dag
       *[other] professionele accounts: { $count } dagen
    }
inactivity-limit-client =
    { $count ->
        [one] cliëntaccounts: 1 dag
       *[other] cliëntaccounts: { $count } dagen
    }
inactivity-preview-heading = Wat deze dagen zouden doen
inactivity-preview-intro = Nu geteld, met de dagen uit het formulier. Er verandert niets tot je opslaat.
inactivity-preview-type = Accounts
inactivity-preview-days = Grens
inactivity-preview-accounts = Actieve accounts
inactivity-preview-now = Direct gedeactiveerd
inactivity-preview-next-30 = Gedeactiveerd in de komende 30 dagen
inactivity-preview-button = Toon het effect
inactivity-confirm =
    { $count ->
        [one] Ik heb de aantallen gecontroleerd: opslaan deactiveert direct 1 account
       *[other] Ik heb de aantallen gecontroleerd: opslaan deactiveert direct { $count } accounts
    }
error-confirmation-needed = Hiermee wordt in één keer meer dan 10 % van de actieve accounts van één type gedeactiveerd. Controleer de aantallen hieronder en vink het vakje aan om te bevestigen.

audit-action-anonymous-entries-summarised = Herhaalde pogingen zonder inloggen samengevat
audit-action-reauthentication-failed = Bevestigen met wachtwoord mislukt
audit-action-email-change-requested = Nieuw e-mailadres aangevraagd
audit-action-email-change-confirmed = Nieuw e-mailadres bevestigd
audit-action-account-viewed = Account bekeken
audit-action-accounts-listed = Accountlijst bekeken
audit-action-audit-log-viewed = Auditlog bekeken
audit-action-audit-log-exported = Auditlog geëxporteerd
audit-action-charges-exported = Kosten geëxporteerd
audit-action-email-retried = E-mail opnieuw in de wachtrij gezet
audit-action-operator-token-revoked = API-token ingetrokken
audit-action-operator-token-used = API-token gebruikt
audit-action-operator-disabled = Servicedeskmedewerker uitgeschakeld

email-email-change-confirmation-subject = Bevestig je nieuwe e-mailadres voor { $organisation_name }
email-email-change-confirmation-body =
    Iemand vroeg om dit e-mailadres te gebruiken voor zijn of haar account bij { $organisation_name }. Was jij dat? Bevestig het dan met deze link:
    { $link }
    De link werkt één keer, tot { $valid_until }. Tot dan blijft het oude adres in gebruik.
    Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren.
email-email-address-in-use-subject = Je e-mailadres bij { $organisation_name }
email-email-address-in-use-body =
    Iemand probeerde dit e-mailadres te gebruiken voor een ander account bij { $organisation_name }. Het hoort al bij jouw account, dus er is niets veranderd.
    Was jij dat? Log dan in met dit adres: { $platform_url }
    Wachtwoord vergeten? Kies dan "Wachtwoord vergeten?" op de inlogpagina.
email-kind-email-change-confirmation = Nieuw e-mailadres bevestigen
email-kind-email-address-in-use = E-mailadres al in gebruik
confirm-title = Bevestig dat jij het bent
confirm-intro = Voor je veiligheid: typ je wachtwoord voordat je je e-mailadres of je tweestapsverificatie wijzigt.
confirm-password = Je wachtwoord
confirm-submit = Bevestigen
notice-confirmed = Dank je. Je kunt de wijziging nu doen.
error-own-email-change-by-link = Wijzig je eigen e-mailadres bij Mijn account: we sturen een bevestigingslink naar het nieuwe adres.
error-email-change-link-invalid = Deze bevestigingslink werkt niet (meer). Wijzig je e-mailadres opnieuw bij Mijn account.
notice-email-change-requested = We hebben een bevestigingslink naar het nieuwe adres gestuurd. Je e-mailadres verandert zodra je die opent.
notice-email-changed = Je e-mailadres is gewijzigd.
email-change-title = Bevestig je nieuwe e-mailadres
email-change-intro = Bevestig dat { $email } het e-mailadres van je account wordt.
email-change-submit = Nieuw adres bevestigen
error-password-confirmation-required = Bevestig eerst je wachtwoord.
audit-action-operator-enabled = Servicedeskmedewerker weer ingeschakeld
error-operator-disabled = Deze servicedeskmedewerker is uitgeschakeld.
error-token-not-found = Er is geen API-token met dit id.
my-account-email-hint = Een nieuw adres wordt gebruikt zodra je de bevestigingslink opent die we ernaartoe sturen.
