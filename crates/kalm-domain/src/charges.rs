//! What the service desk charges: the installation's price list and the
//! amounts it gives each chargeable event.
//!
//! Amounts are whole minor units (cents) in one currency, so that totals
//! add up exactly; they are typed as decimals (`"250.00"`) in the
//! installation's configuration, where a mistake (a negative price, three
//! decimals, a configuration that is never charged) is refused when Kalm
//! starts rather than found on an invoice. A charge keeps the price it was
//! recorded with: a later price list does not rewrite the ledger.

use std::collections::BTreeMap;

use crate::configurations::{Charge, ConfigurationKey};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PriceError {
    #[error("{0:?} is not a currency code such as EUR")]
    Currency(String),
    #[error("{0:?} is not an amount such as 250 or 250.00")]
    Amount(String),
    #[error("{0:?} is not a configuration")]
    UnknownConfiguration(String),
    #[error("{key} is charged {charged}, so a price for it when {asked} would never apply")]
    NeverCharged { key: String, charged: &'static str, asked: &'static str },
}

/// An ISO 4217 code: three capital letters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(String);

impl Currency {
    pub fn parse(input: &str) -> Result<Currency, PriceError> {
        let code = input.trim().to_ascii_uppercase();
        if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(Currency(code))
        } else {
            Err(PriceError::Currency(input.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An amount in minor units (cents) of a currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    /// `1234.50`: the amount with two decimals and a point, as CSV and
    /// spreadsheets read it.
    pub fn decimal(&self) -> String {
        decimal(self.minor)
    }
}

/// Minor units as a decimal with two places and a point.
pub fn decimal(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// `250`, `250.5` or `250.50` as minor units; never negative, at most two
/// decimals, at most a billion.
pub fn parse_amount(input: &str) -> Result<i64, PriceError> {
    let bad = || PriceError::Amount(input.to_owned());
    let text = input.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty()
        || whole.len() > 10
        || fraction.len() > 2
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
        || (text.contains('.') && fraction.is_empty())
    {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| bad())?;
    let minor = whole.checked_mul(100).and_then(|w| w.checked_add(cents)).ok_or_else(bad)?;
    if minor > 100_000_000_000 {
        return Err(bad());
    }
    Ok(minor)
}

/// The prices of chargeable events, in one currency. An event without a
/// price is still recorded, and shows as not priced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PriceList {
    currency: Option<Currency>,
    /// (event, subject) as the ledger writes them → minor units.
    prices: BTreeMap<(String, String), i64>,
}

/// The price list as typed in the configuration file.
#[derive(Debug, Clone)]
pub struct TypedPrices<'a> {
    pub currency: &'a str,
    pub content_platform: Option<&'a str>,
    /// Configuration key → price, for configurations charged when the
    /// service desk makes them available.
    pub made_available: &'a BTreeMap<String, String>,
    /// Configuration key → price, for configurations charged for every change.
    pub changed: &'a BTreeMap<String, String>,
}

impl PriceList {
    pub fn parse(typed: &TypedPrices<'_>) -> Result<PriceList, PriceError> {
        let currency = Currency::parse(typed.currency)?;
        let mut prices = BTreeMap::new();
        if let Some(price) = typed.content_platform {
            prices.insert(("platform_created".to_owned(), "content_platform".to_owned()), parse_amount(price)?);
        }
        for (event, wanted, asked, list) in [
            ("made_available", Charge::WhenMadeAvailable, "made available", typed.made_available),
            ("changed", Charge::EveryChange, "changed", typed.changed),
        ] {
            for (key, price) in list {
                let config = ConfigurationKey::parse(key).map_err(|_| PriceError::UnknownConfiguration(key.clone()))?;
                let charged = config.definition().charge;
                if charged != wanted {
                    let charged = match charged {
                        Charge::Free => "never",
                        Charge::WhenMadeAvailable => "when made available",
                        Charge::EveryChange => "for every change",
                    };
                    return Err(PriceError::NeverCharged { key: key.clone(), charged, asked });
                }
                prices.insert((event.to_owned(), config.code().to_owned()), parse_amount(price)?);
            }
        }
        Ok(PriceList { currency: Some(currency), prices })
    }

    /// The price of a ledger event, if the list has one.
    pub fn price(&self, event: &str, subject: &str) -> Option<Money> {
        let currency = self.currency.clone()?;
        let minor = *self.prices.get(&(event.to_owned(), subject.to_owned()))?;
        Some(Money { minor, currency })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_exact_minor_units() {
        assert_eq!(parse_amount("250"), Ok(25_000));
        assert_eq!(parse_amount("250.5"), Ok(25_050));
        assert_eq!(parse_amount(" 0.07 "), Ok(7));
        for bad in ["", "-5", "1.234", "1,50", "1.", ".5", "12e3", "99999999999"] {
            assert_eq!(parse_amount(bad), Err(PriceError::Amount(bad.to_owned())), "{bad}");
        }
        assert_eq!(decimal(25_050), "250.50");
        assert_eq!(decimal(7), "0.07");
        assert_eq!(decimal(-7), "-0.07");
    }

    #[test]
    fn the_list_prices_only_what_is_charged() {
        let made_available = BTreeMap::from([("video_sessions".to_owned(), "250".to_owned())]);
        let changed = BTreeMap::from([("domain".to_owned(), "75.00".to_owned())]);
        let typed = TypedPrices {
            currency: "eur",
            content_platform: Some("1500"),
            made_available: &made_available,
            changed: &changed,
        };
        let list = PriceList::parse(&typed).unwrap();
        let eur = |minor| Some(Money { minor, currency: Currency("EUR".into()) });
        assert_eq!(list.price("made_available", "video_sessions"), eur(25_000));
        assert_eq!(list.price("changed", "domain"), eur(7_500));
        assert_eq!(list.price("platform_created", "content_platform"), eur(150_000));
        assert_eq!(list.price("made_available", "two_factor"), None, "no price given");
        assert_eq!(PriceList::default().price("changed", "domain"), None);

        let free = BTreeMap::from([("inactivity_deactivation".to_owned(), "5".to_owned())]);
        let refused = PriceList::parse(&TypedPrices { made_available: &free, changed: &changed, ..typed.clone() });
        assert!(matches!(refused, Err(PriceError::NeverCharged { .. })), "{refused:?}");
        let wrong_event = BTreeMap::from([("domain".to_owned(), "5".to_owned())]);
        let refused = PriceList::parse(&TypedPrices { made_available: &wrong_event, ..typed.clone() });
        assert!(matches!(refused, Err(PriceError::NeverCharged { .. })));
        let unknown = BTreeMap::from([("teleportation".to_owned(), "5".to_owned())]);
        let refused = PriceList::parse(&TypedPrices { changed: &unknown, ..typed.clone() });
        assert_eq!(refused, Err(PriceError::UnknownConfiguration("teleportation".into())));
        assert!(PriceList::parse(&TypedPrices { currency: "euro", ..typed }).is_err());
    }
}
