//! The message catalogue as files on disk: which messages each language's
//! locale folder defines, in which feature file and with which variables.
//! The loader only sees the merged bundle, so these listings read the files
//! themselves; the tests here (and the web layer's check that every message
//! the code asks for exists) are built on them.

use kalm_domain::languages::Language;

/// The folder of one language's messages: `locales/<lang>/`, one `.ftl` file
/// per feature (`accounts.ftl`, `two_factor.ftl`, …); `static_loader!` (in
/// lib.rs) merges every file in it into the language's one bundle.
fn locale_dir(language: Language) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales").join(language.code())
}

/// The `.ftl` files of a language, sorted by name.
fn locale_files(language: Language) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(locale_dir(language))
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// The id of the message a line starts, if it starts one (continuation lines
/// are indented, comments start with `#`).
fn message_id(line: &str) -> Option<&str> {
    let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    starts_message.then(|| line.split_once('=')).flatten().map(|(id, _)| id.trim())
}

/// Every message of a locale folder with the feature file it is in
/// (`("login-title", "login")`), in file order, duplicates kept: the layout
/// test checks that every language puts each message in the same file.
pub fn message_files(language: Language) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in locale_files(language) {
        let feature = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        out.extend(text.lines().filter_map(message_id).map(|id| (id.to_owned(), feature.clone())));
    }
    out
}

/// Every message id in a locale folder, sorted, for the completeness test.
pub fn message_ids(language: Language) -> Vec<String> {
    let mut ids: Vec<String> = message_files(language).into_iter().map(|(id, _)| id).collect();
    ids.sort();
    ids
}

/// Every message of a locale folder with the variables it uses, for the
/// consistency tests.
pub fn messages_with_variables(language: Language) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for file in locale_files(language) {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for line in text.lines() {
            if let Some(id) = message_id(line) {
                out.push((id.to_owned(), Vec::new()));
            }
            if line.starts_with('#') {
                continue;
            }
            if let Some((_, vars)) = out.last_mut() {
                for piece in line.split('$').skip(1) {
                    let var: String = piece.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                    if !var.is_empty() && !vars.contains(&var) {
                        vars.push(var);
                    }
                }
            }
        }
    }
    for (_, vars) in &mut out {
        vars.sort();
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use fluent_templates::fluent_bundle::FluentValue;
    use unic_langid::LanguageIdentifier;

    use super::*;
    use crate::{LOCALES, TRANSLATED};

    #[test]
    fn every_locale_has_the_english_messages_with_the_same_variables() {
        let english = messages_with_variables(Language::En);
        for language in TRANSLATED {
            let other = messages_with_variables(language);
            let english_ids: Vec<_> = english.iter().map(|(id, _)| id).collect();
            let other_ids: Vec<_> = other.iter().map(|(id, _)| id).collect();
            let missing: Vec<_> = english_ids.iter().filter(|id| !other_ids.contains(id)).collect();
            let extra: Vec<_> = other_ids.iter().filter(|id| !english_ids.contains(id)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{language}: missing {missing:?}, extra {extra:?}");
            // By id, not by position: a translator may order a file differently.
            let theirs: HashMap<_, _> = other.iter().map(|(id, vars)| (id, vars)).collect();
            for (id, vars) in &english {
                assert_eq!(Some(&vars), theirs.get(id), "{language}: {id} uses other variables");
            }
        }
    }

    /// Every language has the same feature files, each message exactly once
    /// and in the same file as in English, so a feature's texts are found
    /// under one name in every language and a message can never be defined
    /// twice (which would make the loader refuse the whole language).
    #[test]
    fn every_language_splits_its_messages_into_the_same_feature_files() {
        let feature_files = |language| {
            locale_files(language).iter().filter_map(|f| f.file_stem()?.to_str().map(str::to_owned)).collect()
        };
        let english_files: Vec<String> = feature_files(Language::En);
        assert!(english_files.len() > 10, "one file per feature expected, found {english_files:?}");
        let english: HashMap<String, String> = message_files(Language::En).into_iter().collect();
        assert!(english.len() > 50, "English locale should be loaded");
        let mut problems = Vec::new();
        for language in TRANSLATED {
            // Only .ftl files directly in the folder: the loader would also
            // read files in a subfolder, which these tests do not look at.
            let stray: Vec<_> = std::fs::read_dir(locale_dir(language))
                .map(|d| d.flatten().map(|e| e.path()).collect::<Vec<_>>())
                .unwrap_or_default()
                .into_iter()
                .filter(|p| !(p.is_file() && p.extension().is_some_and(|e| e == "ftl")))
                .collect();
            if !stray.is_empty() {
                problems.push(format!("{language}: only .ftl files belong in the locale folder: {stray:?}"));
            }
            let files: Vec<String> = feature_files(language);
            if files != english_files {
                problems.push(format!("{language}: feature files {files:?}, English has {english_files:?}"));
            }

            let mut seen: HashMap<String, String> = HashMap::new();
            for (id, file) in message_files(language) {
                if let Some(first) = seen.get(&id) {
                    problems.push(format!("{language}: {id} is in both {first}.ftl and {file}.ftl"));
                    continue;
                }
                match english.get(&id) {
                    None => problems.push(format!("{language}: {id} ({file}.ftl) is not an English message")),
                    Some(theirs) if *theirs != file => {
                        problems.push(format!("{language}: {id} is in {file}.ftl, English has it in {theirs}.ftl"))
                    }
                    Some(_) => {}
                }
                seen.insert(id, file);
            }
            let mut missing: Vec<_> = english.keys().filter(|id| !seen.contains_key(*id)).collect();
            missing.sort();
            for id in missing {
                problems.push(format!("{language}: {id} is missing (English has it in {}.ftl)", english[id]));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The binary has every message of every file on disk, and each formats
    /// cleanly with its variables: the loader merged all feature files, and a
    /// file added since the last build was not left out (build.rs makes cargo
    /// rebuild when the locale folders change).
    #[test]
    fn every_message_on_disk_is_compiled_in() {
        for language in TRANSLATED {
            let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
            let mut problems = Vec::new();
            for (message, vars) in messages_with_variables(language) {
                let args: HashMap<String, FluentValue<'_>> =
                    vars.into_iter().map(|v| (v, FluentValue::from(2))).collect();
                if let Err(e) = LOCALES.lookup_single_language(&id, &message, Some(&args)) {
                    problems.push(format!("{message}: {e}"));
                }
            }
            assert!(problems.is_empty(), "{language}: {problems:#?}");
        }
    }
}
