//! Automatic deactivation of inactive accounts: the rule as pure functions.
//!
//! An account's activity is its last login or authenticated request, or its
//! creation when it never logged in. Each account type (professional,
//! client) has its own number of days, or none (off); friends are never
//! deactivated by this rule. A warning goes out `warning_days` before, once
//! per stretch of inactivity, and never on the day of the last activity.
//! `verdict` is the rule for one account. The sweep works on thousands at
//! once, so its queries select by `thresholds` (and by the stored warning
//! time) exactly the accounts `verdict` acts on: a property test here ties
//! the two together, and an integration test runs the sweep on a random
//! population and compares each account with `verdict`. The preview's chart
//! groups accounts by days since activity with `BUCKETS`.

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

/// The warning days that apply to a period of `days`: fewer than the
/// period, so an account active today is never warned. Saving refuses a
/// longer warning (`configurations::warning_risk`); this covers values
/// stored before that check.
pub fn warning_days(rule: &InactivityDeactivation, days: u16) -> i64 {
    i64::from(rule.warning_days).min(i64::from(days) - 1).max(0)
}

pub fn verdict(rule: &InactivityDeactivation, account: &Activity, now: DateTime<Utc>) -> Verdict {
    let Some(days) = days_for(rule, account.account_type) else { return Verdict::Keep };
    let deactivate_at = account.last_active + Duration::days(i64::from(days));
    if now >= deactivate_at {
        return Verdict::Deactivate;
    }
    let warn_at = deactivate_at - Duration::days(warning_days(rule, days));
    // One warning per stretch: a warning from before the last activity
    // belongs to an earlier stretch.
    let warned = account.warned_at.is_some_and(|w| w >= account.last_active);
    if warning_days(rule, days) > 0 && now >= warn_at && !warned {
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
    let period = days_for(rule, account_type)?;
    let days = i64::from(period);
    let deactivate_before = now - Duration::days(days) + Duration::microseconds(1);
    let warning = warning_days(rule, period);
    let warn_before = if warning == 0 {
        // No warnings: an empty range.
        deactivate_before
    } else {
        now - Duration::days(days) + Duration::days(warning) + Duration::microseconds(1)
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

        /// Whatever the other type's setting, a type that is off is left alone.
        #[test]
        fn never_acts_on_a_type_that_is_off(
            r in any_rule(), since in 0i64..10_000, warned in proptest::option::of(0i64..10_000), t in account_type()
        ) {
            prop_assume!(days_for(&r, t).is_none());
            let account = Activity { account_type: t, last_active: at(0), warned_at: warned.map(at) };
            prop_assert_eq!(verdict(&r, &account, at(since)), Verdict::Keep);
            prop_assert_eq!(thresholds(&r, t, at(since)), None);
        }

        /// Someone active in the last day is neither warned nor deactivated,
        /// even under a rule whose warning is as long as its period.
        #[test]
        fn never_warns_an_account_active_today(
            r in any_rule(), t in account_type(), since in 0i64..86_400, warned in proptest::option::of(0i64..4000)
        ) {
            let now = at(5000);
            let account = Activity {
                account_type: t,
                last_active: now - Duration::seconds(since),
                warned_at: warned.map(|d| now - Duration::days(d)),
            };
            prop_assert_eq!(verdict(&r, &account, now), Verdict::Keep);
        }

        /// Sweeping a population and sweeping it again at the same moment
        /// changes nothing: warned accounts are not warned twice, and
        /// deactivated accounts have left the sweep.
        #[test]
        fn sweeping_twice_is_sweeping_once(
            r in any_rule(),
            population in proptest::collection::vec(
                (account_type(), 0i64..4000, proptest::option::of(0i64..4000)), 1..40
            ),
        ) {
            let now = at(5000);
            let mut active: Vec<Activity> = population
                .iter()
                .map(|&(t, since, warned)| Activity {
                    account_type: t,
                    last_active: now - Duration::days(since),
                    warned_at: warned.map(|d| now - Duration::days(d)),
                })
                .collect();
            let sweep = |accounts: &mut Vec<Activity>, at: DateTime<Utc>| -> usize {
                let before = accounts.clone();
                accounts.clear();
                let mut acted = 0;
                for account in before {
                    match verdict(&r, &account, at) {
                        Verdict::Keep => accounts.push(account),
                        Verdict::Warn { .. } => {
                            acted += 1;
                            accounts.push(Activity { warned_at: Some(at), ..account });
                        }
                        Verdict::Deactivate => acted += 1,
                    }
                }
                acted
            };
            sweep(&mut active, now);
            let after_first = active.clone();
            prop_assert_eq!(sweep(&mut active, now), 0);
            prop_assert_eq!(&active, &after_first);
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
