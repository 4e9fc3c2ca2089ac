//! The JSON API: authentication, errors, the same rules as the pages, and
//! the OpenAPI document.

use std::collections::BTreeSet;

use kalm_testkit::{ADMIN_HOST, TestApp, both_backends};
use serde_json::{Value, json};

const HOST: &str = "care.test";

async fn token(app: &TestApp) -> String {
    app.operator("desk@kalm.test").await;
    kalm_testkit::kalm_app::operators::create_token(&app.kalm, "desk@kalm.test", "tests", Default::default())
        .await
        .unwrap()
        .token
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

/// Behind a proxy with Basic authentication the browser adds
/// `Authorization: Basic …` to every request, cross-site ones included.
async fn basic_authorization_is_no_pass_and_no_session(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let client_account = app.account(&platform, "client", "", "c@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let basic = "Basic cHJveHk6cGFzc3dvcmQ=";
    let r = manager
        .post(app.url(HOST, &format!("/api/v1/accounts/{}/deactivate", client_account.id)))
        .header("origin", "http://evil.test")
        .header("authorization", basic)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "the origin check still applies");
    let r = manager
        .post(app.url(HOST, &format!("/api/v1/accounts/{}/deactivate", client_account.id)))
        .header("sec-fetch-site", "cross-site")
        .header("authorization", basic)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    // Not signed in by the cookie either, even from the same origin.
    let r = manager
        .get(app.url(HOST, &format!("/api/v1/accounts/{}", client_account.id)))
        .header("authorization", basic)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let r = manager.get(app.url(HOST, &format!("/api/v1/accounts/{}", client_account.id))).send().await.unwrap();
    assert_eq!(r.status(), 200, "the session itself is intact");
    app.operator("desk@kalm.test").await;
    let console = app.login(ADMIN_HOST, "desk@kalm.test").await;
    let r = console.get(app.url(ADMIN_HOST, "/api/v1/platforms")).header("authorization", basic).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let r = console.get(app.url(ADMIN_HOST, "/api/v1/platforms")).send().await.unwrap();
    assert_eq!(r.status(), 200);
}
both_backends!(basic_authorization_is_no_pass_and_no_session);

const METHODS: [&str; 5] = ["get", "put", "post", "patch", "delete"];

/// The API routes the router is built with, read from the `.route("…",
/// get(a).post(b))` calls in kalm-web's api modules: what the server
/// answers, found without a list kept by hand.
fn routed_operations() -> BTreeSet<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../kalm-web/src/api");
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for piece in text.split(".route(\"").skip(1) {
            let (path, rest) = piece.split_once('"').unwrap();
            // The method chain runs to the parenthesis that closes `.route(`.
            let mut depth = 1;
            let end = rest
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '(' => 1,
                        ')' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map_or(rest.len(), |(i, _)| i);
            let chain = &rest[..end];
            for method in METHODS {
                let called = chain
                    .match_indices(&format!("{method}("))
                    .any(|(i, _)| i == 0 || !chain[..i].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_'));
                if called {
                    out.insert((path.to_owned(), method.to_owned()));
                }
            }
        }
    }
    out
}

fn documented_operations(doc: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in METHODS {
            if item.get(method).is_some() {
                out.insert((path.clone(), method.to_owned()));
            }
        }
    }
    out
}

/// Whether an answer is the router saying it has no such route or method,
/// rather than a handler's answer.
async fn unrouted(r: reqwest::Response) -> bool {
    let status = r.status().as_u16();
    let body: Value = r.json().await.unwrap_or(Value::Null);
    status == 405 || (status == 404 && body["error"] == "route_not_found")
}

async fn every_documented_operation_is_routed_and_every_route_documented(app: TestApp) {
    let token = token(&app).await;
    app.platform("Care", HOST).await;
    let doc: Value =
        app.client(HOST).get(app.url(HOST, "/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
    let documented = documented_operations(&doc);
    assert!(documented.len() > 20, "{documented:?}");

    // Every documented operation reaches a handler on one of the two hosts.
    // Every path parameter gets a fresh UUID and every body is `{}`: the
    // handler may refuse them (404, 422), but not the router.
    let send = |host: &'static str, method: &str, path: &str, body: bool| {
        let url = app.url(host, path);
        let mut request = app.client(host).request(method.to_uppercase().parse().unwrap(), url).bearer_auth(&token);
        if body {
            request = request.json(&json!({}));
        }
        request.send()
    };
    let mut hosts = std::collections::BTreeMap::new();
    let mut problems = Vec::new();
    for (template, method) in &documented {
        let operation = &doc["paths"][template][method];
        let mut path = template.clone();
        while let Some(start) = path.find('{') {
            let end = path[start..].find('}').unwrap() + start;
            path.replace_range(start..=end, &uuid::Uuid::new_v4().to_string());
        }
        let body = operation.get("requestBody").is_some();
        let mut routed_on = None;
        for host in [HOST, ADMIN_HOST] {
            if !unrouted(send(host, method, &path, body).await.unwrap()).await {
                routed_on = Some(host);
                break;
            }
        }
        match routed_on {
            Some(host) => {
                hosts.insert(template.clone(), host);
            }
            None => problems.push(format!("{} {template} is documented but not routed", method.to_uppercase())),
        }
        // What the document says about the operation's parameters and refusals.
        let parameters = operation["parameters"].as_array().cloned().unwrap_or_default();
        // Headers (If-Match) are described, not placed: only path and query
        // parameters are checked here.
        for parameter in parameters.iter().filter(|p| p["in"] != "header") {
            let name = parameter["name"].as_str().unwrap();
            let in_template = template.contains(&format!("{{{name}}}"));
            let expected = if in_template { ("path", true) } else { ("query", false) };
            let found = (parameter["in"].as_str().unwrap(), parameter["required"].as_bool().unwrap_or(false));
            if found != expected {
                problems.push(format!("{method} {template}: parameter {name} is {found:?}, should be {expected:?}"));
            }
        }
        let responses = operation["responses"].as_object().unwrap();
        let mut needed = Vec::new();
        if operation["security"].as_array().is_some_and(|s| !s.is_empty()) {
            needed.extend(["401", "403"]);
        }
        if template.contains('{') {
            needed.push("404");
        }
        if !parameters.is_empty() {
            needed.push("400");
        }
        if body {
            needed.extend(["413", "415", "422"]);
        }
        for status in needed {
            match responses.get(status) {
                Some(r) if r["content"]["application/json"]["schema"]["$ref"] == "#/components/schemas/ApiError" => {}
                _ => problems.push(format!("{method} {template}: {status} with an ApiError body not documented")),
            }
        }
    }

    // Every API route the router is built with is documented, and no
    // documented path answers a method the document does not list.
    let routed = routed_operations();
    assert!(routed.len() > 20, "the route scan found too little: {routed:?}");
    for (path, method) in &routed {
        // The document itself, and the catch-all that answers route_not_found.
        if path == "/api/v1/openapi.json" || path.contains("{*") {
            continue;
        }
        if !documented.contains(&(path.clone(), method.clone())) {
            problems.push(format!("{} {path} is routed but not documented", method.to_uppercase()));
        }
    }
    for (template, host) in &hosts {
        let path = template.replace(['{', '}'], "");
        for method in METHODS {
            if documented.contains(&(template.clone(), method.to_owned())) {
                continue;
            }
            let r = send(host, method, &path, false).await.unwrap();
            if r.status() != 405 {
                problems.push(format!(
                    "{} {template} answers {} but is not documented",
                    method.to_uppercase(),
                    r.status()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let error = &schemas["ApiError"];
    assert_eq!(error["required"], json!(["error", "message"]));
    assert!(error["properties"]["field"].is_object());
}
both_backends!(every_documented_operation_is_routed_and_every_route_documented);

/// Fetches `url` and checks its body against the document's schema for
/// `method template` and the answer's status.
async fn conforms(doc: &Value, request: reqwest::RequestBuilder, method: &str, template: &str) -> Value {
    let r = request.send().await.unwrap();
    let status = r.status().as_u16().to_string();
    let body: Value = r.json().await.unwrap();
    let response = &doc["paths"][template][method]["responses"][&status];
    let schema = &response["content"]["application/json"]["schema"];
    assert!(schema.is_object(), "{method} {template}: status {status} not documented: {body}");
    let problems = crate::schema_check::violations(doc, schema, &body);
    assert!(problems.is_empty(), "{method} {template} ({status}): {problems:#?}\n{body:#}");
    body
}

async fn responses_match_their_documented_schemas(app: TestApp) {
    let token = token(&app).await;
    let admin = app.client(ADMIN_HOST);
    let api = app.client(HOST);
    let doc: Value = admin.get(app.url(ADMIN_HOST, "/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    let on_admin = |path: &str| admin.get(app.url(ADMIN_HOST, path)).bearer_auth(&token);
    let on_platform = |path: &str| api.get(app.url(HOST, path)).bearer_auth(&token);
    let create = |body: Value| admin.post(app.url(ADMIN_HOST, "/api/v1/platforms")).bearer_auth(&token).json(&body);
    let platform = conforms(
        &doc,
        create(json!({ "name": "Care", "domain": HOST, "language": "nl" })),
        "post",
        "/api/v1/platforms",
    )
    .await;
    // A content platform is charged for: the ledger has a row.
    conforms(
        &doc,
        create(json!({ "name": "Texts", "domain": "texts.test", "language": "en", "kind": "content" })),
        "post",
        "/api/v1/platforms",
    )
    .await;
    let care =
        kalm_testkit::kalm_app::platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST)
            .await
            .unwrap();
    app.account(&care, "professional", "professional,application_manager", "am@care.test").await;
    let pro = app.account(&care, "professional", "professional", "p@care.test").await;
    let client_account = app.account(&care, "client", "", "c@care.test").await;
    let relation = format!("/api/v1/accounts/{}/professionals/{}", client_account.id, pro.id);
    let r = api.put(app.url(HOST, &relation)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 204);
    // Values of every JSON type: a list of languages, a switch, the domain.
    let languages = app.url(ADMIN_HOST, &format!("/api/v1/platforms/{HOST}/configurations/languages"));
    let change = json!({ "available": true, "value": ["nl", "en"] });
    let r = admin.put(&languages).bearer_auth(&token).json(&change).send().await.unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());

    let id = platform["id"].as_str().unwrap();
    conforms(&doc, on_admin("/api/v1/platforms"), "get", "/api/v1/platforms").await;
    conforms(&doc, on_admin(&format!("/api/v1/platforms/{id}")), "get", "/api/v1/platforms/{id}").await;
    conforms(&doc, on_admin("/api/v1/platforms/nowhere.test"), "get", "/api/v1/platforms/{id}").await;
    let all = conforms(
        &doc,
        on_admin(&format!("/api/v1/platforms/{id}/configurations")),
        "get",
        "/api/v1/platforms/{id}/configurations",
    )
    .await;
    let kinds: BTreeSet<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|c| match &c["value"] {
            Value::Array(_) => "array",
            Value::Bool(_) => "boolean",
            Value::String(_) => "string",
            Value::Object(_) => "object",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, BTreeSet::from(["array", "boolean", "object", "string"]), "every kind of value is checked");
    let template = "/api/v1/platforms/{id}/configurations/{key}";
    conforms(&doc, on_admin(&format!("/api/v1/platforms/{id}/configurations/languages")), "get", template).await;
    let charges = conforms(&doc, on_admin("/api/v1/charges"), "get", "/api/v1/charges").await;
    assert!(!charges.as_array().unwrap().is_empty());
    conforms(&doc, on_admin("/api/v1/charges?since=2026-01-01&platform=texts.test"), "get", "/api/v1/charges").await;
    conforms(&doc, on_admin("/api/v1/charges?since=soon"), "get", "/api/v1/charges").await;

    let list = conforms(&doc, on_platform("/api/v1/accounts"), "get", "/api/v1/accounts").await;
    assert_eq!(list.as_array().unwrap().len(), 3);
    conforms(&doc, on_platform("/api/v1/accounts?type=client&limit=5&offset=0"), "get", "/api/v1/accounts").await;
    conforms(&doc, on_platform("/api/v1/accounts?limit=five"), "get", "/api/v1/accounts").await;
    let detail =
        conforms(&doc, on_platform(&format!("/api/v1/accounts/{}", client_account.id)), "get", "/api/v1/accounts/{id}")
            .await;
    assert_eq!(detail["professionals"].as_array().unwrap().len(), 1);
    conforms(&doc, on_platform(&format!("/api/v1/accounts/{}", uuid::Uuid::new_v4())), "get", "/api/v1/accounts/{id}")
        .await;
    conforms(
        &doc,
        on_platform(&format!("/api/v1/accounts/{}/two-factor", pro.id)),
        "get",
        "/api/v1/accounts/{id}/two-factor",
    )
    .await;
    conforms(&doc, on_platform("/api/v1/configurations"), "get", "/api/v1/configurations").await;
    conforms(&doc, on_platform("/api/v1/configurations/languages"), "get", "/api/v1/configurations/{key}").await;
    let preview = conforms(
        &doc,
        on_platform("/api/v1/inactivity/preview?professionals=365&clients=730"),
        "get",
        "/api/v1/inactivity/preview",
    )
    .await;
    assert_eq!(preview["professionals"]["days"], 365);
    conforms(&doc, on_platform("/api/v1/inactivity/preview?professionals=-1"), "get", "/api/v1/inactivity/preview")
        .await;
    conforms(&doc, api.get(app.url(HOST, "/api/v1/accounts")), "get", "/api/v1/accounts").await;
}
both_backends!(responses_match_their_documented_schemas);

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
    assert_eq!(refusal(r).await, refused(422, "unknown_field", Some("domain")), "unknown fields are refused");
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
