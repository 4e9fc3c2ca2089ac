//! `kalm inactivity`: run the inactivity sweep now (or as a dry run), and
//! preview what a platform's inactivity setting would deactivate.

use crate::cli::output::say;
use clap::Subcommand;
use kalm_app::platforms;

use super::{CliError, open, print_json};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum InactivityCommand {
    /// Run the sweep now: deactivate the accounts past their platform's
    /// limit and warn those close to it.
    Sweep {
        /// Only this platform (domain or id); all platforms by default.
        #[arg(long)]
        platform: Option<String>,
        /// List who would be deactivated and warned, change nothing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// What a setting would do on a platform: accounts deactivated now and
    /// in the next 30 days, and accounts by days since their last activity.
    Preview {
        #[arg(long)]
        platform: String,
        /// Days for professional accounts (1 to 3650); absent: off.
        #[arg(long, value_name = "DAYS")]
        professionals: Option<String>,
        /// Days for client accounts (1 to 3650); absent: off.
        #[arg(long, value_name = "DAYS")]
        clients: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

/// Runs one `kalm inactivity` subcommand.
pub async fn run(config: &Config, command: InactivityCommand) -> Result<(), CliError> {
    use std::io::IsTerminal;
    let kalm = open(config).await?;
    match command {
        InactivityCommand::Sweep { platform, dry_run, json } => {
            let platform = match platform {
                Some(p) => Some(platforms::find(&kalm, &kalm_app::Caller::command_line(), &p).await?),
                None => None,
            };
            // A progress bar on a terminal only, on stderr, so output for
            // scripts stays clean.
            let bar = if std::io::stderr().is_terminal() && !json {
                let due = kalm_app::inactivity::due(&kalm, platform.as_ref()).await?;
                let bar = indicatif::ProgressBar::new(due);
                if let Ok(style) =
                    indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} accounts ({elapsed}) {msg}")
                {
                    bar.set_style(style);
                }
                Some(bar)
            } else {
                None
            };
            let progress = |r: &kalm_app::inactivity::SweepReport| {
                if let Some(bar) = &bar {
                    bar.set_position(r.deactivated + r.warned + r.skipped);
                    bar.set_message(format!("{} deactivated, {} warned, {} kept", r.deactivated, r.warned, r.skipped));
                }
            };
            let report = kalm_app::inactivity::sweep(&kalm, platform.as_ref(), dry_run, &progress).await?;
            if let Some(bar) = &bar {
                bar.finish();
            }
            if json {
                print_json(&serde_json::to_value(&report).unwrap_or_default());
            } else if dry_run {
                for p in &report.planned {
                    say!(
                        "{:<10} {:<13} {:<30} {} last active {}, deactivation {}",
                        p.action,
                        p.account_type,
                        p.email,
                        p.platform,
                        p.last_active.format("%Y-%m-%d"),
                        p.deactivate_at.format("%Y-%m-%d")
                    );
                }
                let count = |a: &str| report.planned.iter().filter(|p| p.action == a).count();
                say!(
                    "dry run: {} would be deactivated, {} warned, {} last application manager(s) kept",
                    count("deactivate"),
                    count("warn"),
                    count("keep")
                );
            } else {
                say!(
                    "{} platform(s): {} deactivated, {} warned, {} last application manager(s) kept",
                    report.platforms,
                    report.deactivated,
                    report.warned,
                    report.skipped
                );
            }
        }
        InactivityCommand::Preview { platform, professionals, clients, json } => {
            let platform = platforms::find(&kalm, &kalm_app::Caller::command_line(), &platform).await?;
            let stored = kalm_app::settings::current(&kalm, &platform).await?.inactivity_deactivation;
            // The same parser as the console and the API, so the same days
            // are accepted everywhere and errors name the flag.
            let proposal = kalm_app::inactivity::proposal(&stored, professionals.as_deref(), clients.as_deref(), None)?;
            let preview =
                kalm_app::inactivity::preview(&kalm, &kalm_app::Caller::command_line(), &platform, &proposal).await?;
            if json {
                print_json(&serde_json::to_value(&preview).unwrap_or_default());
            } else {
                for t in [&preview.professionals, &preview.clients] {
                    let days = t.days.map_or_else(|| "off".to_owned(), |d| format!("{d} days"));
                    say!(
                        "{:<13} {:<10} {} accounts: {} deactivated now, {} more within 30 days{}",
                        t.account_type,
                        days,
                        t.accounts,
                        t.now,
                        t.next_30_days,
                        if t.needs_confirmation { " (more than 10 %: saving needs confirmation)" } else { "" }
                    );
                }
                say!("days since last activity:");
                for (i, (from, to)) in kalm_domain::inactivity::BUCKETS.iter().enumerate() {
                    let range = to.map_or_else(|| format!("{from}+"), |to| format!("{from}-{}", to - 1));
                    say!(
                        "  {:<10} professionals {:>9}  clients {:>9}",
                        range,
                        preview.professionals.buckets[i],
                        preview.clients.buckets[i]
                    );
                }
            }
        }
    }
    Ok(())
}
