//! Checks on the wording of every locale that a reviewer would otherwise
//! have to catch by eye: French typography, the form of address chosen per
//! language, the field terms chosen per country (both in locales/README.md),
//! and text messages that fit one SMS.

use std::path::Path;

use crate::{TRANSLATED, Tr};

/// Each message line of `lang`'s files, outside placeables: the text a
/// reader sees, with `{ … }` taken out.
fn texts(lang: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales").join(lang);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("a locale folder") {
        let path = entry.expect("entry").path();
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        for (n, line) in std::fs::read_to_string(&path).expect("a locale file").lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            // A message's first line without its id (`id = text`, or just
            // `id =` before a multi-line text); other lines as they are.
            let body = match line.split_once(" =") {
                Some((id, rest)) if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => rest,
                _ => line,
            };
            let mut text = String::new();
            let mut depth = 0usize;
            for c in body.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth = depth.saturating_sub(1),
                    _ if depth == 0 => text.push(c),
                    _ => {}
                }
            }
            out.push((format!("{lang}/{file}:{}", n + 1), text));
        }
    }
    assert!(out.len() > 100, "the {lang} locale was read");
    out
}

/// French puts a non-breaking space before `? ! ; :` (and inside « »),
/// never an ordinary one that could break the line before the sign.
#[test]
fn french_signs_are_not_left_alone_at_the_start_of_a_line() {
    for (at, text) in texts("fr") {
        for sign in ["?", "!", ";", ":"] {
            assert!(!text.contains(&format!(" {sign}")), "{at}: an ordinary space before {sign:?}: {text}");
        }
        assert!(!text.contains("« ") && !text.contains(" »"), "{at}: ordinary spaces inside « »: {text}");
    }
}

/// The words of a text, lowercased.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The words that would address the reader in the register a language does
/// not use (locales/README.md, "Form of address"), as whole words,
/// lowercased; Danish writes its formal De, Dem, Deres with a capital
/// (lowercase "deres" is "their"), so those are compared as written. Spanish
/// also lists the usted imperatives and enclitic forms a tú text slips into
/// (the subjunctive third person, "que no use nadie", stays allowed).
fn other_register(lang: &str) -> &'static [&'static str] {
    match lang {
        "nl" => &["u", "uw", "uzelf"],
        "de" => &["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines"],
        "da" => &["Dem", "Deres"],
        "es" => &[
            "usted",
            "ustedes",
            "inténtelo",
            "compruebe",
            "envíe",
            "elija",
            "revise",
            "escriba",
            "póngase",
            "introduzca",
            "seleccione",
            "pulse",
            "utilice",
            "pídalo",
            "revíselo",
            "confírmelo",
            "guárdelos",
        ],
        "fr" => &["tu", "toi", "ton", "ta", "tes", "te"],
        "hu" => &["te", "téged", "neked", "veled", "rólad", "kérlek", "tiéd"],
        "pl" => &["pan", "pani", "pana", "panią", "państwo", "państwa"],
        _ => &[],
    }
}

/// Where `text` addresses the reader in the other register, the word.
fn other_register_in(lang: &str, text: &str) -> Option<String> {
    let avoided = other_register(lang);
    if lang == "da" {
        return text.split(|c: char| !c.is_alphabetic()).find(|w| avoided.contains(w)).map(str::to_owned);
    }
    words(text).into_iter().find(|w| avoided.contains(&w.as_str()))
}

/// Polish writes the pronouns of direct address with a capital letter
/// (Ty, Twój, Cię); the lowercase form, where one slipped in.
fn lowercase_ty(text: &str) -> Option<String> {
    const FORMS: &[&str] = &[
        "ty", "twój", "twoja", "twoje", "twojego", "twojej", "twoim", "twoich", "twoją", "twoi", "twoimi", "cię",
        "ciebie", "tobie", "tobą",
    ];
    text.split(|c: char| !c.is_alphabetic()).find(|w| FORMS.contains(w)).map(str::to_owned)
}

/// Each language speaks to the reader in its register: nl je, de Sie,
/// da du, es tú, fr vous, hu Ön, pl Ty (locales/README.md).
#[test]
fn each_language_keeps_its_form_of_address() {
    for lang in ["nl", "de", "da", "es", "fr", "hu", "pl"] {
        for (at, text) in texts(lang) {
            if let Some(word) = other_register_in(lang, &text) {
                panic!("{at}: {word:?} is the register {lang} does not use: {text}");
            }
        }
    }
    for (at, text) in texts("pl") {
        assert_eq!(lowercase_ty(&text), None, "{at}: Ty, Twój, Cię with a capital letter: {text}");
    }
}

/// The terms chosen against in locales/README.md ("Terms"): the other word
/// for a concept, a field term the country's care does not use, or a calque
/// the reviewers named. Each is matched at the start of a word, so a stem
/// ("klient") also catches its forms ("Klienten", "klientkonti"); one
/// starting with `^` only at the start of a text (a label: "Eerst gebruikt",
/// not "Voor het eerst gebruikt").
fn avoided_terms(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &["therapist", "care provider", "sign in", "signed in", "sign out", "signed out", "log-in"],
        "nl" => &["professioneel account", "professionele account", "zorgverlener", "^eerst gebruikt"],
        "de" => &["klient", "therapeut"],
        "da" => &["klient", "først brugt"],
        "es" => &["cliente", "usuario", "cuenta profesional", "cuentas profesionales", "se ha olvidado"],
        "fr" => &["client", "usager", "compte professionnel", "comptes professionnels", "professionnel de santé"],
        "hu" => &["hozzátartoz", "kliens", "szakmai fiók", "elfelejtés", "elfelejtve"],
        "pl" => &["klient", "konto specjalisty", "konta specjalistów", "kont specjalistów"],
        _ => &[],
    }
}

/// Whether `term` starts a word of `text` (case-insensitive), or with a
/// leading `^`, the text itself.
fn uses(text: &str, term: &str) -> bool {
    let text = text.trim().to_lowercase();
    if let Some(label) = term.strip_prefix('^') {
        return text.starts_with(label);
    }
    text.match_indices(term).any(|(i, _)| !text[..i].chars().next_back().is_some_and(char::is_alphabetic))
}

#[test]
fn each_language_keeps_its_chosen_terms() {
    for language in TRANSLATED {
        let lang = language.code();
        for (at, text) in texts(lang) {
            for term in avoided_terms(lang) {
                assert!(!uses(&text, term), "{at}: {term:?} is a term chosen against (locales/README.md): {text}");
            }
        }
    }
}

/// The first word of a label, lowercased, cut to a stem that also finds its
/// inflected forms ("Specjalista" → "specjalis", "Behandler/in" → "behandl").
fn stem(label: &str) -> String {
    let word: String = label.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    let keep = word.chars().count().saturating_sub(2).max(5);
    word.chars().take(keep).collect()
}

/// The professional account is every staff member's (also secretaries and
/// application managers), so where a language has a word for the treating
/// role, the staff account is not named after it; and a tool (a module,
/// diary or questionnaire a client works through) is never called by the
/// word the two-factor screens use for a device. English is the exception
/// to the first rule: "professional" is its one word for both.
#[test]
fn staff_accounts_and_tools_keep_their_own_words() {
    for language in TRANSLATED.into_iter().filter(|l| l.code() != "en") {
        let tr = Tr::new(language);
        let role = stem(&tr.t("role-professional"));
        for id in ["account-type-professional", "config-field-professionals", "inactivity-type-professional"] {
            let text = tr.t(id);
            assert!(!uses(&text, &role), "{}: {id} names staff after the therapist role ({role}): {text}", tr.lang());
        }
    }
    for language in TRANSLATED {
        let tr = Tr::new(language);
        let device = stem(&tr.t("two-factor-device"));
        for id in ["email-kind-tool-assigned", "email-tool-assigned-subject"] {
            let text = tr.t(id);
            assert!(!uses(&text, &device), "{}: {id} calls a tool a device ({device}): {text}", tr.lang());
        }
    }
}

/// The GSM 03.38 alphabet with its extension table; a text message in it
/// holds 160 characters (extension characters count twice), otherwise it
/// is sent as UCS-2 and holds only 70.
fn gsm_septets(text: &str) -> Option<usize> {
    const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const EXTENSION: &str = "^{}\\[~]|€";
    text.chars().try_fold(0, |n, c| {
        if BASIC.contains(c) {
            Some(n + 1)
        } else if EXTENSION.contains(c) {
            Some(n + 2)
        } else {
            None
        }
    })
}

/// The login code text of every language is one SMS: GSM-7 only, at most
/// 160 characters with a platform name of 30 characters.
#[test]
fn every_login_code_text_is_one_text_message() {
    for language in TRANSLATED {
        let text = Tr::new(language).args(
            "sms-code-text",
            &[("code", "123456".to_owned()), ("platform", "Harbour Care and Wellbeing Co.".to_owned())],
        );
        let septets = gsm_septets(&text)
            .unwrap_or_else(|| panic!("{}: characters outside GSM-7 make it two messages: {text}", language.code()));
        assert!(septets <= 160, "{}: {septets} characters: {text}", language.code());
    }
}

#[test]
fn the_checks_catch_what_they_are_for() {
    assert_eq!(gsm_septets("Kód 123456"), None, "ó is not GSM-7");
    assert_eq!(gsm_septets("[1]"), Some(5), "extension characters count twice");

    assert_eq!(other_register_in("es", "Inténtelo de nuevo."), Some("inténtelo".to_owned()), "usted imperative");
    assert_eq!(other_register_in("es", "Hazlo en un dispositivo que no use nadie más."), None, "subjunctive");
    assert_eq!(other_register_in("de", "Prüfe deine Eingabe."), Some("deine".to_owned()), "du in German");
    assert_eq!(other_register_in("nl", "Vul uw e-mailadres in."), Some("uw".to_owned()), "u in Dutch");
    assert_eq!(other_register_in("hu", "Kérlek, jelentkezz be."), Some("kérlek".to_owned()), "te in Hungarian");
    assert_eq!(other_register_in("da", "Deres adgangskode er gemt."), Some("Deres".to_owned()), "De in Danish");
    assert_eq!(other_register_in("da", "behandlere og deres patienter"), None, "their, not De");
    assert_eq!(lowercase_ty("lepiej chroni twoje konto"), Some("twoje".to_owned()), "lowercase ty");
    assert_eq!(lowercase_ty("lepiej chroni Twoje konto"), None);

    assert!(uses("Ihre Klientinnen und Klienten", "klient"), "a stem finds its forms");
    assert!(uses("Az Ön hozzátartozói", "hozzátartoz"));
    assert!(uses("Ask your therapist or a secretary", "therapist"));
    assert!(uses("Først brugt", "først brugt"), "case-insensitive");
    assert!(uses("Eerst gebruikt", "^eerst gebruikt") && !uses("Voor het eerst gebruikt", "^eerst gebruikt"));
    assert!(!uses("Patientenkonto", "klient"));
    assert!(!uses("pacjent", "client"), "only at the start of a word");

    assert_eq!(stem("Specjalista"), "specjalis");
    assert_eq!(stem("Behandler/in"), "behandl");
    assert!(uses("Konto specjalisty", &stem("Specjalista")), "a staff account named after the role");
    assert!(!uses("Konto personelu", &stem("Specjalista")));
    assert!(uses("Eszköz hozzárendelve", &stem("Eszköz")), "a tool called a device");
    assert!(!uses("Feladat kiosztva", &stem("Eszköz")));
}
