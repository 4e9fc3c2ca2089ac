# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

## E-mails. Elke regel van een tekst is een alinea. Zet { $link } op een eigen regel.

email-signature-default = Met vriendelijke groet, { "{" }organisation_name{ "}" }

email-kind-new-message = Nieuw bericht
email-kind-tool-assigned = Interventie toegewezen
email-kind-video-call-invitation = Uitnodiging voor een videogesprek
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
email-kind-email-change-confirmation = Nieuw e-mailadres bevestigen
email-kind-email-address-in-use = E-mailadres al in gebruik

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
    { $organisation_name } is het online zorgplatform dat { $inviter_first_name } gebruikt. Als naaste krijg je een eigen account. Je ziet wie je heeft uitgenodigd en wat { $inviter_first_name } met je deelt; de behandeling, berichten en resultaten zie je niet.
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
    De tweestapsverificatie van je account bij { $organisation_name } is gepauzeerd tot { $date }.
    Na die datum heb je bij het inloggen weer een code nodig.
email-recovery-codes-renewed-subject = Je hebt nieuwe herstelcodes
email-recovery-codes-renewed-body =
    Er zijn nieuwe herstelcodes gemaakt voor je account bij { $organisation_name }. Je oude codes werken niet meer.
    Bewaar de nieuwe codes op een veilige plek.
    Was jij dat niet? Neem dan meteen contact op met { $organisation_name }.
email-recovery-code-used-subject = Er is een herstelcode gebruikt
email-recovery-code-used-body =
    Er is zojuist een herstelcode gebruikt om in te loggen op je account bij { $organisation_name }.
    Was jij dat? Stel dan bij Mijn account de tweestapsverificatie opnieuw in.
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

# The button-like link in the HTML part of an e-mail.
email-link-button = Open de link

email-contact = Vragen? Stuur een e-mail naar { $organisation_name }: { $address }
