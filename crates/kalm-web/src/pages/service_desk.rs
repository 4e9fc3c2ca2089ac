//! The operator console: the list of platforms, creating one, and one
//! platform's page, where the service desk also adds the platform's first
//! application manager (who gets an activation link to pass on).

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::accounts::{self, AccountInput};
use kalm_app::configurations;
use kalm_app::platforms::{self, Platform, PlatformInput};
use kalm_app::{AppError, Caller};
use kalm_domain::configurations::{ConfigurationKey, ConfigurationValue, Problem, ValueError};
use kalm_domain::countries::{Country, TimeZone};
use kalm_domain::languages::Language;
use kalm_domain::platforms::PlatformKind;
use kalm_i18n::Tr;

use super::{Choice, Chrome, Done, Fields, port_suffix, settings, to_login};
use crate::AppState;
use crate::error::{OrPage, PageError, render, status_of};
use crate::session::AdminVisit;

fn operator(visit: &AdminVisit) -> Option<&Caller> {
    visit.principal.as_ref().map(|p| p.caller())
}

pub struct PlatformRow {
    pub id: String,
    pub name: String,
    pub domain: String,
    pub kind: String,
    pub language: String,
    pub created: String,
}

#[derive(Template)]
#[template(path = "service_desk/platforms.html")]
struct PlatformsPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    rows: Vec<PlatformRow>,
}

pub async fn platforms(
    State(state): State<AppState>,
    visit: AdminVisit,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let list = platforms::list(&state.kalm, caller).await.or_page(tr)?;
    let rows = list
        .iter()
        .map(|p| PlatformRow {
            id: p.id.to_string(),
            name: p.name.as_str().to_owned(),
            domain: p.domain.as_str().to_owned(),
            kind: tr.code("kind", p.kind.code()),
            language: tr.code("language", p.default_language.code()),
            created: tr.datetime(&p.created_at),
        })
        .collect();
    let chrome = Chrome::admin(&visit, "/").with_notice(tr, done.done.as_deref());
    Ok(render(&PlatformsPage { t: tr, chrome, rows }))
}

#[derive(Template)]
#[template(path = "service_desk/platform_new.html")]
struct NewPlatformPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    error: Option<String>,
    name: String,
    domain: String,
    language_options: Vec<Choice>,
    kind_options: Vec<Choice>,
    /// Empty first: the country of the default language.
    country_options: Vec<Choice>,
    /// Empty first: the country's time zone.
    time_zone_options: Vec<Choice>,
}

fn new_page<'a>(tr: &'a Tr, visit: &AdminVisit, fields: &Fields, error: Option<String>) -> NewPlatformPage<'a> {
    let language = fields.get("language");
    let language = if language.is_empty() { tr.language.code().to_owned() } else { language };
    let kind = fields.get("kind");
    let kind = if kind.is_empty() { "care".to_owned() } else { kind };
    NewPlatformPage {
        t: tr,
        chrome: Chrome::admin(visit, "/"),
        error,
        name: fields.get("name"),
        domain: fields.get("domain"),
        language_options: Language::ALL
            .iter()
            .map(|l| Choice::new(l.code(), tr.code("language", l.code()), l.code() == language))
            .collect(),
        kind_options: [PlatformKind::Care, PlatformKind::Content]
            .iter()
            .map(|k| Choice::new(k.code(), tr.code("kind", k.code()), k.code() == kind))
            .collect(),
        country_options: super::chrome::country_choices(tr, Country::parse(&fields.get("country")).ok()),
        time_zone_options: super::chrome::time_zone_choices(TimeZone::parse(&fields.get("time_zone")).ok()),
    }
}

pub async fn new_form(visit: AdminVisit) -> Response {
    if operator(&visit).is_none() {
        return to_login();
    }
    render(&new_page(&visit.tr, &visit, &Fields::default(), None))
}

pub async fn create(
    State(state): State<AppState>,
    visit: AdminVisit,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let input = PlatformInput {
        name: fields.get("name"),
        domain: fields.get("domain"),
        language: fields.get("language"),
        kind: fields.get("kind"),
        country: fields.get("country"),
        time_zone: fields.get("time_zone"),
    };
    match platforms::create(&state.kalm, caller, &input).await {
        Ok(platform) => Ok(Redirect::to(&format!("/platforms/{}", platform.id)).into_response()),
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_)) => Err(PageError::new(&err, tr)),
        Err(err) => {
            let mut response = render(&new_page(tr, &visit, &fields, Some(tr.error(err.code()))));
            *response.status_mut() = status_of(&err);
            Ok(response)
        }
    }
}

#[derive(Template)]
#[template(path = "service_desk/platform.html")]
struct PlatformPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    id: String,
    name: String,
    domain: String,
    url: String,
    kind: String,
    language: String,
    country: String,
    time_zone: String,
    contact_email: Option<String>,
    account_count: i64,
    created: String,
    activation_link: Option<String>,
    error: Option<String>,
    tiles: Vec<settings::Tile>,
    language_options: Vec<Choice>,
    country_options: Vec<Choice>,
    time_zone_options: Vec<Choice>,
    /// For a content platform, the care platforms that offer its tools; for
    /// a care platform, the content platforms whose tools it offers.
    catalogue: Vec<LinkedPlatform>,
    /// Care platforms this content platform can still be linked to.
    catalogue_options: Vec<Choice>,
    content_platform: bool,
    /// The platform's application managers: whom the service desk deals with.
    managers: Vec<ManagerRow>,
}

struct LinkedPlatform {
    id: String,
    name: String,
    domain: String,
}

struct ManagerRow {
    name: String,
    email: String,
    status: String,
}

/// The platform's own address, reached on the port this console is served on.
fn platform_url(platform: &Platform, headers: &HeaderMap, secure: bool) -> String {
    format!("{}://{}{}", if secure { "https" } else { "http" }, platform.domain, port_suffix(headers))
}

async fn platform_page(
    state: &AppState,
    visit: &AdminVisit,
    headers: &HeaderMap,
    platform: &Platform,
    activation_link: Option<String>,
    error: Option<String>,
    done: Option<&str>,
) -> Result<Response, PageError> {
    let tr = &visit.tr;
    let account_count = platforms::account_count(&state.kalm, platform.id).await.or_page(tr)?;
    let Some(caller) = operator(visit) else {
        return Ok(to_login());
    };
    let views = configurations::overview(&state.kalm, caller, platform).await.or_page(tr)?;
    let filter = kalm_app::accounts::AccountFilter {
        role: Some(kalm_domain::accounts::Role::ApplicationManager),
        limit: 100,
        ..kalm_app::accounts::AccountFilter::default()
    };
    let managers = kalm_app::accounts::list(&state.kalm, caller, platform.id, &filter)
        .await
        .or_page(tr)?
        .iter()
        .map(|a| ManagerRow {
            name: format!("{} {}", a.first_name.as_str(), a.last_name.as_str()),
            email: a.email.as_str().to_owned(),
            status: tr.code("status", a.status.code()),
        })
        .collect();
    let links = kalm_app::catalogue::links(&state.kalm, caller).await.or_page(tr)?;
    let all = platforms::list(&state.kalm, caller).await.or_page(tr)?;
    let content_platform = platform.kind == PlatformKind::Content;
    let linked: Vec<kalm_domain::platforms::PlatformId> = links
        .iter()
        .filter_map(|l| {
            if content_platform && l.content_platform == platform.id {
                Some(l.care_platform)
            } else if !content_platform && l.care_platform == platform.id {
                Some(l.content_platform)
            } else {
                None
            }
        })
        .collect();
    let catalogue = all
        .iter()
        .filter(|p| linked.contains(&p.id))
        .map(|p| LinkedPlatform {
            id: p.id.to_string(),
            name: p.name.as_str().to_owned(),
            domain: p.domain.to_string(),
        })
        .collect();
    let catalogue_options = all
        .iter()
        .filter(|p| content_platform && p.kind == PlatformKind::Care && !linked.contains(&p.id))
        .map(|p| Choice::new(p.id.to_string(), format!("{} ({})", p.name.as_str(), p.domain), false))
        .collect();
    let tiles =
        settings::tiles(tr, platform, &views, |k| format!("/platforms/{}/configurations/{}", platform.id, k.code()));
    Ok(render(&PlatformPage {
        t: tr,
        chrome: Chrome::admin(visit, "/").with_notice(tr, done),
        id: platform.id.to_string(),
        name: platform.name.as_str().to_owned(),
        domain: platform.domain.as_str().to_owned(),
        url: platform_url(platform, headers, state.config.secure_cookies),
        kind: tr.code("kind", platform.kind.code()),
        language: tr.code("language", platform.default_language.code()),
        country: tr.code("country", platform.country.code()),
        time_zone: platform.time_zone.name().replace('_', " "),
        contact_email: platform.contact_email.as_ref().map(|a| a.as_str().to_owned()),
        account_count,
        created: tr.datetime(&platform.created_at),
        activation_link,
        error,
        tiles,
        language_options: Language::ALL
            .iter()
            .map(|l| Choice::new(l.code(), tr.code("language", l.code()), *l == platform.default_language))
            .collect(),
        country_options: super::chrome::country_choices(tr, Some(platform.country)),
        time_zone_options: super::chrome::time_zone_choices(Some(platform.time_zone)),
        managers,
        catalogue,
        catalogue_options,
        content_platform,
    }))
}

pub async fn show(
    State(state): State<AppState>,
    visit: AdminVisit,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else {
        return Ok(to_login());
    };
    let platform = platforms::find(&state.kalm, caller, &id).await.or_page(&visit.tr)?;
    platform_page(&state, &visit, &headers, &platform, None, None, done.done.as_deref()).await
}

pub async fn update(
    State(state): State<AppState>,
    visit: AdminVisit,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let platform = platforms::find(&state.kalm, caller, &id).await.or_page(tr)?;
    let change = platforms::PlatformChange {
        name: Some(fields.get("name")),
        language: Some(fields.get("language")),
        country: Some(fields.get("country")),
        time_zone: Some(fields.get("time_zone")),
        contact_email: Some(fields.get("contact_email")),
    };
    match platforms::update(&state.kalm, caller, &platform, &change).await {
        Ok(updated) => Ok(Redirect::to(&format!("/platforms/{}?done=platform_updated", updated.id)).into_response()),
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_)) => Err(PageError::new(&err, tr)),
        Err(err) => {
            let mut response =
                platform_page(&state, &visit, &headers, &platform, None, Some(tr.error(err.code())), None).await?;
            *response.status_mut() = status_of(&err);
            Ok(response)
        }
    }
}

/// Offers a content platform's released tools on a care platform.
pub async fn link_catalogue(
    State(state): State<AppState>,
    visit: AdminVisit,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let content = platforms::find(&state.kalm, caller, &id).await.or_page(tr)?;
    let linked = match platforms::find(&state.kalm, caller, &fields.get("care")).await {
        Ok(care) => kalm_app::catalogue::link(&state.kalm, caller, &content, &care).await.map(|_| ()),
        Err(err) => Err(err),
    };
    match linked {
        Ok(()) => Ok(Redirect::to(&format!("/platforms/{}?done=catalogue_linked", content.id)).into_response()),
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_)) => Err(PageError::new(&err, tr)),
        Err(err) => {
            let mut response =
                platform_page(&state, &visit, &headers, &content, None, Some(tr.error(err.code())), None).await?;
            *response.status_mut() = status_of(&err);
            Ok(response)
        }
    }
}

/// Stops offering them there.
pub async fn unlink_catalogue(
    State(state): State<AppState>,
    visit: AdminVisit,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let this = platforms::find(&state.kalm, caller, &id).await.or_page(tr)?;
    let other = platforms::find(&state.kalm, caller, &fields.get("other")).await.or_page(tr)?;
    let (content, care) = if this.kind == PlatformKind::Content { (&this, &other) } else { (&other, &this) };
    kalm_app::catalogue::unlink(&state.kalm, caller, content, care).await.or_page(tr)?;
    Ok(Redirect::to(&format!("/platforms/{}?done=catalogue_unlinked", this.id)).into_response())
}

pub async fn add_manager(
    State(state): State<AppState>,
    visit: AdminVisit,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let platform = platforms::find(&state.kalm, caller, &id).await.or_page(tr)?;
    let input = AccountInput {
        account_type: "professional".into(),
        roles: "professional,application_manager".into(),
        first_name: fields.get("first_name"),
        last_name: fields.get("last_name"),
        email: fields.get("email"),
        language: String::new(),
        friend_of: String::new(),
    };
    match accounts::create(&state.kalm, caller, &platform, &input, None).await {
        Ok(created) => {
            let link = created.activation_token.map(|token| {
                format!("{}/activate/{token}", platform_url(&platform, &headers, state.config.secure_cookies))
            });
            platform_page(&state, &visit, &headers, &platform, link, None, None).await
        }
        Err(err) if err.is_internal() => Err(PageError::new(&err, tr)),
        Err(err) => {
            let mut response =
                platform_page(&state, &visit, &headers, &platform, None, Some(tr.error(err.code())), None).await?;
            *response.status_mut() = status_of(&err);
            Ok(response)
        }
    }
}

// ------------------------------------------------------ configurations

fn configuration_parts(
    platform: &Platform,
    key: ConfigurationKey,
    tr: &Tr,
    posted: Option<&Fields>,
    error: Option<String>,
) -> settings::PageParts {
    settings::PageParts {
        ask_service_desk: None,
        posted: posted.cloned(),
        error,
        back_href: format!("/platforms/{}", platform.id),
        back_label: tr.t1("config-back-to-platform", "platform", platform.name.as_str()),
        availability_action: Some(format!("/platforms/{}/configurations/{}/availability", platform.id, key.code())),
        value_action: Some(format!("/platforms/{}/configurations/{}", platform.id, key.code())),
    }
}

/// The console's page of one configuration. For inactivity it shows the
/// preview of the value in the form: the posted one when there is one (a
/// "show the effect" or a refused save), else the stored one.
async fn configuration_page(
    state: &AppState,
    visit: &AdminVisit,
    id: &str,
    key: &str,
    posted: Option<&Fields>,
    error: Option<String>,
    done: Option<&str>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let platform = platforms::find(&state.kalm, caller, id).await.or_page(tr)?;
    let key = ConfigurationKey::parse(key).map_err(|_| PageError::not_found(tr))?;
    let views = configurations::overview(&state.kalm, caller, &platform).await.or_page(tr)?;
    let view = views.iter().find(|v| v.definition.key == key).ok_or_else(|| PageError::not_found(tr))?;
    let offered = kalm_app::settings::current(&state.kalm, &platform).await.or_page(tr)?;
    let mut page = settings::configuration_page(
        tr,
        Chrome::admin(visit, "/").with_notice(tr, done),
        &platform,
        view,
        &offered.languages.0,
        configuration_parts(&platform, key, tr, posted, error),
    );
    let shown = match posted {
        Some(fields) => ConfigurationValue::parse(key, &settings::form_value(key, fields)).ok(),
        None => Some(view.value.clone()),
    };
    if let Some(value) = shown {
        page.preview = settings::inactivity_preview(state, caller, &platform, tr, &value, true).await?;
    }
    Ok(render(&page))
}

pub async fn configuration(
    State(state): State<AppState>,
    visit: AdminVisit,
    Path((id, key)): Path<(String, String)>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    configuration_page(&state, &visit, &id, &key, None, None, done.done.as_deref()).await
}

pub async fn save_configuration(
    State(state): State<AppState>,
    visit: AdminVisit,
    Path((id, key)): Path<(String, String)>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let platform = platforms::find(&state.kalm, caller, &id).await.or_page(tr)?;
    let parsed = ConfigurationKey::parse(&key).map_err(|_| PageError::not_found(tr))?;
    let value = settings::form_value(parsed, &fields);
    let reason = fields.get("reason");
    if fields.get("action") == "preview" {
        // Only show what the typed value would do; nothing is saved.
        let error = ConfigurationValue::parse(parsed, &value).err().map(|e| tr.value_error(&e));
        return configuration_page(&state, &visit, &id, &key, Some(&fields), error, None).await;
    }
    // The tick confirms the days of the preview shown with it; days typed
    // after that preview need a preview and a tick of their own.
    let confirmed = match ConfigurationValue::parse(parsed, &value) {
        Ok(ConfigurationValue::InactivityDeactivation(rule)) => {
            fields.get("confirm") == super::inactivity::confirms(rule.professionals, rule.clients)
        }
        _ => false,
    };
    match configurations::set_value_confirmed(&state.kalm, caller, &platform, parsed, &value, Some(&reason), confirmed)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/platforms/{}/configurations/{key}?done=configuration_saved", platform.id))
            .into_response()),
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_) | AppError::NotFound(_)) => {
            Err(PageError::new(&err, tr))
        }
        Err(err) => {
            let message = settings::refusal(tr, &err);
            let mut response =
                configuration_page(&state, &visit, &id, &key, Some(&fields), Some(message), None).await?;
            *response.status_mut() = status_of(&err);
            Ok(response)
        }
    }
}

pub async fn save_availability(
    State(state): State<AppState>,
    visit: AdminVisit,
    Path((id, key)): Path<(String, String)>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let platform = platforms::find(&state.kalm, caller, &id).await.or_page(tr)?;
    let parsed = ConfigurationKey::parse(&key).map_err(|_| PageError::not_found(tr))?;
    let available = fields.get("available") == "true";
    let note = fields.get("note");
    let confirmed = fields.get("confirm") == "yes";
    match configurations::set_availability_confirmed(
        &state.kalm,
        caller,
        &platform,
        parsed,
        available,
        Some(&note),
        confirmed,
    )
    .await
    {
        Ok(()) => {
            let done = if available { "configuration_made_available" } else { "configuration_withdrawn" };
            Ok(Redirect::to(&format!("/platforms/{}/configurations/{key}?done={done}", platform.id)).into_response())
        }
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_) | AppError::NotFound(_)) => {
            Err(PageError::new(&err, tr))
        }
        Err(err) => {
            let message = settings::refusal(tr, &err);
            let mut response = configuration_page(&state, &visit, &id, &key, None, Some(message), None).await?;
            *response.status_mut() = status_of(&err);
            Ok(response)
        }
    }
}

// ------------------------------------------------------ charges ledger

pub struct ChargeLine {
    pub at: String,
    pub platform: String,
    pub event: String,
    pub subject: String,
    /// The price recorded with the charge, or that it had none.
    pub amount: String,
    pub actor: String,
    pub detail: String,
}

/// What one platform was charged in the period shown.
pub struct TotalLine {
    pub platform: String,
    pub charges: usize,
    pub amount: String,
}

/// An amount with its currency code, the decimal sign as the reader's
/// language writes it.
fn money(tr: &Tr, minor: i64, currency: &str) -> String {
    let amount = kalm_domain::charges::decimal(minor);
    let amount = if tr.language == Language::En { amount } else { amount.replace('.', ",") };
    format!("{currency} {amount}")
}

#[derive(Template)]
#[template(path = "service_desk/charges.html")]
struct ChargesPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    platform: String,
    since: String,
    until: String,
    csv_href: String,
    totals_csv_href: String,
    error: Option<String>,
    lines: Vec<ChargeLine>,
    totals: Vec<TotalLine>,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ChargesQuery {
    #[serde(default)]
    platform: String,
    #[serde(default)]
    since: String,
    /// The last day of the period, included.
    #[serde(default)]
    until: String,
    /// `yes`: the download gives the totals per platform instead of the rows.
    #[serde(default)]
    totals: String,
}

async fn ledger(
    state: &AppState,
    caller: &Caller,
    query: &ChargesQuery,
) -> Result<(Vec<configurations::ChargeRow>, Vec<Platform>), AppError> {
    let platform = match query.platform.trim() {
        "" => None,
        p => Some(platforms::find(&state.kalm, caller, p).await?.id),
    };
    let date = |field: &str, text: &str| match text.trim() {
        "" => Ok(None),
        s => crate::api::configurations::parse_since(s)
            .map(Some)
            .ok_or_else(|| AppError::Configuration(ValueError { field: field.into(), problem: Problem::NotText })),
    };
    let since = date("since", &query.since)?;
    let until =
        match query.until.trim() {
            "" => None,
            s => Some(crate::api::configurations::parse_until(s).ok_or_else(|| {
                AppError::Configuration(ValueError { field: "until".into(), problem: Problem::NotText })
            })?),
        };
    let rows = kalm_app::charges::list(&state.kalm, caller, platform, since, until).await?;
    let all = platforms::list(&state.kalm, caller).await?;
    Ok((rows, all))
}

pub async fn charges(
    State(state): State<AppState>,
    visit: AdminVisit,
    Query(query): Query<ChargesQuery>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let domain_of = |all: &[Platform], id: kalm_domain::platforms::PlatformId| {
        all.iter().find(|p| p.id == id).map_or_else(|| id.to_string(), |p| p.domain.as_str().to_owned())
    };
    let (lines, totals, error) = match ledger(&state, caller, &query).await {
        Ok((rows, all)) => (
            rows.iter()
                .map(|r| ChargeLine {
                    at: tr.datetime(&r.at),
                    platform: all
                        .iter()
                        .find(|p| p.id == r.platform_id)
                        .map_or_else(|| r.platform_id.to_string(), |p| p.domain.as_str().to_owned()),
                    event: tr.code("charges-event", &r.event),
                    subject: if r.subject == "content_platform" {
                        tr.t("kind-content")
                    } else {
                        tr.code("config", &r.subject)
                    },
                    amount: match (r.amount_minor, &r.currency) {
                        (Some(minor), Some(currency)) => money(tr, minor, currency),
                        _ => tr.t("charges-not-priced"),
                    },
                    actor: r.actor_label.clone().unwrap_or_default(),
                    detail: r.detail.as_deref().map(|d| super::audit::detail_line(tr, d)).unwrap_or_default(),
                })
                .collect(),
            kalm_app::charges::totals(&rows)
                .into_iter()
                .map(|t| TotalLine {
                    platform: domain_of(&all, t.platform_id),
                    charges: t.charges,
                    amount: match &t.currency {
                        Some(currency) => money(tr, t.amount_minor, currency),
                        None => tr.t("charges-not-priced"),
                    },
                })
                .collect(),
            None,
        ),
        Err(err) if err.is_internal() => return Err(PageError::new(&err, tr)),
        Err(AppError::Configuration(_)) => (Vec::new(), Vec::new(), Some(tr.error("date_invalid"))),
        Err(err) => (Vec::new(), Vec::new(), Some(tr.error(err.code()))),
    };
    let mut params = form_urlencoded::Serializer::new(String::new());
    for (name, value) in [("platform", &query.platform), ("since", &query.since), ("until", &query.until)] {
        if !value.trim().is_empty() {
            params.append_pair(name, value.trim());
        }
    }
    let params = params.finish();
    let csv_href = if params.is_empty() { "/charges.csv".to_owned() } else { format!("/charges.csv?{params}") };
    let totals_csv_href = if params.is_empty() {
        "/charges.csv?totals=yes".to_owned()
    } else {
        format!("/charges.csv?{params}&totals=yes")
    };
    Ok(render(&ChargesPage {
        t: tr,
        chrome: Chrome::admin(&visit, "/charges"),
        platform: query.platform,
        since: query.since,
        until: query.until,
        csv_href,
        totals_csv_href,
        error,
        lines,
        totals,
    }))
}

pub async fn charges_csv(
    State(state): State<AppState>,
    visit: AdminVisit,
    Query(query): Query<ChargesQuery>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else { return Ok(to_login()) };
    let (rows, all) = ledger(&state, caller, &query).await.or_page(&visit.tr)?;
    let (name, body) = if query.totals == "yes" {
        ("kalm-charges-totals.csv", kalm_app::charges::totals_csv(&kalm_app::charges::totals(&rows), &all))
    } else {
        ("kalm-charges.csv", kalm_app::charges::csv(&rows, &all))
    };
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response())
}

// ------------------------------------------------------ e-mail outbox

pub struct FailedEmail {
    pub id: String,
    pub created: String,
    pub platform: String,
    pub kind: String,
    pub recipient: String,
    pub attempts: i64,
    pub error: String,
}

#[derive(Template)]
#[template(path = "service_desk/outbox.html")]
struct OutboxPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    queued: i64,
    oldest: String,
    sent: i64,
    failed_count: i64,
    rows: Vec<FailedEmail>,
    /// The address looked up, as typed.
    address: String,
    /// The messages to that address, when one was looked up.
    lookup: Option<Vec<SentEmail>>,
    lookup_error: Option<String>,
}

/// A message to the address looked up: what happened to it, never what
/// it said.
pub struct SentEmail {
    pub created: String,
    pub platform: String,
    pub kind: String,
    pub state: String,
    pub attempts: i64,
    pub error: String,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct OutboxQuery {
    pub done: Option<String>,
    pub address: Option<String>,
}

pub async fn outbox(
    State(state): State<AppState>,
    visit: AdminVisit,
    Query(query): Query<OutboxQuery>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let stats = kalm_app::emails::overview(&state.kalm, caller).await.or_page(tr)?;
    let failed = kalm_app::emails::failed(&state.kalm, caller).await.or_page(tr)?;
    let all = platforms::list(&state.kalm, caller).await.or_page(tr)?;
    let domain_of = |id| all.iter().find(|p| p.id == id).map(|p| p.domain.as_str().to_owned()).unwrap_or_default();
    let address = query.address.clone().unwrap_or_default();
    let (lookup, lookup_error) = if address.trim().is_empty() {
        (None, None)
    } else {
        match kalm_app::emails::to_address(&state.kalm, caller, &address).await {
            Ok(found) => (
                Some(
                    found
                        .iter()
                        .map(|m| SentEmail {
                            created: tr.datetime(&m.created_at),
                            platform: domain_of(m.platform_id),
                            kind: tr.code("email-kind", m.kind.code()),
                            state: tr.code("outbox-state", m.state.code()),
                            attempts: m.attempts,
                            error: m.last_error.clone().unwrap_or_default(),
                        })
                        .collect(),
                ),
                None,
            ),
            Err(err) if err.is_internal() => return Err(PageError::new(&err, tr)),
            Err(err) => (None, Some(tr.error(err.code()))),
        }
    };
    let rows = failed
        .iter()
        .map(|m| FailedEmail {
            id: m.id.to_string(),
            created: tr.datetime(&m.created_at),
            platform: all
                .iter()
                .find(|p| p.id == m.platform_id)
                .map(|p| p.domain.as_str().to_owned())
                .unwrap_or_default(),
            kind: tr.code("email-kind", m.kind.code()),
            recipient: kalm_app::emails::masked(&m.recipient),
            attempts: m.attempts,
            error: m.last_error.clone().unwrap_or_default(),
        })
        .collect();
    Ok(render(&OutboxPage {
        t: tr,
        chrome: Chrome::admin(&visit, "/emails").with_notice(tr, query.done.as_deref()),
        queued: stats.queued,
        oldest: tr.opt_datetime(&stats.oldest_queued),
        sent: stats.sent,
        failed_count: stats.failed,
        rows,
        address,
        lookup,
        lookup_error,
    }))
}

pub async fn retry_email(
    State(state): State<AppState>,
    visit: AdminVisit,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let Some(principal) = &visit.principal else {
        return Ok(to_login());
    };
    if operator(&visit).is_none() {
        return Ok(to_login());
    }
    let id = uuid::Uuid::parse_str(&id).map_err(|_| PageError::not_found(&visit.tr))?;
    kalm_app::emails::retry(&state.kalm, principal.caller(), id).await.or_page(&visit.tr)?;
    Ok(Redirect::to("/emails?done=email_requeued").into_response())
}

/// This module's pages on the operator console's host.
pub(super) fn admin_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/", axum::routing::get(platforms))
        .route("/platforms", axum::routing::post(create).merge(super::forms::page_of("/")))
        .route("/platforms/new", axum::routing::get(new_form))
        .route("/platforms/{id}", axum::routing::get(show).post(update))
        .route(
            "/platforms/{id}/catalogue",
            axum::routing::post(link_catalogue).merge(super::forms::page_of("/platforms/{id}")),
        )
        .route(
            "/platforms/{id}/catalogue/remove",
            axum::routing::post(unlink_catalogue).merge(super::forms::page_of("/platforms/{id}")),
        )
        .route(
            "/platforms/{id}/managers",
            axum::routing::post(add_manager).merge(super::forms::page_of("/platforms/{id}")),
        )
        .route("/platforms/{id}/configurations/{key}", axum::routing::get(configuration).post(save_configuration))
        .route(
            "/platforms/{id}/configurations/{key}/availability",
            axum::routing::post(save_availability).merge(super::forms::page_of("/platforms/{id}/configurations/{key}")),
        )
        .route("/charges", axum::routing::get(charges))
        .route("/emails", axum::routing::get(outbox))
        .route("/emails/{id}/retry", axum::routing::post(retry_email).merge(super::forms::page_of("/emails")))
        .route("/charges.csv", axum::routing::get(charges_csv))
}
