//! What the logs of a real `kalm serve` contain: never a one-time token.
//!
//! Activation, reset and e-mail change links carry their token in the path, so anything
//! that logs a path (the request span, the cross-origin guard's warning)
//! must log it scrubbed. The scenario runs the binary with debug logging,
//! walks all three links (with a refused cross-site post to each on the way) and
//! reads every line the server wrote.

use std::process::Stdio;
use std::time::Duration;

use kalm_testkit::{TestApp, both_backends, mail_text};

use crate::support::path_of;

const HOST: &str = "journey.test";
const KEY: &str = "a2FsbS10ZXN0LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=";

fn kalm(app: &TestApp, mail_dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(args)
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", KEY)
        .env("KALM_MAIL_DIR", mail_dir)
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::null())
        .output()
        .expect("run kalm")
}

/// The one-time token at the end of a link's path.
fn token_of(link: &str) -> String {
    path_of(link).rsplit('/').next().unwrap().to_owned()
}

async fn no_log_line_contains_a_token(app: TestApp) {
    let scratch = std::env::temp_dir().join(format!("kalm-logs-{}", uuid::Uuid::new_v4().simple()));
    let mail_dir = scratch.join("mail");
    std::fs::create_dir_all(&mail_dir).unwrap();
    let o = kalm(&app, &mail_dir, &["platform", "create", "--name", "Journey", "--domain", HOST, "--language", "en"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = kalm(
        &app,
        &mail_dir,
        &[
            "account",
            "create",
            "--platform",
            HOST,
            "--type",
            "client",
            "--email",
            "j@journey.test",
            "--first-name",
            "Jo",
            "--last-name",
            "Journey",
        ],
    );
    let printed = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{printed}");
    let activation =
        printed.split_whitespace().find(|w| w.contains("/activate/")).expect("an activation link").to_owned();

    // A free port for the server.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let address: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let log_path = scratch.join("server.log");
    let mut server = tokio::process::Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["serve", "--listen", &address.to_string()])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", KEY)
        .env("KALM_MAIL_DIR", &mail_dir)
        .env("KALM_LOG", "debug")
        .current_dir(&scratch)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .kill_on_drop(true)
        .spawn()
        .expect("start kalm serve");
    let browser = kalm_testkit::reqwest::Client::builder()
        .cookie_store(true)
        .redirect(kalm_testkit::reqwest::redirect::Policy::none())
        .resolve(HOST, address)
        .build()
        .unwrap();
    let url = |path: &str| format!("http://{HOST}:{port}{path}");
    let mut up = false;
    for _ in 0..150 {
        if browser.get(url("/healthz")).send().await.is_ok_and(|r| r.status() == 200) {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(up, "the server did not start: {}", std::fs::read_to_string(&log_path).unwrap_or_default());

    // The invitation, a refused cross-site post, then the activation.
    let path = path_of(&activation);
    assert_eq!(browser.get(url(&path)).send().await.unwrap().status(), 200);
    let password = "lantern-orchard-violet-41";
    let r = browser.post(url(&path)).header("origin", "http://evil.test").form(&[("password", password)]).send().await;
    assert_eq!(r.unwrap().status(), 403);
    let r = browser.post(url(&path)).form(&[("password", password)]).send().await.unwrap();
    assert_eq!(r.status(), 303, "activated");
    let r = browser.post(url("/login")).form(&[("email", "j@journey.test"), ("password", password)]).send().await;
    assert_eq!(r.unwrap().status(), 303, "logged in");
    assert_eq!(browser.post(url("/logout")).send().await.unwrap().status(), 303, "logged out");

    // Forgot password: the link arrives by e-mail.
    let r = browser.post(url("/forgot-password")).form(&[("email", "j@journey.test")]).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let mut reset = None;
    for _ in 0..60 {
        let o = kalm(&app, &mail_dir, &["emails", "deliver"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        reset = std::fs::read_dir(&mail_dir)
            .unwrap()
            .flatten()
            .filter_map(|f| std::fs::read_to_string(f.path()).ok())
            .map(|raw| mail_text(&raw))
            .find_map(|text| text.split_whitespace().find(|w| w.contains("/reset/")).map(str::to_owned));
        if reset.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let reset = reset.expect("a reset e-mail");
    let path = path_of(&reset);
    assert_eq!(browser.get(url(&path)).send().await.unwrap().status(), 200);
    let password = "harbour-pebble-saffron-27";
    let r =
        browser.post(url(&path)).header("sec-fetch-site", "cross-site").form(&[("password", password)]).send().await;
    assert_eq!(r.unwrap().status(), 403);
    let r = browser.post(url(&path)).form(&[("password", password)]).send().await.unwrap();
    assert_eq!(r.status(), 303, "password reset");

    // A new e-mail address: its confirmation link arrives at the new address.
    let r = browser.post(url("/login")).form(&[("email", "j@journey.test"), ("password", password)]).send().await;
    assert_eq!(r.unwrap().status(), 303, "logged in again");
    let r = browser.post(url("/account/confirm")).form(&[("back", "account"), ("password", password)]).send().await;
    assert_eq!(r.unwrap().status(), 303, "password confirmed");
    let profile = [("first_name", "Jo"), ("last_name", "Journey"), ("email", "jo@new.test"), ("language", "en")];
    let r = browser.post(url("/account/profile")).form(&profile).send().await.unwrap();
    assert_eq!(r.headers()["location"], "/account?done=email_change_requested");
    let mut change = None;
    for _ in 0..60 {
        let o = kalm(&app, &mail_dir, &["emails", "deliver"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        change = std::fs::read_dir(&mail_dir)
            .unwrap()
            .flatten()
            .filter_map(|f| std::fs::read_to_string(f.path()).ok())
            .map(|raw| mail_text(&raw))
            .find_map(|text| text.split_whitespace().find(|w| w.contains("/email/confirm/")).map(str::to_owned));
        if change.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let change = change.expect("an e-mail change link");
    let path = path_of(&change);
    assert_eq!(browser.get(url(&path)).send().await.unwrap().status(), 200);
    let r = browser.post(url(&path)).header("sec-fetch-site", "cross-site").send().await;
    assert_eq!(r.unwrap().status(), 403);
    let r = browser.post(url(&path)).send().await.unwrap();
    assert_eq!(r.status(), 303, "new address confirmed");

    server.start_kill().unwrap();
    let _ = server.wait().await;
    let log = std::fs::read_to_string(&log_path).unwrap();
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(log.contains("cross-origin request refused"), "the guard's warning is part of the journey");
    let tokens =
        [("activation", token_of(&activation)), ("reset", token_of(&reset)), ("e-mail change", token_of(&change))];
    for (what, token) in tokens {
        assert!(token.len() >= 16, "{what} token {token:?}");
        let leaks: Vec<&str> = log.lines().filter(|l| l.contains(&token)).collect();
        assert!(leaks.is_empty(), "the {what} token is in the log: {leaks:#?}");
    }
}
both_backends!(no_log_line_contains_a_token);
