//! Charges: what the service desk bills a platform for (a paid
//! configuration made available, a content platform created), written in
//! the transaction of the change that causes them, and the ledger operators
//! export.

use chrono::{DateTime, Utc};
use kalm_domain::permissions::{Action, Target};
use kalm_domain::platforms::{PlatformId, PlatformKind};
use kalm_store::AnyConnection;
use kalm_store::charges::ChargeRow;
use serde_json::{Value, json};

use crate::audit::authorize;
use crate::platforms::Platform;
use crate::{AppResult, Caller, Kalm};

/// Appends a charge on the caller's transaction.
pub(crate) async fn record(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: PlatformId,
    event: &str,
    subject: &str,
    detail: Value,
    caller: &Caller,
) -> AppResult<()> {
    let row = ChargeRow {
        id: kalm.new_ordered_id(),
        at: kalm.clock.now(),
        platform_id: platform,
        event: event.to_owned(),
        subject: subject.to_owned(),
        detail: Some(detail.to_string()),
        actor_label: Some(caller.label.clone()),
    };
    kalm_store::charges::append(conn, &row).await?;
    Ok(())
}

/// Records the purchase of the CMS when a content platform is created.
pub(crate) async fn for_platform_creation(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: &Platform,
    caller: &Caller,
) -> AppResult<()> {
    if platform.kind == PlatformKind::Content {
        let detail = json!({ "name": platform.name.as_str(), "domain": platform.domain.as_str() });
        record(kalm, conn, platform.id, "platform_created", "content_platform", detail, caller).await?;
    }
    Ok(())
}

/// The charges ledger, oldest first. Operators only.
pub async fn list(
    kalm: &Kalm,
    caller: &Caller,
    platform: Option<PlatformId>,
    since: Option<DateTime<Utc>>,
) -> AppResult<Vec<ChargeRow>> {
    authorize(kalm, caller, Action::ViewCharges, &Target::Installation).await?;
    let mut tx = kalm.store.begin().await?;
    let rows = kalm_store::charges::list(&mut tx, platform, since).await?;
    let who = crate::audit::Who::Caller(caller.clone());
    let event = crate::audit::Event::new(kalm_domain::audit::AuditAction::ChargesExported, platform)
        .detail(serde_json::json!({ "since": since.map(|s| s.to_rfc3339()), "rows": rows.len() }));
    crate::audit::write(kalm, &mut tx, &who, event).await?;
    tx.commit().await?;
    Ok(rows)
}

/// The ledger as CSV (RFC 4180), for the account manager's spreadsheet.
/// One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a
/// line break. Shared by every CSV Kalm writes.
pub(crate) fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

pub fn csv(rows: &[ChargeRow], platforms: &[Platform]) -> String {
    let field = csv_cell;
    let mut out = String::from("at,platform_id,platform_domain,platform_name,event,subject,actor,detail\r\n");
    for r in rows {
        let platform = platforms.iter().find(|p| p.id == r.platform_id);
        let cells = [
            r.at.to_rfc3339(),
            r.platform_id.to_string(),
            platform.map(|p| p.domain.as_str().to_owned()).unwrap_or_default(),
            platform.map(|p| p.name.as_str().to_owned()).unwrap_or_default(),
            r.event.clone(),
            r.subject.clone(),
            r.actor_label.clone().unwrap_or_default(),
            r.detail.clone().unwrap_or_default(),
        ];
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
