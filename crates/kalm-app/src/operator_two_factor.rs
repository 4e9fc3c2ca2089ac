//! Service desk operators' second factor: an authenticator app (TOTP) and
//! recovery codes, asked for at the console login after the password.
//!
//! Operators reach every platform, so a password alone is too little: by
//! default (`Requirement::Required`) an operator without a second factor is
//! sent to set one up before the console shows anything else. The rules are
//! the accounts' (`two_factor`, `auth`): the secret is sealed with the
//! installation's key, recovery codes are stored as digests, a code works
//! once (the last accepted step is kept), a half-done login waits ten
//! minutes, and every wrong code is a failed login on the operator's
//! throttle keys, reserved before it is checked and audited. Only the app is
//! offered: text messages need a platform's provider and wording, and an
//! operator who lost their phone and codes is reset on the server
//! (`kalm operator two-factor reset`), which nobody on the console can do
//! for themselves.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::EmailAddress;
use kalm_domain::audit::{AuditAction, Outcome};
use kalm_domain::auth::two_factor::{self, Method, TotpCheck, TotpSecret};
use kalm_store::AnyConnection;
use kalm_store::operators::Operator;
use kalm_store::sessions::{SessionStage, Subject};
use serde_json::json;

use crate::Entity;
use crate::audit::{Event, Who, write};
use crate::auth::{Keys, LoginNext, SECOND_STEP_ATTEMPTS, operator_caller, reserve_attempt, succeeded};
use crate::secrets::{new_token, token_digest};
use crate::two_factor::AppSetup;
use crate::{AppError, AppResult, Caller, Kalm};

/// Whether operators must have a second factor (`operator_two_factor` in
/// the configuration).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// Every operator sets one up at their first login after the password.
    Required,
    /// Operators who set one up are asked for it; the others get in with
    /// their password (for an installation that protects the console by
    /// other means, such as a VPN with its own second factor).
    Optional,
}

impl Requirement {
    pub fn code(self) -> &'static str {
        match self {
            Requirement::Required => "required",
            Requirement::Optional => "optional",
        }
    }

    pub fn parse(text: &str) -> Option<Requirement> {
        match text {
            "required" => Some(Requirement::Required),
            "optional" => Some(Requirement::Optional),
            _ => None,
        }
    }
}

/// What an operator's login needs after the right password.
pub(crate) fn after_password(requirement: Requirement, set_up: bool) -> LoginNext {
    match (set_up, requirement) {
        (true, _) => LoginNext::Code(Method::App),
        (false, Requirement::Required) => LoginNext::SetUp,
        (false, Requirement::Optional) => LoginNext::Done,
    }
}

/// The operator's throttle keys: the same ones the password step uses, so
/// wrong codes and wrong passwords meet one back-off.
pub(crate) fn operator_keys(folded_email: &str, source: Option<&String>) -> Keys {
    Keys { address: format!("operator:{folded_email}"), source: source.map(|s| format!("source:console:{s}")) }
}

/// An operator's login past its password, waiting for its second step.
#[derive(Debug, Clone)]
pub struct OperatorPending {
    pub operator: Operator,
    pub caller: Caller,
    /// `SetUp` or `Code(Method::App)`.
    pub next: LoginNext,
}

/// The operator login waiting on a session cookie, if there is one and it
/// is younger than ten minutes; a stale or no longer fitting one (set up or
/// reset elsewhere meanwhile) is removed, and the next login takes the
/// right way.
pub async fn pending(kalm: &Kalm, token: &str, source: Option<String>) -> AppResult<Option<OperatorPending>> {
    let mut tx = kalm.store.begin().await?;
    let found = pending_on(&mut tx, token, None, kalm.clock.now(), source).await?;
    tx.commit().await?;
    Ok(found)
}

async fn pending_on(
    conn: &mut AnyConnection,
    token: &str,
    stage: Option<SessionStage>,
    now: DateTime<Utc>,
    source: Option<String>,
) -> AppResult<Option<OperatorPending>> {
    let digest = token_digest(token);
    let Some(session) = kalm_store::sessions::by_token_hash(conn, &digest).await? else { return Ok(None) };
    let Subject::Operator(id) = session.subject else { return Ok(None) };
    if session.stage == SessionStage::Full || session.platform_id.is_some() || stage.is_some_and(|s| s != session.stage)
    {
        return Ok(None);
    }
    let operator = if now < session.created_at + two_factor::PENDING_LOGIN_LIFETIME {
        kalm_store::operators::by_id(conn, id).await?
    } else {
        None
    };
    let set_up = match &operator {
        Some(o) => kalm_store::operator_two_factor::get(conn, o.id).await?.is_some(),
        None => false,
    };
    let next = match (session.stage, set_up) {
        (SessionStage::SetUp, false) => Some(LoginNext::SetUp),
        (SessionStage::Code, true) => Some(LoginNext::Code(Method::App)),
        _ => None,
    };
    let (Some(operator), Some(next)) = (operator, next) else {
        kalm_store::sessions::delete(conn, &digest).await?;
        return Ok(None);
    };
    let caller = operator_caller(&operator, source);
    Ok(Some(OperatorPending { operator, caller, next }))
}

/// The login waiting on `token` at `stage`; `LoginExpired` when there is
/// none (any more).
async fn pending_login(
    conn: &mut AnyConnection,
    token: &str,
    stage: SessionStage,
    now: DateTime<Utc>,
    source: Option<String>,
) -> AppResult<OperatorPending> {
    pending_on(conn, token, Some(stage), now, source).await?.ok_or(AppError::LoginExpired)
}

fn open_secret(kalm: &Kalm, sealed: &str) -> AppResult<TotpSecret> {
    let bytes = kalm.secret_box.open(sealed)?;
    let bytes = <[u8; 20]>::try_from(bytes.as_slice())
        .map_err(|_| AppError::Internal("stored secret has the wrong size".into()))?;
    Ok(TotpSecret::from_bytes(bytes))
}

fn app_setup(secret: &TotpSecret, issuer: &str, operator: &Operator) -> AppSetup {
    AppSetup { manual_key: secret.manual_key(), otpauth_uri: secret.otpauth_uri(issuer, operator.email.as_str()) }
}

/// The authenticator set-up of a login that must set one up: the one in
/// progress (a reload, a wrong first code shows the same key), else a new
/// secret, sealed and kept until a code from it is confirmed. `issuer` is
/// the name the app shows next to the code.
pub async fn setup_for_login(kalm: &Kalm, token: &str, issuer: &str, source: Option<String>) -> AppResult<AppSetup> {
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let pending = pending_login(&mut tx, token, SessionStage::SetUp, now, source).await?;
    let operator = &pending.operator;
    if let Some(setup) = kalm_store::operator_two_factor::setup(&mut tx, operator.id).await? {
        tx.commit().await?;
        return Ok(app_setup(&open_secret(kalm, &setup.totp_secret_sealed)?, issuer, operator));
    }
    let mut bytes = [0u8; 20];
    kalm.randomness.fill(&mut bytes);
    let secret = TotpSecret::from_bytes(bytes);
    let sealed = kalm.secret_box.seal(secret.as_bytes(), kalm.randomness.as_ref())?;
    kalm_store::operator_two_factor::begin(&mut tx, operator.id, &sealed, now).await?;
    tx.commit().await?;
    Ok(app_setup(&secret, issuer, operator))
}

/// Replaces the waiting session with a signed-in one (a new token) and
/// logs the login.
async fn sign_in_fully(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    old_token: &str,
    pending: &OperatorPending,
    second_factor: &str,
) -> AppResult<String> {
    let now = kalm.clock.now();
    let stage = if pending.next == LoginNext::SetUp { SessionStage::SetUp } else { SessionStage::Code };
    if !kalm_store::sessions::delete_waiting(conn, &token_digest(old_token), stage).await? {
        return Err(AppError::LoginExpired);
    }
    let token = new_token(kalm.randomness.as_ref());
    let subject = Subject::Operator(pending.operator.id);
    kalm_store::sessions::insert(conn, &token_digest(&token), subject, None, SessionStage::Full, now).await?;
    let event = Event::new(AuditAction::LoginSucceeded, None)
        .target("operator", pending.operator.id, pending.operator.email.as_str())
        .detail(json!({ "second_factor": second_factor }));
    write(kalm, conn, &Who::Caller(pending.caller.clone()), event).await?;
    metrics::counter!("kalm_logins_total", "outcome" => "success").increment(1);
    Ok(token)
}

/// Confirms the set-up with its first code and signs the login in, in one
/// transaction: the set-up, the recovery codes (returned, shown once) and
/// the new session exist together or not at all. Returns the codes and
/// the new session token.
pub async fn finish_setup_login(
    kalm: &Kalm,
    token: &str,
    code: &str,
    source: Option<String>,
) -> AppResult<(Vec<String>, String)> {
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let pending = pending_login(&mut tx, token, SessionStage::SetUp, now, source).await?;
    let operator = &pending.operator;
    let setup =
        kalm_store::operator_two_factor::setup(&mut tx, operator.id).await?.ok_or(AppError::TwoFactorNotSetUp)?;
    let secret = open_secret(kalm, &setup.totp_secret_sealed)?;
    // The key is on the person's screen already: a wrong first code is a
    // typing slip, not a guess, so it is not throttled (as for accounts).
    let TotpCheck::Accepted { step } = two_factor::verify(&secret, code, now, None) else {
        return Err(AppError::TwoFactorCodeWrong);
    };
    kalm_store::operator_two_factor::complete(&mut tx, operator.id, &setup, step, now).await?;
    let (codes, digests) = crate::two_factor::new_recovery_codes(kalm);
    kalm_store::operator_two_factor::replace_recovery_codes(&mut tx, operator.id, &digests, now).await?;
    let event = Event::new(AuditAction::TwoFactorSetUp, None)
        .target("operator", operator.id, operator.email.as_str())
        .detail(json!({ "method": Method::App.code() }));
    write(kalm, &mut tx, &Who::Caller(pending.caller.clone()), event).await?;
    let new = sign_in_fully(kalm, &mut tx, token, &pending, "set_up").await?;
    tx.commit().await?;
    Ok((codes, new))
}

/// Opens the transaction of a second-step attempt: the waiting login, one
/// attempt reserved on the operator's throttle keys (refused and audited
/// while they are blocked) and one on the session, before any code is
/// checked, so parallel guesses cannot get past either limit.
async fn second_step(
    kalm: &Kalm,
    token: &str,
    source: Option<String>,
) -> AppResult<(kalm_store::Transaction<'static>, OperatorPending, Keys)> {
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let pending = pending_login(&mut tx, token, SessionStage::Code, now, source.clone()).await?;
    tx.commit().await?;
    let keys = operator_keys(&pending.operator.email.folded(), source.as_ref());
    if let Some(until) = reserve_attempt(kalm, &keys, now).await? {
        let mut tx = kalm.store.begin().await?;
        let event = Event::new(AuditAction::LoginThrottled, None)
            .outcome(Outcome::Denied)
            .detail(json!({ "until": until.to_rfc3339() }));
        write(kalm, &mut tx, &Who::Anonymous { source }, event).await?;
        tx.commit().await?;
        metrics::counter!("kalm_logins_total", "outcome" => "throttled").increment(1);
        return Err(AppError::LoginThrottled(until));
    }
    let mut tx = kalm.store.begin().await?;
    let digest = token_digest(token);
    if !kalm_store::sessions::reserve_attempt(&mut tx, &digest, SessionStage::Code, SECOND_STEP_ATTEMPTS).await? {
        kalm_store::sessions::delete(&mut tx, &digest).await?;
        tx.commit().await?;
        return Err(AppError::LoginExpired);
    }
    Ok((tx, pending, keys))
}

/// A wrong code is a failed login (counted when the attempt was reserved),
/// audited with its reason.
async fn second_step_failed(
    kalm: &Kalm,
    mut tx: kalm_store::Transaction<'static>,
    pending: &OperatorPending,
    reason: &str,
) -> AppResult<AppError> {
    let event = Event::new(AuditAction::LoginFailed, None)
        .outcome(Outcome::Failure)
        .target("operator", pending.operator.id, pending.operator.email.as_str())
        .detail(json!({ "reason": reason }));
    crate::audit::write_bounded(kalm, &mut tx, &Who::Anonymous { source: pending.caller.source.clone() }, event)
        .await?;
    tx.commit().await?;
    metrics::counter!("kalm_logins_total", "outcome" => "failure").increment(1);
    Ok(AppError::TwoFactorCodeWrong)
}

/// The second step with a code from the authenticator app: right for a
/// step later than the last one accepted. Returns the new session token.
pub async fn enter_code(kalm: &Kalm, token: &str, code: &str, source: Option<String>) -> AppResult<String> {
    let (mut tx, pending, keys) = second_step(kalm, token, source).await?;
    let now = kalm.clock.now();
    let operator = pending.operator.id;
    let accepted = match kalm_store::operator_two_factor::get(&mut tx, operator).await? {
        Some(set_up) => {
            let secret = open_secret(kalm, &set_up.totp_secret_sealed)?;
            match two_factor::verify(&secret, code, now, set_up.last_step) {
                TotpCheck::Accepted { step } => {
                    kalm_store::operator_two_factor::accept_step(&mut tx, operator, step).await?
                }
                TotpCheck::Replayed | TotpCheck::Rejected => false,
            }
        }
        None => false,
    };
    if !accepted {
        return Err(second_step_failed(kalm, tx, &pending, "wrong_code").await?);
    }
    succeeded(&mut tx, &keys, now).await?;
    let new = sign_in_fully(kalm, &mut tx, token, &pending, Method::App.code()).await?;
    tx.commit().await?;
    Ok(new)
}

/// The second step with a recovery code instead (lost phone); each works
/// once. Returns the new session token and how many codes are left.
pub async fn enter_recovery_code(
    kalm: &Kalm,
    token: &str,
    code: &str,
    source: Option<String>,
) -> AppResult<(String, i64)> {
    let (mut tx, pending, keys) = second_step(kalm, token, source).await?;
    let now = kalm.clock.now();
    let operator = &pending.operator;
    let used = match two_factor::normalize_recovery_code(code) {
        Some(normalized) => {
            kalm_store::operator_two_factor::use_recovery_code(&mut tx, operator.id, &token_digest(&normalized), now)
                .await?
        }
        None => false,
    };
    if !used {
        return Err(second_step_failed(kalm, tx, &pending, "wrong_recovery_code").await?);
    }
    let left = kalm_store::operator_two_factor::recovery_codes_left(&mut tx, operator.id).await?;
    let event = Event::new(AuditAction::RecoveryCodeUsed, None)
        .target("operator", operator.id, operator.email.as_str())
        .detail(json!({ "codes_left": left }));
    write(kalm, &mut tx, &Who::Caller(pending.caller.clone()), event).await?;
    succeeded(&mut tx, &keys, now).await?;
    let new = sign_in_fully(kalm, &mut tx, token, &pending, "recovery_code").await?;
    tx.commit().await?;
    Ok((new, left))
}

/// What `reset` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResetDone {
    /// Whether a second factor was in effect.
    pub was_set_up: bool,
    pub sessions_ended: u64,
}

/// Removes an operator's second factor (a lost phone and lost recovery
/// codes) and ends their sessions, so the next login sets it up again
/// (when required). Only on the server's command line: whoever runs it
/// already holds the installation.
pub async fn reset(kalm: &Kalm, email: &str) -> AppResult<ResetDone> {
    let email = EmailAddress::parse(email)?;
    let mut tx = kalm.store.begin().await?;
    let (operator, _) = kalm_store::operators::credentials_by_email(&mut tx, &email)
        .await?
        .ok_or(AppError::NotFound(Entity::Operator))?;
    let was_set_up = kalm_store::operator_two_factor::remove(&mut tx, operator.id).await?;
    let sessions_ended = kalm_store::sessions::delete_for_subject(&mut tx, operator.id).await?;
    // A reset is how a lost phone gets back in: earlier wrong codes must
    // not keep the operator out of the set-up.
    kalm_store::throttle::clear(&mut tx, &operator_keys(&operator.email.folded(), None).address).await?;
    let event = Event::new(AuditAction::TwoFactorReset, None)
        .target("operator", operator.id, operator.email.as_str())
        .detail(json!({ "was_set_up": was_set_up, "sessions_ended": sessions_ended }));
    write(kalm, &mut tx, &Who::System, event).await?;
    tx.commit().await?;
    Ok(ResetDone { was_set_up, sessions_ended })
}
