//! `/api/v1/accounts`: the accounts of the platform the request is sent to.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use kalm_app::Caller;
use kalm_app::accounts::{self, Account, AccountFilter, AccountInput, ProfileInput};
use kalm_domain::accounts::{AccountId, AccountStatus, AccountType, Role};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::{ApiJson, ApiOptionalJson, ApiPath, ApiQuery, ApiVisit};
use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::pages::origin;
use crate::session::PlatformVisit;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/accounts", get(list).post(create))
        .route("/api/v1/accounts/{id}", get(show).patch(update_profile))
        .route("/api/v1/accounts/{id}/roles", put(set_roles))
        .route("/api/v1/accounts/{id}/deactivate", post(deactivate))
        .route("/api/v1/accounts/{id}/reactivate", post(reactivate))
        .route("/api/v1/accounts/{id}/activation-link", post(renew_activation_link))
        .route("/api/v1/accounts/{id}/professionals/{professional_id}", put(relate).delete(unrelate))
        .route("/api/v1/accounts/{id}/two-factor", get(two_factor_status))
        .route("/api/v1/accounts/{id}/two-factor/reset", post(reset_two_factor))
        .route("/api/v1/accounts/{id}/two-factor/waiver", post(waive_two_factor).delete(end_two_factor_waiver))
}

/// An account as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountOut {
    pub id: Uuid,
    pub platform_id: Uuid,
    /// `professional`, `client` or `friend`.
    #[serde(rename = "type")]
    pub account_type: String,
    /// Role codes: `professional`, `secretary`, `application_manager`.
    pub roles: Vec<String>,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub language: String,
    /// `invited`, `active` or `deactivated`.
    pub status: String,
    pub last_activity_at: Option<String>,
    pub created_at: String,
}

impl From<&Account> for AccountOut {
    fn from(a: &Account) -> AccountOut {
        AccountOut {
            id: a.id.0,
            platform_id: a.platform_id.0,
            account_type: a.account_type.code().to_owned(),
            roles: a.roles.iter().map(|r| r.code().to_owned()).collect(),
            first_name: a.first_name.as_str().to_owned(),
            last_name: a.last_name.as_str().to_owned(),
            email: a.email.as_str().to_owned(),
            language: a.language.code().to_owned(),
            status: a.status.code().to_owned(),
            last_activity_at: a.last_activity_at.map(|t| t.to_rfc3339()),
            created_at: a.created_at.to_rfc3339(),
        }
    }
}

fn caller(visit: &PlatformVisit) -> Result<&Caller, ApiError> {
    visit.principal.as_ref().map(|p| p.caller()).ok_or_else(ApiError::unauthenticated)
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Part of a name or e-mail address.
    q: Option<String>,
    /// `professional`, `client` or `friend`.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    account_type: Option<String>,
    role: Option<String>,
    status: Option<String>,
    /// At most 1000; default 100.
    limit: Option<i64>,
    offset: Option<i64>,
}

fn optional<T, E>(value: Option<&String>, parse: impl Fn(&str) -> Result<T, E>) -> Result<Option<T>, kalm_app::AppError>
where
    kalm_app::AppError: From<E>,
{
    match value.map(|v| v.trim()).filter(|v| !v.is_empty()) {
        Some(v) => Ok(Some(parse(v)?)),
        None => Ok(None),
    }
}

/// List the accounts the caller may see.
#[utoipa::path(get, path = "/api/v1/accounts", tag = "accounts", params(ListParams),
    responses((status = 200, body = [AccountOut]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<Vec<AccountOut>>, ApiError> {
    let caller = caller(&visit)?;
    let filter = AccountFilter {
        search: params.q.clone(),
        account_type: optional(params.account_type.as_ref(), AccountType::parse)?,
        role: optional(params.role.as_ref(), Role::parse)?,
        status: optional(params.status.as_ref(), AccountStatus::parse)?,
        limit: params.limit.unwrap_or(100),
        offset: params.offset.unwrap_or(0),
    };
    let found = accounts::list(&state.kalm, caller, visit.platform.id, &filter).await?;
    Ok(Json(found.iter().map(AccountOut::from).collect()))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CreateAccountIn {
    /// `professional` or `client`.
    #[serde(rename = "type")]
    pub account_type: String,
    #[serde(default)]
    pub roles: Vec<String>,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    /// Defaults to the platform's language.
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedOut {
    pub account: AccountOut,
    /// The one-time link the new person sets their password with (7 days).
    pub activation_url: Option<String>,
}

/// Create a professional or client account; it gets an activation link.
#[utoipa::path(post, path = "/api/v1/accounts", tag = "accounts", request_body = CreateAccountIn,
    responses((status = 201, body = CreatedOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn create(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<CreateAccountIn>,
) -> Result<Response, ApiError> {
    let caller = caller(&visit)?;
    let input = AccountInput {
        account_type: body.account_type,
        roles: body.roles.join(","),
        first_name: body.first_name,
        last_name: body.last_name,
        email: body.email,
        language: body.language.unwrap_or_default(),
        friend_of: String::new(),
    };
    let created = accounts::create(&state.kalm, caller, &visit.platform, &input, None).await?;
    let activation_url = created
        .activation_token
        .map(|token| format!("{}/activate/{token}", origin(&headers, state.config.secure_cookies)));
    Ok((StatusCode::CREATED, Json(CreatedOut { account: AccountOut::from(&created.account), activation_url }))
        .into_response())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccountDetailOut {
    pub account: AccountOut,
    pub professionals: Vec<AccountOut>,
    pub clients: Vec<AccountOut>,
    pub friends: Vec<AccountOut>,
}

/// One account, with the professionals, clients and friends linked to it.
#[utoipa::path(get, path = "/api/v1/accounts/{id}", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 200, body = AccountDetailOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn show(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<AccountDetailOut>, ApiError> {
    let caller = caller(&visit)?;
    let view = accounts::view(&state.kalm, caller, visit.platform.id, AccountId(id)).await?;
    Ok(Json(AccountDetailOut {
        account: AccountOut::from(&view.account),
        professionals: view.professionals.iter().map(AccountOut::from).collect(),
        clients: view.clients.iter().map(AccountOut::from).collect(),
        friends: view.friends.iter().map(AccountOut::from).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ProfileIn {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub language: String,
}

/// Change an account's name, e-mail address and language.
#[utoipa::path(patch, path = "/api/v1/accounts/{id}", tag = "accounts", params(("id" = Uuid, Path)), request_body = ProfileIn,
    responses((status = 200, body = AccountOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn update_profile(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<ProfileIn>,
) -> Result<Json<AccountOut>, ApiError> {
    let caller = caller(&visit)?;
    let input = ProfileInput {
        first_name: body.first_name,
        last_name: body.last_name,
        email: body.email,
        language: body.language,
        time_zone: None,
    };
    let account = accounts::update_profile(&state.kalm, caller, visit.platform.id, AccountId(id), &input).await?;
    Ok(Json(AccountOut::from(&account)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RolesIn {
    pub roles: Vec<String>,
}

/// Replace a professional account's roles.
#[utoipa::path(put, path = "/api/v1/accounts/{id}/roles", tag = "accounts", params(("id" = Uuid, Path)), request_body = RolesIn,
    responses((status = 200, body = AccountOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn set_roles(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<RolesIn>,
) -> Result<Json<AccountOut>, ApiError> {
    let caller = caller(&visit)?;
    let account =
        accounts::set_roles(&state.kalm, caller, visit.platform.id, AccountId(id), &body.roles.join(",")).await?;
    Ok(Json(AccountOut::from(&account)))
}

/// Deactivate an account: it can no longer log in; nothing is deleted.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/deactivate", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 200, body = AccountOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn deactivate(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<AccountOut>, ApiError> {
    let caller = caller(&visit)?;
    let account = accounts::deactivate(&state.kalm, caller, visit.platform.id, AccountId(id)).await?;
    Ok(Json(AccountOut::from(&account)))
}

/// Reactivate a deactivated account.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/reactivate", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 200, body = AccountOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn reactivate(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<AccountOut>, ApiError> {
    let caller = caller(&visit)?;
    let account = accounts::reactivate(&state.kalm, caller, visit.platform.id, AccountId(id)).await?;
    Ok(Json(AccountOut::from(&account)))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActivationLinkOut {
    pub activation_url: String,
}

/// A new activation link for an invited account; older links stop working.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/activation-link", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 200, body = ActivationLinkOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn renew_activation_link(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<ActivationLinkOut>, ApiError> {
    let caller = caller(&visit)?;
    let token = accounts::renew_activation_link(&state.kalm, caller, visit.platform.id, AccountId(id)).await?;
    Ok(Json(ActivationLinkOut {
        activation_url: format!("{}/activate/{token}", origin(&headers, state.config.secure_cookies)),
    }))
}

/// Relate a client to a professional who treats them.
#[utoipa::path(put, path = "/api/v1/accounts/{id}/professionals/{professional_id}", tag = "accounts",
    params(("id" = Uuid, Path, description = "the client"), ("professional_id" = Uuid, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn relate(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath((id, professional)): ApiPath<(Uuid, Uuid)>,
) -> Result<StatusCode, ApiError> {
    let caller = caller(&visit)?;
    accounts::relate(&state.kalm, caller, visit.platform.id, AccountId(id), AccountId(professional)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// End a treatment relation.
#[utoipa::path(delete, path = "/api/v1/accounts/{id}/professionals/{professional_id}", tag = "accounts",
    params(("id" = Uuid, Path, description = "the client"), ("professional_id" = Uuid, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn unrelate(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath((id, professional)): ApiPath<(Uuid, Uuid)>,
) -> Result<StatusCode, ApiError> {
    let caller = caller(&visit)?;
    accounts::unrelate(&state.kalm, caller, visit.platform.id, AccountId(id), AccountId(professional)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An account's two-factor authentication.
#[derive(Debug, Serialize, ToSchema)]
pub struct TwoFactorOut {
    /// The rule for this account's type on its platform: `off`, `optional`
    /// or `required`.
    pub rule: String,
    /// `app`, `sms`, or null when not set up.
    pub method: Option<String>,
    pub set_up_at: Option<String>,
    pub recovery_codes_left: i64,
    pub waiver: Option<WaiverOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WaiverOut {
    pub starts_at: String,
    pub ends_at: String,
    pub granted_by: String,
}

impl From<&kalm_app::two_factor::Waiver> for WaiverOut {
    fn from(w: &kalm_app::two_factor::Waiver) -> WaiverOut {
        WaiverOut {
            starts_at: w.starts_at.to_rfc3339(),
            ends_at: w.ends_at.to_rfc3339(),
            granted_by: w.granted_by.clone(),
        }
    }
}

impl From<&kalm_app::two_factor::Status> for TwoFactorOut {
    fn from(s: &kalm_app::two_factor::Status) -> TwoFactorOut {
        TwoFactorOut {
            rule: s.rule.code().to_owned(),
            method: s.method.map(|m| m.code().to_owned()),
            set_up_at: s.set_up_at.map(|t| t.to_rfc3339()),
            recovery_codes_left: s.recovery_codes_left,
            waiver: s.waiver.as_ref().map(WaiverOut::from),
        }
    }
}

/// Whether an account has two-factor authentication, how, and its waiver.
#[utoipa::path(get, path = "/api/v1/accounts/{id}/two-factor", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 200, body = TwoFactorOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn two_factor_status(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<TwoFactorOut>, ApiError> {
    let caller = caller(&visit)?;
    let status = kalm_app::two_factor::status(&state.kalm, caller, &visit.platform, AccountId(id)).await?;
    Ok(Json(TwoFactorOut::from(&status)))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct ResetIn {
    /// Why; required for the service desk.
    #[serde(default)]
    pub reason: Option<String>,
}

/// Reset an account's two-factor authentication (lost phone and recovery
/// codes): removes the app secret, phone number, recovery codes and
/// remembered devices, and e-mails the account holder. Application managers
/// reset professionals (not themselves), a related professional or a
/// secretary a client, the service desk professionals (with a reason);
/// nobody resets a friend.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/two-factor/reset", tag = "accounts", params(("id" = Uuid, Path)),
    request_body = ResetIn,
    responses((status = 200, body = TwoFactorOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("session" = []), ("operator_token" = [])))]
pub async fn reset_two_factor(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
    // The body is optional: an application manager needs no reason.
    ApiOptionalJson(body): ApiOptionalJson<ResetIn>,
) -> Result<Json<TwoFactorOut>, ApiError> {
    let caller = caller(&visit)?;
    let id = AccountId(id);
    let reason = body.unwrap_or_default().reason;
    kalm_app::two_factor::reset(&state.kalm, caller, &visit.platform, id, reason.as_deref()).await?;
    let status = kalm_app::two_factor::status(&state.kalm, caller, &visit.platform, id).await?;
    Ok(Json(TwoFactorOut::from(&status)))
}

/// Waive required two-factor authentication for one professional for one
/// calendar month (application managers, not for themselves).
#[utoipa::path(post, path = "/api/v1/accounts/{id}/two-factor/waiver", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 200, body = WaiverOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("session" = [])))]
pub async fn waive_two_factor(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<WaiverOut>, ApiError> {
    let caller = caller(&visit)?;
    let waiver = kalm_app::two_factor::waive(&state.kalm, caller, &visit.platform, AccountId(id)).await?;
    Ok(Json(WaiverOut::from(&waiver)))
}

/// End a waiver before its time.
#[utoipa::path(delete, path = "/api/v1/accounts/{id}/two-factor/waiver", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("session" = [])))]
pub async fn end_two_factor_waiver(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<StatusCode, ApiError> {
    let caller = caller(&visit)?;
    kalm_app::two_factor::end_waiver(&state.kalm, caller, &visit.platform, AccountId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}
