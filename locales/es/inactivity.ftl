# Kalm — Español. Tuteo («tú») en toda la interfaz: frases cortas y claras, di qué hacer a continuación, nunca culpes.

inactivity-type-professional = Cuentas de personal
inactivity-type-client = Cuentas de pacientes
inactivity-off = desactivado
inactivity-days =
    { $count ->
        [one] 1 día
        [many] { $count } días
       *[other] { $count } días
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } días
inactivity-bucket-open = { $from } días o más
inactivity-chart-title = Cuentas por días desde su última actividad
inactivity-chart-summary = Barras para { $professionals } cuentas de personal y { $clients } cuentas de pacientes; las líneas discontinuas marcan los límites del formulario. Ahora mismo, { $now } cuentas los superan. La tabla de abajo tiene los mismos números.
inactivity-chart-axis = Días desde la última actividad
inactivity-limit-professional =
    { $count ->
        [one] cuentas de personal: 1 día
        [many] cuentas de personal: { $count } días
       *[other] cuentas de personal: { $count } días
    }
inactivity-limit-client =
    { $count ->
        [one] cuentas de pacientes: 1 día
        [many] cuentas de pacientes: { $count } días
       *[other] cuentas de pacientes: { $count } días
    }
inactivity-preview-heading = Cuántas cuentas se desactivarían
inactivity-preview-intro = Calculado ahora, con los días del formulario. No cambia nada hasta que guardes.
inactivity-preview-type = Cuentas
inactivity-preview-days = Límite
inactivity-preview-accounts = Cuentas activas
inactivity-preview-now = Desactivadas de inmediato
inactivity-preview-next-30 = Desactivadas en los próximos 30 días
inactivity-preview-button = Mostrar el efecto
inactivity-confirm =
    { $count ->
        [one] He revisado los números: al guardar se desactiva de inmediato 1 cuenta
       *[other] He revisado los números: al guardar se desactivan de inmediato { $count } cuentas
    }
error-confirmation-needed = Esto desactiva de una vez más del 10 % de las cuentas activas de un tipo. Revisa los números de abajo y marca la casilla para confirmar.

# On a page that shows the rule without a form to change it.
inactivity-preview-intro-in-effect = Calculado ahora, con los días vigentes.
inactivity-chart-summary-in-effect = Barras para { $professionals } cuentas de personal y { $clients } cuentas de pacientes; las líneas discontinuas marcan los límites vigentes. Ahora mismo, { $now } cuentas los superan. La tabla de abajo tiene los mismos números.
