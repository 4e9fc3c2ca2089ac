//! Two-factor set-ups, set-ups in progress, recovery codes, text-message
//! codes, remembered devices and waivers.
//!
//! The TOTP secret and the phone number are stored sealed; recovery codes,
//! text-message codes and device tokens only as digests. A set-up in
//! progress lives in its own table, so setting up again never disturbs the
//! set-up in effect until the new one is confirmed. Every "use once" step
//! (a TOTP step, a recovery code, a text-message code) is one conditional
//! update, so two requests with the same code cannot both succeed.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::AccountId;
use sqlx::{AnyConnection, Row};

use crate::{StoreResult, instant, micros, uuid};

/// The set-up in effect.
#[derive(Debug, Clone)]
pub struct TwoFactor {
    pub account_id: AccountId,
    /// `app` or `sms`.
    pub method: String,
    pub totp_secret_sealed: Option<String>,
    pub phone_sealed: Option<String>,
    pub confirmed_at: DateTime<Utc>,
    pub last_step: Option<i64>,
}

/// A set-up waiting for its first code.
#[derive(Debug, Clone)]
pub struct Setup {
    pub method: String,
    pub totp_secret_sealed: Option<String>,
    pub phone_sealed: Option<String>,
    pub created_at: DateTime<Utc>,
}

pub async fn get(conn: &mut AnyConnection, account: AccountId) -> StoreResult<Option<TwoFactor>> {
    let row = sqlx::query(
        "SELECT method, totp_secret_sealed, phone_sealed, confirmed_at, last_step FROM two_factor \
         WHERE account_id = $1 AND confirmed_at IS NOT NULL",
    )
    .bind(account.0.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(TwoFactor {
        account_id: account,
        method: row.try_get("method")?,
        totp_secret_sealed: row.try_get("totp_secret_sealed")?,
        phone_sealed: row.try_get("phone_sealed")?,
        confirmed_at: instant(row.try_get("confirmed_at")?)?,
        last_step: row.try_get("last_step")?,
    }))
}

/// Starts (or restarts) a set-up; the set-up in effect, if any, stays.
pub async fn begin(
    conn: &mut AnyConnection,
    account: AccountId,
    method: &str,
    totp_secret_sealed: Option<&str>,
    phone_sealed: Option<&str>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM two_factor_setups WHERE account_id = $1")
        .bind(account.0.to_string())
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO two_factor_setups (account_id, method, totp_secret_sealed, phone_sealed, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(account.0.to_string())
    .bind(method)
    .bind(totp_secret_sealed)
    .bind(phone_sealed)
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn setup(conn: &mut AnyConnection, account: AccountId) -> StoreResult<Option<Setup>> {
    let row = sqlx::query(
        "SELECT method, totp_secret_sealed, phone_sealed, created_at FROM two_factor_setups WHERE account_id = $1",
    )
    .bind(account.0.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Setup {
        method: row.try_get("method")?,
        totp_secret_sealed: row.try_get("totp_secret_sealed")?,
        phone_sealed: row.try_get("phone_sealed")?,
        created_at: instant(row.try_get("created_at")?)?,
    }))
}

/// Puts a confirmed set-up in effect in place of the old one; `last_step`
/// is the TOTP step its first code used, so that code cannot log in.
pub async fn complete(
    conn: &mut AnyConnection,
    account: AccountId,
    setup: &Setup,
    last_step: Option<i64>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let id = account.0.to_string();
    sqlx::query("DELETE FROM two_factor_setups WHERE account_id = $1").bind(&id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM two_factor WHERE account_id = $1").bind(&id).execute(&mut *conn).await?;
    sqlx::query(
        "INSERT INTO two_factor (account_id, method, totp_secret_sealed, phone_sealed, confirmed_at, last_step, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $5)",
    )
    .bind(&id)
    .bind(&setup.method)
    .bind(setup.totp_secret_sealed.as_deref())
    .bind(setup.phone_sealed.as_deref())
    .bind(micros(now))
    .bind(last_step)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Records `step` as accepted; false when that step (or a later one) was
/// accepted already.
pub async fn accept_step(conn: &mut AnyConnection, account: AccountId, step: i64) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE two_factor SET last_step = $1 WHERE account_id = $2 AND (last_step IS NULL OR last_step < $1)",
    )
    .bind(step)
    .bind(account.0.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes everything two-factor of an account except a waiver: set-up,
/// set-up in progress, recovery codes, text-message codes and remembered
/// devices. True when a set-up was in effect.
pub async fn remove(conn: &mut AnyConnection, account: AccountId) -> StoreResult<bool> {
    let id = account.0.to_string();
    let had = sqlx::query("DELETE FROM two_factor WHERE account_id = $1").bind(&id).execute(&mut *conn).await?;
    for table in ["two_factor_setups", "recovery_codes", "sms_codes", "remembered_devices"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE account_id = $1")).bind(&id).execute(&mut *conn).await?;
    }
    Ok(had.rows_affected() > 0)
}

/// Replaces all recovery codes of an account with these digests.
pub async fn replace_recovery_codes(
    conn: &mut AnyConnection,
    account: AccountId,
    digests: &[String],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
        .bind(account.0.to_string())
        .execute(&mut *conn)
        .await?;
    for digest in digests {
        sqlx::query("INSERT INTO recovery_codes (code_hash, account_id, created_at) VALUES ($1, $2, $3)")
            .bind(digest)
            .bind(account.0.to_string())
            .bind(micros(now))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Uses a recovery code; false when it is unknown, used, or someone else's.
pub async fn use_recovery_code(
    conn: &mut AnyConnection,
    account: AccountId,
    digest: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE recovery_codes SET used_at = $1 WHERE code_hash = $2 AND account_id = $3 AND used_at IS NULL",
    )
    .bind(micros(now))
    .bind(digest)
    .bind(account.0.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn recovery_codes_left(conn: &mut AnyConnection, account: AccountId) -> StoreResult<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL")
        .bind(account.0.to_string())
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get("n")?)
}

/// What a text-message code is for: it works only for that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmsPurpose {
    Login,
    SetUp,
}

impl SmsPurpose {
    fn code(self) -> &'static str {
        match self {
            SmsPurpose::Login => "login",
            SmsPurpose::SetUp => "setup",
        }
    }
}

/// Locks the account's row until the transaction ends (a no-op write locks
/// on both backends), so counting and sending text messages is serialized
/// per account across nodes.
pub async fn lock_account(conn: &mut AnyConnection, account: AccountId) -> StoreResult<()> {
    sqlx::query("UPDATE accounts SET roles = roles WHERE id = $1")
        .bind(account.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Stores a text-message code and retires the account's earlier ones, so
/// only the newest works.
pub async fn insert_sms_code(
    conn: &mut AnyConnection,
    id: uuid::Uuid,
    account: AccountId,
    purpose: SmsPurpose,
    digest: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query("UPDATE sms_codes SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL")
        .bind(micros(now))
        .bind(account.0.to_string())
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO sms_codes (id, account_id, purpose, code_hash, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.to_string())
    .bind(account.0.to_string())
    .bind(purpose.code())
    .bind(digest)
    .bind(micros(now))
    .bind(micros(expires_at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// How many codes were sent to the account since `since`.
pub async fn sms_sent_since(conn: &mut AnyConnection, account: AccountId, since: DateTime<Utc>) -> StoreResult<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM sms_codes WHERE account_id = $1 AND created_at > $2")
        .bind(account.0.to_string())
        .bind(micros(since))
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get("n")?)
}

/// The oldest send in the window, to tell when the next one is possible.
pub async fn first_sms_since(
    conn: &mut AnyConnection,
    account: AccountId,
    since: DateTime<Utc>,
) -> StoreResult<Option<DateTime<Utc>>> {
    let row = sqlx::query("SELECT MIN(created_at) AS first FROM sms_codes WHERE account_id = $1 AND created_at > $2")
        .bind(account.0.to_string())
        .bind(micros(since))
        .fetch_one(&mut *conn)
        .await?;
    row.try_get::<Option<i64>, _>("first")?.map(instant).transpose()
}

/// Uses the account's current text-message code for `purpose` if `digest`
/// is it and it has not expired.
pub async fn use_sms_code(
    conn: &mut AnyConnection,
    account: AccountId,
    purpose: SmsPurpose,
    digest: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE sms_codes SET used_at = $1 \
         WHERE account_id = $2 AND purpose = $3 AND code_hash = $4 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(micros(now))
    .bind(account.0.to_string())
    .bind(purpose.code())
    .bind(digest)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A browser that may skip the code for a while.
#[derive(Debug, Clone)]
pub struct RememberedDevice {
    pub id: uuid::Uuid,
    pub account_id: AccountId,
    /// "Firefox on Android", from the User-Agent when it was remembered.
    pub browser: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

fn device(row: &sqlx::any::AnyRow) -> StoreResult<RememberedDevice> {
    Ok(RememberedDevice {
        id: uuid(&row.try_get::<String, _>("id")?)?,
        account_id: AccountId(uuid(&row.try_get::<String, _>("account_id")?)?),
        browser: row.try_get("browser")?,
        created_at: instant(row.try_get("created_at")?)?,
        last_used_at: instant(row.try_get("last_used_at")?)?,
        expires_at: instant(row.try_get("expires_at")?)?,
    })
}

const DEVICE_COLUMNS: &str = "id, account_id, browser, created_at, last_used_at, expires_at";

pub async fn insert_device(conn: &mut AnyConnection, device: &RememberedDevice, token_digest: &str) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO remembered_devices (id, account_id, token_hash, browser, created_at, last_used_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(device.id.to_string())
    .bind(device.account_id.0.to_string())
    .bind(token_digest)
    .bind(&device.browser)
    .bind(micros(device.created_at))
    .bind(micros(device.last_used_at))
    .bind(micros(device.expires_at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn device_by_token(conn: &mut AnyConnection, token_digest: &str) -> StoreResult<Option<RememberedDevice>> {
    let sql = format!("SELECT {DEVICE_COLUMNS} FROM remembered_devices WHERE token_hash = $1");
    let row = sqlx::query(&sql).bind(token_digest).fetch_optional(&mut *conn).await?;
    row.as_ref().map(device).transpose()
}

pub async fn touch_device(conn: &mut AnyConnection, id: uuid::Uuid, now: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("UPDATE remembered_devices SET last_used_at = $1 WHERE id = $2")
        .bind(micros(now))
        .bind(id.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The account's remembered devices still within their period, newest first.
pub async fn devices_of(
    conn: &mut AnyConnection,
    account: AccountId,
    now: DateTime<Utc>,
) -> StoreResult<Vec<RememberedDevice>> {
    let sql = format!(
        "SELECT {DEVICE_COLUMNS} FROM remembered_devices WHERE account_id = $1 AND expires_at > $2 \
         ORDER BY last_used_at DESC"
    );
    let rows = sqlx::query(&sql).bind(account.0.to_string()).bind(micros(now)).fetch_all(&mut *conn).await?;
    rows.iter().map(device).collect()
}

/// Forgets one device of the account; false when it is not theirs.
pub async fn delete_device(conn: &mut AnyConnection, account: AccountId, id: uuid::Uuid) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM remembered_devices WHERE id = $1 AND account_id = $2")
        .bind(id.to_string())
        .bind(account.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets every device of the account (password changed or reset).
pub async fn delete_devices(conn: &mut AnyConnection, account: AccountId) -> StoreResult<u64> {
    let done = sqlx::query("DELETE FROM remembered_devices WHERE account_id = $1")
        .bind(account.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}

/// A month without two-factor for one professional.
#[derive(Debug, Clone)]
pub struct Waiver {
    pub granted_by: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

pub async fn put_waiver(conn: &mut AnyConnection, account: AccountId, waiver: &Waiver) -> StoreResult<()> {
    sqlx::query("DELETE FROM two_factor_waivers WHERE account_id = $1")
        .bind(account.0.to_string())
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO two_factor_waivers (account_id, granted_by, starts_at, ends_at) VALUES ($1, $2, $3, $4)")
        .bind(account.0.to_string())
        .bind(&waiver.granted_by)
        .bind(micros(waiver.starts_at))
        .bind(micros(waiver.ends_at))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The account's waiver if it is still in effect at `now`.
pub async fn waiver(conn: &mut AnyConnection, account: AccountId, now: DateTime<Utc>) -> StoreResult<Option<Waiver>> {
    let row = sqlx::query(
        "SELECT granted_by, starts_at, ends_at FROM two_factor_waivers WHERE account_id = $1 AND ends_at > $2",
    )
    .bind(account.0.to_string())
    .bind(micros(now))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Waiver {
        granted_by: row.try_get("granted_by")?,
        starts_at: instant(row.try_get("starts_at")?)?,
        ends_at: instant(row.try_get("ends_at")?)?,
    }))
}

/// Ends a waiver early; false when none was in effect.
pub async fn end_waiver(conn: &mut AnyConnection, account: AccountId, now: DateTime<Utc>) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM two_factor_waivers WHERE account_id = $1 AND ends_at > $2")
        .bind(account.0.to_string())
        .bind(micros(now))
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}
