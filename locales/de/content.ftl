# Kalm — Deutsch. Förmliche Anrede („Sie“), wie im deutschen Gesundheitswesen üblich; kurze Sätze, sagen, was als Nächstes zu tun ist, nie Schuld zuweisen.

error-tool-kind-unknown = Wählen Sie ein Modul, ein Tagebuch oder einen Fragebogen.
error-tool-title-empty = Geben Sie der Intervention einen Titel.
error-tool-title-too-long = Der Titel darf höchstens 200 Zeichen haben.
error-tool-description-too-long = Die Beschreibung darf höchstens 1.000 Zeichen haben.
error-tool-document-invalid = Diese Datei ist keine Intervention, die Kalm lesen kann.
error-tool-schema-unknown = Diese Datei wurde mit einer neueren Version erstellt. Exportieren Sie sie erneut aus einer Installation dieser Version.
error-not-a-content-platform = Interventionen werden nur auf Content-Plattformen erstellt.
error-not-a-care-platform = Wählen Sie eine Behandlungsplattform für den Katalog.
error-draft-outdated = Jemand anderes hat diesen Entwurf gespeichert, nachdem Sie ihn geöffnet haben. Öffnen Sie ihn erneut, um diese Änderungen zu sehen, und nehmen Sie dann Ihre vor.
error-tool-fixed = Art und Sprache einer Intervention lassen sich nach dem Erstellen nicht mehr ändern.
error-nothing-to-release = Der Entwurf ist identisch mit der neuesten Version. Ändern Sie zuerst etwas.
error-release-refused = Der Entwurf kann noch nicht veröffentlicht werden. Beheben Sie zuerst die aufgeführten Probleme.
error-tool-not-found = Diese Intervention wurde auf dieser Plattform nicht gefunden.
error-version-not-found = Diese Version gibt es nicht.
error-revision-required = Geben Sie an, auf welcher Revision des Entwurfs Ihre Änderung beruht (der If-Match-Header).
