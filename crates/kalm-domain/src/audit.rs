//! What the audit log records: a closed list of actions with stable codes.
//!
//! Codes are stored and exported, so they never change once released; new
//! actions get new codes. The entry itself (who, what, target, platform,
//! time, source, outcome) is assembled by the app layer in the same
//! transaction as the change it describes.

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
    TwoFactorWaived,
    TwoFactorWaiverEnded,
    RememberedDeviceRevoked,
    SmsCodeSent,
    InactivityWarningSent,
    DeactivationSkipped,
}

impl AuditAction {
    pub const ALL: [AuditAction; 34] = [
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
        AuditAction::TwoFactorWaived,
        AuditAction::TwoFactorWaiverEnded,
        AuditAction::RememberedDeviceRevoked,
        AuditAction::SmsCodeSent,
        AuditAction::InactivityWarningSent,
        AuditAction::DeactivationSkipped,
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
            AuditAction::TwoFactorWaived => "two_factor_waived",
            AuditAction::TwoFactorWaiverEnded => "two_factor_waiver_ended",
            AuditAction::RememberedDeviceRevoked => "remembered_device_revoked",
            AuditAction::SmsCodeSent => "sms_code_sent",
            AuditAction::InactivityWarningSent => "inactivity_warning_sent",
            AuditAction::DeactivationSkipped => "deactivation_skipped",
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

#[cfg(test)]
mod tests {
    use super::*;

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
