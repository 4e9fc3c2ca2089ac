//! Configurations: availability, who may change what, charges, history, the
//! settings every feature reads, and the pages.

use std::sync::Arc;

use kalm_testkit::kalm_app::configurations;
use kalm_testkit::kalm_app::{Kalm, ManualClock, OsRandomness, Store, platforms};
use kalm_testkit::kalm_domain::audit::AuditAction;
use kalm_testkit::kalm_domain::configurations::TwoFactorRule;
use kalm_testkit::{ADMIN_HOST, TestApp, both_backends};
use serde_json::{Value, json};

use crate::support::{body, get, location, post};

const HOST: &str = "care.test";

async fn token(app: &TestApp) -> String {
    app.operator("desk@kalm.test").await;
    kalm_testkit::kalm_app::operators::create_token(&app.kalm, "desk@kalm.test", "tests", Default::default())
        .await
        .unwrap()
        .token
}

async fn operator_put(app: &TestApp, token: &str, key: &str, body: Value) -> (u16, Value) {
    operator_put_on(app, token, HOST, key, body).await
}

async fn operator_put_on(app: &TestApp, token: &str, platform: &str, key: &str, body: Value) -> (u16, Value) {
    let r = app
        .client(ADMIN_HOST)
        .put(app.url(ADMIN_HOST, &format!("/api/v1/platforms/{platform}/configurations/{key}")))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

async fn availability_permissions_and_charges_through_the_api(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    let token = token(&app).await;
    let manager = app.login(HOST, "am@care.test").await;
    // Signed in before two-factor becomes required below.
    let professional = app.login(HOST, "pro@care.test").await;
    let own = |client: &kalm_testkit::reqwest::Client, path: &str| client.get(app.url(HOST, path)).send();

    // Nothing is available yet: the manager sees only what is always in effect.
    let list: Value = own(&manager, "/api/v1/configurations").await.unwrap().json().await.unwrap();
    let keys: Vec<&str> = list.as_array().unwrap().iter().map(|c| c["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["email_greeting", "email_signature", "domain"]);
    let value =
        json!({ "professionals": "required", "remember_device": "12_hours", "clients": "optional", "friends": "off" });
    let r = manager.put(app.url(HOST, "/api/v1/configurations/two_factor")).json(&value).send().await.unwrap();
    assert_eq!(r.status(), 400 + 3, "not available, so not editable");

    let (status, out) =
        operator_put(&app, &token, "two_factor", json!({ "available": true, "note": "order 1234" })).await;
    assert_eq!((status, out["available"].as_bool()), (200, Some(true)));
    // Making it available twice charges once.
    operator_put(&app, &token, "two_factor", json!({ "available": true })).await;

    let r = manager.put(app.url(HOST, "/api/v1/configurations/two_factor")).json(&value).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let out: Value = r.json().await.unwrap();
    assert_eq!(out["value"]["professionals"], "required");
    let fresh = platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST).await.unwrap();
    assert_eq!(
        kalm_testkit::kalm_app::settings::current(&app.kalm, &fresh).await.unwrap().two_factor.professionals,
        TwoFactorRule::Required
    );

    // Bad values name the field and the range; nothing is stored.
    let r = manager
        .put(app.url(HOST, "/api/v1/configurations/two_factor"))
        .json(&json!({ "professionals": "always", "remember_device": "12_hours", "clients": "optional", "friends": "off" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let err: Value = r.json().await.unwrap();
    assert_eq!((err["error"].as_str(), err["field"].as_str()), (Some("configuration_invalid"), Some("professionals")));
    assert!(err["message"].as_str().unwrap().contains("off, optional, required"), "{err}");
    let (status, err) = operator_put(
        &app,
        &token,
        "inactivity_deactivation",
        json!({ "value": { "professionals": 5000, "clients": null, "warning_days": 14 } }),
    )
    .await;
    assert_eq!((status, err["field"].as_str()), (422, Some("professionals")));
    assert!(err["message"].as_str().unwrap().contains("from 1 to 3650"), "{err}");

    // Service-desk-only and other people's configurations stay closed.
    operator_put(&app, &token, "inactivity_deactivation", json!({ "available": true })).await;
    let r = manager
        .put(app.url(HOST, "/api/v1/configurations/inactivity_deactivation"))
        .json(&json!({ "professionals": 30 }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(own(&professional, "/api/v1/configurations").await.unwrap().status(), 403);
    let r = professional.put(app.url(HOST, "/api/v1/configurations/two_factor")).json(&value).send().await.unwrap();
    assert_eq!(r.status(), 403);

    // Withdrawing keeps the value but the platform behaves as the default.
    operator_put(&app, &token, "two_factor", json!({ "available": false })).await;
    let fresh = platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST).await.unwrap();
    assert_eq!(
        kalm_testkit::kalm_app::settings::current(&app.kalm, &fresh).await.unwrap().two_factor.professionals,
        TwoFactorRule::Off
    );
    let (_, out) = operator_put(&app, &token, "two_factor", json!({})).await;
    assert_eq!(out["value"]["professionals"], "required", "value kept");

    // Ledger: two_factor once; inactivity is free.
    let charges: Value = app
        .client(ADMIN_HOST)
        .get(app.url(ADMIN_HOST, "/api/v1/charges"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let subjects: Vec<&str> = charges.as_array().unwrap().iter().map(|c| c["subject"].as_str().unwrap()).collect();
    assert_eq!(subjects, ["two_factor"]);
    assert_eq!(charges[0]["detail"]["note"], "order 1234");
    let csv = app
        .client(ADMIN_HOST)
        .get(app.url(ADMIN_HOST, "/api/v1/charges?format=csv"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        csv.starts_with("at,platform_id,platform_domain")
            && csv.contains(",care.test,Care,made_available,two_factor,,,desk@kalm.test,"),
        "{csv}"
    );

    // History: old and new value, and the actor.
    let log = kalm_testkit::kalm_app::audit::list_on_server(
        &app.kalm,
        &kalm_testkit::kalm_app::audit::AuditFilter { limit: 100, ..Default::default() },
    )
    .await
    .unwrap();
    let change = log.iter().find(|e| e.action == AuditAction::ConfigurationChanged).unwrap();
    let detail: Value = serde_json::from_str(change.detail.as_deref().unwrap()).unwrap();
    assert_eq!(
        (detail["old"]["professionals"].as_str(), detail["new"]["professionals"].as_str()),
        (Some("off"), Some("required"))
    );
    assert_eq!(change.actor_label.as_deref(), Some("am@care.test"));
    assert_eq!(log.iter().filter(|e| e.action == AuditAction::ConfigurationAvailabilityChanged).count(), 3);
}
both_backends!(availability_permissions_and_charges_through_the_api);

/// A value and an availability asked for together apply together or not
/// at all, and parallel changes of one configuration each see the one
/// before them: the audit log's old values chain without a gap.
async fn one_change_is_one_transaction(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let token = token(&app).await;
    // A bad value with an availability: neither is applied.
    let (status, out) = operator_put(
        &app,
        &token,
        "video_sessions",
        json!({ "available": true, "value": "sometimes", "note": "trial" }),
    )
    .await;
    assert_eq!(status, 422, "{out}");
    let views =
        configurations::overview(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), &platform).await.unwrap();
    let video = views.iter().find(|v| v.definition.key.code() == "video_sessions").unwrap();
    assert!(!video.available, "the availability was not applied without its value");
    // Both at once, good: both apply, in one answer.
    let (status, out) =
        operator_put(&app, &token, "video_sessions", json!({ "available": true, "value": true, "note": "trial" }))
            .await;
    assert_eq!((status, out["available"].as_bool(), out["value"].as_bool()), (200, Some(true), Some(true)), "{out}");
    // Eight changes of the same configuration at the same moment.
    let changes = (0..8).map(|n| {
        let (app, token) = (&app, &token);
        async move { operator_put(app, token, "video_sessions", json!({ "value": n % 2 == 0 })).await.0 }
    });
    let statuses = futures_util::future::join_all(changes).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let entries = kalm_testkit::kalm_app::audit::list_on_server(
        &app.kalm,
        &kalm_testkit::kalm_app::audit::AuditFilter {
            action: Some(AuditAction::ConfigurationChanged),
            limit: 100,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut chain: Vec<(Value, Value, chrono::DateTime<chrono::Utc>, uuid::Uuid)> = entries
        .iter()
        .map(|e| {
            let detail: Value = serde_json::from_str(e.detail.as_deref().unwrap()).unwrap();
            (detail["old"].clone(), detail["new"].clone(), e.at, e.id)
        })
        .collect();
    chain.sort_by_key(|(_, _, at, id)| (*at, *id));
    for pair in chain.windows(2) {
        assert_eq!(pair[1].0, pair[0].1, "each change's old value is the value before it: {chain:?}");
    }
}
both_backends!(one_change_is_one_transaction);

async fn managers_of_another_platform_see_nothing(app: TestApp) {
    let alpha = app.platform("Alpha", "alpha.test").await;
    app.platform("Beta", HOST).await;
    app.account(&alpha, "professional", "application_manager", "am@alpha.test").await;
    let token = token(&app).await;
    operator_put(&app, &token, "video_sessions", json!({ "available": true, "value": true })).await;
    let manager = app.login("alpha.test", "am@alpha.test").await;
    let list: Value =
        manager.get(app.url("alpha.test", "/api/v1/configurations")).send().await.unwrap().json().await.unwrap();
    assert!(!list.as_array().unwrap().iter().any(|c| c["key"] == "video_sessions"), "{list}");
    let r = manager
        .put(app.url("alpha.test", "/api/v1/configurations/video_sessions"))
        .json(&json!(false))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "service desk only, and not available here");
}
both_backends!(managers_of_another_platform_see_nothing);

async fn a_change_on_one_node_reaches_the_others(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    // A second node: its own store, clock and settings cache, same database.
    let store = Store::connect(&app.database_url).await.unwrap();
    let other =
        Kalm::new(store, Arc::new(ManualClock::new(kalm_testkit::start_of_time())), Arc::new(OsRandomness)).unwrap();
    let seen = |kalm: Kalm| async move {
        let fresh = platforms::find(&kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST).await.unwrap();
        kalm_testkit::kalm_app::settings::current(&kalm, &fresh).await.unwrap().video_sessions
    };
    assert!(!seen(other.clone()).await, "read once, now cached on the other node");
    configurations::set_availability(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        kalm_testkit::kalm_domain::configurations::ConfigurationKey::VideoSessions,
        true,
        None,
    )
    .await
    .unwrap();
    let fresh = platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST).await.unwrap();
    configurations::set_value(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &fresh,
        kalm_testkit::kalm_domain::configurations::ConfigurationKey::VideoSessions,
        &json!(true),
        None,
    )
    .await
    .unwrap();
    assert!(seen(other.clone()).await, "the other node sees the change on its next read");
    other.store.close().await;
}
both_backends!(a_change_on_one_node_reaches_the_others);

async fn content_platforms_and_domain_changes_are_charged(app: TestApp) {
    let token = token(&app).await;
    let r = app
        .client(ADMIN_HOST)
        .post(app.url(ADMIN_HOST, "/api/v1/platforms"))
        .bearer_auth(&token)
        .json(&json!({ "name": "Stories", "domain": "content.test", "language": "en", "kind": "content" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    app.clock.advance(chrono::Duration::seconds(1));
    app.platform("Care", HOST).await;
    let (status, err) = operator_put(&app, &token, "domain", json!({ "value": "new-care.test" })).await;
    assert_eq!((status, err["field"].as_str()), (422, Some("reason")), "a domain change needs a reason");
    let (status, out) =
        operator_put(&app, &token, "domain", json!({ "value": "New-Care.test", "reason": "merger" })).await;
    assert_eq!((status, out["value"].as_str()), (200, Some("new-care.test")));
    let html = body(get(&app, &app.client("new-care.test"), "new-care.test", "/login").await).await;
    assert!(html.contains("Care"), "served on the new domain");
    let charges = kalm_testkit::kalm_app::charges::list(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        None,
        None,
        None,
    )
    .await
    .unwrap();
    let events: Vec<(&str, &str)> = charges.iter().map(|c| (c.event.as_str(), c.subject.as_str())).collect();
    assert_eq!(events, [("platform_created", "content_platform"), ("changed", "domain")]);
    // Operators cannot toggle what is always in effect.
    let (status, _) = operator_put_on(&app, &token, "new-care.test", "domain", json!({ "available": false })).await;
    assert_eq!(status, 403);
}
both_backends!(content_platforms_and_domain_changes_are_charged);

async fn settings_pages_for_managers_and_the_console(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    app.operator("desk@kalm.test").await;
    let console = app.login(ADMIN_HOST, "desk@kalm.test").await;
    let page = body(get(&app, &console, ADMIN_HOST, &format!("/platforms/{}", platform.id)).await).await;
    assert!(page.contains("Two-factor authentication") && page.contains("Not available"), "{page}");
    let r = post(
        &app,
        &console,
        ADMIN_HOST,
        &format!("/platforms/{}/configurations/two_factor/availability", platform.id),
        &[("available", "true"), ("note", "order 77")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let page = body(get(&app, &console, ADMIN_HOST, &location(&r)).await).await;
    assert!(page.contains("The configuration is now available on this platform"));

    let manager = app.login(HOST, "am@care.test").await;
    // Signed in before two-factor becomes required below.
    let professional = app.login(HOST, "pro@care.test").await;
    let page = body(get(&app, &manager, HOST, "/settings").await).await;
    assert!(page.contains("Two-factor authentication") && !page.contains("Video calls"), "{page}");
    let r = post(
        &app,
        &manager,
        HOST,
        "/settings/two_factor",
        &[("professionals", "required"), ("remember_device", "3_days"), ("clients", "optional"), ("friends", "off")],
    )
    .await;
    assert_eq!(location(&r), "/settings?done=configuration_saved");
    let r = post(
        &app,
        &manager,
        HOST,
        "/settings/two_factor",
        &[("professionals", "sometimes"), ("remember_device", "3_days"), ("clients", "optional"), ("friends", "off")],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(body(r).await.contains("Professional accounts: choose one of off, optional, required."));
    let page = body(get(&app, &manager, HOST, "/settings/email_greeting").await).await;
    assert!(
        page.contains("Only the service desk can change this")
            && !page.contains("<form method=\"post\" action=\"/settings/email_greeting\"")
    );
    assert_eq!(
        post(&app, &manager, HOST, "/settings/email_greeting", &[("greeting", "first_name_and_surname")])
            .await
            .status(),
        403
    );

    assert_eq!(get(&app, &professional, HOST, "/settings").await.status(), 403);
    assert_eq!(get(&app, &professional, HOST, "/settings/two_factor").await.status(), 403);

    let ledger = body(get(&app, &console, ADMIN_HOST, "/charges").await).await;
    assert!(
        ledger.contains("Made available")
            && ledger.contains("Two-factor authentication")
            && ledger.contains("Note: order 77"),
        "{ledger}"
    );
    let csv = get(&app, &console, ADMIN_HOST, "/charges.csv?platform=care.test").await;
    assert_eq!(csv.headers().get("content-type").unwrap(), "text/csv; charset=utf-8");
    assert!(body(csv).await.contains("made_available,two_factor"));
}
both_backends!(settings_pages_for_managers_and_the_console);

/// A charge carries the price the installation's list gave it when it was
/// recorded; the console totals them per platform for a period, in the
/// page and in the downloads, and shows what had no price.
async fn charges_carry_their_price_and_add_up_per_platform(app: TestApp) {
    use kalm_testkit::kalm_domain::charges::{PriceList, TypedPrices};
    use kalm_testkit::kalm_domain::configurations::ConfigurationKey;
    let made_available = std::collections::BTreeMap::from([("video_sessions".to_owned(), "250".to_owned())]);
    let changed = std::collections::BTreeMap::new();
    let list = PriceList::parse(&TypedPrices {
        currency: "EUR",
        content_platform: Some("1500.00"),
        made_available: &made_available,
        changed: &changed,
    })
    .unwrap();
    let kalm = app.kalm.clone().with_prices(list);
    let desk = kalm_testkit::kalm_app::Caller::command_line();
    let care = app.platform("Care", "care.test").await;
    for key in [ConfigurationKey::VideoSessions, ConfigurationKey::TwoFactor] {
        configurations::set_availability(&kalm, &desk, &care, key, true, Some("order 9")).await.unwrap();
    }
    let input = platforms::PlatformInput {
        name: "Modules".into(),
        domain: "modules.test".into(),
        language: "nl".into(),
        kind: "content".into(),
        ..Default::default()
    };
    platforms::create(&kalm, &desk, &input).await.unwrap();

    let rows = kalm_testkit::kalm_app::charges::list(&kalm, &desk, None, None, None).await.unwrap();
    let priced: Vec<(&str, Option<i64>, Option<&str>)> =
        rows.iter().map(|r| (r.subject.as_str(), r.amount_minor, r.currency.as_deref())).collect();
    assert_eq!(
        priced,
        [
            ("video_sessions", Some(25_000), Some("EUR")),
            ("two_factor", None, None),
            ("content_platform", Some(150_000), Some("EUR"))
        ]
    );
    let totals = kalm_testkit::kalm_app::charges::totals(&rows);
    let summary: Vec<(usize, i64, Option<&str>)> =
        totals.iter().map(|t| (t.charges, t.amount_minor, t.currency.as_deref())).collect();
    assert_eq!(summary, [(1, 25_000, Some("EUR")), (1, 0, None), (1, 150_000, Some("EUR"))]);

    app.operator("desk@kalm.test").await;
    let console = app.login(ADMIN_HOST, "desk@kalm.test").await;
    let page = body(get(&app, &console, ADMIN_HOST, "/charges").await).await;
    assert!(page.contains("EUR 250.00") && page.contains("EUR 1500.00") && page.contains("Not priced"), "{page}");
    assert!(page.contains("id=\"totals-heading\""));
    // A period that ended before the charges: nothing.
    let before = body(get(&app, &console, ADMIN_HOST, "/charges?until=2026-03-04").await).await;
    assert!(!before.contains("EUR 250.00") && !before.contains("totals-heading"), "{before}");
    let same_day = body(get(&app, &console, ADMIN_HOST, "/charges?since=2026-03-05&until=2026-03-05").await).await;
    assert!(same_day.contains("EUR 250.00"), "the last day counts whole");
    let bad = body(get(&app, &console, ADMIN_HOST, "/charges?until=yesterday").await).await;
    assert!(bad.contains("role=\"alert\""));

    let csv = body(get(&app, &console, ADMIN_HOST, "/charges.csv?platform=care.test").await).await;
    assert!(csv.starts_with("at,platform_id,platform_domain,platform_name,event,subject,amount,currency,"));
    assert!(csv.contains("made_available,video_sessions,250.00,EUR,") && csv.contains("made_available,two_factor,,,"));
    let totals = get(&app, &console, ADMIN_HOST, "/charges.csv?totals=yes").await;
    assert!(totals.headers()["content-disposition"].to_str().unwrap().contains("kalm-charges-totals.csv"));
    let totals = body(totals).await;
    assert!(totals.starts_with("platform_id,platform_domain,platform_name,currency,charges,amount\r\n"));
    assert!(totals.contains(",care.test,Care,EUR,1,250.00\r\n") && totals.contains(",care.test,Care,,1,\r\n"));
    assert!(totals.contains(",modules.test,Modules,EUR,1,1500.00\r\n"), "{totals}");
}
both_backends!(charges_carry_their_price_and_add_up_per_platform);
