//! A person's own account settings: name, e-mail address, language, and
//! password (with the current one).

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::accounts::{self, Account, ProfileInput};
use kalm_app::auth::Principal;
use kalm_app::{AppError, Caller};

use super::{Choice, Chrome, Done, Fields, to_login};
use crate::AppState;
use crate::error::{PageError, render, status_of};
use crate::i18n::Tr;
use crate::session::PlatformVisit;

#[derive(Template)]
#[template(path = "my_account.html")]
struct MyAccountPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    first_name: String,
    last_name: String,
    email: String,
    languages: Vec<Choice>,
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
    };
    match accounts::update_profile(&state.kalm, caller, visit.platform.id, account.id, &input).await {
        Ok(_) => Redirect::to("/account?done=profile_saved").into_response(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => rerender(&visit, &fields, account, &err),
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
