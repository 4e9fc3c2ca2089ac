//! Session lifetimes: a session ends after 60 minutes without a request, and
//! at the latest 12 hours after login, whatever happens in between.
//!
//! The idle clock is refreshed by the app layer at most once a minute, so
//! validity is judged with that slack in mind.

use chrono::{DateTime, Duration, Utc};

pub const IDLE_TIMEOUT: Duration = Duration::minutes(60);
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);
/// How stale `last_seen_at` may get before a request writes it again.
pub const TOUCH_INTERVAL: Duration = Duration::minutes(1);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionValidity {
    Valid { needs_touch: bool },
    IdleExpired,
    AbsoluteExpired,
}

pub fn validity(created_at: DateTime<Utc>, last_seen_at: DateTime<Utc>, now: DateTime<Utc>) -> SessionValidity {
    if now - created_at >= ABSOLUTE_TIMEOUT {
        SessionValidity::AbsoluteExpired
    } else if now - last_seen_at >= IDLE_TIMEOUT {
        SessionValidity::IdleExpired
    } else {
        SessionValidity::Valid { needs_touch: now - last_seen_at >= TOUCH_INTERVAL }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes() {
        let t0 = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        assert_eq!(validity(t0, t0, t0), SessionValidity::Valid { needs_touch: false });
        assert_eq!(validity(t0, t0, t0 + Duration::seconds(61)), SessionValidity::Valid { needs_touch: true });
        assert_eq!(validity(t0, t0, t0 + Duration::minutes(59)), SessionValidity::Valid { needs_touch: true });
        assert_eq!(validity(t0, t0, t0 + Duration::minutes(60)), SessionValidity::IdleExpired);
        let busy = t0 + Duration::hours(12) - Duration::seconds(1);
        assert!(matches!(validity(t0, busy, busy), SessionValidity::Valid { .. }));
        assert_eq!(validity(t0, busy, t0 + Duration::hours(12)), SessionValidity::AbsoluteExpired);
    }
}
