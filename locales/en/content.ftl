# Kalm — English. Plain words: short sentences, say what to do next, never blame.

error-tool-kind-unknown = Choose a module, a diary or a questionnaire.
error-tool-title-empty = Give the tool a title.
error-tool-title-too-long = The title can be at most 200 characters.
error-tool-description-too-long = The description can be at most 1,000 characters.
error-tool-document-invalid = This file is not a tool that Kalm can read.
error-tool-schema-unknown = This file was made by a newer version. Export it again from an installation of this version.
error-not-a-content-platform = Tools are made on content platforms only.
error-not-a-care-platform = Choose a care platform for the catalogue.
error-draft-outdated = Someone else saved this draft after you opened it. Open it again to see their changes, then make yours.
error-tool-fixed = The kind and the language of a tool cannot change after it is created.
error-nothing-to-release = The draft is the same as the latest version. Change something first.
error-release-refused = The draft cannot be released yet. Solve the problems listed first.
error-tool-not-found = This tool was not found on this platform.
error-version-not-found = This version does not exist.
error-revision-required = Say which revision of the draft your change is based on (the If-Match header).
