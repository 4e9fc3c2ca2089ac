//! Server-side sessions and one-time activation links.
//!
//! Only a SHA-256 of each token is stored: a copy of the database does not
//! let anyone sign in or activate an account.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::AccountId;
use kalm_domain::platforms::PlatformId;
use std::sync::LazyLock;

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::accounts::Account;

use crate::{StoreResult, instant, micros, uuid};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Account(AccountId),
    Operator(uuid::Uuid),
}

/// How far a session got: signed in, or past the password and waiting for
/// the second factor (a code, or setting two-factor up first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStage {
    Full,
    Code,
    SetUp,
}

impl SessionStage {
    fn code(self) -> &'static str {
        match self {
            SessionStage::Full => "full",
            SessionStage::Code => "code",
            SessionStage::SetUp => "setup",
        }
    }

    fn parse(code: &str) -> Option<SessionStage> {
        match code {
            "full" => Some(SessionStage::Full),
            "code" => Some(SessionStage::Code),
            "setup" => Some(SessionStage::SetUp),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Session {
    pub subject: Subject,
    pub stage: SessionStage,
    pub platform_id: Option<PlatformId>,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    /// When the person last confirmed their password in this session.
    pub confirmed_at: Option<DateTime<Utc>>,
}

pub async fn insert(
    conn: &mut AnyConnection,
    token_hash: &str,
    subject: Subject,
    platform: Option<PlatformId>,
    stage: SessionStage,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let (kind, id) = match subject {
        Subject::Account(a) => ("account", a.0),
        Subject::Operator(o) => ("operator", o),
    };
    sqlx::query(
        "INSERT INTO sessions (token_hash, subject_kind, subject_id, platform_id, created_at, last_seen_at, stage) \
         VALUES ($1, $2, $3, $4, $5, $5, $6)",
    )
    .bind(token_hash)
    .bind(kind)
    .bind(id.to_string())
    .bind(platform.map(|p| p.0.to_string()))
    .bind(micros(now))
    .bind(stage.code())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

const SESSION_COLUMNS: &str = "s.subject_kind, s.subject_id, s.platform_id AS session_platform_id, s.created_at AS \
                               session_created_at, s.last_seen_at, s.stage, s.confirmed_at";

pub async fn by_token_hash(conn: &mut AnyConnection, token_hash: &str) -> StoreResult<Option<Session>> {
    let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions s WHERE s.token_hash = $1");
    let row = sqlx::query(&sql).bind(token_hash).fetch_optional(&mut *conn).await?;
    match row {
        Some(row) => session_from_row(&row),
        None => Ok(None),
    }
}

/// What one statement tells about a visit: the session, its account and
/// the platform it belongs to (so a platform cached by host can be
/// confirmed without a statement of its own).
#[derive(Debug, Clone)]
pub struct SessionVisit {
    pub session: Session,
    pub account: Option<Account>,
    pub platform: Option<crate::platforms::Platform>,
}

/// The session by its token's digest, with its account and its platform,
/// in one statement.
pub async fn with_account(conn: &mut AnyConnection, token_hash: &str) -> StoreResult<Option<SessionVisit>> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT {SESSION_COLUMNS}, {}, {} FROM sessions s LEFT JOIN accounts a \
             ON s.subject_kind = 'account' AND a.id = s.subject_id \
             LEFT JOIN platforms p ON p.id = s.platform_id WHERE s.token_hash = $1",
            crate::accounts::columns_as_a(),
            crate::platforms::columns_as_p()
        )
    });
    let Some(row) = sqlx::query(&SQL).bind(token_hash).fetch_optional(&mut *conn).await? else {
        return Ok(None);
    };
    let Some(session) = session_from_row(&row)? else { return Ok(None) };
    let account = match row.try_get::<Option<String>, _>("id")? {
        Some(_) => Some(crate::accounts::from_row(&row)?),
        None => None,
    };
    let joined_id = format!("{}id", crate::platforms::JOINED);
    let platform = match row.try_get::<Option<String>, _>(joined_id.as_str())? {
        Some(_) => Some(crate::platforms::from_named_row(&row, crate::platforms::JOINED)?),
        None => None,
    };
    Ok(Some(SessionVisit { session, account, platform }))
}

fn session_from_row(row: &AnyRow) -> StoreResult<Option<Session>> {
    let id = uuid(&row.try_get::<String, _>("subject_id")?)?;
    let subject = if row.try_get::<String, _>("subject_kind")? == "operator" {
        Subject::Operator(id)
    } else {
        Subject::Account(AccountId(id))
    };
    // A stage this version does not know is no session at all.
    let Some(stage) = SessionStage::parse(&row.try_get::<String, _>("stage")?) else { return Ok(None) };
    Ok(Some(Session {
        subject,
        stage,
        platform_id: row
            .try_get::<Option<String>, _>("session_platform_id")?
            .map(|p| uuid(&p).map(PlatformId))
            .transpose()?,
        created_at: instant(row.try_get("session_created_at")?)?,
        last_seen_at: instant(row.try_get("last_seen_at")?)?,
        confirmed_at: row.try_get::<Option<i64>, _>("confirmed_at")?.map(instant).transpose()?,
    }))
}

/// Records that the person behind a session confirmed their password now.
pub async fn confirm(conn: &mut AnyConnection, token_hash: &str, now: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("UPDATE sessions SET confirmed_at = $1 WHERE token_hash = $2")
        .bind(micros(now))
        .bind(token_hash)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn touch(conn: &mut AnyConnection, token_hash: &str, now: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
        .bind(micros(now))
        .bind(token_hash)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Counts one second-step attempt on a waiting session; false when the
/// session is gone, not waiting, or has used its `limit` attempts. Done
/// before the code is checked, in the same transaction, so parallel guesses
/// on one login cannot exceed the limit.
pub async fn reserve_attempt(
    conn: &mut AnyConnection,
    token_hash: &str,
    stage: SessionStage,
    limit: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE sessions SET attempts = attempts + 1 WHERE token_hash = $1 AND stage = $2 AND attempts < $3",
    )
    .bind(token_hash)
    .bind(stage.code())
    .bind(limit)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Ends a session waiting at `stage`; false when it was not (any more), so
/// one waiting login can become at most one signed-in session.
pub async fn delete_waiting(conn: &mut AnyConnection, token_hash: &str, stage: SessionStage) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM sessions WHERE token_hash = $1 AND stage = $2")
        .bind(token_hash)
        .bind(stage.code())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn delete(conn: &mut AnyConnection, token_hash: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(&mut *conn).await?;
    Ok(())
}

/// Ends every session of one subject (deactivation, password change).
pub async fn delete_for_subject(conn: &mut AnyConnection, subject_id: uuid::Uuid) -> StoreResult<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE subject_id = $1")
        .bind(subject_id.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}

/// Removes sessions that can no longer be valid.
/// Ends every session of one subject except the one given (a password
/// change keeps the session it was made in).
pub async fn delete_others(
    conn: &mut AnyConnection,
    subject_id: uuid::Uuid,
    keep_token_hash: &str,
) -> StoreResult<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE subject_id = $1 AND token_hash <> $2")
        .bind(subject_id.to_string())
        .bind(keep_token_hash)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}

pub async fn delete_expired(
    conn: &mut AnyConnection,
    idle_before: DateTime<Utc>,
    created_before: DateTime<Utc>,
    pending_before: DateTime<Utc>,
) -> StoreResult<u64> {
    let done = sqlx::query(
        "DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2 OR (stage <> 'full' AND created_at < $3)",
    )
    .bind(micros(idle_before))
    .bind(micros(created_before))
    .bind(micros(pending_before))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

pub async fn count_for_subject(conn: &mut AnyConnection, subject_id: uuid::Uuid) -> StoreResult<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM sessions WHERE subject_id = $1")
        .bind(subject_id.to_string())
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get("n")?)
}

/// The two kinds of one-time link: both are stored as a token digest with
/// an expiry, work once, and a new one retires the account's earlier ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// Sets the first password of an invited account (7 days).
    Activation,
    /// Sets a new password after "forgot password" (1 hour).
    PasswordReset,
}

impl LinkKind {
    fn table(self) -> &'static str {
        match self {
            LinkKind::Activation => "activation_links",
            LinkKind::PasswordReset => "password_resets",
        }
    }
}

#[derive(Debug, Clone)]
pub struct OneTimeLink {
    pub account_id: AccountId,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

/// Stores a new link and retires the account's earlier ones of that kind,
/// so only the newest works.
pub async fn insert_link(
    conn: &mut AnyConnection,
    kind: LinkKind,
    token_hash: &str,
    account: AccountId,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> StoreResult<()> {
    let table = kind.table();
    let retire = format!("UPDATE {table} SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL");
    sqlx::query(&retire).bind(micros(now)).bind(account.0.to_string()).execute(&mut *conn).await?;
    let insert =
        format!("INSERT INTO {table} (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)");
    sqlx::query(&insert)
        .bind(token_hash)
        .bind(account.0.to_string())
        .bind(micros(now))
        .bind(micros(expires_at))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn link(conn: &mut AnyConnection, kind: LinkKind, token_hash: &str) -> StoreResult<Option<OneTimeLink>> {
    let sql = format!("SELECT account_id, expires_at, used_at FROM {} WHERE token_hash = $1", kind.table());
    let row = sqlx::query(&sql).bind(token_hash).fetch_optional(&mut *conn).await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(OneTimeLink {
        account_id: AccountId(uuid(&row.try_get::<String, _>("account_id")?)?),
        expires_at: instant(row.try_get("expires_at")?)?,
        used_at: row.try_get::<Option<i64>, _>("used_at")?.map(instant).transpose()?,
    }))
}

/// Marks a link used; false when it was used concurrently in the meantime.
pub async fn use_link(
    conn: &mut AnyConnection,
    kind: LinkKind,
    token_hash: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let sql = format!("UPDATE {} SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL", kind.table());
    let done = sqlx::query(&sql).bind(micros(now)).bind(token_hash).execute(&mut *conn).await?;
    Ok(done.rows_affected() == 1)
}

/// Retires every unused activation, reset and e-mail change link of an
/// account: after its address changed, links sent to the old one must not
/// work. Returns how many were retired.
pub async fn retire_links(conn: &mut AnyConnection, account: AccountId, now: DateTime<Utc>) -> StoreResult<u64> {
    let mut retired = 0;
    for table in ["activation_links", "password_resets", "email_changes"] {
        let sql = format!("UPDATE {table} SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL");
        retired +=
            sqlx::query(&sql).bind(micros(now)).bind(account.0.to_string()).execute(&mut *conn).await?.rows_affected();
    }
    Ok(retired)
}

/// An e-mail change waiting for its link.
#[derive(Debug, Clone)]
pub struct EmailChange {
    pub account_id: AccountId,
    pub new_email: String,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

/// Stores an e-mail change; earlier unused ones of the account are retired,
/// so only the newest link works.
pub async fn insert_email_change(
    conn: &mut AnyConnection,
    token_hash: &str,
    account: AccountId,
    new_email: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query("UPDATE email_changes SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL")
        .bind(micros(now))
        .bind(account.0.to_string())
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO email_changes (token_hash, account_id, new_email, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(account.0.to_string())
    .bind(new_email)
    .bind(micros(now))
    .bind(micros(expires_at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn email_change(conn: &mut AnyConnection, token_hash: &str) -> StoreResult<Option<EmailChange>> {
    let row = sqlx::query("SELECT account_id, new_email, expires_at, used_at FROM email_changes WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(EmailChange {
        account_id: AccountId(uuid(&row.try_get::<String, _>("account_id")?)?),
        new_email: row.try_get("new_email")?,
        expires_at: instant(row.try_get("expires_at")?)?,
        used_at: row.try_get::<Option<i64>, _>("used_at")?.map(instant).transpose()?,
    }))
}

/// Marks an e-mail change used; false when it was used (or retired)
/// concurrently in the meantime.
pub async fn use_email_change(conn: &mut AnyConnection, token_hash: &str, now: DateTime<Utc>) -> StoreResult<bool> {
    let done = sqlx::query("UPDATE email_changes SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
        .bind(micros(now))
        .bind(token_hash)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// When the account's newest reset link was made, if any.
pub async fn latest_password_reset(conn: &mut AnyConnection, account: AccountId) -> StoreResult<Option<DateTime<Utc>>> {
    let row = sqlx::query("SELECT MAX(created_at) AS latest FROM password_resets WHERE account_id = $1")
        .bind(account.0.to_string())
        .fetch_one(&mut *conn)
        .await?;
    row.try_get::<Option<i64>, _>("latest")?.map(instant).transpose()
}
