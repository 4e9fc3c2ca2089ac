//! The Host header selects the platform; nothing crosses from one to another.

use std::sync::Arc;

use kalm_testkit::{PASSWORD, TestApp, both_backends};
use serde_json::json;

use crate::support::{body, get, location, post};

async fn unknown_hosts_get_a_404_page(app: TestApp) {
    app.platform("Alpha Care", "alpha.test").await;
    let client = app.client("nowhere.test");
    let response = get(&app, &client, "nowhere.test", "/login").await;
    assert_eq!(response.status(), 404);
    let html = body(response).await;
    assert!(html.contains("This page does not exist"), "{html}");
    assert!(!html.contains("Alpha Care"));
}
both_backends!(unknown_hosts_get_a_404_page);

async fn host_selects_platform_case_insensitively_ignoring_port(app: TestApp) {
    app.platform("Alpha Care", "alpha.test").await;
    app.platform("Beta Care", "beta.test").await;
    let client = app.client("alpha.test");
    let response = client
        .get(app.url("alpha.test", "/login"))
        .header("host", format!("ALPHA.Test:{}", app.address.port()))
        .send()
        .await
        .unwrap();
    let html = body(response).await;
    assert!(html.contains("Alpha Care") && !html.contains("Beta Care"));
    let html = body(get(&app, &app.client("beta.test"), "beta.test", "/login").await).await;
    assert!(html.contains("Beta Care") && !html.contains("Alpha Care"));
}
both_backends!(host_selects_platform_case_insensitively_ignoring_port);

async fn forwarded_host_from_an_untrusted_peer_is_ignored(app: TestApp) {
    app.platform("Alpha Care", "alpha.test").await;
    app.platform("Beta Care", "beta.test").await;
    let client = app.client("alpha.test");
    let response = client
        .get(app.url("alpha.test", "/login"))
        .header("x-forwarded-host", "beta.test")
        .header("forwarded", "host=beta.test")
        .send()
        .await
        .unwrap();
    let html = body(response).await;
    assert!(html.contains("Alpha Care") && !html.contains("Beta Care"));
}
both_backends!(forwarded_host_from_an_untrusted_peer_is_ignored);

async fn a_session_of_one_platform_is_worthless_on_another(app: TestApp) {
    let alpha = app.platform("Alpha Care", "alpha.test").await;
    app.platform("Beta Care", "beta.test").await;
    app.account(&alpha, "professional", "professional,application_manager", "am@alpha.test").await;
    let client = app.client("alpha.test");
    let response =
        post(&app, &client, "alpha.test", "/login", &[("email", "am@alpha.test"), ("password", PASSWORD)]).await;
    let cookie = response.headers().get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_owned();
    // Replay the cookie by hand on the other platform's host.
    let stranger = app.client("beta.test");
    let response = stranger.get(app.url("beta.test", "/accounts")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/login");
    let response =
        stranger.get(app.url("beta.test", "/api/v1/accounts")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(response.status(), 401);
}
both_backends!(a_session_of_one_platform_is_worthless_on_another);

async fn the_same_address_may_exist_on_two_platforms(app: TestApp) {
    let alpha = app.platform("Alpha Care", "alpha.test").await;
    let beta = app.platform("Beta Care", "beta.test").await;
    app.account(&alpha, "client", "", "Sam@Example.org").await;
    app.account(&beta, "client", "", "sam@example.org").await;
    let again = kalm_testkit::kalm_app::accounts::create(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &alpha,
        &kalm_testkit::kalm_app::accounts::AccountInput {
            account_type: "client".into(),
            first_name: "Sam".into(),
            last_name: "Other".into(),
            email: "SAM@example.ORG".into(),
            ..Default::default()
        },
        None,
    )
    .await;
    assert_eq!(again.err().map(|e| e.code()), Some("email_taken"));
}
both_backends!(the_same_address_may_exist_on_two_platforms);

/// An error page keeps the chrome its handler gave: the platform's name and,
/// for someone signed in, the menu and "Log out".
async fn error_pages_keep_their_chrome(app: TestApp) {
    let platform = app.platform("Harbour Care", "harbour.test").await;
    app.account(&platform, "client", "", "c@harbour.test").await;
    let client = app.login("harbour.test", "c@harbour.test").await;
    let r = client.get(app.url("harbour.test", "/email/confirm/not-a-real-link")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    let page = r.text().await.unwrap();
    assert!(page.contains("does not work"), "the error is said: {page}");
    assert!(page.contains("Harbour Care") && page.contains("Log out"), "in the platform's chrome: {page}");
}
both_backends!(error_pages_keep_their_chrome);

/// A signed-in request takes its platform from the node's cache, confirmed
/// by the session's own statement: a rename or a domain move made on
/// another node shows on this node's very next request.
async fn a_platform_changed_on_another_node_is_seen_at_once(app: TestApp) {
    use kalm_testkit::kalm_app::{Caller, Kalm, ManualClock, OsRandomness, Store, configurations, platforms};
    use kalm_testkit::kalm_domain::configurations::ConfigurationKey;
    let platform = app.platform("Harbour Care", "harbour.test").await;
    app.account(&platform, "client", "", "c@harbour.test").await;
    let client = app.login("harbour.test", "c@harbour.test").await;
    let home = |client: reqwest::Client, host: &'static str| {
        let url = app.url(host, "/");
        async move { client.get(url).send().await.unwrap() }
    };
    let first = home(client.clone(), "harbour.test").await;
    assert_eq!(first.status(), 200);
    assert!(body(first).await.contains("Harbour Care"));
    // The other node: its own store and caches, the same database.
    let store = Store::connect(&app.database_url).await.unwrap();
    let other =
        Kalm::new(store, Arc::new(ManualClock::new(kalm_testkit::start_of_time())), Arc::new(OsRandomness)).unwrap();
    platforms::update(
        &other,
        &Caller::command_line(),
        &platform,
        &platforms::PlatformChange { name: Some("Lighthouse Care".into()), ..Default::default() },
    )
    .await
    .unwrap();
    let renamed = home(client.clone(), "harbour.test").await;
    assert_eq!(renamed.status(), 200);
    let html = body(renamed).await;
    assert!(html.contains("Lighthouse Care") && !html.contains("Harbour Care"), "{html}");
    let new_domain = json!("lighthouse.test");
    let change = configurations::Change {
        value: Some(&new_domain),
        available: None,
        reason: Some("new name"),
        note: None,
        confirmed: false,
    };
    configurations::change(&other, &Caller::command_line(), platform.id, ConfigurationKey::Domain, change)
        .await
        .unwrap();
    let moved = home(client.clone(), "harbour.test").await;
    assert_eq!(moved.status(), 404, "the old host is no platform's any more, session or not");
    let html = body(get(&app, &app.client("lighthouse.test"), "lighthouse.test", "/login").await).await;
    assert!(html.contains("Lighthouse Care"), "{html}");
    other.store.close().await;
}
both_backends!(a_platform_changed_on_another_node_is_seen_at_once);
