//! `kalm audit`: the audit log, filtered by platform, account, action and
//! time, as a table or as JSON.

use crate::cli::output::Table;
use clap::Args;
use kalm_app::accounts;
use kalm_app::audit::AuditFilter;
use kalm_app::platforms;
use kalm_app::{AppError, Entity};
use serde_json::json;

use super::{CliError, open, parse_since, print_json};
use crate::config::Config;

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only this platform (domain or id).
    #[arg(long)]
    pub platform: Option<String>,
    /// Only entries at or after this instant (RFC 3339, or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only entries involving this account (e-mail address on --platform, or id).
    #[arg(long)]
    pub account: Option<String>,
    /// Only this action code, e.g. login_failed.
    #[arg(long)]
    pub action: Option<String>,
    #[arg(long, default_value_t = 1000)]
    pub limit: i64,
    #[arg(long)]
    pub json: bool,
}

/// Runs `kalm audit`: prints the entries that match the filters.
pub async fn run(config: &Config, args: AuditArgs) -> Result<(), CliError> {
    let kalm = open(config).await?;
    let platform = match &args.platform {
        Some(p) => Some(platforms::find(&kalm, &kalm_app::Caller::command_line(), p).await?),
        None => None,
    };
    let account = match (&args.account, &platform) {
        (None, _) => None,
        (Some(a), _) if uuid::Uuid::parse_str(a).is_ok() => uuid::Uuid::parse_str(a).ok(),
        (Some(a), Some(p)) => {
            Some(accounts::id_by_email(&kalm, p.id, a).await?.ok_or(AppError::NotFound(Entity::Account))?.0)
        }
        (Some(_), None) => {
            return Err(CliError::Usage("--account by e-mail address needs --platform".into()));
        }
    };
    let action = match &args.action {
        Some(code) => Some(
            kalm_domain::audit::AuditAction::parse(code)
                .ok_or_else(|| CliError::Usage(format!("unknown action {code:?}")))?,
        ),
        None => None,
    };
    let filter = AuditFilter {
        platform: platform.as_ref().map(|p| p.id),
        account,
        action,
        since: args.since.as_deref().map(parse_since).transpose()?,
        until: None,
        limit: args.limit,
        offset: 0,
    };
    let entries = kalm_app::audit::export_on_server(&kalm, &filter).await?;
    if args.json {
        let rows: Vec<_> = entries
            .iter()
            .map(|e| {
                json!({
                    "id": e.id, "at": e.at.to_rfc3339(), "platform_id": e.platform_id.map(|p| p.0),
                    "actor_kind": e.actor_kind, "actor_id": e.actor_id, "actor": e.actor_label,
                    "action": e.action.code(), "target_kind": e.target_kind, "target_id": e.target_id,
                    "target": e.target_label, "source": e.source_addr, "outcome": e.outcome.code(),
                    "detail": e.detail.as_deref().and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok()),
                })
            })
            .collect();
        print_json(&serde_json::Value::Array(rows));
    } else {
        let mut table = Table::new(&["AT", "ACTION", "OUTCOME", "ACTOR", "TARGET", "SOURCE"]);
        for e in &entries {
            table.row(vec![
                e.at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                e.action.code().to_owned(),
                e.outcome.code().to_owned(),
                e.actor_label.clone().unwrap_or_else(|| e.actor_kind.clone()),
                e.target_label.clone().unwrap_or_default(),
                e.source_addr.clone().unwrap_or_default(),
            ]);
        }
        table.print();
    }
    Ok(())
}
