# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

settings-title = Ajustes
settings-intro = Estas son las configuraciones disponibles en tu plataforma. Algunas puedes cambiarlas tú; para las demás, ponte en contacto con el servicio de soporte.
settings-none = Todavía no hay configuraciones disponibles en esta plataforma. El servicio de soporte puede ponerlas a disposición.
settings-back = Volver a los ajustes
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
config-languages-help = Idiomas que se ofrecen además del idioma predeterminado de la plataforma. Cada persona elige el suyo en Mi cuenta.
config-video-sessions = Videollamadas
config-video-sessions-help = Los profesionales y sus pacientes pueden hacer videollamadas en el navegador. Las llamadas nunca se graban.
config-domain = Dominio
config-domain-help = La dirección de la plataforma. Solo la cambia el servicio de soporte, indicando un motivo.

config-field-professionals = Cuentas de personal
config-field-clients = Cuentas de pacientes
config-field-friends = Personas allegadas
config-field-warning-days = Correo de aviso: días antes de la desactivación
config-field-deactivate-professionals = Desactivar cuentas de personal inactivas
config-field-deactivate-clients = Desactivar cuentas de pacientes inactivas
config-field-days-professionals = Días sin actividad (cuentas de personal)
config-field-days-clients = Días sin actividad (cuentas de pacientes)
config-field-remember-device = Cuánto tiempo se recuerda un dispositivo (cuentas de personal)
config-field-switched-off = Correos desactivados
config-field-greeting = Saludo
config-field-signature = Firma
config-field-languages = Idiomas adicionales
config-field-video-sessions = Videollamadas
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

notice-configuration-saved = La configuración está guardada.
notice-configuration-made-available = La configuración ya está disponible en esta plataforma.
notice-configuration-withdrawn = La configuración se ha retirado. Su valor se conserva para cuando vuelva a estar disponible.

error-configuration-invalid = Este valor no es válido.
error-configuration-not-available = Esta configuración no está disponible en esta plataforma.
error-configuration-unknown = No existe ninguna configuración con este nombre.
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
error-config-warning-too-early = { $field }: los avisos deben empezar después de la última actividad. Elige menos días que el plazo más corto ({ $days } días), o 0 para no enviar avisos.

config-ask-service-desk-at = Solo el servicio de soporte puede cambiar esto. Pídeselo por correo electrónico: { $address }
