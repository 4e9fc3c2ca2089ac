//! Configurations of a platform: making them available, changing them,
//! reading the settings in effect, and the charges they cause.
//!
//! Every change bumps the platform's settings version in the same
//! transaction as the change, its audit entry and its charge. Features read
//! settings through `settings(kalm, platform)`, which answers from a cache
//! keyed by that version: the platform row every request already loads
//! carries the version, so a cache hit costs no query, and a change made on
//! any node is seen by every node on its next request.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use kalm_domain::audit::AuditAction;
use kalm_domain::configurations::{
    Charge, ConfigurationKey, ConfigurationValue, Definition, Settings, StoredConfiguration, ValueError, in_effect,
    lockout_risk, warning_risk,
};
use kalm_domain::permissions::{Action, Target, decide};
use kalm_domain::platforms::{Hostname, PlatformId, PlatformKind};
use kalm_store::AnyConnection;
pub use kalm_store::charges::ChargeRow;
use serde_json::{Value, json};

use crate::Entity;
use crate::audit::{Event, Who, authorize, write};
use crate::platforms::Platform;
use crate::{AppError, AppResult, Caller, Kalm};

/// Settings as read at one settings version.
type Versioned = (i64, Arc<Settings>);

/// Settings per platform, tagged with the settings version they were read at.
#[derive(Clone, Default)]
pub struct SettingsCache(Arc<Mutex<HashMap<PlatformId, Versioned>>>);

/// The settings in effect on a platform. `platform` must be fresh (loaded for
/// this request), so its settings version says whether the cache is current.
pub async fn settings(kalm: &Kalm, platform: &Platform) -> AppResult<Arc<Settings>> {
    if let Some(cached) = cached(kalm, platform) {
        return Ok(cached);
    }
    let mut tx = kalm.store.begin().await?;
    let fresh = settings_on(kalm, &mut tx, platform).await?;
    tx.commit().await?;
    Ok(fresh)
}

fn cached(kalm: &Kalm, platform: &Platform) -> Option<Arc<Settings>> {
    let (version, cached) = kalm.settings.0.lock().ok()?.get(&platform.id).cloned()?;
    (version == platform.settings_version).then_some(cached)
}

/// `settings`, reading on the caller's connection: for use cases that need
/// settings inside their own transaction (a second connection could wait
/// for ever on SQLite's single one).
pub async fn settings_on(kalm: &Kalm, conn: &mut AnyConnection, platform: &Platform) -> AppResult<Arc<Settings>> {
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

/// One configuration as the console, the settings page and the API show it.
#[derive(Debug, Clone)]
pub struct ConfigurationView {
    pub definition: Definition,
    /// Made available (always true for configurations that are always in effect).
    pub available: bool,
    /// The stored value, or the default when nothing was stored.
    pub value: ConfigurationValue,
    pub note: Option<String>,
    pub updated_at: Option<DateTime<Utc>>,
    /// Whether the caller may change the value now.
    pub editable: bool,
    /// Whether the caller may make it available or withdraw it.
    pub availability_editable: bool,
}

fn actor_of(caller: &Caller) -> kalm_domain::permissions::Actor {
    caller.actor
}

/// The platform's configurations the caller may see: operators all of them,
/// application managers those in effect on their platform.
pub async fn overview(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<Vec<ConfigurationView>> {
    authorize(kalm, caller, Action::ViewConfigurations, &Target::Platform(platform.id)).await?;
    let mut tx = kalm.store.begin().await?;
    let rows = kalm_store::configurations::list(&mut tx, platform.id).await?;
    tx.commit().await?;
    let actor = actor_of(caller);
    let target = Target::Platform(platform.id);
    let mut views = Vec::new();
    for key in ConfigurationKey::ALL {
        let row = rows.iter().find(|r| r.stored.key == key);
        let stored = row.map_or(StoredConfiguration { key, available: false, value: None }, |r| r.stored.clone());
        let effective = in_effect(&stored);
        let operator =
            matches!(actor, kalm_domain::permissions::Actor::Operator | kalm_domain::permissions::Actor::System);
        if !operator && !effective {
            continue;
        }
        let value = match key {
            ConfigurationKey::Domain => ConfigurationValue::Domain(platform.domain.clone()),
            _ => stored
                .value
                .clone()
                .or_else(|| ConfigurationValue::default_for(key))
                .ok_or(AppError::NotFound(Entity::Configuration))?,
        };
        views.push(ConfigurationView {
            definition: key.definition(),
            available: effective,
            value,
            note: row.and_then(|r| r.note.clone()),
            updated_at: row.map(|r| r.updated_at),
            editable: key.edited_as_setting()
                && decide(&actor, Action::EditConfiguration { key, in_effect: effective }, &target).is_ok(),
            availability_editable: decide(&actor, Action::ChangeAvailability(key), &target).is_ok(),
        });
    }
    Ok(views)
}

fn who(caller: &Caller) -> Who {
    Who::Caller(caller.clone())
}

fn label(caller: &Caller) -> String {
    caller.label.clone()
}

async fn charge(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: PlatformId,
    event: &str,
    subject: &str,
    detail: Value,
    caller: &Caller,
) -> AppResult<()> {
    let row = ChargeRow {
        id: kalm.new_ordered_id(),
        at: kalm.clock.now(),
        platform_id: platform,
        event: event.to_owned(),
        subject: subject.to_owned(),
        detail: Some(detail.to_string()),
        actor_label: Some(label(caller)),
    };
    kalm_store::charges::append(conn, &row).await?;
    Ok(())
}

/// Makes a configuration available (`true`) or withdraws it (`false`). The
/// value is kept either way. Making a paid configuration available is
/// charged; repeating the current state changes nothing and costs nothing.
pub async fn set_availability(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    key: ConfigurationKey,
    available: bool,
    note: Option<&str>,
) -> AppResult<()> {
    set_availability_confirmed(kalm, caller, platform, key, available, note, false).await
}

/// A change that would deactivate more than a tenth of a type's accounts at
/// once must be confirmed by whoever makes it (`confirmed`), after seeing
/// the preview: it is easily undone in the settings, not in the accounts.
async fn check_inactivity(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    rule: &kalm_domain::configurations::InactivityDeactivation,
    confirmed: bool,
) -> AppResult<()> {
    if confirmed {
        return Ok(());
    }
    let preview = crate::inactivity::preview(kalm, caller, platform, rule).await?;
    if preview.needs_confirmation() {
        return Err(AppError::ConfirmationNeeded {
            professionals: preview.professionals.now,
            clients: preview.clients.now,
        });
    }
    Ok(())
}

/// `set_availability`, confirming a change that deactivates many accounts.
pub async fn set_availability_confirmed(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    key: ConfigurationKey,
    available: bool,
    note: Option<&str>,
    confirmed: bool,
) -> AppResult<()> {
    authorize(kalm, caller, Action::ChangeAvailability(key), &Target::Platform(platform.id)).await?;
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if let Some(n) = note
        && n.chars().count() > 500
    {
        return Err(AppError::Configuration(ValueError {
            field: "note".into(),
            problem: kalm_domain::configurations::Problem::TooLong { max: 500 },
        }));
    }
    if available && key == ConfigurationKey::InactivityDeactivation {
        let mut tx = kalm.store.begin().await?;
        let rows = kalm_store::configurations::list(&mut tx, platform.id).await?;
        tx.commit().await?;
        let stored = rows.iter().find(|r| r.stored.key == key).and_then(|r| r.stored.value.clone());
        let was_available = rows.iter().find(|r| r.stored.key == key).is_some_and(|r| r.stored.available);
        if let (false, Some(ConfigurationValue::InactivityDeactivation(rule))) = (was_available, stored) {
            check_inactivity(kalm, caller, platform, &rule, confirmed).await?;
        }
    }
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let rows = kalm_store::configurations::list(&mut tx, platform.id).await?;
    let was = rows.iter().find(|r| r.stored.key == key).is_some_and(|r| r.stored.available);
    if was == available {
        tx.commit().await?;
        return Ok(());
    }
    kalm_store::configurations::set_availability(&mut tx, platform.id, key, available, note, now).await?;
    kalm_store::platforms::bump_settings_version(&mut tx, platform.id).await?;
    let event = Event::new(AuditAction::ConfigurationAvailabilityChanged, Some(platform.id))
        .target("platform", platform.id.0, platform.domain.as_str())
        .detail(json!({ "configuration": key.code(), "old": was, "new": available, "note": note }));
    write(kalm, &mut tx, &who(caller), event).await?;
    if available && key.definition().charge == Charge::WhenMadeAvailable {
        charge(kalm, &mut tx, platform.id, "made_available", key.code(), json!({ "note": note }), caller).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Changes a configuration's value. The value is parsed from its JSON form
/// (`ConfigurationValue::parse`), so a bad value is refused with the field
/// and what is allowed, and nothing is stored.
pub async fn set_value(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    key: ConfigurationKey,
    json_value: &Value,
    reason: Option<&str>,
) -> AppResult<ConfigurationValue> {
    set_value_confirmed(kalm, caller, platform, key, json_value, reason, false).await
}

/// `set_value`, confirming a change that deactivates many accounts.
pub async fn set_value_confirmed(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    key: ConfigurationKey,
    json_value: &Value,
    reason: Option<&str>,
    confirmed: bool,
) -> AppResult<ConfigurationValue> {
    let mut tx = kalm.store.begin().await?;
    let rows = kalm_store::configurations::list(&mut tx, platform.id).await?;
    tx.commit().await?;
    let row = rows.iter().find(|r| r.stored.key == key);
    let effective =
        in_effect(&row.map_or(StoredConfiguration { key, available: false, value: None }, |r| r.stored.clone()));
    authorize(kalm, caller, Action::EditConfiguration { key, in_effect: effective }, &Target::Platform(platform.id))
        .await?;
    let value = ConfigurationValue::parse(key, json_value).map_err(AppError::Configuration)?;
    // Single sign-on arrives later: until then no group has another way in.
    if let Some(risk) = lockout_risk(&value, &[]).or_else(|| warning_risk(&value)) {
        return Err(AppError::Configuration(risk));
    }
    let old = match key {
        ConfigurationKey::Domain => Some(ConfigurationValue::Domain(platform.domain.clone())),
        _ => row.and_then(|r| r.stored.value.clone()).or_else(|| ConfigurationValue::default_for(key)),
    };
    if old.as_ref() == Some(&value) {
        return Ok(value);
    }
    if let ConfigurationValue::InactivityDeactivation(rule) = &value
        && effective
    {
        check_inactivity(kalm, caller, platform, rule, confirmed).await?;
    }
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if key == ConfigurationKey::Domain && reason.is_none() {
        return Err(AppError::Configuration(ValueError {
            field: "reason".into(),
            problem: kalm_domain::configurations::Problem::Missing,
        }));
    }
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    match &value {
        ConfigurationValue::Domain(domain) => set_domain(&mut tx, platform.id, domain).await?,
        other => kalm_store::configurations::set_value(&mut tx, platform.id, other, now).await?,
    }
    kalm_store::platforms::bump_settings_version(&mut tx, platform.id).await?;
    let event = Event::new(AuditAction::ConfigurationChanged, Some(platform.id))
        .target("platform", platform.id.0, platform.domain.as_str())
        .detail(json!({
            "configuration": key.code(),
            "old": old.as_ref().map(ConfigurationValue::to_json),
            "new": value.to_json(),
            "reason": reason,
        }));
    write(kalm, &mut tx, &who(caller), event).await?;
    if key.definition().charge == Charge::EveryChange {
        let detail =
            json!({ "old": old.as_ref().map(ConfigurationValue::to_json), "new": value.to_json(), "reason": reason });
        charge(kalm, &mut tx, platform.id, "changed", key.code(), detail, caller).await?;
    }
    tx.commit().await?;
    Ok(value)
}

async fn set_domain(conn: &mut AnyConnection, platform: PlatformId, domain: &Hostname) -> AppResult<()> {
    kalm_store::platforms::set_domain(conn, platform, domain).await?;
    Ok(())
}

/// Records the purchase of the CMS when a content platform is created.
pub(crate) async fn charge_platform_creation(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: &Platform,
    caller: &Caller,
) -> AppResult<()> {
    if platform.kind == PlatformKind::Content {
        let detail = json!({ "name": platform.name.as_str(), "domain": platform.domain.as_str() });
        charge(kalm, conn, platform.id, "platform_created", "content_platform", detail, caller).await?;
    }
    Ok(())
}

/// The charges ledger, oldest first. Operators only.
pub async fn charges(
    kalm: &Kalm,
    caller: &Caller,
    platform: Option<PlatformId>,
    since: Option<DateTime<Utc>>,
) -> AppResult<Vec<ChargeRow>> {
    authorize(kalm, caller, Action::ViewCharges, &Target::Installation).await?;
    let mut tx = kalm.store.begin().await?;
    let rows = kalm_store::charges::list(&mut tx, platform, since).await?;
    let who = crate::audit::Who::Caller(caller.clone());
    let event = crate::audit::Event::new(kalm_domain::audit::AuditAction::ChargesExported, platform)
        .detail(serde_json::json!({ "since": since.map(|s| s.to_rfc3339()), "rows": rows.len() }));
    crate::audit::write(kalm, &mut tx, &who, event).await?;
    tx.commit().await?;
    Ok(rows)
}

/// The ledger as CSV (RFC 4180), for the account manager's spreadsheet.
pub fn charges_csv(rows: &[ChargeRow], platforms: &[Platform]) -> String {
    let field = |s: &str| {
        if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
    };
    let mut out = String::from("at,platform_id,platform_domain,platform_name,event,subject,actor,detail\r\n");
    for r in rows {
        let platform = platforms.iter().find(|p| p.id == r.platform_id);
        let cells = [
            r.at.to_rfc3339(),
            r.platform_id.to_string(),
            platform.map(|p| p.domain.as_str().to_owned()).unwrap_or_default(),
            platform.map(|p| p.name.as_str().to_owned()).unwrap_or_default(),
            r.event.clone(),
            r.subject.clone(),
            r.actor_label.clone().unwrap_or_default(),
            r.detail.clone().unwrap_or_default(),
        ];
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
