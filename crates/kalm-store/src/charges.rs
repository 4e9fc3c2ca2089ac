//! The charges ledger: one row per chargeable event, append-only (the
//! database refuses updates and deletes, see `migrations`).

use chrono::{DateTime, Utc};
use kalm_domain::platforms::PlatformId;
use sqlx::{AnyConnection, Row};
use uuid::Uuid;

use crate::{StoreResult, instant, micros, uuid};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeRow {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub platform_id: PlatformId,
    /// `made_available`, `changed` or `platform_created`.
    pub event: String,
    /// The configuration key, or `content_platform`.
    pub subject: String,
    pub detail: Option<String>,
    pub actor_label: Option<String>,
    /// The price recorded with the charge, in minor units of `currency`.
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
}

pub async fn append(conn: &mut AnyConnection, row: &ChargeRow) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO charges (id, at, platform_id, event, subject, detail, actor_label, amount_minor, currency) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(row.id.to_string())
    .bind(micros(row.at))
    .bind(row.platform_id.0.to_string())
    .bind(row.event.clone())
    .bind(row.subject.clone())
    .bind(row.detail.clone())
    .bind(row.actor_label.clone())
    .bind(row.amount_minor)
    .bind(row.currency.clone())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Oldest first, as a ledger reads; from `since` up to (not including)
/// `until`.
pub async fn list(
    conn: &mut AnyConnection,
    platform: Option<PlatformId>,
    since: Option<DateTime<Utc>>,
    until: Option<DateTime<Utc>>,
) -> StoreResult<Vec<ChargeRow>> {
    let mut sql = String::from(
        "SELECT id, at, platform_id, event, subject, detail, actor_label, amount_minor, currency FROM charges \
         WHERE at >= $1 AND at < $2",
    );
    if platform.is_some() {
        sql.push_str(" AND platform_id = $3");
    }
    sql.push_str(" ORDER BY at, id");
    let mut query = sqlx::query(&sql).bind(since.map_or(i64::MIN, micros)).bind(until.map_or(i64::MAX, micros));
    if let Some(p) = platform {
        query = query.bind(p.0.to_string());
    }
    query
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| {
            Ok(ChargeRow {
                id: uuid(&row.try_get::<String, _>("id")?)?,
                at: instant(row.try_get("at")?)?,
                platform_id: PlatformId(uuid(&row.try_get::<String, _>("platform_id")?)?),
                event: row.try_get("event")?,
                subject: row.try_get("subject")?,
                detail: row.try_get("detail")?,
                actor_label: row.try_get("actor_label")?,
                amount_minor: row.try_get("amount_minor")?,
                currency: row.try_get("currency")?,
            })
        })
        .collect()
}
