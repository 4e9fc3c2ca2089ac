# Kalm — English. Plain words: short sentences, say what to do next, never blame.

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
kind-care = Care platform
kind-content = Content platform (CMS)

error-platform-name-empty = Please fill in the platform name.
error-platform-name-too-long = The platform name can have at most 100 characters.
error-platform-kind-unknown = Choose care or content as the kind.
error-domain-invalid = This is not a valid domain. Use a name like care.example.org, without https:// or a path.
error-domain-taken = This domain is already used by another platform.
error-platform-not-found = This platform was not found.
error-operator-not-found = No service desk operator has this e-mail address.
error-email-not-found = This e-mail is not in the outbox, or it cannot be sent again.

platforms-configurations = Configurations
platforms-charges = Charges of this platform

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

platforms-edit = Platform details
platforms-edit-submit = Save details
notice-platform-updated = The platform is updated.

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

error-operator-disabled = This service desk operator is disabled.
error-token-not-found = There is no API token with this id.

platforms-managers = Application managers
platforms-managers-none = No application manager yet. Add one below: they set up the platform's accounts.

outbox-lookup = E-mails to one address
outbox-lookup-help = Someone says an e-mail never came? See what was sent to their address: when, what kind, and whether it went out. The texts themselves are not shown.
outbox-lookup-submit = Look up
outbox-lookup-none = Nothing was sent to this address.
outbox-state = State
outbox-state-queued = Queued
outbox-state-sent = Sent
outbox-state-failed = Failed

platforms-country-of-language = The country of the default language
platforms-country-help = Phone numbers typed without a country code are read as numbers of this country.
platforms-time-zone-of-country = The country's time zone
platforms-contact-none = None
platforms-contact-help = The organisation's own address for questions. Texts that tell people to contact the organisation give this address. Leave empty for none.
charges-not-priced = Not priced
charges-download-totals = Download totals (CSV)
charges-totals = Totals per platform
charges-totals-help = For the period and platform chosen above. Charges without a price in the price list are counted on a line of their own.
charges-count = Charges
charges-amount = Amount
charges-rows = All charges

platforms-catalogue-offered-on = Offered on these care platforms
platforms-catalogue-offers = Offers tools of these content platforms
platforms-catalogue-none = No catalogue links yet.
platforms-catalogue-unlink = Stop offering
platforms-catalogue-unlink-label = Stop offering on { $platform }
platforms-catalogue-care = Care platform
platforms-catalogue-link = Offer its tools there
notice-catalogue-linked = The tools are now offered on the care platform.
notice-catalogue-unlinked = The tools are no longer offered there.
