//! `kalm config`: the installation's effective configuration (`check`),
//! and the platforms' configurations: show, make available, withdraw, set.

use crate::cli::output::Table;
use crate::cli::output::say;
use clap::Subcommand;
use kalm_app::{configurations, platforms};
use kalm_domain::configurations::{Availability, ConfigurationKey};
use serde_json::json;

use super::{CliError, open, print_json};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the effective configuration of this installation, secrets masked.
    Check,
    /// Show a platform's configurations: availability and value.
    Show {
        #[arg(long)]
        platform: String,
        #[arg(long)]
        json: bool,
    },
    /// Make a configuration available on a platform (charged where the catalogue says so).
    Available {
        #[arg(long)]
        platform: String,
        /// e.g. two_factor
        key: String,
        #[arg(long)]
        note: Option<String>,
        /// Confirm that this deactivates many accounts at once (inactivity_deactivation).
        #[arg(long)]
        confirm: bool,
    },
    /// Withdraw a configuration from a platform; its value is kept.
    Withdraw {
        #[arg(long)]
        platform: String,
        key: String,
        #[arg(long)]
        note: Option<String>,
    },
    /// Set a configuration's value, given as JSON (see docs/configurations.md).
    Set {
        #[arg(long)]
        platform: String,
        key: String,
        /// e.g. '{"professionals": 365, "clients": null, "warning_days": 14}'
        value_json: String,
        /// Why (required for the domain).
        #[arg(long)]
        reason: Option<String>,
        /// Confirm that this deactivates more than 10 % of a type's accounts
        /// at once (see `kalm inactivity preview`).
        #[arg(long)]
        confirm: bool,
    },
}

/// Runs one `kalm config` subcommand; only `check` works without a database.
pub async fn run(config: &Config, command: ConfigCommand) -> Result<(), CliError> {
    match command {
        ConfigCommand::Show { platform, json } => show(config, &platform, json).await,
        ConfigCommand::Available { platform, key, note, confirm } => {
            availability(config, &platform, &key, true, note.as_deref(), confirm).await
        }
        ConfigCommand::Withdraw { platform, key, note } => {
            availability(config, &platform, &key, false, note.as_deref(), false).await
        }
        ConfigCommand::Set { platform, key, value_json, reason, confirm } => {
            set(config, &platform, &key, &value_json, reason.as_deref(), confirm).await
        }
        ConfigCommand::Check => {
            say!(
                "# effective configuration{}",
                config.source_file.as_ref().map(|p| format!(" (file: {})", p.display())).unwrap_or_default()
            );
            say!("{}", toml::to_string(config).map_err(|e| CliError::Usage(e.to_string()))?);
            Ok(())
        }
    }
}

fn parse_key(key: &str) -> Result<ConfigurationKey, CliError> {
    ConfigurationKey::parse(key).map_err(|_| {
        CliError::Usage(format!(
            "unknown configuration {key:?}; known: {}",
            ConfigurationKey::ALL.iter().map(|k| k.code()).collect::<Vec<_>>().join(", ")
        ))
    })
}

async fn show(config: &Config, platform: &str, json: bool) -> Result<(), CliError> {
    let kalm = open(config).await?;
    let platform = platforms::find(&kalm, &kalm_app::Caller::command_line(), platform).await?;
    let views = configurations::overview(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
    if json {
        let rows: Vec<_> = views
            .iter()
            .map(|v| {
                json!({
                    "key": v.definition.key.code(),
                    "available": v.available,
                    "value": v.value.to_json(),
                    "note": v.note,
                    "updated_at": v.updated_at.map(|t| t.to_rfc3339()),
                })
            })
            .collect();
        print_json(&serde_json::Value::Array(rows));
    } else {
        let mut table = Table::new(&["CONFIGURATION", "STATE", "VALUE"]);
        for v in &views {
            let state = match (v.definition.availability, v.available) {
                (Availability::Always, _) => "always",
                (_, true) => "available",
                (_, false) => "unavailable",
            };
            table.row(vec![v.definition.key.code().to_owned(), state.to_owned(), v.value.to_json().to_string()]);
        }
        table.print();
    }
    Ok(())
}

async fn availability(
    config: &Config,
    platform: &str,
    key: &str,
    available: bool,
    note: Option<&str>,
    confirm: bool,
) -> Result<(), CliError> {
    let kalm = open(config).await?;
    let key = parse_key(key)?;
    let platform = platforms::find(&kalm, &kalm_app::Caller::command_line(), platform).await?;
    configurations::set_availability_confirmed(
        &kalm,
        &kalm_app::Caller::command_line(),
        &platform,
        key,
        available,
        note,
        confirm,
    )
    .await?;
    say!("{} is {} on {}", key.code(), if available { "available" } else { "withdrawn" }, platform.domain);
    Ok(())
}

async fn set(
    config: &Config,
    platform: &str,
    key: &str,
    value_json: &str,
    reason: Option<&str>,
    confirm: bool,
) -> Result<(), CliError> {
    let kalm = open(config).await?;
    let key = parse_key(key)?;
    let value: serde_json::Value =
        serde_json::from_str(value_json).map_err(|e| CliError::Usage(format!("VALUE_JSON is not valid JSON: {e}")))?;
    let platform = platforms::find(&kalm, &kalm_app::Caller::command_line(), platform).await?;
    let stored = configurations::set_value_confirmed(
        &kalm,
        &kalm_app::Caller::command_line(),
        &platform,
        key,
        &value,
        reason,
        confirm,
    )
    .await?;
    say!("{} = {}", key.code(), stored.to_json());
    Ok(())
}
