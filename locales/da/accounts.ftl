# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

accounts-title = Konti
accounts-new = Ny konto
accounts-new-client = Ny patient
accounts-filter = Filtrér konti
accounts-search = Navn eller e-mailadresse
accounts-apply-filter = Anvend filter
accounts-count = { $count ->
    [0] Ingen konti fundet.
    [one] 1 konto fundet.
   *[other] { $count } konti fundet.
}
account-new-title = Ny konto
account-new-roles = Roller (for medarbejderkonti)
account-new-submit = Opret konto
account-activation-link = Aktiveringslink
account-activation-link-help = Giv dette link til den person, kontoen er til. Det virker én gang og i 7 dage. Med linket vælger personen sin adgangskode.
account-friend-of = Pårørende til { $name }
account-professionals = Behandlere
account-no-professionals = Der er endnu ingen behandler knyttet til denne patient.
account-unrelate = Afslut tilknytningen til { $name }
account-relate-label = Behandler
account-relate = Tilknyt
account-clients = Patienter
account-friends = Pårørende
account-roles-heading = Roller
account-roles-save = Gem roller
account-actions = Handlinger
account-renew-link = Nyt aktiveringslink
account-deactivate = Deaktivér konto
account-reactivate = Genaktivér konto

account-type-professional = Medarbejderkonto
account-type-client = Patient
account-type-friend = Pårørende
role-professional = Behandler
role-secretary = Sekretær
role-application-manager = Applikationsansvarlig
status-invited = Inviteret
status-active = Aktiv
status-deactivated = Deaktiveret

notice-account-created = Kontoen er oprettet.
notice-roles-saved = Rollerne er gemt.
notice-relation-added = Patienten og behandleren er nu knyttet til hinanden.
notice-relation-removed = Tilknytningen er afsluttet.
notice-account-deactivated = Kontoen er deaktiveret. Den kan ikke længere bruges til at logge ind.
notice-account-reactivated = Kontoen er aktiv igen.
notice-account-reactivated-invited = Kontoen er inviteret igen, fordi indehaveren aldrig har valgt en adgangskode. Send et nyt aktiveringslink.
notice-activation-link-renewed = Et nyt aktiveringslink er klar. Tidligere links virker ikke længere.

error-account-deactivated = Denne konto er deaktiveret.
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
error-account-not-found = Kontoen blev ikke fundet.
error-client-not-found = Ingen patient har denne e-mailadresse på denne platform.
error-relation-types = En tilknytning forbinder en patient med en behandler.
error-last-application-manager = Platformen skal beholde mindst én aktiv applikationsansvarlig.
error-account-not-active = Det er kun muligt for konti, der endnu ikke er aktiveret.

account-deactivate-question = Deaktivér kontoen for { $name }?
account-deactivate-no-login = { $name } kan ikke længere logge ind. Åbne sessioner slutter nu.
account-deactivate-email = En e-mail til { $email } fortæller, at kontoen er deaktiveret.
account-deactivate-undo = Du kan genaktivere kontoen senere. Intet bliver slettet.

account-new-email-help = Til denne adresse sendes en invitation med et link til at vælge en adgangskode.
account-activation-link-copy = Kopiér link
account-activation-link-copied = Linket er kopieret.
notice-account-invited = Kontoen er oprettet. En invitation med aktiveringslinket er på vej til { $email }.

role-author = Forfatter
role-publisher = Udgiver
error-role-not-on-this-platform = Forfattere og udgivere findes kun på indholdsplatforme.
