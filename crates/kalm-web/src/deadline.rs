//! Every request gets a deadline.
//!
//! Past `request_timeout` the handler is dropped (its transaction rolls
//! back) and the visitor gets a clean 503: the API's JSON error under
//! `/api/`, a translated error page elsewhere. The deadline also bounds how
//! long a client may take to send a request body, since handlers read the
//! body inside it. The health checks are left out: they are quick, and a
//! load balancer should see their own answer, not the deadline's.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use kalm_domain::languages::Language;
use kalm_i18n::{TRANSLATED, Tr, page_language};

use crate::WebConfig;
use crate::error::{ApiError, PageError};

/// The stable code of a request that ran out of time.
pub const CODE: &str = "request_timeout";

pub async fn deadline(State(config): State<Arc<WebConfig>>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if matches!(path, "/healthz" | "/readyz") {
        return next.run(request).await;
    }
    let api = path.starts_with("/api/");
    let accepted = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| Language::negotiate(v, &TRANSLATED));
    let logged = crate::loggable_path(path).to_owned();
    match tokio::time::timeout(config.request_timeout, next.run(request)).await {
        Ok(response) => response,
        Err(_elapsed) => {
            tracing::warn!(path = %logged, timeout = ?config.request_timeout, "request deadline passed");
            if api {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, CODE).into_response()
            } else {
                let tr = Tr::new(page_language(&[accepted, Some(Language::En)]));
                PageError { status: StatusCode::SERVICE_UNAVAILABLE, code: CODE, tr, chrome: None }.into_response()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::body::Body;
    use axum::middleware;
    use axum::routing::get;
    use kalm_domain::platforms::Hostname;
    use std::time::Duration;
    use tower::ServiceExt;

    async fn slow() -> &'static str {
        tokio::time::sleep(Duration::from_secs(600)).await;
        "late"
    }

    fn app(timeout: Duration) -> Router {
        let config = WebConfig { request_timeout: timeout, ..WebConfig::new(Hostname::parse("admin.test").unwrap()) };
        Router::new()
            .route("/slow", get(slow))
            .route("/api/v1/slow", get(slow))
            .route(
                "/healthz",
                get(|| async {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    "ok"
                }),
            )
            .route("/quick", get(|| async { "quick" }))
            .layer(middleware::from_fn_with_state(Arc::new(config), deadline))
    }

    async fn call(app: Router, path: &str, language: &str) -> (StatusCode, String, String) {
        let request = Request::builder().uri(path).header("accept-language", language).body(Body::empty()).unwrap();
        let response = tokio::time::timeout(Duration::from_secs(10), app.oneshot(request)).await.unwrap().unwrap();
        let status = response.status();
        let kind =
            response.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
        (status, kind, String::from_utf8_lossy(&body).into_owned())
    }

    #[tokio::test]
    async fn a_slow_page_gets_a_translated_503_page() {
        let (status, kind, body) = call(app(Duration::from_millis(50)), "/slow", "de").await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(kind.starts_with("text/html"), "{kind}");
        assert!(body.contains("<html lang=\"de\">"), "{body}");
        assert!(body.contains(&Tr::new(Language::De).error(CODE)), "{body}");
    }

    #[tokio::test]
    async fn a_slow_api_call_gets_the_json_error() {
        let (status, kind, body) = call(app(Duration::from_millis(50)), "/api/v1/slow", "de").await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(kind.starts_with("application/json"), "{kind}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["error"], CODE);
        assert!(json["message"].as_str().is_some_and(|m| !m.is_empty()));
    }

    #[tokio::test]
    async fn quick_requests_and_health_checks_are_untouched() {
        assert_eq!(call(app(Duration::from_millis(50)), "/quick", "en").await.2, "quick");
        let (status, _, body) = call(app(Duration::from_millis(50)), "/healthz", "en").await;
        assert_eq!((status, body.as_str()), (StatusCode::OK, "ok"));
    }
}
