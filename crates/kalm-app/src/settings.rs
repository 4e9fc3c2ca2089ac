//! The settings in effect on a platform, as every feature reads them.
//!
//! Read through a per-node cache keyed by the platform's settings version,
//! which every configuration change bumps in its own transaction: the
//! platform row each request already loads carries the version, so a cache
//! hit costs no query, and a change made on any node is seen by every node
//! on its next request. Kept apart from `configurations` (which changes
//! settings) so that the features reading them do not depend on the one
//! that writes them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use kalm_domain::configurations::{Settings, StoredConfiguration};
use kalm_domain::platforms::PlatformId;
use kalm_store::AnyConnection;

use crate::platforms::Platform;
use crate::{AppResult, Kalm};

/// Settings as read at one settings version.
type Versioned = (i64, Arc<Settings>);

/// Settings per platform, tagged with the settings version they were read at.
#[derive(Clone, Default)]
pub struct SettingsCache(Arc<Mutex<HashMap<PlatformId, Versioned>>>);

/// The settings in effect on a platform. `platform` must be fresh (loaded for
/// this request), so its settings version says whether the cache is current.
pub async fn current(kalm: &Kalm, platform: &Platform) -> AppResult<Arc<Settings>> {
    if let Some(cached) = cached(kalm, platform) {
        return Ok(cached);
    }
    let mut reader = kalm.store.read().await?;
    current_on(kalm, &mut reader, platform).await
}

fn cached(kalm: &Kalm, platform: &Platform) -> Option<Arc<Settings>> {
    let (version, cached) = kalm.settings.0.lock().ok()?.get(&platform.id).cloned()?;
    (version == platform.settings_version).then_some(cached)
}

/// `current`, reading on the caller's connection: for use cases that need
/// settings inside their own transaction (a second connection could wait
/// for ever on SQLite's single one).
pub async fn current_on(kalm: &Kalm, conn: &mut AnyConnection, platform: &Platform) -> AppResult<Arc<Settings>> {
    if let Some(cached) = cached(kalm, platform) {
        return Ok(cached);
    }
    let rows = kalm_store::configurations::list(conn, platform.id).await?;
    let stored: Vec<StoredConfiguration> = rows.into_iter().map(|r| r.stored).collect();
    let fresh = Arc::new(Settings::effective(&stored));
    if let Ok(mut map) = kalm.settings.0.lock() {
        map.insert(platform.id, (platform.settings_version, fresh.clone()));
    }
    Ok(fresh)
}
