//! Mobile phone numbers for text-message codes, parsed into E.164.
//!
//! People type numbers the way they say them: `06-12345678`, `+31 6 1234
//! 5678`, `0031 612345678`. International forms are accepted everywhere; a
//! national form is read with the platform's country, taken from its default
//! language, because that is where its clients live. The rules are the ones
//! needed to turn such a number into `+<country code><number>` and to refuse
//! what cannot be one: a full numbering plan is the SMS provider's business,
//! and its refusal is shown as well.

use crate::countries::Country;

/// A number in E.164 form: `+`, country code, subscriber number; 8 to 15
/// digits in all.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PhoneNumber(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("type a mobile phone number")]
    Empty,
    #[error("a phone number holds only digits, spaces, dashes, dots, brackets and a leading +")]
    Characters,
    #[error("this phone number has too few or too many digits")]
    Length,
}

impl PhoneError {
    pub fn code(self) -> &'static str {
        match self {
            PhoneError::Empty => "phone_empty",
            PhoneError::Characters => "phone_characters",
            PhoneError::Length => "phone_length",
        }
    }
}

impl PhoneNumber {
    /// Reads a typed number; a national number counts as one in `home`.
    pub fn parse(typed: &str, home: Country) -> Result<PhoneNumber, PhoneError> {
        let trimmed = typed.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        let (international, rest) = match trimmed.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        if !rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '/')) {
            return Err(PhoneError::Characters);
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        let full = if international {
            digits
        } else if let Some(after) = digits.strip_prefix("00") {
            after.to_owned()
        } else {
            let home = home.numbering();
            let national = digits.strip_prefix(home.trunk_prefix).ok_or(PhoneError::Length)?;
            if !home.national_digits.contains(&national.len()) {
                return Err(PhoneError::Length);
            }
            format!("{}{national}", home.calling_code)
        };
        // A country code never starts with 0; E.164 allows 15 digits at most,
        // and no mobile number anywhere is shorter than 8.
        if full.starts_with('0') || !(8..=15).contains(&full.len()) {
            return Err(PhoneError::Length);
        }
        Ok(PhoneNumber(format!("+{full}")))
    }

    /// Reads a number stored by `as_str`.
    pub fn from_e164(stored: &str) -> Option<PhoneNumber> {
        let digits = stored.strip_prefix('+')?;
        (digits.chars().all(|c| c.is_ascii_digit()) && (8..=15).contains(&digits.len()) && !digits.starts_with('0'))
            .then(|| PhoneNumber(stored.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number with all but its last two digits hidden, for pages and
    /// e-mails that only need to remind the person which phone it is.
    pub fn masked(&self) -> String {
        let digits = &self.0[1..];
        let shown = &digits[digits.len() - 2..];
        format!("+{}{}", "•".repeat(digits.len() - 2), shown)
    }

    /// The number grouped for reading back before a code is sent to it:
    /// `+31 6 1234 5678` style, country code apart, then groups of up to
    /// four digits from the end, so that a misread digit is easy to spot.
    pub fn readable(&self) -> String {
        let digits = &self.0[1..];
        let code_len = [1usize, 2, 3]
            .into_iter()
            .find(|len| Country::ALL.iter().any(|c| c.numbering().calling_code == &digits[..*len]))
            .unwrap_or(0);
        let (code, rest) = digits.split_at(code_len);
        let mut groups: Vec<&str> = Vec::new();
        let mut end = rest.len();
        while end > 0 {
            let start = end.saturating_sub(4);
            groups.push(&rest[start..end]);
            end = start;
        }
        groups.reverse();
        match code {
            "" => format!("+{}", groups.join(" ")),
            code => format!("+{code} {}", groups.join(" ")),
        }
    }

    /// The last two digits, for "the phone number ending in 78".
    pub fn last_digits(&self) -> &str {
        &self.0[self.0.len() - 2..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn national_and_international_forms_agree() {
        let nl = |t| PhoneNumber::parse(t, Country::Nl).map(|p| p.as_str().to_owned());
        assert_eq!(nl("06-12345678").as_deref(), Ok("+31612345678"));
        assert_eq!(nl("06 1234 5678").as_deref(), Ok("+31612345678"));
        assert_eq!(nl("+31 6 12345678").as_deref(), Ok("+31612345678"));
        assert_eq!(nl("0031 612345678").as_deref(), Ok("+31612345678"));
        assert_eq!(nl("+49 151 23456789").as_deref(), Ok("+4915123456789"), "a foreign number on a Dutch platform");
        let hu = PhoneNumber::parse("06 30 123 4567", Country::Hu).unwrap();
        assert_eq!(hu.as_str(), "+36301234567");
        assert_eq!(PhoneNumber::parse("20 12 34 56", Country::Dk).unwrap().as_str(), "+4520123456");
        assert_eq!(PhoneNumber::parse("612 345 678", Country::Es).unwrap().as_str(), "+34612345678");
        assert_eq!(PhoneNumber::parse("07700 900123", Country::Gb).unwrap().as_str(), "+447700900123");
    }

    #[test]
    fn refuses_what_cannot_be_a_number() {
        let nl = |t| PhoneNumber::parse(t, Country::Nl);
        assert_eq!(nl(""), Err(PhoneError::Empty));
        assert_eq!(nl("   "), Err(PhoneError::Empty));
        assert_eq!(nl("06-1234567a"), Err(PhoneError::Characters));
        assert_eq!(nl("call me"), Err(PhoneError::Characters));
        assert_eq!(nl("06-1234567"), Err(PhoneError::Length), "one digit short");
        assert_eq!(nl("6-12345678"), Err(PhoneError::Length), "no trunk prefix");
        assert_eq!(nl("+31 6 1234 5678 9012 345"), Err(PhoneError::Length), "over 15 digits");
        assert_eq!(nl("+0 612345678"), Err(PhoneError::Length), "no country code starts with 0");
        assert_eq!(nl("+31 6"), Err(PhoneError::Length));
    }

    #[test]
    fn reads_back_in_groups_with_the_country_code_apart() {
        let read = |t, c| PhoneNumber::parse(t, c).unwrap().readable();
        assert_eq!(read("06-12345678", Country::Nl), "+31 6 1234 5678");
        assert_eq!(read("0151 23456789", Country::De), "+49 151 2345 6789");
        assert_eq!(read("087 123 4567", Country::Ie), "+353 8 7123 4567");
        assert_eq!(read("+1 415 555 0100", Country::Nl), "+141 5555 0100", "an unknown country code is not split off");
        // The reason to read it back: a Dutch mobile typed on a platform
        // set to the United Kingdom is a valid British-looking number.
        assert_eq!(read("0612345678", Country::Gb), "+44 6 1234 5678");
    }

    #[test]
    fn masks_all_but_the_last_two_digits() {
        let p = PhoneNumber::parse("06-12345678", Country::Nl).unwrap();
        assert_eq!(p.masked(), "+•••••••••78");
        assert_eq!(PhoneNumber::from_e164(p.as_str()), Some(p));
        assert_eq!(PhoneNumber::from_e164("0612345678"), None);
    }

    proptest! {
        #[test]
        fn parsed_numbers_are_e164_and_stable(typed in "[+0-9 ()./-]{0,24}", country in 0usize..13) {
            let language = Country::ALL[country];
            if let Ok(p) = PhoneNumber::parse(&typed, language) {
                prop_assert!(PhoneNumber::from_e164(p.as_str()).is_some());
                prop_assert_eq!(PhoneNumber::parse(p.as_str(), language), Ok(p.clone()));
            }
        }
    }
}
