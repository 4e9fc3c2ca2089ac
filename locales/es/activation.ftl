# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

activate-title = Elige tu contraseña
activate-welcome = Te damos la bienvenida, { $name }
activate-intro = Elige una contraseña para tu nueva cuenta. La usarás para iniciar sesión.
activate-submit = Guardar contraseña y continuar

notice-account-activated = Tu contraseña está guardada. Ya puedes iniciar sesión.

error-activation-link-invalid = Este enlace no funciona. Puede que ya se haya usado o que le falte una parte. Pide un enlace nuevo a la persona que te invitó.
error-activation-link-expired = Este enlace ha caducado. Pide un enlace nuevo a la persona que te invitó.
