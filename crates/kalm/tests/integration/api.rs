//! The JSON API: authentication, errors, the same rules as the pages, and
//! the OpenAPI document.

use kalm_testkit::{ADMIN_HOST, TestApp, both_backends};
use serde_json::{Value, json};

const HOST: &str = "care.test";

async fn token(app: &TestApp) -> String {
    app.operator("desk@kalm.test").await;
    kalm_testkit::kalm_app::operators::create_token(&app.kalm, "desk@kalm.test", "tests").await.unwrap()
}

async fn operators_script_platforms_and_accounts_with_a_token(app: TestApp) {
    let token = token(&app).await;
    let admin = app.client(ADMIN_HOST);
    let r = admin
        .post(app.url(ADMIN_HOST, "/api/v1/platforms"))
        .bearer_auth(&token)
        .json(&json!({ "name": "Care", "domain": "Care.Test", "language": "nl" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let platform: Value = r.json().await.unwrap();
    assert_eq!((platform["domain"].as_str(), platform["kind"].as_str()), (Some(HOST), Some("care")));
    let r = admin
        .post(app.url(ADMIN_HOST, "/api/v1/platforms"))
        .bearer_auth(&token)
        .json(&json!({ "name": "Again", "domain": HOST, "language": "nl" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "domain_taken");

    let api = app.client(HOST);
    let r = api
        .post(app.url(HOST, "/api/v1/accounts"))
        .bearer_auth(&token)
        .json(&json!({ "type": "professional", "roles": ["professional", "application_manager"], "first_name": "Ada", "last_name": "Manager", "email": "ada@care.test" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let created: Value = r.json().await.unwrap();
    assert_eq!(created["account"]["status"], "invited");
    assert_eq!(created["account"]["language"], "nl", "the platform's language by default");
    assert!(created["activation_url"].as_str().unwrap().contains("/activate/"));
    let r = api.get(app.url(HOST, "/api/v1/accounts?type=professional")).bearer_auth(&token).send().await.unwrap();
    let list: Value = r.json().await.unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
}
both_backends!(operators_script_platforms_and_accounts_with_a_token);

async fn errors_are_json_with_stable_codes(app: TestApp) {
    let token = token(&app).await;
    app.platform("Care", HOST).await;
    let api = app.client(HOST);
    let r = api.get(app.url(HOST, "/api/v1/accounts")).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(
        r.json::<Value>().await.unwrap(),
        json!({ "error": "not_signed_in", "message": "Please log in first." })
    );
    let r = api.get(app.url(HOST, "/api/v1/accounts")).bearer_auth("kalm_forged").send().await.unwrap();
    assert_eq!(r.status(), 401);
    let r = api
        .post(app.url(HOST, "/api/v1/accounts"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "invalid_json");
    let r = api
        .post(app.url(HOST, "/api/v1/accounts"))
        .bearer_auth(&token)
        .json(&json!({ "type": "client", "first_name": "", "last_name": "X", "email": "x@care.test" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "first_name_empty");
    let r = api.get(app.url(HOST, "/api/v1/accounts?type=doctor")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "account_type_unknown");
    let r = api.get(app.url(HOST, "/api/v1/nothing-here")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "route_not_found");
}
both_backends!(errors_are_json_with_stable_codes);

async fn sessions_work_for_the_api_with_the_same_permissions(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let client_account = app.account(&platform, "client", "", "c@care.test").await;
    let pro = app.account(&platform, "professional", "professional", "p@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let r = manager
        .put(app.url(HOST, &format!("/api/v1/accounts/{}/professionals/{}", client_account.id, pro.id)))
        .header("origin", format!("http://{HOST}:{}", app.address.port()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let detail: Value = manager
        .get(app.url(HOST, &format!("/api/v1/accounts/{}", client_account.id)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(detail["professionals"][0]["email"], "p@care.test");
    // A cookie-authenticated call from another site is refused.
    let r = manager
        .post(app.url(HOST, &format!("/api/v1/accounts/{}/deactivate", client_account.id)))
        .header("origin", "http://evil.test")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    // Deactivation and reactivation through the API.
    let origin = format!("http://{HOST}:{}", app.address.port());
    for (action, status) in [("deactivate", "deactivated"), ("reactivate", "active")] {
        let url = app.url(HOST, &format!("/api/v1/accounts/{}/{action}", client_account.id));
        let r = manager.post(url).header("origin", &origin).send().await.unwrap();
        assert_eq!(r.status(), 200, "{action}");
        assert_eq!(r.json::<Value>().await.unwrap()["status"], status, "{action}");
    }
    let client = app.login(HOST, "c@care.test").await;
    let r = client.post(app.url(HOST, &format!("/api/v1/accounts/{}/deactivate", pro.id))).send().await.unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "not_allowed");
    let r = client.post(app.url(HOST, &format!("/api/v1/accounts/{}/reactivate", pro.id))).send().await.unwrap();
    assert_eq!(r.status(), 403, "a client reactivates nobody");
    let r = client.get(app.url(HOST, "/api/v1/accounts")).send().await.unwrap();
    assert_eq!(r.status(), 403);
}
both_backends!(sessions_work_for_the_api_with_the_same_permissions);

async fn the_openapi_document_lists_every_route(app: TestApp) {
    app.platform("Care", HOST).await;
    let doc: Value =
        app.client(HOST).get(app.url(HOST, "/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
    let paths = doc["paths"].as_object().unwrap();
    for path in [
        "/api/v1/accounts",
        "/api/v1/accounts/{id}",
        "/api/v1/accounts/{id}/roles",
        "/api/v1/accounts/{id}/deactivate",
        "/api/v1/accounts/{id}/reactivate",
        "/api/v1/accounts/{id}/activation-link",
        "/api/v1/accounts/{id}/professionals/{professional_id}",
        "/api/v1/platforms",
        "/api/v1/platforms/{id}",
        "/api/v1/configurations",
        "/api/v1/configurations/{key}",
        "/api/v1/platforms/{id}/configurations",
        "/api/v1/platforms/{id}/configurations/{key}",
        "/api/v1/charges",
        "/api/v1/inactivity/preview",
    ] {
        assert!(paths.contains_key(path), "{path} missing");
    }
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
}
both_backends!(the_openapi_document_lists_every_route);

async fn operators_rename_a_platform_and_change_its_language(app: TestApp) {
    use kalm_testkit::kalm_app::audit::{self, AuditFilter};
    use kalm_testkit::kalm_domain::audit::AuditAction;
    let token = token(&app).await;
    let platform = app.platform("Care", HOST).await;
    let admin = app.client(ADMIN_HOST);
    let url = app.url(ADMIN_HOST, &format!("/api/v1/platforms/{}", platform.id));
    let r = admin
        .patch(&url)
        .bearer_auth(&token)
        .json(&json!({ "name": "Care Two", "language": "de" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let updated: Value = r.json().await.unwrap();
    assert_eq!((updated["name"].as_str(), updated["default_language"].as_str()), (Some("Care Two"), Some("de")));
    // By domain, one field at a time: the other keeps its value.
    let by_domain = app.url(ADMIN_HOST, &format!("/api/v1/platforms/{HOST}"));
    let r = admin.patch(&by_domain).bearer_auth(&token).json(&json!({ "language": "fr" })).send().await.unwrap();
    let updated: Value = r.json().await.unwrap();
    assert_eq!((updated["name"].as_str(), updated["default_language"].as_str()), (Some("Care Two"), Some("fr")));
    let log = audit::list_on_server(&app.kalm, &AuditFilter { limit: 1000, ..AuditFilter::default() }).await.unwrap();
    let entries: Vec<_> = log.iter().filter(|e| e.action == AuditAction::PlatformUpdated).collect();
    assert_eq!(entries.len(), 2, "one audit entry per change");
    assert_eq!(entries[0].actor_label.as_deref(), Some("desk@kalm.test"));
    // Refusals: unknown fields, bad values, empty names, unknown platforms, no token.
    let r = admin.patch(&url).bearer_auth(&token).json(&json!({ "domain": "other.test" })).send().await.unwrap();
    assert_eq!(r.status(), 422, "unknown fields are refused");
    let r = admin.patch(&url).bearer_auth(&token).json(&json!({ "language": "xx" })).send().await.unwrap();
    assert_eq!(
        (r.status().as_u16(), r.json::<Value>().await.unwrap()["error"].clone()),
        (422, json!("language_unknown"))
    );
    let r = admin.patch(&url).bearer_auth(&token).json(&json!({ "name": " " })).send().await.unwrap();
    assert_eq!(
        (r.status().as_u16(), r.json::<Value>().await.unwrap()["error"].clone()),
        (422, json!("platform_name_empty"))
    );
    let r = admin.patch(&url).bearer_auth(&token).json(&json!({ "language": "" })).send().await.unwrap();
    assert_eq!(r.status(), 422, "an empty language is not \"keep\"");
    let nowhere = app.url(ADMIN_HOST, "/api/v1/platforms/nowhere.test");
    let r = admin.patch(&nowhere).bearer_auth(&token).json(&json!({ "name": "X" })).send().await.unwrap();
    assert_eq!(
        (r.status().as_u16(), r.json::<Value>().await.unwrap()["error"].clone()),
        (404, json!("platform_not_found"))
    );
    let r = admin.patch(&url).json(&json!({ "name": "X" })).send().await.unwrap();
    assert_eq!(r.status(), 401);
    // A console session works as well (same origin).
    let console = app.login(ADMIN_HOST, "desk@kalm.test").await;
    let r = console
        .patch(&url)
        .header("origin", format!("http://{ADMIN_HOST}:{}", app.address.port()))
        .json(&json!({ "name": "Care Three" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let shown: Value = admin.get(&url).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert_eq!(shown["name"], "Care Three");
}
both_backends!(operators_rename_a_platform_and_change_its_language);

/// Status, code and field of an API answer, checking that it is the API's JSON error.
async fn refusal(r: reqwest::Response) -> (u16, String, Option<String>) {
    let status = r.status().as_u16();
    let kind = r.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let text = r.text().await.unwrap();
    assert!(kind.starts_with("application/json"), "{status} {kind}: {text}");
    let body: Value = serde_json::from_str(&text).unwrap();
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()), "{body}");
    (status, body["error"].as_str().unwrap().to_owned(), body["field"].as_str().map(str::to_owned))
}

fn refused(status: u16, code: &str, field: Option<&str>) -> (u16, String, Option<String>) {
    (status, code.to_owned(), field.map(str::to_owned))
}

async fn api_refusals_name_the_status_code_and_field(app: TestApp) {
    let token = token(&app).await;
    let platform = app.platform("Care", HOST).await;
    let client_account = app.account(&platform, "client", "", "c@care.test").await;
    let api = app.client(HOST);
    let accounts = app.url(HOST, "/api/v1/accounts");
    let valid = json!({ "type": "professional", "roles": ["professional"], "first_name": "A", "last_name": "B", "email": "a@care.test" });

    // A body over the 2 MB limit.
    let big = json!({ "type": "client", "first_name": "x".repeat(3 * 1024 * 1024), "last_name": "B", "email": "b@care.test" });
    // Its own client: the server closes the connection rather than read the rest.
    let r = app.client(HOST).post(&accounts).bearer_auth(&token).json(&big).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(413, "body_too_large", None));
    // Missing or wrong content type.
    let r = api.post(&accounts).bearer_auth(&token).body(valid.to_string()).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(415, "unsupported_media_type", None));
    let r = api
        .post(&accounts)
        .bearer_auth(&token)
        .header("content-type", "text/plain")
        .body(valid.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(refusal(r).await, refused(415, "unsupported_media_type", None));
    // Values of the wrong type, missing and unknown fields: the field is named.
    let mut wrong = valid.clone();
    wrong["roles"] = json!("professional");
    let r = api.post(&accounts).bearer_auth(&token).json(&wrong).send().await.unwrap();
    let (status, code, field) = refusal(r).await;
    assert_eq!((status, code.as_str(), field.as_deref()), (422, "invalid_field", Some("roles")));
    wrong["roles"] = json!(["professional", 7]);
    let r = api.post(&accounts).bearer_auth(&token).json(&wrong).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(422, "invalid_field", Some("roles[1]")));
    let mut missing = valid.clone();
    missing.as_object_mut().unwrap().remove("email");
    let r = api.post(&accounts).bearer_auth(&token).json(&missing).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(422, "missing_field", Some("email")));
    let admin = app.client(ADMIN_HOST);
    let configuration = app.url(ADMIN_HOST, &format!("/api/v1/platforms/{HOST}/configurations/two_factor"));
    let r = admin.put(&configuration).bearer_auth(&token).json(&json!({ "available": "yes" })).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(422, "invalid_field", Some("available")));
    let r = admin.put(&configuration).bearer_auth(&token).json(&json!({ "availabel": true })).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(422, "unknown_field", Some("availabel")));
    let r = api
        .post(&accounts)
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(refusal(r).await, refused(422, "invalid_json", None));
    // Query parameters that do not parse.
    let r = api.get(app.url(HOST, "/api/v1/accounts?limit=many")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(400, "invalid_query", Some("limit")));
    let r = api.get(app.url(HOST, "/api/v1/accounts?offset=-")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(400, "invalid_query", Some("offset")));
    // Path parameters that do not parse.
    let r = api.get(app.url(HOST, "/api/v1/accounts/not-an-id")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(400, "invalid_path", Some("id")));
    let relation = format!("/api/v1/accounts/{}/professionals/nobody", client_account.id);
    let r = api.put(app.url(HOST, &relation)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(400, "invalid_path", Some("professional_id")));
    // A method the route does not take, a cross-site call, an unknown host.
    let r = admin.delete(app.url(ADMIN_HOST, "/api/v1/platforms")).bearer_auth(&token).send().await.unwrap();
    assert!(r.headers().contains_key("allow"));
    assert_eq!(refusal(r).await, refused(405, "method_not_allowed", None));
    let manager = app.login(HOST, "c@care.test").await;
    let deactivate = app.url(HOST, &format!("/api/v1/accounts/{}/deactivate", client_account.id));
    let r = manager.post(&deactivate).header("origin", "http://evil.test").send().await.unwrap();
    assert_eq!(refusal(r).await, refused(403, "cross_origin_refused", None));
    let r = app.client("nowhere.test").get(app.url("nowhere.test", "/api/v1/accounts")).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(404, "host_unknown", None));
    // Without the database: JSON still, on both hosts; pages stay pages.
    app.kalm.store.close().await;
    let r = api.get(&accounts).bearer_auth(&token).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(503, "database_unavailable", None));
    let r = admin.get(app.url(ADMIN_HOST, "/api/v1/platforms")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(refusal(r).await, refused(503, "database_unavailable", None));
    let r = api.get(app.url(HOST, "/login")).send().await.unwrap();
    assert_eq!(r.status(), 503);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
}
both_backends!(api_refusals_name_the_status_code_and_field);
