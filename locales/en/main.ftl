# Kalm — English. Plain words: short sentences, say what to do next, never blame.

product-name = Kalm
console-name = Kalm service desk
skip-to-content = Skip to main content
nav-label = Main menu
nav-home = Home
nav-accounts = Accounts
nav-audit = Audit log
nav-my-account = My account
nav-platforms = Platforms
signed-in-as = Signed in as { $name }
logout = Log out
back-home = Go to the home page
save = Save
never = Never
filter-any = Any

## Login
login-title = Log in
login-intro = Log in to { $platform } with your e-mail address and password.
console-login-intro = Log in to the service desk console.
console-two-factor-required = The service desk console asks every operator for a second factor. Set up an authenticator app to continue.
console-two-factor-code = Open your authenticator app. Type the 6-digit code it shows for the Kalm service desk.
console-two-factor-help = Ask another service desk operator, or whoever runs the server, to run “kalm operator two-factor reset” there. At your next login you then set up your authenticator app again.
login-submit = Log in
field-email = E-mail address
field-password = Password

## Activation
activate-title = Set your password
activate-welcome = Welcome, { $name }
activate-intro = Choose a password for your new account. You will use it to log in.
activate-submit = Save password and continue
password-rules = Use at least 12 characters. A few unrelated words in a row work well. Avoid your name and common passwords.
field-new-password = New password
field-current-password = Current password

## Home
home-title = Home
home-welcome = Welcome, { $name }
home-manager = You manage the accounts of this platform.
home-secretary = You support professionals and their clients.
home-professional = Here you find the clients you work with.
home-client = Here you find the people who support you.
home-friend = A client invited you to this platform.
home-friend-of = { $name } invited you to this platform.
home-operator = You are signed in with a service desk token.
home-your-clients = Your clients
home-no-clients = You have no clients yet.
home-your-professionals = Your professionals
home-no-professionals = No professional is linked to your account yet.

## My account
my-account-title = My account
my-account-profile = Your details
my-account-password = Change your password
my-account-change-password = Change password
field-first-name = First name
field-last-name = Surname
field-language = Language

## Accounts
accounts-title = Accounts
accounts-new = New account
accounts-new-client = New client
accounts-filter = Filter accounts
accounts-search = Name or e-mail address
accounts-apply-filter = Apply filter
accounts-count = { $count ->
    [0] No accounts found.
    [one] 1 account found.
   *[other] { $count } accounts found.
}
field-name = Name
field-account-type = Account type
field-role = Role
field-roles = Roles
field-status = Status
field-last-activity = Last activity
field-created = Created
account-new-title = New account
account-new-roles = Roles (for professional accounts)
account-new-submit = Create account
account-activation-link = Activation link
account-activation-link-help = Give this link to the new user. It works once, for 7 days. With it they choose their password.
account-friend-of = Friend of { $name }
account-professionals = Professionals
account-no-professionals = No professional is related to this client yet.
account-unrelate = End relation with { $name }
account-relate-label = Professional
account-relate = Relate
account-clients = Clients
account-friends = Friends
account-roles-heading = Roles
account-roles-save = Save roles
account-actions = Actions
account-renew-link = New activation link
account-deactivate = Deactivate account
account-reactivate = Reactivate account

account-type-professional = Professional account
account-type-client = Client
account-type-friend = Friend
role-professional = Professional
role-secretary = Secretary
role-application-manager = Application manager
status-invited = Invited
status-active = Active
status-deactivated = Deactivated

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

## Notices after a change
notice-account-activated = Your password is saved. You can log in now.
notice-profile-saved = Your details are saved.
notice-password-changed = Your password is changed. You stay logged in here; other devices are logged out.
notice-account-created = The account is created.
notice-roles-saved = The roles are saved.
notice-relation-added = The client and the professional are now related.
notice-relation-removed = The relation has ended.
notice-account-deactivated = The account is deactivated. It can no longer log in.
notice-account-reactivated = The account is active again.
notice-account-reactivated-invited = The account is reactivated. Its holder never set a password, so it is invited again: send a new activation link.
notice-activation-link-renewed = A new activation link is ready. Earlier links no longer work.

## Audit log
audit-title = Audit log
audit-filter = Filter the audit log
audit-account = Account (e-mail address or id)
audit-action = Action
audit-since = From
audit-until = Until
audit-when = When
audit-who = Who
audit-target = Target
audit-outcome = Outcome
audit-source = Source address
audit-detail = Detail
field-platform = Platform (domain or id)
actor-operator = Service desk
actor-account = Account
actor-system = System
actor-anonymous = Not signed in
outcome-success = Success
outcome-failure = Failure
outcome-denied = Denied
audit-action-login-succeeded = Logged in
audit-action-login-failed = Login failed
audit-action-login-throttled = Login paused after too many attempts
audit-action-logout = Logged out
audit-action-account-created = Account created
audit-action-account-updated = Account changed
audit-action-account-activated = Account activated
audit-action-roles-changed = Roles changed
audit-action-relation-added = Relation added
audit-action-relation-removed = Relation ended
audit-action-account-deactivated = Account deactivated
audit-action-account-reactivated = Account reactivated
audit-action-password-changed = Password changed
audit-action-activation-link-renewed = New activation link
audit-action-platform-created = Platform created
audit-action-operator-created = Service desk operator created
audit-action-operator-token-created = API token created
audit-action-access-denied = Access denied

## Operator console
platforms-title = Platforms
platforms-new = New platform
platforms-none = There are no platforms yet.
platforms-create = Create platform
platforms-domain-help = The address people use, for example care.example.org. Without https:// and without a path.
platforms-account-count = Accounts
platforms-id = Id
platforms-audit = Audit log of this platform
platforms-add-manager = Add an application manager
platforms-add-manager-submit = Add application manager
field-platform-name = Name
field-domain = Domain
field-kind = Kind
field-default-language = Default language
kind-care = Care platform
kind-content = Content platform (CMS)

## Errors
error-title = Something needs your attention
error-login-failed = The e-mail address or password is not right. Check both and try again.
error-login-throttled = There were too many attempts. Wait a moment and try again.
error-login-throttled-until = There were too many attempts. You can try again after { $time }.
error-account-deactivated = This account is deactivated.
error-account-deactivated-login = Your account is not active at the moment. Please contact your care provider or the application manager of { $platform }.
error-activation-link-invalid = This link does not work (any more). Ask the person who invited you for a new link.
error-activation-link-expired = This link has expired. Ask the person who invited you for a new link.
error-password-too-short = The password is too short. Use at least 12 characters.
error-password-too-long = The password is too long. Use at most 1024 characters.
error-password-too-guessable = This password is too easy to guess. Try a few unrelated words in a row.
error-current-password-wrong = Your current password is not right. Please try again.
error-email-invalid = This is not a valid e-mail address. Check it for typing errors.
error-email-taken = This e-mail address is already used by another account on this platform.
error-first-name-empty = Please fill in the first name.
error-last-name-empty = Please fill in the surname.
error-name-too-long = A name can have at most 100 characters.
error-account-type-unknown = Choose an account type.
error-role-unknown = One of the roles is not known.
error-roles-empty = A professional account needs at least one role.
error-roles-not-allowed = Only professional accounts have roles.
error-account-status-unknown = This account status is not known.
error-language-unknown = This language is not available.
error-platform-name-empty = Please fill in the platform name.
error-platform-name-too-long = The platform name can have at most 100 characters.
error-platform-kind-unknown = Choose care or content as the kind.
error-domain-invalid = This is not a valid domain. Use a name like care.example.org, without https:// or a path.
error-domain-taken = This domain is already used by another platform.
error-platform-not-found = This platform was not found.
error-operator-not-found = No service desk operator has this e-mail address.
error-account-not-found = This account was not found.
error-client-not-found = No client has this e-mail address on this platform.
error-email-not-found = This e-mail is not in the outbox, or it cannot be sent again.
error-remembered-device-not-found = This remembered device was not found.
error-not-allowed = You are not allowed to do this.
error-duplicate = This already exists.
error-relation-types = A relation links a client to a professional.
error-last-application-manager = The platform must keep at least one active application manager.
error-account-not-active = This is only possible for accounts that have not been activated yet.
error-not-signed-in = Please log in first.
error-page-not-found = This page does not exist.
error-route-not-found = This API route does not exist.
error-request-timeout = This took too long. Please try again in a moment.
error-invalid-json = The request body is not valid JSON for this call.
error-unknown-parameter = This call does not take that parameter; check its spelling.
error-internal = Something went wrong on our side. Please try again later.
error-invalid-field = The field { $field } has a value this call does not accept: { $detail }.
error-missing-field = The field { $field } is required.
error-unknown-field = This call does not take the field { $field }; check its spelling.
error-invalid-query = The query parameter { $field } has a value this call does not accept: { $detail }.
error-invalid-path = The path parameter { $field } is not valid: { $detail }.
error-body-too-large = The request body is too large; it can be at most 2 MB.
error-body-unreadable = The request body could not be read.
error-unsupported-media-type = Send the request body as JSON, with the header Content-Type: application/json.
error-method-not-allowed = This API route does not take this method.
error-bad-request = The request is not valid.
error-host-unknown = No platform is served on this domain.
error-cross-origin-refused = This request came from another site and was refused.
error-database-unavailable = The database cannot be reached right now. Please try again in a moment.

## Configurations
nav-settings = Settings
nav-charges = Charges
settings-title = Settings
settings-intro = These are the configurations available on your platform. Some you can change yourself; for the others, contact the service desk.
settings-none = No configurations are available on this platform yet. The service desk can make them available.
settings-back = Back to the settings
platforms-configurations = Configurations
platforms-charges = Charges of this platform
config-back-to-platform = Back to { $platform }
config-state = State
config-state-available = Available
config-state-unavailable = Not available
config-state-always = Always in effect
config-editor = Who can change it
config-editor-service-desk = The service desk
config-editor-application-manager = The application manager
config-charge = Costs
config-charge-free = No costs
config-charge-when-made-available = Charged when made available
config-charge-every-change = Charged for every change
config-availability = Availability
config-make-available = Make available
config-withdraw = Withdraw
config-value = Value
config-save = Save
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
email-signature-default = Yours faithfully, { "{" }organisation_name{ "}" }

config-inactivity-deactivation = Deactivate inactive accounts
config-inactivity-deactivation-help = Accounts without activity for a number of days are deactivated automatically. Choose the period with care: people who are away for a while lose access.
config-login-methods = Login methods
config-login-methods-help = Which groups may log in with their e-mail address and password.
config-two-factor = Two-factor authentication
config-two-factor-help = An extra code at login, from an authenticator app or by SMS.
config-emails = E-mails
config-emails-help = Switch off e-mails that are not essential, for example when an integration notifies people itself.
config-email-greeting = E-mail greeting
config-email-greeting-help = How e-mails greet the recipient.
config-email-signature = E-mail signature
config-email-signature-help = The closing line of every e-mail, per language.
config-languages = Languages
config-languages-help = Languages offered besides the platform's default language. People choose theirs in their account settings.
config-video-sessions = Video sessions
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
config-field-remember-device = Remember the code on a device (professional accounts)
config-field-switched-off = E-mails switched off
config-field-greeting = Greeting
config-field-signature = Signature
config-field-languages = Extra languages
config-field-video-sessions = Video sessions
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
email-kind-new-message = New message
email-kind-tool-assigned = Tool assigned
email-kind-video-call-invitation = Video call invitation

notice-configuration-saved = The configuration is saved.
notice-configuration-made-available = The configuration is now available on this platform.
notice-configuration-withdrawn = The configuration is withdrawn. Its value is kept for when it returns.

charges-title = Charges
charges-intro = Every chargeable event: configurations made available, chargeable changes and content platforms created.
charges-filter = Filter the charges
charges-download = Download as CSV
charges-none = No charges found.
charges-event = Event
charges-subject = What
charges-event-made-available = Made available
charges-event-changed = Changed
charges-event-platform-created = Platform created

error-configuration-invalid = This value is not valid.
error-configuration-not-available = This configuration is not available on this platform.
error-configuration-unknown = There is no configuration with this name.
error-date-invalid = This is not a valid date. Use the form 2026-11-26.
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
audit-action-configuration-availability-changed = Configuration made available or withdrawn
audit-action-configuration-changed = Configuration changed

## Languages
language-switcher = Language
language-switcher-submit = Show in this language
language-not-offered = Your language is not offered on this platform at the moment, so you see { $language }. Your choice is kept.
date-format = %-d %b %Y %H:%M
platforms-edit = Name and default language
platforms-edit-submit = Save name and language
notice-platform-updated = The platform is updated.
audit-action-platform-updated = Platform changed

## E-mails. Each line of a body is a paragraph. Keep { $link } on a line of its own.
email-greeting-first-name = Hi { $first_name },
email-greeting-first-name-and-surname = Hi { $first_name } { $last_name },
email-footer = This is an automatic e-mail from { $organisation_name }. Replies to it are not read.
email-account-invitation-subject = Your account on { $organisation_name }
email-account-invitation-body =
    An account has been made for you on { $organisation_name }.
    To start, choose your password with this link:
    { $link }
    The link works once, until { $valid_until }. If it no longer works, ask the person who invited you for a new one.
email-password-reset-subject = Choose a new password for { $organisation_name }
email-password-reset-body =
    Someone asked to choose a new password for your account on { $organisation_name }. If that was you, use this link:
    { $link }
    The link works once, until { $valid_until }.
    Did you not ask for this? Then you can ignore this e-mail. Your password stays the same.
email-password-changed-subject = Your password was changed
email-password-changed-body =
    The password of your account on { $organisation_name } was just changed.
    Was that you? Then you do not need to do anything.
    Was it not you? Please contact { $organisation_name } right away.
email-email-address-changed-subject = Your e-mail address was changed
email-email-address-changed-body =
    The e-mail address of your account on { $organisation_name } was changed. From now on, e-mails go to the new address.
    Was that not you? Please contact { $organisation_name } right away.
email-friend-invitation-subject = { $inviter_first_name } invites you to { $organisation_name }
email-friend-invitation-body =
    { $inviter_first_name } would like you to join { $organisation_name }.
    To accept, choose your password with this link:
    { $link }
    The link works once, until { $valid_until }.
email-account-deactivated-subject = Your account is deactivated
email-account-deactivated-body =
    Your account on { $organisation_name } was deactivated on { $date }. Nothing of yours has been deleted.
    Would you like to use your account again? Please contact { $organisation_name }.
email-deactivation-warning-subject = Your account will soon be deactivated
email-deactivation-warning-body =
    You have not used your account on { $organisation_name } for a while. On { $date } it will be deactivated.
    Would you like to keep it? Just log in before then:
    { $link }
email-two-factor-set-up-subject = Two-factor authentication is on
email-two-factor-set-up-body =
    You set up two-factor authentication for your account on { $organisation_name }. From now on you need a code when you log in.
    Was that not you? Please contact { $organisation_name } right away.
email-two-factor-reset-subject = Your two-factor authentication was reset
email-two-factor-reset-body =
    Someone at { $organisation_name } reset the two-factor authentication of your account. The next time you log in, you set it up again.
    Was this not arranged with you? Please contact { $organisation_name } right away.
email-two-factor-disabled-subject = Two-factor authentication is paused for your account
email-two-factor-disabled-body =
    Two-factor authentication for your account on { $organisation_name } is switched off until { $date }.
    After that date you need a code again when you log in.
email-recovery-codes-renewed-subject = You have new recovery codes
email-recovery-codes-renewed-body =
    New recovery codes were made for your account on { $organisation_name }. Your old codes no longer work.
    Keep the new codes in a safe place.
    Was that not you? Please contact { $organisation_name } right away.
email-recovery-code-used-subject = A recovery code was used
email-recovery-code-used-body =
    A recovery code was just used to log in to your account on { $organisation_name }.
    Was that you? Then set up two-factor authentication again in your account settings.
    Was it not you? Please contact { $organisation_name } right away.
email-new-message-subject = You have a new message
email-new-message-body =
    There is a new message for you on { $organisation_name }. Log in to read it:
    { $link }
email-tool-assigned-subject = Something new is ready for you
email-tool-assigned-body =
    There is something new for you on { $organisation_name }. Log in to see it:
    { $link }
email-video-call-invitation-subject = You are invited to a video call
email-video-call-invitation-body =
    You are invited to a video call on { $organisation_name }. Log in to join:
    { $link }

## Password reset
login-forgot-link = Forgot your password?
forgot-title = Forgot your password?
forgot-intro = Fill in your e-mail address. We will send you a link to choose a new password.
forgot-submit = Send me a link
forgot-sent = If there is an account with this e-mail address, we have sent it a link. Check your inbox (and your spam folder). The link works for one hour.
forgot-back-to-login = Back to the login page
reset-title = Choose a new password
reset-submit = Save new password
notice-password-reset = Your new password is saved. You can log in with it now.
error-reset-link-invalid = This link does not work (any more). You can ask for a new one on the login page.
error-reset-link-expired = This link has expired. You can ask for a new one on the login page.
audit-action-password-reset-requested = Password reset requested
audit-action-password-reset = Password reset

## Friends
home-friends-heading = People close to you
home-friends-intro = You can invite someone close to you, for example a partner or a friend. They get their own account and an e-mail to choose a password.
home-friends-none = You have not invited anyone yet.
friends-invite-heading = Invite someone
friends-invite-submit = Send invitation
friends-end-link = End the link with { $name }
notice-friend-invited = The invitation is sent.
notice-friend-link-ended = The link has ended. That person can no longer log in.
audit-action-friend-link-ended = Friend link ended

## E-mail outbox (operator console)
nav-emails = E-mails
outbox-title = E-mails
outbox-intro = E-mails waiting to be sent, and those that could not be delivered. A failed e-mail can be queued again once the problem is solved.
outbox-queued = Waiting to be sent
outbox-oldest = Oldest waiting since
outbox-sent = Sent
outbox-failed = Could not be delivered
outbox-none-failed = Every e-mail was delivered.
outbox-kind = E-mail
outbox-recipient = Recipient
outbox-attempts = Attempts
outbox-last-error = Last error
outbox-retry = Send again
notice-email-requeued = The e-mail is queued again.
email-kind-account-invitation = Account invitation
email-kind-password-reset = Password reset
email-kind-password-changed = Password changed
email-kind-email-address-changed = E-mail address changed
email-kind-friend-invitation = Friend invitation
email-kind-account-deactivated = Account deactivated
email-kind-deactivation-warning = Deactivation warning
email-kind-two-factor-set-up = Two-factor authentication set up
email-kind-two-factor-reset = Two-factor authentication reset
email-kind-two-factor-disabled = Two-factor authentication paused
email-kind-recovery-codes-renewed = Recovery codes renewed
email-kind-recovery-code-used = Recovery code used

## Two-factor authentication
error-two-factor-code-wrong = This code is not right. Check the code and try again.
audit-action-two-factor-set-up = Two-factor authentication set up
audit-action-recovery-codes-renewed = Recovery codes renewed
audit-action-recovery-code-used = Recovery code used
audit-action-two-factor-reset = Two-factor authentication reset
audit-action-two-factor-waived = Two-factor authentication paused
audit-action-two-factor-waiver-ended = Pause of two-factor authentication ended
audit-action-remembered-device-revoked = Remembered device forgotten
audit-action-sms-code-sent = Code sent by text message

## Two-factor authentication: login, set-up, own settings, resets and pauses
sms-code-text = { $code } is your login code for { $platform }. It works for 10 minutes. Never give this code to anyone.
two-factor-title = Two-factor authentication
next = Next
back = Back
field-code = Code
field-phone = Mobile phone number
field-recovery-code = Recovery code
field-reason-optional = Reason (optional)
two-factor-code-title = Enter your code
two-factor-code-app = Open your authenticator app. Type the 6-digit code it shows for { $platform }.
two-factor-code-sms = We sent a text message with a 6-digit code to your phone. Type the code here. It works for 10 minutes.
two-factor-remember-for = Remember this device for { $period }
two-factor-remember-question = Remember this device?
two-factor-remember-shared = Only do this on a device that nobody else uses.
remember-never = No, always ask for a code
remember-12-hours = 12 hours
remember-3-days = 3 days
remember-1-week = 1 week
two-factor-verify = Log in
two-factor-send-again = Send a new code
two-factor-use-recovery = Lost your phone? Log in with a recovery code
two-factor-cancel-login = Stop and log out
two-factor-recovery-title = Log in with a recovery code
two-factor-recovery-intro = Type one of the recovery codes you saved when you set up two-factor authentication. Each code works only once.
two-factor-lost-everything = Lost your recovery codes too?
two-factor-help-professional = Ask an application manager of { $platform } to reset your two-factor authentication. Then you can set it up again.
two-factor-help-manager = Ask another application manager of { $platform } to reset your two-factor authentication. You cannot do this for your own account. Is there no other application manager? Then contact the service desk.
two-factor-help-client = Ask your therapist or a secretary to reset your two-factor authentication. Then you can set it up again.
two-factor-help-friend = Nobody can reset two-factor authentication for a friend account. Please contact the person who invited you.
two-factor-back-to-code = Back to entering a code
two-factor-recovered-title = You are logged in
two-factor-codes-left =
    { $count ->
        [0] You have no recovery codes left.
        [one] You have 1 recovery code left.
       *[other] You have { $count } recovery codes left.
    }
two-factor-recovered-offer = Lost your phone? Then set up two-factor authentication again, with your new phone. You also get new recovery codes.
two-factor-set-up-again = Set up again
two-factor-set-up = Set up two-factor authentication
two-factor-later = Later
two-factor-continue = Continue
two-factor-setup-title = Set up two-factor authentication
two-factor-step = Step { $step } of { $steps }
two-factor-setup-required = { $platform } asks everyone to set this up. You can continue when it is done.
two-factor-why-heading = Why?
two-factor-why = Two-factor authentication protects your account. When you log in, you type your password and also a code from your phone. Someone who knows your password still cannot get in.
two-factor-need-heading = What do you need?
two-factor-need = Your mobile phone. Setting up takes about 5 minutes.
two-factor-need-app = For an app: install a free authenticator app, for example Google Authenticator, Microsoft Authenticator or LastPass Authenticator.
two-factor-need-sms = For text messages: a phone that can receive text messages.
two-factor-choose-heading = How do you want to get your codes?
method-app = With an authenticator app (recommended)
method-app-hint = The safest way. It also works without phone signal.
method-sms = By text message (SMS)
method-sms-hint = We send you a code each time you log in.
error-choose-method = Choose how you want to get your codes.
two-factor-app-heading = Connect your app
two-factor-app-scan = Open your authenticator app, add an account and scan this QR code.
two-factor-qr-label = QR code for your authenticator app
two-factor-app-manual = Cannot scan the code? Then type this key in your app:
two-factor-app-code = Then type the 6-digit code your app shows.
two-factor-turn-on = Turn on
two-factor-sms-heading = Your mobile phone number
two-factor-phone-hint = For example { $example }. A number from another country starts with + and the country code.
two-factor-send-code = Send code
two-factor-setup-sms-sent = We sent a text message with a 6-digit code to your phone number ending in { $digits }. Type the code here.
two-factor-other-number = Use another number
recovery-codes-title = Your recovery codes
recovery-codes-intro-new = Two-factor authentication is on. Save these recovery codes now: you will not see them again.
recovery-codes-intro-renewed = These are your new recovery codes. Your old codes no longer work. Save the new ones now: you will not see them again.
recovery-codes-use = Lost your phone? Then you can log in with one of these codes. Each code works only once.
recovery-codes-download = Download as a text file
recovery-codes-copy = Copy
recovery-codes-copied = The codes are copied.
recovery-codes-print = Print
recovery-codes-file-heading = Recovery codes for { $platform } ({ $email })
recovery-codes-saved = I have saved my recovery codes in a safe place
two-factor-status-app = On, with an authenticator app, since { $date }.
two-factor-status-sms = On, with text messages to your phone number ending in { $digits }, since { $date }.
two-factor-status-off = Not set up.
two-factor-rule-required = { $platform } requires two-factor authentication for your account.
two-factor-rule-optional = You can choose to set it up. It makes your account safer.
two-factor-rule-off = Two-factor authentication is switched off on this platform.
two-factor-waiver-own = Two-factor authentication is paused for your account until { $date }.
two-factor-renew-codes = Get new recovery codes
two-factor-renew-hint = Your old recovery codes stop working.
two-factor-devices-heading = Remembered devices
two-factor-devices-none = No device is remembered.
two-factor-device = Device
two-factor-device-first = First used
two-factor-device-last = Last used
two-factor-device-until = Remembered until
two-factor-device-forget = Forget
two-factor-back-to-account = Back to my account
my-account-two-factor-link = Manage two-factor authentication
account-two-factor-waived = Paused until { $date } (by { $by }).
account-two-factor-reset = Reset two-factor authentication
account-two-factor-reset-hint = Only when { $name } has lost both their phone and their recovery codes. They set it up again at their next login and get an e-mail about the reset.
account-two-factor-own-hint = You cannot reset your own two-factor authentication. Ask another application manager, or the service desk if there is none.
account-two-factor-waive = Pause two-factor authentication for 1 month
account-two-factor-waive-hint = { $name } can then log in with only a password until { $date }. They get an e-mail about it.
account-two-factor-end-waiver = End the pause now
notice-code-sent = We sent you a new code.
notice-device-revoked = The device is forgotten. It needs a code at the next login.
notice-two-factor-on = Two-factor authentication is on.
notice-two-factor-reset = Two-factor authentication was reset.
notice-two-factor-waived = Two-factor authentication is paused for one month.
notice-waiver-ended = The pause has ended.
notice-login-expired = Logging in took too long. Please log in again.
error-recovery-code-wrong = This recovery code is not right, or it was used before. Check it and try again.
error-phone-empty = Type your mobile phone number.
error-phone-characters = A phone number can only have digits, spaces and dashes, and a + at the start.
error-phone-length = This phone number is too short or too long. Check it, or type it with + and the country code.
error-sms-limit = Many codes were sent in the last hour. Please wait a while before you ask for a new one.
error-sms-limit-until = Many codes were sent in the last hour. You can ask for a new one after { $time }.
error-sms-refused = We could not send a text message to this number. Please check the number.
error-sms-unavailable = Text messages cannot be sent right now. Please try again later, or use an authenticator app.
error-login-expired = Logging in took too long. Please log in again.
error-reason-required = Please give a reason.
error-waiver-not-needed = A pause is only possible when two-factor authentication is required for professionals.
error-two-factor-off = Two-factor authentication is switched off for your account.
error-two-factor-not-set-up = Two-factor authentication is not set up. Please start again.

## Inactivity
audit-action-inactivity-warning-sent = Deactivation warning sent
audit-action-deactivation-skipped = Deactivation skipped
inactivity-type-professional = Professional accounts
inactivity-type-client = Client accounts
inactivity-off = off
inactivity-days =
    { $count ->
        [one] 1 day
       *[other] { $count } days
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } days
inactivity-bucket-open = { $from } days or more
inactivity-chart-title = Accounts by days since their last activity
inactivity-chart-summary = Bars for { $professionals } professional and { $clients } client accounts; dashed lines mark the limits in the form. { $now } accounts are past them now. The table below has the same numbers.
inactivity-chart-axis = Days since last activity
inactivity-limit-professional =
    { $count ->
        [one] professionals: 1 day
       *[other] professionals: { $count } days
    }
inactivity-limit-client =
    { $count ->
        [one] clients: 1 day
       *[other] clients: { $count } days
    }
inactivity-preview-heading = What these days would do
inactivity-preview-intro = Counted now, with the days in the form. Nothing changes until you save.
inactivity-preview-type = Accounts
inactivity-preview-days = Limit
inactivity-preview-accounts = Active accounts
inactivity-preview-now = Deactivated at once
inactivity-preview-next-30 = Deactivated in the next 30 days
inactivity-preview-button = Show the effect
inactivity-confirm =
    { $count ->
        [one] I have checked the numbers: saving deactivates 1 account at once
       *[other] I have checked the numbers: saving deactivates { $count } accounts at once
    }
error-confirmation-needed = This deactivates more than 10 % of the active accounts of one type at once. Check the numbers below, and tick the box to confirm.

audit-action-anonymous-entries-summarised = Repeated attempts without login summarised
audit-action-reauthentication-failed = Confirmation with password failed
audit-action-email-change-requested = New e-mail address requested
audit-action-email-change-confirmed = New e-mail address confirmed
audit-action-account-viewed = Account viewed
audit-action-accounts-listed = Account list viewed
audit-action-audit-log-viewed = Audit log viewed
audit-action-audit-log-exported = Audit log exported
audit-action-charges-exported = Charges exported
audit-action-email-retried = E-mail queued again
audit-action-operator-token-revoked = API token revoked
audit-action-operator-token-used = API token used
audit-action-operator-disabled = Service desk operator disabled

email-email-change-confirmation-subject = Confirm your new e-mail address for { $organisation_name }
email-email-change-confirmation-body =
    Someone asked to use this e-mail address for their account on { $organisation_name }. If that was you, confirm it with this link:
    { $link }
    The link works once, until { $valid_until }. Until then, the old address stays in use.
    Did you not ask for this? Then you can ignore this e-mail.
email-email-address-in-use-subject = Your e-mail address on { $organisation_name }
email-email-address-in-use-body =
    Someone tried to use this e-mail address for another account on { $organisation_name }. It already belongs to your account, so nothing was changed.
    Was that you? Then log in with this address: { $platform_url }
    Forgot your password? Choose "Forgot password?" on the login page.
email-kind-email-change-confirmation = Confirm new e-mail address
email-kind-email-address-in-use = E-mail address already in use
confirm-title = Confirm it is you
confirm-intro = For your safety, type your password before you change your e-mail address or your two-factor authentication.
confirm-password = Your password
confirm-submit = Confirm
notice-confirmed = Thank you. You can now make the change.
error-own-email-change-by-link = Change your own e-mail address on My account: a confirmation link is sent to the new address.
error-email-change-link-invalid = This confirmation link does not work (any more). Change your e-mail address again on My account.
notice-email-change-requested = We sent a confirmation link to the new address. Your e-mail address changes when you open it.
notice-email-changed = Your e-mail address has been changed.
email-change-title = Confirm your new e-mail address
email-change-intro = Confirm that { $email } becomes the e-mail address of your account.
email-change-submit = Confirm new address
error-password-confirmation-required = Confirm your password first.
audit-action-operator-enabled = Service desk operator enabled again
error-operator-disabled = This service desk operator is disabled.
error-token-not-found = There is no API token with this id.
my-account-email-hint = A new address is used once you open the confirmation link we send to it.
