//! Which care platforms offer a content platform's released tools.

use chrono::{DateTime, Utc};
use kalm_domain::platforms::PlatformId;
use sqlx::{AnyConnection, Row};

use crate::{StoreResult, instant, micros, uuid};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub content_platform: PlatformId,
    pub care_platform: PlatformId,
    pub created_at: DateTime<Utc>,
}

/// Links the two; returns false when they already were (a second click,
/// or two at once: the primary key decides).
pub async fn link(
    conn: &mut AnyConnection,
    content: PlatformId,
    care: PlatformId,
    at: DateTime<Utc>,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO catalogue_links (content_platform_id, care_platform_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (content_platform_id, care_platform_id) DO NOTHING",
    )
    .bind(content.0.to_string())
    .bind(care.0.to_string())
    .bind(micros(at))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Returns false when they were not linked.
pub async fn unlink(conn: &mut AnyConnection, content: PlatformId, care: PlatformId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM catalogue_links WHERE content_platform_id = $1 AND care_platform_id = $2")
        .bind(content.0.to_string())
        .bind(care.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Every link, oldest first.
pub async fn links(conn: &mut AnyConnection) -> StoreResult<Vec<Link>> {
    sqlx::query(
        "SELECT content_platform_id, care_platform_id, created_at FROM catalogue_links ORDER BY created_at, \
         content_platform_id, care_platform_id",
    )
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|row| {
        Ok(Link {
            content_platform: PlatformId(uuid(&row.try_get::<String, _>("content_platform_id")?)?),
            care_platform: PlatformId(uuid(&row.try_get::<String, _>("care_platform_id")?)?),
            created_at: instant(row.try_get("created_at")?)?,
        })
    })
    .collect()
}
