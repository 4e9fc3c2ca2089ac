//! Password login, sessions, throttling and logout.

use chrono::Duration;
use kalm_testkit::reqwest::StatusCode;
use kalm_testkit::{PASSWORD, TestApp, both_backends};

use crate::support::{body, get, location, post};

const HOST: &str = "care.test";

async fn login_sets_a_safe_cookie_and_a_new_session_each_time(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let client = app.client(HOST);
    let mut cookies = Vec::new();
    for _ in 0..2 {
        let response =
            post(&app, &client, HOST, "/login", &[("email", "CLIENT@care.test"), ("password", PASSWORD)]).await;
        assert_eq!(response.status(), 303);
        assert_eq!(location(&response), "/");
        let cookie = response.headers().get("set-cookie").unwrap().to_str().unwrap().to_owned();
        assert!(cookie.starts_with("kalm_session="), "{cookie}");
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
            "{cookie}"
        );
        cookies.push(cookie);
    }
    assert_ne!(cookies[0], cookies[1], "every login gets a new session id");
    let home = body(get(&app, &client, HOST, "/").await).await;
    assert!(home.contains("Welcome, client"), "{home}");
}
both_backends!(login_sets_a_safe_cookie_and_a_new_session_each_time);

async fn failures_do_not_reveal_whether_an_account_exists(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let client = app.client(HOST);
    let wrong =
        post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", "not-the-password-at-all")])
            .await;
    let unknown =
        post(&app, &client, HOST, "/login", &[("email", "nobody@care.test"), ("password", "not-the-password-at-all")])
            .await;
    let malformed = post(&app, &client, HOST, "/login", &[("email", "nobody"), ("password", "x")]).await;
    assert_eq!(wrong.status(), 401);
    assert_eq!(unknown.status(), 401);
    assert_eq!(malformed.status(), 401);
    let (wrong, unknown) = (body(wrong).await, body(unknown).await);
    let message = "The e-mail address or password is not right.";
    assert!(wrong.contains(message) && unknown.contains(message));
    assert_eq!(
        wrong.replace("client@care.test", "X"),
        unknown.replace("nobody@care.test", "X"),
        "same page either way"
    );
}
both_backends!(failures_do_not_reveal_whether_an_account_exists);

async fn repeated_failures_back_off_and_recover_with_time(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let client = app.client(HOST);
    for attempt in 1..=5 {
        let r =
            post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", "wrong-password-guess")])
                .await;
        assert_eq!(r.status(), 401, "attempt {attempt}");
    }
    // Blocked now, even with the right password.
    let blocked = post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(blocked.status(), 429);
    assert!(body(blocked).await.contains("too many attempts"));
    // Unknown addresses are throttled the same way.
    for _ in 0..5 {
        post(&app, &client, HOST, "/login", &[("email", "ghost@care.test"), ("password", "wrong-password-guess")])
            .await;
    }
    assert_eq!(
        post(&app, &client, HOST, "/login", &[("email", "ghost@care.test"), ("password", "x")]).await.status(),
        429
    );
    app.clock.advance(Duration::seconds(16));
    let ok = post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(ok.status(), 303, "the wait is temporary");
}
both_backends!(repeated_failures_back_off_and_recover_with_time);

async fn sessions_expire_when_idle_and_after_twelve_hours(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let client = app.login(HOST, "client@care.test").await;
    app.clock.advance(Duration::minutes(59));
    assert_eq!(get(&app, &client, HOST, "/").await.status(), 200, "59 idle minutes are fine");
    app.clock.advance(Duration::minutes(60));
    let r = get(&app, &client, HOST, "/").await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, "/login".to_owned()), "60 idle minutes end it");

    let client = app.login(HOST, "client@care.test").await;
    for _ in 0..23 {
        app.clock.advance(Duration::minutes(30));
        assert_eq!(get(&app, &client, HOST, "/").await.status(), 200);
    }
    app.clock.advance(Duration::minutes(30));
    assert_eq!(get(&app, &client, HOST, "/").await.status(), 303, "12 hours is the most, however busy");
}
both_backends!(sessions_expire_when_idle_and_after_twelve_hours);

async fn logout_ends_the_session_on_the_server(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let client = app.client(HOST);
    let response = post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    let cookie = response.headers().get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_owned();
    let out = post(&app, &client, HOST, "/logout", &[]).await;
    assert_eq!(location(&out), "/login");
    assert!(out.headers().get("set-cookie").unwrap().to_str().unwrap().contains("Max-Age=0"));
    let replay = app.client(HOST).get(app.url(HOST, "/")).header("cookie", cookie).send().await.unwrap();
    assert_eq!(replay.status(), 303, "an old cookie is worthless after logout");
}
both_backends!(logout_ends_the_session_on_the_server);

async fn deactivated_accounts_cannot_log_in_and_lose_their_sessions(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let client_account = app.account(&platform, "client", "", "client@care.test").await;
    let client = app.login(HOST, "client@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let r = post(&app, &manager, HOST, &format!("/accounts/{}/deactivate", client_account.id), &[("confirmed", "yes")])
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(get(&app, &client, HOST, "/").await.status(), 303, "the open session ended");
    let fresh = app.client(HOST);
    let right = post(&app, &fresh, HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(right.status(), 403);
    assert!(body(right).await.contains("not active at the moment"));
    let wrong =
        post(&app, &fresh, HOST, "/login", &[("email", "client@care.test"), ("password", "wrong-password-guess")])
            .await;
    assert_eq!(wrong.status(), 401, "a wrong password learns nothing about the status");
    // Reactivation lets them back in.
    let r = post(&app, &manager, HOST, &format!("/accounts/{}/reactivate", client_account.id), &[]).await;
    assert_eq!(r.status(), 303);
    app.login(HOST, "client@care.test").await;
}
both_backends!(deactivated_accounts_cannot_log_in_and_lose_their_sessions);

/// Where a text tells people to contact the organisation, it gives the
/// organisation's address once the service desk has set one: the login of
/// a deactivated account, the help for a lost phone, and the e-mails.
async fn the_organisations_address_is_given_where_people_are_told_to_ask(app: TestApp) {
    use kalm_testkit::kalm_app::{Caller, platforms};
    let platform = app.platform("Care", HOST).await;
    let contact = platforms::PlatformChange { contact_email: Some("help@care.test".into()), ..Default::default() };
    let platform = platforms::update(&app.kalm, &Caller::command_line(), &platform, &contact).await.unwrap();
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let client = app.account(&platform, "client", "", "client@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    post(&app, &manager, HOST, &format!("/accounts/{}/deactivate", client.id), &[("confirmed", "yes")]).await;
    let r =
        post(&app, &app.client(HOST), HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert!(body(r).await.contains("Please contact Care: help@care.test"));
    // The e-mail that tells the client their account was deactivated.
    app.deliver().await;
    let mails = app.mails();
    let to_client = mails.iter().rfind(|m| m.contains("To: client@care.test")).expect("an e-mail to the client");
    assert!(kalm_testkit::mail_text(to_client).contains("Questions? Write to Care: help@care.test"));

    // Without an address, the texts say whom to ask, as before.
    let cleared = platforms::PlatformChange { contact_email: Some(String::new()), ..Default::default() };
    platforms::update(&app.kalm, &Caller::command_line(), &platform, &cleared).await.unwrap();
    let r =
        post(&app, &app.client(HOST), HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    let html = body(r).await;
    assert!(html.contains("not active at the moment") && !html.contains("help@care.test"), "{html}");
}
both_backends!(the_organisations_address_is_given_where_people_are_told_to_ask);

async fn cross_site_form_posts_are_refused(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let client = app.client(HOST);
    let r = client
        .post(app.url(HOST, "/login"))
        .header("origin", "http://evil.test")
        .form(&[("email", "client@care.test"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = client
        .post(app.url(HOST, "/login"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("email", "client@care.test"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = client
        .post(app.url(HOST, "/login"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("email", "client@care.test"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
}
both_backends!(cross_site_form_posts_are_refused);

async fn operators_log_in_on_the_console_only(app: TestApp) {
    app.platform("Care", HOST).await;
    app.operator("desk@kalm.test").await;
    let console = app.login(kalm_testkit::ADMIN_HOST, "desk@kalm.test").await;
    let html = body(get(&app, &console, kalm_testkit::ADMIN_HOST, "/").await).await;
    assert!(html.contains("Platforms") && html.contains("care.test"), "{html}");
    let on_platform =
        post(&app, &app.client(HOST), HOST, "/login", &[("email", "desk@kalm.test"), ("password", PASSWORD)]).await;
    assert_eq!(on_platform.status(), 401, "operator credentials are not platform credentials");
}
both_backends!(operators_log_in_on_the_console_only);

async fn own_password_change_needs_the_current_one_and_ends_other_sessions(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let here = app.login(HOST, "client@care.test").await;
    let elsewhere = app.login(HOST, "client@care.test").await;
    let r = post(
        &app,
        &here,
        HOST,
        "/account/password",
        &[("current", "wrong-password-guess"), ("new_password", "lantern-orchard-violet-31")],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(body(r).await.contains("current password is not right"));
    let r =
        post(&app, &here, HOST, "/account/password", &[("current", PASSWORD), ("new_password", "password1234")]).await;
    assert_eq!(r.status(), 422);
    let r = post(
        &app,
        &here,
        HOST,
        "/account/password",
        &[("current", PASSWORD), ("new_password", "lantern-orchard-violet-31")],
    )
    .await;
    assert_eq!(location(&r), "/account?done=password_changed");
    assert_eq!(get(&app, &here, HOST, "/").await.status(), 200, "this session stays");
    assert_eq!(get(&app, &elsewhere, HOST, "/").await.status(), 303, "the other one ended");
    let r = post(
        &app,
        &app.client(HOST),
        HOST,
        "/login",
        &[("email", "client@care.test"), ("password", "lantern-orchard-violet-31")],
    )
    .await;
    assert_eq!(r.status(), 303);
}
both_backends!(own_password_change_needs_the_current_one_and_ends_other_sessions);

/// Sends `count` logins for `email` at the same moment; returns their
/// statuses.
async fn parallel_logins(app: &TestApp, host: &str, path: &str, email: &str, password: &str, count: usize) -> Vec<u16> {
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..count {
        let (client, url) = (app.client(host), app.url(host, path));
        let fields = [("email", email.to_owned()), ("password", password.to_owned())];
        set.spawn(async move { client.post(url).form(&fields).send().await.unwrap().status().as_u16() });
    }
    set.join_all().await
}

async fn parallel_wrong_passwords_are_reserved_before_they_are_checked(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let statuses = parallel_logins(&app, HOST, "/login", "client@care.test", "wrong-password-guess", 20).await;
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let throttled = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(checked + throttled, 20, "{statuses:?}");
    assert_eq!(checked, 5, "only the five free failures are evaluated, however many arrive at once: {statuses:?}");
    let failed = kalm_testkit::kalm_app::audit::list_on_server(
        &app.kalm,
        &kalm_testkit::kalm_app::audit::AuditFilter { limit: 1000, ..Default::default() },
    )
    .await
    .unwrap()
    .iter()
    .filter(|e| e.action.code() == "login_failed")
    .count();
    assert_eq!(failed, 5, "one failed-login entry per evaluated guess");
    let r =
        post(&app, &app.client(HOST), HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429, "the right password waits too");
    app.clock.advance(Duration::seconds(16));
    let r =
        post(&app, &app.client(HOST), HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 303);
}
both_backends!(parallel_wrong_passwords_are_reserved_before_they_are_checked);

async fn parallel_wrong_operator_passwords_are_reserved_before_they_are_checked(app: TestApp) {
    app.operator("desk@example.org").await;
    let admin = kalm_testkit::ADMIN_HOST;
    let statuses = parallel_logins(&app, admin, "/login", "desk@example.org", "wrong-password-guess", 20).await;
    let checked = statuses.iter().filter(|s| **s == 401).count();
    assert_eq!(checked, 5, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 15, "{statuses:?}");
}
both_backends!(parallel_wrong_operator_passwords_are_reserved_before_they_are_checked);

async fn a_right_password_gives_its_reservation_back(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let client = app.client(HOST);
    for _ in 0..4 {
        post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", "wrong-password-guess")])
            .await;
    }
    // Four typos and the right password: in, and the count starts afresh.
    let r = post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 303);
    for attempt in 1..=5 {
        let r =
            post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", "wrong-password-guess")])
                .await;
        assert_eq!(r.status(), 401, "attempt {attempt} after a success");
    }
}
both_backends!(a_right_password_gives_its_reservation_back);

async fn one_noisy_source_does_not_lock_out_other_platforms(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let other = app.platform("Other", "other.test").await;
    app.account(&platform, "client", "", "client@care.test").await;
    app.account(&other, "client", "", "client@other.test").await;
    let client = app.client(HOST);
    // Guesses spread over many addresses, so only the per-source limit
    // (one hundred free failures per platform) is reached.
    for n in 0..100 {
        let email = format!("guess{n}@care.test");
        let r = post(&app, &client, HOST, "/login", &[("email", &email), ("password", "wrong-password-guess")]).await;
        assert_eq!(r.status(), 401, "guess {n}");
    }
    let r = post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429, "this source is slowed down on the platform it guessed on");
    let other_client = app.client("other.test");
    let r =
        post(&app, &other_client, "other.test", "/login", &[("email", "client@other.test"), ("password", PASSWORD)])
            .await;
    assert_eq!(r.status(), 303, "but not on another platform");
    app.clock.advance(Duration::seconds(6));
    let r = post(&app, &client, HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 303, "and only for a few seconds at first");
}
both_backends!(one_noisy_source_does_not_lock_out_other_platforms);

/// The current-password check of "change password" is no way around the
/// login form's limits: it is checked first, throttled on the account's key
/// and audited, and a wrong one gets the same answer whatever the new one.
async fn the_current_password_check_is_throttled_and_audited(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "client@care.test").await;
    let here = app.login(HOST, "client@care.test").await;
    let weak =
        post(&app, &here, HOST, "/account/password", &[("current", "wrong-guess-1"), ("new_password", "password1234")])
            .await;
    let strong = post(
        &app,
        &here,
        HOST,
        "/account/password",
        &[("current", "wrong-guess-2"), ("new_password", "lantern-orchard-violet-31")],
    )
    .await;
    assert_eq!((weak.status(), strong.status()), (StatusCode::UNPROCESSABLE_ENTITY, StatusCode::UNPROCESSABLE_ENTITY));
    let (weak, strong) = (body(weak).await, body(strong).await);
    assert!(weak.contains("current password is not right") && !weak.contains("too easy to guess"), "current first");
    assert!(strong.contains("current password is not right"));
    for n in 3..=5 {
        let guess = format!("wrong-guess-{n}");
        let r = post(&app, &here, HOST, "/account/password", &[("current", &guess), ("new_password", "x")]).await;
        assert_eq!(r.status(), 422);
    }
    let r = post(
        &app,
        &here,
        HOST,
        "/account/password",
        &[("current", PASSWORD), ("new_password", "lantern-orchard-violet-31")],
    )
    .await;
    assert_eq!(r.status(), 429, "five wrong guesses: even the right one waits, as at the login form");
    let r =
        post(&app, &app.client(HOST), HOST, "/login", &[("email", "client@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429, "the same count as the login form's");
    let failed = kalm_testkit::kalm_app::audit::list_on_server(
        &app.kalm,
        &kalm_testkit::kalm_app::audit::AuditFilter { limit: 1000, ..Default::default() },
    )
    .await
    .unwrap()
    .iter()
    .filter(|e| e.action.code() == "reauthentication_failed")
    .count();
    assert_eq!(failed, 5, "each wrong current password is audited");
}
both_backends!(the_current_password_check_is_throttled_and_audited);
