# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

home-title = Inicio
home-welcome = Hola, { $name }
home-manager = Administras las cuentas de esta plataforma.
home-secretary = Das apoyo a los profesionales y a sus pacientes.
home-professional = Aquí encontrarás a los pacientes con los que trabajas.
home-client = Aquí encontrarás a las personas que te ayudan.
home-friend = Un paciente te ha invitado a esta plataforma.
home-friend-of = { $name } te ha invitado a esta plataforma.
home-operator = Has iniciado sesión con un token del servicio de soporte.
home-your-clients = Tus pacientes
home-no-clients = Todavía no tienes pacientes.
home-your-professionals = Tus profesionales
home-no-professionals = Todavía no hay ningún profesional vinculado a tu cuenta.

home-friends-heading = Tus personas allegadas
home-friends-intro = Puedes invitar a una persona cercana, por ejemplo, tu pareja o una amistad. Esa persona recibirá su propia cuenta y un correo electrónico para elegir una contraseña.
home-friends-none = Todavía no has invitado a nadie.
friends-invite-heading = Invitar a alguien
friends-invite-submit = Enviar invitación
friends-end-link = Terminar el vínculo con { $name }
notice-friend-invited = La invitación se ha enviado.
notice-friend-link-ended = El vínculo ha terminado. Esa persona ya no puede iniciar sesión.

friends-end-question = ¿Terminar el vínculo con { $name }?
friends-end-no-login = { $name } ya no podrá iniciar sesión.
friends-end-sees-nothing = { $name } ya no verá nada tuyo aquí.
friends-end-undo = No se puede deshacer, pero puedes volver a invitar a { $name } más adelante.
friends-end-submit = Terminar el vínculo
