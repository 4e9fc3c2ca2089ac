//! `kalm platform`: create, list, show and update platforms (tenants).

use crate::cli::output::Table;
use crate::cli::output::say;
use clap::Subcommand;
use kalm_app::platforms::{self, Platform, PlatformInput};
use serde_json::json;

use super::{CliError, open, print_json};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum PlatformCommand {
    /// Create a platform; prints its id.
    Create {
        #[arg(long)]
        name: String,
        #[arg(long)]
        domain: String,
        /// Default language: nl, en, de, da, es, fr, hu or pl.
        #[arg(long)]
        language: String,
        /// care (default) or content.
        #[arg(long, default_value = "care")]
        kind: String,
    },
    /// List platforms.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Rename a platform or change its default language.
    Update {
        /// The platform's domain or id.
        platform: String,
        #[arg(long)]
        name: Option<String>,
        /// New default language: nl, en, de, da, es, fr, hu or pl.
        #[arg(long)]
        language: Option<String>,
    },
    /// Show one platform, by id or domain.
    Show {
        platform: String,
        #[arg(long)]
        json: bool,
    },
}

/// Runs one `kalm platform` subcommand.
pub async fn run(config: &Config, command: PlatformCommand) -> Result<(), CliError> {
    let kalm = open(config).await?;
    match command {
        PlatformCommand::Create { name, domain, language, kind } => {
            let platform = platforms::create(
                &kalm,
                &kalm_app::Caller::command_line(),
                &PlatformInput { name, domain, language, kind },
            )
            .await?;
            say!("{}", platform.id);
        }
        PlatformCommand::List { json } => {
            let list = platforms::list(&kalm, &kalm_app::Caller::command_line()).await?;
            if json {
                print_json(&serde_json::Value::Array(list.iter().map(platform_json).collect()));
            } else {
                let mut table = Table::new(&["ID", "DOMAIN", "KIND", "LANG", "NAME"]);
                for p in &list {
                    table.row(vec![
                        p.id.to_string(),
                        p.domain.to_string(),
                        p.kind.code().to_owned(),
                        p.default_language.code().to_owned(),
                        p.name.as_str().to_owned(),
                    ]);
                }
                table.print();
            }
        }
        PlatformCommand::Update { platform, name, language } => {
            if name.is_none() && language.is_none() {
                return Err(CliError::Usage("give --name and/or --language".into()));
            }
            let p = platforms::find(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let updated = platforms::update(
                &kalm,
                &kalm_app::Caller::command_line(),
                &p,
                name.as_deref().unwrap_or(""),
                language.as_deref().unwrap_or(""),
            )
            .await?;
            say!("{}: {} ({})", updated.domain, updated.name.as_str(), updated.default_language.code());
        }
        PlatformCommand::Show { platform, json } => {
            let p = platforms::find(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let count = platforms::account_count(&kalm, p.id).await?;
            if json {
                let mut value = platform_json(&p);
                value["account_count"] = json!(count);
                print_json(&value);
            } else {
                say!("id:               {}", p.id);
                say!("name:             {}", p.name.as_str());
                say!("domain:           {}", p.domain);
                say!("kind:             {}", p.kind.code());
                say!("default language: {}", p.default_language.code());
                say!("accounts:         {count}");
                say!("created:          {}", p.created_at.to_rfc3339());
            }
        }
    }
    Ok(())
}

fn platform_json(p: &Platform) -> serde_json::Value {
    json!({
        "id": p.id.0, "name": p.name.as_str(), "kind": p.kind.code(), "domain": p.domain.as_str(),
        "default_language": p.default_language.code(), "created_at": p.created_at.to_rfc3339(),
    })
}
