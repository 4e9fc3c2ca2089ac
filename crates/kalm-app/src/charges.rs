//! Charges: what the service desk bills a platform for (a paid
//! configuration made available, a content platform created), written in
//! the transaction of the change that causes them, each with its price from
//! the installation's price list at that moment; the ledger and its totals
//! per platform, which operators read and export.

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
    let price = kalm.prices.price(event, subject);
    let row = ChargeRow {
        id: kalm.new_ordered_id(),
        at: kalm.clock.now(),
        platform_id: platform,
        event: event.to_owned(),
        subject: subject.to_owned(),
        detail: Some(detail.to_string()),
        actor_label: Some(caller.label.clone()),
        amount_minor: price.as_ref().map(|p| p.minor),
        currency: price.map(|p| p.currency.as_str().to_owned()),
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
    until: Option<DateTime<Utc>>,
) -> AppResult<Vec<ChargeRow>> {
    authorize(kalm, caller, Action::ViewCharges, &Target::Installation).await?;
    let mut tx = kalm.store.begin().await?;
    let rows = kalm_store::charges::list(&mut tx, platform, since, until).await?;
    let who = crate::audit::Who::Caller(caller.clone());
    let event = crate::audit::Event::new(kalm_domain::audit::AuditAction::ChargesExported, platform).detail(
        serde_json::json!({
            "since": since.map(|s| s.to_rfc3339()),
            "until": until.map(|u| u.to_rfc3339()),
            "rows": rows.len(),
        }),
    );
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

/// What one platform was charged in a period, in one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformTotal {
    pub platform_id: PlatformId,
    /// `None` for the charges that had no price.
    pub currency: Option<String>,
    pub charges: usize,
    pub amount_minor: i64,
}

/// The rows' totals per platform and currency, in the order platforms first
/// appear; charges without a price are counted on a line of their own, so
/// that nothing billable hides in a total.
pub fn totals(rows: &[ChargeRow]) -> Vec<PlatformTotal> {
    let mut totals: Vec<PlatformTotal> = Vec::new();
    for row in rows {
        let currency = row.currency.clone().filter(|_| row.amount_minor.is_some());
        match totals.iter_mut().find(|t| t.platform_id == row.platform_id && t.currency == currency) {
            Some(total) => {
                total.charges += 1;
                total.amount_minor += row.amount_minor.unwrap_or(0);
            }
            None => totals.push(PlatformTotal {
                platform_id: row.platform_id,
                currency,
                charges: 1,
                amount_minor: row.amount_minor.unwrap_or(0),
            }),
        }
    }
    totals
}

/// The totals as CSV, one line per platform and currency.
pub fn totals_csv(totals: &[PlatformTotal], platforms: &[Platform]) -> String {
    let mut out = String::from("platform_id,platform_domain,platform_name,currency,charges,amount\r\n");
    for t in totals {
        let platform = platforms.iter().find(|p| p.id == t.platform_id);
        let cells = [
            t.platform_id.to_string(),
            platform.map(|p| p.domain.as_str().to_owned()).unwrap_or_default(),
            platform.map(|p| p.name.as_str().to_owned()).unwrap_or_default(),
            t.currency.clone().unwrap_or_default(),
            t.charges.to_string(),
            t.currency.as_ref().map(|_| kalm_domain::charges::decimal(t.amount_minor)).unwrap_or_default(),
        ];
        out.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

pub fn csv(rows: &[ChargeRow], platforms: &[Platform]) -> String {
    let field = csv_cell;
    let mut out =
        String::from("at,platform_id,platform_domain,platform_name,event,subject,amount,currency,actor,detail\r\n");
    for r in rows {
        let platform = platforms.iter().find(|p| p.id == r.platform_id);
        let cells = [
            r.at.to_rfc3339(),
            r.platform_id.to_string(),
            platform.map(|p| p.domain.as_str().to_owned()).unwrap_or_default(),
            platform.map(|p| p.name.as_str().to_owned()).unwrap_or_default(),
            r.event.clone(),
            r.subject.clone(),
            r.amount_minor.map(kalm_domain::charges::decimal).unwrap_or_default(),
            r.currency.clone().unwrap_or_default(),
            r.actor_label.clone().unwrap_or_default(),
            r.detail.clone().unwrap_or_default(),
        ];
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
