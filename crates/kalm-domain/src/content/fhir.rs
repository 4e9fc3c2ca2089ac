//! A tool as an HL7 FHIR R4 `Questionnaire`, so that other systems (an
//! electronic health record, a research data platform) can read what a
//! released version asks and how its answers are weighted.
//!
//! Written as plain `serde_json` values rather than with a FHIR model crate:
//! the export uses a handful of elements, and a model of all of FHIR would
//! cost more compile time than the mapping itself. The mapping is one way
//! and is documented in `docs/content.md`:
//!
//! - Every item keeps its id as `linkId`, so answers exchanged later as a
//!   `QuestionnaireResponse` refer to the same questions.
//! - An answer option carries the score it counts for as the `itemWeight`
//!   extension, *after* reverse scoring, so a receiver that adds up weights
//!   gets Kalm's total. Totals, bands and item alerts have no plain R4 form
//!   and stay in the Kalm document.
//! - Item texts are Markdown in Kalm; FHIR's `text` is a plain string, so
//!   they are exported as their words (`markdown::to_plain_text`).
//! - A module exports its question blocks only: reading text, images and
//!   feedback points are not questions.
//! - FHIR JSON allows neither empty strings nor empty arrays, so an element
//!   with nothing in it (a draft's empty text, an item without options) is
//!   left out instead of written empty.

use serde_json::{Map, Value, json};

use super::document::{AnswerType, AnswerValue, Condition, Item, Points, ToolDocument};
use super::markdown;
use super::scoring;

/// What choosing an answer option scores.
pub const ITEM_WEIGHT: &str = "http://hl7.org/fhir/StructureDefinition/itemWeight";
/// The lowest answer a number or scale item accepts.
pub const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
/// The highest answer a number or scale item accepts.
pub const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

/// `document` as a FHIR R4 `Questionnaire` resource, published at `url` as
/// `version` (the tool's release number). A version below 1 stands for the
/// draft, which is exported with status `draft`: a receiver must not take
/// work in progress for something clients are answering.
pub fn questionnaire(document: &ToolDocument, url: &str, version: i64) -> Value {
    let items = document.content.items();
    let mut resource = Map::new();
    resource.insert("resourceType".into(), json!("Questionnaire"));
    resource.insert("url".into(), json!(url));
    resource.insert("version".into(), json!(version.to_string()));
    resource.insert("name".into(), json!(machine_name(&document.title)));
    resource.insert("title".into(), json!(document.title));
    resource.insert("status".into(), json!(if version >= 1 { "active" } else { "draft" }));
    resource.insert("language".into(), json!(document.language.code()));
    if !document.description.trim().is_empty() {
        resource.insert("description".into(), json!(document.description));
    }
    if !items.is_empty() {
        let exported: Vec<Value> = items.iter().map(|item| export_item(item, &items)).collect();
        resource.insert("item".into(), Value::Array(exported));
    }
    Value::Object(resource)
}

fn export_item(item: &Item, items: &[&Item]) -> Value {
    let mut out = Map::new();
    out.insert("linkId".into(), json!(item.id));
    let text = markdown::to_plain_text(&item.text);
    let text = text.trim();
    if !text.is_empty() {
        out.insert("text".into(), json!(text));
    }
    let mut extensions = Vec::new();
    match &item.answer {
        AnswerType::SingleChoice { .. } => {
            out.insert("type".into(), json!("choice"));
        }
        AnswerType::MultipleChoice { .. } => {
            out.insert("type".into(), json!("choice"));
            out.insert("repeats".into(), json!(true));
        }
        AnswerType::Scale { min, max, .. } => {
            // An integer with bounds rather than a list of options: a 0–10
            // scale is a number to a receiver, and its value is its score.
            out.insert("type".into(), json!("integer"));
            extensions.push(json!({ "url": MIN_VALUE, "valueInteger": min }));
            extensions.push(json!({ "url": MAX_VALUE, "valueInteger": max }));
        }
        AnswerType::Number { min, max } => {
            out.insert("type".into(), json!("decimal"));
            if let Some(min) = min {
                extensions.push(json!({ "url": MIN_VALUE, "valueDecimal": decimal(*min) }));
            }
            if let Some(max) = max {
                extensions.push(json!({ "url": MAX_VALUE, "valueDecimal": decimal(*max) }));
            }
        }
        AnswerType::FreeText { multiline } => {
            out.insert("type".into(), json!(if *multiline { "text" } else { "string" }));
        }
        AnswerType::Date => {
            out.insert("type".into(), json!("date"));
        }
    }
    if !extensions.is_empty() {
        out.insert("extension".into(), Value::Array(extensions));
    }
    if let Some(condition) = &item.show_if {
        out.insert("enableWhen".into(), json!([enable_when(condition, items)]));
    }
    out.insert("required".into(), json!(item.required));
    let options: Vec<Value> = item.answer.options().iter().map(|option| export_option(item, option)).collect();
    if !options.is_empty() {
        out.insert("answerOption".into(), Value::Array(options));
    }
    Value::Object(out)
}

fn export_option(item: &Item, option: &super::document::AnswerOption) -> Value {
    let mut coding = Map::new();
    coding.insert("code".into(), json!(option.id));
    if !option.text.trim().is_empty() {
        coding.insert("display".into(), json!(option.text));
    }
    let mut out = Map::new();
    out.insert("valueCoding".into(), Value::Object(coding));
    // The score the option counts for, reverse scoring applied: the same
    // function the server scores with, so the two cannot drift apart.
    let answer = match &item.answer {
        AnswerType::MultipleChoice { .. } => AnswerValue::Choices(vec![option.id.clone()]),
        _ => AnswerValue::Choice(option.id.clone()),
    };
    if let Some(weight) = scoring::item_score(item, &answer) {
        out.insert("extension".into(), json!([{ "url": ITEM_WEIGHT, "valueDecimal": decimal(weight) }]));
    }
    Value::Object(out)
}

/// One `enableWhen` for a show-if condition. The answer's type follows the
/// question it looks at, as FHIR expects: an integer for a scale (the
/// threshold rounded so that the same whole answers pass), a decimal for a
/// number.
fn enable_when(condition: &Condition, items: &[&Item]) -> Value {
    let question = condition.item();
    let on_scale = items.iter().any(|i| i.id == question && matches!(i.answer, AnswerType::Scale { .. }));
    match condition {
        Condition::Answered { .. } => json!({ "question": question, "operator": "exists", "answerBoolean": true }),
        Condition::Chosen { option, .. } => {
            json!({ "question": question, "operator": "=", "answerCoding": { "code": option } })
        }
        // A whole answer above 4.5 is one above 4; below 4.5, one below 5.
        Condition::Above { value, .. } if on_scale => {
            json!({ "question": question, "operator": ">", "answerInteger": value.0.div_euclid(100) })
        }
        Condition::Below { value, .. } if on_scale => {
            json!({ "question": question, "operator": "<", "answerInteger": -(-value.0).div_euclid(100) })
        }
        Condition::Above { value, .. } => {
            json!({ "question": question, "operator": ">", "answerDecimal": decimal(*value) })
        }
        Condition::Below { value, .. } => {
            json!({ "question": question, "operator": "<", "answerDecimal": decimal(*value) })
        }
    }
}

/// A score as a JSON number: whole scores without a fraction (`3`, not
/// `3.0`), as they are written in the Kalm document.
fn decimal(points: Points) -> Value {
    if points.0 % 100 == 0 { json!(points.0 / 100) } else { json!(points.as_f64()) }
}

/// FHIR's `name`: "usable as an identifier for the module by machine
/// processing applications such as code generation", which its invariant
/// spells as `[A-Z]([A-Za-z0-9_]){0,254}`. Built from the title's words,
/// each capitalised (`PHQ-9` becomes `PHQ9`, `Better sleep` `BetterSleep`);
/// accented Latin letters lose their accent rather than the letter, so a
/// title in any of Kalm's languages keeps its words.
pub fn machine_name(title: &str) -> String {
    let mut name = String::new();
    let mut word_start = true;
    let mut ascii = [0u8; 4];
    for c in title.chars() {
        let folded: &str = if c.is_ascii_alphanumeric() { c.encode_utf8(&mut ascii) } else { fold(c) };
        if folded.is_empty() {
            word_start = true;
            continue;
        }
        for f in folded.chars() {
            name.push(if word_start { f.to_ascii_uppercase() } else { f });
            word_start = false;
        }
    }
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        name.insert_str(0, "Tool");
    }
    // All ASCII by now, so cutting at a byte count cuts at a character.
    name.truncate(255);
    name
}

/// A letter outside ASCII as the ASCII letters it is written as without
/// its accent (the letters of Kalm's eight languages); empty for anything
/// else, which then separates words.
fn fold(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ą' => "A",
        'æ' => "ae",
        'Æ' => "Ae",
        'ç' | 'ć' => "c",
        'Ç' | 'Ć' => "C",
        'è' | 'é' | 'ê' | 'ë' | 'ę' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ę' => "E",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' => "I",
        'ł' => "l",
        'Ł' => "L",
        'ñ' | 'ń' => "n",
        'Ñ' | 'Ń' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ő' | 'ø' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ő' | 'Ø' => "O",
        'ś' => "s",
        'Ś' => "S",
        'ß' => "ss",
        'ù' | 'ú' | 'û' | 'ü' | 'ű' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ű' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' => "Y",
        'ź' | 'ż' => "z",
        'Ź' | 'Ż' => "Z",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::document::{Answers, ToolContent};
    use crate::content::release;
    use crate::content::scoring::score;

    const PHQ9: &str = include_str!("../../../kalm/content/phq9.en.json");
    const GAD7: &str = include_str!("../../../kalm/content/gad7.en.json");
    const SLEEP_MODULE_EN: &str = include_str!("../../../kalm/content/sleep-module.en.json");
    const SLEEP_MODULE_NL: &str = include_str!("../../../kalm/content/sleep-module.nl.json");
    const SLEEP_DIARY: &str = include_str!("../../../kalm/content/sleep-diary.en.json");
    const SLEEP_SVG: &str = include_str!("../../../kalm/content/sleep.svg");

    const SHIPPED: [(&str, &str); 5] = [
        ("phq9.en.json", PHQ9),
        ("gad7.en.json", GAD7),
        ("sleep-module.en.json", SLEEP_MODULE_EN),
        ("sleep-module.nl.json", SLEEP_MODULE_NL),
        ("sleep-diary.en.json", SLEEP_DIARY),
    ];

    fn phq9() -> ToolDocument {
        ToolDocument::from_json(PHQ9).unwrap()
    }

    #[test]
    fn every_shipped_document_parses_and_may_be_released() {
        for (name, text) in SHIPPED {
            let document = ToolDocument::from_json(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(release::problems(&document), vec![], "{name}");
            // What is shipped is what an export of it gives back, so the
            // files stay in the schema's own shape.
            assert_eq!(ToolDocument::from_json(&document.to_json()).unwrap(), document, "{name}");
        }
    }

    #[test]
    fn the_module_comes_in_two_languages_with_the_same_structure() {
        let en = ToolDocument::from_json(SLEEP_MODULE_EN).unwrap();
        let nl = ToolDocument::from_json(SLEEP_MODULE_NL).unwrap();
        let shape = |d: &ToolDocument| match &d.content {
            ToolContent::Module { chapters } => chapters
                .iter()
                .flat_map(|c| c.pages.iter().map(move |p| (c.id.clone(), p.id.clone(), p.blocks.clone())))
                .map(|(c, p, blocks)| (c, p, blocks.iter().map(|b| b.id().to_owned()).collect::<Vec<_>>()))
                .collect::<Vec<_>>(),
            _ => panic!("not a module"),
        };
        assert_eq!(shape(&en), shape(&nl));
        let media = |d: &ToolDocument| match &d.content {
            ToolContent::Module { chapters } => chapters
                .iter()
                .flat_map(|c| &c.pages)
                .flat_map(|p| &p.blocks)
                .filter_map(|b| match b {
                    crate::content::Block::Image { media, .. } => Some(media.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>(),
            _ => vec![],
        };
        assert_eq!(media(&en).len(), 1);
        assert_eq!(media(&en), media(&nl), "both show the same picture");
    }

    #[test]
    fn the_shipped_picture_is_small_and_inert() {
        assert!(SLEEP_SVG.len() < 4096);
        let lower = SLEEP_SVG.to_ascii_lowercase();
        for forbidden in ["<script", "href", "<text", "<image", "<foreignobject", "url(", " on"] {
            assert!(!lower.contains(forbidden), "{forbidden}");
        }
    }

    #[test]
    fn the_shipped_phq9_scores_as_published() {
        let document = phq9();
        let answers = |weights: [u8; 9]| -> Answers {
            weights
                .iter()
                .enumerate()
                .map(|(i, w)| (format!("phq9_{}", i + 1), AnswerValue::Choice(w.to_string())))
                .collect()
        };
        let cases = [
            ([0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "Minimal depression", false),
            ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "Mild depression", false),
            ([3, 3, 3, 1, 0, 0, 0, 0, 0], 10, "Moderate depression", false),
            ([3, 3, 3, 3, 3, 0, 0, 0, 0], 15, "Moderately severe depression", true),
            ([3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "Severe depression", true),
        ];
        for (weights, expected, band, alert) in cases {
            let result = score(&document.content, &answers(weights));
            assert_eq!(result.totals[0].score, Some(Points::whole(expected)));
            let reached = result.totals[0].band.clone().unwrap();
            assert_eq!((reached.label.as_str(), reached.alert), (band, alert));
            assert!(result.item_alerts.is_empty());
        }
        // The difficulty question is asked but never counted.
        let mut with_difficulty = answers([3; 9]);
        with_difficulty.insert("phq9_difficulty".into(), AnswerValue::Choice("very_difficult".into()));
        let result = score(&document.content, &with_difficulty);
        assert_eq!(result.totals[0].score, Some(Points::whole(27)));
        assert_eq!(result.item_alerts, vec!["Thoughts of being better off dead or of self-harm (item 9)".to_owned()]);
    }

    #[test]
    fn phq9_exports_with_link_ids_and_item_weights() {
        let document = phq9();
        let resource = questionnaire(&document, "https://kalm.example/fhir/Questionnaire/phq9", 3);
        assert_eq!(resource["resourceType"], "Questionnaire");
        assert_eq!(resource["url"], "https://kalm.example/fhir/Questionnaire/phq9");
        assert_eq!(resource["version"], "3");
        assert_eq!(questionnaire(&document, "urn:x", 0)["status"], "draft", "the draft is not a release");
        assert_eq!(resource["name"], "PHQ9");
        assert_eq!(resource["title"], "PHQ-9");
        assert_eq!(resource["status"], "active");
        assert_eq!(resource["language"], "en");

        let items = resource["item"].as_array().unwrap();
        assert_eq!(items.len(), 10);
        let link_ids: Vec<&str> = items.iter().map(|i| i["linkId"].as_str().unwrap()).collect();
        let expected: Vec<&str> = document.content.items().iter().map(|i| i.id.as_str()).collect();
        assert_eq!(link_ids, expected);

        let first = &items[0];
        assert_eq!(first["type"], "choice");
        assert_eq!(first["required"], true);
        assert_eq!(first["text"], "Little interest or pleasure in doing things");
        let options = first["answerOption"].as_array().unwrap();
        assert_eq!(options.len(), 4);
        for (weight, option) in options.iter().enumerate() {
            assert_eq!(option["valueCoding"]["code"], weight.to_string());
            let extension = &option["extension"][0];
            assert_eq!(extension["url"], ITEM_WEIGHT);
            assert_eq!(extension["valueDecimal"], json!(weight));
        }
        assert_eq!(options[3]["valueCoding"]["display"], "Nearly every day");

        let difficulty = &items[9];
        assert_eq!(difficulty["required"], false);
        let unweighted = difficulty["answerOption"].as_array().unwrap();
        assert!(unweighted.iter().all(|o| o.get("extension").is_none()), "an unscored option has no weight");

        let text = serde_json::to_string_pretty(&resource).unwrap();
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, resource);
        assert!(!text.contains("\"\""), "FHIR allows no empty strings");
    }

    fn document(items: serde_json::Value) -> ToolDocument {
        let text = json!({
            "schema": "kalm-tool/1", "language": "nl", "title": "Stemming & slaap", "description": "",
            "content": { "kind": "questionnaire", "items": items }
        });
        ToolDocument::from_json(&text.to_string()).unwrap()
    }

    #[test]
    fn conditions_export_as_enable_when() {
        let document = document(json!([
            { "id": "mood", "text": "How is your **mood**?", "required": true,
              "answer": { "type": "scale", "min": 0, "max": 10 } },
            { "id": "hours", "text": "Hours slept", "answer": { "type": "number", "min": 0, "max": 12.5 } },
            { "id": "help", "text": "Want help?", "answer": { "type": "single_choice", "options": [
                { "id": "yes", "text": "Yes" }, { "id": "no", "text": "No" } ] } },
            { "id": "why", "text": "Why?", "show_if": { "when": "below", "item": "mood", "value": 4.5 },
              "answer": { "type": "free_text", "multiline": true } },
            { "id": "good", "text": "What went well?", "show_if": { "when": "above", "item": "mood", "value": 7 },
              "answer": { "type": "free_text" } },
            { "id": "nap", "text": "Did you nap?", "show_if": { "when": "below", "item": "hours", "value": 6.25 },
              "answer": { "type": "date" } },
            { "id": "who", "text": "Who?", "show_if": { "when": "chosen", "item": "help", "option": "yes" },
              "answer": { "type": "multiple_choice", "options": [
                { "id": "gp", "text": "My doctor" }, { "id": "friend", "text": "A friend" } ] } },
            { "id": "more", "text": "Anything else?", "show_if": { "when": "answered", "item": "why" },
              "answer": { "type": "free_text" } }
        ]));
        assert_eq!(release::problems(&document), vec![]);
        let resource = questionnaire(&document, "urn:uuid:0b7e5c1e-8f0a-4c55-9d8e-2d1c3b4a5f60", 1);
        assert_eq!(resource["name"], "StemmingSlaap");
        assert_eq!(resource["language"], "nl");
        assert!(resource.get("description").is_none(), "an empty description is left out");
        let items = resource["item"].as_array().unwrap();
        let by_id = |id: &str| items.iter().find(|i| i["linkId"] == id).unwrap();

        let mood = by_id("mood");
        assert_eq!(mood["text"], "How is your mood?", "texts are exported as their words");
        assert_eq!(mood["type"], "integer");
        assert_eq!(
            mood["extension"],
            json!([{ "url": MIN_VALUE, "valueInteger": 0 }, { "url": MAX_VALUE, "valueInteger": 10 }])
        );
        assert_eq!(
            by_id("hours")["extension"],
            json!([{ "url": MIN_VALUE, "valueDecimal": 0 }, { "url": MAX_VALUE, "valueDecimal": 12.5 }])
        );
        assert_eq!(by_id("hours")["type"], "decimal");
        assert_eq!(by_id("why")["type"], "text");
        assert_eq!(by_id("good")["type"], "string");
        assert_eq!(by_id("nap")["type"], "date");
        assert_eq!(by_id("who")["type"], "choice");
        assert_eq!(by_id("who")["repeats"], true);
        assert_eq!(by_id("mood").get("repeats"), None);

        assert_eq!(
            by_id("why")["enableWhen"],
            json!([{ "question": "mood", "operator": "<", "answerInteger": 5 }]),
            "below 4.5 on a whole-number scale is below 5"
        );
        assert_eq!(by_id("good")["enableWhen"], json!([{ "question": "mood", "operator": ">", "answerInteger": 7 }]));
        assert_eq!(
            by_id("nap")["enableWhen"],
            json!([{ "question": "hours", "operator": "<", "answerDecimal": 6.25 }])
        );
        assert_eq!(
            by_id("who")["enableWhen"],
            json!([{ "question": "help", "operator": "=", "answerCoding": { "code": "yes" } }])
        );
        assert_eq!(
            by_id("more")["enableWhen"],
            json!([{ "question": "why", "operator": "exists", "answerBoolean": true }])
        );
        assert_eq!(by_id("mood").get("enableWhen"), None);
    }

    #[test]
    fn scale_thresholds_round_to_the_same_whole_answers() {
        // For every threshold in hundredths and every whole answer, the
        // exported integer comparison agrees with Kalm's own.
        let on_scale = |condition: Condition| {
            let scale = Item {
                id: "s".into(),
                text: "s".into(),
                required: true,
                reverse: false,
                show_if: None,
                answer: AnswerType::Scale { min: -5, max: 5, min_label: String::new(), max_label: String::new() },
            };
            enable_when(&condition, &[&scale])
        };
        for hundredths in -600..=600 {
            let value = Points(hundredths);
            let above = on_scale(Condition::Above { item: "s".into(), value })["answerInteger"].as_i64().unwrap();
            let below = on_scale(Condition::Below { item: "s".into(), value })["answerInteger"].as_i64().unwrap();
            for answer in -5i64..=5 {
                assert_eq!(answer > above, Points::whole(answer) > value, "{answer} above {}", value.display());
                assert_eq!(answer < below, Points::whole(answer) < value, "{answer} below {}", value.display());
            }
        }
    }

    #[test]
    fn reversed_options_export_the_score_they_count_for() {
        let document = document(json!([
            { "id": "calm", "text": "I felt calm", "reverse": true, "answer": { "type": "single_choice", "options": [
                { "id": "never", "text": "Never", "weight": 0 },
                { "id": "sometimes", "text": "Sometimes", "weight": 1.5 },
                { "id": "often", "text": "Often", "weight": 3 } ] } }
        ]));
        let resource = questionnaire(&document, "urn:x", 1);
        let weights: Vec<Value> = resource["item"][0]["answerOption"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["extension"][0]["valueDecimal"].clone())
            .collect();
        assert_eq!(weights, vec![json!(3), json!(1.5), json!(0)]);
    }

    #[test]
    fn a_module_exports_its_questions_only() {
        let module = ToolDocument::from_json(SLEEP_MODULE_NL).unwrap();
        let resource = questionnaire(&module, "urn:x", 2);
        assert_eq!(resource["name"], "BeterSlapen");
        assert_eq!(resource["language"], "nl");
        let items = resource["item"].as_array().unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0]["linkId"], "rested_morning");
        assert_eq!(items[0]["type"], "integer");

        let diary = ToolDocument::from_json(SLEEP_DIARY).unwrap();
        let resource = questionnaire(&diary, "urn:x", 1);
        assert_eq!(resource["item"].as_array().unwrap().len(), diary.content.items().len());
    }

    #[test]
    fn machine_names_follow_the_fhir_pattern() {
        for (title, name) in [
            ("PHQ-9", "PHQ9"),
            ("Better sleep", "BetterSleep"),
            ("mood diary", "MoodDiary"),
            ("Schlafqualität über Nacht", "SchlafqualitatUberNacht"),
            ("Łagodny sen", "LagodnySen"),
            ("9 vragen", "Tool9Vragen"),
            ("???", "Tool"),
            ("日记", "Tool"),
        ] {
            assert_eq!(machine_name(title), name, "{title}");
        }
        let long = machine_name(&"word ".repeat(100));
        assert_eq!(long.len(), 255);
        assert!(long.chars().all(|c| c.is_ascii_alphanumeric()));
    }
}
