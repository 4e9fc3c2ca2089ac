//! Schema migrations: ordered SQL files, one list for both backends.
//!
//! Each migration is a file under `crates/kalm-store/migrations/`, embedded
//! in the binary at compile time: `NNNN_name.sql` when SQLite and
//! PostgreSQL run the same SQL, or `NNNN_name.sqlite.sql` and
//! `NNNN_name.postgres.sql` when the dialects differ (triggers, the current
//! time), each file then the whole migration for its backend. A backend
//! with nothing to run for a migration has no file for it (never an empty
//! one); the migration is still recorded, so both backends count versions
//! alike. docs/migrations.md has the rules for adding one.
//!
//! Migrations run in order, each in its own transaction, and are recorded
//! in `schema_migrations` with a SHA-256 of the SQL that ran. An applied
//! migration must never change: the database already holds what its old
//! text did, so an edit would only take effect on new installations and
//! the two would drift apart silently. Every run (and the server's
//! readiness check) therefore compares the recorded checksums with the
//! files in the binary and refuses on a difference, naming the migration.
//! Rows recorded before checksums were kept get theirs on the next run:
//! those databases were migrated by binaries shipping the same files, and
//! refusing them would break every existing installation's upgrade.
//!
//! On PostgreSQL an advisory lock makes concurrent starts of several nodes
//! wait for one another instead of racing.

use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Connection, Row};

use crate::{Backend, StoreError, StoreResult};

struct Migration {
    version: i64,
    name: &'static str,
    sql: Sql,
}

/// The SQL of one migration.
enum Sql {
    /// `NNNN_name.sql`: both backends run it.
    Both(&'static str),
    /// `NNNN_name.sqlite.sql` and `NNNN_name.postgres.sql`; `None` where a
    /// backend has no file, and so nothing to run.
    PerBackend { sqlite: Option<&'static str>, postgres: Option<&'static str> },
}

impl Migration {
    /// The SQL this migration runs on `backend` (empty when none).
    fn sql(&self, backend: Backend) -> &'static str {
        match (&self.sql, backend) {
            (Sql::Both(sql), _) => sql,
            (Sql::PerBackend { sqlite, .. }, Backend::Sqlite) => sqlite.unwrap_or(""),
            (Sql::PerBackend { postgres, .. }, Backend::Postgres) => postgres.unwrap_or(""),
        }
    }

    /// How errors and logs name it: like its file, `0003_outbox`.
    fn label(&self) -> String {
        format!("{:04}_{}", self.version, self.name)
    }
}

/// A file of `migrations/`, embedded at compile time.
macro_rules! sql_file {
    ($file:literal) => {
        include_str!(concat!("../migrations/", $file))
    };
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sql: Sql::PerBackend {
            sqlite: Some(sql_file!("0001_foundation.sqlite.sql")),
            postgres: Some(sql_file!("0001_foundation.postgres.sql")),
        },
    },
    Migration {
        version: 2,
        name: "configurations_and_charges",
        sql: Sql::PerBackend {
            sqlite: Some(sql_file!("0002_configurations_and_charges.sqlite.sql")),
            postgres: Some(sql_file!("0002_configurations_and_charges.postgres.sql")),
        },
    },
    Migration { version: 3, name: "outbox", sql: Sql::Both(sql_file!("0003_outbox.sql")) },
    Migration { version: 4, name: "password_resets", sql: Sql::Both(sql_file!("0004_password_resets.sql")) },
    Migration { version: 5, name: "two_factor", sql: Sql::Both(sql_file!("0005_two_factor.sql")) },
    Migration { version: 6, name: "two_factor_login", sql: Sql::Both(sql_file!("0006_two_factor_login.sql")) },
    Migration { version: 7, name: "inactivity", sql: Sql::Both(sql_file!("0007_inactivity.sql")) },
    Migration { version: 8, name: "one_accounts_index", sql: Sql::Both(sql_file!("0008_one_accounts_index.sql")) },
    Migration {
        version: 9,
        name: "activity_days",
        sql: Sql::PerBackend { sqlite: None, postgres: Some(sql_file!("0009_activity_days.postgres.sql")) },
    },
    Migration {
        version: 10,
        name: "append_only_truncate",
        sql: Sql::PerBackend { sqlite: None, postgres: Some(sql_file!("0010_append_only_truncate.postgres.sql")) },
    },
    Migration { version: 11, name: "outbox_claims", sql: Sql::Both(sql_file!("0011_outbox_claims.sql")) },
    Migration { version: 12, name: "audit_budgets", sql: Sql::Both(sql_file!("0012_audit_budgets.sql")) },
    Migration {
        version: 13,
        name: "confirmations_and_email_changes",
        sql: Sql::Both(sql_file!("0013_confirmations_and_email_changes.sql")),
    },
    Migration {
        version: 14,
        name: "operator_tokens_expire",
        sql: Sql::PerBackend {
            sqlite: Some(sql_file!("0014_operator_tokens_expire.sqlite.sql")),
            postgres: Some(sql_file!("0014_operator_tokens_expire.postgres.sql")),
        },
    },
    Migration { version: 15, name: "operator_two_factor", sql: Sql::Both(sql_file!("0015_operator_two_factor.sql")) },
    Migration { version: 16, name: "outbox_by_recipient", sql: Sql::Both(sql_file!("0016_outbox_by_recipient.sql")) },
    Migration { version: 17, name: "places_and_contact", sql: Sql::Both(sql_file!("0017_places_and_contact.sql")) },
    Migration { version: 18, name: "charge_amounts", sql: Sql::Both(sql_file!("0018_charge_amounts.sql")) },
    Migration {
        version: 19,
        name: "content",
        sql: Sql::PerBackend {
            sqlite: Some(sql_file!("0019_content.sqlite.sql")),
            postgres: Some(sql_file!("0019_content.postgres.sql")),
        },
    },
    Migration {
        version: 20,
        name: "media",
        sql: Sql::PerBackend {
            sqlite: Some(sql_file!("0020_media.sqlite.sql")),
            postgres: Some(sql_file!("0020_media.postgres.sql")),
        },
    },
];

/// Hex SHA-256 of a migration's SQL. Line endings count as `\n` either way,
/// so a checkout that turned them into `\r\n` does not look like an edit.
fn checksum(sql: &str) -> String {
    hex::encode(Sha256::digest(sql.replace("\r\n", "\n").as_bytes()))
}

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

/// The first applied migration whose recorded checksum differs from this
/// binary's file, as `(version, name)`; `None` when all agree. Rows without
/// a checksum, versions this binary does not know (a newer binary's) and a
/// database without the bookkeeping table or its checksum column (new, or
/// not yet migrated by a binary that keeps checksums) have nothing to
/// compare, so they pass.
pub async fn changed(conn: &mut AnyConnection, backend: Backend) -> StoreResult<Option<(i64, &'static str)>> {
    if !has_checksum_column(conn, backend).await? {
        return Ok(None);
    }
    Ok(first_changed(&recorded(conn).await?, backend).map(|m| (m.version, m.name)))
}

/// Applies the migrations not yet applied; returns the names of those it
/// ran. Refuses, before changing anything, when an applied migration's
/// checksum differs from this binary's (`StoreError::MigrationChanged`).
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
            version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL, checksum TEXT)",
    )
    .execute(&mut *conn)
    .await?;
    // Databases migrated before checksums were kept have the table without
    // the column. Nullable, so older binaries, which name their columns,
    // can still record migrations in it.
    if !has_checksum_column(conn, backend).await? {
        sqlx::raw_sql("ALTER TABLE schema_migrations ADD COLUMN checksum TEXT").execute(&mut *conn).await?;
    }
    let recorded = recorded(conn).await?;
    if let Some(migration) = first_changed(&recorded, backend) {
        return Err(StoreError::MigrationChanged(migration.label()));
    }
    let unrecorded: Vec<&Migration> = MIGRATIONS
        .iter()
        .filter(|m| recorded.iter().any(|(version, checksum)| *version == m.version && checksum.is_none()))
        .collect();
    if !unrecorded.is_empty() {
        let mut tx = conn.begin().await?;
        for migration in &unrecorded {
            sqlx::query("UPDATE schema_migrations SET checksum = $1 WHERE version = $2 AND checksum IS NULL")
                .bind(checksum(migration.sql(backend)))
                .bind(migration.version)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        tracing::info!(count = unrecorded.len(), "recorded the checksums of migrations applied before they were kept");
    }
    let mut ran = Vec::new();
    for migration in MIGRATIONS.iter().filter(|m| !recorded.iter().any(|(version, _)| *version == m.version)) {
        let sql = migration.sql(backend);
        let mut tx = conn.begin().await?;
        if !sql.trim().is_empty() {
            sqlx::raw_sql(sql).execute(&mut *tx).await?;
        }
        sqlx::query("INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES ($1, $2, $3, $4)")
            .bind(migration.version)
            .bind(migration.name)
            .bind(chrono::Utc::now().timestamp_micros())
            .bind(checksum(sql))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        tracing::info!(version = migration.version, name = migration.name, "migration applied");
        ran.push(migration.name);
    }
    Ok(ran)
}

/// The recorded migrations: version and checksum (`None` for rows from
/// before checksums were kept).
async fn recorded(conn: &mut AnyConnection) -> StoreResult<Vec<(i64, Option<String>)>> {
    let rows = sqlx::query("SELECT version, checksum FROM schema_migrations").fetch_all(&mut *conn).await?;
    let recorded = rows.iter().map(|row| Ok((row.try_get(0)?, row.try_get(1)?))).collect::<Result<_, sqlx::Error>>()?;
    Ok(recorded)
}

/// The lowest-numbered known migration whose recorded checksum is not the
/// one of its SQL in this binary.
fn first_changed(recorded: &[(i64, Option<String>)], backend: Backend) -> Option<&'static Migration> {
    MIGRATIONS.iter().find(|m| {
        recorded.iter().any(|(version, stored)| {
            *version == m.version && stored.as_deref().is_some_and(|stored| stored != checksum(m.sql(backend)))
        })
    })
}

/// Whether `schema_migrations` has its checksum column; false also when
/// the table does not exist. Asked of the catalogue rather than guessed
/// from a failing query, so that a real failure (a lost connection) is
/// never taken for a missing column.
async fn has_checksum_column(conn: &mut AnyConnection, backend: Backend) -> StoreResult<bool> {
    let query = match backend {
        Backend::Sqlite => "SELECT COUNT(*) FROM pragma_table_info('schema_migrations') WHERE name = 'checksum'",
        Backend::Postgres => {
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() \
             AND table_name = 'schema_migrations' AND column_name = 'checksum'"
        }
    };
    let count: i64 = sqlx::query(query).fetch_one(&mut *conn).await?.try_get(0)?;
    Ok(count > 0)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    fn dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations")
    }

    /// The folder and the list agree: each file is embedded under the
    /// version and name its file name gives, versions count up from 1
    /// without gaps, and no file is left out of the list.
    #[test]
    fn every_file_is_listed_under_its_own_name() {
        let on_disk: BTreeSet<String> =
            std::fs::read_dir(dir()).unwrap().map(|entry| entry.unwrap().file_name().into_string().unwrap()).collect();
        let mut listed = BTreeSet::new();
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i64::try_from(i).unwrap() + 1, "{}: versions count up from 1", m.label());
            assert!(m.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'), "{}", m.name);
            let files: Vec<(String, &str)> = match &m.sql {
                Sql::Both(sql) => vec![(format!("{}.sql", m.label()), *sql)],
                Sql::PerBackend { sqlite, postgres } => {
                    assert!(sqlite.is_some() || postgres.is_some(), "{}: a migration runs something", m.label());
                    assert!(sqlite != postgres, "{}: the same SQL on both backends is one .sql file", m.label());
                    [("sqlite", sqlite), ("postgres", postgres)]
                        .into_iter()
                        .filter_map(|(backend, sql)| sql.map(|sql| (format!("{}.{backend}.sql", m.label()), sql)))
                        .collect()
                }
            };
            for (file, sql) in files {
                let text = std::fs::read_to_string(dir().join(&file)).unwrap();
                assert_eq!(text, sql, "{file} is embedded under {}", m.label());
                assert!(!sql.trim().is_empty(), "{file}: a backend with nothing to run has no file");
                listed.insert(file);
            }
        }
        assert_eq!(on_disk, listed, "every file in migrations/ is in MIGRATIONS and the other way round");
    }

    #[test]
    fn checksums_are_sha256_of_the_sql_whatever_its_line_endings() {
        assert_eq!(checksum(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(checksum("SELECT 1;\r\nSELECT 2;\r\n"), checksum("SELECT 1;\nSELECT 2;\n"));
        assert_ne!(checksum("SELECT 1;\n"), checksum("SELECT 2;\n"));
    }

    #[test]
    fn the_first_changed_migration_is_found_and_what_cannot_be_compared_passes() {
        let on = |backend, version: i64| {
            let index = usize::try_from(version - 1).unwrap();
            (version, Some(checksum(MIGRATIONS[index].sql(backend))))
        };
        let sqlite = |version| on(Backend::Sqlite, version);
        let edited = |version| (version, Some("edited".to_owned()));
        let fine = [sqlite(1), (2, None), sqlite(3), edited(latest_version() + 1)];
        assert!(first_changed(&fine, Backend::Sqlite).is_none(), "no checksum, or a newer binary's migration");
        let changed = [sqlite(1), (2, None), edited(4), edited(3)];
        assert_eq!(first_changed(&changed, Backend::Sqlite).map(|m| m.version), Some(3), "the lowest version");
        // Each backend's checksum is of its own file.
        assert_eq!(
            first_changed(&[on(Backend::Postgres, 1)], Backend::Sqlite).map(|m| m.label()),
            Some("0001_foundation".to_owned())
        );
        assert!(first_changed(&[on(Backend::Postgres, 1)], Backend::Postgres).is_none());
    }
}
