//! Account administration through the pages: create, activate, relate,
//! roles, deactivate and reactivate, and who may do which.

use chrono::Duration;
use kalm_testkit::{TestApp, both_backends};

use crate::support::{activation_link, body, get, location, path_of, post};

const HOST: &str = "care.test";

async fn manager_creates_and_relates_and_the_professional_sees_the_client(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;

    let r = post(
        &app,
        &manager,
        HOST,
        "/accounts",
        &[
            ("account_type", "professional"),
            ("roles", "professional"),
            ("first_name", "Petra"),
            ("last_name", "Prof"),
            ("email", "petra@care.test"),
        ],
    )
    .await;
    assert_eq!(r.status(), 200);
    let html = body(r).await;
    let pro_link = activation_link(&html);
    assert!(pro_link.starts_with(&format!("http://{HOST}:{}/activate/", app.address.port())), "{pro_link}");

    let r = post(
        &app,
        &manager,
        HOST,
        "/accounts",
        &[("account_type", "client"), ("first_name", "Chris"), ("last_name", "Client"), ("email", "chris@client.test")],
    )
    .await;
    let html = body(r).await;
    let client_id = html.split("/accounts/").nth(1).and_then(|s| s.split('/').next()).unwrap().to_owned();
    let pro_id = kalm_testkit::kalm_app::accounts::id_by_email(&app.kalm, platform.id, "petra@care.test")
        .await
        .unwrap()
        .unwrap();
    let r = post(
        &app,
        &manager,
        HOST,
        &format!("/accounts/{client_id}/relations"),
        &[("professional_id", &pro_id.to_string())],
    )
    .await;
    assert_eq!(location(&r), format!("/accounts/{client_id}?done=relation_added"));
    let page = body(get(&app, &manager, HOST, &location(&r)).await).await;
    assert!(page.contains("Petra Prof") && page.contains("The client and the professional are now linked"));

    // The professional activates with the link, once.
    let visitor = app.client(HOST);
    let form = get(&app, &visitor, HOST, &path_of(&pro_link)).await;
    assert_eq!(form.status(), 200);
    assert!(body(form).await.contains("Welcome, Petra"));
    let weak = post(&app, &visitor, HOST, &path_of(&pro_link), &[("password", "short")]).await;
    assert_eq!(weak.status(), 422);
    assert!(body(weak).await.contains("too short"));
    let done = post(&app, &visitor, HOST, &path_of(&pro_link), &[("password", "meadow-copper-kettle-58")]).await;
    assert_eq!(location(&done), "/login?done=account_activated");
    let again = post(&app, &visitor, HOST, &path_of(&pro_link), &[("password", "meadow-copper-kettle-58")]).await;
    assert_eq!(again.status(), 404, "an activation link works once");

    let r =
        post(&app, &visitor, HOST, "/login", &[("email", "petra@care.test"), ("password", "meadow-copper-kettle-58")])
            .await;
    assert_eq!(r.status(), 303);
    let home = body(get(&app, &visitor, HOST, "/").await).await;
    assert!(home.contains("Your clients") && home.contains("Chris Client"), "{home}");
}
both_backends!(manager_creates_and_relates_and_the_professional_sees_the_client);

async fn activation_links_expire_after_seven_days(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
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
    let link = activation_link(&body(r).await);
    app.clock.advance(Duration::days(7));
    let visitor = app.client(HOST);
    let r = get(&app, &visitor, HOST, &path_of(&link)).await;
    assert_eq!(r.status(), 410);
    assert!(body(r).await.contains("This link has expired"));
    // A new link replaces the old one.
    let manager = app.login(HOST, "am@care.test").await;
    let id = kalm_testkit::kalm_app::accounts::id_by_email(&app.kalm, platform.id, "chris@client.test")
        .await
        .unwrap()
        .unwrap();
    let r = post(&app, &manager, HOST, &format!("/accounts/{id}/activation-link"), &[]).await;
    let fresh = activation_link(&body(r).await);
    assert_ne!(fresh, link);
    assert_eq!(get(&app, &visitor, HOST, &path_of(&fresh)).await.status(), 200);
}
both_backends!(activation_links_expire_after_seven_days);

async fn bad_input_is_named_and_kept(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let r = post(
        &app,
        &manager,
        HOST,
        "/accounts",
        &[("account_type", "client"), ("first_name", "Chris"), ("last_name", "Client"), ("email", "chris(at)client")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let html = body(r).await;
    assert!(html.contains("This is not a valid e-mail address") && html.contains("value=\"Chris\""), "{html}");
    let r = post(
        &app,
        &manager,
        HOST,
        "/accounts",
        &[
            ("account_type", "professional"),
            ("first_name", "No"),
            ("last_name", "Roles"),
            ("email", "noroles@care.test"),
        ],
    )
    .await;
    assert!(body(r).await.contains("needs at least one role"));
    let r = post(
        &app,
        &manager,
        HOST,
        "/accounts",
        &[("account_type", "client"), ("first_name", "Dup"), ("last_name", "Licate"), ("email", "AM@care.test")],
    )
    .await;
    assert_eq!(r.status(), 409);
    // A friend for a client who is not there: the client is named as missing.
    let friend = kalm_testkit::kalm_app::accounts::AccountInput {
        account_type: "friend".into(),
        first_name: "Fay".into(),
        last_name: "Friend".into(),
        email: "fay@friend.test".into(),
        friend_of: "nobody@client.test".into(),
        ..Default::default()
    };
    let err = kalm_testkit::kalm_app::accounts::create(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        &friend,
        None,
    )
    .await
    .unwrap_err();
    assert_eq!(err.code(), "client_not_found", "{err:?}");
    let listed = kalm_testkit::kalm_app::platforms::account_count(&app.kalm, platform.id).await.unwrap();
    assert_eq!(listed, 1, "nothing half-written");
}
both_backends!(bad_input_is_named_and_kept);

async fn list_filters_and_search(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    app.account(&platform, "professional", "professional", "petra@care.test").await;
    app.account(&platform, "professional", "secretary", "sec@care.test").await;
    let c = app.account(&platform, "client", "", "chris@client.test").await;
    app.account(&platform, "client", "", "dana@client.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    post(&app, &manager, HOST, &format!("/accounts/{}/deactivate", c.id), &[("confirmed", "yes")]).await;
    let count = |html: &str| html.matches("data-label=\"Name\"><a href=\"/accounts/").count();
    assert_eq!(count(&body(get(&app, &manager, HOST, "/accounts").await).await), 5);
    assert_eq!(count(&body(get(&app, &manager, HOST, "/accounts?type=client").await).await), 2);
    assert_eq!(count(&body(get(&app, &manager, HOST, "/accounts?role=secretary").await).await), 1);
    assert_eq!(count(&body(get(&app, &manager, HOST, "/accounts?status=deactivated").await).await), 1);
    assert_eq!(count(&body(get(&app, &manager, HOST, "/accounts?q=DANA").await).await), 1);
    assert_eq!(count(&body(get(&app, &manager, HOST, "/accounts?q=%25").await).await), 0, "wildcards are literal");
}
both_backends!(list_filters_and_search);

async fn each_role_sees_and_does_only_its_part(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let petra = app.account(&platform, "professional", "professional", "petra@care.test").await;
    app.account(&platform, "professional", "secretary", "sec@care.test").await;
    let chris = app.account(&platform, "client", "", "chris@client.test").await;
    let dana = app.account(&platform, "client", "", "dana@client.test").await;
    kalm_testkit::kalm_app::accounts::relate_for_setup(&app.kalm, platform.id, chris.id, petra.id).await.unwrap();

    // The professional sees their own client, not the other one, and cannot deactivate.
    let professional = app.login(HOST, "petra@care.test").await;
    let list = body(get(&app, &professional, HOST, "/accounts").await).await;
    assert!(list.contains("chris@client.test") && !list.contains("dana@client.test") && !list.contains("am@care.test"));
    assert_eq!(get(&app, &professional, HOST, &format!("/accounts/{}", chris.id)).await.status(), 200);
    assert_eq!(get(&app, &professional, HOST, &format!("/accounts/{}", dana.id)).await.status(), 403);
    assert_eq!(
        post(&app, &professional, HOST, &format!("/accounts/{}/deactivate", chris.id), &[("confirmed", "yes")])
            .await
            .status(),
        403
    );
    assert_eq!(get(&app, &professional, HOST, "/audit").await.status(), 403);
    let r = post(
        &app,
        &professional,
        HOST,
        "/accounts",
        &[("account_type", "client"), ("first_name", "X"), ("last_name", "Y"), ("email", "x@y.test")],
    )
    .await;
    assert_eq!(r.status(), 403);

    // The secretary creates clients and relates them, but not professionals.
    let secretary = app.login(HOST, "sec@care.test").await;
    let r = post(
        &app,
        &secretary,
        HOST,
        &format!("/accounts/{}/relations", dana.id),
        &[("professional_id", &petra.id.to_string())],
    )
    .await;
    assert_eq!(r.status(), 303);
    let r = post(
        &app,
        &secretary,
        HOST,
        "/accounts",
        &[
            ("account_type", "professional"),
            ("roles", "professional"),
            ("first_name", "X"),
            ("last_name", "Y"),
            ("email", "x@care.test"),
        ],
    )
    .await;
    assert_eq!(r.status(), 403);
    assert_eq!(
        post(&app, &secretary, HOST, &format!("/accounts/{}/roles", petra.id), &[("roles", "application_manager")])
            .await
            .status(),
        403
    );

    // The client sees only their own things.
    let client = app.login(HOST, "chris@client.test").await;
    assert_eq!(get(&app, &client, HOST, "/accounts").await.status(), 403);
    assert_eq!(get(&app, &client, HOST, &format!("/accounts/{}", dana.id)).await.status(), 403);
    let home = body(get(&app, &client, HOST, "/").await).await;
    assert!(home.contains("Your professionals") && home.contains("petra Tester"), "{home}");
}
both_backends!(each_role_sees_and_does_only_its_part);

async fn the_last_application_manager_stays(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let am = app.account(&platform, "professional", "application_manager,professional", "am@care.test").await;
    let other = app.account(&platform, "professional", "application_manager", "am2@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    // Own account: neither roles nor status.
    assert_eq!(
        post(&app, &manager, HOST, &format!("/accounts/{}/roles", am.id), &[("roles", "professional")]).await.status(),
        403
    );
    assert_eq!(
        post(&app, &manager, HOST, &format!("/accounts/{}/deactivate", am.id), &[("confirmed", "yes")]).await.status(),
        403
    );
    // The colleague can go, but then the last one may not.
    assert_eq!(
        post(&app, &manager, HOST, &format!("/accounts/{}/roles", other.id), &[("roles", "secretary")]).await.status(),
        303
    );
    app.operator("desk@kalm.test").await;
    let token =
        kalm_testkit::kalm_app::operators::create_token(&app.kalm, "desk@kalm.test", "test", Default::default())
            .await
            .unwrap()
            .token;
    let r = app
        .client(HOST)
        .put(app.url(HOST, &format!("/api/v1/accounts/{}/roles", am.id)))
        .bearer_auth(&token)
        .json(&serde_json::json!({ "roles": ["professional"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    assert_eq!(r.json::<serde_json::Value>().await.unwrap()["error"], "last_application_manager");
}
both_backends!(the_last_application_manager_stays);

async fn targets_on_another_platform_are_not_found(app: TestApp) {
    let alpha = app.platform("Alpha", "alpha.test").await;
    let beta = app.platform("Beta", "beta.test").await;
    app.account(&alpha, "professional", "application_manager", "am@alpha.test").await;
    let stranger = app.account(&beta, "client", "", "client@beta.test").await;
    let manager = app.login("alpha.test", "am@alpha.test").await;
    for path in [format!("/accounts/{}", stranger.id)] {
        assert_eq!(get(&app, &manager, "alpha.test", &path).await.status(), 404);
    }
    for action in ["deactivate", "reactivate", "activation-link"] {
        let r =
            post(&app, &manager, "alpha.test", &format!("/accounts/{}/{action}", stranger.id), &[("confirmed", "yes")])
                .await;
        assert_eq!(r.status(), 404, "{action}");
    }
    let r = manager.get(app.url("alpha.test", &format!("/api/v1/accounts/{}", stranger.id))).send().await.unwrap();
    assert_eq!(r.status(), 404);
    let after = kalm_testkit::kalm_app::accounts::view(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        beta.id,
        stranger.id,
    )
    .await
    .unwrap();
    assert_eq!(after.account.status.code(), "active", "untouched");
}
both_backends!(targets_on_another_platform_are_not_found);

async fn pages_follow_the_platform_language(app: TestApp) {
    let platform = kalm_testkit::kalm_app::platforms::create(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &kalm_testkit::kalm_app::platforms::PlatformInput {
            name: "Zorg".into(),
            domain: "zorg.test".into(),
            language: "nl".into(),
            kind: "care".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let html = body(get(&app, &app.client("zorg.test"), "zorg.test", "/login").await).await;
    assert!(html.contains("<html lang=\"nl\">") && html.contains("Inloggen"), "{html}");
    app.account(&platform, "client", "", "c@zorg.test").await;
    let key = kalm_testkit::kalm_domain::configurations::ConfigurationKey::Languages;
    kalm_testkit::kalm_app::configurations::set_availability(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        key,
        true,
        None,
    )
    .await
    .unwrap();
    let platform = kalm_testkit::kalm_app::platforms::find(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        "zorg.test",
    )
    .await
    .unwrap();
    kalm_testkit::kalm_app::configurations::set_value(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        key,
        &serde_json::json!(["en"]),
        None,
    )
    .await
    .unwrap();
    let client = app.login("zorg.test", "c@zorg.test").await;
    let r = post(
        &app,
        &client,
        "zorg.test",
        "/account/profile",
        &[("first_name", "Cas"), ("last_name", "Tester"), ("email", "c@zorg.test"), ("language", "en")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let html = body(get(&app, &client, "zorg.test", "/").await).await;
    assert!(html.contains("<html lang=\"en\">") && html.contains("Welcome, Cas"), "{html}");
}
both_backends!(pages_follow_the_platform_language);

/// A manager corrects a mistyped address: every link sent to the old one
/// stops working, and an invited account is invited again at the new one.
async fn a_new_address_retires_the_links_sent_to_the_old_one(app: TestApp) {
    use kalm_testkit::kalm_app::accounts::{self, AccountInput, ProfileInput};
    use kalm_testkit::kalm_app::auth;
    let platform = app.platform("Care", HOST).await;
    let manager = app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let manager = auth::account_caller(&manager, None);
    let input = AccountInput {
        account_type: "client".into(),
        first_name: "Chris".into(),
        last_name: "Client".into(),
        email: "chris@typo.test".into(),
        ..Default::default()
    };
    let created = accounts::create(&app.kalm, &manager, &platform, &input, None).await.unwrap();
    let old_link = format!("/activate/{}", created.activation_token.unwrap());
    assert_eq!(get(&app, &app.client(HOST), HOST, &old_link).await.status(), 200, "the first invitation works");
    let profile = ProfileInput {
        first_name: "Chris".into(),
        last_name: "Client".into(),
        email: "chris@client.test".into(),
        language: "en".into(),
        time_zone: None,
    };
    accounts::update_profile(&app.kalm, &manager, platform.id, created.account.id, &profile).await.unwrap();
    let r = get(&app, &app.client(HOST), HOST, &old_link).await;
    assert_eq!(r.status(), 404, "the invitation to the mistyped address no longer activates anything");
    let r = post(&app, &app.client(HOST), HOST, &old_link, &[("password", "harbour-linen-quartz-19")]).await;
    assert_eq!(r.status(), 404);
    app.deliver().await;
    let mails: Vec<String> = app.mails().iter().map(|m| kalm_testkit::mail_text(m)).collect();
    let new_invitation = mails
        .iter()
        .rfind(|m| m.contains("To: chris@client.test") && m.contains("/activate/"))
        .expect("a new invitation at the new address");
    let start = new_invitation.find("/activate/").unwrap();
    let new_link = new_invitation[start..].split_whitespace().next().unwrap().to_owned();
    let r = post(&app, &app.client(HOST), HOST, &new_link, &[("password", "harbour-linen-quartz-19")]).await;
    assert_eq!(r.status(), 303, "the new invitation works");

    // An active account's reset link dies with its old address too.
    post(&app, &app.client(HOST), HOST, "/forgot-password", &[("email", "chris@client.test")]).await;
    app.deliver().await;
    let mails: Vec<String> = app.mails().iter().map(|m| kalm_testkit::mail_text(m)).collect();
    let reset = mails.iter().rfind(|m| m.contains("/reset/")).expect("a reset link");
    let start = reset.find("/reset/").unwrap();
    let reset_link = reset[start..].split_whitespace().next().unwrap().to_owned();
    let profile = ProfileInput { email: "chris@elsewhere.test".into(), ..profile };
    accounts::update_profile(&app.kalm, &manager, platform.id, created.account.id, &profile).await.unwrap();
    let r = post(&app, &app.client(HOST), HOST, &reset_link, &[("password", "copper-meadow-lantern-88")]).await;
    assert_ne!(r.status(), 303, "the reset link sent to the old address no longer works");
    let r = post(
        &app,
        &app.client(HOST),
        HOST,
        "/login",
        &[("email", "chris@elsewhere.test"), ("password", "harbour-linen-quartz-19")],
    )
    .await;
    assert_eq!(r.status(), 303, "the password stayed");
}
both_backends!(a_new_address_retires_the_links_sent_to_the_old_one);

/// Changing one's own address to one that is taken answers exactly like a
/// free one: nobody learns who has an account; the owner is told.
async fn an_own_new_address_that_is_taken_looks_free(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    app.account(&platform, "client", "", "someone@care.test").await;
    let client = app.login(HOST, "c@care.test").await;
    let r = post(&app, &client, HOST, "/account/confirm", &[("back", "account"), ("password", kalm_testkit::PASSWORD)])
        .await;
    assert_eq!(location(&r), "/account?done=confirmed");
    let change =
        |email: &'static str| [("first_name", "Cas"), ("last_name", "Tester"), ("email", email), ("language", "en")];
    let taken = post(&app, &client, HOST, "/account/profile", &change("someone@care.test")).await;
    let free = post(&app, &client, HOST, "/account/profile", &change("nobody-yet@care.test")).await;
    assert_eq!((taken.status(), location(&taken)), (free.status(), location(&free)), "same answer");
    let (taken, free) = (body(taken).await, body(free).await);
    assert_eq!(taken, free);
    app.deliver().await;
    let mails: Vec<String> = app.mails().iter().map(|m| kalm_testkit::mail_text(m)).collect();
    assert!(
        mails.iter().any(|m| m.contains("To: someone@care.test") && m.contains("Someone tried to use")),
        "{mails:?}"
    );
    assert!(mails.iter().any(|m| m.contains("To: nobody-yet@care.test") && m.contains("/email/confirm/")));
    assert!(
        !mails.iter().any(|m| m.contains("To: someone@care.test") && m.contains("/email/confirm/")),
        "no link to the owner"
    );
}
both_backends!(an_own_new_address_that_is_taken_looks_free);

/// Role changes arriving at the same moment each see the one before them:
/// every audit entry's old roles are the roles the change replaced.
async fn parallel_role_changes_each_see_the_one_before(app: TestApp) {
    use kalm_testkit::kalm_app::{accounts, audit, auth};
    let platform = app.platform("Care", HOST).await;
    let manager = app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let colleague = app.account(&platform, "professional", "professional", "pro@care.test").await;
    let caller = auth::account_caller(&manager, None);
    let changes = (0..8).map(|n| {
        let (kalm, caller) = (&app.kalm, &caller);
        let roles = if n % 2 == 0 { "professional,secretary" } else { "professional" };
        async move { accounts::set_roles(kalm, caller, platform.id, colleague.id, roles).await.map(|_| ()) }
    });
    for result in futures_util::future::join_all(changes).await {
        result.unwrap();
    }
    let filter = audit::AuditFilter {
        action: Some(kalm_testkit::kalm_domain::audit::AuditAction::RolesChanged),
        limit: 100,
        ..Default::default()
    };
    let mut entries = audit::list_on_server(&app.kalm, &filter).await.unwrap();
    entries.sort_by_key(|e| (e.at, e.id));
    let roles: Vec<(serde_json::Value, serde_json::Value)> = entries
        .iter()
        .map(|e| {
            let detail: serde_json::Value = serde_json::from_str(e.detail.as_deref().unwrap()).unwrap();
            (detail["old"].clone(), detail["new"].clone())
        })
        .collect();
    assert_eq!(roles.len(), 8);
    assert_eq!(roles[0].0, serde_json::json!("professional"), "{roles:?}");
    for pair in roles.windows(2) {
        assert_eq!(pair[1].0, pair[0].1, "each change's old roles are the roles before it: {roles:?}");
    }
}
both_backends!(parallel_role_changes_each_see_the_one_before);
