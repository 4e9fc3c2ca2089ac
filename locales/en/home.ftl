# Kalm — English. Plain words: short sentences, say what to do next, never blame.

home-title = Home
home-welcome = Welcome, { $name }
home-manager = You manage the accounts of this platform.
home-secretary = You support professionals and their clients.
home-professional = Here you find the clients you work with.
home-client = Here you find the people who support you.
home-friend = A client invited you to this platform.
home-friend-of = { $name } invited you to this platform.
home-operator = You are logged in with a service desk token.
home-your-clients = Your clients
home-no-clients = You have no clients yet.
home-your-professionals = Your professionals
home-no-professionals = No professional is linked to your account yet.

# Friends (account type "Friend"): people a client invites to read along, for example a partner, a relative or a friend. They see only what the client shares with them, never the treatment. Say "people close to you", not "relatives".
home-friends-heading = People close to you
home-friends-intro = You can invite someone close to you, for example a partner or a friend. They get their own account and an e-mail to choose a password.
home-friends-none = You have not invited anyone yet.
friends-invite-heading = Invite someone
friends-invite-submit = Send invitation
friends-end-link = End the link with { $name }
notice-friend-invited = The invitation is sent.
notice-friend-link-ended = The link has ended. That person can no longer log in.

friends-end-question = End the link with { $name }?
friends-end-no-login = { $name } can no longer log in.
friends-end-sees-nothing = { $name } no longer sees anything of yours here.
friends-end-undo = This cannot be undone, but you can invite { $name } again later.
friends-end-submit = End the link
