# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

accounts-title = Cuentas
accounts-new = Nueva cuenta
accounts-new-client = Nueva cuenta de paciente
accounts-filter = Filtrar cuentas
accounts-search = Nombre o correo electrónico
accounts-apply-filter = Aplicar filtro
accounts-count = { $count ->
    [0] No se encontró ninguna cuenta.
    [one] 1 cuenta encontrada.
    [many] { $count } cuentas encontradas.
   *[other] { $count } cuentas encontradas.
}
account-new-title = Nueva cuenta
account-new-roles = Roles (para cuentas de personal)
account-new-submit = Crear cuenta
account-activation-link = Enlace de activación
account-activation-link-help = Da este enlace a la persona para la que es la cuenta. Funciona una sola vez y durante 7 días. Con él, esa persona elige su contraseña.
account-friend-of = Persona allegada de { $name }
account-professionals = Profesionales
account-no-professionals = Todavía no hay ningún profesional vinculado a este paciente.
account-unrelate = Terminar el vínculo con { $name }
account-relate-label = Profesional
account-relate = Vincular
account-clients = Pacientes
account-friends = Personas allegadas
account-roles-heading = Roles
account-roles-save = Guardar roles
account-actions = Acciones
account-renew-link = Nuevo enlace de activación
account-deactivate = Desactivar cuenta
account-reactivate = Reactivar cuenta

account-type-professional = Cuenta de personal
account-type-client = Paciente
account-type-friend = Persona allegada
role-professional = Profesional
role-secretary = Secretaría
role-application-manager = Administrador de la aplicación
status-invited = Invitación enviada
status-active = Activa
status-deactivated = Desactivada

notice-account-created = La cuenta se ha creado.
notice-roles-saved = Los roles están guardados.
notice-relation-added = El paciente y el profesional ya están vinculados.
notice-relation-removed = El vínculo ha terminado.
notice-account-deactivated = La cuenta está desactivada. Ya no se puede iniciar sesión con ella.
notice-account-reactivated = La cuenta vuelve a estar activa.
notice-account-reactivated-invited = La cuenta vuelve a estar invitada, porque su titular nunca eligió una contraseña. Envía un nuevo enlace de activación.
notice-activation-link-renewed = Hay un nuevo enlace de activación. Los enlaces anteriores ya no funcionan.

error-account-deactivated = Esta cuenta está desactivada.
error-email-invalid = Este correo electrónico no es válido. Revisa si tiene errores de escritura.
error-email-taken = Otra cuenta de esta plataforma ya usa este correo electrónico.
error-first-name-empty = Escribe el nombre.
error-last-name-empty = Escribe los apellidos.
error-name-too-long = Un nombre puede tener como máximo 100 caracteres.
error-account-type-unknown = Elige un tipo de cuenta.
error-role-unknown = Uno de los roles no se reconoce.
error-roles-empty = Una cuenta de personal necesita al menos un rol.
error-roles-not-allowed = Solo las cuentas de personal tienen roles.
error-account-status-unknown = Este estado de cuenta no se reconoce.
error-account-not-found = No se ha encontrado esta cuenta.
error-client-not-found = Ningún paciente tiene este correo electrónico en esta plataforma.
error-relation-types = Un vínculo une a un paciente con un profesional.
error-last-application-manager = La plataforma debe conservar al menos un administrador de la aplicación activo.
error-account-not-active = Esto solo es posible en cuentas que aún no se han activado.

account-deactivate-question = ¿Desactivar la cuenta de { $name }?
account-deactivate-no-login = { $name } ya no podrá iniciar sesión. Las sesiones abiertas terminan ahora.
account-deactivate-email = Un correo electrónico a { $email } avisa de que la cuenta está desactivada.
account-deactivate-undo = Puedes reactivar la cuenta más adelante. No se borra nada.

account-new-email-help = A esta dirección llegará una invitación con un enlace para elegir una contraseña.
account-activation-link-copy = Copiar enlace
account-activation-link-copied = El enlace se ha copiado.
notice-account-invited = La cuenta está creada. Una invitación con el enlace de activación va de camino a { $email }.

role-author = Autor
role-publisher = Editor
error-role-not-on-this-platform = Los roles de autor y editor solo existen en las plataformas de contenidos.
