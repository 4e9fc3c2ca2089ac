//! `/api/v1/content/…` on a content platform's host: its tools, their
//! drafts and versions; and `/api/v1/catalogue/links` on the console's
//! host, which care platforms offer which content platforms' tools.
//!
//! A draft travels as the `kalm-tool/1` document itself. Its revision is
//! its `ETag`, and a `PUT` must name the revision it is based on in
//! `If-Match`: a save over someone else's is refused (409) instead of
//! overwriting it, and a save that names none is refused (428) rather than
//! guessed.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use kalm_app::content::{self, Tool, Version};
use kalm_app::{Caller, catalogue, platforms};
use kalm_domain::content::ToolDocument;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::{ApiJson, ApiPath, ApiQuery, ApiVisit};
use crate::AppState;
use crate::error::{ApiError, ErrorBody, ProblemBody};
use crate::session::{AdminVisit, PlatformVisit};

pub fn platform_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/content/tools", get(list).post(create))
        .route("/api/v1/content/tools/import", post(import))
        .route("/api/v1/content/tools/{id}", get(show))
        .route("/api/v1/content/tools/{id}/draft", get(draft).put(save_draft))
        .route("/api/v1/content/tools/{id}/versions", post(release))
        .route("/api/v1/content/tools/{id}/versions/{version}", get(version))
        .route("/api/v1/content/tools/{id}/withdrawn", put(set_withdrawn))
}

pub fn admin_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/catalogue/links", get(links).post(link))
        .route("/api/v1/catalogue/links/{content}/{care}", axum::routing::delete(unlink))
}

fn caller(visit: &PlatformVisit) -> Result<&Caller, ApiError> {
    visit.principal.as_ref().map(|p| p.caller()).ok_or_else(ApiError::unauthenticated)
}

fn operator(visit: &AdminVisit) -> Result<&Caller, ApiError> {
    visit.principal.as_ref().map(|p| p.caller()).ok_or_else(ApiError::unauthenticated)
}

/// A tool as lists and its page show it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ToolOut {
    pub id: Uuid,
    /// `module`, `diary` or `questionnaire`.
    pub kind: String,
    /// The language its content is written in (fixed).
    pub language: String,
    pub title: String,
    /// The draft's revision: its `ETag`, and what `If-Match` names.
    pub draft_revision: i64,
    pub draft_saved_at: String,
    /// The newest released version; 0 before the first release.
    pub latest_version: i64,
    /// Withdrawn from the catalogues.
    pub withdrawn: bool,
}

impl From<&Tool> for ToolOut {
    fn from(t: &Tool) -> ToolOut {
        ToolOut {
            id: t.id,
            kind: t.kind.code().to_owned(),
            language: t.language.code().to_owned(),
            title: t.title.clone(),
            draft_revision: t.draft_revision,
            draft_saved_at: t.draft_saved_at.to_rfc3339(),
            latest_version: t.latest_version,
            withdrawn: t.withdrawn_at.is_some(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionOut {
    pub version: i64,
    pub release_note: String,
    pub released_at: String,
    pub released_by: Option<String>,
}

impl From<&Version> for VersionOut {
    fn from(v: &Version) -> VersionOut {
        VersionOut {
            version: v.number,
            release_note: v.release_note.clone(),
            released_at: v.released_at.to_rfc3339(),
            released_by: v.released_by.clone(),
        }
    }
}

/// A tool with its versions and what stands in the way of releasing its draft.
#[derive(Debug, Serialize, ToSchema)]
pub struct ToolDetailOut {
    #[serde(flatten)]
    pub tool: ToolOut,
    /// Newest first.
    pub versions: Vec<VersionOut>,
    /// Empty when the draft may be released.
    pub release_problems: Vec<ProblemBody>,
}

/// The platform's tools, by title.
#[utoipa::path(get, path = "/api/v1/content/tools", tag = "content",
    responses((status = 200, body = [ToolOut]), (status = 422, body = ErrorBody, description = "Not a content platform: `not_a_content_platform`.")),
    security(("session" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
) -> Result<Json<Vec<ToolOut>>, ApiError> {
    let tools = content::list(&state.kalm, caller(&visit)?, &visit.platform).await?;
    Ok(Json(tools.iter().map(ToolOut::from).collect()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateToolIn {
    /// `module`, `diary` or `questionnaire`.
    pub kind: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The content's language, fixed from now on; by default the platform's.
    #[serde(default)]
    pub language: String,
}

/// Create an empty tool (authors).
#[utoipa::path(post, path = "/api/v1/content/tools", tag = "content", request_body = CreateToolIn,
    responses((status = 201, body = ToolOut), (status = 422, body = ErrorBody)),
    security(("session" = [])))]
pub async fn create(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiJson(body): ApiJson<CreateToolIn>,
) -> Result<Response, ApiError> {
    let tool = content::create(
        &state.kalm,
        caller(&visit)?,
        &visit.platform,
        &body.kind,
        &body.language,
        &body.title,
        &body.description,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(ToolOut::from(&tool))).into_response())
}

/// Create a tool from a `kalm-tool/1` document, as its draft (authors).
#[utoipa::path(post, path = "/api/v1/content/tools/import", tag = "content",
    request_body(content = Object, description = "A kalm-tool/1 document (see the content guide)."),
    responses((status = 201, body = ToolOut), (status = 422, body = ErrorBody, description = "Not a document this version reads: `tool_document_invalid`, `tool_schema_unknown`.")),
    security(("session" = [])))]
pub async fn import(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Response, ApiError> {
    let tool = content::import(&state.kalm, caller(&visit)?, &visit.platform, &body.to_string()).await?;
    Ok((StatusCode::CREATED, Json(ToolOut::from(&tool))).into_response())
}

/// One tool, its versions and its draft's release problems.
#[utoipa::path(get, path = "/api/v1/content/tools/{id}", tag = "content", params(("id" = Uuid, Path)),
    responses((status = 200, body = ToolDetailOut)),
    security(("session" = [])))]
pub async fn show(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<ToolDetailOut>, ApiError> {
    let (tool, versions) = content::show(&state.kalm, caller(&visit)?, &visit.platform, id).await?;
    let release_problems = content::release_problems(&tool).iter().map(ProblemBody::from).collect();
    Ok(Json(ToolDetailOut {
        tool: ToolOut::from(&tool),
        versions: versions.iter().map(VersionOut::from).collect(),
        release_problems,
    }))
}

fn etag(revision: i64) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{revision}\"")).unwrap_or(HeaderValue::from_static("\"0\""))
}

fn document_response(document: &ToolDocument, revision: Option<i64>) -> Response {
    let mut response = Json(serde_json::to_value(document).unwrap_or_default()).into_response();
    if let Some(revision) = revision {
        response.headers_mut().insert(header::ETAG, etag(revision));
    }
    response
}

/// The draft as a `kalm-tool/1` document; its revision is the `ETag`.
#[utoipa::path(get, path = "/api/v1/content/tools/{id}/draft", tag = "content", params(("id" = Uuid, Path)),
    responses((status = 200, body = Object, description = "The draft, a kalm-tool/1 document, with `ETag: \"<revision>\"`.")),
    security(("session" = [])))]
pub async fn draft(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Response, ApiError> {
    let (tool, _) = content::show(&state.kalm, caller(&visit)?, &visit.platform, id).await?;
    Ok(document_response(&tool.draft, Some(tool.draft_revision)))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SavedOut {
    /// The draft's new revision.
    pub draft_revision: i64,
}

/// Replace the draft (authors), based on the revision named in `If-Match`.
#[utoipa::path(put, path = "/api/v1/content/tools/{id}/draft", tag = "content", params(("id" = Uuid, Path),
        ("If-Match" = String, Header, description = "The revision the new draft is based on, as the `ETag` gave it.")),
    request_body(content = Object, description = "The whole draft, a kalm-tool/1 document."),
    responses((status = 200, body = SavedOut),
        (status = 409, body = ErrorBody, description = "Someone saved since: `draft_outdated`."),
        (status = 428, body = ErrorBody, description = "No `If-Match`: `revision_required`.")),
    security(("session" = [])))]
pub async fn save_draft(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Response, ApiError> {
    let based_on = headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().trim_start_matches("W/").trim_matches('"').parse::<i64>().ok())
        .ok_or_else(|| ApiError::new(StatusCode::PRECONDITION_REQUIRED, "revision_required"))?;
    let document = ToolDocument::from_json(&body.to_string()).map_err(kalm_app::AppError::from)?;
    let revision = content::save_draft(&state.kalm, caller(&visit)?, &visit.platform, id, based_on, &document).await?;
    let mut response = Json(SavedOut { draft_revision: revision }).into_response();
    response.headers_mut().insert(header::ETAG, etag(revision));
    Ok(response)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReleaseIn {
    /// What changed, for whoever uses the tool.
    pub note: String,
    /// The draft revision that was reviewed.
    pub draft_revision: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReleasedOut {
    pub version: i64,
}

/// Release the draft as the next version (publishers).
#[utoipa::path(post, path = "/api/v1/content/tools/{id}/versions", tag = "content", params(("id" = Uuid, Path)),
    request_body = ReleaseIn,
    responses((status = 201, body = ReleasedOut),
        (status = 409, body = ErrorBody, description = "The draft changed since it was reviewed (`draft_outdated`), or it is the latest version already (`nothing_to_release`)."),
        (status = 422, body = ErrorBody, description = "`release_refused`, with every problem in `problems`; or no note (`reason_required`).")),
    security(("session" = [])))]
pub async fn release(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<ReleaseIn>,
) -> Result<Response, ApiError> {
    let version =
        content::release(&state.kalm, caller(&visit)?, &visit.platform, id, body.draft_revision, &body.note).await?;
    Ok((StatusCode::CREATED, Json(ReleasedOut { version })).into_response())
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct VersionParams {
    /// `kalm` (default): the kalm-tool/1 document; `fhir`: an HL7 FHIR R4 Questionnaire.
    format: Option<String>,
}

/// A released version, as a document or as FHIR.
#[utoipa::path(get, path = "/api/v1/content/tools/{id}/versions/{version}", tag = "content",
    params(("id" = Uuid, Path), ("version" = i64, Path), VersionParams),
    responses((status = 200, body = Object, description = "A kalm-tool/1 document, or a FHIR R4 Questionnaire.")),
    security(("session" = [])))]
pub async fn version(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath((id, number)): ApiPath<(Uuid, i64)>,
    ApiQuery(params): ApiQuery<VersionParams>,
) -> Result<Response, ApiError> {
    let document = content::document(&state.kalm, caller(&visit)?, &visit.platform, id, Some(number)).await?;
    match params.format.as_deref().unwrap_or("kalm") {
        "kalm" => Ok(document_response(&document, None)),
        "fhir" => {
            let url = format!("{}/tools/{id}", state.kalm.urls.platform(&visit.platform.domain));
            Ok(Json(kalm_domain::content::fhir::questionnaire(&document, &url, number)).into_response())
        }
        _ => Err(ApiError::new(StatusCode::BAD_REQUEST, "invalid_query")),
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WithdrawnIn {
    /// True: no longer offered in catalogues (use in progress goes on).
    pub withdrawn: bool,
}

/// Withdraw a tool from the catalogues, or offer it again (publishers).
#[utoipa::path(put, path = "/api/v1/content/tools/{id}/withdrawn", tag = "content", params(("id" = Uuid, Path)),
    request_body = WithdrawnIn,
    responses((status = 204)),
    security(("session" = [])))]
pub async fn set_withdrawn(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<WithdrawnIn>,
) -> Result<StatusCode, ApiError> {
    content::set_withdrawn(&state.kalm, caller(&visit)?, &visit.platform, id, body.withdrawn).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkIn {
    /// The content platform, by domain or id.
    pub content: String,
    /// The care platform, by domain or id.
    pub care: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LinkOut {
    pub content: String,
    pub care: String,
    pub since: String,
}

/// Every catalogue link (service desk).
#[utoipa::path(get, path = "/api/v1/catalogue/links", tag = "content",
    responses((status = 200, body = [LinkOut])),
    security(("operator_token" = []), ("session" = [])))]
pub async fn links(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
) -> Result<Json<Vec<LinkOut>>, ApiError> {
    let desk = operator(&visit)?;
    let links = catalogue::links(&state.kalm, desk).await?;
    let all = platforms::list(&state.kalm, desk).await?;
    let domain = |id: kalm_domain::platforms::PlatformId| {
        all.iter().find(|p| p.id == id).map_or_else(|| id.to_string(), |p| p.domain.as_str().to_owned())
    };
    Ok(Json(
        links
            .iter()
            .map(|l| LinkOut {
                content: domain(l.content_platform),
                care: domain(l.care_platform),
                since: l.created_at.to_rfc3339(),
            })
            .collect(),
    ))
}

/// Offer a content platform's released tools on a care platform (service desk).
#[utoipa::path(post, path = "/api/v1/catalogue/links", tag = "content", request_body = LinkIn,
    responses((status = 201, description = "Linked."), (status = 200, description = "They were linked already."),
        (status = 422, body = ErrorBody, description = "`not_a_content_platform` or `not_a_care_platform`.")),
    security(("operator_token" = []), ("session" = [])))]
pub async fn link(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
    ApiJson(body): ApiJson<LinkIn>,
) -> Result<StatusCode, ApiError> {
    let desk = operator(&visit)?;
    let content = platforms::find(&state.kalm, desk, &body.content).await?;
    let care = platforms::find(&state.kalm, desk, &body.care).await?;
    let new = catalogue::link(&state.kalm, desk, &content, &care).await?;
    Ok(if new { StatusCode::CREATED } else { StatusCode::OK })
}

/// Stop offering them there (service desk).
#[utoipa::path(delete, path = "/api/v1/catalogue/links/{content}/{care}", tag = "content",
    params(("content" = String, Path, description = "The content platform, by domain or id."),
        ("care" = String, Path, description = "The care platform, by domain or id.")),
    responses((status = 204, description = "Unlinked, or they were not linked.")),
    security(("operator_token" = []), ("session" = [])))]
pub async fn unlink(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<AdminVisit>,
    ApiPath((content, care)): ApiPath<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let desk = operator(&visit)?;
    let content = platforms::find(&state.kalm, desk, &content).await?;
    let care = platforms::find(&state.kalm, desk, &care).await?;
    catalogue::unlink(&state.kalm, desk, &content, &care).await?;
    Ok(StatusCode::NO_CONTENT)
}
