//! `kalm emails`: e-mails in the outbox that could not be delivered, queuing
//! one again, and a delivery round on demand.

use crate::cli::output::Table;
use crate::cli::output::say;
use clap::Subcommand;
use serde_json::json;

use super::{CliError, open, print_json};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum EmailsCommand {
    /// List e-mails that could not be delivered.
    Failed {
        #[arg(long)]
        json: bool,
    },
    /// Queue a failed e-mail again.
    Retry {
        /// The e-mail's id, from `kalm emails failed`.
        id: String,
    },
    /// Deliver the e-mails that are due now, once, and exit.
    Deliver,
}

/// Runs one `kalm emails` subcommand.
pub async fn run(config: &Config, command: EmailsCommand) -> Result<(), CliError> {
    let kalm = open(config).await?;
    match command {
        EmailsCommand::Failed { json } => {
            let failed = kalm_app::emails::failed(&kalm, &kalm_app::Caller::command_line()).await?;
            if json {
                let rows: Vec<_> = failed
                    .iter()
                    .map(|m| {
                        json!({
                            "id": m.id, "created_at": m.created_at.to_rfc3339(), "platform_id": m.platform_id.0,
                            "kind": m.kind.code(), "recipient": kalm_app::emails::masked(&m.recipient),
                            "attempts": m.attempts, "last_error": m.last_error,
                        })
                    })
                    .collect();
                print_json(&serde_json::Value::Array(rows));
            } else {
                let mut table = Table::new(&["ID", "KIND", "ATTEMPTS", "RECIPIENT", "LAST ERROR"]);
                for m in &failed {
                    table.row(vec![
                        m.id.to_string(),
                        m.kind.code().to_owned(),
                        m.attempts.to_string(),
                        kalm_app::emails::masked(&m.recipient),
                        m.last_error.clone().unwrap_or_default(),
                    ]);
                }
                table.print();
            }
        }
        EmailsCommand::Retry { id } => {
            let id =
                uuid::Uuid::parse_str(id.trim()).map_err(|_| CliError::Usage(format!("{id:?} is not an e-mail id")))?;
            kalm_app::emails::retry(&kalm, &kalm_app::Caller::command_line(), id).await?;
            say!("{id} is queued again");
        }
        EmailsCommand::Deliver => {
            let round = kalm_app::emails::deliver_due(&kalm, &crate::serve::delivery(config)?).await?;
            say!("sent {}, to retry {}, failed {}", round.sent, round.retried, round.failed);
        }
    }
    Ok(())
}
