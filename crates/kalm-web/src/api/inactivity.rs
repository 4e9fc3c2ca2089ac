//! `/api/v1/inactivity/preview`: what an inactivity setting would do on the
//! platform the request is sent to, before anyone saves it.

use axum::Json;
use axum::Router;
use axum::extract::{Query, State};
use axum::routing::get;
use kalm_app::inactivity::{self, Preview};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::PlatformVisit;

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/inactivity/preview", get(preview))
}

#[derive(Debug, Default, Deserialize, IntoParams)]
pub struct PreviewParams {
    /// Days of inactivity after which professional accounts are deactivated;
    /// absent or empty: off.
    pub professionals: Option<String>,
    /// The same for client accounts.
    pub clients: Option<String>,
}

/// Accounts a setting would deactivate now and in the next 30 days, per
/// type, and accounts by days since their last activity (buckets of 0–29,
/// 30–89, 90–179, 180–364, 365–729, 730–1094, 1095–1824 and 1825+ days).
/// For the service desk and the platform's application managers.
#[utoipa::path(get, path = "/api/v1/inactivity/preview", tag = "configurations", params(PreviewParams),
    responses((status = 200, description = "the preview", body = Object), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn preview(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Query(params): Query<PreviewParams>,
) -> Result<Json<Preview>, ApiError> {
    let caller = visit.principal.as_ref().map(|p| p.caller()).ok_or_else(ApiError::unauthenticated)?;
    let base = visit.settings.inactivity_deactivation;
    let proposal = inactivity::proposal(&base, params.professionals.as_deref(), params.clients.as_deref(), None)?;
    Ok(Json(inactivity::preview(&state.kalm, Some(caller), &visit.platform, &proposal).await?))
}
