//! The `kalm` command line: the top-level definitions, their errors and
//! the dispatch to one module per command group.
//!
//! Each group (`kalm platform …`, `kalm account …`, …) lives in its own file
//! with its clap subcommand enum and the function that runs it, so a change
//! to one group reads and reviews on its own. What every group needs (the
//! use-case context from `context::open`, reading a password, printing JSON,
//! parsing `--since`) stays here. Command names, flags, environment
//! variables, output and exit codes are an interface operators script
//! against: moving code between these files must not change them.

mod account;
mod audit;
mod charges;
mod config;
mod content;
mod context;
mod emails;
mod inactivity;
mod operator;
pub(crate) mod output;
mod platform;
mod secrets;

use output::say;
use std::io::Read;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use kalm_app::{AppError, Store};

use crate::config::{Config, Overrides};
use account::AccountCommand;
use audit::AuditArgs;
use charges::ChargesCommand;
use config::ConfigCommand;
use content::{CatalogueCommand, ContentCommand};
use context::{open, store_limits};
use emails::EmailsCommand;
use inactivity::InactivityCommand;
use operator::OperatorCommand;
use platform::PlatformCommand;
use secrets::SecretsCommand;

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
    /// Log format: json or pretty (default: pretty on a terminal, json otherwise).
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
    /// The service desk's e-mail address, given where application managers are told to ask the service desk.
    #[arg(long, global = true, env = "KALM_SERVICE_DESK_EMAIL")]
    pub service_desk_email: Option<String>,
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
    /// Tools of content platforms: list, show, export, import, release.
    #[command(subcommand)]
    Content(ContentCommand),
    /// Which care platforms offer which content platforms' tools.
    #[command(subcommand)]
    Catalogue(CatalogueCommand),
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
            AppError::ReleaseRefused(problems) => {
                let lines: Vec<String> = problems
                    .iter()
                    .map(|p| {
                        let detail = if p.detail.is_empty() { String::new() } else { format!(" ({})", p.detail) };
                        format!("  {}: {}{detail}", p.place.anchor(), p.code)
                    })
                    .collect();
                format!("the draft cannot be released yet:\n{}\n", lines.join("\n"))
            }
            other => other.to_string(),
        };
        CliError::App { code: err.code(), message }
    }
}

impl From<kalm_domain::content::ContentError> for CliError {
    fn from(err: kalm_domain::content::ContentError) -> CliError {
        AppError::from(err).into()
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
        service_desk_email: cli.service_desk_email.clone(),
    }
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
    say!("{}", serde_json::to_string_pretty(value).unwrap_or_default());
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
            // And charges with amounts, unless the file gives its own prices.
            if config.prices.is_none() {
                config.price_list = crate::demo::price_list();
            }
            let kalm = open(&config).await?;
            crate::demo::create(&config, &kalm, &args.demo_password).await?;
            crate::serve::serve(&config, kalm).await
        }
        Command::Migrate => {
            let store = Store::connect_with(&config.database_url, store_limits(&config)).await?;
            let ran = store.migrate().await?;
            if ran.is_empty() {
                say!("database is up to date");
            } else {
                say!("applied: {}", ran.join(", "));
            }
            Ok(())
        }
        Command::Platform(command) => platform::run(&config, command).await,
        Command::Account(command) => account::run(&config, command).await,
        Command::Operator(command) => operator::run(&config, command).await,
        Command::Audit(args) => audit::run(&config, args).await,
        Command::Config(command) => config::run(&config, command).await,
        Command::Charges(command) => charges::run(&config, command).await,
        Command::Content(command) => content::run(&config, command).await,
        Command::Catalogue(command) => content::run_catalogue(&config, command).await,
        Command::Emails(command) => emails::run(&config, command).await,
        Command::Inactivity(command) => inactivity::run(&config, command).await,
        Command::Secrets(command) => secrets::run(&config, command).await,
    }
}
