# Kalm — English. Plain words: short sentences, say what to do next, never blame.

forgot-title = Forgot your password?
forgot-intro = Fill in your e-mail address. We will send you a link to choose a new password.
forgot-submit = Send me a link
forgot-sent = If there is an account with this e-mail address, we have sent it a link. Check your inbox (and your spam folder). The link works for one hour.
forgot-back-to-login = Back to the login page
reset-title = Choose a new password
reset-submit = Save new password
notice-password-reset = Your new password is saved. You can log in with it now.
error-reset-link-invalid = This link does not work. It may have been used already, or part of it is missing. You can ask for a new one on the login page.
error-reset-link-expired = This link has expired. You can ask for a new one on the login page.
