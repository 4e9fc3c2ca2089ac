# Kalm — English. Plain words: short sentences, say what to do next, never blame.

inactivity-type-professional = Professional accounts
inactivity-type-client = Client accounts
inactivity-off = off
inactivity-days =
    { $count ->
        [one] 1 day
       *[other] { $count } days
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } days
inactivity-bucket-open = { $from } days or more
inactivity-chart-title = Accounts by days since their last activity
inactivity-chart-summary = Bars for { $professionals } professional and { $clients } client accounts; dashed lines mark the limits in the form. { $now } accounts are past them now. The table below has the same numbers.
inactivity-chart-axis = Days since last activity
inactivity-limit-professional =
    { $count ->
        [one] professional accounts: 1 day
       *[other] professional accounts: { $count } days
    }
inactivity-limit-client =
    { $count ->
        [one] client accounts: 1 day
       *[other] client accounts: { $count } days
    }
# Above a table that counts, per account type, the accounts that the day limits would deactivate now and in the next 30 days.
inactivity-preview-heading = How many accounts would be deactivated
inactivity-preview-intro = Counted now, with the days in the form. Nothing changes until you save.
inactivity-preview-type = Accounts
inactivity-preview-days = Limit
inactivity-preview-accounts = Active accounts
inactivity-preview-now = Deactivated at once
inactivity-preview-next-30 = Deactivated in the next 30 days
inactivity-preview-button = Show the effect
inactivity-confirm =
    { $count ->
        [one] I have checked the numbers: saving deactivates 1 account at once
       *[other] I have checked the numbers: saving deactivates { $count } accounts at once
    }
error-confirmation-needed = This deactivates more than 10 % of the active accounts of one type at once. Check the numbers below, and tick the box to confirm.

# On a page that shows the rule without a form to change it.
inactivity-preview-intro-in-effect = Counted now, with the days in effect.
inactivity-chart-summary-in-effect = Bars for { $professionals } professional and { $clients } client accounts; dashed lines mark the limits in effect. { $now } accounts are past them now. The table below has the same numbers.
