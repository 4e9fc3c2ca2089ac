//! Two-factor authentication rules: authenticator-app codes (TOTP, RFC 6238)
//! and recovery codes.
//!
//! TOTP as the common authenticator apps expect it: HMAC-SHA-1, 6 digits,
//! 30-second steps, a 160-bit secret shown as base32. A code is accepted
//! for the current step and one step either side (clock drift), and only
//! for a step later than the last one accepted, so a code works once.
//! Randomness comes in as bytes; storing (sealed secrets, hashed recovery
//! codes) is the other layers' business.

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha1::Sha1;

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

#[cfg(test)]
mod tests {
    use super::*;
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
