# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

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
account-new-title = Nieuw account
account-new-roles = Rollen (voor medewerkersaccounts)
account-new-submit = Account aanmaken
account-activation-link = Activatielink
account-activation-link-help = Geef deze link aan de persoon voor wie het account is. Hij werkt één keer, 7 dagen lang. Daarmee kiest die persoon een wachtwoord.
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

account-type-professional = Medewerkersaccount
account-type-client = Cliënt
account-type-friend = Naaste
role-professional = Behandelaar
role-secretary = Secretariaat
role-application-manager = Applicatiebeheerder
status-invited = Uitgenodigd
status-active = Actief
status-deactivated = Gedeactiveerd

notice-account-created = Het account is aangemaakt.
notice-roles-saved = De rollen zijn opgeslagen.
notice-relation-added = De cliënt en de behandelaar zijn nu gekoppeld.
notice-relation-removed = De koppeling is beëindigd.
notice-account-deactivated = Het account is gedeactiveerd. Er kan niet meer mee worden ingelogd.
notice-account-reactivated = Het account is weer actief.
notice-account-reactivated-invited = Het account staat weer op uitgenodigd, want de eigenaar heeft nooit een wachtwoord gekozen. Stuur een nieuwe activatielink.
notice-activation-link-renewed = Er is een nieuwe activatielink. Eerdere links werken niet meer.

error-account-deactivated = Dit account is gedeactiveerd.
error-email-invalid = Dit is geen geldig e-mailadres. Controleer het op typefouten.
error-email-taken = Dit e-mailadres wordt al gebruikt door een ander account op dit platform.
error-first-name-empty = Vul de voornaam in.
error-last-name-empty = Vul de achternaam in.
error-name-too-long = Een naam mag hoogstens 100 tekens hebben.
error-account-type-unknown = Kies een soort account.
error-role-unknown = Een van de rollen is onbekend.
error-roles-empty = Een medewerkersaccount heeft minstens één rol nodig.
error-roles-not-allowed = Alleen medewerkersaccounts hebben rollen.
error-account-status-unknown = Deze accountstatus is onbekend.
error-account-not-found = Dit account is niet gevonden.
error-client-not-found = Er is geen cliënt met dit e-mailadres op dit platform.
error-relation-types = Een koppeling verbindt een cliënt met een behandelaar.
error-last-application-manager = Het platform moet minstens één actieve applicatiebeheerder houden.
error-account-not-active = Dit kan alleen bij accounts die nog niet geactiveerd zijn.

account-deactivate-question = Het account van { $name } deactiveren?
account-deactivate-no-login = { $name } kan niet meer inloggen. Wie nu is ingelogd, wordt meteen uitgelogd.
account-deactivate-email = Er gaat een e-mail naar { $email } dat het account is gedeactiveerd.
account-deactivate-undo = Je kunt het account later weer activeren. Er wordt niets verwijderd.

account-new-email-help = Op dit adres komt een uitnodiging met een link om een wachtwoord te kiezen.
account-activation-link-copy = Link kopiëren
account-activation-link-copied = De link is gekopieerd.
notice-account-invited = Het account is aangemaakt. Er is een uitnodiging met de activatielink onderweg naar { $email }.

role-author = Auteur
role-publisher = Uitgever
error-role-not-on-this-platform = Auteurs en uitgevers zijn er alleen op contentplatforms.
