//! Login throttling: exponential back-off after repeated failures.
//!
//! Two counters guard each attempt: one for the e-mail address typed (on that
//! platform, whether or not an account has it, so throttling reveals nothing)
//! and one for the source address. The first few failures cost nothing; after
//! that each failure doubles the wait, capped, and never locks permanently: a
//! stranger can slow a login down but not shut the owner out for good.
//!
//! ```text
//!   failures < free ──fail──▶ failures+1 (no wait)
//!   failures ≥ free ──fail──▶ failures+1, blocked for base·2^(failures−free), ≤ cap
//!   any ──success──▶ reset
//! ```
//!
//! An attempt is **reserved before it is checked**: the reservation counts
//! it as a failure up front, in the same locked update that refuses a
//! blocked key, and a right answer afterwards gives the reservation back
//! (or resets the count). Checking first and counting after would let
//! twenty guesses sent at the same moment all pass the check before the
//! first failure is written; reserving first means at most `free_failures`
//! of them are ever evaluated, however many arrive at once.

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottlePolicy {
    /// Consecutive failures allowed before any wait.
    pub free_failures: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
}

/// Per e-mail address: five tries, then 15 s, 30 s, 60 s, … up to 15 minutes.
pub const PER_ADDRESS: ThrottlePolicy =
    ThrottlePolicy { free_failures: 5, base_delay: Duration::seconds(15), max_delay: Duration::minutes(15) };

/// Per source address on one platform (or on the console): much more room,
/// and a shorter cap, because many people may share one address (an office,
/// a clinic or a mobile carrier behind one NAT), and one person guessing
/// there must not lock everyone else out for long. The per-address limit
/// above is what protects an account; this one only slows a single source
/// spraying guesses over many addresses. See docs/adr/0005.
pub const PER_SOURCE: ThrottlePolicy =
    ThrottlePolicy { free_failures: 100, base_delay: Duration::seconds(5), max_delay: Duration::minutes(5) };

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ThrottleState {
    pub consecutive_failures: u32,
    pub blocked_until: Option<DateTime<Utc>>,
    pub last_failure_at: Option<DateTime<Utc>>,
}

/// Failures this old are forgotten, so a counter never grows for ever from
/// occasional typos, and a shared source address recovers by itself.
pub const FORGET_AFTER: Duration = Duration::hours(1);

impl ThrottlePolicy {
    /// `Some(until)` when an attempt must not even be checked now.
    pub fn blocked(&self, state: &ThrottleState, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        state.blocked_until.filter(|until| *until > now)
    }

    /// Reserves one attempt: `Err(until)` when the key is blocked, else the
    /// state to store, which already counts this attempt as a failure.
    pub fn reserve(&self, state: &ThrottleState, now: DateTime<Utc>) -> Result<ThrottleState, DateTime<Utc>> {
        match self.blocked(state, now) {
            Some(until) => Err(until),
            None => Ok(self.after_failure(state, now)),
        }
    }

    /// Gives a reserved attempt back after it turned out right (a right
    /// password that still needs its second step, or a source whose login
    /// succeeded): one failure less, and no wait once the count is below
    /// the free failures again. Concurrent reservations keep theirs.
    pub fn refund(&self, state: &ThrottleState) -> ThrottleState {
        let failures = state.consecutive_failures.saturating_sub(1);
        let blocked_until = if failures < self.free_failures { None } else { state.blocked_until };
        ThrottleState { consecutive_failures: failures, blocked_until, last_failure_at: state.last_failure_at }
    }

    pub fn after_failure(&self, state: &ThrottleState, now: DateTime<Utc>) -> ThrottleState {
        let forgotten = state.last_failure_at.is_none_or(|at| now - at >= FORGET_AFTER);
        let previous = if forgotten { 0 } else { state.consecutive_failures };
        let failures = previous.saturating_add(1);
        let blocked_until = if failures >= self.free_failures {
            let doublings = (failures - self.free_failures).min(20);
            let delay = self.base_delay.checked_mul(1 << doublings).unwrap_or(self.max_delay).min(self.max_delay);
            Some(now + delay)
        } else {
            None
        };
        ThrottleState { consecutive_failures: failures, blocked_until, last_failure_at: Some(now) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_grows_and_is_capped() {
        let now = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        let mut state = ThrottleState::default();
        for _ in 0..4 {
            state = PER_ADDRESS.after_failure(&state, now);
            assert_eq!(PER_ADDRESS.blocked(&state, now), None);
        }
        state = PER_ADDRESS.after_failure(&state, now);
        assert_eq!(PER_ADDRESS.blocked(&state, now), Some(now + Duration::seconds(15)));
        assert_eq!(PER_ADDRESS.blocked(&state, now + Duration::seconds(15)), None);
        state = PER_ADDRESS.after_failure(&state, now);
        assert_eq!(state.blocked_until, Some(now + Duration::seconds(30)));
        for _ in 0..100 {
            state = PER_ADDRESS.after_failure(&state, now);
        }
        assert_eq!(state.blocked_until, Some(now + Duration::minutes(15)), "never longer than the cap");
    }

    #[test]
    fn reservations_admit_only_the_free_failures_at_once() {
        let now = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        let mut state = ThrottleState::default();
        let mut admitted = 0;
        for _ in 0..20 {
            if let Ok(next) = PER_ADDRESS.reserve(&state, now) {
                state = next;
                admitted += 1;
            }
        }
        assert_eq!(admitted, PER_ADDRESS.free_failures, "twenty at once: only the free ones are checked");
        assert_eq!(PER_ADDRESS.reserve(&state, now), Err(now + Duration::seconds(15)));
    }

    #[test]
    fn a_refund_gives_one_reservation_back() {
        let now = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        let mut state = ThrottleState::default();
        for _ in 0..5 {
            state = PER_ADDRESS.reserve(&state, now).unwrap();
        }
        assert!(PER_ADDRESS.blocked(&state, now).is_some(), "the fifth reservation blocks the next");
        let refunded = PER_ADDRESS.refund(&state);
        assert_eq!(refunded.consecutive_failures, 4);
        assert_eq!(PER_ADDRESS.blocked(&refunded, now), None, "a right answer lifts the wait it caused");
        let mut many = state;
        for _ in 0..3 {
            many = PER_ADDRESS.after_failure(&many, now);
        }
        assert!(PER_ADDRESS.blocked(&PER_ADDRESS.refund(&many), now).is_some(), "others' failures still count");
        assert_eq!(PER_ADDRESS.refund(&ThrottleState::default()).consecutive_failures, 0);
    }

    #[test]
    fn old_failures_are_forgotten() {
        let now = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        let mut state = ThrottleState::default();
        for _ in 0..10 {
            state = PER_ADDRESS.after_failure(&state, now);
        }
        let later = now + FORGET_AFTER;
        let next = PER_ADDRESS.after_failure(&state, later);
        assert_eq!(next.consecutive_failures, 1);
        assert_eq!(PER_ADDRESS.blocked(&next, later), None);
    }
}
