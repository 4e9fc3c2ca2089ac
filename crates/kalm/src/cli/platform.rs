//! `kalm platform`: create, list, show and update platforms (tenants).

use crate::cli::output::Table;
use crate::cli::output::say;
use clap::Subcommand;
use kalm_app::platforms::{self, Platform, PlatformChange, PlatformInput};
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
        /// nl, be, gb, ie, de, at, ch, lu, dk, es, fr, hu or pl; reads phone
        /// numbers typed without a country code. Default: the language's.
        #[arg(long, default_value = "")]
        country: String,
        /// IANA time zone such as Europe/Amsterdam. Default: the country's.
        #[arg(long, default_value = "")]
        time_zone: String,
    },
    /// List platforms.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Change a platform's name, default language, country, time zone or
    /// contact address.
    Update {
        /// The platform's domain or id.
        platform: String,
        #[arg(long)]
        name: Option<String>,
        /// New default language: nl, en, de, da, es, fr, hu or pl.
        #[arg(long)]
        language: Option<String>,
        /// New country: nl, be, gb, ie, de, at, ch, lu, dk, es, fr, hu or pl.
        #[arg(long)]
        country: Option<String>,
        /// New time zone, an IANA name such as Europe/Amsterdam.
        #[arg(long)]
        time_zone: Option<String>,
        /// The organisation's address for questions; "" removes it.
        #[arg(long)]
        contact_email: Option<String>,
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
        PlatformCommand::Create { name, domain, language, kind, country, time_zone } => {
            let platform = platforms::create(
                &kalm,
                &kalm_app::Caller::command_line(),
                &PlatformInput { name, domain, language, kind, country, time_zone },
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
        PlatformCommand::Update { platform, name, language, country, time_zone, contact_email } => {
            let change = PlatformChange { name, language, country, time_zone, contact_email };
            if change.name.is_none()
                && change.language.is_none()
                && change.country.is_none()
                && change.time_zone.is_none()
                && change.contact_email.is_none()
            {
                return Err(CliError::Usage(
                    "give at least one of --name, --language, --country, --time-zone, --contact-email".into(),
                ));
            }
            let p = platforms::find(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let updated = platforms::update(&kalm, &kalm_app::Caller::command_line(), &p, &change).await?;
            say!(
                "{}: {} ({}, {}, {})",
                updated.domain,
                updated.name.as_str(),
                updated.default_language.code(),
                updated.country.code(),
                updated.time_zone
            );
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
                say!("country:          {}", p.country.code());
                say!("time zone:        {}", p.time_zone);
                say!("contact e-mail:   {}", p.contact_email.as_ref().map_or("-", |a| a.as_str()));
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
        "default_language": p.default_language.code(), "country": p.country.code(),
        "time_zone": p.time_zone.name(),
        "contact_email": p.contact_email.as_ref().map(|a| a.as_str()), "created_at": p.created_at.to_rfc3339(),
    })
}
