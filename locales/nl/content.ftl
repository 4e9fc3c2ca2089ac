# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

error-tool-kind-unknown = Kies een module, een dagboek of een vragenlijst.
error-tool-title-empty = Geef de interventie een titel.
error-tool-title-too-long = De titel mag hoogstens 200 tekens hebben.
error-tool-description-too-long = De beschrijving mag hoogstens 1.000 tekens hebben.
error-tool-document-invalid = Dit bestand is geen interventie die Kalm kan lezen.
error-tool-schema-unknown = Dit bestand is gemaakt met een nieuwere versie. Exporteer het opnieuw vanuit een installatie met deze versie.
error-not-a-content-platform = Interventies maak je alleen op contentplatforms.
error-not-a-care-platform = Kies een zorgplatform voor de catalogus.
error-draft-outdated = Iemand anders heeft dit concept opgeslagen nadat jij het opende. Open het opnieuw om die wijzigingen te zien en breng daarna de jouwe aan.
error-tool-fixed = De soort en de taal van een interventie kunnen niet meer veranderen nadat die is aangemaakt.
error-nothing-to-release = Het concept is hetzelfde als de laatste versie. Verander eerst iets.
error-release-refused = Het concept kan nog niet worden uitgebracht. Los eerst de genoemde problemen op.
error-tool-not-found = Deze interventie is niet gevonden op dit platform.
error-version-not-found = Deze versie bestaat niet.
error-revision-required = Geef aan op welke revisie van het concept je wijziging is gebaseerd (de If-Match-header).
