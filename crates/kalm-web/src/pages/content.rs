//! The content platform's pages: the list of tools, a tool's page (its
//! draft's state, what stands in the way of a release, its versions, and
//! for publishers the release and withdraw forms), and the preview of a
//! draft or version at phone width, as a client will see it.
//!
//! Every problem that blocks a release is worded for an author: which
//! place ("Question 3", "Chapter 1, page 2") and what is wrong there, with
//! the place as an anchor the editor gives the same id.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::content::{self, Tool, Version};
use kalm_app::{AppError, Caller};
use kalm_domain::content::release::{Place, ReleaseProblem};
use kalm_domain::content::{AnswerType, Block, Item, ToolContent, ToolDocument, ToolKind, markdown};
use kalm_domain::languages::Language;
use kalm_domain::permissions::{Action, Target};
use kalm_i18n::Tr;
use uuid::Uuid;

use super::{Choice, Chrome, Done, Fields, to_login};
use crate::AppState;
use crate::error::{OrPage, PageError, render, status_of};
use crate::session::PlatformVisit;

fn caller(visit: &PlatformVisit) -> Option<&Caller> {
    visit.principal.as_ref().map(|p| p.caller())
}

/// These pages exist on content platforms only; elsewhere they are not
/// found, as any other unknown address.
fn on_content_platform(visit: &PlatformVisit) -> Result<(), PageError> {
    if visit.platform.kind == kalm_domain::platforms::PlatformKind::Content {
        Ok(())
    } else {
        Err(PageError::not_found(&visit.tr))
    }
}

fn may(visit: &PlatformVisit, caller: &Caller, action: Action) -> bool {
    kalm_domain::permissions::decide(&caller.actor, action, &Target::Platform(visit.platform.id)).is_ok()
}

// ------------------------------------------------------------ the list --

pub struct ToolRowView {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub language: String,
    pub version: String,
    pub state: String,
}

#[derive(Template)]
#[template(path = "content/tools.html")]
struct ToolsPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    rows: Vec<ToolRowView>,
    may_create: bool,
    kind_options: Vec<Choice>,
    language_options: Vec<Choice>,
    title: String,
    description: String,
    error: Option<String>,
}

fn state_text(tr: &Tr, tool: &Tool) -> String {
    match (tool.withdrawn_at.is_some(), tool.latest_version) {
        (true, _) => tr.t("tool-state-withdrawn"),
        (false, 0) => tr.t("tool-state-draft"),
        (false, _) => tr.t("tool-state-offered"),
    }
}

fn version_text(tr: &Tr, latest: i64) -> String {
    if latest == 0 { tr.t("tool-version-none") } else { tr.n("tool-version-number", "version", latest) }
}

async fn tools_page(
    state: &AppState,
    visit: &PlatformVisit,
    caller: &Caller,
    fields: Option<&Fields>,
    error: Option<&AppError>,
    done: Option<&str>,
) -> Result<Response, PageError> {
    let tr = &visit.tr;
    let tools = content::list(&state.kalm, caller, &visit.platform).await.or_page(tr)?;
    let field = |name: &str| fields.map(|f| f.get(name)).unwrap_or_default();
    let chosen_kind = field("kind");
    let chosen_language = match field("language") {
        l if l.is_empty() => visit.platform.default_language.code().to_owned(),
        l => l,
    };
    let page = ToolsPage {
        t: tr,
        chrome: Chrome::platform(visit, "/tools").with_notice(tr, done),
        rows: tools
            .iter()
            .map(|tool| ToolRowView {
                id: tool.id.to_string(),
                title: tool.title.clone(),
                kind: tr.code("tool-kind", tool.kind.code()),
                language: tr.code("language", tool.language.code()),
                version: version_text(tr, tool.latest_version),
                state: state_text(tr, tool),
            })
            .collect(),
        may_create: may(visit, caller, Action::EditContent),
        kind_options: ToolKind::ALL
            .iter()
            .map(|k| Choice::new(k.code(), tr.code("tool-kind", k.code()), chosen_kind == k.code()))
            .collect(),
        language_options: Language::ALL
            .iter()
            .map(|l| Choice::new(l.code(), tr.code("language", l.code()), chosen_language == l.code()))
            .collect(),
        title: field("title"),
        description: field("description"),
        error: error.map(|e| tr.error(e.code())),
    };
    let mut response = render(&page);
    if let Some(err) = error {
        *response.status_mut() = status_of(err);
    }
    Ok(response)
}

pub async fn list(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    on_content_platform(&visit)?;
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    tools_page(&state, &visit, caller, None, None, done.done.as_deref()).await
}

pub async fn create(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    on_content_platform(&visit)?;
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    let created = content::create(
        &state.kalm,
        caller,
        &visit.platform,
        &fields.get("kind"),
        &fields.get("language"),
        &fields.get("title"),
        &fields.get("description"),
    )
    .await;
    match created {
        Ok(tool) => Ok(Redirect::to(&format!("/tools/{}?done=tool_created", tool.id)).into_response()),
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_)) => Err(PageError::new(&err, &visit.tr)),
        Err(err) => tools_page(&state, &visit, caller, Some(&fields), Some(&err), None).await,
    }
}

// ------------------------------------------------------- a tool's page --

pub struct ProblemView {
    pub anchor: String,
    pub place: String,
    pub text: String,
}

pub struct VersionView {
    pub number: i64,
    pub label: String,
    pub released: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "content/tool.html")]
struct ToolPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    id: String,
    title: String,
    description: String,
    kind: String,
    language: String,
    version: String,
    state: String,
    draft_saved: String,
    draft_revision: i64,
    problems: Vec<ProblemView>,
    problems_intro: String,
    may_edit: bool,
    may_release: bool,
    withdrawn: bool,
    released: bool,
    versions: Vec<VersionView>,
    note: String,
    error: Option<String>,
}

/// Where a problem is, in the author's words.
pub fn place_text(tr: &Tr, place: &Place) -> String {
    match place {
        Place::Tool => tr.t("release-place-tool"),
        Place::Chapter { chapter } => tr.t1("release-place-chapter", "chapter", &chapter.to_string()),
        Place::Page { chapter, page } => {
            tr.args("release-place-page", &[("chapter", chapter.to_string()), ("page", page.to_string())])
        }
        Place::Block { chapter, page, block, .. } => tr.args(
            "release-place-block",
            &[("chapter", chapter.to_string()), ("page", page.to_string()), ("block", block.to_string())],
        ),
        Place::Item { number, .. } => tr.t1("release-place-item", "number", &number.to_string()),
        Place::AnswerOption { item, option } => {
            tr.args("release-place-option", &[("item", item.clone()), ("option", option.clone())])
        }
        Place::Total { id } => tr.t1("release-place-total", "total", id),
        Place::Band { total, band } => {
            tr.args("release-place-band", &[("total", total.clone()), ("band", band.to_string())])
        }
        Place::ItemAlert { alert } => tr.t1("release-place-alert", "number", &alert.to_string()),
    }
}

pub fn problem_view(tr: &Tr, problem: &ReleaseProblem) -> ProblemView {
    let text = tr.t1(&format!("release-problem-{}", problem.code.replace('_', "-")), "detail", &problem.detail);
    ProblemView { anchor: problem.place.anchor(), place: place_text(tr, &problem.place), text }
}

async fn tool_page(
    state: &AppState,
    visit: &PlatformVisit,
    caller: &Caller,
    id: Uuid,
    refused: Option<(&AppError, &Fields)>,
    done: Option<&str>,
) -> Result<Response, PageError> {
    let tr = &visit.tr;
    let (tool, versions) = content::show(&state.kalm, caller, &visit.platform, id).await.or_page(tr)?;
    let problems = match refused {
        Some((AppError::ReleaseRefused(problems), _)) => problems.clone(),
        _ => content::release_problems(&tool),
    };
    let page = ToolPage {
        t: tr,
        chrome: Chrome::platform(visit, "/tools").with_notice(tr, done),
        id: tool.id.to_string(),
        title: tool.title.clone(),
        description: tool.draft.description.clone(),
        kind: tr.code("tool-kind", tool.kind.code()),
        language: tr.code("language", tool.language.code()),
        version: version_text(tr, tool.latest_version),
        state: state_text(tr, &tool),
        draft_saved: tr.args(
            "tool-draft-saved",
            &[
                ("revision", tool.draft_revision.to_string()),
                ("date", tr.datetime(&tool.draft_saved_at)),
                ("who", tool.draft_saved_by.clone().unwrap_or_default()),
            ],
        ),
        draft_revision: tool.draft_revision,
        problems: problems.iter().map(|p| problem_view(tr, p)).collect(),
        problems_intro: tr.n("tool-problems-intro", "count", i64::try_from(problems.len()).unwrap_or(i64::MAX)),
        may_edit: may(visit, caller, Action::EditContent),
        may_release: may(visit, caller, Action::ReleaseContent),
        withdrawn: tool.withdrawn_at.is_some(),
        released: tool.latest_version > 0,
        versions: versions.iter().map(|v| version_view(tr, v)).collect(),
        note: refused.map(|(_, f)| f.get("note")).unwrap_or_default(),
        error: refused.map(|(e, _)| tr.error(e.code())),
    };
    let mut response = render(&page);
    if let Some((err, _)) = refused {
        *response.status_mut() = status_of(err);
    }
    Ok(response)
}

fn version_view(tr: &Tr, v: &Version) -> VersionView {
    VersionView {
        number: v.number,
        label: tr.n("tool-version-number", "version", v.number),
        released: tr.args(
            "tool-version-released",
            &[("date", tr.datetime(&v.released_at)), ("who", v.released_by.clone().unwrap_or_default())],
        ),
        note: v.release_note.clone(),
    }
}

fn tool_id(id: &str, tr: &Tr) -> Result<Uuid, PageError> {
    Uuid::parse_str(id).map_err(|_| PageError::not_found(tr))
}

pub async fn show(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    on_content_platform(&visit)?;
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    let id = tool_id(&id, &visit.tr)?;
    tool_page(&state, &visit, caller, id, None, done.done.as_deref()).await
}

pub async fn release(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    on_content_platform(&visit)?;
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    let id = tool_id(&id, &visit.tr)?;
    let revision = fields.get("draft_revision").parse::<i64>().unwrap_or(0);
    match content::release(&state.kalm, caller, &visit.platform, id, revision, &fields.get("note")).await {
        Ok(_) => Ok(Redirect::to(&format!("/tools/{id}?done=tool_released")).into_response()),
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_) | AppError::NotFound(_)) => {
            Err(PageError::new(&err, &visit.tr))
        }
        Err(err) => tool_page(&state, &visit, caller, id, Some((&err, &fields)), None).await,
    }
}

pub async fn withdraw(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    on_content_platform(&visit)?;
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    let id = tool_id(&id, &visit.tr)?;
    let withdrawn = fields.get("withdrawn") == "yes";
    content::set_withdrawn(&state.kalm, caller, &visit.platform, id, withdrawn).await.or_page(&visit.tr)?;
    let done = if withdrawn { "tool_withdrawn" } else { "tool_offered" };
    Ok(Redirect::to(&format!("/tools/{id}?done={done}")).into_response())
}

// ------------------------------------------------------------ preview --

/// One question as the client's form will show it.
pub struct QuestionView {
    pub id: String,
    pub number: usize,
    pub text_html: String,
    pub required: bool,
    /// `choice`, `choices`, `scale`, `number`, `text`, `textarea`, `date`.
    pub control: &'static str,
    pub options: Vec<(String, String)>,
    pub scale: Vec<i64>,
    pub min_label: String,
    pub max_label: String,
    pub condition: Option<String>,
}

pub enum BlockView {
    Text(String),
    Image { alt: String, src: String },
    Audio { src: String, transcript: String },
    Question(QuestionView),
    Feedback(String),
}

pub struct PageView {
    pub title: String,
    pub blocks: Vec<BlockView>,
}

pub struct ChapterView {
    pub title: String,
    pub pages: Vec<PageView>,
}

#[derive(Template)]
#[template(path = "content/preview.html")]
struct PreviewPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    id: String,
    heading: String,
    what: String,
    lang: &'static str,
    title: String,
    description: String,
    /// A module's one page on show, as a client moves through them.
    current: Option<CurrentPage>,
    questions: Vec<QuestionView>,
}

pub struct CurrentPage {
    pub chapter: String,
    pub page: PageView,
    pub progress: String,
    pub previous: Option<String>,
    pub next: Option<String>,
}

fn question_view(tr: &Tr, item: &Item, number: usize) -> QuestionView {
    let (control, options, scale, min_label, max_label) = match &item.answer {
        AnswerType::SingleChoice { options } => {
            ("choice", options.iter().map(|o| (o.id.clone(), o.text.clone())).collect(), vec![], "", "")
        }
        AnswerType::MultipleChoice { options } => {
            ("choices", options.iter().map(|o| (o.id.clone(), o.text.clone())).collect(), vec![], "", "")
        }
        AnswerType::Scale { min, max, min_label, max_label } => {
            ("scale", vec![], (*min..=*max).take(101).collect(), min_label.as_str(), max_label.as_str())
        }
        AnswerType::Number { .. } => ("number", vec![], vec![], "", ""),
        AnswerType::FreeText { multiline: true } => ("textarea", vec![], vec![], "", ""),
        AnswerType::FreeText { multiline: false } => ("text", vec![], vec![], "", ""),
        AnswerType::Date => ("date", vec![], vec![], "", ""),
    };
    QuestionView {
        id: item.id.clone(),
        number,
        text_html: markdown::to_html(&item.text),
        required: item.required,
        control,
        options,
        scale,
        min_label: min_label.to_owned(),
        max_label: max_label.to_owned(),
        condition: item.show_if.as_ref().map(|c| tr.t1("preview-condition", "item", c.item())),
    }
}

fn preview_of(tr: &Tr, document: &ToolDocument) -> (Vec<ChapterView>, Vec<QuestionView>) {
    let mut number = 0;
    let mut next = || {
        number += 1;
        number
    };
    match &document.content {
        ToolContent::Module { chapters } => {
            let chapters = chapters
                .iter()
                .map(|chapter| ChapterView {
                    title: chapter.title.clone(),
                    pages: chapter
                        .pages
                        .iter()
                        .map(|page| PageView {
                            title: page.title.clone(),
                            blocks: page
                                .blocks
                                .iter()
                                .map(|block| match block {
                                    Block::Text { markdown: text, .. } => BlockView::Text(markdown::to_html(text)),
                                    Block::Image { media, alt, .. } => {
                                        BlockView::Image { alt: alt.clone(), src: format!("/media/{media}") }
                                    }
                                    Block::Audio { media, transcript, .. } => BlockView::Audio {
                                        src: format!("/media/{media}"),
                                        transcript: transcript.clone(),
                                    },
                                    Block::Question { item } => BlockView::Question(question_view(tr, item, next())),
                                    Block::Feedback { prompt, .. } => BlockView::Feedback(markdown::to_html(prompt)),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect();
            (chapters, Vec::new())
        }
        ToolContent::Diary { items } | ToolContent::Questionnaire { items, .. } => {
            (Vec::new(), items.iter().map(|item| question_view(tr, item, next())).collect())
        }
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct PreviewQuery {
    version: Option<i64>,
    /// A module's page, counted from 1 across its chapters.
    page: Option<usize>,
}

pub async fn preview(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Query(query): Query<PreviewQuery>,
) -> Result<Response, PageError> {
    on_content_platform(&visit)?;
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let id = tool_id(&id, tr)?;
    let document = content::document(&state.kalm, caller, &visit.platform, id, query.version).await.or_page(tr)?;
    let (chapters, questions) = preview_of(tr, &document);
    let pages: Vec<(String, PageView)> =
        chapters.into_iter().flat_map(|c| c.pages.into_iter().map(move |p| (c.title.clone(), p))).collect();
    let count = pages.len();
    let at = query.page.unwrap_or(1).clamp(1, count.max(1));
    let link = |page: usize| match query.version {
        Some(v) => format!("/tools/{id}/preview?version={v}&page={page}"),
        None => format!("/tools/{id}/preview?page={page}"),
    };
    let current = pages.into_iter().nth(at - 1).map(|(chapter, page)| CurrentPage {
        chapter,
        page,
        progress: tr.args("preview-progress", &[("page", at.to_string()), ("pages", count.to_string())]),
        previous: (at > 1).then(|| link(at - 1)),
        next: (at < count).then(|| link(at + 1)),
    });
    let what = match query.version {
        Some(n) => tr.n("tool-version-number", "version", n),
        None => tr.t("preview-draft"),
    };
    Ok(render(&PreviewPage {
        t: tr,
        chrome: Chrome::platform(&visit, "/tools"),
        id: id.to_string(),
        heading: tr.t1("preview-title", "title", &document.title),
        what,
        lang: document.language.code(),
        title: document.title.clone(),
        description: document.description.clone(),
        current,
        questions,
    }))
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/tools", axum::routing::get(list).post(create))
        .route("/tools/{id}", axum::routing::get(show))
        .route("/tools/{id}/preview", axum::routing::get(preview))
        .route("/tools/{id}/edit", axum::routing::get(editor).post(editor_save))
        .route("/tools/{id}/release", axum::routing::post(release).merge(super::forms::page_of("/tools/{id}")))
        .route("/tools/{id}/withdrawn", axum::routing::post(withdraw).merge(super::forms::page_of("/tools/{id}")))
}

// ------------------------------------------------------------- editor --
//
// One form holds the whole draft. Every button posts it with an `op`
// (save, add a question, move a block up, …): the form is read back into a
// document, the operation applied (`content::edit`), and the result saved
// on the revision the page was opened at, so no button ever loses what was
// typed, and a save over someone else's is refused with the typed draft
// kept on the page. Nothing needs JavaScript.

use kalm_domain::content::edit::{self, EditOp, NewBlock, NewQuestion};
use kalm_domain::content::{AnswerOption, Band, Chapter, Condition, ItemAlert, Method, Page, Points, Scoring, Total};

/// A number as typed on a form, with a comma or a point.
fn points(text: &str) -> Option<Points> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return None;
    }
    text.parse::<f64>().ok().and_then(Points::from_f64)
}

fn whole(text: &str, fallback: i64) -> i64 {
    text.trim().parse().unwrap_or(fallback)
}

/// The indices `prefix.N.` used in the form, in order.
fn indices(fields: &Fields, prefix: &str) -> Vec<usize> {
    let mut found: Vec<usize> =
        fields.0.iter().filter_map(|(k, _)| k.strip_prefix(prefix)?.split('.').next()?.parse().ok()).collect();
    found.sort_unstable();
    found.dedup();
    found
}

fn item_from(fields: &Fields, prefix: &str) -> Item {
    let f = |name: &str| fields.get(&format!("{prefix}.{name}"));
    let options = || {
        indices(fields, &format!("{prefix}.option."))
            .into_iter()
            .map(|j| {
                let o = |name: &str| fields.get(&format!("{prefix}.option.{j}.{name}"));
                AnswerOption { id: o("id"), text: o("text"), weight: points(&o("weight")) }
            })
            .collect()
    };
    let answer = match f("type").as_str() {
        "single_choice" => AnswerType::SingleChoice { options: options() },
        "multiple_choice" => AnswerType::MultipleChoice { options: options() },
        "scale" => AnswerType::Scale {
            min: whole(&f("min"), 0),
            max: whole(&f("max"), 10),
            min_label: f("min_label"),
            max_label: f("max_label"),
        },
        "number" => AnswerType::Number { min: points(&f("min")), max: points(&f("max")) },
        "date" => AnswerType::Date,
        _ => AnswerType::FreeText { multiline: f("multiline") == "yes" },
    };
    let when_item = f("when_item");
    let show_if = match f("when").as_str() {
        "answered" if !when_item.is_empty() => Some(Condition::Answered { item: when_item }),
        "chosen" if !when_item.is_empty() => Some(Condition::Chosen { item: when_item, option: f("when_value") }),
        "above" if !when_item.is_empty() => {
            Some(Condition::Above { item: when_item, value: points(&f("when_value")).unwrap_or_default() })
        }
        "below" if !when_item.is_empty() => {
            Some(Condition::Below { item: when_item, value: points(&f("when_value")).unwrap_or_default() })
        }
        _ => None,
    };
    Item {
        id: f("id"),
        text: f("text"),
        required: f("required") == "yes",
        reverse: f("reverse") == "yes",
        show_if,
        answer,
    }
}

/// The draft as the form holds it; kind and language are the tool's own.
fn document_from(tool: &Tool, fields: &Fields) -> ToolDocument {
    let content = match tool.kind {
        ToolKind::Module => ToolContent::Module {
            chapters: indices(fields, "chapter.")
                .into_iter()
                .map(|c| Chapter {
                    id: fields.get(&format!("chapter.{c}.id")),
                    title: fields.get(&format!("chapter.{c}.title")),
                    pages: indices(fields, &format!("chapter.{c}.page."))
                        .into_iter()
                        .map(|p| {
                            let at = format!("chapter.{c}.page.{p}");
                            Page {
                                id: fields.get(&format!("{at}.id")),
                                title: fields.get(&format!("{at}.title")),
                                blocks: indices(fields, &format!("{at}.block."))
                                    .into_iter()
                                    .map(|b| {
                                        let at = format!("{at}.block.{b}");
                                        let g = |name: &str| fields.get(&format!("{at}.{name}"));
                                        match g("kind").as_str() {
                                            "image" => Block::Image { id: g("id"), media: g("media"), alt: g("alt") },
                                            "audio" => Block::Audio {
                                                id: g("id"),
                                                media: g("media"),
                                                transcript: g("transcript"),
                                            },
                                            "question" => {
                                                Block::Question { item: item_from(fields, &format!("{at}.item")) }
                                            }
                                            "feedback" => Block::Feedback { id: g("id"), prompt: g("text") },
                                            _ => Block::Text { id: g("id"), markdown: g("text") },
                                        }
                                    })
                                    .collect(),
                            }
                        })
                        .collect(),
                })
                .collect(),
        },
        ToolKind::Diary | ToolKind::Questionnaire => {
            let items = indices(fields, "item.").into_iter().map(|i| item_from(fields, &format!("item.{i}"))).collect();
            if tool.kind == ToolKind::Diary {
                ToolContent::Diary { items }
            } else {
                let totals: Vec<Total> = indices(fields, "total.")
                    .into_iter()
                    .map(|k| {
                        let t = |name: &str| fields.get(&format!("total.{k}.{name}"));
                        Total {
                            id: t("id"),
                            label: t("label"),
                            items: t("items").split([',', ' ']).filter(|s| !s.is_empty()).map(str::to_owned).collect(),
                            method: if t("method") == "mean" { Method::Mean } else { Method::Sum },
                            bands: indices(fields, &format!("total.{k}.band."))
                                .into_iter()
                                .map(|b| {
                                    let g = |name: &str| fields.get(&format!("total.{k}.band.{b}.{name}"));
                                    Band {
                                        min: points(&g("min")).unwrap_or_default(),
                                        max: points(&g("max")).unwrap_or_default(),
                                        label: g("label"),
                                        alert: g("alert") == "yes",
                                    }
                                })
                                .collect(),
                        }
                    })
                    .collect();
                let item_alerts: Vec<ItemAlert> = indices(fields, "alert.")
                    .into_iter()
                    .map(|a| {
                        let g = |name: &str| fields.get(&format!("alert.{a}.{name}"));
                        ItemAlert { item: g("item"), above: points(&g("above")).unwrap_or_default(), label: g("label") }
                    })
                    .collect();
                let scoring =
                    (!totals.is_empty() || !item_alerts.is_empty()).then_some(Scoring { totals, item_alerts });
                ToolContent::Questionnaire { items, scoring }
            }
        }
    };
    ToolDocument {
        schema: kalm_domain::content::SCHEMA.to_owned(),
        language: tool.language,
        title: fields.get("title"),
        description: fields.get("description"),
        content,
    }
}

/// The operation a button names (`move_item:q3:-1`), and where to return.
fn operation(op: &str, fields: &Fields) -> Option<(Option<EditOp>, String)> {
    let mut parts = op.split(':');
    let name = parts.next()?;
    let a = parts.next().unwrap_or_default().to_owned();
    let b = parts.next().unwrap_or_default().to_owned();
    let by = |s: &str| if s == "-1" { -1 } else { 1 };
    let anchor = |id: &str, kind: &str| format!("{kind}-{id}");
    let parsed = match name {
        "save" => (None, String::new()),
        "add_item" => (Some(EditOp::AddItem(NewQuestion::parse(&fields.get("new_question"))?)), "items-end".into()),
        "remove_item" => (Some(EditOp::RemoveItem(a)), "items-end".into()),
        "move_item" => (Some(EditOp::MoveItem(a.clone(), by(&b))), anchor(&a, "item")),
        "duplicate_item" => (Some(EditOp::DuplicateItem(a.clone())), anchor(&a, "item")),
        "add_option" => (Some(EditOp::AddOption(a.clone())), anchor(&a, "item")),
        "remove_option" => (Some(EditOp::RemoveOption { item: a.clone(), option: b }), anchor(&a, "item")),
        "add_chapter" => (Some(EditOp::AddChapter), "items-end".into()),
        "remove_chapter" => (Some(EditOp::RemoveChapter(a)), "items-end".into()),
        "add_page" => (Some(EditOp::AddPage { chapter: a.clone() }), anchor(&a, "chapter")),
        "remove_page" => (Some(EditOp::RemovePage(a)), "items-end".into()),
        "add_block" => {
            let kind = fields.get(&format!("new_block.{a}"));
            let block = match kind.as_str() {
                "text" => NewBlock::Text,
                "image" => NewBlock::Image,
                "audio" => NewBlock::Audio,
                "feedback" => NewBlock::Feedback,
                other => NewBlock::Question(NewQuestion::parse(other)?),
            };
            (Some(EditOp::AddBlock { page: a.clone(), block }), anchor(&a, "page"))
        }
        "remove_block" => (Some(EditOp::RemoveBlock(a)), "items-end".into()),
        "move_block" => (Some(EditOp::MoveBlock(a.clone(), by(&b))), anchor(&a, "block")),
        "duplicate_block" => (Some(EditOp::DuplicateBlock(a.clone())), anchor(&a, "block")),
        "add_total" => (Some(EditOp::AddTotal), "scoring".into()),
        "remove_total" => (Some(EditOp::RemoveTotal(a)), "scoring".into()),
        "add_band" => (Some(EditOp::AddBand { total: a.clone() }), anchor(&a, "total")),
        "remove_band" => (Some(EditOp::RemoveBand { total: a.clone(), band: b.parse().ok()? }), anchor(&a, "total")),
        "add_alert" => (Some(EditOp::AddItemAlert), "scoring".into()),
        "remove_alert" => (Some(EditOp::RemoveItemAlert(a.parse().ok()?)), "scoring".into()),
        _ => return None,
    };
    Some(parsed)
}

pub struct OptionEdit {
    pub index: usize,
    pub id: String,
    pub text: String,
    pub weight: String,
}

pub struct ItemEdit {
    /// The form names' prefix (`item.3`, `chapter.0.page.1.block.2.item`).
    pub prefix: String,
    pub id: String,
    pub number: usize,
    pub text: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub required: bool,
    pub reverse: bool,
    pub choice: bool,
    pub options: Vec<OptionEdit>,
    pub min: String,
    pub max: String,
    pub min_label: String,
    pub max_label: String,
    pub multiline: bool,
    pub when: &'static str,
    pub when_item: String,
    pub when_value: String,
    /// The questions before this one: what a condition may look at.
    pub earlier: Vec<Choice>,
    pub first: bool,
    pub last: bool,
    /// In a module, moving and copying are the block's.
    pub own_buttons: bool,
}

pub struct BlockEdit {
    pub prefix: String,
    pub id: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub text: String,
    pub media: String,
    pub alt: String,
    pub transcript: String,
    pub item: Option<ItemEdit>,
    pub first: bool,
    pub last: bool,
}

pub struct PageEdit {
    pub prefix: String,
    pub id: String,
    pub anchor: String,
    pub title: String,
    pub blocks: Vec<BlockEdit>,
}

pub struct ChapterEdit {
    pub prefix: String,
    pub id: String,
    pub number: usize,
    pub title: String,
    pub pages: Vec<PageEdit>,
}

pub struct BandEdit {
    pub index: usize,
    pub min: String,
    pub max: String,
    pub label: String,
    pub alert: bool,
}

pub struct TotalEdit {
    pub index: usize,
    pub id: String,
    pub label: String,
    pub mean: bool,
    pub items: String,
    pub range: String,
    pub bands: Vec<BandEdit>,
}

pub struct AlertEdit {
    pub index: usize,
    pub item_choices: Vec<Choice>,
    pub above: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "content/editor.html")]
struct EditorPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    id: String,
    title: String,
    description: String,
    revision: i64,
    module: bool,
    questionnaire: bool,
    items: Vec<ItemEdit>,
    chapters: Vec<ChapterEdit>,
    totals: Vec<TotalEdit>,
    alerts: Vec<AlertEdit>,
    question_types: Vec<Choice>,
    block_types: Vec<Choice>,
    problems: Vec<ProblemView>,
    error: Option<String>,
}

fn item_edit(tr: &Tr, item: &Item, prefix: String, number: usize, earlier: &[(String, usize)]) -> ItemEdit {
    let (min, max, min_label, max_label) = match &item.answer {
        AnswerType::Scale { min, max, min_label, max_label } => {
            (min.to_string(), max.to_string(), min_label.clone(), max_label.clone())
        }
        AnswerType::Number { min, max } => (
            min.map(Points::display).unwrap_or_default(),
            max.map(Points::display).unwrap_or_default(),
            String::new(),
            String::new(),
        ),
        _ => Default::default(),
    };
    let (when, when_item, when_value) = match &item.show_if {
        None => ("none", String::new(), String::new()),
        Some(Condition::Answered { item }) => ("answered", item.clone(), String::new()),
        Some(Condition::Chosen { item, option }) => ("chosen", item.clone(), option.clone()),
        Some(Condition::Above { item, value }) => ("above", item.clone(), value.display()),
        Some(Condition::Below { item, value }) => ("below", item.clone(), value.display()),
    };
    ItemEdit {
        prefix,
        id: item.id.clone(),
        number,
        text: item.text.clone(),
        kind: item.answer.code(),
        kind_label: tr.code("question-type", item.answer.code()),
        required: item.required,
        reverse: item.reverse,
        choice: !item.answer.options().is_empty()
            || matches!(item.answer, AnswerType::SingleChoice { .. } | AnswerType::MultipleChoice { .. }),
        options: item
            .answer
            .options()
            .iter()
            .enumerate()
            .map(|(index, o)| OptionEdit {
                index,
                id: o.id.clone(),
                text: o.text.clone(),
                weight: o.weight.map(Points::display).unwrap_or_default(),
            })
            .collect(),
        min,
        max,
        min_label,
        max_label,
        multiline: matches!(item.answer, AnswerType::FreeText { multiline: true }),
        when,
        when_item: when_item.clone(),
        when_value,
        earlier: earlier
            .iter()
            .map(|(id, n)| {
                Choice::new(id.clone(), tr.t1("release-place-item", "number", &n.to_string()), *id == when_item)
            })
            .collect(),
        first: false,
        last: false,
        own_buttons: true,
    }
}

fn editor_page(
    tr: &Tr,
    visit: &PlatformVisit,
    tool: &Tool,
    document: &ToolDocument,
    error: Option<String>,
    done: Option<&str>,
) -> Response {
    let mut number = 0;
    let mut earlier: Vec<(String, usize)> = Vec::new();
    let mut next_item = |item: &Item, prefix: String| {
        number += 1;
        let edit = item_edit(tr, item, prefix, number, &earlier);
        earlier.push((item.id.clone(), number));
        edit
    };
    let mut items = Vec::new();
    let mut chapters = Vec::new();
    let mut totals = Vec::new();
    let mut alerts = Vec::new();
    match &document.content {
        ToolContent::Module { chapters: source } => {
            for (c, chapter) in source.iter().enumerate() {
                let mut pages = Vec::new();
                for (p, page) in chapter.pages.iter().enumerate() {
                    let prefix = format!("chapter.{c}.page.{p}");
                    let count = page.blocks.len();
                    let blocks = page
                        .blocks
                        .iter()
                        .enumerate()
                        .map(|(b, block)| {
                            let prefix = format!("{prefix}.block.{b}");
                            let (kind, text, media, alt, transcript, item) = match block {
                                Block::Text { markdown, .. } => ("text", markdown.clone(), "", "", "", None),
                                Block::Image { media, alt, .. } => {
                                    ("image", String::new(), media.as_str(), alt.as_str(), "", None)
                                }
                                Block::Audio { media, transcript, .. } => {
                                    ("audio", String::new(), media.as_str(), "", transcript.as_str(), None)
                                }
                                Block::Question { item } => {
                                    let mut edit = next_item(item, format!("{prefix}.item"));
                                    edit.own_buttons = false;
                                    ("question", String::new(), "", "", "", Some(edit))
                                }
                                Block::Feedback { prompt, .. } => ("feedback", prompt.clone(), "", "", "", None),
                            };
                            BlockEdit {
                                prefix,
                                id: block.id().to_owned(),
                                kind,
                                kind_label: tr.code("block-type", kind),
                                text,
                                media: media.to_owned(),
                                alt: alt.to_owned(),
                                transcript: transcript.to_owned(),
                                item,
                                first: b == 0,
                                last: b + 1 == count,
                            }
                        })
                        .collect();
                    pages.push(PageEdit {
                        prefix,
                        id: page.id.clone(),
                        anchor: format!("page-{}-{}", c + 1, p + 1),
                        title: page.title.clone(),
                        blocks,
                    });
                }
                chapters.push(ChapterEdit {
                    prefix: format!("chapter.{c}"),
                    id: chapter.id.clone(),
                    number: c + 1,
                    title: chapter.title.clone(),
                    pages,
                });
            }
        }
        ToolContent::Diary { items: source } | ToolContent::Questionnaire { items: source, .. } => {
            let count = source.len();
            for (i, item) in source.iter().enumerate() {
                let mut edit = next_item(item, format!("item.{i}"));
                edit.first = i == 0;
                edit.last = i + 1 == count;
                items.push(edit);
            }
            if let ToolContent::Questionnaire { scoring: Some(scoring), .. } = &document.content {
                for (k, total) in scoring.totals.iter().enumerate() {
                    let range = kalm_domain::content::scoring::possible_range(total, &document.content)
                        .map(|(low, high)| {
                            tr.args("editor-total-range", &[("min", low.display()), ("max", high.display())])
                        })
                        .unwrap_or_default();
                    totals.push(TotalEdit {
                        index: k,
                        id: total.id.clone(),
                        label: total.label.clone(),
                        mean: total.method == Method::Mean,
                        items: total.items.join(", "),
                        range,
                        bands: total
                            .bands
                            .iter()
                            .enumerate()
                            .map(|(index, b)| BandEdit {
                                index,
                                min: b.min.display(),
                                max: b.max.display(),
                                label: b.label.clone(),
                                alert: b.alert,
                            })
                            .collect(),
                    });
                }
                for (a, alert) in scoring.item_alerts.iter().enumerate() {
                    alerts.push(AlertEdit {
                        index: a,
                        item_choices: earlier
                            .iter()
                            .map(|(id, n)| {
                                Choice::new(
                                    id.clone(),
                                    tr.t1("release-place-item", "number", &n.to_string()),
                                    *id == alert.item,
                                )
                            })
                            .collect(),
                        above: alert.above.display(),
                        label: alert.label.clone(),
                    });
                }
            }
        }
    }
    let problems = kalm_domain::content::release::problems(document).iter().map(|p| problem_view(tr, p)).collect();
    let mut block_types: Vec<Choice> = ["text", "image", "audio", "feedback"]
        .iter()
        .map(|k| Choice::new(*k, tr.code("block-type", k), false))
        .collect();
    block_types
        .extend(NewQuestion::ALL.iter().map(|q| Choice::new(q.code(), tr.code("question-type", q.code()), false)));
    render(&EditorPage {
        t: tr,
        chrome: Chrome::platform(visit, "/tools").with_notice(tr, done),
        id: tool.id.to_string(),
        title: document.title.clone(),
        description: document.description.clone(),
        revision: tool.draft_revision,
        module: tool.kind == ToolKind::Module,
        questionnaire: tool.kind == ToolKind::Questionnaire,
        items,
        chapters,
        totals,
        alerts,
        question_types: NewQuestion::ALL
            .iter()
            .map(|q| Choice::new(q.code(), tr.code("question-type", q.code()), false))
            .collect(),
        block_types,
        problems,
        error,
    })
}

pub async fn editor(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    on_content_platform(&visit)?;
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let id = tool_id(&id, tr)?;
    if !may(&visit, caller, Action::EditContent) {
        return Err(PageError::new(&AppError::Denied(kalm_domain::permissions::Denied::NotForRole), tr));
    }
    let (tool, _) = content::show(&state.kalm, caller, &visit.platform, id).await.or_page(tr)?;
    Ok(editor_page(tr, &visit, &tool, &tool.draft, None, done.done.as_deref()))
}

pub async fn editor_save(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    on_content_platform(&visit)?;
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let id = tool_id(&id, tr)?;
    let (tool, _) = content::show(&state.kalm, caller, &visit.platform, id).await.or_page(tr)?;
    let typed = document_from(&tool, &fields);
    let Some((op, anchor)) = operation(&fields.get("op"), &fields) else {
        return Ok(with_error(
            editor_page(tr, &visit, &tool, &typed, Some(tr.error("edit_target_missing")), None),
            422,
        ));
    };
    let changed = match op {
        Some(op) => match edit::apply(&typed, &op) {
            Ok(changed) => changed,
            Err(err) => {
                return Ok(with_error(editor_page(tr, &visit, &tool, &typed, Some(tr.error(err.code())), None), 422));
            }
        },
        None => typed.clone(),
    };
    let based_on = fields.get("draft_revision").parse::<i64>().unwrap_or(0);
    match content::save_draft(&state.kalm, caller, &visit.platform, id, based_on, &changed).await {
        Ok(_) => {
            let fragment = if anchor.is_empty() { String::new() } else { format!("#{anchor}") };
            Ok(Redirect::to(&format!("/tools/{id}/edit?done=draft_saved{fragment}")).into_response())
        }
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_) | AppError::NotFound(_)) => {
            Err(PageError::new(&err, tr))
        }
        // Kept on the page as typed: nothing is lost, the author can copy
        // it or open the other save.
        Err(err) => Ok(with_error(
            editor_page(tr, &visit, &tool, &typed, Some(tr.error(err.code())), None),
            status_of(&err).as_u16(),
        )),
    }
}

fn with_error(mut response: Response, status: u16) -> Response {
    *response.status_mut() =
        axum::http::StatusCode::from_u16(status).unwrap_or(axum::http::StatusCode::UNPROCESSABLE_ENTITY);
    response
}
