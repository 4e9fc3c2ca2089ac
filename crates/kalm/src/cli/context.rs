//! The use-case context a command works with: the database (migrated on
//! the way in), the installation's secret key and the public URLs that
//! links printed on the command line point to.
//!
//! Shared by the server (`kalm serve`, `kalm demo`) and every command that
//! touches data, so they all open the installation the same way.

use std::sync::Arc;

use kalm_app::emails::PublicUrls;
use kalm_app::secrets::SecretBox;
use kalm_app::{Backend, Kalm, OsRandomness, Randomness, Store, SystemClock};

use super::CliError;
use crate::config::Config;

/// Connects, migrates and builds the use-case context, with the
/// installation's secret key and public URLs.
pub async fn open(config: &Config) -> Result<Kalm, CliError> {
    let store = Store::connect_with(&config.database_url, store_limits(config)).await?;
    store.migrate().await?;
    let key = secret_key(config, store.backend())?;
    let urls = PublicUrls { scheme: config.scheme().to_owned(), port_suffix: config.link_port_suffix() };
    let previous = config
        .previous_secret_keys
        .iter()
        .map(|k| SecretBox::parse_key(k).map_err(CliError::Usage))
        .collect::<Result<Vec<_>, _>>()?;
    let mut kalm = Kalm::new(store, Arc::new(SystemClock), Arc::new(OsRandomness))?
        .with_secret_keys(&key, &previous)
        .with_public_urls(urls)
        .with_operator_two_factor(config.operator_two_factor.requirement())
        .with_prices(config.price_list.clone());
    if let Some(url) = &config.sms_url {
        kalm = kalm.with_sms(kalm_app::sms::provider_from_url(url).map_err(CliError::Usage)?);
    }
    Ok(kalm)
}

/// The secret key: configured, or read from its file. With SQLite (one
/// machine) a missing file is created with a fresh key, readable by the
/// owner only; with PostgreSQL every node must share one configured key.
fn secret_key(config: &Config, backend: Backend) -> Result<[u8; 32], CliError> {
    use base64::Engine;
    if let Some(text) = &config.secret_key {
        return SecretBox::parse_key(text).map_err(CliError::Usage);
    }
    let path = std::path::Path::new(&config.secret_key_file);
    match std::fs::read_to_string(path) {
        Ok(text) => SecretBox::parse_key(&text).map_err(|e| CliError::Usage(format!("{}: {e}", path.display()))),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && backend == Backend::Sqlite => {
            let mut key = [0u8; 32];
            OsRandomness.fill(&mut key);
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)?;
            }
            write_private(path, &base64::engine::general_purpose::STANDARD.encode(key))?;
            tracing::info!(path = %path.display(), "created the installation's secret key");
            Ok(key)
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Err(CliError::Usage(format!(
            "no secret key: set KALM_SECRET_KEY (base64 of 32 bytes, e.g. from `openssl rand -base64 32`) \
             or put one in {} on every node",
            path.display()
        ))),
        Err(err) => Err(err.into()),
    }
}

fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

pub(super) fn store_limits(config: &Config) -> kalm_app::StoreLimits {
    kalm_app::StoreLimits { statement_timeout: std::time::Duration::from_secs(config.statement_timeout_seconds) }
}
