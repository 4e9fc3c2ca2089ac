//! `inactivity-bench`: the inactivity sweep on a million accounts, against a
//! bare `UPDATE` of the same rows, and the preview's query time.
//!
//! One platform gets `--accounts` accounts (10 % professionals), of which
//! `--inactive-percent` were last active 400 days ago and the rest within
//! the last 300 days; the rule deactivates both types after 365 days,
//! without warnings, so the sweep and the bare update touch the same rows.
//! The bare update only flips the status; the sweep also ends sessions,
//! writes an audit entry and queues a sealed e-mail per account, in batches,
//! so the ratio says what that bookkeeping costs. The bare update runs
//! first, then the same update in the sweep's batches (what batching alone
//! costs); each is undone (not timed) before the next, in `--rounds`
//! rounds on the one load, whose medians are the figures, since the
//! machine's speed drifts more than a single timing can show. On SQLite
//! every timing starts with an empty write-ahead log and ends with a
//! checkpoint, so each pays for the pages it changed. After the load the
//! per-day activity counts are folded and the tables vacuumed, as the
//! hourly sweep and the database's own maintenance would after an import.
//! The clock moves with real time, as in production, because ids of audit
//! entries and e-mails start with the time.

use std::process::ExitCode;
use std::time::Instant;

use chrono::Duration as Days;
use clap::Parser;
use kalm_app::configurations;
use kalm_app::inactivity;
use kalm_domain::configurations::{ConfigurationKey, InactivityDeactivation};
use kalm_testkit::{Backend, TestApp};
use serde::Serialize;

#[derive(Debug, Parser)]
#[command(
    name = "inactivity-bench",
    about = "The inactivity sweep against a bare UPDATE, and the preview's query time"
)]
struct Args {
    #[arg(long, default_value_t = 1_000_000)]
    accounts: usize,
    #[arg(long, default_value_t = 10)]
    inactive_percent: usize,
    /// Also run on PostgreSQL (KALM_TEST_POSTGRES_URL).
    #[arg(long)]
    postgres: bool,
    /// Preview runs to take the median of.
    #[arg(long, default_value_t = 5)]
    preview_runs: usize,
    /// Rounds of bare update, batched update and sweep on the one load;
    /// the figures are the medians.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Serialize)]
struct Measured {
    backend: &'static str,
    accounts: usize,
    inactive: u64,
    load_seconds: f64,
    /// Medians over the rounds.
    bare_update_seconds: f64,
    batched_update_seconds: f64,
    sweep_seconds: f64,
    /// The median of the rounds' ratios.
    ratio: f64,
    ratio_to_batched: f64,
    preview_median_ms: f64,
    preview_runs_ms: Vec<f64>,
    rounds: Vec<Round>,
}

/// One round: each update on the same rows, undone before the next.
#[derive(Debug, Serialize)]
struct Round {
    bare_update_seconds: f64,
    /// The bare update again, in the sweep's batches of 1,000, one
    /// transaction each: what batching alone costs.
    batched_update_seconds: f64,
    sweep_seconds: f64,
    ratio: f64,
    /// The sweep against the bare update in the same batches: what the
    /// audit entries and e-mails cost on top of batching.
    ratio_to_batched: f64,
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut sorted: Vec<f64> = values.collect();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN)
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into())
}

async fn load(app: &TestApp, platform: &str, accounts: usize, inactive_percent: usize) -> Result<u64, String> {
    let now = kalm_app::Clock::now(app.clock.as_ref());
    let old = (now - Days::days(400)).timestamp_micros();
    let per_statement = 500;
    let mut inactive = 0;
    let mut tx = app.kalm.store.begin().await.map_err(|e| e.to_string())?;
    for start in (0..accounts).step_by(per_statement) {
        let mut rows = Vec::with_capacity(per_statement);
        for i in start..(start + per_statement).min(accounts) {
            // Spread evenly: every tenth account is a professional, and
            // `inactive_percent` of each hundred were last active long ago.
            let account_type = if i % 10 == 0 { "professional" } else { "client" };
            let roles = if account_type == "professional" { 1 } else { 0 };
            let active_at = if i % 100 < inactive_percent {
                inactive += 1;
                old - (i as i64 % 86_400) * 1_000_000
            } else {
                (now - Days::days((i % 300) as i64)).timestamp_micros() - (i as i64 % 86_400) * 1_000_000
            };
            let id = format!("00000000-0000-4000-8000-{i:012}");
            rows.push(format!(
                "('{id}', '{platform}', '{account_type}', {roles}, 'Bench', 'Person', 'p{i}@bench.test', \
                 'p{i}@bench.test', 'en', 'active', {active_at}, {active_at})"
            ));
        }
        sqlx::raw_sql(&format!(
            "INSERT INTO accounts (id, platform_id, account_type, roles, first_name, last_name, email, email_folded, \
             language, status, created_at, last_activity_at) VALUES {}",
            rows.join(", ")
        ))
        .execute(&mut *tx)
        .await
        .map_err(|e| e.to_string())?;
        if start % 50_000 == 0 && start > 0 {
            tx.commit().await.map_err(|e| e.to_string())?;
            tx = app.kalm.store.begin().await.map_err(|e| e.to_string())?;
        }
    }
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(inactive)
}

async fn run(backend: Backend, args: &Args) -> Result<Measured, String> {
    let app = TestApp::spawn(backend).await.ok_or_else(|| format!("{backend:?} is not available"))?;
    // Time passes as in production: ids and timestamps of audit entries and
    // e-mails increase, so their indexes grow at the end, as they would. A
    // clock that stands still makes every id of a run share one millisecond,
    // and each batch then wrote all over those indexes.
    app.clock.run();
    let platform = app.platform("Bench", "bench.test").await;
    let rule = InactivityDeactivation { professionals: Some(365), clients: Some(365), warning_days: 0 };
    let key = ConfigurationKey::InactivityDeactivation;
    configurations::set_availability_confirmed(
        &app.kalm,
        &kalm_app::Caller::command_line(),
        &platform,
        key,
        true,
        None,
        true,
    )
    .await
    .map_err(|e| e.to_string())?;
    let value = serde_json::json!({ "professionals": 365, "clients": 365, "warning_days": 0 });
    configurations::set_value_confirmed(
        &app.kalm,
        &kalm_app::Caller::command_line(),
        &platform,
        key,
        &value,
        None,
        true,
    )
    .await
    .map_err(|e| e.to_string())?;
    let platform = kalm_app::platforms::find(&app.kalm, &kalm_app::Caller::command_line(), "bench.test")
        .await
        .map_err(|e| e.to_string())?;

    let started = Instant::now();
    let inactive = load(&app, &platform.id.0.to_string(), args.accounts, args.inactive_percent).await?;
    // What the hourly sweep and the database's maintenance do after an
    // import: fold the per-day counts the import added, then vacuum.
    inactivity::fold_activity_counts(&app.kalm, &platform).await.map_err(|e| e.to_string())?;
    maintain(&app).await?;
    let load_seconds = started.elapsed().as_secs_f64();
    eprintln!("{backend:?}: {} accounts loaded in {load_seconds:.1} s", args.accounts);

    let mut preview_runs_ms = Vec::new();
    for _ in 0..args.preview_runs {
        let started = Instant::now();
        let preview = inactivity::preview(&app.kalm, &kalm_app::Caller::command_line(), &platform, &rule)
            .await
            .map_err(|e| e.to_string())?;
        preview_runs_ms.push(started.elapsed().as_secs_f64() * 1000.0);
        let total = (preview.professionals.now + preview.clients.now) as u64;
        if total != inactive {
            return Err(format!("preview counts {total}, expected {inactive}"));
        }
    }
    let preview_median_ms = median(preview_runs_ms.iter().copied());

    let mut rounds = Vec::new();
    for _ in 0..args.rounds.max(1) {
        rounds.push(round(&app, &platform, inactive).await?);
    }
    Ok(Measured {
        backend: match backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        },
        accounts: args.accounts,
        inactive,
        load_seconds,
        bare_update_seconds: median(rounds.iter().map(|r| r.bare_update_seconds)),
        batched_update_seconds: median(rounds.iter().map(|r| r.batched_update_seconds)),
        sweep_seconds: median(rounds.iter().map(|r| r.sweep_seconds)),
        ratio: median(rounds.iter().map(|r| r.ratio)),
        ratio_to_batched: median(rounds.iter().map(|r| r.ratio_to_batched)),
        preview_median_ms,
        preview_runs_ms,
        rounds,
    })
}

/// The bare update, the batched update and the sweep of the same rows, each
/// undone (not timed) before the next.
async fn round(app: &TestApp, platform: &kalm_app::platforms::Platform, inactive: u64) -> Result<Round, String> {
    // The bare update: the same rows, only the status.
    let before = (kalm_app::Clock::now(app.clock.as_ref()) - Days::days(365)).timestamp_micros();
    let id = platform.id.0.to_string();
    let bare = format!(
        "UPDATE accounts SET status = 'deactivated' WHERE platform_id = '{id}' AND status = 'active' \
         AND COALESCE(last_activity_at, created_at) < {before}"
    );
    settle(app).await?;
    let mut tx = app.kalm.store.begin().await.map_err(|e| e.to_string())?;
    let started = Instant::now();
    let changed = sqlx::raw_sql(&bare).execute(&mut *tx).await.map_err(|e| e.to_string())?.rows_affected();
    tx.commit().await.map_err(|e| e.to_string())?;
    settle(app).await?;
    let bare_update_seconds = started.elapsed().as_secs_f64();
    if changed != inactive {
        return Err(format!("the bare update changed {changed} rows, expected {inactive}"));
    }
    undo(app, &id).await?;

    // Per account type, as the sweep goes, so each batch is the head of one
    // index range.
    let batch = |account_type: &str| {
        format!(
            "UPDATE accounts SET status = 'deactivated' WHERE id IN (SELECT id FROM accounts \
             WHERE platform_id = '{id}' AND account_type = '{account_type}' AND status = 'active' \
             AND COALESCE(last_activity_at, created_at) < {before} \
             ORDER BY COALESCE(last_activity_at, created_at), id LIMIT 1000)"
        )
    };
    settle(app).await?;
    let started = Instant::now();
    let mut changed = 0;
    for account_type in ["professional", "client"] {
        let batch = batch(account_type);
        loop {
            let mut tx = app.kalm.store.begin().await.map_err(|e| e.to_string())?;
            let done = sqlx::raw_sql(&batch).execute(&mut *tx).await.map_err(|e| e.to_string())?.rows_affected();
            tx.commit().await.map_err(|e| e.to_string())?;
            if done == 0 {
                break;
            }
            changed += done;
        }
    }
    settle(app).await?;
    let batched_update_seconds = started.elapsed().as_secs_f64();
    if changed != inactive {
        return Err(format!("the batched update changed {changed} rows, expected {inactive}"));
    }
    undo(app, &id).await?;

    settle(app).await?;
    let started = Instant::now();
    let report = inactivity::sweep(&app.kalm, Some(platform), false, &|_| {}).await.map_err(|e| e.to_string())?;
    settle(app).await?;
    let sweep_seconds = started.elapsed().as_secs_f64();
    if report.deactivated != inactive {
        return Err(format!("the sweep deactivated {}, expected {inactive}", report.deactivated));
    }
    // The sweep only changes the status; its audit entries and e-mails stay,
    // as they would on a running installation.
    undo(app, &id).await?;
    Ok(Round {
        bare_update_seconds,
        batched_update_seconds,
        sweep_seconds,
        ratio: sweep_seconds / bare_update_seconds,
        ratio_to_batched: sweep_seconds / batched_update_seconds,
    })
}

/// What the database's own maintenance does after many changes (SQLite's
/// ANALYZE, PostgreSQL's autovacuum), so the planner and PostgreSQL's
/// index-only scans see the table as a running installation would, and each
/// timing starts from the same state.
async fn maintain(app: &TestApp) -> Result<(), String> {
    use sqlx::Connection;
    let mut conn = sqlx::AnyConnection::connect(&app.database_url).await.map_err(|e| e.to_string())?;
    let maintenance = match app.backend {
        Backend::Sqlite => "ANALYZE",
        Backend::Postgres => "VACUUM ANALYZE accounts, activity_days",
    };
    sqlx::raw_sql(maintenance).execute(&mut conn).await.map_err(|e| e.to_string())?;
    conn.close().await.map_err(|e| e.to_string())
}

/// Makes the bare update's accounts active again, then lets the database
/// tidy up (not timed).
async fn undo(app: &TestApp, platform: &str) -> Result<(), String> {
    let mut tx = app.kalm.store.begin().await.map_err(|e| e.to_string())?;
    sqlx::raw_sql(&format!(
        "UPDATE accounts SET status = 'active' WHERE platform_id = '{platform}' AND status = 'deactivated'"
    ))
    .execute(&mut *tx)
    .await
    .map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    maintain(app).await
}

/// Copies SQLite's write-ahead log into the database file. Each timing
/// starts from an empty log and ends with its changes in the file, so work a
/// checkpoint would do later is counted where it was caused.
async fn settle(app: &TestApp) -> Result<(), String> {
    app.kalm.store.checkpoint().await.map_err(|e| e.to_string())
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    let mut backends = vec![Backend::Sqlite];
    if args.postgres {
        backends.push(Backend::Postgres);
    }
    let mut results = Vec::new();
    for backend in backends {
        match run(backend, &args).await {
            Ok(r) => results.push(r),
            Err(err) => {
                eprintln!("{backend:?}: {err}");
                return ExitCode::FAILURE;
            }
        }
    }
    let machine = format!("{} CPUs, {}", std::thread::available_parallelism().map_or(0, |n| n.get()), cpu_model());
    if args.json {
        println!("{}", serde_json::json!({ "machine": machine, "results": results }));
    } else {
        println!("machine: {machine}");
        println!(
            "{:<10} {:>9} {:>9} {:>11} {:>10} {:>9} {:>7} {:>12}",
            "backend", "accounts", "inactive", "bare UPDATE", "in batches", "sweep", "ratio", "preview ms"
        );
        for r in &results {
            println!(
                "{:<10} {:>9} {:>9} {:>10.2}s {:>9.2}s {:>8.2}s {:>7.2} {:>12.1}",
                r.backend,
                r.accounts,
                r.inactive,
                r.bare_update_seconds,
                r.batched_update_seconds,
                r.sweep_seconds,
                r.ratio,
                r.preview_median_ms
            );
            for (n, round) in r.rounds.iter().enumerate() {
                println!(
                    "  round {}: {:.2}s bare, {:.2}s in batches, {:.2}s sweep, ratio {:.2}",
                    n + 1,
                    round.bare_update_seconds,
                    round.batched_update_seconds,
                    round.sweep_seconds,
                    round.ratio
                );
            }
        }
    }
    ExitCode::SUCCESS
}
