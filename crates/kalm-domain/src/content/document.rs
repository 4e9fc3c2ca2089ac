//! The tool document: what an author builds and a release freezes, and the
//! JSON it is exchanged as (schema `kalm-tool/1`, see `docs/content.md`).
//!
//! Parsing is strict (`deny_unknown_fields`): an export from a newer
//! Kalm, or a typo in a hand-edited file, is refused with the field's
//! path instead of being dropped in silence. Whether a parsed document is
//! complete enough to release is a separate question (`release`): a draft
//! may be half-written, a version may not.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::languages::Language;

/// The schema every exported document names, so that a later Kalm can tell
/// which shape it reads.
pub const SCHEMA: &str = "kalm-tool/1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolKind {
    Module,
    Diary,
    Questionnaire,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    #[error("unknown kind of tool {0:?}; expected module, diary or questionnaire")]
    UnknownKind(String),
    #[error("the title must not be empty")]
    TitleEmpty,
    #[error("the title is longer than 200 characters")]
    TitleTooLong,
    #[error("the description is longer than 1000 characters")]
    DescriptionTooLong,
    #[error("not a tool document: {0}")]
    NotADocument(String),
    #[error("this document is of schema {0:?}; this version of Kalm reads kalm-tool/1")]
    UnknownSchema(String),
}

impl ContentError {
    pub fn code(&self) -> &'static str {
        match self {
            ContentError::UnknownKind(_) => "tool_kind_unknown",
            ContentError::TitleEmpty => "tool_title_empty",
            ContentError::TitleTooLong => "tool_title_too_long",
            ContentError::DescriptionTooLong => "tool_description_too_long",
            ContentError::NotADocument(_) => "tool_document_invalid",
            ContentError::UnknownSchema(_) => "tool_schema_unknown",
        }
    }
}

impl ToolKind {
    pub const ALL: [ToolKind; 3] = [ToolKind::Module, ToolKind::Diary, ToolKind::Questionnaire];

    pub fn code(self) -> &'static str {
        match self {
            ToolKind::Module => "module",
            ToolKind::Diary => "diary",
            ToolKind::Questionnaire => "questionnaire",
        }
    }

    pub fn parse(input: &str) -> Result<ToolKind, ContentError> {
        let code = input.trim().to_ascii_lowercase();
        ToolKind::ALL.into_iter().find(|k| k.code() == code).ok_or_else(|| ContentError::UnknownKind(input.to_owned()))
    }
}

/// A score in hundredths, so that sums and means add up exactly and a
/// band edge such as 4.5 is an exact value. Written in JSON as a plain
/// number (`4.5`), with at most two decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Points(pub i64);

impl Points {
    pub const fn whole(n: i64) -> Points {
        Points(n * 100)
    }

    /// `12`, `4.5`, `0.25`: as people write a score.
    pub fn display(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        match abs % 100 {
            0 => format!("{sign}{}", abs / 100),
            cents if cents % 10 == 0 => format!("{sign}{}.{}", abs / 100, cents / 10),
            cents => format!("{sign}{}.{cents:02}", abs / 100),
        }
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// A number with at most two decimals, as typed in a document or form.
    pub fn from_f64(value: f64) -> Option<Points> {
        let scaled = value * 100.0;
        let rounded = scaled.round();
        ((scaled - rounded).abs() < 1e-6 && rounded.abs() < 1e15).then_some(Points(rounded as i64))
    }
}

impl Serialize for Points {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 100 == 0 { s.serialize_i64(self.0 / 100) } else { s.serialize_f64(self.as_f64()) }
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Points, D::Error> {
        let value = f64::deserialize(d)?;
        Points::from_f64(value)
            .ok_or_else(|| serde::de::Error::custom(format!("{value}: a score has at most two decimals")))
    }
}

/// A whole tool: what is exported, imported, drafted and released.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolDocument {
    pub schema: String,
    /// Fixed when the tool is created: content stays in the language it
    /// was written in, whatever the reader's interface language.
    pub language: Language,
    pub title: String,
    /// A short text for the catalogue.
    #[serde(default)]
    pub description: String,
    pub content: ToolContent,
}

/// What a tool holds, by kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ToolContent {
    /// Chapters of pages of blocks, read page by page on a phone.
    Module { chapters: Vec<Chapter> },
    /// One entry form, filled in again and again; entries are dated.
    Diary { items: Vec<Item> },
    /// Items answered once per assignment, optionally scored.
    Questionnaire {
        items: Vec<Item>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scoring: Option<Scoring>,
    },
}

impl ToolContent {
    pub fn kind(&self) -> ToolKind {
        match self {
            ToolContent::Module { .. } => ToolKind::Module,
            ToolContent::Diary { .. } => ToolKind::Diary,
            ToolContent::Questionnaire { .. } => ToolKind::Questionnaire,
        }
    }

    /// An empty tool of `kind`, as a new draft starts.
    pub fn empty(kind: ToolKind) -> ToolContent {
        match kind {
            ToolKind::Module => ToolContent::Module { chapters: Vec::new() },
            ToolKind::Diary => ToolContent::Diary { items: Vec::new() },
            ToolKind::Questionnaire => ToolContent::Questionnaire { items: Vec::new(), scoring: None },
        }
    }

    /// Every item, in reading order (a module's question blocks included).
    pub fn items(&self) -> Vec<&Item> {
        match self {
            ToolContent::Module { chapters } => chapters
                .iter()
                .flat_map(|c| &c.pages)
                .flat_map(|p| &p.blocks)
                .filter_map(|b| match b {
                    Block::Question { item } => Some(item),
                    _ => None,
                })
                .collect(),
            ToolContent::Diary { items } | ToolContent::Questionnaire { items, .. } => items.iter().collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    pub id: String,
    pub title: String,
    pub pages: Vec<Page>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// Text in the Markdown subset (`markdown`).
    Text { id: String, markdown: String },
    /// An uploaded image, by the SHA-256 of its bytes.
    Image { id: String, media: String, alt: String },
    /// An uploaded recording, with what is said in it for those who cannot
    /// listen.
    Audio { id: String, media: String, transcript: String },
    /// A question; the client's answer is kept per client.
    Question { item: Item },
    /// The client's answers up to here go to their professional, who can
    /// reply.
    Feedback { id: String, prompt: String },
}

impl Block {
    pub fn id(&self) -> &str {
        match self {
            Block::Text { id, .. } | Block::Image { id, .. } | Block::Audio { id, .. } | Block::Feedback { id, .. } => {
                id
            }
            Block::Question { item } => &item.id,
        }
    }
}

/// One question of a questionnaire, a diary or a module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable across edits and copies (FHIR `linkId`): answers refer to it.
    pub id: String,
    /// The question, in the Markdown subset.
    pub text: String,
    #[serde(default)]
    pub required: bool,
    /// Scored in reverse: the highest weight counts as the lowest.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reverse: bool,
    /// Asked only when an earlier answer says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    pub answer: AnswerType,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum AnswerType {
    SingleChoice {
        options: Vec<AnswerOption>,
    },
    MultipleChoice {
        options: Vec<AnswerOption>,
    },
    /// A whole number from `min` to `max` (0–10, or a Likert row of 1–5);
    /// its weight is the number itself.
    Scale {
        min: i64,
        max: i64,
        #[serde(default)]
        min_label: String,
        #[serde(default)]
        max_label: String,
    },
    Number {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<Points>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<Points>,
    },
    FreeText {
        #[serde(default)]
        multiline: bool,
    },
    Date,
}

impl AnswerType {
    pub fn code(&self) -> &'static str {
        match self {
            AnswerType::SingleChoice { .. } => "single_choice",
            AnswerType::MultipleChoice { .. } => "multiple_choice",
            AnswerType::Scale { .. } => "scale",
            AnswerType::Number { .. } => "number",
            AnswerType::FreeText { .. } => "free_text",
            AnswerType::Date => "date",
        }
    }

    pub fn options(&self) -> &[AnswerOption] {
        match self {
            AnswerType::SingleChoice { options } | AnswerType::MultipleChoice { options } => options,
            _ => &[],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Stable code of the option (FHIR `valueCoding.code`).
    pub id: String,
    pub text: String,
    /// What choosing it scores; every option of a scored item has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Points>,
}

/// When an item is asked, by an earlier item's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "when", rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The earlier item has any answer.
    Answered { item: String },
    /// The earlier choice item's answer is (or includes) `option`.
    Chosen { item: String, option: String },
    /// The earlier number or scale answer is above `value`.
    Above { item: String, value: Points },
    /// The earlier number or scale answer is below `value`.
    Below { item: String, value: Points },
}

impl Condition {
    pub fn item(&self) -> &str {
        match self {
            Condition::Answered { item }
            | Condition::Chosen { item, .. }
            | Condition::Above { item, .. }
            | Condition::Below { item, .. } => item,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// The total, then any subscales.
    pub totals: Vec<Total>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item_alerts: Vec<ItemAlert>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Sum,
    Mean,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Total {
    pub id: String,
    pub label: String,
    /// The items it adds up; empty means every scored item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    pub method: Method,
    /// From low to high, covering every possible score exactly once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub min: Points,
    pub max: Points,
    pub label: String,
    /// A score in this band alerts the client's professionals.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub alert: bool,
}

/// "Any answer above 0 on item 9 alerts the professional."
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemAlert {
    pub item: String,
    /// The alert is raised when the item's score is above this.
    pub above: Points,
    pub label: String,
}

/// A client's answer to one item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    /// A single choice's option id.
    Choice(String),
    /// A multiple choice's option ids.
    Choices(Vec<String>),
    /// A scale's or number's value.
    Number(Points),
    Text(String),
    Date(chrono::NaiveDate),
}

/// Answers by item id.
pub type Answers = BTreeMap<String, AnswerValue>;

impl ToolDocument {
    /// A new, empty tool.
    pub fn new(
        kind: ToolKind,
        language: Language,
        title: &str,
        description: &str,
    ) -> Result<ToolDocument, ContentError> {
        let document = ToolDocument {
            schema: SCHEMA.to_owned(),
            language,
            title: title.trim().to_owned(),
            description: description.trim().to_owned(),
            content: ToolContent::empty(kind),
        };
        document.check_header()?;
        Ok(document)
    }

    /// Reads an exported document; strict about its shape, not (yet) about
    /// its completeness.
    pub fn from_json(text: &str) -> Result<ToolDocument, ContentError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ContentError::NotADocument(e.to_string()))?;
        if let Some(schema) = value.get("schema").and_then(|s| s.as_str())
            && schema != SCHEMA
        {
            return Err(ContentError::UnknownSchema(schema.to_owned()));
        }
        let document: ToolDocument =
            serde_json::from_value(value).map_err(|e| ContentError::NotADocument(e.to_string()))?;
        document.check_header()?;
        Ok(document)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn kind(&self) -> ToolKind {
        self.content.kind()
    }

    fn check_header(&self) -> Result<(), ContentError> {
        if self.title.trim().is_empty() {
            return Err(ContentError::TitleEmpty);
        }
        if self.title.chars().count() > 200 {
            return Err(ContentError::TitleTooLong);
        }
        if self.description.chars().count() > 1000 {
            return Err(ContentError::DescriptionTooLong);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_exact_hundredths() {
        assert_eq!(Points::from_f64(4.5), Some(Points(450)));
        assert_eq!(Points::from_f64(0.1 + 0.2), Some(Points(30)), "floating noise is rounded away");
        assert_eq!(Points::from_f64(1.234), None);
        assert_eq!(Points(450).display(), "4.5");
        assert_eq!(Points(2700).display(), "27");
        assert_eq!(Points(-25).display(), "-0.25");
        let json = serde_json::to_string(&vec![Points(300), Points(450)]).unwrap();
        assert_eq!(json, "[3,4.5]");
        assert_eq!(serde_json::from_str::<Vec<Points>>(&json).unwrap(), vec![Points(300), Points(450)]);
        assert!(serde_json::from_str::<Points>("1.005").is_err());
    }

    #[test]
    fn documents_round_trip_and_refuse_what_they_do_not_know() {
        let text = r#"{
            "schema": "kalm-tool/1", "language": "en", "title": "Mood", "description": "",
            "content": { "kind": "questionnaire", "items": [
                { "id": "q1", "text": "How are you?", "required": true,
                  "answer": { "type": "scale", "min": 0, "max": 10 } },
                { "id": "q2", "text": "Why?", "show_if": { "when": "below", "item": "q1", "value": 5 },
                  "answer": { "type": "free_text", "multiline": true } }
            ] }
        }"#;
        let document = ToolDocument::from_json(text).unwrap();
        assert_eq!(document.kind(), ToolKind::Questionnaire);
        assert_eq!(document.content.items().len(), 2);
        assert_eq!(ToolDocument::from_json(&document.to_json()).unwrap(), document);

        let unknown_field = text.replace("\"required\": true", "\"requird\": true");
        assert!(
            matches!(ToolDocument::from_json(&unknown_field), Err(ContentError::NotADocument(m)) if m.contains("requird"))
        );
        let newer = text.replace("kalm-tool/1", "kalm-tool/2");
        assert_eq!(ToolDocument::from_json(&newer), Err(ContentError::UnknownSchema("kalm-tool/2".into())));
        let untitled = text.replace("\"Mood\"", "\"  \"");
        assert_eq!(ToolDocument::from_json(&untitled), Err(ContentError::TitleEmpty));
    }
}
