# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

forgot-title = ¿Has olvidado tu contraseña?
forgot-intro = Escribe tu correo electrónico. Te enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Envíame un enlace
forgot-sent = Si hay una cuenta con este correo electrónico, hemos enviado un enlace a esa dirección. Revisa tu bandeja de entrada (y la carpeta de spam). El enlace funciona durante una hora.
forgot-back-to-login = Volver a la página de inicio de sesión
reset-title = Elige una contraseña nueva
reset-submit = Guardar contraseña nueva
notice-password-reset = Tu contraseña nueva está guardada. Ya puedes iniciar sesión con ella.
error-reset-link-invalid = Este enlace no funciona. Puede que ya se haya usado o que le falte una parte. Puedes pedir uno nuevo en la página de inicio de sesión.
error-reset-link-expired = Este enlace ha caducado. Puedes pedir uno nuevo en la página de inicio de sesión.
