//! Extractors for the API whose every refusal is the API's JSON error.
//!
//! axum's own `Json`, `Query` and `Path` answer in plain text, with one
//! status for very different mistakes (a body too large, a missing content
//! type and a wrong field all came out as 422 `invalid_json`). A program
//! calling the API needs a status it can act on and the name of the field or
//! parameter at fault, so these wrappers deserialise through
//! `serde_path_to_error`, which keeps the path to the failing value, and map
//! every rejection to an `ApiError`. The visits (who is calling) are wrapped
//! too: their refusals are pages for the browser, JSON here.

use axum::body::Bytes;
use axum::extract::path::ErrorKind;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, RawPathParams, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::error::{ApiError, PageError};

/// A JSON request body. Needs `Content-Type: application/json` (415
/// otherwise), at most axum's default 2 MB (413 otherwise), and values of
/// the right type (422 naming the field otherwise).
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(request.headers()) {
            return Err(ApiError::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"));
        }
        let bytes = body(request, state).await?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// A JSON body that may be left out: an empty body is `None` whatever its
/// content type; anything else is read as `ApiJson` reads it.
pub struct ApiOptionalJson<T>(pub Option<T>);

impl<T, S> FromRequest<S> for ApiOptionalJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let json = is_json(request.headers());
        let bytes = body(request, state).await?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(ApiOptionalJson(None));
        }
        if !json {
            return Err(ApiError::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"));
        }
        parse_json(&bytes).map(|value| ApiOptionalJson(Some(value)))
    }
}

/// `application/json`, or a `+json` type such as `application/merge-patch+json`.
fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// The body, within the body limit.
async fn body<S: Send + Sync>(request: Request, state: &S) -> Result<Bytes, ApiError> {
    Bytes::from_request(request, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large")
        } else {
            tracing::debug!(%rejection, "request body unreadable");
            ApiError::new(StatusCode::BAD_REQUEST, "body_unreadable")
        }
    })
}

/// Parses a JSON body. A body that is not JSON at all is `invalid_json`; a
/// value of the wrong type `invalid_field`, a missing one `missing_field`
/// and an unexpected one `unknown_field`, each naming the field by its path
/// (`roles`, `value.professionals`, `roles[1]`).
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    use serde_json::error::Category;
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => value,
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            return Err(match inner.classify() {
                Category::Data => field_error(StatusCode::UNPROCESSABLE_ENTITY, &path, &inner.to_string(), true),
                Category::Syntax | Category::Eof | Category::Io => {
                    tracing::debug!(error = %inner, "invalid JSON body");
                    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_json")
                }
            });
        }
    };
    // Trailing text after the value: not one JSON document.
    deserializer.end().map_err(|_| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_json"))?;
    Ok(value)
}

/// The error for a value that deserialised badly at `path`. Serde reports a
/// missing field at the object holding it, with the name only in its message
/// (between backticks), so the name is appended to the path.
fn field_error(status: StatusCode, path: &str, detail: &str, body: bool) -> ApiError {
    let prefix = if path == "." { "" } else { path };
    let named = |what: &str| {
        detail.strip_prefix(what).and_then(|rest| rest.strip_prefix('`')).and_then(|rest| rest.split_once('`')).map(
            |(name, _)| match prefix {
                "" => name.to_owned(),
                // Unknown fields already end the path.
                _ if prefix == name || prefix.ends_with(&format!(".{name}")) => prefix.to_owned(),
                _ => format!("{prefix}.{name}"),
            },
        )
    };
    let (code, field) = if let Some(field) = named("missing field ") {
        ("missing_field", field)
    } else if let Some(field) = named("unknown field ") {
        ("unknown_field", field)
    } else {
        ("invalid_field", prefix.to_owned())
    };
    let code = if body { code } else { "invalid_query" };
    // Serde's own words tell what was expected ("expected a sequence"); its
    // "at line 1 column 40" is dropped, the field already says where.
    let detail = detail.split(" at line ").next().unwrap_or(detail).to_owned();
    ApiError::with_field(status, code, field, detail)
}

/// Query parameters, deserialised into `T`; a value that does not parse is
/// 400 `invalid_query` naming the parameter.
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(deserializer).map(ApiQuery).map_err(|err| {
            let path = err.path().to_string();
            field_error(StatusCode::BAD_REQUEST, &path, &err.into_inner().to_string(), false)
        })
    }
}

/// Path parameters; one that does not parse (an id that is no UUID) is 400
/// `invalid_path` naming the parameter.
pub struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let rejection = match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => return Ok(ApiPath(value)),
            Err(rejection) => rejection,
        };
        let PathRejection::FailedToDeserializePathParams(failure) = rejection else {
            tracing::error!(%rejection, "path parameters missing: a route and its handler disagree");
            return Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal"));
        };
        let names: Vec<String> = match RawPathParams::from_request_parts(parts, state).await {
            Ok(params) => params.iter().map(|(name, _)| name.to_owned()).collect(),
            Err(_) => Vec::new(),
        };
        let (field, detail) = match failure.into_kind() {
            ErrorKind::ParseErrorAtKey { key, expected_type, .. } => (key, format!("expected {expected_type}")),
            ErrorKind::DeserializeError { key, message, .. } => (key, message),
            ErrorKind::InvalidUtf8InPathParam { key } => (key, "not valid UTF-8".to_owned()),
            ErrorKind::ParseErrorAtIndex { index, expected_type, .. } => {
                (names.get(index).cloned().unwrap_or_default(), format!("expected {expected_type}"))
            }
            ErrorKind::ParseError { expected_type, .. } => {
                (names.first().cloned().unwrap_or_default(), format!("expected {expected_type}"))
            }
            other => {
                tracing::error!(%other, "path parameters do not fit their handler");
                return Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal"));
            }
        };
        Err(ApiError::with_field(StatusCode::BAD_REQUEST, "invalid_path", field, detail))
    }
}

/// A visit (`PlatformVisit`, `AdminVisit`) whose refusal is JSON: the same
/// status and code the page would have shown.
pub struct ApiVisit<V>(pub V);

impl<V> FromRequestParts<AppState> for ApiVisit<V>
where
    V: FromRequestParts<AppState, Rejection = PageError> + Send,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        V::from_request_parts(parts, state).await.map(ApiVisit).map_err(ApiError::from)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        inner: Inner,
        #[serde(default)]
        list: Vec<Inner>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        days: u16,
    }

    fn refusal(body: &str) -> (StatusCode, &'static str, Option<String>) {
        let err = parse_json::<Outer>(body.as_bytes()).unwrap_err();
        (err.status, err.code, err.field)
    }

    #[test]
    fn json_refusals_name_the_field_by_its_path() {
        let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
        let at = |code, field: &str| (unprocessable, code, Some(field.to_owned()));
        assert_eq!(refusal(r#"{"name": 1, "inner": {"days": 1}}"#), at("invalid_field", "name"));
        assert_eq!(refusal(r#"{"name": "a", "inner": {"days": "x"}}"#), at("invalid_field", "inner.days"));
        assert_eq!(refusal(r#"{"name": "a", "inner": {}}"#), at("missing_field", "inner.days"));
        assert_eq!(refusal(r#"{"inner": {"days": 1}}"#), at("missing_field", "name"));
        assert_eq!(refusal(r#"{"name": "a", "inner": {"days": 1, "weeks": 2}}"#), at("unknown_field", "inner.weeks"));
        assert_eq!(
            refusal(r#"{"name": "a", "inner": {"days": 1}, "list": [{"days": -1}]}"#),
            at("invalid_field", "list[0].days")
        );
        assert_eq!(refusal(r#"{"name": "a""#), (unprocessable, "invalid_json", None));
        assert_eq!(refusal(r#"{"name": "a", "inner": {"days": 1}} {}"#), (unprocessable, "invalid_json", None));
    }

    #[test]
    fn only_json_content_types_are_json() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, value.parse().unwrap());
            is_json(&headers)
        };
        assert!(with("application/json"));
        assert!(with("Application/JSON; charset=utf-8"));
        assert!(with("application/merge-patch+json"));
        assert!(!with("text/plain"));
        assert!(!with("application/x-www-form-urlencoded"));
        assert!(!is_json(&HeaderMap::new()));
    }
}
