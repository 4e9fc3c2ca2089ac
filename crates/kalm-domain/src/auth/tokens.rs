//! Operator API tokens: how long one lives, and how often its use is logged.
//!
//! A token is a standing key to every platform, so it must not live for
//! ever: it gets a lifetime when it is made (90 days unless the operator
//! asks otherwise, at most a year), and a new one must be made to go on.
//! Every use is not logged (a script may call the API thousands of times an
//! hour); the first use in each hour is.

use chrono::Duration;

/// How long a new token works unless told otherwise.
pub const DEFAULT_TOKEN_LIFETIME: Duration = Duration::days(90);
/// The longest a token may work.
pub const MAX_TOKEN_LIFETIME: Duration = Duration::days(365);
/// A token's use is audited at most once per this interval.
pub const TOKEN_USE_AUDIT_INTERVAL: Duration = Duration::hours(1);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenLifetime(Duration);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenLifetimeError {
    #[error("{0:?} is not a lifetime: give a number of days (90 or 90d) or hours (12h)")]
    Unreadable(String),
    #[error("a token lives at least one hour and at most 365 days")]
    OutOfRange,
}

impl TokenLifetime {
    /// `90`, `90d`, `12h`: days unless marked as hours.
    pub fn parse(text: &str) -> Result<TokenLifetime, TokenLifetimeError> {
        let text = text.trim();
        let unreadable = || TokenLifetimeError::Unreadable(text.to_owned());
        let (number, hours) = match text.strip_suffix(['h', 'H']) {
            Some(n) => (n, true),
            None => (text.strip_suffix(['d', 'D']).unwrap_or(text), false),
        };
        let n: i64 = number.trim().parse().map_err(|_| unreadable())?;
        if n <= 0 || n > 365 * 24 {
            return Err(TokenLifetimeError::OutOfRange);
        }
        let lifetime = if hours { Duration::hours(n) } else { Duration::days(n) };
        if lifetime > MAX_TOKEN_LIFETIME {
            return Err(TokenLifetimeError::OutOfRange);
        }
        Ok(TokenLifetime(lifetime))
    }

    pub fn duration(self) -> Duration {
        self.0
    }
}

impl Default for TokenLifetime {
    fn default() -> TokenLifetime {
        TokenLifetime(DEFAULT_TOKEN_LIFETIME)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lifetimes() {
        assert_eq!(TokenLifetime::parse("90").unwrap().duration(), Duration::days(90));
        assert_eq!(TokenLifetime::parse(" 30d ").unwrap().duration(), Duration::days(30));
        assert_eq!(TokenLifetime::parse("12h").unwrap().duration(), Duration::hours(12));
        assert_eq!(TokenLifetime::parse("365d").unwrap().duration(), MAX_TOKEN_LIFETIME);
        assert_eq!(TokenLifetime::default().duration(), DEFAULT_TOKEN_LIFETIME);
        assert_eq!(TokenLifetime::parse("366d"), Err(TokenLifetimeError::OutOfRange));
        assert_eq!(TokenLifetime::parse("0"), Err(TokenLifetimeError::OutOfRange));
        assert_eq!(TokenLifetime::parse("-3"), Err(TokenLifetimeError::OutOfRange));
        assert!(matches!(TokenLifetime::parse("forever"), Err(TokenLifetimeError::Unreadable(_))));
        assert!(matches!(TokenLifetime::parse("3w"), Err(TokenLifetimeError::Unreadable(_))));
    }

    proptest! {
        #[test]
        fn every_accepted_lifetime_is_within_bounds(text in "\\PC{0,8}") {
            if let Ok(lifetime) = TokenLifetime::parse(&text) {
                prop_assert!(lifetime.duration() >= Duration::hours(1));
                prop_assert!(lifetime.duration() <= MAX_TOKEN_LIFETIME);
            }
        }
    }
}
