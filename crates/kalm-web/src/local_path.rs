//! A place to send the visitor back to that can only be on this site.
//!
//! The language switcher (and any later "back to where you were" link)
//! takes its target from the query string, so an attacker can choose it.
//! Browsers are lenient about `Location`: they strip tabs and newlines,
//! read `\` as `/`, and treat `//host` as another site. Rather than list
//! what is forbidden at each use, a value becomes a `LocalPath` once, here,
//! and only when it is plainly a path on this host: printable ASCII, a
//! single leading `/`, no backslash, no control character, and none of
//! those hidden behind percent-encoding either. Everything else is refused
//! and the caller picks its own safe default.

use std::fmt;

/// A path (with optional query and fragment) on this site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalPath(String);

/// Why a value is not a local path. One kind is enough for callers (they
/// fall back to a default); the variants say why in tests and logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LocalPathError {
    #[error("not a path on this site: it must start with a single /")]
    NotRooted,
    #[error("contains a character outside printable ASCII, or a backslash")]
    Character,
    #[error("percent-encodes a control character, a backslash or a second leading slash")]
    Encoded,
}

impl LocalPathError {
    /// Stable code for logs.
    pub fn code(self) -> &'static str {
        match self {
            LocalPathError::NotRooted => "path_not_rooted",
            LocalPathError::Character => "path_character",
            LocalPathError::Encoded => "path_encoded",
        }
    }
}

/// Characters a browser could read as a separator or drop silently.
fn forbidden(byte: u8) -> bool {
    !(0x21..0x7f).contains(&byte) || byte == b'\\'
}

fn rooted(bytes: &[u8]) -> bool {
    bytes.first() == Some(&b'/') && !matches!(bytes.get(1), Some(b'/' | b'\\'))
}

/// The bytes with `%XX` escapes undone once; malformed escapes stay as they are.
fn percent_decoded(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(Some(high)), Some(Some(low))) =
                (bytes.get(i + 1).map(|b| hex(*b)), bytes.get(i + 2).map(|b| hex(*b)))
            && let Ok(byte) = u8::try_from(high * 16 + low)
        {
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

impl LocalPath {
    pub fn parse(value: &str) -> Result<LocalPath, LocalPathError> {
        let bytes = value.as_bytes();
        if bytes.iter().any(|b| forbidden(*b)) {
            return Err(LocalPathError::Character);
        }
        if !rooted(bytes) {
            return Err(LocalPathError::NotRooted);
        }
        // A browser does not decode these before resolving, but a proxy or
        // a later redirect might: refuse what would be dangerous decoded.
        let decoded = percent_decoded(value);
        if decoded.iter().any(|b| *b < 0x20 || *b == 0x7f || *b == b'\\') || !rooted(&decoded) {
            return Err(LocalPathError::Encoded);
        }
        Ok(LocalPath(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LocalPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_ordinary_paths() {
        for ok in ["/", "/login", "/accounts/12?page=2", "/a/b#top", "/%C3%A9t%C3%A9", "/a%2Fb", "/reset?x=%25"] {
            assert_eq!(LocalPath::parse(ok).map(|p| p.to_string()), Ok(ok.to_owned()), "{ok}");
        }
    }

    #[test]
    fn refuses_what_a_browser_could_send_elsewhere() {
        let cases = [
            ("", LocalPathError::NotRooted),
            ("login", LocalPathError::NotRooted),
            ("https://evil.example/", LocalPathError::NotRooted),
            ("//evil.example/", LocalPathError::NotRooted),
            ("/\\evil.example/", LocalPathError::Character),
            ("\\\\evil.example", LocalPathError::Character),
            // What `?back=/%09/evil.example/x` arrives as: a tab browsers strip.
            ("/\t/evil.example/x", LocalPathError::Character),
            ("/\n", LocalPathError::Character),
            ("/\r", LocalPathError::Character),
            ("/\0", LocalPathError::Character),
            ("/\u{7f}", LocalPathError::Character),
            ("/ /evil.example", LocalPathError::Character),
            ("/é", LocalPathError::Character),
            ("/%09/evil.example", LocalPathError::Encoded),
            ("/%0a", LocalPathError::Encoded),
            ("/%0D", LocalPathError::Encoded),
            ("/%00", LocalPathError::Encoded),
            ("/%7f", LocalPathError::Encoded),
            ("/%5c/evil.example", LocalPathError::Encoded),
            ("/%2F/evil.example", LocalPathError::Encoded),
            ("/%5C", LocalPathError::Encoded),
        ];
        for (value, why) in cases {
            assert_eq!(LocalPath::parse(value), Err(why), "{value:?}");
        }
    }

    /// Where a browser goes when it follows `Location: location` from a
    /// page on `care.example`, using the WHATWG URL parser browsers share.
    fn followed(location: &str) -> Option<url::Url> {
        url::Url::parse("https://care.example/language").ok()?.join(location).ok()
    }

    proptest! {
        #[test]
        fn an_accepted_path_never_leaves_the_host(value in "[/\\\\%a-zA-Z0-9.:@?#\t\n\r \\x00\\x7f-]{0,24}") {
            if let Ok(path) = LocalPath::parse(&value) {
                // It is a valid header value, so the redirect cannot fail…
                prop_assert!(axum::http::HeaderValue::from_str(path.as_str()).is_ok());
                // …and a browser following it stays on this site.
                let target = followed(path.as_str());
                prop_assert!(target.as_ref().is_some_and(|u| u.host_str() == Some("care.example") && u.scheme() == "https" && u.port().is_none() && u.username().is_empty()), "{value:?} -> {target:?}");
            }
        }

        #[test]
        fn a_slash_then_anything_printable_stays_local(rest in "[!-~]{0,24}") {
            let value = format!("/{rest}");
            if let Ok(path) = LocalPath::parse(&value) {
                let target = followed(path.as_str());
                prop_assert!(target.is_some_and(|u| u.host_str() == Some("care.example")), "{value:?}");
            }
        }
    }
}
