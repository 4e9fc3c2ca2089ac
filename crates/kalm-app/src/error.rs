//! The app layer's error: expected failures (bad input, not allowed, wrong
//! password) kept apart from unexpected ones (`Internal`, `Store`).
//!
//! Each variant has a stable snake_case code. The web layer maps codes to an
//! HTTP status and a translated message; JSON clients get the code as-is.
//! Internal details are logged by the web layer, never shown.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::AccountError;
use kalm_domain::auth::password::PasswordError;
use kalm_domain::auth::phone::PhoneError;
use kalm_domain::configurations::ValueError;
use kalm_domain::countries::PlaceError;
use kalm_domain::languages::UnknownLanguage;
use kalm_domain::permissions::Denied;
use kalm_domain::platforms::PlatformError;
use kalm_store::StoreError;

/// What was looked for and not found, so each miss has its own code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Account,
    /// The client a friend is invited for.
    Client,
    Platform,
    Operator,
    /// A configuration not available on the platform.
    Configuration,
    /// An operator's API token.
    Token,
    /// A message in the outbox.
    Email,
    RememberedDevice,
    Tool,
    /// A released version of a tool.
    Version,
}

impl Entity {
    pub fn not_found_code(self) -> &'static str {
        match self {
            Entity::Account => "account_not_found",
            Entity::Client => "client_not_found",
            Entity::Platform => "platform_not_found",
            Entity::Operator => "operator_not_found",
            Entity::Configuration => "configuration_not_available",
            Entity::Token => "token_not_found",
            Entity::Email => "email_not_found",
            Entity::RememberedDevice => "remembered_device_not_found",
            Entity::Tool => "tool_not_found",
            Entity::Version => "version_not_found",
        }
    }
}

impl std::fmt::Display for Entity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Entity::Account => "account",
            Entity::Client => "client",
            Entity::Platform => "platform",
            Entity::Operator => "operator",
            Entity::Configuration => "configuration",
            Entity::Token => "token",
            Entity::Email => "e-mail",
            Entity::RememberedDevice => "remembered device",
            Entity::Tool => "tool",
            Entity::Version => "version",
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Account(#[from] AccountError),
    #[error(transparent)]
    Platform(#[from] PlatformError),
    #[error(transparent)]
    Place(#[from] PlaceError),
    #[error(transparent)]
    Content(#[from] kalm_domain::content::ContentError),
    #[error(transparent)]
    Media(#[from] kalm_domain::media::MediaError),
    #[error("this is not a content platform")]
    NotAContentPlatform,
    #[error("this is not a care platform")]
    NotACarePlatform,
    #[error("the draft was changed by someone else since it was opened")]
    DraftOutdated,
    #[error("a tool's kind and language are fixed when it is created")]
    ToolFixed,
    #[error("the draft is the same as the latest version")]
    NothingToRelease,
    #[error("the draft cannot be released yet: {} problem(s)", .0.len())]
    ReleaseRefused(Vec<kalm_domain::content::release::ReleaseProblem>),
    #[error(transparent)]
    Password(#[from] PasswordError),
    #[error(transparent)]
    Language(#[from] UnknownLanguage),
    #[error("invalid configuration value: {0}")]
    Configuration(ValueError),
    #[error("{0} not found")]
    NotFound(Entity),
    #[error("not allowed: {0}")]
    Denied(Denied),
    #[error("this {0} is already in use")]
    Duplicate(&'static str),
    #[error("a treatment relation links a client to a professional")]
    RelationTypes,
    #[error("the e-mail address or password is not correct")]
    LoginFailed,
    #[error("too many attempts; try again after {0}")]
    LoginThrottled(DateTime<Utc>),
    #[error("this account is deactivated")]
    AccountDeactivated,
    #[error("the activation link is not valid")]
    LinkInvalid,
    #[error("the activation link has expired")]
    LinkExpired,
    #[error("the password reset link is not valid")]
    ResetLinkInvalid,
    #[error("the password reset link has expired")]
    ResetLinkExpired,
    #[error("the current password is not correct")]
    CurrentPasswordWrong,
    #[error("the two-factor code is not correct")]
    TwoFactorCodeWrong,
    #[error(transparent)]
    Phone(#[from] PhoneError),
    #[error("too many text messages; the next one can be sent after {0}")]
    SmsLimit(DateTime<Utc>),
    #[error("the text message could not be sent to this number")]
    SmsRefused,
    #[error("text messages cannot be sent right now")]
    SmsUnavailable,
    #[error("the login took too long; log in again")]
    LoginExpired,
    #[error("a reason is required")]
    ReasonRequired,
    #[error("two-factor authentication is not required for professionals on this platform")]
    WaiverNotNeeded,
    #[error("two-factor authentication is switched off for this account")]
    TwoFactorOff,
    #[error("two-factor authentication is not set up")]
    TwoFactorNotSetUp,
    #[error("this platform requires two-factor authentication for this account")]
    TwoFactorRequired,
    #[error(
        "this deactivates {professionals} professional and {clients} client accounts at once; see the preview and confirm (--confirm)"
    )]
    ConfirmationNeeded { professionals: i64, clients: i64 },
    #[error("the platform must keep at least one active application manager")]
    LastApplicationManager,
    #[error("the account is not active")]
    AccountNotActive,
    #[error("not signed in")]
    NotSignedIn,
    #[error("confirm your password first")]
    PasswordConfirmationRequired,
    #[error("one's own e-mail address changes through a link sent to the new address")]
    OwnEmailChangeByLink,
    #[error("the e-mail change link is not valid")]
    EmailChangeLinkInvalid,
    #[error("this operator is disabled")]
    OperatorDisabled,
    #[error("internal error: {0}")]
    Internal(String),
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> AppError {
        match err {
            StoreError::Duplicate(what) => AppError::Duplicate(what),
            other => AppError::Store(other),
        }
    }
}

impl From<kalm_store::SqlxError> for AppError {
    fn from(err: kalm_store::SqlxError) -> AppError {
        AppError::Store(StoreError::Database(err))
    }
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Account(e) => e.code(),
            AppError::Platform(e) => e.code(),
            AppError::Place(e) => e.code(),
            AppError::Content(e) => e.code(),
            AppError::Media(e) => e.code(),
            AppError::NotAContentPlatform => "not_a_content_platform",
            AppError::NotACarePlatform => "not_a_care_platform",
            AppError::DraftOutdated => "draft_outdated",
            AppError::ToolFixed => "tool_fixed",
            AppError::NothingToRelease => "nothing_to_release",
            AppError::ReleaseRefused(_) => "release_refused",
            AppError::Password(e) => e.code(),
            AppError::Language(_) => "language_unknown",
            AppError::Configuration(_) => "configuration_invalid",
            AppError::NotFound(entity) => entity.not_found_code(),
            AppError::Denied(_) => "not_allowed",
            AppError::Duplicate("domain") => "domain_taken",
            AppError::Duplicate("email") => "email_taken",
            AppError::Duplicate(_) => "duplicate",
            AppError::RelationTypes => "relation_types",
            AppError::LoginFailed => "login_failed",
            AppError::LoginThrottled(_) => "login_throttled",
            AppError::AccountDeactivated => "account_deactivated",
            AppError::LinkInvalid => "activation_link_invalid",
            AppError::LinkExpired => "activation_link_expired",
            AppError::ResetLinkInvalid => "reset_link_invalid",
            AppError::ResetLinkExpired => "reset_link_expired",
            AppError::CurrentPasswordWrong => "current_password_wrong",
            AppError::TwoFactorCodeWrong => "two_factor_code_wrong",
            AppError::Phone(e) => e.code(),
            AppError::SmsLimit(_) => "sms_limit",
            AppError::SmsRefused => "sms_refused",
            AppError::SmsUnavailable => "sms_unavailable",
            AppError::LoginExpired => "login_expired",
            AppError::ReasonRequired => "reason_required",
            AppError::WaiverNotNeeded => "waiver_not_needed",
            AppError::TwoFactorOff => "two_factor_off",
            AppError::TwoFactorNotSetUp => "two_factor_not_set_up",
            AppError::TwoFactorRequired => "two_factor_required",
            AppError::ConfirmationNeeded { .. } => "confirmation_needed",
            AppError::LastApplicationManager => "last_application_manager",
            AppError::AccountNotActive => "account_not_active",
            AppError::NotSignedIn => "not_signed_in",
            AppError::Store(_) if self.is_unavailable() => "database_unavailable",
            AppError::Store(StoreError::MigrationChanged(_)) => "migration_changed",
            AppError::PasswordConfirmationRequired => "password_confirmation_required",
            AppError::OwnEmailChangeByLink => "own_email_change_by_link",
            AppError::EmailChangeLinkInvalid => "email_change_link_invalid",
            AppError::OperatorDisabled => "operator_disabled",
            AppError::Internal(_) | AppError::Store(_) => "internal",
        }
    }

    /// The database could not be reached or did not answer in time (its
    /// pool closed or exhausted, the connection broken, a statement past
    /// its timeout, a lock not granted): still the system's fault, but one a
    /// caller may retry, so it gets its own code rather than `internal`.
    pub fn is_unavailable(&self) -> bool {
        use kalm_store::SqlxError;
        match self {
            AppError::Store(StoreError::Database(
                SqlxError::PoolClosed | SqlxError::PoolTimedOut | SqlxError::Io(_) | SqlxError::WorkerCrashed,
            )) => true,
            AppError::Store(StoreError::Database(SqlxError::Database(db))) => {
                // PostgreSQL: 57014 statement timeout, 55P03 lock not
                // available; SQLite: 5 busy, 6 locked (and their extended codes).
                matches!(db.code().as_deref(), Some("57014" | "55P03" | "5" | "6" | "261" | "517" | "262"))
            }
            _ => false,
        }
    }

    /// True for failures that are the system's fault, to be logged.
    pub fn is_internal(&self) -> bool {
        matches!(self, AppError::Internal(_) | AppError::Store(_))
    }
}

pub type AppResult<T> = Result<T, AppError>;
