//! Accounts, treatment relations and friend links.

use chrono::{DateTime, Utc};
use kalm_domain::accounts::{AccountId, AccountStatus, AccountType, EmailAddress, PersonName, Role, Roles};
use kalm_domain::countries::TimeZone;
use kalm_domain::languages::Language;
use kalm_domain::permissions::Visibility;
use kalm_domain::platforms::PlatformId;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::{StoreError, StoreResult, corrupt, instant, micros, uuid};

#[derive(Debug, Clone)]
pub struct Account {
    pub id: AccountId,
    pub platform_id: PlatformId,
    pub account_type: AccountType,
    pub roles: Roles,
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub email: EmailAddress,
    pub language: Language,
    /// The person's own time zone; none means the platform's.
    pub time_zone: Option<TimeZone>,
    pub status: AccountStatus,
    pub last_activity_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// An account with its stored password hash, for login only.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub account: Account,
    pub password_hash: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewAccount {
    pub id: AccountId,
    pub platform_id: PlatformId,
    pub account_type: AccountType,
    pub roles: Roles,
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub email: EmailAddress,
    pub language: Language,
    pub status: AccountStatus,
    pub password_hash: Option<String>,
}

pub(crate) const COLUMNS: &str = "id, platform_id, account_type, roles, first_name, last_name, email, language, status, \
                       last_activity_at, created_at, password_hash, time_zone";

/// `COLUMNS` qualified by the table alias `a`, for statements that join
/// accounts to another table; `from_row` reads them by the same names.
pub(crate) fn columns_as_a() -> String {
    COLUMNS.split(',').map(|c| format!("a.{}", c.trim())).collect::<Vec<_>>().join(", ")
}

pub(crate) fn from_row(row: &AnyRow) -> StoreResult<Account> {
    Ok(Account {
        id: AccountId(uuid(&row.try_get::<String, _>("id")?)?),
        platform_id: PlatformId(uuid(&row.try_get::<String, _>("platform_id")?)?),
        account_type: AccountType::parse(&row.try_get::<String, _>("account_type")?).map_err(corrupt)?,
        roles: Roles::from_bits(row.try_get("roles")?),
        first_name: PersonName::parse_first(&row.try_get::<String, _>("first_name")?).map_err(corrupt)?,
        last_name: PersonName::parse_last(&row.try_get::<String, _>("last_name")?).map_err(corrupt)?,
        email: EmailAddress::parse(&row.try_get::<String, _>("email")?).map_err(corrupt)?,
        language: Language::parse(&row.try_get::<String, _>("language")?).map_err(corrupt)?,
        time_zone: row
            .try_get::<Option<String>, _>("time_zone")?
            .map(|z| TimeZone::parse(&z))
            .transpose()
            .map_err(corrupt)?,
        status: AccountStatus::parse(&row.try_get::<String, _>("status")?).map_err(corrupt)?,
        last_activity_at: row.try_get::<Option<i64>, _>("last_activity_at")?.map(instant).transpose()?,
        created_at: instant(row.try_get("created_at")?)?,
    })
}

pub async fn insert(conn: &mut AnyConnection, account: &NewAccount, now: DateTime<Utc>) -> StoreResult<Account> {
    sqlx::query(
        "INSERT INTO accounts (id, platform_id, account_type, roles, first_name, last_name, email, email_folded, \
         language, status, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(account.id.0.to_string())
    .bind(account.platform_id.0.to_string())
    .bind(account.account_type.code())
    .bind(account.roles.bits())
    .bind(account.first_name.as_str())
    .bind(account.last_name.as_str())
    .bind(account.email.as_str())
    .bind(account.email.folded())
    .bind(account.language.code())
    .bind(account.status.code())
    .bind(account.password_hash.clone())
    .bind(micros(now))
    .execute(&mut *conn)
    .await
    .map_err(|e| StoreError::unique(e, "email"))?;
    by_id(conn, account.id).await?.ok_or_else(|| StoreError::Corrupt("inserted account vanished".into()))
}

pub async fn by_id(conn: &mut AnyConnection, id: AccountId) -> StoreResult<Option<Account>> {
    let sql = format!("SELECT {COLUMNS} FROM accounts WHERE id = $1");
    sqlx::query(&sql).bind(id.0.to_string()).fetch_optional(&mut *conn).await?.as_ref().map(from_row).transpose()
}

/// `by_id`, locking the row for the rest of the transaction on PostgreSQL
/// (SQLite's transactions hold the write lock already): a change reads the
/// account it changes so that no other change interleaves.
pub async fn by_id_for_update(
    conn: &mut AnyConnection,
    backend: crate::Backend,
    id: AccountId,
) -> StoreResult<Option<Account>> {
    let lock = match backend {
        crate::Backend::Postgres => " FOR UPDATE",
        crate::Backend::Sqlite => "",
    };
    let sql = format!("SELECT {COLUMNS} FROM accounts WHERE id = $1{lock}");
    sqlx::query(&sql).bind(id.0.to_string()).fetch_optional(&mut *conn).await?.as_ref().map(from_row).transpose()
}

pub async fn credentials_by_email(
    conn: &mut AnyConnection,
    platform: PlatformId,
    email: &EmailAddress,
) -> StoreResult<Option<Credentials>> {
    let sql = format!("SELECT {COLUMNS} FROM accounts WHERE platform_id = $1 AND email_folded = $2");
    let row = sqlx::query(&sql).bind(platform.0.to_string()).bind(email.folded()).fetch_optional(&mut *conn).await?;
    match row {
        None => Ok(None),
        Some(row) => Ok(Some(Credentials { account: from_row(&row)?, password_hash: row.try_get("password_hash")? })),
    }
}

pub async fn password_hash(conn: &mut AnyConnection, id: AccountId) -> StoreResult<Option<String>> {
    let row = sqlx::query("SELECT password_hash FROM accounts WHERE id = $1")
        .bind(id.0.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match row {
        Some(row) => row.try_get("password_hash")?,
        None => None,
    })
}

#[derive(Debug, Clone, Default)]
pub struct AccountFilter {
    /// Matches first name, surname or e-mail address, case-insensitively.
    pub search: Option<String>,
    pub account_type: Option<AccountType>,
    pub role: Option<Role>,
    pub status: Option<AccountStatus>,
    pub limit: i64,
    pub offset: i64,
}

fn next(sql: &mut String, clause: &str, value: String, texts: &mut Vec<String>) {
    texts.push(value);
    sql.push_str(&clause.replace("{}", &format!("${}", texts.len())));
}

/// Accounts of a platform that `visibility` lets the viewer see, filtered.
/// `viewer` is needed for `Visibility::TreatedClients`.
pub async fn list(
    conn: &mut AnyConnection,
    platform: PlatformId,
    visibility: Visibility,
    viewer: Option<AccountId>,
    filter: &AccountFilter,
) -> StoreResult<Vec<Account>> {
    let mut sql = format!("SELECT {COLUMNS} FROM accounts WHERE platform_id = $1");
    let mut texts: Vec<String> = vec![platform.0.to_string()];
    match visibility {
        Visibility::All => {}
        Visibility::StaffAndClients => sql.push_str(" AND account_type <> 'friend'"),
        Visibility::TreatedClients => {
            let viewer = viewer.map(|v| v.0.to_string()).unwrap_or_default();
            next(
                &mut sql,
                " AND account_type = 'client' AND id IN \
                  (SELECT client_id FROM treatment_relations WHERE professional_id = {})",
                viewer,
                &mut texts,
            );
        }
        Visibility::Nothing => return Ok(Vec::new()),
    }
    if let Some(search) = filter.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let pattern =
            format!("%{}%", search.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
        next(
            &mut sql,
            " AND (LOWER(first_name || ' ' || last_name) LIKE {0} ESCAPE '\\' OR email_folded LIKE {0} ESCAPE '\\')",
            pattern,
            &mut texts,
        );
        // `{0}` must become the same placeholder twice.
        let n = texts.len();
        sql = sql.replace("{0}", &format!("${n}"));
    }
    if let Some(t) = filter.account_type {
        next(&mut sql, " AND account_type = {}", t.code().to_owned(), &mut texts);
    }
    if let Some(s) = filter.status {
        next(&mut sql, " AND status = {}", s.code().to_owned(), &mut texts);
    }
    let mut role_bits = None;
    if let Some(role) = filter.role {
        sql.push_str(&format!(" AND account_type = 'professional' AND (roles & ${}) <> 0", texts.len() + 1));
        role_bits = Some(Roles::of(&[role]).bits());
    }
    let limit_at = texts.len() + usize::from(role_bits.is_some()) + 1;
    sql.push_str(&format!(
        " ORDER BY LOWER(last_name), LOWER(first_name), id LIMIT ${} OFFSET ${}",
        limit_at,
        limit_at + 1
    ));
    let mut query = sqlx::query(&sql);
    for text in &texts {
        query = query.bind(text.clone());
    }
    if let Some(bits) = role_bits {
        query = query.bind(bits);
    }
    query = query.bind(filter.limit.clamp(1, 1000)).bind(filter.offset.max(0));
    query.fetch_all(&mut *conn).await?.iter().map(from_row).collect()
}

pub async fn update_profile(
    conn: &mut AnyConnection,
    id: AccountId,
    first_name: &PersonName,
    last_name: &PersonName,
    email: &EmailAddress,
    language: Language,
) -> StoreResult<()> {
    sqlx::query(
        "UPDATE accounts SET first_name = $1, last_name = $2, email = $3, email_folded = $4, language = $5 WHERE id = $6",
    )
    .bind(first_name.as_str())
    .bind(last_name.as_str())
    .bind(email.as_str())
    .bind(email.folded())
    .bind(language.code())
    .bind(id.0.to_string())
    .execute(&mut *conn)
    .await
    .map_err(|e| StoreError::unique(e, "email"))?;
    Ok(())
}

/// The current names of the accounts among `ids`, on `platform` if given:
/// what the audit log shows instead of ids and old addresses.
pub async fn names(
    conn: &mut AnyConnection,
    platform: Option<PlatformId>,
    ids: &[uuid::Uuid],
) -> StoreResult<Vec<(uuid::Uuid, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 2)).collect();
    let sql = format!(
        "SELECT id, first_name, last_name FROM accounts WHERE ($1 = '' OR platform_id = $1) AND id IN ({})",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql).bind(platform.map(|p| p.0.to_string()).unwrap_or_default());
    for id in ids {
        query = query.bind(id.to_string());
    }
    query
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| {
            let id = uuid(&row.try_get::<String, _>("id")?)?;
            let first: String = row.try_get("first_name")?;
            let last: String = row.try_get("last_name")?;
            Ok((id, format!("{first} {last}")))
        })
        .collect()
}

/// A person's own time zone, or none to follow the platform's.
pub async fn set_time_zone(conn: &mut AnyConnection, id: AccountId, zone: Option<TimeZone>) -> StoreResult<()> {
    sqlx::query("UPDATE accounts SET time_zone = $1 WHERE id = $2")
        .bind(zone.map(|z| z.name().to_owned()))
        .bind(id.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_roles(conn: &mut AnyConnection, id: AccountId, roles: Roles) -> StoreResult<()> {
    sqlx::query("UPDATE accounts SET roles = $1 WHERE id = $2")
        .bind(roles.bits())
        .bind(id.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_status(conn: &mut AnyConnection, id: AccountId, status: AccountStatus) -> StoreResult<()> {
    sqlx::query("UPDATE accounts SET status = $1 WHERE id = $2")
        .bind(status.code())
        .bind(id.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Changes the status only if it still is `from`; false when another
/// transaction changed it first.
pub async fn change_status(
    conn: &mut AnyConnection,
    id: AccountId,
    from: AccountStatus,
    to: AccountStatus,
) -> StoreResult<bool> {
    let done = sqlx::query("UPDATE accounts SET status = $1 WHERE id = $2 AND status = $3")
        .bind(to.code())
        .bind(id.0.to_string())
        .bind(from.code())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_password_hash(conn: &mut AnyConnection, id: AccountId, hash: &str) -> StoreResult<()> {
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn touch_activity(conn: &mut AnyConnection, id: AccountId, now: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("UPDATE accounts SET last_activity_at = $1 WHERE id = $2")
        .bind(micros(now))
        .bind(id.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Active application managers of a platform, for a writer about to remove
/// one (deactivation, the sweep, a role change) and keep at least one. It
/// first locks the platform's row until the transaction ends (a no-op write
/// locks on both databases), so two writers cannot each remove one of the
/// last two.
pub async fn count_active_managers_locked(conn: &mut AnyConnection, platform: PlatformId) -> StoreResult<i64> {
    sqlx::query("UPDATE platforms SET name = name WHERE id = $1")
        .bind(platform.0.to_string())
        .execute(&mut *conn)
        .await?;
    count_active_managers(conn, platform).await
}

/// Active application managers of a platform, read only (a dry run).
pub async fn count_active_managers(conn: &mut AnyConnection, platform: PlatformId) -> StoreResult<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM accounts WHERE platform_id = $1 AND account_type = 'professional' \
         AND status = 'active' AND (roles & $2) <> 0",
    )
    .bind(platform.0.to_string())
    .bind(Roles::of(&[Role::ApplicationManager]).bits())
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("n")?)
}

pub async fn relate(
    conn: &mut AnyConnection,
    platform: PlatformId,
    client: AccountId,
    professional: AccountId,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    if is_related(conn, client, professional).await? {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO treatment_relations (client_id, professional_id, platform_id, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(client.0.to_string())
    .bind(professional.0.to_string())
    .bind(platform.0.to_string())
    .bind(micros(now))
    .execute(&mut *conn)
    .await
    .map_err(|e| StoreError::unique(e, "relation"))?;
    Ok(true)
}

pub async fn unrelate(conn: &mut AnyConnection, client: AccountId, professional: AccountId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM treatment_relations WHERE client_id = $1 AND professional_id = $2")
        .bind(client.0.to_string())
        .bind(professional.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn is_related(conn: &mut AnyConnection, client: AccountId, professional: AccountId) -> StoreResult<bool> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM treatment_relations WHERE client_id = $1 AND professional_id = $2")
            .bind(client.0.to_string())
            .bind(professional.0.to_string())
            .fetch_one(&mut *conn)
            .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// The professionals who treat a client.
pub async fn professionals_of(conn: &mut AnyConnection, client: AccountId) -> StoreResult<Vec<Account>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM accounts WHERE id IN (SELECT professional_id FROM treatment_relations WHERE client_id = $1) \
         ORDER BY LOWER(last_name), LOWER(first_name)"
    );
    sqlx::query(&sql).bind(client.0.to_string()).fetch_all(&mut *conn).await?.iter().map(from_row).collect()
}

/// The people an account is linked with, as its page and home page list
/// them.
#[derive(Debug, Clone, Default)]
pub struct Related {
    /// For a client: who treats them.
    pub professionals: Vec<Account>,
    /// For a professional: whom they treat.
    pub clients: Vec<Account>,
    /// For a client: their friends.
    pub friends: Vec<Account>,
    /// For a friend: the client who invited them.
    pub friend_of: Option<Account>,
}

/// Everyone `id` is linked with, in one statement.
pub async fn related(conn: &mut AnyConnection, id: AccountId) -> StoreResult<Related> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let a = columns_as_a();
        format!(
            "SELECT * FROM ( \
             SELECT 'professional' AS relation, {a} FROM treatment_relations r JOIN accounts a ON a.id = r.professional_id \
             WHERE r.client_id = $1 \
             UNION ALL SELECT 'client' AS relation, {a} FROM treatment_relations r JOIN accounts a ON a.id = r.client_id \
             WHERE r.professional_id = $1 \
             UNION ALL SELECT 'friend' AS relation, {a} FROM friend_links f JOIN accounts a ON a.id = f.friend_id \
             WHERE f.client_id = $1 \
             UNION ALL SELECT 'friend_of' AS relation, {a} FROM friend_links f JOIN accounts a ON a.id = f.client_id \
             WHERE f.friend_id = $1 \
             ) related ORDER BY LOWER(last_name), LOWER(first_name), id"
        )
    });
    let mut related = Related::default();
    for row in sqlx::query(&SQL).bind(id.0.to_string()).fetch_all(&mut *conn).await? {
        let account = from_row(&row)?;
        match row.try_get::<String, _>("relation")?.as_str() {
            "professional" => related.professionals.push(account),
            "client" => related.clients.push(account),
            "friend" => related.friends.push(account),
            _ => related.friend_of = Some(account),
        }
    }
    Ok(related)
}

/// The clients a professional treats.
pub async fn clients_of(conn: &mut AnyConnection, professional: AccountId) -> StoreResult<Vec<Account>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM accounts WHERE id IN (SELECT client_id FROM treatment_relations WHERE professional_id = $1) \
         ORDER BY LOWER(last_name), LOWER(first_name)"
    );
    sqlx::query(&sql).bind(professional.0.to_string()).fetch_all(&mut *conn).await?.iter().map(from_row).collect()
}

pub async fn link_friend(
    conn: &mut AnyConnection,
    friend: AccountId,
    client: AccountId,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query("INSERT INTO friend_links (friend_id, client_id, created_at) VALUES ($1, $2, $3)")
        .bind(friend.0.to_string())
        .bind(client.0.to_string())
        .bind(micros(now))
        .execute(&mut *conn)
        .await
        .map_err(|e| StoreError::unique(e, "friend link"))?;
    Ok(())
}

pub async fn client_of_friend(conn: &mut AnyConnection, friend: AccountId) -> StoreResult<Option<AccountId>> {
    let row = sqlx::query("SELECT client_id FROM friend_links WHERE friend_id = $1")
        .bind(friend.0.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    match row {
        Some(row) => Ok(Some(AccountId(uuid(&row.try_get::<String, _>("client_id")?)?))),
        None => Ok(None),
    }
}

pub async fn friends_of(conn: &mut AnyConnection, client: AccountId) -> StoreResult<Vec<Account>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM accounts WHERE id IN (SELECT friend_id FROM friend_links WHERE client_id = $1) \
         ORDER BY LOWER(last_name), LOWER(first_name)"
    );
    sqlx::query(&sql).bind(client.0.to_string()).fetch_all(&mut *conn).await?.iter().map(from_row).collect()
}

/// Ends a friend's link with their client; true when there was one.
pub async fn unlink_friend(conn: &mut AnyConnection, friend: AccountId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM friend_links WHERE friend_id = $1")
        .bind(friend.0.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() > 0)
}
