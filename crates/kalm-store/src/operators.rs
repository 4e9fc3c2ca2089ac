//! Service desk operators and their API tokens.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::EmailAddress;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use uuid::Uuid;

use crate::{StoreError, StoreResult, corrupt, instant, micros, uuid};

#[derive(Debug, Clone)]
pub struct Operator {
    pub id: Uuid,
    pub email: EmailAddress,
    pub created_at: DateTime<Utc>,
    /// A disabled operator cannot log in, and their sessions and tokens
    /// no longer work.
    pub disabled_at: Option<DateTime<Utc>>,
}

fn from_row(row: &AnyRow) -> StoreResult<Operator> {
    Ok(Operator {
        id: uuid(&row.try_get::<String, _>("id")?)?,
        email: EmailAddress::parse(&row.try_get::<String, _>("email")?).map_err(corrupt)?,
        created_at: instant(row.try_get("created_at")?)?,
        disabled_at: row.try_get::<Option<i64>, _>("disabled_at")?.map(instant).transpose()?,
    })
}

pub async fn insert(
    conn: &mut AnyConnection,
    id: Uuid,
    email: &EmailAddress,
    password_hash: &str,
    now: DateTime<Utc>,
) -> StoreResult<Operator> {
    sqlx::query(
        "INSERT INTO operators (id, email, email_folded, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id.to_string())
    .bind(email.as_str())
    .bind(email.folded())
    .bind(password_hash)
    .bind(micros(now))
    .execute(&mut *conn)
    .await
    .map_err(|e| StoreError::unique(e, "email"))?;
    Ok(Operator { id, email: email.clone(), created_at: instant(micros(now))?, disabled_at: None })
}

pub async fn by_id(conn: &mut AnyConnection, id: Uuid) -> StoreResult<Option<Operator>> {
    sqlx::query("SELECT id, email, created_at, disabled_at FROM operators WHERE id = $1")
        .bind(id.to_string())
        .fetch_optional(&mut *conn)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

pub async fn credentials_by_email(
    conn: &mut AnyConnection,
    email: &EmailAddress,
) -> StoreResult<Option<(Operator, String)>> {
    let row =
        sqlx::query("SELECT id, email, created_at, disabled_at, password_hash FROM operators WHERE email_folded = $1")
            .bind(email.folded())
            .fetch_optional(&mut *conn)
            .await?;
    match row {
        Some(row) => Ok(Some((from_row(&row)?, row.try_get("password_hash")?))),
        None => Ok(None),
    }
}

pub async fn list(conn: &mut AnyConnection) -> StoreResult<Vec<Operator>> {
    sqlx::query("SELECT id, email, created_at, disabled_at FROM operators ORDER BY email_folded")
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

pub async fn insert_token(
    conn: &mut AnyConnection,
    id: Uuid,
    operator: Uuid,
    name: &str,
    token_hash: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO operator_tokens (id, operator_id, name, token_hash, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.to_string())
    .bind(operator.to_string())
    .bind(name)
    .bind(token_hash)
    .bind(micros(now))
    .bind(micros(expires_at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A token that works: neither revoked nor expired, of an operator who is
/// not disabled.
#[derive(Debug, Clone)]
pub struct TokenUse {
    pub operator: Operator,
    pub token_id: Uuid,
    pub token_name: String,
    /// Whether this use is the first since the interval began, and so
    /// must be audited; already claimed for this use when true.
    pub audit: bool,
}

/// The token's operator, if the token works; records when it was last
/// used and claims the audit of this use when the last audited one is older
/// than `audit_before` (one claim wins however many uses arrive at once).
pub async fn use_token(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: DateTime<Utc>,
    audit_before: DateTime<Utc>,
) -> StoreResult<Option<TokenUse>> {
    let row = sqlx::query(
        "SELECT t.id, t.name, t.operator_id FROM operator_tokens t JOIN operators o ON o.id = t.operator_id \
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND o.disabled_at IS NULL",
    )
    .bind(token_hash)
    .bind(micros(now))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let token_id = uuid(&row.try_get::<String, _>("id")?)?;
    let token_name: String = row.try_get("name")?;
    let operator = uuid(&row.try_get::<String, _>("operator_id")?)?;
    let audit = sqlx::query(
        "UPDATE operator_tokens SET audited_at = $1, last_used_at = $1 \
         WHERE id = $2 AND (audited_at IS NULL OR audited_at <= $3)",
    )
    .bind(micros(now))
    .bind(token_id.to_string())
    .bind(micros(audit_before))
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if !audit {
        sqlx::query("UPDATE operator_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(micros(now))
            .bind(token_id.to_string())
            .execute(&mut *conn)
            .await?;
    }
    Ok(by_id(conn, operator).await?.map(|operator| TokenUse { operator, token_id, token_name, audit }))
}

/// An API token as listed (never the token itself).
#[derive(Debug, Clone, serde::Serialize)]
pub struct TokenInfo {
    pub id: Uuid,
    pub operator_email: String,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Tokens, newest first; of one operator when `operator` is given.
pub async fn tokens(conn: &mut AnyConnection, operator: Option<Uuid>) -> StoreResult<Vec<TokenInfo>> {
    let select = "SELECT t.id, o.email, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at \
                  FROM operator_tokens t JOIN operators o ON o.id = t.operator_id";
    let rows = match operator {
        Some(id) => {
            let sql = format!("{select} WHERE t.operator_id = $1 ORDER BY t.created_at DESC, t.id");
            sqlx::query(&sql).bind(id.to_string()).fetch_all(&mut *conn).await?
        }
        None => sqlx::query(&format!("{select} ORDER BY t.created_at DESC, t.id")).fetch_all(&mut *conn).await?,
    };
    rows.iter()
        .map(|row| {
            let at = |name: &str| -> StoreResult<Option<DateTime<Utc>>> {
                row.try_get::<Option<i64>, _>(name)?.map(instant).transpose()
            };
            Ok(TokenInfo {
                id: uuid(&row.try_get::<String, _>("id")?)?,
                operator_email: row.try_get("email")?,
                name: row.try_get("name")?,
                created_at: instant(row.try_get("created_at")?)?,
                expires_at: at("expires_at")?,
                last_used_at: at("last_used_at")?,
                revoked_at: at("revoked_at")?,
            })
        })
        .collect()
}

/// Revokes a token (a token revoked before keeps its first revocation
/// time); `None` when there is no such token.
/// The second value says whether this call revoked it.
pub async fn revoke_token(
    conn: &mut AnyConnection,
    id: Uuid,
    now: DateTime<Utc>,
) -> StoreResult<Option<(TokenInfo, bool)>> {
    let done = sqlx::query("UPDATE operator_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(micros(now))
        .bind(id.to_string())
        .execute(&mut *conn)
        .await?;
    let revoked_now = done.rows_affected() == 1;
    Ok(tokens(conn, None).await?.into_iter().find(|t| t.id == id).map(|t| (t, revoked_now)))
}

/// Disables (or enables again) an operator; false when nothing changed.
pub async fn set_disabled(conn: &mut AnyConnection, id: Uuid, at: Option<DateTime<Utc>>) -> StoreResult<bool> {
    let sql = if at.is_some() {
        "UPDATE operators SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NULL"
    } else {
        "UPDATE operators SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NOT NULL"
    };
    let done = sqlx::query(sql).bind(at.map(micros)).bind(id.to_string()).execute(&mut *conn).await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_password_hash(conn: &mut AnyConnection, id: Uuid, hash: &str) -> StoreResult<()> {
    sqlx::query("UPDATE operators SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}
