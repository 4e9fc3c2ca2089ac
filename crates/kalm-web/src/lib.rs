//! Kalm's HTTP interface.
//!
//! One listener serves every platform and the operator console: the Host
//! header the server received (or, from a configured proxy only,
//! `X-Forwarded-Host`) decides which. Health checks answer on any host;
//! metrics only on the console host (or on a listener of their own, see
//! `metrics_router`), so a platform's visitors cannot read them; everything
//! else is dispatched to the platform router (with the platform in the
//! request's extensions) or to the operator console router. An unknown host
//! gets a 404 page and nothing else.
//!
//! Cross-site request forgery is refused by origin checks on every unsafe
//! method (see `guard`), sessions live in the database (see `session`), and
//! every page and API handler asks the app layer, which asks the one
//! permission function.

#![forbid(unsafe_code)]

pub mod api;
pub mod assets;
pub mod deadline;
pub mod error;
pub mod guard;
pub mod local_path;
#[cfg(test)]
mod locale_coverage;
pub mod pages;
pub mod serve;
pub mod session;
pub mod tenant;
#[cfg(test)]
mod ui_patterns;

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kalm_app::Kalm;
use kalm_domain::platforms::Hostname;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use tower::ServiceExt;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};

/// What the web layer needs from the operator's configuration.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Host of the operator console.
    pub admin_host: Hostname,
    /// Peers whose `X-Forwarded-Host`, `X-Forwarded-For` and `Forwarded`
    /// headers are believed.
    pub trusted_proxies: Vec<IpAddr>,
    /// The public URL is https: cookies get `Secure` and the `__Host-` prefix.
    pub secure_cookies: bool,
    /// `Strict-Transport-Security: max-age` in seconds, sent only with an
    /// https public URL; 0 sends none.
    pub hsts_max_age: u64,
    /// Adds `includeSubDomains` to `Strict-Transport-Security`.
    pub hsts_include_subdomains: bool,
    /// How long a request may take before it is answered 503.
    pub request_timeout: Duration,
    /// Whether the console host answers `/metrics`; off when the metrics
    /// have a listener of their own.
    pub metrics_on_admin_host: bool,
    /// The service desk's address, given to application managers where a
    /// setting is the service desk's to change.
    pub service_desk_email: Option<String>,
}

impl WebConfig {
    /// The defaults for a console on `admin_host`: no proxies, plain http,
    /// a one-year HSTS (sent once the public URL is https), a 30-second
    /// request deadline, metrics on the console host.
    pub fn new(admin_host: Hostname) -> WebConfig {
        WebConfig {
            admin_host,
            trusted_proxies: Vec::new(),
            secure_cookies: false,
            hsts_max_age: 31_536_000,
            hsts_include_subdomains: false,
            request_timeout: Duration::from_secs(30),
            metrics_on_admin_host: true,
            service_desk_email: None,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub kalm: Kalm,
    pub config: Arc<WebConfig>,
    platform_router: Router,
    admin_router: Router,
}

/// The process-wide Prometheus recorder, installed once.
pub fn metrics_handle() -> Option<PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE.get_or_init(|| PrometheusBuilder::new().install_recorder().ok()).clone()
}

/// The whole application as one router; serve it with
/// `into_make_service_with_connect_info::<SocketAddr>()`.
pub fn router(kalm: Kalm, config: WebConfig) -> Router {
    let _ = metrics_handle();
    let config = Arc::new(config);
    let base = AppState { kalm, config, platform_router: Router::new(), admin_router: Router::new() };
    let platform_router = pages::platform_routes()
        .merge(api::platform_routes())
        .layer(middleware::from_fn_with_state(base.clone(), error::frame_platform_errors))
        .layer(middleware::from_fn(record_request))
        .with_state(base.clone());
    let mut admin_routes = pages::admin_routes().merge(api::admin_routes());
    if base.config.metrics_on_admin_host {
        admin_routes = admin_routes.route("/metrics", get(prometheus));
    }
    let admin_router = admin_routes
        .layer(middleware::from_fn_with_state(base.clone(), error::frame_console_errors))
        .layer(middleware::from_fn(record_request))
        .with_state(base.clone());
    let state = AppState { platform_router, admin_router, ..base };
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/static/{name}", get(assets::serve))
        .route("/favicon.ico", get(assets::favicon))
        .fallback(dispatch)
        .layer(middleware::from_fn_with_state(state.config.clone(), deadline::deadline))
        .layer(middleware::from_fn_with_state(state.clone(), guard::cross_origin))
        .layer(middleware::from_fn(single_host))
        .layer(middleware::from_fn_with_state(state.config.clone(), security_headers))
        .layer(middleware::from_fn_with_state(state.config.clone(), mark_personal))
        .layer(CompressionLayer::new().gzip(true).compress_when(Compressible))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(TraceLayer::new_for_http().on_response(DefaultOnResponse::new().level(tracing::Level::INFO)).make_span_with(|request: &Request| {
            let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or_default();
            tracing::info_span!("request", method = %request.method(), path = %loggable_path(request.uri().path()), request_id = %id)
        }))
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

/// `/metrics` alone, for a listener of its own (`metrics_listen`), so the
/// figures need not be reachable on any public host name.
pub fn metrics_router() -> Router {
    let _ = metrics_handle();
    Router::new().route("/metrics", get(prometheus))
}

/// The request path for logs: one-time tokens in activation, reset and
/// e-mail change links are cut off.
pub(crate) fn loggable_path(path: &str) -> &str {
    if path.starts_with("/activate/") {
        "/activate/…"
    } else if path.starts_with("/reset/") {
        "/reset/…"
    } else if path.starts_with("/email/confirm/") {
        "/email/confirm/…"
    } else {
        path
    }
}

/// Where a request came from: the peer, or the client a trusted proxy names.
#[derive(Debug, Clone)]
pub struct Source(pub Option<String>);

async fn dispatch(State(state): State<AppState>, mut request: Request) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let host = tenant::requested_host(&state.config, &request, peer);
    let api = api::is_api_path(request.uri().path());
    let with_session = session::authorization(request.headers()) == session::Authorization::Absent
        && session::read_token(request.headers(), &state.config).is_some();
    let site = tenant::resolve(&state, host, with_session).await;
    let source = Source(tenant::client_address(&state.config, &request, peer));
    request.extensions_mut().insert(source);
    let outcome = match site {
        Ok((tenant::Site::Admin, _)) => state.admin_router.clone().oneshot(request).await,
        Ok((tenant::Site::Platform(platform), unconfirmed)) => {
            if let Some(unconfirmed) = unconfirmed {
                request.extensions_mut().insert(unconfirmed);
            }
            request.extensions_mut().insert(platform);
            state.platform_router.clone().oneshot(request).await
        }
        // An API caller parses JSON, whatever went wrong before its router.
        Ok((tenant::Site::Unknown, _)) if api => {
            return error::ApiError::new(StatusCode::NOT_FOUND, "host_unknown").into_response();
        }
        Err(err) if api => return error::ApiError::from(err).into_response(),
        Ok((tenant::Site::Unknown, _)) => return error::unknown_host(),
        Err(err) => return error::PageError::from(err).into_response(),
    };
    match outcome {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

async fn record_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route =
        request.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let method = request.method().to_string();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("kalm_http_requests_total", "route" => route.clone(), "method" => method, "status" => status)
        .increment(1);
    metrics::histogram!("kalm_http_request_duration_seconds", "route" => route).record(started.elapsed().as_secs_f64());
    response
}

/// RFC 9112 (3.2): a request with more than one Host header is answered
/// 400. Which one tenancy believed would otherwise depend on the order, and
/// a proxy in front might have believed the other.
async fn single_host(request: Request, next: Next) -> Response {
    if request.headers().get_all(header::HOST).iter().nth(1).is_some() {
        tracing::info!("request with more than one Host header refused");
        return (StatusCode::BAD_REQUEST, "more than one Host header").into_response();
    }
    next.run(request).await
}

/// The `Strict-Transport-Security` value, when one is to be sent.
fn hsts(config: &WebConfig) -> Option<HeaderValue> {
    if !config.secure_cookies || config.hsts_max_age == 0 {
        return None;
    }
    let subdomains = if config.hsts_include_subdomains { "; includeSubDomains" } else { "" };
    HeaderValue::from_str(&format!("max-age={}{subdomains}", config.hsts_max_age)).ok()
}

async fn security_headers(State(config): State<Arc<WebConfig>>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Some(value) = hsts(&config) {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, value);
    }
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
    // Private care platforms and the console: nothing here belongs in a
    // search engine, and no other site's window may script ours.
    headers.insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    headers.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    // Activation links carry a token in the path: never send it onwards.
    headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    // A handler that set a stricter policy of its own (an uploaded SVG's,
    // sandboxed) keeps it.
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            ),
        );
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Marks the answer to a request that carries a session, credentials or a
/// one-time link: see `Compressible`.
#[derive(Debug, Clone, Copy)]
struct Personal;

async fn mark_personal(State(config): State<Arc<WebConfig>>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let personal = session::read_token(headers, &config).is_some()
        || headers.contains_key(header::AUTHORIZATION)
        || loggable_path(request.uri().path()) != request.uri().path();
    let mut response = next.run(request).await;
    if personal {
        response.extensions_mut().insert(Personal);
    }
    response
}

/// What is compressed. Static files always. Pages and API answers only
/// when they are nobody's in particular: a signed-in page can hold a secret
/// (an authenticator key, recovery codes, a link's token) next to text the
/// visitor typed, and compressing both together lets someone who can watch
/// the encrypted lengths and make the browser repeat the request guess the
/// secret byte by byte (BREACH). Anonymous pages hold no such secret.
#[derive(Debug, Clone, Copy)]
struct Compressible;

impl Predicate for Compressible {
    fn should_compress<B>(&self, response: &axum::http::Response<B>) -> bool
    where
        B: axum::body::HttpBody,
    {
        let static_file = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| {
            t.starts_with("text/css") || t.starts_with("text/javascript") || t.starts_with("image/svg+xml")
        });
        (static_file || response.extensions().get::<Personal>().is_none())
            && DefaultPredicate::new().should_compress(response)
    }
}

async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database answers within a second, its schema is at this
/// binary's migration level and no applied migration differs from the
/// binary's. A load balancer asks often and must get an answer fast even
/// when the database hangs, so the check has its own short deadline rather
/// than the pool's.
async fn readyz(State(state): State<AppState>) -> Response {
    use kalm_app::Readiness;
    let unavailable = |text: String| (StatusCode::SERVICE_UNAVAILABLE, text).into_response();
    match tokio::time::timeout(std::time::Duration::from_secs(1), state.kalm.store.readiness()).await {
        Ok(Ok(Readiness::Ready)) => "ready".into_response(),
        Ok(Ok(Readiness::SchemaBehind { applied, expected })) => {
            tracing::warn!(applied, expected, "not ready: database schema behind this binary");
            unavailable(format!("database schema at version {applied}, this binary needs {expected}: run kalm migrate"))
        }
        Ok(Ok(Readiness::SchemaAhead { applied, expected })) => {
            tracing::warn!(applied, expected, "not ready: database schema ahead of this binary");
            unavailable(format!("database schema at version {applied} is newer than this binary's {expected}"))
        }
        Ok(Ok(Readiness::MigrationChanged { version, name })) => {
            tracing::error!(version, name, "not ready: an applied migration differs from this binary's");
            unavailable(format!(
                "migration {version:04}_{name} differs from the one applied to this database: see kalm migrate"
            ))
        }
        Ok(Err(err)) => {
            tracing::warn!(error = %err, "readiness check failed");
            unavailable("database unreachable".to_owned())
        }
        Err(_) => {
            tracing::warn!("readiness check timed out");
            unavailable("database did not answer in time".to_owned())
        }
    }
}

async fn prometheus() -> Response {
    match metrics_handle() {
        Some(handle) => ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], handle.render()).into_response(),
        None => (StatusCode::SERVICE_UNAVAILABLE, "metrics recorder unavailable").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn app(config: WebConfig) -> Router {
        Router::new()
            .route("/", get(|| async { "ok" }))
            .layer(middleware::from_fn(single_host))
            .layer(middleware::from_fn_with_state(Arc::new(config), security_headers))
    }

    fn config(https: bool) -> WebConfig {
        WebConfig { secure_cookies: https, ..WebConfig::new(Hostname::parse("admin.test").unwrap()) }
    }

    async fn hsts_of(config: WebConfig) -> Option<String> {
        let request = Request::builder().uri("/").header("host", "care.test").body(Body::empty()).unwrap();
        let response = app(config).oneshot(request).await.unwrap();
        response.headers().get(header::STRICT_TRANSPORT_SECURITY).map(|v| v.to_str().unwrap().to_owned())
    }

    #[tokio::test]
    async fn hsts_only_with_an_https_public_url() {
        assert_eq!(hsts_of(config(true)).await.as_deref(), Some("max-age=31536000"));
        assert_eq!(hsts_of(config(false)).await, None);
        assert_eq!(hsts_of(WebConfig { hsts_max_age: 0, ..config(true) }).await, None);
        let subdomains = WebConfig { hsts_max_age: 600, hsts_include_subdomains: true, ..config(true) };
        assert_eq!(hsts_of(subdomains).await.as_deref(), Some("max-age=600; includeSubDomains"));
    }

    #[tokio::test]
    async fn hsts_is_on_refusals_too() {
        let request = Request::builder()
            .uri("/")
            .header("host", "care.test")
            .header("host", "evil.test")
            .body(Body::empty())
            .unwrap();
        let response = app(config(true)).oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(response.headers().contains_key(header::STRICT_TRANSPORT_SECURITY));
    }
}
