# Kalm — English. Plain words: short sentences, say what to do next, never blame.

settings-title = Settings
# A configuration: one feature or rule of a platform (two-factor authentication, languages, e-mails, …). The service desk makes it available, possibly at a charge; some have settings the application manager can change.
settings-intro = These are the configurations available on your platform. Some you can change yourself; for the others, contact the service desk.
settings-none = No configurations are available on this platform yet. The service desk can make them available.
settings-back = Back to the settings
config-back-to-platform = Back to { $platform }
config-state = State
config-state-available = Available
config-state-unavailable = Not available
config-state-always = Always in effect
config-editor = Who can change it
config-editor-service-desk = The service desk
config-editor-application-manager = The application manager
config-charge = Charge
config-charge-free = No charge
config-charge-when-made-available = Charged when made available
config-charge-every-change = Charged for every change
config-availability = Availability
config-make-available = Make available
config-withdraw = Withdraw
config-value = Value
config-save = Save
# The account manager: the person at the company running Kalm who looks after this organisation as a customer. Not the application manager.
config-ask-service-desk = Only the service desk can change this. Ask them through your account manager or by e-mail.
config-on = On
config-off = Off
config-none = None
config-range = Between { $min } and { $max }.
config-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
config-after-days = { $days ->
    [one] after 1 day without activity
   *[other] after { $days } days without activity
}
config-emails-essential = E-mails about logging in and security are always sent.
config-signature-help = Plain text. You may use { "{" }organisation_name{ "}" }. Leave empty for the standard signature.
config-domain-reason-help = Why the address changes (required). Every change is charged.

config-inactivity-deactivation = Deactivate inactive accounts
config-inactivity-deactivation-help = Accounts without activity for a number of days are deactivated automatically. Choose the period with care: people who are away for a while lose access.
config-login-methods = Login methods
config-login-methods-help = Which groups may log in with their e-mail address and password.
config-two-factor = Two-factor authentication
config-two-factor-help = An extra code at login, from an authenticator app or by text message.
config-emails = E-mails
config-emails-help = Switch off e-mails that are not essential, for example when an integration notifies people itself.
config-email-greeting = E-mail greeting
config-email-greeting-help = How e-mails greet the recipient.
config-email-signature = E-mail signature
config-email-signature-help = The closing line of every e-mail, per language.
config-languages = Languages
config-languages-help = Languages offered besides the platform's default language. People choose theirs on My account.
config-video-sessions = Video calls
config-video-sessions-help = Professionals and their clients can hold video calls in the browser. Calls are never recorded.
config-domain = Domain
config-domain-help = The address of the platform. Only the service desk changes it, with a reason.

config-field-professionals = Professional accounts
config-field-clients = Client accounts
config-field-friends = Friend accounts
config-field-warning-days = Warning e-mail, days before deactivation
config-field-deactivate-professionals = Deactivate inactive professional accounts
config-field-deactivate-clients = Deactivate inactive client accounts
config-field-days-professionals = Days without activity (professional accounts)
config-field-days-clients = Days without activity (client accounts)
config-field-remember-device = How long a device is remembered (professional accounts)
config-field-switched-off = E-mails switched off
config-field-greeting = Greeting
config-field-signature = Signature
config-field-languages = Extra languages
config-field-video-sessions = Video calls
config-field-domain = Domain
config-field-reason = Reason
config-field-note = Note
config-field-key = Configuration
config-field-value = Value
config-field-since = From
config-option-off = Off
config-option-optional = Optional
config-option-required = Required
config-option-never = No, always ask for the code
config-option-12-hours = 12 hours
config-option-3-days = 3 days
config-option-1-week = 1 week
config-option-first-name = Hi [first name]
config-option-first-name-and-surname = Hi [first name] [surname]

notice-configuration-saved = The configuration is saved.
notice-configuration-made-available = The configuration is now available on this platform.
notice-configuration-withdrawn = The configuration is withdrawn. Its value is kept for when it returns.

error-configuration-invalid = This value is not valid.
error-configuration-not-available = This configuration is not available on this platform.
error-configuration-unknown = There is no configuration with this name.
error-config-missing = { $field }: please fill this in.
error-config-not-a-boolean = { $field }: choose on or off.
error-config-not-a-whole-number = { $field }: enter a whole number.
error-config-not-text = { $field }: enter text.
error-config-not-a-list = { $field }: this must be a list.
error-config-not-an-object = { $field }: this has the wrong form.
error-config-out-of-range = { $field }: choose a number from { $min } to { $max }.
error-config-not-one-of = { $field }: choose one of { $allowed }.
error-config-unknown-field = { $field } is not a setting of this configuration.
error-config-too-long = { $field }: use at most { $max } characters.
error-config-markup = { $field }: use plain text only, without links, markup or images.
error-config-unknown-placeholder = { $field }: { $placeholder } is not a placeholder that can be used here.
error-config-invalid-domain = { $field }: this is not a valid domain. Use a name like care.example.org.
error-config-locks-out = { $field }: password login cannot be switched off while this group has no other way to log in.
error-config-warning-too-early = { $field }: warnings must start after the last activity. Choose fewer days than the shortest period ({ $days } days), or 0 for no warnings.

config-ask-service-desk-at = Only the service desk can change this. Ask them by e-mail: { $address }
