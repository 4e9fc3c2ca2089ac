//! The operator's configuration: `kalm.toml`, then `KALM_*` environment
//! variables, then command-line flags, each overriding the one before.
//!
//! The file is parsed strictly (unknown keys are errors, so a typo does not
//! silently fall back to a default), and so is the environment: a `KALM_*`
//! variable Kalm does not know is reported. Secrets (passwords inside the
//! database URL) are masked whenever the configuration is printed.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use kalm_domain::platforms::Hostname;
use serde::{Deserialize, Serialize};

/// Every environment variable Kalm reads.
pub const KNOWN_ENV: &[&str] = &[
    "KALM_CONFIG",
    "KALM_DATABASE_URL",
    "KALM_LISTEN",
    "KALM_ADMIN_HOST",
    "KALM_TRUSTED_PROXIES",
    "KALM_PUBLIC_SCHEME",
    "KALM_PUBLIC_PORT",
    "KALM_LOG_FORMAT",
    "KALM_LOG",
    "KALM_DEMO_PASSWORD",
    "KALM_SMTP_URL",
    "KALM_MAIL_FROM",
    "KALM_MAIL_DIR",
    "KALM_SECRET_KEY",
    "KALM_SECRET_KEY_FILE",
    "KALM_SMS_URL",
    "KALM_PREVIOUS_SECRET_KEYS",
    "KALM_INACTIVITY_SWEEP_MINUTES",
    "KALM_HSTS_MAX_AGE",
    "KALM_HSTS_INCLUDE_SUBDOMAINS",
    "KALM_HEADER_READ_TIMEOUT_SECONDS",
    "KALM_REQUEST_TIMEOUT_SECONDS",
    "KALM_STATEMENT_TIMEOUT_SECONDS",
    "KALM_MAX_CONNECTIONS",
    "KALM_METRICS_LISTEN",
    "KALM_OPERATOR_TWO_FACTOR",
    "KALM_SERVICE_DESK_EMAIL",
    // Read by the test suites, not by the server.
    "KALM_TEST_POSTGRES_URL",
    "KALM_REQUIRE_ALL",
];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database_url: Option<String>,
    pub listen: Option<String>,
    pub admin_host: Option<String>,
    pub trusted_proxies: Option<Vec<String>>,
    pub public_scheme: Option<String>,
    pub public_port: Option<u16>,
    pub log_format: Option<String>,
    pub log_level: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub mail_dir: Option<String>,
    pub secret_key: Option<String>,
    pub secret_key_file: Option<String>,
    pub sms_url: Option<String>,
    pub previous_secret_keys: Option<Vec<String>>,
    pub inactivity_sweep_minutes: Option<u32>,
    pub hsts_max_age: Option<u64>,
    pub hsts_include_subdomains: Option<bool>,
    pub header_read_timeout_seconds: Option<u64>,
    pub request_timeout_seconds: Option<u64>,
    pub statement_timeout_seconds: Option<u64>,
    pub max_connections: Option<usize>,
    pub metrics_listen: Option<String>,
    pub operator_two_factor: Option<String>,
    pub service_desk_email: Option<String>,
    pub prices: Option<PricesFile>,
}

/// The `[prices]` table: what the service desk charges, in one currency.
///
/// ```toml
/// [prices]
/// currency = "EUR"
/// content_platform = "1500.00"
/// made_available = { video_sessions = "250.00", two_factor = "100.00" }
/// changed = { domain = "75.00" }
/// ```
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PricesFile {
    pub currency: String,
    pub content_platform: Option<String>,
    /// Configuration key → price, for those charged when made available.
    #[serde(default)]
    pub made_available: std::collections::BTreeMap<String, String>,
    /// Configuration key → price, for those charged for every change.
    #[serde(default)]
    pub changed: std::collections::BTreeMap<String, String>,
}

/// Values given on the command line or in the environment (clap merges the two).
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub database_url: Option<String>,
    pub listen: Option<String>,
    pub admin_host: Option<String>,
    pub trusted_proxies: Option<String>,
    pub public_scheme: Option<String>,
    pub public_port: Option<u16>,
    pub log_format: Option<String>,
    pub log_level: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub mail_dir: Option<String>,
    pub secret_key: Option<String>,
    pub secret_key_file: Option<String>,
    pub sms_url: Option<String>,
    /// Comma-separated.
    pub previous_secret_keys: Option<String>,
    pub inactivity_sweep_minutes: Option<u32>,
    pub hsts_max_age: Option<u64>,
    pub hsts_include_subdomains: Option<bool>,
    pub header_read_timeout_seconds: Option<u64>,
    pub request_timeout_seconds: Option<u64>,
    pub statement_timeout_seconds: Option<u64>,
    pub max_connections: Option<usize>,
    pub metrics_listen: Option<String>,
    pub operator_two_factor: Option<String>,
    pub service_desk_email: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Json,
    Pretty,
}

/// Whether service desk operators must have a second factor at the
/// console login.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OperatorTwoFactor {
    /// Every operator sets up an authenticator app at their first login.
    Required,
    /// Only operators who have one set up are asked for a code.
    Optional,
}

impl OperatorTwoFactor {
    pub fn requirement(self) -> kalm_app::operator_two_factor::Requirement {
        match self {
            OperatorTwoFactor::Required => kalm_app::operator_two_factor::Requirement::Required,
            OperatorTwoFactor::Optional => kalm_app::operator_two_factor::Requirement::Optional,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    Http,
    Https,
}

/// The effective, typed configuration.
#[derive(Debug, Clone, Serialize)]
pub struct Config {
    #[serde(serialize_with = "masked")]
    pub database_url: String,
    pub listen: SocketAddr,
    pub admin_host: String,
    pub trusted_proxies: Vec<IpAddr>,
    pub public_scheme: Scheme,
    pub public_port: Option<u16>,
    pub log_format: LogFormat,
    pub log_level: String,
    /// SMTP server for e-mail; when absent, e-mails are written to `mail_dir`.
    #[serde(serialize_with = "masked_opt")]
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub mail_dir: String,
    /// The installation's secret key (base64, 32 bytes), or the file holding it.
    #[serde(serialize_with = "secret")]
    pub secret_key: Option<String>,
    pub secret_key_file: String,
    /// Where two-factor codes go by text message (`file:<folder>` or
    /// `twilio://…`); without it, only authenticator apps are offered.
    #[serde(serialize_with = "masked_opt")]
    pub sms_url: Option<String>,
    /// Keys the current one replaced; they still open what they sealed.
    #[serde(serialize_with = "secrets")]
    pub previous_secret_keys: Vec<String>,
    /// How often the inactivity sweep runs (once per period across all nodes).
    pub inactivity_sweep_minutes: u32,
    /// `Strict-Transport-Security` max-age in seconds with an https public
    /// URL; 0 sends no header.
    pub hsts_max_age: u64,
    pub hsts_include_subdomains: bool,
    /// How long a client may take to send a request's headers.
    pub header_read_timeout_seconds: u64,
    /// How long a request may take, body included, before it is answered 503.
    pub request_timeout_seconds: u64,
    /// The longest a database statement, lock wait or connection wait may take.
    pub statement_timeout_seconds: u64,
    /// Connections served at once; more wait to be accepted.
    pub max_connections: usize,
    /// A separate address for `/metrics`; without it, the console host serves them.
    pub metrics_listen: Option<SocketAddr>,
    /// Whether operators must set up a second factor (default required).
    pub operator_two_factor: OperatorTwoFactor,
    /// Where application managers write to the service desk; shown where
    /// they are told to ask it.
    pub service_desk_email: Option<String>,
    /// The price list as configured; charges without a price are recorded
    /// as not priced.
    pub prices: Option<PricesFile>,
    #[serde(skip)]
    pub price_list: kalm_domain::charges::PriceList,
    #[serde(skip)]
    pub admin_hostname: Hostname,
    #[serde(skip)]
    pub source_file: Option<PathBuf>,
}

fn masked<S: serde::Serializer>(url: &str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&mask_url(url))
}

fn masked_opt<S: serde::Serializer>(url: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    match url {
        Some(u) => s.serialize_str(&mask_url(u)),
        None => s.serialize_str(""),
    }
}

fn secrets<S: serde::Serializer>(values: &[String], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(values.iter().map(|_| "***"))
}

fn secret<S: serde::Serializer>(value: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(if value.is_some() { "***" } else { "" })
}

/// The folder of a `sqlite://` database file.
fn sqlite_folder(url: &str) -> Option<String> {
    let path = url.strip_prefix("sqlite:")?.trim_start_matches("//").split('?').next()?;
    let parent = std::path::Path::new(path).parent()?.to_string_lossy().into_owned();
    Some(if parent.is_empty() { ".".to_owned() } else { parent })
}

/// Replaces the password of a URL's user-info with `***`.
pub fn mask_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((userinfo, host)) = rest.split_once('@') else {
        return url.to_owned();
    };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("unknown environment variable {0}; known: {known}", known = KNOWN_ENV.join(", "))]
    UnknownEnv(String),
    #[error("{key}: {message}")]
    Invalid { key: &'static str, message: String },
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://kalm-data/kalm.db";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
pub const DEFAULT_ADMIN_HOST: &str = "admin.localhost";
/// One year, the usual minimum for HSTS to be worth its name.
pub const DEFAULT_HSTS_MAX_AGE: u64 = 31_536_000;

/// A timeout in seconds: at least one, at most an hour (a longer one is no
/// protection against slow clients).
fn seconds(key: &'static str, value: Option<u64>, default: u64) -> Result<u64, ConfigError> {
    let value = value.unwrap_or(default);
    if (1..=3600).contains(&value) {
        Ok(value)
    } else {
        Err(ConfigError::Invalid { key, message: format!("{value}: expected 1 to 3600 seconds") })
    }
}

impl Config {
    /// Loads the file (explicit path, else `kalm.toml` when present), checks
    /// the environment for unknown `KALM_*` names, and applies `overrides`.
    pub fn load(path: Option<&Path>, overrides: &Overrides) -> Result<Config, ConfigError> {
        for (name, _) in std::env::vars() {
            if name.starts_with("KALM_") && !KNOWN_ENV.contains(&name.as_str()) {
                return Err(ConfigError::UnknownEnv(name));
            }
        }
        let default_path = Path::new("kalm.toml");
        let chosen = path.map(Path::to_path_buf).or_else(|| default_path.exists().then(|| default_path.to_path_buf()));
        let file = match &chosen {
            Some(p) => {
                let text =
                    std::fs::read_to_string(p).map_err(|source| ConfigError::Read { path: p.clone(), source })?;
                toml::from_str::<FileConfig>(&text)
                    .map_err(|e| ConfigError::Parse { path: p.clone(), message: e.to_string() })?
            }
            None => FileConfig::default(),
        };
        Config::resolve(file, overrides, chosen)
    }

    pub fn resolve(file: FileConfig, o: &Overrides, source_file: Option<PathBuf>) -> Result<Config, ConfigError> {
        let database_url =
            o.database_url.clone().or(file.database_url).unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError::Invalid {
                key: "database_url",
                message: "expected sqlite://… or postgres://…".into(),
            });
        }
        let listen_text = o.listen.clone().or(file.listen).unwrap_or_else(|| DEFAULT_LISTEN.to_owned());
        let listen = listen_text.parse().map_err(|_| ConfigError::Invalid {
            key: "listen",
            message: format!("{listen_text:?} is not an address like 127.0.0.1:8080"),
        })?;
        let admin_host = o.admin_host.clone().or(file.admin_host).unwrap_or_else(|| DEFAULT_ADMIN_HOST.to_owned());
        let admin_hostname = Hostname::parse(&admin_host)
            .map_err(|e| ConfigError::Invalid { key: "admin_host", message: e.to_string() })?;
        let proxies: Vec<String> = match &o.trusted_proxies {
            Some(list) => list.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect(),
            None => file.trusted_proxies.unwrap_or_default(),
        };
        let trusted_proxies = proxies
            .iter()
            .map(|p| {
                p.parse::<IpAddr>().map_err(|_| ConfigError::Invalid {
                    key: "trusted_proxies",
                    message: format!("{p:?} is not an IP address"),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let public_scheme = match o.public_scheme.clone().or(file.public_scheme).as_deref().unwrap_or("http") {
            "http" => Scheme::Http,
            "https" => Scheme::Https,
            other => {
                return Err(ConfigError::Invalid {
                    key: "public_scheme",
                    message: format!("{other:?}: expected http or https"),
                });
            }
        };
        if let Some(url) = o.smtp_url.as_ref().or(file.smtp_url.as_ref()).filter(|u| !u.trim().is_empty()) {
            kalm_app::emails::Mailer::from_url(url)
                .map_err(|message| ConfigError::Invalid { key: "smtp_url", message })?;
        }
        if let Some(key) = o.secret_key.as_ref().or(file.secret_key.as_ref()).filter(|k| !k.trim().is_empty()) {
            kalm_app::secrets::SecretBox::parse_key(key)
                .map_err(|message| ConfigError::Invalid { key: "secret_key", message })?;
        }
        if let Some(url) = o.sms_url.as_ref().or(file.sms_url.as_ref()).filter(|u| !u.trim().is_empty()) {
            kalm_app::sms::provider_from_url(url)
                .map_err(|message| ConfigError::Invalid { key: "sms_url", message })?;
        }
        let previous_secret_keys: Vec<String> = match &o.previous_secret_keys {
            Some(list) => list.split(',').map(str::trim).filter(|k| !k.is_empty()).map(str::to_owned).collect(),
            None => file.previous_secret_keys.unwrap_or_default(),
        };
        for key in &previous_secret_keys {
            kalm_app::secrets::SecretBox::parse_key(key)
                .map_err(|message| ConfigError::Invalid { key: "previous_secret_keys", message })?;
        }
        let inactivity_sweep_minutes = o.inactivity_sweep_minutes.or(file.inactivity_sweep_minutes).unwrap_or(60);
        if !(1..=10_080).contains(&inactivity_sweep_minutes) {
            return Err(ConfigError::Invalid {
                key: "inactivity_sweep_minutes",
                message: format!("{inactivity_sweep_minutes}: expected 1 to 10080 (one week)"),
            });
        }
        let hsts_max_age = o.hsts_max_age.or(file.hsts_max_age).unwrap_or(DEFAULT_HSTS_MAX_AGE);
        let header_read_timeout_seconds = seconds(
            "header_read_timeout_seconds",
            o.header_read_timeout_seconds.or(file.header_read_timeout_seconds),
            10,
        )?;
        let request_timeout_seconds =
            seconds("request_timeout_seconds", o.request_timeout_seconds.or(file.request_timeout_seconds), 30)?;
        let statement_timeout_seconds =
            seconds("statement_timeout_seconds", o.statement_timeout_seconds.or(file.statement_timeout_seconds), 20)?;
        let max_connections = o.max_connections.or(file.max_connections).unwrap_or(1024);
        if !(1..=1_000_000).contains(&max_connections) {
            return Err(ConfigError::Invalid {
                key: "max_connections",
                message: format!("{max_connections}: expected 1 to 1000000"),
            });
        }
        let metrics_listen = match o.metrics_listen.clone().or(file.metrics_listen).filter(|m| !m.trim().is_empty()) {
            None => None,
            Some(text) => Some(text.parse::<SocketAddr>().map_err(|_| ConfigError::Invalid {
                key: "metrics_listen",
                message: format!("{text:?} is not an address like 127.0.0.1:9090"),
            })?),
        };
        let operator_two_factor =
            match o.operator_two_factor.clone().or(file.operator_two_factor).as_deref().unwrap_or("required") {
                "required" => OperatorTwoFactor::Required,
                "optional" => OperatorTwoFactor::Optional,
                other => {
                    return Err(ConfigError::Invalid {
                        key: "operator_two_factor",
                        message: format!("{other:?}: expected required or optional"),
                    });
                }
            };
        // Unless asked, readable lines for a person at a terminal and JSON
        // for a log collector (anything that is not a terminal).
        let on_terminal = || {
            use std::io::IsTerminal;
            if std::io::stderr().is_terminal() { "pretty" } else { "json" }
        };
        let log_format = match o.log_format.clone().or(file.log_format).as_deref().unwrap_or_else(on_terminal) {
            "json" => LogFormat::Json,
            "pretty" => LogFormat::Pretty,
            other => {
                return Err(ConfigError::Invalid {
                    key: "log_format",
                    message: format!("{other:?}: expected json or pretty"),
                });
            }
        };
        let service_desk_email = match o.service_desk_email.clone().or(file.service_desk_email) {
            Some(address) if !address.trim().is_empty() => Some(
                kalm_domain::accounts::EmailAddress::parse(&address)
                    .map_err(|e| ConfigError::Invalid { key: "service_desk_email", message: e.to_string() })?
                    .as_str()
                    .to_owned(),
            ),
            _ => None,
        };
        let price_list = match &file.prices {
            Some(prices) => kalm_domain::charges::PriceList::parse(&kalm_domain::charges::TypedPrices {
                currency: &prices.currency,
                content_platform: prices.content_platform.as_deref(),
                made_available: &prices.made_available,
                changed: &prices.changed,
            })
            .map_err(|e| ConfigError::Invalid { key: "prices", message: e.to_string() })?,
            None => kalm_domain::charges::PriceList::default(),
        };
        let secret_key_file = o.secret_key_file.clone().or(file.secret_key_file).unwrap_or_else(|| {
            // Beside the SQLite file, so a copy of the data folder keeps its key.
            sqlite_folder(&database_url)
                .map_or_else(|| "kalm-data/secret.key".to_owned(), |dir| format!("{dir}/secret.key"))
        });
        Ok(Config {
            database_url,
            listen,
            admin_host: admin_hostname.as_str().to_owned(),
            trusted_proxies,
            public_scheme,
            public_port: o.public_port.or(file.public_port),
            log_format,
            log_level: o.log_level.clone().or(file.log_level).unwrap_or_else(|| "info".to_owned()),
            smtp_url: o.smtp_url.clone().or(file.smtp_url).filter(|u| !u.trim().is_empty()),
            mail_from: o.mail_from.clone().or(file.mail_from).unwrap_or_else(|| "no-reply@kalm.localhost".to_owned()),
            mail_dir: o.mail_dir.clone().or(file.mail_dir).unwrap_or_else(|| "kalm-data/mail".to_owned()),
            secret_key: o.secret_key.clone().or(file.secret_key).filter(|k| !k.trim().is_empty()),
            secret_key_file,
            sms_url: o.sms_url.clone().or(file.sms_url).filter(|u| !u.trim().is_empty()),
            previous_secret_keys,
            inactivity_sweep_minutes,
            hsts_max_age,
            hsts_include_subdomains: o.hsts_include_subdomains.or(file.hsts_include_subdomains).unwrap_or(false),
            header_read_timeout_seconds,
            request_timeout_seconds,
            statement_timeout_seconds,
            max_connections,
            metrics_listen,
            operator_two_factor,
            service_desk_email,
            prices: file.prices,
            price_list,
            admin_hostname,
            source_file,
        })
    }

    /// The port links printed on the command line use: the configured public
    /// port, else the listening port for plain http.
    pub fn link_port_suffix(&self) -> String {
        match (self.public_port, self.public_scheme) {
            (Some(443), Scheme::Https) | (Some(80), Scheme::Http) => String::new(),
            (Some(p), _) => format!(":{p}"),
            (None, Scheme::Http) if self.listen.port() != 80 => format!(":{}", self.listen.port()),
            (None, _) => String::new(),
        }
    }

    pub fn scheme(&self) -> &'static str {
        match self.public_scheme {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_passwords() {
        assert_eq!(mask_url("postgres://kalm:s3cret@db:5432/kalm"), "postgres://kalm:***@db:5432/kalm");
        assert_eq!(mask_url("postgres://kalm@db/kalm"), "postgres://kalm@db/kalm");
        assert_eq!(mask_url("sqlite://kalm-data/kalm.db"), "sqlite://kalm-data/kalm.db");
        assert_eq!(mask_url("smtps://mailer:pw@smtp.example.org"), "smtps://mailer:***@smtp.example.org");
        assert_eq!(
            mask_url("twilio://AC12:token@api.twilio.com?from=%2B31970"),
            "twilio://AC12:***@api.twilio.com?from=%2B31970"
        );
    }

    #[test]
    fn file_rejects_unknown_keys() {
        let err = toml::from_str::<FileConfig>("listen = \"127.0.0.1:1\"\nlisten_port = 3").unwrap_err();
        assert!(err.to_string().contains("listen_port"), "{err}");
    }

    #[test]
    fn flags_override_file() {
        let file = FileConfig { listen: Some("127.0.0.1:1000".into()), ..FileConfig::default() };
        let o = Overrides { listen: Some("127.0.0.1:2000".into()), ..Overrides::default() };
        let config = Config::resolve(file, &o, None).unwrap();
        assert_eq!(config.listen.port(), 2000);
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert!(
            Config::resolve(
                FileConfig::default(),
                &Overrides { public_scheme: Some("ftp".into()), ..Overrides::default() },
                None
            )
            .is_err()
        );
        assert!(
            Config::resolve(
                FileConfig { trusted_proxies: Some(vec!["nope".into()]), ..FileConfig::default() },
                &Overrides::default(),
                None
            )
            .is_err()
        );
    }

    #[test]
    fn operator_two_factor_is_required_unless_chosen_otherwise() {
        let config = Config::resolve(FileConfig::default(), &Overrides::default(), None).unwrap();
        assert_eq!(config.operator_two_factor, OperatorTwoFactor::Required);
        let file: FileConfig = toml::from_str("operator_two_factor = \"optional\"").unwrap();
        let config = Config::resolve(file, &Overrides::default(), None).unwrap();
        assert_eq!(config.operator_two_factor, OperatorTwoFactor::Optional);
        let file: FileConfig = toml::from_str("operator_two_factor = \"optional\"").unwrap();
        let o = Overrides { operator_two_factor: Some("required".into()), ..Overrides::default() };
        assert_eq!(Config::resolve(file, &o, None).unwrap().operator_two_factor, OperatorTwoFactor::Required);
        let o = Overrides { operator_two_factor: Some("off".into()), ..Overrides::default() };
        assert!(Config::resolve(FileConfig::default(), &o, None).is_err(), "there is no off");
        assert!(KNOWN_ENV.contains(&"KALM_OPERATOR_TWO_FACTOR"));
    }

    #[test]
    fn the_price_list_is_checked_when_the_file_is_read() {
        let file: FileConfig = toml::from_str(
            "[prices]\ncurrency = \"EUR\"\ncontent_platform = \"1500\"\nchanged = { domain = \"75.00\" }\n",
        )
        .unwrap();
        let config = Config::resolve(file, &Overrides::default(), None).unwrap();
        assert_eq!(config.price_list.price("changed", "domain").map(|m| m.minor), Some(7_500));
        let file: FileConfig = toml::from_str("[prices]\ncurrency = \"EUR\"\nchanged = { domain = \"-5\" }\n").unwrap();
        let err = Config::resolve(file, &Overrides::default(), None).unwrap_err().to_string();
        assert!(err.starts_with("prices:") && err.contains("\"-5\""), "{err}");
        let typo = toml::from_str::<FileConfig>("[prices]\ncurency = \"EUR\"\n");
        assert!(typo.is_err(), "unknown keys are refused");
    }

    #[test]
    fn the_service_desk_address_must_be_an_address() {
        let o = Overrides { service_desk_email: Some(" desk@kalm.example.org ".into()), ..Overrides::default() };
        let config = Config::resolve(FileConfig::default(), &o, None).unwrap();
        assert_eq!(config.service_desk_email.as_deref(), Some("desk@kalm.example.org"));
        let o = Overrides { service_desk_email: Some("the desk".into()), ..Overrides::default() };
        let err = Config::resolve(FileConfig::default(), &o, None).unwrap_err().to_string();
        assert!(err.starts_with("service_desk_email:"), "{err}");
        assert!(KNOWN_ENV.contains(&"KALM_SERVICE_DESK_EMAIL"));
    }

    #[test]
    fn edge_limits_have_safe_defaults_and_follow_the_usual_order() {
        let config = Config::resolve(FileConfig::default(), &Overrides::default(), None).unwrap();
        assert_eq!(config.hsts_max_age, 31_536_000);
        assert!(!config.hsts_include_subdomains);
        assert_eq!(config.header_read_timeout_seconds, 10);
        assert_eq!(config.request_timeout_seconds, 30);
        assert_eq!(config.statement_timeout_seconds, 20);
        assert_eq!(config.max_connections, 1024);
        assert_eq!(config.metrics_listen, None);
        let text = "hsts_max_age = 0\nhsts_include_subdomains = true\nheader_read_timeout_seconds = 5\n\
                    request_timeout_seconds = 20\nmax_connections = 64\nmetrics_listen = \"127.0.0.1:9090\"\n";
        let file: FileConfig = toml::from_str(text).unwrap();
        let o = Overrides { request_timeout_seconds: Some(45), hsts_max_age: Some(600), ..Overrides::default() };
        let config = Config::resolve(file, &o, None).unwrap();
        assert_eq!(config.hsts_max_age, 600);
        assert!(config.hsts_include_subdomains);
        assert_eq!(config.header_read_timeout_seconds, 5);
        assert_eq!(config.request_timeout_seconds, 45);
        assert_eq!(config.max_connections, 64);
        assert_eq!(config.metrics_listen, Some("127.0.0.1:9090".parse().unwrap()));
        for bad in [
            Overrides { header_read_timeout_seconds: Some(0), ..Overrides::default() },
            Overrides { request_timeout_seconds: Some(86_400), ..Overrides::default() },
            Overrides { max_connections: Some(0), ..Overrides::default() },
            Overrides { metrics_listen: Some("localhost".into()), ..Overrides::default() },
        ] {
            assert!(Config::resolve(FileConfig::default(), &bad, None).is_err(), "{bad:?}");
        }
    }
}
