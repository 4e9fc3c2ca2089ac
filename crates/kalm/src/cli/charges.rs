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
        /// Only charges up to this date (YYYY-MM-DD, the day included) or
        /// before this instant (RFC 3339).
        #[arg(long)]
        until: Option<String>,
        /// Totals per platform and currency instead of one row per charge.
        #[arg(long)]
        totals: bool,
        /// csv (default) or json.
        #[arg(long, default_value = "csv")]
        format: String,
    },
}

/// Runs one `kalm charges` subcommand.
pub async fn run(config: &Config, command: ChargesCommand) -> Result<(), CliError> {
    match command {
        ChargesCommand::Export { platform, since, until, totals, format } => {
            let period = Period { since: since.as_deref(), until: until.as_deref() };
            export(config, platform.as_deref(), period, totals, &format).await
        }
    }
}

/// The period of an export, as typed.
struct Period<'a> {
    since: Option<&'a str>,
    until: Option<&'a str>,
}

async fn export(
    config: &Config,
    platform: Option<&str>,
    period: Period<'_>,
    totals: bool,
    format: &str,
) -> Result<(), CliError> {
    if format != "csv" && format != "json" {
        return Err(CliError::Usage(format!("--format {format:?}: expected csv or json")));
    }
    let kalm = open(config).await?;
    let platform = match platform {
        Some(p) => Some(platforms::find(&kalm, &kalm_app::Caller::command_line(), p).await?.id),
        None => None,
    };
    let since = period.since.map(parse_since).transpose()?;
    // A date counts whole: the period ends where the next day begins.
    let until = period
        .until
        .map(|text| parse_since(text).map(|at| if text.contains('T') { at } else { at + chrono::Duration::days(1) }))
        .transpose()?;
    let rows = kalm_app::charges::list(&kalm, &kalm_app::Caller::command_line(), platform, since, until).await?;
    let all = platforms::list(&kalm, &kalm_app::Caller::command_line()).await?;
    if totals {
        let totals = kalm_app::charges::totals(&rows);
        if format == "csv" {
            output::text(&kalm_app::charges::totals_csv(&totals, &all));
        } else {
            let out: Vec<_> = totals
                .iter()
                .map(|t| {
                    json!({
                        "platform_id": t.platform_id.0,
                        "platform_domain": all.iter().find(|p| p.id == t.platform_id).map(|p| p.domain.as_str()),
                        "currency": t.currency, "charges": t.charges,
                        "amount": t.currency.as_ref().map(|_| kalm_domain::charges::decimal(t.amount_minor)),
                    })
                })
                .collect();
            print_json(&serde_json::Value::Array(out));
        }
        return Ok(());
    }
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
                    "amount": r.amount_minor.map(kalm_domain::charges::decimal), "currency": r.currency,
                    "detail": r.detail.as_deref().and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok()),
                })
            })
            .collect();
        print_json(&serde_json::Value::Array(out));
    }
    Ok(())
}
