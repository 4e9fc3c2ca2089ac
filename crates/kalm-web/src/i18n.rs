//! Translations: every user-visible string is a Fluent message in
//! `locales/<lang>/<feature>.ftl`, compiled into the binary. Each language
//! has the same feature files with the same messages (tests below check it),
//! so a feature's texts are found under one name in every language; the
//! loader merges a language's files into one bundle.
//!
//! A `Tr` is the translator for one request's language; templates call
//! `t.t("message-id")`. Pages pick the language of the signed-in person, else
//! the platform's default; the operator console negotiates from the browser.
//! Unicode isolation marks are turned off: they end up visible in form values
//! and plain-text output, and our placeholders are never right-to-left.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use kalm_domain::languages::Language;
use unic_langid::LanguageIdentifier;

static_loader! {
    pub(crate) static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Languages whose locale files are complete (a test checks each against
/// English); a language missing here would fall back to the platform default
/// and then to English.
pub const TRANSLATED: [Language; 8] = Language::ALL;

/// Picks the page language: the first candidate that is translated.
pub fn page_language(candidates: &[Option<Language>]) -> Language {
    candidates.iter().flatten().copied().find(|l| TRANSLATED.contains(l)).unwrap_or(Language::En)
}

/// The cookie that keeps the language chosen before login.
pub const LANGUAGE_COOKIE: &str = "kalm_lang";

/// The language of a page on a platform. `offered` starts with the
/// platform's default. A signed-in person's own choice wins when it is
/// offered; before login the switcher's cookie, then the browser's
/// `Accept-Language`; the default otherwise.
pub fn platform_language(
    offered: &[Language],
    own: Option<Language>,
    chosen: Option<Language>,
    accept_language: Option<&str>,
) -> Language {
    let default = offered.first().copied().unwrap_or(Language::En);
    let pick = match own {
        Some(own) => Some(own).filter(|l| offered.contains(l)),
        None => chosen
            .filter(|l| offered.contains(l))
            .or_else(|| accept_language.and_then(|header| Language::negotiate(header, offered))),
    };
    page_language(&[pick, Some(default)])
}

#[derive(Debug, Clone)]
pub struct Tr {
    pub language: Language,
    id: LanguageIdentifier,
}

impl Tr {
    pub fn new(language: Language) -> Tr {
        let id = language.code().parse().unwrap_or_default();
        Tr { language, id }
    }

    /// The language code for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.language.code()
    }

    pub fn t(&self, message: &str) -> String {
        LOCALES.lookup(&self.id, message)
    }

    pub fn t1(&self, message: &str, name: &str, value: &str) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        args.insert(Cow::Owned(name.to_owned()), FluentValue::from(value.to_owned()));
        LOCALES.lookup_with_args(&self.id, message, &args)
    }

    pub fn n(&self, message: &str, name: &str, value: i64) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        args.insert(Cow::Owned(name.to_owned()), FluentValue::from(value));
        LOCALES.lookup_with_args(&self.id, message, &args)
    }

    /// A message with several arguments.
    pub fn args(&self, message: &str, args: &[(&str, String)]) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        for (name, value) in args {
            map.insert(Cow::Owned((*name).to_owned()), FluentValue::from(value.clone()));
        }
        LOCALES.lookup_with_args(&self.id, message, &map)
    }

    /// "Between {min} and {max}." for number fields.
    pub fn range(&self, min: &i64, max: &i64) -> String {
        self.args("config-range", &[("min", min.to_string()), ("max", max.to_string())])
    }

    /// What is wrong with a configuration value, naming the field by its
    /// label on the page (`config-field-<field>`) and what is allowed.
    pub fn value_error(&self, err: &kalm_domain::configurations::ValueError) -> String {
        use kalm_domain::configurations::Problem;
        let base = err.field.split('.').next().unwrap_or_default();
        let mut field = self.code("config-field", base);
        if let Some((_, language)) = err.field.split_once('.') {
            field = format!("{field} ({})", self.code("language", language));
        }
        let mut args = vec![("field", field)];
        match &err.problem {
            Problem::OutOfRange { min, max } => {
                args.push(("min", min.to_string()));
                args.push(("max", max.to_string()));
            }
            Problem::NotOneOf(allowed) => args.push(("allowed", allowed.join(", "))),
            Problem::TooLong { max } => args.push(("max", max.to_string())),
            Problem::UnknownPlaceholder(p) => args.push(("placeholder", format!("{{{p}}}"))),
            Problem::WarningTooEarly { days } => args.push(("days", days.to_string())),
            _ => {}
        }
        self.args(&format!("error-config-{}", err.problem.code().replace('_', "-")), &args)
    }

    /// The message for an error code (`error-<code>`).
    pub fn error(&self, code: &str) -> String {
        self.t(&format!("error-{}", code.replace('_', "-")))
    }

    /// The translated name of a stable code in a group (`account-type-client`).
    pub fn code(&self, group: &str, code: &str) -> String {
        self.t(&format!("{group}-{}", code.replace('_', "-")))
    }

    /// A date and time in UTC, in the page language's customary form (the
    /// locale's `date-format`, a strftime pattern).
    pub fn datetime(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        let pattern = self.t("date-format");
        let items: Vec<_> = chrono::format::StrftimeItems::new(&pattern).collect();
        if items.iter().any(|i| matches!(i, chrono::format::Item::Error)) {
            return format!("{} UTC", at.format("%Y-%m-%d %H:%M"));
        }
        format!("{} UTC", at.format_with_items(items.into_iter()))
    }

    pub fn opt_datetime(&self, at: &Option<chrono::DateTime<chrono::Utc>>) -> String {
        match at {
            Some(at) => self.datetime(at),
            None => self.t("never"),
        }
    }
}

/// The folder of one language's messages: `locales/<lang>/`, one `.ftl` file
/// per feature (`accounts.ftl`, `two_factor.ftl`, …); `static_loader!` above
/// merges every file in it into the language's one bundle.
fn locale_dir(language: Language) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales").join(language.code())
}

/// The `.ftl` files of a language, sorted by name.
fn locale_files(language: Language) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(locale_dir(language))
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// The id of the message a line starts, if it starts one (continuation lines
/// are indented, comments start with `#`).
fn message_id(line: &str) -> Option<&str> {
    let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    starts_message.then(|| line.split_once('=')).flatten().map(|(id, _)| id.trim())
}

/// Every message of a locale folder with the feature file it is in
/// (`("login-title", "login")`), in file order, duplicates kept: the layout
/// test checks that every language puts each message in the same file.
pub fn message_files(language: Language) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in locale_files(language) {
        let feature = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        out.extend(text.lines().filter_map(message_id).map(|id| (id.to_owned(), feature.clone())));
    }
    out
}

/// Every message id in a locale folder, sorted, for the completeness test.
pub fn message_ids(language: Language) -> Vec<String> {
    let mut ids: Vec<String> = message_files(language).into_iter().map(|(id, _)| id).collect();
    ids.sort();
    ids
}

/// Every message of a locale folder with the variables it uses, for the
/// consistency tests.
pub fn messages_with_variables(language: Language) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for file in locale_files(language) {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for line in text.lines() {
            if let Some(id) = message_id(line) {
                out.push((id.to_owned(), Vec::new()));
            }
            if line.starts_with('#') {
                continue;
            }
            if let Some((_, vars)) = out.last_mut() {
                for piece in line.split('$').skip(1) {
                    let var: String = piece.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                    if !var.is_empty() && !vars.contains(&var) {
                        vars.push(var);
                    }
                }
            }
        }
    }
    for (_, vars) in &mut out {
        vars.sort();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_the_english_messages_with_the_same_variables() {
        let english = messages_with_variables(Language::En);
        for language in TRANSLATED {
            let other = messages_with_variables(language);
            let english_ids: Vec<_> = english.iter().map(|(id, _)| id).collect();
            let other_ids: Vec<_> = other.iter().map(|(id, _)| id).collect();
            let missing: Vec<_> = english_ids.iter().filter(|id| !other_ids.contains(id)).collect();
            let extra: Vec<_> = other_ids.iter().filter(|id| !english_ids.contains(id)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{language}: missing {missing:?}, extra {extra:?}");
            // By id, not by position: a translator may order a file differently.
            let theirs: HashMap<_, _> = other.iter().map(|(id, vars)| (id, vars)).collect();
            for (id, vars) in &english {
                assert_eq!(Some(&vars), theirs.get(id), "{language}: {id} uses other variables");
            }
        }
    }

    /// Every language has the same feature files, each message exactly once
    /// and in the same file as in English, so a feature's texts are found
    /// under one name in every language and a message can never be defined
    /// twice (which would make the loader refuse the whole language).
    #[test]
    fn every_language_splits_its_messages_into_the_same_feature_files() {
        let feature_files = |language| {
            locale_files(language).iter().filter_map(|f| f.file_stem()?.to_str().map(str::to_owned)).collect()
        };
        let english_files: Vec<String> = feature_files(Language::En);
        assert!(english_files.len() > 10, "one file per feature expected, found {english_files:?}");
        let english: HashMap<String, String> = message_files(Language::En).into_iter().collect();
        assert!(english.len() > 50, "English locale should be loaded");
        let mut problems = Vec::new();
        for language in TRANSLATED {
            // Only .ftl files directly in the folder: the loader would also
            // read files in a subfolder, which these tests do not look at.
            let stray: Vec<_> = std::fs::read_dir(locale_dir(language))
                .map(|d| d.flatten().map(|e| e.path()).collect::<Vec<_>>())
                .unwrap_or_default()
                .into_iter()
                .filter(|p| !(p.is_file() && p.extension().is_some_and(|e| e == "ftl")))
                .collect();
            if !stray.is_empty() {
                problems.push(format!("{language}: only .ftl files belong in the locale folder: {stray:?}"));
            }
            let files: Vec<String> = feature_files(language);
            if files != english_files {
                problems.push(format!("{language}: feature files {files:?}, English has {english_files:?}"));
            }

            let mut seen: HashMap<String, String> = HashMap::new();
            for (id, file) in message_files(language) {
                if let Some(first) = seen.get(&id) {
                    problems.push(format!("{language}: {id} is in both {first}.ftl and {file}.ftl"));
                    continue;
                }
                match english.get(&id) {
                    None => problems.push(format!("{language}: {id} ({file}.ftl) is not an English message")),
                    Some(theirs) if *theirs != file => {
                        problems.push(format!("{language}: {id} is in {file}.ftl, English has it in {theirs}.ftl"))
                    }
                    Some(_) => {}
                }
                seen.insert(id, file);
            }
            let mut missing: Vec<_> = english.keys().filter(|id| !seen.contains_key(*id)).collect();
            missing.sort();
            for id in missing {
                problems.push(format!("{language}: {id} is missing (English has it in {}.ftl)", english[id]));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The binary has every message of every file on disk, and each formats
    /// cleanly with its variables: the loader merged all feature files, and a
    /// file added since the last build was not left out (build.rs makes cargo
    /// rebuild when the locale folders change).
    #[test]
    fn every_message_on_disk_is_compiled_in() {
        for language in TRANSLATED {
            let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
            let mut problems = Vec::new();
            for (message, vars) in messages_with_variables(language) {
                let args: HashMap<String, FluentValue<'_>> =
                    vars.into_iter().map(|v| (v, FluentValue::from(2))).collect();
                if let Err(e) = LOCALES.lookup_single_language(&id, &message, Some(&args)) {
                    problems.push(format!("{message}: {e}"));
                }
            }
            assert!(problems.is_empty(), "{language}: {problems:#?}");
        }
    }

    #[test]
    fn platform_language_follows_offer_choice_and_browser() {
        use Language::{De, En, Nl};
        let offered = [Nl, En];
        assert_eq!(platform_language(&offered, Some(En), None, None), En, "own choice");
        assert_eq!(platform_language(&offered, Some(De), Some(En), Some("en")), Nl, "own choice not offered: default");
        assert_eq!(platform_language(&offered, None, Some(En), Some("nl")), En, "switcher beats browser");
        assert_eq!(platform_language(&offered, None, Some(De), Some("de, en;q=0.5")), En, "browser among offered");
        assert_eq!(platform_language(&[Nl], None, None, Some("en")), Nl, "one language offered");
    }

    #[test]
    fn dates_follow_the_locale() {
        let at = chrono::DateTime::<chrono::Utc>::from_timestamp(1_772_700_000, 0).unwrap();
        assert_eq!(Tr::new(Language::En).datetime(&at), "5 Mar 2026 08:40 UTC");
        assert_eq!(Tr::new(Language::Nl).datetime(&at), "05-03-2026 08:40 UTC");
    }

    #[test]
    fn lookups_use_the_language() {
        assert_eq!(Tr::new(Language::En).t("login-submit"), "Log in");
        assert_eq!(Tr::new(Language::Nl).t("login-submit"), "Inloggen");
        assert_eq!(page_language(&[None, Some(Language::Pl), Some(Language::Nl)]), Language::Pl);
    }
}

#[cfg(test)]
mod coverage {
    //! Every message the code asks for exists in every translated locale.

    use kalm_app::{AppError, Entity};
    use kalm_domain::accounts::{AccountError, AccountStatus, AccountType, Role};
    use kalm_domain::audit::{AuditAction, Outcome};
    use kalm_domain::auth::password::PasswordError;
    use kalm_domain::permissions::Denied;
    use kalm_domain::platforms::{PlatformError, PlatformKind};

    use super::*;

    /// Every file under `dir`, at any depth: templates sit in one folder per
    /// feature (`templates/accounts/list.html`) and handlers in modules, so a
    /// flat listing would silently skip most of them.
    fn files_under(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                files_under(&path, files);
            } else {
                files.push(path);
            }
        }
    }

    /// Message ids written literally in templates and handlers.
    fn literal_ids() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["templates", "src"] {
            files_under(&root.join(dir), &mut files);
        }
        let templates = files.iter().filter(|f| f.extension().is_some_and(|e| e == "html")).count();
        assert!(templates > 25, "only {templates} templates found under {}", root.join("templates").display());
        let mut ids = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            if file.ends_with("i18n.rs") {
                continue;
            }
            for call in [".t(\"", ".t1(\"", ".n(\""] {
                for piece in text.split(call).skip(1) {
                    let id: String = piece.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                    if !id.is_empty() && piece[id.len()..].starts_with('"') {
                        ids.push(id);
                    }
                }
            }
        }
        ids.sort();
        ids.dedup();
        ids
    }

    fn all_errors() -> Vec<AppError> {
        let errors = vec![
            AppError::Account(AccountError::InvalidEmail(String::new())),
            AppError::Account(AccountError::FirstNameEmpty),
            AppError::Account(AccountError::LastNameEmpty),
            AppError::Account(AccountError::NameTooLong),
            AppError::Account(AccountError::UnknownType(String::new())),
            AppError::Account(AccountError::UnknownRole(String::new())),
            AppError::Account(AccountError::RolesEmpty),
            AppError::Account(AccountError::RolesOnNonProfessional),
            AppError::Account(AccountError::UnknownStatus(String::new())),
            AppError::Platform(PlatformError::NameEmpty),
            AppError::Platform(PlatformError::NameTooLong),
            AppError::Platform(PlatformError::UnknownKind(String::new())),
            AppError::Platform(PlatformError::InvalidDomain(String::new())),
            AppError::Password(PasswordError::TooShort),
            AppError::Password(PasswordError::TooLong),
            AppError::Password(PasswordError::TooGuessable),
            AppError::Language(kalm_domain::languages::UnknownLanguage(String::new())),
            AppError::Configuration(kalm_domain::configurations::ValueError {
                field: String::new(),
                problem: kalm_domain::configurations::Problem::Missing,
            }),
            AppError::NotFound(Entity::Configuration),
            AppError::NotFound(Entity::Platform),
            AppError::NotFound(Entity::Operator),
            AppError::NotFound(Entity::Account),
            AppError::Denied(Denied::NotForRole),
            AppError::Duplicate("domain"),
            AppError::Duplicate("email"),
            AppError::Duplicate("relation"),
            AppError::RelationTypes,
            AppError::LoginFailed,
            AppError::LoginThrottled(chrono::Utc::now()),
            AppError::AccountDeactivated,
            AppError::LinkInvalid,
            AppError::LinkExpired,
            AppError::ResetLinkInvalid,
            AppError::ResetLinkExpired,
            AppError::CurrentPasswordWrong,
            AppError::TwoFactorCodeWrong,
            AppError::LastApplicationManager,
            AppError::AccountNotActive,
            AppError::NotSignedIn,
            AppError::Phone(kalm_domain::auth::phone::PhoneError::Empty),
            AppError::Phone(kalm_domain::auth::phone::PhoneError::Characters),
            AppError::Phone(kalm_domain::auth::phone::PhoneError::Length),
            AppError::SmsLimit(chrono::Utc::now()),
            AppError::SmsRefused,
            AppError::SmsUnavailable,
            AppError::LoginExpired,
            AppError::ReasonRequired,
            AppError::WaiverNotNeeded,
            AppError::TwoFactorOff,
            AppError::TwoFactorNotSetUp,
            AppError::ConfirmationNeeded { professionals: 0, clients: 0 },
            AppError::PasswordConfirmationRequired,
            AppError::OwnEmailChangeByLink,
            AppError::EmailChangeLinkInvalid,
            AppError::OperatorDisabled,
            AppError::NotFound(Entity::Token),
            AppError::NotFound(Entity::Client),
            AppError::NotFound(Entity::Email),
            AppError::NotFound(Entity::RememberedDevice),
            AppError::Internal(String::new()),
        ];
        // Adding a variant breaks this match: add it to the list above too.
        for e in &errors {
            match e {
                AppError::Account(_)
                | AppError::Platform(_)
                | AppError::Password(_)
                | AppError::Language(_)
                | AppError::Configuration(_)
                | AppError::NotFound(_)
                | AppError::Denied(_)
                | AppError::Duplicate(_)
                | AppError::RelationTypes
                | AppError::LoginFailed
                | AppError::LoginThrottled(_)
                | AppError::AccountDeactivated
                | AppError::LinkInvalid
                | AppError::LinkExpired
                | AppError::ResetLinkInvalid
                | AppError::ResetLinkExpired
                | AppError::CurrentPasswordWrong
                | AppError::TwoFactorCodeWrong
                | AppError::LastApplicationManager
                | AppError::AccountNotActive
                | AppError::NotSignedIn
                | AppError::Phone(_)
                | AppError::SmsLimit(_)
                | AppError::SmsRefused
                | AppError::SmsUnavailable
                | AppError::LoginExpired
                | AppError::ReasonRequired
                | AppError::WaiverNotNeeded
                | AppError::TwoFactorOff
                | AppError::TwoFactorNotSetUp
                | AppError::ConfirmationNeeded { .. }
                | AppError::PasswordConfirmationRequired
                | AppError::OwnEmailChangeByLink
                | AppError::EmailChangeLinkInvalid
                | AppError::OperatorDisabled
                | AppError::Internal(_)
                | AppError::Store(_) => {}
            }
        }
        errors
    }

    fn required_ids() -> Vec<String> {
        let mut ids = literal_ids();
        let code = |group: &str, code: &str| format!("{group}-{}", code.replace('_', "-"));
        ids.extend(all_errors().iter().map(|e| code("error", e.code())));
        for extra in [
            "page_not_found",
            "route_not_found",
            "invalid_json",
            "unknown_parameter",
            "not_signed_in",
            "request_timeout",
            "invalid_field",
            "missing_field",
            "unknown_field",
            "invalid_query",
            "invalid_path",
            "body_too_large",
            "body_unreadable",
            "unsupported_media_type",
            "method_not_allowed",
            "bad_request",
            "host_unknown",
            "cross_origin_refused",
            "database_unavailable",
        ] {
            ids.push(code("error", extra));
        }
        ids.extend(AccountType::ALL.iter().map(|t| code("account-type", t.code())));
        ids.extend(Role::ALL.iter().map(|r| code("role", r.code())));
        ids.extend(AccountStatus::ALL.iter().map(|s| code("status", s.code())));
        ids.extend(Language::ALL.iter().map(|l| code("language", l.code())));
        ids.extend([PlatformKind::Care, PlatformKind::Content].iter().map(|k| code("kind", k.code())));
        ids.extend(AuditAction::ALL.iter().map(|a| code("audit-action", a.code())));
        ids.extend([Outcome::Success, Outcome::Failure, Outcome::Denied].iter().map(|o| code("outcome", o.code())));
        ids.extend(["operator", "account", "system", "anonymous"].iter().map(|a| code("actor", a)));
        for notice in [
            "account_activated",
            "profile_saved",
            "password_changed",
            "account_created",
            "roles_saved",
            "relation_added",
            "relation_removed",
            "account_deactivated",
            "account_reactivated",
            "account_reactivated_invited",
            "activation_link_renewed",
            "code_sent",
            "device_revoked",
            "two_factor_on",
            "two_factor_reset",
            "two_factor_waived",
            "waiver_ended",
        ] {
            ids.push(code("notice", notice));
        }
        ids.extend(configuration_ids());
        ids.sort();
        ids.dedup();
        ids
    }

    fn configuration_ids() -> Vec<String> {
        use kalm_domain::configurations::{ConfigurationKey, Greeting, Problem, RememberDevice, TwoFactorRule};
        let code = |group: &str, code: &str| format!("{group}-{}", code.replace('_', "-"));
        let mut ids = Vec::new();
        for key in ConfigurationKey::ALL {
            ids.push(code("config", key.code()));
            ids.push(format!("{}-help", code("config", key.code())));
        }
        for field in [
            "professionals",
            "clients",
            "friends",
            "warning_days",
            "remember_device",
            "switched_off",
            "greeting",
            "signature",
            "languages",
            "video_sessions",
            "domain",
            "reason",
            "note",
            "key",
            "value",
            "since",
        ] {
            ids.push(code("config-field", field));
        }
        for group in ["professionals", "clients"] {
            ids.push(code("config-field-deactivate", group));
            ids.push(code("config-field-days", group));
        }
        ids.extend(TwoFactorRule::ALL.iter().map(|o| code("config-option", o.code())));
        ids.extend(RememberDevice::ALL.iter().map(|o| code("config-option", o.code())));
        ids.extend(Greeting::ALL.iter().map(|o| code("config-option", o.code())));
        ids.extend(kalm_domain::emails::EmailKind::ALL.iter().map(|e| code("email-kind", e.code())));
        for event in ["made_available", "changed", "platform_created"] {
            ids.push(code("charges-event", event));
        }
        let problems = [
            Problem::Missing,
            Problem::NotABoolean,
            Problem::NotAWholeNumber,
            Problem::NotText,
            Problem::NotAList,
            Problem::NotAnObject,
            Problem::OutOfRange { min: 0, max: 0 },
            Problem::NotOneOf(Vec::new()),
            Problem::UnknownField,
            Problem::TooLong { max: 0 },
            Problem::Markup,
            Problem::UnknownPlaceholder(String::new()),
            Problem::InvalidDomain,
            Problem::LocksOut,
            Problem::WarningTooEarly { days: 0 },
        ];
        for p in &problems {
            // Adding a problem breaks this match: add it to the list above too.
            match p {
                Problem::Missing
                | Problem::NotABoolean
                | Problem::NotAWholeNumber
                | Problem::NotText
                | Problem::NotAList
                | Problem::NotAnObject
                | Problem::OutOfRange { .. }
                | Problem::NotOneOf(_)
                | Problem::UnknownField
                | Problem::TooLong { .. }
                | Problem::Markup
                | Problem::UnknownPlaceholder(_)
                | Problem::InvalidDomain
                | Problem::LocksOut
                | Problem::WarningTooEarly { .. } => ids.push(code("error-config", p.code())),
            }
        }
        for extra in ["configuration_unknown", "date_invalid"] {
            ids.push(code("error", extra));
        }
        for notice in [
            "configuration_saved",
            "configuration_made_available",
            "configuration_withdrawn",
            "platform_updated",
            "password_reset",
        ] {
            ids.push(code("notice", notice));
        }
        ids
    }

    #[test]
    fn every_required_message_exists_in_every_translated_locale() {
        let required = required_ids();
        assert!(required.len() > 100, "{required:?}");
        for language in TRANSLATED {
            let present = message_ids(language);
            let missing: Vec<_> = required.iter().filter(|id| !present.contains(id)).collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
        }
    }
}

#[cfg(test)]
mod plurals {
    //! CLDR plural categories pick the right form in every language:
    //! Polish one/few/many, French 0 and 1 singular, and so on.

    use super::*;

    #[test]
    fn counts_read_right_in_every_language() {
        let expected = [
            ("nl", 0, "Geen accounts gevonden.", "0 dagen"),
            ("nl", 1, "1 account gevonden.", "1 dag"),
            ("nl", 2, "2 accounts gevonden.", "2 dagen"),
            ("nl", 5, "5 accounts gevonden.", "5 dagen"),
            ("nl", 22, "22 accounts gevonden.", "22 dagen"),
            ("nl", 101, "101 accounts gevonden.", "101 dagen"),
            ("en", 0, "No accounts found.", "0 days"),
            ("en", 1, "1 account found.", "1 day"),
            ("en", 2, "2 accounts found.", "2 days"),
            ("en", 5, "5 accounts found.", "5 days"),
            ("en", 22, "22 accounts found.", "22 days"),
            ("en", 101, "101 accounts found.", "101 days"),
            ("de", 0, "Keine Konten gefunden.", "0 Tage"),
            ("de", 1, "1 Konto gefunden.", "1 Tag"),
            ("de", 2, "2 Konten gefunden.", "2 Tage"),
            ("de", 5, "5 Konten gefunden.", "5 Tage"),
            ("de", 22, "22 Konten gefunden.", "22 Tage"),
            ("de", 101, "101 Konten gefunden.", "101 Tage"),
            ("da", 0, "Ingen konti fundet.", "0 dage"),
            ("da", 1, "1 konto fundet.", "1 dag"),
            ("da", 2, "2 konti fundet.", "2 dage"),
            ("da", 5, "5 konti fundet.", "5 dage"),
            ("da", 22, "22 konti fundet.", "22 dage"),
            ("da", 101, "101 konti fundet.", "101 dage"),
            ("es", 0, "No se encontró ninguna cuenta.", "0 días"),
            ("es", 1, "1 cuenta encontrada.", "1 día"),
            ("es", 2, "2 cuentas encontradas.", "2 días"),
            ("es", 5, "5 cuentas encontradas.", "5 días"),
            ("es", 22, "22 cuentas encontradas.", "22 días"),
            ("es", 101, "101 cuentas encontradas.", "101 días"),
            ("fr", 0, "Aucun compte trouvé.", "0 jour"),
            ("fr", 1, "1 compte trouvé.", "1 jour"),
            ("fr", 2, "2 comptes trouvés.", "2 jours"),
            ("fr", 5, "5 comptes trouvés.", "5 jours"),
            ("fr", 22, "22 comptes trouvés.", "22 jours"),
            ("fr", 101, "101 comptes trouvés.", "101 jours"),
            ("hu", 0, "Nem találtunk fiókot.", "0 nap"),
            ("hu", 1, "1 fiókot találtunk.", "1 nap"),
            ("hu", 2, "2 fiókot találtunk.", "2 nap"),
            ("hu", 5, "5 fiókot találtunk.", "5 nap"),
            ("hu", 22, "22 fiókot találtunk.", "22 nap"),
            ("hu", 101, "101 fiókot találtunk.", "101 nap"),
            ("pl", 0, "Nie znaleziono kont.", "0 dni"),
            ("pl", 1, "Znaleziono 1 konto.", "1 dzień"),
            ("pl", 2, "Znaleziono 2 konta.", "2 dni"),
            ("pl", 5, "Znaleziono 5 kont.", "5 dni"),
            ("pl", 22, "Znaleziono 22 konta.", "22 dni"),
            ("pl", 101, "Znaleziono 101 kont.", "101 dni"),
        ];
        for (code, n, accounts, days) in expected {
            let tr = Tr::new(Language::parse(code).unwrap());
            assert_eq!(tr.n("accounts-count", "count", n), accounts, "{code} {n}");
            assert_eq!(tr.n("config-days", "days", n), days, "{code} {n}");
        }
        assert_eq!(expected.len(), 8 * 6);
    }
}
