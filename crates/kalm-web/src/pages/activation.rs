//! The activation page: a new account's one-time link, where the person
//! chooses their password. Works once, for 7 days.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::accounts;
use kalm_i18n::Tr;

use super::{Chrome, Fields};
use crate::AppState;
use crate::error::{PageError, render, status_of};
use crate::session::PlatformVisit;

#[derive(Template)]
#[template(path = "activation/activate.html")]
struct ActivatePage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    first_name: String,
    email: String,
    action: String,
    error: Option<String>,
}

pub async fn form(State(state): State<AppState>, visit: PlatformVisit, Path(token): Path<String>) -> Response {
    let account = match accounts::activation_target(&state.kalm, visit.platform.id, &token).await {
        Ok(account) => account,
        Err(err) => {
            return PageError::new(&err, &visit.tr).in_chrome(Chrome::platform(&visit, "/activate")).into_response();
        }
    };
    // The invited person's language, unless they choose another one here.
    let visit = visit.in_language_of(account.language);
    let tr = visit.tr.clone();
    render(&ActivatePage {
        t: &tr,
        chrome: Chrome::platform(&visit, &format!("/activate/{token}")),
        first_name: account.first_name.as_str().to_owned(),
        email: account.email.as_str().to_owned(),
        action: format!("/activate/{token}"),
        error: None,
    })
}

pub async fn submit(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(token): Path<String>,
    Form(fields): Form<Fields>,
) -> Response {
    let account = match accounts::activation_target(&state.kalm, visit.platform.id, &token).await {
        Ok(account) => account,
        Err(err) => {
            return PageError::new(&err, &visit.tr).in_chrome(Chrome::platform(&visit, "/activate")).into_response();
        }
    };
    let visit = visit.in_language_of(account.language);
    let tr = visit.tr.clone();
    match accounts::activate(&state.kalm, &visit.platform, &token, &fields.get("password"), visit.source.clone()).await
    {
        Ok(_) => Redirect::to("/login?done=account_activated").into_response(),
        Err(err) if err.is_internal() => PageError::new(&err, &tr).into_response(),
        Err(err) => {
            let mut response = render(&ActivatePage {
                t: &tr,
                chrome: Chrome::platform(&visit, &format!("/activate/{token}")),
                first_name: account.first_name.as_str().to_owned(),
                email: account.email.as_str().to_owned(),
                action: format!("/activate/{token}"),
                error: Some(tr.error(err.code())),
            });
            *response.status_mut() = status_of(&err);
            response
        }
    }
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new().route("/activate/{token}", axum::routing::get(form).post(submit))
}
