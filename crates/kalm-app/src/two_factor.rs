//! Two-factor authentication: setting it up with an app or by text message,
//! recovery codes, text-message codes, remembered devices, resets and
//! waivers.
//!
//! Secrets are sealed with the installation's key before they are stored
//! (the TOTP secret, the phone number); recovery codes (80 bits each) are
//! stored as SHA-256 digests and text-message codes (six digits, too few for
//! a plain hash) as keyed digests. Each use case writes its audit entry and
//! its essential e-mail in the same transaction. A text message is sent
//! after its code is committed, outside the transaction, so a slow provider
//! never holds the database; a send that fails still counts towards the
//! hourly limit. The login steps themselves are in `auth`.

use chrono::{DateTime, Duration, Utc};
use kalm_domain::accounts::{AccountId, AccountType};
use kalm_domain::audit::AuditAction;
use kalm_domain::auth::phone::PhoneNumber;
use kalm_domain::auth::two_factor::{
    self, Method, RECOVERY_CODES, SMS_CODE_LIFETIME, SMS_SENDS_PER_HOUR, TotpCheck, TotpSecret,
};
use kalm_domain::configurations::TwoFactorRule;
use kalm_domain::emails::EmailKind;
use kalm_domain::permissions::{Action, Actor, Relation, Target, TargetAccount, decide};
use kalm_store::AnyConnection;
use kalm_store::accounts::Account;
use kalm_store::two_factor::{RememberedDevice, SmsPurpose};
use serde_json::json;

use crate::Entity;
use crate::audit::{Event, Who, write};
use crate::auth::Confirmed;
use crate::emails::{self, Extras, Recipient};
use crate::platforms::Platform;
use crate::secrets::token_digest;
use crate::sms::SmsError;
use crate::{AppError, AppResult, Caller, Kalm};

/// Builds a text message from a code, in the account holder's language
/// (the web layer owns the wording).
pub type SmsWording<'a> = &'a (dyn Fn(&str) -> String + Send + Sync);

/// What the set-up page shows: the key to type and the URI for the QR code.
#[derive(Debug, Clone)]
pub struct AppSetup {
    pub manual_key: String,
    pub otpauth_uri: String,
}

/// A waiver in effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiver {
    pub granted_by: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// An account's two-factor state, as its holder and the people who may
/// reset it see it.
#[derive(Debug, Clone)]
pub struct Status {
    /// The rule for this account's type on its platform.
    pub rule: TwoFactorRule,
    /// `None`: not set up.
    pub method: Option<Method>,
    /// For text messages: the last two digits of the number.
    pub phone_last_digits: Option<String>,
    pub set_up_at: Option<DateTime<Utc>>,
    pub recovery_codes_left: i64,
    pub waiver: Option<Waiver>,
}

/// The caller's own account as a permission target.
fn own_target(me: kalm_domain::permissions::AccountActor) -> Target {
    Target::Account(TargetAccount {
        id: me.id,
        platform: me.platform,
        account_type: me.account_type,
        roles: me.roles,
        relation: Relation::None,
    })
}

/// The caller's own account, after the permission function agreed that
/// they may manage its second factor.
async fn own_account(kalm: &Kalm, caller: &Caller) -> AppResult<(AccountId, AccountType)> {
    let Actor::Account(me) = caller.actor else { return Err(AppError::NotSignedIn) };
    crate::audit::authorize(kalm, caller, Action::ManageOwnTwoFactor, &own_target(me)).await?;
    Ok((me.id, me.account_type))
}

async fn rule_on(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: &Platform,
    account_type: AccountType,
) -> AppResult<TwoFactorRule> {
    let settings = crate::settings::current_on(kalm, conn, platform).await?;
    Ok(two_factor::rule_for(&settings.two_factor, account_type))
}

fn open_secret(kalm: &Kalm, sealed: Option<&str>) -> AppResult<TotpSecret> {
    let sealed = sealed.ok_or_else(|| AppError::Internal("no secret stored".into()))?;
    let bytes = kalm.secret_box.open(sealed)?;
    let bytes = <[u8; 20]>::try_from(bytes.as_slice())
        .map_err(|_| AppError::Internal("stored secret has the wrong size".into()))?;
    Ok(TotpSecret::from_bytes(bytes))
}

fn open_phone(kalm: &Kalm, sealed: Option<&str>) -> AppResult<PhoneNumber> {
    let sealed = sealed.ok_or_else(|| AppError::Internal("no phone number stored".into()))?;
    let bytes = kalm.secret_box.open(sealed)?;
    let text = String::from_utf8(bytes).map_err(|_| AppError::Internal("stored phone number is not text".into()))?;
    PhoneNumber::from_e164(&text).ok_or_else(|| AppError::Internal("stored phone number is not E.164".into()))
}

/// A new second factor or new recovery codes outlast the session that
/// makes them, so they need the password confirmed just before.
fn confirmed_as(confirmed: &Confirmed, me: AccountId) -> AppResult<()> {
    if confirmed.account == me { Ok(()) } else { Err(AppError::PasswordConfirmationRequired) }
}

async fn setup_allowed(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<AccountId> {
    let (me, account_type) = own_account(kalm, caller).await?;
    let mut tx = kalm.store.begin().await?;
    let rule = rule_on(kalm, &mut tx, platform, account_type).await?;
    tx.commit().await?;
    if !two_factor::setup_offered(rule) {
        return Err(AppError::TwoFactorOff);
    }
    Ok(me)
}

/// Starts setting up an authenticator app (again): a new secret, not in
/// effect until a code from it is confirmed. A set-up in effect stays
/// until then.
pub async fn begin_app_setup(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    confirmed: &Confirmed,
) -> AppResult<AppSetup> {
    let me = setup_allowed(kalm, caller, platform).await?;
    confirmed_as(confirmed, me)?;
    let mut bytes = [0u8; 20];
    kalm.randomness.fill(&mut bytes);
    let secret = TotpSecret::from_bytes(bytes);
    let sealed = kalm.secret_box.seal(secret.as_bytes(), kalm.randomness.as_ref())?;
    let mut tx = kalm.store.begin().await?;
    kalm_store::two_factor::begin(&mut tx, me, Method::App.code(), Some(&sealed), None, kalm.clock.now()).await?;
    tx.commit().await?;
    Ok(AppSetup {
        manual_key: secret.manual_key(),
        otpauth_uri: secret.otpauth_uri(platform.name.as_str(), &caller.label),
    })
}

/// The app set-up in progress, to show its QR code and key again (a wrong
/// first code, a reload).
pub async fn app_setup_in_progress(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<Option<AppSetup>> {
    let (me, _) = own_account(kalm, caller).await?;
    let mut tx = kalm.store.begin().await?;
    let setup = kalm_store::two_factor::setup(&mut tx, me).await?;
    tx.commit().await?;
    let Some(setup) = setup.filter(|s| s.method == Method::App.code()) else { return Ok(None) };
    let secret = open_secret(kalm, setup.totp_secret_sealed.as_deref())?;
    Ok(Some(AppSetup {
        manual_key: secret.manual_key(),
        otpauth_uri: secret.otpauth_uri(platform.name.as_str(), &caller.label),
    }))
}

/// The number of the text-message set-up in progress.
pub async fn sms_setup_in_progress(kalm: &Kalm, caller: &Caller) -> AppResult<Option<PhoneNumber>> {
    let (me, _) = own_account(kalm, caller).await?;
    let mut tx = kalm.store.begin().await?;
    let setup = kalm_store::two_factor::setup(&mut tx, me).await?;
    tx.commit().await?;
    match setup.filter(|s| s.method == Method::Sms.code()) {
        Some(s) => Ok(Some(open_phone(kalm, s.phone_sealed.as_deref())?)),
        None => Ok(None),
    }
}

/// Reads a typed phone number in the country the person chose; with none
/// chosen, in the platform's.
pub fn read_phone(platform: &Platform, typed_country: &str, typed_phone: &str) -> AppResult<PhoneNumber> {
    let country = match typed_country.trim() {
        "" => platform.country,
        typed => kalm_domain::countries::Country::parse(typed)?,
    };
    Ok(PhoneNumber::parse(typed_phone, country)?)
}

/// Starts setting up text messages to `phone` (read back to the person
/// first, see `read_phone`) and sends the first code.
pub async fn begin_sms_setup(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    phone: &PhoneNumber,
    wording: SmsWording<'_>,
    confirmed: &Confirmed,
) -> AppResult<()> {
    let me = setup_allowed(kalm, caller, platform).await?;
    confirmed_as(confirmed, me)?;
    if kalm.sms.is_none() {
        return Err(AppError::SmsUnavailable);
    }
    let sealed = kalm.secret_box.seal(phone.as_str().as_bytes(), kalm.randomness.as_ref())?;
    let mut tx = kalm.store.begin().await?;
    kalm_store::two_factor::begin(&mut tx, me, Method::Sms.code(), None, Some(&sealed), kalm.clock.now()).await?;
    tx.commit().await?;
    send_code(kalm, platform, me, SmsPurpose::SetUp, phone, wording, &Who::Caller(caller.clone())).await
}

/// Sends a new code to the number of the set-up in progress.
pub async fn resend_setup_code(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    wording: SmsWording<'_>,
) -> AppResult<()> {
    let (me, _) = own_account(kalm, caller).await?;
    let mut tx = kalm.store.begin().await?;
    let setup = kalm_store::two_factor::setup(&mut tx, me).await?;
    tx.commit().await?;
    let setup = setup.filter(|s| s.method == Method::Sms.code()).ok_or(AppError::TwoFactorNotSetUp)?;
    let phone = open_phone(kalm, setup.phone_sealed.as_deref())?;
    send_code(kalm, platform, me, SmsPurpose::SetUp, &phone, wording, &Who::Caller(caller.clone())).await
}

/// Sends a login code by text message to an account whose set-up in
/// effect uses text messages.
pub async fn send_login_code(
    kalm: &Kalm,
    platform: &Platform,
    account: &Account,
    wording: SmsWording<'_>,
    source: Option<String>,
) -> AppResult<()> {
    let mut tx = kalm.store.begin().await?;
    let setup = kalm_store::two_factor::get(&mut tx, account.id).await?;
    tx.commit().await?;
    let setup = setup.filter(|s| s.method == Method::Sms.code()).ok_or(AppError::TwoFactorNotSetUp)?;
    let phone = open_phone(kalm, setup.phone_sealed.as_deref())?;
    let who = Who::Anonymous { source };
    send_code(kalm, platform, account.id, SmsPurpose::Login, &phone, wording, &who).await
}

async fn send_code(
    kalm: &Kalm,
    platform: &Platform,
    account: AccountId,
    purpose: SmsPurpose,
    phone: &PhoneNumber,
    wording: SmsWording<'_>,
    who: &Who,
) -> AppResult<()> {
    let provider = kalm.sms.clone().ok_or(AppError::SmsUnavailable)?;
    let now = kalm.clock.now();
    let hour_ago = now - Duration::hours(1);
    let mut bytes = [0u8; 8];
    kalm.randomness.fill(&mut bytes);
    let code = two_factor::sms_code(bytes);
    let mut tx = kalm.store.begin().await?;
    // Counting and recording the send under the account's lock keeps the
    // hourly limit across nodes.
    kalm_store::two_factor::lock_account(&mut tx, account).await?;
    let label =
        kalm_store::accounts::by_id(&mut tx, account).await?.map(|a| a.email.as_str().to_owned()).unwrap_or_default();
    if kalm_store::two_factor::sms_sent_since(&mut tx, account, hour_ago).await? >= SMS_SENDS_PER_HOUR {
        let first = kalm_store::two_factor::first_sms_since(&mut tx, account, hour_ago).await?.unwrap_or(now);
        tx.commit().await?;
        return Err(AppError::SmsLimit(first + Duration::hours(1)));
    }
    let digest = kalm.secret_box.code_digest(&format!("{}:{code}", account.0));
    let expires = now + SMS_CODE_LIFETIME;
    kalm_store::two_factor::insert_sms_code(&mut tx, kalm.new_id(), account, purpose, &digest, now, expires).await?;
    let event = Event::new(AuditAction::SmsCodeSent, Some(platform.id))
        .target("account", account.0, &label)
        .detail(json!({ "phone_ends_with": phone.last_digits(), "purpose": purpose_code(purpose) }));
    write(kalm, &mut tx, who, event).await?;
    tx.commit().await?;
    match provider.send(phone, &wording(&code)).await {
        Ok(()) => Ok(()),
        Err(SmsError::Refused(_)) => Err(AppError::SmsRefused),
        Err(SmsError::Unavailable(_)) => Err(AppError::SmsUnavailable),
    }
}

/// New recovery codes (shown once) and their digests (stored), for
/// accounts and operators alike.
pub(crate) fn new_recovery_codes(kalm: &Kalm) -> (Vec<String>, Vec<String>) {
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

/// Confirms the set-up in progress with its first code (from the app, or
/// the text message); returns the recovery codes, shown once. A set-up made
/// before is replaced, with its recovery codes and remembered devices.
pub async fn confirm_setup(kalm: &Kalm, caller: &Caller, platform: &Platform, code: &str) -> AppResult<Vec<String>> {
    own_account(kalm, caller).await?;
    let mut tx = kalm.store.begin().await?;
    let codes = confirm_setup_on(kalm, &mut tx, caller, platform, code).await?;
    tx.commit().await?;
    Ok(codes)
}

/// `confirm_setup` on the caller's transaction (the login that must set up
/// first signs in within the same one). A wrong code returns early: the
/// caller drops the transaction, except for the spent text-message code.
pub(crate) async fn confirm_setup_on(
    kalm: &Kalm,
    tx: &mut AnyConnection,
    caller: &Caller,
    platform: &Platform,
    code: &str,
) -> AppResult<Vec<String>> {
    let Actor::Account(me) = caller.actor else { return Err(AppError::NotSignedIn) };
    decide(&caller.actor, Action::ManageOwnTwoFactor, &own_target(me)).map_err(AppError::Denied)?;
    let me = me.id;
    let now = kalm.clock.now();
    let account = kalm_store::accounts::by_id(tx, me).await?.ok_or(AppError::NotFound(Entity::Account))?;
    if !two_factor::setup_offered(rule_on(kalm, tx, platform, account.account_type).await?) {
        return Err(AppError::TwoFactorOff);
    }
    let setup = kalm_store::two_factor::setup(tx, me).await?.ok_or(AppError::TwoFactorNotSetUp)?;
    let method = Method::parse(&setup.method).ok_or_else(|| AppError::Internal("unknown method".into()))?;
    let last_step = match method {
        Method::App => {
            let secret = open_secret(kalm, setup.totp_secret_sealed.as_deref())?;
            let TotpCheck::Accepted { step } = two_factor::verify(&secret, code, now, None) else {
                return Err(AppError::TwoFactorCodeWrong);
            };
            Some(step)
        }
        Method::Sms => {
            if !use_sms_code(kalm, tx, me, SmsPurpose::SetUp, code, now).await? {
                return Err(AppError::TwoFactorCodeWrong);
            }
            None
        }
    };
    kalm_store::two_factor::complete(tx, me, &setup, last_step, now).await?;
    kalm_store::two_factor::delete_devices(tx, me).await?;
    let (codes, digests) = new_recovery_codes(kalm);
    kalm_store::two_factor::replace_recovery_codes(tx, me, &digests, now).await?;
    emails::enqueue(kalm, tx, platform, &Recipient::from(&account), EmailKind::TwoFactorSetUp, Extras::default())
        .await?;
    let event = Event::new(AuditAction::TwoFactorSetUp, Some(platform.id))
        .target("account", me.0, account.email.as_str())
        .detail(json!({ "method": method.code() }));
    write(kalm, tx, &Who::Caller(caller.clone()), event).await?;
    Ok(codes)
}

fn purpose_code(purpose: SmsPurpose) -> &'static str {
    match purpose {
        SmsPurpose::Login => "login",
        SmsPurpose::SetUp => "setup",
    }
}

async fn use_sms_code(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    account: AccountId,
    purpose: SmsPurpose,
    typed: &str,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(false);
    }
    let digest = kalm.secret_box.code_digest(&format!("{}:{digits}", account.0));
    Ok(kalm_store::two_factor::use_sms_code(conn, account, purpose, &digest, now).await?)
}

/// Checks a login code on the caller's connection: for an app, right for a
/// step not used before; for text messages, the newest code, unexpired and
/// unused. Either way a code works once. Returns the method on success.
pub(crate) async fn check_code_on(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    account: AccountId,
    code: &str,
) -> AppResult<Option<Method>> {
    let Some(setup) = kalm_store::two_factor::get(conn, account).await? else { return Ok(None) };
    let now = kalm.clock.now();
    match Method::parse(&setup.method) {
        Some(Method::App) => {
            let secret = open_secret(kalm, setup.totp_secret_sealed.as_deref())?;
            let accepted = match two_factor::verify(&secret, code, now, setup.last_step) {
                TotpCheck::Accepted { step } => kalm_store::two_factor::accept_step(conn, account, step).await?,
                TotpCheck::Replayed | TotpCheck::Rejected => false,
            };
            Ok(accepted.then_some(Method::App))
        }
        Some(Method::Sms) => {
            Ok(use_sms_code(kalm, conn, account, SmsPurpose::Login, code, now).await?.then_some(Method::Sms))
        }
        None => Ok(None),
    }
}

/// Checks a code outside a login (tests, the command line's status check).
pub async fn check_code(kalm: &Kalm, account: AccountId, code: &str) -> AppResult<bool> {
    let mut tx = kalm.store.begin().await?;
    let accepted = check_code_on(kalm, &mut tx, account, code).await?.is_some();
    tx.commit().await?;
    Ok(accepted)
}

/// New recovery codes; the old ones stop working.
pub async fn renew_recovery_codes(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    confirmed: &Confirmed,
) -> AppResult<Vec<String>> {
    let (me, _) = own_account(kalm, caller).await?;
    confirmed_as(confirmed, me)?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let account = kalm_store::accounts::by_id(&mut tx, me).await?.ok_or(AppError::NotFound(Entity::Account))?;
    if !two_factor::setup_offered(rule_on(kalm, &mut tx, platform, account.account_type).await?) {
        return Err(AppError::TwoFactorOff);
    }
    if kalm_store::two_factor::get(&mut tx, me).await?.is_none() {
        return Err(AppError::TwoFactorNotSetUp);
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

/// Uses a recovery code on the caller's connection; returns how many are
/// left, or `None` when the code does not work. Queues "recovery code used"
/// and writes its audit entry.
pub(crate) async fn use_recovery_code_on(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: &Platform,
    account: &Account,
    typed: &str,
    who: &Who,
) -> AppResult<Option<i64>> {
    let Some(normalized) = two_factor::normalize_recovery_code(typed) else { return Ok(None) };
    let now = kalm.clock.now();
    if !kalm_store::two_factor::use_recovery_code(conn, account.id, &token_digest(&normalized), now).await? {
        return Ok(None);
    }
    let left = kalm_store::two_factor::recovery_codes_left(conn, account.id).await?;
    emails::enqueue(kalm, conn, platform, &Recipient::from(account), EmailKind::RecoveryCodeUsed, Extras::default())
        .await?;
    let event = Event::new(AuditAction::RecoveryCodeUsed, Some(platform.id))
        .target("account", account.id.0, account.email.as_str())
        .detail(json!({ "codes_left": left }));
    write(kalm, conn, who, event).await?;
    Ok(Some(left))
}

async fn status_on(kalm: &Kalm, conn: &mut AnyConnection, platform: &Platform, account: &Account) -> AppResult<Status> {
    let now = kalm.clock.now();
    let rule = rule_on(kalm, conn, platform, account.account_type).await?;
    let setup = kalm_store::two_factor::get(conn, account.id).await?;
    let method = setup.as_ref().and_then(|s| Method::parse(&s.method));
    let phone_last_digits = match &setup {
        Some(s) if method == Some(Method::Sms) => {
            Some(open_phone(kalm, s.phone_sealed.as_deref())?.last_digits().to_owned())
        }
        _ => None,
    };
    let recovery_codes_left = kalm_store::two_factor::recovery_codes_left(conn, account.id).await?;
    let waiver = kalm_store::two_factor::waiver(conn, account.id, now).await?.map(|w| Waiver {
        granted_by: w.granted_by,
        starts_at: w.starts_at,
        ends_at: w.ends_at,
    });
    Ok(Status {
        rule,
        method,
        phone_last_digits,
        set_up_at: setup.map(|s| s.confirmed_at),
        recovery_codes_left,
        waiver,
    })
}

/// The caller's own two-factor state.
pub async fn own_status(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<Status> {
    let (me, _) = own_account(kalm, caller).await?;
    let mut tx = kalm.store.begin().await?;
    let account = kalm_store::accounts::by_id(&mut tx, me).await?.ok_or(AppError::NotFound(Entity::Account))?;
    let status = status_on(kalm, &mut tx, platform, &account).await?;
    tx.commit().await?;
    Ok(status)
}

fn who(caller: &Caller) -> Who {
    Who::Caller(caller.clone())
}

/// Another account's two-factor state, for those who may see it.
pub async fn status(kalm: &Kalm, caller: &Caller, platform: &Platform, target: AccountId) -> AppResult<Status> {
    let (mut tx, account) =
        crate::accounts::begin_authorized(kalm, caller, platform.id, target, Action::ViewTwoFactor).await?;
    let status = status_on(kalm, &mut tx, platform, &account).await?;
    tx.commit().await?;
    Ok(status)
}

/// Removes an account's two-factor set-up: app secret, phone, recovery
/// codes and remembered devices. For someone who lost their phone and their
/// recovery codes. The service desk must give a reason. Returns whether a
/// set-up was in effect (the e-mail goes out only then).
pub async fn reset(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    target: AccountId,
    reason: Option<&str>,
) -> AppResult<bool> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    // The service desk acts on someone's word from outside the platform:
    // the audit log must say why.
    if matches!(caller.actor, Actor::Operator | Actor::System) && reason.is_none() {
        return Err(AppError::ReasonRequired);
    }
    let (mut tx, account) =
        crate::accounts::begin_authorized(kalm, caller, platform.id, target, Action::ResetTwoFactor).await?;
    let had = kalm_store::two_factor::remove(&mut tx, target).await?;
    if had {
        let recipient = Recipient::from(&account);
        emails::enqueue(kalm, &mut tx, platform, &recipient, EmailKind::TwoFactorReset, Extras::default()).await?;
    }
    let event = Event::new(AuditAction::TwoFactorReset, Some(platform.id))
        .target("account", target.0, account.email.as_str())
        .detail(json!({ "reason": reason, "was_set_up": had }));
    write(kalm, &mut tx, &who(caller), event).await?;
    tx.commit().await?;
    Ok(had)
}

/// Waives required two-factor for one professional until the same time
/// next month. Only where professionals' two-factor is required.
pub async fn waive(kalm: &Kalm, caller: &Caller, platform: &Platform, target: AccountId) -> AppResult<Waiver> {
    let (mut tx, account) =
        crate::accounts::begin_authorized(kalm, caller, platform.id, target, Action::WaiveTwoFactor).await?;
    let now = kalm.clock.now();
    if rule_on(kalm, &mut tx, platform, AccountType::Professional).await? != TwoFactorRule::Required {
        return Err(AppError::WaiverNotNeeded);
    }
    let waiver = Waiver { granted_by: caller.label.clone(), starts_at: now, ends_at: two_factor::waiver_end(now) };
    let stored = kalm_store::two_factor::Waiver {
        granted_by: waiver.granted_by.clone(),
        starts_at: waiver.starts_at,
        ends_at: waiver.ends_at,
    };
    kalm_store::two_factor::put_waiver(&mut tx, target, &stored).await?;
    let extras = Extras { date: Some(waiver.ends_at), ..Extras::default() };
    emails::enqueue(kalm, &mut tx, platform, &Recipient::from(&account), EmailKind::TwoFactorDisabled, extras).await?;
    let event = Event::new(AuditAction::TwoFactorWaived, Some(platform.id))
        .target("account", target.0, account.email.as_str())
        .detail(json!({ "ends_at": waiver.ends_at.to_rfc3339() }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(waiver)
}

/// Ends a waiver before its time; false when none was in effect.
pub async fn end_waiver(kalm: &Kalm, caller: &Caller, platform: &Platform, target: AccountId) -> AppResult<bool> {
    let (mut tx, account) =
        crate::accounts::begin_authorized(kalm, caller, platform.id, target, Action::WaiveTwoFactor).await?;
    let ended = kalm_store::two_factor::end_waiver(&mut tx, target, kalm.clock.now()).await?;
    if ended {
        let event = Event::new(AuditAction::TwoFactorWaiverEnded, Some(platform.id)).target(
            "account",
            target.0,
            account.email.as_str(),
        );
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    }
    tx.commit().await?;
    Ok(ended)
}

/// The owner switches off their own two-factor where it is optional for
/// them, with their password confirmed (`confirmed`): the app secret or
/// phone, the recovery codes and the remembered devices all go. Refused
/// where the platform requires it for their account (a waiver pauses the
/// requirement, it does not lift it).
pub async fn switch_off_own(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    confirmed: &crate::auth::Confirmed,
) -> AppResult<()> {
    let (me, account_type) = own_account(kalm, caller).await?;
    if confirmed.account != me {
        return Err(AppError::PasswordConfirmationRequired);
    }
    let mut tx = kalm.store.begin().await?;
    if rule_on(kalm, &mut tx, platform, account_type).await? == TwoFactorRule::Required {
        return Err(AppError::TwoFactorRequired);
    }
    if !kalm_store::two_factor::remove(&mut tx, me).await? {
        return Err(AppError::TwoFactorNotSetUp);
    }
    let event =
        Event::new(AuditAction::TwoFactorSwitchedOff, Some(platform.id)).target("account", me.0, caller.label.as_str());
    write(kalm, &mut tx, &who(caller), event).await?;
    tx.commit().await?;
    Ok(())
}

/// The caller's remembered devices, most recently used first.
pub async fn devices(kalm: &Kalm, caller: &Caller) -> AppResult<Vec<RememberedDevice>> {
    let (me, _) = own_account(kalm, caller).await?;
    let mut tx = kalm.store.begin().await?;
    let devices = kalm_store::two_factor::devices_of(&mut tx, me, kalm.clock.now()).await?;
    tx.commit().await?;
    Ok(devices)
}

/// Forgets one of the caller's remembered devices: it needs a code again.
pub async fn revoke_device(kalm: &Kalm, caller: &Caller, platform: &Platform, id: uuid::Uuid) -> AppResult<()> {
    let (me, _) = own_account(kalm, caller).await?;
    let mut tx = kalm.store.begin().await?;
    if !kalm_store::two_factor::delete_device(&mut tx, me, id).await? {
        return Err(AppError::NotFound(Entity::RememberedDevice));
    }
    let event = Event::new(AuditAction::RememberedDeviceRevoked, Some(platform.id))
        .target("account", me.0, caller.label.as_str())
        .detail(json!({ "device": id }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(())
}
