//! `GET /media/{sha256}` on a platform's host: the images and audio of its
//! tools, as uploaded (`api::media`), to whoever opens a module.
//!
//! No session is asked for: a module page shows them with plain `<img>`
//! and `<audio>` elements, the files carry nothing about a person, and
//! their names are hashes nobody guesses (see `kalm_app::media::fetch`).
//! A file is found only on the platform it was uploaded to; a name of
//! another platform's file, an unknown one and one that is no hash at all
//! are the same "not found".
//!
//! A name is the hash of the bytes, so what it names never changes: the
//! answer may be cached for a year (`immutable`), its `ETag` is the hash,
//! and a browser that asks whether its copy is still good gets 304 without
//! the bytes being read. Audio players (Safari's in particular) ask for
//! byte ranges to start and seek, so one `Range` is answered with 206.
//!
//! The type is the one read from the bytes on upload, sent with `nosniff`
//! so that no browser guesses another. An SVG opened on its own is a
//! document that could run script; it was checked on upload, and is served
//! with a policy that forbids script and anything loaded from elsewhere as
//! well (`sandbox`), so one missed trick in the check still cannot run.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kalm_app::media;
use kalm_app::platforms::Platform;
use kalm_i18n::Tr;

use crate::AppState;
use crate::error::PageError;
use crate::tenant::Unconfirmed;

/// A year, the longest `max-age` caches are expected to honour.
const CACHE_CONTROL: &str = "public, max-age=31536000, immutable";
/// For SVG: no script, no fetching, no forms or plugins; inline styles are
/// how drawing programs write SVG colours.
const SVG_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

pub(super) fn platform_routes() -> Router<AppState> {
    Router::new().route("/media/{sha256}", get(serve))
}

async fn serve(State(state): State<AppState>, Path(sha256): Path<String>, request: Request) -> Response {
    // The head only: a body is not Sync, and the answer is awaited with it held.
    let (request, _) = request.into_parts();
    let platform = match platform_of(&state, &request).await {
        Ok(Some(platform)) => platform,
        Ok(None) => return PageError::not_found(&Tr::new(kalm_domain::languages::Language::En)).into_response(),
        Err(err) => return err.into_response(),
    };
    let tr = Tr::new(platform.default_language);
    let headers = &request.headers;
    if !kalm_domain::media::is_reference(&sha256) {
        return PageError::not_found(&tr).into_response();
    }
    if already_held(headers, &sha256) {
        return match media::exists(&state.kalm, platform.id, &sha256).await {
            Ok(true) => not_modified(&sha256),
            Ok(false) => PageError::not_found(&tr).into_response(),
            Err(err) => PageError::new(&err, &tr).into_response(),
        };
    }
    match media::fetch(&state.kalm, platform.id, &sha256).await {
        Ok(Some((content_type, bytes))) => file(headers, &sha256, &content_type, Bytes::from(bytes)),
        Ok(None) => PageError::not_found(&tr).into_response(),
        Err(err) => PageError::new(&err, &tr).into_response(),
    }
}

/// The platform of this host. One from this node's cache is only taken on
/// a session's word (`tenant::resolve`); with no session page to confirm
/// it here, it is read afresh, so a domain that moved to another platform
/// never serves the old one's files.
async fn platform_of(state: &AppState, request: &Parts) -> Result<Option<Platform>, PageError> {
    if let Some(Unconfirmed(host)) = request.extensions.get::<Unconfirmed>() {
        return kalm_app::platforms::by_domain(&state.kalm, host)
            .await
            .map_err(|err| PageError::new(&err, &Tr::new(kalm_domain::languages::Language::En)));
    }
    match request.extensions.get::<Platform>() {
        Some(platform) => Ok(Some(platform.clone())),
        None => Err(PageError::internal("platform missing from request")),
    }
}

/// Whether `If-None-Match` names this file's `ETag` (or any, `*`).
fn already_held(headers: &HeaderMap, sha256: &str) -> bool {
    let etag = format!("\"{sha256}\"");
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim())
        .any(|tag| tag == "*" || tag.trim_start_matches("W/") == etag)
}

/// The headers every answer about a file carries.
fn cache_headers(headers: &mut HeaderMap, sha256: &str) {
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE_CONTROL));
    if let Ok(etag) = HeaderValue::from_str(&format!("\"{sha256}\"")) {
        headers.insert(header::ETAG, etag);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
}

fn not_modified(sha256: &str) -> Response {
    let mut response = StatusCode::NOT_MODIFIED.into_response();
    cache_headers(response.headers_mut(), sha256);
    response
}

/// The file, whole or the one range asked for.
fn file(request: &HeaderMap, sha256: &str, content_type: &str, bytes: Bytes) -> Response {
    let length = bytes.len();
    let (status, body, range) = match wanted_range(request, sha256, length) {
        Wanted::Whole => (StatusCode::OK, bytes, None),
        Wanted::Part(first, last) => {
            (StatusCode::PARTIAL_CONTENT, bytes.slice(first..=last), Some(format!("bytes {first}-{last}/{length}")))
        }
        Wanted::Unsatisfiable => (StatusCode::RANGE_NOT_SATISFIABLE, Bytes::new(), Some(format!("bytes */{length}"))),
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    cache_headers(headers, sha256);
    if status != StatusCode::RANGE_NOT_SATISFIABLE {
        let content_type = HeaderValue::from_str(content_type)
            .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
        headers.insert(header::CONTENT_TYPE, content_type);
    }
    headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let Some(range) = range.and_then(|r| HeaderValue::from_str(&r).ok()) {
        headers.insert(header::CONTENT_RANGE, range);
    }
    if content_type == kalm_domain::media::MediaKind::Svg.content_type() {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(SVG_POLICY));
    }
    response
}

#[derive(Debug, PartialEq, Eq)]
enum Wanted {
    Whole,
    /// From the first to the last byte, both included.
    Part(usize, usize),
    Unsatisfiable,
}

/// What a `Range` header asks of a file of `length` bytes. Only one range
/// is answered as a range; several, a malformed header, and one whose
/// `If-Range` names another version get the whole file (RFC 9110 lets a
/// server ignore a range it will not serve).
fn wanted_range(request: &HeaderMap, sha256: &str, length: usize) -> Wanted {
    let Some(range) = request.get(header::RANGE).and_then(|v| v.to_str().ok()) else { return Wanted::Whole };
    if let Some(condition) = request.get(header::IF_RANGE).and_then(|v| v.to_str().ok())
        && condition.trim() != format!("\"{sha256}\"")
    {
        return Wanted::Whole;
    }
    let Some(spec) = range.trim().strip_prefix("bytes=") else { return Wanted::Whole };
    if spec.contains(',') {
        return Wanted::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else { return Wanted::Whole };
    let (first, last) = (first.trim(), last.trim());
    let number = |text: &str| text.parse::<usize>().ok();
    if first.is_empty() {
        // `bytes=-500`: the last 500 bytes.
        return match number(last) {
            None => Wanted::Whole,
            Some(0) => Wanted::Unsatisfiable,
            Some(_) if length == 0 => Wanted::Unsatisfiable,
            Some(suffix) => Wanted::Part(length.saturating_sub(suffix), length - 1),
        };
    }
    let Some(first) = number(first) else { return Wanted::Whole };
    // `bytes=500-`: from byte 500 to the end.
    let last = match (last.is_empty(), number(last)) {
        (true, _) => None,
        (false, Some(last)) if last >= first => Some(last),
        (false, _) => return Wanted::Whole,
    };
    if first >= length {
        return Wanted::Unsatisfiable;
    }
    Wanted::Part(first, last.map_or(length - 1, |last| last.min(length - 1)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const SHA: &str = "40065d09603f048feefdc9e2db49c40dfcb48ddd53684498919ab0463e8846ca";

    fn with(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    #[test]
    fn ranges_are_read_as_rfc_9110_says() {
        let range = |value: &str| wanted_range(&with(&[("range", value)]), SHA, 1000);
        assert_eq!(wanted_range(&HeaderMap::new(), SHA, 1000), Wanted::Whole);
        assert_eq!(range("bytes=0-99"), Wanted::Part(0, 99));
        assert_eq!(range("bytes=0-"), Wanted::Part(0, 999));
        assert_eq!(range("bytes=900-5000"), Wanted::Part(900, 999), "cut at the end");
        assert_eq!(range("bytes=-100"), Wanted::Part(900, 999));
        assert_eq!(range("bytes=-5000"), Wanted::Part(0, 999));
        assert_eq!(range("bytes=1000-"), Wanted::Unsatisfiable);
        assert_eq!(range("bytes=-0"), Wanted::Unsatisfiable);
        assert_eq!(range("bytes=5-1"), Wanted::Whole, "invalid: ignored");
        assert_eq!(range("bytes=0-1,5-6"), Wanted::Whole, "several: the whole file");
        assert_eq!(range("items=0-1"), Wanted::Whole);
        assert_eq!(range("bytes=a-b"), Wanted::Whole);
        assert_eq!(range("bytes=-"), Wanted::Whole);
        let if_range = |etag: &str| wanted_range(&with(&[("range", "bytes=0-9"), ("if-range", etag)]), SHA, 1000);
        assert_eq!(if_range(&format!("\"{SHA}\"")), Wanted::Part(0, 9));
        assert_eq!(if_range("\"other\""), Wanted::Whole);
    }

    #[test]
    fn a_held_copy_is_recognised_by_its_etag() {
        let held = |value: &str| already_held(&with(&[("if-none-match", value)]), SHA);
        assert!(held(&format!("\"{SHA}\"")));
        assert!(held(&format!("W/\"{SHA}\"")));
        assert!(held(&format!("\"other\", \"{SHA}\"")));
        assert!(held("*"));
        assert!(!held("\"other\""));
        assert!(!held(SHA), "an ETag is quoted");
        assert!(!already_held(&HeaderMap::new(), SHA));
    }

    #[test]
    fn files_carry_their_type_and_cache_headers() {
        let svg = file(&HeaderMap::new(), SHA, "image/svg+xml", Bytes::from_static(b"<svg/>"));
        assert_eq!(svg.status(), StatusCode::OK);
        assert_eq!(svg.headers()[header::CONTENT_TYPE], "image/svg+xml");
        assert_eq!(svg.headers()[header::CONTENT_SECURITY_POLICY], SVG_POLICY);
        assert_eq!(svg.headers()[header::CACHE_CONTROL], CACHE_CONTROL);
        assert_eq!(svg.headers()[header::ETAG], format!("\"{SHA}\""));
        assert_eq!(svg.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        let png = file(&HeaderMap::new(), SHA, "image/png", Bytes::from_static(b"\x89PNG"));
        assert!(!png.headers().contains_key(header::CONTENT_SECURITY_POLICY));
        let part = file(&with(&[("range", "bytes=1-2")]), SHA, "audio/mpeg", Bytes::from_static(b"ID3\x04"));
        assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT);
        assert_eq!(part.headers()[header::CONTENT_RANGE], "bytes 1-2/4");
        let beyond = file(&with(&[("range", "bytes=9-")]), SHA, "audio/mpeg", Bytes::from_static(b"ID3\x04"));
        assert_eq!(beyond.status(), StatusCode::RANGE_NOT_SATISFIABLE);
        assert_eq!(beyond.headers()[header::CONTENT_RANGE], "bytes */4");
    }
}
