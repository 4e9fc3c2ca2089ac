//! `Tr`, the translator for one request's (or one e-mail's) language.
//! Templates call `t.t("message-id")`; the helpers below cover the shapes
//! messages come in (one argument, a count, several arguments, an error
//! code, a stable code's name, a date), so call sites never build Fluent
//! arguments themselves.
//!
//! A `Tr` also knows the reader's time zone: dates are stored in UTC and
//! shown on the reader's clock, with the zone's abbreviation, so that
//! "09:00" never leaves a doubt. It starts in UTC; a visit or an e-mail
//! moves it to the person's zone with `in_zone`.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::Loader;
use fluent_templates::fluent_bundle::FluentValue;
use kalm_domain::countries::TimeZone;
use kalm_domain::languages::Language;
use unic_langid::LanguageIdentifier;

use crate::LOCALES;

#[derive(Debug, Clone)]
pub struct Tr {
    pub language: Language,
    id: LanguageIdentifier,
    pub zone: TimeZone,
}

impl Tr {
    pub fn new(language: Language) -> Tr {
        let id = language.code().parse().unwrap_or_default();
        Tr { language, id, zone: TimeZone::UTC }
    }

    /// The same language, showing times on the clock of `zone`.
    pub fn in_zone(mut self, zone: TimeZone) -> Tr {
        self.zone = zone;
        self
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

    /// A plural message (`count`, a number) with more arguments.
    pub fn n_with(&self, message: &str, count: i64, args: &[(&str, String)]) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        map.insert(Cow::Borrowed("count"), FluentValue::from(count));
        for (name, value) in args {
            map.insert(Cow::Owned((*name).to_owned()), FluentValue::from(value.clone()));
        }
        LOCALES.lookup_with_args(&self.id, message, &map)
    }

    /// A message with several arguments.
    pub fn args(&self, message: &str, args: &[(&str, String)]) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        for (name, value) in args {
            map.insert(Cow::Owned((*name).to_owned()), FluentValue::from(value.clone()));
        }
        LOCALES.lookup_with_args(&self.id, message, &map)
    }

    /// "Between {min} and {max}." for number fields.
    pub fn range(&self, min: &i64, max: &i64) -> String {
        self.args("config-range", &[("min", min.to_string()), ("max", max.to_string())])
    }

    /// What is wrong with a configuration value, naming the field by its
    /// label on the page (`config-field-<field>`) and what is allowed.
    pub fn value_error(&self, err: &kalm_domain::configurations::ValueError) -> String {
        use kalm_domain::configurations::Problem;
        let base = err.field.split('.').next().unwrap_or_default();
        let mut field = self.code("config-field", base);
        if let Some((_, language)) = err.field.split_once('.') {
            field = format!("{field} ({})", self.code("language", language));
        }
        let mut args = vec![("field", field)];
        match &err.problem {
            Problem::OutOfRange { min, max } => {
                args.push(("min", min.to_string()));
                args.push(("max", max.to_string()));
            }
            Problem::NotOneOf(allowed) => args.push(("allowed", allowed.join(", "))),
            Problem::TooLong { max } => args.push(("max", max.to_string())),
            Problem::UnknownPlaceholder(p) => args.push(("placeholder", format!("{{{p}}}"))),
            Problem::WarningTooEarly { days } => args.push(("days", days.to_string())),
            _ => {}
        }
        self.args(&format!("error-config-{}", err.problem.code().replace('_', "-")), &args)
    }

    /// The message for an error code (`error-<code>`).
    pub fn error(&self, code: &str) -> String {
        self.t(&format!("error-{}", code.replace('_', "-")))
    }

    /// The translated name of a stable code in a group (`account-type-client`).
    pub fn code(&self, group: &str, code: &str) -> String {
        self.t(&format!("{group}-{}", code.replace('_', "-")))
    }

    /// A date and time on the reader's clock, in the page language's
    /// customary form (the locale's `date-format`, a strftime pattern),
    /// followed by the zone's abbreviation (`CET`, `BST`, `UTC`).
    pub fn datetime(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        let local = at.with_timezone(&self.zone.0);
        let pattern = self.t("date-format");
        let items: Vec<_> = chrono::format::StrftimeItems::new(&pattern).collect();
        if items.iter().any(|i| matches!(i, chrono::format::Item::Error)) {
            return local.format("%Y-%m-%d %H:%M %Z").to_string();
        }
        format!("{} {}", local.format_with_items(items.into_iter()), local.format("%Z"))
    }

    pub fn opt_datetime(&self, at: &Option<chrono::DateTime<chrono::Utc>>) -> String {
        match at {
            Some(at) => self.datetime(at),
            None => self.t("never"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_locale() {
        let at = chrono::DateTime::<chrono::Utc>::from_timestamp(1_772_700_000, 0).unwrap();
        assert_eq!(Tr::new(Language::En).datetime(&at), "5 Mar 2026 08:40 UTC");
        assert_eq!(Tr::new(Language::Nl).datetime(&at), "05-03-2026 08:40 UTC");
    }

    #[test]
    fn dates_show_on_the_readers_clock_with_daylight_saving() {
        let amsterdam = TimeZone::parse("Europe/Amsterdam").unwrap();
        let winter = chrono::DateTime::<chrono::Utc>::from_timestamp(1_772_700_000, 0).unwrap();
        assert_eq!(Tr::new(Language::Nl).in_zone(amsterdam).datetime(&winter), "05-03-2026 09:40 CET");
        // 1 July 2026 23:30 UTC is already 2 July in Amsterdam (summer time).
        let summer = chrono::DateTime::<chrono::Utc>::from_timestamp(1_782_948_600, 0).unwrap();
        assert_eq!(Tr::new(Language::Nl).in_zone(amsterdam).datetime(&summer), "02-07-2026 01:30 CEST");
        let london = TimeZone::parse("Europe/London").unwrap();
        assert_eq!(Tr::new(Language::En).in_zone(london).datetime(&summer), "2 Jul 2026 00:30 BST");
    }

    #[test]
    fn lookups_use_the_language() {
        assert_eq!(Tr::new(Language::En).t("login-submit"), "Log in");
        assert_eq!(Tr::new(Language::Nl).t("login-submit"), "Inloggen");
    }
}

#[cfg(test)]
mod plurals {
    //! CLDR plural categories pick the right form in every language:
    //! Polish one/few/many, French 0 and 1 singular, and so on.

    use super::*;

    #[test]
    fn counts_read_right_in_every_language() {
        let expected = [
            ("nl", 0, "Geen accounts gevonden.", "0 dagen"),
            ("nl", 1, "1 account gevonden.", "1 dag"),
            ("nl", 2, "2 accounts gevonden.", "2 dagen"),
            ("nl", 5, "5 accounts gevonden.", "5 dagen"),
            ("nl", 22, "22 accounts gevonden.", "22 dagen"),
            ("nl", 101, "101 accounts gevonden.", "101 dagen"),
            ("en", 0, "No accounts found.", "0 days"),
            ("en", 1, "1 account found.", "1 day"),
            ("en", 2, "2 accounts found.", "2 days"),
            ("en", 5, "5 accounts found.", "5 days"),
            ("en", 22, "22 accounts found.", "22 days"),
            ("en", 101, "101 accounts found.", "101 days"),
            ("de", 0, "Keine Konten gefunden.", "0 Tage"),
            ("de", 1, "1 Konto gefunden.", "1 Tag"),
            ("de", 2, "2 Konten gefunden.", "2 Tage"),
            ("de", 5, "5 Konten gefunden.", "5 Tage"),
            ("de", 22, "22 Konten gefunden.", "22 Tage"),
            ("de", 101, "101 Konten gefunden.", "101 Tage"),
            ("da", 0, "Ingen konti fundet.", "0 dage"),
            ("da", 1, "1 konto fundet.", "1 dag"),
            ("da", 2, "2 konti fundet.", "2 dage"),
            ("da", 5, "5 konti fundet.", "5 dage"),
            ("da", 22, "22 konti fundet.", "22 dage"),
            ("da", 101, "101 konti fundet.", "101 dage"),
            ("es", 0, "No se encontró ninguna cuenta.", "0 días"),
            ("es", 1, "1 cuenta encontrada.", "1 día"),
            ("es", 2, "2 cuentas encontradas.", "2 días"),
            ("es", 5, "5 cuentas encontradas.", "5 días"),
            ("es", 22, "22 cuentas encontradas.", "22 días"),
            ("es", 101, "101 cuentas encontradas.", "101 días"),
            ("fr", 0, "Aucun compte trouvé.", "0 jour"),
            ("fr", 1, "1 compte trouvé.", "1 jour"),
            ("fr", 2, "2 comptes trouvés.", "2 jours"),
            ("fr", 5, "5 comptes trouvés.", "5 jours"),
            ("fr", 22, "22 comptes trouvés.", "22 jours"),
            ("fr", 101, "101 comptes trouvés.", "101 jours"),
            ("hu", 0, "Nem találtunk fiókot.", "0 nap"),
            ("hu", 1, "1 fiókot találtunk.", "1 nap"),
            ("hu", 2, "2 fiókot találtunk.", "2 nap"),
            ("hu", 5, "5 fiókot találtunk.", "5 nap"),
            ("hu", 22, "22 fiókot találtunk.", "22 nap"),
            ("hu", 101, "101 fiókot találtunk.", "101 nap"),
            ("pl", 0, "Nie znaleziono kont.", "0 dni"),
            ("pl", 1, "Znaleziono 1 konto.", "1 dzień"),
            ("pl", 2, "Znaleziono 2 konta.", "2 dni"),
            ("pl", 5, "Znaleziono 5 kont.", "5 dni"),
            ("pl", 22, "Znaleziono 22 konta.", "22 dni"),
            ("pl", 101, "Znaleziono 101 kont.", "101 dni"),
        ];
        for (code, n, accounts, days) in expected {
            let tr = Tr::new(Language::parse(code).unwrap());
            assert_eq!(tr.n("accounts-count", "count", n), accounts, "{code} {n}");
            assert_eq!(tr.n("config-days", "days", n), days, "{code} {n}");
        }
        assert_eq!(expected.len(), 8 * 6);
    }
}
