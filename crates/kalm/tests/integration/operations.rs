//! Health, readiness and metrics answer on any host.

use kalm_testkit::{TestApp, both_backends};

use crate::support::{body, post};

async fn health_readiness_and_metrics(app: TestApp) {
    let platform = app.platform("Care", "care.test").await;
    app.account(&platform, "client", "", "c@care.test").await;
    let raw = app.client("127.0.0.1");
    let health = raw.get(format!("http://{}/healthz", app.address)).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let ready = raw.get(format!("http://{}/readyz", app.address)).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    app.login("care.test", "c@care.test").await;
    post(
        &app,
        &app.client("care.test"),
        "care.test",
        "/login",
        &[("email", "c@care.test"), ("password", "wrong-password-guess")],
    )
    .await;
    let metrics = body(raw.get(format!("http://{}/metrics", app.address)).send().await.unwrap()).await;
    assert!(metrics.contains("kalm_http_requests_total"), "{metrics}");
    assert!(metrics.contains("route=\"/login\""), "{metrics}");
    assert!(metrics.contains("kalm_logins_total{outcome=\"success\"}"), "{metrics}");
    assert!(metrics.contains("kalm_logins_total{outcome=\"failure\"}"), "{metrics}");
    let ready_after_close = {
        app.kalm.store.close().await;
        raw.get(format!("http://{}/readyz", app.address)).send().await.unwrap().status()
    };
    assert_eq!(ready_after_close, 503, "not ready without a database");
}
both_backends!(health_readiness_and_metrics);

async fn not_ready_when_the_schema_is_not_this_binarys(app: TestApp) {
    let raw = app.client("127.0.0.1");
    let readyz = || async { raw.get(format!("http://{}/readyz", app.address)).send().await.unwrap() };
    assert_eq!(readyz().await.status(), 200);
    let version: i64 = {
        let mut tx = app.kalm.store.begin().await.unwrap();
        let v = sqlx::query_scalar("SELECT MAX(version) FROM schema_migrations").fetch_one(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
        v
    };
    // A database recreated empty: it answers, but holds none of Kalm's tables.
    let mut tx = app.kalm.store.begin().await.unwrap();
    sqlx::query("DELETE FROM schema_migrations").execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
    let r = readyz().await;
    assert_eq!(r.status(), 503, "an empty schema is not ready");
    assert!(body(r).await.contains("kalm migrate"));
    // A database that a newer binary migrated further.
    let mut tx = app.kalm.store.begin().await.unwrap();
    sqlx::query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, 'newer', 0)")
        .bind(version + 1)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(readyz().await.status(), 503, "a schema from a newer binary is not ready either");
}
both_backends!(not_ready_when_the_schema_is_not_this_binarys);

async fn responses_carry_a_request_id_and_safe_headers(app: TestApp) {
    app.platform("Care", "care.test").await;
    let r = app.client("care.test").get(app.url("care.test", "/login")).send().await.unwrap();
    let h = r.headers();
    assert!(h.get("x-request-id").is_some());
    assert_eq!(h.get("x-frame-options").unwrap(), "DENY");
    assert_eq!(h.get("referrer-policy").unwrap(), "no-referrer");
    assert!(h.get("content-security-policy").unwrap().to_str().unwrap().contains("default-src 'self'"));
    assert_eq!(h.get("cache-control").unwrap(), "no-store");
}
both_backends!(responses_carry_a_request_id_and_safe_headers);
