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
pub mod content;
pub mod extract;
pub mod inactivity;
pub mod media;
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
        configurations::charges, inactivity::preview, content::list, content::create, content::import,
        content::show, content::draft, content::save_draft, content::release, content::version,
        content::set_withdrawn, content::links, content::link, content::unlink, media::upload
    ),
    components(schemas(ErrorBody, configurations::ConfigurationValue)),
    modifiers(&Security, &StandardErrors),
    tags((name = "accounts", description = "Accounts of the platform the request is sent to"),
         (name = "platforms", description = "Platforms, on the operator console's host"),
         (name = "configurations", description = "Configurations of platforms, and the charges they cause"),
         (name = "content", description = "Tools of content platforms (on their host), and catalogue links (on the console's host)"))
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

/// The refusals every operation can meet, added where an operation does not
/// describe them itself: they come from the extractors, the sign-in check
/// and the store, not from one handler, so listing them by hand on each
/// operation is where they used to be forgotten.
struct StandardErrors;

impl utoipa::Modify for StandardErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::path::ParameterIn;
        for item in openapi.paths.paths.values_mut() {
            let operations = [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch];
            for operation in operations.into_iter().flatten() {
                let parameters = operation.parameters.as_deref().unwrap_or_default();
                let in_path = parameters.iter().any(|p| matches!(p.parameter_in, ParameterIn::Path));
                let any_parameter = !parameters.is_empty();
                let secured = operation.security.as_ref().is_some_and(|s| !s.is_empty());
                let body = operation.request_body.is_some();
                let mut errors = Vec::new();
                if any_parameter {
                    errors.push(("400", "A query or path parameter does not parse: `invalid_query` or `invalid_path`, naming it in `field`."));
                }
                if secured {
                    errors.push(("401", "Not signed in, or the token is not valid: `not_signed_in`."));
                    errors.push(("403", "Not allowed (`not_allowed`), or a call with a session cookie from another site (`cross_origin_refused`)."));
                }
                if in_path {
                    errors.push(("404", "What the path names does not exist (`account_not_found`, `platform_not_found`, `configuration_unknown`, …)."));
                }
                if body {
                    errors.push(("413", "The body is over 2 MB: `body_too_large`."));
                    errors.push(("415", "The body is not sent as `application/json`: `unsupported_media_type`."));
                    errors.push(("422", "The body is not JSON (`invalid_json`), a field has the wrong type (`invalid_field`), is missing (`missing_field`) or unknown (`unknown_field`), each naming it in `field`; or a value breaks a rule (a specific code)."));
                }
                errors.push(("503", "The database cannot be reached: `database_unavailable`. Try again later."));
                for (status, description) in errors {
                    let response = operation
                        .responses
                        .responses
                        .entry(status.to_owned())
                        .or_insert_with(|| error_response(description));
                    // An operation that lists the status without saying why gets the general reason.
                    if let utoipa::openapi::RefOr::T(response) = response
                        && response.description.is_empty()
                    {
                        response.description = description.to_owned();
                    }
                }
            }
        }
    }
}

fn error_response(description: &str) -> utoipa::openapi::RefOr<utoipa::openapi::Response> {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    let schema = Ref::from_schema_name("ApiError");
    ResponseBuilder::new()
        .description(description)
        .content("application/json", ContentBuilder::new().schema(Some(schema)).build())
        .build()
        .into()
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
        .merge(content::platform_routes())
        .merge(media::platform_routes())
        .route("/api/v1/{*rest}", axum::routing::any(unknown_route))
        .layer(middleware::from_fn(json_errors))
}

pub fn admin_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .merge(platforms::routes())
        .merge(configurations::admin_routes())
        .merge(content::admin_routes())
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
