//! Scores, bands and alerts: pure functions of a released version and a
//! client's answers, so the server computes a score once, the same way
//! every time, and a test can pin every band edge.
//!
//! Rules, in the words an author reads them in `docs/content.md`:
//! - An item counts when its options have weights, or it is a scale (its
//!   weight is the number chosen). A reversed item counts its lowest weight
//!   as its highest: `min + max - weight`.
//! - A multiple choice adds up the weights chosen.
//! - A total adds up (or averages) its items; an item hidden by its
//!   condition does not count, an item that is shown but unanswered leaves
//!   the total without a score (incomplete), never a wrong one.
//! - A mean is rounded to hundredths, half away from zero.
//! - The band is the one whose min–max holds the score; item alerts fire
//!   when an item's score is above their threshold.

use super::document::{AnswerType, AnswerValue, Answers, Condition, Item, Method, Points, ToolContent, Total};

/// What one total came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalScore {
    pub total: String,
    pub label: String,
    /// `None`: a shown item of it is unanswered.
    pub score: Option<Points>,
    pub band: Option<BandReached>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandReached {
    pub label: String,
    pub alert: bool,
}

/// The outcome of scoring one set of answers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScoreResult {
    pub totals: Vec<TotalScore>,
    /// Labels of the item alerts raised.
    pub item_alerts: Vec<String>,
}

impl ScoreResult {
    /// Whether anything in it should alert the client's professionals.
    pub fn alerts(&self) -> bool {
        !self.item_alerts.is_empty() || self.totals.iter().any(|t| t.band.as_ref().is_some_and(|b| b.alert))
    }
}

/// The lowest and highest weight an item can score, if it is scored.
pub fn item_range(item: &Item) -> Option<(Points, Points)> {
    match &item.answer {
        AnswerType::SingleChoice { options } => {
            let weights: Vec<Points> = options.iter().filter_map(|o| o.weight).collect();
            Some((*weights.iter().min()?, *weights.iter().max()?))
        }
        AnswerType::MultipleChoice { options } => {
            let weights: Vec<Points> = options.iter().filter_map(|o| o.weight).collect();
            if weights.is_empty() {
                return None;
            }
            let low = weights.iter().filter(|w| w.0 < 0).map(|w| w.0).sum();
            let high = weights.iter().filter(|w| w.0 > 0).map(|w| w.0).sum();
            Some((Points(low), Points(high)))
        }
        AnswerType::Scale { min, max, .. } => Some((Points::whole(*min), Points::whole(*max))),
        _ => None,
    }
}

/// Whether an item is part of scoring at all.
pub fn is_scored(item: &Item) -> bool {
    item_range(item).is_some()
}

fn reversed(item: &Item, weight: Points) -> Points {
    match (item.reverse, &item.answer) {
        (true, AnswerType::SingleChoice { .. } | AnswerType::Scale { .. }) => match item_range(item) {
            Some((low, high)) => Points(low.0 + high.0 - weight.0),
            None => weight,
        },
        (true, AnswerType::MultipleChoice { options }) => {
            // Per option: its weight mirrored within the options' weights.
            let weights: Vec<Points> = options.iter().filter_map(|o| o.weight).collect();
            match (weights.iter().min(), weights.iter().max()) {
                (Some(low), Some(high)) => Points(low.0 + high.0 - weight.0),
                _ => weight,
            }
        }
        _ => weight,
    }
}

/// What an answer to `item` scores; `None` when the item is not scored or
/// the answer does not fit it.
pub fn item_score(item: &Item, answer: &AnswerValue) -> Option<Points> {
    match (&item.answer, answer) {
        (AnswerType::SingleChoice { options }, AnswerValue::Choice(id)) => {
            let weight = options.iter().find(|o| &o.id == id)?.weight?;
            Some(reversed(item, weight))
        }
        (AnswerType::MultipleChoice { options }, AnswerValue::Choices(ids)) => {
            let mut sum = 0;
            for id in ids {
                sum += reversed(item, options.iter().find(|o| &o.id == id)?.weight?).0;
            }
            Some(Points(sum))
        }
        (AnswerType::Scale { min, max, .. }, AnswerValue::Number(value)) => {
            (value.0 % 100 == 0 && (min * 100..=max * 100).contains(&value.0)).then(|| reversed(item, *value))
        }
        _ => None,
    }
}

/// Whether `item` is asked, given the answers before it.
pub fn is_shown(item: &Item, answers: &Answers) -> bool {
    let Some(condition) = &item.show_if else { return true };
    let answer = answers.get(condition.item());
    match (condition, answer) {
        (_, None) => false,
        (Condition::Answered { .. }, Some(_)) => true,
        (Condition::Chosen { option, .. }, Some(AnswerValue::Choice(id))) => id == option,
        (Condition::Chosen { option, .. }, Some(AnswerValue::Choices(ids))) => ids.contains(option),
        (Condition::Above { value, .. }, Some(AnswerValue::Number(n))) => n > value,
        (Condition::Below { value, .. }, Some(AnswerValue::Number(n))) => n < value,
        _ => false,
    }
}

/// The items a total adds up.
pub fn total_items<'a>(total: &Total, content: &'a ToolContent) -> Vec<&'a Item> {
    let items = content.items();
    if total.items.is_empty() {
        items.into_iter().filter(|i| is_scored(i)).collect()
    } else {
        total.items.iter().filter_map(|id| items.iter().find(|i| &i.id == id).copied()).collect()
    }
}

/// `sum / n` in hundredths, rounded half away from zero.
fn mean(sum: i64, n: i64) -> Points {
    if n == 0 {
        return Points(0);
    }
    let doubled = 2 * sum.abs() + n;
    let magnitude = doubled / (2 * n);
    Points(if sum < 0 { -magnitude } else { magnitude })
}

/// The lowest and highest score a total can have, with every item shown.
pub fn possible_range(total: &Total, content: &ToolContent) -> Option<(Points, Points)> {
    let items = total_items(total, content);
    let ranges: Vec<(Points, Points)> = items.iter().map(|i| item_range(i)).collect::<Option<_>>()?;
    if ranges.is_empty() {
        return None;
    }
    let low: i64 = ranges.iter().map(|r| r.0.0).sum();
    let high: i64 = ranges.iter().map(|r| r.1.0).sum();
    match total.method {
        Method::Sum => Some((Points(low), Points(high))),
        Method::Mean => {
            let n = i64::try_from(ranges.len()).ok()?;
            Some((mean(low, n), mean(high, n)))
        }
    }
}

/// The smallest difference between two scores of a total: a whole point
/// for sums of whole weights, a hundredth otherwise. Bands must meet edge
/// to edge with this step between them.
pub fn step(total: &Total, content: &ToolContent) -> Points {
    let whole = total_items(total, content).iter().all(|item| match &item.answer {
        AnswerType::Scale { .. } => true,
        answer => answer.options().iter().filter_map(|o| o.weight).all(|w| w.0 % 100 == 0),
    });
    if total.method == Method::Sum && whole { Points(100) } else { Points(1) }
}

/// Scores a set of answers with a version's rules.
pub fn score(content: &ToolContent, answers: &Answers) -> ScoreResult {
    let ToolContent::Questionnaire { scoring: Some(scoring), .. } = content else {
        return ScoreResult::default();
    };
    let totals = scoring
        .totals
        .iter()
        .map(|total| {
            let mut sum = 0;
            let mut counted = 0;
            let mut complete = true;
            for item in total_items(total, content) {
                if !is_shown(item, answers) {
                    continue;
                }
                match answers.get(&item.id).and_then(|a| item_score(item, a)) {
                    Some(points) => {
                        sum += points.0;
                        counted += 1;
                    }
                    None => complete = false,
                }
            }
            let score = complete.then(|| match total.method {
                Method::Sum => Points(sum),
                Method::Mean => mean(sum, counted),
            });
            let band = score.and_then(|s| {
                total
                    .bands
                    .iter()
                    .find(|b| b.min <= s && s <= b.max)
                    .map(|b| BandReached { label: b.label.clone(), alert: b.alert })
            });
            TotalScore { total: total.id.clone(), label: total.label.clone(), score, band }
        })
        .collect();
    let items = content.items();
    let item_alerts = scoring
        .item_alerts
        .iter()
        .filter(|alert| {
            let Some(item) = items.iter().find(|i| i.id == alert.item) else { return false };
            is_shown(item, answers)
                && answers.get(&item.id).and_then(|a| item_score(item, a)).is_some_and(|s| s > alert.above)
        })
        .map(|alert| alert.label.clone())
        .collect();
    ScoreResult { totals, item_alerts }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::document::{AnswerOption, Band, ItemAlert, Scoring};
    use proptest::prelude::*;

    /// A PHQ-9-shaped questionnaire: nine items weighted 0–3, summed, with
    /// the published severity bands and the item-9 alert.
    pub(crate) fn phq9() -> ToolContent {
        let options = || {
            ["Not at all", "Several days", "More than half the days", "Nearly every day"]
                .iter()
                .enumerate()
                .map(|(w, text)| AnswerOption {
                    id: w.to_string(),
                    text: (*text).to_owned(),
                    weight: Some(Points::whole(w as i64)),
                })
                .collect()
        };
        let items = (1..=9)
            .map(|n| Item {
                id: format!("phq9_{n}"),
                text: format!("Item {n}"),
                required: true,
                reverse: false,
                show_if: None,
                answer: AnswerType::SingleChoice { options: options() },
            })
            .collect();
        let band = |min, max, label: &str, alert| Band {
            min: Points::whole(min),
            max: Points::whole(max),
            label: label.to_owned(),
            alert,
        };
        ToolContent::Questionnaire {
            items,
            scoring: Some(Scoring {
                totals: vec![Total {
                    id: "total".into(),
                    label: "Total".into(),
                    items: vec![],
                    method: Method::Sum,
                    bands: vec![
                        band(0, 4, "Minimal", false),
                        band(5, 9, "Mild", false),
                        band(10, 14, "Moderate", false),
                        band(15, 19, "Moderately severe", true),
                        band(20, 27, "Severe", true),
                    ],
                }],
                item_alerts: vec![ItemAlert { item: "phq9_9".into(), above: Points(0), label: "Item 9".into() }],
            }),
        }
    }

    fn answers(weights: &[u8]) -> Answers {
        weights
            .iter()
            .enumerate()
            .map(|(i, w)| (format!("phq9_{}", i + 1), AnswerValue::Choice(w.to_string())))
            .collect()
    }

    #[test]
    fn every_band_edge_of_phq9() {
        let content = phq9();
        // (answers adding up to the score, band, band alert)
        let cases: [(&[u8], i64, &str, bool); 10] = [
            (&[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "Minimal", false),
            (&[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "Minimal", false),
            (&[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "Mild", false),
            (&[3, 3, 3, 0, 0, 0, 0, 0, 0], 9, "Mild", false),
            (&[3, 3, 3, 1, 0, 0, 0, 0, 0], 10, "Moderate", false),
            (&[3, 3, 3, 3, 2, 0, 0, 0, 0], 14, "Moderate", false),
            (&[3, 3, 3, 3, 3, 0, 0, 0, 0], 15, "Moderately severe", true),
            (&[3, 3, 3, 3, 3, 3, 1, 0, 0], 19, "Moderately severe", true),
            (&[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "Severe", true),
            (&[3, 3, 3, 3, 3, 3, 3, 3, 0], 24, "Severe", true),
        ];
        for (weights, expected, band, alert) in cases {
            let result = score(&content, &answers(weights));
            let total = &result.totals[0];
            assert_eq!(total.score, Some(Points::whole(expected)), "{weights:?}");
            assert_eq!(total.band, Some(BandReached { label: band.into(), alert }), "{weights:?}");
            assert!(result.item_alerts.is_empty());
        }
        let all = score(&content, &answers(&[3; 9]));
        assert_eq!(all.totals[0].score, Some(Points::whole(27)));
        assert_eq!(all.item_alerts, vec!["Item 9".to_owned()], "any answer above 0 on item 9");
        assert!(all.alerts());
    }

    #[test]
    fn an_unanswered_item_leaves_no_score_rather_than_a_low_one() {
        let mut partial = answers(&[3; 9]);
        partial.remove("phq9_4");
        let result = score(&phq9(), &partial);
        assert_eq!(result.totals[0].score, None);
        assert_eq!(result.totals[0].band, None);
        assert_eq!(result.item_alerts, vec!["Item 9".to_owned()], "an alert needs only its own item");
    }

    #[test]
    fn reversed_items_and_means() {
        let item = |id: &str, reverse| Item {
            id: id.into(),
            text: id.into(),
            required: true,
            reverse,
            show_if: None,
            answer: AnswerType::Scale { min: 1, max: 5, min_label: String::new(), max_label: String::new() },
        };
        let content = ToolContent::Questionnaire {
            items: vec![item("a", false), item("b", true), item("c", false)],
            scoring: Some(Scoring {
                totals: vec![Total {
                    id: "mean".into(),
                    label: "Mean".into(),
                    items: vec![],
                    method: Method::Mean,
                    bands: vec![],
                }],
                item_alerts: vec![],
            }),
        };
        let answers: Answers = [("a", 5), ("b", 5), ("c", 4)]
            .iter()
            .map(|(id, n)| ((*id).to_owned(), AnswerValue::Number(Points::whole(*n))))
            .collect();
        // 5 + (1 + 5 - 5) + 4 = 10, over 3 items: 3.33.
        assert_eq!(score(&content, &answers).totals[0].score, Some(Points(333)));
        assert_eq!(mean(200, 3), Points(67), "0.666… rounds up");
        assert_eq!(mean(-200, 3), Points(-67), "half away from zero");
        let ToolContent::Questionnaire { scoring: Some(scoring), .. } = &content else { unreachable!() };
        assert_eq!(possible_range(&scoring.totals[0], &content), Some((Points(100), Points(500))));
        assert_eq!(step(&scoring.totals[0], &content), Points(1));
    }

    #[test]
    fn hidden_items_do_not_count() {
        let mut content = phq9();
        if let ToolContent::Questionnaire { items, .. } = &mut content {
            items[8].show_if = Some(Condition::Above { item: "phq9_1".into(), value: Points(0) });
        }
        let mut eight = answers(&[0; 9]);
        eight.remove("phq9_9");
        let result = score(&content, &eight);
        assert_eq!(result.totals[0].score, Some(Points(0)), "item 9 was not asked");
    }

    proptest! {
        #[test]
        fn scores_stay_within_the_possible_range(weights in proptest::collection::vec(0u8..4, 9)) {
            let content = phq9();
            let ToolContent::Questionnaire { scoring: Some(scoring), .. } = &content else { unreachable!() };
            let (low, high) = possible_range(&scoring.totals[0], &content).unwrap();
            let result = score(&content, &answers(&weights));
            let points = result.totals[0].score.unwrap();
            prop_assert!(low <= points && points <= high);
            prop_assert!(result.totals[0].band.is_some(), "the bands cover every score");
            // The same answers always score the same.
            prop_assert_eq!(score(&content, &answers(&weights)), result);
        }

        #[test]
        fn reversing_mirrors_the_score(value in 0i64..=10) {
            let item = |reverse| Item {
                id: "x".into(), text: "x".into(), required: true, reverse, show_if: None,
                answer: AnswerType::Scale { min: 0, max: 10, min_label: String::new(), max_label: String::new() },
            };
            let answer = AnswerValue::Number(Points::whole(value));
            let straight = item_score(&item(false), &answer).unwrap();
            let mirrored = item_score(&item(true), &answer).unwrap();
            prop_assert_eq!(straight.0 + mirrored.0, 1000);
            let back = AnswerValue::Number(mirrored);
            prop_assert_eq!(item_score(&item(true), &back), Some(straight));
        }
    }
}
