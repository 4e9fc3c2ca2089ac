//! Media files (images, audio) of content platforms, stored in the
//! database by the SHA-256 of their bytes.
//!
//! In the database rather than on disk so that every node of an
//! installation serves every file without shared storage, and a backup of
//! the database is a backup of the content. Files are small (at most
//! 20 MiB, see `kalm_domain::media`) and written rarely.
//!
//! Rows are keyed by platform and hash: `insert` of bytes a platform has
//! already (twice in a row, or at once on two nodes) does nothing, and
//! every read names the platform, so one platform never reaches another's
//! files. The bytes go through sqlx's `Any` driver as a blob (`Vec<u8>`,
//! `&[u8]`): BLOB on SQLite and BYTEA on PostgreSQL both map to it, in
//! both directions. Metadata reads leave the bytes out.

use chrono::{DateTime, Utc};
use kalm_domain::platforms::PlatformId;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::{StoreResult, instant, micros, uuid};

/// What is known about a stored file, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRow {
    pub platform_id: PlatformId,
    /// Lowercase hex SHA-256 of the bytes.
    pub sha256: String,
    /// As read from the bytes on upload (`image/png`, `audio/mpeg`, …).
    pub content_type: String,
    pub size: i64,
    pub created_at: DateTime<Utc>,
    /// Who uploaded it first (the audit log's label).
    pub created_by: Option<String>,
}

const COLUMNS: &str = "platform_id, sha256, content_type, size, created_at, created_by";

fn row_from(row: &AnyRow) -> StoreResult<MediaRow> {
    Ok(MediaRow {
        platform_id: PlatformId(uuid(&row.try_get::<String, _>("platform_id")?)?),
        sha256: row.try_get("sha256")?,
        content_type: row.try_get("content_type")?,
        size: row.try_get("size")?,
        created_at: instant(row.try_get("created_at")?)?,
        created_by: row.try_get("created_by")?,
    })
}

/// Stores `bytes` under `media`'s platform and hash; returns whether the
/// row is new (false: the platform had these bytes already, and the first
/// row stays as it was).
pub async fn insert(conn: &mut AnyConnection, media: &MediaRow, bytes: &[u8]) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO media (platform_id, sha256, content_type, size, bytes, created_at, created_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (platform_id, sha256) DO NOTHING",
    )
    .bind(media.platform_id.0.to_string())
    .bind(media.sha256.as_str())
    .bind(media.content_type.as_str())
    .bind(media.size)
    .bind(bytes)
    .bind(micros(media.created_at))
    .bind(media.created_by.as_deref())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A platform's file: its content type and bytes.
pub async fn get(
    conn: &mut AnyConnection,
    platform: PlatformId,
    sha256: &str,
) -> StoreResult<Option<(String, Vec<u8>)>> {
    let row = sqlx::query("SELECT content_type, bytes FROM media WHERE platform_id = $1 AND sha256 = $2")
        .bind(platform.0.to_string())
        .bind(sha256)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|row| Ok((row.try_get("content_type")?, row.try_get("bytes")?))).transpose()
}

/// Whether the platform has the file: what a cache's revalidation needs,
/// without reading the bytes.
pub async fn exists(conn: &mut AnyConnection, platform: PlatformId, sha256: &str) -> StoreResult<bool> {
    let count: i64 = sqlx::query("SELECT COUNT(*) FROM media WHERE platform_id = $1 AND sha256 = $2")
        .bind(platform.0.to_string())
        .bind(sha256)
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
    Ok(count > 0)
}

/// A platform's files, newest first, without their bytes.
pub async fn list(conn: &mut AnyConnection, platform: PlatformId) -> StoreResult<Vec<MediaRow>> {
    let sql = format!("SELECT {COLUMNS} FROM media WHERE platform_id = $1 ORDER BY created_at DESC, sha256");
    sqlx::query(&sql).bind(platform.0.to_string()).fetch_all(&mut *conn).await?.iter().map(row_from).collect()
}
