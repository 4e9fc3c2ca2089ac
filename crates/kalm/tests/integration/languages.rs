//! Languages: the platform default, the multi-language option, each person's
//! choice, and the switcher before login.

use kalm_testkit::kalm_app::{configurations, platforms};
use kalm_testkit::kalm_domain::configurations::ConfigurationKey;
use kalm_testkit::{ADMIN_HOST, TestApp, both_backends};
use serde_json::json;

use crate::support::{body, get, location, post};

const HOST: &str = "zorg.test";

async fn offer(app: &TestApp, languages: serde_json::Value) {
    let codes: Vec<&str> = languages.as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    app.offer_languages(HOST, &codes).await;
}

async fn nl_platform(app: &TestApp) -> kalm_testkit::kalm_app::platforms::Platform {
    platforms::create(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platforms::PlatformInput {
            name: "Zorg".into(),
            domain: HOST.into(),
            language: "nl".into(),
            kind: "care".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap()
}

async fn login_page(app: &TestApp, client: &kalm_testkit::reqwest::Client, accept: &str) -> String {
    body(client.get(app.url(HOST, "/login")).header("accept-language", accept).send().await.unwrap()).await
}

async fn without_the_option_everybody_sees_the_default(app: TestApp) {
    nl_platform(&app).await;
    let html = login_page(&app, &app.client(HOST), "en-GB,en;q=0.9").await;
    assert!(html.contains("<html lang=\"nl\">") && html.contains("Inloggen"), "{html}");
    assert!(!html.contains("language-switcher"), "no choice when one language is offered");
}
both_backends!(without_the_option_everybody_sees_the_default);

async fn before_login_the_browser_and_the_switcher_decide(app: TestApp) {
    nl_platform(&app).await;
    offer(&app, json!(["en", "de"])).await;
    let visitor = app.client(HOST);
    let html = login_page(&app, &visitor, "en-GB,en;q=0.9").await;
    assert!(html.contains("<html lang=\"en\">") && html.contains("Log in to Zorg"), "{html}");
    assert!(
        html.contains("id=\"language-switcher\"") && html.contains("Deutsch") && !html.contains("Polski"),
        "{html}"
    );
    let html = login_page(&app, &visitor, "pl, fr;q=0.5").await;
    assert!(html.contains("<html lang=\"nl\">"), "nothing offered matches: the default");
    let r = get(&app, &visitor, HOST, "/language?to=de&back=/login").await;
    assert_eq!(location(&r), "/login");
    let html = login_page(&app, &visitor, "en").await;
    assert!(html.contains("<html lang=\"de\">"), "the switcher beats the browser: {html}");
    // Not offered, or a way off the site: ignored.
    let r = get(&app, &visitor, HOST, "/language?to=pl&back=//evil.test/").await;
    assert_eq!(location(&r), "/login");
    // Browsers strip the tab and go to evil.test; the others are no header value at all.
    for back in ["/%09/evil.test/x", "/%0A", "/%0D", "/%00", "/%7F", "/%5Cevil.test", "/%2509/evil.test"] {
        let r = get(&app, &visitor, HOST, &format!("/language?to=de&back={back}")).await;
        assert_eq!(r.status(), 303, "{back}");
        assert_eq!(location(&r), "/login", "{back}");
    }
    assert!(login_page(&app, &visitor, "en").await.contains("<html lang=\"de\">"));
}
both_backends!(before_login_the_browser_and_the_switcher_decide);

async fn each_person_chooses_among_the_offered_languages(app: TestApp) {
    let platform = nl_platform(&app).await;
    app.account(&platform, "client", "", "c@zorg.test").await;
    let client = app.login(HOST, "c@zorg.test").await;
    let save = |language: &'static str| {
        let client = client.clone();
        let url = app.url(HOST, "/account/profile");
        async move {
            client
                .post(url)
                .form(&[
                    ("first_name", "Cas"),
                    ("last_name", "Tester"),
                    ("email", "c@zorg.test"),
                    ("language", language),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    let refused = save("en").await;
    assert_eq!(refused.status(), 422);
    assert!(body(refused).await.contains("Deze taal is niet beschikbaar"), "not offered yet");
    offer(&app, json!(["en"])).await;
    let page = body(get(&app, &client, HOST, "/account").await).await;
    assert!(page.contains("<option value=\"en\"") && !page.contains("<option value=\"de\""), "{page}");
    assert_eq!(save("en").await.status(), 303);
    let home = body(get(&app, &client, HOST, "/").await).await;
    assert!(home.contains("<html lang=\"en\">") && home.contains("Welcome, Cas"), "{home}");

    // The option is withdrawn: the default again, the choice kept for later.
    let platform = platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST).await.unwrap();
    configurations::set_availability(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        ConfigurationKey::Languages,
        false,
        None,
    )
    .await
    .unwrap();
    let page = body(get(&app, &client, HOST, "/account").await).await;
    assert!(page.contains("<html lang=\"nl\">") && page.contains("Je keuze blijft bewaard"), "{page}");
    assert_eq!(save("en").await.status(), 303, "saving other details keeps the choice");
    let platform = platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST).await.unwrap();
    configurations::set_availability(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        &platform,
        ConfigurationKey::Languages,
        true,
        None,
    )
    .await
    .unwrap();
    assert!(body(get(&app, &client, HOST, "/").await).await.contains("<html lang=\"en\">"), "back when offered again");
}
both_backends!(each_person_chooses_among_the_offered_languages);

async fn the_service_desk_changes_the_default_language(app: TestApp) {
    nl_platform(&app).await;
    app.operator("desk@kalm.test").await;
    let console = app.login(ADMIN_HOST, "desk@kalm.test").await;
    let platform = platforms::find(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), HOST).await.unwrap();
    let r = post(
        &app,
        &console,
        ADMIN_HOST,
        &format!("/platforms/{}", platform.id),
        &[("name", "Zorg Noord"), ("language", "en")],
    )
    .await;
    assert_eq!(location(&r), format!("/platforms/{}?done=platform_updated", platform.id));
    let html = login_page(&app, &app.client(HOST), "nl").await;
    assert!(html.contains("<html lang=\"en\">") && html.contains("Zorg Noord"), "{html}");
    let r = post(
        &app,
        &console,
        ADMIN_HOST,
        &format!("/platforms/{}", platform.id),
        &[("name", "Zorg Noord"), ("language", "sv")],
    )
    .await;
    assert_eq!(r.status(), 422);
}
both_backends!(the_service_desk_changes_the_default_language);

/// A password reset stays in one language: its page speaks the language
/// of the e-mail that brought the person there, and switching language on
/// it returns to the same page, token and all.
async fn a_reset_keeps_its_language_and_its_token(app: TestApp) {
    let platform = nl_platform(&app).await;
    offer(&app, json!(["nl", "en"])).await;
    let account = app.account(&platform, "client", "", "sam@zorg.test").await;
    let profile = kalm_testkit::kalm_app::accounts::ProfileInput {
        first_name: account.first_name.as_str().into(),
        last_name: account.last_name.as_str().into(),
        email: "sam@zorg.test".into(),
        language: "en".into(),
        time_zone: None,
    };
    kalm_testkit::kalm_app::accounts::update_profile(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        platform.id,
        account.id,
        &profile,
    )
    .await
    .unwrap();
    post(&app, &app.client(HOST), HOST, "/forgot-password", &[("email", "sam@zorg.test")]).await;
    app.deliver().await;
    let mails: Vec<String> = app.mails().iter().map(|m| kalm_testkit::mail_text(m)).collect();
    let mail = mails.iter().rfind(|m| m.contains("/reset/")).expect("a reset e-mail");
    let start = mail.find("/reset/").unwrap();
    let link = mail[start..].split_whitespace().next().unwrap().to_owned();
    // A Dutch browser opens the English e-mail's link: the page is English.
    let client = app.client(HOST);
    let page = body(client.get(app.url(HOST, &link)).header("accept-language", "nl").send().await.unwrap()).await;
    assert!(page.contains("<html lang=\"en\">"), "{page}");
    assert!(page.contains(&format!("name=\"back\" value=\"{link}\"")), "the switcher returns here: {page}");
    // Switching to Dutch comes back to the same page, now in Dutch.
    let r = get(&app, &client, HOST, &format!("/language?to=nl&back={link}")).await;
    assert_eq!(location(&r), link);
    let page = body(get(&app, &client, HOST, &link).await).await;
    assert!(page.contains("<html lang=\"nl\">"), "the choice wins: {page}");
    assert!(page.contains(&format!("action=\"{link}\"")), "the form still carries the token");
}
both_backends!(a_reset_keeps_its_language_and_its_token);
