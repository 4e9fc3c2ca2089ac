//! Login throttle counters, kept in the database so that every node of an
//! installation sees the same failures.

use chrono::{DateTime, Utc};
use kalm_domain::auth::throttle::ThrottleState;
use sqlx::{AnyConnection, Row};

use crate::{StoreResult, instant, micros};

pub async fn get(conn: &mut AnyConnection, key: &str) -> StoreResult<ThrottleState> {
    let row = sqlx::query("SELECT failures, blocked_until, updated_at FROM login_throttle WHERE throttle_key = $1")
        .bind(key)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else {
        return Ok(ThrottleState::default());
    };
    Ok(ThrottleState {
        consecutive_failures: u32::try_from(row.try_get::<i64, _>("failures")?).unwrap_or(u32::MAX),
        blocked_until: row.try_get::<Option<i64>, _>("blocked_until")?.map(instant).transpose()?,
        last_failure_at: Some(instant(row.try_get("updated_at")?)?),
    })
}

/// Reads the counter for an update: the row stays locked until the
/// transaction ends, so concurrent attempts on one key queue here and each
/// sees the one before it. A missing row is created first (with no
/// failures): locking a row that does not exist locks nothing, and two
/// first attempts would both read zero.
pub async fn get_for_update(conn: &mut AnyConnection, key: &str, now: DateTime<Utc>) -> StoreResult<ThrottleState> {
    sqlx::query(
        "INSERT INTO login_throttle (throttle_key, failures, blocked_until, updated_at) VALUES ($1, 0, NULL, $2) \
         ON CONFLICT (throttle_key) DO NOTHING",
    )
    .bind(key)
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    // A no-op write locks the row on both backends.
    sqlx::query("UPDATE login_throttle SET failures = failures WHERE throttle_key = $1")
        .bind(key)
        .execute(&mut *conn)
        .await?;
    get(conn, key).await
}

pub async fn put(conn: &mut AnyConnection, key: &str, state: &ThrottleState, now: DateTime<Utc>) -> StoreResult<()> {
    // Portable upsert: both backends support ON CONFLICT … DO UPDATE.
    sqlx::query(
        "INSERT INTO login_throttle (throttle_key, failures, blocked_until, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures, \
         blocked_until = excluded.blocked_until, updated_at = excluded.updated_at",
    )
    .bind(key)
    .bind(i64::from(state.consecutive_failures))
    .bind(state.blocked_until.map(micros))
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn clear(conn: &mut AnyConnection, key: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM login_throttle WHERE throttle_key = $1").bind(key).execute(&mut *conn).await?;
    Ok(())
}
