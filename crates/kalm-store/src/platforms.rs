//! Platforms table: create, find by id or by domain, list.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::EmailAddress;
use kalm_domain::countries::{Country, TimeZone};
use kalm_domain::languages::Language;
use kalm_domain::platforms::{Hostname, NewPlatform, PlatformId, PlatformKind, PlatformName};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::{Backend, StoreError, StoreResult, corrupt, instant, micros, uuid};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Platform {
    pub id: PlatformId,
    pub name: PlatformName,
    pub kind: PlatformKind,
    pub domain: Hostname,
    pub default_language: Language,
    /// Reads national phone numbers.
    pub country: Country,
    /// Shows times on pages and in e-mails, unless a person chose their own.
    pub time_zone: TimeZone,
    /// The organisation's address for questions, given wherever a text
    /// tells people to contact the organisation.
    pub contact_email: Option<EmailAddress>,
    pub created_at: DateTime<Utc>,
    /// Bumped by every configuration change, so that cached settings of this
    /// platform can be recognised as stale on any node.
    pub settings_version: i64,
}

const COLUMNS: &str =
    "id, name, kind, domain, default_language, country, time_zone, contact_email, created_at, settings_version";

/// The columns of a platform joined as `p` into another table's statement,
/// each named with the `JOINED` prefix so they cannot clash (an account
/// has a `platform_id` of its own).
pub(crate) fn columns_as_p() -> String {
    COLUMNS.split(',').map(|c| format!("p.{0} AS {JOINED}{0}", c.trim())).collect::<Vec<_>>().join(", ")
}

/// The prefix of a joined platform's columns.
pub(crate) const JOINED: &str = "platform_row_";

fn from_row(row: &AnyRow) -> StoreResult<Platform> {
    from_named_row(row, "")
}

/// A platform from a row whose columns carry `prefix` (see `columns_as_p`).
pub(crate) fn from_named_row(row: &AnyRow, prefix: &str) -> StoreResult<Platform> {
    let column = |name: &str| format!("{prefix}{name}");
    Ok(Platform {
        id: PlatformId(uuid(&row.try_get::<String, _>(column("id").as_str())?)?),
        name: PlatformName::parse(&row.try_get::<String, _>(column("name").as_str())?).map_err(corrupt)?,
        kind: PlatformKind::parse(&row.try_get::<String, _>(column("kind").as_str())?).map_err(corrupt)?,
        domain: Hostname::parse(&row.try_get::<String, _>(column("domain").as_str())?).map_err(corrupt)?,
        default_language: Language::parse(&row.try_get::<String, _>(column("default_language").as_str())?)
            .map_err(corrupt)?,
        country: Country::parse(&row.try_get::<String, _>(column("country").as_str())?).map_err(corrupt)?,
        time_zone: TimeZone::parse(&row.try_get::<String, _>(column("time_zone").as_str())?).map_err(corrupt)?,
        contact_email: row
            .try_get::<Option<String>, _>(column("contact_email").as_str())?
            .map(|a| EmailAddress::parse(&a))
            .transpose()
            .map_err(corrupt)?,
        created_at: instant(row.try_get(column("created_at").as_str())?)?,
        settings_version: row.try_get(column("settings_version").as_str())?,
    })
}

pub async fn insert(
    conn: &mut AnyConnection,
    id: PlatformId,
    platform: &NewPlatform,
    now: DateTime<Utc>,
) -> StoreResult<Platform> {
    sqlx::query(
        "INSERT INTO platforms (id, name, kind, domain, default_language, country, time_zone, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id.0.to_string())
    .bind(platform.name.as_str())
    .bind(platform.kind.code())
    .bind(platform.domain.as_str())
    .bind(platform.default_language.code())
    .bind(platform.country.code())
    .bind(platform.time_zone.name())
    .bind(micros(now))
    .execute(&mut *conn)
    .await
    .map_err(|e| StoreError::unique(e, "domain"))?;
    Ok(Platform {
        id,
        name: platform.name.clone(),
        kind: platform.kind,
        domain: platform.domain.clone(),
        default_language: platform.default_language,
        country: platform.country,
        time_zone: platform.time_zone,
        contact_email: None,
        created_at: instant(micros(now))?,
        settings_version: 0,
    })
}

pub async fn by_id(conn: &mut AnyConnection, id: PlatformId) -> StoreResult<Option<Platform>> {
    let sql = format!("SELECT {COLUMNS} FROM platforms WHERE id = $1");
    sqlx::query(&sql).bind(id.0.to_string()).fetch_optional(&mut *conn).await?.as_ref().map(from_row).transpose()
}

/// The platform, locked for the rest of the transaction: a change of its
/// configurations reads, decides and writes while no other change of the
/// same platform can interleave. SQLite's transactions already hold the
/// database's write lock (`BEGIN IMMEDIATE`).
pub async fn lock(conn: &mut AnyConnection, backend: Backend, id: PlatformId) -> StoreResult<Option<Platform>> {
    let lock = match backend {
        Backend::Postgres => " FOR UPDATE",
        Backend::Sqlite => "",
    };
    let sql = format!("SELECT {COLUMNS} FROM platforms WHERE id = $1{lock}");
    sqlx::query(&sql).bind(id.0.to_string()).fetch_optional(&mut *conn).await?.as_ref().map(from_row).transpose()
}

pub async fn by_domain(conn: &mut AnyConnection, domain: &Hostname) -> StoreResult<Option<Platform>> {
    let sql = format!("SELECT {COLUMNS} FROM platforms WHERE domain = $1");
    sqlx::query(&sql).bind(domain.as_str()).fetch_optional(&mut *conn).await?.as_ref().map(from_row).transpose()
}

pub async fn list(conn: &mut AnyConnection) -> StoreResult<Vec<Platform>> {
    let sql = format!("SELECT {COLUMNS} FROM platforms ORDER BY name, domain");
    sqlx::query(&sql).fetch_all(&mut *conn).await?.iter().map(from_row).collect()
}

/// Number of accounts per platform, for the operator console.
pub async fn account_count(conn: &mut AnyConnection, id: PlatformId) -> StoreResult<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM accounts WHERE platform_id = $1")
        .bind(id.0.to_string())
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get("n")?)
}

/// Marks the platform's settings as changed.
pub async fn bump_settings_version(conn: &mut AnyConnection, id: PlatformId) -> StoreResult<()> {
    sqlx::query("UPDATE platforms SET settings_version = settings_version + 1 WHERE id = $1")
        .bind(id.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Changes the primary domain (unique across platforms).
pub async fn set_domain(conn: &mut AnyConnection, id: PlatformId, domain: &Hostname) -> StoreResult<()> {
    sqlx::query("UPDATE platforms SET domain = $1 WHERE id = $2")
        .bind(domain.as_str())
        .bind(id.0.to_string())
        .execute(&mut *conn)
        .await
        .map_err(|e| StoreError::unique(e, "domain"))?;
    Ok(())
}

/// What the service desk can change of a platform, besides its domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformDetails {
    pub name: PlatformName,
    pub default_language: Language,
    pub country: Country,
    pub time_zone: TimeZone,
    pub contact_email: Option<EmailAddress>,
}

impl Platform {
    pub fn details(&self) -> PlatformDetails {
        PlatformDetails {
            name: self.name.clone(),
            default_language: self.default_language,
            country: self.country,
            time_zone: self.time_zone,
            contact_email: self.contact_email.clone(),
        }
    }
}

/// Writes a platform's details.
pub async fn update(conn: &mut AnyConnection, id: PlatformId, details: &PlatformDetails) -> StoreResult<()> {
    sqlx::query(
        "UPDATE platforms SET name = $1, default_language = $2, country = $3, time_zone = $4, contact_email = $5 \
         WHERE id = $6",
    )
    .bind(details.name.as_str())
    .bind(details.default_language.code())
    .bind(details.country.code())
    .bind(details.time_zone.name())
    .bind(details.contact_email.as_ref().map(|a| a.as_str().to_owned()))
    .bind(id.0.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(())
}
