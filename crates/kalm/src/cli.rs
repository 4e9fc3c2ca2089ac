//! Command-line definitions and their handlers.

use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};
use kalm_app::Entity;
use kalm_app::accounts::{self, AccountFilter, AccountInput};
use kalm_app::audit::AuditFilter;
use kalm_app::emails::PublicUrls;
use kalm_app::platforms::{self, Platform, PlatformInput};
use kalm_app::secrets::SecretBox;
use kalm_app::{AppError, Backend, Kalm, OsRandomness, Randomness, Store, SystemClock, configurations, operators};
use kalm_domain::accounts::{AccountId, AccountStatus, AccountType, Role};
use kalm_domain::configurations::{Availability, ConfigurationKey};
use serde_json::json;

use crate::config::{Config, Overrides};

#[derive(Debug, Parser)]
#[command(name = "kalm", version, about = "Kalm: a multi-tenant platform core for e-mental-health providers.")]
pub struct Cli {
    /// Configuration file (default: ./kalm.toml when present).
    #[arg(long, global = true, env = "KALM_CONFIG")]
    pub config: Option<PathBuf>,
    /// Database: sqlite://PATH (default sqlite://kalm-data/kalm.db) or postgres://…
    #[arg(long, global = true, env = "KALM_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Host name of the operator console (default admin.localhost).
    #[arg(long, global = true, env = "KALM_ADMIN_HOST")]
    pub admin_host: Option<String>,
    /// Comma-separated IP addresses of proxies whose forwarding headers are trusted.
    #[arg(long, global = true, env = "KALM_TRUSTED_PROXIES")]
    pub trusted_proxies: Option<String>,
    /// Scheme of the public URL: http or https (https makes cookies Secure).
    #[arg(long, global = true, env = "KALM_PUBLIC_SCHEME")]
    pub public_scheme: Option<String>,
    /// Port of the public URL, for links printed on the command line.
    #[arg(long, global = true, env = "KALM_PUBLIC_PORT")]
    pub public_port: Option<u16>,
    /// Log format: json (default) or pretty.
    #[arg(long, global = true, env = "KALM_LOG_FORMAT")]
    pub log_format: Option<String>,
    /// Log filter, e.g. info or kalm_web=debug.
    #[arg(long, global = true, env = "KALM_LOG")]
    pub log_level: Option<String>,
    /// SMTP server: smtp://host:port, smtp+starttls://host:port or smtps://user:password@host.
    #[arg(long, global = true, env = "KALM_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender address of e-mails; each platform's name is the display name.
    #[arg(long, global = true, env = "KALM_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Without an SMTP server, e-mails are written as .eml files to this folder.
    #[arg(long, global = true, env = "KALM_MAIL_DIR")]
    pub mail_dir: Option<String>,
    /// The installation's secret key, base64 of 32 bytes (seals secrets at rest).
    #[arg(long, global = true, env = "KALM_SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<String>,
    /// Keys replaced by the current one (comma-separated base64): they still
    /// open what they sealed until `kalm secrets reseal` has run.
    #[arg(long, global = true, env = "KALM_PREVIOUS_SECRET_KEYS", hide_env_values = true)]
    pub previous_secret_keys: Option<String>,
    /// How often the inactivity sweep runs, in minutes (default 60).
    #[arg(long, global = true, env = "KALM_INACTIVITY_SWEEP_MINUTES")]
    pub inactivity_sweep_minutes: Option<u32>,
    /// Strict-Transport-Security max-age in seconds, sent with an https public URL (default 31536000; 0 sends none).
    #[arg(long, global = true, env = "KALM_HSTS_MAX_AGE")]
    pub hsts_max_age: Option<u64>,
    /// Add includeSubDomains to Strict-Transport-Security (default false).
    #[arg(long, global = true, env = "KALM_HSTS_INCLUDE_SUBDOMAINS")]
    pub hsts_include_subdomains: Option<bool>,
    /// Seconds a client may take to send a request's headers (default 10).
    #[arg(long, global = true, env = "KALM_HEADER_READ_TIMEOUT_SECONDS")]
    pub header_read_timeout_seconds: Option<u64>,
    /// Seconds a request may take, body included, before it is answered 503 (default 30).
    #[arg(long, global = true, env = "KALM_REQUEST_TIMEOUT_SECONDS")]
    pub request_timeout_seconds: Option<u64>,
    /// Seconds a database statement, lock or connection may be waited for before a 503 (default 20).
    #[arg(long, global = true, env = "KALM_STATEMENT_TIMEOUT_SECONDS")]
    pub statement_timeout_seconds: Option<u64>,
    /// Connections served at once; further ones wait to be accepted (default 1024).
    #[arg(long, global = true, env = "KALM_MAX_CONNECTIONS")]
    pub max_connections: Option<usize>,
    /// Serve /metrics on this address only (e.g. 127.0.0.1:9090) instead of on the console host.
    #[arg(long, global = true, env = "KALM_METRICS_LISTEN")]
    pub metrics_listen: Option<String>,
    /// Whether service desk operators must set up a second factor: required (default) or optional.
    #[arg(long, global = true, env = "KALM_OPERATOR_TWO_FACTOR")]
    pub operator_two_factor: Option<String>,
    /// File with the secret key; created on first start with SQLite (default kalm-data/secret.key).
    #[arg(long, global = true, env = "KALM_SECRET_KEY_FILE")]
    pub secret_key_file: Option<String>,
    /// Text messages for two-factor codes: file:<folder> (development) or
    /// twilio://<account SID>:<auth token>@api.twilio.com?from=<number>.
    #[arg(long, global = true, env = "KALM_SMS_URL", hide_env_values = true)]
    pub sms_url: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server.
    Serve(ServeArgs),
    /// Run the server with a demo installation (created once, idempotently).
    Demo(DemoArgs),
    /// Apply database migrations and exit.
    Migrate,
    /// Platforms (tenants).
    #[command(subcommand)]
    Platform(PlatformCommand),
    /// Accounts on a platform.
    #[command(subcommand)]
    Account(AccountCommand),
    /// Service desk operators and their API tokens.
    #[command(subcommand)]
    Operator(OperatorCommand),
    /// Show the audit log.
    Audit(AuditArgs),
    /// The installation's configuration (check) and the platforms' configurations.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// The charges ledger.
    #[command(subcommand)]
    Charges(ChargesCommand),
    /// E-mails in the outbox.
    #[command(subcommand)]
    Emails(EmailsCommand),
    /// Values sealed with the installation's secret key.
    #[command(subcommand)]
    Secrets(SecretsCommand),
    /// Automatic deactivation of inactive accounts.
    #[command(subcommand)]
    Inactivity(InactivityCommand),
}

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

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (default 127.0.0.1:8080).
    #[arg(long, env = "KALM_LISTEN")]
    pub listen: Option<String>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Address to listen on (default 127.0.0.1:8080).
    #[arg(long, env = "KALM_LISTEN")]
    pub listen: Option<String>,
    /// The password of every demo login.
    #[arg(long, env = "KALM_DEMO_PASSWORD", default_value = crate::demo::DEFAULT_PASSWORD)]
    pub demo_password: String,
}

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
pub enum InactivityCommand {
    /// Run the sweep now: deactivate the accounts past their platform's
    /// limit and warn those close to it.
    Sweep {
        /// Only this platform (domain or id); all platforms by default.
        #[arg(long)]
        platform: Option<String>,
        /// List who would be deactivated and warned, change nothing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// What a setting would do on a platform: accounts deactivated now and
    /// in the next 30 days, and accounts by days since their last activity.
    Preview {
        #[arg(long)]
        platform: String,
        /// Days for professional accounts (1 to 3650); absent: off.
        #[arg(long, value_name = "DAYS")]
        professionals: Option<String>,
        /// Days for client accounts (1 to 3650); absent: off.
        #[arg(long, value_name = "DAYS")]
        clients: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SecretsCommand {
    /// After a key rotation: seal every sealed value again with the current
    /// key (the old one must still be in previous_secret_keys). Safe to
    /// repeat and to run while the server runs.
    Reseal,
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
pub enum OperatorTwoFactorCommand {
    /// Remove an operator's second factor (lost phone and recovery codes)
    /// and end their sessions; with two-factor required they set it up
    /// again at their next login.
    Reset {
        #[arg(long)]
        email: String,
    },
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

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("{message} ({code})")]
    App { code: &'static str, message: String },
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl From<AppError> for CliError {
    fn from(err: AppError) -> CliError {
        let message = match &err {
            AppError::Configuration(value_error) => format!("invalid value: {value_error}"),
            other => other.to_string(),
        };
        CliError::App { code: err.code(), message }
    }
}

impl From<kalm_store::StoreError> for CliError {
    fn from(err: kalm_store::StoreError) -> CliError {
        AppError::from(err).into()
    }
}

fn overrides(cli: &Cli, listen: Option<String>) -> Overrides {
    Overrides {
        database_url: cli.database_url.clone(),
        listen,
        admin_host: cli.admin_host.clone(),
        trusted_proxies: cli.trusted_proxies.clone(),
        public_scheme: cli.public_scheme.clone(),
        public_port: cli.public_port,
        log_format: cli.log_format.clone(),
        log_level: cli.log_level.clone(),
        smtp_url: cli.smtp_url.clone(),
        mail_from: cli.mail_from.clone(),
        mail_dir: cli.mail_dir.clone(),
        secret_key: cli.secret_key.clone(),
        secret_key_file: cli.secret_key_file.clone(),
        sms_url: cli.sms_url.clone(),
        previous_secret_keys: cli.previous_secret_keys.clone(),
        inactivity_sweep_minutes: cli.inactivity_sweep_minutes,
        hsts_max_age: cli.hsts_max_age,
        hsts_include_subdomains: cli.hsts_include_subdomains,
        header_read_timeout_seconds: cli.header_read_timeout_seconds,
        request_timeout_seconds: cli.request_timeout_seconds,
        statement_timeout_seconds: cli.statement_timeout_seconds,
        max_connections: cli.max_connections,
        metrics_listen: cli.metrics_listen.clone(),
        operator_two_factor: cli.operator_two_factor.clone(),
    }
}

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
        .with_operator_two_factor(config.operator_two_factor.requirement());
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

fn store_limits(config: &Config) -> kalm_app::StoreLimits {
    kalm_app::StoreLimits { statement_timeout: std::time::Duration::from_secs(config.statement_timeout_seconds) }
}

fn read_password_stdin() -> Result<String, CliError> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let password = text.trim_end_matches(['\n', '\r']).to_owned();
    if password.is_empty() {
        return Err(CliError::Usage("no password on standard input".into()));
    }
    Ok(password)
}

fn print_json(value: &serde_json::Value) {
    println!("{}", serde_json::to_string_pretty(value).unwrap_or_default());
}

fn platform_json(p: &Platform) -> serde_json::Value {
    json!({
        "id": p.id.0, "name": p.name.as_str(), "kind": p.kind.code(), "domain": p.domain.as_str(),
        "default_language": p.default_language.code(), "created_at": p.created_at.to_rfc3339(),
    })
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

pub fn activation_url(config: &Config, platform: &Platform, token: &str) -> String {
    format!("{}://{}{}/activate/{token}", config.scheme(), platform.domain, config.link_port_suffix())
}

pub async fn run(cli: Cli) -> Result<(), CliError> {
    let listen = match &cli.command {
        Command::Serve(a) => a.listen.clone(),
        Command::Demo(a) => a.listen.clone(),
        // Other commands do not listen, but `config check` shows the value.
        _ => std::env::var("KALM_LISTEN").ok(),
    };
    let config = Config::load(cli.config.as_deref(), &overrides(&cli, listen))?;
    match cli.command {
        Command::Serve(_) => {
            crate::serve::init_tracing(&config);
            let kalm = open(&config).await?;
            crate::serve::serve(&config, kalm).await
        }
        Command::Demo(args) => {
            crate::serve::init_tracing(&config);
            let mut config = config;
            // The demo shows two-factor by text message too: its messages
            // go to a folder beside the e-mails.
            if config.sms_url.is_none() {
                config.sms_url = Some("file:kalm-data/sms".to_owned());
            }
            let kalm = open(&config).await?;
            crate::demo::create(&config, &kalm, &args.demo_password).await?;
            crate::serve::serve(&config, kalm).await
        }
        Command::Migrate => {
            let store = Store::connect_with(&config.database_url, store_limits(&config)).await?;
            let ran = store.migrate().await?;
            if ran.is_empty() {
                println!("database is up to date");
            } else {
                println!("applied: {}", ran.join(", "));
            }
            Ok(())
        }
        Command::Platform(command) => platform_command(&config, command).await,
        Command::Account(command) => account_command(&config, command).await,
        Command::Operator(command) => operator_command(&config, command).await,
        Command::Audit(args) => audit_command(&config, args).await,
        Command::Config(ConfigCommand::Show { platform, json }) => config_show(&config, &platform, json).await,
        Command::Config(ConfigCommand::Available { platform, key, note, confirm }) => {
            config_availability(&config, &platform, &key, true, note.as_deref(), confirm).await
        }
        Command::Config(ConfigCommand::Withdraw { platform, key, note }) => {
            config_availability(&config, &platform, &key, false, note.as_deref(), false).await
        }
        Command::Config(ConfigCommand::Set { platform, key, value_json, reason, confirm }) => {
            config_set(&config, &platform, &key, &value_json, reason.as_deref(), confirm).await
        }
        Command::Charges(ChargesCommand::Export { platform, since, format }) => {
            charges_export(&config, platform.as_deref(), since.as_deref(), &format).await
        }
        Command::Emails(command) => emails_command(&config, command).await,
        Command::Inactivity(command) => inactivity_command(&config, command).await,
        Command::Secrets(SecretsCommand::Reseal) => {
            let kalm = open(&config).await?;
            let resealed = kalm_app::secrets::reseal(&kalm).await?;
            println!("resealed {resealed} value(s) with the current key");
            Ok(())
        }
        Command::Config(ConfigCommand::Check) => {
            println!(
                "# effective configuration{}",
                config.source_file.as_ref().map(|p| format!(" (file: {})", p.display())).unwrap_or_default()
            );
            println!("{}", toml::to_string(&config).map_err(|e| CliError::Usage(e.to_string()))?);
            Ok(())
        }
    }
}

async fn platform_command(config: &Config, command: PlatformCommand) -> Result<(), CliError> {
    let kalm = open(config).await?;
    match command {
        PlatformCommand::Create { name, domain, language, kind } => {
            let platform = platforms::create(
                &kalm,
                &kalm_app::Caller::command_line(),
                &PlatformInput { name, domain, language, kind },
            )
            .await?;
            println!("{}", platform.id);
        }
        PlatformCommand::List { json } => {
            let list = platforms::list(&kalm, &kalm_app::Caller::command_line()).await?;
            if json {
                print_json(&serde_json::Value::Array(list.iter().map(platform_json).collect()));
            } else {
                println!("{:<36}  {:<30}  {:<8}  {:<4}  NAME", "ID", "DOMAIN", "KIND", "LANG");
                for p in &list {
                    println!(
                        "{:<36}  {:<30}  {:<8}  {:<4}  {}",
                        p.id,
                        p.domain,
                        p.kind.code(),
                        p.default_language.code(),
                        p.name.as_str()
                    );
                }
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
            println!("{}: {} ({})", updated.domain, updated.name.as_str(), updated.default_language.code());
        }
        PlatformCommand::Show { platform, json } => {
            let p = platforms::find(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let count = platforms::account_count(&kalm, p.id).await?;
            if json {
                let mut value = platform_json(&p);
                value["account_count"] = json!(count);
                print_json(&value);
            } else {
                println!("id:               {}", p.id);
                println!("name:             {}", p.name.as_str());
                println!("domain:           {}", p.domain);
                println!("kind:             {}", p.kind.code());
                println!("default language: {}", p.default_language.code());
                println!("accounts:         {count}");
                println!("created:          {}", p.created_at.to_rfc3339());
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

async fn inactivity_command(config: &Config, command: InactivityCommand) -> Result<(), CliError> {
    use std::io::IsTerminal;
    let kalm = open(config).await?;
    match command {
        InactivityCommand::Sweep { platform, dry_run, json } => {
            let platform = match platform {
                Some(p) => Some(platforms::find(&kalm, &kalm_app::Caller::command_line(), &p).await?),
                None => None,
            };
            // A progress bar on a terminal only, on stderr, so output for
            // scripts stays clean.
            let bar = if std::io::stderr().is_terminal() && !json {
                let due = kalm_app::inactivity::due(&kalm, platform.as_ref()).await?;
                let bar = indicatif::ProgressBar::new(due);
                if let Ok(style) =
                    indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} accounts ({elapsed}) {msg}")
                {
                    bar.set_style(style);
                }
                Some(bar)
            } else {
                None
            };
            let progress = |r: &kalm_app::inactivity::SweepReport| {
                if let Some(bar) = &bar {
                    bar.set_position(r.deactivated + r.warned + r.skipped);
                    bar.set_message(format!("{} deactivated, {} warned, {} kept", r.deactivated, r.warned, r.skipped));
                }
            };
            let report = kalm_app::inactivity::sweep(&kalm, platform.as_ref(), dry_run, &progress).await?;
            if let Some(bar) = &bar {
                bar.finish();
            }
            if json {
                print_json(&serde_json::to_value(&report).unwrap_or_default());
            } else if dry_run {
                for p in &report.planned {
                    println!(
                        "{:<10} {:<13} {:<30} {} last active {}, deactivation {}",
                        p.action,
                        p.account_type,
                        p.email,
                        p.platform,
                        p.last_active.format("%Y-%m-%d"),
                        p.deactivate_at.format("%Y-%m-%d")
                    );
                }
                let count = |a: &str| report.planned.iter().filter(|p| p.action == a).count();
                println!(
                    "dry run: {} would be deactivated, {} warned, {} last application manager(s) kept",
                    count("deactivate"),
                    count("warn"),
                    count("keep")
                );
            } else {
                println!(
                    "{} platform(s): {} deactivated, {} warned, {} last application manager(s) kept",
                    report.platforms, report.deactivated, report.warned, report.skipped
                );
            }
        }
        InactivityCommand::Preview { platform, professionals, clients, json } => {
            let platform = platforms::find(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let stored = kalm_app::configurations::settings(&kalm, &platform).await?.inactivity_deactivation;
            // The same parser as the console and the API, so the same days
            // are accepted everywhere and errors name the flag.
            let proposal = kalm_app::inactivity::proposal(&stored, professionals.as_deref(), clients.as_deref(), None)?;
            let preview =
                kalm_app::inactivity::preview(&kalm, &kalm_app::Caller::command_line(), &platform, &proposal).await?;
            if json {
                print_json(&serde_json::to_value(&preview).unwrap_or_default());
            } else {
                for t in [&preview.professionals, &preview.clients] {
                    let days = t.days.map_or_else(|| "off".to_owned(), |d| format!("{d} days"));
                    println!(
                        "{:<13} {:<10} {} accounts: {} deactivated now, {} more within 30 days{}",
                        t.account_type,
                        days,
                        t.accounts,
                        t.now,
                        t.next_30_days,
                        if t.needs_confirmation { " (more than 10 %: saving needs confirmation)" } else { "" }
                    );
                }
                println!("days since last activity:");
                for (i, (from, to)) in kalm_domain::inactivity::BUCKETS.iter().enumerate() {
                    let range = to.map_or_else(|| format!("{from}+"), |to| format!("{from}-{}", to - 1));
                    println!(
                        "  {:<10} professionals {:>9}  clients {:>9}",
                        range, preview.professionals.buckets[i], preview.clients.buckets[i]
                    );
                }
            }
        }
    }
    Ok(())
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
                println!("rule:                {}", status.rule.code());
                println!("method:              {}", status.method.map_or("not set up", |m| m.code()));
                if let Some(at) = status.set_up_at {
                    println!("set up:              {}", at.to_rfc3339());
                }
                println!("recovery codes left: {}", status.recovery_codes_left);
                if let Some(w) = &status.waiver {
                    println!("waived until:        {} (by {})", w.ends_at.to_rfc3339(), w.granted_by);
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
                println!("two-factor authentication of {} was reset; they were e-mailed", account.email.as_str());
            } else {
                println!("{} had no two-factor authentication set up; nothing to reset", account.email.as_str());
            }
        }
    }
    Ok(())
}

async fn account_command(config: &Config, command: AccountCommand) -> Result<(), CliError> {
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
            println!("{}", created.account.id);
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
                println!("{:<36}  {:<12}  {:<11}  {:<40}  NAME", "ID", "TYPE", "STATUS", "E-MAIL");
                for a in &list {
                    println!(
                        "{:<36}  {:<12}  {:<11}  {:<40}  {} {}{}",
                        a.id,
                        a.account_type.code(),
                        a.status.code(),
                        a.email.as_str(),
                        a.first_name.as_str(),
                        a.last_name.as_str(),
                        if a.roles.is_empty() { String::new() } else { format!(" ({})", a.roles.to_codes()) }
                    );
                }
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
                println!("id:            {}", a.id);
                println!("name:          {} {}", a.first_name.as_str(), a.last_name.as_str());
                println!("e-mail:        {}", a.email.as_str());
                println!("type:          {}", a.account_type.code());
                println!("roles:         {}", a.roles.to_codes());
                println!("status:        {}", a.status.code());
                println!("language:      {}", a.language.code());
                println!(
                    "last activity: {}",
                    a.last_activity_at.map_or_else(|| "never".to_owned(), |t| t.to_rfc3339())
                );
                println!("created:       {}", a.created_at.to_rfc3339());
                for (label, list) in
                    [("professionals", &view.professionals), ("clients", &view.clients), ("friends", &view.friends)]
                {
                    if !list.is_empty() {
                        println!(
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

async fn operator_command(config: &Config, command: OperatorCommand) -> Result<(), CliError> {
    let kalm = open(config).await?;
    match command {
        OperatorCommand::Create { email, password_stdin } => {
            if !password_stdin {
                return Err(CliError::Usage("give the password on standard input with --password-stdin".into()));
            }
            let password = read_password_stdin()?;
            let operator = operators::create(&kalm, &kalm_app::Caller::command_line(), &email, &password).await?;
            println!("{}", operator.id);
        }
        OperatorCommand::Token(TokenCommand::Create { email, name, expires_in }) => {
            let lifetime = kalm_domain::auth::tokens::TokenLifetime::parse(&expires_in)
                .map_err(|e| CliError::Usage(format!("--expires-in: {e}")))?;
            let created = operators::create_token(&kalm, &email, &name, lifetime).await?;
            eprintln!("token {} works until {}", created.id, created.expires_at.to_rfc3339());
            println!("{}", created.token);
        }
        OperatorCommand::Token(TokenCommand::List { email, json }) => {
            let tokens = operators::tokens(&kalm, email.as_deref()).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&tokens).map_err(|e| CliError::Usage(e.to_string()))?);
            } else {
                let now = chrono::Utc::now();
                let day = |at: Option<chrono::DateTime<chrono::Utc>>| {
                    at.map_or_else(|| "-".to_owned(), |at| at.format("%Y-%m-%d %H:%M").to_string())
                };
                println!(
                    "{:<36}  {:<28}  {:<12}  {:<16}  {:<16}  state",
                    "id", "operator", "name", "expires", "last used"
                );
                for t in tokens {
                    let state = match (t.revoked_at, t.expires_at) {
                        (Some(_), _) => "revoked",
                        (None, Some(at)) if at <= now => "expired",
                        _ => "active",
                    };
                    println!(
                        "{:<36}  {:<28}  {:<12}  {:<16}  {:<16}  {state}",
                        t.id,
                        t.operator_email,
                        t.name,
                        day(t.expires_at),
                        day(t.last_used_at)
                    );
                }
            }
        }
        OperatorCommand::Token(TokenCommand::Revoke { id }) => {
            let token = operators::revoke_token(&kalm, &id).await?;
            println!("revoked {} ({}, {})", token.id, token.operator_email, token.name);
        }
        OperatorCommand::Disable { email } => {
            operators::disable(&kalm, &email).await?;
            println!("disabled {email}");
        }
        OperatorCommand::Enable { email } => {
            operators::enable(&kalm, &email).await?;
            println!("enabled {email}");
        }
        OperatorCommand::Password { email, password_stdin } => {
            if !password_stdin {
                return Err(CliError::Usage("give the password on standard input with --password-stdin".into()));
            }
            let password = read_password_stdin()?;
            operators::set_password(&kalm, &email, &password).await?;
            println!("password set for {email}; their sessions have ended");
        }
        OperatorCommand::TwoFactor(OperatorTwoFactorCommand::Reset { email }) => {
            let done = kalm_app::operator_two_factor::reset(&kalm, &email).await?;
            let what = if done.was_set_up { "second factor removed" } else { "no second factor was set up" };
            println!("{email}: {what}; {} session(s) ended", done.sessions_ended);
        }
    }
    Ok(())
}

fn parse_since(text: &str) -> Result<chrono::DateTime<chrono::Utc>, CliError> {
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(at.with_timezone(&chrono::Utc));
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc())
        .ok_or_else(|| {
            CliError::Usage(format!(
                "--since {text:?}: expected RFC 3339 (2026-11-26T09:00:00Z) or a date (2026-11-26)"
            ))
        })
}

async fn audit_command(config: &Config, args: AuditArgs) -> Result<(), CliError> {
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
        for e in &entries {
            println!(
                "{}  {:<24}  {:<8}  {:<32}  {}  {}",
                e.at.format("%Y-%m-%dT%H:%M:%SZ"),
                e.action.code(),
                e.outcome.code(),
                e.actor_label.clone().unwrap_or_else(|| e.actor_kind.clone()),
                e.target_label.clone().unwrap_or_default(),
                e.source_addr.clone().unwrap_or_default()
            );
        }
    }
    Ok(())
}

fn parse_key(key: &str) -> Result<ConfigurationKey, CliError> {
    ConfigurationKey::parse(key).map_err(|_| {
        CliError::Usage(format!(
            "unknown configuration {key:?}; known: {}",
            ConfigurationKey::ALL.iter().map(|k| k.code()).collect::<Vec<_>>().join(", ")
        ))
    })
}

async fn config_show(config: &Config, platform: &str, json: bool) -> Result<(), CliError> {
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
        println!("{:<24}  {:<13}  VALUE", "CONFIGURATION", "STATE");
        for v in &views {
            let state = match (v.definition.availability, v.available) {
                (Availability::Always, _) => "always",
                (_, true) => "available",
                (_, false) => "unavailable",
            };
            println!("{:<24}  {:<13}  {}", v.definition.key.code(), state, v.value.to_json());
        }
    }
    Ok(())
}

async fn config_availability(
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
    println!("{} is {} on {}", key.code(), if available { "available" } else { "withdrawn" }, platform.domain);
    Ok(())
}

async fn config_set(
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
    println!("{} = {}", key.code(), stored.to_json());
    Ok(())
}

async fn charges_export(
    config: &Config,
    platform: Option<&str>,
    since: Option<&str>,
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
    let since = since.map(parse_since).transpose()?;
    let rows = configurations::charges(&kalm, &kalm_app::Caller::command_line(), platform, since).await?;
    let all = platforms::list(&kalm, &kalm_app::Caller::command_line()).await?;
    if format == "csv" {
        print!("{}", configurations::charges_csv(&rows, &all));
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

async fn emails_command(config: &Config, command: EmailsCommand) -> Result<(), CliError> {
    let kalm = open(config).await?;
    match command {
        EmailsCommand::Failed { json } => {
            let failed = kalm_app::emails::failed(&kalm).await?;
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
                println!("{:<36}  {:<24}  {:<8}  {:<28}  LAST ERROR", "ID", "KIND", "ATTEMPTS", "RECIPIENT");
                for m in &failed {
                    println!(
                        "{:<36}  {:<24}  {:<8}  {:<28}  {}",
                        m.id,
                        m.kind.code(),
                        m.attempts,
                        kalm_app::emails::masked(&m.recipient),
                        m.last_error.clone().unwrap_or_default()
                    );
                }
            }
        }
        EmailsCommand::Retry { id } => {
            let id =
                uuid::Uuid::parse_str(id.trim()).map_err(|_| CliError::Usage(format!("{id:?} is not an e-mail id")))?;
            kalm_app::emails::retry(&kalm, &kalm_app::Caller::command_line(), id).await?;
            println!("{id} is queued again");
        }
        EmailsCommand::Deliver => {
            let round = kalm_app::emails::deliver_due(&kalm, &crate::serve::delivery(config)?).await?;
            println!("sent {}, to retry {}, failed {}", round.sent, round.retried, round.failed);
        }
    }
    Ok(())
}
