//! The catalogue of configurations: what a platform can be given, who makes
//! it available, who may then change it, what it costs, and its typed value.
//!
//! One definition drives everything else: the permission function asks
//! `ConfigurationKey::definition` who may edit, the app layer asks it what to
//! charge, the console, settings page, API and CLI list `ConfigurationKey::ALL`,
//! and docs/configurations.md is checked against it by a test.
//!
//! Values travel as JSON (API, CLI, storage) and are parsed here into types
//! that cannot hold an invalid value. A parse error names the field and what
//! is allowed, so every interface can say precisely what is wrong. A
//! configuration that is not available behaves as its default everywhere:
//! `Settings::effective` is the only place that combines availability and
//! stored values.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::emails::NonEssentialEmail;
use crate::languages::Language;
use crate::platforms::Hostname;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConfigurationKey {
    InactivityDeactivation,
    LoginMethods,
    TwoFactor,
    Emails,
    EmailGreeting,
    EmailSignature,
    Languages,
    VideoSessions,
    Domain,
}

/// Who changes a configuration's value once it is available.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editor {
    ServiceDesk,
    ApplicationManager,
}

/// Whether a configuration has to be made available first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    /// Always in effect (greeting, signature, domain): only its value changes.
    Always,
    /// Unavailable until the service desk makes it available.
    MadeAvailableByServiceDesk,
}

/// Which events of a configuration go into the charges ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charge {
    Free,
    /// Making it available is charged; changing it afterwards is not.
    WhenMadeAvailable,
    /// Every change of its value is charged.
    EveryChange,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Definition {
    pub key: ConfigurationKey,
    pub availability: Availability,
    pub editor: Editor,
    pub charge: Charge,
}

impl ConfigurationKey {
    pub const ALL: [ConfigurationKey; 9] = [
        ConfigurationKey::InactivityDeactivation,
        ConfigurationKey::LoginMethods,
        ConfigurationKey::TwoFactor,
        ConfigurationKey::Emails,
        ConfigurationKey::EmailGreeting,
        ConfigurationKey::EmailSignature,
        ConfigurationKey::Languages,
        ConfigurationKey::VideoSessions,
        ConfigurationKey::Domain,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ConfigurationKey::InactivityDeactivation => "inactivity_deactivation",
            ConfigurationKey::LoginMethods => "login_methods",
            ConfigurationKey::TwoFactor => "two_factor",
            ConfigurationKey::Emails => "emails",
            ConfigurationKey::EmailGreeting => "email_greeting",
            ConfigurationKey::EmailSignature => "email_signature",
            ConfigurationKey::Languages => "languages",
            ConfigurationKey::VideoSessions => "video_sessions",
            ConfigurationKey::Domain => "domain",
        }
    }

    pub fn parse(code: &str) -> Result<ConfigurationKey, ValueError> {
        ConfigurationKey::ALL.into_iter().find(|k| k.code() == code.trim()).ok_or_else(|| ValueError {
            field: "key".into(),
            problem: Problem::NotOneOf(ConfigurationKey::ALL.iter().map(|k| k.code().to_owned()).collect()),
        })
    }

    /// The catalogue: the one place these facts are written down.
    pub fn definition(self) -> Definition {
        use Availability::{Always, MadeAvailableByServiceDesk as Made};
        use Charge::{EveryChange, Free, WhenMadeAvailable};
        use Editor::{ApplicationManager, ServiceDesk};
        let (availability, editor, charge) = match self {
            ConfigurationKey::InactivityDeactivation => (Made, ServiceDesk, Free),
            // Web authentication (login methods and two-factor) is one paid
            // configuration in the source; both parts are charged when made available.
            ConfigurationKey::LoginMethods => (Made, ApplicationManager, WhenMadeAvailable),
            ConfigurationKey::TwoFactor => (Made, ApplicationManager, WhenMadeAvailable),
            ConfigurationKey::Emails => (Made, ApplicationManager, Free),
            ConfigurationKey::EmailGreeting => (Always, ServiceDesk, Free),
            ConfigurationKey::EmailSignature => (Always, ServiceDesk, Free),
            ConfigurationKey::Languages => (Made, ServiceDesk, WhenMadeAvailable),
            ConfigurationKey::VideoSessions => (Made, ServiceDesk, WhenMadeAvailable),
            ConfigurationKey::Domain => (Always, ServiceDesk, EveryChange),
        };
        Definition { key: self, availability, editor, charge }
    }

    /// Configurations whose value is edited here; the domain has its own
    /// change procedure (reason, redirects) and is shown read-only.
    pub fn edited_as_setting(self) -> bool {
        self != ConfigurationKey::Domain
    }
}

/// What is wrong with a value, in terms every interface can translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Missing,
    NotABoolean,
    NotAWholeNumber,
    NotText,
    NotAList,
    NotAnObject,
    OutOfRange {
        min: i64,
        max: i64,
    },
    NotOneOf(Vec<String>),
    UnknownField,
    TooLong {
        max: usize,
    },
    Markup,
    UnknownPlaceholder(String),
    InvalidDomain,
    /// Saving this would leave a group without any way to log in.
    LocksOut,
    /// Warnings would start on or before the day of the last activity: an
    /// active account would be warned at every sweep. `days` is the
    /// shortest period that is on.
    WarningTooEarly {
        days: i64,
    },
}

/// A value that does not parse: which field, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct ValueError {
    /// Dotted path of the field, e.g. `warning_days` or `signature.nl`.
    pub field: String,
    pub problem: Problem,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Missing => f.write_str("is missing"),
            Problem::NotABoolean => f.write_str("must be true or false"),
            Problem::NotAWholeNumber => f.write_str("must be a whole number"),
            Problem::NotText => f.write_str("must be text"),
            Problem::NotAList => f.write_str("must be a list"),
            Problem::NotAnObject => f.write_str("must be an object"),
            Problem::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Problem::NotOneOf(allowed) => write!(f, "must be one of {}", allowed.join(", ")),
            Problem::UnknownField => f.write_str("is not a known field"),
            Problem::TooLong { max } => write!(f, "must be at most {max} characters"),
            Problem::Markup => f.write_str("must be plain text, without markup or images"),
            Problem::UnknownPlaceholder(p) => write!(f, "uses the unknown placeholder {{{p}}}"),
            Problem::InvalidDomain => f.write_str("is not a valid domain name"),
            Problem::LocksOut => f.write_str("cannot be switched off while this group has no other way to log in"),
            Problem::WarningTooEarly { days } => write!(f, "must be fewer than the shortest period ({days} days)"),
        }
    }
}

impl Problem {
    /// Stable code, used for translations (`error-config-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Missing => "missing",
            Problem::NotABoolean => "not_a_boolean",
            Problem::NotAWholeNumber => "not_a_whole_number",
            Problem::NotText => "not_text",
            Problem::NotAList => "not_a_list",
            Problem::NotAnObject => "not_an_object",
            Problem::OutOfRange { .. } => "out_of_range",
            Problem::NotOneOf(_) => "not_one_of",
            Problem::UnknownField => "unknown_field",
            Problem::TooLong { .. } => "too_long",
            Problem::Markup => "markup",
            Problem::UnknownPlaceholder(_) => "unknown_placeholder",
            Problem::InvalidDomain => "invalid_domain",
            Problem::LocksOut => "locks_out",
            Problem::WarningTooEarly { .. } => "warning_too_early",
        }
    }
}

fn bad(field: &str, problem: Problem) -> ValueError {
    ValueError { field: field.to_owned(), problem }
}

// ---------------------------------------------------------------- values

/// Inactivity days of one account type: `None` is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InactivityDeactivation {
    pub professionals: Option<u16>,
    pub clients: Option<u16>,
    pub warning_days: u8,
}

pub const INACTIVITY_DAYS: (i64, i64) = (1, 3650);
pub const WARNING_DAYS: (i64, i64) = (0, 60);

impl Default for InactivityDeactivation {
    fn default() -> Self {
        InactivityDeactivation { professionals: None, clients: None, warning_days: 14 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginMethods {
    pub professionals: bool,
    pub clients: bool,
    pub friends: bool,
}

impl Default for LoginMethods {
    fn default() -> Self {
        LoginMethods { professionals: true, clients: true, friends: true }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TwoFactorRule {
    #[default]
    Off,
    Optional,
    Required,
}

impl TwoFactorRule {
    pub const ALL: [TwoFactorRule; 3] = [TwoFactorRule::Off, TwoFactorRule::Optional, TwoFactorRule::Required];

    pub fn code(self) -> &'static str {
        match self {
            TwoFactorRule::Off => "off",
            TwoFactorRule::Optional => "optional",
            TwoFactorRule::Required => "required",
        }
    }
}

/// How long a professional's code is remembered on a device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RememberDevice {
    #[default]
    Never,
    TwelveHours,
    ThreeDays,
    OneWeek,
}

impl RememberDevice {
    pub const ALL: [RememberDevice; 4] =
        [RememberDevice::Never, RememberDevice::TwelveHours, RememberDevice::ThreeDays, RememberDevice::OneWeek];

    pub fn code(self) -> &'static str {
        match self {
            RememberDevice::Never => "never",
            RememberDevice::TwelveHours => "12_hours",
            RememberDevice::ThreeDays => "3_days",
            RememberDevice::OneWeek => "1_week",
        }
    }

    pub fn duration(self) -> Option<chrono::Duration> {
        match self {
            RememberDevice::Never => None,
            RememberDevice::TwelveHours => Some(chrono::Duration::hours(12)),
            RememberDevice::ThreeDays => Some(chrono::Duration::days(3)),
            RememberDevice::OneWeek => Some(chrono::Duration::weeks(1)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TwoFactorPolicy {
    pub professionals: TwoFactorRule,
    pub remember_device: RememberDevice,
    pub clients: TwoFactorRule,
    pub friends: TwoFactorRule,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmailsSwitchedOff(pub Vec<NonEssentialEmail>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Greeting {
    /// "Hi [first name]".
    #[default]
    FirstName,
    /// "Hi [first name] [surname]".
    FirstNameAndSurname,
}

impl Greeting {
    pub const ALL: [Greeting; 2] = [Greeting::FirstName, Greeting::FirstNameAndSurname];

    pub fn code(self) -> &'static str {
        match self {
            Greeting::FirstName => "first_name",
            Greeting::FirstNameAndSurname => "first_name_and_surname",
        }
    }
}

/// E-mail signatures per language; a language without one uses the default
/// text of its locale (`Kind regards, {organisation_name}`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Signatures(pub BTreeMap<Language, String>);

pub const SIGNATURE_MAX_CHARS: usize = 300;
pub const SIGNATURE_PLACEHOLDERS: [&str; 1] = ["organisation_name"];

/// Languages offered besides the platform's default.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OfferedLanguages(pub Vec<Language>);

/// A configuration's value, one variant per key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigurationValue {
    InactivityDeactivation(InactivityDeactivation),
    LoginMethods(LoginMethods),
    TwoFactor(TwoFactorPolicy),
    Emails(EmailsSwitchedOff),
    EmailGreeting(Greeting),
    EmailSignature(Signatures),
    Languages(OfferedLanguages),
    VideoSessions(bool),
    Domain(Hostname),
}

fn object<'a>(value: &'a Value, field: &str, allowed: &[&str]) -> Result<&'a Map<String, Value>, ValueError> {
    let map = value.as_object().ok_or_else(|| bad(field, Problem::NotAnObject))?;
    if let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(bad(unknown, Problem::UnknownField));
    }
    Ok(map)
}

fn boolean(map: &Map<String, Value>, field: &str) -> Result<bool, ValueError> {
    match map.get(field) {
        None => Err(bad(field, Problem::Missing)),
        Some(v) => v.as_bool().ok_or_else(|| bad(field, Problem::NotABoolean)),
    }
}

fn number_in(v: &Value, field: &str, (min, max): (i64, i64)) -> Result<i64, ValueError> {
    let n = v.as_i64().ok_or_else(|| bad(field, Problem::NotAWholeNumber))?;
    if n < min || n > max {
        return Err(bad(field, Problem::OutOfRange { min, max }));
    }
    Ok(n)
}

fn one_of<T: Copy>(
    map: &Map<String, Value>,
    field: &str,
    all: &[T],
    code: fn(T) -> &'static str,
) -> Result<T, ValueError> {
    let text = match map.get(field) {
        None => return Err(bad(field, Problem::Missing)),
        Some(v) => v.as_str().ok_or_else(|| bad(field, Problem::NotText))?,
    };
    all.iter()
        .copied()
        .find(|item| code(*item) == text)
        .ok_or_else(|| bad(field, Problem::NotOneOf(all.iter().map(|i| code(*i).to_owned()).collect())))
}

/// Plain text with only the allowed `{placeholders}`.
pub fn check_plain_text(text: &str, field: &str, max: usize, placeholders: &[&str]) -> Result<String, ValueError> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(bad(field, Problem::TooLong { max }));
    }
    if text.contains(['<', '>']) || text.contains("://") || text.contains("![") {
        return Err(bad(field, Problem::Markup));
    }
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let end = after.find('}').ok_or_else(|| bad(field, Problem::UnknownPlaceholder(after.to_owned())))?;
        let name = &after[..end];
        if !placeholders.contains(&name) {
            return Err(bad(field, Problem::UnknownPlaceholder(name.to_owned())));
        }
        rest = &after[end + 1..];
    }
    Ok(text.to_owned())
}

impl ConfigurationValue {
    pub fn key(&self) -> ConfigurationKey {
        match self {
            ConfigurationValue::InactivityDeactivation(_) => ConfigurationKey::InactivityDeactivation,
            ConfigurationValue::LoginMethods(_) => ConfigurationKey::LoginMethods,
            ConfigurationValue::TwoFactor(_) => ConfigurationKey::TwoFactor,
            ConfigurationValue::Emails(_) => ConfigurationKey::Emails,
            ConfigurationValue::EmailGreeting(_) => ConfigurationKey::EmailGreeting,
            ConfigurationValue::EmailSignature(_) => ConfigurationKey::EmailSignature,
            ConfigurationValue::Languages(_) => ConfigurationKey::Languages,
            ConfigurationValue::VideoSessions(_) => ConfigurationKey::VideoSessions,
            ConfigurationValue::Domain(_) => ConfigurationKey::Domain,
        }
    }

    /// The value a configuration has before anyone changes it. The domain has
    /// no default: it is the platform's own.
    pub fn default_for(key: ConfigurationKey) -> Option<ConfigurationValue> {
        Some(match key {
            ConfigurationKey::InactivityDeactivation => {
                ConfigurationValue::InactivityDeactivation(InactivityDeactivation::default())
            }
            ConfigurationKey::LoginMethods => ConfigurationValue::LoginMethods(LoginMethods::default()),
            ConfigurationKey::TwoFactor => ConfigurationValue::TwoFactor(TwoFactorPolicy::default()),
            ConfigurationKey::Emails => ConfigurationValue::Emails(EmailsSwitchedOff::default()),
            ConfigurationKey::EmailGreeting => ConfigurationValue::EmailGreeting(Greeting::default()),
            ConfigurationKey::EmailSignature => ConfigurationValue::EmailSignature(Signatures::default()),
            ConfigurationKey::Languages => ConfigurationValue::Languages(OfferedLanguages::default()),
            ConfigurationKey::VideoSessions => ConfigurationValue::VideoSessions(false),
            ConfigurationKey::Domain => return None,
        })
    }

    /// Parses the JSON form of `key`'s value.
    pub fn parse(key: ConfigurationKey, value: &Value) -> Result<ConfigurationValue, ValueError> {
        Ok(match key {
            ConfigurationKey::InactivityDeactivation => {
                let map = object(value, "value", &["professionals", "clients", "warning_days"])?;
                let days = |field: &str| -> Result<Option<u16>, ValueError> {
                    match map.get(field) {
                        None | Some(Value::Null) => Ok(None),
                        Some(v) => Ok(Some(u16::try_from(number_in(v, field, INACTIVITY_DAYS)?).unwrap_or(u16::MAX))),
                    }
                };
                let warning_days = match map.get("warning_days") {
                    None => 14,
                    Some(v) => u8::try_from(number_in(v, "warning_days", WARNING_DAYS)?).unwrap_or(u8::MAX),
                };
                ConfigurationValue::InactivityDeactivation(InactivityDeactivation {
                    professionals: days("professionals")?,
                    clients: days("clients")?,
                    warning_days,
                })
            }
            ConfigurationKey::LoginMethods => {
                let map = object(value, "value", &["professionals", "clients", "friends"])?;
                ConfigurationValue::LoginMethods(LoginMethods {
                    professionals: boolean(map, "professionals")?,
                    clients: boolean(map, "clients")?,
                    friends: boolean(map, "friends")?,
                })
            }
            ConfigurationKey::TwoFactor => {
                let map = object(value, "value", &["professionals", "remember_device", "clients", "friends"])?;
                ConfigurationValue::TwoFactor(TwoFactorPolicy {
                    professionals: one_of(map, "professionals", &TwoFactorRule::ALL, TwoFactorRule::code)?,
                    remember_device: one_of(map, "remember_device", &RememberDevice::ALL, RememberDevice::code)?,
                    clients: one_of(map, "clients", &TwoFactorRule::ALL, TwoFactorRule::code)?,
                    friends: one_of(map, "friends", &TwoFactorRule::ALL, TwoFactorRule::code)?,
                })
            }
            ConfigurationKey::Emails => {
                let map = object(value, "value", &["switched_off"])?;
                let list = match map.get("switched_off") {
                    None => return Err(bad("switched_off", Problem::Missing)),
                    Some(v) => v.as_array().ok_or_else(|| bad("switched_off", Problem::NotAList))?,
                };
                let mut off = Vec::new();
                for item in list {
                    let code = item.as_str().ok_or_else(|| bad("switched_off", Problem::NotText))?;
                    let email = NonEssentialEmail::parse(code).ok_or_else(|| {
                        bad(
                            "switched_off",
                            Problem::NotOneOf(NonEssentialEmail::ALL.iter().map(|e| e.code().to_owned()).collect()),
                        )
                    })?;
                    if !off.contains(&email) {
                        off.push(email);
                    }
                }
                off.sort();
                ConfigurationValue::Emails(EmailsSwitchedOff(off))
            }
            ConfigurationKey::EmailGreeting => {
                let text = value.as_str().ok_or_else(|| bad("greeting", Problem::NotText))?;
                let greeting = Greeting::ALL.into_iter().find(|g| g.code() == text).ok_or_else(|| {
                    bad("greeting", Problem::NotOneOf(Greeting::ALL.iter().map(|g| g.code().to_owned()).collect()))
                })?;
                ConfigurationValue::EmailGreeting(greeting)
            }
            ConfigurationKey::EmailSignature => {
                let map = value.as_object().ok_or_else(|| bad("signature", Problem::NotAnObject))?;
                let mut signatures = BTreeMap::new();
                for (code, text) in map {
                    let field = format!("signature.{code}");
                    let language = Language::parse(code).map_err(|_| {
                        bad(&field, Problem::NotOneOf(Language::ALL.iter().map(|l| l.code().to_owned()).collect()))
                    })?;
                    let text = text.as_str().ok_or_else(|| bad(&field, Problem::NotText))?;
                    let text = check_plain_text(text, &field, SIGNATURE_MAX_CHARS, &SIGNATURE_PLACEHOLDERS)?;
                    if !text.is_empty() {
                        signatures.insert(language, text);
                    }
                }
                ConfigurationValue::EmailSignature(Signatures(signatures))
            }
            ConfigurationKey::Languages => {
                let list = value.as_array().ok_or_else(|| bad("languages", Problem::NotAList))?;
                let mut languages = Vec::new();
                for item in list {
                    let code = item.as_str().ok_or_else(|| bad("languages", Problem::NotText))?;
                    let language = Language::parse(code).map_err(|_| {
                        bad("languages", Problem::NotOneOf(Language::ALL.iter().map(|l| l.code().to_owned()).collect()))
                    })?;
                    if !languages.contains(&language) {
                        languages.push(language);
                    }
                }
                languages.sort();
                ConfigurationValue::Languages(OfferedLanguages(languages))
            }
            ConfigurationKey::VideoSessions => ConfigurationValue::VideoSessions(
                value.as_bool().ok_or_else(|| bad("video_sessions", Problem::NotABoolean))?,
            ),
            ConfigurationKey::Domain => {
                let text = value.as_str().ok_or_else(|| bad("domain", Problem::NotText))?;
                ConfigurationValue::Domain(Hostname::parse(text).map_err(|_| bad("domain", Problem::InvalidDomain))?)
            }
        })
    }

    /// The JSON form; `parse(key, &v.to_json()) == Ok(v)` for every value.
    pub fn to_json(&self) -> Value {
        match self {
            ConfigurationValue::InactivityDeactivation(v) => json!({
                "professionals": v.professionals, "clients": v.clients, "warning_days": v.warning_days,
            }),
            ConfigurationValue::LoginMethods(v) => json!({
                "professionals": v.professionals, "clients": v.clients, "friends": v.friends,
            }),
            ConfigurationValue::TwoFactor(v) => json!({
                "professionals": v.professionals.code(), "remember_device": v.remember_device.code(),
                "clients": v.clients.code(), "friends": v.friends.code(),
            }),
            ConfigurationValue::Emails(v) => {
                json!({ "switched_off": v.0.iter().map(|e| e.code()).collect::<Vec<_>>() })
            }
            ConfigurationValue::EmailGreeting(g) => json!(g.code()),
            ConfigurationValue::EmailSignature(s) => {
                Value::Object(s.0.iter().map(|(l, t)| (l.code().to_owned(), Value::String(t.clone()))).collect())
            }
            ConfigurationValue::Languages(l) => json!(l.0.iter().map(|l| l.code()).collect::<Vec<_>>()),
            ConfigurationValue::VideoSessions(on) => json!(on),
            ConfigurationValue::Domain(h) => json!(h.as_str()),
        }
    }
}

/// What is stored for one configuration of one platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredConfiguration {
    pub key: ConfigurationKey,
    pub available: bool,
    pub value: Option<ConfigurationValue>,
}

/// The settings a feature reads: every configuration resolved to the value
/// in effect. Unavailable configurations give their defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    pub inactivity_deactivation: InactivityDeactivation,
    pub login_methods: LoginMethods,
    pub two_factor: TwoFactorPolicy,
    pub emails: EmailsSwitchedOff,
    pub email_greeting: Greeting,
    pub email_signature: Signatures,
    pub languages: OfferedLanguages,
    pub video_sessions: bool,
}

/// Whether a stored configuration is in effect.
pub fn in_effect(stored: &StoredConfiguration) -> bool {
    match stored.key.definition().availability {
        Availability::Always => true,
        Availability::MadeAvailableByServiceDesk => stored.available,
    }
}

impl Settings {
    pub fn effective(stored: &[StoredConfiguration]) -> Settings {
        let mut settings = Settings::default();
        for s in stored.iter().filter(|s| in_effect(s)) {
            match &s.value {
                Some(ConfigurationValue::InactivityDeactivation(v)) => settings.inactivity_deactivation = *v,
                Some(ConfigurationValue::LoginMethods(v)) => settings.login_methods = *v,
                Some(ConfigurationValue::TwoFactor(v)) => settings.two_factor = *v,
                Some(ConfigurationValue::Emails(v)) => settings.emails = v.clone(),
                Some(ConfigurationValue::EmailGreeting(v)) => settings.email_greeting = *v,
                Some(ConfigurationValue::EmailSignature(v)) => settings.email_signature = v.clone(),
                Some(ConfigurationValue::Languages(v)) => settings.languages = v.clone(),
                Some(ConfigurationValue::VideoSessions(v)) => settings.video_sessions = *v,
                Some(ConfigurationValue::Domain(_)) | None => {}
            }
        }
        settings
    }

    /// Every language a person on this platform may choose: the default first.
    pub fn offered_languages(&self, default: Language) -> Vec<Language> {
        let mut all = vec![default];
        all.extend(self.languages.0.iter().copied().filter(|l| *l != default));
        all
    }
}

/// Why a value may not be saved although the person may edit it: a change
/// that would lock a group out (password login off without another way in).
/// Single sign-on arrives later; until then no group has another way in.
pub fn lockout_risk(value: &ConfigurationValue, groups_with_other_login: &[&str]) -> Option<ValueError> {
    if let ConfigurationValue::LoginMethods(m) = value {
        for (field, on) in [("professionals", m.professionals), ("clients", m.clients), ("friends", m.friends)] {
            if !on && !groups_with_other_login.contains(&field) {
                return Some(bad(field, Problem::LocksOut));
            }
        }
    }
    None
}

/// Why an inactivity rule may not be saved: warnings that start on or
/// before the day of the last activity would warn an account active today,
/// and again after each of its visits. Checked on saving, not on reading,
/// so a value stored before this check still loads (the rule then shortens
/// the warning, see `inactivity::warning_days`).
pub fn warning_risk(value: &ConfigurationValue) -> Option<ValueError> {
    let ConfigurationValue::InactivityDeactivation(rule) = value else { return None };
    let shortest = rule.professionals.into_iter().chain(rule.clients).min()?;
    (u16::from(rule.warning_days) >= shortest)
        .then(|| bad("warning_days", Problem::WarningTooEarly { days: i64::from(shortest) }))
}

/// The catalogue as a Markdown table, for docs/configurations.md (a test
/// keeps the page and this function in step).
pub fn reference_table() -> String {
    let mut out = String::from(
        "| key | made available by | then changed by | charged | default value (JSON) |\n|---|---|---|---|---|\n",
    );
    for key in ConfigurationKey::ALL {
        let d = key.definition();
        let available = match d.availability {
            Availability::Always => "always in effect",
            Availability::MadeAvailableByServiceDesk => "service desk",
        };
        let editor = match (key, d.editor) {
            (ConfigurationKey::Domain, _) => "service desk, with a reason",
            (_, Editor::ServiceDesk) => "service desk only",
            (_, Editor::ApplicationManager) => "application manager (and service desk)",
        };
        let charge = match d.charge {
            Charge::Free => "no",
            Charge::WhenMadeAvailable => "when made available",
            Charge::EveryChange => "every change",
        };
        let default = ConfigurationValue::default_for(key)
            .map_or_else(|| "the platform's domain".to_owned(), |v| format!("`{}`", v.to_json()));
        out.push_str(&format!("| `{}` | {available} | {editor} | {charge} | {default} |\n", key.code()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_reference_page_shows_the_catalogue() {
        let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/configurations.md"))
            .expect("docs/configurations.md");
        let start = page.find("<!-- catalogue:start -->").expect("start marker") + "<!-- catalogue:start -->".len();
        let end = page.find("<!-- catalogue:end -->").expect("end marker");
        assert_eq!(
            page[start..end].trim(),
            reference_table().trim(),
            "docs/configurations.md is out of date; paste reference_table() between the markers"
        );
        for key in ConfigurationKey::ALL {
            assert!(
                page.contains(&format!("### `{}`", key.code())),
                "docs/configurations.md lacks a section on {}",
                key.code()
            );
        }
    }

    #[test]
    fn catalogue_matches_the_product_table() {
        use ConfigurationKey::*;
        let d = |k: ConfigurationKey| k.definition();
        assert_eq!(d(InactivityDeactivation).editor, Editor::ServiceDesk);
        assert_eq!(d(InactivityDeactivation).charge, Charge::Free);
        assert_eq!(d(TwoFactor).editor, Editor::ApplicationManager);
        assert_eq!(d(TwoFactor).charge, Charge::WhenMadeAvailable);
        assert_eq!(d(Emails).editor, Editor::ApplicationManager);
        assert_eq!(d(EmailGreeting).availability, Availability::Always);
        assert_eq!(d(Domain).charge, Charge::EveryChange);
        assert_eq!(d(VideoSessions).charge, Charge::WhenMadeAvailable);
        for k in ConfigurationKey::ALL {
            assert_eq!(ConfigurationKey::parse(k.code()), Ok(k));
            if let Some(default) = ConfigurationValue::default_for(k) {
                assert_eq!(default.key(), k);
                assert_eq!(ConfigurationValue::parse(k, &default.to_json()), Ok(default));
            }
        }
    }

    #[test]
    fn errors_name_the_field_and_the_range() {
        let e = ConfigurationValue::parse(
            ConfigurationKey::InactivityDeactivation,
            &json!({ "professionals": 0, "clients": null }),
        )
        .unwrap_err();
        assert_eq!(e, bad("professionals", Problem::OutOfRange { min: 1, max: 3650 }));
        assert_eq!(e.to_string(), "professionals: must be between 1 and 3650");
        let e = ConfigurationValue::parse(ConfigurationKey::InactivityDeactivation, &json!({ "warning_days": 61 }))
            .unwrap_err();
        assert_eq!(e.field, "warning_days");
        let e = ConfigurationValue::parse(
            ConfigurationKey::TwoFactor,
            &json!({
                "professionals": "sometimes", "remember_device": "never", "clients": "off", "friends": "off"
            }),
        )
        .unwrap_err();
        assert_eq!(e.field, "professionals");
        assert!(matches!(e.problem, Problem::NotOneOf(_)));
        let e = ConfigurationValue::parse(
            ConfigurationKey::LoginMethods,
            &json!({ "professionals": true, "clients": true, "friends": true, "robots": false }),
        )
        .unwrap_err();
        assert_eq!(e, bad("robots", Problem::UnknownField));
        let e = ConfigurationValue::parse(ConfigurationKey::EmailSignature, &json!({ "nl": "Groet, {organisatie}" }))
            .unwrap_err();
        assert_eq!(e, bad("signature.nl", Problem::UnknownPlaceholder("organisatie".into())));
        let e =
            ConfigurationValue::parse(ConfigurationKey::EmailSignature, &json!({ "en": "<img src=x>" })).unwrap_err();
        assert_eq!(e.problem, Problem::Markup);
        assert!(
            ConfigurationValue::parse(
                ConfigurationKey::EmailSignature,
                &json!({ "en": "Kind regards, {organisation_name}" })
            )
            .is_ok()
        );
        assert!(
            ConfigurationValue::parse(ConfigurationKey::Emails, &json!({ "switched_off": ["password_reset"] }))
                .is_err(),
            "essential e-mails cannot be switched off"
        );
    }

    #[test]
    fn unavailable_configurations_give_defaults() {
        let two_factor = TwoFactorPolicy { professionals: TwoFactorRule::Required, ..TwoFactorPolicy::default() };
        let stored = vec![
            StoredConfiguration {
                key: ConfigurationKey::TwoFactor,
                available: false,
                value: Some(ConfigurationValue::TwoFactor(two_factor)),
            },
            StoredConfiguration {
                key: ConfigurationKey::VideoSessions,
                available: true,
                value: Some(ConfigurationValue::VideoSessions(true)),
            },
            StoredConfiguration {
                key: ConfigurationKey::EmailGreeting,
                available: false,
                value: Some(ConfigurationValue::EmailGreeting(Greeting::FirstNameAndSurname)),
            },
        ];
        let settings = Settings::effective(&stored);
        assert_eq!(settings.two_factor, TwoFactorPolicy::default(), "withdrawn: default behaviour, value kept");
        assert!(settings.video_sessions);
        assert_eq!(settings.email_greeting, Greeting::FirstNameAndSurname, "greeting is always in effect");
        let mut made = stored;
        made[0].available = true;
        assert_eq!(Settings::effective(&made).two_factor.professionals, TwoFactorRule::Required);
    }

    #[test]
    fn password_login_cannot_be_switched_off_without_another_way_in() {
        let off = ConfigurationValue::LoginMethods(LoginMethods { clients: false, ..LoginMethods::default() });
        assert_eq!(lockout_risk(&off, &[]).map(|e| e.field), Some("clients".to_owned()));
        assert_eq!(lockout_risk(&off, &["clients"]), None);
        assert_eq!(lockout_risk(&ConfigurationValue::LoginMethods(LoginMethods::default()), &[]), None);
    }

    #[test]
    fn warnings_must_start_after_the_last_activity() {
        let rule = |professionals: Option<u16>, clients: Option<u16>, warning_days: u8| {
            warning_risk(&ConfigurationValue::InactivityDeactivation(InactivityDeactivation {
                professionals,
                clients,
                warning_days,
            }))
        };
        let too_early = |days| Some(bad("warning_days", Problem::WarningTooEarly { days }));
        assert_eq!(rule(Some(7), None, 14), too_early(7));
        assert_eq!(rule(Some(365), Some(7), 7), too_early(7), "the shortest period that is on counts");
        assert_eq!(rule(Some(365), Some(8), 7), None);
        assert_eq!(rule(None, Some(1), 0), None, "no warnings: any period");
        assert_eq!(rule(None, None, 60), None, "both off: nothing to warn about");
        assert_eq!(rule(Some(60), None, 60), too_early(60));
    }

    fn any_value() -> impl Strategy<Value = ConfigurationValue> {
        let days = prop::option::of(1u16..=3650);
        prop_oneof![
            (days.clone(), days, 0u8..=60).prop_map(|(p, c, w)| ConfigurationValue::InactivityDeactivation(
                InactivityDeactivation { professionals: p, clients: c, warning_days: w }
            )),
            (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(p, c, f)| ConfigurationValue::LoginMethods(
                LoginMethods { professionals: p, clients: c, friends: f }
            )),
            (0usize..3, 0usize..4, 0usize..3, 0usize..3).prop_map(|(p, r, c, f)| ConfigurationValue::TwoFactor(
                TwoFactorPolicy {
                    professionals: TwoFactorRule::ALL[p],
                    remember_device: RememberDevice::ALL[r],
                    clients: TwoFactorRule::ALL[c],
                    friends: TwoFactorRule::ALL[f],
                }
            )),
            prop::sample::subsequence(NonEssentialEmail::ALL.to_vec(), 0..=3)
                .prop_map(|e| ConfigurationValue::Emails(EmailsSwitchedOff(e))),
            prop::sample::subsequence(Language::ALL.to_vec(), 0..=8).prop_map(|mut l| {
                l.sort();
                ConfigurationValue::Languages(OfferedLanguages(l))
            }),
            any::<bool>().prop_map(ConfigurationValue::VideoSessions),
            (0usize..2).prop_map(|g| ConfigurationValue::EmailGreeting(Greeting::ALL[g])),
            "[a-zA-Z ,.]{1,40}".prop_map(|t| {
                let mut s = BTreeMap::new();
                if !t.trim().is_empty() {
                    s.insert(Language::Nl, format!("{}, {{organisation_name}}", t.trim()));
                }
                ConfigurationValue::EmailSignature(Signatures(s))
            }),
        ]
    }

    proptest! {
        #[test]
        fn values_round_trip_through_json(value in any_value()) {
            prop_assert_eq!(ConfigurationValue::parse(value.key(), &value.to_json()), Ok(value.clone()));
        }

        #[test]
        fn parsing_arbitrary_json_never_panics(n in any::<i64>(), s in ".{0,30}", b in any::<bool>(), k in 0usize..9) {
            let key = ConfigurationKey::ALL[k];
            for v in [json!(n), json!(s), json!(b), json!({ "professionals": n, "clients": s, "warning_days": n }), json!([s, n]), json!({ s.clone(): s })] {
                let _ = ConfigurationValue::parse(key, &v);
            }
        }
    }
}
