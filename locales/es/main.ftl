# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

product-name = Kalm
console-name = Servicio de soporte de Kalm
skip-to-content = Saltar al contenido principal
nav-label = Menú principal
nav-home = Inicio
nav-accounts = Cuentas
nav-audit = Registro de auditoría
nav-my-account = Mi cuenta
nav-platforms = Plataformas
signed-in-as = Sesión iniciada como { $name }
logout = Cerrar sesión
back-home = Ir a la página de inicio
save = Guardar
never = Nunca
filter-any = Cualquiera

## Inicio de sesión
login-title = Iniciar sesión
login-intro = Inicia sesión en { $platform } con tu correo electrónico y tu contraseña.
console-login-intro = Inicia sesión en la consola del servicio de soporte.
console-two-factor-required = La consola del servicio de soporte pide un segundo factor a todos los agentes. Configura una aplicación de autenticación para continuar.
console-two-factor-code = Abre tu aplicación de autenticación. Escribe el código de 6 dígitos que muestra para el servicio de soporte de Kalm.
console-two-factor-help = Pide a otro agente del servicio de soporte, o a quien administre el servidor, que ejecute allí «kalm operator two-factor reset». En tu próximo inicio de sesión vuelves a configurar tu aplicación de autenticación.
login-submit = Iniciar sesión
field-email = Correo electrónico
field-password = Contraseña

## Activación
activate-title = Elige tu contraseña
activate-welcome = Te damos la bienvenida, { $name }
activate-intro = Elige una contraseña para tu nueva cuenta. La usarás para iniciar sesión.
activate-submit = Guardar contraseña y continuar
password-rules = Usa al menos 12 caracteres. Varias palabras sin relación entre sí, una tras otra, funcionan bien. No uses tu nombre ni contraseñas comunes.
field-new-password = Contraseña nueva
field-current-password = Contraseña actual

## Inicio
home-title = Inicio
home-welcome = Hola, { $name }
home-manager = Administras las cuentas de esta plataforma.
home-secretary = Das apoyo a los profesionales y a sus clientes.
home-professional = Aquí encontrarás a los clientes con los que trabajas.
home-client = Aquí encontrarás a las personas que te ayudan.
home-friend = Un cliente te ha invitado a esta plataforma.
home-friend-of = { $name } te ha invitado a esta plataforma.
home-operator = Has iniciado sesión con un token del servicio de soporte.
home-your-clients = Tus clientes
home-no-clients = Todavía no tienes clientes.
home-your-professionals = Tus profesionales
home-no-professionals = Todavía no hay ningún profesional vinculado a tu cuenta.

## Mi cuenta
my-account-title = Mi cuenta
my-account-profile = Tus datos
my-account-password = Cambiar tu contraseña
my-account-change-password = Cambiar contraseña
field-first-name = Nombre
field-last-name = Apellidos
field-language = Idioma

## Cuentas
accounts-title = Cuentas
accounts-new = Nueva cuenta
accounts-new-client = Nuevo cliente
accounts-filter = Filtrar cuentas
accounts-search = Nombre o correo electrónico
accounts-apply-filter = Aplicar filtro
accounts-count = { $count ->
    [0] No se encontró ninguna cuenta.
    [one] 1 cuenta encontrada.
    [many] { $count } cuentas encontradas.
   *[other] { $count } cuentas encontradas.
}
field-name = Nombre
field-account-type = Tipo de cuenta
field-role = Rol
field-roles = Roles
field-status = Estado
field-last-activity = Última actividad
field-created = Fecha de creación
account-new-title = Nueva cuenta
account-new-roles = Roles (para cuentas profesionales)
account-new-submit = Crear cuenta
account-activation-link = Enlace de activación
account-activation-link-help = Da este enlace al nuevo usuario. Funciona una sola vez y durante 7 días. Con él, el usuario elige su contraseña.
account-friend-of = Persona allegada de { $name }
account-professionals = Profesionales
account-no-professionals = Todavía no hay ningún profesional vinculado a este cliente.
account-unrelate = Terminar el vínculo con { $name }
account-relate-label = Profesional
account-relate = Vincular
account-clients = Clientes
account-friends = Personas allegadas
account-roles-heading = Roles
account-roles-save = Guardar roles
account-actions = Acciones
account-renew-link = Nuevo enlace de activación
account-deactivate = Desactivar cuenta
account-reactivate = Reactivar cuenta

account-type-professional = Cuenta profesional
account-type-client = Cliente
account-type-friend = Persona allegada
role-professional = Profesional
role-secretary = Secretaría
role-application-manager = Administrador de la aplicación
status-invited = Invitación enviada
status-active = Activa
status-deactivated = Desactivada

language-nl = Nederlands
language-en = English
language-de = Deutsch
language-da = Dansk
language-es = Español
language-fr = Français
language-hu = Magyar
language-pl = Polski

## Avisos tras un cambio
notice-account-activated = Tu contraseña está guardada. Ya puedes iniciar sesión.
notice-profile-saved = Tus datos están guardados.
notice-password-changed = Tu contraseña se ha cambiado. Aquí sigues con la sesión iniciada; en tus otros dispositivos se ha cerrado la sesión.
notice-account-created = La cuenta se ha creado.
notice-roles-saved = Los roles están guardados.
notice-relation-added = El cliente y el profesional ya están vinculados.
notice-relation-removed = El vínculo ha terminado.
notice-account-deactivated = La cuenta está desactivada. Ya no se puede iniciar sesión con ella.
notice-account-reactivated = La cuenta vuelve a estar activa.
notice-account-reactivated-invited = La cuenta está reactivada. Su titular nunca estableció una contraseña, así que vuelve a estar invitada: envíe un nuevo enlace de activación.
notice-activation-link-renewed = Hay un nuevo enlace de activación. Los enlaces anteriores ya no funcionan.

## Registro de auditoría
audit-title = Registro de auditoría
audit-filter = Filtrar el registro de auditoría
audit-account = Cuenta (correo electrónico o ID)
audit-action = Acción
audit-since = Desde
audit-until = Hasta
audit-when = Cuándo
audit-who = Quién
audit-target = Afecta a
audit-outcome = Resultado
audit-source = Dirección de origen
audit-detail = Detalles
field-platform = Plataforma (dominio o ID)
actor-operator = Servicio de soporte
actor-account = Cuenta
actor-system = Sistema
actor-anonymous = Sin sesión iniciada
outcome-success = Correcto
outcome-failure = Fallido
outcome-denied = Denegado
audit-action-login-succeeded = Inicio de sesión
audit-action-login-failed = Inicio de sesión fallido
audit-action-login-throttled = Inicio de sesión en pausa tras demasiados intentos
audit-action-logout = Cierre de sesión
audit-action-account-created = Cuenta creada
audit-action-account-updated = Cuenta modificada
audit-action-account-activated = Cuenta activada
audit-action-roles-changed = Roles modificados
audit-action-relation-added = Vínculo creado
audit-action-relation-removed = Vínculo terminado
audit-action-account-deactivated = Cuenta desactivada
audit-action-account-reactivated = Cuenta reactivada
audit-action-password-changed = Contraseña cambiada
audit-action-activation-link-renewed = Nuevo enlace de activación
audit-action-platform-created = Plataforma creada
audit-action-operator-created = Agente del servicio de soporte creado
audit-action-operator-token-created = Token de API creado
audit-action-access-denied = Acceso denegado

## Consola del servicio de soporte
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
field-platform-name = Nombre
field-domain = Dominio
field-kind = Tipo
field-default-language = Idioma predeterminado
kind-care = Plataforma asistencial
kind-content = Plataforma de contenidos (CMS)

## Errores
error-title = Hay algo que necesita tu atención
error-login-failed = El correo electrónico o la contraseña no son correctos. Revisa los dos e inténtalo de nuevo.
error-login-throttled = Ha habido demasiados intentos. Espera un momento e inténtalo de nuevo.
error-login-throttled-until = Ha habido demasiados intentos. Puedes volver a intentarlo a partir del { $time }.
error-account-deactivated = Esta cuenta está desactivada.
error-account-deactivated-login = Tu cuenta no está activa en este momento. Ponte en contacto con tu profesional o con el administrador de la aplicación de { $platform }.
error-activation-link-invalid = Este enlace no funciona o ya no funciona. Pide un enlace nuevo a la persona que te invitó.
error-activation-link-expired = Este enlace ha caducado. Pide un enlace nuevo a la persona que te invitó.
error-password-too-short = La contraseña es demasiado corta. Usa al menos 12 caracteres.
error-password-too-long = La contraseña es demasiado larga. Usa como máximo 1024 caracteres.
error-password-too-guessable = Esta contraseña es demasiado fácil de adivinar. Prueba con varias palabras sin relación entre sí, una tras otra.
error-current-password-wrong = Tu contraseña actual no es correcta. Inténtalo de nuevo.
error-email-invalid = Este correo electrónico no es válido. Revisa si tiene errores de escritura.
error-email-taken = Otra cuenta de esta plataforma ya usa este correo electrónico.
error-first-name-empty = Escribe el nombre.
error-last-name-empty = Escribe los apellidos.
error-name-too-long = Un nombre puede tener como máximo 100 caracteres.
error-account-type-unknown = Elige un tipo de cuenta.
error-role-unknown = Uno de los roles no se reconoce.
error-roles-empty = Una cuenta profesional necesita al menos un rol.
error-roles-not-allowed = Solo las cuentas profesionales tienen roles.
error-account-status-unknown = Este estado de cuenta no se reconoce.
error-language-unknown = Este idioma no está disponible.
error-platform-name-empty = Escribe el nombre de la plataforma.
error-platform-name-too-long = El nombre de la plataforma puede tener como máximo 100 caracteres.
error-platform-kind-unknown = Elige «asistencial» o «de contenidos» como tipo.
error-domain-invalid = Este dominio no es válido. Usa un nombre como salud.example.org, sin https:// ni ruta.
error-domain-taken = Otra plataforma ya usa este dominio.
error-platform-not-found = No se ha encontrado esta plataforma.
error-operator-not-found = Ningún agente del servicio de soporte tiene este correo electrónico.
error-account-not-found = No se ha encontrado esta cuenta.
error-client-not-found = Ningún cliente tiene este correo electrónico en esta plataforma.
error-email-not-found = Este correo no está en la cola de envío o no se puede volver a enviar.
error-remembered-device-not-found = No se ha encontrado este dispositivo recordado.
error-not-allowed = No tienes permiso para hacer esto.
error-duplicate = Esto ya existe.
error-relation-types = Un vínculo une a un cliente con un profesional.
error-last-application-manager = La plataforma debe conservar al menos un administrador de la aplicación activo.
error-account-not-active = Esto solo es posible en cuentas que aún no se han activado.
error-not-signed-in = Inicia sesión primero.
error-page-not-found = Esta página no existe.
error-route-not-found = Esta ruta de la API no existe.
error-request-timeout = Esto ha tardado demasiado. Inténtelo de nuevo en un momento.
error-invalid-json = El cuerpo de la solicitud no es un JSON válido para esta llamada.
error-unknown-parameter = Esta llamada no admite ese parámetro; compruebe cómo está escrito.
error-internal = Algo ha fallado por nuestra parte. Inténtalo de nuevo más tarde.
error-invalid-field = El campo { $field } tiene un valor que esta llamada no acepta: { $detail }.
error-missing-field = El campo { $field } es obligatorio.
error-unknown-field = Esta llamada no admite el campo { $field }; compruebe cómo está escrito.
error-invalid-query = El parámetro de consulta { $field } tiene un valor que esta llamada no acepta: { $detail }.
error-invalid-path = El parámetro de ruta { $field } no es válido: { $detail }.
error-body-too-large = El cuerpo de la solicitud es demasiado grande; puede tener como máximo 2 MB.
error-body-unreadable = No se ha podido leer el cuerpo de la solicitud.
error-unsupported-media-type = Envíe el cuerpo de la solicitud como JSON, con la cabecera Content-Type: application/json.
error-method-not-allowed = Esta ruta de la API no admite este método.
error-bad-request = La solicitud no es válida.
error-host-unknown = No hay ninguna plataforma en este dominio.
error-cross-origin-refused = Esta solicitud venía de otro sitio y se ha rechazado.
error-database-unavailable = Ahora mismo no se puede acceder a la base de datos. Inténtalo de nuevo en un momento.

## Configuraciones
nav-settings = Ajustes
nav-charges = Cargos
settings-title = Ajustes
settings-intro = Estas son las configuraciones disponibles en tu plataforma. Algunas puedes cambiarlas tú; para las demás, ponte en contacto con el servicio de soporte.
settings-none = Todavía no hay configuraciones disponibles en esta plataforma. El servicio de soporte puede ponerlas a disposición.
settings-back = Volver a los ajustes
platforms-configurations = Configuraciones
platforms-charges = Cargos de esta plataforma
config-back-to-platform = Volver a { $platform }
config-state = Estado
config-state-available = Disponible
config-state-unavailable = No disponible
config-state-always = Siempre en vigor
config-editor = Modificable por
config-editor-service-desk = El servicio de soporte
config-editor-application-manager = El administrador de la aplicación
config-charge = Cargo
config-charge-free = Sin cargo
config-charge-when-made-available = Con cargo al ponerla a disposición
config-charge-every-change = Con cargo en cada cambio
config-availability = Disponibilidad
config-make-available = Poner a disposición
config-withdraw = Retirar
config-value = Valor
config-save = Guardar
config-ask-service-desk = Solo el servicio de soporte puede cambiar esto. Pídeselo a través de tu gestor de cuenta o por correo electrónico.
config-on = Activado
config-off = Desactivado
config-none = Ninguno
config-range = Entre { $min } y { $max }.
config-days = { $days ->
    [one] 1 día
    [many] { $days } días
   *[other] { $days } días
}
config-after-days = { $days ->
    [one] tras 1 día sin actividad
    [many] tras { $days } días sin actividad
   *[other] tras { $days } días sin actividad
}
config-emails-essential = Los correos sobre el inicio de sesión y la seguridad se envían siempre.
config-signature-help = Texto sin formato. Puedes usar { "{" }organisation_name{ "}" }. Déjalo vacío para usar la firma estándar.
config-domain-reason-help = Por qué cambia la dirección (obligatorio). Cada cambio tiene cargo.
email-signature-default = Saludos cordiales, { "{" }organisation_name{ "}" }

config-inactivity-deactivation = Desactivar cuentas inactivas
config-inactivity-deactivation-help = Las cuentas sin actividad durante un número de días se desactivan automáticamente. Elige el periodo con cuidado: quien se ausente un tiempo perderá el acceso.
config-login-methods = Métodos de inicio de sesión
config-login-methods-help = Qué grupos pueden iniciar sesión con su correo electrónico y su contraseña.
config-two-factor = Autenticación en dos pasos
config-two-factor-help = Un código adicional al iniciar sesión, de una aplicación de autenticación o por SMS.
config-emails = Correos electrónicos
config-emails-help = Desactiva los correos que no son imprescindibles, por ejemplo cuando una integración ya avisa a las personas por su cuenta.
config-email-greeting = Saludo de los correos
config-email-greeting-help = Cómo saludan los correos a quien los recibe.
config-email-signature = Firma de los correos
config-email-signature-help = La línea de cierre de cada correo, por idioma.
config-languages = Idiomas
config-languages-help = Idiomas que se ofrecen además del idioma predeterminado de la plataforma. Cada persona elige el suyo en los ajustes de su cuenta.
config-video-sessions = Sesiones por videollamada
config-video-sessions-help = Los profesionales y sus clientes pueden hacer videollamadas en el navegador. Las llamadas nunca se graban.
config-domain = Dominio
config-domain-help = La dirección de la plataforma. Solo la cambia el servicio de soporte, indicando un motivo.

config-field-professionals = Profesionales
config-field-clients = Clientes
config-field-friends = Personas allegadas
config-field-warning-days = Correo de aviso: días antes de la desactivación
config-field-deactivate-professionals = Desactivar cuentas profesionales inactivas
config-field-deactivate-clients = Desactivar cuentas de clientes inactivas
config-field-days-professionals = Días sin actividad (profesionales)
config-field-days-clients = Días sin actividad (clientes)
config-field-remember-device = Recordar el código en un dispositivo (profesionales)
config-field-switched-off = Correos desactivados
config-field-greeting = Saludo
config-field-signature = Firma
config-field-languages = Idiomas adicionales
config-field-video-sessions = Sesiones por videollamada
config-field-domain = Dominio
config-field-reason = Motivo
config-field-note = Nota
config-field-key = Configuración
config-field-value = Valor
config-field-since = Desde
config-option-off = Desactivada
config-option-optional = Opcional
config-option-required = Obligatoria
config-option-never = No, pedir siempre el código
config-option-12-hours = 12 horas
config-option-3-days = 3 días
config-option-1-week = 1 semana
config-option-first-name = Hola, [nombre]
config-option-first-name-and-surname = Hola, [nombre] [apellidos]
email-kind-new-message = Nuevo mensaje
email-kind-tool-assigned = Herramienta asignada
email-kind-video-call-invitation = Invitación a una videollamada

notice-configuration-saved = La configuración está guardada.
notice-configuration-made-available = La configuración ya está disponible en esta plataforma.
notice-configuration-withdrawn = La configuración se ha retirado. Su valor se conserva para cuando vuelva a estar disponible.

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

error-configuration-invalid = Este valor no es válido.
error-configuration-not-available = Esta configuración no está disponible en esta plataforma.
error-configuration-unknown = No existe ninguna configuración con este nombre.
error-date-invalid = Esta fecha no es válida. Usa el formato 2026-11-26.
error-config-missing = { $field }: completa este campo.
error-config-not-a-boolean = { $field }: elige activado o desactivado.
error-config-not-a-whole-number = { $field }: escribe un número entero.
error-config-not-text = { $field }: escribe un texto.
error-config-not-a-list = { $field }: debe ser una lista.
error-config-not-an-object = { $field }: el formato no es correcto.
error-config-out-of-range = { $field }: elige un número de { $min } a { $max }.
error-config-not-one-of = { $field }: elige una de estas opciones: { $allowed }.
error-config-unknown-field = { $field } no es un ajuste de esta configuración.
error-config-too-long = { $field }: usa como máximo { $max } caracteres.
error-config-markup = { $field }: usa solo texto sin formato, sin enlaces, formato ni imágenes.
error-config-unknown-placeholder = { $field }: { $placeholder } no es una variable que se pueda usar aquí.
error-config-invalid-domain = { $field }: este dominio no es válido. Usa un nombre como salud.example.org.
error-config-locks-out = { $field }: no se puede desactivar el inicio de sesión con contraseña mientras este grupo no tenga otra forma de iniciar sesión.
error-config-warning-too-early = { $field }: los avisos deben empezar después de la última actividad. Elija menos días que el plazo más corto ({ $days } días), o 0 para no enviar avisos.
audit-action-configuration-availability-changed = Configuración puesta a disposición o retirada
audit-action-configuration-changed = Configuración modificada

## Idiomas
language-switcher = Idioma
language-switcher-submit = Ver en este idioma
language-not-offered = Tu idioma no está disponible en esta plataforma por ahora, así que ves la página en { $language }. Tu elección queda guardada.
date-format = %d/%m/%Y %H:%M
platforms-edit = Nombre e idioma predeterminado
platforms-edit-submit = Guardar nombre e idioma
notice-platform-updated = La plataforma se ha actualizado.
audit-action-platform-updated = Plataforma modificada

## Correos electrónicos. Cada línea de un texto es un párrafo. Pon { $link } solo en su propia línea.
email-greeting-first-name = Hola, { $first_name }:
email-greeting-first-name-and-surname = Hola, { $first_name } { $last_name }:
email-footer = Este es un correo automático de { $organisation_name }. Las respuestas a este correo no se leen.
email-account-invitation-subject = Tu cuenta en { $organisation_name }
email-account-invitation-body =
    Se ha creado una cuenta para ti en { $organisation_name }.
    Para empezar, elige tu contraseña con este enlace:
    { $link }
    El enlace funciona una sola vez, hasta el { $valid_until }. Si ya no funciona, pide un enlace nuevo a la persona que te invitó.
email-password-reset-subject = Elige una contraseña nueva para { $organisation_name }
email-password-reset-body =
    Alguien ha pedido una contraseña nueva para tu cuenta en { $organisation_name }. ¿Has sido tú? Entonces usa este enlace:
    { $link }
    El enlace funciona una sola vez, hasta el { $valid_until }.
    ¿No lo has pedido tú? Entonces puedes ignorar este correo. Tu contraseña no cambia.
email-password-changed-subject = Tu contraseña se ha cambiado
email-password-changed-body =
    La contraseña de tu cuenta en { $organisation_name } se acaba de cambiar.
    ¿Has sido tú? Entonces no tienes que hacer nada.
    ¿No has sido tú? Ponte en contacto con { $organisation_name } enseguida.
email-email-address-changed-subject = Tu correo electrónico se ha cambiado
email-email-address-changed-body =
    El correo electrónico de tu cuenta en { $organisation_name } se ha cambiado. A partir de ahora, los correos se envían a la nueva dirección.
    ¿No has sido tú? Ponte en contacto con { $organisation_name } enseguida.
email-friend-invitation-subject = { $inviter_first_name } te invita a { $organisation_name }
email-friend-invitation-body =
    { $inviter_first_name } te invita a unirte a { $organisation_name }.
    Para aceptar, elige tu contraseña con este enlace:
    { $link }
    El enlace funciona una sola vez, hasta el { $valid_until }.
email-account-deactivated-subject = Tu cuenta está desactivada
email-account-deactivated-body =
    Tu cuenta en { $organisation_name } se desactivó el { $date }. No se ha borrado ninguno de tus datos.
    ¿Quieres volver a usar tu cuenta? Ponte en contacto con { $organisation_name }.
email-deactivation-warning-subject = Tu cuenta se desactivará pronto
email-deactivation-warning-body =
    Hace tiempo que no usas tu cuenta en { $organisation_name }. Se desactivará el { $date }.
    ¿Quieres conservarla? Solo tienes que iniciar sesión antes de esa fecha:
    { $link }
email-two-factor-set-up-subject = La autenticación en dos pasos está activada
email-two-factor-set-up-body =
    Has configurado la autenticación en dos pasos en tu cuenta en { $organisation_name }. A partir de ahora necesitas un código al iniciar sesión.
    ¿No has sido tú? Ponte en contacto con { $organisation_name } enseguida.
email-two-factor-reset-subject = Se ha restablecido tu autenticación en dos pasos
email-two-factor-reset-body =
    Una persona de { $organisation_name } ha restablecido la autenticación en dos pasos de tu cuenta. La próxima vez que inicies sesión, la configurarás de nuevo.
    ¿No lo habían acordado contigo? Ponte en contacto con { $organisation_name } enseguida.
email-two-factor-disabled-subject = La autenticación en dos pasos de tu cuenta está en pausa
email-two-factor-disabled-body =
    La autenticación en dos pasos de tu cuenta en { $organisation_name } está desactivada hasta el { $date }.
    Después de esa fecha, volverás a necesitar un código al iniciar sesión.
email-recovery-codes-renewed-subject = Tienes códigos de recuperación nuevos
email-recovery-codes-renewed-body =
    Se han creado códigos de recuperación nuevos para tu cuenta en { $organisation_name }. Tus códigos anteriores ya no funcionan.
    Guarda los códigos nuevos en un lugar seguro.
    ¿No has sido tú? Ponte en contacto con { $organisation_name } enseguida.
email-recovery-code-used-subject = Se ha usado un código de recuperación
email-recovery-code-used-body =
    Se acaba de usar un código de recuperación para iniciar sesión en tu cuenta en { $organisation_name }.
    ¿Has sido tú? Entonces vuelve a configurar la autenticación en dos pasos en los ajustes de tu cuenta.
    ¿No has sido tú? Ponte en contacto con { $organisation_name } enseguida.
email-new-message-subject = Tienes un mensaje nuevo
email-new-message-body =
    Tienes un mensaje nuevo en { $organisation_name }. Inicia sesión para leerlo:
    { $link }
email-tool-assigned-subject = Hay algo nuevo para ti
email-tool-assigned-body =
    Hay algo nuevo para ti en { $organisation_name }. Inicia sesión para verlo:
    { $link }
email-video-call-invitation-subject = Tienes una invitación a una videollamada
email-video-call-invitation-body =
    Tienes una invitación a una videollamada en { $organisation_name }. Inicia sesión para unirte:
    { $link }

## Restablecimiento de contraseña
login-forgot-link = ¿Has olvidado tu contraseña?
forgot-title = ¿Has olvidado tu contraseña?
forgot-intro = Escribe tu correo electrónico. Te enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Envíame un enlace
forgot-sent = Si hay una cuenta con este correo electrónico, hemos enviado un enlace a esa dirección. Revisa tu bandeja de entrada (y la carpeta de spam). El enlace funciona durante una hora.
forgot-back-to-login = Volver a la página de inicio de sesión
reset-title = Elige una contraseña nueva
reset-submit = Guardar contraseña nueva
notice-password-reset = Tu contraseña nueva está guardada. Ya puedes iniciar sesión con ella.
error-reset-link-invalid = Este enlace no funciona o ya no funciona. Puedes pedir uno nuevo en la página de inicio de sesión.
error-reset-link-expired = Este enlace ha caducado. Puedes pedir uno nuevo en la página de inicio de sesión.
audit-action-password-reset-requested = Restablecimiento de contraseña solicitado
audit-action-password-reset = Contraseña restablecida

## Personas allegadas
home-friends-heading = Tus personas allegadas
home-friends-intro = Puedes invitar a una persona cercana, por ejemplo, tu pareja o una amistad. Esa persona recibirá su propia cuenta y un correo electrónico para elegir una contraseña.
home-friends-none = Todavía no has invitado a nadie.
friends-invite-heading = Invitar a alguien
friends-invite-submit = Enviar invitación
friends-end-link = Terminar el vínculo con { $name }
notice-friend-invited = La invitación se ha enviado.
notice-friend-link-ended = El vínculo ha terminado. Esa persona ya no puede iniciar sesión.
audit-action-friend-link-ended = Vínculo con persona allegada terminado

## Bandeja de salida de correos (consola del servicio de soporte)
nav-emails = Correos electrónicos
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
email-kind-account-invitation = Invitación para una cuenta
email-kind-password-reset = Restablecimiento de contraseña
email-kind-password-changed = Contraseña cambiada
email-kind-email-address-changed = Correo electrónico cambiado
email-kind-friend-invitation = Invitación a una persona allegada
email-kind-account-deactivated = Cuenta desactivada
email-kind-deactivation-warning = Aviso de desactivación
email-kind-two-factor-set-up = Autenticación en dos pasos configurada
email-kind-two-factor-reset = Autenticación en dos pasos restablecida
email-kind-two-factor-disabled = Autenticación en dos pasos en pausa
email-kind-recovery-codes-renewed = Códigos de recuperación renovados
email-kind-recovery-code-used = Código de recuperación usado

## Two-factor authentication
error-two-factor-code-wrong = Este código no es correcto. Revisa el código y vuelve a intentarlo.
audit-action-two-factor-set-up = Autenticación en dos pasos configurada
audit-action-recovery-codes-renewed = Códigos de recuperación renovados
audit-action-recovery-code-used = Código de recuperación usado
audit-action-two-factor-reset = Autenticación en dos pasos restablecida
audit-action-two-factor-waived = Autenticación en dos pasos en pausa
audit-action-two-factor-waiver-ended = Pausa de la autenticación en dos pasos terminada
audit-action-remembered-device-revoked = Dispositivo recordado olvidado
audit-action-sms-code-sent = Código enviado por SMS

## Autenticación en dos pasos: inicio de sesión, configuración, ajustes propios, restablecimientos y pausas
sms-code-text = { $code } es tu código para iniciar sesión en { $platform }. Funciona durante 10 minutos. Nunca des este código a nadie.
two-factor-title = Autenticación en dos pasos
next = Siguiente
back = Atrás
field-code = Código
field-phone = Número de móvil
field-recovery-code = Código de recuperación
field-reason-optional = Motivo (opcional)
two-factor-code-title = Escribe tu código
two-factor-code-app = Abre tu aplicación de autenticación. Escribe el código de 6 dígitos que muestra para { $platform }.
two-factor-code-sms = Te hemos enviado un SMS con un código de 6 dígitos a tu teléfono. Escribe el código aquí. Funciona durante 10 minutos.
two-factor-remember-for = Recordar este dispositivo durante { $period }
two-factor-remember-question = ¿Recordar este dispositivo?
two-factor-remember-shared = Hazlo solo en un dispositivo que no use nadie más.
remember-never = No, pedir siempre un código
remember-12-hours = 12 horas
remember-3-days = 3 días
remember-1-week = 1 semana
two-factor-verify = Iniciar sesión
two-factor-send-again = Enviar un código nuevo
two-factor-use-recovery = ¿Has perdido tu teléfono? Inicia sesión con un código de recuperación
two-factor-cancel-login = Cancelar y cerrar sesión
two-factor-recovery-title = Iniciar sesión con un código de recuperación
two-factor-recovery-intro = Escribe uno de los códigos de recuperación que guardaste al configurar la autenticación en dos pasos. Cada código funciona una sola vez.
two-factor-lost-everything = ¿También has perdido tus códigos de recuperación?
two-factor-help-professional = Pide a un administrador de la aplicación de { $platform } que restablezca tu autenticación en dos pasos. Después podrás configurarla de nuevo.
two-factor-help-manager = Pide a otro administrador de la aplicación de { $platform } que restablezca tu autenticación en dos pasos. No puedes hacerlo en tu propia cuenta. ¿No hay ningún otro administrador de la aplicación? Entonces ponte en contacto con el servicio de soporte.
two-factor-help-client = Pide a tu profesional o a la secretaría que restablezca tu autenticación en dos pasos. Después podrás configurarla de nuevo.
two-factor-help-friend = Nadie puede restablecer la autenticación en dos pasos de una cuenta de persona allegada. Ponte en contacto con la persona que te invitó.
two-factor-back-to-code = Volver a escribir un código
two-factor-recovered-title = Has iniciado sesión
two-factor-codes-left =
    { $count ->
        [0] No te queda ningún código de recuperación.
        [one] Te queda 1 código de recuperación.
        [many] Te quedan { $count } códigos de recuperación.
       *[other] Te quedan { $count } códigos de recuperación.
    }
two-factor-recovered-offer = ¿Has perdido tu teléfono? Entonces vuelve a configurar la autenticación en dos pasos con tu teléfono nuevo. También recibirás códigos de recuperación nuevos.
two-factor-set-up-again = Volver a configurar
two-factor-set-up = Configurar la autenticación en dos pasos
two-factor-later = Más tarde
two-factor-continue = Continuar
two-factor-setup-title = Configurar la autenticación en dos pasos
two-factor-step = Paso { $step } de { $steps }
two-factor-setup-required = { $platform } pide a todo el mundo que la configure. Cuando termines, podrás continuar.
two-factor-why-heading = ¿Por qué?
two-factor-why = La autenticación en dos pasos protege tu cuenta. Al iniciar sesión, escribes tu contraseña y también un código de tu teléfono. Así, quien conozca tu contraseña sigue sin poder entrar.
two-factor-need-heading = ¿Qué necesitas?
two-factor-need = Tu teléfono móvil. La configuración dura unos 5 minutos.
two-factor-need-app = Para usar una aplicación: instala una aplicación de autenticación gratuita, por ejemplo Google Authenticator, Microsoft Authenticator o LastPass Authenticator.
two-factor-need-sms = Para usar SMS: un teléfono que pueda recibir SMS.
two-factor-choose-heading = ¿Cómo quieres recibir tus códigos?
method-app = Con una aplicación de autenticación (recomendado)
method-app-hint = Es la forma más segura. También funciona sin cobertura.
method-sms = Por mensaje de texto (SMS)
method-sms-hint = Te enviamos un código cada vez que inicias sesión.
error-choose-method = Elige cómo quieres recibir tus códigos.
two-factor-app-heading = Conecta tu aplicación
two-factor-app-scan = Abre tu aplicación de autenticación, añade una cuenta y escanea este código QR.
two-factor-qr-label = Código QR para tu aplicación de autenticación
two-factor-app-manual = ¿No puedes escanear el código? Entonces escribe esta clave en tu aplicación:
two-factor-app-code = Después, escribe el código de 6 dígitos que muestra tu aplicación.
two-factor-turn-on = Activar
two-factor-sms-heading = Tu número de móvil
two-factor-phone-hint = Por ejemplo: { $example }. Un número de otro país empieza por + y el prefijo del país.
two-factor-send-code = Enviar código
two-factor-setup-sms-sent = Te hemos enviado un SMS con un código de 6 dígitos a tu número acabado en { $digits }. Escribe el código aquí.
two-factor-other-number = Usar otro número
recovery-codes-title = Tus códigos de recuperación
recovery-codes-intro-new = La autenticación en dos pasos está activada. Guarda ahora estos códigos de recuperación: no volverás a verlos.
recovery-codes-intro-renewed = Estos son tus códigos de recuperación nuevos. Tus códigos anteriores ya no funcionan. Guarda ahora los nuevos: no volverás a verlos.
recovery-codes-use = ¿Has perdido tu teléfono? Entonces puedes iniciar sesión con uno de estos códigos. Cada código funciona una sola vez.
recovery-codes-download = Descargar como archivo de texto
recovery-codes-copy = Copiar
recovery-codes-copied = Los códigos se han copiado.
recovery-codes-print = Imprimir
recovery-codes-file-heading = Códigos de recuperación para { $platform } ({ $email })
recovery-codes-saved = He guardado mis códigos de recuperación en un lugar seguro
two-factor-status-app = Activada con una aplicación de autenticación desde el { $date }.
two-factor-status-sms = Activada con SMS a tu número acabado en { $digits } desde el { $date }.
two-factor-status-off = Sin configurar.
two-factor-rule-required = { $platform } exige la autenticación en dos pasos para tu cuenta.
two-factor-rule-optional = Puedes configurarla si quieres. Hace tu cuenta más segura.
two-factor-rule-off = La autenticación en dos pasos está desactivada en esta plataforma.
two-factor-waiver-own = La autenticación en dos pasos de tu cuenta está en pausa hasta el { $date }.
two-factor-renew-codes = Obtener códigos de recuperación nuevos
two-factor-renew-hint = Tus códigos de recuperación anteriores dejarán de funcionar.
two-factor-devices-heading = Dispositivos recordados
two-factor-devices-none = No hay ningún dispositivo recordado.
two-factor-device = Dispositivo
two-factor-device-first = Primer uso
two-factor-device-last = Último uso
two-factor-device-until = Recordado hasta
two-factor-device-forget = Olvidar
two-factor-back-to-account = Volver a mi cuenta
my-account-two-factor-link = Gestionar la autenticación en dos pasos
account-two-factor-waived = En pausa hasta el { $date } (por { $by }).
account-two-factor-reset = Restablecer la autenticación en dos pasos
account-two-factor-reset-hint = Solo si { $name } ha perdido tanto su teléfono como sus códigos de recuperación. La configurará de nuevo en su próximo inicio de sesión y recibirá un correo sobre el restablecimiento.
account-two-factor-own-hint = No puedes restablecer tu propia autenticación en dos pasos. Pídeselo a otro administrador de la aplicación o, si no hay ninguno, al servicio de soporte.
account-two-factor-waive = Poner en pausa la autenticación en dos pasos durante 1 mes
account-two-factor-waive-hint = { $name } podrá iniciar sesión solo con la contraseña hasta el { $date }. Recibirá un correo sobre ello.
account-two-factor-end-waiver = Terminar la pausa ahora
notice-code-sent = Te hemos enviado un código nuevo.
notice-device-revoked = El dispositivo se ha olvidado. La próxima vez que se inicie sesión en él, se pedirá un código.
notice-two-factor-on = La autenticación en dos pasos está activada.
notice-two-factor-reset = Se ha restablecido la autenticación en dos pasos.
notice-two-factor-waived = La autenticación en dos pasos está en pausa durante un mes.
notice-waiver-ended = La pausa ha terminado.
notice-login-expired = El inicio de sesión ha tardado demasiado. Vuelve a iniciar sesión.
error-recovery-code-wrong = Este código de recuperación no es correcto o ya se ha usado. Revísalo y vuelve a intentarlo.
error-phone-empty = Escribe tu número de móvil.
error-phone-characters = Un número de teléfono solo puede tener dígitos, espacios y guiones, y un + al principio.
error-phone-length = Este número de teléfono es demasiado corto o demasiado largo. Revísalo o escríbelo con + y el prefijo del país.
error-sms-limit = Se han enviado muchos códigos en la última hora. Espera un rato antes de pedir uno nuevo.
error-sms-limit-until = Se han enviado muchos códigos en la última hora. Puedes pedir uno nuevo a partir del { $time }.
error-sms-refused = No hemos podido enviar un SMS a este número. Revisa el número.
error-sms-unavailable = Ahora mismo no se pueden enviar SMS. Inténtalo de nuevo más tarde o usa una aplicación de autenticación.
error-login-expired = El inicio de sesión ha tardado demasiado. Vuelve a iniciar sesión.
error-reason-required = Indica un motivo.
error-waiver-not-needed = Solo se puede poner en pausa si la autenticación en dos pasos es obligatoria para los profesionales.
error-two-factor-off = La autenticación en dos pasos está desactivada para tu cuenta.
error-two-factor-not-set-up = La autenticación en dos pasos no está configurada. Vuelve a empezar.

## Inactivity
audit-action-inactivity-warning-sent = Aviso de desactivación enviado
audit-action-deactivation-skipped = Desactivación omitida
inactivity-type-professional = Cuentas profesionales
inactivity-type-client = Cuentas de clientes
inactivity-off = desactivado
inactivity-days =
    { $count ->
        [one] 1 día
        [many] { $count } días
       *[other] { $count } días
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } días
inactivity-bucket-open = { $from } días o más
inactivity-chart-title = Cuentas por días desde su última actividad
inactivity-chart-summary = Barras para { $professionals } cuentas profesionales y { $clients } cuentas de clientes; las líneas discontinuas marcan los límites del formulario. Ahora mismo, { $now } cuentas los superan. La tabla de abajo tiene los mismos números.
inactivity-chart-axis = Días desde la última actividad
inactivity-limit-professional =
    { $count ->
        [one] profesionales: 1 día
        [many] profesionales: { $count } días
       *[other] profesionales: { $count } días
    }
inactivity-limit-client =
    { $count ->
        [one] clientes: 1 día
        [many] clientes: { $count } días
       *[other] clientes: { $count } días
    }
inactivity-preview-heading = Qué harían estos días
inactivity-preview-intro = Calculado ahora, con los días del formulario. No cambia nada hasta que guardes.
inactivity-preview-type = Cuentas
inactivity-preview-days = Límite
inactivity-preview-accounts = Cuentas activas
inactivity-preview-now = Desactivadas de inmediato
inactivity-preview-next-30 = Desactivadas en los próximos 30 días
inactivity-preview-button = Mostrar el efecto
inactivity-confirm =
    { $count ->
        [one] He revisado los números: al guardar se desactiva de inmediato 1 cuenta
       *[other] He revisado los números: al guardar se desactivan de inmediato { $count } cuentas
    }
error-confirmation-needed = Esto desactiva de una vez más del 10 % de las cuentas activas de un tipo. Revisa los números de abajo y marca la casilla para confirmar.

audit-action-anonymous-entries-summarised = Intentos repetidos sin iniciar sesión resumidos
audit-action-reauthentication-failed = Falló la confirmación con contraseña
audit-action-email-change-requested = Nueva dirección de correo solicitada
audit-action-email-change-confirmed = Nueva dirección de correo confirmada
audit-action-account-viewed = Cuenta consultada
audit-action-accounts-listed = Lista de cuentas consultada
audit-action-audit-log-viewed = Registro de auditoría consultado
audit-action-audit-log-exported = Registro de auditoría exportado
audit-action-charges-exported = Cargos exportados
audit-action-email-retried = Correo electrónico puesto de nuevo en cola
audit-action-operator-token-revoked = Token de API revocado
audit-action-operator-token-used = Token de API usado
audit-action-operator-disabled = Agente del servicio de soporte desactivado

email-email-change-confirmation-subject = Confirma tu nueva dirección de correo para { $organisation_name }
email-email-change-confirmation-body =
    Alguien ha pedido usar esta dirección de correo para su cuenta en { $organisation_name }. ¿Has sido tú? Entonces confírmalo con este enlace:
    { $link }
    El enlace funciona una sola vez, hasta el { $valid_until }. Hasta entonces se sigue usando la dirección anterior.
    ¿No lo has pedido tú? Entonces puedes ignorar este correo.
email-email-address-in-use-subject = Tu dirección de correo en { $organisation_name }
email-email-address-in-use-body =
    Alguien ha intentado usar esta dirección de correo para otra cuenta en { $organisation_name }. Ya pertenece a tu cuenta, así que no se ha cambiado nada.
    ¿Has sido tú? Entonces inicia sesión con esta dirección: { $platform_url }
    ¿Has olvidado tu contraseña? Elige "¿Has olvidado tu contraseña?" en la página de inicio de sesión.
email-kind-email-change-confirmation = Confirmar nueva dirección de correo
email-kind-email-address-in-use = Dirección de correo ya en uso
confirm-title = Confirma que eres tú
confirm-intro = Por tu seguridad, escribe tu contraseña antes de cambiar tu dirección de correo o tu verificación en dos pasos.
confirm-password = Tu contraseña
confirm-submit = Confirmar
notice-confirmed = Gracias. Ya puedes hacer el cambio.
error-own-email-change-by-link = Cambia tu propia dirección de correo en Mi cuenta: se envía un enlace de confirmación a la nueva dirección.
error-email-change-link-invalid = Este enlace de confirmación no funciona (ya). Vuelve a cambiar tu dirección de correo en Mi cuenta.
notice-email-change-requested = Hemos enviado un enlace de confirmación a la nueva dirección. Tu dirección de correo cambia cuando lo abras.
notice-email-changed = Tu dirección de correo ha cambiado.
email-change-title = Confirma tu nueva dirección de correo
email-change-intro = Confirma que { $email } pasa a ser la dirección de correo de tu cuenta.
email-change-submit = Confirmar nueva dirección
error-password-confirmation-required = Confirma primero tu contraseña.
audit-action-operator-enabled = Agente del servicio de soporte activado de nuevo
error-operator-disabled = Este agente del servicio de soporte está desactivado.
error-token-not-found = No hay ningún token de API con este identificador.
my-account-email-hint = Una dirección nueva se usa en cuanto abras el enlace de confirmación que le enviamos.
