//! Protection against cross-site request forgery.
//!
//! Browsers mark every request with `Sec-Fetch-Site`, and older ones send
//! `Origin` on cross-origin POSTs. A state-changing request is refused when
//! either says it came from another site. Requests authenticated by an
//! `Authorization` header carry no ambient credentials and are not checked.
//! Together with SameSite=Lax session cookies this needs no per-form token;
//! see docs/adr/0002.

use axum::extract::Request;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn cross_origin(request: Request, next: Next) -> Response {
    if allowed(&request) {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "cross-origin request refused");
        if crate::api::is_api_path(request.uri().path()) {
            crate::error::ApiError::new(StatusCode::FORBIDDEN, "cross_origin_refused").into_response()
        } else {
            (StatusCode::FORBIDDEN, "cross-origin request refused").into_response()
        }
    }
}

fn allowed(request: &Request) -> bool {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    let headers = request.headers();
    if headers.contains_key(header::AUTHORIZATION) {
        return true;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
            let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
            !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut b = Request::builder().method(Method::POST).uri("/x");
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(axum::body::Body::empty()).unwrap()
    }

    #[test]
    fn decisions() {
        assert!(allowed(&post(&[("sec-fetch-site", "same-origin")])));
        assert!(!allowed(&post(&[("sec-fetch-site", "cross-site")])));
        assert!(!allowed(&post(&[("sec-fetch-site", "same-site")])));
        assert!(allowed(&post(&[("host", "care.localhost:8080"), ("origin", "http://care.localhost:8080")])));
        assert!(!allowed(&post(&[("host", "care.localhost:8080"), ("origin", "http://evil.localhost:8080")])));
        assert!(allowed(&post(&[("sec-fetch-site", "cross-site"), ("authorization", "Bearer x")])));
        assert!(allowed(&post(&[])));
    }
}
