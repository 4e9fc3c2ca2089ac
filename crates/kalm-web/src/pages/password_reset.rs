//! "Forgot password" and the reset link. The request page answers the same
//! whether or not the address has an account; the link works once, for an
//! hour, and ends every session of the account.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::auth;

use super::{Chrome, Fields};
use crate::AppState;
use crate::error::{PageError, render, status_of};
use crate::session::PlatformVisit;
use kalm_i18n::Tr;

#[derive(Template)]
#[template(path = "password_reset/forgot.html")]
struct ForgotPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    email: String,
    sent: bool,
}

pub async fn form(visit: PlatformVisit) -> Response {
    render(&ForgotPage {
        t: &visit.tr,
        chrome: Chrome::platform(&visit, "/forgot-password"),
        email: String::new(),
        sent: false,
    })
}

pub async fn submit(State(state): State<AppState>, visit: PlatformVisit, Form(fields): Form<Fields>) -> Response {
    match auth::request_password_reset(&state.kalm, &visit.platform, &fields.get("email"), visit.source.clone()).await {
        Ok(()) => render(&ForgotPage {
            t: &visit.tr,
            chrome: Chrome::platform(&visit, "/forgot-password"),
            email: String::new(),
            sent: true,
        }),
        Err(err) => PageError::new(&err, &visit.tr).into_response(),
    }
}

#[derive(Template)]
#[template(path = "password_reset/reset.html")]
struct ResetPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    email: String,
    action: String,
    error: Option<String>,
}

pub async fn reset_form(State(state): State<AppState>, visit: PlatformVisit, Path(token): Path<String>) -> Response {
    let here = format!("/reset/{token}");
    match auth::reset_target(&state.kalm, visit.platform.id, &token).await {
        Ok(account) => {
            // The reset e-mail was in the account's language: so is its page.
            let visit = visit.in_language_of(account.language);
            render(&ResetPage {
                t: &visit.tr,
                chrome: Chrome::platform(&visit, &here),
                email: account.email.as_str().to_owned(),
                action: here.clone(),
                error: None,
            })
        }
        Err(err) => PageError::new(&err, &visit.tr).in_chrome(Chrome::platform(&visit, &here)).into_response(),
    }
}

pub async fn reset_submit(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(token): Path<String>,
    Form(fields): Form<Fields>,
) -> Response {
    let here = format!("/reset/{token}");
    let account = match auth::reset_target(&state.kalm, visit.platform.id, &token).await {
        Ok(account) => account,
        Err(err) => {
            return PageError::new(&err, &visit.tr).in_chrome(Chrome::platform(&visit, &here)).into_response();
        }
    };
    let visit = visit.in_language_of(account.language);
    match auth::reset_password(&state.kalm, &visit.platform, &token, &fields.get("password"), visit.source.clone())
        .await
    {
        Ok(()) => Redirect::to("/login?done=password_reset").into_response(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => {
            let mut response = render(&ResetPage {
                t: &visit.tr,
                chrome: Chrome::platform(&visit, &here),
                email: account.email.as_str().to_owned(),
                action: here.clone(),
                error: Some(visit.tr.error(err.code())),
            });
            *response.status_mut() = status_of(&err);
            response
        }
    }
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/forgot-password", axum::routing::get(form).post(submit))
        .route("/reset/{token}", axum::routing::get(reset_form).post(reset_submit))
}
