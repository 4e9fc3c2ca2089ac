//! Schema migrations: one ordered list for both backends.
//!
//! Each migration is portable SQL, plus an optional statement per backend for
//! the few things the two dialects spell differently (triggers). Migrations
//! run in order, each in its own transaction, and are recorded in
//! `schema_migrations`. On PostgreSQL an advisory lock makes concurrent
//! starts of several nodes wait for one another instead of racing.

use sqlx::{AnyConnection, Connection, Row};

use crate::{Backend, StoreResult};

struct Migration {
    version: i64,
    name: &'static str,
    portable: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        portable: r#"
CREATE TABLE platforms (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    domain TEXT NOT NULL UNIQUE,
    default_language TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE operators (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    email_folded TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_activity_at BIGINT
);
CREATE TABLE operator_tokens (
    id TEXT PRIMARY KEY,
    operator_id TEXT NOT NULL REFERENCES operators(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    account_type TEXT NOT NULL,
    roles BIGINT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_folded TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    password_hash TEXT,
    last_activity_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (platform_id, email_folded)
);
CREATE INDEX accounts_by_platform ON accounts (platform_id, account_type, status);
CREATE TABLE treatment_relations (
    client_id TEXT NOT NULL REFERENCES accounts(id),
    professional_id TEXT NOT NULL REFERENCES accounts(id),
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (client_id, professional_id)
);
CREATE INDEX treatment_relations_by_professional ON treatment_relations (professional_id);
CREATE TABLE friend_links (
    friend_id TEXT PRIMARY KEY REFERENCES accounts(id),
    client_id TEXT NOT NULL REFERENCES accounts(id),
    created_at BIGINT NOT NULL
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    platform_id TEXT,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_subject ON sessions (subject_id);
CREATE TABLE activation_links (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX activation_links_by_account ON activation_links (account_id);
CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    blocked_until BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    platform_id TEXT,
    actor_kind TEXT NOT NULL,
    actor_id TEXT,
    actor_label TEXT,
    action TEXT NOT NULL,
    target_kind TEXT,
    target_id TEXT,
    target_label TEXT,
    source_addr TEXT,
    outcome TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX audit_log_by_platform ON audit_log (platform_id, at);
CREATE INDEX audit_log_by_time ON audit_log (at);
"#,
        sqlite: r#"
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"#,
        postgres: r#"
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END;
$body$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
"#,
    },
    Migration {
        version: 2,
        name: "configurations_and_charges",
        portable: r#"
ALTER TABLE platforms ADD COLUMN settings_version BIGINT NOT NULL DEFAULT 0;
CREATE TABLE platform_configurations (
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    config_key TEXT NOT NULL,
    available BIGINT NOT NULL,
    value TEXT,
    note TEXT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (platform_id, config_key)
);
CREATE TABLE charges (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    event TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT,
    actor_label TEXT
);
CREATE INDEX charges_by_platform ON charges (platform_id, at);
CREATE INDEX charges_by_time ON charges (at);
"#,
        sqlite: r#"
CREATE TRIGGER charges_no_update BEFORE UPDATE ON charges
BEGIN SELECT RAISE(ABORT, 'the charges ledger is append-only'); END;
CREATE TRIGGER charges_no_delete BEFORE DELETE ON charges
BEGIN SELECT RAISE(ABORT, 'the charges ledger is append-only'); END;
"#,
        postgres: r#"
CREATE FUNCTION charges_append_only() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN RAISE EXCEPTION 'the charges ledger is append-only'; END;
$body$;
CREATE TRIGGER charges_no_change BEFORE UPDATE OR DELETE ON charges
FOR EACH ROW EXECUTE FUNCTION charges_append_only();
"#,
    },
    Migration {
        version: 3,
        name: "outbox",
        portable: r#"
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    account_id TEXT,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    recipient TEXT NOT NULL,
    payload_sealed TEXT,
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    last_error TEXT,
    sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
"#,
        sqlite: "",
        postgres: "",
    },
    Migration {
        version: 4,
        name: "password_resets",
        portable: r#"
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX password_resets_by_account ON password_resets (account_id, created_at);
"#,
        sqlite: "",
        postgres: "",
    },
    Migration {
        version: 5,
        name: "two_factor",
        portable: r#"
CREATE TABLE two_factor (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    method TEXT NOT NULL,
    totp_secret_sealed TEXT,
    confirmed_at BIGINT,
    last_step BIGINT,
    created_at BIGINT NOT NULL
);
CREATE TABLE recovery_codes (
    code_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX recovery_codes_by_account ON recovery_codes (account_id);
"#,
        sqlite: "",
        postgres: "",
    },
    Migration {
        version: 6,
        name: "two_factor_login",
        portable: r#"
ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'full';
ALTER TABLE sessions ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE two_factor ADD COLUMN phone_sealed TEXT;
CREATE TABLE two_factor_setups (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    method TEXT NOT NULL,
    totp_secret_sealed TEXT,
    phone_sealed TEXT,
    created_at BIGINT NOT NULL
);
CREATE TABLE sms_codes (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    purpose TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX sms_codes_by_account ON sms_codes (account_id, created_at);
CREATE TABLE remembered_devices (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    token_hash TEXT NOT NULL UNIQUE,
    browser TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX remembered_devices_by_account ON remembered_devices (account_id);
CREATE TABLE two_factor_waivers (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    granted_by TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL
);
DELETE FROM two_factor WHERE confirmed_at IS NULL;
"#,
        sqlite: "",
        postgres: "",
    },
    Migration {
        version: 7,
        name: "inactivity",
        portable: r#"
ALTER TABLE accounts ADD COLUMN inactivity_warned_at BIGINT;
ALTER TABLE accounts ADD COLUMN inactivity_skipped_at BIGINT;
CREATE INDEX accounts_by_activity
    ON accounts (platform_id, account_type, status, (COALESCE(last_activity_at, created_at)), id);
CREATE TABLE job_runs (
    job TEXT NOT NULL,
    period BIGINT NOT NULL,
    claimed_by TEXT NOT NULL,
    claimed_until BIGINT NOT NULL,
    finished_at BIGINT,
    PRIMARY KEY (job, period)
);
"#,
        sqlite: "",
        postgres: "",
    },
    // `accounts_by_activity` starts with the same three columns, so it
    // answers every look-up the older index did; keeping both made each
    // status change (a sweep makes many) write two scattered index entries.
    Migration {
        version: 8,
        name: "one_accounts_index",
        portable: "DROP INDEX accounts_by_platform;",
        sqlite: "",
        postgres: "",
    },
    // The preview counts a platform's accounts by day of last activity. On
    // PostgreSQL that meant reading every row of the platform (about 230 ms
    // for a million accounts); these counts, kept by statement triggers, let
    // it read a few rows per day instead, and the index only for the part of
    // a day before each edge. Statement triggers see a whole batch at once,
    // so a sweep batch adds a few rows here, not one per account. The
    // triggers only ever add rows of changes (never update one), so writers
    // never wait for each other here; the sweep folds a platform's rows into
    // one per day (`kalm_store::inactivity::fold_activity_days`). SQLite
    // walks its index fast enough, and has no statement triggers.
    Migration {
        version: 9,
        name: "activity_days",
        portable: "",
        sqlite: "",
        postgres: r#"
CREATE TABLE activity_days (
    platform_id TEXT NOT NULL,
    account_type TEXT NOT NULL,
    day BIGINT NOT NULL,
    accounts BIGINT NOT NULL
);
CREATE INDEX activity_days_by_platform ON activity_days (platform_id, account_type, day);
INSERT INTO activity_days (platform_id, account_type, day, accounts)
SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000, COUNT(*)
FROM accounts WHERE status IN ('active', 'invited') GROUP BY 1, 2, 3;
CREATE FUNCTION count_activity_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO activity_days (platform_id, account_type, day, accounts)
        SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000, COUNT(*)
        FROM new_accounts WHERE status IN ('active', 'invited') GROUP BY 1, 2, 3;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO activity_days (platform_id, account_type, day, accounts)
        SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000, -COUNT(*)
        FROM old_accounts WHERE status IN ('active', 'invited') GROUP BY 1, 2, 3;
    ELSE
        -- Most updates (a name, a password, activity on the same day)
        -- cancel out and add nothing.
        INSERT INTO activity_days (platform_id, account_type, day, accounts)
        SELECT platform_id, account_type, day, SUM(change) FROM (
            SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000 AS day,
                1 AS change
            FROM new_accounts WHERE status IN ('active', 'invited')
            UNION ALL
            SELECT platform_id, account_type, COALESCE(last_activity_at, created_at) / 86400000000, -1
            FROM old_accounts WHERE status IN ('active', 'invited')
        ) AS changes GROUP BY 1, 2, 3 HAVING SUM(change) <> 0;
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION clear_activity_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM activity_days;
    RETURN NULL;
END
$$;
CREATE TRIGGER accounts_inserted AFTER INSERT ON accounts
    REFERENCING NEW TABLE AS new_accounts FOR EACH STATEMENT EXECUTE FUNCTION count_activity_days();
CREATE TRIGGER accounts_updated AFTER UPDATE ON accounts
    REFERENCING OLD TABLE AS old_accounts NEW TABLE AS new_accounts
    FOR EACH STATEMENT EXECUTE FUNCTION count_activity_days();
CREATE TRIGGER accounts_deleted AFTER DELETE ON accounts
    REFERENCING OLD TABLE AS old_accounts FOR EACH STATEMENT EXECUTE FUNCTION count_activity_days();
CREATE TRIGGER accounts_truncated AFTER TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION clear_activity_days();
"#,
    },
    // Row triggers do not fire on TRUNCATE, which would empty the audit log
    // or the charges ledger in one statement. SQLite has no TRUNCATE (its
    // `DELETE FROM` without WHERE runs the row triggers).
    Migration {
        version: 10,
        name: "append_only_truncate",
        portable: "",
        sqlite: "",
        postgres: r#"
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER charges_no_truncate BEFORE TRUNCATE ON charges
FOR EACH STATEMENT EXECUTE FUNCTION charges_append_only();
"#,
    },
    // Who holds an outbox message's lease: a worker renews its own claim
    // right before each send and records the outcome only while the claim is
    // still its own, so a lease that ran out mid-round cannot lead to a
    // second send.
    Migration {
        version: 11,
        name: "outbox_claims",
        portable: "ALTER TABLE outbox ADD COLUMN claimed_by TEXT;",
        sqlite: "",
        postgres: "",
    },
    // How much of its audit budget each anonymous source has used in the
    // current window (kalm_domain::audit::AnonymousBudget). Not part of the
    // log: rows change, and ended windows are removed once summarised.
    Migration {
        version: 12,
        name: "audit_budgets",
        portable: r#"
CREATE TABLE audit_budgets (
    budget_key TEXT PRIMARY KEY,
    platform_id TEXT,
    source_addr TEXT,
    window_start BIGINT,
    written BIGINT NOT NULL,
    suppressed TEXT NOT NULL
);
CREATE INDEX audit_budgets_by_window ON audit_budgets (window_start);
"#,
        sqlite: "",
        postgres: "",
    },
    // A session's last password confirmation (for changes a stolen session
    // must not make), and e-mail changes waiting for the new address to
    // confirm them.
    Migration {
        version: 13,
        name: "confirmations_and_email_changes",
        portable: r#"
ALTER TABLE sessions ADD COLUMN confirmed_at BIGINT;
CREATE TABLE email_changes (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    new_email TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX email_changes_by_account ON email_changes (account_id);
"#,
        sqlite: "",
        postgres: "",
    },
    // Operators can be disabled; API tokens expire, can be revoked, and
    // remember when their use was last audited. Tokens made before this
    // version never expired: they get 90 days from the upgrade, so scripts
    // keep working while their owners make new ones.
    Migration {
        version: 14,
        name: "operator_tokens_expire",
        portable: r#"
ALTER TABLE operators ADD COLUMN disabled_at BIGINT;
ALTER TABLE operator_tokens ADD COLUMN expires_at BIGINT;
ALTER TABLE operator_tokens ADD COLUMN revoked_at BIGINT;
ALTER TABLE operator_tokens ADD COLUMN audited_at BIGINT;
"#,
        sqlite: r#"
UPDATE operator_tokens SET expires_at = (CAST(strftime('%s', 'now') AS INTEGER) + 90 * 86400) * 1000000
WHERE expires_at IS NULL;
"#,
        postgres: r#"
UPDATE operator_tokens SET expires_at = (CAST(EXTRACT(EPOCH FROM now()) AS BIGINT) + 90 * 86400) * 1000000
WHERE expires_at IS NULL;
"#,
    },
    // Operators' second factor: an authenticator app only (the console has
    // no text-message provider of its own to rely on), kept apart from the
    // accounts' tables because an operator is no account and has no
    // platform. The secret is sealed like the accounts' ones; recovery
    // codes are digests.
    Migration {
        version: 15,
        name: "operator_two_factor",
        portable: r#"
CREATE TABLE operator_two_factor (
    operator_id TEXT PRIMARY KEY REFERENCES operators(id),
    totp_secret_sealed TEXT NOT NULL,
    last_step BIGINT,
    confirmed_at BIGINT NOT NULL
);
CREATE TABLE operator_two_factor_setups (
    operator_id TEXT PRIMARY KEY REFERENCES operators(id),
    totp_secret_sealed TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE operator_recovery_codes (
    code_hash TEXT PRIMARY KEY,
    operator_id TEXT NOT NULL REFERENCES operators(id),
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX operator_recovery_codes_by_operator ON operator_recovery_codes (operator_id);
"#,
        sqlite: "",
        postgres: "",
    },
];

/// The schema version this binary expects: the last migration's.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// The highest version applied to the database, `None` when it has no
/// migrations table at all (a new or wiped database).
pub async fn applied_version(conn: &mut AnyConnection) -> StoreResult<Option<i64>> {
    let found = sqlx::query("SELECT MAX(version) FROM schema_migrations").fetch_one(&mut *conn).await;
    match found {
        Ok(row) => Ok(row.try_get::<Option<i64>, _>(0)?),
        // A missing table is an answer, not an error: nothing is migrated.
        Err(sqlx::Error::Database(_)) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

/// Applies the migrations not yet applied; returns the names of those it ran.
pub async fn run(conn: &mut AnyConnection, backend: Backend) -> StoreResult<Vec<&'static str>> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_lock(7230517)").execute(&mut *conn).await?;
    }
    let result = run_locked(conn, backend).await;
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_unlock(7230517)").execute(&mut *conn).await?;
    }
    result
}

async fn run_locked(conn: &mut AnyConnection, backend: Backend) -> StoreResult<Vec<&'static str>> {
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .execute(&mut *conn)
    .await?;
    let applied: Vec<i64> = sqlx::query("SELECT version FROM schema_migrations")
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| row.try_get::<i64, _>(0))
        .collect::<Result<_, _>>()?;
    let mut ran = Vec::new();
    for migration in MIGRATIONS.iter().filter(|m| !applied.contains(&m.version)) {
        let mut tx = conn.begin().await?;
        if !migration.portable.trim().is_empty() {
            sqlx::raw_sql(migration.portable).execute(&mut *tx).await?;
        }
        let specific = match backend {
            Backend::Sqlite => migration.sqlite,
            Backend::Postgres => migration.postgres,
        };
        if !specific.trim().is_empty() {
            sqlx::raw_sql(specific).execute(&mut *tx).await?;
        }
        sqlx::query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
            .bind(migration.version)
            .bind(migration.name)
            .bind(chrono::Utc::now().timestamp_micros())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        tracing::info!(version = migration.version, name = migration.name, "migration applied");
        ran.push(migration.name);
    }
    Ok(ran)
}
