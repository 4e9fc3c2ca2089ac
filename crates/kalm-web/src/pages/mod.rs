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
pub mod home;
pub mod inactivity;
pub mod login;
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
use axum::routing::{get, post};
use kalm_app::auth::Principal;
use kalm_domain::accounts::Role;
use kalm_domain::permissions::Actor;
use kalm_i18n::Tr;

use crate::AppState;
use crate::session::{AdminVisit, PlatformVisit};

/// The frame around every page: site name, navigation, who is signed in.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub site_name: String,
    pub nav: Vec<NavItem>,
    pub signed_in_as: Option<String>,
    pub notice: Option<String>,
    /// The language switcher, shown before login when more than one
    /// language is offered; empty otherwise.
    pub languages: Vec<Choice>,
    /// Where the switcher returns to.
    pub back: String,
}

#[derive(Debug, Clone)]
pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

/// An option in a select, radio group or checkbox group.
#[derive(Debug, Clone)]
pub struct Choice {
    pub code: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn new(code: impl Into<String>, label: impl Into<String>, selected: bool) -> Choice {
        Choice { code: code.into(), label: label.into(), selected }
    }
}

impl Chrome {
    pub fn bare(tr: &Tr) -> Chrome {
        Chrome {
            site_name: tr.t("product-name"),
            nav: Vec::new(),
            signed_in_as: None,
            notice: None,
            languages: Vec::new(),
            back: String::new(),
        }
    }

    pub fn platform(visit: &PlatformVisit, current: &str) -> Chrome {
        let mut nav = Vec::new();
        let mut signed_in_as = None;
        if let Some(principal) = &visit.principal {
            let tr = &visit.tr;
            let mut item = |href: &'static str, id: &str| {
                nav.push(NavItem { href, label: tr.t(id), current: href == current });
            };
            item("/", "nav-home");
            match principal {
                Principal::Account { account, caller } => {
                    signed_in_as = Some(format!("{} {}", account.first_name.as_str(), account.last_name.as_str()));
                    if let Actor::Account(me) = caller.actor {
                        let staff = me.roles.iter().next().is_some()
                            && account.account_type == kalm_domain::accounts::AccountType::Professional;
                        if staff {
                            item("/accounts", "nav-accounts");
                        }
                        if staff && me.roles.contains(Role::ApplicationManager) {
                            item("/settings", "nav-settings");
                            item("/audit", "nav-audit");
                        }
                    }
                    item("/account", "nav-my-account");
                }
                Principal::Operator { operator, .. } => {
                    signed_in_as = Some(operator.email.as_str().to_owned());
                    item("/accounts", "nav-accounts");
                    item("/audit", "nav-audit");
                }
            }
        }
        let mut chrome = Chrome {
            site_name: visit.platform.name.as_str().to_owned(),
            nav,
            signed_in_as,
            notice: None,
            languages: Vec::new(),
            back: String::new(),
        };
        if visit.principal.is_none() {
            chrome = chrome.with_switcher(visit, current);
        }
        chrome
    }

    /// Adds the language switcher (when more than one language is offered),
    /// returning to `back` after a choice.
    pub fn with_switcher(mut self, visit: &PlatformVisit, back: &str) -> Chrome {
        if visit.offered.len() > 1 {
            self.languages = visit
                .offered
                .iter()
                .map(|l| Choice::new(l.code(), visit.tr.code("language", l.code()), *l == visit.tr.language))
                .collect();
            self.back = back.to_owned();
        }
        self
    }

    pub fn admin(visit: &AdminVisit, current: &str) -> Chrome {
        let tr = &visit.tr;
        let mut nav = Vec::new();
        let mut signed_in_as = None;
        if let Some(Principal::Operator { operator, .. }) = &visit.principal {
            signed_in_as = Some(operator.email.as_str().to_owned());
            for (href, id) in [
                ("/", "nav-platforms"),
                ("/charges", "nav-charges"),
                ("/emails", "nav-emails"),
                ("/audit", "nav-audit"),
            ] {
                nav.push(NavItem { href, label: tr.t(id), current: href == current });
            }
        }
        Chrome {
            site_name: tr.t("console-name"),
            nav,
            signed_in_as,
            notice: None,
            languages: Vec::new(),
            back: String::new(),
        }
    }

    /// Shows the translated notice for a `?done=<code>` after a redirect.
    pub fn with_notice(mut self, tr: &Tr, done: Option<&str>) -> Chrome {
        self.notice =
            done.filter(|d| d.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')).map(|d| tr.code("notice", d));
        self
    }
}

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

/// The `?done=<code>` left by a redirect after a successful change.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Done {
    pub done: Option<String>,
}

/// Form fields as sent, keeping repeated keys (checkbox groups).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn get(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }
}

pub fn platform_routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::platform_home))
        .route("/login", get(login::platform_form).post(login::platform_submit))
        .route("/logout", post(login::platform_logout))
        .route("/login/code", get(two_factor::code_form).post(two_factor::code_submit))
        .route("/login/code/resend", post(two_factor::resend_login_code))
        .route("/login/recovery", get(two_factor::recovery_form).post(two_factor::recovery_submit))
        .route("/two-factor/setup", get(two_factor::setup_form).post(two_factor::setup_choose))
        .route("/two-factor/setup/app", get(two_factor::app_form))
        .route("/two-factor/setup/sms", get(two_factor::sms_form).post(two_factor::sms_submit))
        .route("/two-factor/setup/sms/code", get(two_factor::sms_code_form))
        .route("/two-factor/setup/sms/resend", post(two_factor::sms_resend))
        .route("/two-factor/setup/confirm", post(two_factor::confirm))
        .route("/two-factor/saved", post(two_factor::codes_saved))
        .route("/account/two-factor", get(two_factor::own))
        .route("/account/two-factor/recovery-codes", post(two_factor::renew_codes))
        .route("/account/two-factor/devices/{id}/revoke", post(two_factor::revoke_device))
        .route("/accounts/{id}/two-factor/reset", post(accounts::reset_two_factor))
        .route("/accounts/{id}/two-factor/waiver", post(accounts::waive_two_factor))
        .route("/accounts/{id}/two-factor/waiver/end", post(accounts::end_two_factor_waiver))
        .route("/language", get(choose_language))
        .route("/activate/{token}", get(activation::form).post(activation::submit))
        .route("/forgot-password", get(password_reset::form).post(password_reset::submit))
        .route("/reset/{token}", get(password_reset::reset_form).post(password_reset::reset_submit))
        .route("/friends", post(home::invite_friend))
        .route("/friends/{id}/end", post(home::end_friend_link))
        .route("/account", get(my_account::page))
        .route("/account/profile", post(my_account::save_profile))
        .route("/account/password", post(my_account::change_password))
        .route("/account/confirm", get(my_account::confirm_form).post(my_account::confirm_submit))
        .route("/email/confirm/{token}", get(my_account::email_change_form).post(my_account::email_change_submit))
        .route("/accounts", get(accounts::list).post(accounts::create))
        .route("/accounts/new", get(accounts::new_form))
        .route("/accounts/{id}", get(accounts::show))
        .route("/accounts/{id}/roles", post(accounts::save_roles))
        .route("/accounts/{id}/relations", post(accounts::relate))
        .route("/accounts/{id}/relations/{professional}/delete", post(accounts::unrelate))
        .route("/accounts/{id}/deactivate", post(accounts::deactivate))
        .route("/accounts/{id}/reactivate", post(accounts::reactivate))
        .route("/accounts/{id}/activation-link", post(accounts::renew_link))
        .route("/audit", get(audit::platform_log))
        .route("/settings", get(settings::overview))
        .route("/settings/{key}", get(settings::show).post(settings::save))
        .fallback(not_found_platform)
}

pub fn admin_routes() -> Router<AppState> {
    Router::new()
        .route("/", get(service_desk::platforms))
        .route("/login", get(login::admin_form).post(login::admin_submit))
        .route("/logout", post(login::admin_logout))
        .route("/login/code", get(operator_two_factor::code_form).post(operator_two_factor::code_submit))
        .route("/login/recovery", get(operator_two_factor::recovery_form).post(operator_two_factor::recovery_submit))
        .route("/two-factor/setup", get(operator_two_factor::setup_form))
        .route("/two-factor/setup/confirm", post(operator_two_factor::setup_confirm))
        .route("/two-factor/saved", post(operator_two_factor::codes_saved))
        .route("/platforms", post(service_desk::create))
        .route("/platforms/new", get(service_desk::new_form))
        .route("/platforms/{id}", get(service_desk::show).post(service_desk::update))
        .route("/platforms/{id}/managers", post(service_desk::add_manager))
        .route(
            "/platforms/{id}/configurations/{key}",
            get(service_desk::configuration).post(service_desk::save_configuration),
        )
        .route("/platforms/{id}/configurations/{key}/availability", post(service_desk::save_availability))
        .route("/charges", get(service_desk::charges))
        .route("/emails", get(service_desk::outbox))
        .route("/emails/{id}/retry", post(service_desk::retry_email))
        .route("/charges.csv", get(service_desk::charges_csv))
        .route("/audit", get(audit::admin_log))
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
