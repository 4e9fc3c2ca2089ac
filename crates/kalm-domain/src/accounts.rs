//! Accounts, their types and roles, and the values an account is made of.
//!
//! A professional account carries any non-empty set of roles (professional,
//! secretary, application manager); clients and friends carry none. E-mail
//! addresses are unique per platform compared case-insensitively, so the
//! parsed address keeps what the person typed and offers a folded key.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::platforms::Hostname;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AccountId(pub Uuid);

impl std::fmt::Display for AccountId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("{0:?} is not a valid e-mail address")]
    InvalidEmail(String),
    #[error("the first name must not be empty")]
    FirstNameEmpty,
    #[error("the surname must not be empty")]
    LastNameEmpty,
    #[error("a name is longer than 100 characters")]
    NameTooLong,
    #[error("unknown account type {0:?}; expected professional, client or friend")]
    UnknownType(String),
    #[error("unknown role {0:?}; expected professional, secretary or application_manager")]
    UnknownRole(String),
    #[error("a professional account needs at least one role")]
    RolesEmpty,
    #[error("only professional accounts have roles")]
    RolesOnNonProfessional,
    #[error("unknown account status {0:?}")]
    UnknownStatus(String),
    #[error("the role {0} exists only on content platforms")]
    RoleNotOnThisPlatform(String),
}

impl AccountError {
    pub fn code(&self) -> &'static str {
        match self {
            AccountError::InvalidEmail(_) => "email_invalid",
            AccountError::FirstNameEmpty => "first_name_empty",
            AccountError::LastNameEmpty => "last_name_empty",
            AccountError::NameTooLong => "name_too_long",
            AccountError::UnknownType(_) => "account_type_unknown",
            AccountError::UnknownRole(_) => "role_unknown",
            AccountError::RolesEmpty => "roles_empty",
            AccountError::RolesOnNonProfessional => "roles_not_allowed",
            AccountError::UnknownStatus(_) => "account_status_unknown",
            AccountError::RoleNotOnThisPlatform(_) => "role_not_on_this_platform",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountType {
    Professional,
    Client,
    Friend,
}

impl AccountType {
    pub const ALL: [AccountType; 3] = [AccountType::Professional, AccountType::Client, AccountType::Friend];

    pub fn code(self) -> &'static str {
        match self {
            AccountType::Professional => "professional",
            AccountType::Client => "client",
            AccountType::Friend => "friend",
        }
    }

    pub fn parse(input: &str) -> Result<AccountType, AccountError> {
        AccountType::ALL
            .into_iter()
            .find(|t| t.code() == input.trim().to_ascii_lowercase())
            .ok_or_else(|| AccountError::UnknownType(input.to_owned()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Professional,
    Secretary,
    ApplicationManager,
    /// Creates and edits drafts of tools, on a content platform.
    Author,
    /// Releases and withdraws versions of tools, on a content platform.
    Publisher,
}

impl Role {
    pub const ALL: [Role; 5] =
        [Role::Professional, Role::Secretary, Role::ApplicationManager, Role::Author, Role::Publisher];

    pub fn code(self) -> &'static str {
        match self {
            Role::Professional => "professional",
            Role::Secretary => "secretary",
            Role::ApplicationManager => "application_manager",
            Role::Author => "author",
            Role::Publisher => "publisher",
        }
    }

    /// Whether the role exists on a platform of `kind`: authors and
    /// publishers only where content is made.
    pub fn fits(self, kind: crate::platforms::PlatformKind) -> bool {
        match self {
            Role::Author | Role::Publisher => kind == crate::platforms::PlatformKind::Content,
            _ => true,
        }
    }

    pub fn parse(input: &str) -> Result<Role, AccountError> {
        let folded = input.trim().to_ascii_lowercase().replace('-', "_");
        Role::ALL.into_iter().find(|r| r.code() == folded).ok_or_else(|| AccountError::UnknownRole(input.to_owned()))
    }

    fn bit(self) -> u8 {
        match self {
            Role::Professional => 1,
            Role::Secretary => 2,
            Role::ApplicationManager => 4,
            Role::Author => 8,
            Role::Publisher => 16,
        }
    }
}

/// A set of roles, stored as a small bit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Roles(u8);

impl Roles {
    pub const NONE: Roles = Roles(0);

    pub fn of(roles: &[Role]) -> Roles {
        Roles(roles.iter().fold(0, |acc, r| acc | r.bit()))
    }

    pub fn contains(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.contains(*r))
    }

    /// Comma-separated codes, e.g. `professional,application_manager`.
    pub fn parse_list(input: &str) -> Result<Roles, AccountError> {
        let mut roles = Vec::new();
        for part in input.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            roles.push(Role::parse(part)?);
        }
        Ok(Roles::of(&roles))
    }

    pub fn to_codes(self) -> String {
        self.iter().map(Role::code).collect::<Vec<_>>().join(",")
    }

    pub fn bits(self) -> i64 {
        i64::from(self.0)
    }

    pub fn from_bits(bits: i64) -> Roles {
        Roles((bits & 31) as u8)
    }
}

/// Roles are only meaningful on professional accounts, and authors and
/// publishers only on content platforms; this is where the facts are
/// checked together.
pub fn check_roles(
    account_type: AccountType,
    roles: Roles,
    kind: crate::platforms::PlatformKind,
) -> Result<Roles, AccountError> {
    if let Some(role) = roles.iter().find(|r| !r.fits(kind)) {
        return Err(AccountError::RoleNotOnThisPlatform(role.code().to_owned()));
    }
    match account_type {
        AccountType::Professional if roles.is_empty() => Err(AccountError::RolesEmpty),
        AccountType::Professional => Ok(roles),
        _ if roles.is_empty() => Ok(roles),
        _ => Err(AccountError::RolesOnNonProfessional),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountStatus {
    /// Created, but the person has not yet set a password through the activation link.
    Invited,
    Active,
    Deactivated,
}

impl AccountStatus {
    pub const ALL: [AccountStatus; 3] = [AccountStatus::Invited, AccountStatus::Active, AccountStatus::Deactivated];

    pub fn code(self) -> &'static str {
        match self {
            AccountStatus::Invited => "invited",
            AccountStatus::Active => "active",
            AccountStatus::Deactivated => "deactivated",
        }
    }

    pub fn parse(input: &str) -> Result<AccountStatus, AccountError> {
        AccountStatus::ALL
            .into_iter()
            .find(|s| s.code() == input.trim().to_ascii_lowercase())
            .ok_or_else(|| AccountError::UnknownStatus(input.to_owned()))
    }
}

/// An e-mail address as the person typed it (trimmed), with a case-folded key
/// for uniqueness and look-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<EmailAddress, AccountError> {
        let invalid = || AccountError::InvalidEmail(input.to_owned());
        let address = input.trim();
        if address.len() > 254 {
            return Err(invalid());
        }
        let (local, domain) = address.rsplit_once('@').ok_or_else(invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        if !local_ok || Hostname::parse(domain).is_err() {
            return Err(invalid());
        }
        Ok(EmailAddress(address.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key under which addresses are unique on a platform.
    pub fn folded(&self) -> String {
        self.0.to_lowercase()
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A first name or surname: trimmed, non-empty, at most 100 characters, no
/// control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse_first(input: &str) -> Result<PersonName, AccountError> {
        Self::parse(input, AccountError::FirstNameEmpty)
    }

    pub fn parse_last(input: &str) -> Result<PersonName, AccountError> {
        Self::parse(input, AccountError::LastNameEmpty)
    }

    fn parse(input: &str, empty: AccountError) -> Result<PersonName, AccountError> {
        let cleaned: String = input.trim().chars().filter(|c| !c.is_control()).collect();
        if cleaned.is_empty() {
            return Err(empty);
        }
        if cleaned.chars().count() > 100 {
            return Err(AccountError::NameTooLong);
        }
        Ok(PersonName(cleaned))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn email_addresses() {
        let e = EmailAddress::parse("  Anna.de-Vries+kalm@Example.ORG ").unwrap();
        assert_eq!(e.as_str(), "Anna.de-Vries+kalm@Example.ORG");
        assert_eq!(e.folded(), "anna.de-vries+kalm@example.org");
        for bad in [
            "",
            "anna",
            "@example.org",
            "anna@",
            "anna@localhost",
            "a b@example.org",
            "a..b@example.org",
            ".a@example.org",
            "anna@exa mple.org",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn roles_belong_to_professionals() {
        let am = Roles::parse_list("professional, application_manager").unwrap();
        assert!(am.contains(Role::ApplicationManager) && am.contains(Role::Professional));
        assert!(!am.contains(Role::Secretary));
        assert_eq!(am.to_codes(), "professional,application_manager");
        assert_eq!(Roles::from_bits(am.bits()), am);
        use crate::platforms::PlatformKind::{Care, Content};
        assert_eq!(check_roles(AccountType::Professional, Roles::NONE, Care), Err(AccountError::RolesEmpty));
        assert_eq!(check_roles(AccountType::Client, am, Care), Err(AccountError::RolesOnNonProfessional));
        assert_eq!(check_roles(AccountType::Friend, Roles::NONE, Care), Ok(Roles::NONE));
        let author = Roles::of(&[Role::Author]);
        assert_eq!(check_roles(AccountType::Professional, author, Content), Ok(author));
        assert_eq!(
            check_roles(AccountType::Professional, Roles::of(&[Role::Professional, Role::Publisher]), Care),
            Err(AccountError::RoleNotOnThisPlatform("publisher".into())),
            "care platforms have neither authors nor publishers"
        );
        let all = Roles::of(&Role::ALL);
        assert_eq!(Roles::from_bits(all.bits()), all, "every role survives storage");
        assert!(Roles::parse_list("doctor").is_err());
    }

    #[test]
    fn names() {
        assert_eq!(PersonName::parse_first(" Anna ").unwrap().as_str(), "Anna");
        assert_eq!(PersonName::parse_first(" "), Err(AccountError::FirstNameEmpty));
        assert_eq!(PersonName::parse_last(""), Err(AccountError::LastNameEmpty));
        assert_eq!(PersonName::parse_last(&"é".repeat(101)), Err(AccountError::NameTooLong));
        assert_eq!(PersonName::parse_last("de\u{0}Vries").unwrap().as_str(), "deVries");
    }

    proptest! {
        #[test]
        fn email_parse_is_idempotent(s in ".{0,80}") {
            if let Ok(e) = EmailAddress::parse(&s) {
                prop_assert_eq!(EmailAddress::parse(e.as_str()), Ok(e.clone()));
            }
        }

        #[test]
        fn role_sets_round_trip(bits in 0i64..8) {
            let roles = Roles::from_bits(bits);
            prop_assert_eq!(Roles::parse_list(&roles.to_codes()), Ok(roles));
        }
    }
}
