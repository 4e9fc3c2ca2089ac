//! Configurations per platform: availability, value (as JSON), the service
//! desk's note. Values are parsed back into domain types on every read, so a
//! row that no longer parses is reported, never used.

use chrono::{DateTime, Utc};
use kalm_domain::configurations::{ConfigurationKey, ConfigurationValue, StoredConfiguration};
use kalm_domain::platforms::PlatformId;
use sqlx::{AnyConnection, Row};

use crate::{StoreResult, corrupt, instant, micros};

#[derive(Debug, Clone)]
pub struct ConfigurationRow {
    pub stored: StoredConfiguration,
    pub note: Option<String>,
    pub updated_at: DateTime<Utc>,
}

pub async fn list(conn: &mut AnyConnection, platform: PlatformId) -> StoreResult<Vec<ConfigurationRow>> {
    let rows = sqlx::query(
        "SELECT config_key, available, value, note, updated_at FROM platform_configurations WHERE platform_id = $1",
    )
    .bind(platform.0.to_string())
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for row in rows {
        let code: String = row.try_get("config_key")?;
        let Ok(key) = ConfigurationKey::parse(&code) else {
            // A key from a newer release: leave it alone.
            continue;
        };
        let value = match row.try_get::<Option<String>, _>("value")? {
            Some(text) => {
                let json: serde_json::Value = serde_json::from_str(&text).map_err(corrupt)?;
                Some(ConfigurationValue::parse(key, &json).map_err(corrupt)?)
            }
            None => None,
        };
        out.push(ConfigurationRow {
            stored: StoredConfiguration { key, available: row.try_get::<i64, _>("available")? != 0, value },
            note: row.try_get("note")?,
            updated_at: instant(row.try_get("updated_at")?)?,
        });
    }
    out.sort_by_key(|r| r.stored.key);
    Ok(out)
}

/// Sets availability (and the note that goes with it), keeping the value.
pub async fn set_availability(
    conn: &mut AnyConnection,
    platform: PlatformId,
    key: ConfigurationKey,
    available: bool,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO platform_configurations (platform_id, config_key, available, note, updated_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (platform_id, config_key) DO UPDATE SET \
         available = excluded.available, note = excluded.note, updated_at = excluded.updated_at",
    )
    .bind(platform.0.to_string())
    .bind(key.code())
    .bind(i64::from(available))
    .bind(note.map(str::to_owned))
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Stores a value, keeping availability and note.
pub async fn set_value(
    conn: &mut AnyConnection,
    platform: PlatformId,
    value: &ConfigurationValue,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO platform_configurations (platform_id, config_key, available, value, updated_at) \
         VALUES ($1, $2, 0, $3, $4) ON CONFLICT (platform_id, config_key) DO UPDATE SET \
         value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(platform.0.to_string())
    .bind(value.key().code())
    .bind(value.to_json().to_string())
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}
