//! Automatic deactivation of inactive accounts: the sweep on a test clock
//! (day 0, warning day, deactivation day, reactivation, a setting changed
//! later), the last application manager, the schedule's once-per-period
//! claim, the preview in the API and the command line, and sweeps that run
//! at the same time or are killed halfway.

use std::process::Stdio;

use chrono::{Duration, Utc};
use kalm_testkit::kalm_app::platforms::Platform;
use kalm_testkit::kalm_app::{Clock, accounts, audit, configurations, inactivity};
use kalm_testkit::kalm_domain::configurations::ConfigurationKey;
use kalm_testkit::reqwest::StatusCode;
use kalm_testkit::{PASSWORD, TestApp, both_backends, mail_text};
use serde_json::{Value, json};

use crate::support::{get, location, post};

const HOST: &str = "care.test";
const TEST_KEY: &str = "a2FsbS10ZXN0LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=";

async fn rule(app: &TestApp, platform: &Platform, value: Value) -> Platform {
    let key = ConfigurationKey::InactivityDeactivation;
    configurations::set_availability_confirmed(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        platform,
        key,
        true,
        None,
        true,
    )
    .await
    .unwrap();
    configurations::set_value_confirmed(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        platform,
        key,
        &value,
        None,
        true,
    )
    .await
    .unwrap();
    // Read again: the settings version moved on.
    kalm_testkit::kalm_app::platforms::find(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        platform.domain.as_str(),
    )
    .await
    .unwrap()
}

async fn sweep(app: &TestApp) -> inactivity::SweepReport {
    inactivity::sweep(&app.kalm, None, false, &|_| {}).await.unwrap()
}

async fn status(app: &TestApp, platform: &Platform, email: &str) -> String {
    let id = accounts::id_by_email(&app.kalm, platform.id, email).await.unwrap().unwrap();
    accounts::view(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), platform.id, id)
        .await
        .unwrap()
        .account
        .status
        .code()
        .to_owned()
}

async fn audit_of(app: &TestApp, action: &str) -> Vec<(Option<String>, Value)> {
    let filter = audit::AuditFilter { limit: 100_000, ..Default::default() };
    audit::list_on_server(&app.kalm, &filter)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action.code() == action)
        .map(|e| (e.target_label, e.detail.and_then(|d| serde_json::from_str(&d).ok()).unwrap_or(Value::Null)))
        .collect()
}

/// A client to create without a password: invited, with an activation link.
fn invited_client(first_name: &str, email: &str) -> accounts::AccountInput {
    accounts::AccountInput {
        account_type: "client".into(),
        roles: String::new(),
        first_name: first_name.into(),
        last_name: "Invited".into(),
        email: email.into(),
        language: String::new(),
        friend_of: String::new(),
    }
}

async fn sessions_of(app: &TestApp, account: uuid::Uuid) -> i64 {
    let mut conn = app.kalm.store.begin().await.unwrap();
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE subject_id = $1")
        .bind(account.to_string())
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    n
}

fn subjects_to(app: &TestApp, address: &str) -> Vec<String> {
    app.mails()
        .iter()
        .map(|m| mail_text(m))
        .filter(|m| m.contains(&format!("To: {address}")) || m.contains(&format!("<{address}>")))
        .map(|m| m.lines().find(|l| l.starts_with("Subject: ")).unwrap_or_default().to_owned())
        .collect()
}

async fn warns_then_deactivates_on_the_clock(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    app.account(&platform, "professional", "application_manager", "am2@care.test").await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    app.account(&platform, "client", "", "away@care.test").await;
    app.account(&platform, "client", "", "back@care.test").await;
    let client = app.account(&platform, "client", "", "never@care.test").await;
    accounts::invite_friend(
        &app.kalm,
        &kalm_testkit::kalm_app::auth::account_caller(&client, None),
        &platform,
        "Fay",
        "Friend",
        "friend@care.test",
    )
    .await
    .unwrap();
    let platform = rule(&app, &platform, json!({ "professionals": 365, "clients": 30, "warning_days": 14 })).await;
    let start = app.clock.now();
    app.login(HOST, "am@care.test").await;
    app.login(HOST, "away@care.test").await;
    app.login(HOST, "back@care.test").await;

    // Day 0: nothing to do.
    let r = sweep(&app).await;
    assert_eq!((r.deactivated, r.warned), (0, 0));

    // Day 16: the three clients get one warning each, naming the date.
    app.clock.set(start + Duration::days(16));
    assert_eq!(inactivity::due(&app.kalm, None).await.unwrap(), 3, "what the progress bar expects");
    let r = sweep(&app).await;
    assert_eq!((r.deactivated, r.warned), (0, 3));
    assert_eq!(sweep(&app).await.warned, 0, "one warning per stretch of inactivity");
    app.deliver().await;
    let warning = app.mails().iter().map(|m| mail_text(m)).find(|m| m.contains("away@care.test")).unwrap();
    assert!(warning.contains("Your account will soon be deactivated") && warning.contains("4 Apr 2026"), "{warning}");
    assert!(warning.contains("/login"), "says how to stay active: log in");

    // Day 20: one client is back; on day 30 the others go.
    app.clock.set(start + Duration::days(20));
    app.login(HOST, "back@care.test").await;
    app.clock.set(start + Duration::days(30) - Duration::seconds(1));
    assert_eq!(sweep(&app).await.deactivated, 0, "just before the day");
    app.clock.set(start + Duration::days(30));
    let away_browser = app.client(HOST);
    let away_id = accounts::id_by_email(&app.kalm, platform.id, "away@care.test").await.unwrap().unwrap();
    assert!(sessions_of(&app, away_id.0).await > 0, "the day-0 login's session is still stored");
    let r = sweep(&app).await;
    assert_eq!(r.deactivated, 2);
    assert_eq!(sessions_of(&app, away_id.0).await, 0, "deactivation ends every session");
    assert_eq!(status(&app, &platform, "away@care.test").await, "deactivated");
    assert_eq!(status(&app, &platform, "never@care.test").await, "deactivated", "counts from creation");
    assert_eq!(status(&app, &platform, "back@care.test").await, "active");
    assert_eq!(status(&app, &platform, "friend@care.test").await, "invited", "friends are never swept");
    assert_eq!(status(&app, &platform, "pro@care.test").await, "active");
    let entries = audit_of(&app, "account_deactivated").await;
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|(_, d)| d["rule"]["days"] == 30 && d["rule"]["account_type"] == "client"));
    app.deliver().await;
    assert!(subjects_to(&app, "away@care.test").iter().any(|s| s.contains("deactivated")));

    // The right password says whom to contact; a wrong one says nothing more.
    let r = post(&app, &away_browser, HOST, "/login", &[("email", "away@care.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(r.text().await.unwrap().contains("application manager of Care"));
    let r = post(&app, &away_browser, HOST, "/login", &[("email", "away@care.test"), ("password", "wrong password!!")])
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert!(!r.text().await.unwrap().contains("deactivated"));

    // Reactivated: active from that moment, not swept again at once.
    let away = accounts::id_by_email(&app.kalm, platform.id, "away@care.test").await.unwrap().unwrap();
    let am = app.login(HOST, "am@care.test").await;
    let r = post(&app, &am, HOST, &format!("/accounts/{}/reactivate", away.0), &[]).await;
    assert_eq!(location(&r), format!("/accounts/{}?done=account_reactivated", away.0));
    assert_eq!(sweep(&app).await.deactivated, 0);
    assert_eq!(status(&app, &platform, "away@care.test").await, "active");

    // A shorter period later: back (active on day 20) goes on day 31.
    let platform = rule(&app, &platform, json!({ "professionals": 365, "clients": 10, "warning_days": 0 })).await;
    app.clock.set(start + Duration::days(31));
    let r = sweep(&app).await;
    assert_eq!((r.deactivated, r.warned), (1, 0));
    assert_eq!(status(&app, &platform, "back@care.test").await, "deactivated");

    // A year on: the professional goes, and of the two application
    // managers, both away, the one away longer goes and the last one stays;
    // the log says why, once.
    app.clock.set(start + Duration::days(400));
    let dry = inactivity::sweep(&app.kalm, None, true, &|_| {}).await.unwrap();
    assert_eq!((dry.deactivated, dry.skipped), (3, 1), "a dry run counts as the sweep will");
    assert_eq!(inactivity::due(&app.kalm, None).await.unwrap(), 4, "what the progress bar expects");
    let planned = |email: &str| dry.planned.iter().find(|p| p.email == email).map(|p| p.action);
    assert_eq!(planned("am2@care.test"), Some("deactivate"));
    assert_eq!(planned("am@care.test"), Some("keep"), "the dry run keeps the last manager too");
    assert_eq!(status(&app, &platform, "pro@care.test").await, "active", "a dry run changes nothing");
    let r = sweep(&app).await;
    assert_eq!((r.deactivated, r.skipped), (3, 1), "pro, the reactivated client and one manager; the last one kept");
    assert_eq!(status(&app, &platform, "am2@care.test").await, "deactivated", "never logged in: away longer");
    assert_eq!(status(&app, &platform, "am@care.test").await, "active");
    assert_eq!(sweep(&app).await.skipped, 1);
    let skipped = audit_of(&app, "deactivation_skipped").await;
    assert_eq!(skipped.len(), 1, "logged once per stretch");
    assert_eq!(skipped[0].1["reason"], "last_application_manager");
}
both_backends!(warns_then_deactivates_on_the_clock);

/// A platform whose sweep fails (here: a damaged stored rule) does not stop
/// the sweep of the others; the run still reports the failure.
async fn one_failing_platform_does_not_stop_the_others(app: TestApp) {
    let mut platforms = Vec::new();
    for (name, host) in [("Alpha", "alpha.test"), ("Beta", "beta.test")] {
        let platform = app.platform(name, host).await;
        app.account(&platform, "client", "", &format!("c@{host}")).await;
        platforms.push(rule(&app, &platform, json!({ "professionals": null, "clients": 30, "warning_days": 0 })).await);
    }
    let mut tx = app.kalm.store.begin().await.unwrap();
    sqlx::query(
        "UPDATE platform_configurations SET value = '{\"clients\": \"soon\"}' \
         WHERE platform_id = $1 AND config_key = 'inactivity_deactivation'",
    )
    .bind(platforms[0].id.0.to_string())
    .execute(&mut *tx)
    .await
    .unwrap();
    sqlx::query("UPDATE platforms SET settings_version = settings_version + 1 WHERE id = $1")
        .bind(platforms[0].id.0.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app.clock.advance(Duration::days(31));
    let err = inactivity::sweep(&app.kalm, None, false, &|_| {}).await.unwrap_err();
    assert!(err.to_string().contains("alpha.test"), "{err}");
    assert_eq!(status(&app, &platforms[1], "c@beta.test").await, "deactivated", "the other platform was swept");
    assert_eq!(status(&app, &platforms[0], "c@alpha.test").await, "active");
}
both_backends!(one_failing_platform_does_not_stop_the_others);

/// Requests record activity at most once a minute per account, however
/// many sessions it has open.
async fn activity_is_written_at_most_once_a_minute(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "cleo@care.test").await;
    let id = accounts::id_by_email(&app.kalm, platform.id, "cleo@care.test").await.unwrap().unwrap();
    let activity = || async {
        accounts::view(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), platform.id, id)
            .await
            .unwrap()
            .account
            .last_activity_at
            .unwrap()
    };
    let start = app.clock.now();
    let phone = app.login(HOST, "cleo@care.test").await;
    let laptop = app.login(HOST, "cleo@care.test").await;
    assert_eq!(activity().await, start, "logging in is activity");
    let at = |seconds: i64| app.clock.set(start + Duration::seconds(seconds));
    at(30);
    assert_eq!(get(&app, &phone, HOST, "/").await.status(), StatusCode::OK);
    assert_eq!(activity().await, start, "not again within the minute");
    at(61);
    get(&app, &phone, HOST, "/").await;
    assert_eq!(activity().await, start + Duration::seconds(61));
    // The laptop's session was last seen at the start, so it is due a touch
    // of its own; the account was active 14 seconds ago.
    at(75);
    get(&app, &laptop, HOST, "/").await;
    assert_eq!(activity().await, start + Duration::seconds(61), "once a minute per account, not per session");
    at(121);
    get(&app, &phone, HOST, "/").await;
    assert_eq!(activity().await, start + Duration::seconds(121), "a minute after the last write");
}
both_backends!(activity_is_written_at_most_once_a_minute);

/// An invitation that is renewed, and then used, counts as activity: the
/// person gets a whole period from each, not one counted from creation.
async fn invitations_count_as_activity(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let am = app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let am = kalm_testkit::kalm_app::auth::account_caller(&am, None);
    let start = app.clock.now();
    let input = invited_client("Ivy", "ivy@care.test");
    let ivy = accounts::create(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), &platform, &input, None)
        .await
        .unwrap()
        .account
        .id;
    let una = invited_client("Una", "una@care.test");
    let una = accounts::create(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), &platform, &una, None)
        .await
        .unwrap()
        .account
        .id;
    let platform = rule(&app, &platform, json!({ "professionals": null, "clients": 30, "warning_days": 14 })).await;
    app.clock.set(start + Duration::days(29));
    let token = accounts::renew_activation_link(&app.kalm, &am, platform.id, ivy).await.unwrap();
    app.clock.set(start + Duration::days(31));
    assert_eq!(sweep(&app).await.deactivated, 1, "Una, counted from creation; Ivy's link was renewed on day 29");
    assert_eq!(status(&app, &platform, "ivy@care.test").await, "invited");
    accounts::activate(&app.kalm, &platform, &token, PASSWORD, None).await.unwrap();
    // Una never set a password: reactivated, she is invited again, and the
    // page says a new link is needed.
    let manager = app.login(HOST, "am@care.test").await;
    let r = post(&app, &manager, HOST, &format!("/accounts/{}/reactivate", una.0), &[]).await;
    assert_eq!(location(&r), format!("/accounts/{}?done=account_reactivated_invited", una.0));
    assert_eq!(status(&app, &platform, "una@care.test").await, "invited");
    let page = get(&app, &manager, HOST, &location(&r)).await.text().await.unwrap();
    assert!(page.contains("Send a new activation link"), "{page}");
    app.clock.set(start + Duration::days(60));
    let r = sweep(&app).await;
    assert_eq!(r.deactivated, 0, "activated and reactivated on day 31");
    assert_eq!(r.warned, 1, "Ivy is warned; Una, invited, cannot log in, so no warning tells her to");
    assert_eq!(audit_of(&app, "inactivity_warning_sent").await[0].0.as_deref(), Some("ivy@care.test"));
    app.clock.set(start + Duration::days(61));
    assert_eq!(sweep(&app).await.deactivated, 2);
    assert_eq!(status(&app, &platform, "ivy@care.test").await, "deactivated");
}
both_backends!(invitations_count_as_activity);

async fn one_node_runs_each_period(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    rule(&app, &platform, json!({ "professionals": null, "clients": 30, "warning_days": 0 })).await;
    app.clock.advance(Duration::days(31));
    let hour = Duration::minutes(60);
    let (a, b) = tokio::join!(
        inactivity::run_scheduled(&app.kalm, "node-a", hour),
        inactivity::run_scheduled(&app.kalm, "node-b", hour)
    );
    let ran: Vec<_> = [a.unwrap(), b.unwrap()].into_iter().flatten().collect();
    assert_eq!(ran.len(), 1, "one node ran the period");
    assert_eq!(ran[0].deactivated, 1);
    assert!(inactivity::run_scheduled(&app.kalm, "node-a", hour).await.unwrap().is_none(), "the period is done");
    app.clock.advance(hour);
    assert!(inactivity::run_scheduled(&app.kalm, "node-b", hour).await.unwrap().is_some(), "the next period runs");

    // A node that claimed a period and died: its lease runs out, and the
    // next tick of another node finishes that period.
    app.clock.advance(hour);
    let now = app.clock.now();
    let period = now.timestamp().div_euclid(3600);
    let mut tx = app.kalm.store.begin().await.unwrap();
    let claimed =
        kalm_store::inactivity::claim(&mut tx, inactivity::JOB, period, "dead-node", now, now + Duration::minutes(5))
            .await
            .unwrap();
    tx.commit().await.unwrap();
    assert!(claimed);
    assert!(inactivity::run_scheduled(&app.kalm, "node-a", hour).await.unwrap().is_none(), "still leased");
    app.clock.advance(Duration::minutes(6));
    assert!(inactivity::run_scheduled(&app.kalm, "node-a", hour).await.unwrap().is_some(), "taken over");
}
both_backends!(one_node_runs_each_period);

async fn preview_in_the_api_and_the_shell(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    let start = app.clock.now();
    for (i, days_ago) in [0i64, 10, 40, 100, 200, 400, 800].into_iter().enumerate() {
        app.clock.set(start - Duration::days(days_ago));
        app.account(&platform, "client", "", &format!("c{i}@care.test")).await;
    }
    app.clock.set(start);
    let am = app.login(HOST, "am@care.test").await;
    let preview = |client: kalm_testkit::reqwest::Client, query: &'static str| {
        let url = app.url(HOST, &format!("/api/v1/inactivity/preview?{query}"));
        async move { client.get(url).send().await.unwrap() }
    };
    let r = preview(am.clone(), "clients=90").await;
    assert_eq!(r.status(), StatusCode::OK, "application managers may look, not change");
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["clients"]["accounts"], 7);
    assert_eq!(p["clients"]["now"], 4, "the accounts of 100, 200, 400 and 800 days ago");
    assert_eq!(p["clients"]["next_30_days"], 0);
    assert_eq!(p["clients"]["needs_confirmation"], true, "4 of 7 is more than 10 %");
    assert_eq!(p["clients"]["buckets"], json!([2, 1, 1, 1, 1, 1, 0, 0]));
    assert_eq!(p["professionals"]["days"], Value::Null);
    assert_eq!(p["professionals"]["now"], 0);
    let p: Value = preview(am.clone(), "clients=365&professionals=30").await.json().await.unwrap();
    assert_eq!((p["clients"]["now"].as_i64(), p["clients"]["next_30_days"].as_i64()), (Some(2), Some(0)));
    let p: Value = preview(am.clone(), "clients=60").await.json().await.unwrap();
    assert_eq!(
        (p["clients"]["now"].as_i64(), p["clients"]["next_30_days"].as_i64()),
        (Some(4), Some(1)),
        "40 days ago"
    );
    let p: Value = preview(am.clone(), "clients=35").await.json().await.unwrap();
    assert_eq!(
        (p["clients"]["now"].as_i64(), p["clients"]["next_30_days"].as_i64()),
        (Some(5), Some(1)),
        "10 days ago"
    );
    let r = preview(am.clone(), "clients=0").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json::<Value>().await.unwrap()["field"], "clients");
    let r = preview(am.clone(), "professional=30").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "a misspelt name is not read as off");
    let error = r.json::<Value>().await.unwrap();
    assert_eq!((error["error"].as_str(), error["field"].as_str()), (Some("unknown_parameter"), Some("professional")));
    let pro = app.login(HOST, "pro@care.test").await;
    assert_eq!(preview(pro.clone(), "clients=90").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(preview(pro, "clients=0").await.status(), StatusCode::FORBIDDEN, "the right first, then the input");

    // The same numbers on the command line.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["inactivity", "preview", "--platform", HOST, "--clients", "90", "--json"])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", TEST_KEY)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let shell: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(shell["clients"]["accounts"], 7);
    // The shell takes the same days as the API, and says what is wrong.
    let shell_preview = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kalm"))
            .args(["inactivity", "preview"])
            .args(args)
            .env("KALM_DATABASE_URL", &app.database_url)
            .env("KALM_SECRET_KEY", TEST_KEY)
            .output()
            .unwrap()
    };
    for (args, says) in [
        (["--platform", HOST, "--clients", "0"], "clients"),
        (["--platform", HOST, "--clients", "ten"], "clients"),
        (["--platform", HOST, "--professionals", "3651"], "professionals"),
        (["--platform", "nowhere.test", "--clients", "30"], "platform"),
    ] {
        let o = shell_preview(&args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success() && err.contains(says), "{args:?}: {err}");
    }
    // The shell's clock is the real one: the test clock's accounts are all
    // long ago there, so only the totals compare.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["inactivity", "sweep", "--platform", HOST, "--dry-run"])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", TEST_KEY)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("dry run: 0 would be deactivated"), "the rule is not set yet");
}
both_backends!(preview_in_the_api_and_the_shell);

/// The preview's counts follow every change of an account: created at
/// different times (active or invited), active again, deactivated by the
/// sweep and by hand, reactivated. Two clients sit either side of an edge on
/// the same day. On PostgreSQL the per-day counts the preview reads must
/// also match a count of the accounts themselves.
async fn preview_counts_follow_every_change(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let start = app.clock.now();
    let now = start + Duration::minutes(5);
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    let at = |when: chrono::DateTime<Utc>| app.clock.set(when);
    for (i, days_ago) in [0i64, 10, 40, 100, 200, 400, 800].into_iter().enumerate() {
        at(now - Duration::days(days_ago));
        app.account(&platform, "client", "", &format!("c{i}@care.test")).await;
    }
    at(now - Duration::days(30) - Duration::seconds(1));
    app.account(&platform, "client", "", "just-before@care.test").await;
    at(now - Duration::days(30) + Duration::seconds(1));
    app.account(&platform, "client", "", "just-after@care.test").await;
    at(now - Duration::days(50));
    let input = invited_client("Ivy", "ivy@care.test");
    accounts::create(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), &platform, &input, None)
        .await
        .unwrap();
    at(now - Duration::minutes(2));
    app.login(HOST, "c3@care.test").await;
    at(now);
    app.login(HOST, "c3@care.test").await;
    let platform = rule(&app, &platform, json!({ "professionals": 365, "clients": 365, "warning_days": 0 })).await;
    assert_eq!(sweep(&app).await.deactivated, 2, "400 and 800 days ago");
    let am = app.login(HOST, "am@care.test").await;
    let id = |email: &'static str| {
        let kalm = &app.kalm;
        async move { accounts::id_by_email(kalm, platform.id, email).await.unwrap().unwrap().0 }
    };
    post(&app, &am, HOST, &format!("/accounts/{}/deactivate", id("c4@care.test").await), &[("confirmed", "yes")]).await;
    post(&app, &am, HOST, &format!("/accounts/{}/reactivate", id("c6@care.test").await), &[]).await;
    assert_eq!(status(&app, &platform, "c4@care.test").await, "deactivated");
    assert_eq!(status(&app, &platform, "c6@care.test").await, "active");

    let proposal = kalm_testkit::kalm_domain::configurations::InactivityDeactivation {
        professionals: Some(30),
        clients: Some(30),
        warning_days: 0,
    };
    let p = inactivity::preview(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), &platform, &proposal)
        .await
        .unwrap();
    // Clients: c0, c1, c3 (back), c6 (reactivated) and just-after are recent;
    // c2, just-before and the invited one are 30 to 90 days away.
    assert_eq!(p.clients.accounts, 8);
    assert_eq!(p.clients.buckets, vec![5, 3, 0, 0, 0, 0, 0, 0]);
    assert_eq!((p.clients.now, p.clients.next_30_days), (3, 5), "c2, just-before, ivy; then the five recent ones");
    assert_eq!(p.professionals.accounts, 2);
    assert_eq!((p.professionals.now, p.professionals.next_30_days), (0, 2));

    if app.backend == kalm_testkit::Backend::Postgres {
        let per_day = |sql: &'static str| {
            let store = &app.kalm.store;
            async move {
                let mut tx = store.begin().await.unwrap();
                let rows: Vec<(String, i64, i64)> = sqlx::query_as(sql).fetch_all(&mut *tx).await.unwrap();
                rows
            }
        };
        let kept = "SELECT account_type, day, SUM(accounts)::bigint FROM activity_days \
                    GROUP BY 1, 2 HAVING SUM(accounts) <> 0 ORDER BY 1, 2";
        let counted = per_day(
            "SELECT account_type, COALESCE(last_activity_at, created_at) / 86400000000 AS day, COUNT(*) \
             FROM accounts WHERE status IN ('active', 'invited') GROUP BY 1, 2 ORDER BY 1, 2",
        )
        .await;
        assert_eq!(per_day(kept).await, counted);
        assert_eq!(counted.iter().map(|(_, _, n)| n).sum::<i64>(), 10);
        // The next sweep folds the rows of changes into one per day, and the
        // counts stay the same.
        let rows = "SELECT account_type, day, accounts FROM activity_days ORDER BY 1, 2";
        assert!(per_day(rows).await.len() > counted.len(), "changes were added as rows");
        sweep(&app).await;
        assert_eq!(per_day(rows).await, counted);
        // After many changes (an import, say) the preview folds them itself.
        let mut tx = app.kalm.store.begin().await.unwrap();
        sqlx::query(
            "INSERT INTO activity_days (platform_id, account_type, day, accounts) \
             SELECT $1, 'client', 20000, CASE WHEN i % 2 = 0 THEN 1 ELSE -1 END FROM generate_series(1, 12000) AS i",
        )
        .bind(platform.id.0.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let again =
            inactivity::preview(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), &platform, &proposal)
                .await
                .unwrap();
        assert_eq!((again.clients.accounts, again.clients.buckets), (8, p.clients.buckets));
        assert_eq!(per_day(rows).await, counted, "folded, and the changes that cancel out are gone");
    }
}
both_backends!(preview_counts_follow_every_change);

/// Inserts `n` clients last active `days_ago` days ago (real time), quickly.
/// Each call's addresses are its own (`c<days_ago>-<i>@bulk.test`).
async fn many_clients(app: &TestApp, platform: &Platform, n: usize, days_ago: i64) {
    let at = (Utc::now() - Duration::days(days_ago)).timestamp_micros();
    let mut tx = app.kalm.store.begin().await.unwrap();
    for chunk in (0..n).collect::<Vec<_>>().chunks(200) {
        let rows: Vec<String> = chunk
            .iter()
            .map(|i| {
                format!(
                    "('{}', '{}', 'client', 0, 'Client', 'Number', 'c{days_ago}-{i}@bulk.test', 'c{days_ago}-{i}@bulk.test', 'en', 'active', {at}, {at})",
                    uuid::Uuid::new_v4(),
                    platform.id.0
                )
            })
            .collect();
        sqlx::raw_sql(&format!(
            "INSERT INTO accounts (id, platform_id, account_type, roles, first_name, last_name, email, email_folded, \
             language, status, created_at, last_activity_at) VALUES {}",
            rows.join(", ")
        ))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
}

async fn counts(app: &TestApp) -> (i64, i64, i64) {
    let mut tx = app.kalm.store.begin().await.unwrap();
    let q = |sql: &'static str| sql;
    let (deactivated,): (i64,) = sqlx::query_as(q("SELECT COUNT(*) FROM accounts WHERE status = 'deactivated'"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let (logged,): (i64,) = sqlx::query_as(q("SELECT COUNT(*) FROM audit_log WHERE action = 'account_deactivated'"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let (mailed,): (i64,) = sqlx::query_as(q("SELECT COUNT(*) FROM outbox WHERE kind = 'account_deactivated'"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    drop(tx);
    (deactivated, logged, mailed)
}

/// Accounts marked warned, warning audit entries and queued warnings.
async fn warnings(app: &TestApp) -> (i64, i64, i64) {
    let mut tx = app.kalm.store.begin().await.unwrap();
    let mut count = async |sql: &'static str| -> i64 {
        let (n,): (i64,) = sqlx::query_as(sql).fetch_one(&mut *tx).await.unwrap();
        n
    };
    (
        count("SELECT COUNT(*) FROM accounts WHERE inactivity_warned_at IS NOT NULL").await,
        count("SELECT COUNT(*) FROM audit_log WHERE action = 'inactivity_warning_sent'").await,
        count("SELECT COUNT(*) FROM outbox WHERE kind = 'deactivation_warning'").await,
    )
}

fn sweeper(app: &TestApp) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_kalm"));
    command
        .args(["inactivity", "sweep", "--json"])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", TEST_KEY)
        .env("KALM_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Two `kalm` processes sweep the same database at once: every account is
/// deactivated or warned, logged and mailed exactly once.
async fn two_processes_sweep_at_once(app: TestApp) {
    let platform = app.platform("Bulk", "bulk.test").await;
    rule(&app, &platform, json!({ "professionals": null, "clients": 30, "warning_days": 14 })).await;
    many_clients(&app, &platform, 3000, 40).await;
    many_clients(&app, &platform, 1500, 20).await;
    many_clients(&app, &platform, 500, 5).await;
    let (a, b) = tokio::join!(sweeper(&app).output(), sweeper(&app).output());
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let field = |o: &std::process::Output, name: &str| {
        serde_json::from_slice::<Value>(&o.stdout).unwrap()[name].as_i64().unwrap()
    };
    assert_eq!(field(&a, "deactivated") + field(&b, "deactivated"), 3000, "shared between them, none twice");
    assert_eq!(field(&a, "warned") + field(&b, "warned"), 1500, "shared between them, none twice");
    assert_eq!(counts(&app).await, (3000, 3000, 3000));
    assert_eq!(warnings(&app).await, (1500, 1500, 1500));
}
both_backends!(two_processes_sweep_at_once);

/// A sweep killed with SIGKILL halfway leaves each account untouched or
/// fully handled; the next sweep finishes the rest, sending nothing twice.
async fn a_killed_sweep_loses_nothing(app: TestApp) {
    let platform = app.platform("Bulk", "bulk.test").await;
    rule(&app, &platform, json!({ "professionals": null, "clients": 30, "warning_days": 14 })).await;
    many_clients(&app, &platform, 6000, 40).await;
    many_clients(&app, &platform, 2000, 20).await;
    let mut child = sweeper(&app).spawn().unwrap();
    // Kill it once it has visibly started. The watcher reads on a
    // connection of its own, outside any transaction, so on SQLite it never
    // queues for the lock the sweep takes batch after batch.
    let mut watcher = {
        use sqlx::Connection;
        sqlx::AnyConnection::connect(&app.database_url).await.unwrap()
    };
    let started = std::time::Instant::now();
    loop {
        let (done,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM accounts WHERE status = 'deactivated'")
            .fetch_one(&mut watcher)
            .await
            .unwrap();
        if done > 0 || started.elapsed() > std::time::Duration::from_secs(20) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
    child.kill().await.unwrap();
    drop(watcher);
    let (deactivated, logged, mailed) = counts(&app).await;
    assert_eq!((logged, mailed), (deactivated, deactivated), "whole accounts only");
    let (warned, logged, mailed) = warnings(&app).await;
    assert_eq!((logged, mailed), (warned, warned), "whole warnings only");
    assert!(deactivated > 0 && deactivated + warned < 8000, "killed mid-sweep, after {deactivated} and {warned}");
    let o = sweeper(&app).output().await.unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(counts(&app).await, (6000, 6000, 6000));
    assert_eq!(warnings(&app).await, (2000, 2000, 2000));
}
both_backends!(a_killed_sweep_loses_nothing);

/// The console shows what the days would do before saving, and a change
/// that deactivates more than a tenth of a type's accounts needs a tick.
async fn the_console_previews_and_asks_for_confirmation(app: TestApp) {
    use kalm_testkit::ADMIN_HOST;
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let start = app.clock.now();
    for (i, days_ago) in [0i64, 5, 100, 400].into_iter().enumerate() {
        app.clock.set(start - Duration::days(days_ago));
        app.account(&platform, "client", "", &format!("c{i}@care.test")).await;
    }
    app.clock.set(start);
    app.operator("desk@kalm.test").await;
    let desk = app.login(ADMIN_HOST, "desk@kalm.test").await;
    let page = format!("/platforms/{}/configurations/inactivity_deactivation", platform.id);
    let r = post(&app, &desk, ADMIN_HOST, &format!("{page}/availability"), &[("available", "true")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = crate::support::body(crate::support::get(&app, &desk, ADMIN_HOST, &page).await).await;
    assert!(
        html.contains("How many accounts would be deactivated")
            && html.contains("<svg")
            && html.contains("chart-summary")
    );

    // "Show the effect": numbers for the typed days, nothing saved.
    let typed = [
        ("professionals_on", "on"),
        ("professionals_days", "365"),
        ("clients_on", "on"),
        ("clients_days", "90"),
        ("warning_days", "14"),
    ];
    let mut preview = typed.to_vec();
    preview.push(("action", "preview"));
    let r = post(&app, &desk, ADMIN_HOST, &page, &preview).await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("2 (50 %)"), "two of four clients at once: {html}");
    let tick = "professionals:365,clients:90";
    assert!(html.contains(&format!("name=\"confirm\" value=\"{tick}\"")), "more than 10 %: the box to tick");
    let stored = kalm_testkit::kalm_app::settings::current(&app.kalm, &platform).await.unwrap().inactivity_deactivation;
    assert_eq!(stored.clients, None, "a preview saves nothing");

    // Saving without the tick is refused with the preview; with it, saved.
    let r = post(&app, &desk, ADMIN_HOST, &page, &typed).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let html = r.text().await.unwrap();
    assert!(html.contains("tick the box to confirm") && html.contains("value=\"90\""), "typed values kept");
    // A tick given for the preview of 90 days does not confirm 30 days
    // typed after it.
    let mut other_days: Vec<(&str, &str)> =
        typed.iter().map(|&(k, v)| if k == "clients_days" { (k, "30") } else { (k, v) }).collect();
    other_days.push(("confirm", tick));
    assert_eq!(post(&app, &desk, ADMIN_HOST, &page, &other_days).await.status(), StatusCode::CONFLICT);
    let mut confirmed = typed.to_vec();
    confirmed.push(("confirm", tick));
    let r = post(&app, &desk, ADMIN_HOST, &page, &confirmed).await;
    assert_eq!(location(&r), format!("{page}?done=configuration_saved"));
    let platform =
        kalm_testkit::kalm_app::platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST)
            .await
            .unwrap();
    assert_eq!(
        kalm_testkit::kalm_app::settings::current(&app.kalm, &platform).await.unwrap().inactivity_deactivation.clients,
        Some(90)
    );

    // The API asks the same: 5 days would take 3 of 4 clients.
    let token = kalm_testkit::kalm_app::operators::create_token(&app.kalm, "desk@kalm.test", "t", Default::default())
        .await
        .unwrap()
        .token;
    let put = |body: Value| {
        let url =
            app.url(ADMIN_HOST, &format!("/api/v1/platforms/{}/configurations/inactivity_deactivation", platform.id));
        let client = app.client(ADMIN_HOST);
        let token = token.clone();
        async move { client.put(url).bearer_auth(token).json(&body).send().await.unwrap() }
    };
    // A warning as long as the period would warn people active today.
    let r = put(json!({ "value": { "professionals": 365, "clients": 5, "warning_days": 5 }, "confirm": true })).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error = r.json::<Value>().await.unwrap();
    assert_eq!(error["field"], "warning_days", "{error}");
    assert!(error["message"].as_str().unwrap_or_default().contains("(5 days)"), "{error}");
    let value = json!({ "professionals": 365, "clients": 5, "warning_days": 4 });
    let r = put(json!({ "value": value })).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "confirmation_needed");
    assert_eq!(put(json!({ "value": value, "confirm": true })).await.status(), StatusCode::OK);

    // Making it available again with such a value is confirmed the same way.
    let availability = format!("{page}/availability");
    let r = post(&app, &desk, ADMIN_HOST, &availability, &[("available", "false")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = post(&app, &desk, ADMIN_HOST, &availability, &[("available", "true")]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert!(r.text().await.unwrap().contains("id=\"confirm-availability\""), "the box to tick is on the page");
    let r = post(&app, &desk, ADMIN_HOST, &availability, &[("available", "true"), ("confirm", "yes")]).await;
    assert_eq!(location(&r), format!("{page}?done=configuration_made_available"));

    // Application managers see the effect of the setting, read-only.
    let am = app.login(HOST, "am@care.test").await;
    let html =
        crate::support::body(crate::support::get(&app, &am, HOST, "/settings/inactivity_deactivation").await).await;
    assert!(html.contains("How many accounts would be deactivated") && !html.contains("name=\"action\""));
}
both_backends!(the_console_previews_and_asks_for_confirmation);
