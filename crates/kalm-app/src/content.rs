//! Content use cases: authors create tools and edit their drafts,
//! publishers release drafts as numbered versions and withdraw tools, and
//! tools travel as `kalm-tool/1` documents.
//!
//! Every change is one transaction with its audit entry. A draft save is
//! based on the revision the author opened (`based_on`), and refused when
//! someone saved in between, so work is never overwritten unseen; a
//! release locks the tool, checks the draft (`release::problems`) and
//! freezes it as the next version, or refuses with every problem at once.

use chrono::{DateTime, Utc};
use kalm_domain::audit::AuditAction;
use kalm_domain::content::release::{self, ReleaseProblem};
use kalm_domain::content::{ToolDocument, ToolKind};
use kalm_domain::languages::Language;
use kalm_domain::permissions::{Action, Target};
use kalm_domain::platforms::PlatformKind;
use kalm_store::content::{ToolRow, VersionRow};
use serde_json::json;
use uuid::Uuid;

use crate::audit::{Event, Who, authorize, write};
use crate::platforms::Platform;
use crate::{AppError, AppResult, Caller, Entity, Kalm};

/// A tool as its editor and lists show it.
#[derive(Debug, Clone)]
pub struct Tool {
    pub id: Uuid,
    pub kind: ToolKind,
    pub language: Language,
    pub title: String,
    pub draft: ToolDocument,
    pub draft_revision: i64,
    pub draft_saved_at: DateTime<Utc>,
    pub draft_saved_by: Option<String>,
    pub latest_version: i64,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// A released version.
#[derive(Debug, Clone)]
pub struct Version {
    pub number: i64,
    pub document: ToolDocument,
    pub release_note: String,
    pub released_at: DateTime<Utc>,
    pub released_by: Option<String>,
}

fn tool_from(row: ToolRow) -> AppResult<Tool> {
    let draft = ToolDocument::from_json(&row.draft).map_err(|e| AppError::Internal(format!("stored draft: {e}")))?;
    Ok(Tool {
        id: row.id,
        kind: row.kind,
        language: row.language,
        title: row.title,
        draft,
        draft_revision: row.draft_revision,
        draft_saved_at: row.draft_saved_at,
        draft_saved_by: row.draft_saved_by,
        latest_version: row.latest_version,
        withdrawn_at: row.withdrawn_at,
        created_at: row.created_at,
    })
}

fn version_from(row: VersionRow) -> AppResult<Version> {
    let document =
        ToolDocument::from_json(&row.document).map_err(|e| AppError::Internal(format!("stored version: {e}")))?;
    Ok(Version {
        number: row.version,
        document,
        release_note: row.release_note,
        released_at: row.released_at,
        released_by: row.released_by,
    })
}

/// Content is made on content platforms only.
fn content_platform(platform: &Platform) -> AppResult<()> {
    if platform.kind == PlatformKind::Content { Ok(()) } else { Err(AppError::NotAContentPlatform) }
}

async fn allowed(kalm: &Kalm, caller: &Caller, platform: &Platform, action: Action) -> AppResult<()> {
    authorize(kalm, caller, action, &Target::Platform(platform.id)).await?;
    content_platform(platform)
}

/// The platform's tools, by title.
pub async fn list(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<Vec<Tool>> {
    allowed(kalm, caller, platform, Action::ViewContent).await?;
    let mut reader = kalm.store.read().await?;
    let rows = kalm_store::content::tools_of(&mut reader, platform.id).await?;
    rows.into_iter().map(tool_from).collect()
}

/// One tool with its versions, newest first.
pub async fn show(kalm: &Kalm, caller: &Caller, platform: &Platform, id: Uuid) -> AppResult<(Tool, Vec<Version>)> {
    allowed(kalm, caller, platform, Action::ViewContent).await?;
    let mut reader = kalm.store.read().await?;
    let row = kalm_store::content::tool(&mut reader, platform.id, id).await?.ok_or(AppError::NotFound(Entity::Tool))?;
    let versions = kalm_store::content::versions(&mut reader, id).await?;
    Ok((tool_from(row)?, versions.into_iter().map(version_from).collect::<AppResult<_>>()?))
}

/// One released version, or the draft when `number` is none.
pub async fn document(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    id: Uuid,
    number: Option<i64>,
) -> AppResult<ToolDocument> {
    allowed(kalm, caller, platform, Action::ViewContent).await?;
    let mut reader = kalm.store.read().await?;
    let row = kalm_store::content::tool(&mut reader, platform.id, id).await?.ok_or(AppError::NotFound(Entity::Tool))?;
    match number {
        None => Ok(tool_from(row)?.draft),
        Some(n) => {
            let version =
                kalm_store::content::version(&mut reader, id, n).await?.ok_or(AppError::NotFound(Entity::Version))?;
            Ok(version_from(version)?.document)
        }
    }
}

async fn insert(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    document: &ToolDocument,
    action: AuditAction,
) -> AppResult<Tool> {
    let now = kalm.clock.now();
    let row = ToolRow {
        id: kalm.new_id(),
        platform_id: platform.id,
        kind: document.kind(),
        language: document.language,
        title: document.title.clone(),
        draft: document.to_json(),
        draft_revision: 1,
        draft_saved_at: now,
        draft_saved_by: Some(caller.label.clone()),
        latest_version: 0,
        withdrawn_at: None,
        created_at: now,
    };
    let mut tx = kalm.store.begin().await?;
    kalm_store::content::insert_tool(&mut tx, &row).await?;
    let event = Event::new(action, Some(platform.id))
        .target("tool", row.id, row.title.clone())
        .detail(json!({ "kind": row.kind.code(), "language": row.language.code() }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    tool_from(row)
}

/// Creates an empty tool; its kind and language are fixed from now on.
pub async fn create(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    kind: &str,
    language: &str,
    title: &str,
    description: &str,
) -> AppResult<Tool> {
    allowed(kalm, caller, platform, Action::EditContent).await?;
    let kind = ToolKind::parse(kind)?;
    let language = if language.trim().is_empty() { platform.default_language } else { Language::parse(language)? };
    let document = ToolDocument::new(kind, language, title, description)?;
    insert(kalm, caller, platform, &document, AuditAction::ToolCreated).await
}

/// A new tool from an exported document, as its draft.
pub async fn import(kalm: &Kalm, caller: &Caller, platform: &Platform, json: &str) -> AppResult<Tool> {
    allowed(kalm, caller, platform, Action::EditContent).await?;
    let document = ToolDocument::from_json(json)?;
    insert(kalm, caller, platform, &document, AuditAction::ToolCreated).await
}

/// Saves a draft opened at revision `based_on`; returns the new revision.
pub async fn save_draft(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    id: Uuid,
    based_on: i64,
    document: &ToolDocument,
) -> AppResult<i64> {
    allowed(kalm, caller, platform, Action::EditContent).await?;
    let mut tx = kalm.store.begin().await?;
    let row = kalm_store::content::lock_tool(&mut tx, kalm.store.backend(), platform.id, id)
        .await?
        .ok_or(AppError::NotFound(Entity::Tool))?;
    if document.kind() != row.kind || document.language != row.language {
        return Err(AppError::ToolFixed);
    }
    let now = kalm.clock.now();
    let saved = kalm_store::content::save_draft(
        &mut tx,
        id,
        based_on,
        &document.title,
        &document.to_json(),
        now,
        &caller.label,
    )
    .await?;
    if !saved {
        return Err(AppError::DraftOutdated);
    }
    let event = Event::new(AuditAction::ToolDraftSaved, Some(platform.id))
        .target("tool", id, document.title.clone())
        .detail(json!({ "revision": based_on + 1 }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(based_on + 1)
}

/// What `release` would refuse, for the editor to show before anyone asks.
pub fn release_problems(tool: &Tool) -> Vec<ReleaseProblem> {
    release::problems(&tool.draft)
}

/// Releases the draft as the next version, with a note on what changed.
/// `based_on` is the draft revision the publisher reviewed: a draft saved
/// since is not released unseen.
pub async fn release(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    id: Uuid,
    based_on: i64,
    note: &str,
) -> AppResult<i64> {
    allowed(kalm, caller, platform, Action::ReleaseContent).await?;
    let note = note.trim();
    if note.is_empty() {
        return Err(AppError::ReasonRequired);
    }
    let mut tx = kalm.store.begin().await?;
    let row = kalm_store::content::lock_tool(&mut tx, kalm.store.backend(), platform.id, id)
        .await?
        .ok_or(AppError::NotFound(Entity::Tool))?;
    if row.draft_revision != based_on {
        return Err(AppError::DraftOutdated);
    }
    let tool = tool_from(row)?;
    // A second click, or a second publisher at the same moment: the draft
    // is already the latest version, and a copy of it is no new version.
    if let Some(latest) = kalm_store::content::version(&mut tx, id, tool.latest_version).await?
        && version_from(latest)?.document == tool.draft
    {
        return Err(AppError::NothingToRelease);
    }
    let problems = release::problems(&tool.draft);
    if !problems.is_empty() {
        return Err(AppError::ReleaseRefused(problems));
    }
    let number = tool.latest_version + 1;
    let version = VersionRow {
        tool_id: id,
        version: number,
        document: tool.draft.to_json(),
        release_note: note.to_owned(),
        released_at: kalm.clock.now(),
        released_by: Some(caller.label.clone()),
    };
    kalm_store::content::insert_version(&mut tx, &version).await?;
    let event = Event::new(AuditAction::ToolReleased, Some(platform.id))
        .target("tool", id, tool.title.clone())
        .detail(json!({ "version": number, "note": note }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(number)
}

/// Withdraws a tool from the catalogues (`withdrawn`) or offers it again.
/// What is already in use goes on.
pub async fn set_withdrawn(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    id: Uuid,
    withdrawn: bool,
) -> AppResult<()> {
    allowed(kalm, caller, platform, Action::ReleaseContent).await?;
    let mut tx = kalm.store.begin().await?;
    let row = kalm_store::content::lock_tool(&mut tx, kalm.store.backend(), platform.id, id)
        .await?
        .ok_or(AppError::NotFound(Entity::Tool))?;
    if row.withdrawn_at.is_some() == withdrawn {
        tx.commit().await?;
        return Ok(());
    }
    let at = withdrawn.then(|| kalm.clock.now());
    kalm_store::content::set_withdrawn(&mut tx, id, at).await?;
    let action = if withdrawn { AuditAction::ToolWithdrawn } else { AuditAction::ToolOffered };
    let event = Event::new(action, Some(platform.id)).target("tool", id, row.title.clone());
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(())
}
