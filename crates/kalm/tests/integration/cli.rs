//! The `kalm` command line against the test's database.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use kalm_testkit::{TestApp, both_backends};
use serde_json::Value;

fn kalm(app: &TestApp, args: &[&str], stdin: Option<&str>) -> Output {
    kalm_with(app, args, stdin, &[])
}

fn kalm_with(app: &TestApp, args: &[&str], stdin: Option<&str>, envs: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(args)
        .env("KALM_DATABASE_URL", &app.database_url)
        // With PostgreSQL every node needs the installation's key given.
        .env("KALM_SECRET_KEY", TEST_KEY)
        .envs(envs.iter().copied())
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kalm");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

/// The installation key the command-line tests share (base64 of 32 bytes).
const TEST_KEY: &str = "a2FsbS10ZXN0LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=";

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

async fn operators_manage_platforms_and_accounts_from_the_shell(app: TestApp) {
    let o =
        kalm(&app, &["platform", "create", "--name", "Shell Care", "--domain", "shell.test", "--language", "de"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "prints the id: {id}");

    let o = kalm(&app, &["platform", "list", "--json"], None);
    let list: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(list[0]["domain"], "shell.test");
    assert_eq!(list[0]["default_language"], "de");
    let o = kalm(&app, &["platform", "show", &id, "--json"], None);
    assert_eq!(serde_json::from_str::<Value>(&stdout(&o)).unwrap()["name"], "Shell Care");

    let o = kalm(
        &app,
        &[
            "account",
            "create",
            "--platform",
            "shell.test",
            "--type",
            "professional",
            "--roles",
            "professional,application_manager",
            "--email",
            "am@shell.test",
            "--first-name",
            "Ada",
            "--last-name",
            "Admin",
            "--password-stdin",
        ],
        Some("willow-granite-pepper-64\n"),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = kalm(
        &app,
        &[
            "account",
            "create",
            "--platform",
            "shell.test",
            "--type",
            "client",
            "--email",
            "c@shell.test",
            "--first-name",
            "Cy",
            "--last-name",
            "Client",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("http://shell.test:8080/activate/"), "{}", stderr(&o));
    let o = kalm(
        &app,
        &[
            "account",
            "create",
            "--platform",
            "shell.test",
            "--type",
            "friend",
            "--friend-of",
            "c@shell.test",
            "--email",
            "f@shell.test",
            "--first-name",
            "Fi",
            "--last-name",
            "Friend",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));

    let o = kalm(&app, &["account", "list", "--platform", "shell.test", "--json"], None);
    let accounts: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(accounts.as_array().unwrap().len(), 3);
    let o = kalm(&app, &["account", "show", "--platform", "shell.test", "c@shell.test", "--json"], None);
    let shown: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!((shown["status"].as_str(), shown["friends"][0].as_str()), (Some("invited"), Some("f@shell.test")));

    // The same password works on the platform the server serves.
    let platform = kalm_testkit::kalm_app::platforms::find(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        "shell.test",
    )
    .await
    .unwrap();
    let r = app
        .client("shell.test")
        .post(app.url("shell.test", "/login"))
        .form(&[("email", "am@shell.test"), ("password", "willow-granite-pepper-64")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "{platform:?}");

    let o = kalm(&app, &["audit", "--platform", "shell.test", "--since", "2000-01-01", "--json"], None);
    let log: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(log.as_array().unwrap().iter().any(|e| e["action"] == "account_created" && e["actor_kind"] == "system"));
}
both_backends!(operators_manage_platforms_and_accounts_from_the_shell);

async fn errors_go_to_stderr_with_a_failing_status(app: TestApp) {
    let o = kalm(&app, &["platform", "create", "--name", "X", "--domain", "not a domain", "--language", "en"], None);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("is not a valid domain name"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let o = kalm(&app, &["platform", "create", "--name", "X", "--domain", "x.test", "--language", "sv"], None);
    assert!(stderr(&o).contains("unknown language"), "{}", stderr(&o));
    let o = kalm(&app, &["operator", "create", "--email", "desk@kalm.test", "--password-stdin"], Some("password123\n"));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("shorter than 12"), "{}", stderr(&o));
    let o = kalm(&app, &["platform", "show", "missing.test"], None);
    assert!(!o.status.success() && stderr(&o).contains("platform_not_found"));
}
both_backends!(errors_go_to_stderr_with_a_failing_status);

async fn a_missing_secret_key_is_named(app: TestApp) {
    let o = Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["platform", "list"])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env_remove("KALM_SECRET_KEY")
        .env("KALM_SECRET_KEY_FILE", std::env::temp_dir().join(format!("no-such-key-{}", app.address.port())))
        .output()
        .unwrap();
    if app.database_url.starts_with("postgres") {
        assert!(!o.status.success() && stderr(&o).contains("no secret key: set KALM_SECRET_KEY"), "{}", stderr(&o));
    } else {
        assert!(o.status.success(), "SQLite creates its key: {}", stderr(&o));
    }
    let o = Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["platform", "list"])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", "too-short")
        .output()
        .unwrap();
    assert!(!o.status.success() && stderr(&o).contains("secret_key"), "{}", stderr(&o));
    let _ = std::fs::remove_file(std::env::temp_dir().join(format!("no-such-key-{}", app.address.port())));
}
both_backends!(a_missing_secret_key_is_named);

async fn operator_tokens_come_from_the_shell(app: TestApp) {
    let o = kalm(
        &app,
        &["operator", "create", "--email", "desk@kalm.test", "--password-stdin"],
        Some("willow-granite-pepper-64"),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = kalm(&app, &["operator", "token", "create", "--email", "desk@kalm.test", "--name", "ci"], None);
    let token = stdout(&o).trim().to_owned();
    assert!(token.starts_with("kalm_") && token.len() > 40);
    let r = app
        .client(kalm_testkit::ADMIN_HOST)
        .get(app.url(kalm_testkit::ADMIN_HOST, "/api/v1/platforms"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}
both_backends!(operator_tokens_come_from_the_shell);

async fn operator_tokens_expire_are_listed_revoked_and_their_use_audited(app: TestApp) {
    use kalm_testkit::kalm_app::{audit, operators};
    app.operator("desk@kalm.test").await;
    let api = |token: String| {
        let client = app.client(kalm_testkit::ADMIN_HOST);
        let url = app.url(kalm_testkit::ADMIN_HOST, "/api/v1/platforms");
        async move { client.get(url).bearer_auth(token).send().await.unwrap().status().as_u16() }
    };
    let o = kalm(&app, &["operator", "token", "create", "--email", "desk@kalm.test", "--expires-in", "forever"], None);
    assert!(!o.status.success() && stderr(&o).contains("--expires-in"), "{}", stderr(&o));
    let o = kalm(&app, &["operator", "token", "create", "--email", "desk@kalm.test", "--expires-in", "400d"], None);
    assert!(!o.status.success() && stderr(&o).contains("365"), "{}", stderr(&o));

    // Made through the use case, so it expires by the test clock.
    let short = operators::create_token(&app.kalm, "desk@kalm.test", "short", "2d".parse_lifetime()).await.unwrap();
    let long = operators::create_token(&app.kalm, "desk@kalm.test", "long", Default::default()).await.unwrap();
    for _ in 0..3 {
        assert_eq!(api(short.token.clone()).await, 200);
    }
    let used =
        |entries: &[audit::AuditEntry]| entries.iter().filter(|e| e.action.code() == "operator_token_used").count();
    let filter = audit::AuditFilter { limit: 1000, ..Default::default() };
    assert_eq!(used(&audit::list_on_server(&app.kalm, &filter).await.unwrap()), 1, "one entry per token per hour");
    app.clock.advance(chrono::Duration::hours(1));
    assert_eq!(api(short.token.clone()).await, 200);
    assert_eq!(used(&audit::list_on_server(&app.kalm, &filter).await.unwrap()), 2, "and again the next hour");
    let entry = audit::list_on_server(&app.kalm, &filter).await.unwrap();
    let entry = entry.iter().find(|e| e.action.code() == "operator_token_used").unwrap();
    assert_eq!(entry.source_addr.as_deref(), Some("127.0.0.1"), "with where it came from");

    app.clock.advance(chrono::Duration::days(2));
    assert_eq!(api(short.token.clone()).await, 401, "an expired token no longer works");
    assert_eq!(api(long.token.clone()).await, 200);

    let o = kalm(&app, &["operator", "token", "list", "--json"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let list: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert!(!stdout(&o).contains(&long.token), "the list never shows a token");
    let o = kalm(&app, &["operator", "token", "list"], None);
    assert!(stdout(&o).contains("long") && stdout(&o).contains("short"), "{}", stdout(&o));

    let o = kalm(&app, &["operator", "token", "revoke", &long.id.to_string()], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(api(long.token.clone()).await, 401, "a revoked token stops at once");
    let o = kalm(&app, &["operator", "token", "revoke", &uuid::Uuid::new_v4().to_string()], None);
    assert!(!o.status.success());

    // Disabling ends sessions and tokens; enabling restores the tokens.
    let fresh = operators::create_token(&app.kalm, "desk@kalm.test", "fresh", Default::default()).await.unwrap();
    let console = app.login(kalm_testkit::ADMIN_HOST, "desk@kalm.test").await;
    let o = kalm(&app, &["operator", "disable", "--email", "desk@kalm.test"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(api(fresh.token.clone()).await, 401);
    let r = console.get(app.url(kalm_testkit::ADMIN_HOST, "/")).send().await.unwrap();
    assert_ne!(r.status(), 200, "the console session ended");
    let r = crate::support::post(
        &app,
        &app.client(kalm_testkit::ADMIN_HOST),
        kalm_testkit::ADMIN_HOST,
        "/login",
        &[("email", "desk@kalm.test"), ("password", kalm_testkit::PASSWORD)],
    )
    .await;
    assert_eq!(r.status(), 401, "a disabled operator cannot log in");
    let o = kalm(&app, &["operator", "enable", "--email", "desk@kalm.test"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(api(fresh.token.clone()).await, 200);

    // A new password from the shell ends the operator's sessions.
    let console = app.login(kalm_testkit::ADMIN_HOST, "desk@kalm.test").await;
    let o = kalm(&app, &["operator", "password", "--email", "desk@kalm.test", "--password-stdin"], Some("short"));
    assert!(!o.status.success(), "a weak password is refused");
    let o = kalm(
        &app,
        &["operator", "password", "--email", "desk@kalm.test", "--password-stdin"],
        Some("marble-lantern-harvest-72"),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let r = console.get(app.url(kalm_testkit::ADMIN_HOST, "/")).send().await.unwrap();
    assert_ne!(r.status(), 200, "sessions with the old password ended");
    let codes: Vec<String> =
        audit::list_on_server(&app.kalm, &filter).await.unwrap().iter().map(|e| e.action.code().to_owned()).collect();
    for code in ["operator_token_revoked", "operator_disabled", "operator_enabled", "password_changed"] {
        assert!(codes.iter().any(|c| c == code), "{code} in {codes:?}");
    }
}
both_backends!(operator_tokens_expire_are_listed_revoked_and_their_use_audited);

trait ParseLifetime {
    fn parse_lifetime(self) -> kalm_testkit::kalm_domain::auth::tokens::TokenLifetime;
}

impl ParseLifetime for &str {
    fn parse_lifetime(self) -> kalm_testkit::kalm_domain::auth::tokens::TokenLifetime {
        kalm_testkit::kalm_domain::auth::tokens::TokenLifetime::parse(self).unwrap()
    }
}

#[test]
fn config_check_masks_secrets_and_rejects_unknown_settings() {
    let dir = std::env::temp_dir().join(format!("kalm-config-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("kalm.toml"),
        "database_url = \"postgres://kalm:hunter2hunter2@db.example.org/kalm\"\nlisten = \"0.0.0.0:9000\"\n",
    )
    .unwrap();
    let run = |args: &[&str], envs: &[(&str, &str)]| {
        Command::new(env!("CARGO_BIN_EXE_kalm"))
            .args(args)
            .envs(envs.iter().copied())
            .env_remove("KALM_DATABASE_URL")
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let o = run(&["config", "check"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("postgres://kalm:***@db.example.org/kalm") && !out.contains("hunter2"), "{out}");
    assert!(out.contains("0.0.0.0:9000"));
    let o = run(&["config", "check", "--listen-addr", "x"], &[]);
    assert!(!o.status.success());
    let o = run(&["config", "check"], &[("KALM_LISTEN", "127.0.0.1:7000")]);
    assert!(stdout(&o).contains("127.0.0.1:7000"), "environment beats the file");
    let o = run(&["config", "check"], &[("KALM_LISEN", "typo")]);
    assert!(!o.status.success() && stderr(&o).contains("unknown environment variable KALM_LISEN"), "{}", stderr(&o));
    std::fs::write(dir.join("kalm.toml"), "listen_port = 3\n").unwrap();
    let o = run(&["config", "check"], &[]);
    assert!(!o.status.success() && stderr(&o).contains("listen_port"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["demo", "--help"],
        vec!["inactivity", "sweep", "--help"],
        vec!["inactivity", "preview", "--help"],
        vec!["migrate", "--help"],
        vec!["platform", "create", "--help"],
        vec!["platform", "list", "--help"],
        vec!["platform", "show", "--help"],
        vec!["account", "create", "--help"],
        vec!["account", "list", "--help"],
        vec!["account", "show", "--help"],
        vec!["operator", "create", "--help"],
        vec!["operator", "token", "create", "--help"],
        vec!["audit", "--help"],
        vec!["config", "check", "--help"],
    ] {
        let o = Command::new(env!("CARGO_BIN_EXE_kalm")).args(&args).output().unwrap();
        assert!(o.status.success() && stdout(&o).contains("Usage"), "{args:?}");
    }
}

async fn configurations_and_charges_from_the_shell(app: TestApp) {
    kalm(&app, &["platform", "create", "--name", "Shell Care", "--domain", "shell.test", "--language", "nl"], None);
    let o = kalm(&app, &["config", "available", "--platform", "shell.test", "languages", "--note", "contract 9"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = kalm(&app, &["config", "set", "--platform", "shell.test", "languages", "[\"en\", \"de\", \"en\"]"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "languages = [\"en\",\"de\"]", "deduplicated, in catalogue order");
    let o = kalm(
        &app,
        &["config", "set", "--platform", "shell.test", "inactivity_deactivation", "{\"professionals\": 0}"],
        None,
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("professionals: must be between 1 and 3650"), "{}", stderr(&o));
    let o = kalm(&app, &["config", "set", "--platform", "shell.test", "video", "true"], None);
    assert!(!o.status.success() && stderr(&o).contains("unknown configuration"), "{}", stderr(&o));
    let o = kalm(&app, &["config", "withdraw", "--platform", "shell.test", "languages"], None);
    assert!(o.status.success());
    let o = kalm(&app, &["config", "show", "--platform", "shell.test", "--json"], None);
    let shown: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let languages = shown.as_array().unwrap().iter().find(|c| c["key"] == "languages").unwrap();
    assert_eq!(
        (languages["available"].as_bool(), languages["value"].clone()),
        (Some(false), serde_json::json!(["en", "de"]))
    );
    let o = kalm(&app, &["charges", "export", "--platform", "shell.test", "--since", "2000-01-01"], None);
    let csv = stdout(&o);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.contains("made_available,languages,,,kalm cli"), "no price list, no amount: {csv}");
    let o = kalm(&app, &["charges", "export", "--format", "json"], None);
    assert_eq!(serde_json::from_str::<Value>(&stdout(&o)).unwrap()[0]["detail"]["note"], "contract 9");
    let o = kalm(&app, &["charges", "export", "--format", "xml"], None);
    assert!(!o.status.success());
}
both_backends!(configurations_and_charges_from_the_shell);

/// The service desk's way out for an application manager without a
/// colleague: status and reset from the shell, with a reason, and only for
/// professionals.
async fn two_factor_status_and_reset_from_the_shell(app: TestApp) {
    use kalm_testkit::kalm_app::{auth, two_factor};
    use kalm_testkit::kalm_domain::auth::two_factor::{TotpSecret, code_at, step_at};
    let platform = app.platform("Care", "care.test").await;
    let manager = app.account(&platform, "professional", "application_manager", "am@care.test").await;
    app.account(&platform, "client", "", "c@care.test").await;
    let caller = auth::account_caller(&manager, None);
    let confirmed =
        auth::verify_own_password(&app.kalm, &platform, &caller, kalm_testkit::PASSWORD, "test").await.unwrap();
    let setup = two_factor::begin_app_setup(&app.kalm, &caller, &platform, &confirmed).await;
    // Off until the platform offers it.
    assert_eq!(setup.err().map(|e| e.code()), Some("two_factor_off"));
    let o = kalm(&app, &["config", "available", "--platform", "care.test", "two_factor"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let value = r#"{"professionals":"required","remember_device":"never","clients":"optional","friends":"off"}"#;
    let o = kalm(&app, &["config", "set", "--platform", "care.test", "two_factor", value], None);
    assert!(o.status.success(), "{}", stderr(&o));
    // Read again: the settings version moved on with the change.
    let platform = kalm_testkit::kalm_app::platforms::find(
        &app.kalm,
        &kalm_testkit::kalm_app::Caller::command_line(),
        "care.test",
    )
    .await
    .unwrap();
    let setup = two_factor::begin_app_setup(&app.kalm, &caller, &platform, &confirmed).await.unwrap();
    let secret = TotpSecret::from_manual_key(&setup.manual_key).unwrap();
    let code = format!("{:06}", code_at(&secret, step_at(kalm_testkit::kalm_app::Clock::now(app.clock.as_ref()))));
    two_factor::confirm_setup(&app.kalm, &caller, &platform, &code).await.unwrap();

    let status = |email: &str| {
        let o = kalm(
            &app,
            &["account", "two-factor", "status", "--platform", "care.test", "--email", email, "--json"],
            None,
        );
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_str::<Value>(&stdout(&o)).unwrap()
    };
    let before = status("am@care.test");
    assert_eq!((before["method"].as_str(), before["recovery_codes_left"].as_i64()), (Some("app"), Some(6)));
    assert_eq!(before["rule"], "required");

    let o = kalm(&app, &["account", "two-factor", "reset", "--platform", "care.test", "--email", "am@care.test"], None);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("reason"), "{}", stderr(&o));
    let o = kalm(
        &app,
        &["account", "two-factor", "reset", "--platform", "care.test", "--email", "c@care.test", "--reason", "x"],
        None,
    );
    assert!(!o.status.success(), "clients are reset on their platform, by their professionals");
    let o = kalm(
        &app,
        &[
            "account",
            "two-factor",
            "reset",
            "--platform",
            "care.test",
            "--email",
            "am@care.test",
            "--reason",
            "only application manager, phone lost; identity checked by video call",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("was reset"));
    let after = status("am@care.test");
    assert_eq!((after["method"].clone(), after["recovery_codes_left"].as_i64()), (Value::Null, Some(0)));
    let o = kalm(&app, &["audit", "--json"], None);
    assert!(stdout(&o).contains("two_factor_reset") && stdout(&o).contains("identity checked by video call"));
}
both_backends!(two_factor_status_and_reset_from_the_shell);

async fn a_killed_server_sends_nothing_twice_and_loses_nothing(app: TestApp) {
    let Some(smtp) = kalm_testkit::SmtpServer::start(0, 0, 451).await else { return };
    kalm(&app, &["platform", "create", "--name", "Crash Care", "--domain", "crash.test", "--language", "en"], None);
    // The change commits and the process ends before anything is sent.
    let o = kalm(
        &app,
        &[
            "account",
            "create",
            "--platform",
            "crash.test",
            "--type",
            "client",
            "--email",
            "c@crash.test",
            "--first-name",
            "Cy",
            "--last-name",
            "Client",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(smtp.received().is_empty());

    // A server starts, delivers, and is killed with SIGKILL.
    let mut server = tokio::process::Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", TEST_KEY)
        .env("KALM_SMTP_URL", smtp.url())
        .current_dir(std::env::temp_dir())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    // Waiting on another process, not on a clock: bounded, and done as soon as it is.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while smtp.received().is_empty() && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    server.kill().await.unwrap();
    assert_eq!(smtp.received().len(), 1, "delivered by the server");

    // After the crash, a delivery round finds nothing left to send.
    let smtp_url = smtp.url();
    let o = kalm_with(&app, &["emails", "deliver"], None, &[("KALM_SMTP_URL", &smtp_url)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "sent 0, to retry 0, failed 0");
    assert_eq!(smtp.received().len(), 1, "exactly once");
    let o = kalm(&app, &["emails", "failed", "--json"], None);
    assert_eq!(stdout(&o).trim(), "[]");
}
both_backends!(a_killed_server_sends_nothing_twice_and_loses_nothing);

/// Key rotation: a new key with the old one as previous still opens what
/// the old one sealed; `kalm secrets reseal` seals it again, after which
/// the old key can go.
async fn secret_keys_rotate_with_a_reseal(app: TestApp) {
    const NEW_KEY: &str = "bmV3LWthbG0tdGVzdC1rZXktbm90LWZvci1wcm9kISE=";
    kalm(&app, &["platform", "create", "--name", "Key Care", "--domain", "key.test", "--language", "en"], None);
    let invite = [
        "account",
        "create",
        "--platform",
        "key.test",
        "--type",
        "client",
        "--email",
        "c@key.test",
        "--first-name",
        "Cy",
        "--last-name",
        "Client",
    ];
    assert!(kalm(&app, &invite, None).status.success(), "queues an invitation sealed with the old key");
    let rotated = [("KALM_SECRET_KEY", NEW_KEY), ("KALM_PREVIOUS_SECRET_KEYS", TEST_KEY)];
    let o = kalm_with(&app, &["secrets", "reseal"], None, &rotated);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "resealed 1 value(s) with the current key");
    let o = kalm_with(&app, &["secrets", "reseal"], None, &rotated);
    assert_eq!(stdout(&o).trim(), "resealed 0 value(s) with the current key", "nothing left to do");
    let o = kalm_with(&app, &["config", "check"], None, &rotated);
    assert!(!stdout(&o).contains(TEST_KEY) && !stdout(&o).contains(NEW_KEY), "keys are never printed");

    // The new key alone now opens the invitation.
    let mail_dir = std::env::temp_dir().join(format!("kalm-rotate-{}", uuid::Uuid::new_v4().simple()));
    let o = kalm_with(
        &app,
        &["emails", "deliver"],
        None,
        &[("KALM_SECRET_KEY", NEW_KEY), ("KALM_MAIL_DIR", mail_dir.to_str().unwrap())],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let delivered = std::fs::read_dir(&mail_dir).map(|d| d.count()).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&mail_dir);
    assert_eq!(delivered, 1, "{}", stdout(&o));
}
both_backends!(secret_keys_rotate_with_a_reseal);

/// Every sealed column of the schema (the migration files) is resealed on rotation.
#[test]
fn every_sealed_column_is_resealed() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../kalm-store/migrations");
    let mut schema = String::new();
    for entry in std::fs::read_dir(&folder).unwrap() {
        schema.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let mut in_schema: Vec<&str> =
        schema.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|w| w.ends_with("_sealed")).collect();
    in_schema.sort_unstable();
    in_schema.dedup();
    let mut listed: Vec<&str> = kalm_store::secrets::SEALED_COLUMNS.iter().map(|(_, _, column)| *column).collect();
    listed.sort_unstable();
    listed.dedup();
    assert_eq!(in_schema, listed);
}

/// `kalm audit --json | head -1`: the reader goes away after one line, and
/// the command stops quietly instead of panicking with a backtrace.
async fn a_reader_that_stops_early_ends_the_command_quietly(app: TestApp) {
    // More audit entries than a pipe holds (64 KiB), so the command is
    // still writing when the reader hangs up.
    for n in 0..400 {
        app.platform("Care", &format!("p{n}.test")).await;
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["audit", "--json"])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", TEST_KEY)
        .current_dir(std::env::temp_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kalm");
    // Read one line, then hang up, as `head -1` does.
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    std::io::Read::read_exact(&mut out, &mut first).unwrap();
    drop(out);
    let o = child.wait_with_output().unwrap();
    let err = stderr(&o);
    assert!(o.status.success(), "exit {:?}: {err}", o.status.code());
    assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{err}");
}
both_backends!(a_reader_that_stops_early_ends_the_command_quietly);

/// Columns line up whatever the length of the values in them.
async fn listed_columns_line_up_with_long_values(app: TestApp) {
    for (name, domain) in [("Short", "a.test"), ("Long", "a-rather-long-platform-domain.care.example.org")] {
        let o = kalm(&app, &["platform", "create", "--name", name, "--domain", domain, "--language", "en"], None);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = kalm(&app, &["platform", "list"], None);
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    let kind = lines[0].find("KIND").unwrap();
    assert!(lines[1..].iter().all(|l| l.get(kind..kind + 6) == Some("care  ")), "{text}");
    assert!(lines.iter().all(|l| !l.ends_with(' ')), "no trailing spaces: {text:?}");
}
both_backends!(listed_columns_line_up_with_long_values);

/// `kalm demo` makes an installation worth looking at: every language
/// offered, clients last active from days to more than a year ago; and,
/// its standard error not being a terminal, it logs JSON lines.
async fn the_demo_offers_every_language_and_a_history(app: TestApp) {
    use tokio::io::AsyncBufReadExt;
    let mut demo = tokio::process::Command::new(env!("CARGO_BIN_EXE_kalm"))
        .args(["demo", "--listen", "127.0.0.1:0", "--log-level", "info"])
        .env("KALM_DATABASE_URL", &app.database_url)
        .env("KALM_SECRET_KEY", TEST_KEY)
        .env("KALM_MAIL_DIR", std::env::temp_dir().join(format!("kalm-demo-mail-{}", uuid::Uuid::new_v4().simple())))
        .current_dir(std::env::temp_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut out = tokio::io::BufReader::new(demo.stdout.take().unwrap()).lines();
    let mut err = tokio::io::BufReader::new(demo.stderr.take().unwrap()).lines();
    let ready = tokio::time::timeout(std::time::Duration::from_secs(60), async {
        while let Some(line) = out.next_line().await.unwrap() {
            if line.contains("Kalm demo is ready") {
                return true;
            }
        }
        false
    })
    .await;
    assert_eq!(ready, Ok(true), "the demo said it is ready");
    let first_log = tokio::time::timeout(std::time::Duration::from_secs(30), err.next_line()).await;
    demo.kill().await.unwrap();
    let line = first_log.expect("a log line").unwrap().expect("a log line");
    assert!(serde_json::from_str::<Value>(&line).is_ok(), "JSON when not on a terminal: {line}");

    let o = kalm(&app, &["config", "show", "--platform", "care.localhost", "--json"], None);
    let configs: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let languages = configs.as_array().unwrap().iter().find(|c| c["key"] == "languages").unwrap();
    assert_eq!(languages["available"], true);
    assert_eq!(languages["value"].as_array().unwrap().len(), 8, "{languages}");
    let o = kalm(&app, &["account", "list", "--platform", "care.localhost", "--json"], None);
    let accounts: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let now = chrono::Utc::now();
    let days: Vec<i64> = accounts
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["last_activity_at"].as_str())
        .map(|at| (now - chrono::DateTime::parse_from_rfc3339(at).unwrap().with_timezone(&chrono::Utc)).num_days())
        .collect();
    assert!(days.iter().any(|d| *d < 7), "{days:?}");
    assert!(days.iter().any(|d| (90..365).contains(d)), "{days:?}");
    assert!(days.iter().any(|d| *d > 365), "{days:?}");
}
both_backends!(the_demo_offers_every_language_and_a_history);
