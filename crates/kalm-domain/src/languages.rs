//! The eight languages Kalm speaks.
//!
//! A closed enum rather than free-form tags: every page, e-mail and error must
//! exist in each of them, and a test over `Language::ALL` can check that.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Nl,
    En,
    De,
    Da,
    Es,
    Fr,
    Hu,
    Pl,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}; expected one of nl, en, de, da, es, fr, hu, pl")]
pub struct UnknownLanguage(pub String);

impl Language {
    pub const ALL: [Language; 8] = [
        Language::Nl,
        Language::En,
        Language::De,
        Language::Da,
        Language::Es,
        Language::Fr,
        Language::Hu,
        Language::Pl,
    ];

    /// The ISO 639-1 code, as used in `<html lang>`, locale folders and storage.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
            Language::De => "de",
            Language::Da => "da",
            Language::Es => "es",
            Language::Fr => "fr",
            Language::Hu => "hu",
            Language::Pl => "pl",
        }
    }

    /// Accepts a bare code or a tag with a region (`nl-BE`), case-insensitively.
    pub fn parse(input: &str) -> Result<Language, UnknownLanguage> {
        let primary = input.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary).ok_or_else(|| UnknownLanguage(input.to_owned()))
    }

    /// The first language of an `Accept-Language` header (by quality) that is
    /// among `offered`.
    pub fn negotiate(accept_language: &str, offered: &[Language]) -> Option<Language> {
        let mut ranked: Vec<(f32, usize, Language)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                let language = Language::parse(tag).ok()?;
                (quality > 0.0).then_some((quality, position, language))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.into_iter().map(|(_, _, l)| l).find(|l| offered.contains(l))
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_codes_and_regional_tags() {
        assert_eq!(Language::parse("nl"), Ok(Language::Nl));
        assert_eq!(Language::parse("PL"), Ok(Language::Pl));
        assert_eq!(Language::parse("de-AT"), Ok(Language::De));
        assert_eq!(Language::parse("en_GB"), Ok(Language::En));
        assert!(Language::parse("sv").is_err());
        assert!(Language::parse("").is_err());
    }

    #[test]
    fn negotiation_respects_quality_and_offer() {
        let offered = [Language::Nl, Language::En];
        assert_eq!(Language::negotiate("de-DE,de;q=0.9,en;q=0.5,nl;q=0.7", &offered), Some(Language::Nl));
        assert_eq!(Language::negotiate("fr", &offered), None);
        assert_eq!(Language::negotiate("en;q=0,nl;q=0.1", &offered), Some(Language::Nl));
    }

    proptest! {
        #[test]
        fn every_code_round_trips(index in 0usize..8) {
            let l = Language::ALL[index];
            prop_assert_eq!(Language::parse(l.code()), Ok(l));
        }

        #[test]
        fn parse_never_panics(s in ".*") {
            let _ = Language::parse(&s);
            let _ = Language::negotiate(&s, &Language::ALL);
        }
    }
}
