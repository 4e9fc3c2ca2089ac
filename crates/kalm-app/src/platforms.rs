//! Platforms: created and listed by the service desk; looked up by domain for
//! every request (tenancy).
//!
//! Each node keeps the platforms it served by host. A cached platform is
//! only ever used for a request whose session statement confirms it (see
//! `auth::visit_on_cached`); any other request reads the platform afresh
//! and refreshes the cache. So a change made on another node is seen on
//! the next request without any cross-node message.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use kalm_domain::accounts::EmailAddress;
use kalm_domain::audit::AuditAction;
use kalm_domain::countries::{Country, TimeZone};
use kalm_domain::languages::Language;
use kalm_domain::permissions::{Action, Target};
use kalm_domain::platforms::{Hostname, NewPlatform, PlatformId, PlatformKind, PlatformName};
pub use kalm_store::platforms::{Platform, PlatformDetails};

use crate::Entity;
use crate::audit::{Event, Who, authorize, write};
use crate::{AppError, AppResult, Caller, Kalm};

/// The raw fields of a platform form or CLI call.
#[derive(Debug, Clone, Default)]
pub struct PlatformInput {
    pub name: String,
    pub domain: String,
    pub language: String,
    pub kind: String,
    /// Empty: the country of the language.
    pub country: String,
    /// Empty: the country's time zone.
    pub time_zone: String,
}

impl PlatformInput {
    pub fn parse(&self) -> AppResult<NewPlatform> {
        let default_language = Language::parse(&self.language)?;
        let country = match self.country.trim() {
            "" => Country::of_language(default_language),
            typed => Country::parse(typed)?,
        };
        Ok(NewPlatform {
            name: PlatformName::parse(&self.name)?,
            domain: Hostname::parse(&self.domain)?,
            default_language,
            country,
            time_zone: match self.time_zone.trim() {
                "" => country.time_zone(),
                typed => TimeZone::parse(typed)?,
            },
            kind: if self.kind.trim().is_empty() { PlatformKind::Care } else { PlatformKind::parse(&self.kind)? },
        })
    }
}

/// The raw fields of a change to a platform's details. `None` keeps a
/// field as it is; an empty contact address removes it.
#[derive(Debug, Clone, Default)]
pub struct PlatformChange {
    pub name: Option<String>,
    pub language: Option<String>,
    pub country: Option<String>,
    pub time_zone: Option<String>,
    pub contact_email: Option<String>,
}

impl PlatformChange {
    /// The details after the change, every field parsed before anything is
    /// written.
    fn apply_to(&self, before: &PlatformDetails) -> AppResult<PlatformDetails> {
        let given =
            |field: &Option<String>| field.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        Ok(PlatformDetails {
            name: given(&self.name)
                .map(|n| PlatformName::parse(&n))
                .transpose()?
                .unwrap_or_else(|| before.name.clone()),
            default_language: given(&self.language)
                .map(|l| Language::parse(&l))
                .transpose()?
                .unwrap_or(before.default_language),
            country: given(&self.country).map(|c| Country::parse(&c)).transpose()?.unwrap_or(before.country),
            time_zone: given(&self.time_zone).map(|z| TimeZone::parse(&z)).transpose()?.unwrap_or(before.time_zone),
            contact_email: match self.contact_email.as_deref().map(str::trim) {
                None => before.contact_email.clone(),
                Some("") => None,
                Some(typed) => Some(EmailAddress::parse(typed)?),
            },
        })
    }
}

/// Creates a platform.
pub async fn create(kalm: &Kalm, caller: &Caller, input: &PlatformInput) -> AppResult<Platform> {
    authorize(kalm, caller, Action::CreatePlatform, &Target::Installation).await?;
    let new = input.parse()?;
    let now = kalm.clock.now();
    let id = PlatformId(kalm.new_id());
    let mut tx = kalm.store.begin().await?;
    let platform = kalm_store::platforms::insert(&mut tx, id, &new, now).await?;
    let who = Who::Caller(caller.clone());
    let event = Event::new(AuditAction::PlatformCreated, Some(id))
        .target("platform", id.0, platform.domain.as_str())
        .detail(serde_json::json!({
            "name": platform.name.as_str(),
            "kind": platform.kind.code(),
            "domain": platform.domain.as_str(),
            "language": platform.default_language.code(),
            "country": platform.country.code(),
            "time_zone": platform.time_zone.name(),
        }));
    write(kalm, &mut tx, &who, event).await?;
    crate::charges::for_platform_creation(kalm, &mut tx, &platform, caller).await?;
    tx.commit().await?;
    Ok(platform)
}

pub async fn list(kalm: &Kalm, caller: &Caller) -> AppResult<Vec<Platform>> {
    authorize(kalm, caller, Action::ListPlatforms, &Target::Installation).await?;
    let mut tx = kalm.store.begin().await?;
    let platforms = kalm_store::platforms::list(&mut tx).await?;
    tx.commit().await?;
    Ok(platforms)
}

/// A platform by id or by domain, as typed by an operator.
pub async fn find(kalm: &Kalm, caller: &Caller, id_or_domain: &str) -> AppResult<Platform> {
    let mut tx = kalm.store.begin().await?;
    let found = match uuid::Uuid::parse_str(id_or_domain.trim()) {
        Ok(id) => kalm_store::platforms::by_id(&mut tx, PlatformId(id)).await?,
        Err(_) => match Hostname::parse(id_or_domain) {
            Ok(domain) => kalm_store::platforms::by_domain(&mut tx, &domain).await?,
            Err(_) => None,
        },
    };
    tx.commit().await?;
    let platform = found.ok_or(AppError::NotFound(Entity::Platform))?;
    authorize(kalm, caller, Action::ViewPlatform, &Target::Platform(platform.id)).await?;
    Ok(platform)
}

/// A platform by id, for a use case that already decided who may act on it
/// (reading the platform of an account it loaded, say), inside its own
/// transaction: no permission of its own.
pub(crate) async fn load_on(conn: &mut kalm_store::AnyConnection, id: PlatformId) -> AppResult<Platform> {
    kalm_store::platforms::by_id(conn, id).await?.ok_or(AppError::NotFound(Entity::Platform))
}

/// Tenancy: the platform served on `domain`, if any, read afresh. No
/// permission check: this runs before anyone is known.
pub async fn by_domain(kalm: &Kalm, domain: &Hostname) -> AppResult<Option<Platform>> {
    let mut reader = kalm.store.read().await?;
    let found = kalm_store::platforms::by_domain(&mut reader, domain).await?;
    match &found {
        Some(platform) => kalm.platforms.remember(platform),
        None => kalm.platforms.forget(domain),
    }
    Ok(found)
}

/// The platform this node last saw on `domain`: to be confirmed before use.
pub fn cached_by_domain(kalm: &Kalm, domain: &Hostname) -> Option<Platform> {
    kalm.platforms.0.read().ok()?.get(domain).cloned()
}

/// Platforms by the host they were last seen on, per node. Bounded by the
/// number of platforms: only hosts that were a platform's are kept.
#[derive(Clone, Default)]
pub struct PlatformCache(Arc<RwLock<HashMap<Hostname, Platform>>>);

impl PlatformCache {
    fn remember(&self, platform: &Platform) {
        // Nearly always already known as it is: a shared lock suffices.
        if self.0.read().is_ok_and(|map| map.get(&platform.domain) == Some(platform)) {
            return;
        }
        if let Ok(mut map) = self.0.write() {
            map.insert(platform.domain.clone(), platform.clone());
        }
    }

    fn forget(&self, domain: &Hostname) {
        if self.0.read().is_ok_and(|map| !map.contains_key(domain)) {
            return;
        }
        if let Ok(mut map) = self.0.write() {
            map.remove(domain);
        }
    }
}

pub async fn account_count(kalm: &Kalm, platform: PlatformId) -> AppResult<i64> {
    let mut tx = kalm.store.begin().await?;
    let n = kalm_store::platforms::account_count(&mut tx, platform).await?;
    tx.commit().await?;
    Ok(n)
}

/// Changes a platform's name, default language, country, time zone or
/// contact address (service desk). The platform is read locked inside the
/// change, so the audit entry's old values are the ones replaced; the entry
/// holds only the fields that changed.
pub async fn update(kalm: &Kalm, caller: &Caller, platform: &Platform, change: &PlatformChange) -> AppResult<Platform> {
    authorize(kalm, caller, Action::EditPlatform, &Target::Platform(platform.id)).await?;
    // Parsed against the platform as the caller saw it, so that bad input is
    // refused before any lock is taken; applied again to the locked row.
    change.apply_to(&platform.details())?;
    let mut tx = kalm.store.begin().await?;
    let before = kalm_store::platforms::lock(&mut tx, kalm.store.backend(), platform.id)
        .await?
        .ok_or(AppError::NotFound(Entity::Platform))?;
    let old = before.details();
    let new = change.apply_to(&old)?;
    if new == old {
        tx.commit().await?;
        return Ok(before);
    }
    kalm_store::platforms::update(&mut tx, platform.id, &new).await?;
    // Settings depend on the default language (the languages offered).
    kalm_store::platforms::bump_settings_version(&mut tx, platform.id).await?;
    let mut changed = serde_json::Map::new();
    let mut note = |field: &str, before: Option<&str>, after: Option<&str>| {
        if before != after {
            changed.insert(field.to_owned(), serde_json::json!([before, after]));
        }
    };
    note("name", Some(old.name.as_str()), Some(new.name.as_str()));
    note("language", Some(old.default_language.code()), Some(new.default_language.code()));
    note("country", Some(old.country.code()), Some(new.country.code()));
    note("time_zone", Some(old.time_zone.name()), Some(new.time_zone.name()));
    note(
        "contact_email",
        old.contact_email.as_ref().map(EmailAddress::as_str),
        new.contact_email.as_ref().map(EmailAddress::as_str),
    );
    let who = Who::Caller(caller.clone());
    let event = Event::new(AuditAction::PlatformUpdated, Some(platform.id))
        .target("platform", platform.id.0, before.domain.as_str())
        .detail(serde_json::Value::Object(changed));
    write(kalm, &mut tx, &who, event).await?;
    let updated =
        kalm_store::platforms::by_id(&mut tx, platform.id).await?.ok_or(AppError::NotFound(Entity::Platform))?;
    tx.commit().await?;
    Ok(updated)
}
