//! Service desk operators' second factor: the authenticator app in effect,
//! a set-up waiting for its first code, and recovery codes.
//!
//! Separate tables from the accounts' (`two_factor`): an operator is no
//! account, belongs to no platform, and has only the app (no text messages,
//! no remembered devices, no waivers), so sharing the accounts' tables would
//! mean nullable keys and rules that never apply. The shape and the "use
//! once" updates are the same: the secret is stored sealed, recovery codes
//! as digests, and a TOTP step or a recovery code is taken by one
//! conditional update, so two requests with the same code cannot both
//! succeed.

use chrono::{DateTime, Utc};
use sqlx::{AnyConnection, Row};
use uuid::Uuid;

use crate::{StoreResult, instant, micros};

/// The set-up in effect.
#[derive(Debug, Clone)]
pub struct OperatorTwoFactor {
    pub operator_id: Uuid,
    pub totp_secret_sealed: String,
    pub confirmed_at: DateTime<Utc>,
    /// The last TOTP step accepted: a code works once.
    pub last_step: Option<i64>,
}

/// A set-up waiting for its first code.
#[derive(Debug, Clone)]
pub struct Setup {
    pub totp_secret_sealed: String,
    pub created_at: DateTime<Utc>,
}

pub async fn get(conn: &mut AnyConnection, operator: Uuid) -> StoreResult<Option<OperatorTwoFactor>> {
    let row = sqlx::query(
        "SELECT totp_secret_sealed, confirmed_at, last_step FROM operator_two_factor WHERE operator_id = $1",
    )
    .bind(operator.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(OperatorTwoFactor {
        operator_id: operator,
        totp_secret_sealed: row.try_get("totp_secret_sealed")?,
        confirmed_at: instant(row.try_get("confirmed_at")?)?,
        last_step: row.try_get("last_step")?,
    }))
}

/// Starts (or restarts) a set-up; the set-up in effect, if any, stays.
pub async fn begin(conn: &mut AnyConnection, operator: Uuid, sealed: &str, now: DateTime<Utc>) -> StoreResult<()> {
    let id = operator.to_string();
    sqlx::query("DELETE FROM operator_two_factor_setups WHERE operator_id = $1").bind(&id).execute(&mut *conn).await?;
    sqlx::query(
        "INSERT INTO operator_two_factor_setups (operator_id, totp_secret_sealed, created_at) VALUES ($1, $2, $3)",
    )
    .bind(&id)
    .bind(sealed)
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn setup(conn: &mut AnyConnection, operator: Uuid) -> StoreResult<Option<Setup>> {
    let row =
        sqlx::query("SELECT totp_secret_sealed, created_at FROM operator_two_factor_setups WHERE operator_id = $1")
            .bind(operator.to_string())
            .fetch_optional(&mut *conn)
            .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Setup {
        totp_secret_sealed: row.try_get("totp_secret_sealed")?,
        created_at: instant(row.try_get("created_at")?)?,
    }))
}

/// Puts a confirmed set-up in effect in place of any old one; `last_step`
/// is the step its first code used, so that code cannot also log in.
pub async fn complete(
    conn: &mut AnyConnection,
    operator: Uuid,
    setup: &Setup,
    last_step: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let id = operator.to_string();
    sqlx::query("DELETE FROM operator_two_factor_setups WHERE operator_id = $1").bind(&id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM operator_two_factor WHERE operator_id = $1").bind(&id).execute(&mut *conn).await?;
    sqlx::query(
        "INSERT INTO operator_two_factor (operator_id, totp_secret_sealed, last_step, confirmed_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(&id)
    .bind(&setup.totp_secret_sealed)
    .bind(last_step)
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Records `step` as accepted; false when that step (or a later one) was
/// accepted already.
pub async fn accept_step(conn: &mut AnyConnection, operator: Uuid, step: i64) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE operator_two_factor SET last_step = $1 \
         WHERE operator_id = $2 AND (last_step IS NULL OR last_step < $1)",
    )
    .bind(step)
    .bind(operator.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes the operator's second factor, any set-up in progress and the
/// recovery codes. True when a set-up was in effect.
pub async fn remove(conn: &mut AnyConnection, operator: Uuid) -> StoreResult<bool> {
    let id = operator.to_string();
    let had =
        sqlx::query("DELETE FROM operator_two_factor WHERE operator_id = $1").bind(&id).execute(&mut *conn).await?;
    for table in ["operator_two_factor_setups", "operator_recovery_codes"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE operator_id = $1")).bind(&id).execute(&mut *conn).await?;
    }
    Ok(had.rows_affected() > 0)
}

/// Replaces all recovery codes of the operator with these digests.
pub async fn replace_recovery_codes(
    conn: &mut AnyConnection,
    operator: Uuid,
    digests: &[String],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let id = operator.to_string();
    sqlx::query("DELETE FROM operator_recovery_codes WHERE operator_id = $1").bind(&id).execute(&mut *conn).await?;
    for digest in digests {
        sqlx::query("INSERT INTO operator_recovery_codes (code_hash, operator_id, created_at) VALUES ($1, $2, $3)")
            .bind(digest)
            .bind(&id)
            .bind(micros(now))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Uses a recovery code; false when it is unknown, used, or someone else's.
pub async fn use_recovery_code(
    conn: &mut AnyConnection,
    operator: Uuid,
    digest: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE operator_recovery_codes SET used_at = $1 \
         WHERE code_hash = $2 AND operator_id = $3 AND used_at IS NULL",
    )
    .bind(micros(now))
    .bind(digest)
    .bind(operator.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn recovery_codes_left(conn: &mut AnyConnection, operator: Uuid) -> StoreResult<i64> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM operator_recovery_codes WHERE operator_id = $1 AND used_at IS NULL")
            .bind(operator.to_string())
            .fetch_one(&mut *conn)
            .await?;
    Ok(row.try_get("n")?)
}
