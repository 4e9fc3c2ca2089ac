//! Server-rendered pages: askama templates, every string through Fluent.
//!
//! Each module is one area of the product (login, accounts, audit log, the
//! operator console). Handlers parse the form into the app layer's input
//! type, call one use case, and either redirect (post/redirect/get, with a
//! translated notice) or re-render the form with the error in place and the
//! values kept, so nothing a person typed is lost.
//!
//! Templates sit in a folder named after the module that renders them
//! (`templates/accounts/list.html` for `accounts`), so a page's handler and
//! its markup are found by the same name. What several modules use — the
//! page frame, the error page, the configuration tiles, the activation link
//! box — lives in `templates/partials/`. A template that two modules render
//! stays with the module that owns its design: the console's second login
//! step (`operator_two_factor`) reuses `templates/two_factor/`.

pub mod accounts;
pub mod activation;
pub mod audit;
pub mod chrome;
pub mod content;
pub mod forms;
pub mod home;
pub mod inactivity;
pub mod login;
pub mod media;
pub mod my_account;
pub mod operator_two_factor;
pub mod password_reset;
pub mod service_desk;
pub mod settings;
pub mod two_factor;

use axum::Router;
use axum::http::HeaderMap;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

pub use chrome::{Choice, Chrome, NavItem};
pub use forms::{Done, Fields};

use crate::AppState;
use crate::session::{AdminVisit, PlatformVisit};

pub fn to_login() -> Response {
    Redirect::to("/login").into_response()
}

/// `scheme://host[:port]` of the current request, for links shown to people.
pub fn origin(headers: &HeaderMap, secure: bool) -> String {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("localhost");
    format!("{}://{host}", if secure { "https" } else { "http" })
}

/// The port part of the current request's Host header, if any (`:8080`).
pub fn port_suffix(headers: &HeaderMap) -> String {
    headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .and_then(|h| h.rsplit_once(':'))
        .filter(|(_, p)| p.bytes().all(|b| b.is_ascii_digit()))
        .map(|(_, p)| format!(":{p}"))
        .unwrap_or_default()
}

pub fn platform_routes() -> Router<AppState> {
    // Each area of the product brings its own routes.
    Router::new()
        .merge(home::platform_routes())
        .merge(login::platform_routes())
        .merge(two_factor::platform_routes())
        .merge(accounts::platform_routes())
        .merge(activation::platform_routes())
        .merge(password_reset::platform_routes())
        .merge(my_account::platform_routes())
        .merge(audit::platform_routes())
        .merge(settings::platform_routes())
        .merge(content::platform_routes())
        .merge(media::platform_routes())
        .route("/language", get(choose_language))
        .fallback(not_found_platform)
}

pub fn admin_routes() -> Router<AppState> {
    // Each area of the product brings its own routes.
    Router::new()
        .merge(service_desk::admin_routes())
        .merge(login::admin_routes())
        .merge(operator_two_factor::admin_routes())
        .merge(audit::admin_routes())
        .fallback(not_found_admin)
}

#[derive(Debug, serde::Deserialize)]
pub struct LanguageChoice {
    #[serde(default)]
    to: String,
    #[serde(default)]
    back: String,
}

/// The language switcher before login: remembers the choice in a cookie and
/// returns to the page it came from (a path on this site only).
async fn choose_language(
    visit: PlatformVisit,
    axum::extract::Query(choice): axum::extract::Query<LanguageChoice>,
) -> Response {
    let back = crate::local_path::LocalPath::parse(&choice.back).map_or_else(
        |why| {
            tracing::debug!(reason = why.code(), "language switcher: back is not a local path");
            "/login".to_owned()
        },
        |path| path.as_str().to_owned(),
    );
    let mut response = Redirect::to(&back).into_response();
    if let Ok(language) = kalm_domain::languages::Language::parse(&choice.to)
        && visit.offered.contains(&language)
        && let Ok(value) = axum::http::HeaderValue::from_str(&format!(
            "{}={}; Path=/; SameSite=Lax; Max-Age=31536000",
            crate::session::LANGUAGE_COOKIE,
            language.code()
        ))
    {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

async fn not_found_platform(visit: PlatformVisit) -> Response {
    crate::error::PageError::not_found(&visit.tr).into_response()
}

async fn not_found_admin(visit: AdminVisit) -> Response {
    crate::error::PageError::not_found(&visit.tr).into_response()
}
