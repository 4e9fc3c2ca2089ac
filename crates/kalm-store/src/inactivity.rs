//! Queries of the inactivity sweep and its preview, and the claims that make
//! a scheduled job run once per period across all nodes.
//!
//! An account's activity is `COALESCE(last_activity_at, created_at)`, and an
//! index on exactly that expression (per platform, type and status) keeps
//! the sweep's batches, and the preview's counts on SQLite, to index ranges,
//! also with a million accounts. PostgreSQL cannot answer a count from an
//! expression index alone, so there the preview adds up counts per day of
//! activity, which triggers add to as accounts change and the sweep folds
//! (migration 9).
//!
//! Batches are read in (activity, id) order, each one short transaction: a
//! deactivation batch takes the head of the range, which its accounts
//! leave; warning batches and dry runs page with a keyset. A batch holds its
//! rows until it commits (SQLite: the transaction's write lock; PostgreSQL:
//! `FOR UPDATE SKIP LOCKED`), so an account another sweep is handling is
//! skipped, and the changes of a batch apply to exactly the rows it read.
//! The keys of a batch travel as one JSON parameter.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::{AccountId, AccountStatus, AccountType};
use kalm_domain::platforms::PlatformId;
use sqlx::{AnyConnection, Row};

use kalm_domain::accounts::Roles;
use kalm_domain::languages::Language;

use crate::{Backend, StoreError, StoreResult, instant, json_in, micros, uuid};

const ACTIVITY: &str = "COALESCE(last_activity_at, created_at)";

/// The statuses the sweep acts on: accounts that can still log in or
/// activate.
pub const SWEPT: [AccountStatus; 2] = [AccountStatus::Active, AccountStatus::Invited];

/// An account in a sweep batch: what its e-mail and audit entry need, and
/// its activity facts.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: AccountId,
    pub account_type: AccountType,
    pub roles: Roles,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub language: Language,
    pub last_active: DateTime<Utc>,
    pub warned_at: Option<DateTime<Utc>>,
    pub skipped_at: Option<DateTime<Utc>>,
}

/// Where the previous batch ended: (activity, id). The query states the
/// activity bound on its own (`>=`), so the index seeks to it instead of
/// walking from the start of the range again for every batch.
pub type Keyset = Option<(i64, String)>;

/// Which accounts a batch reads.
#[derive(Debug, Clone, Copy)]
pub enum Due {
    /// Active before the instant: to deactivate.
    Deactivation { before: DateTime<Utc> },
    /// Active in `[from, before)` and not warned since: to warn.
    Warning { from: DateTime<Utc>, before: DateTime<Utc> },
}

impl Due {
    /// The activity range `[lower, upper)` in microseconds, and the extra
    /// condition of warnings: not warned since the last activity.
    fn bounds(self) -> (i64, i64, &'static str) {
        match self {
            Due::Deactivation { before } => (i64::MIN, micros(before), ""),
            Due::Warning { from, before } => (
                micros(from),
                micros(before),
                " AND (inactivity_warned_at IS NULL OR inactivity_warned_at < COALESCE(last_activity_at, created_at))",
            ),
        }
    }
}

/// The next batch of accounts that are `due`, in (activity, id) order.
/// With a keyset, after it; without, from the start of the range, leaving
/// out `skipped` (a deactivation batch needs no keyset: what it handled
/// has left the range, except the accounts it kept).
#[allow(clippy::too_many_arguments)]
pub async fn batch(
    conn: &mut AnyConnection,
    backend: Backend,
    platform: PlatformId,
    account_type: AccountType,
    status: AccountStatus,
    due: Due,
    after: &Keyset,
    skipped: &[AccountId],
    limit: i64,
) -> StoreResult<Vec<Candidate>> {
    let (lower, upper, not_warned) = due.bounds();
    let (after_at, after_id) = after.clone().unwrap_or((i64::MIN, String::new()));
    let lock = match backend {
        Backend::Sqlite => "",
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
    };
    let position = match after {
        Some(_) => format!(" AND {ACTIVITY} >= $6 AND ({ACTIVITY} > $6 OR id > $7)"),
        None if skipped.is_empty() => " AND $6 = $6 AND $7 = $7".to_owned(),
        None => format!(" AND $6 = $6 AND id NOT {}", json_in(backend, 7)),
    };
    let sql = format!(
        "SELECT id, account_type, roles, first_name, last_name, email, language, {ACTIVITY} AS active_at, \
         inactivity_warned_at, inactivity_skipped_at FROM accounts \
         WHERE platform_id = $1 AND account_type = $2 AND status = $3 AND {ACTIVITY} >= $4 AND {ACTIVITY} < $5\
         {position}{not_warned} ORDER BY {ACTIVITY}, id LIMIT $8{lock}"
    );
    let seventh = if after.is_none() && !skipped.is_empty() { id_list(skipped) } else { after_id };
    let rows = sqlx::query(&sql)
        .bind(platform.0.to_string())
        .bind(account_type.code())
        .bind(status.code())
        .bind(lower)
        .bind(upper)
        .bind(after_at)
        .bind(seventh)
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(candidate).collect()
}

/// How many accounts of this type and status are `due`: what a sweep has
/// ahead of it, for its progress bar.
pub async fn count_due(
    conn: &mut AnyConnection,
    platform: PlatformId,
    account_type: AccountType,
    status: AccountStatus,
    due: Due,
) -> StoreResult<i64> {
    let (lower, upper, not_warned) = due.bounds();
    let sql = format!(
        "SELECT COUNT(*) AS n FROM accounts WHERE platform_id = $1 AND account_type = $2 AND status = $3 \
         AND {ACTIVITY} >= $4 AND {ACTIVITY} < $5{not_warned}"
    );
    let row = sqlx::query(&sql)
        .bind(platform.0.to_string())
        .bind(account_type.code())
        .bind(status.code())
        .bind(lower)
        .bind(upper)
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get("n")?)
}

fn candidate(row: &sqlx::any::AnyRow) -> StoreResult<Candidate> {
    let corrupt = |e: kalm_domain::accounts::AccountError| StoreError::Corrupt(e.to_string());
    Ok(Candidate {
        id: AccountId(uuid(&row.try_get::<String, _>("id")?)?),
        account_type: AccountType::parse(&row.try_get::<String, _>("account_type")?).map_err(corrupt)?,
        roles: Roles::from_bits(row.try_get("roles")?),
        first_name: row.try_get("first_name")?,
        last_name: row.try_get("last_name")?,
        email: row.try_get("email")?,
        language: Language::parse(&row.try_get::<String, _>("language")?)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?,
        last_active: instant(row.try_get("active_at")?)?,
        warned_at: row.try_get::<Option<i64>, _>("inactivity_warned_at")?.map(instant).transpose()?,
        skipped_at: row.try_get::<Option<i64>, _>("inactivity_skipped_at")?.map(instant).transpose()?,
    })
}

/// The next accounts a deactivation batch changes, and how to find their
/// rows again.
#[derive(Debug, Default)]
pub struct DueBatch {
    pub candidates: Vec<Candidate>,
    /// A JSON list of the rows' keys: `rowid` on SQLite (the activity index
    /// holds it, so the update needs no look-up by id), `id` on PostgreSQL.
    keys: String,
}

/// The next `limit` accounts active before `before`, leaving out those with
/// any of the `spared` roles: the head of the range, which they leave when
/// `deactivate_batch` changes their status, so no keyset is needed. The
/// batch holds its rows until the transaction ends (SQLite: the write lock;
/// PostgreSQL: `FOR UPDATE SKIP LOCKED`, so a second sweep takes others).
#[allow(clippy::too_many_arguments)]
pub async fn next_due(
    conn: &mut AnyConnection,
    backend: Backend,
    platform: PlatformId,
    account_type: AccountType,
    status: AccountStatus,
    before: DateTime<Utc>,
    spared: Roles,
    limit: i64,
) -> StoreResult<DueBatch> {
    let chosen = format!(
        "FROM accounts WHERE platform_id = $1 AND account_type = $2 AND status = $3 AND {ACTIVITY} < $4 \
         AND (roles & $5) = 0 ORDER BY {ACTIVITY}, id LIMIT $6"
    );
    let columns = format!(
        "id, account_type, roles, first_name, last_name, email, language, {ACTIVITY} AS active_at, \
         inactivity_warned_at, inactivity_skipped_at"
    );
    let sql = match backend {
        Backend::Postgres => format!("SELECT {columns} {chosen} FOR UPDATE SKIP LOCKED"),
        // SQLite hands rows over one by one between threads; the batch
        // comes as one JSON row instead.
        Backend::Sqlite => format!(
            "SELECT json_group_array(json_array(row_key, id, account_type, roles, first_name, last_name, email, \
             language, active_at, inactivity_warned_at, inactivity_skipped_at)) \
             FROM (SELECT rowid AS row_key, {columns} {chosen})"
        ),
    };
    let query = sqlx::query(&sql)
        .bind(platform.0.to_string())
        .bind(account_type.code())
        .bind(status.code())
        .bind(micros(before))
        .bind(spared.bits())
        .bind(limit);
    if backend == Backend::Postgres {
        let rows = query.fetch_all(&mut *conn).await?;
        let candidates = rows.iter().map(candidate).collect::<StoreResult<Vec<_>>>()?;
        let keys = id_list(&candidates.iter().map(|c| c.id).collect::<Vec<_>>());
        return Ok(DueBatch { candidates, keys });
    }
    let row = query.fetch_one(&mut *conn).await?;
    let text: String = row.try_get(0)?;
    type Packed = (i64, String, String, i64, String, String, String, String, i64, Option<i64>, Option<i64>);
    let packed: Vec<Packed> =
        serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(format!("sweep batch: {e}")))?;
    let keys = serde_json::to_string(&packed.iter().map(|p| p.0).collect::<Vec<i64>>())
        .map_err(|e| StoreError::Corrupt(format!("sweep batch: {e}")))?;
    let corrupt = |e: kalm_domain::accounts::AccountError| StoreError::Corrupt(e.to_string());
    let candidates = packed
        .into_iter()
        .map(|(_, id, account_type, roles, first_name, last_name, email, language, active, warned, skipped)| {
            Ok(Candidate {
                id: AccountId(uuid(&id)?),
                account_type: AccountType::parse(&account_type).map_err(corrupt)?,
                roles: Roles::from_bits(roles),
                first_name,
                last_name,
                email,
                language: Language::parse(&language).map_err(|e| StoreError::Corrupt(e.to_string()))?,
                last_active: instant(active)?,
                warned_at: warned.map(instant).transpose()?,
                skipped_at: skipped.map(instant).transpose()?,
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(DueBatch { candidates, keys })
}

/// Deactivates the accounts of a batch from `next_due` (rows the batch
/// holds, so each still has `status`); the number changed must be all.
pub async fn deactivate_batch(
    conn: &mut AnyConnection,
    backend: Backend,
    batch: &DueBatch,
    status: AccountStatus,
) -> StoreResult<()> {
    if batch.candidates.is_empty() {
        return Ok(());
    }
    let key = match backend {
        Backend::Sqlite => "rowid",
        Backend::Postgres => "id",
    };
    let sql = format!("UPDATE accounts SET status = 'deactivated' WHERE status = $1 AND {key} {}", json_in(backend, 2));
    let done = sqlx::query(&sql).bind(status.code()).bind(batch.keys.clone()).execute(&mut *conn).await?;
    all_changed(done.rows_affected(), batch.candidates.len())
}

/// The keyset after a candidate.
pub fn keyset_of(candidate: &Candidate) -> Keyset {
    Some((micros(candidate.last_active), candidate.id.0.to_string()))
}

fn id_list(accounts: &[AccountId]) -> String {
    serde_json::Value::Array(accounts.iter().map(|a| serde_json::Value::String(a.0.to_string())).collect()).to_string()
}

/// Deactivates these accounts of a batch (rows the batch holds, so each
/// still has `status`); the number changed must be all of them.
pub async fn deactivate(
    conn: &mut AnyConnection,
    backend: Backend,
    accounts: &[AccountId],
    status: AccountStatus,
) -> StoreResult<()> {
    if accounts.is_empty() {
        return Ok(());
    }
    let sql = format!("UPDATE accounts SET status = 'deactivated' WHERE status = $1 AND id {}", json_in(backend, 2));
    let done = sqlx::query(&sql).bind(status.code()).bind(id_list(accounts)).execute(&mut *conn).await?;
    all_changed(done.rows_affected(), accounts.len())
}

fn all_changed(changed: u64, expected: usize) -> StoreResult<()> {
    if changed as usize == expected {
        Ok(())
    } else {
        // Another writer changed rows this batch holds: nothing of the batch
        // may stay, so the caller's transaction is rolled back.
        Err(StoreError::Corrupt(format!("a sweep batch changed {changed} of its {expected} accounts")))
    }
}

/// Ends every session of these accounts.
pub async fn end_sessions(conn: &mut AnyConnection, backend: Backend, accounts: &[AccountId]) -> StoreResult<u64> {
    if accounts.is_empty() {
        return Ok(0);
    }
    let sql = format!("DELETE FROM sessions WHERE subject_id {}", json_in(backend, 1));
    Ok(sqlx::query(&sql).bind(id_list(accounts)).execute(&mut *conn).await?.rows_affected())
}

/// Marks these accounts of a batch (not warned in this stretch, as the
/// batch read them) as warned now.
pub async fn mark_warned(
    conn: &mut AnyConnection,
    backend: Backend,
    accounts: &[AccountId],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    if accounts.is_empty() {
        return Ok(());
    }
    let sql = format!("UPDATE accounts SET inactivity_warned_at = $1 WHERE id {}", json_in(backend, 2));
    let done = sqlx::query(&sql).bind(micros(now)).bind(id_list(accounts)).execute(&mut *conn).await?;
    all_changed(done.rows_affected(), accounts.len())
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

/// For each account type and each of `edges`, how many accounts of that
/// type that the sweep acts on were last active before the edge, and (last)
/// how many there are in all.
///
/// The two backends count best differently. SQLite walks the expression
/// index: the edges cut each type's range into disjoint pieces, each counted
/// once, so the index is walked once in all. PostgreSQL adds up its counts
/// per day of activity (added by triggers, see migration 9) for the days
/// before each edge's day, and counts the rest of that day by the index.
pub async fn counts_before(
    conn: &mut AnyConnection,
    backend: crate::Backend,
    platform: PlatformId,
    types: &[AccountType],
    edges: &[DateTime<Utc>],
) -> StoreResult<Vec<Vec<i64>>> {
    match backend {
        crate::Backend::Sqlite => {
            let mut out = Vec::new();
            for account_type in types {
                out.push(counts_by_pieces(conn, platform, *account_type, edges).await?);
            }
            Ok(out)
        }
        crate::Backend::Postgres => counts_by_days(conn, platform, types, edges).await,
    }
}

async fn counts_by_pieces(
    conn: &mut AnyConnection,
    platform: PlatformId,
    account_type: AccountType,
    edges: &[DateTime<Utc>],
) -> StoreResult<Vec<i64>> {
    let mut cuts: Vec<i64> = edges.iter().map(|e| micros(*e)).collect();
    cuts.sort_unstable();
    cuts.dedup();
    // Pieces: [MIN, cut0), [cut0, cut1), …, [cut_last, MAX).
    let mut bounds = vec![i64::MIN];
    bounds.extend(&cuts);
    bounds.push(i64::MAX);
    let sql = format!(
        "SELECT COUNT(*) AS n FROM accounts WHERE platform_id = $1 AND account_type = $2 AND status = $3 \
         AND {ACTIVITY} >= $4 AND {ACTIVITY} < $5"
    );
    let mut pieces = vec![0i64; bounds.len() - 1];
    for status in SWEPT {
        for (i, piece) in pieces.iter_mut().enumerate() {
            let row = sqlx::query(&sql)
                .bind(platform.0.to_string())
                .bind(account_type.code())
                .bind(status.code())
                .bind(bounds[i])
                .bind(bounds[i + 1])
                .fetch_one(&mut *conn)
                .await?;
            *piece += row.try_get::<i64, _>("n")?;
        }
    }
    let below = |cut: i64| -> i64 {
        let pieces_below = cuts.iter().position(|c| *c == cut).map_or(0, |p| p + 1);
        pieces[..pieces_below].iter().sum()
    };
    let mut out: Vec<i64> = edges.iter().map(|e| below(micros(*e))).collect();
    out.push(pieces.iter().sum());
    Ok(out)
}

/// Microseconds in a day: the unit of `activity_days`.
const DAY: i64 = 86_400_000_000;

/// Rows of changes in `activity_days` beyond one per day that make the
/// preview fold a platform's rows itself rather than wait for the sweep.
const UNFOLDED: i64 = 10_000;

async fn counts_by_days(
    conn: &mut AnyConnection,
    platform: PlatformId,
    types: &[AccountType],
    edges: &[DateTime<Utc>],
) -> StoreResult<Vec<Vec<i64>>> {
    let codes: Vec<&str> = types.iter().map(|t| t.code()).collect();
    // Per type, (day, accounts) in day order.
    let mut days: Vec<Vec<(i64, i64)>> = vec![Vec::new(); types.len()];
    let rows = sqlx::query(
        "SELECT account_type, day, SUM(accounts)::bigint AS accounts, COUNT(*) AS pieces FROM activity_days \
         WHERE platform_id = $1 GROUP BY account_type, day ORDER BY day",
    )
    .bind(platform.0.to_string())
    .fetch_all(&mut *conn)
    .await?;
    let mut pieces = 0i64;
    for row in &rows {
        pieces += row.try_get::<i64, _>("pieces")?;
        let code: String = row.try_get("account_type")?;
        let accounts: i64 = row.try_get("accounts")?;
        if let Some(at) = codes.iter().position(|c| *c == code).filter(|_| accounts != 0) {
            days[at].push((row.try_get("day")?, accounts));
        }
    }
    // Many changes since the last sweep folded them (an import, say): fold
    // now, so the next preview reads a row per day again.
    if pieces > rows.len() as i64 + UNFOLDED {
        fold_activity_days(conn, Backend::Postgres, platform).await?;
    }
    // The part of each edge's day before the edge, per type, from the index.
    let mut cuts: Vec<i64> = edges.iter().map(|e| micros(*e)).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let sql = format!(
        "SELECT cut.edge, kind.account_type, (SELECT COUNT(*) FROM accounts WHERE platform_id = $1 \
         AND account_type = kind.account_type AND status IN ('active', 'invited') \
         AND {ACTIVITY} >= cut.day_start AND {ACTIVITY} < cut.edge) AS n \
         FROM (SELECT (value ->> 0)::bigint AS edge, (value ->> 1)::bigint AS day_start \
               FROM jsonb_array_elements($2::jsonb)) AS cut, \
              (SELECT value AS account_type FROM jsonb_array_elements_text($3::jsonb)) AS kind"
    );
    let cut_list: Vec<(i64, i64)> = cuts.iter().map(|c| (*c, c.div_euclid(DAY) * DAY)).collect();
    let rows = sqlx::query(&sql)
        .bind(platform.0.to_string())
        .bind(serde_json::to_string(&cut_list).map_err(|e| StoreError::Corrupt(format!("preview edges: {e}")))?)
        .bind(serde_json::to_string(&codes).map_err(|e| StoreError::Corrupt(format!("preview types: {e}")))?)
        .fetch_all(&mut *conn)
        .await?;
    let mut partial = vec![vec![0i64; cuts.len()]; types.len()];
    for row in &rows {
        let code: String = row.try_get("account_type")?;
        let edge: i64 = row.try_get("edge")?;
        let (Some(at), Ok(i)) = (codes.iter().position(|c| *c == code), cuts.binary_search(&edge)) else {
            return Err(StoreError::Corrupt("preview edge".into()));
        };
        partial[at][i] = row.try_get("n")?;
    }
    let mut out = Vec::with_capacity(types.len());
    for (at, days) in days.iter().enumerate() {
        let mut counts: Vec<i64> = Vec::with_capacity(edges.len() + 1);
        for edge in edges {
            let cut = micros(*edge);
            let i = cuts.binary_search(&cut).map_err(|_| StoreError::Corrupt("preview edge".into()))?;
            let whole_days: i64 = days.iter().take_while(|(day, _)| *day < cut.div_euclid(DAY)).map(|(_, n)| n).sum();
            counts.push(whole_days + partial[at][i]);
        }
        counts.push(days.iter().map(|(_, n)| n).sum());
        out.push(counts);
    }
    Ok(out)
}

/// Folds a platform's per-day activity counts (PostgreSQL) into one row
/// per type and day, dropping days that add up to nothing. The triggers only
/// add rows, so without this the table grows by a row or two per account
/// and day of activity. Rows added meanwhile by other transactions are not
/// seen by the delete and stay as they are. Nothing to do on SQLite.
pub async fn fold_activity_days(conn: &mut AnyConnection, backend: Backend, platform: PlatformId) -> StoreResult<()> {
    if backend == Backend::Sqlite {
        return Ok(());
    }
    sqlx::query(
        "WITH gone AS (DELETE FROM activity_days WHERE platform_id = $1 RETURNING account_type, day, accounts) \
         INSERT INTO activity_days (platform_id, account_type, day, accounts) \
         SELECT $1, account_type, day, SUM(accounts) FROM gone GROUP BY account_type, day HAVING SUM(accounts) <> 0",
    )
    .bind(platform.0.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(())
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
