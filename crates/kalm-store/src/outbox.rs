//! The outbox: e-mails written in the same transaction as the change that
//! causes them, and claimed by delivery workers.
//!
//! Claiming is the one query that differs per backend: PostgreSQL takes due
//! rows with `FOR UPDATE SKIP LOCKED`, so several nodes never claim the same
//! message; SQLite has a single writer and needs no lock clause. A claim is a
//! lease (`claimed_until`) held by one claim (`claimed_by`): a worker that
//! dies mid-send leaves the message to be claimed again when the lease runs
//! out. The worker renews its claim on each message right before sending it
//! and records the outcome only while the claim is still its own, so a slow
//! round whose lease ran out never sends a message that another worker has
//! since claimed.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::AccountId;
use kalm_domain::emails::EmailKind;
use kalm_domain::languages::Language;
use kalm_domain::platforms::PlatformId;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use uuid::Uuid;

use crate::{Backend, StoreResult, corrupt, instant, micros, uuid};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxState {
    Queued,
    Sent,
    Failed,
}

impl OutboxState {
    pub fn code(self) -> &'static str {
        match self {
            OutboxState::Queued => "queued",
            OutboxState::Sent => "sent",
            OutboxState::Failed => "failed",
        }
    }

    fn parse(code: &str) -> StoreResult<OutboxState> {
        match code {
            "queued" => Ok(OutboxState::Queued),
            "sent" => Ok(OutboxState::Sent),
            "failed" => Ok(OutboxState::Failed),
            other => Err(corrupt(format!("outbox state {other}"))),
        }
    }
}

#[derive(Debug, Clone)]
pub struct OutboxMessage {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub platform_id: PlatformId,
    pub account_id: Option<AccountId>,
    pub kind: EmailKind,
    pub language: Language,
    pub recipient: String,
    /// The sealed (encrypted) e-mail data; gone once the message is sent.
    pub payload_sealed: Option<String>,
    pub state: OutboxState,
    pub attempts: i64,
    pub next_attempt_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
}

const COLUMNS: &str = "id, created_at, platform_id, account_id, kind, language, recipient, payload_sealed, state, \
                       attempts, next_attempt_at, last_error, sent_at";

fn from_row(row: &AnyRow) -> StoreResult<OutboxMessage> {
    let kind: String = row.try_get("kind")?;
    Ok(OutboxMessage {
        id: uuid(&row.try_get::<String, _>("id")?)?,
        created_at: instant(row.try_get("created_at")?)?,
        platform_id: PlatformId(uuid(&row.try_get::<String, _>("platform_id")?)?),
        account_id: row.try_get::<Option<String>, _>("account_id")?.map(|a| uuid(&a).map(AccountId)).transpose()?,
        kind: EmailKind::parse(&kind).ok_or_else(|| corrupt(format!("e-mail kind {kind}")))?,
        language: Language::parse(&row.try_get::<String, _>("language")?).map_err(corrupt)?,
        recipient: row.try_get("recipient")?,
        payload_sealed: row.try_get("payload_sealed")?,
        state: OutboxState::parse(&row.try_get::<String, _>("state")?)?,
        attempts: row.try_get("attempts")?,
        next_attempt_at: instant(row.try_get("next_attempt_at")?)?,
        last_error: row.try_get("last_error")?,
        sent_at: row.try_get::<Option<i64>, _>("sent_at")?.map(instant).transpose()?,
    })
}

#[derive(Debug, Clone)]
pub struct NewMessage {
    pub id: Uuid,
    pub platform_id: PlatformId,
    pub account_id: Option<AccountId>,
    pub kind: EmailKind,
    pub language: Language,
    pub recipient: String,
    pub payload_sealed: String,
}

pub async fn insert(conn: &mut AnyConnection, message: &NewMessage, now: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO outbox (id, created_at, platform_id, account_id, kind, language, recipient, payload_sealed, state, \
         attempts, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'queued', 0, $2)",
    )
    .bind(message.id.to_string())
    .bind(micros(now))
    .bind(message.platform_id.0.to_string())
    .bind(message.account_id.map(|a| a.0.to_string()))
    .bind(message.kind.code())
    .bind(message.language.code())
    .bind(message.recipient.clone())
    .bind(message.payload_sealed.clone())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Queues many messages in one statement.
pub async fn insert_many(
    conn: &mut AnyConnection,
    backend: Backend,
    messages: &[NewMessage],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    if messages.is_empty() {
        return Ok(());
    }
    // One JSON parameter, unpacked in SQL; what a run of messages
    // shares (platform, kind) is bound once, so each row carries only the
    // five fields that differ (every field looked up costs about as much as
    // writing the row).
    let mut rest = messages;
    while let Some(first) = rest.first() {
        let alike = rest.iter().take_while(|m| (m.platform_id, m.kind) == (first.platform_id, first.kind)).count();
        let (run, after) = rest.split_at(alike);
        let rows: Vec<PerMessage<'_>> = run
            .iter()
            .map(|m| {
                PerMessage(
                    m.id.to_string(),
                    m.account_id.map(|a| a.0.to_string()),
                    m.language.code(),
                    m.recipient.as_str(),
                    m.payload_sealed.as_str(),
                )
            })
            .collect();
        let rows = serde_json::to_string(&rows).map_err(|e| crate::corrupt(format!("outbox rows: {e}")))?;
        let sql = format!(
            "INSERT INTO outbox (id, created_at, platform_id, account_id, kind, language, recipient, payload_sealed, \
             state, attempts, next_attempt_at) \
             SELECT value ->> 0, $2, $3, value ->> 1, $4, value ->> 2, value ->> 3, value ->> 4, 'queued', 0, $2 \
             FROM {}",
            crate::json_array_rows(backend, 1)
        );
        sqlx::query(&sql)
            .bind(rows)
            .bind(micros(now))
            .bind(first.platform_id.0.to_string())
            .bind(first.kind.code())
            .execute(&mut *conn)
            .await?;
        rest = after;
    }
    Ok(())
}

/// What differs per message of a run: id, account, language, recipient and
/// sealed data, as a JSON array.
#[derive(serde::Serialize)]
struct PerMessage<'a>(String, Option<String>, &'a str, &'a str, &'a str);

/// Claims up to `limit` due messages until `lease_until`, for the claim
/// `claim` (unique per round).
pub async fn claim_due(
    conn: &mut AnyConnection,
    backend: Backend,
    claim: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: i64,
) -> StoreResult<Vec<OutboxMessage>> {
    let lock = match backend {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE outbox SET claimed_until = $1, claimed_by = $4 WHERE id IN (SELECT id FROM outbox \
         WHERE state = 'queued' AND next_attempt_at <= $2 AND (claimed_until IS NULL OR claimed_until <= $2) \
         ORDER BY next_attempt_at, id LIMIT $3{lock}) RETURNING {COLUMNS}"
    );
    sqlx::query(&sql)
        .bind(micros(lease_until))
        .bind(micros(now))
        .bind(limit)
        .bind(claim)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

/// Renews `claim`'s lease on one message until `lease_until`, right before
/// it is sent; `false` when the message is no longer this claim's (another
/// worker took it after the lease ran out, or it is no longer queued).
pub async fn renew_claim(
    conn: &mut AnyConnection,
    id: Uuid,
    claim: &str,
    lease_until: DateTime<Utc>,
) -> StoreResult<bool> {
    let done =
        sqlx::query("UPDATE outbox SET claimed_until = $1 WHERE id = $2 AND claimed_by = $3 AND state = 'queued'")
            .bind(micros(lease_until))
            .bind(id.to_string())
            .bind(claim)
            .execute(&mut *conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// `renew_claim` for several messages in one statement: the ids of those
/// still this claim's, whose lease now runs until `lease_until`.
pub async fn renew_claims(
    conn: &mut AnyConnection,
    backend: Backend,
    ids: &[Uuid],
    claim: &str,
    lease_until: DateTime<Utc>,
) -> StoreResult<Vec<Uuid>> {
    let ids_json = serde_json::to_string(&ids.iter().map(Uuid::to_string).collect::<Vec<_>>()).map_err(corrupt)?;
    let sql = format!(
        "UPDATE outbox SET claimed_until = $1 WHERE id {} AND claimed_by = $3 AND state = 'queued' RETURNING id",
        crate::json_in(backend, 2)
    );
    let rows = sqlx::query(&sql).bind(micros(lease_until)).bind(ids_json).bind(claim).fetch_all(&mut *conn).await?;
    rows.iter().map(|row| uuid(&row.try_get::<String, _>("id")?)).collect()
}

/// Marks a message sent and forgets its payload (which may hold a one-time
/// link), if `claim` still holds it; `false` otherwise.
pub async fn mark_sent(conn: &mut AnyConnection, id: Uuid, claim: &str, now: DateTime<Utc>) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE outbox SET state = 'sent', sent_at = $1, payload_sealed = NULL, claimed_until = NULL, \
         claimed_by = NULL, attempts = attempts + 1, last_error = NULL \
         WHERE id = $2 AND claimed_by = $3 AND state = 'queued'",
    )
    .bind(micros(now))
    .bind(id.to_string())
    .bind(claim)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records a failed attempt: retried at `retry_at`, or failed for good when `None`.
/// `false` when `claim` no longer holds the message.
pub async fn mark_attempt_failed(
    conn: &mut AnyConnection,
    id: Uuid,
    claim: &str,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
) -> StoreResult<bool> {
    let (state, next) = match retry_at {
        Some(at) => ("queued", Some(micros(at))),
        None => ("failed", None),
    };
    let done = sqlx::query(
        "UPDATE outbox SET state = $1, next_attempt_at = COALESCE($2, next_attempt_at), attempts = attempts + 1, \
         last_error = $3, claimed_until = NULL, claimed_by = NULL \
         WHERE id = $4 AND claimed_by = $5 AND state = 'queued'",
    )
    .bind(state)
    .bind(next)
    .bind(error)
    .bind(id.to_string())
    .bind(claim)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn by_state(conn: &mut AnyConnection, state: OutboxState, limit: i64) -> StoreResult<Vec<OutboxMessage>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox WHERE state = $1 ORDER BY created_at, id LIMIT $2");
    sqlx::query(&sql).bind(state.code()).bind(limit).fetch_all(&mut *conn).await?.iter().map(from_row).collect()
}

/// The newest messages to one address, whatever their state, compared
/// without regard to case.
pub async fn to_address(conn: &mut AnyConnection, address: &str, limit: i64) -> StoreResult<Vec<OutboxMessage>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox WHERE LOWER(recipient) = $1 ORDER BY created_at DESC, id LIMIT $2");
    sqlx::query(&sql)
        .bind(address.trim().to_lowercase())
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub async fn by_id(conn: &mut AnyConnection, id: Uuid) -> StoreResult<Option<OutboxMessage>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox WHERE id = $1");
    sqlx::query(&sql).bind(id.to_string()).fetch_optional(&mut *conn).await?.as_ref().map(from_row).transpose()
}

/// Puts a failed message back in the queue, due now.
pub async fn retry(conn: &mut AnyConnection, id: Uuid, now: DateTime<Utc>) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE outbox SET state = 'queued', next_attempt_at = $1, claimed_until = NULL WHERE id = $2 AND state = 'failed'",
    )
    .bind(micros(now))
    .bind(id.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Counts per state, and the creation time of the oldest queued message.
pub async fn stats(conn: &mut AnyConnection) -> StoreResult<(i64, i64, i64, Option<DateTime<Utc>>)> {
    let row = sqlx::query(
        "SELECT COUNT(CASE WHEN state = 'queued' THEN 1 END) AS queued, \
         COUNT(CASE WHEN state = 'sent' THEN 1 END) AS sent, \
         COUNT(CASE WHEN state = 'failed' THEN 1 END) AS failed, \
         MIN(CASE WHEN state = 'queued' THEN created_at END) AS oldest FROM outbox",
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok((
        row.try_get::<i64, _>("queued")?,
        row.try_get::<i64, _>("sent")?,
        row.try_get::<i64, _>("failed")?,
        row.try_get::<Option<i64>, _>("oldest")?.map(instant).transpose()?,
    ))
}
