//! Checks on the wording of every locale that a reviewer would otherwise
//! have to catch by eye: French typography, the form of address chosen per
//! language (locales/README.md), and text messages that fit one SMS.

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
            let body = match line.split_once(" = ") {
                Some((id, rest)) if !id.starts_with(' ') => rest,
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

/// Spanish speaks to the reader as tú, German as Sie (locales/README.md).
#[test]
fn each_language_keeps_its_form_of_address() {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    for (at, text) in texts("es") {
        let words = words(&text);
        assert!(!words.iter().any(|w| w == "usted" || w == "ustedes"), "{at}: usted in a tú text: {text}");
    }
    for (at, text) in texts("de") {
        let words = words(&text);
        assert!(
            !words
                .iter()
                .any(|w| ["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner"].contains(&w.as_str())),
            "{at}: du in a Sie text: {text}"
        );
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
}
