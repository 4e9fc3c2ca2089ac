//! `/api/v1/inactivity/preview`: what an inactivity setting would do on the
//! platform the request is sent to, before anyone saves it.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use kalm_app::inactivity::{self, Preview, TypePreview};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiQuery, ApiVisit};
use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::PlatformVisit;

const PARAMETERS: [&str; 2] = ["professionals", "clients"];

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/inactivity/preview", get(preview))
}

/// The parameters, for the OpenAPI document; the handler reads the query
/// itself so that a misspelt name is refused rather than read as "off".
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PreviewParams {
    /// Days of inactivity after which professional accounts are deactivated;
    /// absent or empty: off.
    pub professionals: Option<String>,
    /// The same for client accounts.
    pub clients: Option<String>,
}

/// What a setting would do, as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PreviewOut {
    pub professionals: TypePreviewOut,
    pub clients: TypePreviewOut,
}

/// What a setting would do on one account type.
#[derive(Debug, Serialize, ToSchema)]
pub struct TypePreviewOut {
    /// `professional` or `client`.
    pub account_type: String,
    /// The proposed days; null: off.
    pub days: Option<u16>,
    /// Accounts the rule applies to (active or invited).
    pub accounts: i64,
    /// Deactivated at the next sweep.
    pub now: i64,
    /// Deactivated within the next 30 days, besides `now`.
    pub next_30_days: i64,
    /// Accounts per bucket of days since their last activity: 0–29, 30–89,
    /// 90–179, 180–364, 365–729, 730–1094, 1095–1824 and 1825+.
    pub buckets: Vec<i64>,
    /// Saving this setting needs `confirm` (it deactivates more than 10 %
    /// of the type's accounts at once).
    pub needs_confirmation: bool,
}

impl From<&TypePreview> for TypePreviewOut {
    fn from(p: &TypePreview) -> TypePreviewOut {
        TypePreviewOut {
            account_type: p.account_type.to_owned(),
            days: p.days,
            accounts: p.accounts,
            now: p.now,
            next_30_days: p.next_30_days,
            buckets: p.buckets.clone(),
            needs_confirmation: p.needs_confirmation,
        }
    }
}

impl From<&Preview> for PreviewOut {
    fn from(p: &Preview) -> PreviewOut {
        PreviewOut { professionals: TypePreviewOut::from(&p.professionals), clients: TypePreviewOut::from(&p.clients) }
    }
}

/// Accounts a setting would deactivate now and in the next 30 days, per
/// type, and accounts by days since their last activity (buckets of 0–29,
/// 30–89, 90–179, 180–364, 365–729, 730–1094, 1095–1824 and 1825+ days).
/// For the service desk and the platform's application managers.
#[utoipa::path(get, path = "/api/v1/inactivity/preview", tag = "configurations", params(PreviewParams),
    responses((status = 200, description = "the preview", body = PreviewOut), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn preview(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiQuery(params): ApiQuery<Vec<(String, String)>>,
) -> Result<Json<PreviewOut>, ApiError> {
    let caller = visit.principal.as_ref().map(|p| p.caller()).ok_or_else(ApiError::unauthenticated)?;
    inactivity::authorize_preview(&state.kalm, caller, &visit.platform).await?;
    if let Some((name, _)) = params.iter().find(|(name, _)| !PARAMETERS.contains(&name.as_str())) {
        return Err(ApiError {
            field: Some(name.clone()),
            ..ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unknown_parameter")
        });
    }
    let value = |wanted: &str| params.iter().find(|(name, _)| name == wanted).map(|(_, value)| value.as_str());
    let base = visit.settings.inactivity_deactivation;
    let proposal = inactivity::proposal(&base, value("professionals"), value("clients"), None)?;
    let preview = inactivity::preview(&state.kalm, caller, &visit.platform, &proposal).await?;
    Ok(Json(PreviewOut::from(&preview)))
}
