//! Two-factor authentication end to end: set-up (app and text message) at
//! login when required, single-use codes, recovery codes, remembered
//! devices, the shared login throttling, the ten-minute half-login, resets,
//! waivers, the API, and a real provider's HTTP API against a stand-in.

use chrono::{Duration, TimeZone, Utc};
use kalm_testkit::kalm_app::platforms::Platform;
use kalm_testkit::kalm_app::{Caller, Clock, audit, auth, configurations, platforms, two_factor};
use kalm_testkit::kalm_domain::accounts::AccountId;
use kalm_testkit::kalm_domain::auth::two_factor::{TotpSecret, code_at, step_at};
use kalm_testkit::kalm_domain::configurations::ConfigurationKey;
use kalm_testkit::reqwest::{Client, Response, StatusCode};
use kalm_testkit::{PASSWORD, TestApp, both_backends, mail_text};
use serde_json::{Value, json};

use crate::support::{body, get, location, post};

const HOST: &str = "care.test";
const OTHER: &str = "other.test";

async fn policy(app: &TestApp, platform: &Platform, professionals: &str, remember: &str, clients: &str, friends: &str) {
    configurations::set_availability(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        platform,
        ConfigurationKey::TwoFactor,
        true,
        None,
    )
    .await
    .unwrap();
    let value = json!({
        "professionals": professionals, "remember_device": remember, "clients": clients, "friends": friends
    });
    configurations::set_value(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        platform,
        ConfigurationKey::TwoFactor,
        &value,
        None,
    )
    .await
    .unwrap();
}

fn totp(app: &TestApp, secret: &TotpSecret) -> String {
    format!("{:06}", code_at(secret, step_at(app.clock.now())))
}

/// Sets up an authenticator app for `email` through the use cases;
/// returns its secret and recovery codes.
async fn app_set_up(app: &TestApp, platform: &Platform, email: &str) -> (TotpSecret, Vec<String>) {
    let account = find(app, platform, email).await;
    let caller = auth::account_caller(&account, None);
    let confirmed = auth::verify_own_password(&app.kalm, platform, &caller, PASSWORD, "test").await.unwrap();
    let setup = two_factor::begin_app_setup(&app.kalm, &caller, platform, &confirmed).await.unwrap();
    let secret = TotpSecret::from_manual_key(&setup.manual_key).unwrap();
    let codes = two_factor::confirm_setup(&app.kalm, &caller, platform, &totp(app, &secret)).await.unwrap();
    // The next code must come from a later step than the confirming one.
    app.clock.advance(Duration::seconds(30));
    (secret, codes)
}

async fn find(app: &TestApp, platform: &Platform, email: &str) -> kalm_testkit::kalm_app::accounts::Account {
    let id = kalm_testkit::kalm_app::accounts::id_by_email(&app.kalm, platform.id, email).await.unwrap().unwrap();
    kalm_testkit::kalm_app::accounts::view(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), platform.id, id)
        .await
        .unwrap()
        .account
}

/// Logs in with password and a code from the app.
async fn login_with_code(app: &TestApp, email: &str, secret: &TotpSecret) -> Client {
    let client = app.client(HOST);
    assert_eq!(password_step(app, &client, email).await, "/login/code");
    let r = post(app, &client, HOST, "/login/code", &[("code", &totp(app, secret))]).await;
    assert_eq!(location(&r), "/", "second step of {email}");
    app.clock.advance(Duration::seconds(30));
    client
}

/// Logs in with the password only; returns where the login sends the person.
async fn password_step(app: &TestApp, client: &Client, email: &str) -> String {
    let r = post(app, client, HOST, "/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "password of {email}");
    location(&r)
}

fn cookie_set(r: &Response, name: &str) -> bool {
    r.headers().get_all("set-cookie").iter().any(|v| {
        v.to_str().unwrap_or_default().starts_with(&format!("{name}=")) && !v.to_str().unwrap().contains("Max-Age=0")
    })
}

async fn audit_actions(app: &TestApp) -> Vec<(String, Value)> {
    let filter = audit::AuditFilter { limit: 1000, ..Default::default() };
    audit::list_on_server(&app.kalm, &filter)
        .await
        .unwrap()
        .iter()
        .map(|e| {
            let detail = e.detail.as_deref().and_then(|d| serde_json::from_str(d).ok()).unwrap_or(Value::Null);
            (e.action.code().to_owned(), detail)
        })
        .collect()
}

fn subjects(app: &TestApp) -> Vec<String> {
    app.mails()
        .iter()
        .map(|m| mail_text(m).lines().find(|l| l.starts_with("Subject: ")).unwrap_or_default().to_owned())
        .collect()
}

fn manual_key(html: &str) -> String {
    let marker = "id=\"manual-key\" class=\"key\">";
    let start = html.find(marker).expect("the page shows the key") + marker.len();
    html[start..start + html[start..].find('<').unwrap()].to_owned()
}

fn recovery_codes(html: &str) -> Vec<String> {
    let list = &html[html.find("id=\"recovery-codes\"").expect("codes are shown")..];
    let list = &list[..list.find("</ol>").unwrap()];
    list.split("<code>").skip(1).map(|c| c[..c.find('<').unwrap()].to_owned()).collect()
}

async fn required_set_up_at_login_then_single_use_codes(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    policy(&app, &platform, "required", "never", "off", "off").await;
    let client = app.client(HOST);
    assert_eq!(password_step(&app, &client, "pro@care.test").await, "/two-factor/setup");

    // Half logged in: nothing but the set-up and logout.
    for path in ["/", "/account", "/accounts"] {
        let r = get(&app, &client, HOST, path).await;
        assert_eq!(location(&r), "/login", "{path} is out of reach");
    }
    assert_eq!(location(&get(&app, &client, HOST, "/login").await), "/two-factor/setup");
    let api = get(&app, &client, HOST, "/api/v1/accounts").await;
    assert_eq!(api.status(), StatusCode::UNAUTHORIZED);
    let step1 = body(get(&app, &client, HOST, "/two-factor/setup").await).await;
    assert!(step1.contains("Step 1 of 3") && step1.contains("asks everyone to set this up"), "{step1}");

    let r = post(&app, &client, HOST, "/two-factor/setup", &[("method", "app")]).await;
    assert_eq!(location(&r), "/two-factor/setup/app");
    let page = body(get(&app, &client, HOST, "/two-factor/setup/app").await).await;
    assert!(page.contains("<svg") && page.contains("role=\"img\""), "a QR code drawn by the server");
    let secret = TotpSecret::from_manual_key(&manual_key(&page)).unwrap();
    // On a phone the QR code cannot be scanned by the phone showing it: the
    // key is also a link that opens the authenticator app, with the same key.
    assert!(page.contains("href=\"otpauth://totp/"), "{page}");
    assert!(page.contains(&format!("secret={}", manual_key(&page).replace(' ', ""))), "the link carries the key");
    // Reloading shows the same secret; a wrong code keeps it too.
    let again = body(get(&app, &client, HOST, "/two-factor/setup/app").await).await;
    assert_eq!(manual_key(&again), manual_key(&page));
    let wrong = post(&app, &client, HOST, "/two-factor/setup/confirm", &[("method", "app"), ("code", "000000")]).await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(wrong).await.contains("This code is not right"));

    let first = totp(&app, &secret);
    let done = post(&app, &client, HOST, "/two-factor/setup/confirm", &[("method", "app"), ("code", &first)]).await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(cookie_set(&done, "kalm_session"), "the session is rotated after the second factor");
    let html = body(done).await;
    let codes = recovery_codes(&html);
    assert_eq!(codes.len(), 6);
    assert!(html.contains("download=\"recovery-codes.txt\"") && html.contains(&codes[0]));
    let r = post(&app, &client, HOST, "/two-factor/saved", &[("next", "/"), ("saved", "yes")]).await;
    assert_eq!(location(&r), "/?done=two_factor_on");
    assert_eq!(get(&app, &client, HOST, "/").await.status(), StatusCode::OK, "signed in now");

    // Next login: a code, and the code that confirmed the set-up is spent.
    post(&app, &client, HOST, "/logout", &[]).await;
    assert_eq!(password_step(&app, &client, "pro@care.test").await, "/login/code");
    let code_page = body(get(&app, &client, HOST, "/login/code").await).await;
    assert!(code_page.contains("authenticator app") && !code_page.contains("Remember this device"));
    let replay = post(&app, &client, HOST, "/login/code", &[("code", &first)]).await;
    assert_eq!(replay.status(), StatusCode::UNPROCESSABLE_ENTITY, "a code works once");
    app.clock.advance(Duration::seconds(30));
    let code = totp(&app, &secret);
    let ok = post(&app, &client, HOST, "/login/code", &[("code", &code)]).await;
    assert_eq!(location(&ok), "/");
    assert!(!cookie_set(&ok, "kalm_device"), "the platform remembers no devices");
    assert_eq!(get(&app, &client, HOST, "/account/two-factor").await.status(), StatusCode::OK);

    app.deliver().await;
    assert!(subjects(&app).iter().any(|s| s.contains("Two-factor authentication is on")));
    let log = audit_actions(&app).await;
    assert!(log.iter().any(|(a, d)| a == "two_factor_set_up" && d["method"] == "app"));
    assert!(log.iter().any(|(a, d)| a == "login_succeeded" && d["second_factor"] == "app"));
    assert!(log.iter().any(|(a, d)| a == "login_failed" && d["reason"] == "wrong_code"));
}
both_backends!(required_set_up_at_login_then_single_use_codes);

async fn half_logged_in_sessions_last_ten_minutes(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    policy(&app, &platform, "off", "never", "optional", "off").await;
    let (secret, _) = app_set_up(&app, &platform, "c@care.test").await;
    let client = app.client(HOST);
    assert_eq!(password_step(&app, &client, "c@care.test").await, "/login/code");
    app.clock.advance(Duration::minutes(10));
    let late = post(&app, &client, HOST, "/login/code", &[("code", &totp(&app, &secret))]).await;
    assert_eq!(location(&late), "/login?done=login_expired");
    assert_eq!(location(&get(&app, &client, HOST, "/login/code").await), "/login");

    // Within ten minutes it works; off means never asked, set-up kept.
    assert_eq!(password_step(&app, &client, "c@care.test").await, "/login/code");
    app.clock.advance(Duration::minutes(9) + Duration::seconds(59));
    let r = post(&app, &client, HOST, "/login/code", &[("code", &totp(&app, &secret))]).await;
    assert_eq!(location(&r), "/");
    post(&app, &client, HOST, "/logout", &[]).await;
    policy(&app, &platform, "off", "never", "off", "off").await;
    assert_eq!(password_step(&app, &client, "c@care.test").await, "/", "off: never asked");
    let own = body(get(&app, &client, HOST, "/account/two-factor").await).await;
    assert!(own.contains("switched off") && !own.contains("href=\"/two-factor/setup\""), "set-up not offered");
    assert_eq!(location(&get(&app, &client, HOST, "/account").await), "");
    assert!(!body(get(&app, &client, HOST, "/account").await).await.contains("/account/two-factor"));
    post(&app, &client, HOST, "/logout", &[]).await;
    policy(&app, &platform, "off", "never", "optional", "off").await;
    assert_eq!(password_step(&app, &client, "c@care.test").await, "/login/code", "kept for when it is on again");
}
both_backends!(half_logged_in_sessions_last_ten_minutes);

async fn remembered_devices(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    app.account(&platform, "client", "", "c@care.test").await;
    policy(&app, &platform, "optional", "12_hours", "optional", "off").await;
    let (pro_secret, _) = app_set_up(&app, &platform, "pro@care.test").await;
    let (client_secret, _) = app_set_up(&app, &platform, "c@care.test").await;

    // A professional: the platform's period, if they tick the box.
    let browser = app.client(HOST);
    password_step(&app, &browser, "pro@care.test").await;
    let page = body(get(&app, &browser, HOST, "/login/code").await).await;
    assert!(page.contains("Remember this device for 12 hours"), "{page}");
    let r = post(&app, &browser, HOST, "/login/code", &[("code", &totp(&app, &pro_secret)), ("remember", "on")]).await;
    assert!(cookie_set(&r, "kalm_device"));
    let max_age = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .find_map(|v| v.to_str().ok().filter(|v| v.starts_with("kalm_device=")).map(str::to_owned))
        .unwrap();
    assert!(max_age.contains("Max-Age=43200") && max_age.contains("HttpOnly"), "{max_age}");
    let devices = body(get(&app, &browser, HOST, "/account/two-factor").await).await;
    assert!(devices.contains("Remembered devices") && devices.contains("/revoke"), "listed with revoke");
    post(&app, &browser, HOST, "/logout", &[]).await;
    app.clock.advance(Duration::hours(12) - Duration::seconds(1));
    assert_eq!(password_step(&app, &browser, "pro@care.test").await, "/", "just before 12 hours: remembered");
    post(&app, &browser, HOST, "/logout", &[]).await;
    app.clock.advance(Duration::seconds(1));
    assert_eq!(password_step(&app, &browser, "pro@care.test").await, "/login/code", "12 hours: a code again");
    post(&app, &browser, HOST, "/logout", &[]).await;

    // A remembered device counts for its own account only, and never
    // survives a password change.
    let r = post(&app, &browser, HOST, "/login", &[("email", "pro@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(location(&r), "/login/code");
    app.clock.advance(Duration::seconds(30));
    post(&app, &browser, HOST, "/login/code", &[("code", &totp(&app, &pro_secret)), ("remember", "on")]).await;
    post(&app, &browser, HOST, "/logout", &[]).await;
    assert_eq!(password_step(&app, &browser, "c@care.test").await, "/login/code", "another account's device");
    // A client chooses their own period, here one week.
    let page = body(get(&app, &browser, HOST, "/login/code").await).await;
    assert!(page.contains("value=\"1_week\"") && page.contains("No, always ask for a code"));
    let r = post(&app, &browser, HOST, "/login/code", &[("code", &totp(&app, &client_secret)), ("remember", "1_week")])
        .await;
    assert!(r.headers().get_all("set-cookie").iter().any(|v| v.to_str().unwrap().contains("Max-Age=604800")));
    post(&app, &browser, HOST, "/logout", &[]).await;
    app.clock.advance(Duration::weeks(1) - Duration::seconds(1));
    assert_eq!(password_step(&app, &browser, "c@care.test").await, "/", "just before a week");
    let r = post(
        &app,
        &browser,
        HOST,
        "/account/password",
        &[("current", PASSWORD), ("new_password", "another quiet harbour at dusk")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    post(&app, &browser, HOST, "/logout", &[]).await;
    let r = post(
        &app,
        &browser,
        HOST,
        "/login",
        &[("email", "c@care.test"), ("password", "another quiet harbour at dusk")],
    )
    .await;
    assert_eq!(location(&r), "/login/code", "a password change forgets remembered devices");

    // Forgetting one device by hand.
    app.clock.advance(Duration::seconds(30));
    post(&app, &browser, HOST, "/login/code", &[("code", &totp(&app, &client_secret)), ("remember", "3_days")]).await;
    let page = body(get(&app, &browser, HOST, "/account/two-factor").await).await;
    let start = page.find("/account/two-factor/devices/").unwrap();
    let action = &page[start..start + page[start..].find('"').unwrap()];
    let r = post(&app, &browser, HOST, action, &[]).await;
    assert_eq!(location(&r), "/account/two-factor?done=device_revoked");
    post(&app, &browser, HOST, "/logout", &[]).await;
    let r = post(
        &app,
        &browser,
        HOST,
        "/login",
        &[("email", "c@care.test"), ("password", "another quiet harbour at dusk")],
    )
    .await;
    assert_eq!(location(&r), "/login/code");
    assert!(audit_actions(&app).await.iter().any(|(a, _)| a == "remembered_device_revoked"));
}
both_backends!(remembered_devices);

async fn wrong_codes_share_the_login_throttling(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    policy(&app, &platform, "off", "never", "required", "off").await;
    let (secret, _) = app_set_up(&app, &platform, "c@care.test").await;
    let client = app.client(HOST);
    password_step(&app, &client, "c@care.test").await;
    // As with passwords: the fifth failure in a row starts the wait.
    for _ in 0..5 {
        let r = post(&app, &client, HOST, "/login/code", &[("code", "000000")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let r = post(&app, &client, HOST, "/login/code", &[("code", &totp(&app, &secret))]).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(body(r).await.contains("too many attempts"), "throttled: even the right code waits");
    // The password form shares the same back-off for this account.
    let r = post(&app, &app.client(HOST), HOST, "/login", &[("email", "c@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    app.clock.advance(Duration::seconds(16));
    let r = post(&app, &client, HOST, "/login/code", &[("code", &totp(&app, &secret))]).await;
    assert_eq!(location(&r), "/");
    post(&app, &client, HOST, "/logout", &[]).await;

    // Logging in again with the right password does not wipe the count of
    // wrong codes: four, a fresh login, one more, and the wait starts.
    app.clock.advance(Duration::seconds(30));
    password_step(&app, &client, "c@care.test").await;
    for _ in 0..4 {
        post(&app, &client, HOST, "/login/code", &[("code", "000000")]).await;
    }
    post(&app, &client, HOST, "/logout", &[]).await;
    assert_eq!(password_step(&app, &client, "c@care.test").await, "/login/code");
    assert_eq!(post(&app, &client, HOST, "/login/code", &[("code", "000000")]).await.status(), 422);
    let r = post(&app, &client, HOST, "/login/code", &[("code", &totp(&app, &secret))]).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS, "the count survived the new login");
}
both_backends!(wrong_codes_share_the_login_throttling);

async fn recovery_code_login_and_renewal(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    policy(&app, &platform, "off", "never", "optional", "off").await;
    let (_, codes) = app_set_up(&app, &platform, "c@care.test").await;
    let client = app.client(HOST);
    password_step(&app, &client, "c@care.test").await;
    let page = body(get(&app, &client, HOST, "/login/recovery").await).await;
    assert!(page.contains("Ask your professional or a secretary"), "a client is told whom to ask");
    let r = post(&app, &client, HOST, "/login/recovery", &[("code", &codes[0].to_lowercase())]).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(cookie_set(&r, "kalm_session"));
    let html = body(r).await;
    assert!(html.contains("You have 5 recovery codes left.") && html.contains("href=\"/two-factor/setup\""), "{html}");
    assert_eq!(get(&app, &client, HOST, "/").await.status(), StatusCode::OK);

    // A used code is spent; new codes replace all old ones.
    post(&app, &client, HOST, "/logout", &[]).await;
    password_step(&app, &client, "c@care.test").await;
    let r = post(&app, &client, HOST, "/login/recovery", &[("code", &codes[0])]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("used before"));
    let r = post(&app, &client, HOST, "/login/recovery", &[("code", &codes[1])]).await;
    assert!(body(r).await.contains("You have 4 recovery codes left."));
    // New codes outlast the session: the password comes first.
    let renewed = post(&app, &client, HOST, "/account/two-factor/recovery-codes", &[]).await;
    assert_eq!(location(&renewed), "/account/confirm?back=two-factor");
    let wrong = [("back", "two-factor"), ("password", "not-my-password-at-all")];
    let r = post(&app, &client, HOST, "/account/confirm", &wrong).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        audit_actions(&app).await.iter().any(|(a, _)| a == "reauthentication_failed"),
        "a wrong password is audited"
    );
    let r = post(&app, &client, HOST, "/account/confirm", &[("back", "two-factor"), ("password", PASSWORD)]).await;
    assert_eq!(location(&r), "/account/two-factor?done=confirmed");
    let renewed = post(&app, &client, HOST, "/account/two-factor/recovery-codes", &[]).await;
    let new_codes = recovery_codes(&body(renewed).await);
    assert_eq!(new_codes.len(), 6);
    post(&app, &client, HOST, "/logout", &[]).await;
    password_step(&app, &client, "c@care.test").await;
    let r = post(&app, &client, HOST, "/login/recovery", &[("code", &codes[2])]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "old codes stop working");
    let r = post(&app, &client, HOST, "/login/recovery", &[("code", &new_codes[5])]).await;
    assert!(body(r).await.contains("You have 5 recovery codes left."));

    app.deliver().await;
    let subjects = subjects(&app);
    assert_eq!(subjects.iter().filter(|s| s.contains("A recovery code was used")).count(), 3);
    assert!(subjects.iter().any(|s| s.contains("You have new recovery codes")));
    // Stored only as digests.
    let mut tx = app.kalm.store.begin().await.unwrap();
    let hashes: Vec<(String,)> =
        sqlx::query_as("SELECT code_hash FROM recovery_codes").fetch_all(&mut *tx).await.unwrap();
    drop(tx);
    assert!(hashes.iter().all(|(h,)| h.len() == 64 && !new_codes.iter().any(|c| c.replace('-', "") == *h)));
}
both_backends!(recovery_code_login_and_renewal);

async fn text_message_set_up_and_login(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    policy(&app, &platform, "off", "never", "optional", "off").await;
    let client = app.login(HOST, "c@care.test").await;
    // Signed in already: a new second factor needs the password first.
    assert_eq!(
        location(&get(&app, &client, HOST, "/two-factor/setup").await),
        "/account/confirm?back=two-factor-setup"
    );
    let read_back = [("phone", "+31 6 12345678"), ("confirmed", "yes")];
    let r = post(&app, &client, HOST, "/two-factor/setup/sms", &read_back).await;
    assert_eq!(location(&r), "/account/confirm?back=two-factor-setup", "not even by posting straight to it");
    let r =
        post(&app, &client, HOST, "/account/confirm", &[("back", "two-factor-setup"), ("password", PASSWORD)]).await;
    assert_eq!(location(&r), "/two-factor/setup?done=confirmed");
    let r = post(&app, &client, HOST, "/two-factor/setup", &[("method", "sms")]).await;
    assert_eq!(location(&r), "/two-factor/setup/sms");
    let r = post(&app, &client, HOST, "/two-factor/setup/sms", &[("phone", "06 1234")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(html.contains("too short or too long") && html.contains("value=\"06 1234\""), "typed value kept");
    // The number is read back in full before anything is sent.
    let r = post(&app, &client, HOST, "/two-factor/setup/sms", &[("phone", "+31 6 12345678")]).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(body(r).await.contains("+31 6 1234 5678"));
    assert!(app.text_messages("+31612345678").is_empty());
    let r = post(&app, &client, HOST, "/two-factor/setup/sms", &read_back).await;
    assert_eq!(location(&r), "/two-factor/setup/sms/code");
    let page = body(get(&app, &client, HOST, "/two-factor/setup/sms/code").await).await;
    assert!(page.contains("ending in 78"));
    let phone = "+31612345678";
    let code = app.last_sms_code(phone);
    assert!(app.text_messages(phone)[0].contains("your login code for Care"));
    let r = post(&app, &client, HOST, "/two-factor/setup/confirm", &[("method", "sms"), ("code", &code)]).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(recovery_codes(&body(r).await).len(), 6);
    let own = body(get(&app, &client, HOST, "/account/two-factor").await).await;
    assert!(own.contains("text messages to your phone number ending in 78"), "{own}");

    // Sealed and hashed at rest.
    let mut tx = app.kalm.store.begin().await.unwrap();
    let (sealed,): (String,) = sqlx::query_as("SELECT phone_sealed FROM two_factor").fetch_one(&mut *tx).await.unwrap();
    let stored: Vec<(String,)> = sqlx::query_as("SELECT code_hash FROM sms_codes").fetch_all(&mut *tx).await.unwrap();
    drop(tx);
    assert!(sealed.starts_with("v1:") && !sealed.contains("612345678"));
    assert!(stored.iter().all(|(h,)| h.len() == 64 && !h.contains(&code)));

    // At login a code is sent at once; it works for ten minutes, once.
    post(&app, &client, HOST, "/logout", &[]).await;
    assert_eq!(password_step(&app, &client, "c@care.test").await, "/login/code");
    assert_eq!(app.text_messages(phone).len(), 2);
    let page = body(get(&app, &client, HOST, "/login/code").await).await;
    assert!(page.contains("text message") && page.contains("Send a new code"));
    app.clock.advance(Duration::minutes(10));
    let expired = app.last_sms_code(phone);
    let r = post(&app, &client, HOST, "/login/code", &[("code", &expired)]).await;
    assert_eq!(location(&r), "/login?done=login_expired", "the half login ended too");
    password_step(&app, &client, "c@care.test").await;
    app.clock.advance(Duration::minutes(9));
    let r = post(&app, &client, HOST, "/login/code", &[("code", &expired)]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "an older code stops working when a new one is sent");
    let fresh = app.last_sms_code(phone);
    let r = post(&app, &client, HOST, "/login/code", &[("code", &fresh)]).await;
    assert_eq!(location(&r), "/");
    post(&app, &client, HOST, "/logout", &[]).await;

    // Resending never resets the failure count, and five texts an hour is
    // the most: the sixth is refused with the time one can be sent again.
    assert_eq!(app.text_messages(phone).len(), 3);
    password_step(&app, &client, "c@care.test").await;
    assert_eq!(app.text_messages(phone).len(), 4);
    for _ in 0..3 {
        post(&app, &client, HOST, "/login/code", &[("code", "000000")]).await;
    }
    let r = post(&app, &client, HOST, "/login/code/resend", &[]).await;
    assert_eq!(location(&r), "/login/code?done=code_sent");
    assert_eq!(app.text_messages(phone).len(), 5);
    for _ in 0..2 {
        post(&app, &client, HOST, "/login/code", &[("code", "000000")]).await;
    }
    let r = post(&app, &client, HOST, "/login/code", &[("code", &app.last_sms_code(phone))]).await;
    assert!(body(r).await.contains("too many attempts"), "five failures in a row, a resend in between");
    let r = post(&app, &client, HOST, "/login/code/resend", &[]).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(body(r).await.contains("You can ask for a new one after"));
    assert_eq!(app.text_messages(phone).len(), 5);
    assert!(audit_actions(&app).await.iter().any(|(a, d)| a == "sms_code_sent" && d["phone_ends_with"] == "78"));

    // A new login in the same hour, once the wrong codes' throttle has run
    // out: the password is right but no text can go out. The answer is the
    // code page itself, saying why and until when, and the login waits at
    // the code step (for a recovery code).
    post(&app, &client, HOST, "/logout", &[]).await;
    app.clock.advance(chrono::Duration::minutes(15) + chrono::Duration::seconds(1));
    let r = post(&app, &client, HOST, "/login", &[("email", "c@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(cookie_set(&r, "kalm_session"), "the half login has its session");
    let page = body(r).await;
    assert!(page.contains("You can ask for a new one after") && page.contains("recovery code"), "{page}");
    assert_eq!(app.text_messages(phone).len(), 5);
    assert_eq!(location(&get(&app, &client, HOST, "/login").await), "/login/code");
}
both_backends!(text_message_set_up_and_login);

/// A Dutch mobile typed on an English-language platform: read in the
/// platform's country (set by the service desk, not taken from its
/// language) or in the country the person picks, and read back in full
/// before the first code goes out.
async fn phone_numbers_are_read_in_the_chosen_country_and_read_back(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    assert_eq!((platform.country.code(), platform.time_zone.name()), ("gb", "Europe/London"), "from the language");
    let change = platforms::PlatformChange { country: Some("nl".into()), ..Default::default() };
    let platform = platforms::update(&app.kalm, &Caller::command_line(), &platform, &change).await.unwrap();
    app.account(&platform, "client", "", "c@care.test").await;
    policy(&app, &platform, "off", "never", "optional", "off").await;
    let client = app.login(HOST, "c@care.test").await;
    post(&app, &client, HOST, "/account/confirm", &[("back", "two-factor-setup"), ("password", PASSWORD)]).await;
    let page = body(get(&app, &client, HOST, "/two-factor/setup/sms").await).await;
    assert!(page.contains("<option value=\"nl\" selected>Netherlands</option>"), "the platform's country first");
    assert!(page.contains("06 12345678"), "an example from that country");

    let typed = |country: &'static str| [("country", country), ("phone", "06 12345678")];
    let r = post(&app, &client, HOST, "/two-factor/setup/sms", &typed("nl")).await;
    let html = body(r).await;
    assert!(html.contains("+31 6 1234 5678") && html.contains("name=\"confirmed\" value=\"yes\""), "{html}");
    // Had the person picked the United Kingdom, the same digits would be a
    // British number: shown as such, so the mistake is visible.
    let html = body(post(&app, &client, HOST, "/two-factor/setup/sms", &typed("gb")).await).await;
    assert!(html.contains("+44 6 1234 5678"));
    // "Change the number" goes back with what was typed.
    let html = body(post(&app, &client, HOST, "/two-factor/setup/sms/change", &typed("gb")).await).await;
    assert!(html.contains("value=\"06 12345678\"") && html.contains("<option value=\"gb\" selected>"), "{html}");
    let r = post(&app, &client, HOST, "/two-factor/setup/sms", &[("country", "xx"), ("phone", "06 12345678")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("Choose a country from the list."));
    assert!(app.text_messages("+31612345678").is_empty() && app.text_messages("+44612345678").is_empty());

    let mut confirmed = typed("nl").to_vec();
    confirmed.push(("confirmed", "yes"));
    let r = post(&app, &client, HOST, "/two-factor/setup/sms", &confirmed).await;
    assert_eq!(location(&r), "/two-factor/setup/sms/code");
    assert_eq!(app.text_messages("+31612345678").len(), 1);
    assert!(app.text_messages("+44612345678").is_empty());
}
both_backends!(phone_numbers_are_read_in_the_chosen_country_and_read_back);

async fn resets_follow_the_source(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let other = app.platform("Other", OTHER).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    app.account(&platform, "professional", "application_manager", "am2@care.test").await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    app.account(&platform, "professional", "professional", "unrelated@care.test").await;
    app.account(&platform, "professional", "secretary", "sec@care.test").await;
    let client_account = app.account(&platform, "client", "", "c@care.test").await;
    app.account(&other, "professional", "professional", "far@other.test").await;
    let pro = find(&app, &platform, "pro@care.test").await;
    kalm_testkit::kalm_app::accounts::relate_for_setup(&app.kalm, platform.id, client_account.id, pro.id)
        .await
        .unwrap();
    policy(&app, &platform, "optional", "1_week", "optional", "optional").await;
    policy(&app, &other, "optional", "never", "optional", "optional").await;
    for email in ["am@care.test", "pro@care.test", "c@care.test"] {
        app_set_up(&app, &platform, email).await;
    }
    let far = find(&app, &other, "far@other.test").await;
    let am = app.login(HOST, "am2@care.test").await;
    let unrelated = app.login(HOST, "unrelated@care.test").await;
    let secretary = app.login(HOST, "sec@care.test").await;
    policy(&app, &platform, "required", "1_week", "optional", "optional").await;

    let reset = |client: Client, id: AccountId, body: Value| {
        let url = app.url(HOST, &format!("/api/v1/accounts/{}/two-factor/reset", id.0));
        async move { client.post(url).json(&body).send().await.unwrap() }
    };
    // An application manager resets a professional, never themself.
    let am1 = find(&app, &platform, "am@care.test").await;
    let r = reset(am.clone(), pro.id, json!({})).await;
    assert_eq!(r.status(), StatusCode::OK);
    let out: Value = r.json().await.unwrap();
    assert_eq!(out["method"], Value::Null);
    assert_eq!(out["recovery_codes_left"], 0);
    let am2 = find(&app, &platform, "am2@care.test").await;
    let r = reset(am.clone(), am2.id, json!({})).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = reset(am.clone(), am1.id, json!({})).await;
    assert_eq!(r.status(), StatusCode::OK, "a fellow application manager");
    assert_eq!(reset(am.clone(), client_account.id, json!({})).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(reset(am.clone(), far.id, json!({})).await.status(), StatusCode::NOT_FOUND, "another platform");

    // The reset professional sets up again at the next login.
    let pro_browser = app.client(HOST);
    assert_eq!(password_step(&app, &pro_browser, "pro@care.test").await, "/two-factor/setup");

    // Clients: a related professional or a secretary; the page shows the button.
    assert_eq!(reset(unrelated, client_account.id, json!({})).await.status(), StatusCode::FORBIDDEN);
    let page = body(get(&app, &secretary, HOST, &format!("/accounts/{}", client_account.id.0)).await).await;
    assert!(page.contains("Reset two-factor authentication"));
    let r = post(
        &app,
        &secretary,
        HOST,
        &format!("/accounts/{}/two-factor/reset", client_account.id.0),
        &[("reason", "lost phone, called in")],
    )
    .await;
    assert_eq!(location(&r), format!("/accounts/{}?done=two_factor_reset", client_account.id.0));

    // Nobody resets a friend, not even the service desk.
    let friend = kalm_testkit::kalm_app::accounts::invite_friend(
        &app.kalm,
        &auth::account_caller(&client_account, None),
        &platform,
        "Fi",
        "Friend",
        "f@care.test",
    )
    .await
    .unwrap()
    .expect("a new friend");
    assert_eq!(reset(am.clone(), friend.id, json!({})).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        two_factor::reset(
            &app.kalm,
            &kalm_testkit::kalm_app::Caller::command_line(),
            &platform,
            friend.id,
            Some("asked by phone")
        )
        .await
        .err()
        .map(|e| e.code()),
        Some("not_allowed")
    );
    // The service desk resets a professional, with a reason.
    app.operator("desk@kalm.test").await;
    let token = kalm_testkit::kalm_app::operators::create_token(&app.kalm, "desk@kalm.test", "t", Default::default())
        .await
        .unwrap()
        .token;
    let desk = app.client(HOST);
    let r = desk
        .post(app.url(HOST, &format!("/api/v1/accounts/{}/two-factor/reset", am2.id.0)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "reason_required");
    let r = desk
        .post(app.url(HOST, &format!("/api/v1/accounts/{}/two-factor/reset", am2.id.0)))
        .bearer_auth(&token)
        .json(&json!({ "reason": "ticket 4711, identity checked by phone" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);

    app.deliver().await;
    let resets = subjects(&app).iter().filter(|s| s.contains("Your two-factor authentication was reset")).count();
    assert_eq!(resets, 3, "pro, am and the client had it set up; am2 had nothing to reset");
    let log = audit_actions(&app).await;
    assert!(
        log.iter().any(|(a, d)| a == "two_factor_reset" && d["reason"] == "ticket 4711, identity checked by phone")
    );
    assert!(log.iter().any(|(a, d)| a == "access_denied" && d["action"] == "ResetTwoFactor"));
}
both_backends!(resets_follow_the_source);

async fn waivers_last_one_month(app: TestApp) {
    app.clock.set(Utc.with_ymd_and_hms(2027, 1, 31, 10, 0, 0).unwrap());
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let pro = app.account(&platform, "professional", "professional", "pro@care.test").await;
    policy(&app, &platform, "optional", "never", "off", "off").await;
    let (am_secret, _) = app_set_up(&app, &platform, "am@care.test").await;
    let am = login_with_code(&app, "am@care.test", &am_secret).await;
    let waiver_url = app.url(HOST, &format!("/api/v1/accounts/{}/two-factor/waiver", pro.id.0));
    let r = am.post(&waiver_url).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT, "only when required");
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "waiver_not_needed");
    policy(&app, &platform, "required", "never", "off", "off").await;
    let me = find(&app, &platform, "am@care.test").await;
    let own = am.post(app.url(HOST, &format!("/api/v1/accounts/{}/two-factor/waiver", me.id.0))).send().await.unwrap();
    assert_eq!(own.status(), StatusCode::FORBIDDEN, "not for oneself");

    let page = body(get(&app, &am, HOST, &format!("/accounts/{}", pro.id.0)).await).await;
    assert!(page.contains("Pause two-factor authentication for 1 month") && page.contains("28 Feb 2027"), "{page}");
    app.clock.set(Utc.with_ymd_and_hms(2027, 1, 31, 10, 0, 0).unwrap());
    let r = post(&app, &am, HOST, &format!("/accounts/{}/two-factor/waiver", pro.id.0), &[]).await;
    assert_eq!(location(&r), format!("/accounts/{}?done=two_factor_waived", pro.id.0));
    let status: Value = am
        .get(app.url(HOST, &format!("/api/v1/accounts/{}/two-factor", pro.id.0)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status["waiver"]["ends_at"], "2027-02-28T10:00:00+00:00", "31 January: end of February");
    assert_eq!(status["rule"], "required");

    let browser = app.client(HOST);
    assert_eq!(password_step(&app, &browser, "pro@care.test").await, "/", "waived: password only");
    post(&app, &browser, HOST, "/logout", &[]).await;
    app.clock.set(Utc.with_ymd_and_hms(2027, 2, 28, 9, 59, 59).unwrap());
    assert_eq!(password_step(&app, &browser, "pro@care.test").await, "/", "the last second of the waiver");
    post(&app, &browser, HOST, "/logout", &[]).await;
    app.clock.set(Utc.with_ymd_and_hms(2027, 2, 28, 10, 0, 0).unwrap());
    assert_eq!(password_step(&app, &browser, "pro@care.test").await, "/two-factor/setup", "it ends by itself");
    post(&app, &browser, HOST, "/logout", &[]).await;

    // A new waiver, ended early.
    let am = login_with_code(&app, "am@care.test", &am_secret).await;
    assert_eq!(am.post(&waiver_url).send().await.unwrap().status(), StatusCode::OK);
    assert_eq!(password_step(&app, &browser, "pro@care.test").await, "/");
    post(&app, &browser, HOST, "/logout", &[]).await;
    assert_eq!(am.delete(&waiver_url).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(password_step(&app, &browser, "pro@care.test").await, "/two-factor/setup");

    app.deliver().await;
    let paused: Vec<String> = app
        .mails()
        .iter()
        .map(|m| mail_text(m))
        .filter(|m| m.contains("Two-factor authentication is paused"))
        .collect();
    assert_eq!(paused.len(), 2);
    assert!(paused[0].contains("28 Feb 2027"), "the e-mail says until when");
    let log = audit_actions(&app).await;
    assert_eq!(log.iter().filter(|(a, _)| a == "two_factor_waived").count(), 2);
    assert!(log.iter().any(|(a, _)| a == "two_factor_waiver_ended"));
}
both_backends!(waivers_last_one_month);

/// A stand-in for Twilio's Messages API: checks the documented path, basic
/// authentication and form body, and answers like Twilio does.
async fn twilio_stand_in() -> (std::net::SocketAddr, std::sync::Arc<std::sync::Mutex<Vec<Vec<(String, String)>>>>) {
    use axum::extract::{Form, Path, State};
    use axum::http::HeaderMap;
    use axum::response::IntoResponse;
    type Seen = std::sync::Arc<std::sync::Mutex<Vec<Vec<(String, String)>>>>;
    async fn messages(
        State(seen): State<Seen>,
        Path(sid): Path<String>,
        headers: HeaderMap,
        Form(form): Form<Vec<(String, String)>>,
    ) -> axum::response::Response {
        use base64::Engine;
        let expected = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode("AC0123:s3cr/t"));
        let authorized = headers.get("authorization").and_then(|v| v.to_str().ok()) == Some(expected.as_str());
        if sid != "AC0123" || !authorized {
            let body = json!({ "code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401 });
            return (axum::http::StatusCode::UNAUTHORIZED, axum::Json(body)).into_response();
        }
        let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
        if !field("To").starts_with('+') || field("From").is_empty() || field("Body").is_empty() {
            let body = json!({ "code": 21604, "message": "A 'To' phone number is required.", "status": 400 });
            return (axum::http::StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
        }
        if field("To") == "+15005550001" {
            let body = json!({ "code": 21211, "message": "The 'To' number +15005550001 is not a valid phone number.", "status": 400 });
            return (axum::http::StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
        }
        let body = json!({ "sid": "SM0001", "status": "queued", "to": field("To"), "from": field("From") });
        seen.lock().unwrap().push(form);
        (axum::http::StatusCode::CREATED, axum::Json(body)).into_response()
    }
    let seen: Seen = Default::default();
    let router = axum::Router::new()
        .route("/2010-04-01/Accounts/{sid}/Messages.json", axum::routing::post(messages))
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (address, seen)
}

async fn twilio_provider_against_its_documented_api(app: TestApp) {
    use kalm_testkit::kalm_app::sms::{SmsError, provider_from_url};
    use kalm_testkit::kalm_domain::auth::phone::PhoneNumber;
    use kalm_testkit::kalm_domain::countries::Country;
    let (address, seen) = twilio_stand_in().await;
    let url = format!("twilio+http://AC0123:s3cr%2Ft@{address}?from=%2B3197010200300");
    let provider = provider_from_url(&url).unwrap();
    let to = PhoneNumber::parse("+31 6 12345678", Country::Nl).unwrap();
    provider.send(&to, "123456 is your login code").await.unwrap();
    let sent = seen.lock().unwrap().clone();
    assert_eq!(sent.len(), 1);
    let field = |name: &str| sent[0].iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap();
    assert_eq!(field("To"), "+31612345678");
    assert_eq!(field("From"), "+3197010200300");
    assert_eq!(field("Body"), "123456 is your login code");
    let invalid = PhoneNumber::parse("+1 500 555 0001", Country::Gb).unwrap();
    assert!(matches!(provider.send(&invalid, "x").await, Err(SmsError::Refused(m)) if m.contains("21211")));
    let wrong_token = provider_from_url(&format!("twilio+http://AC0123:nope@{address}?from=Kalm")).unwrap();
    assert!(matches!(wrong_token.send(&to, "x").await, Err(SmsError::Unavailable(m)) if m.contains("20003")));

    // Through the set-up: a refused number is the person's to check.
    let platform = app.platform("Care", HOST).await;
    let account = app.account(&platform, "client", "", "c@care.test").await;
    policy(&app, &platform, "off", "never", "optional", "off").await;
    let kalm = app.kalm.clone().with_sms(provider);
    let caller = auth::account_caller(&account, None);
    let wording = |code: &str| format!("{code} is your code");
    let confirmed = auth::verify_own_password(&kalm, &platform, &caller, PASSWORD, "test").await.unwrap();
    let phone = |typed: &str| two_factor::read_phone(&platform, "", typed).unwrap();
    let refused =
        two_factor::begin_sms_setup(&kalm, &caller, &platform, &phone("+1 500 555 0001"), &wording, &confirmed).await;
    assert_eq!(refused.err().map(|e| e.code()), Some("sms_refused"));
    two_factor::begin_sms_setup(&kalm, &caller, &platform, &phone("+31 6 12345678"), &wording, &confirmed)
        .await
        .unwrap();
    assert_eq!(seen.lock().unwrap().len(), 2);
}
both_backends!(twilio_provider_against_its_documented_api);

async fn parallel_codes_over_several_waiting_logins_are_reserved_before_they_are_checked(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    policy(&app, &platform, "off", "never", "required", "off").await;
    app_set_up(&app, &platform, "c@care.test").await;
    let mut logins = Vec::new();
    for _ in 0..3 {
        let client = app.client(HOST);
        assert_eq!(password_step(&app, &client, "c@care.test").await, "/login/code");
        logins.push(client);
    }
    // The source's anonymous audit budget is used up first: wrong codes on a
    // known account are bounded by its throttle and logged every one.
    for n in 0..25 {
        post(&app, &app.client(HOST), HOST, "/forgot-password", &[("email", &format!("x{n}@care.test"))]).await;
    }
    let mut set = tokio::task::JoinSet::new();
    for n in 0..30 {
        let (client, url) = (logins[n % 3].clone(), app.url(HOST, "/login/code"));
        set.spawn(async move { client.post(url).form(&[("code", "000000")]).send().await.unwrap().status() });
    }
    let statuses = set.join_all().await;
    let checked = statuses.iter().filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY).count();
    let throttled = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
    assert_eq!(checked + throttled, 30, "{statuses:?}");
    assert_eq!(checked, 5, "the account's five free failures, over all its waiting logins: {statuses:?}");
    let wrong =
        audit_actions(&app).await.iter().filter(|(a, d)| a == "login_failed" && d["reason"] == "wrong_code").count();
    assert_eq!(wrong, 5);
}
both_backends!(parallel_codes_over_several_waiting_logins_are_reserved_before_they_are_checked);

/// A login stays in one language until it is through: someone whose
/// browser asks for Dutch sees the code page in Dutch, as the login page
/// was (and as a text message would be), even though their account's own
/// language is English; once in, their own language takes over.
async fn a_login_keeps_its_language_until_it_is_through(app: TestApp) {
    app.platform("Care", HOST).await;
    let platform = app.offer_languages(HOST, &["en", "nl"]).await;
    policy(&app, &platform, "off", "never", "optional", "off").await;
    app.account(&platform, "client", "", "c@care.test").await;
    let (secret, _) = app_set_up(&app, &platform, "c@care.test").await;
    let client = app.client(HOST);
    let dutch = |path: &str| client.get(app.url(HOST, path)).header("accept-language", "nl");
    assert!(body(dutch("/login").send().await.unwrap()).await.contains("<html lang=\"nl\">"));
    let r = client
        .post(app.url(HOST, "/login"))
        .header("accept-language", "nl")
        .form(&[("email", "c@care.test"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), "/login/code");
    let code_page = body(dutch("/login/code").send().await.unwrap()).await;
    assert!(code_page.contains("<html lang=\"nl\">"), "the second step in the first step's language: {code_page}");
    let r = client
        .post(app.url(HOST, "/login/code"))
        .header("accept-language", "nl")
        .form(&[("code", totp(&app, &secret))])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), "/");
    let home = body(dutch("/").send().await.unwrap()).await;
    assert!(home.contains("<html lang=\"en\">"), "signed in, the account's own language: {home}");
}
both_backends!(a_login_keeps_its_language_until_it_is_through);

/// Where two-factor is optional, its owner can switch it off again, after
/// confirming their password; where it is required, they cannot. Staff
/// looking at the account read about "the" phone and the person's codes,
/// not "your".
async fn optional_two_factor_can_be_switched_off_by_its_owner(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    policy(&app, &platform, "optional", "never", "optional", "off").await;
    let platform =
        kalm_testkit::kalm_app::platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST)
            .await
            .unwrap();
    app.account(&platform, "client", "", "c@care.test").await;
    app.account(&platform, "professional", "secretary", "sec@care.test").await;
    let (secret, _) = app_set_up(&app, &platform, "c@care.test").await;

    let secretary = app.login(HOST, "sec@care.test").await;
    let client_id = find(&app, &platform, "c@care.test").await.id;
    let seen = body(get(&app, &secretary, HOST, &format!("/accounts/{client_id}")).await).await;
    assert!(seen.contains("has 6 recovery codes left") && !seen.contains("You have"), "{seen}");

    let client = login_with_code(&app, "c@care.test", &secret).await;
    let own = body(get(&app, &client, HOST, "/account/two-factor").await).await;
    assert!(own.contains("optional here") && !own.contains("You can choose to set it up"), "{own}");
    assert!(own.contains("action=\"/account/two-factor/off\""), "{own}");
    // The password first: a session alone cannot remove a second factor.
    app.clock.advance(Duration::minutes(10));
    let r = post(&app, &client, HOST, "/account/two-factor/off", &[]).await;
    let confirm = location(&r);
    assert!(confirm.starts_with("/account/confirm"), "{confirm}");
    let back = confirm.split("back=").nth(1).unwrap().to_owned();
    post(&app, &client, HOST, "/account/confirm", &[("back", &back), ("password", PASSWORD)]).await;
    let r = post(&app, &client, HOST, "/account/two-factor/off", &[]).await;
    assert_eq!(location(&r), "/account/two-factor?done=two_factor_off");
    let own = body(get(&app, &client, HOST, "/account/two-factor?done=two_factor_off").await).await;
    assert!(own.contains("Two-factor authentication is switched off") && own.contains("Not set up."), "{own}");
    assert!(audit_actions(&app).await.iter().any(|(a, _)| a == "two_factor_switched_off"));
    // The next login needs only the password.
    post(&app, &client, HOST, "/logout", &[]).await;
    assert_eq!(password_step(&app, &client, "c@care.test").await, "/");

    // Where it is required for clients, there is nothing to switch off.
    let (secret, _) = app_set_up(&app, &platform, "c@care.test").await;
    policy(&app, &platform, "optional", "never", "required", "off").await;
    let client = login_with_code(&app, "c@care.test", &secret).await;
    let own = body(get(&app, &client, HOST, "/account/two-factor").await).await;
    assert!(!own.contains("action=\"/account/two-factor/off\""), "{own}");
    post(&app, &client, HOST, "/account/confirm", &[("back", &back), ("password", PASSWORD)]).await;
    let r = post(&app, &client, HOST, "/account/two-factor/off", &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert!(body(r).await.contains("requires two-factor authentication for your account"));
}
both_backends!(optional_two_factor_can_be_switched_off_by_its_owner);
