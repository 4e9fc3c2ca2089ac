//! Every message the web layer asks for exists in every translated locale:
//! the ids written literally in templates and handlers, and the ids built
//! from stable codes (errors, roles, statuses, audit actions, configuration
//! problems, notices). It lives here rather than in kalm-i18n because the
//! list of errors needs `kalm_app::AppError`, which the i18n crate must not
//! depend on; it checks against kalm-i18n's listing of the locale files.

use kalm_app::{AppError, Entity};
use kalm_domain::accounts::{AccountError, AccountStatus, AccountType, Role};
use kalm_domain::audit::{AuditAction, Outcome};
use kalm_domain::auth::password::PasswordError;
use kalm_domain::languages::Language;
use kalm_domain::permissions::Denied;
use kalm_domain::platforms::{PlatformError, PlatformKind};
use kalm_i18n::TRANSLATED;
use kalm_i18n::catalogue::message_ids;

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
        AppError::Account(AccountError::RoleNotOnThisPlatform(String::new())),
        AppError::Platform(PlatformError::NameEmpty),
        AppError::Platform(PlatformError::NameTooLong),
        AppError::Platform(PlatformError::UnknownKind(String::new())),
        AppError::Platform(PlatformError::InvalidDomain(String::new())),
        AppError::Place(kalm_domain::countries::PlaceError::UnknownCountry(String::new())),
        AppError::Place(kalm_domain::countries::PlaceError::UnknownTimeZone(String::new())),
        AppError::Content(kalm_domain::content::ContentError::UnknownKind(String::new())),
        AppError::Content(kalm_domain::content::ContentError::TitleEmpty),
        AppError::Content(kalm_domain::content::ContentError::TitleTooLong),
        AppError::Content(kalm_domain::content::ContentError::DescriptionTooLong),
        AppError::Content(kalm_domain::content::ContentError::NotADocument(String::new())),
        AppError::Content(kalm_domain::content::ContentError::UnknownSchema(String::new())),
        AppError::Media(kalm_domain::media::MediaError::Empty),
        AppError::Media(kalm_domain::media::MediaError::TooLarge { size: 0, limit: 0 }),
        AppError::Media(kalm_domain::media::MediaError::UnknownType),
        AppError::Media(kalm_domain::media::MediaError::UnsafeSvg("")),
        AppError::NotAContentPlatform,
        AppError::NotACarePlatform,
        AppError::DraftOutdated,
        AppError::ToolFixed,
        AppError::NothingToRelease,
        AppError::ReleaseRefused(Vec::new()),
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
        AppError::NotFound(Entity::Tool),
        AppError::NotFound(Entity::Version),
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
        AppError::TwoFactorRequired,
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
            | AppError::Place(_)
            | AppError::Content(_)
            | AppError::Media(_)
            | AppError::NotAContentPlatform
            | AppError::NotACarePlatform
            | AppError::DraftOutdated
            | AppError::ToolFixed
            | AppError::NothingToRelease
            | AppError::ReleaseRefused(_)
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
            | AppError::TwoFactorRequired
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
    ids.extend(AuditAction::ALL.iter().map(|a| code("audit-sentence", a.code())));
    ids.extend(crate::pages::audit::DETAIL_KEYS.iter().map(|k| code("audit-detail", k)));
    ids.extend(kalm_domain::countries::Country::ALL.iter().map(|c| code("country", c.code())));
    ids.extend([Outcome::Success, Outcome::Failure, Outcome::Denied].iter().map(|o| code("outcome", o.code())));
    ids.extend(["operator", "account", "system", "anonymous"].iter().map(|a| code("actor", a)));
    ids.extend(kalm_domain::content::ToolKind::ALL.iter().map(|k| code("tool-kind", k.code())));
    ids.extend(kalm_domain::content::release::CODES.iter().map(|c| code("release-problem", c)));
    ids.extend(kalm_domain::content::edit::NewQuestion::ALL.iter().map(|q| code("question-type", q.code())));
    ids.extend(["text", "image", "audio", "question", "feedback"].iter().map(|b| code("block-type", b)));
    ids.extend(["none", "answered", "chosen", "above", "below"].iter().map(|w| code("editor-condition", w)));
    ids.extend(["edit_target_missing", "edit_wrong_kind"].iter().map(|e| code("error", e)));
    for notice in [
        "tool_created",
        "tool_released",
        "tool_withdrawn",
        "tool_offered",
        "draft_saved",
        "catalogue_linked",
        "catalogue_unlinked",
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
