# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

my-account-title = Mi cuenta
my-account-profile = Tus datos
my-account-password = Cambiar tu contraseña
my-account-change-password = Cambiar contraseña

notice-profile-saved = Tus datos están guardados.
notice-password-changed = Tu contraseña se ha cambiado. Aquí sigues con la sesión iniciada; en tus otros dispositivos se ha cerrado la sesión.

error-current-password-wrong = Tu contraseña actual no es correcta. Inténtalo de nuevo.

confirm-title = Confirma que eres tú
confirm-intro = Por tu seguridad, escribe tu contraseña antes de cambiar tu dirección de correo o tu autenticación en dos pasos.
confirm-password = Tu contraseña
confirm-submit = Confirmar
notice-confirmed = Gracias. Ya puedes hacer el cambio.
error-own-email-change-by-link = Cambia tu propia dirección de correo en Mi cuenta: se envía un enlace de confirmación a la nueva dirección.
error-email-change-link-invalid = Este enlace de confirmación no funciona. Puede que ya se haya usado o que le falte una parte. Vuelve a cambiar tu dirección de correo en Mi cuenta.
notice-email-change-requested = Hemos enviado un enlace de confirmación a la nueva dirección. Tu dirección de correo cambia cuando lo abras.
notice-email-changed = Tu dirección de correo ha cambiado.
email-change-title = Confirma tu nueva dirección de correo
email-change-intro = Confirma que { $email } pasa a ser la dirección de correo de tu cuenta.
email-change-submit = Confirmar nueva dirección
error-password-confirmation-required = Confirma primero tu contraseña.
my-account-email-hint = Una dirección nueva se usa en cuanto abras el enlace de confirmación que le enviamos.

my-account-time-zone-hint = Las horas de este sitio y de sus correos se muestran en esta zona horaria.
my-account-time-zone-platform = La de la plataforma: { $zone }
