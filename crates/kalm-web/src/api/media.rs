//! `POST /api/v1/content/media` on a content platform's host: an author
//! uploads an image or audio file for the platform's tools.
//!
//! The body is the file itself, whatever `Content-Type` the client sends:
//! the type is read from the bytes (`kalm_domain::media`), so a client
//! cannot make a file pass as something else by naming it so. The answer
//! names the file by the SHA-256 of its bytes, which is what a module's
//! image or audio block refers to, and gives the address it is served at
//! (`pages::media`). This one route takes bodies up to 20 MiB, the largest
//! file the domain takes; every other keeps axum's 2 MB.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use kalm_app::{Caller, media};
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiVisit;
use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::session::PlatformVisit;

pub fn platform_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/content/media", post(upload).layer(DefaultBodyLimit::max(kalm_domain::media::AUDIO_MAX)))
}

fn caller(visit: &PlatformVisit) -> Result<&Caller, ApiError> {
    visit.principal.as_ref().map(|p| p.caller()).ok_or_else(ApiError::unauthenticated)
}

/// A stored file.
#[derive(Debug, Serialize, ToSchema)]
pub struct MediaOut {
    /// Lowercase hex SHA-256 of the bytes: what an image or audio block's `media` names.
    pub sha256: String,
    /// The type read from the bytes: `image/png`, `image/jpeg`, `image/gif`, `image/webp`,
    /// `image/svg+xml`, `audio/mpeg`, `audio/ogg`, `audio/mp4` or `audio/wav`.
    pub content_type: String,
    /// In bytes.
    pub size: i64,
    /// Where the platform serves it, relative to its host: `/media/<sha256>`.
    pub url: String,
}

/// Upload an image or audio file for the platform's tools (authors). The
/// same bytes uploaded again are the same file, with the same name.
#[utoipa::path(post, path = "/api/v1/content/media", tag = "content",
    request_body(content = Vec<u8>, content_type = "application/octet-stream",
        description = "The file itself. Its type is read from the bytes, whatever `Content-Type` says: PNG, JPEG, GIF, WebP or SVG images up to 5 MiB, MP3, Ogg, M4A or WAV audio up to 20 MiB."),
    responses((status = 201, body = MediaOut, description = "Stored (or stored already); `Location` is its address."),
        (status = 413, body = ErrorBody, description = "The body is over 20 MiB (`body_too_large`), or an image over 5 MiB (`media_too_large`)."),
        (status = 415, body = ErrorBody, description = "Not answered by this operation: any `Content-Type` is taken."),
        (status = 422, body = ErrorBody, description = "An empty body (`media_empty`), a type Kalm does not take (`media_type_unknown`), an SVG that could run script or load other files (`media_svg_unsafe`); or not a content platform (`not_a_content_platform`).")),
    security(("session" = [])))]
pub async fn upload(
    State(state): State<AppState>,
    ApiVisit(visit): ApiVisit<PlatformVisit>,
    request: Request,
) -> Result<Response, ApiError> {
    // Who is asking is settled before up to 20 MiB are read.
    let caller = caller(&visit)?;
    let bytes = Bytes::from_request(request, &state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large")
        } else {
            tracing::debug!(%rejection, "media upload unreadable");
            ApiError::new(StatusCode::BAD_REQUEST, "body_unreadable")
        }
    })?;
    let stored = media::upload(&state.kalm, caller, &visit.platform, &bytes).await?;
    let url = format!("/media/{}", stored.sha256);
    let mut response = (
        StatusCode::CREATED,
        Json(MediaOut {
            sha256: stored.sha256,
            content_type: stored.content_type.to_owned(),
            size: stored.size,
            url: url.clone(),
        }),
    )
        .into_response();
    if let Ok(location) = HeaderValue::from_str(&url) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}
