//! Errors as the web shows them: an HTTP status, a stable code, and for
//! pages a translated message in the visitor's language.
//!
//! Internal errors are logged here with their details and shown as a generic
//! "something went wrong"; nothing about the database or the code reaches
//! the visitor.
//!
//! An error page made without a frame (an extractor's refusal, a missing
//! page, an error raised before the handler knew its visitor) is framed on
//! its way out by `frame_platform_errors` / `frame_console_errors`: the
//! platform's name, menu and the visitor's language on a platform's host,
//! the console's on the console. So no error page on a platform's domain
//! carries another name than the platform's.

use askama::Template;
use axum::Json;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use kalm_app::AppError;
use kalm_i18n::Tr;
use serde::Serialize;

use crate::AppState;
use crate::pages::Chrome;
use crate::session::{AdminVisit, PlatformVisit};

pub fn status_of(err: &AppError) -> StatusCode {
    match err {
        AppError::Account(_)
        | AppError::Platform(_)
        | AppError::Place(_)
        | AppError::Content(_)
        | AppError::ReleaseRefused(_)
        | AppError::ToolFixed
        | AppError::Password(_)
        | AppError::Language(_)
        | AppError::Configuration(_)
        | AppError::Phone(_)
        | AppError::ReasonRequired
        | AppError::SmsRefused => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::RelationTypes | AppError::CurrentPasswordWrong | AppError::TwoFactorCodeWrong => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        AppError::NotFound(_) | AppError::LinkInvalid | AppError::ResetLinkInvalid => StatusCode::NOT_FOUND,
        AppError::LinkExpired | AppError::ResetLinkExpired => StatusCode::GONE,
        AppError::Denied(_) | AppError::AccountDeactivated | AppError::PasswordConfirmationRequired => {
            StatusCode::FORBIDDEN
        }
        AppError::OwnEmailChangeByLink => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::OperatorDisabled => StatusCode::CONFLICT,
        AppError::DraftOutdated | AppError::NothingToRelease => StatusCode::CONFLICT,
        AppError::NotAContentPlatform | AppError::NotACarePlatform => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Media(kalm_domain::media::MediaError::TooLarge { .. }) => StatusCode::PAYLOAD_TOO_LARGE,
        AppError::Media(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::EmailChangeLinkInvalid => StatusCode::NOT_FOUND,
        AppError::Duplicate(_) | AppError::LastApplicationManager | AppError::AccountNotActive => StatusCode::CONFLICT,
        AppError::LoginFailed | AppError::NotSignedIn => StatusCode::UNAUTHORIZED,
        AppError::LoginThrottled(_) | AppError::SmsLimit(_) => StatusCode::TOO_MANY_REQUESTS,
        AppError::SmsUnavailable => StatusCode::SERVICE_UNAVAILABLE,
        AppError::LoginExpired => StatusCode::UNAUTHORIZED,
        AppError::WaiverNotNeeded
        | AppError::TwoFactorOff
        | AppError::TwoFactorNotSetUp
        | AppError::TwoFactorRequired
        | AppError::ConfirmationNeeded { .. } => StatusCode::CONFLICT,
        AppError::Store(_) if err.is_unavailable() => StatusCode::SERVICE_UNAVAILABLE,
        AppError::Internal(_) | AppError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn log(err: &AppError) {
    if err.is_internal() {
        tracing::error!(error = %err, "internal error");
    }
}

#[derive(Template)]
#[template(path = "partials/error.html")]
struct ErrorPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    message: String,
}

/// An error rendered as a page.
#[derive(Debug)]
pub struct PageError {
    pub status: StatusCode,
    pub code: &'static str,
    pub tr: Tr,
    /// The frame to show the error in (the platform's own); a neutral one
    /// when absent.
    pub chrome: Option<Box<Chrome>>,
}

impl PageError {
    pub fn new(err: &AppError, tr: &Tr) -> PageError {
        log(err);
        PageError { status: status_of(err), code: err.code(), tr: tr.clone(), chrome: None }
    }

    /// Shows the error inside this frame (a platform's header and menu).
    pub fn in_chrome(mut self, chrome: Chrome) -> PageError {
        self.chrome = Some(Box::new(chrome));
        self
    }

    pub fn internal(what: &str) -> PageError {
        tracing::error!(what, "internal error");
        PageError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "internal",
            tr: Tr::new(kalm_domain::languages::Language::En),
            chrome: None,
        }
    }

    pub fn not_found(tr: &Tr) -> PageError {
        PageError { status: StatusCode::NOT_FOUND, code: "page_not_found", tr: tr.clone(), chrome: None }
    }
}

impl From<AppError> for PageError {
    fn from(err: AppError) -> PageError {
        PageError::new(&err, &Tr::new(kalm_domain::languages::Language::En))
    }
}

pub fn render<T: Template>(page: &T) -> Response {
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

/// Marks an error page rendered without a frame, for the framing
/// middleware to render again inside the site's own.
#[derive(Debug, Clone, Copy)]
struct Unframed {
    status: StatusCode,
    code: &'static str,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        // The chrome a handler gave (the platform's name, the menu, "log
        // out") keeps the visitor oriented; without one, the bare header,
        // which the framing middleware replaces where it knows the site.
        let unframed = self.chrome.is_none().then_some(Unframed { status: self.status, code: self.code });
        let chrome = self.chrome.map_or_else(|| Chrome::bare(&self.tr), |chrome| *chrome);
        let page = ErrorPage { t: &self.tr, chrome, message: self.tr.error(self.code) };
        let mut response = render(&page);
        *response.status_mut() = self.status;
        if let Some(unframed) = unframed {
            response.extensions_mut().insert(unframed);
        }
        response
    }
}

/// Renders `unframed` again in `chrome` and `tr`, keeping the first
/// answer's status and headers (a cookie it cleared, say).
fn reframed(first: Response, unframed: Unframed, tr: &Tr, chrome: Chrome) -> Response {
    let page = ErrorPage { t: tr, chrome, message: tr.error(unframed.code) };
    let mut framed = render(&page);
    *framed.status_mut() = unframed.status;
    for (name, value) in first.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            framed.headers_mut().append(name.clone(), value.clone());
        }
    }
    framed
}

/// Frames the platform's unframed error pages in the platform's name, menu
/// and the visitor's language.
pub async fn frame_platform_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let mut kept = parts.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    let Some(unframed) = response.extensions().get::<Unframed>().copied() else { return response };
    match PlatformVisit::from_request_parts(&mut kept, &state).await {
        Ok(visit) => reframed(response, unframed, &visit.tr, Chrome::platform(&visit, "")),
        Err(_) => response,
    }
}

/// Frames the console's unframed error pages in the console's own.
pub async fn frame_console_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let mut kept = parts.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    let Some(unframed) = response.extensions().get::<Unframed>().copied() else { return response };
    match AdminVisit::from_request_parts(&mut kept, &state).await {
        Ok(visit) => reframed(response, unframed, &visit.tr, Chrome::admin(&visit, "")),
        Err(_) => response,
    }
}

/// Maps app errors to page errors in the visitor's language.
pub trait OrPage<T> {
    fn or_page(self, tr: &Tr) -> Result<T, PageError>;
}

impl<T> OrPage<T> for Result<T, AppError> {
    fn or_page(self, tr: &Tr) -> Result<T, PageError> {
        self.map_err(|e| PageError::new(&e, tr))
    }
}

pub fn unknown_host() -> Response {
    PageError::not_found(&Tr::new(kalm_domain::languages::Language::En)).into_response()
}

/// The JSON error body: `{ "error": "<stable_code>", "message": "…" }`,
/// plus `field` when one field or parameter is at fault. Named `ApiError` in
/// the OpenAPI document, where its description lists the general codes.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(
    as = ApiError,
    description = "Every API error. Codes that any call can answer: `not_signed_in` (401), `not_allowed` and `cross_origin_refused` (403), `route_not_found` and `host_unknown` (404), `method_not_allowed` (405), `invalid_query` and `invalid_path` (400, with `field`), `body_too_large` (413), `unsupported_media_type` (415), `invalid_json`, `invalid_field`, `missing_field` and `unknown_field` (422, the last three with `field`), `internal` (500), `database_unavailable` (503). Other codes are specific to a call and listed in the docs."
)]
pub struct ErrorBody {
    /// Stable snake_case code, for programs.
    pub error: String,
    /// Human-readable explanation, in English.
    pub message: String,
    /// For invalid values: the field at fault (e.g. `warning_days`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For a refused release (`release_refused`): every problem, with where
    /// it is in the tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problems: Option<Vec<ProblemBody>>,
}

/// One reason a tool's draft cannot be released yet.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProblemBody {
    /// Stable code (`empty`, `weight_missing`, `bands_gap`, …; see the content guide).
    pub code: String,
    /// Where: the id of the element in the editor (`item-phq9_9`, `total-total`, `page-1-2`).
    pub at: String,
    /// What it is about, when the code does not say it all (a range, a Markdown excerpt).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub field: Option<String>,
    pub message: Option<String>,
    pub problems: Option<Vec<ProblemBody>>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str) -> ApiError {
        ApiError { status, code, field: None, message: None, problems: None }
    }

    /// An error about one field or parameter, with serde's `detail` of what
    /// was expected woven into the message.
    pub fn with_field(status: StatusCode, code: &'static str, field: String, detail: String) -> ApiError {
        let tr = Tr::new(kalm_domain::languages::Language::En);
        let message =
            tr.args(&format!("error-{}", code.replace('_', "-")), &[("field", field.clone()), ("detail", detail)]);
        ApiError { status, code, field: Some(field), message: Some(message), problems: None }
    }

    pub fn unauthenticated() -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, "not_signed_in")
    }
}

impl From<&kalm_domain::content::release::ReleaseProblem> for ProblemBody {
    fn from(p: &kalm_domain::content::release::ReleaseProblem) -> ProblemBody {
        ProblemBody { code: p.code.to_owned(), at: p.place.anchor(), detail: p.detail.clone() }
    }
}

impl From<AppError> for ApiError {
    fn from(err: AppError) -> ApiError {
        log(&err);
        let mut api = ApiError::new(status_of(&err), err.code());
        if let AppError::Configuration(value_error) = &err {
            api.field = Some(value_error.field.clone());
            api.message = Some(Tr::new(kalm_domain::languages::Language::En).value_error(value_error));
        }
        if let AppError::ReleaseRefused(problems) = &err {
            api.problems = Some(problems.iter().map(ProblemBody::from).collect());
        }
        api
    }
}

impl From<PageError> for ApiError {
    fn from(err: PageError) -> ApiError {
        ApiError::new(err.status, err.code)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let tr = Tr::new(kalm_domain::languages::Language::En);
        let message = self.message.unwrap_or_else(|| tr.error(self.code));
        let body = ErrorBody { error: self.code.to_owned(), message, field: self.field, problems: self.problems };
        (self.status, Json(body)).into_response()
    }
}
