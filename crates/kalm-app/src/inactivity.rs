//! Automatic deactivation of inactive accounts: the sweep, its schedule and
//! the preview that shows what a setting would do before it is saved.
//!
//! The sweep works per platform, per account type and status, in batches of
//! a thousand accounts in (activity, id) order. Each batch is one
//! transaction holding the deactivations, the ended sessions, the audit
//! entries and the e-mails of exactly the accounts it changed, so a sweep
//! killed at any point leaves every account untouched or fully handled,
//! and a second sweep (another node, a restart) finds nothing to do twice.
//! The schedule claims each period in `job_runs`, so one node runs it; a
//! node that dies leaves a claim whose lease runs out, and the next tick of
//! any node finishes that period.

use chrono::{DateTime, Duration, Utc};
use kalm_domain::accounts::{AccountId, AccountStatus, AccountType, Role, Roles};
use kalm_domain::audit::{AuditAction, Outcome};
use kalm_domain::configurations::InactivityDeactivation;
use kalm_domain::emails::EmailKind;
use kalm_domain::inactivity::{self, BUCKETS, Thresholds};
use kalm_domain::permissions::{Action, Target};
use kalm_store::inactivity::{Candidate, Due, Keyset, SWEPT};
use serde::Serialize;
use serde_json::json;

use crate::audit::{Event, Who, authorize, write_many};
use crate::emails::{Extras, Recipient};
use crate::platforms::Platform;
use crate::{AppResult, Caller, Kalm};

/// The job's name in `job_runs` and its audit entries.
pub const JOB: &str = "inactivity sweep";
const BATCH: i64 = 1000;
/// Who gets the warning: it says to log in, which an invited account that
/// never set a password cannot do; such accounts only get the e-mail that
/// they were deactivated.
const WARNED: [AccountStatus; 1] = [AccountStatus::Active];
/// How long a claimed run may go without showing progress before another
/// node may take it over.
const LEASE: Duration = Duration::minutes(5);

/// What a sweep did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct SweepReport {
    pub platforms: u64,
    pub deactivated: u64,
    pub warned: u64,
    /// Last application managers left active.
    pub skipped: u64,
    /// Dry runs only: who would be deactivated, warned or kept.
    pub planned: Vec<Planned>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Planned {
    pub platform: String,
    pub email: String,
    pub account_type: &'static str,
    /// `deactivate`, `warn`, or `keep` for a last application manager.
    pub action: &'static str,
    pub last_active: DateTime<Utc>,
    pub deactivate_at: DateTime<Utc>,
}

/// A scheduled run's claim, extended after every batch.
struct Lease<'a> {
    node: &'a str,
    period: i64,
}

/// Runs the sweep over one platform or all, now. `progress` is called after
/// every batch with the totals so far.
pub async fn sweep(
    kalm: &Kalm,
    platform: Option<&Platform>,
    dry_run: bool,
    progress: &(dyn Fn(&SweepReport) + Send + Sync),
) -> AppResult<SweepReport> {
    sweep_with(kalm, platform, dry_run, progress, None).await
}

async fn sweep_with(
    kalm: &Kalm,
    platform: Option<&Platform>,
    dry_run: bool,
    progress: &(dyn Fn(&SweepReport) + Send + Sync),
    lease: Option<&Lease<'_>>,
) -> AppResult<SweepReport> {
    let platforms = platforms_to_sweep(kalm, platform).await?;
    let mut report = SweepReport::default();
    let mut failed = Vec::new();
    for platform in &platforms {
        report.platforms += 1;
        match sweep_platform(kalm, platform, dry_run, &mut report, progress, lease).await {
            Ok(()) => {}
            // One platform that fails (a damaged row, say) must not stop
            // deactivation everywhere: the others are swept, and the run
            // reports the failure at the end. A claim another node took
            // over ends the whole run.
            Err(err) if platforms.len() > 1 => {
                tracing::error!(platform = platform.domain.as_str(), error = %err, "inactivity sweep of a platform failed");
                failed.push(platform.domain.as_str().to_owned());
                let mut tx = kalm.store.begin().await?;
                keep_lease(kalm, &mut tx, lease).await?;
                tx.commit().await?;
            }
            Err(err) => return Err(err),
        }
    }
    if !failed.is_empty() {
        return Err(crate::AppError::Internal(format!("the inactivity sweep failed on {}", failed.join(", "))));
    }
    Ok(report)
}

/// The one platform asked for, or all of them.
async fn platforms_to_sweep(kalm: &Kalm, platform: Option<&Platform>) -> AppResult<Vec<Platform>> {
    Ok(match platform {
        Some(p) => vec![p.clone()],
        None => {
            let mut reader = kalm.store.read().await?;
            kalm_store::platforms::list(&mut reader).await?
        }
    })
}

async fn sweep_platform(
    kalm: &Kalm,
    platform: &Platform,
    dry_run: bool,
    report: &mut SweepReport,
    progress: &(dyn Fn(&SweepReport) + Send + Sync),
    lease: Option<&Lease<'_>>,
) -> AppResult<()> {
    let rule = crate::settings::current(kalm, platform).await?.inactivity_deactivation;
    for account_type in [AccountType::Professional, AccountType::Client] {
        let Some(limits) = inactivity::thresholds(&rule, account_type, kalm.clock.now()) else { continue };
        let job = TypeSweep { kalm, platform, account_type, rule, limits, dry_run };
        for status in SWEPT {
            job.deactivate_all(status, report, progress, lease).await?;
        }
        if rule.warning_days > 0 {
            for status in WARNED {
                job.warn_all(status, report, progress, lease).await?;
            }
        }
    }
    // The preview's per-day counts grow by a row per change; each sweep
    // folds them, whether or not the platform deactivates anyone.
    if !dry_run {
        fold_activity_counts(kalm, platform).await?;
    }
    Ok(())
}

/// How many accounts a sweep over one platform or all would deactivate,
/// warn or keep right now: the length of the command line's progress bar.
pub async fn due(kalm: &Kalm, platform: Option<&Platform>) -> AppResult<u64> {
    let mut total = 0;
    for platform in &platforms_to_sweep(kalm, platform).await? {
        let rule = crate::settings::current(kalm, platform).await?.inactivity_deactivation;
        let mut tx = kalm.store.begin().await?;
        for account_type in [AccountType::Professional, AccountType::Client] {
            let Some(limits) = inactivity::thresholds(&rule, account_type, kalm.clock.now()) else { continue };
            let deactivation = Due::Deactivation { before: limits.deactivate_before };
            let warning = Due::Warning { from: limits.deactivate_before, before: limits.warn_before };
            let dues = SWEPT.map(|s| (s, deactivation)).into_iter().chain(WARNED.map(|s| (s, warning)));
            for (status, due) in dues {
                let n = kalm_store::inactivity::count_due(&mut tx, platform.id, account_type, status, due).await?;
                total += u64::try_from(n).unwrap_or_default();
            }
        }
        tx.commit().await?;
    }
    Ok(total)
}

/// Folds the platform's per-day activity counts that the preview reads into
/// a row per day (PostgreSQL; nothing to do on SQLite). Each sweep does it;
/// it changes no count.
pub async fn fold_activity_counts(kalm: &Kalm, platform: &Platform) -> AppResult<()> {
    let mut tx = kalm.store.begin().await?;
    kalm_store::inactivity::fold_activity_days(&mut tx, kalm.store.backend(), platform.id).await?;
    tx.commit().await?;
    Ok(())
}

struct TypeSweep<'a> {
    kalm: &'a Kalm,
    platform: &'a Platform,
    account_type: AccountType,
    rule: InactivityDeactivation,
    limits: Thresholds,
    dry_run: bool,
}

impl TypeSweep<'_> {
    fn days(&self) -> i64 {
        i64::from(inactivity::days_for(&self.rule, self.account_type).unwrap_or_default())
    }

    fn deactivate_at(&self, candidate: &Candidate) -> DateTime<Utc> {
        candidate.last_active + Duration::days(self.days())
    }

    fn planned(&self, candidate: &Candidate, action: &'static str) -> Planned {
        Planned {
            platform: self.platform.domain.as_str().to_owned(),
            email: candidate.email.clone(),
            account_type: self.account_type.code(),
            action,
            last_active: candidate.last_active,
            deactivate_at: self.deactivate_at(candidate),
        }
    }

    async fn deactivate_all(
        &self,
        status: AccountStatus,
        report: &mut SweepReport,
        progress: &(dyn Fn(&SweepReport) + Send + Sync),
        lease: Option<&Lease<'_>>,
    ) -> AppResult<()> {
        if !self.dry_run {
            self.deactivate_in_bulk(status, report, progress, lease).await?;
        }
        self.deactivate_rest(status, report, progress, lease).await
    }

    /// Everyone due except application managers, in batches of the head of
    /// the range: what a batch changes leaves the range, so the next one
    /// starts at the new head without a keyset.
    async fn deactivate_in_bulk(
        &self,
        status: AccountStatus,
        report: &mut SweepReport,
        progress: &(dyn Fn(&SweepReport) + Send + Sync),
        lease: Option<&Lease<'_>>,
    ) -> AppResult<()> {
        let spared = if status == AccountStatus::Active && self.account_type == AccountType::Professional {
            Roles::of(&[Role::ApplicationManager])
        } else {
            Roles::NONE
        };
        let backend = self.kalm.store.backend();
        loop {
            let mut tx = self.kalm.store.begin().await?;
            let batch = kalm_store::inactivity::next_due(
                &mut tx,
                backend,
                self.platform.id,
                self.account_type,
                status,
                self.limits.deactivate_before,
                spared,
                BATCH,
            )
            .await?;
            if batch.candidates.is_empty() {
                tx.commit().await?;
                return Ok(());
            }
            // The entries and the e-mails are made here while the database
            // changes the accounts, then sealed while it writes the entries
            // (SQLite works on a thread of its own): the batch's
            // transaction is as short as the database's part of it.
            let changed: Vec<&Candidate> = batch.candidates.iter().collect();
            let (updated, entries) =
                tokio::join!(kalm_store::inactivity::deactivate_batch(&mut tx, backend, &batch, status), async {
                    crate::audit::entries(self.kalm, &Who::Job(JOB), self.deactivation_events(&changed))
                });
            updated?;
            self.record_deactivations(&mut tx, &changed, entries, lease).await?;
            tx.commit().await?;
            report.deactivated += changed.len() as u64;
            metrics::counter!("kalm_inactivity_deactivated_total").increment(changed.len() as u64);
            progress(report);
        }
    }

    /// What the bulk batches leave: application managers, one by one after
    /// checking that another active one remains (and, in a dry run, all).
    async fn deactivate_rest(
        &self,
        status: AccountStatus,
        report: &mut SweepReport,
        progress: &(dyn Fn(&SweepReport) + Send + Sync),
        lease: Option<&Lease<'_>>,
    ) -> AppResult<()> {
        let due = Due::Deactivation { before: self.limits.deactivate_before };
        let backend = self.kalm.store.backend();
        let mut after: Keyset = None;
        let mut kept: Vec<AccountId> = Vec::new();
        // A dry run keeps the last application manager as the sweep would.
        let mut managers_left: Option<i64> = None;
        loop {
            let mut tx = self.kalm.store.begin().await?;
            let batch = self.read_batch(&mut tx, status, due, &after, &kept).await?;
            let Some(last) = batch.last() else {
                tx.commit().await?;
                return Ok(());
            };
            // A dry run changes nothing, so it pages with the keyset; a real
            // batch's accounts leave the range, all but those it keeps.
            if self.dry_run {
                after = kalm_store::inactivity::keyset_of(last);
                for candidate in &batch {
                    let action = if is_active_manager(status, candidate) {
                        let left = match managers_left {
                            Some(left) => left,
                            None => kalm_store::accounts::count_active_managers(&mut tx, self.platform.id).await?,
                        };
                        managers_left = Some(left.saturating_sub(1).max(1));
                        if left > 1 { "deactivate" } else { "keep" }
                    } else {
                        "deactivate"
                    };
                    if action == "keep" {
                        report.skipped += 1;
                    } else {
                        report.deactivated += 1;
                    }
                    report.planned.push(self.planned(candidate, action));
                }
                tx.commit().await?;
                progress(report);
                continue;
            }
            // Application managers one by one, each after checking that
            // another active one remains; everyone else in one statement.
            let (managers, others): (Vec<&Candidate>, Vec<&Candidate>) =
                batch.iter().partition(|c| is_active_manager(status, c));
            let mut changed: Vec<&Candidate> = others;
            let ids: Vec<AccountId> = changed.iter().map(|c| c.id).collect();
            kalm_store::inactivity::deactivate(&mut tx, backend, &ids, status).await?;
            let mut skip_events = Vec::new();
            for manager in managers {
                if kalm_store::accounts::count_active_managers_locked(&mut tx, self.platform.id).await? > 1 {
                    kalm_store::inactivity::deactivate(&mut tx, backend, &[manager.id], status).await?;
                    changed.push(manager);
                } else {
                    report.skipped += 1;
                    kept.push(manager.id);
                    let now = self.kalm.clock.now();
                    if kalm_store::inactivity::mark_skipped(&mut tx, manager.id, now).await? {
                        skip_events.push(
                            Event::new(AuditAction::DeactivationSkipped, Some(self.platform.id))
                                .outcome(Outcome::Denied)
                                .target("account", manager.id.0, manager.email.as_str())
                                .detail(json!({
                                    "reason": "last_application_manager",
                                    "rule": self.rule_detail(manager),
                                })),
                        );
                    }
                }
            }
            let mut events = self.deactivation_events(&changed);
            events.extend(skip_events);
            let entries = crate::audit::entries(self.kalm, &Who::Job(JOB), events);
            self.record_deactivations(&mut tx, &changed, entries, lease).await?;
            tx.commit().await?;
            report.deactivated += changed.len() as u64;
            metrics::counter!("kalm_inactivity_deactivated_total").increment(changed.len() as u64);
            progress(report);
        }
    }

    /// The next batch of accounts of this type and status that are `due`.
    async fn read_batch(
        &self,
        tx: &mut kalm_store::AnyConnection,
        status: AccountStatus,
        due: Due,
        after: &Keyset,
        skipped: &[AccountId],
    ) -> AppResult<Vec<Candidate>> {
        let (platform, backend) = (self.platform.id, self.kalm.store.backend());
        Ok(kalm_store::inactivity::batch(tx, backend, platform, self.account_type, status, due, after, skipped, BATCH)
            .await?)
    }

    fn deactivation_events(&self, changed: &[&Candidate]) -> Vec<Event> {
        changed
            .iter()
            .map(|c| {
                Event::new(AuditAction::AccountDeactivated, Some(self.platform.id))
                    .target("account", c.id.0, c.email.as_str())
                    .detail(json!({ "rule": self.rule_detail(c) }))
            })
            .collect()
    }

    /// The rest of a deactivation batch's transaction: the accounts'
    /// sessions end, the audit entries are written and each account gets
    /// its e-mail, sealed here while the database writes the entries.
    async fn record_deactivations(
        &self,
        tx: &mut kalm_store::AnyConnection,
        changed: &[&Candidate],
        entries: Vec<kalm_store::audit::AuditEntry>,
        lease: Option<&Lease<'_>>,
    ) -> AppResult<()> {
        let done: Vec<AccountId> = changed.iter().map(|c| c.id).collect();
        let now = self.kalm.clock.now();
        let mails: Vec<(Recipient, Extras)> =
            changed.iter().map(|c| (recipient(c), Extras { date: Some(now), ..Extras::default() })).collect();
        let kind = EmailKind::AccountDeactivated;
        let backend = self.kalm.store.backend();
        let (written, messages) = tokio::join!(
            async {
                crate::audit::append_entries(self.kalm, tx, &entries).await?;
                kalm_store::inactivity::end_sessions(tx, backend, &done).await?;
                AppResult::Ok(())
            },
            async { crate::emails::prepare_many(self.kalm, self.platform, kind, mails) }
        );
        written?;
        crate::emails::enqueue_prepared(self.kalm, tx, self.platform, kind, &messages?).await?;
        keep_lease(self.kalm, tx, lease).await
    }

    async fn warn_all(
        &self,
        status: AccountStatus,
        report: &mut SweepReport,
        progress: &(dyn Fn(&SweepReport) + Send + Sync),
        lease: Option<&Lease<'_>>,
    ) -> AppResult<()> {
        let due = Due::Warning { from: self.limits.deactivate_before, before: self.limits.warn_before };
        let backend = self.kalm.store.backend();
        let mut after: Keyset = None;
        let link = format!("{}/login", self.kalm.urls.platform(&self.platform.domain));
        loop {
            let mut tx = self.kalm.store.begin().await?;
            let batch = self.read_batch(&mut tx, status, due, &after, &[]).await?;
            let Some(last) = batch.last() else {
                tx.commit().await?;
                return Ok(());
            };
            after = kalm_store::inactivity::keyset_of(last);
            if self.dry_run {
                report.planned.extend(batch.iter().map(|c| self.planned(c, "warn")));
                report.warned += batch.len() as u64;
                tx.commit().await?;
                progress(report);
                continue;
            }
            let ids: Vec<AccountId> = batch.iter().map(|c| c.id).collect();
            let now = self.kalm.clock.now();
            kalm_store::inactivity::mark_warned(&mut tx, backend, &ids, now).await?;
            let warned: Vec<&Candidate> = batch.iter().collect();
            let events = warned
                .iter()
                .map(|c| {
                    Event::new(AuditAction::InactivityWarningSent, Some(self.platform.id))
                        .target("account", c.id.0, c.email.as_str())
                        .detail(
                            json!({ "deactivate_at": self.deactivate_at(c).to_rfc3339(), "rule": self.rule_detail(c) }),
                        )
                })
                .collect();
            write_many(self.kalm, &mut tx, &Who::Job(JOB), events).await?;
            let mails = warned
                .iter()
                .map(|c| {
                    let extras =
                        Extras { date: Some(self.deactivate_at(c)), link: Some(link.clone()), ..Extras::default() };
                    (recipient(c), extras)
                })
                .collect();
            crate::emails::enqueue_many(self.kalm, &mut tx, self.platform, EmailKind::DeactivationWarning, mails)
                .await?;
            keep_lease(self.kalm, &mut tx, lease).await?;
            tx.commit().await?;
            report.warned += warned.len() as u64;
            progress(report);
        }
    }

    /// The rule that fired, for the audit log.
    fn rule_detail(&self, candidate: &Candidate) -> serde_json::Value {
        json!({
            "account_type": self.account_type.code(),
            "days": self.days(),
            "warning_days": self.rule.warning_days,
            "last_active": candidate.last_active.to_rfc3339(),
        })
    }
}

/// An active application manager: the sweep keeps the last one.
fn is_active_manager(status: AccountStatus, candidate: &Candidate) -> bool {
    status == AccountStatus::Active
        && candidate.account_type == AccountType::Professional
        && candidate.roles.contains(Role::ApplicationManager)
}

fn recipient(candidate: &Candidate) -> Recipient {
    Recipient {
        account: Some(candidate.id),
        address: candidate.email.clone(),
        first_name: candidate.first_name.clone(),
        last_name: candidate.last_name.clone(),
        language: candidate.language,
        // The sweep reads no personal time zone: its dates are days, shown
        // on the platform's clock.
        time_zone: None,
    }
}

async fn keep_lease(kalm: &Kalm, conn: &mut kalm_store::AnyConnection, lease: Option<&Lease<'_>>) -> AppResult<()> {
    if let Some(lease) = lease {
        let until = kalm.clock.now() + LEASE;
        if !kalm_store::inactivity::extend(conn, JOB, lease.period, lease.node, until).await? {
            return Err(crate::AppError::Internal("the sweep's claim was taken over by another node".into()));
        }
    }
    Ok(())
}

/// The scheduled sweep, called by every node on every tick: runs the
/// current period's sweep if nobody has, and finishes periods whose node
/// died. Returns the report when this node ran something.
pub async fn run_scheduled(kalm: &Kalm, node: &str, every: Duration) -> AppResult<Option<SweepReport>> {
    let now = kalm.clock.now();
    let seconds = every.num_seconds().max(60);
    let period = now.timestamp().div_euclid(seconds);
    let mut tx = kalm.store.begin().await?;
    let mut periods = kalm_store::inactivity::abandoned(&mut tx, JOB, period, now).await?;
    tx.commit().await?;
    periods.push(period);
    let mut ran = None;
    let mut failure = None;
    for period in periods {
        let mut tx = kalm.store.begin().await?;
        let claimed = kalm_store::inactivity::claim(&mut tx, JOB, period, node, now, now + LEASE).await?;
        tx.commit().await?;
        if !claimed {
            continue;
        }
        let lease = Lease { node, period };
        // A period that fails keeps its claim until the lease runs out, and
        // a later tick runs it again; the periods after it still run.
        let report = match sweep_with(kalm, None, false, &|_| {}, Some(&lease)).await {
            Ok(report) => report,
            Err(err) => {
                tracing::error!(period, error = %err, "inactivity sweep failed; it runs again once its claim runs out");
                failure.get_or_insert(err);
                continue;
            }
        };
        let mut tx = kalm.store.begin().await?;
        kalm_store::inactivity::finish(&mut tx, JOB, period, node, kalm.clock.now()).await?;
        tx.commit().await?;
        tracing::info!(
            period,
            deactivated = report.deactivated,
            warned = report.warned,
            skipped = report.skipped,
            "inactivity sweep done"
        );
        ran = Some(report);
    }
    match failure {
        Some(err) if ran.is_none() => Err(err),
        _ => Ok(ran),
    }
}

/// A proposed setting as typed (days per type; empty: off), checked by the
/// configuration's own parser so errors name the field and the range.
/// Warning days come from `base` unless given.
pub fn proposal(
    base: &InactivityDeactivation,
    professionals: Option<&str>,
    clients: Option<&str>,
    warning_days: Option<&str>,
) -> AppResult<InactivityDeactivation> {
    use kalm_domain::configurations::{ConfigurationKey, ConfigurationValue};
    let field = |typed: Option<&str>| match typed.map(str::trim).filter(|t| !t.is_empty()) {
        None => serde_json::Value::Null,
        Some(t) => t.parse::<i64>().map_or_else(|_| json!(t), |n| json!(n)),
    };
    let warning = match warning_days.map(str::trim).filter(|t| !t.is_empty()) {
        None => json!(base.warning_days),
        Some(t) => t.parse::<i64>().map_or_else(|_| json!(t), |n| json!(n)),
    };
    let value = json!({ "professionals": field(professionals), "clients": field(clients), "warning_days": warning });
    match ConfigurationValue::parse(ConfigurationKey::InactivityDeactivation, &value) {
        Ok(ConfigurationValue::InactivityDeactivation(rule)) => Ok(rule),
        Ok(_) => Err(crate::AppError::Internal("parsed the wrong configuration".into())),
        Err(err) => Err(crate::AppError::Configuration(err)),
    }
}

/// What a proposed setting would do on one account type.
#[derive(Debug, Clone, Serialize)]
pub struct TypePreview {
    pub account_type: &'static str,
    /// The proposed days; `None`: off.
    pub days: Option<u16>,
    /// Accounts the rule applies to (active or invited).
    pub accounts: i64,
    /// Deactivated at the next sweep.
    pub now: i64,
    /// Deactivated within the next 30 days, besides `now`.
    pub next_30_days: i64,
    /// Accounts per `kalm_domain::inactivity::BUCKETS` bucket of days since
    /// activity.
    pub buckets: Vec<i64>,
    /// Saving needs an explicit confirmation (more than 10 % at once).
    pub needs_confirmation: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub professionals: TypePreview,
    pub clients: TypePreview,
}

impl Preview {
    pub fn needs_confirmation(&self) -> bool {
        self.professionals.needs_confirmation || self.clients.needs_confirmation
    }
}

/// What `proposal` would do on `platform` now and in the next 30 days, and
/// how the platform's accounts spread over days since their last activity.
/// For the service desk and the platform's application managers.
/// Whether the caller may see what a setting would do on this platform:
/// asked before their input is looked at, so someone without the right
/// learns nothing from the errors.
pub async fn authorize_preview(kalm: &Kalm, caller: &Caller, platform: &Platform) -> AppResult<()> {
    authorize(kalm, caller, Action::ViewConfigurations, &Target::Platform(platform.id)).await
}

pub async fn preview(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    proposal: &InactivityDeactivation,
) -> AppResult<Preview> {
    authorize_preview(kalm, caller, platform).await?;
    let mut reader = kalm.store.read_snapshot().await?;
    let preview = preview_on(kalm, &mut reader, platform.id, proposal).await?;
    reader.commit().await?;
    Ok(preview)
}

/// `preview` on the caller's transaction, without a permission of its own:
/// for the configuration change that must see the counts it changes.
pub(crate) async fn preview_on(
    kalm: &Kalm,
    conn: &mut kalm_store::AnyConnection,
    platform: kalm_domain::platforms::PlatformId,
    proposal: &InactivityDeactivation,
) -> AppResult<Preview> {
    let now = kalm.clock.now();
    let types = [AccountType::Professional, AccountType::Client];
    // Edges: the start of each bucket (days ago, newest first), then each
    // type's limit now and in 30 days.
    let mut edges: Vec<DateTime<Utc>> =
        BUCKETS.iter().map(|(from, _)| now - Duration::days(*from) + Duration::microseconds(1)).collect();
    let limits: Vec<Option<(usize, usize)>> = types
        .iter()
        .map(|t| {
            let now_limit = inactivity::thresholds(proposal, *t, now)?.deactivate_before;
            let later = inactivity::thresholds(proposal, *t, now + Duration::days(30))?.deactivate_before;
            edges.extend([now_limit, later]);
            Some((edges.len() - 2, edges.len() - 1))
        })
        .collect();
    let counts = kalm_store::inactivity::counts_before(conn, kalm.store.backend(), platform, &types, &edges).await?;
    let preview_of = |i: usize| type_preview(proposal, types[i], &counts[i], limits[i], edges.len());
    let (professionals, clients) = (preview_of(0), preview_of(1));
    Ok(Preview { professionals, clients })
}

fn type_preview(
    proposal: &InactivityDeactivation,
    account_type: AccountType,
    counts: &[i64],
    limits: Option<(usize, usize)>,
    edges: usize,
) -> TypePreview {
    let accounts = counts[edges];
    // Accounts active before the start of bucket i and not before the start
    // of bucket i + 1 (the last bucket is open-ended).
    let buckets =
        (0..BUCKETS.len()).map(|i| counts[i] - if i + 1 < BUCKETS.len() { counts[i + 1] } else { 0 }).collect();
    let (deactivated_now, next_30_days) = match limits {
        Some((now_at, later_at)) => (counts[now_at], counts[later_at] - counts[now_at]),
        None => (0, 0),
    };
    TypePreview {
        account_type: account_type.code(),
        days: inactivity::days_for(proposal, account_type),
        accounts,
        now: deactivated_now,
        next_30_days,
        buckets,
        needs_confirmation: inactivity::needs_confirmation(deactivated_now, accounts),
    }
}
