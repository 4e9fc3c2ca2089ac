//! A person's own account settings: name, e-mail address, language, and
//! password (with the current one); the "confirm it is you" step that a new
//! address or second factor needs; and the link that confirms a new address.
//!
//! The confirmation page returns only to a few fixed places (`Back`), so its
//! `back` parameter can never send anyone off-site.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::accounts::{self, Account, OwnProfileSaved, ProfileInput};
use kalm_app::auth::{self, Principal};
use kalm_app::{AppError, Caller};

use super::{Choice, Chrome, Done, Fields, to_login};
use crate::AppState;
use crate::error::{PageError, render, status_of};
use crate::session::PlatformVisit;
use kalm_i18n::Tr;

#[derive(Template)]
#[template(path = "my_account/my_account.html")]
struct MyAccountPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    first_name: String,
    last_name: String,
    email: String,
    languages: Vec<Choice>,
    /// The person's own zone selected, or none (the first option: the
    /// platform's, named).
    time_zones: Vec<Choice>,
    platform_time_zone: String,
    error: Option<String>,
    language_notice: Option<String>,
    two_factor_link: bool,
}

fn two_factor_link(visit: &PlatformVisit, account: &Account) -> bool {
    let rule = kalm_domain::auth::two_factor::rule_for(&visit.settings.two_factor, account.account_type);
    rule != kalm_domain::configurations::TwoFactorRule::Off
}

fn signed_in(visit: &PlatformVisit) -> Option<(&Account, &Caller)> {
    match &visit.principal {
        Some(Principal::Account { account, caller }) => Some((account, caller)),
        _ => None,
    }
}

/// The languages a person can choose: those the platform offers. A choice
/// that is no longer offered stays selectable, so saving other details does
/// not silently change it.
fn language_choices(tr: &Tr, visit: &PlatformVisit, selected: &str) -> Vec<Choice> {
    let mut offered = visit.offered.clone();
    if let Ok(own) = kalm_domain::languages::Language::parse(selected)
        && !offered.contains(&own)
    {
        offered.push(own);
    }
    offered.into_iter().map(|l| Choice::new(l.code(), tr.code("language", l.code()), l.code() == selected)).collect()
}

/// Says so when the person's language is not offered at the moment.
fn kept_language_notice(tr: &Tr, visit: &PlatformVisit, account: &Account) -> Option<String> {
    (!visit.offered.contains(&account.language))
        .then(|| tr.t1("language-not-offered", "language", &tr.code("language", tr.language.code())))
}
/// "The platform's: Europe/Amsterdam", the first time zone option.
fn platform_time_zone(visit: &PlatformVisit) -> String {
    visit.tr.t1("my-account-time-zone-platform", "zone", &visit.platform.time_zone.name().replace('_', " "))
}

pub async fn page(visit: PlatformVisit, Query(done): Query<Done>) -> Response {
    let Some((account, _)) = signed_in(&visit) else {
        return to_login();
    };
    let tr = &visit.tr;
    render(&MyAccountPage {
        t: tr,
        chrome: Chrome::platform(&visit, "/account").with_notice(tr, done.done.as_deref()),
        first_name: account.first_name.as_str().to_owned(),
        last_name: account.last_name.as_str().to_owned(),
        email: account.email.as_str().to_owned(),
        languages: language_choices(tr, &visit, account.language.code()),
        time_zones: super::chrome::time_zone_choices(account.time_zone),
        platform_time_zone: platform_time_zone(&visit),
        error: None,
        language_notice: kept_language_notice(tr, &visit, account),
        two_factor_link: two_factor_link(&visit, account),
    })
}

fn rerender(visit: &PlatformVisit, fields: &Fields, account: &Account, err: &AppError) -> Response {
    let tr = &visit.tr;
    let keep = |name: &str, fallback: &str| {
        let v = fields.get(name);
        if v.is_empty() && !fields.0.iter().any(|(k, _)| k == name) { fallback.to_owned() } else { v }
    };
    let mut response = render(&MyAccountPage {
        t: tr,
        chrome: Chrome::platform(visit, "/account"),
        first_name: keep("first_name", account.first_name.as_str()),
        last_name: keep("last_name", account.last_name.as_str()),
        email: keep("email", account.email.as_str()),
        languages: language_choices(tr, visit, &keep("language", account.language.code())),
        time_zones: super::chrome::time_zone_choices(
            kalm_domain::countries::TimeZone::parse(&keep("time_zone", account.time_zone.map_or("", |z| z.name())))
                .ok(),
        ),
        platform_time_zone: platform_time_zone(visit),
        error: Some(tr.error(err.code())),
        language_notice: kept_language_notice(tr, visit, account),
        two_factor_link: two_factor_link(visit, account),
    });
    *response.status_mut() = status_of(err);
    response
}

pub async fn save_profile(State(state): State<AppState>, visit: PlatformVisit, Form(fields): Form<Fields>) -> Response {
    let Some((account, caller)) = signed_in(&visit) else {
        return to_login();
    };
    let input = ProfileInput {
        first_name: fields.get("first_name"),
        last_name: fields.get("last_name"),
        email: fields.get("email"),
        language: fields.get("language"),
        // A form without the field (an older page still open) keeps the zone.
        time_zone: fields.0.iter().any(|(k, _)| k == "time_zone").then(|| fields.get("time_zone")),
    };
    let token = visit.token.clone().unwrap_or_default();
    let confirmed = auth::confirmation(&state.kalm, &token, caller).await.ok();
    match accounts::update_own_profile(&state.kalm, caller, &visit.platform, &input, confirmed.as_ref()).await {
        Ok(OwnProfileSaved::Saved) => Redirect::to("/account?done=profile_saved").into_response(),
        Ok(OwnProfileSaved::EmailChangeRequested) => {
            Redirect::to("/account?done=email_change_requested").into_response()
        }
        Err(AppError::PasswordConfirmationRequired) => Back::Account.confirm_first(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => rerender(&visit, &fields, account, &err),
    }
}

/// Where the confirmation page may return to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    Account,
    TwoFactor,
    TwoFactorSetUp,
}

impl Back {
    fn parse(code: &str) -> Back {
        match code {
            "two-factor" => Back::TwoFactor,
            "two-factor-setup" => Back::TwoFactorSetUp,
            _ => Back::Account,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Back::Account => "account",
            Back::TwoFactor => "two-factor",
            Back::TwoFactorSetUp => "two-factor-setup",
        }
    }

    fn path(self) -> &'static str {
        match self {
            Back::Account => "/account",
            Back::TwoFactor => "/account/two-factor",
            Back::TwoFactorSetUp => "/two-factor/setup",
        }
    }

    /// Sends the visitor to confirm their password, then back here.
    pub fn confirm_first(self) -> Response {
        Redirect::to(&format!("/account/confirm?back={}", self.code())).into_response()
    }
}

#[derive(Template)]
#[template(path = "my_account/confirm.html")]
struct ConfirmPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    back: &'static str,
    email: String,
    error: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct BackQuery {
    #[serde(default)]
    back: String,
}

pub async fn confirm_form(visit: PlatformVisit, Query(query): Query<BackQuery>) -> Response {
    let Some((account, _)) = signed_in(&visit) else {
        return to_login();
    };
    render(&ConfirmPage {
        t: &visit.tr,
        chrome: Chrome::platform(&visit, "/account"),
        back: Back::parse(&query.back).code(),
        email: account.email.as_str().to_owned(),
        error: None,
    })
}

pub async fn confirm_submit(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Form(fields): Form<Fields>,
) -> Response {
    let Some((account, caller)) = signed_in(&visit) else {
        return to_login();
    };
    let back = Back::parse(&fields.get("back"));
    let token = visit.token.clone().unwrap_or_default();
    match auth::confirm_session(&state.kalm, &visit.platform, &token, caller, &fields.get("password")).await {
        Ok(()) => Redirect::to(&format!("{}?done=confirmed", back.path())).into_response(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => {
            let mut response = render(&ConfirmPage {
                t: &visit.tr,
                chrome: Chrome::platform(&visit, "/account"),
                back: back.code(),
                email: account.email.as_str().to_owned(),
                error: Some(login_error_text(&visit.tr, &err)),
            });
            *response.status_mut() = status_of(&err);
            response
        }
    }
}

fn login_error_text(tr: &Tr, err: &AppError) -> String {
    match err {
        AppError::LoginThrottled(until) => tr.t1("error-login-throttled-until", "time", &tr.datetime(until)),
        other => tr.error(other.code()),
    }
}

#[derive(Template)]
#[template(path = "my_account/email_change.html")]
struct EmailChangePage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    email: String,
    action: String,
}

/// The link in the e-mail to a new address. Opening it only asks; the
/// button confirms, so a mail filter that follows links changes nothing.
pub async fn email_change_form(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(token): Path<String>,
) -> Response {
    match accounts::email_change_target(&state.kalm, visit.platform.id, &token).await {
        Ok((_, email)) => render(&EmailChangePage {
            t: &visit.tr,
            chrome: Chrome::platform(&visit, "/email/confirm"),
            email: email.as_str().to_owned(),
            action: format!("/email/confirm/{token}"),
        }),
        Err(err) => email_change_error(&visit, &err),
    }
}

/// A link that does not work (any more), in the platform's chrome.
fn email_change_error(visit: &PlatformVisit, err: &AppError) -> Response {
    PageError::new(err, &visit.tr).in_chrome(Chrome::platform(visit, "/email/confirm")).into_response()
}

pub async fn email_change_submit(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(token): Path<String>,
) -> Response {
    match accounts::confirm_email_change(&state.kalm, &visit.platform, &token, visit.source.clone()).await {
        Ok(_) if visit.principal.is_some() => Redirect::to("/account?done=email_changed").into_response(),
        Ok(_) => Redirect::to("/login?done=email_changed").into_response(),
        Err(err) => email_change_error(&visit, &err),
    }
}

pub async fn change_password(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Form(fields): Form<Fields>,
) -> Response {
    let Some((account, caller)) = signed_in(&visit) else {
        return to_login();
    };
    let token = visit.token.clone().unwrap_or_default();
    match accounts::change_own_password(
        &state.kalm,
        caller,
        &visit.platform,
        &token,
        &fields.get("current"),
        &fields.get("new_password"),
    )
    .await
    {
        Ok(()) => Redirect::to("/account?done=password_changed").into_response(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => rerender(&visit, &Fields::default(), account, &err),
    }
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/account", axum::routing::get(page))
        .route("/account/profile", axum::routing::post(save_profile).merge(super::forms::page_of("/account")))
        .route("/account/password", axum::routing::post(change_password).merge(super::forms::page_of("/account")))
        .route("/account/confirm", axum::routing::get(confirm_form).post(confirm_submit))
        .route("/email/confirm/{token}", axum::routing::get(email_change_form).post(email_change_submit))
}
