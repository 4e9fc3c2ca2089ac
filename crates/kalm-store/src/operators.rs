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
}

fn from_row(row: &AnyRow) -> StoreResult<Operator> {
    Ok(Operator {
        id: uuid(&row.try_get::<String, _>("id")?)?,
        email: EmailAddress::parse(&row.try_get::<String, _>("email")?).map_err(corrupt)?,
        created_at: instant(row.try_get("created_at")?)?,
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
    Ok(Operator { id, email: email.clone(), created_at: instant(micros(now))? })
}

pub async fn by_id(conn: &mut AnyConnection, id: Uuid) -> StoreResult<Option<Operator>> {
    sqlx::query("SELECT id, email, created_at FROM operators WHERE id = $1")
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
    let row = sqlx::query("SELECT id, email, created_at, password_hash FROM operators WHERE email_folded = $1")
        .bind(email.folded())
        .fetch_optional(&mut *conn)
        .await?;
    match row {
        Some(row) => Ok(Some((from_row(&row)?, row.try_get("password_hash")?))),
        None => Ok(None),
    }
}

pub async fn list(conn: &mut AnyConnection) -> StoreResult<Vec<Operator>> {
    sqlx::query("SELECT id, email, created_at FROM operators ORDER BY email_folded")
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
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO operator_tokens (id, operator_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id.to_string())
    .bind(operator.to_string())
    .bind(name)
    .bind(token_hash)
    .bind(micros(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The operator a token belongs to; records when it was last used.
pub async fn by_token_hash(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: DateTime<Utc>,
) -> StoreResult<Option<Operator>> {
    let row = sqlx::query("SELECT operator_id FROM operator_tokens WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let operator = uuid(&row.try_get::<String, _>("operator_id")?)?;
    sqlx::query("UPDATE operator_tokens SET last_used_at = $1 WHERE token_hash = $2")
        .bind(micros(now))
        .bind(token_hash)
        .execute(&mut *conn)
        .await?;
    by_id(conn, operator).await
}
