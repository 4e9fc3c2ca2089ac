//! The catalogue of e-mails Kalm sends: a closed list of kinds, which of them
//! are essential (authentication and security: always sent), and which
//! placeholders each text may use.
//!
//! What an e-mail can say is limited by what it can reach: `EmailData` holds
//! names, the organisation's name, a link to the platform and dates, and
//! nothing about treatment. A text can only use the placeholders its kind
//! allows, and no other e-mails than these can be added.

use serde::{Deserialize, Serialize};

/// E-mails that are not about authentication or security; a platform may
/// switch them off, for example when an integration notifies people itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NonEssentialEmail {
    NewMessage,
    ToolAssigned,
    VideoCallInvitation,
}

impl NonEssentialEmail {
    pub const ALL: [NonEssentialEmail; 3] =
        [NonEssentialEmail::NewMessage, NonEssentialEmail::ToolAssigned, NonEssentialEmail::VideoCallInvitation];

    pub fn code(self) -> &'static str {
        match self {
            NonEssentialEmail::NewMessage => "new_message",
            NonEssentialEmail::ToolAssigned => "tool_assigned",
            NonEssentialEmail::VideoCallInvitation => "video_call_invitation",
        }
    }

    pub fn parse(code: &str) -> Option<NonEssentialEmail> {
        NonEssentialEmail::ALL.into_iter().find(|e| e.code() == code)
    }
}

/// Every kind of e-mail Kalm sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmailKind {
    AccountInvitation,
    PasswordReset,
    PasswordChanged,
    EmailAddressChanged,
    /// To a new address, with the link that makes it the account's.
    EmailChangeConfirmation,
    /// To the owner of an address someone else tried to use: nothing
    /// changed, and the person who tried learns nothing either way.
    EmailAddressInUse,
    FriendInvitation,
    AccountDeactivated,
    DeactivationWarning,
    TwoFactorSetUp,
    TwoFactorReset,
    TwoFactorDisabled,
    RecoveryCodesRenewed,
    RecoveryCodeUsed,
    NewMessage,
    ToolAssigned,
    VideoCallInvitation,
}

/// A value an e-mail text may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Placeholder {
    /// The recipient's first name.
    FirstName,
    /// The recipient's surname.
    LastName,
    /// The platform's name.
    OrganisationName,
    /// The platform's address.
    PlatformUrl,
    /// The one link the e-mail is about (activation, reset, the platform).
    Link,
    /// Until when the link works.
    ValidUntil,
    /// The date something happens (deactivation).
    Date,
    /// The first name of the client who invites a friend.
    InviterFirstName,
}

impl Placeholder {
    pub const ALL: [Placeholder; 8] = [
        Placeholder::FirstName,
        Placeholder::LastName,
        Placeholder::OrganisationName,
        Placeholder::PlatformUrl,
        Placeholder::Link,
        Placeholder::ValidUntil,
        Placeholder::Date,
        Placeholder::InviterFirstName,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Placeholder::FirstName => "first_name",
            Placeholder::LastName => "last_name",
            Placeholder::OrganisationName => "organisation_name",
            Placeholder::PlatformUrl => "platform_url",
            Placeholder::Link => "link",
            Placeholder::ValidUntil => "valid_until",
            Placeholder::Date => "date",
            Placeholder::InviterFirstName => "inviter_first_name",
        }
    }
}

impl EmailKind {
    pub const ALL: [EmailKind; 17] = [
        EmailKind::AccountInvitation,
        EmailKind::PasswordReset,
        EmailKind::PasswordChanged,
        EmailKind::EmailAddressChanged,
        EmailKind::EmailChangeConfirmation,
        EmailKind::EmailAddressInUse,
        EmailKind::FriendInvitation,
        EmailKind::AccountDeactivated,
        EmailKind::DeactivationWarning,
        EmailKind::TwoFactorSetUp,
        EmailKind::TwoFactorReset,
        EmailKind::TwoFactorDisabled,
        EmailKind::RecoveryCodesRenewed,
        EmailKind::RecoveryCodeUsed,
        EmailKind::NewMessage,
        EmailKind::ToolAssigned,
        EmailKind::VideoCallInvitation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EmailKind::AccountInvitation => "account_invitation",
            EmailKind::PasswordReset => "password_reset",
            EmailKind::PasswordChanged => "password_changed",
            EmailKind::EmailAddressChanged => "email_address_changed",
            EmailKind::EmailChangeConfirmation => "email_change_confirmation",
            EmailKind::EmailAddressInUse => "email_address_in_use",
            EmailKind::FriendInvitation => "friend_invitation",
            EmailKind::AccountDeactivated => "account_deactivated",
            EmailKind::DeactivationWarning => "deactivation_warning",
            EmailKind::TwoFactorSetUp => "two_factor_set_up",
            EmailKind::TwoFactorReset => "two_factor_reset",
            EmailKind::TwoFactorDisabled => "two_factor_disabled",
            EmailKind::RecoveryCodesRenewed => "recovery_codes_renewed",
            EmailKind::RecoveryCodeUsed => "recovery_code_used",
            EmailKind::NewMessage => "new_message",
            EmailKind::ToolAssigned => "tool_assigned",
            EmailKind::VideoCallInvitation => "video_call_invitation",
        }
    }

    pub fn parse(code: &str) -> Option<EmailKind> {
        EmailKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The non-essential e-mail this is, if it may be switched off.
    pub fn switchable(self) -> Option<NonEssentialEmail> {
        match self {
            EmailKind::NewMessage => Some(NonEssentialEmail::NewMessage),
            EmailKind::ToolAssigned => Some(NonEssentialEmail::ToolAssigned),
            EmailKind::VideoCallInvitation => Some(NonEssentialEmail::VideoCallInvitation),
            _ => None,
        }
    }

    /// Essential e-mails (authentication and security) are always sent.
    pub fn essential(self) -> bool {
        self.switchable().is_none()
    }

    /// The placeholders this kind's text may use. Every e-mail has the
    /// names, the organisation and the platform's address.
    pub fn placeholders(self) -> Vec<Placeholder> {
        use Placeholder::*;
        let mut allowed = vec![FirstName, LastName, OrganisationName, PlatformUrl];
        match self {
            EmailKind::AccountInvitation | EmailKind::PasswordReset | EmailKind::EmailChangeConfirmation => {
                allowed.extend([Link, ValidUntil])
            }
            EmailKind::FriendInvitation => allowed.extend([Link, ValidUntil, InviterFirstName]),
            EmailKind::DeactivationWarning => allowed.extend([Link, Date]),
            EmailKind::AccountDeactivated | EmailKind::TwoFactorDisabled => allowed.push(Date),
            EmailKind::NewMessage | EmailKind::ToolAssigned | EmailKind::VideoCallInvitation => allowed.push(Link),
            _ => {}
        }
        allowed
    }

    /// Whether the text must contain its link: without it the e-mail is useless.
    pub fn needs_link(self) -> bool {
        matches!(
            self,
            EmailKind::AccountInvitation
                | EmailKind::PasswordReset
                | EmailKind::FriendInvitation
                | EmailKind::EmailChangeConfirmation
        )
    }
}

/// Everything an e-mail can reach. By construction it holds nothing about
/// treatment: adding such a field here is the only way to leak it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EmailData {
    pub first_name: String,
    pub last_name: String,
    pub organisation_name: String,
    pub platform_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Already formatted for the recipient's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter_first_name: Option<String>,
    /// The IANA zone the dates are shown in: the recipient's own, or the
    /// platform's. Messages queued before zones existed have none (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// The organisation's address for questions, if the platform gives one:
    /// the e-mails that say "contact us" then say where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
}

impl EmailData {
    pub fn value(&self, placeholder: Placeholder) -> Option<&str> {
        match placeholder {
            Placeholder::FirstName => Some(&self.first_name),
            Placeholder::LastName => Some(&self.last_name),
            Placeholder::OrganisationName => Some(&self.organisation_name),
            Placeholder::PlatformUrl => Some(&self.platform_url),
            Placeholder::Link => self.link.as_deref(),
            Placeholder::ValidUntil => self.valid_until.as_deref(),
            Placeholder::Date => self.date.as_deref(),
            Placeholder::InviterFirstName => self.inviter_first_name.as_deref(),
        }
    }
}

/// The catalogue as a Markdown table, for docs/emails.md (a test keeps the
/// page and this function in step).
pub fn reference_table() -> String {
    let mut out = String::from("| kind | essential | may be switched off | placeholders |\n|---|---|---|---|\n");
    for kind in EmailKind::ALL {
        let placeholders: Vec<String> = kind.placeholders().iter().map(|p| format!("`{{{}}}`", p.code())).collect();
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            kind.code(),
            if kind.essential() { "yes" } else { "no" },
            if kind.essential() { "no" } else { "yes, on the e-mails tile" },
            placeholders.join(" ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue() {
        for kind in EmailKind::ALL {
            assert_eq!(EmailKind::parse(kind.code()), Some(kind));
            assert!(kind.placeholders().contains(&Placeholder::FirstName));
            if kind.needs_link() {
                assert!(kind.placeholders().contains(&Placeholder::Link));
            }
        }
        let switchable: Vec<_> = EmailKind::ALL.iter().filter_map(|k| k.switchable()).collect();
        assert_eq!(switchable, NonEssentialEmail::ALL.to_vec(), "every switchable e-mail is in the catalogue once");
        assert!(EmailKind::PasswordReset.essential() && !EmailKind::NewMessage.essential());
    }

    #[test]
    fn the_reference_page_shows_the_catalogue() {
        let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/emails.md"))
            .expect("docs/emails.md");
        let start = page.find("<!-- catalogue:start -->").expect("start marker") + "<!-- catalogue:start -->".len();
        let end = page.find("<!-- catalogue:end -->").expect("end marker");
        assert_eq!(page[start..end].trim(), reference_table().trim(), "docs/emails.md is out of date");
    }
}
