# Kalm — English. Plain words: short sentences, say what to do next, never blame.

activate-title = Set your password
activate-welcome = Welcome, { $name }
activate-intro = Choose a password for your new account. You will use it to log in.
activate-submit = Save password and continue

notice-account-activated = Your password is saved. You can log in now.

error-activation-link-invalid = This link does not work. It may have been used already, or part of it is missing. Ask the person who invited you for a new link.
error-activation-link-expired = This link has expired. Ask the person who invited you for a new link.
