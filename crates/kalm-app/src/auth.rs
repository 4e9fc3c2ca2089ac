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
use kalm_domain::auth::session::{SessionValidity, validity};
use kalm_domain::auth::throttle::{PER_ADDRESS, PER_SOURCE, ThrottlePolicy};
use kalm_domain::permissions::{AccountActor, Actor};
use kalm_domain::platforms::PlatformId;
use kalm_store::accounts::Account;
use kalm_store::operators::Operator;
use kalm_store::sessions::{LinkKind, Subject};
use serde_json::json;

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
}

struct Keys {
    address: String,
    source: Option<String>,
}

async fn check_throttle(kalm: &Kalm, keys: &Keys, now: DateTime<Utc>) -> AppResult<Option<DateTime<Utc>>> {
    let mut tx = kalm.store.begin().await?;
    let mut blocked = PER_ADDRESS.blocked(&kalm_store::throttle::get(&mut tx, &keys.address).await?, now);
    if let Some(source) = &keys.source {
        let by_source = PER_SOURCE.blocked(&kalm_store::throttle::get(&mut tx, source).await?, now);
        blocked = blocked.max(by_source);
    }
    tx.commit().await?;
    Ok(blocked)
}

async fn count_failure(
    conn: &mut kalm_store::AnyConnection,
    key: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let state = kalm_store::throttle::get(conn, key).await?;
    kalm_store::throttle::put(conn, key, &policy.after_failure(&state, now), now).await?;
    Ok(())
}

/// Logs in to a platform with e-mail address and password.
pub async fn login(
    kalm: &Kalm,
    platform: &Platform,
    email: &str,
    password: &str,
    source: Option<String>,
) -> AppResult<SignedIn> {
    let now = kalm.clock.now();
    let parsed = EmailAddress::parse(email).ok();
    let folded = parsed.as_ref().map_or_else(|| email.trim().to_lowercase(), EmailAddress::folded);
    let keys = Keys {
        address: format!("account:{}:{folded}", platform.id),
        source: source.as_ref().map(|s| format!("source:{s}")),
    };
    let anonymous = Who::Anonymous { source: source.clone() };
    if let Some(until) = check_throttle(kalm, &keys, now).await? {
        let mut tx = kalm.store.begin().await?;
        let event = Event::new(AuditAction::LoginThrottled, Some(platform.id))
            .outcome(Outcome::Denied)
            .detail(json!({ "until": until.to_rfc3339() }));
        write(kalm, &mut tx, &anonymous, event).await?;
        tx.commit().await?;
        metrics::counter!("kalm_logins_total", "outcome" => "throttled").increment(1);
        return Err(AppError::LoginThrottled(until));
    }
    let credentials = match &parsed {
        Some(email) => {
            let mut tx = kalm.store.begin().await?;
            let found = kalm_store::accounts::credentials_by_email(&mut tx, platform.id, email).await?;
            tx.commit().await?;
            found
        }
        None => None,
    };
    let matched =
        kalm.passwords.verify(password, credentials.as_ref().and_then(|c| c.password_hash.as_deref())).await?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    match credentials {
        Some(c) if matched && c.account.status == AccountStatus::Active => {
            kalm_store::throttle::clear(&mut tx, &keys.address).await?;
            let token = new_token(kalm.randomness.as_ref());
            kalm_store::sessions::insert(
                &mut tx,
                &token_digest(&token),
                Subject::Account(c.account.id),
                Some(platform.id),
                now,
            )
            .await?;
            kalm_store::accounts::touch_activity(&mut tx, c.account.id, now).await?;
            let caller = account_caller(&c.account, source);
            let event = Event::new(AuditAction::LoginSucceeded, Some(platform.id)).target(
                "account",
                c.account.id.0,
                c.account.email.as_str(),
            );
            write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
            tx.commit().await?;
            metrics::counter!("kalm_logins_total", "outcome" => "success").increment(1);
            let mut account = c.account;
            account.last_activity_at = Some(now);
            Ok(SignedIn { token, principal: Principal::Account { account, caller } })
        }
        Some(c) if matched => {
            // The password was right, so saying why the door stays shut
            // reveals nothing the person does not already know.
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
            count_failure(&mut tx, &keys.address, PER_ADDRESS, now).await?;
            if let Some(source) = &keys.source {
                count_failure(&mut tx, source, PER_SOURCE, now).await?;
            }
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

/// Logs in to the operator console.
pub async fn operator_login(kalm: &Kalm, email: &str, password: &str, source: Option<String>) -> AppResult<SignedIn> {
    let now = kalm.clock.now();
    let parsed = EmailAddress::parse(email).ok();
    let folded = parsed.as_ref().map_or_else(|| email.trim().to_lowercase(), EmailAddress::folded);
    let keys = Keys { address: format!("operator:{folded}"), source: source.as_ref().map(|s| format!("source:{s}")) };
    let anonymous = Who::Anonymous { source: source.clone() };
    if let Some(until) = check_throttle(kalm, &keys, now).await? {
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
        Some((operator, _)) if matched => {
            kalm_store::throttle::clear(&mut tx, &keys.address).await?;
            let token = new_token(kalm.randomness.as_ref());
            kalm_store::sessions::insert(&mut tx, &token_digest(&token), Subject::Operator(operator.id), None, now)
                .await?;
            let caller = operator_caller(&operator, source);
            let event =
                Event::new(AuditAction::LoginSucceeded, None).target("operator", operator.id, operator.email.as_str());
            write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
            tx.commit().await?;
            metrics::counter!("kalm_logins_total", "outcome" => "success").increment(1);
            Ok(SignedIn { token, principal: Principal::Operator { operator, caller } })
        }
        found => {
            count_failure(&mut tx, &keys.address, PER_ADDRESS, now).await?;
            if let Some(source) = &keys.source {
                count_failure(&mut tx, source, PER_SOURCE, now).await?;
            }
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

/// The principal behind a session cookie, if the session is still valid and
/// was made for this platform (`None`: the operator console). Refreshes the
/// idle clock and the account's last activity at most once a minute.
pub async fn authenticate(
    kalm: &Kalm,
    token: &str,
    platform: Option<PlatformId>,
    source: Option<String>,
) -> AppResult<Option<Principal>> {
    let now = kalm.clock.now();
    let digest = token_digest(token);
    let mut tx = kalm.store.begin().await?;
    let Some(session) = kalm_store::sessions::by_token_hash(&mut tx, &digest).await? else {
        tx.commit().await?;
        return Ok(None);
    };
    if session.platform_id != platform {
        tx.commit().await?;
        return Ok(None);
    }
    let needs_touch = match validity(session.created_at, session.last_seen_at, now) {
        SessionValidity::Valid { needs_touch } => needs_touch,
        SessionValidity::IdleExpired | SessionValidity::AbsoluteExpired => {
            kalm_store::sessions::delete(&mut tx, &digest).await?;
            tx.commit().await?;
            return Ok(None);
        }
    };
    let principal = match session.subject {
        Subject::Account(id) => match kalm_store::accounts::by_id(&mut tx, id).await? {
            Some(account) if account.status == AccountStatus::Active => {
                if needs_touch {
                    kalm_store::accounts::touch_activity(&mut tx, id, now).await?;
                }
                let caller = account_caller(&account, source);
                Some(Principal::Account { account, caller })
            }
            _ => None,
        },
        Subject::Operator(id) => kalm_store::operators::by_id(&mut tx, id).await?.map(|operator| {
            let caller = operator_caller(&operator, source);
            Principal::Operator { operator, caller }
        }),
    };
    if principal.is_none() {
        kalm_store::sessions::delete(&mut tx, &digest).await?;
    } else if needs_touch {
        kalm_store::sessions::touch(&mut tx, &digest, now).await?;
    }
    tx.commit().await?;
    Ok(principal)
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
    let removed = kalm_store::sessions::delete_expired(&mut tx, now - IDLE_TIMEOUT, now - ABSOLUTE_TIMEOUT).await?;
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
