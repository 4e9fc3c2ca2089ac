# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

console-two-factor-required = La consola del servicio de soporte pide un segundo factor a todos los agentes. Configura una aplicación de autenticación para continuar.
console-two-factor-code = Abre tu aplicación de autenticación. Escribe el código de 6 dígitos que muestra para el servicio de soporte de Kalm.
console-two-factor-help = Pide a otro agente del servicio de soporte, o a quien administre el servidor, que ejecute allí «kalm operator two-factor reset». En tu próximo inicio de sesión vuelves a configurar tu aplicación de autenticación.

error-remembered-device-not-found = No se ha encontrado este dispositivo recordado.

error-two-factor-code-wrong = Este código no es correcto. Revisa el código y vuelve a intentarlo.

sms-code-text = Tu clave para entrar en { $platform }: { $code }. Vale 10 minutos. Nunca la des a nadie.
two-factor-title = Autenticación en dos pasos
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
two-factor-device-forget = Dejar de recordar
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
notice-device-revoked = Este dispositivo ya no se recuerda. La próxima vez que se inicie sesión en él, se pedirá un código.
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
error-waiver-not-needed = Solo se puede poner en pausa si la autenticación en dos pasos es obligatoria para las cuentas de personal.
error-two-factor-off = La autenticación en dos pasos está desactivada para tu cuenta.
error-two-factor-not-set-up = La autenticación en dos pasos no está configurada. Vuelve a empezar.

# A link that hands the key to an authenticator app on the same device.
two-factor-app-open = ¿En este teléfono? Abre la clave en tu aplicación de autenticación

# Someone else's account, as staff see it.
account-two-factor-status-sms = Activada con SMS al número acabado en { $digits } desde el { $date }.
account-two-factor-codes-left =
    { $count ->
        [0] A { $name } no le queda ningún código de recuperación.
        [one] A { $name } le queda 1 código de recuperación.
        [many] A { $name } le quedan { $count } códigos de recuperación.
       *[other] A { $name } le quedan { $count } códigos de recuperación.
    }

# Switching off one's own optional two-factor.
two-factor-rule-optional-on = La autenticación en dos pasos es opcional aquí. Puedes desactivarla abajo, pero protege mejor tu cuenta.
two-factor-off-heading = Desactivar
two-factor-off-help = Se eliminan tu aplicación de autenticación o tu teléfono, tus códigos de recuperación y tus dispositivos recordados. Puedes volver a configurarla cuando quieras. Primero confirmas con tu contraseña.
two-factor-off-submit = Desactivar la autenticación en dos pasos
notice-two-factor-off = La autenticación en dos pasos está desactivada. Puedes volver a configurarla cuando quieras.
error-two-factor-required = Esta plataforma exige la autenticación en dos pasos para tu cuenta, así que no se puede desactivar.

two-factor-phone-country = País del número
two-factor-sms-check-heading = ¿Es correcto este número?
two-factor-sms-check = Te enviaremos el código por SMS a este número:
two-factor-sms-change = Cambiar el número
two-factor-help-contact = También puedes escribir a { $platform }: { $address }
