//! The catalogue links: which care platforms offer the released tools of
//! which content platforms. The service desk sets them; what a care
//! platform's catalogue then shows is the care side's business.

use kalm_domain::audit::AuditAction;
use kalm_domain::permissions::{Action, Target};
use kalm_domain::platforms::PlatformKind;
pub use kalm_store::catalogue::Link;

use crate::audit::{Event, Who, authorize, write};
use crate::platforms::Platform;
use crate::{AppError, AppResult, Caller, Kalm};

fn kinds(content: &Platform, care: &Platform) -> AppResult<()> {
    if content.kind != PlatformKind::Content {
        return Err(AppError::NotAContentPlatform);
    }
    if care.kind != PlatformKind::Care {
        return Err(AppError::NotACarePlatform);
    }
    Ok(())
}

/// Links a content platform to a care platform; returns false when they
/// were linked already (nothing changes, nothing is logged).
pub async fn link(kalm: &Kalm, caller: &Caller, content: &Platform, care: &Platform) -> AppResult<bool> {
    authorize(kalm, caller, Action::LinkCatalogue, &Target::Installation).await?;
    kinds(content, care)?;
    let mut tx = kalm.store.begin().await?;
    let linked = kalm_store::catalogue::link(&mut tx, content.id, care.id, kalm.clock.now()).await?;
    if linked {
        let event = Event::new(AuditAction::CatalogueLinked, Some(care.id))
            .target("platform", content.id.0, content.domain.as_str())
            .detail(serde_json::json!({ "content": content.domain.as_str(), "care": care.domain.as_str() }));
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    }
    tx.commit().await?;
    Ok(linked)
}

/// Ends a link; returns false when there was none.
pub async fn unlink(kalm: &Kalm, caller: &Caller, content: &Platform, care: &Platform) -> AppResult<bool> {
    authorize(kalm, caller, Action::LinkCatalogue, &Target::Installation).await?;
    let mut tx = kalm.store.begin().await?;
    let unlinked = kalm_store::catalogue::unlink(&mut tx, content.id, care.id).await?;
    if unlinked {
        let event = Event::new(AuditAction::CatalogueUnlinked, Some(care.id))
            .target("platform", content.id.0, content.domain.as_str())
            .detail(serde_json::json!({ "content": content.domain.as_str(), "care": care.domain.as_str() }));
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    }
    tx.commit().await?;
    Ok(unlinked)
}

/// Every link, oldest first.
pub async fn links(kalm: &Kalm, caller: &Caller) -> AppResult<Vec<Link>> {
    authorize(kalm, caller, Action::LinkCatalogue, &Target::Installation).await?;
    let mut reader = kalm.store.read().await?;
    Ok(kalm_store::catalogue::links(&mut reader).await?)
}
