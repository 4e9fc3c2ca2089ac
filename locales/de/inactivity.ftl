# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

inactivity-type-professional = Mitarbeiterkonten
inactivity-type-client = Patientenkonten
inactivity-off = aus
inactivity-days =
    { $count ->
        [one] 1 Tag
       *[other] { $count } Tage
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } Tage
inactivity-bucket-open = { $from } Tage oder mehr
inactivity-chart-title = Konten nach Tagen seit der letzten Aktivität
inactivity-chart-summary = Balken für { $professionals } Mitarbeiterkonten und { $clients } Patientenkonten; gestrichelte Linien markieren die Grenzen aus dem Formular. { $now } Konten liegen jetzt darüber. Die Tabelle unten enthält dieselben Zahlen.
inactivity-chart-axis = Tage seit der letzten Aktivität
inactivity-limit-professional =
    { $count ->
        [one] Mitarbeiterkonten: 1 Tag
       *[other] Mitarbeiterkonten: { $count } Tage
    }
inactivity-limit-client =
    { $count ->
        [one] Patientenkonten: 1 Tag
       *[other] Patientenkonten: { $count } Tage
    }
inactivity-preview-heading = Wie viele Konten deaktiviert würden
inactivity-preview-intro = Jetzt gezählt, mit den Tagen aus dem Formular. Bis zum Speichern ändert sich nichts.
inactivity-preview-type = Konten
inactivity-preview-days = Grenze
inactivity-preview-accounts = Aktive Konten
inactivity-preview-now = Sofort deaktiviert
inactivity-preview-next-30 = In den nächsten 30 Tagen deaktiviert
inactivity-preview-button = Auswirkung anzeigen
inactivity-confirm =
    { $count ->
        [one] Ich habe die Zahlen geprüft: Beim Speichern wird sofort 1 Konto deaktiviert
       *[other] Ich habe die Zahlen geprüft: Beim Speichern werden sofort { $count } Konten deaktiviert
    }
error-confirmation-needed = Dadurch werden auf einmal mehr als 10 % der aktiven Konten eines Typs deaktiviert. Prüfen Sie die Zahlen unten und setzen Sie zur Bestätigung das Häkchen.

# On a page that shows the rule without a form to change it.
inactivity-preview-intro-in-effect = Jetzt gezählt, mit den geltenden Tagen.
inactivity-chart-summary-in-effect = Balken für { $professionals } Mitarbeiterkonten und { $clients } Patientenkonten; gestrichelte Linien markieren die geltenden Grenzen. { $now } Konten liegen jetzt darüber. Die Tabelle unten enthält dieselben Zahlen.
