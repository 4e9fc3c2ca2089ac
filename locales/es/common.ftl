# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

product-name = Kalm
console-name = Servicio de soporte de Kalm
skip-to-content = Saltar al contenido principal
signed-in-as = Sesión iniciada como { $name }
logout = Cerrar sesión
back-home = Ir a la página de inicio
save = Guardar
never = Nunca
filter-any = Cualquiera

nav-label = Menú principal
nav-home = Inicio
nav-accounts = Cuentas
nav-audit = Registro de auditoría
nav-my-account = Mi cuenta
nav-platforms = Plataformas
nav-settings = Ajustes
nav-charges = Cargos
nav-emails = Correos electrónicos

field-email = Correo electrónico
field-password = Contraseña
field-new-password = Contraseña nueva
field-current-password = Contraseña actual
field-first-name = Nombre
field-last-name = Apellidos
field-language = Idioma
field-name = Nombre
field-account-type = Tipo de cuenta
field-role = Rol
field-roles = Roles
field-status = Estado
field-last-activity = Última actividad
field-created = Fecha de creación
field-platform = Plataforma (dominio o ID)
field-platform-name = Nombre
field-domain = Dominio
field-kind = Tipo
field-default-language = Idioma predeterminado
field-code = Código
field-phone = Número de móvil
field-recovery-code = Código de recuperación
field-reason-optional = Motivo (opcional)

next = Siguiente
back = Atrás

# The way back from a confirmation page, changing nothing.
confirm-keep = Cancelar

field-country = País
field-time-zone = Zona horaria
field-contact-email = Correo electrónico de contacto

nav-tools = Actividades
