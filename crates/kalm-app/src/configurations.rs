//! Configurations of a platform: the service desk makes them available or
//! withdraws them, whoever may changes their values.
//!
//! Every change bumps the platform's settings version in the same
//! transaction as the change, its audit entry and its charge (`charges`).
//! Features read the settings in effect through `settings::current`, whose
//! cache is keyed by that version.

use chrono::{DateTime, Utc};
use kalm_domain::audit::AuditAction;
use kalm_domain::configurations::{
    Charge, ConfigurationKey, ConfigurationValue, Definition, StoredConfiguration, ValueError, in_effect, lockout_risk,
    warning_risk,
};
use kalm_domain::permissions::{Action, Actor, Target, decide};
use kalm_domain::platforms::{Hostname, PlatformId};
use kalm_store::AnyConnection;
pub use kalm_store::charges::ChargeRow;
use serde_json::{Value, json};

use crate::Entity;
use crate::audit::{Event, Who, authorize, write};
use crate::platforms::Platform;
use crate::{AppError, AppResult, Caller, Kalm};

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

/// The platform's configurations the caller may see: operators all of them,
/// application managers those in effect on their platform.
pub async fn overview(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<Vec<ConfigurationView>> {
    authorize(kalm, caller, Action::ViewConfigurations, &Target::Platform(platform.id)).await?;
    let mut reader = kalm.store.read().await?;
    let rows = kalm_store::configurations::list(&mut reader, platform.id).await?;
    drop(reader);
    let service_desk = matches!(caller.actor, Actor::Operator | Actor::System);
    let mut views = Vec::new();
    for key in ConfigurationKey::ALL {
        let view = view_of(caller, platform, &rows, key)?;
        if service_desk || view.available {
            views.push(view);
        }
    }
    Ok(views)
}

/// One configuration as `caller` sees it, from the platform's rows.
fn view_of(
    caller: &Caller,
    platform: &Platform,
    rows: &[kalm_store::configurations::ConfigurationRow],
    key: ConfigurationKey,
) -> AppResult<ConfigurationView> {
    let target = Target::Platform(platform.id);
    let row = rows.iter().find(|r| r.stored.key == key);
    let stored = row.map_or(StoredConfiguration { key, available: false, value: None }, |r| r.stored.clone());
    let effective = in_effect(&stored);
    let value = match key {
        ConfigurationKey::Domain => ConfigurationValue::Domain(platform.domain.clone()),
        _ => stored
            .value
            .clone()
            .or_else(|| ConfigurationValue::default_for(key))
            .ok_or(AppError::NotFound(Entity::Configuration))?,
    };
    Ok(ConfigurationView {
        definition: key.definition(),
        available: effective,
        value,
        note: row.and_then(|r| r.note.clone()),
        updated_at: row.map(|r| r.updated_at),
        editable: key.edited_as_setting()
            && decide(&caller.actor, Action::EditConfiguration { key, in_effect: effective }, &target).is_ok(),
        availability_editable: decide(&caller.actor, Action::ChangeAvailability(key), &target).is_ok(),
    })
}

fn who(caller: &Caller) -> Who {
    Who::Caller(caller.clone())
}

/// What a change of one configuration asks for: a new value, a new
/// availability, or both at once (the service desk's form and API).
#[derive(Debug, Clone, Copy, Default)]
pub struct Change<'a> {
    /// The new value in its JSON form (`ConfigurationValue::parse`).
    pub value: Option<&'a Value>,
    /// Make available (`true`) or withdraw (`false`).
    pub available: Option<bool>,
    /// Why (required for a domain change), kept in the audit log.
    pub reason: Option<&'a str>,
    /// The service desk's note on an availability change.
    pub note: Option<&'a str>,
    /// Confirms a change that deactivates many accounts at once.
    pub confirmed: bool,
}

/// Changes one configuration of a platform, in one transaction: the
/// platform and its configurations are read inside it (on PostgreSQL the
/// platform row is locked, on SQLite the transaction holds the write lock),
/// the permission is decided on what was read, and the value, the
/// availability, their audit entries, their charges and the new settings
/// version are written together, or nothing is. A value and an availability
/// asked for together apply together. Returns the configuration as the
/// caller now sees it.
pub async fn change(
    kalm: &Kalm,
    caller: &Caller,
    platform: PlatformId,
    key: ConfigurationKey,
    change: Change<'_>,
) -> AppResult<ConfigurationView> {
    let note = change.note.map(str::trim).filter(|n| !n.is_empty());
    if let Some(n) = note
        && n.chars().count() > 500
    {
        return Err(AppError::Configuration(ValueError {
            field: "note".into(),
            problem: kalm_domain::configurations::Problem::TooLong { max: 500 },
        }));
    }
    let reason = change.reason.map(str::trim).filter(|r| !r.is_empty());
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let platform = kalm_store::platforms::lock(&mut tx, kalm.store.backend(), platform)
        .await?
        .ok_or(AppError::NotFound(Entity::Platform))?;
    let rows = kalm_store::configurations::list(&mut tx, platform.id).await?;
    let row = rows.iter().find(|r| r.stored.key == key);
    let stored = row.map_or(StoredConfiguration { key, available: false, value: None }, |r| r.stored.clone());
    let target = Target::Platform(platform.id);
    let mut asked = Vec::new();
    if change.value.is_some() {
        asked.push(Action::EditConfiguration { key, in_effect: in_effect(&stored) });
    }
    if change.available.is_some() {
        asked.push(Action::ChangeAvailability(key));
    }
    for action in asked {
        if let Err(refused) = crate::audit::decide_on(kalm, &mut tx, caller, action, &target).await? {
            tx.commit().await?;
            return Err(refused);
        }
    }
    let available_after = change.available.unwrap_or(stored.available);
    let mut changed = false;
    if let Some(json_value) = change.value {
        let value = ConfigurationValue::parse(key, json_value).map_err(AppError::Configuration)?;
        // Single sign-on arrives later: until then no group has another way in.
        if let Some(risk) = lockout_risk(&value, &[]).or_else(|| warning_risk(&value)) {
            return Err(AppError::Configuration(risk));
        }
        let old = match key {
            ConfigurationKey::Domain => Some(ConfigurationValue::Domain(platform.domain.clone())),
            _ => stored.value.clone().or_else(|| ConfigurationValue::default_for(key)),
        };
        if old.as_ref() != Some(&value) {
            if key == ConfigurationKey::Domain && reason.is_none() {
                return Err(AppError::Configuration(ValueError {
                    field: "reason".into(),
                    problem: kalm_domain::configurations::Problem::Missing,
                }));
            }
            let in_effect_after = in_effect(&StoredConfiguration { key, available: available_after, value: None });
            if let ConfigurationValue::InactivityDeactivation(rule) = &value
                && in_effect_after
            {
                check_inactivity(kalm, &mut tx, platform.id, rule, change.confirmed).await?;
            }
            match &value {
                ConfigurationValue::Domain(domain) => set_domain(&mut tx, platform.id, domain).await?,
                other => kalm_store::configurations::set_value(&mut tx, platform.id, other, now).await?,
            }
            let old_json = old.as_ref().map(ConfigurationValue::to_json);
            let event = Event::new(AuditAction::ConfigurationChanged, Some(platform.id))
                .target("platform", platform.id.0, platform.domain.as_str())
                .detail(
                    json!({ "configuration": key.code(), "old": old_json, "new": value.to_json(), "reason": reason }),
                );
            write(kalm, &mut tx, &who(caller), event).await?;
            if key.definition().charge == Charge::EveryChange {
                let detail = json!({ "old": old_json, "new": value.to_json(), "reason": reason });
                crate::charges::record(kalm, &mut tx, platform.id, "changed", key.code(), detail, caller).await?;
            }
            changed = true;
        }
    }
    if let Some(available) = change.available
        && available != stored.available
    {
        if available && key == ConfigurationKey::InactivityDeactivation {
            // The rule that takes effect: a value changed above, or the one kept.
            let rows = kalm_store::configurations::list(&mut tx, platform.id).await?;
            let kept = rows.iter().find(|r| r.stored.key == key).and_then(|r| r.stored.value.clone());
            if let Some(ConfigurationValue::InactivityDeactivation(rule)) = kept {
                check_inactivity(kalm, &mut tx, platform.id, &rule, change.confirmed).await?;
            }
        }
        kalm_store::configurations::set_availability(&mut tx, platform.id, key, available, note, now).await?;
        let event = Event::new(AuditAction::ConfigurationAvailabilityChanged, Some(platform.id))
            .target("platform", platform.id.0, platform.domain.as_str())
            .detail(json!({ "configuration": key.code(), "old": stored.available, "new": available, "note": note }));
        write(kalm, &mut tx, &who(caller), event).await?;
        if available && key.definition().charge == Charge::WhenMadeAvailable {
            let detail = json!({ "note": note });
            crate::charges::record(kalm, &mut tx, platform.id, "made_available", key.code(), detail, caller).await?;
        }
        changed = true;
    }
    if changed {
        kalm_store::platforms::bump_settings_version(&mut tx, platform.id).await?;
    }
    let platform =
        kalm_store::platforms::by_id(&mut tx, platform.id).await?.ok_or(AppError::NotFound(Entity::Platform))?;
    let rows = kalm_store::configurations::list(&mut tx, platform.id).await?;
    let view = view_of(caller, &platform, &rows, key)?;
    tx.commit().await?;
    Ok(view)
}

/// A change that would deactivate more than a tenth of a type's accounts at
/// once must be confirmed by whoever makes it (`confirmed`), after seeing
/// the preview: it is easily undone in the settings, not in the accounts.
/// Counted on the change's own transaction.
async fn check_inactivity(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: PlatformId,
    rule: &kalm_domain::configurations::InactivityDeactivation,
    confirmed: bool,
) -> AppResult<()> {
    if confirmed {
        return Ok(());
    }
    let preview = crate::inactivity::preview_on(kalm, conn, platform, rule).await?;
    if preview.needs_confirmation() {
        return Err(AppError::ConfirmationNeeded {
            professionals: preview.professionals.now,
            clients: preview.clients.now,
        });
    }
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
    let asked = Change { available: Some(available), note, confirmed, ..Change::default() };
    change(kalm, caller, platform.id, key, asked).await.map(|_| ())
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
    let asked = Change { value: Some(json_value), reason, confirmed, ..Change::default() };
    change(kalm, caller, platform.id, key, asked).await.map(|view| view.value)
}

async fn set_domain(conn: &mut AnyConnection, platform: PlatformId, domain: &Hostname) -> AppResult<()> {
    kalm_store::platforms::set_domain(conn, platform, domain).await?;
    Ok(())
}
