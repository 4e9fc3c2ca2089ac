//! What must hold before a draft becomes a released version.
//!
//! A draft may be half-written; a version is what clients answer and what
//! scores are computed with, for good. So a release is refused with every
//! problem at once, each tied to its place in the tool (`Place`, which the
//! editor turns into a link to the block or item), rather than one at a
//! time.

use std::collections::BTreeSet;

use super::document::{AnswerType, Block, Condition, Item, ToolContent, ToolDocument};
use super::markdown;
use super::scoring::{is_scored, item_range, possible_range, step, total_items};

/// Where in a tool a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Tool,
    /// A module's chapter, counted from 1.
    Chapter {
        chapter: usize,
    },
    Page {
        chapter: usize,
        page: usize,
    },
    Block {
        chapter: usize,
        page: usize,
        block: usize,
        id: String,
    },
    /// An item by its id, and its position in reading order (from 1).
    Item {
        id: String,
        number: usize,
    },
    AnswerOption {
        item: String,
        option: String,
    },
    Total {
        id: String,
    },
    Band {
        total: String,
        band: usize,
    },
    ItemAlert {
        alert: usize,
    },
}

impl Place {
    /// The id of the element the editor shows it in, for a link.
    pub fn anchor(&self) -> String {
        match self {
            Place::Tool => "tool".into(),
            Place::Chapter { chapter } => format!("chapter-{chapter}"),
            Place::Page { chapter, page } => format!("page-{chapter}-{page}"),
            Place::Block { id, .. } => format!("block-{id}"),
            Place::Item { id, .. } | Place::AnswerOption { item: id, .. } => format!("item-{id}"),
            Place::Total { id } | Place::Band { total: id, .. } => format!("total-{id}"),
            Place::ItemAlert { alert } => format!("alert-{alert}"),
        }
    }
}

/// Every code a `ReleaseProblem` can have: each is worded for authors in
/// every language (`release-problem-<code>`).
pub const CODES: [&str; 23] = [
    "title_empty",
    "empty",
    "id_invalid",
    "id_duplicate",
    "markdown",
    "options_missing",
    "weight_missing",
    "scale_range",
    "number_range",
    "condition_order",
    "condition_option",
    "media_missing",
    "alt_missing",
    "transcript_missing",
    "total_item_unknown",
    "total_item_unscored",
    "total_empty",
    "alert_item_unknown",
    "alert_item_unscored",
    "band_order",
    "bands_gap",
    "bands_overlap",
    "bands_range",
];

/// One reason a draft cannot be released yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseProblem {
    pub place: Place,
    /// Stable code (`release-problem-<code>` names it in every language).
    pub code: &'static str,
    /// What the problem is about, when the code alone does not say it (a
    /// Markdown excerpt, a score range).
    pub detail: String,
}

fn id_ok(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn media_ok(media: &str) -> bool {
    media.len() == 64 && media.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

struct Checker {
    problems: Vec<ReleaseProblem>,
    ids: BTreeSet<String>,
    /// Items seen so far, in reading order: conditions may only look back.
    earlier: Vec<Item>,
}

impl Checker {
    fn flag(&mut self, place: Place, code: &'static str, detail: impl Into<String>) {
        self.problems.push(ReleaseProblem { place, code, detail: detail.into() });
    }

    fn id(&mut self, place: &Place, id: &str) {
        if !id_ok(id) {
            self.flag(place.clone(), "id_invalid", id);
        } else if !self.ids.insert(id.to_owned()) {
            self.flag(place.clone(), "id_duplicate", id);
        }
    }

    fn text(&mut self, place: &Place, text: &str) {
        if text.trim().is_empty() {
            self.flag(place.clone(), "empty", "");
            return;
        }
        for problem in markdown::problems(text) {
            self.flag(place.clone(), "markdown", format!("{}: {}", problem.code, problem.excerpt));
        }
    }

    fn item(&mut self, item: &Item) {
        let place = Place::Item { id: item.id.clone(), number: self.earlier.len() + 1 };
        self.id(&place, &item.id);
        self.text(&place, &item.text);
        match &item.answer {
            AnswerType::SingleChoice { options } | AnswerType::MultipleChoice { options } => {
                if options.is_empty() {
                    self.flag(place.clone(), "options_missing", "");
                }
                let mut seen = BTreeSet::new();
                let weighted = options.iter().any(|o| o.weight.is_some());
                for option in options {
                    let at = Place::AnswerOption { item: item.id.clone(), option: option.id.clone() };
                    if !id_ok(&option.id) {
                        self.flag(at.clone(), "id_invalid", option.id.clone());
                    } else if !seen.insert(option.id.clone()) {
                        self.flag(at.clone(), "id_duplicate", option.id.clone());
                    }
                    if option.text.trim().is_empty() {
                        self.flag(at.clone(), "empty", "");
                    }
                    if weighted && option.weight.is_none() {
                        self.flag(at, "weight_missing", option.text.clone());
                    }
                }
            }
            AnswerType::Scale { min, max, .. } if min >= max => {
                self.flag(place.clone(), "scale_range", format!("{min}–{max}"));
            }
            AnswerType::Number { min: Some(min), max: Some(max) } if min > max => {
                self.flag(place.clone(), "number_range", format!("{}–{}", min.display(), max.display()));
            }
            _ => {}
        }
        if let Some(condition) = &item.show_if {
            match self.earlier.iter().find(|e| e.id == condition.item()) {
                None => self.flag(place.clone(), "condition_order", condition.item()),
                Some(earlier) => {
                    if let Condition::Chosen { option, .. } = condition
                        && !earlier.answer.options().iter().any(|o| &o.id == option)
                    {
                        self.flag(place.clone(), "condition_option", option.clone());
                    }
                }
            }
        }
        self.earlier.push(item.clone());
    }
}

/// Every problem that stands in the way of releasing `document`; empty
/// when it may be released.
pub fn problems(document: &ToolDocument) -> Vec<ReleaseProblem> {
    let mut check = Checker { problems: Vec::new(), ids: BTreeSet::new(), earlier: Vec::new() };
    if document.title.trim().is_empty() {
        check.flag(Place::Tool, "title_empty", "");
    }
    match &document.content {
        ToolContent::Module { chapters } => {
            if chapters.is_empty() {
                check.flag(Place::Tool, "empty", "");
            }
            for (c, chapter) in chapters.iter().enumerate() {
                let at = Place::Chapter { chapter: c + 1 };
                check.id(&at, &chapter.id);
                if chapter.title.trim().is_empty() {
                    check.flag(at.clone(), "title_empty", "");
                }
                if chapter.pages.is_empty() {
                    check.flag(at, "empty", "");
                }
                for (p, page) in chapter.pages.iter().enumerate() {
                    let at = Place::Page { chapter: c + 1, page: p + 1 };
                    check.id(&at, &page.id);
                    if page.title.trim().is_empty() {
                        check.flag(at.clone(), "title_empty", "");
                    }
                    if page.blocks.is_empty() {
                        check.flag(at, "empty", "");
                    }
                    for (b, block) in page.blocks.iter().enumerate() {
                        let at = Place::Block { chapter: c + 1, page: p + 1, block: b + 1, id: block.id().to_owned() };
                        match block {
                            Block::Text { id, markdown } => {
                                check.id(&at, id);
                                check.text(&at, markdown);
                            }
                            Block::Image { id, media, alt } => {
                                check.id(&at, id);
                                if !media_ok(media) {
                                    check.flag(at.clone(), "media_missing", "");
                                }
                                if alt.trim().is_empty() {
                                    check.flag(at, "alt_missing", "");
                                }
                            }
                            Block::Audio { id, media, transcript } => {
                                check.id(&at, id);
                                if !media_ok(media) {
                                    check.flag(at.clone(), "media_missing", "");
                                }
                                if transcript.trim().is_empty() {
                                    check.flag(at, "transcript_missing", "");
                                }
                            }
                            Block::Question { item } => check.item(item),
                            Block::Feedback { id, prompt } => {
                                check.id(&at, id);
                                check.text(&at, prompt);
                            }
                        }
                    }
                }
            }
        }
        ToolContent::Diary { items } | ToolContent::Questionnaire { items, .. } => {
            if items.is_empty() {
                check.flag(Place::Tool, "empty", "");
            }
            for item in items {
                check.item(item);
            }
        }
    }
    if let ToolContent::Questionnaire { scoring: Some(scoring), items } = &document.content {
        for total in &scoring.totals {
            let at = Place::Total { id: total.id.clone() };
            check.id(&at, &total.id);
            if total.label.trim().is_empty() {
                check.flag(at.clone(), "empty", "");
            }
            for id in &total.items {
                match items.iter().find(|i| &i.id == id) {
                    None => check.flag(at.clone(), "total_item_unknown", id.clone()),
                    Some(item) if !is_scored(item) => check.flag(at.clone(), "total_item_unscored", id.clone()),
                    Some(_) => {}
                }
            }
            if total_items(total, &document.content).is_empty() {
                check.flag(at.clone(), "total_empty", "");
                continue;
            }
            check_bands(&mut check, total, &document.content);
        }
        for (a, alert) in scoring.item_alerts.iter().enumerate() {
            let at = Place::ItemAlert { alert: a + 1 };
            match items.iter().find(|i| i.id == alert.item) {
                None => check.flag(at, "alert_item_unknown", alert.item.clone()),
                Some(item) if item_range(item).is_none() => check.flag(at, "alert_item_unscored", alert.item.clone()),
                Some(_) if alert.label.trim().is_empty() => check.flag(at, "empty", ""),
                Some(_) => {}
            }
        }
    }
    check.problems
}

/// Bands run from the lowest possible score to the highest, each starting
/// one step after the previous one ends: no score falls between two bands
/// or in two at once.
fn check_bands(check: &mut Checker, total: &super::document::Total, content: &ToolContent) {
    if total.bands.is_empty() {
        return;
    }
    let Some((low, high)) = possible_range(total, content) else { return };
    let step = step(total, content);
    let range = format!("{}–{}", low.display(), high.display());
    let mut expected_min = low;
    for (b, band) in total.bands.iter().enumerate() {
        let at = Place::Band { total: total.id.clone(), band: b + 1 };
        if band.label.trim().is_empty() {
            check.flag(at.clone(), "empty", "");
        }
        if band.min > band.max {
            check.flag(at.clone(), "band_order", format!("{}–{}", band.min.display(), band.max.display()));
        }
        if band.min > expected_min {
            check.flag(at.clone(), "bands_gap", format!("{}–{}", expected_min.display(), band.min.display()));
        } else if band.min < expected_min {
            check.flag(at, "bands_overlap", band.min.display());
        }
        expected_min = super::document::Points(band.max.0 + step.0);
    }
    let last_max = total.bands.last().map(|b| b.max).unwrap_or(low);
    if last_max != high {
        let at = Place::Band { total: total.id.clone(), band: total.bands.len() };
        check.flag(at, "bands_range", range);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::document::{Band, Points, Scoring};
    use crate::content::scoring::tests::phq9;
    use crate::languages::Language;

    fn questionnaire(content: ToolContent) -> ToolDocument {
        ToolDocument {
            schema: crate::content::SCHEMA.into(),
            language: Language::En,
            title: "PHQ-9".into(),
            description: String::new(),
            content,
        }
    }

    fn codes(document: &ToolDocument) -> Vec<&'static str> {
        problems(document).iter().map(|p| p.code).collect()
    }

    fn bands_of(content: &mut ToolContent) -> &mut Vec<Band> {
        match content {
            ToolContent::Questionnaire { scoring: Some(Scoring { totals, .. }), .. } => &mut totals[0].bands,
            _ => unreachable!(),
        }
    }

    /// Every code `problems` can give is in `CODES`, so every one is worded.
    #[test]
    fn every_code_is_listed() {
        let source = include_str!("release.rs");
        let body = &source[..source.find("#[cfg(test)]").unwrap_or(source.len())];
        for piece in body.split("\"").skip(1).step_by(2) {
            let quoted = piece;
            let looks_like_code = !quoted.is_empty()
                && quoted.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                && body.contains(&format!(", \"{quoted}\""));
            if looks_like_code && !["detail"].contains(&quoted) {
                assert!(CODES.contains(&quoted), "{quoted} is flagged but not in CODES");
            }
        }
        let mut sorted = CODES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), CODES.len(), "no code twice");
    }

    #[test]
    fn phq9_as_published_may_be_released() {
        assert_eq!(problems(&questionnaire(phq9())), vec![]);
    }

    #[test]
    fn bands_must_cover_the_range_exactly() {
        let mut gap = phq9();
        bands_of(&mut gap)[1].min = Points::whole(6);
        let found = problems(&questionnaire(gap));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].code, found[0].detail.as_str()), ("bands_gap", "5–6"));
        assert_eq!(found[0].place.anchor(), "total-total");

        let mut overlap = phq9();
        bands_of(&mut overlap)[2].min = Points::whole(9);
        assert_eq!(codes(&questionnaire(overlap)), vec!["bands_overlap"]);

        let mut short = phq9();
        bands_of(&mut short)[4].max = Points::whole(26);
        assert_eq!(codes(&questionnaire(short)), vec!["bands_range"]);

        let mut late_start = phq9();
        bands_of(&mut late_start)[0].min = Points::whole(1);
        assert_eq!(codes(&questionnaire(late_start)), vec!["bands_gap"]);
    }

    #[test]
    fn every_problem_is_listed_with_its_place() {
        let mut broken = phq9();
        if let ToolContent::Questionnaire { items, scoring: Some(scoring) } = &mut broken {
            items[0].text = String::new();
            items[1].answer = AnswerType::SingleChoice {
                options: vec![
                    crate::content::document::AnswerOption {
                        id: "a".into(),
                        text: "A".into(),
                        weight: Some(Points(0)),
                    },
                    crate::content::document::AnswerOption { id: "b".into(), text: "B".into(), weight: None },
                ],
            };
            items[2].show_if = Some(Condition::Answered { item: "phq9_5".into() });
            items[3].id = "phq9_5".into();
            items[4].text = "<script>alert(1)</script>".into();
            scoring.item_alerts[0].item = "phq9_10".into();
        }
        let found = problems(&questionnaire(broken));
        let summary: Vec<(&str, String)> = found.iter().map(|p| (p.code, p.place.anchor())).collect();
        assert!(summary.contains(&("empty", "item-phq9_1".into())), "{summary:?}");
        assert!(summary.contains(&("weight_missing", "item-phq9_2".into())), "{summary:?}");
        assert!(summary.contains(&("condition_order", "item-phq9_3".into())), "a later item: {summary:?}");
        assert!(summary.contains(&("id_duplicate", "item-phq9_5".into())), "{summary:?}");
        assert!(summary.contains(&("markdown", "item-phq9_5".into())), "{summary:?}");
        assert!(summary.contains(&("alert_item_unknown", "alert-1".into())), "{summary:?}");
    }

    #[test]
    fn modules_need_alt_text_transcripts_and_no_empty_pages() {
        use crate::content::document::{Chapter, Page};
        let sha = "a".repeat(64);
        let module = ToolContent::Module {
            chapters: vec![Chapter {
                id: "c1".into(),
                title: "Sleep".into(),
                pages: vec![
                    Page {
                        id: "p1".into(),
                        title: "Why".into(),
                        blocks: vec![
                            Block::Text { id: "t1".into(), markdown: "## Rest\n\nSleep *well*.".into() },
                            Block::Image { id: "i1".into(), media: sha.clone(), alt: " ".into() },
                            Block::Audio { id: "a1".into(), media: "nope".into(), transcript: String::new() },
                        ],
                    },
                    Page { id: "p2".into(), title: "Empty".into(), blocks: vec![] },
                ],
            }],
        };
        let found = problems(&questionnaire(module));
        let summary: Vec<(&str, String)> = found.iter().map(|p| (p.code, p.place.anchor())).collect();
        assert_eq!(
            summary,
            vec![
                ("alt_missing", "block-i1".into()),
                ("media_missing", "block-a1".into()),
                ("transcript_missing", "block-a1".into()),
                ("empty", "page-1-2".into()),
            ]
        );
    }
}
