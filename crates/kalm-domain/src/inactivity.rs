//! Automatic deactivation of inactive accounts: the rule as pure functions.
//!
//! An account's activity is its last login or authenticated request, or its
//! creation when it never logged in. Each account type (professional,
//! client) has its own number of days, or none (off); friends are never
//! deactivated by this rule. A warning goes out `warning_days` before, once
//! per stretch of inactivity. The sweep in the app layer asks `verdict` for
//! each account; the queries use `thresholds` so the database only returns
//! accounts the verdict will act on. The preview's chart groups accounts by
//! days since activity with `BUCKETS`.

use chrono::{DateTime, Duration, Utc};

use crate::accounts::AccountType;
use crate::configurations::InactivityDeactivation;

/// The days after which an account of this type is deactivated; `None`:
/// never (off, or a friend).
pub fn days_for(rule: &InactivityDeactivation, account_type: AccountType) -> Option<u16> {
    match account_type {
        AccountType::Professional => rule.professionals,
        AccountType::Client => rule.clients,
        AccountType::Friend => None,
    }
}

/// What the sweep does with one account now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Active enough, or already warned for this stretch of inactivity.
    Keep,
    /// Send the warning: it will be deactivated at `deactivate_at`.
    Warn {
        deactivate_at: DateTime<Utc>,
    },
    Deactivate,
}

/// The facts about one account that the rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Activity {
    pub account_type: AccountType,
    /// Last login or authenticated request, else creation.
    pub last_active: DateTime<Utc>,
    /// When the last warning went out, if ever.
    pub warned_at: Option<DateTime<Utc>>,
}

pub fn verdict(rule: &InactivityDeactivation, account: &Activity, now: DateTime<Utc>) -> Verdict {
    let Some(days) = days_for(rule, account.account_type) else { return Verdict::Keep };
    let deactivate_at = account.last_active + Duration::days(i64::from(days));
    if now >= deactivate_at {
        return Verdict::Deactivate;
    }
    let warn_at = deactivate_at - Duration::days(i64::from(rule.warning_days));
    // One warning per stretch: a warning from before the last activity
    // belongs to an earlier stretch.
    let warned = account.warned_at.is_some_and(|w| w >= account.last_active);
    if rule.warning_days > 0 && now >= warn_at && !warned {
        return Verdict::Warn { deactivate_at };
    }
    Verdict::Keep
}

/// The activity limits behind `verdict`, for queries: accounts active
/// before `deactivate_before` are deactivated, those active before
/// `warn_before` (and not warned) are warned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    pub deactivate_before: DateTime<Utc>,
    pub warn_before: DateTime<Utc>,
}

pub fn thresholds(rule: &InactivityDeactivation, account_type: AccountType, now: DateTime<Utc>) -> Option<Thresholds> {
    let days = i64::from(days_for(rule, account_type)?);
    let deactivate_before = now - Duration::days(days) + Duration::microseconds(1);
    let warn_before = if rule.warning_days == 0 {
        // No warnings: an empty range.
        deactivate_before
    } else {
        now - Duration::days(days) + Duration::days(i64::from(rule.warning_days)) + Duration::microseconds(1)
    };
    Some(Thresholds { deactivate_before, warn_before })
}

/// Days-since-activity buckets of the preview chart: `[from, to)` in days,
/// the last one open-ended.
pub const BUCKETS: [(i64, Option<i64>); 8] = [
    (0, Some(30)),
    (30, Some(90)),
    (90, Some(180)),
    (180, Some(365)),
    (365, Some(730)),
    (730, Some(1095)),
    (1095, Some(1825)),
    (1825, None),
];

/// Share of a type's active accounts that a change may deactivate at once
/// without an explicit confirmation, in percent.
pub const CONFIRM_ABOVE_PERCENT: i64 = 10;

/// Whether deactivating `now` of `active` accounts needs the person saving
/// the setting to confirm it explicitly (more than 10 %).
pub fn needs_confirmation(now: i64, active: i64) -> bool {
    active > 0 && now * 100 > active * CONFIRM_ABOVE_PERCENT
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn at(day: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap() + Duration::days(day)
    }

    fn rule(professionals: Option<u16>, clients: Option<u16>, warning_days: u8) -> InactivityDeactivation {
        InactivityDeactivation { professionals, clients, warning_days }
    }

    #[test]
    fn day_zero_warning_day_and_deactivation_day() {
        let r = rule(Some(365), Some(30), 14);
        let client = Activity { account_type: AccountType::Client, last_active: at(0), warned_at: None };
        assert_eq!(verdict(&r, &client, at(0)), Verdict::Keep);
        assert_eq!(verdict(&r, &client, at(15) - Duration::seconds(1)), Verdict::Keep, "just before the warning");
        assert_eq!(verdict(&r, &client, at(16)), Verdict::Warn { deactivate_at: at(30) });
        let warned = Activity { warned_at: Some(at(16)), ..client };
        assert_eq!(verdict(&r, &warned, at(20)), Verdict::Keep, "warned once");
        assert_eq!(verdict(&r, &warned, at(30) - Duration::seconds(1)), Verdict::Keep);
        assert_eq!(verdict(&r, &warned, at(30)), Verdict::Deactivate);
        // Active again: a new stretch, a new warning when it comes.
        let back = Activity { last_active: at(25), ..warned };
        assert_eq!(verdict(&r, &back, at(30)), Verdict::Keep);
        assert_eq!(verdict(&r, &back, at(41)), Verdict::Warn { deactivate_at: at(55) });
        let friend = Activity { account_type: AccountType::Friend, ..client };
        assert_eq!(verdict(&r, &friend, at(5000)), Verdict::Keep, "friends never");
        let no_warnings = rule(Some(365), Some(30), 0);
        assert_eq!(verdict(&no_warnings, &client, at(29)), Verdict::Keep);
    }

    #[test]
    fn thresholds_agree_with_the_verdict() {
        let r = rule(Some(100), None, 10);
        let t = thresholds(&r, AccountType::Professional, at(200)).unwrap();
        assert_eq!(t.deactivate_before, at(100) + Duration::microseconds(1));
        assert_eq!(t.warn_before, at(110) + Duration::microseconds(1));
        assert_eq!(thresholds(&r, AccountType::Client, at(200)), None);
        assert_eq!(thresholds(&r, AccountType::Friend, at(200)), None);
    }

    #[test]
    fn confirmation_above_ten_percent() {
        assert!(!needs_confirmation(10, 100));
        assert!(needs_confirmation(11, 100));
        assert!(!needs_confirmation(0, 0));
        assert!(needs_confirmation(1, 1));
    }

    fn account_type() -> impl Strategy<Value = AccountType> {
        prop_oneof![Just(AccountType::Professional), Just(AccountType::Client), Just(AccountType::Friend)]
    }

    fn any_rule() -> impl Strategy<Value = InactivityDeactivation> {
        (proptest::option::of(1u16..=3650), proptest::option::of(1u16..=3650), 0u8..=60)
            .prop_map(|(p, c, w)| rule(p, c, w))
    }

    proptest! {
        #[test]
        fn never_deactivates_an_account_active_within_its_period(
            r in any_rule(), t in account_type(), since in 0i64..4000 * 86_400, warned in proptest::option::of(0i64..100)
        ) {
            let now = at(5000);
            let account = Activity {
                account_type: t,
                last_active: now - Duration::seconds(since),
                warned_at: warned.map(|d| now - Duration::days(d)),
            };
            if let Verdict::Deactivate = verdict(&r, &account, now) {
                let days = days_for(&r, t);
                prop_assert!(days.is_some(), "off never deactivates");
                prop_assert!(since >= i64::from(days.unwrap_or_default()) * 86_400);
            }
        }

        #[test]
        fn never_acts_on_a_type_that_is_off(since in 0i64..10_000, t in account_type()) {
            let account = Activity { account_type: t, last_active: at(0), warned_at: None };
            prop_assert_eq!(verdict(&rule(None, None, 14), &account, at(since)), Verdict::Keep);
        }

        /// Applying a sweep's verdicts and sweeping again at the same moment
        /// changes nothing: warned accounts are not warned twice, and
        /// deactivated accounts are no longer swept.
        #[test]
        fn sweeping_twice_is_sweeping_once(r in any_rule(), t in account_type(), since in 0i64..4000, w in proptest::option::of(0i64..4000)) {
            let now = at(5000);
            let account = Activity {
                account_type: t,
                last_active: now - Duration::days(since),
                warned_at: w.map(|d| now - Duration::days(d)),
            };
            match verdict(&r, &account, now) {
                Verdict::Keep | Verdict::Deactivate => {}
                Verdict::Warn { .. } => {
                    let after = Activity { warned_at: Some(now), ..account };
                    prop_assert_eq!(verdict(&r, &after, now), Verdict::Keep);
                }
            }
        }

        #[test]
        fn thresholds_select_exactly_the_accounts_the_verdict_acts_on(
            r in any_rule(), t in account_type(), since_micros in 0i64..400 * 86_400_000_000
        ) {
            let now = at(5000);
            let last_active = now - Duration::microseconds(since_micros);
            let account = Activity { account_type: t, last_active, warned_at: None };
            let v = verdict(&r, &account, now);
            match thresholds(&r, t, now) {
                None => prop_assert_eq!(v, Verdict::Keep),
                Some(th) => {
                    prop_assert_eq!(v == Verdict::Deactivate, last_active < th.deactivate_before);
                    let warn = matches!(v, Verdict::Warn { .. });
                    prop_assert_eq!(warn, last_active >= th.deactivate_before && last_active < th.warn_before);
                }
            }
        }
    }
}
