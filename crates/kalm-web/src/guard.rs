//! Protection against cross-site request forgery.
//!
//! Browsers mark every request with `Sec-Fetch-Site`, and older ones send
//! `Origin` on cross-origin POSTs. A state-changing request is refused when
//! either says it came from another site. Together with SameSite=Lax session
//! cookies this needs no per-form token; see docs/adr/0002.
//!
//! Only requests with `Authorization: Bearer …` skip the check: a bearer
//! token is never added by a browser on its own, so it is no ambient
//! credential. Any other scheme is: behind a proxy with Basic
//! authentication the browser adds `Authorization: Basic …` to cross-site
//! requests too, so such requests are checked like cookie-carrying ones
//! (and `session` ignores their cookie altogether).
//!
//! `Origin` is compared with the host tenancy decides the request is for
//! (`tenant::requested_host`), so behind a trusted proxy it is the
//! forwarded host, not the proxy's upstream `Host`. Ports are not compared,
//! as tenancy ignores them too.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use kalm_domain::platforms::Hostname;

use crate::session::{Authorization, authorization};
use crate::{AppState, WebConfig};

pub async fn cross_origin(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if allowed(&state.config, &request, peer) {
        next.run(request).await
    } else {
        // The same scrubbing as the request span: reset, activation and
        // e-mail change paths carry one-time tokens.
        tracing::warn!(path = %crate::loggable_path(request.uri().path()), "cross-origin request refused");
        if crate::api::is_api_path(request.uri().path()) {
            crate::error::ApiError::new(StatusCode::FORBIDDEN, "cross_origin_refused").into_response()
        } else {
            (StatusCode::FORBIDDEN, "cross-origin request refused").into_response()
        }
    }
}

fn allowed(config: &WebConfig, request: &Request, peer: Option<IpAddr>) -> bool {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    let headers = request.headers();
    if matches!(authorization(headers), Authorization::Bearer(_)) {
        return true;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => {
            let Some(host) = crate::tenant::requested_host(config, request, peer) else {
                return false;
            };
            origin_host(origin).is_some_and(|origin| origin == host)
        }
    }
}

/// The host of a serialised origin (`scheme://host[:port]`); `None` for
/// `null` and anything else that is not one.
fn origin_host(origin: &str) -> Option<Hostname> {
    let (scheme, rest) = origin.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) || rest.contains('/') {
        return None;
    }
    Hostname::from_host_header(rest).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(proxies: &[&str]) -> WebConfig {
        let mut config = WebConfig::new(Hostname::parse("admin.localhost").unwrap());
        config.trusted_proxies = proxies.iter().map(|p| p.parse().unwrap()).collect();
        config
    }

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut b = Request::builder().method(Method::POST).uri("/x");
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(axum::body::Body::empty()).unwrap()
    }

    fn direct(request: &Request) -> bool {
        allowed(&config(&[]), request, Some("192.0.2.7".parse().unwrap()))
    }

    #[test]
    fn decisions() {
        assert!(direct(&post(&[("sec-fetch-site", "same-origin")])));
        assert!(!direct(&post(&[("sec-fetch-site", "cross-site")])));
        assert!(!direct(&post(&[("sec-fetch-site", "same-site")])));
        assert!(direct(&post(&[("host", "care.localhost:8080"), ("origin", "http://care.localhost:8080")])));
        assert!(!direct(&post(&[("host", "care.localhost:8080"), ("origin", "http://evil.localhost:8080")])));
        assert!(!direct(&post(&[("host", "care.localhost:8080"), ("origin", "null")])));
        assert!(direct(&post(&[("sec-fetch-site", "cross-site"), ("authorization", "Bearer x")])));
        assert!(direct(&post(&[])));
    }

    #[test]
    fn only_a_bearer_token_skips_the_check() {
        // A browser behind a Basic-auth proxy adds this header by itself.
        assert!(!direct(&post(&[("sec-fetch-site", "cross-site"), ("authorization", "Basic dXNlcjpwYXNz")])));
        assert!(!direct(&post(&[
            ("host", "care.localhost"),
            ("origin", "https://evil.example"),
            ("authorization", "Basic dXNlcjpwYXNz")
        ])));
        assert!(!direct(&post(&[("sec-fetch-site", "cross-site"), ("authorization", "Negotiate abc")])));
        assert!(direct(&post(&[("sec-fetch-site", "same-origin"), ("authorization", "Basic dXNlcjpwYXNz")])));
    }

    #[test]
    fn origin_is_judged_against_the_host_tenancy_uses() {
        let proxy: IpAddr = "10.0.0.5".parse().unwrap();
        let request = post(&[
            ("host", "kalm-upstream:8080"),
            ("x-forwarded-host", "care.example.org"),
            ("origin", "https://care.example.org"),
        ]);
        assert!(allowed(&config(&["10.0.0.5"]), &request, Some(proxy)));
        // The same headers from anyone else: the forwarded host is not believed.
        assert!(!allowed(&config(&[]), &request, Some(proxy)));
        let spoofed = post(&[
            ("host", "care.example.org"),
            ("x-forwarded-host", "evil.example"),
            ("origin", "https://evil.example"),
        ]);
        assert!(!allowed(&config(&[]), &spoofed, Some(proxy)));
        let forwarded = post(&[
            ("host", "kalm-upstream"),
            ("forwarded", "for=192.0.2.1;host=care.example.org;proto=https"),
            ("origin", "https://Care.Example.org"),
        ]);
        assert!(allowed(&config(&["10.0.0.5"]), &forwarded, Some(proxy)));
    }
}
