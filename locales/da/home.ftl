# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

home-title = Forside
home-welcome = Velkommen, { $name }
home-manager = Du administrerer kontiene på denne platform.
home-secretary = Du hjælper behandlere og deres patienter.
home-professional = Her finder du de patienter, du arbejder med.
home-client = Her finder du de mennesker, der støtter dig.
home-friend = En patient har inviteret dig til denne platform.
home-friend-of = { $name } har inviteret dig til denne platform.
home-operator = Du er logget ind med et servicedesk-token.
home-your-clients = Dine patienter
home-no-clients = Du har ingen patienter endnu.
home-your-professionals = Dine behandlere
home-no-professionals = Der er endnu ingen behandler knyttet til din konto.

home-friends-heading = Dine pårørende
home-friends-intro = Du kan invitere en, der står dig nær, for eksempel en partner eller en ven. Personen får sin egen konto og en e-mail til at vælge en adgangskode.
home-friends-none = Du har ikke inviteret nogen endnu.
friends-invite-heading = Invitér en pårørende
friends-invite-submit = Send invitation
friends-end-link = Afslut forbindelsen til { $name }
notice-friend-invited = Invitationen er sendt.
notice-friend-link-ended = Forbindelsen er afsluttet. Personen kan ikke længere logge ind.

friends-end-question = Afslut forbindelsen til { $name }?
friends-end-no-login = { $name } kan ikke længere logge ind.
friends-end-sees-nothing = { $name } kan ikke længere se noget af dit her.
friends-end-undo = Det kan ikke fortrydes, men du kan invitere { $name } igen senere.
friends-end-submit = Afslut forbindelsen
