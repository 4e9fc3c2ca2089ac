//! E-mails: queued with the change that causes them, delivered once, sealed
//! at rest, retried, and failed for an operator to see.

use chrono::Duration;
use kalm_testkit::kalm_app::emails;
use kalm_testkit::{SmtpServer, TestApp, both_backends, mail_text};

use crate::support::{activation_link, body, get, location, path_of, post};

const HOST: &str = "care.test";

async fn invitations_are_sent_once_with_a_working_link(app: TestApp) {
    let platform = app.platform("Care & Co", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let r = post(
        &app,
        &manager,
        HOST,
        "/accounts",
        &[("account_type", "client"), ("first_name", "Chris"), ("last_name", "Client"), ("email", "chris@client.test")],
    )
    .await;
    let copied = activation_link(&body(r).await);

    // Queued with the account, sealed: the raw row does not hold the link.
    let mut tx = app.kalm.store.begin().await.unwrap();
    let rows: Vec<(String,)> = sqlx::query_as("SELECT payload_sealed FROM outbox").fetch_all(&mut *tx).await.unwrap();
    drop(tx);
    assert_eq!(rows.len(), 1);
    let token = copied.rsplit('/').next().unwrap();
    assert!(rows[0].0.starts_with("v1:") && !rows[0].0.contains(token), "the one-time link is sealed at rest");

    assert_eq!(app.deliver().await.sent, 1);
    assert_eq!(app.deliver().await.sent, 0, "delivered once");
    let mails = app.mails();
    assert_eq!(mails.len(), 1);
    let mail = mail_text(&mails[0]);
    assert!(mail.contains("To: chris@client.test"), "{mail}");
    assert!(mail.contains("Care & Co"), "{mail}");
    assert!(mail.contains("Hi Chris,"), "{mail}");
    assert!(mail.contains(&copied), "the e-mail carries the same link as the page: {mail}");
    assert!(mail.contains("Content-Type: text/html") && mail.contains("<a href="), "{mail}");

    // Sent: the payload is gone.
    let mut tx = app.kalm.store.begin().await.unwrap();
    let rows: Vec<(Option<String>, String)> =
        sqlx::query_as("SELECT payload_sealed, state FROM outbox").fetch_all(&mut *tx).await.unwrap();
    drop(tx);
    assert_eq!(rows, vec![(None, "sent".to_owned())]);

    let visitor = app.client(HOST);
    assert_eq!(get(&app, &visitor, HOST, &path_of(&copied)).await.status(), 200);
}
both_backends!(invitations_are_sent_once_with_a_working_link);

async fn account_changes_send_their_notices(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    let client = app.login(HOST, "c@care.test").await;
    let r = post(
        &app,
        &client,
        HOST,
        "/account/password",
        &[("current", kalm_testkit::PASSWORD), ("new_password", "lantern-orchard-violet-31")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let profile = [("first_name", "Cas"), ("last_name", "Tester"), ("email", "new@care.test"), ("language", "en")];
    let r = post(&app, &client, HOST, "/account/profile", &profile).await;
    assert_eq!(location(&r), "/account/confirm?back=account", "a new address needs the password first");
    let r = post(
        &app,
        &client,
        HOST,
        "/account/confirm",
        &[("back", "account"), ("password", "lantern-orchard-violet-31")],
    )
    .await;
    assert_eq!(location(&r), "/account?done=confirmed");
    let r = post(&app, &client, HOST, "/account/profile", &profile).await;
    assert_eq!(location(&r), "/account?done=email_change_requested");
    app.deliver().await;
    let mails: Vec<String> = app.mails().iter().map(|m| mail_text(m)).collect();
    assert_eq!(mails.len(), 2, "{mails:?}");
    let find =
        |subject: &str| mails.iter().find(|m| m.contains(subject)).unwrap_or_else(|| panic!("no {subject}: {mails:?}"));
    assert!(find("Subject: Your password was changed").contains("To: c@care.test"));
    assert!(find("Subject: Confirm your new e-mail address").contains("To: new@care.test"), "to the new address");
    let link = last_link(&app);
    let page = body(get(&app, &app.client(HOST), HOST, &path_of(&link)).await).await;
    assert!(page.contains("new@care.test"), "opening the link only asks: {page}");
    let new_login = [("email", "new@care.test"), ("password", "lantern-orchard-violet-31")];
    assert_eq!(post(&app, &app.client(HOST), HOST, "/login", &new_login).await.status(), 401, "not yet");
    // Opened twice at the same moment (a double click, two devices): one
    // confirms, the other finds the link used.
    let (one, two, path) = (app.client(HOST), app.client(HOST), path_of(&link));
    let (first, second) = tokio::join!(post(&app, &one, HOST, &path, &[]), post(&app, &two, HOST, &path, &[]));
    let mut statuses = [first.status().as_u16(), second.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [303, 404], "exactly one of two parallel confirmations changes the address");
    let r = if first.status() == 303 { first } else { second };
    assert_eq!(location(&r), "/login?done=email_changed");
    app.deliver().await;
    let mails: Vec<String> = app.mails().iter().map(|m| mail_text(m)).collect();
    assert!(
        mails.iter().any(|m| m.contains("Subject: Your e-mail address was changed") && m.contains("To: c@care.test")),
        "to the old address: {mails:?}"
    );
    assert_eq!(post(&app, &app.client(HOST), HOST, "/login", &new_login).await.status(), 303);
    let r = post(&app, &app.client(HOST), HOST, &path_of(&link), &[]).await;
    assert_eq!(r.status(), 404, "the link works once");
}
both_backends!(account_changes_send_their_notices);

async fn temporary_failures_are_retried_then_kept_as_failed(app: TestApp) {
    let platform = invite_someone(&app).await;
    // A "mail server" that cannot take messages: a file where the folder should be.
    std::fs::write(std::env::temp_dir().join(format!("kalm-blocked-{}", app.address.port())), "x").unwrap();
    let blocked = emails::Delivery {
        mailer: emails::Mailer::Directory(std::env::temp_dir().join(format!("kalm-blocked-{}", app.address.port()))),
        ..app.delivery()
    };
    let round = emails::deliver_due(&app.kalm, &blocked).await.unwrap();
    assert_eq!((round.sent, round.retried), (0, 1));
    assert_eq!(emails::deliver_due(&app.kalm, &blocked).await.unwrap().retried, 0, "not due again yet");
    app.clock.advance(Duration::minutes(1));
    assert_eq!(emails::deliver_due(&app.kalm, &blocked).await.unwrap().retried, 1, "retried after the back-off");
    // The server comes back: delivered, once.
    app.clock.advance(Duration::minutes(2));
    assert_eq!(app.deliver().await.sent, 1);
    assert_eq!(app.mails().len(), 1);

    // Another message keeps failing for 48 hours, then is kept as failed.
    let account = kalm_testkit::kalm_app::accounts::view(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        platform.id,
        kalm_testkit::kalm_app::accounts::id_by_email(&app.kalm, platform.id, "chris@client.test")
            .await
            .unwrap()
            .unwrap(),
    )
    .await
    .unwrap()
    .account;
    let mut tx = app.kalm.store.begin().await.unwrap();
    emails::enqueue(
        &app.kalm,
        &mut tx,
        &platform,
        &emails::Recipient::from(&account),
        kalm_testkit::kalm_domain::emails::EmailKind::PasswordChanged,
        emails::Extras::default(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let mut failed = 0;
    for _ in 0..80 {
        failed += emails::deliver_due(&app.kalm, &blocked).await.unwrap().failed;
        app.clock.advance(Duration::hours(1));
    }
    assert_eq!(failed, 1);
    let list = emails::failed(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line()).await.unwrap();
    assert_eq!(list.len(), 1);
    assert!(
        list[0].attempts > 40 && list[0].last_error.as_deref().unwrap_or_default().contains(".eml"),
        "{:?}",
        list[0]
    );
    emails::retry(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), list[0].id).await.unwrap();
    // Once queued again it is no longer a failed e-mail to retry, and an
    // unknown id is a missing e-mail, not a missing account.
    for id in [list[0].id, uuid::Uuid::new_v4()] {
        let err = emails::retry(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), id).await.unwrap_err();
        assert_eq!(err.code(), "email_not_found", "{err:?}");
    }
    assert_eq!(app.deliver().await.sent, 1, "an operator's retry delivers it");
    let _ = std::fs::remove_file(std::env::temp_dir().join(format!("kalm-blocked-{}", app.address.port())));
}
both_backends!(temporary_failures_are_retried_then_kept_as_failed);

async fn switched_off_e_mails_are_not_queued(app: TestApp) {
    use kalm_testkit::kalm_app::{configurations, platforms};
    use kalm_testkit::kalm_domain::configurations::ConfigurationKey;
    use kalm_testkit::kalm_domain::emails::EmailKind;
    let platform = app.platform("Care", HOST).await;
    let account = app.account(&platform, "client", "", "c@care.test").await;
    configurations::set_availability(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        ConfigurationKey::Emails,
        true,
        None,
    )
    .await
    .unwrap();
    let platform = platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST).await.unwrap();
    configurations::set_value(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        ConfigurationKey::Emails,
        &serde_json::json!({ "switched_off": ["new_message"] }),
        None,
    )
    .await
    .unwrap();
    let platform = platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST).await.unwrap();
    let recipient = emails::Recipient::from(&account);
    let mut tx = app.kalm.store.begin().await.unwrap();
    let new_message = emails::enqueue(
        &app.kalm,
        &mut tx,
        &platform,
        &recipient,
        EmailKind::NewMessage,
        emails::Extras { link: Some("http://care.test/".into()), ..Default::default() },
    )
    .await
    .unwrap();
    let tool = emails::enqueue(
        &app.kalm,
        &mut tx,
        &platform,
        &recipient,
        EmailKind::ToolAssigned,
        emails::Extras { link: Some("http://care.test/".into()), ..Default::default() },
    )
    .await
    .unwrap();
    let essential = emails::enqueue(
        &app.kalm,
        &mut tx,
        &platform,
        &recipient,
        EmailKind::PasswordChanged,
        emails::Extras::default(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!((new_message, tool, essential), (false, true, true));
}
both_backends!(switched_off_e_mails_are_not_queued);

fn smtp_delivery(app: &TestApp, smtp: &SmtpServer) -> emails::Delivery {
    emails::Delivery { mailer: emails::Mailer::from_url(&smtp.url()).unwrap(), ..app.delivery() }
}

/// A platform with one invited client (whose invitation is queued).
async fn invite_someone(app: &TestApp) -> kalm_testkit::kalm_app::platforms::Platform {
    let platform = app.platform("Care", HOST).await;
    kalm_testkit::kalm_app::accounts::create(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        &kalm_testkit::kalm_app::accounts::AccountInput {
            account_type: "client".into(),
            first_name: "Chris".into(),
            last_name: "Client".into(),
            email: "chris@client.test".into(),
            ..Default::default()
        },
        None,
    )
    .await
    .unwrap();
    platform
}

async fn a_real_smtp_server_gets_each_message_once(app: TestApp) {
    let Some(smtp) = SmtpServer::start(0, 0, 451).await else { return };
    invite_someone(&app).await;
    let delivery = smtp_delivery(&app, &smtp);
    assert_eq!(emails::deliver_due(&app.kalm, &delivery).await.unwrap().sent, 1);
    assert_eq!(emails::deliver_due(&app.kalm, &delivery).await.unwrap().sent, 0);
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    let mail = mail_text(&received[0]);
    assert!(mail.contains("Subject: Your account on Care") && mail.contains("/activate/"), "{mail}");
}
both_backends!(a_real_smtp_server_gets_each_message_once);

/// Invites `count` clients (`chris0@client.test`, …): one invitation each
/// in the outbox.
async fn invite_clients(app: &TestApp, platform: &kalm_testkit::kalm_app::platforms::Platform, count: usize) {
    for n in 0..count {
        let input = kalm_testkit::kalm_app::accounts::AccountInput {
            account_type: "client".into(),
            first_name: "Chris".into(),
            last_name: "Client".into(),
            email: format!("chris{n}@client.test"),
            ..Default::default()
        };
        let caller = kalm_testkit::kalm_app::Caller::command_line();
        kalm_testkit::kalm_app::accounts::create(&app.kalm, &caller, platform, &input, None).await.unwrap();
    }
}

async fn a_round_slower_than_its_lease_sends_nothing_twice(app: TestApp) {
    let Some(smtp) = SmtpServer::start_slow(400).await else { return };
    let platform = app.platform("Care", HOST).await;
    invite_clients(&app, &platform, 4).await;
    // One by one, so that the round outlives its first lease between two
    // groups; the same holds for groups of any size.
    let delivery = emails::Delivery { side_by_side: 1, ..smtp_delivery(&app, &smtp) };
    // The first worker claims all four and sends them one by one, slowly.
    let first = {
        let (kalm, delivery) = (app.kalm.clone(), delivery.clone());
        tokio::spawn(async move { emails::deliver_due(&kalm, &delivery).await.unwrap() })
    };
    // Each send takes two minutes of the clock, well within the lease on
    // the message being sent; but the round as a whole outlives the lease
    // it claimed everything with, and a second worker (another node) comes
    // for what is left.
    let mut seen = 0;
    let mut second = None;
    for _ in 0..500 {
        let now = smtp.received().len();
        if now > seen {
            app.clock.advance(Duration::minutes(2) * i32::try_from(now - seen).unwrap());
            seen = now;
        }
        if seen >= 3 && second.is_none() {
            second = Some(emails::deliver_due(&app.kalm, &delivery).await.unwrap());
        }
        if first.is_finished() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let second = second.expect("the first round reached its third message");
    let first = first.await.unwrap();
    let received = smtp.received();
    let mut recipients: Vec<String> = received
        .iter()
        .map(|m| mail_text(m).lines().find(|l| l.starts_with("To: ")).unwrap_or_default().to_owned())
        .collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(received.len(), 4, "each message once, not once per worker: {first:?} {second:?}");
    assert_eq!(recipients.len(), 4);
    assert_eq!(first.sent + second.sent, 4);
    assert!(second.sent > 0, "the second worker took over what the first had not reached");
    assert_eq!(first.skipped, second.sent, "and the first skipped exactly those");
}
both_backends!(a_round_slower_than_its_lease_sends_nothing_twice);

async fn two_workers_at_once_send_a_big_batch_side_by_side_each_message_once(app: TestApp) {
    let Some(smtp) = SmtpServer::start(0, 0, 451).await else { return };
    let platform = app.platform("Care", HOST).await;
    let count = 3 * emails::SIDE_BY_SIDE + 5;
    invite_clients(&app, &platform, count).await;
    let delivery = smtp_delivery(&app, &smtp);
    // Two nodes' delivery jobs at the same moment.
    let (a, b) = tokio::join!(emails::deliver_due(&app.kalm, &delivery), emails::deliver_due(&app.kalm, &delivery));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.sent + b.sent, count, "{a:?} {b:?}");
    assert_eq!(a.claimed + b.claimed, count, "no message claimed twice: {a:?} {b:?}");
    let mut recipients: Vec<String> = smtp
        .received()
        .iter()
        .map(|m| mail_text(m).lines().find(|l| l.starts_with("To: ")).unwrap_or_default().to_owned())
        .collect();
    assert_eq!(recipients.len(), count);
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), count, "each recipient once");
    assert!(emails::all(&app.kalm, emails::OutboxState::Queued).await.unwrap().is_empty());
    assert_eq!(emails::deliver_due(&app.kalm, &delivery).await.unwrap().claimed, 0, "nothing left");
}
both_backends!(two_workers_at_once_send_a_big_batch_side_by_side_each_message_once);

async fn a_451_answer_is_retried_then_delivered_once(app: TestApp) {
    let Some(smtp) = SmtpServer::start(0, 1, 451).await else { return };
    invite_someone(&app).await;
    let delivery = smtp_delivery(&app, &smtp);
    let first = emails::deliver_due(&app.kalm, &delivery).await.unwrap();
    assert_eq!((first.sent, first.retried), (0, 1));
    app.clock.advance(Duration::minutes(1));
    assert_eq!(emails::deliver_due(&app.kalm, &delivery).await.unwrap().sent, 1);
    assert_eq!(smtp.received().len(), 1);
}
both_backends!(a_451_answer_is_retried_then_delivered_once);

async fn a_550_answer_fails_for_an_operator_to_see(app: TestApp) {
    let Some(smtp) = SmtpServer::start(0, 1, 550).await else { return };
    invite_someone(&app).await;
    let round = emails::deliver_due(&app.kalm, &smtp_delivery(&app, &smtp)).await.unwrap();
    assert_eq!((round.sent, round.retried, round.failed), (0, 0, 1));
    let failed = emails::failed(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line()).await.unwrap();
    assert!(failed[0].last_error.as_deref().unwrap_or_default().contains("550"), "{:?}", failed[0]);
}
both_backends!(a_550_answer_fails_for_an_operator_to_see);

async fn a_server_that_is_down_for_a_while_still_gets_the_message(app: TestApp) {
    let Some(mut smtp) = SmtpServer::start(0, 0, 451).await else { return };
    invite_someone(&app).await;
    let delivery = smtp_delivery(&app, &smtp);
    smtp.stop().await;
    assert_eq!(emails::deliver_due(&app.kalm, &delivery).await.unwrap().retried, 1);
    app.clock.advance(Duration::hours(3));
    assert_eq!(emails::deliver_due(&app.kalm, &delivery).await.unwrap().retried, 1, "still down");
    smtp.restart().await;
    app.clock.advance(Duration::hours(1));
    assert_eq!(emails::deliver_due(&app.kalm, &delivery).await.unwrap().sent, 1);
    assert_eq!(smtp.received().len(), 1);
}
both_backends!(a_server_that_is_down_for_a_while_still_gets_the_message);

/// The link in the newest delivered e-mail.
fn last_link(app: &TestApp) -> String {
    let mails = app.mails();
    let mail = mail_text(mails.last().expect("an e-mail"));
    let start = mail.find(&format!("http://{HOST}:")).expect("a link");
    mail[start..].split_whitespace().next().unwrap().to_owned()
}

async fn forgotten_passwords_are_reset_by_e_mail(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    let elsewhere = app.login(HOST, "c@care.test").await;
    let visitor = app.client(HOST);
    let login = body(get(&app, &visitor, HOST, "/login").await).await;
    assert!(login.contains("href=\"/forgot-password\""));
    let known = body(post(&app, &visitor, HOST, "/forgot-password", &[("email", "C@care.test")]).await).await;
    let unknown = body(post(&app, &visitor, HOST, "/forgot-password", &[("email", "nobody@care.test")]).await).await;
    assert_eq!(known, unknown, "the answer never tells whether the address exists");
    assert!(known.contains("If there is an account with this e-mail address"));
    post(&app, &visitor, HOST, "/forgot-password", &[("email", "c@care.test")]).await;
    assert_eq!(app.deliver().await.sent, 1, "one e-mail, however often the form is sent in five minutes");
    let link = last_link(&app);
    assert!(link.contains("/reset/"), "{link}");

    let r = post(&app, &visitor, HOST, &path_of(&link), &[("password", "short")]).await;
    assert_eq!(r.status(), 422);
    let r = post(&app, &visitor, HOST, &path_of(&link), &[("password", "juniper-saddle-comet-83")]).await;
    assert_eq!(location(&r), "/login?done=password_reset");
    assert_eq!(
        post(&app, &visitor, HOST, &path_of(&link), &[("password", "juniper-saddle-comet-83")]).await.status(),
        404,
        "once"
    );
    assert_eq!(get(&app, &elsewhere, HOST, "/").await.status(), 303, "other sessions ended");
    let r = post(&app, &visitor, HOST, "/login", &[("email", "c@care.test"), ("password", "juniper-saddle-comet-83")])
        .await;
    assert_eq!(r.status(), 303);
    app.deliver().await;
    assert!(mail_text(app.mails().last().unwrap()).contains("Subject: Your password was changed"));

    // A link works for an hour.
    app.clock.advance(Duration::minutes(6));
    post(&app, &visitor, HOST, "/forgot-password", &[("email", "c@care.test")]).await;
    app.deliver().await;
    let link = last_link(&app);
    app.clock.advance(Duration::minutes(61));
    assert_eq!(get(&app, &visitor, HOST, &path_of(&link)).await.status(), 410);
}
both_backends!(forgotten_passwords_are_reset_by_e_mail);

async fn clients_invite_friends_and_can_end_the_link(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "lucas@care.test").await;
    app.account(&platform, "professional", "professional", "pro@care.test").await;
    let client = app.login(HOST, "lucas@care.test").await;
    let home = body(get(&app, &client, HOST, "/").await).await;
    assert!(home.contains("People close to you") && home.contains("You have not invited anyone yet."), "{home}");
    let r = post(
        &app,
        &client,
        HOST,
        "/friends",
        &[("first_name", "Emma"), ("last_name", "Smit"), ("email", "pro@care.test")],
    )
    .await;
    // An address in use is answered exactly like a free one: a client must
    // not learn who else has an account. Its owner is told instead.
    assert_eq!(location(&r), "/?done=friend_invited", "an address in use looks invited");
    app.deliver().await;
    let mail = mail_text(app.mails().last().unwrap());
    assert!(mail.contains("To: pro@care.test") && mail.contains("Someone tried to use this e-mail address"), "{mail}");
    assert_eq!(app.mails().len(), 1, "and nothing else was sent");
    let r = post(
        &app,
        &client,
        HOST,
        "/friends",
        &[("first_name", "Emma"), ("last_name", "Smit"), ("email", "emma@friend.test")],
    )
    .await;
    assert_eq!(location(&r), "/?done=friend_invited");
    app.deliver().await;
    let mail = mail_text(app.mails().last().unwrap());
    assert!(mail.contains("To: emma@friend.test") && mail.contains("lucas invites you to Care"), "{mail}");
    let link = last_link(&app);

    let friend = app.client(HOST);
    let r = post(&app, &friend, HOST, &path_of(&link), &[("password", "harbour-linen-quartz-19")]).await;
    assert_eq!(location(&r), "/login?done=account_activated");
    let r =
        post(&app, &friend, HOST, "/login", &[("email", "emma@friend.test"), ("password", "harbour-linen-quartz-19")])
            .await;
    assert_eq!(r.status(), 303);
    assert!(body(get(&app, &friend, HOST, "/").await).await.contains("lucas invited you to this platform."));

    let professional = app.login(HOST, "pro@care.test").await;
    let r = post(
        &app,
        &professional,
        HOST,
        "/friends",
        &[("first_name", "X"), ("last_name", "Y"), ("email", "x@friend.test")],
    )
    .await;
    assert_eq!(r.status(), 403, "only clients invite friends");
    let emma = kalm_testkit::kalm_app::accounts::id_by_email(&app.kalm, platform.id, "emma@friend.test")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        post(&app, &professional, HOST, &format!("/friends/{emma}/end"), &[("confirmed", "yes")]).await.status(),
        403
    );

    let r = post(&app, &client, HOST, &format!("/friends/{emma}/end"), &[("confirmed", "yes")]).await;
    assert_eq!(location(&r), "/?done=friend_link_ended");
    assert_eq!(get(&app, &friend, HOST, "/").await.status(), 303, "the friend's session ended");
    let r = post(
        &app,
        &app.client(HOST),
        HOST,
        "/login",
        &[("email", "emma@friend.test"), ("password", "harbour-linen-quartz-19")],
    )
    .await;
    assert_eq!(r.status(), 403, "deactivated, nothing deleted");
}
both_backends!(clients_invite_friends_and_can_end_the_link);

async fn operators_see_and_retry_failed_e_mails_in_the_console(app: TestApp) {
    let Some(smtp) = SmtpServer::start(0, 1, 550).await else { return };
    invite_someone(&app).await;
    emails::deliver_due(&app.kalm, &smtp_delivery(&app, &smtp)).await.unwrap();
    app.operator("desk@kalm.test").await;
    let console = app.login(kalm_testkit::ADMIN_HOST, "desk@kalm.test").await;
    let page = body(get(&app, &console, kalm_testkit::ADMIN_HOST, "/emails").await).await;
    assert!(page.contains("Account invitation") && page.contains("c***@client.test") && page.contains("550"), "{page}");
    assert!(!page.contains("chris@client.test"), "addresses are masked");
    let id = emails::failed(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line()).await.unwrap()[0].id;
    let r = post(&app, &console, kalm_testkit::ADMIN_HOST, &format!("/emails/{id}/retry"), &[]).await;
    assert_eq!(location(&r), "/emails?done=email_requeued");
    assert_eq!(emails::deliver_due(&app.kalm, &smtp_delivery(&app, &smtp)).await.unwrap().sent, 1);
    assert_eq!(smtp.received().len(), 1);
}
both_backends!(operators_see_and_retry_failed_e_mails_in_the_console);

/// Jobs queue e-mails in bulk, each row carrying only what differs from the
/// others: each recipient still gets their own message, in their language,
/// with their name.
async fn bulk_e_mails_reach_each_recipient_in_their_language(app: TestApp) {
    use kalm_testkit::kalm_app::emails::{Extras, Recipient};
    use kalm_testkit::kalm_domain::emails::EmailKind;
    use kalm_testkit::kalm_domain::languages::Language;
    let platform = app.platform("Care & Co", HOST).await;
    let first = app.account(&platform, "client", "", "anna@care.test").await;
    let second = app.account(&platform, "client", "", "bernd@care.test").await;
    let to = |account: &kalm_testkit::kalm_app::accounts::Account, first_name: &str, language| Recipient {
        account: Some(account.id),
        address: account.email.as_str().to_owned(),
        first_name: first_name.into(),
        last_name: "O'Brien \"Quote\"".into(),
        language,
        time_zone: None,
    };
    let extras = Extras { date: Some(kalm_testkit::start_of_time()), ..Extras::default() };
    let before = app.mails().len();
    let mut tx = app.kalm.store.begin().await.unwrap();
    let queued = emails::enqueue_many(
        &app.kalm,
        &mut tx,
        &platform,
        EmailKind::AccountDeactivated,
        vec![(to(&first, "Anna", Language::Nl), extras.clone()), (to(&second, "Bernd", Language::De), extras)],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(queued, 2);
    assert_eq!(app.deliver().await.sent as usize, 2);
    let mails: Vec<String> = app.mails()[before..].iter().map(|m| mail_text(m)).collect();
    let anna = mails.iter().find(|m| m.contains("To: anna@care.test")).expect("Anna's e-mail");
    let bernd = mails.iter().find(|m| m.contains("To: bernd@care.test")).expect("Bernd's e-mail");
    assert!(anna.contains("Anna") && !anna.contains("Bernd") && anna.contains("gedeactiveerd"), "{anna}");
    assert!(bernd.contains("Bernd") && !bernd.contains("Anna") && bernd.contains("deaktiviert"), "{bernd}");
}
both_backends!(bulk_e_mails_reach_each_recipient_in_their_language);

/// The service desk looks up what was sent to one address (someone says
/// their invitation never came): kind, state, attempts and the last error,
/// never the text. The look is audited, with the address masked. The
/// platform's page lists its application managers.
async fn the_service_desk_looks_up_messages_to_an_address(app: TestApp) {
    let Some(smtp) = SmtpServer::start(0, 1, 550).await else { return };
    let platform = invite_someone(&app).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    emails::deliver_due(&app.kalm, &smtp_delivery(&app, &smtp)).await.unwrap();
    app.operator("desk@kalm.test").await;
    let console = app.login(kalm_testkit::ADMIN_HOST, "desk@kalm.test").await;
    let page = body(get(&app, &console, kalm_testkit::ADMIN_HOST, "/emails?address=Chris%40Client.test").await).await;
    assert!(page.contains("E-mails to one address") && page.contains("data-label=\"State\">Failed"), "{page}");
    assert!(page.contains("data-label=\"E-mail\">Account invitation") && page.contains("550"), "{page}");
    assert!(!page.contains("/activate/"), "never the text or its link");
    let page = body(get(&app, &console, kalm_testkit::ADMIN_HOST, "/emails?address=nobody%40client.test").await).await;
    assert!(page.contains("Nothing was sent to this address."), "{page}");
    let page = body(get(&app, &console, kalm_testkit::ADMIN_HOST, "/emails?address=not-an-address").await).await;
    assert!(page.contains("role=\"alert\""), "a clear error for what is no address: {page}");
    let filter = kalm_testkit::kalm_app::audit::AuditFilter { limit: 1000, ..Default::default() };
    let entries = kalm_testkit::kalm_app::audit::list_on_server(&app.kalm, &filter).await.unwrap();
    let looks: Vec<_> = entries.iter().filter(|e| e.action.code() == "emails_looked_up").collect();
    assert_eq!(looks.len(), 2, "each look at someone's mail is audited");
    assert!(looks.iter().all(|e| !e.detail.as_deref().unwrap_or_default().contains("chris@")), "masked");
    // A platform's own manager has no way in: the console is the service desk's.
    let manager = app.login(HOST, "am@care.test").await;
    let r = get(&app, &manager, HOST, "/emails?address=chris%40client.test").await;
    assert_eq!(r.status(), 404);

    let page = body(get(&app, &console, kalm_testkit::ADMIN_HOST, &format!("/platforms/{}", platform.id)).await).await;
    assert!(page.contains("Application managers") && page.contains("am@care.test"), "{page}");
}
both_backends!(the_service_desk_looks_up_messages_to_an_address);
