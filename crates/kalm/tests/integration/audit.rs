//! The audit log: what is recorded, who sees it, and that it cannot change.

use chrono::Duration;
use kalm_testkit::kalm_app::audit::{self, AuditFilter};
use kalm_testkit::kalm_domain::audit::{AuditAction, Outcome};
use kalm_testkit::{PASSWORD, TestApp, both_backends};

use crate::support::{body, get, post};

const HOST: &str = "care.test";

async fn entries(app: &TestApp) -> Vec<audit::AuditEntry> {
    audit::list_on_server(&app.kalm, &AuditFilter { limit: 1000, ..AuditFilter::default() }).await.unwrap()
}

async fn logins_changes_and_failures_are_recorded(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let c = app.account(&platform, "client", "", "c@care.test").await;
    post(&app, &app.client(HOST), HOST, "/login", &[("email", "c@care.test"), ("password", "wrong-password-guess")])
        .await;
    let manager = app.login(HOST, "am@care.test").await;
    post(&app, &manager, HOST, &format!("/accounts/{}/deactivate", c.id), &[("confirmed", "yes")]).await;
    post(&app, &manager, HOST, "/logout", &[]).await;
    let log = entries(&app).await;
    let find =
        |action: AuditAction| log.iter().find(|e| e.action == action).unwrap_or_else(|| panic!("{action:?} missing"));
    let failed = find(AuditAction::LoginFailed);
    assert_eq!(
        (failed.outcome, failed.target_label.as_deref(), failed.source_addr.as_deref()),
        (Outcome::Failure, Some("c@care.test"), Some("127.0.0.1"))
    );
    let deactivated = find(AuditAction::AccountDeactivated);
    assert_eq!(deactivated.actor_label.as_deref(), Some("am@care.test"));
    assert_eq!(deactivated.target_id, Some(c.id.0));
    assert_eq!(deactivated.platform_id, Some(platform.id));
    assert_eq!(deactivated.at, kalm_testkit::start_of_time(), "time comes from the clock");
    for action in
        [AuditAction::PlatformCreated, AuditAction::AccountCreated, AuditAction::LoginSucceeded, AuditAction::Logout]
    {
        find(action);
    }
    assert!(!log.iter().any(|e| e.detail.as_deref().unwrap_or_default().contains(PASSWORD)), "no secret in the log");
}
both_backends!(logins_changes_and_failures_are_recorded);

async fn managers_see_their_platform_only(app: TestApp) {
    let alpha = app.platform("Alpha", "alpha.test").await;
    let beta = app.platform("Beta", "beta.test").await;
    app.account(&alpha, "professional", "application_manager", "am@alpha.test").await;
    app.account(&beta, "client", "", "secret-person@beta.test").await;
    let manager = app.login("alpha.test", "am@alpha.test").await;
    let html = body(get(&app, &manager, "alpha.test", "/audit").await).await;
    assert!(html.contains("am@alpha.test") && !html.contains("secret-person@beta.test"));
    let html = body(get(&app, &manager, "alpha.test", "/audit?action=login_succeeded").await).await;
    assert!(html.contains("am Tester logged in.") && !html.contains("created the account of"), "{html}");
    app.operator("desk@kalm.test").await;
    let console = app.login(kalm_testkit::ADMIN_HOST, "desk@kalm.test").await;
    let html = body(get(&app, &console, kalm_testkit::ADMIN_HOST, "/audit").await).await;
    assert!(html.contains("secret-person@beta.test") && html.contains("am@alpha.test"));
    let html = body(get(&app, &console, kalm_testkit::ADMIN_HOST, "/audit?platform=beta.test").await).await;
    assert!(html.contains("secret-person@beta.test") && !html.contains("am@alpha.test"));
}
both_backends!(managers_see_their_platform_only);

async fn the_log_is_append_only(app: TestApp) {
    app.platform("Care", HOST).await;
    let mut tx = app.kalm.store.begin().await.unwrap();
    let update = sqlx::query("UPDATE audit_log SET outcome = 'denied'").execute(&mut *tx).await;
    assert!(update.is_err(), "updates are refused");
    drop(tx);
    let mut tx = app.kalm.store.begin().await.unwrap();
    let delete = sqlx::query("DELETE FROM audit_log").execute(&mut *tx).await;
    assert!(delete.is_err(), "deletes are refused");
    drop(tx);
    if app.backend == kalm_testkit::Backend::Postgres {
        // Row triggers do not fire on TRUNCATE: a statement trigger must.
        for table in ["audit_log", "charges"] {
            let mut tx = app.kalm.store.begin().await.unwrap();
            let truncate = sqlx::query(&format!("TRUNCATE {table}")).execute(&mut *tx).await;
            assert!(truncate.is_err(), "TRUNCATE {table} is refused");
            drop(tx);
        }
    }
    assert_eq!(entries(&app).await.len(), 1);
}
both_backends!(the_log_is_append_only);

/// Jobs write entries in bulk, grouping runs of entries that share actor,
/// action and outcome: every field of every entry must come back as made,
/// whatever the mix and whatever the text holds.
async fn bulk_entries_keep_every_field(app: TestApp) {
    use kalm_testkit::kalm_app::audit::{Event, Who};
    let platform = app.platform("Care", HOST).await;
    let target = |n: u128| uuid::Uuid::from_u128(n);
    let events = vec![
        Event::new(AuditAction::AccountDeactivated, Some(platform.id))
            .target("account", target(1), "één@care.test")
            .detail(serde_json::json!({ "rule": { "days": 365, "quote": "say \"hi\"\n" } })),
        Event::new(AuditAction::AccountDeactivated, Some(platform.id)).target("account", target(2), "two@care.test"),
        Event::new(AuditAction::DeactivationSkipped, Some(platform.id))
            .outcome(Outcome::Denied)
            .target("account", target(3), "three@care.test")
            .detail(serde_json::json!({ "reason": "last_application_manager" })),
        Event::new(AuditAction::AccountDeactivated, Some(platform.id)).target("account", target(4), "four@care.test"),
        Event::new(AuditAction::AccountDeactivated, None),
    ];
    let made = audit::entries(&app.kalm, &Who::Job("a job"), events);
    let mut tx = app.kalm.store.begin().await.unwrap();
    audit::append_entries(&app.kalm, &mut tx, &made).await.unwrap();
    tx.commit().await.unwrap();
    let mut stored: Vec<audit::AuditEntry> =
        entries(&app).await.into_iter().filter(|e| e.actor_label.as_deref() == Some("a job")).collect();
    stored.sort_by_key(|e| e.id);
    let mut expected = made.clone();
    expected.sort_by_key(|e| e.id);
    assert_eq!(stored, expected);
    assert_eq!(made.iter().map(|e| e.id).collect::<std::collections::HashSet<_>>().len(), 5, "ids differ");
}
both_backends!(bulk_entries_keep_every_field);

async fn anonymous_requests_cannot_flood_the_log(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.platform("Other", "other.test").await;
    app.account(&platform, "client", "", "c@care.test").await;
    let mut set = tokio::task::JoinSet::new();
    for n in 0..30 {
        let (client, url) = (app.client(HOST), app.url(HOST, "/forgot-password"));
        let email = format!("nobody{n}@care.test");
        set.spawn(async move { client.post(url).form(&[("email", email)]).send().await.unwrap().status().as_u16() });
    }
    assert!(set.join_all().await.iter().all(|s| *s == 303 || *s == 200), "every request answered as usual");
    let requested = |entries: &[kalm_testkit::kalm_app::audit::AuditEntry]| {
        entries.iter().filter(|e| e.action.code() == "password_reset_requested").count()
    };
    assert_eq!(requested(&entries(&app).await), 20, "thirty requests from one source, twenty entries");
    // Another platform has a budget of its own.
    let r = post(&app, &app.client("other.test"), "other.test", "/forgot-password", &[("email", "x@other.test")]).await;
    assert!(r.status().is_success() || r.status().is_redirection());
    assert_eq!(requested(&entries(&app).await), 21);
    // Once the window has ended, one entry records what was only counted.
    app.clock.advance(Duration::minutes(10));
    assert_eq!(audit::summarise_ended_budgets(&app.kalm).await.unwrap(), 1);
    let all = entries(&app).await;
    let summaries: Vec<_> = all.iter().filter(|e| e.action.code() == "anonymous_entries_summarised").collect();
    assert_eq!(summaries.len(), 1);
    let detail: serde_json::Value = serde_json::from_str(summaries[0].detail.as_deref().unwrap()).unwrap();
    assert_eq!(detail["counted"]["password_reset_requested"], 10, "{detail}");
    assert_eq!(summaries[0].source_addr.as_deref(), Some("127.0.0.1"));
    assert_eq!(summaries[0].platform_id, Some(platform.id));
    assert_eq!(audit::summarise_ended_budgets(&app.kalm).await.unwrap(), 0, "summarised once");
    // A new window writes again.
    post(&app, &app.client(HOST), HOST, "/forgot-password", &[("email", "again@care.test")]).await;
    assert_eq!(requested(&entries(&app).await), 22);
}
both_backends!(anonymous_requests_cannot_flood_the_log);

/// NEN 7513: looking at someone's record, lists of people, the log itself,
/// exports of charges and retried e-mails are all accesses, logged with
/// who, what, whose, when and from where.
async fn access_to_records_is_logged(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let manager = app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let client = app.account(&platform, "client", "", "c@care.test").await;
    let browser = app.login(HOST, "am@care.test").await;
    assert_eq!(get(&app, &browser, HOST, &format!("/accounts/{}", client.id.0)).await.status(), 200);
    assert_eq!(get(&app, &browser, HOST, "/accounts?type=client").await.status(), 200);
    assert_eq!(get(&app, &browser, HOST, "/audit").await.status(), 200);
    // One's own account is not someone else's record.
    let own = app.login(HOST, "c@care.test").await;
    assert_eq!(get(&app, &own, HOST, "/").await.status(), 200);
    app.operator("desk@kalm.test").await;
    let console = app.login(kalm_testkit::ADMIN_HOST, "desk@kalm.test").await;
    assert_eq!(get(&app, &console, kalm_testkit::ADMIN_HOST, "/charges.csv").await.status(), 200);

    let all = entries(&app).await;
    let find = |code: &str| all.iter().filter(|e| e.action.code() == code).collect::<Vec<_>>();
    let viewed = find("account_viewed");
    assert_eq!(viewed.len(), 1, "{:?}", all.iter().map(|e| e.action.code()).collect::<Vec<_>>());
    assert_eq!(viewed[0].actor_id, Some(manager.id.0), "who");
    assert_eq!(viewed[0].target_id, Some(client.id.0), "whose");
    assert_eq!(viewed[0].source_addr.as_deref(), Some("127.0.0.1"), "from where");
    assert_eq!(viewed[0].platform_id, Some(platform.id));
    let listed = find("accounts_listed");
    assert!(
        listed.iter().any(|e| e.detail.as_deref().unwrap_or_default().contains("\"type\":\"client\"")),
        "{listed:?}"
    );
    assert_eq!(find("audit_log_viewed").len(), 1);
    assert_eq!(find("charges_exported").len(), 1);
    assert_eq!(find("charges_exported")[0].actor_kind, "operator");
}
both_backends!(access_to_records_is_logged);

/// Looks at records arriving together are committed together, and each of
/// them still has its own entry, with its own who and whose.
async fn parallel_looks_each_get_their_entry(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let manager = app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let mut clients = Vec::new();
    for n in 0..6 {
        clients.push(app.account(&platform, "client", "", &format!("c{n}@care.test")).await);
    }
    let browser = app.login(HOST, "am@care.test").await;
    let before = entries(&app).await.len();
    let looks = (0..48).map(|n| {
        let (app, browser) = (&app, &browser);
        let path = if n % 2 == 0 { format!("/accounts/{}", clients[(n / 2) % 6].id.0) } else { "/accounts".to_owned() };
        async move { get(app, browser, HOST, &path).await.status() }
    });
    let statuses = futures_util::future::join_all(looks).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let all = entries(&app).await;
    let mut codes = std::collections::BTreeMap::new();
    for e in &all {
        *codes.entry(e.action.code()).or_insert(0) += 1;
    }
    // An account's page also lists the professionals one may relate it to.
    assert_eq!(all.len() - before, 24 * 2 + 24, "one entry per look, none lost, none twice: {codes:?}");
    let viewed: Vec<_> = all.iter().filter(|e| e.action.code() == "account_viewed").collect();
    assert_eq!(viewed.len(), 24);
    assert!(viewed.iter().all(|e| e.actor_id == Some(manager.id.0)));
    for client in &clients {
        assert_eq!(viewed.iter().filter(|e| e.target_id == Some(client.id.0)).count(), 4, "whose");
    }
    assert_eq!(all.iter().filter(|e| e.action.code() == "accounts_listed").count(), 24 + 24);
}
both_backends!(parallel_looks_each_get_their_entry);

/// The log comes in pages of 50, newest first, with links to the older and
/// newer pages that keep the filters.
async fn the_log_comes_in_pages(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    for n in 0..60 {
        app.account(&platform, "client", "", &format!("c{n:02}@care.test")).await;
    }
    let manager = app.login(HOST, "am@care.test").await;
    let rows = |html: &str| html.matches("<tr><td data-label=").count();
    let first = body(get(&app, &manager, HOST, "/audit?action=account_created").await).await;
    assert_eq!(rows(&first), 50, "a page of 50");
    assert!(first.contains("c59@care.test") && !first.contains("c09@care.test"), "newest first");
    assert!(first.contains("href=\"/audit?action=account_created&#38;page=2\""), "older, filter kept: {first}");
    assert!(!first.contains("Newer entries"), "nothing newer than the first page");
    let second = body(get(&app, &manager, HOST, "/audit?action=account_created&page=2").await).await;
    assert_eq!(rows(&second), 11, "the rest: 60 clients and the manager");
    assert!(second.contains("c00@care.test") && second.contains("Newer entries"));
    assert!(!second.contains("Older entries"));
    let past = body(get(&app, &manager, HOST, "/audit?action=account_created&page=9").await).await;
    assert_eq!(rows(&past), 0);
}
both_backends!(the_log_comes_in_pages);

/// Each entry reads as a sentence in the reader's language, with people's
/// current names; the details (the address at the time, where from, what
/// changed) open on request, a configuration's change worded as on the
/// settings page.
async fn entries_read_as_sentences_with_names(app: TestApp) {
    use kalm_testkit::kalm_app::{Caller, configurations};
    use kalm_testkit::kalm_domain::configurations::ConfigurationKey;
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "sanne@care.test").await;
    let client = app.account(&platform, "client", "", "daan@care.test").await;
    let desk = Caller::command_line();
    configurations::set_availability(&app.kalm, &desk, &platform, ConfigurationKey::TwoFactor, true, None)
        .await
        .unwrap();
    let manager = app.login(HOST, "sanne@care.test").await;
    let fields =
        [("professionals", "required"), ("remember_device", "never"), ("clients", "optional"), ("friends", "off")];
    let r = post(&app, &manager, HOST, "/settings/two_factor", &fields).await;
    assert!(r.status().is_redirection(), "{}", r.status());
    post(&app, &manager, HOST, &format!("/accounts/{}/deactivate", client.id), &[("confirmed", "yes")]).await;
    // Renamed later: the log shows the name the account has now.
    let profile = kalm_testkit::kalm_app::accounts::ProfileInput {
        first_name: "Daan".into(),
        last_name: "Jansen".into(),
        email: "daan@care.test".into(),
        language: "en".into(),
        time_zone: None,
    };
    kalm_testkit::kalm_app::accounts::update_profile(&app.kalm, &desk, platform.id, client.id, &profile).await.unwrap();

    let html = body(get(&app, &manager, HOST, "/audit").await).await;
    // Current names, also in entries written before the rename.
    assert!(html.contains("sanne Tester deactivated the account of Daan Jansen."), "{html}");
    assert!(
        html.contains("sanne Tester created the account of Daan Jansen.")
            || html.contains("created the account of Daan Jansen.")
    );
    assert!(html.contains("sanne Tester changed &#34;Two-factor authentication&#34; on care.test."), "{html}");
    assert!(html.contains("<details><summary>Details</summary>"));
    assert!(html.contains("<dd>daan@care.test</dd>"), "the address at the time, in the details");
    assert!(html.contains("Off → Required"), "the change as the settings page words it: {html}");
    assert!(!html.contains("{&#34;"), "no raw JSON");

    // In the reader's language: the same entry for a manager reading Dutch.
    app.offer_languages(HOST, &["en", "nl"]).await;
    let own = [("first_name", "sanne"), ("last_name", "Tester"), ("email", "sanne@care.test"), ("language", "nl")];
    post(&app, &manager, HOST, "/account/profile", &own).await;
    let html = body(get(&app, &manager, HOST, "/audit").await).await;
    let args =
        [("who", "sanne Tester".to_owned()), ("target", "Daan Jansen".to_owned()), ("configuration", String::new())];
    let dutch = kalm_i18n::Tr::new(kalm_testkit::kalm_domain::languages::Language::Nl)
        .args("audit-sentence-account-deactivated", &args);
    assert!(html.contains(&dutch) && !html.contains("deactivated the account of"), "{dutch}: {html}");
}
both_backends!(entries_read_as_sentences_with_names);

/// What the filters select can be downloaded as CSV by whoever may read
/// the log; the download is itself logged as an export, and a name typed
/// to look like a formula cannot run in a spreadsheet.
async fn the_log_downloads_as_csv(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    let input = kalm_testkit::kalm_app::accounts::AccountInput {
        account_type: "client".into(),
        first_name: "Formula".into(),
        last_name: "Client".into(),
        // A valid address that a spreadsheet would read as a formula.
        email: "=1+1@care.test".into(),
        ..Default::default()
    };
    kalm_testkit::kalm_app::accounts::create(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        &input,
        Some(PASSWORD),
    )
    .await
    .unwrap();
    let manager = app.login(HOST, "am@care.test").await;
    let page = body(get(&app, &manager, HOST, "/audit?action=account_created").await).await;
    assert!(page.contains("href=\"/audit.csv?action=account_created\""), "{page}");
    let r = get(&app, &manager, HOST, "/audit.csv?action=account_created").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = body(r).await;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "at,actor,action,target,outcome,source,detail");
    assert_eq!(lines.len(), 4, "three accounts created: {csv}");
    assert!(lines.iter().skip(1).all(|l| l.contains(",account_created,")), "{csv}");
    assert!(csv.contains(",'=1+1@care.test,"), "the formula is text: {csv}");
    assert!(!lines.iter().any(|l| l.split(',').any(|cell| cell.starts_with('='))), "no formula: {csv}");
    assert!(entries(&app).await.iter().any(|e| e.action == AuditAction::AuditLogExported), "the export is logged");
    let professional = app.login(HOST, "pro@care.test").await;
    assert_eq!(get(&app, &professional, HOST, "/audit.csv").await.status(), 403);
}
both_backends!(the_log_downloads_as_csv);
