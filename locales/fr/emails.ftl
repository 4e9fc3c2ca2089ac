# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

## E-mails. Chaque ligne d'un texte est un paragraphe. Laissez { $link } seul sur sa ligne.

email-signature-default = Cordialement, { "{" }organisation_name{ "}" }

email-kind-new-message = Nouveau message
email-kind-tool-assigned = Activité attribuée
email-kind-video-call-invitation = Invitation à un appel vidéo
email-kind-account-invitation = Invitation pour un compte
email-kind-password-reset = Réinitialisation du mot de passe
email-kind-password-changed = Mot de passe modifié
email-kind-email-address-changed = Adresse e-mail modifiée
email-kind-friend-invitation = Invitation d'un proche
email-kind-account-deactivated = Compte désactivé
email-kind-deactivation-warning = Avertissement de désactivation
email-kind-two-factor-set-up = Authentification à deux facteurs activée
email-kind-two-factor-reset = Authentification à deux facteurs réinitialisée
email-kind-two-factor-disabled = Authentification à deux facteurs suspendue
email-kind-recovery-codes-renewed = Codes de récupération renouvelés
email-kind-recovery-code-used = Code de récupération utilisé
email-kind-email-change-confirmation = Confirmation de la nouvelle adresse e-mail
email-kind-email-address-in-use = Adresse e-mail déjà utilisée

email-greeting-first-name = Bonjour { $first_name },
email-greeting-first-name-and-surname = Bonjour { $first_name } { $last_name },
email-footer = Cet e-mail automatique vous est envoyé par { $organisation_name }. Les réponses à cet e-mail ne sont pas lues.
email-account-invitation-subject = Votre compte sur { $organisation_name }
email-account-invitation-body =
    Un compte a été créé pour vous sur { $organisation_name }.
    Pour commencer, choisissez votre mot de passe avec ce lien :
    { $link }
    Le lien fonctionne une seule fois, jusqu'au { $valid_until }. S'il ne fonctionne plus, demandez un nouveau lien à la personne qui vous a envoyé l'invitation.
email-password-reset-subject = Choisissez un nouveau mot de passe pour { $organisation_name }
email-password-reset-body =
    Un nouveau mot de passe a été demandé pour votre compte sur { $organisation_name }. Si la demande vient de vous, utilisez ce lien :
    { $link }
    Le lien fonctionne une seule fois, jusqu'au { $valid_until }.
    Vous n'avez pas fait cette demande ? Vous pouvez ignorer cet e-mail. Votre mot de passe ne change pas.
email-password-changed-subject = Votre mot de passe a été modifié
email-password-changed-body =
    Le mot de passe de votre compte sur { $organisation_name } vient d'être modifié.
    Si c'était vous, vous n'avez rien à faire.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-email-address-changed-subject = Votre adresse e-mail a été modifiée
email-email-address-changed-body =
    L'adresse e-mail de votre compte sur { $organisation_name } a été modifiée. Désormais, les e-mails sont envoyés à la nouvelle adresse.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-friend-invitation-subject = { $inviter_first_name } vous invite sur { $organisation_name }
email-friend-invitation-body =
    { $inviter_first_name } vous invite à rejoindre { $organisation_name }.
    { $organisation_name } est la plateforme de soins en ligne qu'utilise { $inviter_first_name }. En tant que proche, vous recevez votre propre compte. Vous voyez qui vous a invité et ce que { $inviter_first_name } partage avec vous ; vous ne voyez ni le traitement, ni les messages, ni les résultats.
    Pour accepter, choisissez votre mot de passe avec ce lien :
    { $link }
    Le lien fonctionne une seule fois, jusqu'au { $valid_until }.
email-account-deactivated-subject = Votre compte est désactivé
email-account-deactivated-body =
    Votre compte sur { $organisation_name } a été désactivé le { $date }. Aucune de vos données n'a été supprimée.
    Vous souhaitez utiliser de nouveau votre compte ? Contactez { $organisation_name }.
email-deactivation-warning-subject = Votre compte sera bientôt désactivé
email-deactivation-warning-body =
    Votre compte sur { $organisation_name } n'a pas été utilisé depuis un certain temps. Il sera désactivé le { $date }.
    Vous souhaitez le garder ? Il suffit de vous connecter avant cette date :
    { $link }
email-two-factor-set-up-subject = L'authentification à deux facteurs est activée
email-two-factor-set-up-body =
    Vous avez activé l'authentification à deux facteurs pour votre compte sur { $organisation_name }. Désormais, un code vous sera demandé à chaque connexion.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-two-factor-reset-subject = Votre authentification à deux facteurs a été réinitialisée
email-two-factor-reset-body =
    Quelqu'un chez { $organisation_name } a réinitialisé l'authentification à deux facteurs de votre compte. À votre prochaine connexion, vous la configurerez de nouveau.
    Si cela n'a pas été convenu avec vous, contactez tout de suite { $organisation_name }.
email-two-factor-disabled-subject = L'authentification à deux facteurs est suspendue pour votre compte
email-two-factor-disabled-body =
    L'authentification à deux facteurs de votre compte sur { $organisation_name } est suspendue jusqu'au { $date }.
    Après cette date, un code vous sera de nouveau demandé à la connexion.
email-recovery-codes-renewed-subject = Vous avez de nouveaux codes de récupération
email-recovery-codes-renewed-body =
    De nouveaux codes de récupération ont été créés pour votre compte sur { $organisation_name }. Vos anciens codes ne fonctionnent plus.
    Conservez les nouveaux codes en lieu sûr.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-recovery-code-used-subject = Un code de récupération a été utilisé
email-recovery-code-used-body =
    Un code de récupération vient d'être utilisé pour une connexion à votre compte sur { $organisation_name }.
    Si c'était vous, configurez de nouveau l'authentification à deux facteurs dans Mon compte.
    Si ce n'était pas vous, contactez tout de suite { $organisation_name }.
email-new-message-subject = Vous avez un nouveau message
email-new-message-body =
    Un nouveau message vous attend sur { $organisation_name }. Connectez-vous pour le lire :
    { $link }
email-tool-assigned-subject = Quelque chose de nouveau vous attend
email-tool-assigned-body =
    Quelque chose de nouveau vous attend sur { $organisation_name }. Connectez-vous pour le découvrir :
    { $link }
email-video-call-invitation-subject = Vous avez une invitation à un appel vidéo
email-video-call-invitation-body =
    Vous avez reçu une invitation à un appel vidéo sur { $organisation_name }. Connectez-vous pour y participer :
    { $link }

email-email-change-confirmation-subject = Confirmez votre nouvelle adresse e-mail pour { $organisation_name }
email-email-change-confirmation-body =
    Quelqu'un a demandé à utiliser cette adresse e-mail pour son compte sur { $organisation_name }. Si la demande vient de vous, confirmez-la avec ce lien :
    { $link }
    Le lien fonctionne une seule fois, jusqu'au { $valid_until }. D'ici là, l'ancienne adresse reste utilisée.
    Vous n'avez pas fait cette demande ? Vous pouvez ignorer cet e-mail.
email-email-address-in-use-subject = Votre adresse e-mail sur { $organisation_name }
email-email-address-in-use-body =
    Quelqu'un a essayé d'utiliser cette adresse e-mail pour un autre compte sur { $organisation_name }. Elle appartient déjà à votre compte : rien n'a été modifié.
    C'était vous ? Connectez-vous avec cette adresse : { $platform_url }
    Mot de passe oublié ? Choisissez « Mot de passe oublié ? » sur la page de connexion.

# The button-like link in the HTML part of an e-mail.
email-link-button = Ouvrir le lien

email-contact = Des questions ? Écrivez à { $organisation_name } : { $address }
