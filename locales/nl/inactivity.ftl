# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

inactivity-type-professional = Medewerkersaccounts
inactivity-type-client = Cliëntaccounts
inactivity-off = uit
inactivity-days =
    { $count ->
        [one] 1 dag
       *[other] { $count } dagen
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } dagen
inactivity-bucket-open = { $from } dagen of meer
inactivity-chart-title = Accounts naar dagen sinds hun laatste activiteit
inactivity-chart-summary = Staven voor { $professionals } medewerkersaccounts en { $clients } cliëntaccounts; stippellijnen markeren de grenzen uit het formulier. Nu zitten { $now } accounts daarboven. De tabel hieronder bevat dezelfde aantallen.
inactivity-chart-axis = Dagen sinds laatste activiteit
inactivity-limit-professional =
    { $count ->
        [one] medewerkersaccounts: 1 dag
       *[other] medewerkersaccounts: { $count } dagen
    }
inactivity-limit-client =
    { $count ->
        [one] cliëntaccounts: 1 dag
       *[other] cliëntaccounts: { $count } dagen
    }
inactivity-preview-heading = Hoeveel accounts gedeactiveerd zouden worden
inactivity-preview-intro = Nu geteld, met de dagen uit het formulier. Er verandert niets tot je opslaat.
inactivity-preview-type = Accounts
inactivity-preview-days = Grens
inactivity-preview-accounts = Actieve accounts
inactivity-preview-now = Direct gedeactiveerd
inactivity-preview-next-30 = Gedeactiveerd in de komende 30 dagen
inactivity-preview-button = Toon het effect
inactivity-confirm =
    { $count ->
        [one] Ik heb de aantallen gecontroleerd: opslaan deactiveert direct 1 account
       *[other] Ik heb de aantallen gecontroleerd: opslaan deactiveert direct { $count } accounts
    }
error-confirmation-needed = Hiermee wordt in één keer meer dan 10 % van de actieve accounts van één type gedeactiveerd. Controleer de aantallen hieronder en vink het vakje aan om te bevestigen.

# On a page that shows the rule without a form to change it.
inactivity-preview-intro-in-effect = Nu geteld, met de dagen die nu gelden.
inactivity-chart-summary-in-effect = Staven voor { $professionals } medewerkersaccounts en { $clients } cliëntaccounts; stippellijnen markeren de grenzen die nu gelden. Nu zitten { $now } accounts daarboven. De tabel hieronder bevat dezelfde aantallen.
