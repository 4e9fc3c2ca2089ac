# Kalm — Nederlands. Informeel ("je"), zoals gebruikelijk op zorgplatforms. Korte zinnen, zeg wat de volgende stap is.

home-title = Start
home-welcome = Welkom, { $name }
home-manager = Je beheert de accounts van dit platform.
home-secretary = Je ondersteunt behandelaars en hun cliënten.
home-professional = Hier vind je de cliënten met wie je werkt.
home-client = Hier vind je de mensen die je helpen.
home-friend = Een cliënt heeft je uitgenodigd op dit platform.
home-friend-of = { $name } heeft je uitgenodigd op dit platform.
home-operator = Je bent ingelogd met een servicedesktoken.
home-your-clients = Je cliënten
home-no-clients = Je hebt nog geen cliënten.
home-your-professionals = Je behandelaars
home-no-professionals = Er is nog geen behandelaar aan je account gekoppeld.

home-friends-heading = Mensen die dicht bij je staan
home-friends-intro = Je kunt iemand uitnodigen die dicht bij je staat, bijvoorbeeld een partner of een vriend. Diegene krijgt een eigen account en een e-mail om een wachtwoord te kiezen.
home-friends-none = Je hebt nog niemand uitgenodigd.
friends-invite-heading = Iemand uitnodigen
friends-invite-submit = Uitnodiging versturen
friends-end-link = Koppeling met { $name } beëindigen
notice-friend-invited = De uitnodiging is verstuurd.
notice-friend-link-ended = De koppeling is beëindigd. Die persoon kan niet meer inloggen.

friends-end-question = Koppeling met { $name } beëindigen?
friends-end-no-login = { $name } kan niet meer inloggen.
friends-end-sees-nothing = { $name } ziet hier niets meer van jou.
friends-end-undo = Dit kun je niet terugdraaien, maar je kunt { $name } later opnieuw uitnodigen.
friends-end-submit = Koppeling beëindigen
