//! The password policy: at least 12 characters, no composition rules, and
//! nothing common or guessable (zxcvbn score 3 or more, taking the person's
//! own name, e-mail address and platform into account).
//!
//! NIST SP 800-63B: length beats composition rules, and a blocklist of
//! guessable passwords beats both. The upper bound only stops hashing abuse.

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("the password is shorter than {MIN_CHARS} characters")]
    TooShort,
    #[error("the password is longer than {MAX_BYTES} bytes")]
    TooLong,
    #[error("the password is too common or too easy to guess")]
    TooGuessable,
}

impl PasswordError {
    pub fn code(&self) -> &'static str {
        match self {
            PasswordError::TooShort => "password_too_short",
            PasswordError::TooLong => "password_too_long",
            PasswordError::TooGuessable => "password_too_guessable",
        }
    }
}

pub const MIN_CHARS: usize = 12;
pub const MAX_BYTES: usize = 1024;

/// A password that meets the policy; only this type can be hashed for storage.
#[derive(Clone)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    /// `personal` holds words an attacker would try first for this account:
    /// names, the e-mail address, the platform's name.
    pub fn parse(input: &str, personal: &[&str]) -> Result<NewPassword, PasswordError> {
        if input.chars().count() < MIN_CHARS {
            return Err(PasswordError::TooShort);
        }
        if input.len() > MAX_BYTES {
            return Err(PasswordError::TooLong);
        }
        // People build passwords from their names with the spaces and dots
        // left out ("annadevries"), so offer zxcvbn those spellings too.
        let mut words: Vec<String> = Vec::new();
        for word in personal.iter().map(|w| w.to_lowercase()).filter(|w| !w.is_empty()) {
            let (local, _) = word.split_once('@').unwrap_or((&word, ""));
            words.extend(word.split(|c: char| !c.is_alphanumeric()).filter(|p| p.len() > 1).map(str::to_owned));
            words.push(local.chars().filter(|c| c.is_alphanumeric()).collect());
            words.push(word.chars().filter(|c| c.is_alphanumeric()).collect());
        }
        let joined: String = personal
            .iter()
            .filter(|w| !w.contains('@'))
            .flat_map(|w| w.chars().filter(|c| c.is_alphanumeric()))
            .collect::<String>()
            .to_lowercase();
        words.push(joined);
        let words: Vec<&str> = words.iter().map(String::as_str).filter(|w| !w.is_empty()).collect();
        let estimate = zxcvbn::zxcvbn(input, &words);
        if u8::from(estimate.score()) < 3 {
            return Err(PasswordError::TooGuessable);
        }
        Ok(NewPassword(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy() {
        assert_eq!(NewPassword::parse("short", &[]).err(), Some(PasswordError::TooShort));
        assert_eq!(NewPassword::parse("password1234", &[]).err(), Some(PasswordError::TooGuessable));
        assert_eq!(NewPassword::parse("aaaaaaaaaaaaaaaa", &[]).err(), Some(PasswordError::TooGuessable));
        assert_eq!(
            NewPassword::parse("annadevries2024", &["Anna", "de Vries", "anna.devries@example.org"]).err(),
            Some(PasswordError::TooGuessable)
        );
        assert_eq!(NewPassword::parse(&"x".repeat(1025), &[]).err(), Some(PasswordError::TooLong));
        assert!(NewPassword::parse("correct horse battery staple", &[]).is_ok());
        assert!(NewPassword::parse("Lantaarn-pier-zomer-71", &[]).is_ok());
    }

    #[test]
    fn never_printed() {
        let p = NewPassword::parse("correct horse battery staple", &[]).unwrap();
        assert!(!format!("{p:?}").contains("horse"));
    }
}
