//! Two-factor set-ups and recovery codes. The TOTP secret is stored sealed;
//! recovery codes only as digests. Accepting a code moves `last_step`
//! forward in one conditional update, so two requests with the same code
//! cannot both succeed.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::AccountId;
use sqlx::{AnyConnection, Row};

use crate::{StoreResult, instant, micros};

#[derive(Debug, Clone)]
pub struct TwoFactor {
    pub account_id: AccountId,
    /// `app` (TOTP) for now.
    pub method: String,
    pub totp_secret_sealed: Option<String>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub last_step: Option<i64>,
}

pub async fn get(conn: &mut AnyConnection, account: AccountId) -> StoreResult<Option<TwoFactor>> {
    let row =
        sqlx::query("SELECT method, totp_secret_sealed, confirmed_at, last_step FROM two_factor WHERE account_id = $1")
            .bind(account.0.to_string())
            .fetch_optional(&mut *conn)
            .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(TwoFactor {
        account_id: account,
        method: row.try_get("method")?,
        totp_secret_sealed: row.try_get("totp_secret_sealed")?,
        confirmed_at: row.try_get::<Option<i64>, _>("confirmed_at")?.map(instant).transpose()?,
        last_step: row.try_get("last_step")?,
    }))
}

/// Starts (or restarts) an app set-up that is not confirmed yet.
pub async fn begin_app(
    conn: &mut AnyConnection,
    account: AccountId,
    sealed: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM two_factor WHERE account_id = $1 AND confirmed_at IS NULL")
        .bind(account.0.to_string())
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO two_factor (account_id, method, totp_secret_sealed, created_at) VALUES ($1, 'app', $2, $3) \
         ON CONFLICT (account_id) DO NOTHING",
    )
    .bind(account.0.to_string())
    .bind(sealed)
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn confirm(conn: &mut AnyConnection, account: AccountId, now: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("UPDATE two_factor SET confirmed_at = $1 WHERE account_id = $2")
        .bind(micros(now))
        .bind(account.0.to_string())
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
