//! Password login, sessions and logout, for platform accounts and for
//! service desk operators.
//!
//! A login answers the same, and takes about the same time, whether or not
//! the address exists: unknown addresses are verified against a dummy hash,
//! and throttling is keyed on the address typed rather than on an account.
//! The slow Argon2id check runs outside any transaction, so one login never
//! holds the database while it hashes.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::{AccountStatus, EmailAddress};
use kalm_domain::audit::{AuditAction, Outcome};
use kalm_domain::auth::session::{SessionValidity, TOUCH_INTERVAL, validity};
use kalm_domain::auth::throttle::{PER_ADDRESS, PER_SOURCE, ThrottlePolicy};
use kalm_domain::auth::two_factor::{self, AfterPassword, LoginFacts, Method};
use kalm_domain::configurations::{RememberDevice, TwoFactorRule};
use kalm_domain::permissions::{AccountActor, Actor};
use kalm_domain::platforms::PlatformId;
use kalm_store::accounts::Account;
use kalm_store::operators::Operator;
use kalm_store::sessions::{LinkKind, SessionStage, Subject};
use serde_json::json;

use crate::Entity;
use crate::audit::{Event, Who, write};
use crate::platforms::Platform;
use crate::secrets::{new_token, token_digest};
use crate::{AppError, AppResult, Caller, Kalm};

/// Who a valid session or token belongs to.
#[derive(Debug, Clone)]
pub enum Principal {
    Account { account: Account, caller: Caller },
    Operator { operator: Operator, caller: Caller },
}

impl Principal {
    pub fn caller(&self) -> &Caller {
        match self {
            Principal::Account { caller, .. } | Principal::Operator { caller, .. } => caller,
        }
    }
}

pub fn account_caller(account: &Account, source: Option<String>) -> Caller {
    Caller {
        actor: Actor::Account(AccountActor {
            id: account.id,
            platform: account.platform_id,
            account_type: account.account_type,
            roles: account.roles,
        }),
        id: account.id.0,
        label: account.email.as_str().to_owned(),
        source,
    }
}

pub fn operator_caller(operator: &Operator, source: Option<String>) -> Caller {
    Caller { actor: Actor::Operator, id: operator.id, label: operator.email.as_str().to_owned(), source }
}

#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The session token for the cookie; shown once, stored only as a digest.
    pub token: String,
    pub principal: Principal,
    /// What the login still needs; until it is `Done` the session reaches
    /// nothing but the second step and logout.
    pub next: LoginNext,
}

/// What a login needs after the right password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginNext {
    Done,
    /// A code (from the app, or sent by text message), or a recovery code.
    Code(Method),
    /// Two-factor is required: set it up before anything else.
    SetUp,
}

/// A login past its password, waiting for the second step.
#[derive(Debug, Clone)]
pub struct Pending {
    pub account: Account,
    /// The account as a caller, for setting two-factor up.
    pub caller: Caller,
    pub next: LoginNext,
}

/// Who is behind a session cookie.
#[derive(Debug, Clone)]
pub enum Visitor {
    Signed(Principal),
    Pending(Pending),
}

/// A finished second step: the new session, and the remembered-device
/// cookie if the person chose to be remembered.
#[derive(Debug, Clone)]
pub struct SecondStepDone {
    pub token: String,
    pub device: Option<DeviceCookie>,
    /// After a recovery code: how many are left.
    pub recovery_codes_left: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct DeviceCookie {
    pub token: String,
    pub lifetime: chrono::Duration,
}

pub(crate) struct Keys {
    pub(crate) address: String,
    pub(crate) source: Option<String>,
}

/// Reserves one attempt on the address key and the source key, in one
/// transaction that locks both rows (always in that order, so two attempts
/// cannot deadlock): `Some(until)` when either is blocked, and then nothing
/// is counted. A reserved attempt already counts as a failure; a right
/// answer gives it back with `refund` or `succeeded`.
pub(crate) async fn reserve_attempt(kalm: &Kalm, keys: &Keys, now: DateTime<Utc>) -> AppResult<Option<DateTime<Utc>>> {
    let mut tx = kalm.store.begin().await?;
    let blocked = reserve_attempt_on(&mut tx, keys, now).await?;
    tx.commit().await?;
    Ok(blocked)
}

/// `reserve_attempt` on the caller's transaction, which must commit it
/// before the slow part (the hash) so that other attempts see the
/// reservation. Writes nothing when the attempt is blocked.
async fn reserve_attempt_on(
    conn: &mut kalm_store::AnyConnection,
    keys: &Keys,
    now: DateTime<Utc>,
) -> AppResult<Option<DateTime<Utc>>> {
    let address = kalm_store::throttle::get_for_update(conn, &keys.address, now).await?;
    let source = match &keys.source {
        Some(key) => Some((key, kalm_store::throttle::get_for_update(conn, key, now).await?)),
        None => None,
    };
    let by_address = PER_ADDRESS.reserve(&address, now);
    let by_source = source.as_ref().map(|(key, state)| (*key, PER_SOURCE.reserve(state, now)));
    let blocked = [by_address.err(), by_source.as_ref().and_then(|(_, r)| r.err())].into_iter().flatten().max();
    if blocked.is_some() {
        return Ok(blocked);
    }
    if let Ok(state) = by_address {
        kalm_store::throttle::put(conn, &keys.address, &state, now).await?;
    }
    if let Some((key, Ok(state))) = by_source {
        kalm_store::throttle::put(conn, key, &state, now).await?;
    }
    Ok(None)
}

/// Gives back the attempt reserved on `key`.
async fn refund(
    conn: &mut kalm_store::AnyConnection,
    key: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let state = kalm_store::throttle::get_for_update(conn, key, now).await?;
    let refunded = policy.refund(&state);
    kalm_store::throttle::put(conn, key, &refunded, refunded.last_failure_at.unwrap_or(now)).await?;
    Ok(())
}

/// A right answer that needs nothing more: the address's failures are
/// forgotten, and the source gets its reservation back (its other
/// failures, perhaps someone else's behind the same address, still count).
pub(crate) async fn succeeded(conn: &mut kalm_store::AnyConnection, keys: &Keys, now: DateTime<Utc>) -> AppResult<()> {
    kalm_store::throttle::clear(conn, &keys.address).await?;
    if let Some(source) = &keys.source {
        refund(conn, source, PER_SOURCE, now).await?;
    }
    Ok(())
}

/// A right answer that still waits for something (the second step): both
/// reservations are given back, and earlier failures still count, so a
/// right password does not wipe the count of wrong codes.
pub(crate) async fn refunded(conn: &mut kalm_store::AnyConnection, keys: &Keys, now: DateTime<Utc>) -> AppResult<()> {
    refund(conn, &keys.address, PER_ADDRESS, now).await?;
    if let Some(source) = &keys.source {
        refund(conn, source, PER_SOURCE, now).await?;
    }
    Ok(())
}

/// The per-source throttle key of a platform: per platform, so one noisy
/// source on one platform does not shut its address out of every other.
fn platform_source_key(platform: PlatformId, source: Option<&String>) -> Option<String> {
    source.map(|s| format!("source:{platform}:{s}"))
}

async fn remembered(
    conn: &mut kalm_store::AnyConnection,
    account: &Account,
    policy: &kalm_domain::configurations::TwoFactorPolicy,
    device_token: Option<&str>,
    now: DateTime<Utc>,
) -> AppResult<Option<uuid::Uuid>> {
    let Some(token) = device_token else { return Ok(None) };
    let Some(device) = kalm_store::two_factor::device_by_token(conn, &token_digest(token)).await? else {
        return Ok(None);
    };
    let valid = device.account_id == account.id
        && two_factor::device_still_remembered(policy, account.account_type, device.created_at, device.expires_at, now);
    Ok(valid.then_some(device.id))
}

/// Where a password login on a platform goes next, decided completely by
/// the use case: the web layer only renders it.
#[derive(Debug)]
pub enum LoginStep {
    /// Signed in: the home page.
    Home,
    /// Two-factor is required and not set up yet: set it up first.
    SetUp,
    /// A code is needed. For a text message, it has been sent already, or
    /// `not_sent` says why it could not be (too many, refused, no
    /// provider); the code page shows that and offers a new code or a
    /// recovery code.
    Code { method: Method, not_sent: Option<AppError> },
}

/// A password login on a platform that got past the password.
#[derive(Debug)]
pub struct PlatformLogin {
    pub signed_in: SignedIn,
    pub step: LoginStep,
}

/// Logs in to a platform with e-mail address and password and takes the
/// login to its next step: for someone whose second factor is a text
/// message, the message is sent here. `wording` words the message in the
/// visitor's language. A wrong password, a throttled address and the like
/// are errors; everything past the password is a `LoginStep`.
pub async fn platform_login(
    kalm: &Kalm,
    platform: &Platform,
    email: &str,
    password: &str,
    source: Option<String>,
    device_token: Option<&str>,
    wording: crate::two_factor::SmsWording<'_>,
) -> AppResult<PlatformLogin> {
    let signed_in = login(kalm, platform, email, password, source.clone(), device_token).await?;
    let step = match signed_in.next {
        LoginNext::Done => LoginStep::Home,
        LoginNext::SetUp => LoginStep::SetUp,
        LoginNext::Code(Method::App) => LoginStep::Code { method: Method::App, not_sent: None },
        LoginNext::Code(Method::Sms) => {
            let Principal::Account { account, .. } = &signed_in.principal else {
                return Err(AppError::Internal("an operator in a platform login".into()));
            };
            let not_sent = match crate::two_factor::send_login_code(kalm, platform, account, wording, source).await {
                Ok(()) => None,
                Err(err) if err.is_internal() => return Err(err),
                Err(err) => Some(err),
            };
            LoginStep::Code { method: Method::Sms, not_sent }
        }
    };
    Ok(PlatformLogin { signed_in, step })
}

/// Logs in to a platform with e-mail address and password. `device_token`
/// is the remembered-device cookie, if the browser sent one.
pub async fn login(
    kalm: &Kalm,
    platform: &Platform,
    email: &str,
    password: &str,
    source: Option<String>,
    device_token: Option<&str>,
) -> AppResult<SignedIn> {
    let now = kalm.clock.now();
    let parsed = EmailAddress::parse(email).ok();
    let folded = parsed.as_ref().map_or_else(|| email.trim().to_lowercase(), EmailAddress::folded);
    let keys = Keys {
        address: format!("account:{}:{folded}", platform.id),
        source: platform_source_key(platform.id, source.as_ref()),
    };
    let anonymous = Who::Anonymous { source: source.clone() };
    // The attempt is reserved and the credentials read in one transaction,
    // committed before the hash, so that guesses at the same moment meet
    // the reservation. A reservation lost in a database crash costs one
    // uncounted guess, so its commit does not wait for the disk.
    let mut tx = kalm.store.begin_bookkeeping().await?;
    if let Some(until) = reserve_attempt_on(&mut tx, &keys, now).await? {
        let event = Event::new(AuditAction::LoginThrottled, Some(platform.id))
            .outcome(Outcome::Denied)
            .detail(json!({ "until": until.to_rfc3339() }));
        write(kalm, &mut tx, &anonymous, event).await?;
        tx.commit().await?;
        metrics::counter!("kalm_logins_total", "outcome" => "throttled").increment(1);
        return Err(AppError::LoginThrottled(until));
    }
    let credentials = match &parsed {
        Some(email) => kalm_store::accounts::credentials_by_email(&mut tx, platform.id, email).await?,
        None => None,
    };
    tx.commit().await?;
    let matched =
        kalm.passwords.verify(password, credentials.as_ref().and_then(|c| c.password_hash.as_deref())).await?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    match credentials {
        Some(c) if matched && c.account.status == AccountStatus::Active => {
            let account = c.account;
            let settings = crate::settings::current_on(kalm, &mut tx, platform).await?;
            let setup = kalm_store::two_factor::get(&mut tx, account.id).await?;
            let device = remembered(&mut tx, &account, &settings.two_factor, device_token, now).await?;
            let facts = LoginFacts {
                rule: two_factor::rule_for(&settings.two_factor, account.account_type),
                set_up: setup.is_some(),
                waived: kalm_store::two_factor::waiver(&mut tx, account.id, now).await?.is_some(),
                device_remembered: device.is_some(),
            };
            let next = match two_factor::after_password(facts) {
                AfterPassword::Done => LoginNext::Done,
                AfterPassword::SetUp => LoginNext::SetUp,
                AfterPassword::Code => {
                    LoginNext::Code(setup.and_then(|s| Method::parse(&s.method)).unwrap_or(Method::App))
                }
            };
            let stage = match next {
                LoginNext::Done => SessionStage::Full,
                LoginNext::Code(_) => SessionStage::Code,
                LoginNext::SetUp => SessionStage::SetUp,
            };
            let token = new_token(kalm.randomness.as_ref());
            kalm_store::sessions::insert(
                &mut tx,
                &token_digest(&token),
                Subject::Account(account.id),
                Some(platform.id),
                stage,
                now,
            )
            .await?;
            let caller = account_caller(&account, source);
            // Failures are forgotten only when the whole login succeeded:
            // a right password must not wipe the count of wrong codes.
            if next == LoginNext::Done {
                succeeded(&mut tx, &keys, now).await?;
                if let Some(id) = device {
                    kalm_store::two_factor::touch_device(&mut tx, id, now).await?;
                }
                kalm_store::accounts::touch_activity(&mut tx, account.id, now).await?;
                let second = match (facts.rule, facts.set_up, facts.waived, device) {
                    (TwoFactorRule::Off, ..) | (_, false, false, _) => None,
                    (_, _, true, _) => Some("waived"),
                    (_, _, _, Some(_)) => Some("remembered_device"),
                    _ => None,
                };
                let event = Event::new(AuditAction::LoginSucceeded, Some(platform.id))
                    .target("account", account.id.0, account.email.as_str())
                    .detail(json!({ "second_factor": second }));
                write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
                metrics::counter!("kalm_logins_total", "outcome" => "success").increment(1);
            } else {
                refunded(&mut tx, &keys, now).await?;
                metrics::counter!("kalm_logins_total", "outcome" => "second_step").increment(1);
            }
            tx.commit().await?;
            let mut account = account;
            if next == LoginNext::Done {
                account.last_activity_at = Some(now);
            }
            Ok(SignedIn { token, principal: Principal::Account { account, caller }, next })
        }
        Some(c) if matched => {
            // The password was right, so saying why the door stays shut
            // reveals nothing the person does not already know.
            refunded(&mut tx, &keys, now).await?;
            let event = Event::new(AuditAction::LoginFailed, Some(platform.id))
                .outcome(Outcome::Failure)
                .target("account", c.account.id.0, c.account.email.as_str())
                .detail(json!({ "reason": "account_deactivated" }));
            write(kalm, &mut tx, &anonymous, event).await?;
            tx.commit().await?;
            metrics::counter!("kalm_logins_total", "outcome" => "deactivated").increment(1);
            Err(AppError::AccountDeactivated)
        }
        found => {
            // Counted already: the attempt was reserved as a failure.
            let mut event = Event::new(AuditAction::LoginFailed, Some(platform.id)).outcome(Outcome::Failure);
            event = match &found {
                Some(c) => event
                    .target("account", c.account.id.0, c.account.email.as_str())
                    .detail(json!({ "reason": "wrong_password" })),
                None => event.detail(json!({ "reason": "unknown_address" })),
            };
            write(kalm, &mut tx, &anonymous, event).await?;
            tx.commit().await?;
            metrics::counter!("kalm_logins_total", "outcome" => "failure").increment(1);
            Err(AppError::LoginFailed)
        }
    }
}

/// How long a password confirmation lets a session make the changes a
/// stolen session must not make (a new e-mail address, a new second factor,
/// new recovery codes): long enough to finish a set-up, short enough that a
/// session left open is not a standing key.
pub const CONFIRMATION_LIFETIME: chrono::Duration = chrono::Duration::minutes(5);

/// Proof that the person acting typed their own password moments ago (or
/// is in the middle of a login that just checked it). Only this module
/// makes one, so a use case that takes it cannot be reached without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Confirmed {
    pub(crate) account: kalm_domain::accounts::AccountId,
}

/// Checks the caller's own password, on the account's login throttle
/// (guesses here meet the same back-off as at the login form) and audited
/// when wrong. A wrong password is `CurrentPasswordWrong`.
pub async fn verify_own_password(
    kalm: &Kalm,
    platform: &Platform,
    caller: &Caller,
    password: &str,
    purpose: &'static str,
) -> AppResult<Confirmed> {
    let Actor::Account(me) = caller.actor else { return Err(AppError::NotSignedIn) };
    if me.platform != platform.id {
        return Err(AppError::NotSignedIn);
    }
    let mut tx = kalm.store.begin().await?;
    let account = kalm_store::accounts::by_id(&mut tx, me.id).await?.ok_or(AppError::NotFound(Entity::Account))?;
    let stored = kalm_store::accounts::password_hash(&mut tx, me.id).await?;
    tx.commit().await?;
    let keys = account_keys(platform, &account, caller.source.as_ref());
    let now = kalm.clock.now();
    if let Some(until) = reserve_attempt(kalm, &keys, now).await? {
        let mut tx = kalm.store.begin().await?;
        let event = Event::new(AuditAction::LoginThrottled, Some(platform.id))
            .outcome(Outcome::Denied)
            .target("account", account.id.0, account.email.as_str())
            .detail(json!({ "until": until.to_rfc3339(), "for": purpose }));
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
        tx.commit().await?;
        return Err(AppError::LoginThrottled(until));
    }
    let matched = kalm.passwords.verify(password, stored.as_deref()).await?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    if !matched {
        let event = Event::new(AuditAction::ReauthenticationFailed, Some(platform.id))
            .outcome(Outcome::Failure)
            .target("account", account.id.0, account.email.as_str())
            .detail(json!({ "for": purpose }));
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
        tx.commit().await?;
        return Err(AppError::CurrentPasswordWrong);
    }
    succeeded(&mut tx, &keys, now).await?;
    tx.commit().await?;
    Ok(Confirmed { account: account.id })
}

/// The "confirm it is you" step: checks the password and marks the session
/// confirmed for `CONFIRMATION_LIFETIME`.
pub async fn confirm_session(
    kalm: &Kalm,
    platform: &Platform,
    token: &str,
    caller: &Caller,
    password: &str,
) -> AppResult<()> {
    verify_own_password(kalm, platform, caller, password, "confirmation").await?;
    let mut tx = kalm.store.begin().await?;
    kalm_store::sessions::confirm(&mut tx, &token_digest(token), kalm.clock.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The session's confirmation, if it is recent enough:
/// `PasswordConfirmationRequired` otherwise. A login that must set up
/// two-factor before anything else has just checked the password, so its
/// waiting session counts as confirmed.
pub async fn confirmation(kalm: &Kalm, token: &str, caller: &Caller) -> AppResult<Confirmed> {
    let Actor::Account(me) = caller.actor else { return Err(AppError::NotSignedIn) };
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let session = kalm_store::sessions::by_token_hash(&mut tx, &token_digest(token)).await?;
    tx.commit().await?;
    let Some(session) = session.filter(|s| s.subject == Subject::Account(me.id)) else {
        return Err(AppError::PasswordConfirmationRequired);
    };
    let fresh = match session.stage {
        SessionStage::SetUp => now < session.created_at + two_factor::PENDING_LOGIN_LIFETIME,
        SessionStage::Full => session.confirmed_at.is_some_and(|at| now - at < CONFIRMATION_LIFETIME && at <= now),
        SessionStage::Code => false,
    };
    if fresh { Ok(Confirmed { account: me.id }) } else { Err(AppError::PasswordConfirmationRequired) }
}

/// Logs in to the operator console.
pub async fn operator_login(kalm: &Kalm, email: &str, password: &str, source: Option<String>) -> AppResult<SignedIn> {
    let now = kalm.clock.now();
    let parsed = EmailAddress::parse(email).ok();
    let folded = parsed.as_ref().map_or_else(|| email.trim().to_lowercase(), EmailAddress::folded);
    let keys = crate::operator_two_factor::operator_keys(&folded, source.as_ref());
    let anonymous = Who::Anonymous { source: source.clone() };
    if let Some(until) = reserve_attempt(kalm, &keys, now).await? {
        let mut tx = kalm.store.begin().await?;
        write(kalm, &mut tx, &anonymous, Event::new(AuditAction::LoginThrottled, None).outcome(Outcome::Denied))
            .await?;
        tx.commit().await?;
        return Err(AppError::LoginThrottled(until));
    }
    let found = match &parsed {
        Some(email) => {
            let mut tx = kalm.store.begin().await?;
            let found = kalm_store::operators::credentials_by_email(&mut tx, email).await?;
            tx.commit().await?;
            found
        }
        None => None,
    };
    let matched = kalm.passwords.verify(password, found.as_ref().map(|(_, h)| h.as_str())).await?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    match found {
        // A disabled operator is refused like a wrong password.
        Some((operator, _)) if matched && operator.disabled_at.is_none() => {
            let set_up = kalm_store::operator_two_factor::get(&mut tx, operator.id).await?.is_some();
            let next = crate::operator_two_factor::after_password(kalm.operator_two_factor, set_up);
            let stage = match next {
                LoginNext::Done => SessionStage::Full,
                LoginNext::Code(_) => SessionStage::Code,
                LoginNext::SetUp => SessionStage::SetUp,
            };
            let token = new_token(kalm.randomness.as_ref());
            kalm_store::sessions::insert(
                &mut tx,
                &token_digest(&token),
                Subject::Operator(operator.id),
                None,
                stage,
                now,
            )
            .await?;
            let caller = operator_caller(&operator, source);
            // As for accounts: failures are forgotten only when the whole
            // login succeeded, so a right password does not wipe the count
            // of wrong codes.
            if next == LoginNext::Done {
                succeeded(&mut tx, &keys, now).await?;
                let event = Event::new(AuditAction::LoginSucceeded, None)
                    .target("operator", operator.id, operator.email.as_str())
                    .detail(json!({ "second_factor": null }));
                write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
                metrics::counter!("kalm_logins_total", "outcome" => "success").increment(1);
            } else {
                refunded(&mut tx, &keys, now).await?;
                metrics::counter!("kalm_logins_total", "outcome" => "second_step").increment(1);
            }
            tx.commit().await?;
            Ok(SignedIn { token, principal: Principal::Operator { operator, caller }, next })
        }
        found => {
            // Counted already: the attempt was reserved as a failure.
            let mut event = Event::new(AuditAction::LoginFailed, None).outcome(Outcome::Failure);
            if let Some((operator, _)) = &found {
                event = event.target("operator", operator.id, operator.email.as_str());
            }
            write(kalm, &mut tx, &anonymous, event).await?;
            tx.commit().await?;
            metrics::counter!("kalm_logins_total", "outcome" => "failure").increment(1);
            Err(AppError::LoginFailed)
        }
    }
}

/// The principal behind a session cookie, if the session is signed in,
/// still valid and made for this platform (`None`: the operator console).
pub async fn authenticate(
    kalm: &Kalm,
    token: &str,
    platform: Option<PlatformId>,
    source: Option<String>,
) -> AppResult<Option<Principal>> {
    Ok(match visit(kalm, token, platform, source).await? {
        Some(Visitor::Signed(principal)) => Some(principal),
        _ => None,
    })
}

/// What a visit with a platform cached by host found.
#[derive(Debug)]
pub enum CachedVisit {
    /// The session belongs to the cached platform, whose row is unchanged:
    /// the platform and the visitor stand.
    Confirmed(Option<Box<Visitor>>),
    /// The session could not vouch for the cached platform (no session, or
    /// the platform changed): load the platform afresh and visit again.
    Unconfirmed,
}

/// `visit` for a request whose platform came from this node's cache
/// (`platforms::cached_by_domain`). The session's statement carries its
/// platform's row, so a signed-in request confirms the cached platform
/// without a statement of its own; any change to the platform, made on
/// any node, shows as a different row.
pub async fn visit_on_cached(
    kalm: &Kalm,
    token: &str,
    cached: &crate::platforms::Platform,
    source: Option<String>,
) -> AppResult<CachedVisit> {
    let digest = token_digest(token);
    let found = {
        let mut reader = kalm.store.read().await?;
        kalm_store::sessions::with_account(&mut reader, &digest).await?
    };
    let Some(found) = found else { return Ok(CachedVisit::Unconfirmed) };
    if found.platform.as_ref() != Some(cached) {
        return Ok(CachedVisit::Unconfirmed);
    }
    let visitor = match signed_without_writing(kalm, &found, source.clone()) {
        Some(visitor) => Some(visitor),
        None => visit_writing(kalm, &digest, Some(cached.id), source).await?,
    };
    Ok(CachedVisit::Confirmed(visitor.map(Box::new)))
}

/// The visitor, when the session statement alone settles it: a full
/// session of an active account that needs no touch.
fn signed_without_writing(
    kalm: &Kalm,
    found: &kalm_store::sessions::SessionVisit,
    source: Option<String>,
) -> Option<Visitor> {
    let account = found.account.as_ref()?;
    let fresh = validity(found.session.created_at, found.session.last_seen_at, kalm.clock.now())
        == (SessionValidity::Valid { needs_touch: false });
    (found.session.stage == SessionStage::Full && account.status == AccountStatus::Active && fresh).then(|| {
        let caller = account_caller(account, source);
        Visitor::Signed(Principal::Account { account: account.clone(), caller })
    })
}

/// Who is behind a session cookie: signed in, or a login waiting for its
/// second step (for at most ten minutes). Refreshes the idle clock and the
/// account's last activity at most once a minute.
pub async fn visit(
    kalm: &Kalm,
    token: &str,
    platform: Option<PlatformId>,
    source: Option<String>,
) -> AppResult<Option<Visitor>> {
    let digest = token_digest(token);
    // Nearly every request of a signed-in person only reads: the session
    // and its account in one statement on a read connection. Anything that
    // writes (the once-a-minute touch, removing an expired session) goes
    // the careful way, which reads again under the write lock.
    {
        let mut reader = kalm.store.read().await?;
        match kalm_store::sessions::with_account(&mut reader, &digest).await? {
            None => return Ok(None),
            Some(found) if found.session.platform_id != platform => return Ok(None),
            Some(found) => {
                if let Some(visitor) = signed_without_writing(kalm, &found, source.clone()) {
                    return Ok(Some(visitor));
                }
            }
        }
    }
    visit_writing(kalm, &digest, platform, source).await
}

/// The careful half of `visit`: under the write lock, the session is
/// read again and touched, or removed when it has expired.
async fn visit_writing(
    kalm: &Kalm,
    digest: &str,
    platform: Option<PlatformId>,
    source: Option<String>,
) -> AppResult<Option<Visitor>> {
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let Some(session) = kalm_store::sessions::by_token_hash(&mut tx, digest).await? else {
        tx.commit().await?;
        return Ok(None);
    };
    if session.platform_id != platform {
        tx.commit().await?;
        return Ok(None);
    }
    if session.stage != SessionStage::Full {
        // An operator's login waiting for its second step is read by
        // `operator_two_factor::pending`; to everything else it is no
        // session, and it is left in place for those pages.
        if let Subject::Operator(_) = session.subject {
            tx.commit().await?;
            return Ok(None);
        }
        let pending = pending_on(&mut tx, &session, digest, now, source).await?;
        tx.commit().await?;
        return Ok(pending.map(Visitor::Pending));
    }
    let needs_touch = match validity(session.created_at, session.last_seen_at, now) {
        SessionValidity::Valid { needs_touch } => needs_touch,
        SessionValidity::IdleExpired | SessionValidity::AbsoluteExpired => {
            kalm_store::sessions::delete(&mut tx, digest).await?;
            tx.commit().await?;
            return Ok(None);
        }
    };
    let principal = match session.subject {
        Subject::Account(id) => match kalm_store::accounts::by_id(&mut tx, id).await? {
            Some(account) if account.status == AccountStatus::Active => {
                // At most once a minute per account, however many sessions
                // it has open.
                if needs_touch && account.last_activity_at.is_none_or(|at| now - at >= TOUCH_INTERVAL) {
                    kalm_store::accounts::touch_activity(&mut tx, id, now).await?;
                }
                let caller = account_caller(&account, source);
                Some(Principal::Account { account, caller })
            }
            _ => None,
        },
        Subject::Operator(id) => {
            kalm_store::operators::by_id(&mut tx, id).await?.filter(|o| o.disabled_at.is_none()).map(|operator| {
                let caller = operator_caller(&operator, source);
                Principal::Operator { operator, caller }
            })
        }
    };
    if principal.is_none() {
        kalm_store::sessions::delete(&mut tx, digest).await?;
    } else if needs_touch {
        kalm_store::sessions::touch(&mut tx, digest, now).await?;
    }
    tx.commit().await?;
    Ok(principal.map(Visitor::Signed))
}

/// A session waiting for its second step, if it is young enough and its
/// account still active; otherwise the session is removed.
async fn pending_on(
    conn: &mut kalm_store::AnyConnection,
    session: &kalm_store::sessions::Session,
    digest: &str,
    now: DateTime<Utc>,
    source: Option<String>,
) -> AppResult<Option<Pending>> {
    let account = match session.subject {
        Subject::Account(id) if now < session.created_at + two_factor::PENDING_LOGIN_LIFETIME => {
            kalm_store::accounts::by_id(conn, id).await?.filter(|a| a.status == AccountStatus::Active)
        }
        _ => None,
    };
    let Some(account) = account else {
        kalm_store::sessions::delete(conn, digest).await?;
        return Ok(None);
    };
    // The waiting login must still fit the account: a reset while it waits
    // for a code, or a set-up finished elsewhere while it waits to set up,
    // ends it, and the next login takes the right way.
    let setup = kalm_store::two_factor::get(conn, account.id).await?;
    let next = match (session.stage, setup) {
        (SessionStage::SetUp, None) => Some(LoginNext::SetUp),
        (SessionStage::Code, Some(s)) => Method::parse(&s.method).map(LoginNext::Code),
        _ => None,
    };
    let Some(next) = next else {
        kalm_store::sessions::delete(conn, digest).await?;
        return Ok(None);
    };
    let caller = account_caller(&account, source);
    Ok(Some(Pending { account, caller, next }))
}

/// Loads the login waiting on `token` for `stage`; `LoginExpired` when there
/// is none (any more).
async fn pending_login(
    conn: &mut kalm_store::AnyConnection,
    platform: &Platform,
    token: &str,
    stage: SessionStage,
    now: DateTime<Utc>,
    source: Option<String>,
) -> AppResult<Pending> {
    let digest = token_digest(token);
    let session = kalm_store::sessions::by_token_hash(conn, &digest).await?;
    let Some(session) = session.filter(|s| s.stage == stage && s.platform_id == Some(platform.id)) else {
        return Err(AppError::LoginExpired);
    };
    pending_on(conn, &session, &digest, now, source).await?.ok_or(AppError::LoginExpired)
}

/// Replaces a pending session with a signed-in one (a new token), touches
/// the account's activity and logs the login.
async fn sign_in_fully(
    kalm: &Kalm,
    conn: &mut kalm_store::AnyConnection,
    platform: &Platform,
    old_token: &str,
    pending: &Pending,
    second_factor: &str,
) -> AppResult<String> {
    let now = kalm.clock.now();
    let stage = if pending.next == LoginNext::SetUp { SessionStage::SetUp } else { SessionStage::Code };
    if !kalm_store::sessions::delete_waiting(conn, &token_digest(old_token), stage).await? {
        return Err(AppError::LoginExpired);
    }
    let token = new_token(kalm.randomness.as_ref());
    let subject = Subject::Account(pending.account.id);
    kalm_store::sessions::insert(conn, &token_digest(&token), subject, Some(platform.id), SessionStage::Full, now)
        .await?;
    kalm_store::accounts::touch_activity(conn, pending.account.id, now).await?;
    let event = Event::new(AuditAction::LoginSucceeded, Some(platform.id))
        .target("account", pending.account.id.0, pending.account.email.as_str())
        .detail(json!({ "second_factor": second_factor }));
    write(kalm, conn, &Who::Caller(pending.caller.clone()), event).await?;
    metrics::counter!("kalm_logins_total", "outcome" => "success").increment(1);
    Ok(token)
}

fn account_keys(platform: &Platform, account: &Account, source: Option<&String>) -> Keys {
    Keys {
        address: format!("account:{}:{}", platform.id, account.email.folded()),
        source: platform_source_key(platform.id, source),
    }
}

/// A wrong second-step code is a failed login for the account (and the
/// source address), so guessing codes meets the same back-off as guessing
/// passwords; the failure was counted when the attempt was reserved.
async fn second_step_failed(
    kalm: &Kalm,
    mut tx: kalm_store::Transaction<'static>,
    platform: &Platform,
    pending: &Pending,
    reason: &str,
) -> AppResult<AppError> {
    let event = Event::new(AuditAction::LoginFailed, Some(platform.id))
        .outcome(Outcome::Failure)
        .target("account", pending.account.id.0, pending.account.email.as_str())
        .detail(json!({ "reason": reason }));
    crate::audit::write_bounded(kalm, &mut tx, &Who::Anonymous { source: pending.caller.source.clone() }, event)
        .await?;
    tx.commit().await?;
    metrics::counter!("kalm_logins_total", "outcome" => "failure").increment(1);
    Ok(AppError::TwoFactorCodeWrong)
}

/// Reserves a second-step attempt on the account's throttle keys, or
/// refuses it (audited) while they are blocked.
async fn reserve_second_step(kalm: &Kalm, platform: &Platform, keys: &Keys, source: Option<String>) -> AppResult<()> {
    let now = kalm.clock.now();
    if let Some(until) = reserve_attempt(kalm, keys, now).await? {
        let mut tx = kalm.store.begin().await?;
        let event = Event::new(AuditAction::LoginThrottled, Some(platform.id))
            .outcome(Outcome::Denied)
            .detail(json!({ "until": until.to_rfc3339() }));
        write(kalm, &mut tx, &Who::Anonymous { source }, event).await?;
        tx.commit().await?;
        metrics::counter!("kalm_logins_total", "outcome" => "throttled").increment(1);
        return Err(AppError::LoginThrottled(until));
    }
    Ok(())
}

/// The second step with a code from the app or a text message. `remember`
/// is `None` when the person did not ask to be remembered, else the period
/// a client or friend chose (professionals get the platform's); `browser`
/// names the device in the list of remembered ones.
pub async fn enter_code(
    kalm: &Kalm,
    platform: &Platform,
    token: &str,
    code: &str,
    remember: Option<RememberDevice>,
    browser: &str,
    source: Option<String>,
) -> AppResult<SecondStepDone> {
    let (mut tx, pending, keys) = second_step(kalm, platform, token, source).await?;
    let Some(method) = crate::two_factor::check_code_on(kalm, &mut tx, pending.account.id, code).await? else {
        return Err(second_step_failed(kalm, tx, platform, &pending, "wrong_code").await?);
    };
    succeeded(&mut tx, &keys, kalm.clock.now()).await?;
    let new = sign_in_fully(kalm, &mut tx, platform, token, &pending, method.code()).await?;
    let settings = crate::settings::current_on(kalm, &mut tx, platform).await?;
    let period = match remember {
        Some(chosen) => two_factor::remember_period(&settings.two_factor, pending.account.account_type, chosen),
        None => RememberDevice::Never,
    };
    let device = match period.duration() {
        Some(lifetime) => {
            let now = kalm.clock.now();
            let device_token = new_token(kalm.randomness.as_ref());
            let device = kalm_store::two_factor::RememberedDevice {
                id: kalm.new_id(),
                account_id: pending.account.id,
                browser: browser.chars().take(120).collect(),
                created_at: now,
                last_used_at: now,
                expires_at: now + lifetime,
            };
            kalm_store::two_factor::insert_device(&mut tx, &device, &token_digest(&device_token)).await?;
            Some(DeviceCookie { token: device_token, lifetime })
        }
        None => None,
    };
    tx.commit().await?;
    Ok(SecondStepDone { token: new, device, recovery_codes_left: None })
}

/// Attempts one login may make at its second step. More than the five
/// free failures of the account's throttle, so that one normally answers
/// first; this cap holds even for many guesses sent at once.
pub(crate) const SECOND_STEP_ATTEMPTS: i64 = 10;

/// Opens the transaction of a second-step attempt: the waiting login, its
/// throttle keys, and one attempt reserved before any code is checked.
async fn second_step(
    kalm: &Kalm,
    platform: &Platform,
    token: &str,
    source: Option<String>,
) -> AppResult<(kalm_store::Transaction<'static>, Pending, Keys)> {
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let pending = pending_login(&mut tx, platform, token, SessionStage::Code, now, source.clone()).await?;
    tx.commit().await?;
    let keys = account_keys(platform, &pending.account, source.as_ref());
    reserve_second_step(kalm, platform, &keys, source).await?;
    let mut tx = kalm.store.begin().await?;
    let digest = token_digest(token);
    if !kalm_store::sessions::reserve_attempt(&mut tx, &digest, SessionStage::Code, SECOND_STEP_ATTEMPTS).await? {
        kalm_store::sessions::delete(&mut tx, &digest).await?;
        tx.commit().await?;
        return Err(AppError::LoginExpired);
    }
    Ok((tx, pending, keys))
}

/// The second step with a recovery code instead (lost phone). Signs in,
/// sends "recovery code used", and says how many codes are left.
pub async fn enter_recovery_code(
    kalm: &Kalm,
    platform: &Platform,
    token: &str,
    code: &str,
    source: Option<String>,
) -> AppResult<SecondStepDone> {
    let (mut tx, pending, keys) = second_step(kalm, platform, token, source).await?;
    let who = Who::Caller(pending.caller.clone());
    let used = crate::two_factor::use_recovery_code_on(kalm, &mut tx, platform, &pending.account, code, &who).await?;
    let Some(left) = used else {
        return Err(second_step_failed(kalm, tx, platform, &pending, "wrong_recovery_code").await?);
    };
    succeeded(&mut tx, &keys, kalm.clock.now()).await?;
    let new = sign_in_fully(kalm, &mut tx, platform, token, &pending, "recovery_code").await?;
    tx.commit().await?;
    Ok(SecondStepDone { token: new, device: None, recovery_codes_left: Some(left) })
}

/// A login that had to set two-factor up first confirms the set-up with
/// its first code and is signed in, in one transaction: the set-up, the
/// recovery codes (returned, shown once) and the new session exist together
/// or not at all.
pub async fn finish_setup_login(
    kalm: &Kalm,
    platform: &Platform,
    token: &str,
    code: &str,
    source: Option<String>,
) -> AppResult<(Vec<String>, String)> {
    let mut tx = kalm.store.begin().await?;
    let pending = pending_login(&mut tx, platform, token, SessionStage::SetUp, kalm.clock.now(), source).await?;
    let codes = crate::two_factor::confirm_setup_on(kalm, &mut tx, &pending.caller, platform, code).await?;
    let new = sign_in_fully(kalm, &mut tx, platform, token, &pending, "set_up").await?;
    tx.commit().await?;
    Ok((codes, new))
}

/// Ends a login waiting for its second step ("log out" on the code page).
pub async fn abandon_pending(kalm: &Kalm, token: &str) -> AppResult<()> {
    let mut tx = kalm.store.begin().await?;
    let digest = token_digest(token);
    if let Some(session) = kalm_store::sessions::by_token_hash(&mut tx, &digest).await?
        && session.stage != SessionStage::Full
    {
        kalm_store::sessions::delete(&mut tx, &digest).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Ends a session; logging out twice is harmless.
pub async fn logout(kalm: &Kalm, token: &str, principal: &Principal) -> AppResult<()> {
    let mut tx = kalm.store.begin().await?;
    kalm_store::sessions::delete(&mut tx, &token_digest(token)).await?;
    let platform = match principal {
        Principal::Account { account, .. } => Some(account.platform_id),
        Principal::Operator { .. } => None,
    };
    write(kalm, &mut tx, &Who::Caller(principal.caller().clone()), Event::new(AuditAction::Logout, platform)).await?;
    tx.commit().await?;
    Ok(())
}

/// Removes sessions past their idle or absolute lifetime.
pub async fn delete_expired_sessions(kalm: &Kalm) -> AppResult<u64> {
    use kalm_domain::auth::session::{ABSOLUTE_TIMEOUT, IDLE_TIMEOUT};
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let removed = kalm_store::sessions::delete_expired(
        &mut tx,
        now - IDLE_TIMEOUT,
        now - ABSOLUTE_TIMEOUT,
        now - two_factor::PENDING_LOGIN_LIFETIME,
    )
    .await?;
    tx.commit().await?;
    Ok(removed)
}

/// How long a password reset link works.
pub const RESET_LINK_LIFETIME: chrono::Duration = chrono::Duration::hours(1);
/// At most one reset e-mail per account in this period, so the form cannot
/// be used to flood someone's inbox.
pub const RESET_EMAIL_INTERVAL: chrono::Duration = chrono::Duration::minutes(5);

/// "Forgot password": e-mails a reset link when an active account has this
/// address. Answers the same in every case, so it tells nobody whether the
/// address exists.
pub async fn request_password_reset(
    kalm: &Kalm,
    platform: &Platform,
    email: &str,
    source: Option<String>,
) -> AppResult<()> {
    let Ok(email) = EmailAddress::parse(email) else { return Ok(()) };
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let found = kalm_store::accounts::credentials_by_email(&mut tx, platform.id, &email).await?;
    let who = Who::Anonymous { source };
    let Some(credentials) = found.filter(|c| c.account.status == AccountStatus::Active) else {
        let event = Event::new(AuditAction::PasswordResetRequested, Some(platform.id))
            .outcome(Outcome::Failure)
            .detail(json!({ "reason": "no_active_account" }));
        write(kalm, &mut tx, &who, event).await?;
        tx.commit().await?;
        return Ok(());
    };
    let account = credentials.account;
    let recent = kalm_store::sessions::latest_password_reset(&mut tx, account.id)
        .await?
        .is_some_and(|at| now - at < RESET_EMAIL_INTERVAL);
    let mut event = Event::new(AuditAction::PasswordResetRequested, Some(platform.id)).target(
        "account",
        account.id.0,
        account.email.as_str(),
    );
    if recent {
        event = event.outcome(Outcome::Denied).detail(json!({ "reason": "too_soon" }));
    } else {
        let token = new_token(kalm.randomness.as_ref());
        kalm_store::sessions::insert_link(
            &mut tx,
            LinkKind::PasswordReset,
            &token_digest(&token),
            account.id,
            now,
            now + RESET_LINK_LIFETIME,
        )
        .await?;
        let link = format!("{}/reset/{token}", kalm.urls.platform(&platform.domain));
        let extras = crate::emails::Extras {
            link: Some(link),
            valid_until: Some(now + RESET_LINK_LIFETIME),
            ..Default::default()
        };
        crate::emails::enqueue(
            kalm,
            &mut tx,
            platform,
            &crate::emails::Recipient::from(&account),
            kalm_domain::emails::EmailKind::PasswordReset,
            extras,
        )
        .await?;
    }
    write(kalm, &mut tx, &who, event).await?;
    tx.commit().await?;
    Ok(())
}

/// The account a reset link belongs to, if the link still works.
pub async fn reset_target(kalm: &Kalm, platform: PlatformId, token: &str) -> AppResult<Account> {
    let mut tx = kalm.store.begin().await?;
    let link = kalm_store::sessions::link(&mut tx, LinkKind::PasswordReset, &token_digest(token)).await?;
    let account = match &link {
        Some(link) => kalm_store::accounts::by_id(&mut tx, link.account_id).await?,
        None => None,
    };
    tx.commit().await?;
    let (Some(link), Some(account)) = (link, account) else { return Err(AppError::ResetLinkInvalid) };
    if account.platform_id != platform || link.used_at.is_some() || account.status != AccountStatus::Active {
        return Err(AppError::ResetLinkInvalid);
    }
    if kalm.clock.now() >= link.expires_at {
        return Err(AppError::ResetLinkExpired);
    }
    Ok(account)
}

/// Sets a new password through a reset link. Ends every session of the
/// account and sends "password changed".
pub async fn reset_password(
    kalm: &Kalm,
    platform: &Platform,
    token: &str,
    password: &str,
    source: Option<String>,
) -> AppResult<()> {
    let account = reset_target(kalm, platform.id, token).await?;
    let words = crate::accounts::personal_words(
        account.first_name.as_str(),
        account.last_name.as_str(),
        account.email.as_str(),
        platform.name.as_str(),
    );
    let new = kalm_domain::auth::password::NewPassword::parse(password, &words)?;
    let hash = kalm.passwords.hash(&new, kalm.randomness.as_ref()).await?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    if !kalm_store::sessions::use_link(&mut tx, LinkKind::PasswordReset, &token_digest(token), now).await? {
        return Err(AppError::ResetLinkInvalid);
    }
    kalm_store::accounts::set_password_hash(&mut tx, account.id, &hash).await?;
    let ended = kalm_store::sessions::delete_for_subject(&mut tx, account.id.0).await?;
    kalm_store::two_factor::delete_devices(&mut tx, account.id).await?;
    kalm_store::throttle::clear(&mut tx, &format!("account:{}:{}", platform.id, account.email.folded())).await?;
    crate::emails::enqueue(
        kalm,
        &mut tx,
        platform,
        &crate::emails::Recipient::from(&account),
        kalm_domain::emails::EmailKind::PasswordChanged,
        crate::emails::Extras::default(),
    )
    .await?;
    let event = Event::new(AuditAction::PasswordReset, Some(platform.id))
        .target("account", account.id.0, account.email.as_str())
        .detail(json!({ "sessions_ended": ended }));
    write(kalm, &mut tx, &Who::Anonymous { source }, event).await?;
    tx.commit().await?;
    Ok(())
}
