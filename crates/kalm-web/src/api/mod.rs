//! The JSON API under `/api/v1`, documented by the OpenAPI 3.1 document at
//! `/api/v1/openapi.json`.
//!
//! Callers authenticate with a session cookie (then the same origin checks
//! as the pages apply) or with an operator API token in
//! `Authorization: Bearer …`. Handlers call the same use cases as the pages,
//! so the same permission function decides. Errors are
//! `{ "error": "<stable_code>", "message": "…" }` with the matching status.

pub mod accounts;
pub mod configurations;
pub mod inactivity;
pub mod platforms;

use axum::Json;
use axum::Router;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use utoipa::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};

use crate::AppState;
use crate::error::{ApiError, ErrorBody};

#[derive(OpenApi)]
#[openapi(
    info(title = "Kalm API", description = "Accounts, treatment relations and platforms of a Kalm installation."),
    paths(
        accounts::list, accounts::create, accounts::show, accounts::update_profile, accounts::set_roles,
        accounts::deactivate, accounts::reactivate, accounts::renew_activation_link, accounts::relate,
        accounts::unrelate, accounts::two_factor_status, accounts::reset_two_factor, accounts::waive_two_factor,
        accounts::end_two_factor_waiver, platforms::list, platforms::create, platforms::show, platforms::update,
        configurations::list_own, configurations::show_own, configurations::set_own,
        configurations::list_for_platform, configurations::show_for_platform, configurations::set_for_platform,
        configurations::charges, inactivity::preview
    ),
    components(schemas(ErrorBody)),
    modifiers(&Security),
    tags((name = "accounts", description = "Accounts of the platform the request is sent to"),
         (name = "platforms", description = "Platforms, on the operator console's host"),
         (name = "configurations", description = "Configurations of platforms, and the charges they cause"))
)]
pub struct ApiDoc;

struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "operator_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An operator API token from `kalm operator token create`."))
                    .build(),
            ),
        );
        components
            .add_security_scheme("session", SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("kalm_session"))));
    }
}

async fn openapi_json() -> Response {
    Json(ApiDoc::openapi()).into_response()
}

pub fn platform_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .merge(accounts::routes())
        .merge(configurations::platform_routes())
        .merge(inactivity::routes())
        .route("/api/v1/{*rest}", axum::routing::any(unknown_route))
}

pub fn admin_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .merge(platforms::routes())
        .merge(configurations::admin_routes())
        .route("/api/v1/{*rest}", axum::routing::any(unknown_route))
}

async fn unknown_route() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "route_not_found")
}

/// `Json` whose rejections are the API's JSON errors rather than plain text.
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => {
                tracing::debug!(%rejection, "invalid JSON body");
                Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_json"))
            }
        }
    }
}
