//! Media: authors upload images and audio for their tools; each platform
//! serves its own files by the hash of their bytes, to anyone, cached for a
//! year; what is not a known type, too large, or an SVG that could run
//! script is refused, and so is anyone but an author of a content platform.

use kalm_testkit::kalm_app::audit::{self, AuditFilter};
use kalm_testkit::kalm_app::platforms::{self, Platform, PlatformInput};
use kalm_testkit::kalm_app::{Caller, media};
use kalm_testkit::kalm_domain::audit::AuditAction;
use kalm_testkit::kalm_domain::media::sha256_hex;
use kalm_testkit::reqwest::{Client, Response, StatusCode};
use kalm_testkit::{TestApp, both_backends};
use serde_json::Value;

const CONTENT: &str = "modules.test";
const OTHER: &str = "other-modules.test";
const CARE: &str = "care.test";

/// A real 1×1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xa8, 0x5f, 0x7e, 0xf2, 0x3f, 0x00, 0x06, 0x87, 0x02, 0xef, 0x69, 0x02, 0xc8,
    0xad, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// The drawing the demo's sleep module shows.
const SLEEP_SVG: &[u8] = include_bytes!("../../content/sleep.svg");

async fn content_platform(app: &TestApp, name: &str, domain: &str) -> Platform {
    let input = PlatformInput {
        name: name.into(),
        domain: domain.into(),
        language: "en".into(),
        kind: "content".into(),
        ..Default::default()
    };
    platforms::create(&app.kalm, &Caller::command_line(), &input).await.unwrap()
}

struct Setup {
    content: Platform,
    other: Platform,
    care: Platform,
}

async fn setup(app: &TestApp) -> Setup {
    let content = content_platform(app, "Modules", CONTENT).await;
    let other = content_platform(app, "Other modules", OTHER).await;
    let care = app.platform("Care", CARE).await;
    app.account(&content, "professional", "author", "author@modules.test").await;
    app.account(&content, "professional", "publisher", "publisher@modules.test").await;
    app.account(&other, "professional", "author", "author@other-modules.test").await;
    app.account(&care, "professional", "professional,application_manager", "am@care.test").await;
    Setup { content, other, care }
}

/// Sends `bytes` as an upload to `host`, as a browser on that site would,
/// with a `Content-Type` that says nothing about what the bytes are.
async fn upload(app: &TestApp, client: &Client, host: &str, bytes: Vec<u8>, claimed_type: &str) -> Response {
    client
        .post(app.url(host, "/api/v1/content/media"))
        .header("origin", format!("http://{host}:{}", app.address.port()))
        .header("content-type", claimed_type)
        .body(bytes)
        .send()
        .await
        .unwrap()
}

async fn refusal(response: Response) -> (u16, String) {
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    (status, body["error"].as_str().unwrap_or_default().to_owned())
}

async fn stored(app: &TestApp, platform: &Platform) -> Vec<String> {
    media::list(&app.kalm, &Caller::command_line(), platform).await.unwrap().into_iter().map(|m| m.sha256).collect()
}

async fn authors_upload_files_that_anyone_gets_with_long_cache_headers(app: TestApp) {
    let s = setup(&app).await;
    let author = app.login(CONTENT, "author@modules.test").await;
    let sha = sha256_hex(PNG);

    let r = upload(&app, &author, CONTENT, PNG.to_vec(), "application/octet-stream").await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.headers()["location"], format!("/media/{sha}"));
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["sha256"], sha.as_str());
    assert_eq!(body["content_type"], "image/png");
    assert_eq!(body["size"], PNG.len());
    assert_eq!(body["url"], format!("/media/{sha}"));

    // Anyone gets it, without a session, as it was uploaded.
    let visitor = app.client(CONTENT);
    let r = visitor.get(app.url(CONTENT, &format!("/media/{sha}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(r.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(r.headers()["etag"], format!("\"{sha}\""));
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert_eq!(r.bytes().await.unwrap().as_ref(), PNG);
    // A browser holding it is told so, without the bytes.
    let r = visitor
        .get(app.url(CONTENT, &format!("/media/{sha}")))
        .header("if-none-match", format!("\"{sha}\""))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(r.headers()["etag"], format!("\"{sha}\""));
    assert_eq!(r.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert!(r.bytes().await.unwrap().is_empty());
    // A signed-in visitor (a module page's own request) gets it too.
    let r = author.get(app.url(CONTENT, &format!("/media/{sha}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);

    // The same bytes again: the same file, one row.
    let r = upload(&app, &author, CONTENT, PNG.to_vec(), "image/png").await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.json::<Value>().await.unwrap()["sha256"], sha.as_str());
    assert_eq!(stored(&app, &s.content).await, std::slice::from_ref(&sha));

    // Every byte value survives the database (BLOB on SQLite, BYTEA on
    // PostgreSQL), and audio is served in ranges for players to seek.
    let mut wav = b"RIFF\x24\x08\x00\x00WAVEfmt ".to_vec();
    wav.extend((0..=255u8).cycle().take(4096));
    let r = upload(&app, &author, CONTENT, wav.clone(), "audio/x-wav").await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let wav_sha = sha256_hex(&wav);
    let r = visitor.get(app.url(CONTENT, &format!("/media/{wav_sha}"))).send().await.unwrap();
    assert_eq!(r.headers()["content-type"], "audio/wav");
    assert_eq!(r.bytes().await.unwrap().as_ref(), wav.as_slice());
    let r = visitor
        .get(app.url(CONTENT, &format!("/media/{wav_sha}")))
        .header("range", "bytes=12-19")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(r.headers()["content-range"], format!("bytes 12-19/{}", wav.len()));
    assert_eq!(r.bytes().await.unwrap().as_ref(), &wav[12..20]);

    // Unknown, malformed and other platforms' names are not found.
    for path in [
        format!("/media/{}", sha256_hex(b"never uploaded")),
        format!("/media/{}", sha.to_uppercase()),
        "/media/not-a-hash".to_owned(),
        format!("/media/{sha}.png"),
    ] {
        let r = visitor.get(app.url(CONTENT, &path)).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let elsewhere = app.client(OTHER);
    let r = elsewhere.get(app.url(OTHER, &format!("/media/{sha}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "platform A's file on platform B's host");
    let r = elsewhere
        .get(app.url(OTHER, &format!("/media/{sha}")))
        .header("if-none-match", format!("\"{sha}\""))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "not even to a browser that holds it");
    let r = app.client(CARE).get(app.url(CARE, &format!("/media/{sha}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // The other platform uploading the same bytes gets its own file.
    let other_author = app.login(OTHER, "author@other-modules.test").await;
    let r = upload(&app, &other_author, OTHER, PNG.to_vec(), "image/png").await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = elsewhere.get(app.url(OTHER, &format!("/media/{sha}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(stored(&app, &s.other).await, std::slice::from_ref(&sha));
    assert_eq!(stored(&app, &s.content).await.len(), 2, "the PNG and the WAV");

    let log = audit::list_on_server(&app.kalm, &AuditFilter { limit: 200, ..AuditFilter::default() }).await.unwrap();
    let uploads: Vec<_> = log.iter().filter(|e| e.action == AuditAction::MediaUploaded).collect();
    assert_eq!(uploads.len(), 4, "every upload is logged, also of bytes stored already");
    let detail: Value = serde_json::from_str(uploads[0].detail.as_deref().unwrap()).unwrap();
    assert_eq!(detail["type"], "image/png");
    assert!(uploads.iter().all(|e| e.actor_label.as_deref().is_some_and(|l| l.ends_with("modules.test"))));
}
both_backends!(authors_upload_files_that_anyone_gets_with_long_cache_headers);

async fn uploads_are_refused_by_type_size_role_and_platform(app: TestApp) {
    let s = setup(&app).await;
    let author = app.login(CONTENT, "author@modules.test").await;

    // A ".png" that is really a ZIP archive.
    let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00holiday.png".to_vec();
    let r = upload(&app, &author, CONTENT, zip, "image/png").await;
    assert_eq!(refusal(r).await, (422, "media_type_unknown".into()));
    let script = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>"#;
    let r = upload(&app, &author, CONTENT, script.to_vec(), "image/svg+xml").await;
    assert_eq!(refusal(r).await, (422, "media_svg_unsafe".into()));
    let r = upload(&app, &author, CONTENT, Vec::new(), "image/png").await;
    assert_eq!(refusal(r).await, (422, "media_empty".into()));
    // An image over 5 MiB, though an audio file may be that large.
    let mut large = PNG.to_vec();
    large.resize(5 * 1024 * 1024 + 1, 0);
    let r = upload(&app, &author, CONTENT, large, "image/png").await;
    assert_eq!(refusal(r).await, (413, "media_too_large".into()));
    let mut audio = b"ID3\x04\x00\x00\x00\x00\x00\x00".to_vec();
    audio.resize(6 * 1024 * 1024, 0);
    let r = upload(&app, &author, CONTENT, audio, "audio/mpeg").await;
    assert_eq!(r.status(), StatusCode::CREATED);
    // Nothing over 20 MiB is even read.
    let mut huge = b"ID3\x04\x00\x00\x00\x00\x00\x00".to_vec();
    huge.resize(21 * 1024 * 1024, 0);
    let r = upload(&app, &author, CONTENT, huge, "audio/mpeg").await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);

    // Only authors, signed in, from the platform's own pages.
    let publisher = app.login(CONTENT, "publisher@modules.test").await;
    let r = upload(&app, &publisher, CONTENT, PNG.to_vec(), "image/png").await;
    assert_eq!(refusal(r).await, (403, "not_allowed".into()));
    let r = upload(&app, &app.client(CONTENT), CONTENT, PNG.to_vec(), "image/png").await;
    assert_eq!(refusal(r).await, (401, "not_signed_in".into()));
    let r = author
        .post(app.url(CONTENT, "/api/v1/content/media"))
        .header("origin", "https://elsewhere.example.org")
        .body(PNG.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(refusal(r).await, (403, "cross_origin_refused".into()));
    // A care platform has no media: not for its manager, not for the service desk.
    let manager = app.login(CARE, "am@care.test").await;
    let r = upload(&app, &manager, CARE, PNG.to_vec(), "image/png").await;
    assert_eq!(refusal(r).await, (403, "not_allowed".into()));
    let refused = media::upload(&app.kalm, &Caller::command_line(), &s.care, PNG).await;
    assert_eq!(refused.err().map(|e| e.code()), Some("not_a_content_platform"));

    assert_eq!(stored(&app, &s.content).await.len(), 1, "only the audio file");
    assert!(stored(&app, &s.other).await.is_empty());
}
both_backends!(uploads_are_refused_by_type_size_role_and_platform);

/// The same file uploaded twice at the same moment (two tabs, two nodes):
/// both uploads succeed, with one file.
async fn the_same_bytes_uploaded_at_once_are_one_file(app: TestApp) {
    let s = setup(&app).await;
    let author = app.login(CONTENT, "author@modules.test").await;
    let (a, b) = tokio::join!(
        upload(&app, &author, CONTENT, SLEEP_SVG.to_vec(), "image/svg+xml"),
        upload(&app, &author, CONTENT, SLEEP_SVG.to_vec(), "image/svg+xml"),
    );
    assert_eq!((a.status(), b.status()), (StatusCode::CREATED, StatusCode::CREATED));
    let (a, b): (Value, Value) = (a.json().await.unwrap(), b.json().await.unwrap());
    assert_eq!(a["sha256"], b["sha256"]);
    assert_eq!(stored(&app, &s.content).await, [sha256_hex(SLEEP_SVG)]);
    // And through the use case itself, without the web in between.
    let desk = Caller::command_line();
    let (a, b) =
        tokio::join!(media::upload(&app.kalm, &desk, &s.other, PNG), media::upload(&app.kalm, &desk, &s.other, PNG));
    assert_eq!(a.unwrap(), b.unwrap());
    assert_eq!(stored(&app, &s.other).await, [sha256_hex(PNG)]);
}
both_backends!(the_same_bytes_uploaded_at_once_are_one_file);

/// The demo's drawing: the name its module refers to, and served so that
/// it cannot run anything even if opened on its own.
async fn svg_is_served_sandboxed(app: TestApp) {
    let s = setup(&app).await;
    let stored = media::upload(&app.kalm, &Caller::command_line(), &s.content, SLEEP_SVG).await.unwrap();
    assert_eq!(
        stored.sha256, "40065d09603f048feefdc9e2db49c40dfcb48ddd53684498919ab0463e8846ca",
        "as the sleep module says"
    );
    assert_eq!(stored.content_type, "image/svg+xml");
    let r = app.client(CONTENT).get(app.url(CONTENT, &format!("/media/{}", stored.sha256))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "image/svg+xml");
    assert_eq!(r.headers()["content-security-policy"], "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    assert_eq!(r.bytes().await.unwrap().as_ref(), SLEEP_SVG);
}
both_backends!(svg_is_served_sandboxed);
