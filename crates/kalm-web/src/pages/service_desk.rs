//! The operator console: the list of platforms, creating one, and one
//! platform's page, where the service desk also adds the platform's first
//! application manager (who gets an activation link to pass on).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::accounts::{self, AccountInput};
use kalm_app::platforms::{self, Platform, PlatformInput};
use kalm_app::{AppError, Caller};
use kalm_domain::languages::Language;
use kalm_domain::platforms::PlatformKind;

use super::{Choice, Chrome, Fields, port_suffix, to_login};
use crate::AppState;
use crate::error::{OrPage, PageError, render, status_of};
use crate::i18n::Tr;
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
#[template(path = "admin_platforms.html")]
struct PlatformsPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    rows: Vec<PlatformRow>,
}

pub async fn platforms(State(state): State<AppState>, visit: AdminVisit) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let list = platforms::list(&state.kalm, Some(caller)).await.or_page(tr)?;
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
    Ok(render(&PlatformsPage { t: tr, chrome: Chrome::admin(&visit, "/"), rows }))
}

#[derive(Template)]
#[template(path = "admin_platform_new.html")]
struct NewPlatformPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    error: Option<String>,
    name: String,
    domain: String,
    language_options: Vec<Choice>,
    kind_options: Vec<Choice>,
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
    };
    match platforms::create(&state.kalm, Some(caller), &input).await {
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
#[template(path = "admin_platform.html")]
struct PlatformPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    id: String,
    name: String,
    domain: String,
    url: String,
    kind: String,
    language: String,
    account_count: i64,
    created: String,
    activation_link: Option<String>,
    error: Option<String>,
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
) -> Result<Response, PageError> {
    let tr = &visit.tr;
    let account_count = platforms::account_count(&state.kalm, platform.id).await.or_page(tr)?;
    Ok(render(&PlatformPage {
        t: tr,
        chrome: Chrome::admin(visit, "/"),
        id: platform.id.to_string(),
        name: platform.name.as_str().to_owned(),
        domain: platform.domain.as_str().to_owned(),
        url: platform_url(platform, headers, state.config.secure_cookies),
        kind: tr.code("kind", platform.kind.code()),
        language: tr.code("language", platform.default_language.code()),
        account_count,
        created: tr.datetime(&platform.created_at),
        activation_link,
        error,
    }))
}

pub async fn show(
    State(state): State<AppState>,
    visit: AdminVisit,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let Some(caller) = operator(&visit) else {
        return Ok(to_login());
    };
    let platform = platforms::find(&state.kalm, Some(caller), &id).await.or_page(&visit.tr)?;
    platform_page(&state, &visit, &headers, &platform, None, None).await
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
    let platform = platforms::find(&state.kalm, Some(caller), &id).await.or_page(tr)?;
    let input = AccountInput {
        account_type: "professional".into(),
        roles: "professional,application_manager".into(),
        first_name: fields.get("first_name"),
        last_name: fields.get("last_name"),
        email: fields.get("email"),
        language: String::new(),
        friend_of: String::new(),
    };
    match accounts::create(&state.kalm, Some(caller), &platform, &input, None).await {
        Ok(created) => {
            let link = created.activation_token.map(|token| {
                format!("{}/activate/{token}", platform_url(&platform, &headers, state.config.secure_cookies))
            });
            platform_page(&state, &visit, &headers, &platform, link, None).await
        }
        Err(err) if err.is_internal() => Err(PageError::new(&err, tr)),
        Err(err) => {
            let mut response =
                platform_page(&state, &visit, &headers, &platform, None, Some(tr.error(err.code()))).await?;
            *response.status_mut() = status_of(&err);
            Ok(response)
        }
    }
}
