//! Platforms: one care organisation's site on its own domain.
//!
//! The primary domain is what tenancy hangs on (the Host header selects the
//! platform), so `Hostname` is strict: lowercase DNS labels only, no port, no
//! trailing dot. Two spellings of one host always parse to the same value.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::countries::{Country, TimeZone};
use crate::languages::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PlatformId(pub Uuid);

impl std::fmt::Display for PlatformId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Care platforms serve clients; a content platform is what buying the CMS creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlatformKind {
    Care,
    Content,
}

impl PlatformKind {
    pub fn code(self) -> &'static str {
        match self {
            PlatformKind::Care => "care",
            PlatformKind::Content => "content",
        }
    }

    pub fn parse(input: &str) -> Result<PlatformKind, PlatformError> {
        match input.trim().to_ascii_lowercase().as_str() {
            "care" => Ok(PlatformKind::Care),
            "content" => Ok(PlatformKind::Content),
            _ => Err(PlatformError::UnknownKind(input.to_owned())),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlatformError {
    #[error("the platform name must not be empty")]
    NameEmpty,
    #[error("the platform name is longer than 100 characters")]
    NameTooLong,
    #[error("unknown platform kind {0:?}; expected care or content")]
    UnknownKind(String),
    #[error("{0:?} is not a valid domain name")]
    InvalidDomain(String),
}

impl PlatformError {
    /// Stable snake_case code for APIs and translations.
    pub fn code(&self) -> &'static str {
        match self {
            PlatformError::NameEmpty => "platform_name_empty",
            PlatformError::NameTooLong => "platform_name_too_long",
            PlatformError::UnknownKind(_) => "platform_kind_unknown",
            PlatformError::InvalidDomain(_) => "domain_invalid",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PlatformName(String);

impl PlatformName {
    pub fn parse(input: &str) -> Result<PlatformName, PlatformError> {
        let name = input.trim();
        if name.is_empty() {
            return Err(PlatformError::NameEmpty);
        }
        if name.chars().count() > 100 {
            return Err(PlatformError::NameTooLong);
        }
        Ok(PlatformName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A DNS host name in canonical form: lowercase, no port, no trailing dot,
/// at least two labels.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Hostname(String);

impl Hostname {
    pub fn parse(input: &str) -> Result<Hostname, PlatformError> {
        let invalid = || PlatformError::InvalidDomain(input.to_owned());
        let host = input.trim().trim_end_matches('.').to_ascii_lowercase();
        if host.is_empty() || host.len() > 253 || !host.contains('.') {
            return Err(invalid());
        }
        for label in host.split('.') {
            let ok = !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !ok {
                return Err(invalid());
            }
        }
        if host.rsplit('.').next().is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit())) {
            // An IPv4 address is not a platform domain.
            return Err(invalid());
        }
        Ok(Hostname(host))
    }

    /// The host a request was sent to, from a `Host` header value: the port is
    /// ignored, the case folded.
    pub fn from_host_header(value: &str) -> Result<Hostname, PlatformError> {
        let without_port = match value.rsplit_once(':') {
            Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
            _ => value,
        };
        Hostname::parse(without_port)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Hostname {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a new platform is made of, once every field has parsed.
#[derive(Debug, Clone)]
pub struct NewPlatform {
    pub name: PlatformName,
    pub kind: PlatformKind,
    pub domain: Hostname,
    pub default_language: Language,
    pub country: Country,
    pub time_zone: TimeZone,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hostnames_are_canonical() {
        assert_eq!(Hostname::parse("Care.Example.ORG.").map(|h| h.0), Ok("care.example.org".into()));
        assert_eq!(Hostname::from_host_header("CARE.localhost:8080").map(|h| h.0), Ok("care.localhost".into()));
        for bad in ["", "localhost", "-a.org", "a-.org", "a..org", "a_b.org", "127.0.0.1", "é.org", "a.org:x"] {
            assert!(Hostname::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn names_and_kinds() {
        assert_eq!(PlatformName::parse("  Demo Care ").map(|n| n.0), Ok("Demo Care".into()));
        assert_eq!(PlatformName::parse("   "), Err(PlatformError::NameEmpty));
        assert_eq!(PlatformName::parse(&"x".repeat(101)), Err(PlatformError::NameTooLong));
        assert_eq!(PlatformKind::parse("Content"), Ok(PlatformKind::Content));
        assert!(PlatformKind::parse("cms").is_err());
    }

    proptest! {
        #[test]
        fn parsed_hostnames_reparse_to_themselves(s in "[a-zA-Z0-9.-]{1,40}") {
            if let Ok(h) = Hostname::parse(&s) {
                prop_assert_eq!(Hostname::parse(h.as_str()), Ok(h.clone()));
                prop_assert_eq!(h.as_str().to_ascii_lowercase(), h.as_str());
            }
        }

        #[test]
        fn host_header_parsing_never_panics(s in ".*") {
            let _ = Hostname::from_host_header(&s);
        }
    }
}
