//! Two-factor authentication with an authenticator app: setting it up,
//! checking codes, and recovery codes.
//!
//! The secret is sealed with the installation's key before it is stored;
//! recovery codes (80 bits each) are stored only as SHA-256 digests, which is
//! enough for codes that random. Each use case writes its audit entry and
//! its essential e-mail in the same transaction. Login enforcement,
//! remembered devices, SMS, resets and waivers build on this module.

use kalm_domain::accounts::AccountId;
use kalm_domain::audit::AuditAction;
use kalm_domain::auth::two_factor::{self, RECOVERY_CODES, TotpCheck, TotpSecret};
use kalm_domain::emails::EmailKind;
use kalm_domain::permissions::Actor;
use serde_json::json;

use crate::audit::{Event, Who, write};
use crate::emails::{self, Extras, Recipient};
use crate::platforms::Platform;
use crate::secrets::token_digest;
use crate::{AppError, AppResult, Caller, Kalm};

/// What the set-up page shows: the key to type and the URI for the QR code.
#[derive(Debug, Clone)]
pub struct AppSetup {
    pub manual_key: String,
    pub otpauth_uri: String,
}

fn own_account(caller: &Caller) -> AppResult<AccountId> {
    match caller.actor {
        Actor::Account(me) => Ok(me.id),
        Actor::Operator => Err(AppError::NotSignedIn),
    }
}

async fn secret_of(kalm: &Kalm, sealed: Option<&str>) -> AppResult<TotpSecret> {
    let sealed = sealed.ok_or_else(|| AppError::Internal("no secret stored".into()))?;
    let bytes = kalm.secret_box.open(sealed)?;
    let bytes = <[u8; 20]>::try_from(bytes.as_slice())
        .map_err(|_| AppError::Internal("stored secret has the wrong size".into()))?;
    Ok(TotpSecret::from_bytes(bytes))
}

/// Starts setting up an authenticator app (again): a new secret, not in
/// effect until a code from it is confirmed.
pub async fn begin_app_setup(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<AppSetup> {
    let me = own_account(caller)?;
    let mut bytes = [0u8; 20];
    kalm.randomness.fill(&mut bytes);
    let secret = TotpSecret::from_bytes(bytes);
    let sealed = kalm.secret_box.seal(secret.as_bytes(), kalm.randomness.as_ref())?;
    let mut tx = kalm.store.begin().await?;
    kalm_store::two_factor::begin_app(&mut tx, me, &sealed, kalm.clock.now()).await?;
    tx.commit().await?;
    Ok(AppSetup {
        manual_key: secret.manual_key(),
        otpauth_uri: secret.otpauth_uri(platform.name.as_str(), &caller.label),
    })
}

fn new_recovery_codes(kalm: &Kalm) -> (Vec<String>, Vec<String>) {
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 10];
            kalm.randomness.fill(&mut bytes);
            two_factor::recovery_code(bytes)
        })
        .collect();
    let digests =
        codes.iter().filter_map(|c| two_factor::normalize_recovery_code(c)).map(|c| token_digest(&c)).collect();
    (codes, digests)
}

/// Confirms the set-up with a first code from the app; returns the recovery
/// codes, shown once.
pub async fn confirm_app_setup(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    code: &str,
) -> AppResult<Vec<String>> {
    let me = own_account(caller)?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let setup = kalm_store::two_factor::get(&mut tx, me).await?.ok_or(AppError::NotFound("two-factor set-up"))?;
    let account = kalm_store::accounts::by_id(&mut tx, me).await?.ok_or(AppError::NotFound("account"))?;
    let secret = secret_of(kalm, setup.totp_secret_sealed.as_deref()).await?;
    let TotpCheck::Accepted { step } = two_factor::verify(&secret, code, now, setup.last_step) else {
        return Err(AppError::TwoFactorCodeWrong);
    };
    if !kalm_store::two_factor::accept_step(&mut tx, me, step).await? {
        return Err(AppError::TwoFactorCodeWrong);
    }
    kalm_store::two_factor::confirm(&mut tx, me, now).await?;
    let (codes, digests) = new_recovery_codes(kalm);
    kalm_store::two_factor::replace_recovery_codes(&mut tx, me, &digests, now).await?;
    emails::enqueue(kalm, &mut tx, platform, &Recipient::from(&account), EmailKind::TwoFactorSetUp, Extras::default())
        .await?;
    let event = Event::new(AuditAction::TwoFactorSetUp, Some(platform.id))
        .target("account", me.0, account.email.as_str())
        .detail(json!({ "method": "app" }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(codes)
}

/// Checks a code at login: right, for a step not used before. A code works once.
pub async fn check_code(kalm: &Kalm, account: AccountId, code: &str) -> AppResult<bool> {
    let mut tx = kalm.store.begin().await?;
    let Some(setup) = kalm_store::two_factor::get(&mut tx, account).await?.filter(|s| s.confirmed_at.is_some()) else {
        tx.commit().await?;
        return Ok(false);
    };
    let secret = secret_of(kalm, setup.totp_secret_sealed.as_deref()).await?;
    let accepted = match two_factor::verify(&secret, code, kalm.clock.now(), setup.last_step) {
        TotpCheck::Accepted { step } => kalm_store::two_factor::accept_step(&mut tx, account, step).await?,
        TotpCheck::Replayed | TotpCheck::Rejected => false,
    };
    tx.commit().await?;
    Ok(accepted)
}

/// New recovery codes; the old ones stop working.
pub async fn renew_recovery_codes(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<Vec<String>> {
    let me = own_account(caller)?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let account = kalm_store::accounts::by_id(&mut tx, me).await?.ok_or(AppError::NotFound("account"))?;
    if kalm_store::two_factor::get(&mut tx, me).await?.and_then(|s| s.confirmed_at).is_none() {
        return Err(AppError::NotFound("two-factor set-up"));
    }
    let (codes, digests) = new_recovery_codes(kalm);
    kalm_store::two_factor::replace_recovery_codes(&mut tx, me, &digests, now).await?;
    emails::enqueue(
        kalm,
        &mut tx,
        platform,
        &Recipient::from(&account),
        EmailKind::RecoveryCodesRenewed,
        Extras::default(),
    )
    .await?;
    let event = Event::new(AuditAction::RecoveryCodesRenewed, Some(platform.id)).target(
        "account",
        me.0,
        account.email.as_str(),
    );
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(codes)
}

/// Uses a recovery code instead of an app code; returns how many are left,
/// or `None` when the code does not work.
pub async fn use_recovery_code(
    kalm: &Kalm,
    platform: &Platform,
    account: AccountId,
    typed: &str,
    source: Option<String>,
) -> AppResult<Option<i64>> {
    let Some(normalized) = two_factor::normalize_recovery_code(typed) else { return Ok(None) };
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    if !kalm_store::two_factor::use_recovery_code(&mut tx, account, &token_digest(&normalized), now).await? {
        tx.commit().await?;
        return Ok(None);
    }
    let left = kalm_store::two_factor::recovery_codes_left(&mut tx, account).await?;
    let row = kalm_store::accounts::by_id(&mut tx, account).await?.ok_or(AppError::NotFound("account"))?;
    emails::enqueue(kalm, &mut tx, platform, &Recipient::from(&row), EmailKind::RecoveryCodeUsed, Extras::default())
        .await?;
    let event = Event::new(AuditAction::RecoveryCodeUsed, Some(platform.id))
        .target("account", account.0, row.email.as_str())
        .detail(json!({ "codes_left": left }));
    write(kalm, &mut tx, &Who::Anonymous { source }, event).await?;
    tx.commit().await?;
    Ok(Some(left))
}
