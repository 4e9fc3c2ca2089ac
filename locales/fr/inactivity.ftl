# Kalm — Français. Vouvoiement (« vous ») partout : phrases courtes et claires, dire quoi faire ensuite, ne jamais culpabiliser.

inactivity-type-professional = Comptes du personnel
inactivity-type-client = Comptes patients
inactivity-off = désactivée
inactivity-days =
    { $count ->
        [one] { $count } jour
        [many] { $count } jours
       *[other] { $count } jours
}    
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } jours
inactivity-bucket-open = { $from } jours ou plus
inactivity-chart-title = Comptes selon le nombre de jours depuis leur dernière activité
inactivity-chart-summary = Barres pour { $professionals } comptes du personnel et { $clients } comptes patients ; les lignes pointillées indiquent les limites saisies dans le formulaire. { $now } comptes les dépassent actuellement. Le tableau ci-dessous reprend les mêmes chiffres.
inactivity-chart-axis = Jours depuis la dernière activité
inactivity-limit-professional =
    { $count ->
        [one] comptes du personnel : { $count } jour
        [many] comptes du personnel : { $count } jours
       *[other] comptes du personnel : { $count } jours
    }
inactivity-limit-client =
    { $count ->
        [one] comptes patients : { $count } jour
        [many] comptes patients : { $count } jours
       *[other] comptes patients : { $count } jours
    }
inactivity-preview-heading = Combien de comptes seraient désactivés
inactivity-preview-intro = Calculé maintenant, avec les jours saisis dans le formulaire. Rien ne change tant que vous n'avez pas enregistré.
inactivity-preview-type = Comptes
inactivity-preview-days = Limite
inactivity-preview-accounts = Comptes actifs
inactivity-preview-now = Désactivés immédiatement
inactivity-preview-next-30 = Désactivés dans les 30 prochains jours
inactivity-preview-button = Afficher l'effet
inactivity-confirm =
    { $count ->
        [one] J'ai vérifié les chiffres : l'enregistrement désactive immédiatement { $count } compte
       *[other] J'ai vérifié les chiffres : l'enregistrement désactive immédiatement { $count } comptes
}    
error-confirmation-needed = Cette modification désactive d'un coup plus de 10 % des comptes actifs d'un même type. Vérifiez les chiffres ci-dessous, puis cochez la case pour confirmer.

# On a page that shows the rule without a form to change it.
inactivity-preview-intro-in-effect = Calculé maintenant, avec les jours en vigueur.
inactivity-chart-summary-in-effect = Barres pour { $professionals } comptes du personnel et { $clients } comptes patients ; les lignes pointillées indiquent les limites en vigueur. { $now } comptes les dépassent actuellement. Le tableau ci-dessous reprend les mêmes chiffres.
