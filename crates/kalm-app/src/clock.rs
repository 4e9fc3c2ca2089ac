//! The clock use cases read. Production reads the system clock; tests hold a
//! `ManualClock` and move it, so expiry is tested without sleeping.

use std::sync::Mutex;
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until moved, or, once `run` is called, also
/// moves with the system clock from where it stands: benchmarks need time
/// to pass as in production (ids and timestamps that increase), while
/// still starting from a known date.
#[derive(Debug)]
pub struct ManualClock(Mutex<Hands>);

#[derive(Debug)]
struct Hands {
    at: DateTime<Utc>,
    running_since: Option<Instant>,
}

impl Hands {
    fn now(&self) -> DateTime<Utc> {
        let elapsed = self.running_since.map(|since| since.elapsed()).unwrap_or_default();
        self.at + Duration::from_std(elapsed).unwrap_or_default()
    }
}

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> ManualClock {
        ManualClock(Mutex::new(Hands { at: start, running_since: None }))
    }

    fn hands(&self) -> std::sync::MutexGuard<'_, Hands> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn advance(&self, by: Duration) {
        let mut hands = self.hands();
        hands.at += by;
    }

    pub fn set(&self, to: DateTime<Utc>) {
        let mut hands = self.hands();
        hands.at = to;
        if hands.running_since.is_some() {
            hands.running_since = Some(Instant::now());
        }
    }

    /// From now on the clock also moves as real time passes.
    pub fn run(&self) {
        let mut hands = self.hands();
        if hands.running_since.is_none() {
            hands.running_since = Some(Instant::now());
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.hands().now()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_clock_keeps_what_it_was_set_to_and_moves_on() {
        let start = DateTime::<Utc>::from_timestamp(1_772_700_000, 0).unwrap();
        let clock = ManualClock::new(start);
        assert_eq!(clock.now(), start, "a manual clock stands still");
        clock.run();
        let first = clock.now();
        assert!(first >= start && first - start < Duration::minutes(1));
        clock.advance(Duration::days(2));
        assert!(clock.now() >= first + Duration::days(2), "moving a running clock keeps the time it ran");
        let later = start + Duration::days(30);
        clock.set(later);
        let read = clock.now();
        assert!(read >= later && read - later < Duration::minutes(1), "set restarts from the new time");
        assert!(clock.now() >= read, "a running clock never goes back");
    }
}
