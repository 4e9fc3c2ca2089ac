//! The JSON API under `/api/v1`, documented by the OpenAPI 3.1 document at
//! `/api/v1/openapi.json`.
//!
//! Callers authenticate with a session cookie (then the same origin checks
//! as the pages apply) or with an operator API token in
//! `Authorization: Bearer …`. Handlers call the same use cases as the pages,
//! so the same permission function decides. Errors are
//! `{ "error": "<stable_code>", "message": "…", "field": "…" }` (`field` only
//! when one field or parameter is at fault) with the matching status, for
//! every answer on an `/api/` path, including the extractors' refusals (see
//! `extract`) and the router's own.

pub mod accounts;
pub mod configurations;
pub mod extract;
pub mod inactivity;
pub mod platforms;

pub use extract::{ApiJson, ApiOptionalJson, ApiPath, ApiQuery, ApiVisit};

use axum::Json;
use axum::Router;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
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
        .layer(middleware::from_fn(json_errors))
}

pub fn admin_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .merge(platforms::routes())
        .merge(configurations::admin_routes())
        .route("/api/v1/{*rest}", axum::routing::any(unknown_route))
        .layer(middleware::from_fn(json_errors))
}

/// Whether a path belongs to the API, whose every answer is JSON.
pub fn is_api_path(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// The router's own refusals (405 for a method a route lacks) have no body
/// and are made before any handler runs; API callers get the JSON error for
/// them as for everything else.
async fn json_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let code = match status {
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::NOT_FOUND => "route_not_found",
        StatusCode::PAYLOAD_TOO_LARGE => "body_too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        status if status.is_server_error() => "internal",
        _ => "bad_request",
    };
    let allow = response.headers().get(header::ALLOW).cloned();
    let mut json = ApiError::new(status, code).into_response();
    if let Some(allow) = allow {
        json.headers_mut().insert(header::ALLOW, allow);
    }
    json
}

async fn unknown_route() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "route_not_found")
}
