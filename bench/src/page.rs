//! `page-bench`: how fast Kalm serves the pages people open all day, next to
//! what the same web stack does with nothing to do.
//!
//! One run starts, in this process, a bare axum "hello" server and Kalm's
//! real router (the test kit's production wiring) on SQLite and, with
//! `--postgres`, on PostgreSQL; it signs a client and a professional in, and
//! then loads each target in turn with `wrk` (a separate process, so the load
//! generator is not the thing measured): the hello handler, the client's home
//! page, the professional's account list and the login page. Targets
//! alternate round by round so that a drift of the machine hits them alike;
//! the figures are the medians over the rounds.
//!
//! The figure of merit is a page's requests per second as a share of the
//! hello handler's in the same run, with its 99th-percentile latency. The
//! goal (issue 15): logged-in pages at least 0.25 of the hello handler, p99
//! at most 20 ms. Results go to bench/README.md, with machine and command.

use std::net::SocketAddr;
use std::process::Command;
use std::time::Duration;

use clap::Parser;
use kalm_testkit::{Backend, PASSWORD, TestApp};
use serde::Serialize;

#[derive(Debug, Parser)]
#[command(name = "page-bench", about = "Logged-in pages against a bare axum handler, measured with wrk")]
struct Args {
    /// Seconds of load per target and round.
    #[arg(long, default_value_t = 10)]
    seconds: u32,
    /// Rounds over all targets; the figures are medians.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Open connections (wrk -c).
    #[arg(long, default_value_t = 64)]
    connections: u32,
    /// wrk threads (wrk -t).
    #[arg(long, default_value_t = 2)]
    threads: u32,
    /// Clients related to the professional (rows on the account list).
    #[arg(long, default_value_t = 25)]
    clients: usize,
    /// Also measure on PostgreSQL (KALM_TEST_POSTGRES_URL).
    #[arg(long)]
    postgres: bool,
    /// Print the results as JSON too.
    #[arg(long)]
    json: bool,
}

const HOST: &str = "bench.test";

/// One thing to load: where, with which headers.
#[derive(Debug, Clone)]
struct Target {
    name: String,
    address: SocketAddr,
    path: &'static str,
    host: &'static str,
    cookie: Option<String>,
    /// The status every answer must have.
    status: u16,
}

#[derive(Debug, Clone, Copy, Serialize, Default)]
struct Measurement {
    requests_per_second: f64,
    p99_ms: f64,
    non_2xx: u64,
}

#[derive(Debug, Serialize)]
struct Row {
    target: String,
    requests_per_second: f64,
    p99_ms: f64,
    share_of_hello: f64,
    rounds: Vec<Measurement>,
}

fn main() {
    let args = Args::parse();
    // The server's own warnings and errors, so a failing target says why.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("warn"))
        .with_writer(std::io::stderr)
        .try_init();
    if Command::new("wrk").arg("--version").output().is_err() {
        eprintln!("page-bench needs wrk on the PATH (Debian: apt-get install wrk)");
        std::process::exit(2);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("cannot start the runtime: {err}");
            std::process::exit(1);
        }
    };
    let code = runtime.block_on(run(args));
    std::process::exit(code);
}

async fn run(args: Args) -> i32 {
    let hello = start_hello().await;
    let mut targets = vec![Target {
        name: "bare axum hello".into(),
        address: hello,
        path: "/",
        host: "localhost",
        cookie: None,
        status: 200,
    }];
    // Kept alive for the whole run: dropping one stops its server.
    let mut apps = Vec::new();
    let mut backends = vec![Backend::Sqlite];
    if args.postgres {
        backends.push(Backend::Postgres);
    }
    for backend in backends {
        let Some(app) = TestApp::spawn(backend).await else {
            eprintln!("{backend:?} is not reachable");
            return 1;
        };
        let label = match backend {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        };
        match prepare(&app, args.clients).await {
            Ok((client_cookie, professional_cookie)) => {
                targets.push(Target {
                    name: format!("{label}: GET / (client's home)"),
                    address: app.address,
                    path: "/",
                    host: HOST,
                    cookie: Some(client_cookie),
                    status: 200,
                });
                targets.push(Target {
                    name: format!("{label}: GET /accounts (professional's list)"),
                    address: app.address,
                    path: "/accounts",
                    host: HOST,
                    cookie: Some(professional_cookie),
                    status: 200,
                });
                targets.push(Target {
                    name: format!("{label}: GET /login"),
                    address: app.address,
                    path: "/login",
                    host: HOST,
                    cookie: None,
                    status: 200,
                });
            }
            Err(err) => {
                eprintln!("preparing {label}: {err}");
                return 1;
            }
        }
        apps.push(app);
    }
    for target in &targets {
        if let Err(err) = check(target).await {
            eprintln!("{}: {err}", target.name);
            return 1;
        }
    }
    let mut results: Vec<Vec<Measurement>> = vec![Vec::new(); targets.len()];
    for round in 1..=args.rounds {
        for (i, target) in targets.iter().enumerate() {
            let measured = match wrk(target, &args).await {
                Ok(m) => m,
                Err(err) => {
                    eprintln!("{}: {err}", target.name);
                    return 1;
                }
            };
            if measured.non_2xx > 0 {
                eprintln!("{}: {} answers were not the expected status", target.name, measured.non_2xx);
                if let Err(err) = check(target).await {
                    eprintln!("one more request: {err}");
                }
                return 1;
            }
            eprintln!(
                "round {round}/{}: {:<48} {:>9.0} req/s  p99 {:>6.1} ms",
                args.rounds, target.name, measured.requests_per_second, measured.p99_ms
            );
            results[i].push(measured);
        }
    }
    let hello_rps = median(results[0].iter().map(|m| m.requests_per_second).collect());
    let rows: Vec<Row> = targets
        .iter()
        .zip(results)
        .map(|(target, rounds)| {
            let rps = median(rounds.iter().map(|m| m.requests_per_second).collect());
            Row {
                target: target.name.clone(),
                requests_per_second: rps,
                p99_ms: median(rounds.iter().map(|m| m.p99_ms).collect()),
                share_of_hello: if hello_rps > 0.0 { rps / hello_rps } else { 0.0 },
                rounds,
            }
        })
        .collect();
    println!(
        "\n{} connections, {} wrk threads, {} s per target, {} rounds (medians)\n",
        args.connections, args.threads, args.seconds, args.rounds
    );
    println!("| target | req/s | p99 ms | share of hello |");
    println!("|---|---:|---:|---:|");
    for row in &rows {
        println!("| {} | {:.0} | {:.1} | {:.3} |", row.target, row.requests_per_second, row.p99_ms, row.share_of_hello);
    }
    if args.json {
        match serde_json::to_string_pretty(&rows) {
            Ok(text) => println!("{text}"),
            Err(err) => eprintln!("JSON: {err}"),
        }
    }
    drop(apps);
    0
}

/// The baseline: axum with one handler and nothing else, served the way
/// `axum::serve` serves it.
async fn start_hello() -> SocketAddr {
    let router = axum::Router::new().route("/", axum::routing::get(|| async { "hello" }));
    let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
        Ok(listener) => listener,
        Err(err) => panic!("bind the hello server: {err}"),
    };
    let address = listener.local_addr().unwrap_or_else(|err| panic!("hello server address: {err}"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    address
}

/// A platform, a professional with related clients, and the two signed in;
/// returns their session cookies (`name=value`).
async fn prepare(app: &TestApp, clients: usize) -> Result<(String, String), String> {
    let platform = app.platform("Bench Care", HOST).await;
    let professional = app.account(&platform, "professional", "professional", "pro@bench.test").await;
    let mut first_client = None;
    for n in 0..clients.max(1) {
        let client = app.account(&platform, "client", "", &format!("client{n}@bench.test")).await;
        kalm_testkit::kalm_app::accounts::relate_for_setup(&app.kalm, platform.id, client.id, professional.id)
            .await
            .map_err(|e| e.to_string())?;
        first_client.get_or_insert(client);
    }
    let client = first_client.ok_or("no client")?;
    Ok((sign_in(app, client.email.as_str()).await?, sign_in(app, "pro@bench.test").await?))
}

async fn sign_in(app: &TestApp, email: &str) -> Result<String, String> {
    let response = app
        .client(HOST)
        .post(app.url(HOST, "/login"))
        .form(&[("email", email), ("password", PASSWORD)])
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if response.status() != 303 {
        return Err(format!("login of {email} answered {}", response.status()));
    }
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("kalm_session="))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
        .ok_or_else(|| format!("no session cookie for {email}"))
}

/// One request by hand, so a misconfigured target fails loudly instead of
/// being measured answering redirects.
async fn check(target: &Target) -> Result<(), String> {
    let client =
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().map_err(|e| e.to_string())?;
    let mut request = client.get(format!("http://{}{}", target.address, target.path)).header("host", target.host);
    if let Some(cookie) = &target.cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.map_err(|e| e.to_string())?;
    let status = response.status();
    if status.as_u16() == target.status {
        Ok(())
    } else {
        let text = response.text().await.unwrap_or_default();
        // The page's own words, not its head.
        let body: String = text[text.find("<main").unwrap_or(0)..].chars().take(600).collect();
        Err(format!("answered {status} instead of {}: {body}", target.status))
    }
}

async fn wrk(target: &Target, args: &Args) -> Result<Measurement, String> {
    let mut command = tokio::process::Command::new("wrk");
    command
        .arg(format!("-t{}", args.threads))
        .arg(format!("-c{}", args.connections))
        .arg(format!("-d{}s", args.seconds))
        .arg("--latency")
        .arg("--timeout")
        .arg("10s")
        .args(["-H", &format!("Host: {}", target.host)]);
    if let Some(cookie) = &target.cookie {
        command.args(["-H", &format!("Cookie: {cookie}")]);
    }
    command.arg(format!("http://{}{}", target.address, target.path));
    let output = tokio::time::timeout(Duration::from_secs(u64::from(args.seconds) + 60), command.output())
        .await
        .map_err(|_| "wrk did not finish".to_owned())?
        .map_err(|e| format!("running wrk: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!("wrk failed: {text}{}", String::from_utf8_lossy(&output.stderr)));
    }
    parse_wrk(&text)
}

/// Reads `Requests/sec:`, the `99%` latency line and `Non-2xx or 3xx
/// responses:` from wrk's report.
fn parse_wrk(text: &str) -> Result<Measurement, String> {
    let mut measured = Measurement::default();
    let mut seen = (false, false);
    for line in text.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("Requests/sec:") {
            measured.requests_per_second = rest.trim().parse().map_err(|_| format!("req/s in {line:?}"))?;
            seen.0 = true;
        } else if let Some(rest) = line.strip_prefix("99%") {
            measured.p99_ms = duration_ms(rest.trim()).ok_or_else(|| format!("p99 in {line:?}"))?;
            seen.1 = true;
        } else if let Some(rest) = line.strip_prefix("Non-2xx or 3xx responses:") {
            measured.non_2xx = rest.trim().parse().unwrap_or(u64::MAX);
        }
    }
    if seen == (true, true) { Ok(measured) } else { Err(format!("unreadable wrk report:\n{text}")) }
}

/// wrk's `812.00us`, `3.54ms`, `1.02s` in milliseconds.
fn duration_ms(text: &str) -> Option<f64> {
    let (number, factor) = if let Some(n) = text.strip_suffix("us") {
        (n, 0.001)
    } else if let Some(n) = text.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = text.strip_suffix("m") {
        (n, 60_000.0)
    } else if let Some(n) = text.strip_suffix('s') {
        (n, 1000.0)
    } else {
        return None;
    };
    number.parse::<f64>().ok().map(|n| n * factor)
}

fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len().is_multiple_of(2) { (values[mid - 1] + values[mid]) / 2.0 } else { values[mid] }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_wrk_report() {
        let report = "Running 10s test @ http://127.0.0.1:1234/\n  2 threads and 64 connections\n\
            Latency Distribution\n     50%  412.00us\n     75%  600.00us\n     90%    1.20ms\n     99%    3.54ms\n\
            1000 requests in 10.00s, 1.00MB read\nRequests/sec:  98765.43\nTransfer/sec:      1.00MB\n";
        let measured = parse_wrk(report).unwrap();
        assert_eq!(measured.requests_per_second, 98765.43);
        assert!((measured.p99_ms - 3.54).abs() < 1e-9);
        assert_eq!(measured.non_2xx, 0);
        let refused = format!("{report}  Non-2xx or 3xx responses: 17\n");
        assert_eq!(parse_wrk(&refused).unwrap().non_2xx, 17);
        assert!(parse_wrk("nothing").is_err());
        assert_eq!(duration_ms("812.00us"), Some(0.812));
        assert_eq!(duration_ms("1.50s"), Some(1500.0));
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
    }
}
