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
use kalm_domain::permissions::{Action, Target, decide};
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
        crate::charges::record(
            kalm,
            &mut tx,
            platform.id,
            "made_available",
            key.code(),
            json!({ "note": note }),
            caller,
        )
        .await?;
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
        crate::charges::record(kalm, &mut tx, platform.id, "changed", key.code(), detail, caller).await?;
    }
    tx.commit().await?;
    Ok(value)
}

async fn set_domain(conn: &mut AnyConnection, platform: PlatformId, domain: &Hostname) -> AppResult<()> {
    kalm_store::platforms::set_domain(conn, platform, domain).await?;
    Ok(())
}

// The command line still names these here until it moves to `settings` and
// `charges` itself.
pub use crate::charges::{csv as charges_csv, list as charges};
pub use crate::settings::current as settings;
