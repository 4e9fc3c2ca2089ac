//! Media use cases: authors upload images and audio for their tools; the
//! platform serves them to whoever opens a module.
//!
//! An upload is checked by the domain (`kalm_domain::media::check`: the
//! type read from the bytes, the size limits, a safe SVG) and stored under
//! the SHA-256 of its bytes, in one transaction with its audit entry.
//! Uploading bytes the platform has already is not an error: the file is
//! the same, so is its name, and the author gets it back.
//!
//! `fetch` asks for no permission. A file is a picture or a recording in a
//! tool meant to be handed out, carries nothing about a person, and is
//! reached only by the hash of its bytes, which nobody guesses; a module
//! page must be able to load it with a plain `<img>` from any browser
//! session. It is still only ever read from the platform it was uploaded
//! to.

use kalm_domain::audit::AuditAction;
use kalm_domain::media::{self, MediaKind};
use kalm_domain::permissions::{Action, Target};
use kalm_domain::platforms::{PlatformId, PlatformKind};
use kalm_store::media::MediaRow;
use serde_json::json;

use crate::audit::{Event, Who, authorize, write};
use crate::platforms::Platform;
use crate::{AppError, AppResult, Caller, Kalm};

/// A stored file, as the author who uploaded it needs it: its name for a
/// block's `media`, and what it turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRef {
    /// Lowercase hex SHA-256 of the bytes.
    pub sha256: String,
    pub content_type: &'static str,
    pub size: i64,
}

/// Checks and stores an image or audio file for the platform's tools.
pub async fn upload(kalm: &Kalm, caller: &Caller, platform: &Platform, bytes: &[u8]) -> AppResult<MediaRef> {
    authorize(kalm, caller, Action::EditContent, &Target::Platform(platform.id)).await?;
    if platform.kind != PlatformKind::Content {
        return Err(AppError::NotAContentPlatform);
    }
    let (kind, sha256) = examine(bytes).await?;
    let size = i64::try_from(bytes.len()).map_err(|_| AppError::Internal("file size".into()))?;
    let row = MediaRow {
        platform_id: platform.id,
        sha256: sha256.clone(),
        content_type: kind.content_type().to_owned(),
        size,
        created_at: kalm.clock.now(),
        created_by: Some(caller.label.clone()),
    };
    let mut tx = kalm.store.begin().await?;
    kalm_store::media::insert(&mut tx, &row, bytes).await?;
    let event = Event::new(AuditAction::MediaUploaded, Some(platform.id))
        .detail(json!({ "sha256": sha256, "type": kind.content_type(), "size": size }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(MediaRef { sha256, content_type: kind.content_type(), size })
}

/// The check and the hash, off the async threads: hashing 20 MiB, and
/// reading a large SVG, take long enough to hold up other requests.
async fn examine(bytes: &[u8]) -> AppResult<(MediaKind, String)> {
    // The size is checked before the copy, so a large upload is refused
    // without another 20 MiB in memory.
    if bytes.len() > media::AUDIO_MAX {
        return Err(media::MediaError::TooLarge { size: bytes.len(), limit: media::AUDIO_MAX }.into());
    }
    let owned = bytes.to_vec();
    let examined =
        tokio::task::spawn_blocking(move || media::check(&owned).map(|kind| (kind, media::sha256_hex(&owned))))
            .await
            .map_err(|e| AppError::Internal(format!("media check: {e}")))?;
    Ok(examined?)
}

/// A file of `platform` by its hash: its content type and bytes. A hash of
/// another platform's file, or one that is no hash at all, is `None`.
pub async fn fetch(kalm: &Kalm, platform: PlatformId, sha256: &str) -> AppResult<Option<(String, Vec<u8>)>> {
    if !media::is_reference(sha256) {
        return Ok(None);
    }
    let mut reader = kalm.store.read().await?;
    Ok(kalm_store::media::get(&mut reader, platform, sha256).await?)
}

/// Whether `platform` has the file, without reading it: enough to answer a
/// browser that already holds it.
pub async fn exists(kalm: &Kalm, platform: PlatformId, sha256: &str) -> AppResult<bool> {
    if !media::is_reference(sha256) {
        return Ok(false);
    }
    let mut reader = kalm.store.read().await?;
    Ok(kalm_store::media::exists(&mut reader, platform, sha256).await?)
}

/// The platform's files, newest first, for the editor to choose from.
pub async fn list(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<Vec<MediaRow>> {
    authorize(kalm, caller, Action::ViewContent, &Target::Platform(platform.id)).await?;
    if platform.kind != PlatformKind::Content {
        return Err(AppError::NotAContentPlatform);
    }
    let mut reader = kalm.store.read().await?;
    Ok(kalm_store::media::list(&mut reader, platform.id).await?)
}
