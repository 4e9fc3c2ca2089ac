//! Service desk operators: created on the server's command line, sign in to
//! the operator console, and hold API tokens for scripts.

use kalm_domain::accounts::EmailAddress;
use kalm_domain::audit::AuditAction;
use kalm_domain::auth::password::NewPassword;
use kalm_domain::permissions::{Action, Target};
pub use kalm_store::operators::Operator;

use crate::audit::{Event, Who, authorize, write};
use crate::auth::{Principal, operator_caller};
use crate::secrets::{new_token, token_digest};
use crate::{AppError, AppResult, Caller, Kalm};

pub async fn create(kalm: &Kalm, caller: Option<&Caller>, email: &str, password: &str) -> AppResult<Operator> {
    if let Some(caller) = caller {
        authorize(kalm, caller, Action::ManageOperators, &Target::Installation).await?;
    }
    let email = EmailAddress::parse(email)?;
    let new = NewPassword::parse(password, &[email.as_str()])?;
    let hash = kalm.passwords.hash(&new, kalm.randomness.as_ref()).await?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let operator = kalm_store::operators::insert(&mut tx, kalm.new_id(), &email, &hash, now).await?;
    let who = caller.map_or(Who::System, |c| Who::Caller(c.clone()));
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

/// Creates an API token for the operator with this e-mail address; the token
/// is returned once and stored only as a digest.
pub async fn create_token(kalm: &Kalm, email: &str, name: &str) -> AppResult<String> {
    let email = EmailAddress::parse(email)?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let (operator, _) =
        kalm_store::operators::credentials_by_email(&mut tx, &email).await?.ok_or(AppError::NotFound("operator"))?;
    let token = format!("kalm_{}", new_token(kalm.randomness.as_ref()));
    let name = if name.trim().is_empty() { "api" } else { name.trim() };
    kalm_store::operators::insert_token(&mut tx, kalm.new_id(), operator.id, name, &token_digest(&token), now).await?;
    let event = Event::new(AuditAction::OperatorTokenCreated, None)
        .target("operator", operator.id, operator.email.as_str())
        .detail(serde_json::json!({ "name": name }));
    write(kalm, &mut tx, &Who::System, event).await?;
    tx.commit().await?;
    Ok(token)
}

pub async fn authenticate_token(kalm: &Kalm, token: &str, source: Option<String>) -> AppResult<Option<Principal>> {
    let mut tx = kalm.store.begin().await?;
    let operator = kalm_store::operators::by_token_hash(&mut tx, &token_digest(token), kalm.clock.now()).await?;
    tx.commit().await?;
    Ok(operator.map(|operator| {
        let caller = operator_caller(&operator, source);
        Principal::Operator { operator, caller }
    }))
}

pub async fn list(kalm: &Kalm) -> AppResult<Vec<Operator>> {
    let mut tx = kalm.store.begin().await?;
    let operators = kalm_store::operators::list(&mut tx).await?;
    tx.commit().await?;
    Ok(operators)
}
