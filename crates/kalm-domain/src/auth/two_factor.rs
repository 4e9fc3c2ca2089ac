//! Two-factor authentication rules: authenticator-app codes (TOTP, RFC 6238)
//! and recovery codes, and the login rules around them: when a code is
//! asked, how long a device is remembered, how long a waiver lasts.
//!
//! TOTP as the common authenticator apps expect it: HMAC-SHA-1, 6 digits,
//! 30-second steps, a 160-bit secret shown as base32. A code is accepted
//! for the current step and one step either side (clock drift), and only
//! for a step later than the last one accepted, so a code works once.
//! Randomness comes in as bytes; storing (sealed secrets, hashed recovery
//! codes) is the other layers' business.

use chrono::{DateTime, Duration, Months, Utc};
use hmac::{Hmac, Mac};
use sha1::Sha1;

use crate::accounts::AccountType;
use crate::configurations::{RememberDevice, TwoFactorPolicy, TwoFactorRule};

pub const STEP_SECONDS: i64 = 30;
pub const DIGITS: u32 = 6;
/// Steps accepted either side of now.
pub const DRIFT_STEPS: i64 = 1;
/// How many recovery codes a person gets.
pub const RECOVERY_CODES: usize = 6;

/// A 160-bit TOTP secret.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret([u8; 20]);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(***)")
    }
}

impl TotpSecret {
    pub fn from_bytes(bytes: [u8; 20]) -> TotpSecret {
        TotpSecret(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 20] {
        &self.0
    }

    /// The key to type into an app by hand: base32 in groups of four.
    pub fn manual_key(&self) -> String {
        let plain = base32(&self.0);
        plain.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
    }

    /// Reads a key as `manual_key` shows it (spaces and case do not matter).
    pub fn from_manual_key(text: &str) -> Option<TotpSecret> {
        let bytes = base32_decode(text)?;
        <[u8; 20]>::try_from(bytes.as_slice()).ok().map(TotpSecret)
    }

    /// The `otpauth://` URI that QR codes carry.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        let enc = |s: &str| {
            s.bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => char::from(b).to_string(),
                    _ => format!("%{b:02X}"),
                })
                .collect::<String>()
        };
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            enc(issuer),
            enc(account),
            base32(&self.0),
            enc(issuer)
        )
    }
}

/// RFC 4648 base32 without padding.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// RFC 4648 base32 decoding; spaces ignored, case-insensitive.
pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let value = match c.to_ascii_uppercase() {
            c @ 'A'..='Z' => c as u32 - 'A' as u32,
            c @ '2'..='7' => c as u32 - '2' as u32 + 26,
            _ => return None,
        };
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

/// The time step an instant falls in.
pub fn step_at(now: DateTime<Utc>) -> i64 {
    now.timestamp().div_euclid(STEP_SECONDS)
}

/// The code for one step (RFC 4226 dynamic truncation, 6 digits).
pub fn code_at(secret: &TotpSecret, step: i64) -> u32 {
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret.as_bytes()) else { return u32::MAX };
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let binary = (u32::from(digest[offset]) & 0x7f) << 24
        | u32::from(digest[offset + 1]) << 16
        | u32::from(digest[offset + 2]) << 8
        | u32::from(digest[offset + 3]);
    binary % 10u32.pow(DIGITS)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotpCheck {
    /// Right code for this step, which becomes the last accepted one.
    Accepted {
        step: i64,
    },
    /// The code was right but has been used already.
    Replayed,
    Rejected,
}

/// Checks a typed code. Spaces are ignored; anything else than 6 digits is
/// rejected without comparing.
pub fn verify(secret: &TotpSecret, typed: &str, now: DateTime<Utc>, last_accepted_step: Option<i64>) -> TotpCheck {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != DIGITS as usize || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return TotpCheck::Rejected;
    }
    let Ok(typed) = digits.parse::<u32>() else { return TotpCheck::Rejected };
    let current = step_at(now);
    let mut result = TotpCheck::Rejected;
    // Every candidate step is computed, so the time taken says nothing.
    for step in current - DRIFT_STEPS..=current + DRIFT_STEPS {
        let matches = code_at(secret, step) == typed;
        if matches && result == TotpCheck::Rejected {
            result = if last_accepted_step.is_some_and(|last| step <= last) {
                TotpCheck::Replayed
            } else {
                TotpCheck::Accepted { step }
            };
        }
    }
    result
}

/// A recovery code from 10 random bytes (80 bits): base32 in four groups,
/// e.g. `K7QX-2MPA-RZ4C-9HFD`, easy to copy and to type.
pub fn recovery_code(bytes: [u8; 10]) -> String {
    let plain = base32(&bytes);
    plain.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// The form recovery codes are compared in: upper case, without dashes and
/// spaces, and with the letters people confuse with digits mapped back.
pub fn normalize_recovery_code(typed: &str) -> Option<String> {
    let cleaned: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            '0' => 'O',
            '1' => 'I',
            '8' => 'B',
            other => other,
        })
        .collect();
    (cleaned.len() == 16 && cleaned.bytes().all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)))
        .then_some(cleaned)
}

/// How a person proves the second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// An authenticator app (TOTP): recommended.
    App,
    /// A code sent by text message.
    Sms,
}

impl Method {
    pub fn code(self) -> &'static str {
        match self {
            Method::App => "app",
            Method::Sms => "sms",
        }
    }

    pub fn parse(code: &str) -> Option<Method> {
        match code {
            "app" => Some(Method::App),
            "sms" => Some(Method::Sms),
            _ => None,
        }
    }
}

/// How long a text-message code works.
pub const SMS_CODE_LIFETIME: Duration = Duration::minutes(10);
/// Text messages per account in any hour: each costs money and can be
/// used to pester someone, so resending is limited.
pub const SMS_SENDS_PER_HOUR: i64 = 5;
/// How long a login that passed the password may wait for its second step.
pub const PENDING_LOGIN_LIFETIME: Duration = Duration::minutes(10);

/// A 6-digit text-message code from 8 random bytes (the modulo bias is
/// below one in ten trillion).
pub fn sms_code(bytes: [u8; 8]) -> String {
    format!("{:06}", u64::from_be_bytes(bytes) % 1_000_000)
}

/// The rule that applies to one kind of account.
pub fn rule_for(policy: &TwoFactorPolicy, account_type: AccountType) -> TwoFactorRule {
    match account_type {
        AccountType::Professional => policy.professionals,
        AccountType::Client => policy.clients,
        AccountType::Friend => policy.friends,
    }
}

/// Whether the person may set two-factor up (or again) from their account
/// page: not when it is off for them.
pub fn setup_offered(rule: TwoFactorRule) -> bool {
    rule != TwoFactorRule::Off
}

/// What a login needs after the right password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterPassword {
    /// Signed in.
    Done,
    /// A code from the app or a text message, or a recovery code.
    Code,
    /// Two-factor is required and not set up yet: set it up first.
    SetUp,
}

/// What a person's login is at, after the password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginFacts {
    pub rule: TwoFactorRule,
    /// Two-factor is set up and confirmed.
    pub set_up: bool,
    /// A waiver is in effect now.
    pub waived: bool,
    /// This browser carries a valid remembered-device token.
    pub device_remembered: bool,
}

/// The second-step rule: off means never asked (a set-up is kept for later);
/// a waiver (under "required") or a remembered device skips the code;
/// required without a set-up sends the person to set it up before anything
/// else.
pub fn after_password(facts: LoginFacts) -> AfterPassword {
    match facts.rule {
        TwoFactorRule::Off => AfterPassword::Done,
        // A waiver stands in for a required set-up only: under "optional",
        // whoever set it up keeps being asked.
        TwoFactorRule::Required if facts.waived => AfterPassword::Done,
        _ if facts.set_up && facts.device_remembered => AfterPassword::Done,
        _ if facts.set_up => AfterPassword::Code,
        TwoFactorRule::Required => AfterPassword::SetUp,
        TwoFactorRule::Optional => AfterPassword::Done,
    }
}

/// How long this person's browser is remembered after a code: the
/// platform's period for professionals, their own choice for clients and
/// friends (`chosen`).
pub fn remember_period(policy: &TwoFactorPolicy, account_type: AccountType, chosen: RememberDevice) -> RememberDevice {
    match account_type {
        AccountType::Professional => policy.remember_device,
        AccountType::Client | AccountType::Friend => chosen,
    }
}

/// Whether a remembered device still lets its account skip the code. For
/// professionals the platform's current period counts from the first use, so
/// shortening it (or choosing "never") takes effect at once.
pub fn device_still_remembered(
    policy: &TwoFactorPolicy,
    account_type: AccountType,
    first_used: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    if now >= expires_at {
        return false;
    }
    match account_type {
        AccountType::Professional => policy.remember_device.duration().is_some_and(|period| now < first_used + period),
        AccountType::Client | AccountType::Friend => true,
    }
}

/// How long a waiver lasts: until the same time one calendar month later,
/// or the month's last day where that day does not exist (31 January →
/// 28 or 29 February).
pub fn waiver_end(start: DateTime<Utc>) -> DateTime<Utc> {
    start.checked_add_months(Months::new(1)).unwrap_or(start + Duration::days(30))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn rfc_secret() -> TotpSecret {
        TotpSecret::from_bytes(*b"12345678901234567890")
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp(seconds, 0).unwrap()
    }

    #[test]
    fn rfc_6238_test_vectors() {
        // The 8-digit vectors of RFC 6238 (SHA-1), truncated to 6 digits.
        for (seconds, code) in [
            (59, 287_082),
            (1_111_111_109, 81_804),
            (1_111_111_111, 50_471),
            (1_234_567_890, 5_924),
            (2_000_000_000, 279_037),
        ] {
            assert_eq!(code_at(&rfc_secret(), step_at(at(seconds))), code, "T={seconds}");
        }
    }

    #[test]
    fn rfc_4226_test_vectors() {
        // RFC 4226 appendix D: HOTP values for counters 0 to 9.
        let expected = [755_224, 287_082, 359_152, 969_429, 338_314, 254_676, 287_922, 162_583, 399_871, 520_489];
        for (counter, code) in expected.into_iter().enumerate() {
            assert_eq!(code_at(&rfc_secret(), counter as i64), code, "counter {counter}");
        }
    }

    #[test]
    fn sms_codes_have_six_digits() {
        assert_eq!(sms_code([0; 8]), "000000");
        assert_eq!(sms_code([0, 0, 0, 0, 0, 0, 0x30, 0x39]), "012345");
        assert_eq!(sms_code([0xff; 8]).len(), 6);
    }

    #[test]
    fn after_password_follows_the_rule() {
        use TwoFactorRule::*;
        let f = |rule, set_up, waived, device_remembered| {
            after_password(LoginFacts { rule, set_up, waived, device_remembered })
        };
        for set_up in [false, true] {
            for waived in [false, true] {
                for remembered in [false, true] {
                    assert_eq!(f(Off, set_up, waived, remembered), AfterPassword::Done, "off: never asked");
                }
            }
        }
        assert_eq!(f(Optional, false, false, false), AfterPassword::Done);
        assert_eq!(f(Optional, true, false, false), AfterPassword::Code);
        assert_eq!(f(Optional, true, false, true), AfterPassword::Done);
        assert_eq!(f(Required, false, false, false), AfterPassword::SetUp);
        assert_eq!(
            f(Required, false, false, true),
            AfterPassword::SetUp,
            "a device without a set-up counts for nothing"
        );
        assert_eq!(f(Required, true, false, false), AfterPassword::Code);
        assert_eq!(f(Required, true, false, true), AfterPassword::Done);
        assert_eq!(f(Required, false, true, false), AfterPassword::Done, "waived");
        assert_eq!(f(Required, true, true, false), AfterPassword::Done, "waived");
        assert_eq!(f(Optional, true, true, false), AfterPassword::Code, "a waiver only lifts a requirement");
        assert!(!setup_offered(Off) && setup_offered(Optional) && setup_offered(Required));
    }

    #[test]
    fn remembered_devices_last_exactly_their_period() {
        let first = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        let second = Duration::seconds(1);
        for period in [RememberDevice::TwelveHours, RememberDevice::ThreeDays, RememberDevice::OneWeek] {
            let policy = TwoFactorPolicy { remember_device: period, ..TwoFactorPolicy::default() };
            let length = period.duration().unwrap();
            let expires = first + length;
            for account_type in AccountType::ALL {
                let chosen = remember_period(&policy, account_type, period);
                assert_eq!(chosen, period);
                let ok = |now| device_still_remembered(&policy, account_type, first, expires, now);
                assert!(ok(first), "{period:?} {account_type:?}");
                assert!(ok(expires - second), "just before {period:?} ends");
                assert!(!ok(expires), "{period:?} ends");
                assert!(!ok(expires + second), "just after {period:?}");
            }
        }
        // A professional's device follows the platform's current period.
        let week = TwoFactorPolicy { remember_device: RememberDevice::OneWeek, ..TwoFactorPolicy::default() };
        let never = TwoFactorPolicy { remember_device: RememberDevice::Never, ..TwoFactorPolicy::default() };
        let twelve = TwoFactorPolicy { remember_device: RememberDevice::TwelveHours, ..TwoFactorPolicy::default() };
        let expires = first + Duration::weeks(1);
        let day_later = first + Duration::days(1);
        assert!(device_still_remembered(&week, AccountType::Professional, first, expires, day_later));
        assert!(!device_still_remembered(&never, AccountType::Professional, first, expires, day_later));
        assert!(!device_still_remembered(&twelve, AccountType::Professional, first, expires, day_later));
        // Clients keep what they chose, whatever professionals' period is.
        assert!(device_still_remembered(&never, AccountType::Client, first, expires, day_later));
        assert_eq!(remember_period(&never, AccountType::Client, RememberDevice::ThreeDays), RememberDevice::ThreeDays);
        assert_eq!(remember_period(&week, AccountType::Professional, RememberDevice::Never), RememberDevice::OneWeek);
    }

    #[test]
    fn waivers_last_one_calendar_month() {
        let t = |y, m, d| Utc.with_ymd_and_hms(y, m, d, 14, 30, 0).unwrap();
        assert_eq!(waiver_end(t(2026, 3, 15)), t(2026, 4, 15));
        assert_eq!(waiver_end(t(2026, 1, 31)), t(2026, 2, 28), "31 January: end of February");
        assert_eq!(waiver_end(t(2028, 1, 31)), t(2028, 2, 29), "leap year");
        assert_eq!(waiver_end(t(2026, 12, 20)), t(2027, 1, 20));
        assert_eq!(waiver_end(t(2026, 5, 31)), t(2026, 6, 30));
    }

    #[test]
    fn drift_and_single_use() {
        let secret = rfc_secret();
        let now = at(1_234_567_890);
        let step = step_at(now);
        let code = format!("{:06}", code_at(&secret, step));
        assert_eq!(verify(&secret, &code, now, None), TotpCheck::Accepted { step });
        assert_eq!(verify(&secret, &code, now, Some(step)), TotpCheck::Replayed, "a code works once");
        let previous = format!("{:06}", code_at(&secret, step - 1));
        assert_eq!(verify(&secret, &previous, now, None), TotpCheck::Accepted { step: step - 1 }, "one step of drift");
        let old = format!("{:06}", code_at(&secret, step - 2));
        assert_eq!(verify(&secret, &old, now, None), TotpCheck::Rejected);
        assert_eq!(verify(&secret, "12345", now, None), TotpCheck::Rejected);
        assert_eq!(verify(&secret, "abcdef", now, None), TotpCheck::Rejected);
        assert_eq!(verify(&secret, &format!("{} {}", &code[..3], &code[3..]), now, None), TotpCheck::Accepted { step });
    }

    #[test]
    fn keys_and_uris() {
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32_decode("mzxw 6ytb oi"), Some(b"foobar".to_vec()));
        assert_eq!(base32_decode("MZ1"), None);
        assert_eq!(TotpSecret::from_manual_key(&rfc_secret().manual_key()), Some(rfc_secret()));
        let secret = rfc_secret();
        assert_eq!(secret.manual_key(), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        let uri = secret.otpauth_uri("Demo Care", "anna@example.org");
        assert_eq!(
            uri,
            "otpauth://totp/Demo%20Care:anna%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Demo%20Care&algorithm=SHA1&digits=6&period=30"
        );
        assert!(!format!("{secret:?}").contains("GEZD"));
    }

    #[test]
    fn recovery_codes_are_easy_to_type_back() {
        let code = recovery_code([0xff; 10]);
        assert_eq!(code, "7777-7777-7777-7777");
        let code = recovery_code(*b"0123456789");
        assert_eq!(normalize_recovery_code(&code.to_lowercase().replace('-', " ")), Some(code.replace('-', "")));
        assert_eq!(normalize_recovery_code("too-short"), None);
    }

    proptest! {
        #[test]
        fn generated_codes_normalize_to_themselves(bytes in any::<[u8; 10]>()) {
            let code = recovery_code(bytes);
            prop_assert_eq!(code.len(), 19);
            prop_assert_eq!(normalize_recovery_code(&code), Some(code.replace('-', "")));
        }

        #[test]
        fn verify_never_panics(typed in ".{0,12}", seconds in 0i64..4_000_000_000) {
            let _ = verify(&rfc_secret(), &typed, at(seconds), Some(0));
        }
    }
}
