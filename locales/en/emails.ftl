# Kalm — English. Plain words: short sentences, say what to do next, never blame.

## E-mails. Each line of a body is a paragraph. Keep { $link } on a line of its own.

email-signature-default = Kind regards, { "{" }organisation_name{ "}" }

email-kind-new-message = New message
# A tool: a module, diary or questionnaire from the catalogue that a professional assigns to a client to work through. Not a device and not software.
email-kind-tool-assigned = Tool assigned
email-kind-video-call-invitation = Video call invitation
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
email-kind-email-change-confirmation = Confirm new e-mail address
email-kind-email-address-in-use = E-mail address already in use

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
    { $organisation_name } is the online care platform { $inviter_first_name } uses. As someone close to them you get your own account. You see who invited you and what { $inviter_first_name } shares with you; you do not see their treatment, their messages or their results.
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
    Two-factor authentication for your account on { $organisation_name } is paused until { $date }.
    After that date you need a code again when you log in.
email-recovery-codes-renewed-subject = You have new recovery codes
email-recovery-codes-renewed-body =
    New recovery codes were made for your account on { $organisation_name }. Your old codes no longer work.
    Keep the new codes in a safe place.
    Was that not you? Please contact { $organisation_name } right away.
email-recovery-code-used-subject = A recovery code was used
email-recovery-code-used-body =
    A recovery code was just used to log in to your account on { $organisation_name }.
    Was that you? Then set up two-factor authentication again on My account.
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

# The button-like link in the HTML part of an e-mail.
email-link-button = Open the link

email-contact = Questions? Write to { $organisation_name }: { $address }
