//! The audit log pages: an application manager sees their platform's log,
//! operators see everything; both filter by account, action and period.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, TimeZone as _, Utc};
use kalm_app::audit::{self};
use kalm_app::audit::{AuditEntry, AuditFilter};
use kalm_app::{Caller, accounts, platforms};
use kalm_domain::audit::AuditAction;
use kalm_domain::countries::TimeZone;
use kalm_domain::platforms::PlatformId;
use kalm_i18n::Tr;
use serde::Deserialize;

use super::{Choice, Chrome, to_login};
use crate::AppState;
use crate::error::{OrPage, PageError, render};
use crate::session::{AdminVisit, PlatformVisit};

pub struct AuditRow {
    pub at: String,
    pub who: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub source: String,
    pub detail: String,
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

fn rows(tr: &Tr, entries: &[AuditEntry]) -> Vec<AuditRow> {
    entries
        .iter()
        .map(|e| AuditRow {
            at: tr.datetime(&e.at),
            who: e.actor_label.clone().unwrap_or_else(|| tr.code("actor", &e.actor_kind)),
            action: tr.code("audit-action", e.action.code()),
            target: e.target_label.clone().unwrap_or_default(),
            outcome: tr.code("outcome", e.outcome.code()),
            source: e.source_addr.clone().unwrap_or_default(),
            detail: e.detail.clone().unwrap_or_default(),
        })
        .collect()
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

fn page(
    tr: &Tr,
    chrome: Chrome,
    show_platform_filter: bool,
    query: AuditQuery,
    entries: &[AuditEntry],
    error: Option<String>,
) -> Response {
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
        rows: rows(tr, shown),
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
    Ok(page(tr, Chrome::platform(&visit, "/audit"), false, query, &found, None))
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
    let (found, error) = match console_platform(&state, principal.caller(), &query).await {
        Ok(platform) => {
            let filter = filter_from(&state, platform, &query, tr.zone).await.or_page(tr)?;
            (entries(&state, principal.caller(), filter).await.or_page(tr)?, None)
        }
        Err(err) => (Vec::new(), Some(tr.error(err.code()))),
    };
    Ok(page(tr, Chrome::admin(&visit, "/audit"), true, query, &found, error))
}

/// The platform the console's filter names (by domain or id), if any.
async fn console_platform(
    state: &AppState,
    caller: &Caller,
    query: &AuditQuery,
) -> Result<Option<PlatformId>, kalm_app::AppError> {
    if query.platform.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(platforms::find(&state.kalm, caller, &query.platform).await?.id))
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
    let filter = filter_from(&state, platform, &query, tr.zone).await.or_page(tr)?;
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
