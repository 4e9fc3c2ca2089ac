//! The audit log pages: an application manager sees their platform's log,
//! operators see everything; both filter by account, action and period.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, TimeZone as _, Utc};
use kalm_app::audit::{self};
use kalm_app::audit::{AuditEntry, AuditFilter};
use kalm_app::platforms::Platform;
use kalm_app::{Caller, accounts, platforms};
use kalm_domain::audit::AuditAction;
use kalm_domain::configurations::{ConfigurationKey, ConfigurationValue};
use kalm_domain::countries::TimeZone;
use kalm_domain::platforms::PlatformId;
use kalm_i18n::Tr;
use serde::Deserialize;
use std::collections::HashMap;

use super::settings::{self, Fact};
use super::{Choice, Chrome, to_login};
use crate::AppState;
use crate::error::{OrPage, PageError, render};
use crate::session::{AdminVisit, PlatformVisit};

pub struct AuditRow {
    pub at: String,
    /// What happened, as a sentence with names.
    pub sentence: String,
    pub outcome: String,
    /// Refused or failed: the outcome is worth a look.
    pub failed: bool,
    pub details: Vec<Fact>,
}

#[derive(Template)]
#[template(path = "audit/log.html")]
struct AuditPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    show_platform_filter: bool,
    platform: String,
    account: String,
    action_options: Vec<Choice>,
    since: String,
    until: String,
    error: Option<String>,
    rows: Vec<AuditRow>,
    /// Links to the newer and the older page of entries, filters kept.
    newer: Option<String>,
    older: Option<String>,
    /// The download of what the filters select.
    csv: String,
}

/// Entries on one page of the log.
const PAGE_SIZE: usize = 50;

#[derive(Debug, Default, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    platform: String,
    #[serde(default)]
    account: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    since: String,
    #[serde(default)]
    until: String,
    /// The page of entries, 1 being the newest.
    #[serde(default)]
    page: Option<u32>,
}

impl AuditQuery {
    fn page(&self) -> u32 {
        self.page.unwrap_or(1).max(1)
    }

    /// This query on another page.
    fn on_page(&self, page: u32) -> String {
        self.at("/audit", Some(page))
    }

    /// This query as a download.
    fn as_csv(&self) -> String {
        self.at("/audit.csv", None)
    }

    fn at(&self, path: &str, page: Option<u32>) -> String {
        let pairs = [
            ("platform", self.platform.as_str()),
            ("account", self.account.as_str()),
            ("action", self.action.as_str()),
            ("since", self.since.as_str()),
            ("until", self.until.as_str()),
        ];
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
            query.append_pair(name, value);
        }
        if let Some(page) = page {
            query.append_pair("page", &page.to_string());
        }
        format!("{path}?{}", query.finish())
    }
}

/// Where a day typed in the filter begins on the reader's clock (a day in
/// Amsterdam starts at 23:00 UTC the evening before); `days_later` moves to
/// a later day's start, which keeps days of 23 or 25 hours whole.
fn day_start(text: &str, zone: TimeZone, days_later: u64) -> Option<chrono::DateTime<Utc>> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    let date = date.checked_add_days(chrono::Days::new(days_later))?;
    // The earliest instant: a zone may skip midnight when its clocks change.
    Some(zone.0.from_local_datetime(&date.and_hms_opt(0, 0, 0)?).earliest()?.with_timezone(&Utc))
}

/// Keys of entries' details that have a name in every language
/// (`audit-detail-<key>`); any other key is shown as it is stored.
pub const DETAIL_KEYS: [&str; 64] = [
    "account",
    "account_type",
    "action",
    "address",
    "clients",
    "codes_left",
    "configuration",
    "counted",
    "country",
    "days",
    "deactivate_at",
    "device",
    "domain",
    "email",
    "ends_at",
    "expires_at",
    "first_name",
    "for",
    "found",
    "friend_of",
    "from",
    "invitation_resent",
    "kind",
    "language",
    "last_active",
    "last_name",
    "links_retired",
    "method",
    "name",
    "new",
    "note",
    "offset",
    "old",
    "other_sessions_ended",
    "phone_ends_with",
    "previous_status",
    "professional",
    "professional_email",
    "professionals",
    "purpose",
    "reason",
    "roles",
    "rows",
    "rule",
    "search",
    "second_factor",
    "sessions_ended",
    "shown",
    "since",
    "status",
    "time_zone",
    "to",
    "token",
    "type",
    "until",
    "warning_days",
    "was_set_up",
    "contact_email",
    "revision",
    "version",
    "content",
    "care",
    "sha256",
    "size",
];

/// The entries as people read them: a sentence in the reader's language
/// with names instead of ids ("Sanne de Vries deactivated the account of
/// Daan Jansen"), and the details behind a disclosure. `platform`, when
/// the log is one platform's, lets configuration changes show as the
/// settings page shows them ("Professionals: optional → required").
fn rows(
    tr: &Tr,
    entries: &[AuditEntry],
    names: &HashMap<uuid::Uuid, String>,
    platform: Option<&Platform>,
) -> Vec<AuditRow> {
    entries
        .iter()
        .map(|e| {
            let detail: serde_json::Value =
                e.detail.as_deref().and_then(|d| serde_json::from_str(d).ok()).unwrap_or(serde_json::Value::Null);
            AuditRow {
                at: tr.datetime(&e.at),
                sentence: sentence(tr, e, names, &detail),
                outcome: tr.code("outcome", e.outcome.code()),
                failed: e.outcome != kalm_domain::audit::Outcome::Success,
                details: details(tr, e, names, &detail, platform),
            }
        })
        .collect()
}

fn name_of(names: &HashMap<uuid::Uuid, String>, kind: Option<&str>, id: Option<uuid::Uuid>) -> Option<String> {
    id.filter(|_| kind == Some("account")).and_then(|id| names.get(&id).cloned())
}

fn sentence(tr: &Tr, e: &AuditEntry, names: &HashMap<uuid::Uuid, String>, detail: &serde_json::Value) -> String {
    let who = name_of(names, Some(e.actor_kind.as_str()), e.actor_id)
        .or_else(|| e.actor_label.clone())
        .unwrap_or_else(|| tr.code("actor", &e.actor_kind));
    let target = name_of(names, e.target_kind.as_deref(), e.target_id)
        .or_else(|| e.target_label.clone())
        .unwrap_or_else(|| tr.t("audit-unknown"));
    let configuration = detail
        .get("configuration")
        .and_then(|c| c.as_str())
        .and_then(|c| ConfigurationKey::parse(c).ok())
        .map(|k| tr.code("config", k.code()))
        .unwrap_or_default();
    tr.args(
        &format!("audit-sentence-{}", e.action.code().replace('_', "-")),
        &[("who", who), ("target", target), ("configuration", configuration)],
    )
}

fn details(
    tr: &Tr,
    e: &AuditEntry,
    names: &HashMap<uuid::Uuid, String>,
    detail: &serde_json::Value,
    platform: Option<&Platform>,
) -> Vec<Fact> {
    let fact = |label: String, value: String| Fact { label, value };
    let mut facts = Vec::new();
    // The address an account had at the time, where the sentence gives its
    // current name.
    if let (Some(_), Some(label)) = (name_of(names, e.target_kind.as_deref(), e.target_id), &e.target_label) {
        facts.push(fact(tr.t("audit-target"), label.clone()));
    }
    if let (Some(_), Some(label)) = (name_of(names, Some(e.actor_kind.as_str()), e.actor_id), &e.actor_label) {
        facts.push(fact(tr.t("audit-who"), label.clone()));
    }
    if let Some(source) = &e.source_addr {
        facts.push(fact(tr.t("audit-source"), source.clone()));
    }
    let Some(object) = detail.as_object() else {
        if !detail.is_null() {
            facts.push(fact(tr.t("audit-detail"), value_text(tr, detail)));
        }
        return facts;
    };
    let changed_setting = configuration_change(tr, detail, platform);
    for (key, value) in object {
        if key == "configuration" || (changed_setting.is_some() && (key == "old" || key == "new")) {
            continue;
        }
        let label = detail_label(tr, key);
        facts.push(fact(label, value_text(tr, value)));
    }
    facts.extend(changed_setting.unwrap_or_default());
    facts
}

/// A configuration's old and new value as the settings page words them,
/// only the parts that changed.
fn configuration_change(tr: &Tr, detail: &serde_json::Value, platform: Option<&Platform>) -> Option<Vec<Fact>> {
    let platform = platform?;
    let key = ConfigurationKey::parse(detail.get("configuration")?.as_str()?).ok()?;
    let new = ConfigurationValue::parse(key, detail.get("new")?).ok()?;
    let old = detail.get("old").and_then(|old| ConfigurationValue::parse(key, old).ok());
    let new_facts = settings::facts(tr, &new, platform);
    let old_facts = old.map(|old| settings::facts(tr, &old, platform)).unwrap_or_default();
    Some(
        new_facts
            .into_iter()
            .filter_map(|after| {
                let before = old_facts.iter().find(|f| f.label == after.label).map(|f| f.value.clone());
                (before.as_deref() != Some(after.value.as_str())).then(|| Fact {
                    value: format!("{} → {}", before.unwrap_or_else(|| "—".into()), after.value),
                    label: after.label,
                })
            })
            .collect(),
    )
}

/// Stored JSON details as a line people read ("Note: order 1234"), for
/// ledgers that show them in a cell.
pub(super) fn detail_line(tr: &Tr, stored: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(stored) {
        Ok(serde_json::Value::Object(object)) => object
            .iter()
            .filter(|(_, value)| !value.is_null())
            .map(|(key, value)| {
                let label = detail_label(tr, key);
                format!("{label}: {}", value_text(tr, value))
            })
            .collect::<Vec<_>>()
            .join("; "),
        _ => stored.to_owned(),
    }
}

/// A detail's name in the reader's language, or as stored when it has none.
fn detail_label(tr: &Tr, key: &str) -> String {
    if DETAIL_KEYS.contains(&key) { tr.code("audit-detail", key) } else { key.to_owned() }
}

fn value_text(tr: &Tr, value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => "—".into(),
        Value::Bool(true) => tr.t("audit-yes"),
        Value::Bool(false) => tr.t("audit-no"),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        // Stored as [before, after] by every change.
        Value::Array(pair) if pair.len() == 2 => {
            format!("{} → {}", value_text(tr, &pair[0]), value_text(tr, &pair[1]))
        }
        Value::Array(items) => items.iter().map(|i| value_text(tr, i)).collect::<Vec<_>>().join(", "),
        Value::Object(_) => value.to_string(),
    }
}

async fn filter_from(
    state: &AppState,
    platform: Option<PlatformId>,
    query: &AuditQuery,
    zone: TimeZone,
) -> Result<AuditFilter, kalm_app::AppError> {
    let account = if query.account.trim().is_empty() {
        None
    } else if let Ok(id) = uuid::Uuid::parse_str(query.account.trim()) {
        Some(id)
    } else if let Some(platform) = platform {
        // An address that matches nobody must match no entry, not all.
        Some(accounts::id_by_email(&state.kalm, platform, &query.account).await?.map_or(uuid::Uuid::nil(), |a| a.0))
    } else {
        Some(uuid::Uuid::nil())
    };
    Ok(AuditFilter {
        platform,
        account,
        action: AuditAction::parse(&query.action),
        since: day_start(&query.since, zone, 0),
        until: day_start(&query.until, zone, 1),
        // One more than a page: whether it comes says if there is an older page.
        limit: i64::try_from(PAGE_SIZE + 1).unwrap_or(i64::MAX),
        offset: i64::from(query.page() - 1) * i64::try_from(PAGE_SIZE).unwrap_or(i64::MAX),
    })
}

/// The entries a page shows, with what it needs to word them.
struct Found<'a> {
    entries: &'a [AuditEntry],
    /// Current names by account id (`audit::names`).
    names: &'a HashMap<uuid::Uuid, String>,
    /// The platform the log is of, if it is one platform's.
    platform: Option<&'a Platform>,
}

fn page(
    tr: &Tr,
    chrome: Chrome,
    show_platform_filter: bool,
    query: AuditQuery,
    found: Found<'_>,
    error: Option<String>,
) -> Response {
    let Found { entries, names, platform } = found;
    let chosen = AuditAction::parse(&query.action);
    let mut action_options: Vec<Choice> = AuditAction::ALL
        .iter()
        .map(|a| Choice::new(a.code(), tr.code("audit-action", a.code()), chosen == Some(*a)))
        .collect();
    action_options.insert(0, Choice::new("", tr.t("filter-any"), chosen.is_none()));
    let current = query.page();
    let newer = (current > 1).then(|| query.on_page(current - 1));
    let older = (entries.len() > PAGE_SIZE).then(|| query.on_page(current + 1));
    let shown = &entries[..entries.len().min(PAGE_SIZE)];
    let csv = query.as_csv();
    render(&AuditPage {
        t: tr,
        chrome,
        show_platform_filter,
        platform: query.platform,
        account: query.account,
        action_options,
        since: query.since,
        until: query.until,
        error,
        rows: rows(tr, shown, names, platform),
        newer,
        older,
        csv,
    })
}

async fn entries(
    state: &AppState,
    caller: &Caller,
    filter: AuditFilter,
) -> Result<Vec<AuditEntry>, kalm_app::AppError> {
    audit::list(&state.kalm, caller, filter).await
}

pub async fn platform_log(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Query(query): Query<AuditQuery>,
) -> Result<Response, PageError> {
    let Some(principal) = &visit.principal else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let filter = filter_from(&state, Some(visit.platform.id), &query, tr.zone).await.or_page(tr)?;
    let found = entries(&state, principal.caller(), filter).await.or_page(tr)?;
    let names = audit::names(&state.kalm, principal.caller(), &found).await.or_page(tr)?;
    let found = Found { entries: &found, names: &names, platform: Some(&visit.platform) };
    Ok(page(tr, Chrome::platform(&visit, "/audit"), false, query, found, None))
}

pub async fn admin_log(
    State(state): State<AppState>,
    visit: AdminVisit,
    Query(query): Query<AuditQuery>,
) -> Result<Response, PageError> {
    let Some(principal) = &visit.principal else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let (found, platform, error) = match console_platform(&state, principal.caller(), &query).await {
        Ok(platform) => {
            let filter = filter_from(&state, platform.as_ref().map(|p| p.id), &query, tr.zone).await.or_page(tr)?;
            (entries(&state, principal.caller(), filter).await.or_page(tr)?, platform, None)
        }
        Err(err) => (Vec::new(), None, Some(tr.error(err.code()))),
    };
    let names = audit::names(&state.kalm, principal.caller(), &found).await.or_page(tr)?;
    let found = Found { entries: &found, names: &names, platform: platform.as_ref() };
    Ok(page(tr, Chrome::admin(&visit, "/audit"), true, query, found, error))
}

/// The platform the console's filter names (by domain or id), if any.
async fn console_platform(
    state: &AppState,
    caller: &Caller,
    query: &AuditQuery,
) -> Result<Option<Platform>, kalm_app::AppError> {
    if query.platform.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(platforms::find(&state.kalm, caller, &query.platform).await?))
}

/// The entries the filters select, as CSV (at most 10,000, newest first).
fn download(entries: &[AuditEntry]) -> Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (axum::http::header::CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\""),
        ],
        audit::csv(entries),
    )
        .into_response()
}

fn for_download(mut filter: AuditFilter) -> AuditFilter {
    filter.limit = 10_000;
    filter.offset = 0;
    filter
}

pub async fn platform_csv(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Query(query): Query<AuditQuery>,
) -> Result<Response, PageError> {
    let Some(principal) = &visit.principal else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let filter = filter_from(&state, Some(visit.platform.id), &query, tr.zone).await.or_page(tr)?;
    let found = audit::export(&state.kalm, principal.caller(), for_download(filter)).await.or_page(tr)?;
    Ok(download(&found))
}

pub async fn admin_csv(
    State(state): State<AppState>,
    visit: AdminVisit,
    Query(query): Query<AuditQuery>,
) -> Result<Response, PageError> {
    let Some(principal) = &visit.principal else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let platform = console_platform(&state, principal.caller(), &query).await.or_page(tr)?;
    let filter = filter_from(&state, platform.map(|p| p.id), &query, tr.zone).await.or_page(tr)?;
    let found = audit::export(&state.kalm, principal.caller(), for_download(filter)).await.or_page(tr)?;
    Ok(download(&found))
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/audit", axum::routing::get(platform_log))
        .route("/audit.csv", axum::routing::get(platform_csv))
}

/// This module's pages on the operator console's host.
pub(super) fn admin_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/audit", axum::routing::get(admin_log))
        .route("/audit.csv", axum::routing::get(admin_csv))
}
