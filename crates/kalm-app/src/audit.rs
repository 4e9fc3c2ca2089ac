//! Writing and reading the audit log.
//!
//! Use cases call `write` on the connection of their own transaction, so an
//! entry exists exactly when the change it describes does. Denials and failed
//! logins have no change to ride along with and get a transaction of their own.

use chrono::{DateTime, Utc};
use kalm_domain::audit::{ANONYMOUS_BUDGET, AuditAction, Outcome, Summary};
use kalm_domain::permissions::{Action, Actor, Denied, Target, decide};
use kalm_domain::platforms::PlatformId;
use kalm_store::AnyConnection;
pub use kalm_store::audit::{AuditEntry, AuditFilter};
use std::sync::{Arc, OnceLock};

use uuid::Uuid;

use crate::Entity;
use crate::secrets::Randomness;
use crate::{AppError, AppResult, Caller, Kalm};

/// Who did it, as the log records it.
#[derive(Debug, Clone)]
pub enum Who {
    Caller(Caller),
    /// Someone not signed in (a login attempt, an activation link).
    Anonymous {
        source: Option<String>,
    },
    /// The command line on the server itself.
    System,
    /// A scheduled job of the server (the inactivity sweep), by name.
    Job(&'static str),
}

impl Who {
    fn parts(&self) -> (&'static str, Option<Uuid>, Option<String>, Option<String>) {
        match self {
            Who::Caller(c) if c.actor == Actor::System => ("system", None, Some(c.label.clone()), None),
            Who::Caller(c) => (c.actor_kind(), Some(c.id), Some(c.label.clone()), c.source.clone()),
            Who::Anonymous { source } => ("anonymous", None, None, source.clone()),
            Who::System => ("system", None, Some("kalm cli".to_owned()), None),
            Who::Job(name) => ("system", None, Some((*name).to_owned()), None),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Event {
    pub action: AuditAction,
    pub outcome: Outcome,
    pub platform: Option<PlatformId>,
    pub target_kind: Option<&'static str>,
    pub target_id: Option<Uuid>,
    pub target_label: Option<String>,
    pub detail: Option<serde_json::Value>,
}

impl Event {
    pub fn new(action: AuditAction, platform: Option<PlatformId>) -> Event {
        Event {
            action,
            outcome: Outcome::Success,
            platform,
            target_kind: None,
            target_id: None,
            target_label: None,
            detail: None,
        }
    }

    pub fn outcome(mut self, outcome: Outcome) -> Event {
        self.outcome = outcome;
        self
    }

    pub fn target(mut self, kind: &'static str, id: Uuid, label: impl Into<String>) -> Event {
        self.target_kind = Some(kind);
        self.target_id = Some(id);
        self.target_label = Some(label.into());
        self
    }

    pub fn detail(mut self, detail: serde_json::Value) -> Event {
        self.detail = Some(detail);
        self
    }
}

/// Appends one entry. Entries by someone not signed in count against their
/// source's budget (`ANONYMOUS_BUDGET`): past it they are counted per action
/// and summarised in one entry once the window has ended.
pub async fn write(kalm: &Kalm, conn: &mut AnyConnection, who: &Who, event: Event) -> AppResult<()> {
    if let Who::Anonymous { source } = who {
        let now = kalm.clock.now();
        let key = budget_key(event.platform, source.as_deref());
        let budget = kalm_store::audit::budget_for_update(conn, &key, event.platform, source.as_deref()).await?;
        let admission = ANONYMOUS_BUDGET.admit(&budget.state, event.action, now);
        kalm_store::audit::put_budget(conn, &key, &admission.next).await?;
        if let Some(summary) = admission.summary {
            kalm_store::audit::append(conn, &entry(kalm, who, summary_event(event.platform, &summary))).await?;
        }
        if !admission.write {
            metrics::counter!("kalm_audit_anonymous_entries_counted_total").increment(1);
            return Ok(());
        }
    }
    kalm_store::audit::append(conn, &entry(kalm, who, event)).await?;
    Ok(())
}

/// Writes an anonymous entry outside the anonymous budget: for failures a
/// throttle already bounds (a wrong second-step code on a known account,
/// which the account's throttle allows five times before it blocks), so
/// they cannot flood the log, and each one is about a particular account
/// and must be there, not counted into a summary.
pub(crate) async fn write_bounded(kalm: &Kalm, conn: &mut AnyConnection, who: &Who, event: Event) -> AppResult<()> {
    kalm_store::audit::append(conn, &entry(kalm, who, event)).await?;
    Ok(())
}

/// Writes one entry that is a use case's only write (a look at a record, a
/// list) and returns once it is committed. Entries from requests arriving
/// together are committed together, in one transaction and one statement
/// (group commit): the audit log is the one write of every page that shows
/// someone's record, and a transaction per page made those pages queue for
/// the database's writer. If the entry cannot be written, the caller gets
/// an error and shows nothing. Anonymous entries go through the budget,
/// which needs its own transaction.
pub async fn record(kalm: &Kalm, who: &Who, event: Event) -> AppResult<()> {
    if let Who::Anonymous { .. } = who {
        let mut tx = kalm.store.begin().await?;
        write(kalm, &mut tx, who, event).await?;
        tx.commit().await?;
        return Ok(());
    }
    kalm.audit_group.commit(&kalm.store, entry(kalm, who, event)).await
}

/// An entry waiting for the next group commit, and who waits for it.
type Waiting = (AuditEntry, tokio::sync::oneshot::Sender<Result<(), String>>);

/// The most entries one group commit writes; more wait for the next.
const GROUP_LIMIT: usize = 512;

/// The queue of `record`'s entries and the task that commits them, started
/// with the first entry (inside the runtime that serves the requests).
#[derive(Clone, Default)]
pub(crate) struct GroupCommit {
    queue: Arc<OnceLock<tokio::sync::mpsc::Sender<Waiting>>>,
}

impl GroupCommit {
    async fn commit(&self, store: &kalm_store::Store, entry: AuditEntry) -> AppResult<()> {
        let queue = self.queue.get_or_init(|| {
            let (sender, receiver) = tokio::sync::mpsc::channel(4 * GROUP_LIMIT);
            tokio::spawn(commit_groups(store.clone(), receiver));
            sender
        });
        let (done, written) = tokio::sync::oneshot::channel();
        queue.send((entry, done)).await.map_err(|_| AppError::Internal("the audit writer has stopped".into()))?;
        match written.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(err)) => Err(AppError::Internal(format!("audit entry not written: {err}"))),
            Err(_) => Err(AppError::Internal("the audit writer has stopped".into())),
        }
    }
}

/// Takes whatever has queued up since the last commit (at least one entry)
/// and commits it in one transaction; everyone waiting learns the outcome.
async fn commit_groups(store: kalm_store::Store, mut queue: tokio::sync::mpsc::Receiver<Waiting>) {
    let mut group = Vec::with_capacity(GROUP_LIMIT);
    while queue.recv_many(&mut group, GROUP_LIMIT).await > 0 {
        let (entries, waiting): (Vec<AuditEntry>, Vec<_>) = group.drain(..).unzip();
        let outcome = async {
            let mut tx = store.begin().await?;
            kalm_store::audit::append_unrelated(&mut tx, store.backend(), &entries).await?;
            tx.commit().await?;
            Ok::<(), kalm_store::StoreError>(())
        }
        .await
        .map_err(|err| err.to_string());
        if let Err(err) = &outcome {
            tracing::error!(error = %err, entries = entries.len(), "audit entries not written");
        }
        for done in waiting {
            let _ = done.send(outcome.clone());
        }
    }
}

fn budget_key(platform: Option<PlatformId>, source: Option<&str>) -> String {
    let place = platform.map_or_else(|| "console".to_owned(), |p| p.to_string());
    format!("{place}:{}", source.unwrap_or("unknown"))
}

fn summary_event(platform: Option<PlatformId>, summary: &Summary) -> Event {
    Event::new(AuditAction::AnonymousEntriesSummarised, platform).outcome(Outcome::Denied).detail(serde_json::json!({
        "counted": summary.suppressed,
        "from": summary.from.to_rfc3339(),
        "to": summary.to.to_rfc3339(),
    }))
}

/// Writes the summaries of anonymous budgets whose window has ended and
/// removes those budgets; run periodically, so counts are not left waiting
/// for the source's next request. Returns how many summaries were written.
pub async fn summarise_ended_budgets(kalm: &Kalm) -> AppResult<usize> {
    let now = kalm.clock.now();
    let mut written = 0;
    loop {
        let mut tx = kalm.store.begin().await?;
        let ended = kalm_store::audit::ended_budgets(&mut tx, now - ANONYMOUS_BUDGET.window, 500).await?;
        let done = ended.len() < 500;
        for budget in ended {
            if let Some(summary) = ANONYMOUS_BUDGET.summary(&budget.state, now) {
                let who = Who::Anonymous { source: budget.source_addr.clone() };
                kalm_store::audit::append(&mut tx, &entry(kalm, &who, summary_event(budget.platform_id, &summary)))
                    .await?;
                written += 1;
            }
            kalm_store::audit::delete_budget(&mut tx, &budget.key).await?;
        }
        tx.commit().await?;
        if done {
            return Ok(written);
        }
    }
}

/// Many entries in one go, for jobs that change many accounts per batch.
pub async fn write_many(kalm: &Kalm, conn: &mut AnyConnection, who: &Who, events: Vec<Event>) -> AppResult<()> {
    append_entries(kalm, conn, &entries(kalm, who, events)).await
}

/// The entries `write_many` writes, made apart from the transaction so a
/// caller can make them while the database works on something else of it.
pub fn entries(kalm: &Kalm, who: &Who, events: Vec<Event>) -> Vec<AuditEntry> {
    // One instant for the whole batch: they happen in one transaction.
    let at = kalm.clock.now();
    let randomness = crate::secrets::Drawn::new(kalm.randomness.as_ref(), 10 * events.len());
    events.into_iter().map(|e| entry_at(kalm, who, e, at, &randomness)).collect()
}

/// Writes entries from `entries`.
pub async fn append_entries(kalm: &Kalm, conn: &mut AnyConnection, entries: &[AuditEntry]) -> AppResult<()> {
    kalm_store::audit::append_many(conn, kalm.store.backend(), entries).await?;
    Ok(())
}

fn entry(kalm: &Kalm, who: &Who, event: Event) -> AuditEntry {
    entry_at(kalm, who, event, kalm.clock.now(), kalm.randomness.as_ref())
}

fn entry_at(kalm: &Kalm, who: &Who, event: Event, at: DateTime<Utc>, randomness: &dyn Randomness) -> AuditEntry {
    let (actor_kind, actor_id, actor_label, source_addr) = who.parts();
    AuditEntry {
        id: kalm.new_ordered_id_from(randomness),
        at,
        platform_id: event.platform,
        actor_kind: actor_kind.to_owned(),
        actor_id,
        actor_label,
        action: event.action,
        target_kind: event.target_kind.map(str::to_owned),
        target_id: event.target_id,
        target_label: event.target_label,
        source_addr,
        outcome: event.outcome,
        detail: event.detail.map(|d| d.to_string()),
    }
}

/// Asks the permission function; a refusal is itself logged (in its own
/// transaction) and returned as `AppError::Denied`, or as `NotFound` when the
/// target is on another platform, so that nobody learns what exists there.
pub async fn authorize(kalm: &Kalm, caller: &Caller, action: Action, target: &Target) -> AppResult<()> {
    match decide(&caller.actor, action, target) {
        Ok(()) => Ok(()),
        Err(denied) => Err(refuse(kalm, caller, action, target, denied).await),
    }
}

/// Records a refusal the permission function gave and turns it into the
/// error the caller sees: another platform's account is not found, so that
/// a refusal does not tell whether it exists.
async fn refuse(kalm: &Kalm, caller: &Caller, action: Action, target: &Target, denied: Denied) -> AppError {
    let recorded = async {
        let mut tx = kalm.store.begin().await?;
        record_refusal_on(kalm, &mut tx, caller, action, target, &denied).await?;
        tx.commit().await?;
        Ok::<(), AppError>(())
    }
    .await;
    match recorded {
        Ok(()) => refusal_error(denied),
        Err(err) => err,
    }
}

/// `authorize` inside a use case's own transaction: the permission is
/// decided on rows the transaction has read (and holds), and a refusal is
/// recorded on the same transaction, which the caller then commits.
/// `Ok(Err(e))` is a refusal to commit and return; `Err` a failure.
pub async fn decide_on(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    caller: &Caller,
    action: Action,
    target: &Target,
) -> AppResult<Result<(), AppError>> {
    match decide(&caller.actor, action, target) {
        Ok(()) => Ok(Ok(())),
        Err(denied) => {
            record_refusal_on(kalm, conn, caller, action, target, &denied).await?;
            Ok(Err(refusal_error(denied)))
        }
    }
}

fn refusal_error(denied: Denied) -> AppError {
    match denied {
        Denied::OtherPlatform => AppError::NotFound(Entity::Account),
        other => AppError::Denied(other),
    }
}

async fn record_refusal_on(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    caller: &Caller,
    action: Action,
    target: &Target,
    denied: &Denied,
) -> AppResult<()> {
    let platform = match (target, &caller.actor) {
        (Target::Platform(p), _) => Some(*p),
        (Target::Account(a), _) => Some(a.platform),
        (Target::Installation, Actor::Account(me)) => Some(me.platform),
        (Target::Installation, Actor::Operator | Actor::System) => None,
    };
    let mut event = Event::new(AuditAction::AccessDenied, platform)
        .outcome(Outcome::Denied)
        .detail(serde_json::json!({ "action": format!("{action:?}"), "reason": denied.code() }));
    if let Target::Account(a) = target {
        event.target_kind = Some("account");
        event.target_id = Some(a.id.0);
    }
    write(kalm, conn, &Who::Caller(caller.clone()), event).await
}

/// The current names of the accounts that act or are acted on in `entries`,
/// by account id: the log reads "Sanne de Vries", not an id or an address
/// the person no longer has. An account sees only names on its own
/// platform, as it sees only that platform's entries.
pub async fn names(
    kalm: &Kalm,
    caller: &Caller,
    entries: &[AuditEntry],
) -> AppResult<std::collections::HashMap<Uuid, String>> {
    let platform = match caller.actor {
        Actor::Operator | Actor::System => None,
        Actor::Account(me) => Some(me.platform),
    };
    let mut ids: Vec<Uuid> = entries
        .iter()
        .flat_map(|e| {
            let actor = e.actor_id.filter(|_| e.actor_kind == "account");
            let target = e.target_id.filter(|_| e.target_kind.as_deref() == Some("account"));
            [actor, target]
        })
        .flatten()
        .collect();
    ids.sort();
    ids.dedup();
    let mut reader = kalm.store.read().await?;
    let mut names = std::collections::HashMap::new();
    for chunk in ids.chunks(200) {
        names.extend(kalm_store::accounts::names(&mut reader, platform, chunk).await?);
    }
    Ok(names)
}

/// The audit log as the caller may see it: operators everything (optionally
/// one platform), application managers their own platform.
pub async fn list(kalm: &Kalm, caller: &Caller, filter: AuditFilter) -> AppResult<Vec<AuditEntry>> {
    read(kalm, caller, filter, AuditAction::AuditLogViewed).await
}

/// The audit log for a download (`csv`), with the same permission and
/// filter as `list`; the export is itself logged, as an export.
pub async fn export(kalm: &Kalm, caller: &Caller, filter: AuditFilter) -> AppResult<Vec<AuditEntry>> {
    read(kalm, caller, filter, AuditAction::AuditLogExported).await
}

/// Entries as CSV, one row each, in the order given. A cell that a
/// spreadsheet would take for a formula (a name typed as `=1+1`) is
/// prefixed with `'`, so opening the file runs nothing.
pub fn csv(entries: &[AuditEntry]) -> String {
    let field = |s: &str| {
        if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            crate::charges::csv_cell(&format!("'{s}"))
        } else {
            crate::charges::csv_cell(s)
        }
    };
    let mut out = String::from("at,actor,action,target,outcome,source,detail\r\n");
    for e in entries {
        let cells = [
            e.at.to_rfc3339(),
            e.actor_label.clone().unwrap_or_else(|| e.actor_kind.clone()),
            e.action.code().to_owned(),
            e.target_label.clone().unwrap_or_default(),
            e.outcome.code().to_owned(),
            e.source_addr.clone().unwrap_or_default(),
            e.detail.clone().unwrap_or_default(),
        ];
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

async fn read(
    kalm: &Kalm,
    caller: &Caller,
    mut filter: AuditFilter,
    logged_as: AuditAction,
) -> AppResult<Vec<AuditEntry>> {
    match caller.actor {
        Actor::Operator | Actor::System => {}
        Actor::Account(me) => {
            authorize(kalm, caller, Action::ViewAuditLog, &Target::Platform(me.platform)).await?;
            filter.platform = Some(me.platform);
        }
    }
    let mut tx = kalm.store.begin().await?;
    let entries = kalm_store::audit::list(&mut tx, &filter).await?;
    // Reading the log is itself an access to what it says about people.
    let event = Event::new(logged_as, filter.platform).detail(read_detail(&filter, entries.len()));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(entries)
}

fn read_detail(filter: &AuditFilter, shown: usize) -> serde_json::Value {
    serde_json::json!({
        "account": filter.account.map(|a| a.to_string()),
        "action": filter.action.map(|a| a.code()),
        "since": filter.since.map(|s| s.to_rfc3339()),
        "offset": filter.offset,
        "shown": shown,
    })
}

/// The audit log exported on the server's command line, which has no
/// caller (whoever runs it already holds the database); the export is
/// logged.
pub async fn export_on_server(kalm: &Kalm, filter: &AuditFilter) -> AppResult<Vec<AuditEntry>> {
    let mut tx = kalm.store.begin().await?;
    let entries = kalm_store::audit::list(&mut tx, filter).await?;
    let event = Event::new(AuditAction::AuditLogExported, filter.platform).detail(read_detail(filter, entries.len()));
    write(kalm, &mut tx, &Who::System, event).await?;
    tx.commit().await?;
    Ok(entries)
}

/// The audit log as stored, for tests and checks on the server; not logged
/// (use `export_on_server` for anything a person reads).
pub async fn list_on_server(kalm: &Kalm, filter: &AuditFilter) -> AppResult<Vec<AuditEntry>> {
    let mut tx = kalm.store.begin().await?;
    let entries = kalm_store::audit::list(&mut tx, filter).await?;
    tx.commit().await?;
    Ok(entries)
}
