//! Where a platform is: its country and its time zone.
//!
//! A platform's language says nothing certain about where its people live
//! (an English-language platform may serve Dutch clients), so the country
//! is a setting of its own, chosen by the service desk with a default from
//! the language. The country reads national phone numbers; the time zone
//! turns stored UTC instants into the clock on the wall, on pages and in
//! e-mails. A person may choose a time zone of their own.
//!
//! Countries are a closed list: those whose numbering Kalm knows how to
//! read, which are the countries of its eight languages and their
//! neighbours that speak them. Time zones are the IANA database's, as
//! compiled into `chrono-tz`, so daylight saving is right without a
//! system zoneinfo.

use crate::languages::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    Nl,
    Be,
    Gb,
    Ie,
    De,
    At,
    Ch,
    Lu,
    Dk,
    Es,
    Fr,
    Hu,
    Pl,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlaceError {
    #[error("unknown country {0:?}; expected one of nl, be, gb, ie, de, at, ch, lu, dk, es, fr, hu, pl")]
    UnknownCountry(String),
    #[error("unknown time zone {0:?}; expected an IANA name such as Europe/Amsterdam")]
    UnknownTimeZone(String),
}

impl PlaceError {
    pub fn code(&self) -> &'static str {
        match self {
            PlaceError::UnknownCountry(_) => "country_unknown",
            PlaceError::UnknownTimeZone(_) => "time_zone_unknown",
        }
    }
}

/// How national numbers are written in a country.
pub struct Numbering {
    pub calling_code: &'static str,
    /// What a national number starts with (`0` in most of Europe, `06`
    /// in Hungary); empty where there is none.
    pub trunk_prefix: &'static str,
    /// Digits after the trunk prefix.
    pub national_digits: std::ops::RangeInclusive<usize>,
}

impl Country {
    pub const ALL: [Country; 13] = [
        Country::Nl,
        Country::Be,
        Country::Gb,
        Country::Ie,
        Country::De,
        Country::At,
        Country::Ch,
        Country::Lu,
        Country::Dk,
        Country::Es,
        Country::Fr,
        Country::Hu,
        Country::Pl,
    ];

    /// The ISO 3166-1 alpha-2 code in lowercase, as stored and as used in
    /// message ids (`country-nl`).
    pub fn code(self) -> &'static str {
        match self {
            Country::Nl => "nl",
            Country::Be => "be",
            Country::Gb => "gb",
            Country::Ie => "ie",
            Country::De => "de",
            Country::At => "at",
            Country::Ch => "ch",
            Country::Lu => "lu",
            Country::Dk => "dk",
            Country::Es => "es",
            Country::Fr => "fr",
            Country::Hu => "hu",
            Country::Pl => "pl",
        }
    }

    pub fn parse(input: &str) -> Result<Country, PlaceError> {
        let code = input.trim().to_ascii_lowercase();
        let code = if code == "uk" { "gb".to_owned() } else { code };
        Country::ALL.into_iter().find(|c| c.code() == code).ok_or_else(|| PlaceError::UnknownCountry(input.to_owned()))
    }

    /// Where a platform in this language most likely is, until the service
    /// desk says otherwise.
    pub fn of_language(language: Language) -> Country {
        match language {
            Language::Nl => Country::Nl,
            Language::En => Country::Gb,
            Language::De => Country::De,
            Language::Da => Country::Dk,
            Language::Es => Country::Es,
            Language::Fr => Country::Fr,
            Language::Hu => Country::Hu,
            Language::Pl => Country::Pl,
        }
    }

    pub fn numbering(self) -> Numbering {
        let (calling_code, trunk_prefix, national_digits) = match self {
            Country::Nl => ("31", "0", 9..=9),
            Country::Be => ("32", "0", 8..=9),
            Country::Gb => ("44", "0", 9..=10),
            Country::Ie => ("353", "0", 7..=9),
            Country::De => ("49", "0", 6..=11),
            Country::At => ("43", "0", 6..=12),
            Country::Ch => ("41", "0", 9..=9),
            Country::Lu => ("352", "", 6..=11),
            Country::Dk => ("45", "", 8..=8),
            Country::Es => ("34", "", 9..=9),
            Country::Fr => ("33", "0", 9..=9),
            Country::Hu => ("36", "06", 8..=9),
            Country::Pl => ("48", "", 9..=9),
        };
        Numbering { calling_code, trunk_prefix, national_digits }
    }

    /// The zone a platform in this country starts with.
    pub fn time_zone(self) -> TimeZone {
        let tz = match self {
            Country::Nl => chrono_tz::Europe::Amsterdam,
            Country::Be => chrono_tz::Europe::Brussels,
            Country::Gb => chrono_tz::Europe::London,
            Country::Ie => chrono_tz::Europe::Dublin,
            Country::De => chrono_tz::Europe::Berlin,
            Country::At => chrono_tz::Europe::Vienna,
            Country::Ch => chrono_tz::Europe::Zurich,
            Country::Lu => chrono_tz::Europe::Luxembourg,
            Country::Dk => chrono_tz::Europe::Copenhagen,
            Country::Es => chrono_tz::Europe::Madrid,
            Country::Fr => chrono_tz::Europe::Paris,
            Country::Hu => chrono_tz::Europe::Budapest,
            Country::Pl => chrono_tz::Europe::Warsaw,
        };
        TimeZone(tz)
    }
}

/// An IANA time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(pub chrono_tz::Tz);

impl TimeZone {
    pub const UTC: TimeZone = TimeZone(chrono_tz::UTC);

    /// Accepts an IANA name exactly as the database spells it
    /// (`Europe/Amsterdam`), so that what is stored is what was chosen.
    pub fn parse(input: &str) -> Result<TimeZone, PlaceError> {
        input.trim().parse::<chrono_tz::Tz>().map(TimeZone).map_err(|_| PlaceError::UnknownTimeZone(input.to_owned()))
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The zones a person can choose from: one per place, by region, without
    /// the database's aliases and legacy names (`US/Pacific`, `Etc/GMT+2`),
    /// which would only make the list longer.
    pub fn choices() -> Vec<TimeZone> {
        const REGIONS: [&str; 9] = [
            "Africa/",
            "America/",
            "Antarctica/",
            "Asia/",
            "Atlantic/",
            "Australia/",
            "Europe/",
            "Indian/",
            "Pacific/",
        ];
        let mut zones: Vec<TimeZone> = chrono_tz::TZ_VARIANTS
            .iter()
            .filter(|tz| REGIONS.iter().any(|r| tz.name().starts_with(r)))
            .map(|tz| TimeZone(*tz))
            .collect();
        zones.push(TimeZone::UTC);
        zones.sort_by_key(|z| z.name());
        zones
    }
}

impl std::fmt::Display for TimeZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_round_trip_and_follow_languages() {
        for country in Country::ALL {
            assert_eq!(Country::parse(country.code()), Ok(country));
            assert_eq!(Country::parse(&country.code().to_uppercase()), Ok(country));
        }
        assert_eq!(Country::parse("uk"), Ok(Country::Gb));
        assert_eq!(Country::parse("us"), Err(PlaceError::UnknownCountry("us".into())));
        for language in Language::ALL {
            // Every language's country is one whose zone is in the choices.
            let zone = Country::of_language(language).time_zone();
            assert!(TimeZone::choices().contains(&zone), "{zone}");
        }
        assert_eq!(Country::of_language(Language::En), Country::Gb);
    }

    #[test]
    fn time_zones_parse_by_their_iana_name() {
        assert_eq!(TimeZone::parse("Europe/Amsterdam").map(TimeZone::name), Ok("Europe/Amsterdam"));
        assert_eq!(TimeZone::parse(" UTC ").map(TimeZone::name), Ok("UTC"));
        assert!(matches!(TimeZone::parse("Mars/Olympus"), Err(PlaceError::UnknownTimeZone(_))));
        assert!(matches!(TimeZone::parse(""), Err(PlaceError::UnknownTimeZone(_))));
        let choices = TimeZone::choices();
        assert!(choices.iter().all(|z| !z.name().starts_with("US/") && !z.name().starts_with("Etc/")));
        assert!(choices.len() > 300, "{}", choices.len());
        assert!(choices.windows(2).all(|w| w[0].name() < w[1].name()));
    }
}
