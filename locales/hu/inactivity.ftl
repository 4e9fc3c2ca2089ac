# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

inactivity-type-professional = Munkatársi fiókok
inactivity-type-client = Páciensfiókok
inactivity-off = kikapcsolva
inactivity-days =
    { $count ->
        [one] 1 nap
       *[other] { $count } nap
    }
inactivity-now-share = { $count } ({ $percent } %)
inactivity-bucket = { $from }–{ $to } nap
inactivity-bucket-open = { $from } nap vagy több
inactivity-chart-title = Fiókok az utolsó aktivitás óta eltelt napok szerint
inactivity-chart-summary = Oszlopok: { $professionals } munkatársi fiók és { $clients } páciensfiók; a szaggatott vonalak az űrlapon megadott határértékeket jelölik. Jelenleg { $now } fiók lépi túl ezeket. Az alábbi táblázat ugyanezeket a számokat tartalmazza.
inactivity-chart-axis = Az utolsó aktivitás óta eltelt napok
inactivity-limit-professional =
    { $count ->
        [one] munkatársi fiókok: 1 nap
       *[other] munkatársi fiókok: { $count } nap
    }
inactivity-limit-client =
    { $count ->
        [one] páciensfiókok: 1 nap
       *[other] páciensfiókok: { $count } nap
    }
inactivity-preview-heading = Hány fiókot deaktiválna a rendszer
inactivity-preview-intro = Most számolva, az űrlapon megadott napokkal. Mentésig semmi sem változik.
inactivity-preview-type = Fiókok
inactivity-preview-days = Határérték
inactivity-preview-accounts = Aktív fiókok
inactivity-preview-now = Azonnal deaktiválva
inactivity-preview-next-30 = A következő 30 napban deaktiválva
inactivity-preview-button = Hatás megjelenítése
inactivity-confirm = Ellenőriztem a számokat: a mentés azonnal { $count } fiókot deaktivál
error-confirmation-needed = Ez egyszerre deaktiválja egy fióktípus aktív fiókjainak több mint 10 százalékát. Ellenőrizze az alábbi számokat, és a megerősítéshez jelölje be a négyzetet.

# On a page that shows the rule without a form to change it.
inactivity-preview-intro-in-effect = Most számolva, az érvényes napokkal.
inactivity-chart-summary-in-effect = Oszlopok: { $professionals } munkatársi fiók és { $clients } páciensfiók; a szaggatott vonalak az érvényes határértékeket jelölik. Jelenleg { $now } fiók lépi túl ezeket. Az alábbi táblázat ugyanezeket a számokat tartalmazza.
