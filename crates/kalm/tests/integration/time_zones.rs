//! Where a platform is: its country and time zone, set by the service desk,
//! and times shown on the platform's clock or on a person's own, on pages,
//! in filters and in e-mails.

use kalm_testkit::kalm_app::accounts::{self, AccountInput};
use kalm_testkit::kalm_app::audit::{self, AuditFilter};
use kalm_testkit::kalm_app::{Caller, platforms};
use kalm_testkit::kalm_domain::audit::AuditAction;
use kalm_testkit::{TestApp, both_backends, mail_text};
use serde_json::{Value, json};

use crate::support::{body, get, post};

const HOST: &str = "care.test";

fn change() -> platforms::PlatformChange {
    platforms::PlatformChange::default()
}

async fn platform_details_are_parsed_before_anything_is_written(app: TestApp) {
    let operator = Caller::command_line();
    let create = |language: &str, country: &str, time_zone: &str, domain: &str| platforms::PlatformInput {
        name: "Care".into(),
        domain: domain.into(),
        language: language.into(),
        country: country.into(),
        time_zone: time_zone.into(),
        ..Default::default()
    };
    let english = platforms::create(&app.kalm, &operator, &create("en", "", "", "en.test")).await.unwrap();
    assert_eq!((english.country.code(), english.time_zone.name()), ("gb", "Europe/London"));
    let belgian = platforms::create(&app.kalm, &operator, &create("nl", "be", "", "be.test")).await.unwrap();
    assert_eq!((belgian.country.code(), belgian.time_zone.name()), ("be", "Europe/Brussels"));
    let refused = platforms::create(&app.kalm, &operator, &create("nl", "", "Europe/Atlantis", "x.test")).await;
    assert_eq!(refused.err().map(|e| e.code()), Some("time_zone_unknown"));
    let refused = platforms::create(&app.kalm, &operator, &create("nl", "us", "", "x.test")).await;
    assert_eq!(refused.err().map(|e| e.code()), Some("country_unknown"));

    // A bad field refuses the whole change.
    let bad =
        platforms::PlatformChange { name: Some("Renamed".into()), time_zone: Some("Mars/Olympus".into()), ..change() };
    let refused = platforms::update(&app.kalm, &operator, &english, &bad).await;
    assert_eq!(refused.err().map(|e| e.code()), Some("time_zone_unknown"));
    let bad = platforms::PlatformChange { contact_email: Some("not an address".into()), ..change() };
    assert!(platforms::update(&app.kalm, &operator, &english, &bad).await.is_err());
    let unchanged = platforms::find(&app.kalm, &operator, "en.test").await.unwrap();
    assert_eq!(unchanged, english);

    let good = platforms::PlatformChange {
        time_zone: Some("Europe/Berlin".into()),
        contact_email: Some("help@care.test".into()),
        ..change()
    };
    let updated = platforms::update(&app.kalm, &operator, &english, &good).await.unwrap();
    assert_eq!(updated.time_zone.name(), "Europe/Berlin");
    assert_eq!(updated.contact_email.as_ref().map(|a| a.as_str()), Some("help@care.test"));
    assert_eq!(updated.country.code(), "gb", "what was not given is kept");
    let log = audit::list_on_server(&app.kalm, &AuditFilter { limit: 100, ..AuditFilter::default() }).await.unwrap();
    let entry = log.iter().find(|e| e.action == AuditAction::PlatformUpdated).expect("audited");
    let detail: Value = serde_json::from_str(entry.detail.as_deref().unwrap_or("null")).unwrap();
    assert_eq!(
        detail,
        json!({ "time_zone": ["Europe/London", "Europe/Berlin"], "contact_email": [null, "help@care.test"] }),
        "only what changed"
    );
    let cleared = platforms::PlatformChange { contact_email: Some(String::new()), ..change() };
    let updated = platforms::update(&app.kalm, &operator, &updated, &cleared).await.unwrap();
    assert_eq!(updated.contact_email, None);
}
both_backends!(platform_details_are_parsed_before_anything_is_written);

/// The test clock starts at 5 March 2026 09:00 UTC: 10:00 in Amsterdam,
/// 18:00 in Tokyo.
async fn times_show_on_the_platforms_clock_or_on_the_persons_own(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let to_amsterdam = platforms::PlatformChange { time_zone: Some("Europe/Amsterdam".into()), ..change() };
    let platform = platforms::update(&app.kalm, &Caller::command_line(), &platform, &to_amsterdam).await.unwrap();
    let client = app.account(&platform, "client", "", "c@care.test").await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let page = body(get(&app, &manager, HOST, &format!("/accounts/{}", client.id)).await).await;
    assert!(page.contains("5 Mar 2026 10:00 CET"), "{page}");

    let own = [
        ("first_name", "am"),
        ("last_name", "Tester"),
        ("email", "am@care.test"),
        ("language", "en"),
        ("time_zone", "Asia/Tokyo"),
    ];
    post(&app, &manager, HOST, "/account/profile", &own).await;
    let page = body(get(&app, &manager, HOST, &format!("/accounts/{}", client.id)).await).await;
    assert!(page.contains("5 Mar 2026 18:00 JST"), "{page}");
    let form = body(get(&app, &manager, HOST, "/account").await).await;
    assert!(form.contains("<option value=\"Asia/Tokyo\" selected>"), "the choice is shown");
    assert!(form.contains("<option value=\"\">The platform&#39;s: Europe/Amsterdam</option>"), "{form}");
    let mut bad = own;
    bad[4] = ("time_zone", "Asia/Atlantis");
    let r = post(&app, &manager, HOST, "/account/profile", &bad).await;
    assert_eq!(r.status(), 422);
    // Back to the platform's clock.
    let mut follow = own;
    follow[4] = ("time_zone", "");
    post(&app, &manager, HOST, "/account/profile", &follow).await;
    let page = body(get(&app, &manager, HOST, &format!("/accounts/{}", client.id)).await).await;
    assert!(page.contains("5 Mar 2026 10:00 CET"), "{page}");

    // An audit filter's day is a day on the reader's clock: the client was
    // created at 10:00 on 5 March in Amsterdam.
    let log = body(get(&app, &manager, HOST, "/audit?since=2026-03-05&until=2026-03-05").await).await;
    assert!(log.contains("c@care.test"), "{log}");
    let log = body(get(&app, &manager, HOST, "/audit?since=2026-03-06").await).await;
    assert!(!log.contains("c@care.test"));
}
both_backends!(times_show_on_the_platforms_clock_or_on_the_persons_own);

async fn e_mails_give_times_on_the_recipients_clock(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let to_warsaw = platforms::PlatformChange { time_zone: Some("Europe/Warsaw".into()), ..change() };
    let platform = platforms::update(&app.kalm, &Caller::command_line(), &platform, &to_warsaw).await.unwrap();
    let input = AccountInput {
        account_type: "client".into(),
        first_name: "Ola".into(),
        last_name: "Nowak".into(),
        email: "ola@care.test".into(),
        ..AccountInput::default()
    };
    accounts::create(&app.kalm, &Caller::command_line(), &platform, &input, None).await.unwrap();
    app.deliver().await;
    let text = mail_text(app.mails().last().expect("an invitation"));
    // Valid for a week from 09:00 UTC: 10:00 in Warsaw, in winter time.
    assert!(text.contains("12 Mar 2026 10:00 CET"), "{text}");
}
both_backends!(e_mails_give_times_on_the_recipients_clock);
