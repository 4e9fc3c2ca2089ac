# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

login-title = Iniciar sesión
login-intro = Inicia sesión en { $platform } con tu correo electrónico y tu contraseña.
console-login-intro = Inicia sesión en la consola del servicio de soporte.
login-submit = Iniciar sesión

password-rules = Usa al menos 12 caracteres. Varias palabras sin relación entre sí, una tras otra, funcionan bien. No uses tu nombre ni contraseñas comunes.

error-login-failed = El correo electrónico o la contraseña no son correctos. Revisa los dos e inténtalo de nuevo.
error-login-throttled = Ha habido demasiados intentos. Espera un momento e inténtalo de nuevo.
error-login-throttled-until = Ha habido demasiados intentos. Puedes volver a intentarlo a partir del { $time }.
error-account-deactivated-login = Tu cuenta no está activa en este momento. Ponte en contacto con tu profesional o con el administrador de la aplicación de { $platform }.
error-password-too-short = La contraseña es demasiado corta. Usa al menos 12 caracteres.
error-password-too-long = La contraseña es demasiado larga. Usa como máximo 1024 caracteres.
error-password-too-guessable = Esta contraseña es demasiado fácil de adivinar. Prueba con varias palabras sin relación entre sí, una tras otra.

login-forgot-link = ¿Has olvidado tu contraseña?

error-account-deactivated-login-contact = Tu cuenta no está activa en este momento. Ponte en contacto con { $platform }: { $address }
