//! `email-bench`: how many e-mails one node delivers per second to a local
//! SMTP server.
//!
//! A run starts the SMTP test server (the npm package smtp-server, which
//! writes every message it accepts to a file), queues invitations the way
//! the product does (one account created per invitation), and times the
//! delivery job's rounds until the queue is empty; then it checks that the
//! server got every message exactly once. The goal (issue 15): at least
//! 500 messages a second, without giving up exactly-once. Results go to
//! bench/README.md, with machine and command.

use std::time::Instant;

use clap::Parser;
use kalm_testkit::kalm_app::{accounts, emails};
use kalm_testkit::{Backend, SmtpServer, TestApp, mail_text};
use serde::Serialize;

#[derive(Debug, Parser)]
#[command(name = "email-bench", about = "E-mail delivery to a local SMTP server, messages per second")]
struct Args {
    /// Invitations queued per run.
    #[arg(long, default_value_t = 2000)]
    messages: usize,
    /// Runs; the figure is the median.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// On PostgreSQL (KALM_TEST_POSTGRES_URL) rather than SQLite.
    #[arg(long)]
    postgres: bool,
    /// Messages sent side by side.
    #[arg(long, default_value_t = emails::SIDE_BY_SIDE)]
    side_by_side: usize,
    /// Print the results as JSON too.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Serialize)]
struct Run {
    messages: usize,
    seconds: f64,
    messages_per_second: f64,
}

fn main() {
    let args = Args::parse();
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("warn"))
        .with_writer(std::io::stderr)
        .try_init();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("cannot start the runtime: {err}");
            std::process::exit(1);
        }
    };
    std::process::exit(runtime.block_on(run(args)));
}

async fn run(args: Args) -> i32 {
    let backend = if args.postgres { Backend::Postgres } else { Backend::Sqlite };
    let mut runs = Vec::new();
    for n in 1..=args.runs {
        match one_run(backend, args.messages, args.side_by_side).await {
            Ok(run) => {
                eprintln!(
                    "run {n}/{}: {} messages in {:.2} s, {:.0}/s",
                    args.runs, run.messages, run.seconds, run.messages_per_second
                );
                runs.push(run);
            }
            Err(err) => {
                eprintln!("run {n}: {err}");
                return 1;
            }
        }
    }
    let mut rates: Vec<f64> = runs.iter().map(|r| r.messages_per_second).collect();
    rates.sort_by(f64::total_cmp);
    let median = rates.get(rates.len() / 2).copied().unwrap_or(0.0);
    println!("{backend:?}: {} messages per run, median {median:.0} messages/s over {} runs", args.messages, runs.len());
    if args.json {
        match serde_json::to_string_pretty(&runs) {
            Ok(text) => println!("{text}"),
            Err(err) => eprintln!("JSON: {err}"),
        }
    }
    0
}

async fn one_run(backend: Backend, messages: usize, side_by_side: usize) -> Result<Run, String> {
    let smtp = SmtpServer::start(0, 0, 451).await.ok_or("the SMTP test server is not available (npm ci in e2e/)")?;
    let app = TestApp::spawn(backend).await.ok_or(format!("{backend:?} is not reachable"))?;
    let platform = app.platform("Bench Care", "bench.test").await;
    for n in 0..messages {
        let input = accounts::AccountInput {
            account_type: "client".into(),
            first_name: "Chris".into(),
            last_name: "Client".into(),
            email: format!("client{n}@bench.test"),
            ..Default::default()
        };
        accounts::create(&app.kalm, &kalm_app::Caller::command_line(), &platform, &input, None)
            .await
            .map_err(|e| e.to_string())?;
    }
    let delivery = emails::Delivery {
        mailer: emails::Mailer::from_url(&smtp.url()).map_err(|e| e.to_string())?,
        side_by_side,
        ..app.delivery()
    };
    let started = Instant::now();
    let mut sent = 0;
    loop {
        let round = emails::deliver_due(&app.kalm, &delivery).await.map_err(|e| e.to_string())?;
        if round.retried + round.failed > 0 {
            return Err(format!("a round did not send everything: {round:?}"));
        }
        sent += round.sent;
        if round.claimed == 0 {
            break;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let received = smtp.received();
    let mut recipients: Vec<String> = received
        .iter()
        .filter_map(|m| mail_text(m).lines().find(|l| l.starts_with("To: ")).map(str::to_owned))
        .collect();
    recipients.sort();
    recipients.dedup();
    if sent != messages || received.len() != messages || recipients.len() != messages {
        return Err(format!(
            "sent {sent}, the server got {} for {} recipients, of {messages}",
            received.len(),
            recipients.len()
        ));
    }
    Ok(Run { messages, seconds, messages_per_second: messages as f64 / seconds })
}
