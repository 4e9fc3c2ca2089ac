//! `kalm charges`: the charges ledger, exported as CSV or JSON.

use crate::cli::output;
use clap::Subcommand;
use kalm_app::platforms;
use serde_json::json;

use super::{CliError, open, parse_since, print_json};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum ChargesCommand {
    /// Print the charges ledger, oldest first.
    Export {
        /// Only this platform (domain or id).
        #[arg(long)]
        platform: Option<String>,
        /// Only charges at or after this date (YYYY-MM-DD) or instant (RFC 3339).
        #[arg(long)]
        since: Option<String>,
        /// csv (default) or json.
        #[arg(long, default_value = "csv")]
        format: String,
    },
}

/// Runs one `kalm charges` subcommand.
pub async fn run(config: &Config, command: ChargesCommand) -> Result<(), CliError> {
    match command {
        ChargesCommand::Export { platform, since, format } => {
            export(config, platform.as_deref(), since.as_deref(), &format).await
        }
    }
}

async fn export(config: &Config, platform: Option<&str>, since: Option<&str>, format: &str) -> Result<(), CliError> {
    if format != "csv" && format != "json" {
        return Err(CliError::Usage(format!("--format {format:?}: expected csv or json")));
    }
    let kalm = open(config).await?;
    let platform = match platform {
        Some(p) => Some(platforms::find(&kalm, &kalm_app::Caller::command_line(), p).await?.id),
        None => None,
    };
    let since = since.map(parse_since).transpose()?;
    let rows = kalm_app::charges::list(&kalm, &kalm_app::Caller::command_line(), platform, since).await?;
    let all = platforms::list(&kalm, &kalm_app::Caller::command_line()).await?;
    if format == "csv" {
        output::text(&kalm_app::charges::csv(&rows, &all));
    } else {
        let out: Vec<_> = rows
            .iter()
            .map(|r| {
                json!({
                    "id": r.id, "at": r.at.to_rfc3339(), "platform_id": r.platform_id.0,
                    "platform_domain": all.iter().find(|p| p.id == r.platform_id).map(|p| p.domain.as_str()),
                    "event": r.event, "subject": r.subject, "actor": r.actor_label,
                    "detail": r.detail.as_deref().and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok()),
                })
            })
            .collect();
        print_json(&serde_json::Value::Array(out));
    }
    Ok(())
}
