//! The audit log: append-only (the database refuses updates and deletes, see
//! `migrations`), read with filters.

use chrono::{DateTime, Utc};
use kalm_domain::audit::{AuditAction, Outcome};
use kalm_domain::platforms::PlatformId;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use uuid::Uuid;

use crate::{StoreResult, corrupt, instant, micros, uuid};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub platform_id: Option<PlatformId>,
    /// `operator`, `account`, `system` or `anonymous`.
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    /// How the actor was known at the time (e-mail address), so the entry
    /// stays readable when the account later changes.
    pub actor_label: Option<String>,
    pub action: AuditAction,
    pub target_kind: Option<String>,
    pub target_id: Option<Uuid>,
    pub target_label: Option<String>,
    pub source_addr: Option<String>,
    pub outcome: Outcome,
    /// A small JSON object with action-specific facts (old and new roles, …).
    pub detail: Option<String>,
}

pub async fn append(conn: &mut AnyConnection, entry: &AuditEntry) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, platform_id, actor_kind, actor_id, actor_label, action, target_kind, \
         target_id, target_label, source_addr, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(entry.id.to_string())
    .bind(micros(entry.at))
    .bind(entry.platform_id.map(|p| p.0.to_string()))
    .bind(entry.actor_kind.clone())
    .bind(entry.actor_id.map(|a| a.to_string()))
    .bind(entry.actor_label.clone())
    .bind(entry.action.code())
    .bind(entry.target_kind.clone())
    .bind(entry.target_id.map(|t| t.to_string()))
    .bind(entry.target_label.clone())
    .bind(entry.source_addr.clone())
    .bind(entry.outcome.code())
    .bind(entry.detail.clone())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Appends many entries (a sweep writes one per account it changes).
pub async fn append_many(conn: &mut AnyConnection, backend: crate::Backend, entries: &[AuditEntry]) -> StoreResult<()> {
    if entries.is_empty() {
        return Ok(());
    }
    // The rows travel as one JSON parameter, unpacked in SQL, where each
    // field looked up costs about as much as inserting the row: what the
    // entries share (actor, action, time, …) is bound once per run of alike
    // entries, and only the four fields that differ per target are in the
    // JSON.
    let mut rest = entries;
    while let Some(first) = rest.first() {
        let alike = rest.iter().take_while(|e| shared(e) == shared(first)).count();
        let (run, after) = rest.split_at(alike);
        append_alike(conn, backend, first, run).await?;
        rest = after;
    }
    Ok(())
}

type Shared<'a> = (
    i64,
    Option<PlatformId>,
    &'a str,
    Option<Uuid>,
    Option<&'a str>,
    AuditAction,
    Option<&'a str>,
    Option<&'a str>,
    Outcome,
);

fn shared(e: &AuditEntry) -> Shared<'_> {
    (
        micros(e.at),
        e.platform_id,
        e.actor_kind.as_str(),
        e.actor_id,
        e.actor_label.as_deref(),
        e.action,
        e.target_kind.as_deref(),
        e.source_addr.as_deref(),
        e.outcome,
    )
}

/// What differs per entry of a run: id, target id, target label and
/// detail, as a JSON array.
#[derive(serde::Serialize)]
struct PerTarget<'a>(String, Option<String>, Option<&'a str>, Option<&'a str>);

async fn append_alike(
    conn: &mut AnyConnection,
    backend: crate::Backend,
    first: &AuditEntry,
    run: &[AuditEntry],
) -> StoreResult<()> {
    let rows: Vec<PerTarget<'_>> = run
        .iter()
        .map(|e| {
            PerTarget(
                e.id.to_string(),
                e.target_id.map(|t| t.to_string()),
                e.target_label.as_deref(),
                e.detail.as_deref(),
            )
        })
        .collect();
    let rows = serde_json::to_string(&rows).map_err(|e| crate::corrupt(format!("audit entries: {e}")))?;
    let sql = format!(
        "INSERT INTO audit_log (id, at, platform_id, actor_kind, actor_id, actor_label, action, target_kind, \
         target_id, target_label, source_addr, outcome, detail) \
         SELECT value ->> 0, $2, $3, $4, $5, $6, $7, $8, value ->> 1, value ->> 2, $9, $10, value ->> 3 FROM {}",
        crate::json_array_rows(backend, 1)
    );
    sqlx::query(&sql)
        .bind(rows)
        .bind(micros(first.at))
        .bind(first.platform_id.map(|p| p.0.to_string()))
        .bind(first.actor_kind.clone())
        .bind(first.actor_id.map(|a| a.to_string()))
        .bind(first.actor_label.clone())
        .bind(first.action.code())
        .bind(first.target_kind.clone())
        .bind(first.source_addr.clone())
        .bind(first.outcome.code())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Every field of an entry, as one JSON array.
#[derive(serde::Serialize)]
struct WholeEntry<'a>(
    String,
    i64,
    Option<String>,
    &'a str,
    Option<String>,
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
    Option<String>,
    Option<&'a str>,
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
);

/// Appends entries that have nothing in common (different people's looks
/// at records, gathered from many requests) in one statement.
pub async fn append_unrelated(
    conn: &mut AnyConnection,
    backend: crate::Backend,
    entries: &[AuditEntry],
) -> StoreResult<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let rows: Vec<WholeEntry<'_>> = entries
        .iter()
        .map(|e| {
            WholeEntry(
                e.id.to_string(),
                micros(e.at),
                e.platform_id.map(|p| p.0.to_string()),
                &e.actor_kind,
                e.actor_id.map(|a| a.to_string()),
                e.actor_label.as_deref(),
                e.action.code(),
                e.target_kind.as_deref(),
                e.target_id.map(|t| t.to_string()),
                e.target_label.as_deref(),
                e.source_addr.as_deref(),
                e.outcome.code(),
                e.detail.as_deref(),
            )
        })
        .collect();
    let rows = serde_json::to_string(&rows).map_err(|e| crate::corrupt(format!("audit entries: {e}")))?;
    let sql = format!(
        "INSERT INTO audit_log (id, at, platform_id, actor_kind, actor_id, actor_label, action, target_kind, \
         target_id, target_label, source_addr, outcome, detail) \
         SELECT value ->> 0, CAST(value ->> 1 AS BIGINT), value ->> 2, value ->> 3, value ->> 4, value ->> 5, \
         value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10, value ->> 11, value ->> 12 FROM {}",
        crate::json_array_rows(backend, 1)
    );
    sqlx::query(&sql).bind(rows).execute(&mut *conn).await?;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub platform: Option<PlatformId>,
    /// Entries where this id is the actor or the target.
    pub account: Option<Uuid>,
    pub action: Option<AuditAction>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    pub limit: i64,
    /// How many of the newest matching entries to pass over (paging).
    pub offset: i64,
}

fn from_row(row: &AnyRow) -> StoreResult<AuditEntry> {
    let opt_uuid = |col: &str| -> StoreResult<Option<Uuid>> {
        row.try_get::<Option<String>, _>(col)?.map(|s| uuid(&s)).transpose()
    };
    let action: String = row.try_get("action")?;
    let outcome: String = row.try_get("outcome")?;
    Ok(AuditEntry {
        id: uuid(&row.try_get::<String, _>("id")?)?,
        at: instant(row.try_get("at")?)?,
        platform_id: opt_uuid("platform_id")?.map(PlatformId),
        actor_kind: row.try_get("actor_kind")?,
        actor_id: opt_uuid("actor_id")?,
        actor_label: row.try_get("actor_label")?,
        action: AuditAction::parse(&action).ok_or_else(|| corrupt(format!("audit action {action}")))?,
        target_kind: row.try_get("target_kind")?,
        target_id: opt_uuid("target_id")?,
        target_label: row.try_get("target_label")?,
        source_addr: row.try_get("source_addr")?,
        outcome: Outcome::parse(&outcome).ok_or_else(|| corrupt(format!("audit outcome {outcome}")))?,
        detail: row.try_get("detail")?,
    })
}

/// Newest first.
pub async fn list(conn: &mut AnyConnection, filter: &AuditFilter) -> StoreResult<Vec<AuditEntry>> {
    let mut sql = String::from(
        "SELECT id, at, platform_id, actor_kind, actor_id, actor_label, action, target_kind, target_id, target_label, \
         source_addr, outcome, detail FROM audit_log WHERE 1 = 1",
    );
    let mut texts: Vec<String> = Vec::new();
    let mut ints: Vec<i64> = Vec::new();
    // Texts are bound first, then integers: placeholders are numbered to match.
    if let Some(p) = filter.platform {
        texts.push(p.0.to_string());
        sql.push_str(&format!(" AND platform_id = ${}", texts.len()));
    }
    if let Some(a) = filter.account {
        texts.push(a.to_string());
        sql.push_str(&format!(" AND (actor_id = ${0} OR target_id = ${0})", texts.len()));
    }
    if let Some(action) = filter.action {
        texts.push(action.code().to_owned());
        sql.push_str(&format!(" AND action = ${}", texts.len()));
    }
    let base = texts.len();
    if let Some(since) = filter.since {
        ints.push(micros(since));
        sql.push_str(&format!(" AND at >= ${}", base + ints.len()));
    }
    if let Some(until) = filter.until {
        ints.push(micros(until));
        sql.push_str(&format!(" AND at < ${}", base + ints.len()));
    }
    ints.push(filter.limit.clamp(1, 10_000));
    ints.push(filter.offset.max(0));
    sql.push_str(&format!(" ORDER BY at DESC, id DESC LIMIT ${} OFFSET ${}", base + ints.len() - 1, base + ints.len()));
    let mut query = sqlx::query(&sql);
    for t in texts {
        query = query.bind(t);
    }
    for i in ints {
        query = query.bind(i);
    }
    query.fetch_all(&mut *conn).await?.iter().map(from_row).collect()
}

/// An anonymous source's audit budget row (see `AnonymousBudget`).
#[derive(Debug, Clone)]
pub struct Budget {
    pub key: String,
    pub platform_id: Option<PlatformId>,
    pub source_addr: Option<String>,
    pub state: kalm_domain::audit::BudgetState,
}

fn budget_from_row(row: &AnyRow) -> StoreResult<Budget> {
    let suppressed: String = row.try_get("suppressed")?;
    Ok(Budget {
        key: row.try_get("budget_key")?,
        platform_id: row.try_get::<Option<String>, _>("platform_id")?.map(|p| uuid(&p).map(PlatformId)).transpose()?,
        source_addr: row.try_get("source_addr")?,
        state: kalm_domain::audit::BudgetState {
            window_start: row.try_get::<Option<i64>, _>("window_start")?.map(instant).transpose()?,
            written: u32::try_from(row.try_get::<i64, _>("written")?).unwrap_or(u32::MAX),
            suppressed: serde_json::from_str(&suppressed).map_err(corrupt)?,
        },
    })
}

/// Reads a source's budget for an update, creating it when missing; the row
/// stays locked until the transaction ends, so parallel requests from one
/// source each see the one before.
pub async fn budget_for_update(
    conn: &mut AnyConnection,
    key: &str,
    platform: Option<PlatformId>,
    source: Option<&str>,
) -> StoreResult<Budget> {
    sqlx::query(
        "INSERT INTO audit_budgets (budget_key, platform_id, source_addr, window_start, written, suppressed) \
         VALUES ($1, $2, $3, NULL, 0, '{}') ON CONFLICT (budget_key) DO NOTHING",
    )
    .bind(key)
    .bind(platform.map(|p| p.0.to_string()))
    .bind(source)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE audit_budgets SET written = written WHERE budget_key = $1")
        .bind(key)
        .execute(&mut *conn)
        .await?;
    let row = sqlx::query("SELECT * FROM audit_budgets WHERE budget_key = $1").bind(key).fetch_one(&mut *conn).await?;
    budget_from_row(&row)
}

pub async fn put_budget(
    conn: &mut AnyConnection,
    key: &str,
    state: &kalm_domain::audit::BudgetState,
) -> StoreResult<()> {
    let suppressed = serde_json::to_string(&state.suppressed).map_err(corrupt)?;
    sqlx::query("UPDATE audit_budgets SET window_start = $1, written = $2, suppressed = $3 WHERE budget_key = $4")
        .bind(state.window_start.map(micros))
        .bind(i64::from(state.written))
        .bind(suppressed)
        .bind(key)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Budgets whose window started at or before `before` (so has ended), locked,
/// oldest first, at most `limit`.
pub async fn ended_budgets(conn: &mut AnyConnection, before: DateTime<Utc>, limit: i64) -> StoreResult<Vec<Budget>> {
    // A no-op write first: it locks the rows on both backends.
    sqlx::query("UPDATE audit_budgets SET written = written WHERE window_start <= $1")
        .bind(micros(before))
        .execute(&mut *conn)
        .await?;
    sqlx::query("SELECT * FROM audit_budgets WHERE window_start <= $1 ORDER BY window_start LIMIT $2")
        .bind(micros(before))
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(budget_from_row)
        .collect()
}

pub async fn delete_budget(conn: &mut AnyConnection, key: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM audit_budgets WHERE budget_key = $1").bind(key).execute(&mut *conn).await?;
    Ok(())
}
