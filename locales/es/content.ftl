# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

error-tool-kind-unknown = Elige un módulo, un diario o un cuestionario.
error-tool-title-empty = Ponle un título a la actividad.
error-tool-title-too-long = El título puede tener como máximo 200 caracteres.
error-tool-description-too-long = La descripción puede tener como máximo 1.000 caracteres.
error-tool-document-invalid = Este archivo no es una actividad que Kalm pueda leer.
error-tool-schema-unknown = Este archivo se creó con una versión más reciente. Vuelve a exportarlo desde una instalación de esta versión.
error-not-a-content-platform = Las actividades solo se crean en plataformas de contenidos.
error-not-a-care-platform = Elige una plataforma asistencial para el catálogo.
error-draft-outdated = Otra persona guardó este borrador después de que lo abrieras. Ábrelo de nuevo para ver sus cambios y luego haz los tuyos.
error-tool-fixed = El tipo y el idioma de una actividad no pueden cambiar después de crearla.
error-nothing-to-release = El borrador es igual que la última versión. Cambia algo primero.
error-release-refused = El borrador aún no se puede publicar. Primero resuelve los problemas de la lista.
error-tool-not-found = No se encontró esta actividad en esta plataforma.
error-version-not-found = Esta versión no existe.
error-revision-required = Indica en qué revisión del borrador se basa tu cambio (la cabecera If-Match).
