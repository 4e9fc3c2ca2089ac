//! The columns that hold values sealed with the installation's key, so that
//! after a key rotation every one of them can be sealed again with the new
//! key. A column added to this list is resealed; one forgotten here would
//! stop opening once the old key is dropped, which the rotation test
//! guards against by listing every `*_sealed` column of the schema.

use sqlx::{AnyConnection, Row};

use crate::StoreResult;

/// `(table, key column, sealed column)`.
pub const SEALED_COLUMNS: &[(&str, &str, &str)] = &[
    ("outbox", "id", "payload_sealed"),
    ("two_factor", "account_id", "totp_secret_sealed"),
    ("two_factor", "account_id", "phone_sealed"),
    ("two_factor_setups", "account_id", "totp_secret_sealed"),
    ("two_factor_setups", "account_id", "phone_sealed"),
    ("operator_two_factor", "operator_id", "totp_secret_sealed"),
    ("operator_two_factor_setups", "operator_id", "totp_secret_sealed"),
];

/// One page of `(key, sealed value)` of a sealed column, in key order after
/// `after`.
pub async fn page(
    conn: &mut AnyConnection,
    (table, key, column): (&str, &str, &str),
    after: &str,
    limit: i64,
) -> StoreResult<Vec<(String, String)>> {
    let sql = format!(
        "SELECT {key} AS k, {column} AS v FROM {table} WHERE {column} IS NOT NULL AND {key} > $1 ORDER BY {key} LIMIT $2"
    );
    let rows = sqlx::query(&sql).bind(after).bind(limit).fetch_all(&mut *conn).await?;
    rows.iter().map(|r| Ok((r.try_get("k")?, r.try_get("v")?))).collect()
}

/// Replaces one sealed value, if it is still the one read (a concurrent
/// change wins).
pub async fn replace(
    conn: &mut AnyConnection,
    (table, key, column): (&str, &str, &str),
    id: &str,
    old: &str,
    new: &str,
) -> StoreResult<bool> {
    let sql = format!("UPDATE {table} SET {column} = $1 WHERE {key} = $2 AND {column} = $3");
    let done = sqlx::query(&sql).bind(new).bind(id).bind(old).execute(&mut *conn).await?;
    Ok(done.rows_affected() == 1)
}
