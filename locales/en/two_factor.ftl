# Kalm — English. Plain words: short sentences, say what to do next, never blame.

console-two-factor-required = The service desk console asks every operator for a second factor. Set up an authenticator app to continue.
console-two-factor-code = Open your authenticator app. Type the 6-digit code it shows for the Kalm service desk.
console-two-factor-help = Ask another service desk operator, or whoever runs the server, to run “kalm operator two-factor reset” there. At your next login you then set up your authenticator app again.

error-remembered-device-not-found = This remembered device was not found.

error-two-factor-code-wrong = This code is not right. Check the code and try again.

sms-code-text = { $code } is your login code for { $platform }. It works for 10 minutes. Never give this code to anyone.
two-factor-title = Two-factor authentication
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
two-factor-help-client = Ask your professional or a secretary to reset your two-factor authentication. Then you can set it up again.
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
two-factor-turn-on = Switch on
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
# Button: stop remembering this device, so that it needs a code at its next login.
two-factor-device-forget = Forget
two-factor-back-to-account = Back to my account
my-account-two-factor-link = Manage two-factor authentication
account-two-factor-waived = Paused until { $date } (by { $by }).
account-two-factor-reset = Reset two-factor authentication
account-two-factor-reset-hint = Only when { $name } has lost both their phone and their recovery codes. They set it up again at their next login and get an e-mail about the reset.
account-two-factor-own-hint = You cannot reset your own two-factor authentication. Ask another application manager, or the service desk if there is none.
account-two-factor-waive = Pause two-factor authentication for 1 month
account-two-factor-waive-hint = While it is paused, { $name } logs in with only a password, until { $date }. They get an e-mail about it.
account-two-factor-end-waiver = End the pause now
notice-code-sent = We sent you a new code.
notice-device-revoked = The device is no longer remembered. Logging in on it needs a code again.
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
error-waiver-not-needed = A pause is only possible when two-factor authentication is required for professional accounts.
error-two-factor-off = Two-factor authentication is switched off for your account.
error-two-factor-not-set-up = Two-factor authentication is not set up. Please start again.

# A link that hands the key to an authenticator app on the same device.
two-factor-app-open = On this phone? Open the key in your authenticator app

# Someone else's account, as staff see it.
account-two-factor-status-sms = On, with text messages to the phone number ending in { $digits }, since { $date }.
account-two-factor-codes-left =
    { $count ->
        [0] { $name } has no recovery codes left.
        [one] { $name } has 1 recovery code left.
       *[other] { $name } has { $count } recovery codes left.
    }

# Switching off one's own optional two-factor.
two-factor-rule-optional-on = Two-factor authentication is optional here. You can switch it off below, but it keeps your account safer.
two-factor-off-heading = Switch off
two-factor-off-help = Your authenticator app or phone, your recovery codes and your remembered devices are removed. You can set it up again at any time. You confirm with your password first.
two-factor-off-submit = Switch off two-factor authentication
notice-two-factor-off = Two-factor authentication is switched off. You can set it up again at any time.
error-two-factor-required = This platform requires two-factor authentication for your account, so it cannot be switched off.

two-factor-phone-country = Country of the number
two-factor-sms-check-heading = Is this number right?
two-factor-sms-check = We will send the code by text message to this number:
two-factor-sms-change = Change the number
two-factor-help-contact = You can also write to { $platform }: { $address }
