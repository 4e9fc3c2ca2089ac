//! `kalm account`: create, list and show a platform's accounts, and the
//! status and reset of an account's two-factor authentication.

use crate::cli::output::Table;
use crate::cli::output::say;
use clap::Subcommand;
use kalm_app::accounts::{self, AccountFilter, AccountInput};
use kalm_app::platforms::{self, Platform};
use kalm_app::{AppError, Entity, Kalm};
use kalm_domain::accounts::{AccountId, AccountStatus, AccountType, Role};
use serde_json::json;

use super::{CliError, open, print_json, read_password_stdin};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Create an account. Without --password-stdin it is invited and an activation link is printed.
    Create {
        /// The platform's domain (or id).
        #[arg(long)]
        platform: String,
        /// professional, client or friend.
        #[arg(long = "type")]
        account_type: String,
        /// Comma-separated roles of a professional account: professional,secretary,application_manager.
        #[arg(long, default_value = "")]
        roles: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        first_name: String,
        #[arg(long)]
        last_name: String,
        /// Preferred language (default: the platform's).
        #[arg(long, default_value = "")]
        language: String,
        /// For a friend: the e-mail address of the client they belong to.
        #[arg(long, default_value = "")]
        friend_of: String,
        /// Read the password from standard input (the account is active at once).
        #[arg(long)]
        password_stdin: bool,
    },
    /// List the accounts of a platform.
    List {
        #[arg(long)]
        platform: String,
        #[arg(long = "type")]
        account_type: Option<String>,
        #[arg(long)]
        role: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        search: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show one account, by e-mail address or id.
    Show {
        #[arg(long)]
        platform: String,
        account: String,
        #[arg(long)]
        json: bool,
    },
    /// Two-factor authentication of one account: its status, or a reset.
    #[command(subcommand)]
    TwoFactor(TwoFactorCommand),
}

#[derive(Debug, Subcommand)]
pub enum TwoFactorCommand {
    /// Whether the account has two-factor set up, how, codes left, waiver.
    Status {
        #[arg(long)]
        platform: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        json: bool,
    },
    /// Remove a professional's two-factor set-up (lost phone and recovery
    /// codes), e.g. for an application manager without a colleague. The
    /// account holder is e-mailed and sets it up again at the next login.
    Reset {
        #[arg(long)]
        platform: String,
        #[arg(long)]
        email: String,
        /// Why: kept in the audit log. Required.
        #[arg(long)]
        reason: Option<String>,
    },
}

/// Runs one `kalm account` subcommand.
pub async fn run(config: &Config, command: AccountCommand) -> Result<(), CliError> {
    let kalm = open(config).await?;
    match command {
        AccountCommand::TwoFactor(command) => two_factor_command(&kalm, command).await?,
        AccountCommand::Create {
            platform,
            account_type,
            roles,
            email,
            first_name,
            last_name,
            language,
            friend_of,
            password_stdin,
        } => {
            let platform = platforms::find(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let password = if password_stdin { Some(read_password_stdin()?) } else { None };
            let input = AccountInput { account_type, roles, first_name, last_name, email, language, friend_of };
            let created =
                accounts::create(&kalm, &kalm_app::Caller::command_line(), &platform, &input, password.as_deref())
                    .await?;
            say!("{}", created.account.id);
            if let Some(token) = created.activation_token {
                eprintln!("activation link (valid 7 days, works once): {}", activation_url(config, &platform, &token));
            }
        }
        AccountCommand::List { platform, account_type, role, status, search, json } => {
            let platform = platforms::find(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let filter = AccountFilter {
                search,
                account_type: account_type.as_deref().map(AccountType::parse).transpose().map_err(AppError::from)?,
                role: role.as_deref().map(Role::parse).transpose().map_err(AppError::from)?,
                status: status.as_deref().map(AccountStatus::parse).transpose().map_err(AppError::from)?,
                limit: 1000,
                offset: 0,
            };
            let list = accounts::list_for_operator_cli(&kalm, platform.id, &filter).await?;
            if json {
                print_json(&serde_json::Value::Array(list.iter().map(account_json).collect()));
            } else {
                let mut table = Table::new(&["ID", "TYPE", "STATUS", "E-MAIL", "NAME"]);
                for a in &list {
                    let roles = if a.roles.is_empty() { String::new() } else { format!(" ({})", a.roles.to_codes()) };
                    table.row(vec![
                        a.id.to_string(),
                        a.account_type.code().to_owned(),
                        a.status.code().to_owned(),
                        a.email.as_str().to_owned(),
                        format!("{} {}{roles}", a.first_name.as_str(), a.last_name.as_str()),
                    ]);
                }
                table.print();
            }
        }
        AccountCommand::Show { platform, account, json } => {
            let platform = platforms::find(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let view = find_account(&kalm, &platform, &account).await?;
            if json {
                let mut value = account_json(&view.account);
                value["professionals"] = json!(view.professionals.iter().map(|a| a.email.as_str()).collect::<Vec<_>>());
                value["clients"] = json!(view.clients.iter().map(|a| a.email.as_str()).collect::<Vec<_>>());
                value["friends"] = json!(view.friends.iter().map(|a| a.email.as_str()).collect::<Vec<_>>());
                value["friend_of"] = json!(view.friend_of.as_ref().map(|a| a.email.as_str()));
                print_json(&value);
            } else {
                let a = &view.account;
                say!("id:            {}", a.id);
                say!("name:          {} {}", a.first_name.as_str(), a.last_name.as_str());
                say!("e-mail:        {}", a.email.as_str());
                say!("type:          {}", a.account_type.code());
                say!("roles:         {}", a.roles.to_codes());
                say!("status:        {}", a.status.code());
                say!("language:      {}", a.language.code());
                say!("last activity: {}", a.last_activity_at.map_or_else(|| "never".to_owned(), |t| t.to_rfc3339()));
                say!("created:       {}", a.created_at.to_rfc3339());
                for (label, list) in
                    [("professionals", &view.professionals), ("clients", &view.clients), ("friends", &view.friends)]
                {
                    if !list.is_empty() {
                        say!(
                            "{label}:{}{}",
                            " ".repeat(14 - label.len() - 1),
                            list.iter().map(|x| x.email.as_str()).collect::<Vec<_>>().join(", ")
                        );
                    }
                }
            }
        }
    }
    Ok(())
}

async fn two_factor_command(kalm: &Kalm, command: TwoFactorCommand) -> Result<(), CliError> {
    match command {
        TwoFactorCommand::Status { platform, email, json } => {
            let platform = platforms::find(kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let account = find_account(kalm, &platform, &email).await?.account;
            let status =
                kalm_app::two_factor::status(kalm, &kalm_app::Caller::command_line(), &platform, account.id).await?;
            if json {
                print_json(&two_factor_json(&status));
            } else {
                say!("rule:                {}", status.rule.code());
                say!("method:              {}", status.method.map_or("not set up", |m| m.code()));
                if let Some(at) = status.set_up_at {
                    say!("set up:              {}", at.to_rfc3339());
                }
                say!("recovery codes left: {}", status.recovery_codes_left);
                if let Some(w) = &status.waiver {
                    say!("waived until:        {} (by {})", w.ends_at.to_rfc3339(), w.granted_by);
                }
            }
        }
        TwoFactorCommand::Reset { platform, email, reason } => {
            let platform = platforms::find(kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let account = find_account(kalm, &platform, &email).await?.account;
            let had = kalm_app::two_factor::reset(
                kalm,
                &kalm_app::Caller::command_line(),
                &platform,
                account.id,
                reason.as_deref(),
            )
            .await?;
            if had {
                say!("two-factor authentication of {} was reset; they were e-mailed", account.email.as_str());
            } else {
                say!("{} had no two-factor authentication set up; nothing to reset", account.email.as_str());
            }
        }
    }
    Ok(())
}

async fn find_account(kalm: &Kalm, platform: &Platform, account: &str) -> Result<accounts::AccountView, CliError> {
    let id = match uuid::Uuid::parse_str(account.trim()) {
        Ok(id) => AccountId(id),
        Err(_) => {
            accounts::id_by_email(kalm, platform.id, account).await?.ok_or(AppError::NotFound(Entity::Account))?
        }
    };
    Ok(accounts::view(kalm, &kalm_app::Caller::command_line(), platform.id, id).await?)
}

fn account_json(a: &accounts::Account) -> serde_json::Value {
    json!({
        "id": a.id.0, "platform_id": a.platform_id.0, "type": a.account_type.code(),
        "roles": a.roles.iter().map(Role::code).collect::<Vec<_>>(),
        "first_name": a.first_name.as_str(), "last_name": a.last_name.as_str(), "email": a.email.as_str(),
        "language": a.language.code(), "status": a.status.code(),
        "last_activity_at": a.last_activity_at.map(|t| t.to_rfc3339()), "created_at": a.created_at.to_rfc3339(),
    })
}

fn two_factor_json(status: &kalm_app::two_factor::Status) -> serde_json::Value {
    json!({
        "rule": status.rule.code(),
        "method": status.method.map(|m| m.code()),
        "set_up_at": status.set_up_at.map(|t| t.to_rfc3339()),
        "recovery_codes_left": status.recovery_codes_left,
        "waiver": status.waiver.as_ref().map(|w| json!({
            "starts_at": w.starts_at.to_rfc3339(),
            "ends_at": w.ends_at.to_rfc3339(),
            "granted_by": w.granted_by,
        })),
    })
}

fn activation_url(config: &Config, platform: &Platform, token: &str) -> String {
    format!("{}://{}{}/activate/{token}", config.scheme(), platform.domain, config.link_port_suffix())
}
