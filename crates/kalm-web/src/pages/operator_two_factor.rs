//! The operator console's second login step: setting the authenticator app
//! up (required by default), a code from it, or a recovery code.
//!
//! The same paths and, where they fit, the same templates as the
//! platforms' two-factor pages (`two_factor`), so people and the browser
//! journeys meet one design. A login past its password has no `principal`,
//! so every other console page sends it to `/login`, which sends it on to
//! its step here; only these pages and logout are reachable. The set-up is
//! one page (app only: the console has no text messages), and it never
//! needs the password again: the login that reaches it has just checked it.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::AppError;
use kalm_app::auth::{LoginNext, SignedIn};
use kalm_app::operator_two_factor::{self, OperatorPending};

use super::{Choice, Chrome, Fields};
use crate::AppState;
use crate::error::{PageError, render, status_of};
use crate::session::{AdminVisit, clear_cookie, set_cookie};
use kalm_i18n::Tr;

/// Where a half-done operator login belongs.
pub fn second_step_path(visit: &AdminVisit) -> Option<&'static str> {
    match visit.pending.as_ref().map(|p| p.next) {
        Some(LoginNext::Code(_)) => Some("/login/code"),
        Some(LoginNext::SetUp) => Some("/two-factor/setup"),
        _ => None,
    }
}

fn elsewhere(visit: &AdminVisit) -> Response {
    Redirect::to(second_step_path(visit).unwrap_or("/login")).into_response()
}

/// A step sent with a session that is gone (the ten minutes passed, or
/// too many attempts): back to the login page, saying why, with the stale
/// cookie cleared.
fn login_expired(state: &AppState) -> Response {
    let mut response = Redirect::to("/login?done=login_expired").into_response();
    response.headers_mut().insert(header::SET_COOKIE, clear_cookie(&state.config));
    response
}

fn pending_with(visit: &AdminVisit, next: fn(LoginNext) -> bool) -> Option<(&str, &OperatorPending)> {
    match (visit.token.as_deref(), visit.pending.as_ref()) {
        (Some(token), Some(pending)) if next(pending.next) => Some((token, pending)),
        _ => None,
    }
}

fn waits_for_code(next: LoginNext) -> bool {
    matches!(next, LoginNext::Code(_))
}

fn waits_for_setup(next: LoginNext) -> bool {
    next == LoginNext::SetUp
}

fn error_text(tr: &Tr, err: &AppError) -> String {
    match err {
        AppError::LoginThrottled(until) => tr.t1("error-login-throttled-until", "time", &tr.datetime(until)),
        other => tr.error(other.code()),
    }
}

fn with_status(mut response: Response, status: Option<StatusCode>) -> Response {
    if let Some(status) = status {
        *response.status_mut() = status;
    }
    response
}

/// Sends the operator on after the right password: signed in, to the code
/// page, or to set the authenticator up.
pub fn after_password(state: &AppState, signed_in: &SignedIn) -> Response {
    let to = match signed_in.next {
        LoginNext::Done => "/",
        LoginNext::Code(_) => "/login/code",
        LoginNext::SetUp => "/two-factor/setup",
    };
    let mut response = Redirect::to(to).into_response();
    response.headers_mut().insert(header::SET_COOKIE, set_cookie(&state.config, &signed_in.token));
    response
}

// ------------------------------------------------------------ the code --

#[derive(Template)]
#[template(path = "two_factor/code.html")]
struct CodePage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    instruction: String,
    sms: bool,
    remember_label: Option<String>,
    remember_choices: Vec<Choice>,
    error: Option<String>,
}

fn code_page(visit: &AdminVisit, error: Option<(String, StatusCode)>) -> Response {
    if pending_with(visit, waits_for_code).is_none() {
        return elsewhere(visit);
    }
    let tr = &visit.tr;
    let status = error.as_ref().map(|(_, status)| *status);
    let page = CodePage {
        t: tr,
        chrome: Chrome::admin(visit, "/login/code"),
        instruction: tr.t("console-two-factor-code"),
        sms: false,
        // The console remembers no device: every login asks for a code.
        remember_label: None,
        remember_choices: Vec::new(),
        error: error.map(|(message, _)| message),
    };
    with_status(render(&page), status)
}

pub async fn code_form(visit: AdminVisit) -> Response {
    code_page(&visit, None)
}

pub async fn code_submit(State(state): State<AppState>, visit: AdminVisit, Form(fields): Form<Fields>) -> Response {
    let Some((token, _)) = pending_with(&visit, waits_for_code) else {
        return if visit.token.is_some() && visit.pending.is_none() {
            login_expired(&state)
        } else {
            elsewhere(&visit)
        };
    };
    match operator_two_factor::enter_code(&state.kalm, token, &fields.get("code"), visit.source.clone()).await {
        Ok(new) => {
            let mut response = Redirect::to("/").into_response();
            response.headers_mut().insert(header::SET_COOKIE, set_cookie(&state.config, &new));
            response
        }
        Err(AppError::LoginExpired) => login_expired(&state),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => code_page(&visit, Some((error_text(&visit.tr, &err), status_of(&err)))),
    }
}

// ------------------------------------------------------ recovery codes --

#[derive(Template)]
#[template(path = "two_factor/recovery.html")]
struct RecoveryPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    help: String,
    error: Option<String>,
}

fn recovery_page(visit: &AdminVisit, error: Option<(String, StatusCode)>) -> Response {
    if pending_with(visit, waits_for_code).is_none() {
        return elsewhere(visit);
    }
    let tr = &visit.tr;
    let status = error.as_ref().map(|(_, status)| *status);
    let page = RecoveryPage {
        t: tr,
        chrome: Chrome::admin(visit, "/login/recovery"),
        help: tr.t("console-two-factor-help"),
        error: error.map(|(message, _)| message),
    };
    with_status(render(&page), status)
}

pub async fn recovery_form(visit: AdminVisit) -> Response {
    recovery_page(&visit, None)
}

#[derive(Template)]
#[template(path = "two_factor/recovered.html")]
struct RecoveredPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    codes_left: String,
    setup_offered: bool,
}

pub async fn recovery_submit(State(state): State<AppState>, visit: AdminVisit, Form(fields): Form<Fields>) -> Response {
    let Some((token, _)) = pending_with(&visit, waits_for_code) else {
        return if visit.token.is_some() && visit.pending.is_none() {
            login_expired(&state)
        } else {
            elsewhere(&visit)
        };
    };
    match operator_two_factor::enter_recovery_code(&state.kalm, token, &fields.get("code"), visit.source.clone()).await
    {
        Ok((new, left)) => {
            let tr = &visit.tr;
            let mut chrome = Chrome::bare(tr);
            chrome.site_name = tr.t("console-name");
            // A new authenticator comes from a reset on the server (see
            // the help on the recovery page), not from the console.
            let page = RecoveredPage {
                t: tr,
                chrome,
                codes_left: tr.n("two-factor-codes-left", "count", left),
                setup_offered: false,
            };
            let mut response = render(&page);
            response.headers_mut().insert(header::SET_COOKIE, set_cookie(&state.config, &new));
            response
        }
        Err(AppError::LoginExpired) => login_expired(&state),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(AppError::TwoFactorCodeWrong) => {
            recovery_page(&visit, Some((visit.tr.t("error-recovery-code-wrong"), StatusCode::UNPROCESSABLE_ENTITY)))
        }
        Err(err) => recovery_page(&visit, Some((error_text(&visit.tr, &err), status_of(&err)))),
    }
}

// -------------------------------------------------------------- set-up --

#[derive(Template)]
#[template(path = "operator_two_factor/setup.html")]
struct SetupPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    qr: String,
    manual_key: String,
    /// The key as an `otpauth://` link, for setting up on this device.
    otpauth: String,
    error: Option<String>,
}

async fn setup_page(state: &AppState, visit: &AdminVisit, error: Option<&AppError>) -> Response {
    let Some((token, _)) = pending_with(visit, waits_for_setup) else { return elsewhere(visit) };
    let tr = &visit.tr;
    let issuer = tr.t("console-name");
    let setup = match operator_two_factor::setup_for_login(&state.kalm, token, &issuer, visit.source.clone()).await {
        Ok(setup) => setup,
        Err(AppError::LoginExpired) => return login_expired(state),
        Err(err) => return PageError::new(&err, tr).into_response(),
    };
    let page = SetupPage {
        t: tr,
        chrome: Chrome::admin(visit, "/two-factor/setup"),
        qr: super::two_factor::qr_svg(&setup.otpauth_uri, &tr.t("two-factor-qr-label")),
        manual_key: setup.manual_key,
        otpauth: setup.otpauth_uri.clone(),
        error: error.map(|e| error_text(tr, e)),
    };
    with_status(render(&page), error.map(status_of))
}

pub async fn setup_form(State(state): State<AppState>, visit: AdminVisit) -> Response {
    setup_page(&state, &visit, None).await
}

#[derive(Template)]
#[template(path = "two_factor/recovery_codes.html")]
struct CodesPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    intro: String,
    codes: Vec<String>,
    download_href: String,
    next: &'static str,
    done: &'static str,
}

/// Confirms the set-up with its first code, signs the login in, and shows
/// the recovery codes, once.
pub async fn setup_confirm(State(state): State<AppState>, visit: AdminVisit, Form(fields): Form<Fields>) -> Response {
    let Some((token, pending)) = pending_with(&visit, waits_for_setup) else {
        return if visit.token.is_some() && visit.pending.is_none() {
            login_expired(&state)
        } else {
            elsewhere(&visit)
        };
    };
    let finished =
        operator_two_factor::finish_setup_login(&state.kalm, token, &fields.get("code"), visit.source.clone()).await;
    let (codes, new) = match finished {
        Ok(done) => done,
        Err(AppError::LoginExpired) => return login_expired(&state),
        Err(err) if err.is_internal() => return PageError::new(&err, &visit.tr).into_response(),
        Err(err) => return setup_page(&state, &visit, Some(&err)).await,
    };
    let tr = &visit.tr;
    let console = tr.t("console-name");
    let heading = tr.args(
        "recovery-codes-file-heading",
        &[("platform", console.clone()), ("email", pending.operator.email.as_str().to_owned())],
    );
    let text = format!("{heading}\r\n\r\n{}\r\n", codes.join("\r\n"));
    let mut chrome = Chrome::bare(tr);
    chrome.site_name = console;
    let page = CodesPage {
        t: tr,
        chrome,
        intro: tr.t("recovery-codes-intro-new"),
        codes,
        download_href: format!("data:text/plain;charset=utf-8,{}", super::two_factor::percent_encode(&text)),
        next: "/",
        done: "two_factor_on",
    };
    let mut response = render(&page);
    response.headers_mut().insert(header::SET_COOKIE, set_cookie(&state.config, &new));
    response
}

/// "I have saved my codes": on to the console.
pub async fn codes_saved(visit: AdminVisit) -> Response {
    if visit.principal.is_none() {
        return elsewhere(&visit);
    }
    Redirect::to("/?done=two_factor_on").into_response()
}

/// The console login form, or the step a half-done login is at.
pub fn login_redirect(visit: &AdminVisit) -> Option<Response> {
    second_step_path(visit).map(|path| Redirect::to(path).into_response())
}

/// This module's pages on the operator console's host.
pub(super) fn admin_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/login/code", axum::routing::get(code_form).post(code_submit))
        .route("/login/recovery", axum::routing::get(recovery_form).post(recovery_submit))
        .route("/two-factor/setup", axum::routing::get(setup_form))
        .route(
            "/two-factor/setup/confirm",
            axum::routing::post(setup_confirm).merge(super::forms::page_of("/two-factor/setup")),
        )
        .route("/two-factor/saved", axum::routing::post(codes_saved).merge(super::forms::page_of("/")))
}
