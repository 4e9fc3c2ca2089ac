# Kalm — English. Plain words: short sentences, say what to do next, never blame.

product-name = Kalm
console-name = Kalm service desk
skip-to-content = Skip to main content
signed-in-as = Logged in as { $name }
logout = Log out
back-home = Go to the home page
save = Save
never = Never
filter-any = Any

nav-label = Main menu
nav-home = Home
nav-accounts = Accounts
nav-audit = Audit log
nav-my-account = My account
# A platform: one organisation's own Kalm site on its own domain, with its own accounts, languages and settings. "Care platform" or "content platform" (CMS).
nav-platforms = Platforms
nav-settings = Settings
nav-charges = Charges
nav-emails = E-mails

field-email = E-mail address
field-password = Password
field-new-password = New password
field-current-password = Current password
field-first-name = First name
field-last-name = Surname
field-language = Language
field-name = Name
field-account-type = Account type
field-role = Role
field-roles = Roles
field-status = Status
field-last-activity = Last activity
field-created = Created
# The service desk looks a platform up by its domain (care.example.org) or its id.
field-platform = Platform (domain or id)
field-platform-name = Name
field-domain = Domain
field-kind = Kind
field-default-language = Default language
field-code = Code
field-phone = Mobile phone number
field-recovery-code = Recovery code
field-reason-optional = Reason (optional)

next = Next
back = Back

# The way back from a confirmation page, changing nothing.
confirm-keep = Cancel

field-country = Country
field-time-zone = Time zone
field-contact-email = Contact e-mail address

nav-tools = Tools
