//! Background work, behind one trait: e-mail delivery, the inactivity
//! sweep, removing expired sessions and summarising anonymous audit
//! entries.
//!
//! Every node runs every job; each job makes that safe itself (claims with
//! leases in the database), so nodes need not elect anyone. A job says how
//! often it runs and does one bounded run at a time; a run that stopped
//! with work left (a full batch) is followed by the next at once. The server
//! runs the jobs on timers (`spawn`); the test kit runs the same list until
//! there is nothing left to do (`run_until_idle`), so a test sees what a
//! server would have done by then without sleeping, and learns when a job
//! never settles.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use crate::emails::Delivery;
use crate::{AppError, AppResult, Kalm};

/// What one run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ran {
    /// Nothing was due.
    Idle,
    /// Did this much and found nothing more due.
    Done(usize),
    /// Did this much and stopped with more due (a full batch).
    More(usize),
}

impl Ran {
    fn amount(self) -> usize {
        match self {
            Ran::Idle => 0,
            Ran::Done(n) | Ran::More(n) => n,
        }
    }
}

pub type JobFuture<'a> = Pin<Box<dyn Future<Output = AppResult<Ran>> + Send + 'a>>;

/// One kind of background work.
pub trait Job: Send + Sync {
    /// A stable name, for logs.
    fn name(&self) -> &'static str;
    /// How often each node starts a run.
    fn every(&self) -> Duration;
    /// One bounded run.
    fn run_once<'a>(&'a self, kalm: &'a Kalm) -> JobFuture<'a>;
}

/// Delivers due e-mails (`emails::deliver_due`).
pub struct EmailDelivery(pub Delivery);

impl Job for EmailDelivery {
    fn name(&self) -> &'static str {
        "email_delivery"
    }
    fn every(&self) -> Duration {
        Duration::from_secs(5)
    }
    fn run_once<'a>(&'a self, kalm: &'a Kalm) -> JobFuture<'a> {
        Box::pin(async move {
            let round = crate::emails::deliver_due(kalm, &self.0).await?;
            Ok(match round.claimed {
                0 => Ran::Idle,
                n if n as i64 >= crate::emails::ROUND_SIZE => Ran::More(n),
                n => Ran::Done(n),
            })
        })
    }
}

/// Removes sessions past their lifetime.
pub struct SessionCleanUp;

impl Job for SessionCleanUp {
    fn name(&self) -> &'static str {
        "session_clean_up"
    }
    fn every(&self) -> Duration {
        Duration::from_secs(600)
    }
    fn run_once<'a>(&'a self, kalm: &'a Kalm) -> JobFuture<'a> {
        Box::pin(async move {
            Ok(match crate::auth::delete_expired_sessions(kalm).await? {
                0 => Ran::Idle,
                n => Ran::Done(usize::try_from(n).unwrap_or(usize::MAX)),
            })
        })
    }
}

/// Writes the summaries of anonymous audit budgets whose window ended.
pub struct AnonymousAuditSummaries;

impl Job for AnonymousAuditSummaries {
    fn name(&self) -> &'static str {
        "anonymous_audit_summaries"
    }
    fn every(&self) -> Duration {
        Duration::from_secs(600)
    }
    fn run_once<'a>(&'a self, kalm: &'a Kalm) -> JobFuture<'a> {
        Box::pin(async move {
            Ok(match crate::audit::summarise_ended_budgets(kalm).await? {
                0 => Ran::Idle,
                n => Ran::Done(n),
            })
        })
    }
}

/// The inactivity sweep, once per period across all nodes.
pub struct InactivitySweep {
    /// This node's name in the sweep's claims.
    pub node: String,
    pub period: chrono::Duration,
}

impl Job for InactivitySweep {
    fn name(&self) -> &'static str {
        "inactivity_sweep"
    }
    fn every(&self) -> Duration {
        Duration::from_secs(60)
    }
    fn run_once<'a>(&'a self, kalm: &'a Kalm) -> JobFuture<'a> {
        Box::pin(async move {
            Ok(match crate::inactivity::run_scheduled(kalm, &self.node, self.period).await? {
                None => Ran::Idle,
                Some(report) => Ran::Done(usize::try_from(report.deactivated + report.warned).unwrap_or(usize::MAX)),
            })
        })
    }
}

/// The jobs every node runs.
pub fn standard(delivery: Delivery, inactivity_period: chrono::Duration, node: String) -> Vec<Arc<dyn Job>> {
    vec![
        Arc::new(EmailDelivery(delivery)),
        Arc::new(InactivitySweep { node, period: inactivity_period }),
        Arc::new(SessionCleanUp),
        Arc::new(AnonymousAuditSummaries),
    ]
}

/// Runs each job on its own timer until the process ends.
pub fn spawn(kalm: &Kalm, jobs: &[Arc<dyn Job>]) {
    for job in jobs {
        let (kalm, job) = (kalm.clone(), job.clone());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(job.every());
            loop {
                tick.tick().await;
                loop {
                    match job.run_once(&kalm).await {
                        Ok(Ran::More(_)) => continue,
                        Ok(Ran::Idle) => break,
                        Ok(Ran::Done(n)) => {
                            tracing::debug!(job = job.name(), done = n, "job run");
                            break;
                        }
                        Err(err) => {
                            tracing::warn!(job = job.name(), error = %err, "job run failed; the next tick tries again");
                            break;
                        }
                    }
                }
            }
        });
    }
}

/// How many passes over all jobs `run_until_idle` allows before it calls a
/// job unsettled.
const MOST_PASSES: usize = 100;

/// Runs every job until a whole pass finds nothing to do; returns how much
/// each job did, by name. An error when a job fails, or keeps finding work
/// pass after pass (work it leaves behind or makes for itself).
pub async fn run_until_idle(kalm: &Kalm, jobs: &[Arc<dyn Job>]) -> AppResult<Vec<(&'static str, usize)>> {
    let mut done: Vec<(&'static str, usize)> = jobs.iter().map(|j| (j.name(), 0)).collect();
    for _ in 0..MOST_PASSES {
        let mut busy = false;
        for (job, total) in jobs.iter().zip(done.iter_mut()) {
            let ran = job.run_once(kalm).await?;
            busy |= ran != Ran::Idle;
            total.1 += ran.amount();
        }
        if !busy {
            return Ok(done);
        }
    }
    let names: Vec<&str> = jobs.iter().map(|j| j.name()).collect();
    Err(AppError::Internal(format!("jobs still busy after {MOST_PASSES} passes: {names:?}")))
}
