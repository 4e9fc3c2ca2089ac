# Kalm — English. Plain words: short sentences, say what to do next, never blame.

login-title = Log in
login-intro = Log in to { $platform } with your e-mail address and password.
console-login-intro = Log in to the service desk console.
login-submit = Log in

password-rules = Use at least 12 characters. A few unrelated words in a row work well. Avoid your name and common passwords.

error-login-failed = The e-mail address or password is not right. Check both and try again.
error-login-throttled = There were too many attempts. Wait a moment and try again.
error-login-throttled-until = There were too many attempts. You can try again after { $time }.
error-account-deactivated-login = Your account is not active at the moment. Please contact your professional or the application manager of { $platform }.
error-password-too-short = The password is too short. Use at least 12 characters.
error-password-too-long = The password is too long. Use at most 1024 characters.
error-password-too-guessable = This password is too easy to guess. Try a few unrelated words in a row.

login-forgot-link = Forgot your password?

error-account-deactivated-login-contact = Your account is not active at the moment. Please contact { $platform }: { $address }
