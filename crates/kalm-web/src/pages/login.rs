//! Login and logout, on platforms and on the operator console.
//!
//! A failed login re-renders the form with the address kept and one message
//! that never says whether the address exists. A new session id is issued
//! at every login (nothing from before login is reused).

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::auth::Principal;
use kalm_app::{AppError, auth};
use kalm_i18n::Tr;

use super::{Chrome, Done, Fields};
use crate::AppState;
use crate::error::{PageError, render};
use crate::session::{AdminVisit, PlatformVisit, clear_cookie, read_device_token};

#[derive(Template)]
#[template(path = "login/login.html")]
struct LoginPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    intro: String,
    email: String,
    error: Option<String>,
    /// Platforms offer "forgot password"; the operator console does not.
    forgot_link: bool,
}

/// `contact`: the organisation's address, where the platform gives one.
fn login_error(tr: &Tr, err: &AppError, platform_name: &str, contact: Option<&str>) -> String {
    match err {
        AppError::LoginThrottled(until) => tr.t1("error-login-throttled-until", "time", &tr.datetime(until)),
        AppError::AccountDeactivated => match contact {
            Some(address) => tr.args(
                "error-account-deactivated-login-contact",
                &[("platform", platform_name.to_owned()), ("address", address.to_owned())],
            ),
            None => tr.t1("error-account-deactivated-login", "platform", platform_name),
        },
        AppError::SmsLimit(until) => tr.t1("error-sms-limit-until", "time", &tr.datetime(until)),
        other => tr.error(other.code()),
    }
}

pub async fn platform_form(visit: PlatformVisit, Query(done): Query<Done>) -> Response {
    if visit.principal.is_some() {
        return Redirect::to("/").into_response();
    }
    if let Some(path) = super::two_factor::second_step_path(&visit) {
        return Redirect::to(path).into_response();
    }
    let tr = &visit.tr;
    render(&LoginPage {
        t: tr,
        chrome: Chrome::platform(&visit, "/login").with_notice(tr, done.done.as_deref()),
        intro: tr.t1("login-intro", "platform", visit.platform.name.as_str()),
        email: String::new(),
        error: None,
        forgot_link: true,
    })
}

pub async fn platform_submit(
    State(state): State<AppState>,
    visit: PlatformVisit,
    headers: HeaderMap,
    Form(fields): Form<Fields>,
) -> Response {
    let email = fields.get("email");
    let device = read_device_token(&headers, &state.config);
    let password = fields.get("password");
    let wording = super::two_factor::sms_wording(&visit);
    let source = visit.source.clone();
    match auth::platform_login(&state.kalm, &visit.platform, &email, &password, source, device.as_deref(), &wording)
        .await
    {
        Ok(login) => super::two_factor::after_password(&state, &visit, login),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => {
            let tr = &visit.tr;
            let mut response = render(&LoginPage {
                t: tr,
                chrome: Chrome::platform(&visit, "/login"),
                intro: tr.t1("login-intro", "platform", visit.platform.name.as_str()),
                email,
                error: Some(login_error(
                    tr,
                    &err,
                    visit.platform.name.as_str(),
                    visit.platform.contact_email.as_ref().map(|a| a.as_str()),
                )),
                forgot_link: true,
            });
            *response.status_mut() = crate::error::status_of(&err);
            response
        }
    }
}

/// Ends the session (if any) and sends the visitor to the login page.
async fn end_session(state: &AppState, token: Option<&String>, principal: Option<&Principal>, tr: &Tr) -> Response {
    if let (Some(token), Some(principal)) = (token, principal)
        && let Err(err) = auth::logout(&state.kalm, token, principal).await
    {
        return PageError::new(&err, tr).into_response();
    }
    let mut response = Redirect::to("/login").into_response();
    response.headers_mut().insert(header::SET_COOKIE, clear_cookie(&state.config));
    response
}

pub async fn platform_logout(State(state): State<AppState>, visit: PlatformVisit) -> Response {
    if visit.pending.is_some()
        && let Some(token) = &visit.token
        && let Err(err) = auth::abandon_pending(&state.kalm, token).await
    {
        return PageError::new(&err, &visit.tr).into_response();
    }
    end_session(&state, visit.token.as_ref(), visit.principal.as_ref(), &visit.tr).await
}

pub async fn admin_form(visit: AdminVisit, Query(done): Query<Done>) -> Response {
    if visit.principal.is_some() {
        return Redirect::to("/").into_response();
    }
    if let Some(to_step) = super::operator_two_factor::login_redirect(&visit) {
        return to_step;
    }
    let tr = &visit.tr;
    render(&LoginPage {
        t: tr,
        chrome: Chrome::admin(&visit, "/login").with_notice(tr, done.done.as_deref()),
        intro: tr.t("console-login-intro"),
        email: String::new(),
        error: None,
        forgot_link: false,
    })
}

pub async fn admin_submit(State(state): State<AppState>, visit: AdminVisit, Form(fields): Form<Fields>) -> Response {
    let email = fields.get("email");
    match auth::operator_login(&state.kalm, &email, &fields.get("password"), visit.source.clone()).await {
        Ok(signed_in) => super::operator_two_factor::after_password(&state, &signed_in),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => {
            let tr = &visit.tr;
            let mut response = render(&LoginPage {
                t: tr,
                chrome: Chrome::admin(&visit, "/login"),
                intro: tr.t("console-login-intro"),
                email,
                error: Some(login_error(tr, &err, "", None)),
                forgot_link: false,
            });
            *response.status_mut() = crate::error::status_of(&err);
            response
        }
    }
}

pub async fn admin_logout(State(state): State<AppState>, visit: AdminVisit) -> Response {
    if visit.pending.is_some()
        && let Some(token) = &visit.token
        && let Err(err) = auth::abandon_pending(&state.kalm, token).await
    {
        return PageError::new(&err, &visit.tr).into_response();
    }
    end_session(&state, visit.token.as_ref(), visit.principal.as_ref(), &visit.tr).await
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/login", axum::routing::get(platform_form).post(platform_submit))
        .route("/logout", axum::routing::post(platform_logout).merge(super::forms::page_of("/")))
}

/// This module's pages on the operator console's host.
pub(super) fn admin_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/login", axum::routing::get(admin_form).post(admin_submit))
        .route("/logout", axum::routing::post(admin_logout).merge(super::forms::page_of("/")))
}
