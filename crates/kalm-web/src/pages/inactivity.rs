//! The inactivity preview on the configuration page: what the days in the
//! form would deactivate now and in the next 30 days, and a chart of the
//! platform's accounts by days since their last activity with the proposed
//! limits drawn on it.
//!
//! The chart is SVG drawn here (no script, no outside service). It is one
//! image with a text alternative that states the numbers that matter, and
//! the same numbers follow in a table, so nobody depends on seeing it.

use kalm_app::inactivity::{Preview, TypePreview};
use kalm_domain::inactivity::BUCKETS;
use kalm_i18n::Tr;

pub struct PreviewRow {
    pub account_type: String,
    pub days: String,
    pub accounts: i64,
    pub now: String,
    pub next_30_days: i64,
    pub warn: bool,
}

pub struct BucketRow {
    pub label: String,
    pub professionals: i64,
    pub clients: i64,
}

/// The preview as the page shows it.
pub struct PreviewView {
    /// What the numbers are counted with: the days in the form, or (on a
    /// page without one) the days in effect.
    pub intro: String,
    pub rows: Vec<PreviewRow>,
    pub chart: String,
    pub chart_title: String,
    pub chart_summary: String,
    pub buckets: Vec<BucketRow>,
    /// The confirmation checkbox's label, when saving needs one.
    pub confirm_label: Option<String>,
    /// The checkbox's value: the days it confirms (`confirms`), so a tick
    /// given for one preview does not confirm other days typed after it.
    pub confirms: String,
}

/// What a ticked confirmation box stands for: the days of the preview the
/// person saw.
pub fn confirms(professionals: Option<u16>, clients: Option<u16>) -> String {
    let days = |d: Option<u16>| d.map_or_else(|| "off".to_owned(), |d| d.to_string());
    format!("professionals:{},clients:{}", days(professionals), days(clients))
}

fn percent(part: i64, whole: i64) -> i64 {
    if whole == 0 { 0 } else { (part * 100 + whole / 2) / whole }
}

fn row(tr: &Tr, t: &TypePreview) -> PreviewRow {
    PreviewRow {
        account_type: tr.t(&format!("inactivity-type-{}", t.account_type)),
        days: t.days.map_or_else(|| tr.t("inactivity-off"), |d| tr.n("inactivity-days", "count", i64::from(d))),
        accounts: t.accounts,
        now: tr.args(
            "inactivity-now-share",
            &[("count", t.now.to_string()), ("percent", percent(t.now, t.accounts).to_string())],
        ),
        next_30_days: t.next_30_days,
        warn: t.needs_confirmation,
    }
}

pub fn bucket_label(tr: &Tr, from: i64, to: Option<i64>) -> String {
    match to {
        Some(to) => tr.args("inactivity-bucket", &[("from", from.to_string()), ("to", (to - 1).to_string())]),
        None => tr.args("inactivity-bucket-open", &[("from", from.to_string())]),
    }
}

/// The preview for a page; `with_form` says whether the page has the form
/// whose days are counted (a page that only shows the rule has none).
pub fn view(tr: &Tr, preview: &Preview, with_form: bool) -> PreviewView {
    let rows = vec![row(tr, &preview.professionals), row(tr, &preview.clients)];
    let buckets = BUCKETS
        .iter()
        .enumerate()
        .map(|(i, (from, to))| BucketRow {
            label: bucket_label(tr, *from, *to),
            professionals: preview.professionals.buckets.get(i).copied().unwrap_or_default(),
            clients: preview.clients.buckets.get(i).copied().unwrap_or_default(),
        })
        .collect();
    let now_total = preview.professionals.now + preview.clients.now;
    PreviewView {
        chart: chart(tr, preview),
        chart_title: tr.t("inactivity-chart-title"),
        intro: tr.t(if with_form { "inactivity-preview-intro" } else { "inactivity-preview-intro-in-effect" }),
        chart_summary: tr.args(
            if with_form { "inactivity-chart-summary" } else { "inactivity-chart-summary-in-effect" },
            &[
                ("professionals", preview.professionals.accounts.to_string()),
                ("clients", preview.clients.accounts.to_string()),
                ("now", now_total.to_string()),
            ],
        ),
        rows,
        buckets,
        confirm_label: preview.needs_confirmation().then(|| tr.n("inactivity-confirm", "count", now_total)),
        confirms: confirms(preview.professionals.days, preview.clients.days),
    }
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 48.0;
const BOTTOM: f64 = 56.0;
const TOP: f64 = 16.0;
/// Professionals and clients: the page's accent colour and a dark grey,
/// both with at least 3:1 contrast against white.
const COLOURS: [&str; 2] = ["#1f5fa8", "#4a4a4a"];

/// Where a number of days falls on the bucketed x axis.
fn x_of_days(days: i64) -> f64 {
    let slot = (WIDTH - LEFT) / BUCKETS.len() as f64;
    for (i, (from, to)) in BUCKETS.iter().enumerate() {
        let end = to.unwrap_or(from + 1825);
        if days < end {
            let within = (days - from) as f64 / (end - from) as f64;
            return LEFT + slot * (i as f64 + within.clamp(0.0, 1.0));
        }
    }
    WIDTH
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn chart(tr: &Tr, preview: &Preview) -> String {
    let types = [&preview.professionals, &preview.clients];
    let max = types.iter().flat_map(|t| t.buckets.iter()).copied().max().unwrap_or(0).max(1);
    let plot_height = HEIGHT - BOTTOM - TOP;
    let slot = (WIDTH - LEFT) / BUCKETS.len() as f64;
    let bar = slot * 0.36;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" class=\"chart\" role=\"img\" \
         aria-labelledby=\"chart-title chart-summary\" focusable=\"false\">"
    );
    // Axes and a scale at 0 and the maximum.
    svg.push_str(&format!(
        "<line x1=\"{LEFT}\" y1=\"{y}\" x2=\"{WIDTH}\" y2=\"{y}\" stroke=\"#4a4a4a\"/>\
         <text x=\"{lx}\" y=\"{y}\" text-anchor=\"end\" font-size=\"11\">0</text>\
         <text x=\"{lx}\" y=\"{top}\" text-anchor=\"end\" font-size=\"11\" dominant-baseline=\"hanging\">{max}</text>",
        y = HEIGHT - BOTTOM,
        lx = LEFT - 6.0,
        top = TOP,
    ));
    for (i, (from, to)) in BUCKETS.iter().enumerate() {
        let x0 = LEFT + slot * i as f64 + slot * 0.12;
        for (k, t) in types.iter().enumerate() {
            let count = t.buckets.get(i).copied().unwrap_or_default();
            let h = plot_height * count as f64 / max as f64;
            svg.push_str(&format!(
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" fill=\"{}\"/>",
                x0 + bar * k as f64,
                HEIGHT - BOTTOM - h,
                COLOURS[k]
            ));
        }
        let label = match to {
            Some(to) => format!("{from}–{}", to - 1),
            None => format!("{from}+"),
        };
        svg.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\">{label}</text>",
            LEFT + slot * (i as f64 + 0.5),
            HEIGHT - BOTTOM + 16.0
        ));
    }
    svg.push_str(&format!(
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\">{}</text>",
        LEFT + (WIDTH - LEFT) / 2.0,
        HEIGHT - 8.0,
        escape(&tr.t("inactivity-chart-axis"))
    ));
    // The proposed limits: a dashed line per type, labelled.
    for (k, t) in types.iter().enumerate() {
        if let Some(days) = t.days {
            let x = x_of_days(i64::from(days));
            svg.push_str(&format!(
                "<line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"2\" \
                 stroke-dasharray=\"{}\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"{}\">{}</text>",
                HEIGHT - BOTTOM,
                COLOURS[k],
                if k == 0 { "6 3" } else { "2 3" },
                x + 4.0,
                TOP + 12.0 + 14.0 * k as f64,
                COLOURS[k],
                escape(&tr.n(&format!("inactivity-limit-{}", t.account_type), "count", i64::from(days)))
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use kalm_domain::languages::Language;

    fn type_preview(account_type: &'static str, days: Option<u16>, buckets: Vec<i64>) -> TypePreview {
        let accounts = buckets.iter().sum();
        TypePreview { account_type, days, accounts, now: 3, next_30_days: 1, buckets, needs_confirmation: true }
    }

    #[test]
    fn the_chart_draws_bars_limits_and_a_text_alternative() {
        let tr = Tr::new(Language::En);
        let preview = Preview {
            professionals: type_preview("professional", Some(365), vec![5, 4, 3, 2, 1, 0, 0, 0]),
            clients: type_preview("client", None, vec![10, 0, 0, 0, 0, 0, 0, 2]),
        };
        let v = view(&tr, &preview, true);
        assert!(v.intro.contains("in the form") && v.chart_summary.contains("in the form"));
        // Without a form (a manager reading the rule), the page speaks of
        // the days in effect, not of a form that is not there.
        let read_only = view(&tr, &preview, false);
        assert!(!read_only.intro.contains("form") && !read_only.chart_summary.contains("form"));
        assert!(v.chart.starts_with("<svg") && v.chart.contains("aria-labelledby=\"chart-title chart-summary\""));
        assert_eq!(v.chart.matches("<rect").count(), 16, "two bars per bucket");
        assert_eq!(v.chart.matches("stroke-dasharray").count(), 1, "one limit: clients are off");
        assert_eq!(v.buckets.len(), BUCKETS.len());
        assert_eq!(v.buckets[7].clients, 2);
        assert!(v.confirm_label.is_some());
        assert_eq!(x_of_days(0), LEFT);
        assert!(x_of_days(365) > x_of_days(364) && x_of_days(100_000) <= WIDTH);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(0, 0), 0);
    }
}
