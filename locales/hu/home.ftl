# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

home-title = Kezdőlap
home-welcome = Üdvözöljük, { $name }!
home-manager = Ön kezeli ennek a platformnak a fiókjait.
home-secretary = Ön a szakembereket és pácienseiket segíti.
home-professional = Itt találja azokat a pácienseket, akikkel dolgozik.
home-client = Itt találja azokat, akik támogatják Önt.
home-friend = Egy páciens meghívta Önt erre a platformra.
home-friend-of = { $name } meghívta Önt erre a platformra.
home-operator = Ügyfélszolgálati tokennel jelentkezett be.
home-your-clients = Az Ön páciensei
home-no-clients = Még nincsenek páciensei.
home-your-professionals = Az Ön szakemberei
home-no-professionals = Fiókjához még nincs szakember kapcsolva.

home-friends-heading = Önhöz közel álló emberek
home-friends-intro = Meghívhat valakit, aki közel áll Önhöz, például a párját vagy egy barátját. A meghívott személy saját fiókot kap, és egy e-mailt, amellyel jelszót választhat.
home-friends-none = Még nem hívott meg senkit.
friends-invite-heading = Hívjon meg valakit
friends-invite-submit = Meghívó küldése
friends-end-link = Kapcsolat megszüntetése: { $name }
notice-friend-invited = A meghívót elküldtük.
notice-friend-link-ended = A kapcsolat megszűnt. Ez a személy már nem tud bejelentkezni.

friends-end-question = Megszünteti a kapcsolatot vele: { $name }?
friends-end-no-login = { $name } többé nem tud bejelentkezni.
friends-end-sees-nothing = { $name } többé semmit sem lát itt az Ön adataiból.
friends-end-undo = Ez nem vonható vissza, de később újra meghívhatja: { $name }.
friends-end-submit = Kapcsolat megszüntetése
