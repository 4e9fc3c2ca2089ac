//! `login-bench`: password logins per second over the real HTTP stack,
//! measured against raw Argon2id verifications per second on as many
//! parallel workers.
//!
//! A login is one Argon2id verification plus everything around it: a fresh
//! TCP connection and HTTP request, tenant look-up by host, the throttle
//! check, the credentials query, the session insert and the audit entry.
//! The hash is meant to dominate, so logins/verifications should come out a
//! little below 1.0; the distance from 1.0 is what the rest of the stack
//! costs. A middle row, verifications through `PasswordHasher::verify` (the
//! app's own path, on its hashing threads), splits that distance into the
//! cost of how the app runs the hash and the cost of HTTP and the database.
//! All traffic goes to 127.0.0.1 and every loop ends at a deadline.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Parser;
use kalm_app::secrets::{self, ARGON2_ITERATIONS, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM};
use kalm_app::{Kalm, OsRandomness};
use kalm_domain::auth::password::NewPassword;
use kalm_testkit::reqwest;
use kalm_testkit::{Backend, PASSWORD, TestApp};
use serde::Serialize;

/// Upper bound on a single login request, so a stuck server cannot stall a
/// worker past its deadline for long.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const PLATFORM_DOMAIN: &str = "bench.test";

#[derive(Debug, Parser)]
#[command(
    name = "login-bench",
    about = "Password logins per second over HTTP against raw Argon2id verifications per second"
)]
struct Args {
    /// Length of each measurement window, in seconds.
    #[arg(long, default_value_t = 10.0)]
    seconds: f64,
    /// Warm-up before each measurement window, in seconds (not counted).
    #[arg(long, default_value_t = 2.0)]
    warmup: f64,
    /// Concurrent login clients and verification threads (default: CPU count).
    #[arg(long)]
    concurrency: Option<usize>,
    /// Active accounts to log in with, spread over the clients.
    #[arg(long, default_value_t = 64)]
    accounts: usize,
    /// Also measure logins on PostgreSQL (KALM_TEST_POSTGRES_URL, default
    /// postgres://postgres@127.0.0.1:5432/postgres).
    #[arg(long)]
    postgres: bool,
    /// Print the report as JSON instead of plain text.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Serialize)]
struct Machine {
    nproc: usize,
    cpu_model: String,
    os: &'static str,
    arch: &'static str,
}

#[derive(Debug, Serialize)]
struct Argon2Params {
    algorithm: &'static str,
    memory_kib: u32,
    iterations: u32,
    parallelism: u32,
}

#[derive(Debug, Serialize)]
struct Rate {
    /// Completions inside the measurement window.
    count: u64,
    window_seconds: f64,
    per_second: f64,
    /// Mean time per operation per worker: workers × window / count.
    mean_ms: f64,
    /// Anything that was not a success, over warm-up and window, by kind.
    errors: BTreeMap<String, u64>,
}

#[derive(Debug, Serialize)]
struct LoginRun {
    backend: &'static str,
    #[serde(flatten)]
    rate: Rate,
    /// logins per second / raw verifications per second.
    ratio: f64,
}

/// Verifications the way a login does them: `PasswordHasher::verify`,
/// which hands each one to the hasher's own threads.
#[derive(Debug, Serialize)]
struct AppVerifyRun {
    #[serde(flatten)]
    rate: Rate,
    /// per second / raw verifications per second.
    ratio: f64,
}

#[derive(Debug, Serialize)]
struct Report {
    date: String,
    machine: Machine,
    argon2: Argon2Params,
    workers: usize,
    accounts: usize,
    warmup_seconds: f64,
    /// Raw `verify_blocking` on dedicated threads: the baseline.
    verifications: Rate,
    app_verifications: AppVerifyRun,
    logins: Vec<LoginRun>,
}

/// Counts of one worker.
#[derive(Debug, Default)]
struct Tally {
    successes: u64,
    errors: BTreeMap<String, u64>,
}

impl Tally {
    fn error(&mut self, kind: String) {
        *self.errors.entry(kind).or_default() += 1;
    }

    fn merge(&mut self, other: Tally) {
        self.successes += other.successes;
        for (kind, n) in other.errors {
            *self.errors.entry(kind).or_default() += n;
        }
    }
}

/// When counting starts and when everything stops.
#[derive(Debug, Clone, Copy)]
struct Window {
    start: Instant,
    end: Instant,
}

impl Window {
    fn after_warmup(warmup: Duration, length: Duration) -> Window {
        let start = Instant::now() + warmup;
        Window { start, end: start + length }
    }

    fn over(&self) -> bool {
        Instant::now() >= self.end
    }

    fn counts(&self, done: Instant) -> bool {
        done >= self.start && done <= self.end
    }

    fn rate(&self, workers: usize, tally: Tally) -> Rate {
        let secs = (self.end - self.start).as_secs_f64();
        let per_second = tally.successes as f64 / secs;
        let mean_ms =
            if tally.successes == 0 { f64::NAN } else { workers as f64 * secs * 1000.0 / tally.successes as f64 };
        Rate { count: tally.successes, window_seconds: secs, per_second, mean_ms, errors: tally.errors }
    }
}

fn machine() -> Machine {
    let cpu_model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".to_owned());
    Machine {
        nproc: std::thread::available_parallelism().map_or(1, |n| n.get()),
        cpu_model,
        os: std::env::consts::OS,
        arch: std::env::consts::ARCH,
    }
}

/// `workers` threads each verifying `password` against `hash` in a loop.
fn measure_verifications(hash: &str, workers: usize, warmup: Duration, length: Duration) -> Rate {
    let window = Window::after_warmup(warmup, length);
    let mut total = Tally::default();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(move || {
                    let mut tally = Tally::default();
                    while !window.over() {
                        let result = secrets::verify_blocking(PASSWORD, hash);
                        let done = Instant::now();
                        match result {
                            Ok(true) if window.counts(done) => tally.successes += 1,
                            Ok(true) => {}
                            Ok(false) => tally.error("verification returned false".to_owned()),
                            Err(e) => tally.error(format!("verification failed: {e}")),
                        }
                    }
                    tally
                })
            })
            .collect();
        for handle in handles {
            match handle.join() {
                Ok(tally) => total.merge(tally),
                Err(_) => total.error("worker thread panicked".to_owned()),
            }
        }
    });
    window.rate(workers, total)
}

/// `workers` async tasks each awaiting `PasswordHasher::verify` in a loop,
/// as the login use case does (spawn_blocking per verification).
async fn measure_app_verifications(
    kalm: &Kalm,
    hash: &str,
    workers: usize,
    warmup: Duration,
    length: Duration,
) -> Rate {
    let window = Window::after_warmup(warmup, length);
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..workers {
        let kalm = kalm.clone();
        let hash = hash.to_owned();
        tasks.spawn(async move {
            let mut tally = Tally::default();
            while !window.over() {
                let result = kalm.passwords.verify(PASSWORD, Some(&hash)).await;
                let done = Instant::now();
                match result {
                    Ok(true) if window.counts(done) => tally.successes += 1,
                    Ok(true) => {}
                    Ok(false) => tally.error("verification returned false".to_owned()),
                    Err(e) => tally.error(format!("verification failed: {e}")),
                }
            }
            tally
        });
    }
    let mut total = Tally::default();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok(tally) => total.merge(tally),
            Err(e) => total.error(format!("verification task: {e}")),
        }
    }
    window.rate(workers, total)
}

/// One login with a fresh client (no connection or cookie reuse).
async fn login_once(address: SocketAddr, url: &str, email: &str) -> Result<(), String> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .resolve(PLATFORM_DOMAIN, address)
        .timeout(REQUEST_TIMEOUT)
        .build()
        .map_err(|e| format!("client: {e}"))?;
    let response =
        client.post(url).form(&[("email", email), ("password", PASSWORD)]).send().await.map_err(|e| {
            if e.is_timeout() { "request timed out".to_owned() } else { format!("request failed: {e}") }
        })?;
    let status = response.status();
    if status != reqwest::StatusCode::SEE_OTHER {
        return Err(format!("HTTP {}", status.as_u16()));
    }
    if !response.headers().contains_key(reqwest::header::SET_COOKIE) {
        return Err("303 without Set-Cookie".to_owned());
    }
    Ok(())
}

/// `workers` client tasks, each logging in its own accounts in turn.
async fn measure_logins(app: &TestApp, emails: &[String], workers: usize, warmup: Duration, length: Duration) -> Rate {
    let url = app.url(PLATFORM_DOMAIN, "/login");
    let address = app.address;
    let window = Window::after_warmup(warmup, length);
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..workers {
        // Disjoint accounts per worker: worker, worker + workers, …
        let mine: Vec<String> = emails.iter().skip(worker).step_by(workers).cloned().collect();
        let url = url.clone();
        tasks.spawn(async move {
            let mut tally = Tally::default();
            let mut turn = 0usize;
            while !window.over() && !mine.is_empty() {
                let email = &mine[turn % mine.len()];
                turn += 1;
                let result = login_once(address, &url, email).await;
                let done = Instant::now();
                match result {
                    Ok(()) if window.counts(done) => tally.successes += 1,
                    Ok(()) => {}
                    Err(kind) => tally.error(kind),
                }
            }
            tally
        });
    }
    let mut total = Tally::default();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok(tally) => total.merge(tally),
            Err(e) => total.error(format!("client task: {e}")),
        }
    }
    window.rate(workers, total)
}

/// A server on `backend` with one platform and `accounts` active accounts.
async fn prepare(backend: Backend, accounts: usize) -> Result<(TestApp, Vec<String>), String> {
    let app = TestApp::spawn(backend).await.ok_or_else(|| format!("{backend:?} is not available"))?;
    let platform = app.platform("Bench", PLATFORM_DOMAIN).await;
    let emails: Vec<String> = (0..accounts).map(|i| format!("user{i:03}@{PLATFORM_DOMAIN}")).collect();
    for email in &emails {
        app.account(&platform, "client", "", email).await;
    }
    Ok((app, emails))
}

fn backend_name(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    }
}

fn seconds(value: f64, what: &str) -> Result<Duration, String> {
    Duration::try_from_secs_f64(value).map_err(|_| format!("--{what} must be a non-negative number of seconds"))
}

async fn run(args: &Args) -> Result<Report, String> {
    let machine = machine();
    let workers = args.concurrency.unwrap_or(machine.nproc).max(1);
    let accounts = args.accounts.max(workers);
    let warmup = seconds(args.warmup, "warmup")?;
    let length = seconds(args.seconds, "seconds")?;
    if length.is_zero() {
        return Err("--seconds must be more than zero".to_owned());
    }
    let mut backends = vec![Backend::Sqlite];
    if args.postgres {
        backends.push(Backend::Postgres);
    }

    // The baseline hash comes from the application's own hasher.
    let (app, emails) = prepare(Backend::Sqlite, accounts).await?;
    let password = NewPassword::parse(PASSWORD, &[]).map_err(|e| format!("test password: {e:?}"))?;
    let hash = app.kalm.passwords.hash(&password, &OsRandomness).await.map_err(|e| format!("hashing: {e}"))?;
    let expected = format!("$argon2id$v=19$m={ARGON2_MEMORY_KIB},t={ARGON2_ITERATIONS},p={ARGON2_PARALLELISM}$");
    if !hash.starts_with(&expected) {
        return Err(format!("the app's hash {hash} does not use the expected parameters {expected}"));
    }

    eprintln!("measuring {workers} × Argon2id verification on threads: {warmup:?} warm-up + {length:?} …");
    let raw_hash = hash.clone();
    let verifications = tokio::task::spawn_blocking(move || measure_verifications(&raw_hash, workers, warmup, length))
        .await
        .map_err(|e| format!("verification workers: {e}"))?;
    eprintln!(
        "measuring {workers} × Argon2id verification through PasswordHasher::verify: {warmup:?} warm-up + {length:?} …"
    );
    let rate = measure_app_verifications(&app.kalm, &hash, workers, warmup, length).await;
    let app_verifications = AppVerifyRun { ratio: rate.per_second / verifications.per_second, rate };

    let mut logins = Vec::new();
    let mut ready = Some((app, emails));
    for backend in backends {
        let (app, emails) = match ready.take() {
            Some(prepared) => prepared,
            None => prepare(backend, accounts).await?,
        };
        eprintln!(
            "measuring {workers} × login over HTTP on {}: {:?} warm-up + {:?} …",
            backend_name(backend),
            warmup,
            length
        );
        let rate = measure_logins(&app, &emails, workers, warmup, length).await;
        drop(app);
        let ratio = rate.per_second / verifications.per_second;
        logins.push(LoginRun { backend: backend_name(backend), rate, ratio });
    }

    Ok(Report {
        date: chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        machine,
        argon2: Argon2Params {
            algorithm: "argon2id",
            memory_kib: ARGON2_MEMORY_KIB,
            iterations: ARGON2_ITERATIONS,
            parallelism: ARGON2_PARALLELISM,
        },
        workers,
        accounts,
        warmup_seconds: warmup.as_secs_f64(),
        verifications,
        app_verifications,
        logins,
    })
}

fn print_text(report: &Report) {
    let m = &report.machine;
    let a = &report.argon2;
    println!("login-bench, {}", report.date);
    println!("machine: nproc {}, {}, {}/{}", m.nproc, m.cpu_model, m.os, m.arch);
    println!(
        "argon2id m={} KiB t={} p={}; {} workers; {} accounts; {:.0} s window after {:.0} s warm-up",
        a.memory_kib,
        a.iterations,
        a.parallelism,
        report.workers,
        report.accounts,
        report.verifications.window_seconds,
        report.warmup_seconds
    );
    println!();
    let row = |label: &str, r: &Rate, ratio: f64| {
        println!("{label:<48} {:>8} {:>12.2} {:>10.1} {:>8.3}", r.count, r.per_second, r.mean_ms, ratio);
    };
    println!("{:<48} {:>8} {:>12} {:>10} {:>8}", "", "count", "per second", "mean ms", "ratio");
    let v = &report.verifications;
    row("argon2id verify_blocking on threads (baseline)", v, 1.0);
    let av = &report.app_verifications;
    row("argon2id PasswordHasher::verify (hashing threads)", &av.rate, av.ratio);
    for run in &report.logins {
        row(&format!("login over HTTP ({})", run.backend), &run.rate, run.ratio);
    }
    println!();
    let mut clean = true;
    let verifying = [("verify_blocking", &v.errors), ("PasswordHasher::verify", &av.rate.errors)];
    for (what, errors) in verifying.into_iter().chain(report.logins.iter().map(|r| (r.backend, &r.rate.errors))) {
        for (kind, n) in errors {
            clean = false;
            println!("errors ({what}): {n} × {kind}");
        }
    }
    if clean {
        println!("errors: none");
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args).await {
        Ok(report) => {
            if args.json {
                match serde_json::to_string_pretty(&report) {
                    Ok(text) => println!("{text}"),
                    Err(e) => {
                        eprintln!("login-bench: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            } else {
                print_text(&report);
            }
            let failed = !report.verifications.errors.is_empty()
                || report.verifications.count == 0
                || !report.app_verifications.rate.errors.is_empty()
                || report.logins.iter().any(|r| !r.rate.errors.is_empty() || r.rate.count == 0);
            if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
        }
        Err(e) => {
            eprintln!("login-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
