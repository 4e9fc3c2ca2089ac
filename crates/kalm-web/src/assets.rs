//! The files pages link to: the style sheet, the scripts (two-factor codes,
//! copy buttons) and the icon.
//!
//! Each is served under a name that carries a digest of its content
//! (`/static/kalm.3f9a….css`), so a browser may keep it for a year and
//! still fetches the new file the moment a release changes it: pages link
//! to the new name. The plain names stay answered, briefly cached and with
//! a validator, for pages rendered by an older release still open in a
//! browser. `/favicon.ico`, which browsers ask for on their own, gets the
//! icon instead of a 404.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// One file and the names it is served under.
pub struct Asset {
    /// The plain name under `/static/`, e.g. `kalm.css`.
    plain: &'static str,
    content_type: &'static str,
    body: &'static str,
    /// The name with the content's digest, e.g. `kalm.0123456789abcdef.css`.
    fingerprinted: String,
    /// `/static/` and the fingerprinted name: what pages link to.
    pub href: String,
    etag: HeaderValue,
}

impl Asset {
    fn new(plain: &'static str, content_type: &'static str, body: &'static str) -> Asset {
        let digest = format!("{:016x}", fnv1a(body.as_bytes()));
        let fingerprinted = match plain.rsplit_once('.') {
            Some((stem, extension)) => format!("{stem}.{digest}.{extension}"),
            None => format!("{plain}.{digest}"),
        };
        let href = format!("/static/{fingerprinted}");
        let etag = HeaderValue::from_str(&format!("\"{digest}\"")).unwrap_or_else(|_| HeaderValue::from_static("\"\""));
        Asset { plain, content_type, body, fingerprinted, href, etag }
    }

    fn answer(&self, request: &HeaderMap, cache_control: &'static str) -> Response {
        let fresh = request.get(header::IF_NONE_MATCH).is_some_and(|tags| {
            tags.to_str().is_ok_and(|tags| tags.split(',').any(|t| t.trim() == self.etag || t.trim() == "*"))
        });
        let headers = [
            (header::CONTENT_TYPE, HeaderValue::from_static(self.content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache_control)),
            (header::ETAG, self.etag.clone()),
        ];
        if fresh { (StatusCode::NOT_MODIFIED, headers).into_response() } else { (headers, self.body).into_response() }
    }
}

/// A digest to tell versions of a file apart (not a security measure).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

pub static STYLESHEET: LazyLock<Asset> =
    LazyLock::new(|| Asset::new("kalm.css", "text/css; charset=utf-8", include_str!("../static/kalm.css")));
pub static TWO_FACTOR_SCRIPT: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new("two-factor.js", "text/javascript; charset=utf-8", include_str!("../static/two-factor.js"))
});
pub static COPY_SCRIPT: LazyLock<Asset> =
    LazyLock::new(|| Asset::new("copy.js", "text/javascript; charset=utf-8", include_str!("../static/copy.js")));
pub static ICON: LazyLock<Asset> =
    LazyLock::new(|| Asset::new("icon.svg", "image/svg+xml", include_str!("../static/icon.svg")));

fn all() -> [&'static Asset; 4] {
    [&STYLESHEET, &TWO_FACTOR_SCRIPT, &COPY_SCRIPT, &ICON]
}

/// For templates: where the style sheet is.
pub fn stylesheet() -> &'static str {
    &STYLESHEET.href
}

/// For templates: where the two-factor script is.
pub fn two_factor_script() -> &'static str {
    &TWO_FACTOR_SCRIPT.href
}

/// For templates: where the copy buttons' script is.
pub fn copy_script() -> &'static str {
    &COPY_SCRIPT.href
}

/// For templates: where the icon is.
pub fn icon() -> &'static str {
    &ICON.href
}

/// `GET /static/{name}`.
pub async fn serve(Path(name): Path<String>, request: HeaderMap) -> Response {
    for asset in all() {
        if name == asset.fingerprinted {
            return asset.answer(&request, "public, max-age=31536000, immutable");
        }
        if name == asset.plain {
            return asset.answer(&request, "public, max-age=3600");
        }
    }
    StatusCode::NOT_FOUND.into_response()
}

/// `GET /favicon.ico`: the icon, for browsers that ask without looking at
/// the page's `<link rel="icon">`.
pub async fn favicon(request: HeaderMap) -> Response {
    ICON.answer(&request, "public, max-age=86400")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_content_digest() {
        let a = Asset::new("kalm.css", "text/css", "body { color: black }");
        let b = Asset::new("kalm.css", "text/css", "body { color: navy }");
        assert!(a.fingerprinted.starts_with("kalm.") && a.fingerprinted.ends_with(".css"), "{}", a.fingerprinted);
        assert_ne!(a.fingerprinted, b.fingerprinted, "a change gives a new name");
        assert_eq!(a.href, format!("/static/{}", a.fingerprinted));
    }

    #[test]
    fn a_matching_validator_is_answered_not_modified() {
        let asset = Asset::new("kalm.css", "text/css", "body {}");
        let mut request = HeaderMap::new();
        assert_eq!(asset.answer(&request, "public").status(), StatusCode::OK);
        request.insert(header::IF_NONE_MATCH, asset.etag.clone());
        assert_eq!(asset.answer(&request, "public").status(), StatusCode::NOT_MODIFIED);
        request.insert(header::IF_NONE_MATCH, HeaderValue::from_static("\"other\""));
        assert_eq!(asset.answer(&request, "public").status(), StatusCode::OK);
    }
}
