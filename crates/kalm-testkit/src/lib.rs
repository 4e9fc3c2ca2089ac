//! A real Kalm server for tests: the whole router on a free port, against a
//! fresh database, with a clock the test moves.
//!
//! Every integration test runs on SQLite and on PostgreSQL through
//! `both_backends!`. SQLite gets a new file per test; PostgreSQL a new
//! database per test (from `KALM_TEST_POSTGRES_URL`, default
//! `postgres://postgres@127.0.0.1:5432/postgres`), dropped when the test ends,
//! also when it fails. When PostgreSQL cannot be reached its tests say so on
//! stderr and return, unless `KALM_REQUIRE_ALL=1`, which turns the skip into a
//! failure (CI sets it).

// Test support: a failed set-up step should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, TimeZone, Utc};
use kalm_app::accounts::{self, Account, AccountInput};
use kalm_app::emails::{Delivery, Mailer, PublicUrls};
use kalm_app::platforms::{self, Platform, PlatformInput};
use kalm_app::{Clock, Kalm, ManualClock, OsRandomness, Store, operators};
use kalm_domain::auth::two_factor::{TotpSecret, code_at, step_at};
use kalm_domain::platforms::Hostname;
use kalm_web::WebConfig;
use sqlx::Connection;

pub use kalm_app;
pub use kalm_domain;
pub use reqwest;

/// A password every fixture account gets; strong enough for the policy.
pub const PASSWORD: &str = "quiet-harbour-maple-97";
pub const ADMIN_HOST: &str = "admin.test";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where the test's database lives, removed on drop.
enum TestDb {
    Sqlite(PathBuf),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match self {
            TestDb::Sqlite(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            TestDb::Postgres { admin_url, name } => {
                let admin_url = admin_url.clone();
                let name = name.clone();
                // Drop runs inside the test's runtime; use a thread with its own.
                let _ = std::thread::spawn(move || {
                    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                        return;
                    };
                    runtime.block_on(async move {
                        sqlx::any::install_default_drivers();
                        if let Ok(mut conn) = sqlx::AnyConnection::connect(&admin_url).await {
                            let _ = sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                                .execute(&mut conn)
                                .await;
                        }
                    });
                })
                .join();
            }
        }
    }
}

pub fn postgres_admin_url() -> String {
    std::env::var("KALM_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

pub fn require_all() -> bool {
    std::env::var("KALM_REQUIRE_ALL").is_ok_and(|v| v == "1" || v.eq_ignore_ascii_case("true"))
}

/// A running server and the handles a test needs.
pub struct TestApp {
    pub kalm: Kalm,
    pub clock: Arc<ManualClock>,
    pub address: SocketAddr,
    pub backend: Backend,
    pub database_url: String,
    /// Where `deliver` writes e-mails, one `.eml` file each.
    pub mail_dir: PathBuf,
    /// Where the development SMS provider writes text messages, one file
    /// per phone number.
    pub sms_dir: PathBuf,
    /// The authenticator secret of each operator `operator()` made, by
    /// e-mail address: the kit's "phone", for the console's code step.
    operator_secrets: Mutex<HashMap<String, TotpSecret>>,
    /// The node's background jobs, run by `run_jobs`.
    jobs: Vec<Arc<dyn kalm_app::jobs::Job>>,
    server: tokio::task::JoinHandle<()>,
    // Declared last: dropped after the server and store are gone.
    _db: TestDb,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
        let _ = std::fs::remove_dir_all(&self.mail_dir);
        let _ = std::fs::remove_dir_all(&self.sms_dir);
    }
}

/// Delivery into `folder`, rendered as in production.
fn delivery_into(folder: PathBuf) -> Delivery {
    Delivery {
        mailer: Mailer::Directory(folder),
        from_address: "no-reply@kalm.test".into(),
        side_by_side: kalm_app::emails::SIDE_BY_SIDE,
    }
}

/// Where the test clock starts: a fixed, ordinary Thursday morning.
pub fn start_of_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 5, 9, 0, 0).single().unwrap_or_default()
}

impl TestApp {
    /// Starts a server on `backend`; `None` when PostgreSQL is unreachable
    /// and `KALM_REQUIRE_ALL` is not set (the skip is printed).
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        TestApp::spawn_with(backend, kalm_app::StoreLimits::default()).await
    }

    /// `spawn` with database limits of the test's choosing (a short statement
    /// timeout, to see what a locked table does to requests).
    pub async fn spawn_with(backend: Backend, limits: kalm_app::StoreLimits) -> Option<TestApp> {
        let (database_url, db) = match backend {
            Backend::Sqlite => {
                let dir = std::env::temp_dir().join(format!("kalm-test-{}", uuid::Uuid::new_v4().simple()));
                let url = format!("sqlite://{}/kalm.db", dir.display());
                (url, TestDb::Sqlite(dir))
            }
            Backend::Postgres => {
                let admin_url = postgres_admin_url();
                sqlx::any::install_default_drivers();
                let mut admin = match sqlx::AnyConnection::connect(&admin_url).await {
                    Ok(conn) => conn,
                    Err(err) => {
                        if require_all() {
                            panic!("PostgreSQL at {admin_url} is unreachable ({err}) and KALM_REQUIRE_ALL=1");
                        }
                        eprintln!(
                            "SKIPPED (PostgreSQL unreachable at {admin_url}: {err}); set KALM_TEST_POSTGRES_URL, or KALM_REQUIRE_ALL=1 to fail instead"
                        );
                        return None;
                    }
                };
                let name = format!("kalm_test_{}", uuid::Uuid::new_v4().simple());
                sqlx::raw_sql(&format!("CREATE DATABASE \"{name}\""))
                    .execute(&mut admin)
                    .await
                    .expect("create test database");
                let _ = admin.close().await;
                let url = match admin_url.rsplit_once('/') {
                    Some((base, _)) => format!("{base}/{name}"),
                    None => panic!("KALM_TEST_POSTGRES_URL {admin_url} has no database part"),
                };
                (url, TestDb::Postgres { admin_url, name })
            }
        };
        let store = Store::connect_with(&database_url, limits).await.expect("connect test database");
        store.migrate().await.expect("migrate test database");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("local address");
        let clock = Arc::new(ManualClock::new(start_of_time()));
        let urls = PublicUrls { scheme: "http".into(), port_suffix: format!(":{}", address.port()) };
        let sms_dir = std::env::temp_dir().join(format!("kalm-sms-{}", uuid::Uuid::new_v4().simple()));
        let kalm = Kalm::new(store, clock.clone(), Arc::new(OsRandomness))
            .expect("build app")
            .with_public_urls(urls)
            .with_sms(Arc::new(kalm_app::sms::DevelopmentSms { dir: sms_dir.clone() }));
        let config = WebConfig::new(Hostname::parse(ADMIN_HOST).expect("admin host"));
        let mail_dir = std::env::temp_dir().join(format!("kalm-mail-{}", uuid::Uuid::new_v4().simple()));
        // The server's jobs, with delivery into `mail_dir`; the test runs
        // them (`run_jobs`) instead of timers, since its clock only moves
        // when the test moves it.
        let jobs = kalm_app::jobs::standard(
            delivery_into(mail_dir.clone()),
            chrono::Duration::minutes(60),
            "test-node".to_owned(),
        );
        let node = kalm_web::serve::Node {
            kalm: kalm.clone(),
            config,
            limits: kalm_web::serve::Limits::default(),
            jobs: jobs.clone(),
        };
        // The production node: router, serving loop (header timeout,
        // connection cap) and jobs.
        let server = tokio::spawn(async move {
            let _ = kalm_web::serve::run_node(listener, node, kalm_web::serve::JobTimers::Off, std::future::pending())
                .await;
        });
        Some(TestApp {
            kalm,
            clock,
            address,
            backend,
            database_url,
            mail_dir,
            sms_dir,
            operator_secrets: Mutex::new(HashMap::new()),
            jobs,
            server,
            _db: db,
        })
    }

    /// Delivery into `mail_dir`, rendered as in production.
    pub fn delivery(&self) -> Delivery {
        delivery_into(self.mail_dir.clone())
    }

    /// Runs the node's background jobs until none finds anything to do, as
    /// a server would have by now; returns how much each did, by name.
    /// Panics when a job fails or never settles.
    pub async fn run_jobs(&self) -> Vec<(&'static str, usize)> {
        kalm_app::jobs::run_until_idle(&self.kalm, &self.jobs).await.expect("the jobs settle")
    }

    /// Runs one delivery round into `mail_dir`.
    pub async fn deliver(&self) -> kalm_app::emails::Round {
        kalm_app::emails::deliver_due(&self.kalm, &self.delivery()).await.expect("delivery round")
    }

    /// The e-mails delivered so far, as raw messages, oldest first.
    pub fn mails(&self) -> Vec<String> {
        let mut files: Vec<_> =
            std::fs::read_dir(&self.mail_dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        files.sort();
        files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect()
    }

    /// The text messages sent to `phone` (E.164), oldest first.
    pub fn text_messages(&self, phone: &str) -> Vec<String> {
        std::fs::read_to_string(self.sms_dir.join(format!("{phone}.txt")))
            .map(|t| t.lines().map(str::to_owned).collect())
            .unwrap_or_default()
    }

    /// The code in the newest text message to `phone`.
    pub fn last_sms_code(&self, phone: &str) -> String {
        let messages = self.text_messages(phone);
        let last = messages.last().unwrap_or_else(|| panic!("no text message to {phone}"));
        last.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).expect("a 6-digit code").to_owned()
    }

    /// A browser-like client for `host`: keeps cookies, follows no redirects,
    /// sends requests for `host` to this server.
    pub fn client(&self, host: &str) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .resolve(host, self.address)
            .build()
            .expect("client")
    }

    pub fn url(&self, host: &str, path: &str) -> String {
        format!("http://{host}:{}{path}", self.address.port())
    }

    pub async fn platform(&self, name: &str, domain: &str) -> Platform {
        platforms::create(
            &self.kalm,
            &kalm_app::Caller::command_line(),
            &PlatformInput {
                name: name.into(),
                domain: domain.into(),
                language: "en".into(),
                kind: "care".into(),
                ..PlatformInput::default()
            },
        )
        .await
        .expect("create platform")
    }

    /// Offers `languages` on the platform at `domain` (the multi-language
    /// option made available and set, as the service desk would); returns
    /// the platform as it is now.
    pub async fn offer_languages(&self, domain: &str, languages: &[&str]) -> Platform {
        use kalm_app::configurations;
        use kalm_domain::configurations::ConfigurationKey;
        let caller = kalm_app::Caller::command_line();
        let platform = platforms::find(&self.kalm, &caller, domain).await.expect("platform");
        configurations::set_availability(&self.kalm, &caller, &platform, ConfigurationKey::Languages, true, None)
            .await
            .expect("make languages available");
        let platform = platforms::find(&self.kalm, &caller, domain).await.expect("platform");
        let value = serde_json::json!(languages);
        configurations::set_value(&self.kalm, &caller, &platform, ConfigurationKey::Languages, &value, None)
            .await
            .expect("offer languages");
        platforms::find(&self.kalm, &caller, domain).await.expect("platform")
    }

    /// An active account with `PASSWORD`. `roles` only for professionals.
    pub async fn account(&self, platform: &Platform, account_type: &str, roles: &str, email: &str) -> Account {
        let (first, last) = email.split_once('@').map(|(l, _)| (l, "Tester")).unwrap_or(("Test", "Tester"));
        let input = AccountInput {
            account_type: account_type.into(),
            roles: roles.into(),
            first_name: first.into(),
            last_name: last.into(),
            email: email.into(),
            language: String::new(),
            friend_of: String::new(),
        };
        accounts::create(&self.kalm, &kalm_app::Caller::command_line(), platform, &input, Some(PASSWORD))
            .await
            .expect("create account")
            .account
    }

    /// A service desk operator with `PASSWORD` and an authenticator app
    /// set up, as at their first console login (through the login and
    /// set-up use cases). The secret stays in the kit for `login` and
    /// `operator_code`. The set-up uses the current time step's code.
    pub async fn operator(&self, email: &str) {
        operators::create(&self.kalm, &kalm_app::Caller::command_line(), email, PASSWORD)
            .await
            .expect("create operator");
        let signed_in =
            kalm_app::auth::operator_login(&self.kalm, email, PASSWORD, None).await.expect("first operator login");
        assert_eq!(signed_in.next, kalm_app::auth::LoginNext::SetUp, "a new operator sets two-factor up first");
        let setup = kalm_app::operator_two_factor::setup_for_login(&self.kalm, &signed_in.token, "Kalm", None)
            .await
            .expect("begin the operator's two-factor set-up");
        let secret = TotpSecret::from_manual_key(&setup.manual_key).expect("a manual key the kit can read");
        let code = format!("{:06}", code_at(&secret, step_at(self.clock.now())));
        let (_, session) = kalm_app::operator_two_factor::finish_setup_login(&self.kalm, &signed_in.token, &code, None)
            .await
            .expect("confirm the operator's two-factor set-up");
        // That login was only the set-up: it leaves no session behind.
        kalm_app::auth::logout(&self.kalm, &session, &signed_in.principal).await.expect("end the set-up session");
        self.operator_secrets.lock().expect("operator secrets").insert(email.to_lowercase(), secret);
    }

    /// The code the authenticator of operator `email` (made by `operator`)
    /// shows at the test clock's time.
    pub fn operator_code(&self, email: &str) -> String {
        let secrets = self.operator_secrets.lock().expect("operator secrets");
        let secret = secrets.get(&email.to_lowercase()).unwrap_or_else(|| panic!("{email} is no kit operator"));
        format!("{:06}", code_at(secret, step_at(self.clock.now())))
    }

    /// Logs `email` in on `host` with `PASSWORD`; returns the client holding the session.
    ///
    /// On the console (`ADMIN_HOST`) the operator also enters their code.
    /// A code works once per 30-second step and `operator()` used the
    /// current one, so this first moves the test clock on by 30 seconds:
    /// tests that log an operator in see the clock advance.
    pub async fn login(&self, host: &str, email: &str) -> reqwest::Client {
        let client = self.client(host);
        let response = client
            .post(self.url(host, "/login"))
            .form(&[("email", email), ("password", PASSWORD)])
            .send()
            .await
            .expect("login request");
        assert_eq!(response.status(), 303, "login of {email} on {host} should redirect");
        if host == ADMIN_HOST {
            let to = response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default();
            assert_eq!(to, "/login/code", "the console asks {email} for a code");
            self.clock.advance(chrono::Duration::seconds(30));
            let code = self.operator_code(email);
            let response = client
                .post(self.url(host, "/login/code"))
                .form(&[("code", code.as_str())])
                .send()
                .await
                .expect("code request");
            assert_eq!(response.status(), 303, "the code of {email} should be taken");
            let to = response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default();
            assert_eq!(to, "/", "{email} is signed in on the console");
        }
        client
    }
}

/// Defines `mod $name { sqlite, postgres }` running the async function
/// `$name(app)` of the same name on each backend.
#[macro_export]
macro_rules! both_backends {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                if let Some(app) = $crate::TestApp::spawn($crate::Backend::Sqlite).await {
                    super::$name(app).await;
                }
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = $crate::TestApp::spawn($crate::Backend::Postgres).await {
                    super::$name(app).await;
                }
            }
        }
    };
}

/// A raw e-mail with its transfer encodings undone (quoted-printable and
/// base64 parts), so tests can look for the text a person would read.
pub fn mail_text(raw: &str) -> String {
    use base64::Engine;
    let raw = raw.replace("\r\n", "\n");
    let mut out = String::new();
    let mut lines = raw.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        if line.eq_ignore_ascii_case("Content-Transfer-Encoding: base64") {
            // Rest of the part's headers, then the encoded block.
            while let Some(header) = lines.next_if(|l| !l.is_empty()) {
                out.push_str(header);
                out.push('\n');
            }
            let mut block = String::new();
            while let Some(encoded) = lines.next_if(|l| !l.is_empty() && !l.starts_with("--")) {
                block.push_str(encoded.trim());
            }
            if let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(block) {
                out.push('\n');
                out.push_str(&String::from_utf8_lossy(&bytes));
                out.push('\n');
            }
        }
    }
    // Quoted-printable: soft line breaks, then =XX escapes.
    let unfolded = out.replace("=\n", "");
    let bytes = unfolded.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
            && bytes[i + 1].is_ascii_uppercase() | bytes[i + 1].is_ascii_digit()
        {
            decoded.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// A real SMTP server process on loopback (`e2e/smtp-server.mjs`, the npm
/// package smtp-server), for delivery tests. Stopped when dropped.
pub struct SmtpServer {
    child: Option<tokio::process::Child>,
    pub port: u16,
    pub dir: PathBuf,
    /// Whether dropping this removes `dir` (a restarted server shares it).
    owns_dir: bool,
}

impl SmtpServer {
    /// Starts the server; `None` (with a loud skip message) when Node.js or
    /// the package is missing and `KALM_REQUIRE_ALL` is not set. `port` 0
    /// picks a free one; `fail_first` messages are answered with `code`.
    pub async fn start(port: u16, fail_first: u32, code: u16) -> Option<SmtpServer> {
        let dir = std::env::temp_dir().join(format!("kalm-smtp-{}", uuid::Uuid::new_v4().simple()));
        Self::start_in(dir, port, fail_first, code, true, 0).await
    }

    /// A server that writes each message at once but answers only after
    /// `delay_ms`: a slow server, for lease tests.
    pub async fn start_slow(delay_ms: u64) -> Option<SmtpServer> {
        let dir = std::env::temp_dir().join(format!("kalm-smtp-{}", uuid::Uuid::new_v4().simple()));
        Self::start_in(dir, 0, 0, 451, true, delay_ms).await
    }

    async fn start_in(
        dir: PathBuf,
        port: u16,
        fail_first: u32,
        code: u16,
        owns_dir: bool,
        delay_ms: u64,
    ) -> Option<SmtpServer> {
        use tokio::io::AsyncBufReadExt;
        let e2e = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../e2e"));
        let ready = e2e.join("node_modules/smtp-server").is_dir();
        let node = std::process::Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
        if !ready || !node {
            let why = if node { "run `npm ci` in e2e/" } else { "Node.js is not installed" };
            if require_all() {
                panic!("the SMTP test server is unavailable ({why}) and KALM_REQUIRE_ALL=1");
            }
            eprintln!("SKIPPED (SMTP test server unavailable: {why})");
            return None;
        }
        let mut child = tokio::process::Command::new("node")
            .arg(e2e.join("smtp-server.mjs"))
            .args(["--dir", &dir.to_string_lossy(), "--port", &port.to_string()])
            .args(["--fail-first", &fail_first.to_string(), "--code", &code.to_string()])
            .args(["--delay-ms", &delay_ms.to_string()])
            .stdout(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("start the SMTP test server");
        let stdout = child.stdout.take().expect("server output");
        let mut lines = tokio::io::BufReader::new(stdout).lines();
        let first = tokio::time::timeout(std::time::Duration::from_secs(20), lines.next_line())
            .await
            .expect("the SMTP test server did not start in time")
            .expect("server output")
            .expect("server output");
        let port = first.trim().strip_prefix("listening on ").and_then(|p| p.parse().ok()).expect("server port");
        Some(SmtpServer { child: Some(child), port, dir, owns_dir })
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The messages accepted so far, oldest first.
    pub fn received(&self) -> Vec<String> {
        let mut files: Vec<_> =
            std::fs::read_dir(&self.dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        files.sort();
        files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect()
    }

    /// Stops the server (the port stays known, to start it again).
    pub async fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill().await;
        }
    }

    /// Starts the server again on the same port, keeping what it received.
    pub async fn restart(&mut self) {
        self.stop().await;
        let again =
            Self::start_in(self.dir.clone(), self.port, 0, 451, false, 0).await.expect("restart the SMTP test server");
        self.child = Some(again.into_child());
    }

    fn into_child(mut self) -> tokio::process::Child {
        self.child.take().expect("running server")
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.start_kill();
        }
        if self.owns_dir {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}
