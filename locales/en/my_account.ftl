# Kalm — English. Plain words: short sentences, say what to do next, never blame.

my-account-title = My account
my-account-profile = Your details
my-account-password = Change your password
my-account-change-password = Change password

notice-profile-saved = Your details are saved.
notice-password-changed = Your password is changed. You stay logged in here; other devices are logged out.

error-current-password-wrong = Your current password is not right. Please try again.

confirm-title = Confirm it is you
confirm-intro = For your safety, type your password before you change your e-mail address or your two-factor authentication.
confirm-password = Your password
confirm-submit = Confirm
notice-confirmed = Thank you. You can now make the change.
error-own-email-change-by-link = Change your own e-mail address on My account: a confirmation link is sent to the new address.
error-email-change-link-invalid = This confirmation link does not work. It may have been used already, or part of it is missing. Change your e-mail address again on My account.
notice-email-change-requested = We sent a confirmation link to the new address. Your e-mail address changes when you open it.
notice-email-changed = Your e-mail address has been changed.
email-change-title = Confirm your new e-mail address
email-change-intro = Confirm that { $email } becomes the e-mail address of your account.
email-change-submit = Confirm new address
error-password-confirmation-required = Confirm your password first.
my-account-email-hint = A new address is used once you open the confirmation link we send to it.

my-account-time-zone-hint = Times on this site and in its e-mails are shown on this clock.
my-account-time-zone-platform = The platform's: { $zone }
