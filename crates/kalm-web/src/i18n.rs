//! Translations: every user-visible string is a Fluent message in
//! `locales/<lang>/*.ftl`, compiled into the binary.
//!
//! A `Tr` is the translator for one request's language; templates call
//! `t.t("message-id")`. Pages pick the language of the signed-in person, else
//! the platform's default; the operator console negotiates from the browser.
//! Unicode isolation marks are turned off: they end up visible in form values
//! and plain-text output, and our placeholders are never right-to-left.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use kalm_domain::languages::Language;
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Languages whose locale files are complete today; others fall back to the
/// platform default and then to English.
pub const TRANSLATED: [Language; 2] = [Language::En, Language::Nl];

/// Picks the page language: the first candidate that is translated.
pub fn page_language(candidates: &[Option<Language>]) -> Language {
    candidates.iter().flatten().copied().find(|l| TRANSLATED.contains(l)).unwrap_or(Language::En)
}

#[derive(Debug, Clone)]
pub struct Tr {
    pub language: Language,
    id: LanguageIdentifier,
}

impl Tr {
    pub fn new(language: Language) -> Tr {
        let id = language.code().parse().unwrap_or_default();
        Tr { language, id }
    }

    /// The language code for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.language.code()
    }

    pub fn t(&self, message: &str) -> String {
        LOCALES.lookup(&self.id, message)
    }

    pub fn t1(&self, message: &str, name: &str, value: &str) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        args.insert(Cow::Owned(name.to_owned()), FluentValue::from(value.to_owned()));
        LOCALES.lookup_with_args(&self.id, message, &args)
    }

    pub fn n(&self, message: &str, name: &str, value: i64) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        args.insert(Cow::Owned(name.to_owned()), FluentValue::from(value));
        LOCALES.lookup_with_args(&self.id, message, &args)
    }

    /// The message for an error code (`error-<code>`).
    pub fn error(&self, code: &str) -> String {
        self.t(&format!("error-{}", code.replace('_', "-")))
    }

    /// The translated name of a stable code in a group (`account-type-client`).
    pub fn code(&self, group: &str, code: &str) -> String {
        self.t(&format!("{group}-{}", code.replace('_', "-")))
    }

    /// A date and time in UTC, formatted for the page language.
    pub fn datetime(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        match self.language {
            Language::En => at.format("%-d %b %Y %H:%M UTC").to_string(),
            _ => at.format("%d-%m-%Y %H:%M UTC").to_string(),
        }
    }

    pub fn opt_datetime(&self, at: &Option<chrono::DateTime<chrono::Utc>>) -> String {
        match at {
            Some(at) => self.datetime(at),
            None => self.t("never"),
        }
    }
}

/// Every message id in a locale folder, for the completeness test.
pub fn message_ids(language: Language) -> Vec<String> {
    let path = format!("{}/../../locales/{}", env!("CARGO_MANIFEST_DIR"), language.code());
    let mut ids = Vec::new();
    if let Ok(entries) = std::fs::read_dir(path) {
        for entry in entries.flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                ids.extend(
                    text.lines()
                        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
                        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned())),
                );
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translated_locales_have_the_same_messages() {
        let english = message_ids(Language::En);
        assert!(english.len() > 50, "English locale should be loaded");
        let mut dupes = english.clone();
        dupes.dedup();
        assert_eq!(dupes.len(), english.len(), "duplicate ids in English");
        for language in TRANSLATED {
            assert_eq!(message_ids(language), english, "{language} differs from English");
        }
    }

    #[test]
    fn lookups_use_the_language() {
        assert_eq!(Tr::new(Language::En).t("login-submit"), "Log in");
        assert_eq!(Tr::new(Language::Nl).t("login-submit"), "Inloggen");
        assert_eq!(page_language(&[None, Some(Language::Pl), Some(Language::Nl)]), Language::Nl);
    }
}
