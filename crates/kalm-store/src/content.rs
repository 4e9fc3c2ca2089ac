//! Tools, their drafts and their released versions.
//!
//! The draft is saved whole, guarded by its revision: `save_draft` writes
//! only when the revision it was based on is still the current one, so a
//! second author's save is refused rather than silently overwriting the
//! first. Versions are inserted once and never touched again (the
//! database refuses it, see migration 0019).

use chrono::{DateTime, Utc};
use kalm_domain::content::ToolKind;
use kalm_domain::languages::Language;
use kalm_domain::platforms::PlatformId;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use uuid::Uuid;

use crate::{Backend, StoreResult, corrupt, instant, micros, uuid};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolRow {
    pub id: Uuid,
    pub platform_id: PlatformId,
    pub kind: ToolKind,
    pub language: Language,
    /// The draft's title, kept beside it for lists.
    pub title: String,
    /// The draft as a `kalm-tool/1` document.
    pub draft: String,
    pub draft_revision: i64,
    pub draft_saved_at: DateTime<Utc>,
    pub draft_saved_by: Option<String>,
    /// 0 until the first release.
    pub latest_version: i64,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRow {
    pub tool_id: Uuid,
    pub version: i64,
    pub document: String,
    pub release_note: String,
    pub released_at: DateTime<Utc>,
    pub released_by: Option<String>,
}

const TOOL_COLUMNS: &str = "id, platform_id, kind, language, title, draft, draft_revision, draft_saved_at, \
                            draft_saved_by, latest_version, withdrawn_at, created_at";
const VERSION_COLUMNS: &str = "tool_id, version, document, release_note, released_at, released_by";

fn tool_from(row: &AnyRow) -> StoreResult<ToolRow> {
    Ok(ToolRow {
        id: uuid(&row.try_get::<String, _>("id")?)?,
        platform_id: PlatformId(uuid(&row.try_get::<String, _>("platform_id")?)?),
        kind: ToolKind::parse(&row.try_get::<String, _>("kind")?).map_err(corrupt)?,
        language: Language::parse(&row.try_get::<String, _>("language")?).map_err(corrupt)?,
        title: row.try_get("title")?,
        draft: row.try_get("draft")?,
        draft_revision: row.try_get("draft_revision")?,
        draft_saved_at: instant(row.try_get("draft_saved_at")?)?,
        draft_saved_by: row.try_get("draft_saved_by")?,
        latest_version: row.try_get("latest_version")?,
        withdrawn_at: row.try_get::<Option<i64>, _>("withdrawn_at")?.map(instant).transpose()?,
        created_at: instant(row.try_get("created_at")?)?,
    })
}

fn version_from(row: &AnyRow) -> StoreResult<VersionRow> {
    Ok(VersionRow {
        tool_id: uuid(&row.try_get::<String, _>("tool_id")?)?,
        version: row.try_get("version")?,
        document: row.try_get("document")?,
        release_note: row.try_get("release_note")?,
        released_at: instant(row.try_get("released_at")?)?,
        released_by: row.try_get("released_by")?,
    })
}

pub async fn insert_tool(conn: &mut AnyConnection, tool: &ToolRow) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO tools (id, platform_id, kind, language, title, draft, draft_revision, draft_saved_at, \
         draft_saved_by, latest_version, withdrawn_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(tool.id.to_string())
    .bind(tool.platform_id.0.to_string())
    .bind(tool.kind.code())
    .bind(tool.language.code())
    .bind(tool.title.clone())
    .bind(tool.draft.clone())
    .bind(tool.draft_revision)
    .bind(micros(tool.draft_saved_at))
    .bind(tool.draft_saved_by.clone())
    .bind(tool.latest_version)
    .bind(tool.withdrawn_at.map(micros))
    .bind(micros(tool.created_at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A tool of `platform` by id: a tool of another platform is not found.
pub async fn tool(conn: &mut AnyConnection, platform: PlatformId, id: Uuid) -> StoreResult<Option<ToolRow>> {
    let sql = format!("SELECT {TOOL_COLUMNS} FROM tools WHERE id = $1 AND platform_id = $2");
    sqlx::query(&sql)
        .bind(id.to_string())
        .bind(platform.0.to_string())
        .fetch_optional(&mut *conn)
        .await?
        .as_ref()
        .map(tool_from)
        .transpose()
}

/// The tool, locked for the rest of the transaction (a release reads the
/// draft and numbers the version while no other release can).
pub async fn lock_tool(
    conn: &mut AnyConnection,
    backend: Backend,
    platform: PlatformId,
    id: Uuid,
) -> StoreResult<Option<ToolRow>> {
    let lock = match backend {
        Backend::Postgres => " FOR UPDATE",
        Backend::Sqlite => "",
    };
    let sql = format!("SELECT {TOOL_COLUMNS} FROM tools WHERE id = $1 AND platform_id = $2{lock}");
    sqlx::query(&sql)
        .bind(id.to_string())
        .bind(platform.0.to_string())
        .fetch_optional(&mut *conn)
        .await?
        .as_ref()
        .map(tool_from)
        .transpose()
}

/// A platform's tools, by title.
pub async fn tools_of(conn: &mut AnyConnection, platform: PlatformId) -> StoreResult<Vec<ToolRow>> {
    let sql = format!("SELECT {TOOL_COLUMNS} FROM tools WHERE platform_id = $1 ORDER BY title, id");
    sqlx::query(&sql).bind(platform.0.to_string()).fetch_all(&mut *conn).await?.iter().map(tool_from).collect()
}

/// Writes a draft if it is still at `based_on`; returns whether it did.
pub async fn save_draft(
    conn: &mut AnyConnection,
    id: Uuid,
    based_on: i64,
    title: &str,
    draft: &str,
    at: DateTime<Utc>,
    by: &str,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE tools SET draft = $1, title = $2, draft_revision = draft_revision + 1, draft_saved_at = $3, \
         draft_saved_by = $4 WHERE id = $5 AND draft_revision = $6",
    )
    .bind(draft)
    .bind(title)
    .bind(micros(at))
    .bind(by)
    .bind(id.to_string())
    .bind(based_on)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn insert_version(conn: &mut AnyConnection, version: &VersionRow) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO tool_versions (tool_id, version, document, release_note, released_at, released_by) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(version.tool_id.to_string())
    .bind(version.version)
    .bind(version.document.clone())
    .bind(version.release_note.clone())
    .bind(micros(version.released_at))
    .bind(version.released_by.clone())
    .execute(&mut *conn)
    .await
    .map_err(|e| crate::StoreError::unique(e, "version"))?;
    sqlx::query("UPDATE tools SET latest_version = $1 WHERE id = $2")
        .bind(version.version)
        .bind(version.tool_id.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A tool's versions, newest first.
pub async fn versions(conn: &mut AnyConnection, tool: Uuid) -> StoreResult<Vec<VersionRow>> {
    let sql = format!("SELECT {VERSION_COLUMNS} FROM tool_versions WHERE tool_id = $1 ORDER BY version DESC");
    sqlx::query(&sql).bind(tool.to_string()).fetch_all(&mut *conn).await?.iter().map(version_from).collect()
}

pub async fn version(conn: &mut AnyConnection, tool: Uuid, number: i64) -> StoreResult<Option<VersionRow>> {
    let sql = format!("SELECT {VERSION_COLUMNS} FROM tool_versions WHERE tool_id = $1 AND version = $2");
    sqlx::query(&sql)
        .bind(tool.to_string())
        .bind(number)
        .fetch_optional(&mut *conn)
        .await?
        .as_ref()
        .map(version_from)
        .transpose()
}

/// Withdraws a tool from catalogues (`Some`) or offers it again (`None`).
pub async fn set_withdrawn(conn: &mut AnyConnection, id: Uuid, at: Option<DateTime<Utc>>) -> StoreResult<()> {
    sqlx::query("UPDATE tools SET withdrawn_at = $1 WHERE id = $2")
        .bind(at.map(micros))
        .bind(id.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}
