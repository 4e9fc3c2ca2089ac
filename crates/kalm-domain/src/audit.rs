//! What the audit log records: a closed list of actions with stable codes.
//!
//! Codes are stored and exported, so they never change once released; new
//! actions get new codes. The entry itself (who, what, target, platform,
//! time, source, outcome) is assembled by the app layer in the same
//! transaction as the change it describes.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    LoginSucceeded,
    LoginFailed,
    LoginThrottled,
    Logout,
    AccountCreated,
    AccountUpdated,
    AccountActivated,
    RolesChanged,
    RelationAdded,
    RelationRemoved,
    AccountDeactivated,
    AccountReactivated,
    PasswordChanged,
    ActivationLinkRenewed,
    PlatformCreated,
    OperatorCreated,
    OperatorTokenCreated,
    AccessDenied,
    ConfigurationAvailabilityChanged,
    ConfigurationChanged,
    PlatformUpdated,
    PasswordResetRequested,
    PasswordReset,
    FriendLinkEnded,
    TwoFactorSetUp,
    RecoveryCodesRenewed,
    RecoveryCodeUsed,
    TwoFactorReset,
    /// The owner switched off their own optional two-factor.
    TwoFactorSwitchedOff,
    /// The service desk looked up the messages sent to one address.
    EmailsLookedUp,
    TwoFactorWaived,
    TwoFactorWaiverEnded,
    RememberedDeviceRevoked,
    SmsCodeSent,
    InactivityWarningSent,
    DeactivationSkipped,
    AnonymousEntriesSummarised,
    ReauthenticationFailed,
    EmailChangeRequested,
    EmailChangeConfirmed,
    AccountViewed,
    AccountsListed,
    AuditLogViewed,
    AuditLogExported,
    ChargesExported,
    EmailRetried,
    OperatorTokenRevoked,
    OperatorTokenUsed,
    OperatorDisabled,
    OperatorEnabled,
    ToolCreated,
    ToolDraftSaved,
    ToolReleased,
    ToolWithdrawn,
    ToolOffered,
    CatalogueLinked,
    CatalogueUnlinked,
    /// An author uploaded an image or audio file for their tools.
    MediaUploaded,
}

impl AuditAction {
    pub const ALL: [AuditAction; 58] = [
        AuditAction::LoginSucceeded,
        AuditAction::LoginFailed,
        AuditAction::LoginThrottled,
        AuditAction::Logout,
        AuditAction::AccountCreated,
        AuditAction::AccountUpdated,
        AuditAction::AccountActivated,
        AuditAction::RolesChanged,
        AuditAction::RelationAdded,
        AuditAction::RelationRemoved,
        AuditAction::AccountDeactivated,
        AuditAction::AccountReactivated,
        AuditAction::PasswordChanged,
        AuditAction::ActivationLinkRenewed,
        AuditAction::PlatformCreated,
        AuditAction::OperatorCreated,
        AuditAction::OperatorTokenCreated,
        AuditAction::AccessDenied,
        AuditAction::ConfigurationAvailabilityChanged,
        AuditAction::ConfigurationChanged,
        AuditAction::PlatformUpdated,
        AuditAction::PasswordResetRequested,
        AuditAction::PasswordReset,
        AuditAction::FriendLinkEnded,
        AuditAction::TwoFactorSetUp,
        AuditAction::RecoveryCodesRenewed,
        AuditAction::RecoveryCodeUsed,
        AuditAction::TwoFactorReset,
        AuditAction::TwoFactorSwitchedOff,
        AuditAction::EmailsLookedUp,
        AuditAction::TwoFactorWaived,
        AuditAction::TwoFactorWaiverEnded,
        AuditAction::RememberedDeviceRevoked,
        AuditAction::SmsCodeSent,
        AuditAction::InactivityWarningSent,
        AuditAction::DeactivationSkipped,
        AuditAction::AnonymousEntriesSummarised,
        AuditAction::ReauthenticationFailed,
        AuditAction::EmailChangeRequested,
        AuditAction::EmailChangeConfirmed,
        AuditAction::AccountViewed,
        AuditAction::AccountsListed,
        AuditAction::AuditLogViewed,
        AuditAction::AuditLogExported,
        AuditAction::ChargesExported,
        AuditAction::EmailRetried,
        AuditAction::OperatorTokenRevoked,
        AuditAction::OperatorTokenUsed,
        AuditAction::OperatorDisabled,
        AuditAction::OperatorEnabled,
        AuditAction::ToolCreated,
        AuditAction::ToolDraftSaved,
        AuditAction::ToolReleased,
        AuditAction::ToolWithdrawn,
        AuditAction::ToolOffered,
        AuditAction::CatalogueLinked,
        AuditAction::CatalogueUnlinked,
        AuditAction::MediaUploaded,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AuditAction::LoginSucceeded => "login_succeeded",
            AuditAction::LoginFailed => "login_failed",
            AuditAction::LoginThrottled => "login_throttled",
            AuditAction::Logout => "logout",
            AuditAction::AccountCreated => "account_created",
            AuditAction::AccountUpdated => "account_updated",
            AuditAction::AccountActivated => "account_activated",
            AuditAction::RolesChanged => "roles_changed",
            AuditAction::RelationAdded => "relation_added",
            AuditAction::RelationRemoved => "relation_removed",
            AuditAction::AccountDeactivated => "account_deactivated",
            AuditAction::AccountReactivated => "account_reactivated",
            AuditAction::PasswordChanged => "password_changed",
            AuditAction::ActivationLinkRenewed => "activation_link_renewed",
            AuditAction::PlatformCreated => "platform_created",
            AuditAction::OperatorCreated => "operator_created",
            AuditAction::OperatorTokenCreated => "operator_token_created",
            AuditAction::AccessDenied => "access_denied",
            AuditAction::ConfigurationAvailabilityChanged => "configuration_availability_changed",
            AuditAction::ConfigurationChanged => "configuration_changed",
            AuditAction::PlatformUpdated => "platform_updated",
            AuditAction::PasswordResetRequested => "password_reset_requested",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::FriendLinkEnded => "friend_link_ended",
            AuditAction::TwoFactorSetUp => "two_factor_set_up",
            AuditAction::RecoveryCodesRenewed => "recovery_codes_renewed",
            AuditAction::RecoveryCodeUsed => "recovery_code_used",
            AuditAction::TwoFactorReset => "two_factor_reset",
            AuditAction::TwoFactorSwitchedOff => "two_factor_switched_off",
            AuditAction::EmailsLookedUp => "emails_looked_up",
            AuditAction::TwoFactorWaived => "two_factor_waived",
            AuditAction::TwoFactorWaiverEnded => "two_factor_waiver_ended",
            AuditAction::RememberedDeviceRevoked => "remembered_device_revoked",
            AuditAction::SmsCodeSent => "sms_code_sent",
            AuditAction::InactivityWarningSent => "inactivity_warning_sent",
            AuditAction::DeactivationSkipped => "deactivation_skipped",
            AuditAction::AnonymousEntriesSummarised => "anonymous_entries_summarised",
            AuditAction::ReauthenticationFailed => "reauthentication_failed",
            AuditAction::EmailChangeRequested => "email_change_requested",
            AuditAction::EmailChangeConfirmed => "email_change_confirmed",
            AuditAction::AccountViewed => "account_viewed",
            AuditAction::AccountsListed => "accounts_listed",
            AuditAction::AuditLogViewed => "audit_log_viewed",
            AuditAction::AuditLogExported => "audit_log_exported",
            AuditAction::ChargesExported => "charges_exported",
            AuditAction::EmailRetried => "email_retried",
            AuditAction::OperatorTokenRevoked => "operator_token_revoked",
            AuditAction::OperatorTokenUsed => "operator_token_used",
            AuditAction::OperatorDisabled => "operator_disabled",
            AuditAction::OperatorEnabled => "operator_enabled",
            AuditAction::ToolCreated => "tool_created",
            AuditAction::ToolDraftSaved => "tool_draft_saved",
            AuditAction::ToolReleased => "tool_released",
            AuditAction::ToolWithdrawn => "tool_withdrawn",
            AuditAction::ToolOffered => "tool_offered",
            AuditAction::CatalogueLinked => "catalogue_linked",
            AuditAction::CatalogueUnlinked => "catalogue_unlinked",
            AuditAction::MediaUploaded => "media_uploaded",
        }
    }

    pub fn parse(code: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Success,
    Failure,
    Denied,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
            Outcome::Denied => "denied",
        }
    }

    pub fn parse(code: &str) -> Option<Outcome> {
        [Outcome::Success, Outcome::Failure, Outcome::Denied].into_iter().find(|o| o.code() == code)
    }
}

/// How many entries someone who is not signed in may add to the log, per
/// source address and platform, in each window. Failed logins, reset
/// requests and activation attempts must be logged, but a script sending
/// them by the thousand must not be able to flood the log (and the disk) or
/// bury the entries that matter: past the budget, entries are counted per
/// action instead, and one summary entry records the counts when the window
/// has ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnonymousBudget {
    pub per_window: u32,
    pub window: Duration,
}

pub const ANONYMOUS_BUDGET: AnonymousBudget = AnonymousBudget { per_window: 20, window: Duration::minutes(10) };

/// One source's use of its budget in the current window.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BudgetState {
    pub window_start: Option<DateTime<Utc>>,
    pub written: u32,
    /// Entries not written in this window, per action code.
    pub suppressed: BTreeMap<String, u32>,
}

/// Entries of an ended window that were counted instead of written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub suppressed: BTreeMap<String, u32>,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

/// What to do with one anonymous entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admission {
    pub write: bool,
    /// The previous window's summary, to write first.
    pub summary: Option<Summary>,
    pub next: BudgetState,
}

impl AnonymousBudget {
    pub fn admit(&self, state: &BudgetState, action: AuditAction, now: DateTime<Utc>) -> Admission {
        match state.window_start.filter(|start| now < *start + self.window) {
            None => Admission {
                write: true,
                summary: self.summary(state, now),
                next: BudgetState { window_start: Some(now), written: 1, suppressed: BTreeMap::new() },
            },
            Some(_) if state.written < self.per_window => Admission {
                write: true,
                summary: None,
                next: BudgetState { written: state.written + 1, ..state.clone() },
            },
            Some(_) => {
                let mut next = state.clone();
                *next.suppressed.entry(action.code().to_owned()).or_default() += 1;
                Admission { write: false, summary: None, next }
            }
        }
    }

    /// The summary of a window that has ended with entries counted, if any.
    pub fn summary(&self, state: &BudgetState, now: DateTime<Utc>) -> Option<Summary> {
        let start = state.window_start?;
        let end = start + self.window;
        (now >= end && !state.suppressed.is_empty()).then(|| Summary {
            suppressed: state.suppressed.clone(),
            from: start,
            to: end,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anonymous_entries_past_the_budget_are_counted_then_summarised() {
        let now = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        let mut state = BudgetState::default();
        let mut written = 0;
        for _ in 0..30 {
            let admission = ANONYMOUS_BUDGET.admit(&state, AuditAction::PasswordResetRequested, now);
            assert_eq!(admission.summary, None);
            written += u32::from(admission.write);
            state = admission.next;
        }
        let admission = ANONYMOUS_BUDGET.admit(&state, AuditAction::LoginFailed, now);
        state = admission.next;
        assert_eq!(written, 20, "thirty requests, twenty entries");
        assert_eq!(state.suppressed.get("password_reset_requested"), Some(&10));
        assert_eq!(state.suppressed.get("login_failed"), Some(&1));
        assert_eq!(ANONYMOUS_BUDGET.summary(&state, now + Duration::minutes(9)), None, "window still open");
        let later = now + Duration::minutes(10);
        let admission = ANONYMOUS_BUDGET.admit(&state, AuditAction::LoginFailed, later);
        assert!(admission.write);
        let summary = admission.summary.expect("the ended window's counts");
        assert_eq!((summary.from, summary.to), (now, later));
        assert_eq!(summary.suppressed.values().sum::<u32>(), 11);
        assert!(admission.next.suppressed.is_empty() && admission.next.written == 1);
    }

    #[test]
    fn codes_are_unique_and_round_trip() {
        let mut codes: Vec<_> = AuditAction::ALL.iter().map(|a| a.code()).collect();
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.code()), Some(a));
        }
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), AuditAction::ALL.len());
    }
}
