//! `/api/v1/configurations` (the caller's platform) and
//! `/api/v1/platforms/{id}/configurations/{key}` (operators), plus the
//! charges ledger for operators.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kalm_app::Entity;
use kalm_app::configurations::{self, ConfigurationView};
use kalm_app::platforms::{self, Platform};
use kalm_app::{AppError, Caller};
use kalm_domain::configurations::{Availability, Charge, ConfigurationKey, Editor};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::{ApiJson, ApiPath, ApiQuery, ApiVisit};
use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::{AdminVisit, PlatformVisit};

pub fn platform_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/configurations", get(list_own))
        .route("/api/v1/configurations/{key}", get(show_own).put(set_own))
}

pub fn admin_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/platforms/{id}/configurations", get(list_for_platform))
        .route("/api/v1/platforms/{id}/configurations/{key}", get(show_for_platform).put(set_for_platform))
        .route("/api/v1/charges", get(charges))
}

/// A configuration's value in the OpenAPI document. Values are of several
/// JSON types (the languages an array, video sessions a boolean, the domain
/// a string, two-factor rules an object), so the document offers each type
/// with the keys that use it rather than claiming they are all objects.
pub struct ConfigurationValue;

impl utoipa::PartialSchema for ConfigurationValue {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, OneOfBuilder, Type};
        let typed = |kind: Type, keys: &str| ObjectBuilder::new().schema_type(kind).description(Some(keys)).build();
        OneOfBuilder::new()
            .description(Some("The value in its JSON form, by key; see docs/configurations.md."))
            .item(typed(Type::String, "`domain` (a host name), `email_greeting` (`formal` or `informal`)."))
            .item(typed(Type::Boolean, "`video_sessions`."))
            .item(
                ArrayBuilder::new()
                    .items(ObjectBuilder::new().schema_type(Type::String))
                    .description(Some("`languages`: language codes such as `nl`, `en`."))
                    .build(),
            )
            .item(typed(
                Type::Object,
                "`two_factor`, `inactivity_deactivation`, `login_methods`, `emails` (`{\"switched_off\": […]}`), `email_signature` (text per language code).",
            ))
            .into()
    }
}

impl ToSchema for ConfigurationValue {
    fn name() -> std::borrow::Cow<'static, str> {
        "ConfigurationValue".into()
    }
}

/// One configuration of a platform.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConfigurationOut {
    /// e.g. `two_factor`.
    pub key: String,
    /// Available on this platform (always true for `always` configurations).
    pub available: bool,
    /// `always` or `service_desk` (must be made available first).
    pub availability: String,
    /// Who changes the value once available: `service_desk` or `application_manager`.
    pub editor: String,
    /// `free`, `when_made_available` or `every_change`.
    pub charge: String,
    #[schema(value_type = ConfigurationValue)]
    pub value: Value,
    pub note: Option<String>,
    pub updated_at: Option<String>,
    /// Whether the caller may change the value now.
    pub editable: bool,
}

impl From<&ConfigurationView> for ConfigurationOut {
    fn from(v: &ConfigurationView) -> ConfigurationOut {
        ConfigurationOut {
            key: v.definition.key.code().to_owned(),
            available: v.available,
            availability: match v.definition.availability {
                Availability::Always => "always",
                Availability::MadeAvailableByServiceDesk => "service_desk",
            }
            .to_owned(),
            editor: match v.definition.editor {
                Editor::ServiceDesk => "service_desk",
                Editor::ApplicationManager => "application_manager",
            }
            .to_owned(),
            charge: match v.definition.charge {
                Charge::Free => "free",
                Charge::WhenMadeAvailable => "when_made_available",
                Charge::EveryChange => "every_change",
            }
            .to_owned(),
            value: v.value.to_json(),
            note: v.note.clone(),
            updated_at: v.updated_at.map(|t| t.to_rfc3339()),
            editable: v.editable,
        }
    }
}

fn key_of(code: &str) -> Result<ConfigurationKey, ApiError> {
    ConfigurationKey::parse(code).map_err(|_| ApiError::new(StatusCode::NOT_FOUND, "configuration_unknown"))
}

fn pick(views: &[ConfigurationView], key: ConfigurationKey) -> Result<ConfigurationOut, ApiError> {
    views
        .iter()
        .find(|v| v.definition.key == key)
        .map(ConfigurationOut::from)
        .ok_or_else(|| ApiError::from(AppError::NotFound(Entity::Configuration)))
}

fn platform_caller(visit: &PlatformVisit) -> Result<&Caller, ApiError> {
    visit.principal.as_ref().map(|p| p.caller()).ok_or_else(ApiError::unauthenticated)
}

fn operator(visit: &AdminVisit) -> Result<&Caller, ApiError> {
    visit.principal.as_ref().map(|p| p.caller()).ok_or_else(ApiError::unauthenticated)
}

/// The configurations of the caller's platform that the caller may see
/// (application managers: those available on the platform).
#[utoipa::path(get, path = "/api/v1/configurations", tag = "configurations",
    responses((status = 200, body = [ConfigurationOut]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn list_own(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
) -> Result<Json<Vec<ConfigurationOut>>, ApiError> {
    let views = configurations::overview(&state.kalm, platform_caller(&visit)?, &visit.platform).await?;
    Ok(Json(views.iter().map(ConfigurationOut::from).collect()))
}

/// One configuration of the caller's platform.
#[utoipa::path(get, path = "/api/v1/configurations/{key}", tag = "configurations", params(("key" = String, Path)),
    responses((status = 200, body = ConfigurationOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn show_own(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(key): ApiPath<String>,
) -> Result<Json<ConfigurationOut>, ApiError> {
    let key = key_of(&key)?;
    let views = configurations::overview(&state.kalm, platform_caller(&visit)?, &visit.platform).await?;
    Ok(Json(pick(&views, key)?))
}

/// Change a configuration of the caller's platform (application managers, for
/// configurations they may edit once available). The body is the value's JSON form.
#[utoipa::path(put, path = "/api/v1/configurations/{key}", tag = "configurations", params(("key" = String, Path)),
    request_body(content = ConfigurationValue, description = "the value, e.g. {\"professionals\": \"required\", \"remember_device\": \"12_hours\", \"clients\": \"optional\", \"friends\": \"off\"} for two_factor"),
    responses((status = 200, body = ConfigurationOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn set_own(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(key): ApiPath<String>,
    ApiJson(value): ApiJson<Value>,
) -> Result<Json<ConfigurationOut>, ApiError> {
    let key = key_of(&key)?;
    let caller = platform_caller(&visit)?;
    let change = configurations::Change { value: Some(&value), ..configurations::Change::default() };
    let view = configurations::change(&state.kalm, caller, visit.platform.id, key, change).await?;
    Ok(Json(ConfigurationOut::from(&view)))
}

async fn operator_platform(state: &AppState, visit: &AdminVisit, id: &str) -> Result<(Caller, Platform), ApiError> {
    let caller = operator(visit)?.clone();
    let platform = platforms::find(&state.kalm, &caller, id).await?;
    Ok((caller, platform))
}

/// Every configuration of a platform, available or not.
#[utoipa::path(get, path = "/api/v1/platforms/{id}/configurations", tag = "configurations", params(("id" = String, Path, description = "id or domain")),
    responses((status = 200, body = [ConfigurationOut]), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("operator_token" = []), ("session" = [])))]
pub async fn list_for_platform(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Vec<ConfigurationOut>>, ApiError> {
    let (caller, platform) = operator_platform(&state, &visit, &id).await?;
    let views = configurations::overview(&state.kalm, &caller, &platform).await?;
    Ok(Json(views.iter().map(ConfigurationOut::from).collect()))
}

/// One configuration of a platform.
#[utoipa::path(get, path = "/api/v1/platforms/{id}/configurations/{key}", tag = "configurations",
    params(("id" = String, Path, description = "id or domain"), ("key" = String, Path)),
    responses((status = 200, body = ConfigurationOut), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("operator_token" = []), ("session" = [])))]
pub async fn show_for_platform(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
    ApiPath((id, key)): ApiPath<(String, String)>,
) -> Result<Json<ConfigurationOut>, ApiError> {
    let key = key_of(&key)?;
    let (caller, platform) = operator_platform(&state, &visit, &id).await?;
    let views = configurations::overview(&state.kalm, &caller, &platform).await?;
    Ok(Json(pick(&views, key)?))
}

/// What an operator changes: availability (with a note), the value (with a
/// reason where one is needed, as for the domain), or both.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OperatorChangeIn {
    pub available: Option<bool>,
    pub note: Option<String>,
    #[schema(value_type = Option<ConfigurationValue>)]
    pub value: Option<Value>,
    pub reason: Option<String>,
    /// Confirms a change that deactivates more than 10 % of a type's
    /// accounts at once (see `/api/v1/inactivity/preview`); without it such
    /// a change is refused with `confirmation_needed`.
    #[serde(default)]
    pub confirm: bool,
}

/// Make a configuration available or withdraw it, and/or change its value.
#[utoipa::path(put, path = "/api/v1/platforms/{id}/configurations/{key}", tag = "configurations",
    params(("id" = String, Path, description = "id or domain"), ("key" = String, Path)), request_body = OperatorChangeIn,
    responses((status = 200, body = ConfigurationOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("operator_token" = []), ("session" = [])))]
pub async fn set_for_platform(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
    ApiPath((id, key)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<OperatorChangeIn>,
) -> Result<Json<ConfigurationOut>, ApiError> {
    let key = key_of(&key)?;
    let (caller, platform) = operator_platform(&state, &visit, &id).await?;
    // A value and an availability asked for together apply together, or
    // neither does.
    let change = configurations::Change {
        value: body.value.as_ref(),
        available: body.available,
        reason: body.reason.as_deref(),
        note: body.note.as_deref(),
        confirmed: body.confirm,
    };
    let view = configurations::change(&state.kalm, &caller, platform.id, key, change).await?;
    Ok(Json(ConfigurationOut::from(&view)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChargesParams {
    /// Only this platform (id or domain).
    platform: Option<String>,
    /// Only charges on or after this date (YYYY-MM-DD) or instant (RFC 3339).
    since: Option<String>,
    /// Only charges up to this date (YYYY-MM-DD, the whole day included) or
    /// before this instant (RFC 3339).
    until: Option<String>,
    /// `json` (default) or `csv`.
    format: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChargeOut {
    pub id: String,
    pub at: String,
    pub platform_id: String,
    pub platform_domain: Option<String>,
    /// `made_available`, `changed` or `platform_created`.
    pub event: String,
    /// The configuration key, or `content_platform`.
    pub subject: String,
    /// The price recorded with the charge, as a decimal (`250.00`); none
    /// when the price list had no price for it.
    pub amount: Option<String>,
    /// ISO 4217 code of `amount`.
    pub currency: Option<String>,
    pub actor: Option<String>,
    #[schema(value_type = Option<Object>)]
    pub detail: Option<Value>,
}

/// Parses the end of a period: a date counts whole (up to the next day's
/// start), an RFC 3339 instant as it is.
pub fn parse_until(text: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text.trim()) {
        return Some(at.with_timezone(&chrono::Utc));
    }
    parse_since(text).map(|start| start + chrono::Duration::days(1))
}

/// Parses `YYYY-MM-DD` or RFC 3339.
pub fn parse_since(text: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text.trim()) {
        return Some(at.with_timezone(&chrono::Utc));
    }
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc())
}

/// The charges ledger, oldest first, as JSON or CSV.
#[utoipa::path(get, path = "/api/v1/charges", tag = "configurations", params(ChargesParams),
    responses((status = 200, body = [ChargeOut]), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("operator_token" = []), ("session" = [])))]
pub async fn charges(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
    ApiQuery(params): ApiQuery<ChargesParams>,
) -> Result<Response, ApiError> {
    let caller = operator(&visit)?;
    let platform = match params.platform.as_deref().filter(|p| !p.trim().is_empty()) {
        Some(p) => Some(platforms::find(&state.kalm, caller, p).await?.id),
        None => None,
    };
    let since = match params.since.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(text) => Some(parse_since(text).ok_or_else(|| ApiError {
            field: Some("since".into()),
            message: Some("since: expected a date (2026-11-26) or an RFC 3339 instant".into()),
            ..ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "date_invalid")
        })?),
        None => None,
    };
    let until = match params.until.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(text) => Some(parse_until(text).ok_or_else(|| ApiError {
            field: Some("until".into()),
            message: Some("until: expected a date (2026-11-30) or an RFC 3339 instant".into()),
            ..ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "date_invalid")
        })?),
        None => None,
    };
    let rows = kalm_app::charges::list(&state.kalm, caller, platform, since, until).await?;
    let all = platforms::list(&state.kalm, caller).await?;
    if params.format.as_deref() == Some("csv") {
        let csv = kalm_app::charges::csv(&rows, &all);
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"kalm-charges.csv\""),
            ],
            csv,
        )
            .into_response());
    }
    let out: Vec<ChargeOut> = rows
        .iter()
        .map(|r| ChargeOut {
            id: r.id.to_string(),
            at: r.at.to_rfc3339(),
            platform_id: r.platform_id.to_string(),
            platform_domain: all.iter().find(|p| p.id == r.platform_id).map(|p| p.domain.as_str().to_owned()),
            event: r.event.clone(),
            subject: r.subject.clone(),
            amount: r.amount_minor.map(kalm_domain::charges::decimal),
            currency: r.currency.clone(),
            actor: r.actor_label.clone(),
            detail: r.detail.as_deref().and_then(|d| serde_json::from_str(d).ok()),
        })
        .collect();
    Ok(Json(out).into_response())
}
