//! Service desk operators' second factor on the console: the set-up forced
//! at the first login (nothing else reachable meanwhile), the code step, a
//! code working once, wrong codes throttled and audited, recovery codes,
//! the `optional` switch, and the reset on the command line.

use std::process::Command;

use chrono::Duration;
use kalm_testkit::kalm_app::operator_two_factor::Requirement;
use kalm_testkit::kalm_app::{Clock, audit, auth, operators};
use kalm_testkit::kalm_domain::auth::two_factor::{TotpSecret, code_at, step_at};
use kalm_testkit::reqwest::{Client, StatusCode};
use kalm_testkit::{ADMIN_HOST, PASSWORD, TestApp, both_backends};
use serde_json::Value;

use crate::support::{body, get, location, post};

/// The audit log as (action, target kind, detail), oldest first.
async fn audit_log(app: &TestApp) -> Vec<(String, Option<String>, Value)> {
    let filter = audit::AuditFilter { limit: 1000, ..Default::default() };
    let mut entries: Vec<_> = audit::list_on_server(&app.kalm, &filter)
        .await
        .unwrap()
        .iter()
        .map(|e| {
            let detail = e.detail.as_deref().and_then(|d| serde_json::from_str(d).ok()).unwrap_or(Value::Null);
            (e.at, e.id, e.action.code().to_owned(), e.target_kind.clone(), detail)
        })
        .collect();
    entries.sort_by_key(|(at, id, ..)| (*at, *id));
    entries.into_iter().map(|(_, _, action, kind, detail)| (action, kind, detail)).collect()
}

fn manual_key(html: &str) -> String {
    let start = html.find("id=\"manual-key\"").expect("a manual key on the page");
    let rest = &html[start..];
    let open = rest.find('>').unwrap() + 1;
    let close = rest.find("</code>").unwrap();
    rest[open..close].trim().to_owned()
}

fn code(app: &TestApp, secret: &TotpSecret) -> String {
    format!("{:06}", code_at(secret, step_at(app.clock.now())))
}

/// A code that is not the right one now.
fn wrong_code(app: &TestApp, secret: &TotpSecret) -> String {
    let right: u32 = code(app, secret).parse().unwrap();
    format!("{:06}", (right + 1) % 1_000_000)
}

async fn password_step(app: &TestApp, client: &Client, email: &str) -> String {
    let r = post(app, client, ADMIN_HOST, "/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "password of {email}");
    location(&r)
}

/// Creates an operator and sets their authenticator up through the console
/// pages; returns the signed-in client, the secret and the recovery codes.
async fn set_up_through_pages(app: &TestApp, email: &str) -> (Client, TotpSecret, Vec<String>) {
    operators::create(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), email, PASSWORD).await.unwrap();
    let client = app.client(ADMIN_HOST);
    assert_eq!(password_step(app, &client, email).await, "/two-factor/setup");
    let page = body(get(app, &client, ADMIN_HOST, "/two-factor/setup").await).await;
    assert!(page.contains("href=\"otpauth://totp/"), "the key as a link for this device too");
    let secret = TotpSecret::from_manual_key(&manual_key(&page)).unwrap();
    let r = post(app, &client, ADMIN_HOST, "/two-factor/setup/confirm", &[("code", &code(app, &secret))]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = body(r).await;
    let codes: Vec<String> =
        html.split("<li><code>").skip(1).map(|part| part.split("</code>").next().unwrap().to_owned()).collect();
    assert_eq!(codes.len(), 6, "six recovery codes shown once: {html}");
    (client, secret, codes)
}

async fn a_new_operator_sets_up_two_factor_before_anything_else(app: TestApp) {
    let email = "desk@kalm.test";
    operators::create(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), email, PASSWORD).await.unwrap();
    let client = app.client(ADMIN_HOST);
    assert_eq!(password_step(&app, &client, email).await, "/two-factor/setup");

    // Half logged in: every console page sends the operator back to the
    // set-up, through the login page; nothing can be changed.
    for path in ["/", "/platforms/new", "/charges", "/emails", "/audit", "/charges.csv"] {
        let r = get(&app, &client, ADMIN_HOST, path).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(location(&r), "/login", "{path}");
    }
    assert_eq!(location(&get(&app, &client, ADMIN_HOST, "/login").await), "/two-factor/setup");
    assert_eq!(location(&get(&app, &client, ADMIN_HOST, "/login/code").await), "/two-factor/setup");
    let r = post(
        &app,
        &client,
        ADMIN_HOST,
        "/platforms",
        &[("name", "Sneaky"), ("domain", "sneaky.test"), ("language", "en"), ("kind", "care")],
    )
    .await;
    assert_eq!(location(&r), "/login", "no platform is made by a half-done login");
    let platforms = kalm_testkit::kalm_app::platforms::list(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line())
        .await
        .unwrap();
    assert!(platforms.is_empty());
    // The bearer of such a cookie is nobody to the rest of the code.
    let r = get(&app, &client, ADMIN_HOST, "/two-factor/setup").await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = body(r).await;
    assert!(page.contains("asks every operator for a second factor"), "{page}");
    let key = manual_key(&page);
    let again = body(get(&app, &client, ADMIN_HOST, "/two-factor/setup").await).await;
    assert_eq!(manual_key(&again), key, "a reload shows the same key");
    let secret = TotpSecret::from_manual_key(&key).unwrap();

    // The secret is sealed at rest.
    let mut tx = app.kalm.store.begin().await.unwrap();
    let (sealed,): (String,) =
        sqlx::query_as("SELECT totp_secret_sealed FROM operator_two_factor_setups").fetch_one(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
    assert!(sealed.starts_with("v1:") && !sealed.contains(&key.replace(' ', "")), "{sealed}");

    let r = post(&app, &client, ADMIN_HOST, "/two-factor/setup/confirm", &[("code", &wrong_code(&app, &secret))]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(manual_key(&body(r).await), key, "a wrong first code keeps the key");
    let r = post(&app, &client, ADMIN_HOST, "/two-factor/setup/confirm", &[("code", &code(&app, &secret))]).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers().get("set-cookie").is_some(), "a new session after the set-up");
    let html = body(r).await;
    assert!(html.contains("id=\"recovery-codes\""), "{html}");
    let r = post(&app, &client, ADMIN_HOST, "/two-factor/saved", &[("saved", "yes"), ("next", "/")]).await;
    assert_eq!(location(&r), "/?done=two_factor_on");
    let home = get(&app, &client, ADMIN_HOST, "/?done=two_factor_on").await;
    assert_eq!(home.status(), StatusCode::OK);
    assert!(body(home).await.contains("Two-factor authentication is on."));

    let log = audit_log(&app).await;
    assert!(
        log.iter()
            .any(|(a, k, d)| a == "two_factor_set_up" && k.as_deref() == Some("operator") && d["method"] == "app")
    );
    assert!(
        log.iter().any(|(a, k, d)| a == "login_succeeded"
            && k.as_deref() == Some("operator")
            && d["second_factor"] == "set_up")
    );

    // Logging out of a half-done login ends it.
    app.clock.advance(Duration::seconds(30));
    let other = app.client(ADMIN_HOST);
    assert_eq!(password_step(&app, &other, email).await, "/login/code");
    assert_eq!(location(&post(&app, &other, ADMIN_HOST, "/logout", &[]).await), "/login");
    assert_eq!(location(&get(&app, &other, ADMIN_HOST, "/login/code").await), "/login");
}
both_backends!(a_new_operator_sets_up_two_factor_before_anything_else);

async fn console_logins_need_a_code_that_works_once(app: TestApp) {
    let email = "desk@kalm.test";
    let (_, secret, _) = set_up_through_pages(&app, email).await;
    let client = app.client(ADMIN_HOST);
    assert_eq!(password_step(&app, &client, email).await, "/login/code");
    assert_eq!(location(&get(&app, &client, ADMIN_HOST, "/").await), "/login");
    assert_eq!(location(&get(&app, &client, ADMIN_HOST, "/login").await), "/login/code");
    assert_eq!(location(&get(&app, &client, ADMIN_HOST, "/two-factor/setup").await), "/login/code");
    let page = get(&app, &client, ADMIN_HOST, "/login/code").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(body(page).await.contains("for the Kalm service desk"));

    // The set-up's code was this step's: it does not log in as well.
    let r = post(&app, &client, ADMIN_HOST, "/login/code", &[("code", &code(&app, &secret))]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "the set-up code works once");
    app.clock.advance(Duration::seconds(30));
    let used = code(&app, &secret);
    let r = post(&app, &client, ADMIN_HOST, "/login/code", &[("code", &used)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/");
    assert_eq!(get(&app, &client, ADMIN_HOST, "/").await.status(), StatusCode::OK);

    // The same code in the same step, on another login: refused.
    let other = app.client(ADMIN_HOST);
    assert_eq!(password_step(&app, &other, email).await, "/login/code");
    let r = post(&app, &other, ADMIN_HOST, "/login/code", &[("code", &used)]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "a code works once");
    app.clock.advance(Duration::seconds(30));
    let r = post(&app, &other, ADMIN_HOST, "/login/code", &[("code", &code(&app, &secret))]).await;
    assert_eq!(location(&r), "/", "the next step's code works");
    let log = audit_log(&app).await;
    assert!(
        log.iter()
            .any(|(a, k, d)| a == "login_succeeded" && k.as_deref() == Some("operator") && d["second_factor"] == "app")
    );

    // A half-done login waits ten minutes, as for accounts.
    let late = app.client(ADMIN_HOST);
    assert_eq!(password_step(&app, &late, email).await, "/login/code");
    app.clock.advance(Duration::minutes(10) + Duration::seconds(1));
    let r = post(&app, &late, ADMIN_HOST, "/login/code", &[("code", &code(&app, &secret))]).await;
    assert_eq!(location(&r), "/login?done=login_expired");
}
both_backends!(console_logins_need_a_code_that_works_once);

async fn wrong_operator_codes_are_throttled_and_audited(app: TestApp) {
    let email = "desk@kalm.test";
    let (_, secret, _) = set_up_through_pages(&app, email).await;
    app.clock.advance(Duration::seconds(30));
    let client = app.client(ADMIN_HOST);
    password_step(&app, &client, email).await;
    // As with passwords: the fifth failure in a row starts the wait.
    for _ in 0..5 {
        let r = post(&app, &client, ADMIN_HOST, "/login/code", &[("code", &wrong_code(&app, &secret))]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let r = post(&app, &client, ADMIN_HOST, "/login/code", &[("code", &code(&app, &secret))]).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(body(r).await.contains("too many attempts"), "throttled: even the right code waits");
    // The password form shares the operator's back-off.
    let r =
        post(&app, &app.client(ADMIN_HOST), ADMIN_HOST, "/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let log = audit_log(&app).await;
    let wrong = log
        .iter()
        .filter(|(a, k, d)| a == "login_failed" && k.as_deref() == Some("operator") && d["reason"] == "wrong_code")
        .count();
    assert_eq!(wrong, 5, "each wrong code is audited with its reason");
    assert!(log.iter().any(|(a, ..)| a == "login_throttled"));

    app.clock.advance(Duration::seconds(16));
    let r = post(&app, &client, ADMIN_HOST, "/login/code", &[("code", &code(&app, &secret))]).await;
    assert_eq!(location(&r), "/", "after the wait the right code works");
    post(&app, &client, ADMIN_HOST, "/logout", &[]).await;

    // A right password does not wipe the count of wrong codes.
    app.clock.advance(Duration::seconds(30));
    password_step(&app, &client, email).await;
    for _ in 0..4 {
        post(&app, &client, ADMIN_HOST, "/login/code", &[("code", &wrong_code(&app, &secret))]).await;
    }
    post(&app, &client, ADMIN_HOST, "/logout", &[]).await;
    assert_eq!(password_step(&app, &client, email).await, "/login/code");
    let r = post(&app, &client, ADMIN_HOST, "/login/code", &[("code", &wrong_code(&app, &secret))]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(&app, &client, ADMIN_HOST, "/login/code", &[("code", &code(&app, &secret))]).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS, "the count survived the new login");
}
both_backends!(wrong_operator_codes_are_throttled_and_audited);

async fn an_operator_recovery_code_works_once(app: TestApp) {
    let email = "desk@kalm.test";
    let (_, _, codes) = set_up_through_pages(&app, email).await;
    let client = app.client(ADMIN_HOST);
    assert_eq!(password_step(&app, &client, email).await, "/login/code");
    let page = get(&app, &client, ADMIN_HOST, "/login/recovery").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(body(page).await.contains("kalm operator two-factor reset"), "says how to get back in");
    let r = post(&app, &client, ADMIN_HOST, "/login/recovery", &[("code", "AAAAA-BBBBB-CCCCC")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(&app, &client, ADMIN_HOST, "/login/recovery", &[("code", &codes[0].to_lowercase())]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = body(r).await;
    assert!(html.contains("5 recovery codes"), "{html}");
    assert_eq!(get(&app, &client, ADMIN_HOST, "/").await.status(), StatusCode::OK, "signed in");

    let again = app.client(ADMIN_HOST);
    password_step(&app, &again, email).await;
    let r = post(&app, &again, ADMIN_HOST, "/login/recovery", &[("code", &codes[0])]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "a recovery code works once");
    let r = post(&app, &again, ADMIN_HOST, "/login/recovery", &[("code", &codes[1])]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let log = audit_log(&app).await;
    assert!(
        log.iter()
            .any(|(a, k, d)| a == "recovery_code_used" && k.as_deref() == Some("operator") && d["codes_left"] == 4)
    );
    assert!(log.iter().any(|(a, _, d)| a == "login_failed" && d["reason"] == "wrong_recovery_code"));
}
both_backends!(an_operator_recovery_code_works_once);

async fn optional_lets_operators_in_without_a_second_factor(app: TestApp) {
    operators::create(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), "plain@kalm.test", PASSWORD)
        .await
        .unwrap();
    // The default asks for a set-up first.
    let required = auth::operator_login(&app.kalm, "plain@kalm.test", PASSWORD, None).await.unwrap();
    assert_eq!(required.next, auth::LoginNext::SetUp);
    assert!(auth::authenticate(&app.kalm, &required.token, None, None).await.unwrap().is_none());

    let optional = app.kalm.clone().with_operator_two_factor(Requirement::Optional);
    let signed_in = auth::operator_login(&optional, "plain@kalm.test", PASSWORD, None).await.unwrap();
    assert_eq!(signed_in.next, auth::LoginNext::Done, "optional: the password is enough without a set-up");
    assert!(auth::authenticate(&optional, &signed_in.token, None, None).await.unwrap().is_some());

    // An operator who set one up is still asked for it.
    app.operator("careful@kalm.test").await;
    let careful = auth::operator_login(&optional, "careful@kalm.test", PASSWORD, None).await.unwrap();
    assert!(matches!(careful.next, auth::LoginNext::Code(_)));
    assert!(auth::authenticate(&optional, &careful.token, None, None).await.unwrap().is_none());
}
both_backends!(optional_lets_operators_in_without_a_second_factor);

async fn the_command_line_resets_an_operators_second_factor(app: TestApp) {
    let email = "desk@kalm.test";
    app.operator(email).await;
    let signed_in = app.login(ADMIN_HOST, email).await;
    assert_eq!(get(&app, &signed_in, ADMIN_HOST, "/").await.status(), StatusCode::OK);
    let o = Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["operator", "two-factor", "reset", "--email", email])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", "a2FsbS10ZXN0LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("second factor removed") && out.contains("1 session(s) ended"), "{out}");
    assert_eq!(location(&get(&app, &signed_in, ADMIN_HOST, "/").await), "/login", "their sessions ended");
    let client = app.client(ADMIN_HOST);
    assert_eq!(password_step(&app, &client, email).await, "/two-factor/setup", "set up again at the next login");
    let log = audit_log(&app).await;
    assert!(
        log.iter()
            .any(|(a, k, d)| a == "two_factor_reset" && k.as_deref() == Some("operator") && d["was_set_up"] == true)
    );

    let o = Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["operator", "two-factor", "reset", "--email", "nobody@kalm.test"])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", "a2FsbS10ZXN0LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert!(!o.status.success(), "an unknown operator is an error");
}
both_backends!(the_command_line_resets_an_operators_second_factor);
