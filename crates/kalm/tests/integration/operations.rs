//! Health and readiness answer on any host; metrics only on the console's.

use kalm_testkit::{ADMIN_HOST, TestApp, both_backends};

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
    let metrics = body(app.client(ADMIN_HOST).get(app.url(ADMIN_HOST, "/metrics")).send().await.unwrap()).await;
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

async fn metrics_are_not_served_on_platform_hosts(app: TestApp) {
    app.platform("Care", "care.test").await;
    let r = app.client("care.test").get(app.url("care.test", "/metrics")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert!(!body(r).await.contains("kalm_http_requests_total"));
    let r = app.client("127.0.0.1").get(format!("http://{}/metrics", app.address)).send().await.unwrap();
    assert_eq!(r.status(), 404, "nor on a host that is no site");
    let r = app.client(ADMIN_HOST).get(app.url(ADMIN_HOST, "/metrics")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
}
both_backends!(metrics_are_not_served_on_platform_hosts);

/// RFC 9112: more than one Host header is a bad request, whichever comes first.
async fn duplicate_host_headers_are_refused(app: TestApp) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    app.platform("Care", "care.test").await;
    for request in [
        "GET /login HTTP/1.1\r\nHost: care.test\r\nHost: evil.test\r\nConnection: close\r\n\r\n",
        "GET /login HTTP/1.1\r\nHost: care.test\r\nHost: care.test\r\nConnection: close\r\n\r\n",
        "POST /login HTTP/1.1\r\nHost: evil.test\r\nHost: care.test\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    ] {
        let mut stream = tokio::net::TcpStream::connect(app.address).await.unwrap();
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 400"), "{request:?} -> {answer}");
    }
    let mut stream = tokio::net::TcpStream::connect(app.address).await.unwrap();
    stream.write_all(b"GET /login HTTP/1.1\r\nHost: care.test\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}
both_backends!(duplicate_host_headers_are_refused);

async fn hsts_is_not_sent_over_plain_http(app: TestApp) {
    app.platform("Care", "care.test").await;
    let r = app.client("care.test").get(app.url("care.test", "/login")).send().await.unwrap();
    assert!(r.headers().get("strict-transport-security").is_none());
}
both_backends!(hsts_is_not_sent_over_plain_http);

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

const DATABASE_BUSY: &str = "The database cannot be reached right now.";

/// A table locked by someone else (a long migration by hand, a stuck
/// transaction) must not make requests hang: each statement has a timeout,
/// and the request gets a clean 503 that says the database is busy.
async fn a_locked_table_gives_a_quick_503(backend: kalm_testkit::Backend) {
    use std::time::Duration;
    let limits = kalm_testkit::kalm_app::StoreLimits { statement_timeout: Duration::from_millis(500) };
    let Some(app) = TestApp::spawn_with(backend, limits).await else { return };
    let platform = app.platform("Care", "care.test").await;
    app.account(&platform, "client", "", "c@care.test").await;
    sqlx::any::install_default_drivers();
    // Another connection holds the lock a login needs to write.
    let mut other = <sqlx::AnyConnection as sqlx::Connection>::connect(&app.database_url).await.unwrap();
    let lock = match backend {
        kalm_testkit::Backend::Postgres => "BEGIN; LOCK TABLE login_throttle IN ACCESS EXCLUSIVE MODE",
        kalm_testkit::Backend::Sqlite => "BEGIN IMMEDIATE",
    };
    sqlx::raw_sql(lock).execute(&mut other).await.unwrap();
    let login = [("email", "c@care.test"), ("password", kalm_testkit::PASSWORD)];
    let r = post(&app, &app.client("care.test"), "care.test", "/login", &login).await;
    assert_eq!(r.status(), 503, "a clean 503, not a hang or a 500");
    let page = body(r).await;
    assert!(page.contains(DATABASE_BUSY), "the statement timed out, not the whole request: {page}");
    // The schema check of /readyz does not need the locked table.
    let ready = app.client("127.0.0.1").get(format!("http://{}/readyz", app.address)).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    sqlx::raw_sql("ROLLBACK").execute(&mut other).await.unwrap();
    let r = post(&app, &app.client("care.test"), "care.test", "/login", &login).await;
    assert_eq!(r.status(), 303, "and all is well once the lock is gone");
}

mod a_locked_table_gives_a_quick_503 {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        super::a_locked_table_gives_a_quick_503(kalm_testkit::Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        super::a_locked_table_gives_a_quick_503(kalm_testkit::Backend::Postgres).await;
    }
}

/// A request cancelled while its transaction begins (the client went away,
/// the deadline ran out) must not leave the pooled connection inside that
/// transaction: on SQLite, with its one connection, every later request
/// would fail.
async fn cancelled_begins_never_poison_the_pool(app: TestApp) {
    for n in 0..600u64 {
        let store = app.kalm.store.clone();
        let wait = std::time::Duration::from_micros(n % 300);
        let _ = tokio::time::timeout(wait, async move { store.begin().await.map(drop) }).await;
        let mut tx = app.kalm.store.begin().await.unwrap_or_else(|e| panic!("after cancel {n}: {e}"));
        sqlx::query("SELECT 1").execute(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
    }
}
both_backends!(cancelled_begins_never_poison_the_pool);
