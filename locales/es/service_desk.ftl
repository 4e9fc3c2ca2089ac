# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

platforms-title = Plataformas
platforms-new = Nueva plataforma
platforms-none = Todavía no hay plataformas.
platforms-create = Crear plataforma
platforms-domain-help = La dirección que usan las personas, por ejemplo salud.example.org. Sin https:// y sin ruta.
platforms-account-count = Cuentas
platforms-id = ID
platforms-audit = Registro de auditoría de esta plataforma
platforms-add-manager = Añadir un administrador de la aplicación
platforms-add-manager-submit = Añadir administrador de la aplicación
kind-care = Plataforma asistencial
kind-content = Plataforma de contenidos (CMS)

error-platform-name-empty = Escribe el nombre de la plataforma.
error-platform-name-too-long = El nombre de la plataforma puede tener como máximo 100 caracteres.
error-platform-kind-unknown = Elige «asistencial» o «de contenidos» como tipo.
error-domain-invalid = Este dominio no es válido. Usa un nombre como salud.example.org, sin https:// ni ruta.
error-domain-taken = Otra plataforma ya usa este dominio.
error-platform-not-found = No se ha encontrado esta plataforma.
error-operator-not-found = Ningún agente del servicio de soporte tiene este correo electrónico.
error-email-not-found = Este correo no está en la cola de envío o no se puede volver a enviar.

platforms-configurations = Configuraciones
platforms-charges = Cargos de esta plataforma

charges-title = Cargos
charges-intro = Todos los eventos con cargo: configuraciones puestas a disposición, cambios con cargo y plataformas de contenidos creadas.
charges-filter = Filtrar los cargos
charges-download = Descargar en CSV
charges-none = No se ha encontrado ningún cargo.
charges-event = Evento
charges-subject = Concepto
charges-event-made-available = Puesta a disposición
charges-event-changed = Cambio
charges-event-platform-created = Plataforma creada

platforms-edit = Datos de la plataforma
platforms-edit-submit = Guardar datos
notice-platform-updated = La plataforma se ha actualizado.

outbox-title = Correos electrónicos
outbox-intro = Correos pendientes de envío y correos que no se han podido entregar. Cuando el problema esté resuelto, puedes volver a poner en cola un correo fallido.
outbox-queued = Pendientes de envío
outbox-oldest = El más antiguo espera desde
outbox-sent = Enviados
outbox-failed = No se han podido entregar
outbox-none-failed = Se han entregado todos los correos.
outbox-kind = Correo
outbox-recipient = Destinatario
outbox-attempts = Intentos
outbox-last-error = Último error
outbox-retry = Volver a enviar
notice-email-requeued = El correo vuelve a estar en cola.

error-operator-disabled = Este agente del servicio de soporte está desactivado.
error-token-not-found = No hay ningún token de API con este identificador.

platforms-managers = Administradores de la aplicación
platforms-managers-none = Todavía no hay ningún administrador de la aplicación. Añade uno abajo: es quien crea las cuentas de la plataforma.

outbox-lookup = Correos a una dirección
outbox-lookup-help = ¿Alguien dice que un correo nunca llegó? Mira qué se envió a su dirección: cuándo, de qué tipo y si salió. Los textos no se muestran.
outbox-lookup-submit = Buscar
outbox-lookup-none = No se ha enviado nada a esta dirección.
outbox-state = Estado
outbox-state-queued = En cola
outbox-state-sent = Enviado
outbox-state-failed = Fallido

platforms-country-of-language = El país del idioma predeterminado
platforms-country-help = Los números de teléfono escritos sin prefijo del país se leen como números de este país.
platforms-time-zone-of-country = La zona horaria del país
platforms-contact-none = Ninguno
platforms-contact-help = La dirección propia de la organización para preguntas. Los textos que piden ponerse en contacto con la organización muestran esta dirección. Déjalo vacío si no hay ninguna.
charges-not-priced = Sin precio
charges-download-totals = Descargar totales (CSV)
charges-totals = Totales por plataforma
charges-totals-help = Para el periodo y la plataforma elegidos arriba. Los cargos sin precio en la lista de precios se cuentan en una línea aparte.
charges-count = Número de cargos
charges-amount = Importe
charges-rows = Todos los cargos

platforms-catalogue-offered-on = Se ofrece en estas plataformas de atención
platforms-catalogue-offers = Ofrece actividades de estas plataformas de contenidos
platforms-catalogue-none = Todavía no hay vínculos de catálogo.
platforms-catalogue-unlink = Dejar de ofrecer
platforms-catalogue-unlink-label = Dejar de ofrecer en { $platform }
platforms-catalogue-care = Plataforma de atención
platforms-catalogue-link = Ofrecer allí sus actividades
notice-catalogue-linked = Las actividades ya se ofrecen en la plataforma de atención.
notice-catalogue-unlinked = Las actividades ya no se ofrecen allí.
