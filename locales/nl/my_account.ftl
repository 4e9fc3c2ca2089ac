# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

my-account-title = Mijn account
my-account-profile = Je gegevens
my-account-password = Wachtwoord wijzigen
my-account-change-password = Wachtwoord wijzigen

notice-profile-saved = Je gegevens zijn opgeslagen.
notice-password-changed = Je wachtwoord is gewijzigd. Hier blijf je ingelogd; op andere apparaten ben je uitgelogd.

error-current-password-wrong = Je huidige wachtwoord klopt niet. Probeer het opnieuw.

confirm-title = Bevestig dat jij het bent
confirm-intro = Voor je veiligheid: typ je wachtwoord voordat je je e-mailadres of je tweestapsverificatie wijzigt.
confirm-password = Je wachtwoord
confirm-submit = Bevestigen
notice-confirmed = Dank je. Je kunt de wijziging nu doen.
error-own-email-change-by-link = Wijzig je eigen e-mailadres bij Mijn account: we sturen een bevestigingslink naar het nieuwe adres.
error-email-change-link-invalid = Deze bevestigingslink werkt niet. Misschien is hij al gebruikt, of ontbreekt er een stuk. Wijzig je e-mailadres opnieuw bij Mijn account.
notice-email-change-requested = We hebben een bevestigingslink naar het nieuwe adres gestuurd. Je e-mailadres verandert zodra je die opent.
notice-email-changed = Je e-mailadres is gewijzigd.
email-change-title = Bevestig je nieuwe e-mailadres
email-change-intro = Bevestig dat { $email } het e-mailadres van je account wordt.
email-change-submit = Nieuw adres bevestigen
error-password-confirmation-required = Bevestig eerst je wachtwoord.
my-account-email-hint = Een nieuw adres wordt gebruikt zodra je de bevestigingslink opent die we ernaartoe sturen.

my-account-time-zone-hint = Tijden op deze site en in de e-mails ervan zie je in deze tijdzone.
my-account-time-zone-platform = Die van het platform: { $zone }
