//! `/api/v1/platforms` on the operator console's host: service desk only.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kalm_app::platforms::{self, Platform, PlatformChange, PlatformInput};
use kalm_app::{AppError, Caller};
use kalm_domain::countries::PlaceError;
use kalm_domain::languages::UnknownLanguage;
use kalm_domain::platforms::PlatformError;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::{ApiJson, ApiPath, ApiVisit};
use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::AdminVisit;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/platforms", get(list).post(create))
        .route("/api/v1/platforms/{id}", get(show).patch(update))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PlatformOut {
    pub id: Uuid,
    pub name: String,
    /// `care` or `content`.
    pub kind: String,
    pub domain: String,
    pub default_language: String,
    /// ISO 3166-1 alpha-2, lowercase: reads national phone numbers.
    pub country: String,
    /// IANA name: times on the platform's pages and in its e-mails.
    pub time_zone: String,
    /// The organisation's address for questions, if set.
    pub contact_email: Option<String>,
    pub created_at: String,
}

impl From<&Platform> for PlatformOut {
    fn from(p: &Platform) -> PlatformOut {
        PlatformOut {
            id: p.id.0,
            name: p.name.as_str().to_owned(),
            kind: p.kind.code().to_owned(),
            domain: p.domain.as_str().to_owned(),
            default_language: p.default_language.code().to_owned(),
            country: p.country.code().to_owned(),
            time_zone: p.time_zone.name().to_owned(),
            contact_email: p.contact_email.as_ref().map(|a| a.as_str().to_owned()),
            created_at: p.created_at.to_rfc3339(),
        }
    }
}

fn operator(visit: &AdminVisit) -> Result<&Caller, ApiError> {
    visit.principal.as_ref().map(|p| p.caller()).ok_or_else(ApiError::unauthenticated)
}

/// All platforms of the installation.
#[utoipa::path(get, path = "/api/v1/platforms", tag = "platforms",
    responses((status = 200, body = [PlatformOut]), (status = 401, body = ErrorBody)),
    security(("operator_token" = []), ("session" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
) -> Result<Json<Vec<PlatformOut>>, ApiError> {
    let list = platforms::list(&state.kalm, operator(&visit)?).await?;
    Ok(Json(list.iter().map(PlatformOut::from).collect()))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CreatePlatformIn {
    pub name: String,
    pub domain: String,
    /// One of nl, en, de, da, es, fr, hu, pl.
    pub language: String,
    /// `care` (default) or `content`.
    #[serde(default)]
    pub kind: Option<String>,
    /// nl, be, gb, ie, de, at, ch, lu, dk, es, fr, hu or pl; by default the
    /// country of the language.
    #[serde(default)]
    pub country: Option<String>,
    /// An IANA name such as `Europe/Amsterdam`; by default the country's.
    #[serde(default)]
    pub time_zone: Option<String>,
}

/// Create a platform.
#[utoipa::path(post, path = "/api/v1/platforms", tag = "platforms", request_body = CreatePlatformIn,
    responses((status = 201, body = PlatformOut), (status = 401, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("operator_token" = []), ("session" = [])))]
pub async fn create(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
    ApiJson(body): ApiJson<CreatePlatformIn>,
) -> Result<Response, ApiError> {
    let input = PlatformInput {
        name: body.name,
        domain: body.domain,
        language: body.language,
        kind: body.kind.unwrap_or_default(),
        country: body.country.unwrap_or_default(),
        time_zone: body.time_zone.unwrap_or_default(),
    };
    let platform = platforms::create(&state.kalm, operator(&visit)?, &input).await?;
    Ok((StatusCode::CREATED, Json(PlatformOut::from(&platform))).into_response())
}

/// One platform, by id or domain.
#[utoipa::path(get, path = "/api/v1/platforms/{id}", tag = "platforms", params(("id" = String, Path, description = "id or domain")),
    responses((status = 200, body = PlatformOut), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("operator_token" = []), ("session" = [])))]
pub async fn show(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<PlatformOut>, ApiError> {
    let platform = platforms::find(&state.kalm, operator(&visit)?, &id).await?;
    Ok(Json(PlatformOut::from(&platform)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdatePlatformIn {
    pub name: Option<String>,
    /// The new default language: one of nl, en, de, da, es, fr, hu, pl.
    pub language: Option<String>,
    /// The new country: nl, be, gb, ie, de, at, ch, lu, dk, es, fr, hu or pl.
    pub country: Option<String>,
    /// The new time zone, an IANA name such as `Europe/Amsterdam`.
    pub time_zone: Option<String>,
    /// The organisation's address for questions; `""` removes it.
    pub contact_email: Option<String>,
}

/// Change a platform's name, default language, country, time zone or
/// contact address. Fields left out keep their value.
#[utoipa::path(patch, path = "/api/v1/platforms/{id}", tag = "platforms", params(("id" = String, Path, description = "id or domain")),
    request_body = UpdatePlatformIn,
    responses((status = 200, body = PlatformOut), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("operator_token" = []), ("session" = [])))]
pub async fn update(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<UpdatePlatformIn>,
) -> Result<Json<PlatformOut>, ApiError> {
    let caller = operator(&visit)?;
    // The use case reads an empty field as "keep"; in JSON a field is left
    // out for that, so an empty name sent on purpose is a mistake to report.
    if body.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(AppError::Platform(PlatformError::NameEmpty).into());
    }
    if let Some(language) = body.language.as_deref().filter(|l| l.trim().is_empty()) {
        return Err(AppError::Language(UnknownLanguage(language.to_owned())).into());
    }
    if let Some(country) = body.country.as_deref().filter(|c| c.trim().is_empty()) {
        return Err(AppError::Place(PlaceError::UnknownCountry(country.to_owned())).into());
    }
    if let Some(zone) = body.time_zone.as_deref().filter(|z| z.trim().is_empty()) {
        return Err(AppError::Place(PlaceError::UnknownTimeZone(zone.to_owned())).into());
    }
    let platform = platforms::find(&state.kalm, caller, &id).await?;
    let change = PlatformChange {
        name: body.name,
        language: body.language,
        country: body.country,
        time_zone: body.time_zone,
        contact_email: body.contact_email,
    };
    let updated = platforms::update(&state.kalm, caller, &platform, &change).await?;
    Ok(Json(PlatformOut::from(&updated)))
}
