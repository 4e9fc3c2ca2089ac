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
    chapters: Vec<ChapterView>,
    questions: Vec<QuestionView>,
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
        chapters,
        questions,
    }))
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/tools", axum::routing::get(list).post(create))
        .route("/tools/{id}", axum::routing::get(show))
        .route("/tools/{id}/preview", axum::routing::get(preview))
        .route("/tools/{id}/release", axum::routing::post(release).merge(super::forms::page_of("/tools/{id}")))
        .route("/tools/{id}/withdrawn", axum::routing::post(withdraw).merge(super::forms::page_of("/tools/{id}")))
}
