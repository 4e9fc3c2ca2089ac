//! `kalm operator`: service desk operators, their API tokens, and the reset
//! of an operator's second factor.

use crate::cli::output::Table;
use crate::cli::output::say;
use clap::Subcommand;
use kalm_app::operators;

use super::{CliError, open, read_password_stdin};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum OperatorCommand {
    /// Create a service desk operator; the password is read from standard input.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Operator API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Disable an operator: no login, and their sessions and API tokens stop working at once.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Enable a disabled operator again.
    Enable {
        #[arg(long)]
        email: String,
    },
    /// Set an operator's password (read from standard input); their sessions end.
    Password {
        #[arg(long)]
        email: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// An operator's second factor.
    #[command(subcommand)]
    TwoFactor(OperatorTwoFactorCommand),
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token for an operator; it is printed once.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "api")]
        name: String,
        /// How long the token works: days (90, 90d) or hours (12h); at most 365 days.
        #[arg(long, default_value = "90d")]
        expires_in: String,
    },
    /// List API tokens (never the tokens themselves): id, operator, name, dates.
    List {
        /// Only this operator's tokens.
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Revoke an API token at once, by the id `token list` shows.
    Revoke { id: String },
}

#[derive(Debug, Subcommand)]
pub enum OperatorTwoFactorCommand {
    /// Remove an operator's second factor (lost phone and recovery codes)
    /// and end their sessions; with two-factor required they set it up
    /// again at their next login.
    Reset {
        #[arg(long)]
        email: String,
    },
}

/// Runs one `kalm operator` subcommand.
pub async fn run(config: &Config, command: OperatorCommand) -> Result<(), CliError> {
    let kalm = open(config).await?;
    match command {
        OperatorCommand::Create { email, password_stdin } => {
            if !password_stdin {
                return Err(CliError::Usage("give the password on standard input with --password-stdin".into()));
            }
            let password = read_password_stdin()?;
            let operator = operators::create(&kalm, &kalm_app::Caller::command_line(), &email, &password).await?;
            say!("{}", operator.id);
        }
        OperatorCommand::Token(TokenCommand::Create { email, name, expires_in }) => {
            let lifetime = kalm_domain::auth::tokens::TokenLifetime::parse(&expires_in)
                .map_err(|e| CliError::Usage(format!("--expires-in: {e}")))?;
            let created = operators::create_token(&kalm, &email, &name, lifetime).await?;
            eprintln!("token {} works until {}", created.id, created.expires_at.to_rfc3339());
            say!("{}", created.token);
        }
        OperatorCommand::Token(TokenCommand::List { email, json }) => {
            let tokens = operators::tokens(&kalm, email.as_deref()).await?;
            if json {
                say!("{}", serde_json::to_string_pretty(&tokens).map_err(|e| CliError::Usage(e.to_string()))?);
            } else {
                let now = chrono::Utc::now();
                let day = |at: Option<chrono::DateTime<chrono::Utc>>| {
                    at.map_or_else(|| "-".to_owned(), |at| at.format("%Y-%m-%d %H:%M").to_string())
                };
                let mut table = Table::new(&["id", "operator", "name", "expires", "last used", "state"]);
                for t in tokens {
                    let state = match (t.revoked_at, t.expires_at) {
                        (Some(_), _) => "revoked",
                        (None, Some(at)) if at <= now => "expired",
                        _ => "active",
                    };
                    table.row(vec![
                        t.id.to_string(),
                        t.operator_email,
                        t.name,
                        day(t.expires_at),
                        day(t.last_used_at),
                        state.to_owned(),
                    ]);
                }
                table.print();
            }
        }
        OperatorCommand::Token(TokenCommand::Revoke { id }) => {
            let token = operators::revoke_token(&kalm, &id).await?;
            say!("revoked {} ({}, {})", token.id, token.operator_email, token.name);
        }
        OperatorCommand::Disable { email } => {
            operators::disable(&kalm, &email).await?;
            say!("disabled {email}");
        }
        OperatorCommand::Enable { email } => {
            operators::enable(&kalm, &email).await?;
            say!("enabled {email}");
        }
        OperatorCommand::Password { email, password_stdin } => {
            if !password_stdin {
                return Err(CliError::Usage("give the password on standard input with --password-stdin".into()));
            }
            let password = read_password_stdin()?;
            operators::set_password(&kalm, &email, &password).await?;
            say!("password set for {email}; their sessions have ended");
        }
        OperatorCommand::TwoFactor(OperatorTwoFactorCommand::Reset { email }) => {
            let done = kalm_app::operator_two_factor::reset(&kalm, &email).await?;
            let what = if done.was_set_up { "second factor removed" } else { "no second factor was set up" };
            say!("{email}: {what}; {} session(s) ended", done.sessions_ended);
        }
    }
    Ok(())
}
