# Kalm — dansk. Uformel tiltale (»du«), som det er almindeligt i det danske sundhedsvæsen; korte sætninger, sig hvad næste skridt er, giv aldrig skylden.

my-account-title = Min konto
my-account-profile = Dine oplysninger
my-account-password = Skift din adgangskode
my-account-change-password = Skift adgangskode

notice-profile-saved = Dine oplysninger er gemt.
notice-password-changed = Din adgangskode er ændret. Du er stadig logget ind her. På andre enheder er du logget ud.

error-current-password-wrong = Din nuværende adgangskode er ikke rigtig. Prøv igen.

confirm-title = Bekræft, at det er dig
confirm-intro = For din sikkerheds skyld: skriv din adgangskode, før du ændrer din e-mailadresse eller din totrinsbekræftelse.
confirm-password = Din adgangskode
confirm-submit = Bekræft
notice-confirmed = Tak. Du kan nu foretage ændringen.
error-own-email-change-by-link = Skift din egen e-mailadresse under Min konto: der sendes et bekræftelseslink til den nye adresse.
error-email-change-link-invalid = Dette bekræftelseslink virker ikke. Måske er det allerede brugt, eller der mangler en del af det. Skift din e-mailadresse igen under Min konto.
notice-email-change-requested = Vi har sendt et bekræftelseslink til den nye adresse. Din e-mailadresse ændres, når du åbner det.
notice-email-changed = Din e-mailadresse er ændret.
email-change-title = Bekræft din nye e-mailadresse
email-change-intro = Bekræft, at { $email } bliver e-mailadressen for din konto.
email-change-submit = Bekræft ny adresse
error-password-confirmation-required = Bekræft først din adgangskode.
my-account-email-hint = En ny adresse bruges, når du åbner det bekræftelseslink, vi sender til den.

my-account-time-zone-hint = Tidspunkter på dette websted og i dets e-mails vises i denne tidszone.
my-account-time-zone-platform = Platformens: { $zone }
