//! Queries of the inactivity sweep and its preview, and the claims that make
//! a scheduled job run once per period across all nodes.
//!
//! An account's activity is `COALESCE(last_activity_at, created_at)`, and an
//! index on exactly that expression (per platform, type and status) keeps
//! both the sweep's batches and the preview's counts to index ranges, also
//! with a million accounts. Batches are read in (activity, id) order with a
//! keyset, so each batch is one short transaction. The changing statements
//! return the ids they changed: an account another sweep got to first is
//! not changed, mailed or logged twice.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::{AccountId, AccountStatus, AccountType};
use kalm_domain::platforms::PlatformId;
use sqlx::{AnyConnection, Row};

use crate::accounts::Account;
use crate::{StoreResult, instant, micros, placeholder_list, uuid};

const ACTIVITY: &str = "COALESCE(last_activity_at, created_at)";

/// The statuses the sweep acts on: accounts that can still log in or
/// activate.
pub const SWEPT: [AccountStatus; 2] = [AccountStatus::Active, AccountStatus::Invited];

/// An account in a sweep batch, with its activity facts.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub account: Account,
    pub last_active: DateTime<Utc>,
    pub warned_at: Option<DateTime<Utc>>,
    pub skipped_at: Option<DateTime<Utc>>,
}

/// Where the previous batch ended: (activity, id).
pub type Keyset = Option<(i64, String)>;

/// Which accounts a batch reads.
#[derive(Debug, Clone, Copy)]
pub enum Due {
    /// Active before the instant: to deactivate.
    Deactivation { before: DateTime<Utc> },
    /// Active in `[from, before)` and not warned since: to warn.
    Warning { from: DateTime<Utc>, before: DateTime<Utc> },
}

pub async fn batch(
    conn: &mut AnyConnection,
    platform: PlatformId,
    account_type: AccountType,
    status: AccountStatus,
    due: Due,
    after: &Keyset,
    limit: i64,
) -> StoreResult<Vec<Candidate>> {
    let columns = crate::accounts::COLUMNS;
    let (lower, upper, warning) = match due {
        Due::Deactivation { before } => (i64::MIN, micros(before), false),
        Due::Warning { from, before } => (micros(from), micros(before), true),
    };
    let (after_at, after_id) = after.clone().unwrap_or((i64::MIN, String::new()));
    let not_warned = if warning {
        " AND (inactivity_warned_at IS NULL OR inactivity_warned_at < COALESCE(last_activity_at, created_at))"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {columns}, {ACTIVITY} AS active_at, inactivity_warned_at, inactivity_skipped_at FROM accounts \
         WHERE platform_id = $1 AND account_type = $2 AND status = $3 AND {ACTIVITY} >= $4 AND {ACTIVITY} < $5 \
         AND ({ACTIVITY} > $6 OR ({ACTIVITY} = $6 AND id > $7)){not_warned} \
         ORDER BY {ACTIVITY}, id LIMIT $8"
    );
    let rows = sqlx::query(&sql)
        .bind(platform.0.to_string())
        .bind(account_type.code())
        .bind(status.code())
        .bind(lower)
        .bind(upper)
        .bind(after_at)
        .bind(after_id)
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|row| {
            Ok(Candidate {
                account: crate::accounts::from_row(row)?,
                last_active: instant(row.try_get("active_at")?)?,
                warned_at: row.try_get::<Option<i64>, _>("inactivity_warned_at")?.map(instant).transpose()?,
                skipped_at: row.try_get::<Option<i64>, _>("inactivity_skipped_at")?.map(instant).transpose()?,
            })
        })
        .collect()
}

/// The keyset after a candidate.
pub fn keyset_of(candidate: &Candidate) -> Keyset {
    Some((micros(candidate.last_active), candidate.account.id.0.to_string()))
}

fn ids(rows: &[sqlx::any::AnyRow]) -> StoreResult<Vec<AccountId>> {
    rows.iter().map(|r| Ok(AccountId(uuid(&r.try_get::<String, _>("id")?)?))).collect()
}

/// Deactivates those of `accounts` that still have `status` and are still
/// inactive since before `before`; returns the ones it deactivated.
pub async fn deactivate(
    conn: &mut AnyConnection,
    accounts: &[AccountId],
    status: AccountStatus,
    before: DateTime<Utc>,
) -> StoreResult<Vec<AccountId>> {
    if accounts.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "UPDATE accounts SET status = 'deactivated' WHERE status = $1 AND {ACTIVITY} < $2 AND id IN ({}) RETURNING id",
        placeholder_list(3, accounts.len())
    );
    let mut query = sqlx::query(&sql).bind(status.code()).bind(micros(before));
    for id in accounts {
        query = query.bind(id.0.to_string());
    }
    ids(&query.fetch_all(&mut *conn).await?)
}

/// Ends every session of these accounts.
pub async fn end_sessions(conn: &mut AnyConnection, accounts: &[AccountId]) -> StoreResult<u64> {
    if accounts.is_empty() {
        return Ok(0);
    }
    let sql = format!("DELETE FROM sessions WHERE subject_id IN ({})", placeholder_list(1, accounts.len()));
    let mut query = sqlx::query(&sql);
    for id in accounts {
        query = query.bind(id.0.to_string());
    }
    Ok(query.execute(&mut *conn).await?.rows_affected())
}

/// Marks those of `accounts` not warned in this stretch of inactivity as
/// warned now; returns the ones it marked.
pub async fn mark_warned(
    conn: &mut AnyConnection,
    accounts: &[AccountId],
    now: DateTime<Utc>,
) -> StoreResult<Vec<AccountId>> {
    if accounts.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "UPDATE accounts SET inactivity_warned_at = $1 WHERE status IN ('active', 'invited') \
         AND (inactivity_warned_at IS NULL OR inactivity_warned_at < {ACTIVITY}) AND id IN ({}) RETURNING id",
        placeholder_list(2, accounts.len())
    );
    let mut query = sqlx::query(&sql).bind(micros(now));
    for id in accounts {
        query = query.bind(id.0.to_string());
    }
    ids(&query.fetch_all(&mut *conn).await?)
}

/// Locks the platform's row until the transaction ends (a no-op write locks
/// on both backends): two sweeps must not each deactivate one of the last
/// two application managers.
pub async fn lock_platform(conn: &mut AnyConnection, platform: PlatformId) -> StoreResult<()> {
    sqlx::query("UPDATE platforms SET name = name WHERE id = $1")
        .bind(platform.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Notes that the sweep left an account alone (the last application
/// manager); true when this is the first time in this stretch.
pub async fn mark_skipped(conn: &mut AnyConnection, account: AccountId, now: DateTime<Utc>) -> StoreResult<bool> {
    let sql = format!(
        "UPDATE accounts SET inactivity_skipped_at = $1 WHERE id = $2 \
         AND (inactivity_skipped_at IS NULL OR inactivity_skipped_at < {ACTIVITY})"
    );
    let done = sqlx::query(&sql).bind(micros(now)).bind(account.0.to_string()).execute(&mut *conn).await?;
    Ok(done.rows_affected() == 1)
}

/// Accounts of a type that the sweep acts on (active or invited), active
/// before `before` (`None`: all of them).
pub async fn count(
    conn: &mut AnyConnection,
    platform: PlatformId,
    account_type: AccountType,
    before: Option<DateTime<Utc>>,
    from: Option<DateTime<Utc>>,
) -> StoreResult<i64> {
    let mut total = 0;
    // One index range per status, instead of an IN the planner may scan.
    for status in SWEPT {
        let sql = format!(
            "SELECT COUNT(*) AS n FROM accounts WHERE platform_id = $1 AND account_type = $2 AND status = $3 \
             AND {ACTIVITY} >= $4 AND {ACTIVITY} < $5"
        );
        let row = sqlx::query(&sql)
            .bind(platform.0.to_string())
            .bind(account_type.code())
            .bind(status.code())
            .bind(from.map_or(i64::MIN, micros))
            .bind(before.map_or(i64::MAX, micros))
            .fetch_one(&mut *conn)
            .await?;
        total += row.try_get::<i64, _>("n")?;
    }
    Ok(total)
}

/// Claims `period` of `job` for `node` until `lease_until`: true when this
/// node runs it. A period is claimed once; a claim whose lease ran out
/// without finishing (the node died) can be taken over.
pub async fn claim(
    conn: &mut AnyConnection,
    job: &str,
    period: i64,
    node: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
) -> StoreResult<bool> {
    let inserted = sqlx::query(
        "INSERT INTO job_runs (job, period, claimed_by, claimed_until) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (job, period) DO NOTHING",
    )
    .bind(job)
    .bind(period)
    .bind(node)
    .bind(micros(lease_until))
    .execute(&mut *conn)
    .await?;
    if inserted.rows_affected() == 1 {
        return Ok(true);
    }
    let taken = sqlx::query(
        "UPDATE job_runs SET claimed_by = $1, claimed_until = $2 \
         WHERE job = $3 AND period = $4 AND finished_at IS NULL AND claimed_until < $5",
    )
    .bind(node)
    .bind(micros(lease_until))
    .bind(job)
    .bind(period)
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    Ok(taken.rows_affected() == 1)
}

/// Extends a claim this node holds; false when it lost it.
pub async fn extend(
    conn: &mut AnyConnection,
    job: &str,
    period: i64,
    node: &str,
    lease_until: DateTime<Utc>,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE job_runs SET claimed_until = $1 WHERE job = $2 AND period = $3 AND claimed_by = $4 \
         AND finished_at IS NULL",
    )
    .bind(micros(lease_until))
    .bind(job)
    .bind(period)
    .bind(node)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn finish(
    conn: &mut AnyConnection,
    job: &str,
    period: i64,
    node: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query("UPDATE job_runs SET finished_at = $1 WHERE job = $2 AND period = $3 AND claimed_by = $4")
        .bind(micros(now))
        .bind(job)
        .bind(period)
        .bind(node)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Unfinished periods of `job` before `period` whose lease ran out: runs
/// that died, to finish.
pub async fn abandoned(conn: &mut AnyConnection, job: &str, period: i64, now: DateTime<Utc>) -> StoreResult<Vec<i64>> {
    let rows = sqlx::query(
        "SELECT period FROM job_runs WHERE job = $1 AND period < $2 AND finished_at IS NULL AND claimed_until < $3 \
         ORDER BY period",
    )
    .bind(job)
    .bind(period)
    .bind(micros(now))
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(|r| Ok(r.try_get::<i64, _>("period")?)).collect()
}
