//! Content platforms: authors draft tools, publishers release them as
//! numbered versions that never change, the service desk links content
//! platforms to care platforms' catalogues.

use kalm_testkit::kalm_app::accounts::{self, AccountInput};
use kalm_testkit::kalm_app::audit::{self, AuditFilter};
use kalm_testkit::kalm_app::platforms::{self, Platform, PlatformInput};
use kalm_testkit::kalm_app::{AppError, Caller, auth, catalogue, content};
use kalm_testkit::kalm_domain::audit::AuditAction;
use kalm_testkit::kalm_domain::content::ToolDocument;
use kalm_testkit::{TestApp, both_backends};

const CONTENT: &str = "modules.test";
const CARE: &str = "care.test";

/// A short scored questionnaire: two items weighted 0–3, summed, 0–2 low
/// and 3–6 high (alerting).
const MOOD: &str = r#"{
  "schema": "kalm-tool/1", "language": "en", "title": "Mood check", "description": "Two questions.",
  "content": { "kind": "questionnaire",
    "items": [
      { "id": "m1", "text": "Little interest or pleasure?", "required": true,
        "answer": { "type": "single_choice", "options": [
          { "id": "0", "text": "Not at all", "weight": 0 }, { "id": "1", "text": "Several days", "weight": 1 },
          { "id": "2", "text": "More than half the days", "weight": 2 }, { "id": "3", "text": "Nearly every day", "weight": 3 } ] } },
      { "id": "m2", "text": "Feeling down?", "required": true,
        "answer": { "type": "single_choice", "options": [
          { "id": "0", "text": "Not at all", "weight": 0 }, { "id": "1", "text": "Several days", "weight": 1 },
          { "id": "2", "text": "More than half the days", "weight": 2 }, { "id": "3", "text": "Nearly every day", "weight": 3 } ] } }
    ],
    "scoring": { "totals": [ { "id": "total", "label": "Total", "method": "sum", "bands": [
      { "min": 0, "max": 2, "label": "Low" }, { "min": 3, "max": 6, "label": "High", "alert": true } ] } ] }
  }
}"#;

struct Setup {
    content: Platform,
    care: Platform,
    author: Caller,
    publisher: Caller,
    manager: Caller,
}

async fn setup(app: &TestApp) -> Setup {
    let desk = Caller::command_line();
    let input = PlatformInput {
        name: "Modules".into(),
        domain: CONTENT.into(),
        language: "en".into(),
        kind: "content".into(),
        ..Default::default()
    };
    let content = platforms::create(&app.kalm, &desk, &input).await.unwrap();
    let care = app.platform("Care", CARE).await;
    let person = |email: &str, roles: &str| AccountInput {
        account_type: "professional".into(),
        roles: roles.into(),
        first_name: email.split('@').next().unwrap_or("x").into(),
        last_name: "Maker".into(),
        email: email.into(),
        ..AccountInput::default()
    };
    let mut callers = Vec::new();
    for (email, roles) in [
        ("author@modules.test", "author"),
        ("publisher@modules.test", "publisher"),
        ("am@modules.test", "application_manager"),
    ] {
        let created =
            accounts::create(&app.kalm, &desk, &content, &person(email, roles), Some(kalm_testkit::PASSWORD)).await;
        callers.push(auth::account_caller(&created.unwrap().account, None));
    }
    let manager = callers.pop().unwrap();
    let publisher = callers.pop().unwrap();
    let author = callers.pop().unwrap();
    Setup { content, care, author, publisher, manager }
}

fn code<T: std::fmt::Debug>(result: Result<T, AppError>) -> &'static str {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(err) => err.code(),
    }
}

async fn authors_draft_and_publishers_release_versions_that_never_change(app: TestApp) {
    let s = setup(&app).await;
    let kalm = &app.kalm;
    let tool = content::create(kalm, &s.author, &s.content, "questionnaire", "", "Mood check", "").await.unwrap();
    assert_eq!((tool.draft_revision, tool.latest_version), (1, 0));
    let document = ToolDocument::from_json(MOOD).unwrap();
    let revision = content::save_draft(kalm, &s.author, &s.content, tool.id, 1, &document).await.unwrap();
    assert_eq!(revision, 2);

    // Who may do what.
    assert_eq!(code(content::release(kalm, &s.author, &s.content, tool.id, 2, "First").await), "not_allowed");
    assert_eq!(code(content::save_draft(kalm, &s.publisher, &s.content, tool.id, 2, &document).await), "not_allowed");
    assert_eq!(code(content::create(kalm, &s.manager, &s.content, "diary", "", "Sleep", "").await), "not_allowed");
    assert_eq!(content::list(kalm, &s.manager, &s.content).await.unwrap().len(), 1, "managers see the list");
    assert_eq!(code(content::release(kalm, &s.publisher, &s.content, tool.id, 2, "  ").await), "reason_required");

    let first = content::release(kalm, &s.publisher, &s.content, tool.id, 2, "First release").await.unwrap();
    assert_eq!(first, 1);
    assert_eq!(code(content::release(kalm, &s.publisher, &s.content, tool.id, 2, "Again").await), "nothing_to_release");

    // A second edit and release leave version 1 as it was.
    let mut edited = document.clone();
    edited.title = "Mood check (revised)".into();
    let revision = content::save_draft(kalm, &s.author, &s.content, tool.id, 2, &edited).await.unwrap();
    // A save based on what someone else has since replaced is refused.
    assert_eq!(code(content::save_draft(kalm, &s.author, &s.content, tool.id, 2, &document).await), "draft_outdated");
    assert_eq!(code(content::release(kalm, &s.publisher, &s.content, tool.id, 2, "Stale").await), "draft_outdated");
    assert_eq!(content::release(kalm, &s.publisher, &s.content, tool.id, revision, "Clearer title").await.unwrap(), 2);
    let one = content::document(kalm, &s.manager, &s.content, tool.id, Some(1)).await.unwrap();
    let two = content::document(kalm, &s.manager, &s.content, tool.id, Some(2)).await.unwrap();
    assert_eq!(one, document);
    assert_eq!(two.title, "Mood check (revised)");
    let (shown, versions) = content::show(kalm, &s.manager, &s.content, tool.id).await.unwrap();
    assert_eq!(shown.latest_version, 2);
    let notes: Vec<&str> = versions.iter().map(|v| v.release_note.as_str()).collect();
    assert_eq!(notes, ["Clearer title", "First release"], "newest first");

    // The kind and language are fixed.
    let mut other_kind = edited.clone();
    other_kind.content =
        kalm_testkit::kalm_domain::content::ToolContent::empty(kalm_testkit::kalm_domain::content::ToolKind::Diary);
    assert_eq!(code(content::save_draft(kalm, &s.author, &s.content, tool.id, 3, &other_kind).await), "tool_fixed");

    // The database itself refuses to change a released version.
    let mut tx = app.kalm.store.begin().await.unwrap();
    let changed = sqlx::query("UPDATE tool_versions SET release_note = 'rewritten'").execute(&mut *tx).await;
    assert!(changed.is_err(), "versions are frozen");
    drop(tx);

    let log = audit::list_on_server(kalm, &AuditFilter { limit: 200, ..AuditFilter::default() }).await.unwrap();
    let count = |action| log.iter().filter(|e| e.action == action).count();
    assert_eq!(
        (count(AuditAction::ToolCreated), count(AuditAction::ToolDraftSaved), count(AuditAction::ToolReleased)),
        (1, 2, 2)
    );
}
both_backends!(authors_draft_and_publishers_release_versions_that_never_change);

async fn a_release_with_problems_lists_them_all_and_changes_nothing(app: TestApp) {
    let s = setup(&app).await;
    let kalm = &app.kalm;
    let broken = MOOD.replace(r#""text": "Feeling down?""#, r#""text": "<b>Feeling</b> down?""#).replace(
        r#"{ "min": 3, "max": 6, "label": "High", "alert": true }"#,
        r#"{ "min": 4, "max": 6, "label": "High" }"#,
    );
    let tool = content::import(kalm, &s.author, &s.content, &broken).await.unwrap();
    let refused = content::release(kalm, &s.publisher, &s.content, tool.id, 1, "First").await;
    let Err(AppError::ReleaseRefused(problems)) = refused else { panic!("{refused:?}") };
    let found: Vec<(&str, String)> = problems.iter().map(|p| (p.code, p.place.anchor())).collect();
    assert!(found.contains(&("markdown", "item-m2".to_owned())), "{found:?}");
    assert!(found.contains(&("bands_gap", "total-total".to_owned())), "{found:?}");
    let (after, versions) = content::show(kalm, &s.manager, &s.content, tool.id).await.unwrap();
    assert_eq!((after.latest_version, versions.len()), (0, 0));
    // An import that is not a document names what is wrong.
    assert_eq!(
        code(content::import(kalm, &s.author, &s.content, "{\"schema\": \"kalm-tool/9\"}").await),
        "tool_schema_unknown"
    );
    assert_eq!(code(content::import(kalm, &s.author, &s.content, "not json").await), "tool_document_invalid");
}
both_backends!(a_release_with_problems_lists_them_all_and_changes_nothing);

/// Two publishers release the same draft at the same moment: one version.
async fn two_releases_at_once_make_one_version(app: TestApp) {
    let s = setup(&app).await;
    let tool = content::import(&app.kalm, &s.author, &s.content, MOOD).await.unwrap();
    let release = |note: &'static str| {
        let kalm = app.kalm.clone();
        let publisher = s.publisher.clone();
        let platform = s.content.clone();
        tokio::spawn(async move { content::release(&kalm, &publisher, &platform, tool.id, 1, note).await })
    };
    let (a, b) = tokio::join!(release("A"), release("B"));
    let mut outcomes: Vec<Result<i64, &'static str>> =
        [a.unwrap(), b.unwrap()].into_iter().map(|r| r.map_err(|e| e.code())).collect();
    outcomes.sort();
    assert_eq!(outcomes, [Ok(1), Err("nothing_to_release")]);
}
both_backends!(two_releases_at_once_make_one_version);

async fn content_lives_on_content_platforms_only(app: TestApp) {
    let s = setup(&app).await;
    let desk = Caller::command_line();
    assert_eq!(
        code(content::create(&app.kalm, &desk, &s.care, "diary", "", "Sleep", "").await),
        "not_a_content_platform"
    );
    let author_on_care = AccountInput {
        account_type: "professional".into(),
        roles: "professional,author".into(),
        first_name: "Ann".into(),
        last_name: "Author".into(),
        email: "ann@care.test".into(),
        ..AccountInput::default()
    };
    let refused = accounts::create(&app.kalm, &desk, &s.care, &author_on_care, None).await;
    assert_eq!(refused.err().map(|e| e.code()), Some("role_not_on_this_platform"));
    // A tool of one content platform is not found through another.
    let other = PlatformInput {
        name: "Other".into(),
        domain: "other-modules.test".into(),
        language: "nl".into(),
        kind: "content".into(),
        ..Default::default()
    };
    let other = platforms::create(&app.kalm, &desk, &other).await.unwrap();
    let tool = content::import(&app.kalm, &s.author, &s.content, MOOD).await.unwrap();
    assert_eq!(code(content::show(&app.kalm, &desk, &other, tool.id).await), "tool_not_found");
    // Another platform looks to its author as if it were not there at all.
    let refused = code(content::list(&app.kalm, &s.author, &other).await);
    assert!(refused.ends_with("not_found"), "another platform's author: {refused}");
}
both_backends!(content_lives_on_content_platforms_only);

async fn the_service_desk_links_catalogues(app: TestApp) {
    let s = setup(&app).await;
    let desk = Caller::command_line();
    assert!(catalogue::link(&app.kalm, &desk, &s.content, &s.care).await.unwrap());
    assert!(!catalogue::link(&app.kalm, &desk, &s.content, &s.care).await.unwrap(), "once is enough");
    assert_eq!(code(catalogue::link(&app.kalm, &desk, &s.care, &s.care).await), "not_a_content_platform");
    assert_eq!(code(catalogue::link(&app.kalm, &desk, &s.content, &s.content).await), "not_a_care_platform");
    assert_eq!(code(catalogue::link(&app.kalm, &s.manager, &s.content, &s.care).await), "not_allowed");
    let links = catalogue::links(&app.kalm, &desk).await.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!((links[0].content_platform, links[0].care_platform), (s.content.id, s.care.id));
    assert!(catalogue::unlink(&app.kalm, &desk, &s.content, &s.care).await.unwrap());
    assert!(catalogue::links(&app.kalm, &desk).await.unwrap().is_empty());
    let log = audit::list_on_server(&app.kalm, &AuditFilter { limit: 200, ..AuditFilter::default() }).await.unwrap();
    assert_eq!(log.iter().filter(|e| e.action == AuditAction::CatalogueLinked).count(), 1);
    assert_eq!(log.iter().filter(|e| e.action == AuditAction::CatalogueUnlinked).count(), 1);
}
both_backends!(the_service_desk_links_catalogues);

/// The same through the API: a draft travels as the document with its
/// revision as ETag, a save names it in If-Match, a refused release lists
/// its problems, and versions come as documents or as FHIR.
async fn the_api_drafts_releases_and_exports(app: TestApp) {
    use kalm_testkit::reqwest::StatusCode;
    use serde_json::{Value, json};
    let s = setup(&app).await;
    let _ = &s;
    let origin = format!("http://{CONTENT}:{}", app.address.port());
    let author = app.login(CONTENT, "author@modules.test").await;
    let publisher = app.login(CONTENT, "publisher@modules.test").await;
    let url = |path: &str| app.url(CONTENT, path);

    let r = author
        .post(url("/api/v1/content/tools"))
        .header("origin", &origin)
        .json(&json!({ "kind": "questionnaire", "title": "Mood check" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let created: Value = r.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!((created["draft_revision"].as_i64(), created["language"].as_str()), (Some(1), Some("en")));

    let r = author.get(url(&format!("/api/v1/content/tools/{id}/draft"))).send().await.unwrap();
    assert_eq!(r.headers()["etag"], "\"1\"");
    let document: Value = serde_json::from_str(MOOD).unwrap();
    let put = |client: &kalm_testkit::reqwest::Client, revision: Option<&str>| {
        let mut request =
            client.put(url(&format!("/api/v1/content/tools/{id}/draft"))).header("origin", &origin).json(&document);
        if let Some(revision) = revision {
            request = request.header("if-match", revision);
        }
        request.send()
    };
    let r = put(&author, None).await.unwrap();
    assert_eq!(r.status(), StatusCode::PRECONDITION_REQUIRED);
    let r = put(&author, Some("\"1\"")).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["etag"], "\"2\"");
    let r = put(&author, Some("\"1\"")).await.unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "draft_outdated");
    let r = put(&publisher, Some("\"2\"")).await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "publishers do not write drafts");

    // A broken draft: the refusal lists every problem and its place.
    let mut broken = document.clone();
    broken["content"]["items"][0]["text"] = json!("");
    let r = author
        .put(url(&format!("/api/v1/content/tools/{id}/draft")))
        .header("origin", &origin)
        .header("if-match", "\"2\"")
        .json(&broken)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "a draft may be unfinished");
    let release = |revision: i64| {
        publisher
            .post(url(&format!("/api/v1/content/tools/{id}/versions")))
            .header("origin", &origin)
            .json(&json!({ "note": "First", "draft_revision": revision }))
            .send()
    };
    let r = release(3).await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"], "release_refused");
    assert_eq!(body["problems"], json!([{ "code": "empty", "at": "item-m1" }]));
    let shown: Value =
        author.get(url(&format!("/api/v1/content/tools/{id}"))).send().await.unwrap().json().await.unwrap();
    assert_eq!(shown["release_problems"][0]["at"], "item-m1", "seen before asking");

    let r = put(&author, Some("\"3\"")).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = release(4).await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.json::<Value>().await.unwrap()["version"], 1);
    let v1: Value =
        author.get(url(&format!("/api/v1/content/tools/{id}/versions/1"))).send().await.unwrap().json().await.unwrap();
    assert_eq!(v1, document, "the version is the document as released");
    let fhir: Value = author
        .get(url(&format!("/api/v1/content/tools/{id}/versions/1?format=fhir")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(fhir["resourceType"], "Questionnaire");
    assert_eq!(fhir["item"][0]["linkId"], "m1");
    let r = author.get(url(&format!("/api/v1/content/tools/{id}/versions/7"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "version_not_found");

    // A care platform has no content API to speak of.
    let r = app.client(CARE).get(app.url(CARE, "/api/v1/content/tools")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}
both_backends!(the_api_drafts_releases_and_exports);

/// The pages: an author starts a tool from the list, sees what stands in
/// the way of a release in words, a publisher releases it with a note (or
/// is shown every problem), and the preview shows the content in its own
/// language.
async fn authors_and_publishers_work_through_the_pages(app: TestApp) {
    use crate::support::{body, get, location, post};
    let s = setup(&app).await;
    let author = app.login(CONTENT, "author@modules.test").await;
    let publisher = app.login(CONTENT, "publisher@modules.test").await;
    let list = body(get(&app, &author, CONTENT, "/tools").await).await;
    assert!(list.contains("There are no tools yet") && list.contains("href=\"/tools\""), "nav and empty state");
    assert!(!body(get(&app, &publisher, CONTENT, "/tools").await).await.contains("action=\"/tools\""), "no form");

    let r =
        post(&app, &author, CONTENT, "/tools", &[("kind", "questionnaire"), ("title", ""), ("language", "nl")]).await;
    assert_eq!(r.status(), 422);
    assert!(body(r).await.contains("Give the tool a title."));
    let r =
        post(&app, &author, CONTENT, "/tools", &[("kind", "questionnaire"), ("title", "Stemming"), ("language", "nl")])
            .await;
    let page = location(&r);
    assert!(page.ends_with("?done=tool_created"), "{page}");
    let id = page.trim_start_matches("/tools/").split('?').next().unwrap().to_owned();
    let html = body(get(&app, &author, CONTENT, &page).await).await;
    assert!(html.contains("The tool has been created.") && html.contains("Solve this problem"), "{html}");
    assert!(html.contains("<strong>The tool</strong>: This is empty."), "{html}");

    // A draft with two problems, saved through the use case (the editor is
    // its own page), then a release refused with both in words.
    let mut document = ToolDocument::from_json(MOOD).unwrap();
    document.language = kalm_testkit::kalm_domain::languages::Language::Nl;
    document.title = "Stemming".into();
    let mut broken = document.clone();
    if let kalm_testkit::kalm_domain::content::ToolContent::Questionnaire { items, .. } = &mut broken.content {
        items[1].text = String::new();
        items[0].answer = kalm_testkit::kalm_domain::content::AnswerType::SingleChoice { options: vec![] };
    }
    let tool_id: uuid::Uuid = id.parse().unwrap();
    content::save_draft(&app.kalm, &s.author, &s.content, tool_id, 1, &broken).await.unwrap();
    let r = post(
        &app,
        &publisher,
        CONTENT,
        &format!("/tools/{id}/release"),
        &[("draft_revision", "2"), ("note", "Eerste")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let html = body(r).await;
    assert!(html.contains("<strong>Question 1</strong>: Add at least one answer."), "{html}");
    assert!(html.contains("<strong>Question 2</strong>: This is empty. Add text or remove it."), "{html}");
    assert!(html.contains(">Eerste</textarea>"), "the note is kept");

    content::save_draft(&app.kalm, &s.author, &s.content, tool_id, 2, &document).await.unwrap();
    let r =
        post(&app, &author, CONTENT, &format!("/tools/{id}/release"), &[("draft_revision", "3"), ("note", "x")]).await;
    assert_eq!(r.status(), 403, "authors do not release");
    let r = post(
        &app,
        &publisher,
        CONTENT,
        &format!("/tools/{id}/release"),
        &[("draft_revision", "3"), ("note", "Eerste versie")],
    )
    .await;
    assert_eq!(location(&r), format!("/tools/{id}?done=tool_released"));
    let html = body(get(&app, &publisher, CONTENT, &location(&r)).await).await;
    assert!(
        html.contains("Version 1") && html.contains("Eerste versie") && html.contains("The draft can be released.")
    );

    let preview = body(get(&app, &publisher, CONTENT, &format!("/tools/{id}/preview?version=1")).await).await;
    assert!(preview.contains("<article lang=\"nl\" class=\"tool\">"), "the content keeps its language");
    assert!(preview.contains("id=\"item-m1\"") && preview.contains("Little interest or pleasure?"), "{preview}");
    assert!(preview.contains("type=\"radio\" name=\"m2\" value=\"3\""), "{preview}");

    let r = post(&app, &publisher, CONTENT, &format!("/tools/{id}/withdrawn"), &[("withdrawn", "yes")]).await;
    assert_eq!(location(&r), format!("/tools/{id}?done=tool_withdrawn"));
    let list = body(get(&app, &author, CONTENT, "/tools").await).await;
    assert!(list.contains("Withdrawn from catalogues"), "{list}");
    // Another platform's people do not reach the tool.
    let care_manager = app.account(&s.care, "professional", "application_manager", "am@care.test").await;
    let _ = care_manager;
    let other = app.login(CARE, "am@care.test").await;
    assert!(!body(get(&app, &other, CARE, "/").await).await.contains("href=\"/tools\""), "no tools on a care platform");
    assert_eq!(get(&app, &other, CARE, &format!("/tools/{id}")).await.status(), 404);
}
both_backends!(authors_and_publishers_work_through_the_pages);

/// The console's platform page links a content platform to care platforms
/// and shows the links from both sides.
async fn the_console_links_catalogues(app: TestApp) {
    use crate::support::{body, get, location, post};
    use kalm_testkit::ADMIN_HOST;
    let s = setup(&app).await;
    app.operator("desk@kalm.test").await;
    let console = app.login(ADMIN_HOST, "desk@kalm.test").await;
    let content_page = format!("/platforms/{}", s.content.id);
    let html = body(get(&app, &console, ADMIN_HOST, &content_page).await).await;
    assert!(html.contains("Offered on these care platforms") && html.contains("No catalogue links yet."));
    assert!(html.contains(&format!("<option value=\"{}\">Care (care.test)</option>", s.care.id)), "{html}");
    let r = post(&app, &console, ADMIN_HOST, &format!("{content_page}/catalogue"), &[("care", &s.care.id.to_string())])
        .await;
    assert_eq!(location(&r), format!("{content_page}?done=catalogue_linked"));
    let html = body(get(&app, &console, ADMIN_HOST, &location(&r)).await).await;
    assert!(html.contains("The tools are now offered on the care platform.") && html.contains("(care.test)"));
    let care_page = format!("/platforms/{}", s.care.id);
    let html = body(get(&app, &console, ADMIN_HOST, &care_page).await).await;
    assert!(html.contains("Offers tools of these content platforms") && html.contains("(modules.test)"), "{html}");
    // Linking a care platform to a care platform is refused with a reason.
    let r =
        post(&app, &console, ADMIN_HOST, &format!("{care_page}/catalogue"), &[("care", &s.care.id.to_string())]).await;
    assert_eq!(r.status(), 422);
    assert!(body(r).await.contains("Tools are made on content platforms only."));
    let r = post(
        &app,
        &console,
        ADMIN_HOST,
        &format!("{care_page}/catalogue/remove"),
        &[("other", &s.content.id.to_string())],
    )
    .await;
    assert_eq!(location(&r), format!("{care_page}?done=catalogue_unlinked"));
    assert!(catalogue::links(&app.kalm, &Caller::command_line()).await.unwrap().is_empty());
}
both_backends!(the_console_links_catalogues);

/// The editor: one form posts the whole draft with the button pressed;
/// nothing typed is lost, a save on an old revision is refused with the
/// typed draft kept, and a questionnaire built this way can be released.
async fn authors_build_a_questionnaire_in_the_editor(app: TestApp) {
    use crate::support::{body, get, location, post};
    let s = setup(&app).await;
    let author = app.login(CONTENT, "author@modules.test").await;
    let r = post(&app, &author, CONTENT, "/tools", &[("kind", "questionnaire"), ("title", "Mood"), ("language", "en")])
        .await;
    let id = location(&r).trim_start_matches("/tools/").split('?').next().unwrap().to_owned();
    let edit = format!("/tools/{id}/edit");
    let page = body(get(&app, &author, CONTENT, &edit).await).await;
    assert!(page.contains("name=\"draft_revision\" value=\"1\""), "{page}");

    // Add a question: the title typed at the same time is kept.
    let r = post(
        &app,
        &author,
        CONTENT,
        &edit,
        &[("draft_revision", "1"), ("title", "Mood today"), ("new_question", "single_choice"), ("op", "add_item")],
    )
    .await;
    assert_eq!(location(&r), format!("{edit}?done=draft_saved#items-end"));
    let page = body(get(&app, &author, CONTENT, &edit).await).await;
    assert!(page.contains("value=\"Mood today\"") && page.contains("id=\"item-q1\""), "{page}");
    assert!(page.contains("name=\"item.0.option.1.text\""), "two answers to start with");

    // Fill it in, add a total with a band, and save in one go.
    let filled = [
        ("draft_revision", "2"),
        ("title", "Mood today"),
        ("item.0.id", "q1"),
        ("item.0.type", "single_choice"),
        ("item.0.text", "How is your mood?"),
        ("item.0.required", "yes"),
        ("item.0.option.0.id", "a"),
        ("item.0.option.0.text", "Good"),
        ("item.0.option.0.weight", "0"),
        ("item.0.option.1.id", "b"),
        ("item.0.option.1.text", "Low"),
        ("item.0.option.1.weight", "1,5"),
        ("op", "add_total"),
    ];
    let r = post(&app, &author, CONTENT, &edit, &filled).await;
    assert_eq!(location(&r), format!("{edit}?done=draft_saved#scoring"));
    let page = body(get(&app, &author, CONTENT, &edit).await).await;
    assert!(page.contains("Scores from 0 to 1.5 are possible."), "the possible range is shown: {page}");
    assert!(page.contains("Before the draft can be released"), "the empty score label is a problem");

    // A save on an old revision: refused, what was typed stays on the page.
    let mut stale = filled.to_vec();
    stale[0] = ("draft_revision", "2");
    stale[1] = ("title", "Typed meanwhile");
    stale.retain(|(k, _)| *k != "op");
    stale.push(("op", "save"));
    let r = post(&app, &author, CONTENT, &edit, &stale).await;
    assert_eq!(r.status(), 409);
    let html = body(r).await;
    assert!(html.contains("Someone else saved this draft") && html.contains("value=\"Typed meanwhile\""), "{html}");

    // Complete the scoring and release through the tool page.
    let complete = [
        ("draft_revision", "3"),
        ("title", "Mood today"),
        ("item.0.id", "q1"),
        ("item.0.type", "single_choice"),
        ("item.0.text", "How is your mood?"),
        ("item.0.required", "yes"),
        ("item.0.option.0.id", "a"),
        ("item.0.option.0.text", "Good"),
        ("item.0.option.0.weight", "0"),
        ("item.0.option.1.id", "b"),
        ("item.0.option.1.text", "Low"),
        ("item.0.option.1.weight", "1.5"),
        ("total.0.id", "total1"),
        ("total.0.label", "Mood"),
        ("total.0.method", "sum"),
        ("total.0.band.0.min", "0"),
        ("total.0.band.0.max", "1.5"),
        ("total.0.band.0.label", "Any"),
        ("op", "save"),
    ];
    let r = post(&app, &author, CONTENT, &edit, &complete).await;
    assert_eq!(location(&r), format!("{edit}?done=draft_saved"));
    let page = body(get(&app, &author, CONTENT, &edit).await).await;
    assert!(!page.contains("Before the draft can be released"), "{page}");
    let tool_id: uuid::Uuid = id.parse().unwrap();
    assert_eq!(content::release(&app.kalm, &s.publisher, &s.content, tool_id, 4, "First").await.unwrap(), 1);
    // An operation on something that is gone changes nothing.
    let r = post(
        &app,
        &author,
        CONTENT,
        &edit,
        &[("draft_revision", "4"), ("title", "Mood today"), ("op", "remove_item:q9")],
    )
    .await;
    assert_eq!(r.status(), 422);
}
both_backends!(authors_build_a_questionnaire_in_the_editor);

/// A module's preview goes page by page, as a client moves through it.
async fn a_module_previews_page_by_page(app: TestApp) {
    use crate::support::{body, get};
    let s = setup(&app).await;
    let module = include_str!("../../content/sleep-module.en.json");
    let tool = content::import(&app.kalm, &s.author, &s.content, module).await.unwrap();
    let author = app.login(CONTENT, "author@modules.test").await;
    let first = body(get(&app, &author, CONTENT, &format!("/tools/{}/preview", tool.id)).await).await;
    assert!(first.contains("Page 1 of 6") && first.contains(&format!("href=\"/tools/{}/preview?page=2\"", tool.id)));
    assert!(!first.contains("Previous page"), "nothing before the first page");
    let last = body(get(&app, &author, CONTENT, &format!("/tools/{}/preview?page=99", tool.id)).await).await;
    assert!(last.contains("Page 6 of 6") && last.contains("Previous page") && !last.contains("Next page"), "{last}");
}
both_backends!(a_module_previews_page_by_page);
