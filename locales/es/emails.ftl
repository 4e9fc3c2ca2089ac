# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

## Correos electrónicos. Cada línea de un texto es un párrafo. Pon { $link } solo en su propia línea.

email-signature-default = Saludos cordiales, { "{" }organisation_name{ "}" }

email-kind-new-message = Nuevo mensaje
email-kind-tool-assigned = Actividad asignada
email-kind-video-call-invitation = Invitación a una videollamada
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
email-kind-email-change-confirmation = Confirmar nueva dirección de correo
email-kind-email-address-in-use = Dirección de correo ya en uso

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
    { $organisation_name } es la plataforma de atención en línea que usa { $inviter_first_name }. Como persona allegada, recibes tu propia cuenta. Ves quién te ha invitado y lo que { $inviter_first_name } comparte contigo; no ves su tratamiento, sus mensajes ni sus resultados.
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
    La autenticación en dos pasos de tu cuenta en { $organisation_name } está en pausa hasta el { $date }.
    Después de esa fecha, volverás a necesitar un código al iniciar sesión.
email-recovery-codes-renewed-subject = Tienes códigos de recuperación nuevos
email-recovery-codes-renewed-body =
    Se han creado códigos de recuperación nuevos para tu cuenta en { $organisation_name }. Tus códigos anteriores ya no funcionan.
    Guarda los códigos nuevos en un lugar seguro.
    ¿No has sido tú? Ponte en contacto con { $organisation_name } enseguida.
email-recovery-code-used-subject = Se ha usado un código de recuperación
email-recovery-code-used-body =
    Se acaba de usar un código de recuperación para iniciar sesión en tu cuenta en { $organisation_name }.
    ¿Has sido tú? Entonces vuelve a configurar la autenticación en dos pasos en Mi cuenta.
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

# The button-like link in the HTML part of an e-mail.
email-link-button = Abrir el enlace

email-contact = ¿Tienes preguntas? Escribe a { $organisation_name }: { $address }
