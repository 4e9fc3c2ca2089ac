# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

platforms-title = Plattformen
platforms-new = Neue Plattform
platforms-none = Es gibt noch keine Plattformen.
platforms-create = Plattform erstellen
platforms-domain-help = Die Adresse, die Nutzer aufrufen, zum Beispiel therapie.example.org. Ohne https:// und ohne Pfad.
platforms-account-count = Konten
platforms-id = ID
platforms-audit = Auditprotokoll dieser Plattform
platforms-add-manager = Applikationsmanager hinzufügen
platforms-add-manager-submit = Applikationsmanager hinzufügen
kind-care = Behandlungsplattform
kind-content = Content-Plattform (CMS)

error-platform-name-empty = Bitte geben Sie den Namen der Plattform ein.
error-platform-name-too-long = Der Name der Plattform darf höchstens 100 Zeichen haben.
error-platform-kind-unknown = Wählen Sie als Art Behandlung oder Content.
error-domain-invalid = Das ist keine gültige Domain. Verwenden Sie einen Namen wie therapie.example.org, ohne https:// und ohne Pfad.
error-domain-taken = Diese Domain wird schon von einer anderen Plattform verwendet.
error-platform-not-found = Diese Plattform wurde nicht gefunden.
error-operator-not-found = Es gibt keinen Servicedesk-Mitarbeiter mit dieser E-Mail-Adresse.
error-email-not-found = Diese E-Mail ist nicht im Postausgang oder kann nicht erneut gesendet werden.

platforms-configurations = Konfigurationen
platforms-charges = Gebühren dieser Plattform

charges-title = Gebühren
charges-intro = Alle gebührenpflichtigen Vorgänge: freigeschaltete Konfigurationen, gebührenpflichtige Änderungen und erstellte Content-Plattformen.
charges-filter = Gebühren filtern
charges-download = Als CSV herunterladen
charges-none = Keine Gebühren gefunden.
charges-event = Vorgang
charges-subject = Was
charges-event-made-available = Freigeschaltet
charges-event-changed = Geändert
charges-event-platform-created = Plattform erstellt

platforms-edit = Angaben zur Plattform
platforms-edit-submit = Angaben speichern
notice-platform-updated = Die Plattform wurde aktualisiert.

outbox-title = E-Mails
outbox-intro = E-Mails, die noch gesendet werden müssen, und E-Mails, die nicht zugestellt werden konnten. Eine fehlgeschlagene E-Mail können Sie erneut in die Warteschlange stellen, sobald das Problem behoben ist.
outbox-queued = Warten auf Versand
outbox-oldest = Älteste wartet seit
outbox-sent = Gesendet
outbox-failed = Nicht zugestellt
outbox-none-failed = Alle E-Mails wurden zugestellt.
outbox-kind = E-Mail
outbox-recipient = Empfänger
outbox-attempts = Versuche
outbox-last-error = Letzter Fehler
outbox-retry = Erneut senden
notice-email-requeued = Die E-Mail steht wieder in der Warteschlange.

error-operator-disabled = Dieser Servicedesk-Mitarbeiter ist deaktiviert.
error-token-not-found = Es gibt kein API-Token mit dieser ID.

platforms-managers = Applikationsmanager
platforms-managers-none = Noch kein Applikationsmanager. Fügen Sie unten jemanden hinzu, der die Konten der Plattform einrichtet.

outbox-lookup = E-Mails an eine Adresse
outbox-lookup-help = Jemand sagt, eine E-Mail sei nie angekommen? Sehen Sie, was an die Adresse ging: wann, welche Art und ob sie verschickt wurde. Die Texte selbst werden nicht gezeigt.
outbox-lookup-submit = Nachschlagen
outbox-lookup-none = An diese Adresse wurde nichts geschickt.
outbox-state = Status
outbox-state-queued = In der Warteschlange
outbox-state-sent = Gesendet
outbox-state-failed = Fehlgeschlagen

platforms-country-of-language = Das Land der Standardsprache
platforms-country-help = Telefonnummern ohne Ländervorwahl gelten als Nummern aus diesem Land.
platforms-time-zone-of-country = Die Zeitzone des Landes
platforms-contact-none = Keine
platforms-contact-help = Die eigene Adresse der Organisation für Fragen. Texte, die auf die Organisation als Ansprechpartner verweisen, nennen diese Adresse. Lassen Sie das Feld leer, wenn es keine gibt.
charges-not-priced = Ohne Preis
charges-download-totals = Summen herunterladen (CSV)
charges-totals = Summen je Plattform
charges-totals-help = Für den oben gewählten Zeitraum und die oben gewählte Plattform. Gebühren ohne Preis in der Preisliste werden in einer eigenen Zeile gezählt.
charges-count = Anzahl Gebühren
charges-amount = Betrag
charges-rows = Alle Gebühren

platforms-catalogue-offered-on = Angeboten auf diesen Versorgungsplattformen
platforms-catalogue-offers = Bietet Interventionen dieser Content-Plattformen an
platforms-catalogue-none = Noch keine Katalogverknüpfungen.
platforms-catalogue-unlink = Nicht mehr anbieten
platforms-catalogue-unlink-label = Nicht mehr anbieten auf { $platform }
platforms-catalogue-care = Versorgungsplattform
platforms-catalogue-link = Interventionen dort anbieten
notice-catalogue-linked = Die Interventionen werden jetzt auf der Versorgungsplattform angeboten.
notice-catalogue-unlinked = Die Interventionen werden dort nicht mehr angeboten.
