# Kalm — English. Plain words: short sentences, say what to do next, never blame.

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
account-new-title = New account
account-new-roles = Roles (for professional accounts)
account-new-submit = Create account
account-activation-link = Activation link
account-activation-link-help = Give this link to the person the account is for. It works once, for 7 days. With it, they choose their password.
account-friend-of = Friend of { $name }
account-professionals = Professionals
account-no-professionals = No professional is linked to this client yet.
account-unrelate = End the link with { $name }
account-relate-label = Professional
# Button: link a client to a professional who treats them. The same word as ending the link ("End the link with …").
account-relate = Link
account-clients = Clients
account-friends = Friends
account-roles-heading = Roles
account-roles-save = Save roles
account-actions = Actions
account-renew-link = New activation link
account-deactivate = Deactivate account
account-reactivate = Reactivate account

# The account type of all staff: professionals, secretaries and application managers. Translate as "staff account", not "therapist account".
account-type-professional = Professional account
# The person who receives care. Use the term care organisations in the country use (patient, cliënt, …; see locales/README.md).
account-type-client = Client
# A person a client invited to read along (partner, relative or friend); see home-friends-heading.
account-type-friend = Friend
# The role of staff who treat clients (therapist, psychologist, coach, …). One word everywhere: never also "therapist" or "care provider".
role-professional = Professional
role-secretary = Secretary
role-application-manager = Application manager
status-invited = Invited
status-active = Active
status-deactivated = Deactivated

notice-account-created = The account is created.
notice-roles-saved = The roles are saved.
notice-relation-added = The client and the professional are now linked.
notice-relation-removed = The link has ended.
notice-account-deactivated = The account is deactivated. It can no longer log in.
notice-account-reactivated = The account is active again.
notice-account-reactivated-invited = The account is back to invited, because its holder never chose a password. Send a new activation link.
notice-activation-link-renewed = A new activation link is ready. Earlier links no longer work.

error-account-deactivated = This account is deactivated.
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
error-account-not-found = This account was not found.
error-client-not-found = No client has this e-mail address on this platform.
error-relation-types = A link connects a client to a professional.
error-last-application-manager = The platform must keep at least one active application manager.
error-account-not-active = This is only possible for accounts that have not been activated yet.

account-deactivate-question = Deactivate the account of { $name }?
account-deactivate-no-login = { $name } can no longer log in, and is logged out everywhere at once.
account-deactivate-email = An e-mail to { $email } says that the account is deactivated.
account-deactivate-undo = You can reactivate the account later. Nothing is deleted.

account-new-email-help = An invitation with a link to choose a password goes to this address.
account-activation-link-copy = Copy link
account-activation-link-copied = The link is copied.
notice-account-invited = The account is created. An invitation e-mail with the activation link is on its way to { $email }.

role-author = Author
role-publisher = Publisher
error-role-not-on-this-platform = Authors and publishers exist only on content platforms.
