# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

## E-mails. Hver linje i en tekst er et afsnit. Sæt { $link } på en linje for sig selv.

email-signature-default = Venlig hilsen { "{" }organisation_name{ "}" }

email-kind-new-message = Ny besked
email-kind-tool-assigned = Intervention tildelt
email-kind-video-call-invitation = Invitation til videosamtale
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
email-kind-email-change-confirmation = Bekræft ny e-mailadresse
email-kind-email-address-in-use = E-mailadressen er allerede i brug

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
    { $organisation_name } er den online behandlingsplatform, som { $inviter_first_name } bruger. Som pårørende får du din egen konto. Du ser, hvem der har inviteret dig, og hvad { $inviter_first_name } deler med dig; du ser ikke behandlingen, beskederne eller resultaterne.
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
    Tofaktorgodkendelse for din konto hos { $organisation_name } er sat på pause indtil { $date }.
    Efter den dato skal du igen bruge en kode, når du logger ind.
email-recovery-codes-renewed-subject = Du har nye gendannelseskoder
email-recovery-codes-renewed-body =
    Der er lavet nye gendannelseskoder til din konto hos { $organisation_name }. Dine gamle koder virker ikke længere.
    Opbevar de nye koder et sikkert sted.
    Var det ikke dig? Kontakt { $organisation_name } med det samme.
email-recovery-code-used-subject = En gendannelseskode er blevet brugt
email-recovery-code-used-body =
    Der er lige blevet brugt en gendannelseskode til at logge ind på din konto hos { $organisation_name }.
    Var det dig? Så sæt tofaktorgodkendelse op igen under Min konto.
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

# The button-like link in the HTML part of an e-mail.
email-link-button = Åbn linket

email-contact = Spørgsmål? Skriv til { $organisation_name }: { $address }
