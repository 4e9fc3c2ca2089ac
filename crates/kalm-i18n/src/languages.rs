//! Which language a page is shown in. Pages pick the language of the
//! signed-in person, else the switcher's or the browser's choice among the
//! platform's languages, else the platform's default; the operator console
//! negotiates from the browser. The rules are plain functions over the
//! candidates, so the web layer only gathers them from the request.

use kalm_domain::languages::Language;

/// Languages whose locale files are complete (a test checks each against
/// English); a language missing here would fall back to the platform default
/// and then to English.
pub const TRANSLATED: [Language; 8] = Language::ALL;

/// Picks the page language: the first candidate that is translated.
pub fn page_language(candidates: &[Option<Language>]) -> Language {
    candidates.iter().flatten().copied().find(|l| TRANSLATED.contains(l)).unwrap_or(Language::En)
}

/// The language of a page on a platform. `offered` starts with the
/// platform's default. A signed-in person's own choice wins when it is
/// offered; before login the switcher's cookie, then the browser's
/// `Accept-Language`; the default otherwise.
pub fn platform_language(
    offered: &[Language],
    own: Option<Language>,
    chosen: Option<Language>,
    accept_language: Option<&str>,
) -> Language {
    let default = offered.first().copied().unwrap_or(Language::En);
    let pick = match own {
        Some(own) => Some(own).filter(|l| offered.contains(l)),
        None => chosen
            .filter(|l| offered.contains(l))
            .or_else(|| accept_language.and_then(|header| Language::negotiate(header, offered))),
    };
    page_language(&[pick, Some(default)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_language_follows_offer_choice_and_browser() {
        use Language::{De, En, Nl};
        let offered = [Nl, En];
        assert_eq!(platform_language(&offered, Some(En), None, None), En, "own choice");
        assert_eq!(platform_language(&offered, Some(De), Some(En), Some("en")), Nl, "own choice not offered: default");
        assert_eq!(platform_language(&offered, None, Some(En), Some("nl")), En, "switcher beats browser");
        assert_eq!(platform_language(&offered, None, Some(De), Some("de, en;q=0.5")), En, "browser among offered");
        assert_eq!(platform_language(&[Nl], None, None, Some("en")), Nl, "one language offered");
    }

    #[test]
    fn the_first_translated_candidate_wins() {
        assert_eq!(page_language(&[None, Some(Language::Pl), Some(Language::Nl)]), Language::Pl);
        assert_eq!(page_language(&[None]), Language::En);
    }
}
