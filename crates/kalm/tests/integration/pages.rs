//! What every page shares, as a browser meets it: questions before actions
//! that cut someone off, form URLs that survive a reload, the headers and
//! static files every page comes with.

use kalm_testkit::{ADMIN_HOST, TestApp, both_backends};

use crate::support::{body, get, location, post};

const HOST: &str = "care.test";

/// Deactivating asks first, says what will happen and that it can be
/// undone; the old one-click post is sent to the question, not obeyed.
async fn deactivating_an_account_asks_first(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let client = app.account(&platform, "client", "", "chris@client.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let page = body(get(&app, &manager, HOST, &format!("/accounts/{}", client.id)).await).await;
    assert!(page.contains(&format!("href=\"/accounts/{}/deactivate\"", client.id)), "a link to the question");
    let r = post(&app, &manager, HOST, &format!("/accounts/{}/deactivate", client.id), &[]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, format!("/accounts/{}/deactivate", client.id)));
    let question = get(&app, &manager, HOST, &format!("/accounts/{}/deactivate", client.id)).await;
    assert_eq!(question.status(), 200);
    let html = body(question).await;
    assert!(html.contains("Deactivate the account of"), "{html}");
    assert!(html.contains("chris@client.test"), "says where the e-mail goes");
    assert!(html.contains("You can reactivate the account later"), "says it can be undone");
    assert!(html.contains("name=\"confirmed\" value=\"yes\""), "a form that works without script");
    let still = kalm_testkit::kalm_app::accounts::view(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        platform.id,
        client.id,
    )
    .await
    .unwrap();
    assert_eq!(still.account.status.code(), "active", "nothing happened without the answer");
    let r = post(&app, &manager, HOST, &format!("/accounts/{}/deactivate", client.id), &[("confirmed", "yes")]).await;
    assert_eq!(location(&r), format!("/accounts/{}?done=account_deactivated", client.id));
    // Once deactivated, the question leads back to the account.
    let r = get(&app, &manager, HOST, &format!("/accounts/{}/deactivate", client.id)).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, format!("/accounts/{}", client.id)));
}
both_backends!(deactivating_an_account_asks_first);

/// Someone who may not deactivate gets no question either.
async fn the_question_is_only_for_who_may_act(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let petra = app.account(&platform, "professional", "professional", "petra@care.test").await;
    let chris = app.account(&platform, "client", "", "chris@client.test").await;
    kalm_testkit::kalm_app::accounts::relate_for_setup(&app.kalm, platform.id, chris.id, petra.id).await.unwrap();
    let professional = app.login(HOST, "petra@care.test").await;
    let r = get(&app, &professional, HOST, &format!("/accounts/{}/deactivate", chris.id)).await;
    assert_eq!((r.status().as_u16(), location(&r)), (303, format!("/accounts/{}", chris.id)));
    let other = app.platform("Other", "other.test").await;
    let stranger = app.account(&other, "client", "", "x@other.test").await;
    let r = get(&app, &professional, HOST, &format!("/accounts/{}/deactivate", stranger.id)).await;
    assert_eq!(r.status(), 404, "another platform's account does not exist here");
}
both_backends!(the_question_is_only_for_who_may_act);

/// Ending a friend's link asks first, and says it cannot be undone.
async fn ending_a_friend_link_asks_first(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "chris@client.test").await;
    let client = app.login(HOST, "chris@client.test").await;
    let r = post(
        &app,
        &client,
        HOST,
        "/friends",
        &[("first_name", "Emma"), ("last_name", "Visser"), ("email", "emma@friend.test")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let emma = kalm_testkit::kalm_app::accounts::id_by_email(&app.kalm, platform.id, "emma@friend.test")
        .await
        .unwrap()
        .unwrap();
    let home = body(get(&app, &client, HOST, "/").await).await;
    assert!(home.contains(&format!("href=\"/friends/{emma}/end\"")), "{home}");
    let r = post(&app, &client, HOST, &format!("/friends/{emma}/end"), &[]).await;
    assert_eq!(location(&r), format!("/friends/{emma}/end"), "the old one-click post goes to the question");
    let html = body(get(&app, &client, HOST, &format!("/friends/{emma}/end")).await).await;
    assert!(html.contains("End the link with Emma Visser?"), "{html}");
    assert!(html.contains("This cannot be undone"), "{html}");
    assert!(body(get(&app, &client, HOST, "/").await).await.contains("Emma Visser"), "still linked");
    let r = post(&app, &client, HOST, &format!("/friends/{emma}/end"), &[("confirmed", "yes")]).await;
    assert_eq!(location(&r), "/?done=friend_link_ended");
    let r = get(&app, &client, HOST, &format!("/friends/{emma}/end")).await;
    assert_eq!(r.status(), 404, "no such friend any more");
}
both_backends!(ending_a_friend_link_asks_first);

/// Every URL that only takes a form answers GET (a reload, the back
/// button) with the page the form is on, never a bare 405.
async fn form_urls_answer_a_reload_with_their_page(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let id = uuid::Uuid::new_v4();
    let platform_forms = [
        (format!("/accounts/{id}/roles"), format!("/accounts/{id}")),
        (format!("/accounts/{id}/relations"), format!("/accounts/{id}")),
        (format!("/accounts/{id}/relations/{id}/delete"), format!("/accounts/{id}")),
        (format!("/accounts/{id}/reactivate"), format!("/accounts/{id}")),
        (format!("/accounts/{id}/activation-link"), format!("/accounts/{id}")),
        (format!("/accounts/{id}/two-factor/reset"), format!("/accounts/{id}")),
        (format!("/accounts/{id}/two-factor/waiver"), format!("/accounts/{id}")),
        (format!("/accounts/{id}/two-factor/waiver/end"), format!("/accounts/{id}")),
        ("/friends".to_owned(), "/".to_owned()),
        ("/logout".to_owned(), "/".to_owned()),
        ("/account/profile".to_owned(), "/account".to_owned()),
        ("/account/password".to_owned(), "/account".to_owned()),
        ("/login/code/resend".to_owned(), "/login/code".to_owned()),
        ("/two-factor/setup/sms/resend".to_owned(), "/two-factor/setup/sms/code".to_owned()),
        ("/two-factor/setup/confirm".to_owned(), "/two-factor/setup".to_owned()),
        ("/two-factor/saved".to_owned(), "/".to_owned()),
        ("/account/two-factor/recovery-codes".to_owned(), "/account/two-factor".to_owned()),
        (format!("/account/two-factor/devices/{id}/revoke"), "/account/two-factor".to_owned()),
    ];
    for (form, page) in &platform_forms {
        let r = get(&app, &manager, HOST, form).await;
        assert_eq!((r.status().as_u16(), location(&r)), (303, page.clone()), "GET {form}");
    }
    let console = app.client(ADMIN_HOST);
    let admin_forms = [
        ("/platforms".to_owned(), "/".to_owned()),
        (format!("/platforms/{id}/managers"), format!("/platforms/{id}")),
        (
            format!("/platforms/{id}/configurations/domain/availability"),
            format!("/platforms/{id}/configurations/domain"),
        ),
        (format!("/emails/{id}/retry"), "/emails".to_owned()),
        ("/logout".to_owned(), "/".to_owned()),
        ("/two-factor/setup/confirm".to_owned(), "/two-factor/setup".to_owned()),
        ("/two-factor/saved".to_owned(), "/".to_owned()),
    ];
    for (form, page) in &admin_forms {
        let r = get(&app, &console, ADMIN_HOST, form).await;
        assert_eq!((r.status().as_u16(), location(&r)), (303, page.clone()), "GET {form} on the console");
    }
}
both_backends!(form_urls_answer_a_reload_with_their_page);

/// Headers every answer carries: no indexing, no shared browsing context.
async fn pages_are_kept_out_of_search_engines(app: TestApp) {
    app.platform("Care", HOST).await;
    for (host, path) in [(HOST, "/login"), (ADMIN_HOST, "/login"), (HOST, "/no-such-page")] {
        let r = get(&app, &app.client(host), host, path).await;
        assert_eq!(r.headers()["x-robots-tag"], "noindex, nofollow", "{host}{path}");
        assert_eq!(r.headers()["cross-origin-opener-policy"], "same-origin", "{host}{path}");
    }
}
both_backends!(pages_are_kept_out_of_search_engines);

/// Static files: linked under a name with their digest and kept for a
/// year; a browser's validator is answered 304; the icon is there.
async fn static_files_are_fingerprinted_and_cached(app: TestApp) {
    app.platform("Care", HOST).await;
    let client = app.client(HOST);
    let html = body(get(&app, &client, HOST, "/login").await).await;
    let start = html.find("href=\"/static/kalm.").expect("a fingerprinted style sheet") + "href=\"".len();
    let href = &html[start..start + html[start..].find('"').unwrap()];
    assert!(href.ends_with(".css") && href.len() > "/static/kalm.css".len(), "{href}");
    let r = get(&app, &client, HOST, href).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
    let etag = r.headers()["etag"].clone();
    let again = client.get(app.url(HOST, href)).header("if-none-match", etag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    // The plain name still answers, for pages of an older release.
    let plain = get(&app, &client, HOST, "/static/kalm.css").await;
    assert_eq!(
        (plain.status().as_u16(), plain.headers()["cache-control"].to_str().unwrap()),
        (200, "public, max-age=3600")
    );
    let icon = get(&app, &client, HOST, "/favicon.ico").await;
    assert_eq!(icon.status(), 200);
    assert_eq!(icon.headers()["content-type"], "image/svg+xml");
    assert!(html.contains("rel=\"icon\""));
    assert_eq!(get(&app, &client, HOST, "/static/nothing.css").await.status(), 404);
}
both_backends!(static_files_are_fingerprinted_and_cached);

/// Compression: static files and anonymous pages are compressed; a page of
/// someone signed in is not (a secret beside echoed input would leak
/// through the compressed length).
async fn only_pages_without_secrets_are_compressed(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "chris@client.test").await;
    let anonymous = app.client(HOST);
    let encoding = |r: &reqwest::Response| {
        r.headers().get("content-encoding").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
    };
    let r = anonymous.get(app.url(HOST, "/login")).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(encoding(&r), "gzip", "an anonymous page");
    let r = anonymous.get(app.url(HOST, "/static/kalm.css")).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(encoding(&r), "gzip", "the style sheet");
    let r = anonymous.get(app.url(HOST, "/login")).send().await.unwrap();
    assert_eq!(encoding(&r), "", "only for who asks");
    let signed_in = app.login(HOST, "chris@client.test").await;
    let r = signed_in.get(app.url(HOST, "/")).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(encoding(&r), "", "a signed-in page");
    let r = signed_in.get(app.url(HOST, "/static/kalm.css")).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(encoding(&r), "gzip", "static files hold no secret");
    let r = anonymous.get(app.url(HOST, "/reset/some-token")).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(encoding(&r), "", "a page of a one-time link");
}
both_backends!(only_pages_without_secrets_are_compressed);

/// An error page on a platform's domain carries the platform's name and
/// the visitor's language (and, signed in, the menu); the console's carry
/// the console's name.
async fn error_pages_carry_the_sites_name_and_language(app: TestApp) {
    use kalm_testkit::kalm_app::{Caller, platforms};
    let input = platforms::PlatformInput {
        name: "Haven Zorg".into(),
        domain: "haven.test".into(),
        language: "nl".into(),
        kind: "care".into(),
        ..Default::default()
    };
    let platform = platforms::create(&app.kalm, &Caller::command_line(), &input).await.unwrap();
    app.account(&platform, "client", "", "c@haven.test").await;
    let bare = "<p class=\"site\">Kalm</p>";
    let r = get(&app, &app.client("haven.test"), "haven.test", "/no-such-page").await;
    assert_eq!(r.status(), 404);
    let html = body(r).await;
    assert!(html.contains("<p class=\"site\">Haven Zorg</p>") && !html.contains(bare), "{html}");
    assert!(html.contains("lang=\"nl\""), "the platform's language: {html}");
    let client = app.login("haven.test", "c@haven.test").await;
    let html = body(get(&app, &client, "haven.test", "/no-such-page").await).await;
    assert!(html.contains("Haven Zorg") && html.contains("href=\"/account\""), "the menu too: {html}");
    // An extractor's refusal (a malformed id) is framed the same way.
    let html = body(get(&app, &client, "haven.test", "/friends/not-an-id/end").await).await;
    assert!(html.contains("<p class=\"site\">Haven Zorg</p>") && !html.contains(bare), "{html}");
    let html = body(get(&app, &app.client(ADMIN_HOST), ADMIN_HOST, "/no-such-page").await).await;
    assert!(html.contains("<p class=\"site\">Kalm service desk</p>"), "{html}");
}
both_backends!(error_pages_carry_the_sites_name_and_language);

/// The new-account form: a client by default, roles marked as for
/// professionals only, the account's language among those offered; after
/// creating, the page says where the invitation went and offers the link
/// with a copy button.
async fn a_new_account_says_where_its_invitation_went(app: TestApp) {
    use kalm_testkit::kalm_app::Caller;
    app.platform("Care", HOST).await;
    let platform = app.offer_languages(HOST, &["en", "de"]).await;
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let form = body(get(&app, &manager, HOST, "/accounts/new").await).await;
    assert!(form.contains("value=\"client\" checked"), "a client by default: {form}");
    assert!(form.contains("class=\"roles-for-professionals\""), "{form}");
    assert!(form.contains("<option value=\"de\""), "the languages offered: {form}");
    let r = post(
        &app,
        &manager,
        HOST,
        "/accounts",
        &[
            ("account_type", "client"),
            ("first_name", "Lena"),
            ("last_name", "Wolf"),
            ("email", "lena@client.test"),
            ("language", "de"),
        ],
    )
    .await;
    assert_eq!(r.status(), 200);
    let page = body(r).await;
    assert!(page.contains("An invitation e-mail with the activation link is on its way to lena@client.test"), "{page}");
    assert!(page.contains("data-copy-from=\"activation-link\""), "a copy button: {page}");
    assert!(page.contains("/static/copy."), "its script: {page}");
    let id = kalm_testkit::kalm_app::accounts::id_by_email(&app.kalm, platform.id, "lena@client.test")
        .await
        .unwrap()
        .unwrap();
    let view =
        kalm_testkit::kalm_app::accounts::view(&app.kalm, &Caller::command_line(), platform.id, id).await.unwrap();
    assert_eq!(view.account.language.code(), "de", "the chosen language");
    app.deliver().await;
    let mail = app.mails().into_iter().map(|m| kalm_testkit::mail_text(&m)).find(|m| m.contains("lena@client.test"));
    assert!(mail.is_some_and(|m| m.contains("/activate/")), "the invitation went out");
}
both_backends!(a_new_account_says_where_its_invitation_went);

/// Settings tiles read as a person would: the signature with the
/// platform's name, not its placeholder.
async fn settings_show_values_as_people_read_them(app: TestApp) {
    use kalm_testkit::kalm_app::{Caller, configurations};
    use kalm_testkit::kalm_domain::configurations::ConfigurationKey;
    let platform = app.platform("Demo Care", HOST).await;
    configurations::set_availability(
        &app.kalm,
        &Caller::command_line(),
        &platform,
        ConfigurationKey::EmailSignature,
        true,
        None,
    )
    .await
    .ok();
    app.account(&platform, "professional", "application_manager", "am@care.test").await;
    let manager = app.login(HOST, "am@care.test").await;
    let page = body(get(&app, &manager, HOST, "/settings").await).await;
    assert!(page.contains("Kind regards, Demo Care"), "{page}");
    assert!(!page.contains("{organisation_name}"), "{page}");
    assert!(page.contains("<h2><a href="), "tile headings under the page's h1: {page}");
}
both_backends!(settings_show_values_as_people_read_them);
