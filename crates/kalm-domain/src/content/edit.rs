//! What an editor does to a draft: add, move, duplicate and remove items,
//! answer options, blocks, pages, chapters, score bands and alerts.
//!
//! Pure functions on a document, so the editor pages (which post one
//! operation with the whole form, and work without JavaScript) and any
//! other client apply exactly the same rules, and every rule is a unit
//! test. New things get ids no other part of the document has, and a copy
//! gets new ids of its own: answers and scores attach to ids, so two
//! things must never share one.

use super::document::{
    AnswerOption, AnswerType, Band, Block, Chapter, Item, ItemAlert, Method, Page, Points, Scoring, ToolContent,
    ToolDocument, Total,
};

/// The kinds of question an author can add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewQuestion {
    SingleChoice,
    MultipleChoice,
    Scale,
    Number,
    FreeText,
    Date,
}

impl NewQuestion {
    pub const ALL: [NewQuestion; 6] = [
        NewQuestion::SingleChoice,
        NewQuestion::MultipleChoice,
        NewQuestion::Scale,
        NewQuestion::Number,
        NewQuestion::FreeText,
        NewQuestion::Date,
    ];

    pub fn code(self) -> &'static str {
        match self {
            NewQuestion::SingleChoice => "single_choice",
            NewQuestion::MultipleChoice => "multiple_choice",
            NewQuestion::Scale => "scale",
            NewQuestion::Number => "number",
            NewQuestion::FreeText => "free_text",
            NewQuestion::Date => "date",
        }
    }

    pub fn parse(code: &str) -> Option<NewQuestion> {
        NewQuestion::ALL.into_iter().find(|q| q.code() == code)
    }

    fn answer(self) -> AnswerType {
        let option = |id: &str| AnswerOption { id: id.into(), text: String::new(), weight: None };
        match self {
            NewQuestion::SingleChoice => AnswerType::SingleChoice { options: vec![option("a"), option("b")] },
            NewQuestion::MultipleChoice => AnswerType::MultipleChoice { options: vec![option("a"), option("b")] },
            NewQuestion::Scale => {
                AnswerType::Scale { min: 0, max: 10, min_label: String::new(), max_label: String::new() }
            }
            NewQuestion::Number => AnswerType::Number { min: None, max: None },
            NewQuestion::FreeText => AnswerType::FreeText { multiline: true },
            NewQuestion::Date => AnswerType::Date,
        }
    }
}

/// The kinds of block an author can add to a module page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewBlock {
    Text,
    Image,
    Audio,
    Question(NewQuestion),
    Feedback,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EditOp {
    AddItem(NewQuestion),
    RemoveItem(String),
    /// Up (-1) or down (+1) by one place.
    MoveItem(String, i8),
    DuplicateItem(String),
    AddOption(String),
    RemoveOption {
        item: String,
        option: String,
    },
    AddChapter,
    RemoveChapter(String),
    AddPage {
        chapter: String,
    },
    RemovePage(String),
    AddBlock {
        page: String,
        block: NewBlock,
    },
    RemoveBlock(String),
    MoveBlock(String, i8),
    DuplicateBlock(String),
    AddTotal,
    RemoveTotal(String),
    AddBand {
        total: String,
    },
    RemoveBand {
        total: String,
        band: usize,
    },
    AddItemAlert,
    RemoveItemAlert(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("that is not in this tool")]
    NotFound,
    #[error("that does not apply to this kind of tool")]
    WrongKind,
}

impl EditError {
    pub fn code(self) -> &'static str {
        match self {
            EditError::NotFound => "edit_target_missing",
            EditError::WrongKind => "edit_wrong_kind",
        }
    }
}

/// Every id in use anywhere in the document.
fn ids(content: &ToolContent) -> Vec<String> {
    let mut out = Vec::new();
    match content {
        ToolContent::Module { chapters } => {
            for chapter in chapters {
                out.push(chapter.id.clone());
                for page in &chapter.pages {
                    out.push(page.id.clone());
                    out.extend(page.blocks.iter().map(|b| b.id().to_owned()));
                }
            }
        }
        ToolContent::Diary { items } => out.extend(items.iter().map(|i| i.id.clone())),
        ToolContent::Questionnaire { items, scoring } => {
            out.extend(items.iter().map(|i| i.id.clone()));
            if let Some(scoring) = scoring {
                out.extend(scoring.totals.iter().map(|t| t.id.clone()));
            }
        }
    }
    out
}

/// `prefix` followed by the first number no id of the document uses.
pub fn fresh_id(content: &ToolContent, prefix: &str) -> String {
    let taken = ids(content);
    (1..).map(|n| format!("{prefix}{n}")).find(|id| !taken.contains(id)).unwrap_or_else(|| prefix.to_owned())
}

fn new_item(content: &ToolContent, question: NewQuestion) -> Item {
    Item {
        id: fresh_id(content, "q"),
        text: String::new(),
        required: true,
        reverse: false,
        show_if: None,
        answer: question.answer(),
    }
}

fn moved<T>(list: &mut [T], at: usize, by: i8) {
    let to = if by < 0 { at.checked_sub(1) } else { Some(at + 1) };
    if let Some(to) = to.filter(|t| *t < list.len()) {
        list.swap(at, to);
    }
}

fn items_mut(content: &mut ToolContent) -> Result<&mut Vec<Item>, EditError> {
    match content {
        ToolContent::Diary { items } | ToolContent::Questionnaire { items, .. } => Ok(items),
        ToolContent::Module { .. } => Err(EditError::WrongKind),
    }
}

/// A module's page holding the block `id`, with the block's index.
fn block_place<'a>(chapters: &'a mut [Chapter], id: &str) -> Option<(&'a mut Page, usize)> {
    chapters.iter_mut().flat_map(|c| c.pages.iter_mut()).find_map(|page| {
        let at = page.blocks.iter().position(|b| b.id() == id)?;
        Some((page, at))
    })
}

/// A whole item in `content`, wherever it is (a module's question blocks too).
fn item_mut<'a>(content: &'a mut ToolContent, id: &str) -> Option<&'a mut Item> {
    match content {
        ToolContent::Module { chapters } => {
            chapters.iter_mut().flat_map(|c| c.pages.iter_mut()).flat_map(|p| p.blocks.iter_mut()).find_map(|b| match b
            {
                Block::Question { item } if item.id == id => Some(item),
                _ => None,
            })
        }
        ToolContent::Diary { items } | ToolContent::Questionnaire { items, .. } => {
            items.iter_mut().find(|i| i.id == id)
        }
    }
}

fn scoring_mut(content: &mut ToolContent) -> Result<&mut Scoring, EditError> {
    match content {
        ToolContent::Questionnaire { scoring, .. } => {
            Ok(scoring.get_or_insert_with(|| Scoring { totals: Vec::new(), item_alerts: Vec::new() }))
        }
        _ => Err(EditError::WrongKind),
    }
}

/// The document after `op`; the input is left as it was.
pub fn apply(document: &ToolDocument, op: &EditOp) -> Result<ToolDocument, EditError> {
    let mut document = document.clone();
    let snapshot = document.content.clone();
    let content = &mut document.content;
    match op {
        EditOp::AddItem(question) => {
            let item = new_item(&snapshot, *question);
            items_mut(content)?.push(item);
        }
        EditOp::RemoveItem(id) => {
            let items = items_mut(content)?;
            let at = items.iter().position(|i| &i.id == id).ok_or(EditError::NotFound)?;
            items.remove(at);
        }
        EditOp::MoveItem(id, by) => {
            let items = items_mut(content)?;
            let at = items.iter().position(|i| &i.id == id).ok_or(EditError::NotFound)?;
            moved(items, at, *by);
        }
        EditOp::DuplicateItem(id) => {
            let fresh = fresh_id(&snapshot, "q");
            let items = items_mut(content)?;
            let at = items.iter().position(|i| &i.id == id).ok_or(EditError::NotFound)?;
            let copy = Item { id: fresh, ..items[at].clone() };
            items.insert(at + 1, copy);
        }
        EditOp::AddOption(id) => {
            let item = item_mut(content, id).ok_or(EditError::NotFound)?;
            let options = match &mut item.answer {
                AnswerType::SingleChoice { options } | AnswerType::MultipleChoice { options } => options,
                _ => return Err(EditError::WrongKind),
            };
            let taken: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
            let id = (b'a'..=b'z')
                .map(|c| (c as char).to_string())
                .chain((1..).map(|n| format!("o{n}")))
                .find(|id| !taken.contains(id))
                .unwrap_or_default();
            // A scored question stays scored: the new answer gets a weight.
            let weight = options.iter().any(|o| o.weight.is_some()).then_some(Points(0));
            options.push(AnswerOption { id, text: String::new(), weight });
        }
        EditOp::RemoveOption { item, option } => {
            let item = item_mut(content, item).ok_or(EditError::NotFound)?;
            let options = match &mut item.answer {
                AnswerType::SingleChoice { options } | AnswerType::MultipleChoice { options } => options,
                _ => return Err(EditError::WrongKind),
            };
            let at = options.iter().position(|o| &o.id == option).ok_or(EditError::NotFound)?;
            options.remove(at);
        }
        EditOp::AddChapter => {
            let ToolContent::Module { chapters } = content else { return Err(EditError::WrongKind) };
            let chapter = fresh_id(&snapshot, "c");
            let mut with_chapter = snapshot.clone();
            if let ToolContent::Module { chapters } = &mut with_chapter {
                chapters.push(Chapter { id: chapter.clone(), title: String::new(), pages: Vec::new() });
            }
            let page = fresh_id(&with_chapter, "p");
            chapters.push(Chapter {
                id: chapter,
                title: String::new(),
                pages: vec![Page { id: page, title: String::new(), blocks: Vec::new() }],
            });
        }
        EditOp::RemoveChapter(id) => {
            let ToolContent::Module { chapters } = content else { return Err(EditError::WrongKind) };
            let at = chapters.iter().position(|c| &c.id == id).ok_or(EditError::NotFound)?;
            chapters.remove(at);
        }
        EditOp::AddPage { chapter } => {
            let ToolContent::Module { chapters } = content else { return Err(EditError::WrongKind) };
            let page = fresh_id(&snapshot, "p");
            let chapter = chapters.iter_mut().find(|c| &c.id == chapter).ok_or(EditError::NotFound)?;
            chapter.pages.push(Page { id: page, title: String::new(), blocks: Vec::new() });
        }
        EditOp::RemovePage(id) => {
            let ToolContent::Module { chapters } = content else { return Err(EditError::WrongKind) };
            let chapter =
                chapters.iter_mut().find(|c| c.pages.iter().any(|p| &p.id == id)).ok_or(EditError::NotFound)?;
            chapter.pages.retain(|p| &p.id != id);
        }
        EditOp::AddBlock { page, block } => {
            let ToolContent::Module { chapters } = content else { return Err(EditError::WrongKind) };
            let new = match block {
                NewBlock::Text => Block::Text { id: fresh_id(&snapshot, "t"), markdown: String::new() },
                NewBlock::Image => {
                    Block::Image { id: fresh_id(&snapshot, "i"), media: String::new(), alt: String::new() }
                }
                NewBlock::Audio => {
                    Block::Audio { id: fresh_id(&snapshot, "a"), media: String::new(), transcript: String::new() }
                }
                NewBlock::Question(question) => Block::Question { item: new_item(&snapshot, *question) },
                NewBlock::Feedback => Block::Feedback { id: fresh_id(&snapshot, "f"), prompt: String::new() },
            };
            let page = chapters
                .iter_mut()
                .flat_map(|c| c.pages.iter_mut())
                .find(|p| &p.id == page)
                .ok_or(EditError::NotFound)?;
            page.blocks.push(new);
        }
        EditOp::RemoveBlock(id) => {
            let ToolContent::Module { chapters } = content else { return Err(EditError::WrongKind) };
            let (page, at) = block_place(chapters, id).ok_or(EditError::NotFound)?;
            page.blocks.remove(at);
        }
        EditOp::MoveBlock(id, by) => {
            let ToolContent::Module { chapters } = content else { return Err(EditError::WrongKind) };
            let (page, at) = block_place(chapters, id).ok_or(EditError::NotFound)?;
            moved(&mut page.blocks, at, *by);
        }
        EditOp::DuplicateBlock(id) => {
            let ToolContent::Module { chapters } = content else { return Err(EditError::WrongKind) };
            let (page, at) = block_place(chapters, id).ok_or(EditError::NotFound)?;
            let copy = match page.blocks[at].clone() {
                Block::Text { markdown, .. } => Block::Text { id: fresh_id(&snapshot, "t"), markdown },
                Block::Image { media, alt, .. } => Block::Image { id: fresh_id(&snapshot, "i"), media, alt },
                Block::Audio { media, transcript, .. } => {
                    Block::Audio { id: fresh_id(&snapshot, "a"), media, transcript }
                }
                Block::Question { item } => Block::Question { item: Item { id: fresh_id(&snapshot, "q"), ..item } },
                Block::Feedback { prompt, .. } => Block::Feedback { id: fresh_id(&snapshot, "f"), prompt },
            };
            page.blocks.insert(at + 1, copy);
        }
        EditOp::AddTotal => {
            let id = fresh_id(&snapshot, "total");
            scoring_mut(content)?.totals.push(Total {
                id,
                label: String::new(),
                items: Vec::new(),
                method: Method::Sum,
                bands: Vec::new(),
            });
        }
        EditOp::RemoveTotal(id) => {
            let scoring = scoring_mut(content)?;
            let at = scoring.totals.iter().position(|t| &t.id == id).ok_or(EditError::NotFound)?;
            scoring.totals.remove(at);
        }
        EditOp::AddBand { total } => {
            let scoring = scoring_mut(content)?;
            let total = scoring.totals.iter_mut().find(|t| &t.id == total).ok_or(EditError::NotFound)?;
            // The next band starts where the last one ended.
            let start = total.bands.last().map_or(Points(0), |b| Points(b.max.0 + 100));
            total.bands.push(Band { min: start, max: start, label: String::new(), alert: false });
        }
        EditOp::RemoveBand { total, band } => {
            let scoring = scoring_mut(content)?;
            let total = scoring.totals.iter_mut().find(|t| &t.id == total).ok_or(EditError::NotFound)?;
            if *band >= total.bands.len() {
                return Err(EditError::NotFound);
            }
            total.bands.remove(*band);
        }
        EditOp::AddItemAlert => {
            let first = snapshot.items().first().map(|i| i.id.clone()).unwrap_or_default();
            scoring_mut(content)?.item_alerts.push(ItemAlert { item: first, above: Points(0), label: String::new() });
        }
        EditOp::RemoveItemAlert(at) => {
            let scoring = scoring_mut(content)?;
            if *at >= scoring.item_alerts.len() {
                return Err(EditError::NotFound);
            }
            scoring.item_alerts.remove(*at);
        }
    }
    // A condition on a question that is gone, or now comes later, would
    // make the draft unreleasable in a way the author did not ask for:
    // such conditions are dropped rather than left dangling.
    drop_dangling_conditions(&mut document.content);
    Ok(document)
}

fn drop_dangling_conditions(content: &mut ToolContent) {
    let order: Vec<String> = content.items().iter().map(|i| i.id.clone()).collect();
    let fix = |item: &mut Item| {
        let position = order.iter().position(|id| id == &item.id);
        if let Some(condition) = &item.show_if {
            let before = order.iter().position(|id| id == condition.item());
            if !matches!((before, position), (Some(b), Some(p)) if b < p) {
                item.show_if = None;
            }
        }
    };
    match content {
        ToolContent::Module { chapters } => {
            for block in chapters.iter_mut().flat_map(|c| c.pages.iter_mut()).flat_map(|p| p.blocks.iter_mut()) {
                if let Block::Question { item } = block {
                    fix(item);
                }
            }
        }
        ToolContent::Diary { items } | ToolContent::Questionnaire { items, .. } => items.iter_mut().for_each(fix),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::release::problems;
    use crate::content::{Condition, ToolKind};
    use crate::languages::Language;

    fn empty(kind: ToolKind) -> ToolDocument {
        ToolDocument::new(kind, Language::En, "Test", "").unwrap()
    }

    fn item_ids(document: &ToolDocument) -> Vec<String> {
        document.content.items().iter().map(|i| i.id.clone()).collect()
    }

    #[test]
    fn items_are_added_moved_copied_and_removed_with_ids_of_their_own() {
        let mut d = empty(ToolKind::Questionnaire);
        for q in [NewQuestion::SingleChoice, NewQuestion::Scale, NewQuestion::FreeText] {
            d = apply(&d, &EditOp::AddItem(q)).unwrap();
        }
        assert_eq!(item_ids(&d), ["q1", "q2", "q3"]);
        d = apply(&d, &EditOp::MoveItem("q3".into(), -1)).unwrap();
        assert_eq!(item_ids(&d), ["q1", "q3", "q2"]);
        d = apply(&d, &EditOp::MoveItem("q1".into(), -1)).unwrap();
        assert_eq!(item_ids(&d), ["q1", "q3", "q2"], "the first stays first");
        d = apply(&d, &EditOp::DuplicateItem("q1".into())).unwrap();
        assert_eq!(item_ids(&d), ["q1", "q4", "q3", "q2"], "the copy follows its original, with a new id");
        d = apply(&d, &EditOp::RemoveItem("q3".into())).unwrap();
        assert_eq!(item_ids(&d), ["q1", "q4", "q2"]);
        d = apply(&d, &EditOp::AddItem(NewQuestion::Date)).unwrap();
        assert_eq!(item_ids(&d), ["q1", "q4", "q2", "q3"], "a freed id may be used again");
        assert_eq!(apply(&d, &EditOp::RemoveItem("nope".into())), Err(EditError::NotFound));
        assert_eq!(apply(&d, &EditOp::AddChapter), Err(EditError::WrongKind));
    }

    #[test]
    fn options_keep_a_scored_question_scored() {
        let mut d = apply(&empty(ToolKind::Questionnaire), &EditOp::AddItem(NewQuestion::SingleChoice)).unwrap();
        d = apply(&d, &EditOp::AddOption("q1".into())).unwrap();
        let options = |d: &ToolDocument| d.content.items()[0].answer.options().to_vec();
        assert_eq!(options(&d).iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(options(&d).iter().all(|o| o.weight.is_none()));
        if let ToolContent::Questionnaire { items, .. } = &mut d.content
            && let AnswerType::SingleChoice { options } = &mut items[0].answer
        {
            options[0].weight = Some(Points(100));
        }
        d = apply(&d, &EditOp::AddOption("q1".into())).unwrap();
        assert_eq!(options(&d)[3].weight, Some(Points(0)));
        d = apply(&d, &EditOp::RemoveOption { item: "q1".into(), option: "b".into() }).unwrap();
        assert_eq!(options(&d).iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["a", "c", "d"]);
    }

    #[test]
    fn conditions_never_point_forward_or_nowhere() {
        let mut d = empty(ToolKind::Questionnaire);
        d = apply(&d, &EditOp::AddItem(NewQuestion::Scale)).unwrap();
        d = apply(&d, &EditOp::AddItem(NewQuestion::FreeText)).unwrap();
        if let ToolContent::Questionnaire { items, .. } = &mut d.content {
            items[1].show_if = Some(Condition::Above { item: "q1".into(), value: Points(500) });
        }
        let moved_up = apply(&d, &EditOp::MoveItem("q2".into(), -1)).unwrap();
        assert_eq!(moved_up.content.items()[0].show_if, None, "it would look at a later question");
        let removed = apply(&d, &EditOp::RemoveItem("q1".into())).unwrap();
        assert_eq!(removed.content.items()[0].show_if, None);
        let kept = apply(&d, &EditOp::AddItem(NewQuestion::Date)).unwrap();
        assert!(kept.content.items()[1].show_if.is_some());
    }

    #[test]
    fn modules_get_chapters_pages_and_blocks() {
        let mut d = apply(&empty(ToolKind::Module), &EditOp::AddChapter).unwrap();
        let ToolContent::Module { chapters } = &d.content else { unreachable!() };
        assert_eq!((chapters[0].id.as_str(), chapters[0].pages[0].id.as_str()), ("c1", "p1"));
        for block in [NewBlock::Text, NewBlock::Image, NewBlock::Question(NewQuestion::Scale), NewBlock::Feedback] {
            d = apply(&d, &EditOp::AddBlock { page: "p1".into(), block }).unwrap();
        }
        d = apply(&d, &EditOp::DuplicateBlock("t1".into())).unwrap();
        d = apply(&d, &EditOp::MoveBlock("f1".into(), -1)).unwrap();
        d = apply(&d, &EditOp::AddPage { chapter: "c1".into() }).unwrap();
        let ToolContent::Module { chapters } = &d.content else { unreachable!() };
        let blocks: Vec<&str> = chapters[0].pages[0].blocks.iter().map(Block::id).collect();
        assert_eq!(blocks, ["t1", "t2", "i1", "f1", "q1"]);
        assert_eq!(chapters[0].pages[1].id, "p2");
        d = apply(&d, &EditOp::RemovePage("p2".into())).unwrap();
        d = apply(&d, &EditOp::RemoveBlock("i1".into())).unwrap();
        let ToolContent::Module { chapters } = &d.content else { unreachable!() };
        assert_eq!(chapters[0].pages.len(), 1);
        assert_eq!(chapters[0].pages[0].blocks.len(), 4);
    }

    #[test]
    fn phq9_from_scratch_gives_the_published_bands() {
        let mut d = empty(ToolKind::Questionnaire);
        for n in 1..=9 {
            d = apply(&d, &EditOp::AddItem(NewQuestion::SingleChoice)).unwrap();
            d = apply(&d, &EditOp::AddOption(format!("q{n}"))).unwrap();
            d = apply(&d, &EditOp::AddOption(format!("q{n}"))).unwrap();
        }
        if let ToolContent::Questionnaire { items, .. } = &mut d.content {
            for (n, item) in items.iter_mut().enumerate() {
                item.text = format!("Item {}", n + 1);
                if let AnswerType::SingleChoice { options } = &mut item.answer {
                    for (w, option) in options.iter_mut().enumerate() {
                        option.text =
                            ["Not at all", "Several days", "More than half the days", "Nearly every day"][w].to_owned();
                        option.weight = Some(Points::whole(w as i64));
                    }
                }
            }
        }
        d = apply(&d, &EditOp::AddTotal).unwrap();
        for _ in 0..5 {
            d = apply(&d, &EditOp::AddBand { total: "total1".into() }).unwrap();
        }
        d = apply(&d, &EditOp::AddItemAlert).unwrap();
        if let ToolContent::Questionnaire { scoring: Some(scoring), .. } = &mut d.content {
            scoring.totals[0].label = "Total".into();
            let edges = [
                (0, 4, "Minimal"),
                (5, 9, "Mild"),
                (10, 14, "Moderate"),
                (15, 19, "Moderately severe"),
                (20, 27, "Severe"),
            ];
            for (band, (min, max, label)) in scoring.totals[0].bands.iter_mut().zip(edges) {
                (band.min, band.max, band.label) = (Points::whole(min), Points::whole(max), label.into());
                band.alert = min >= 15;
            }
            scoring.item_alerts[0] = ItemAlert { item: "q9".into(), above: Points(0), label: "Item 9".into() };
        }
        assert_eq!(problems(&d), vec![], "releasable");
        let answers = (1..=9).map(|n| (format!("q{n}"), crate::content::AnswerValue::Choice("c".into()))).collect();
        let result = crate::content::scoring::score(&d.content, &answers);
        assert_eq!(result.totals[0].score, Some(Points::whole(18)));
        assert_eq!(result.totals[0].band.as_ref().map(|b| b.label.as_str()), Some("Moderately severe"));
        assert_eq!(result.item_alerts, vec!["Item 9".to_owned()]);
    }
}
