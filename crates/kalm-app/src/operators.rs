//! Service desk operators: created on the server's command line, sign in to
//! the operator console, and hold API tokens for scripts.

use kalm_domain::accounts::EmailAddress;
use kalm_domain::audit::AuditAction;
use kalm_domain::auth::password::NewPassword;
use kalm_domain::auth::tokens::{TOKEN_USE_AUDIT_INTERVAL, TokenLifetime};
use kalm_domain::permissions::{Action, Target};
pub use kalm_store::operators::Operator;

use crate::Entity;
use crate::audit::{Event, Who, authorize, write};
use crate::auth::{Principal, operator_caller};
use crate::secrets::{new_token, token_digest};
use crate::{AppError, AppResult, Caller, Kalm};

pub async fn create(kalm: &Kalm, caller: &Caller, email: &str, password: &str) -> AppResult<Operator> {
    authorize(kalm, caller, Action::ManageOperators, &Target::Installation).await?;
    let email = EmailAddress::parse(email)?;
    let new = NewPassword::parse(password, &[email.as_str()])?;
    let hash = kalm.passwords.hash(&new, kalm.randomness.as_ref()).await?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let operator = kalm_store::operators::insert(&mut tx, kalm.new_id(), &email, &hash, now).await?;
    let who = Who::Caller(caller.clone());
    write(
        kalm,
        &mut tx,
        &who,
        Event::new(AuditAction::OperatorCreated, None).target("operator", operator.id, email.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(operator)
}

/// A new API token, shown once.
#[derive(Debug, Clone)]
pub struct NewToken {
    pub token: String,
    pub id: uuid::Uuid,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// Creates an API token for the operator with this e-mail address; the token
/// is returned once and stored only as a digest. It works for `lifetime`.
pub async fn create_token(kalm: &Kalm, email: &str, name: &str, lifetime: TokenLifetime) -> AppResult<NewToken> {
    let email = EmailAddress::parse(email)?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let operator = active_operator(&mut tx, &email).await?;
    let token = format!("kalm_{}", new_token(kalm.randomness.as_ref()));
    let name = if name.trim().is_empty() { "api" } else { name.trim() };
    let id = kalm.new_id();
    let expires_at = now + lifetime.duration();
    kalm_store::operators::insert_token(&mut tx, id, operator.id, name, &token_digest(&token), now, expires_at).await?;
    let event = Event::new(AuditAction::OperatorTokenCreated, None)
        .target("operator", operator.id, operator.email.as_str())
        .detail(serde_json::json!({ "name": name, "token": id.to_string(), "expires_at": expires_at.to_rfc3339() }));
    write(kalm, &mut tx, &Who::System, event).await?;
    tx.commit().await?;
    Ok(NewToken { token, id, expires_at })
}

async fn operator_by_email(conn: &mut kalm_store::AnyConnection, email: &EmailAddress) -> AppResult<Operator> {
    Ok(kalm_store::operators::credentials_by_email(conn, email).await?.ok_or(AppError::NotFound(Entity::Operator))?.0)
}

async fn active_operator(conn: &mut kalm_store::AnyConnection, email: &EmailAddress) -> AppResult<Operator> {
    let operator = operator_by_email(conn, email).await?;
    if operator.disabled_at.is_some() {
        return Err(AppError::OperatorDisabled);
    }
    Ok(operator)
}

/// The operator behind an API token, if the token works (not revoked, not
/// expired, its operator not disabled). The first use of a token in each
/// hour is audited, with where it came from; the rest only update its
/// "last used".
pub async fn authenticate_token(kalm: &Kalm, token: &str, source: Option<String>) -> AppResult<Option<Principal>> {
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let used =
        kalm_store::operators::use_token(&mut tx, &token_digest(token), now, now - TOKEN_USE_AUDIT_INTERVAL).await?;
    let Some(used) = used else {
        tx.commit().await?;
        return Ok(None);
    };
    let caller = operator_caller(&used.operator, source);
    if used.audit {
        let event = Event::new(AuditAction::OperatorTokenUsed, None)
            .target("operator", used.operator.id, used.operator.email.as_str())
            .detail(serde_json::json!({ "token": used.token_id.to_string(), "name": used.token_name }));
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    }
    tx.commit().await?;
    Ok(Some(Principal::Operator { operator: used.operator, caller }))
}

pub use kalm_store::operators::TokenInfo;

/// API tokens, newest first; of one operator when `email` is given.
pub async fn tokens(kalm: &Kalm, email: Option<&str>) -> AppResult<Vec<TokenInfo>> {
    let mut tx = kalm.store.begin().await?;
    let operator = match email {
        Some(email) => Some(operator_by_email(&mut tx, &EmailAddress::parse(email)?).await?.id),
        None => None,
    };
    let tokens = kalm_store::operators::tokens(&mut tx, operator).await?;
    tx.commit().await?;
    Ok(tokens)
}

/// Revokes an API token at once; revoking one twice is harmless.
pub async fn revoke_token(kalm: &Kalm, id: &str) -> AppResult<TokenInfo> {
    let id = uuid::Uuid::parse_str(id.trim()).map_err(|_| AppError::NotFound(Entity::Token))?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let (token, revoked_now) =
        kalm_store::operators::revoke_token(&mut tx, id, now).await?.ok_or(AppError::NotFound(Entity::Token))?;
    if revoked_now {
        let event = Event::new(AuditAction::OperatorTokenRevoked, None)
            .target("operator", id, token.operator_email.as_str())
            .detail(serde_json::json!({ "token": id.to_string(), "name": token.name }));
        write(kalm, &mut tx, &Who::System, event).await?;
    }
    tx.commit().await?;
    Ok(token)
}

/// Disables an operator: no login, and their sessions and tokens stop
/// working at once (tokens are kept, so enabling again restores those
/// that have not expired).
pub async fn disable(kalm: &Kalm, email: &str) -> AppResult<Operator> {
    set_disabled(kalm, email, true).await
}

/// Enables a disabled operator again.
pub async fn enable(kalm: &Kalm, email: &str) -> AppResult<Operator> {
    set_disabled(kalm, email, false).await
}

async fn set_disabled(kalm: &Kalm, email: &str, disabled: bool) -> AppResult<Operator> {
    let email = EmailAddress::parse(email)?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let operator = operator_by_email(&mut tx, &email).await?;
    let at = disabled.then_some(now);
    if kalm_store::operators::set_disabled(&mut tx, operator.id, at).await? {
        let ended = if disabled { kalm_store::sessions::delete_for_subject(&mut tx, operator.id).await? } else { 0 };
        let action = if disabled { AuditAction::OperatorDisabled } else { AuditAction::OperatorEnabled };
        let event = Event::new(action, None)
            .target("operator", operator.id, operator.email.as_str())
            .detail(serde_json::json!({ "sessions_ended": ended }));
        write(kalm, &mut tx, &Who::System, event).await?;
    }
    tx.commit().await?;
    Ok(Operator { disabled_at: at, ..operator })
}

/// Sets an operator's password (on the server's command line); ends the
/// operator's sessions, so a session opened with the old password is gone.
pub async fn set_password(kalm: &Kalm, email: &str, password: &str) -> AppResult<()> {
    let email = EmailAddress::parse(email)?;
    let new = NewPassword::parse(password, &[email.as_str()])?;
    let hash = kalm.passwords.hash(&new, kalm.randomness.as_ref()).await?;
    let mut tx = kalm.store.begin().await?;
    let operator = operator_by_email(&mut tx, &email).await?;
    kalm_store::operators::set_password_hash(&mut tx, operator.id, &hash).await?;
    let ended = kalm_store::sessions::delete_for_subject(&mut tx, operator.id).await?;
    kalm_store::throttle::clear(&mut tx, &format!("operator:{}", email.folded())).await?;
    let event = Event::new(AuditAction::PasswordChanged, None)
        .target("operator", operator.id, operator.email.as_str())
        .detail(serde_json::json!({ "sessions_ended": ended }));
    write(kalm, &mut tx, &Who::System, event).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn list(kalm: &Kalm) -> AppResult<Vec<Operator>> {
    let mut tx = kalm.store.begin().await?;
    let operators = kalm_store::operators::list(&mut tx).await?;
    tx.commit().await?;
    Ok(operators)
}
