//! Kalm's persistence: one code path for SQLite and PostgreSQL.
//!
//! Queries go through sqlx's `Any` driver with portable SQL: `$n`
//! placeholders (both backends accept them), identifiers as TEXT (UUIDs),
//! instants as BIGINT microseconds since the Unix epoch, flags as BIGINT.
//! That keeps one set of queries and one set of migrations; the few
//! statements that must differ per backend are marked as such: advisory
//! locks in `migrations`, append-only triggers in per-backend migration
//! files (`migrations/NNNN_name.sqlite.sql` / `.postgres.sql`). See
//! docs/adr/0001 and docs/migrations.md.
//!
//! Every function takes a `&mut AnyConnection`, which callers get from a
//! transaction: a use case does all its reads and writes, including its audit
//! entry, on one connection in one transaction. Reads that change nothing
//! (a page, a list) take a connection from `read` instead: on SQLite that is
//! a pool of read-only connections beside the one writer (WAL lets readers
//! run while the writer writes), so pages do not queue behind each other or
//! behind a write; on PostgreSQL it is the same pool without a transaction,
//! which saves the BEGIN and COMMIT round trips of a single-statement read.

#![forbid(unsafe_code)]

pub mod accounts;
pub mod audit;
pub mod catalogue;
pub mod charges;
pub mod configurations;
pub mod content;
pub mod inactivity;
pub mod media;
pub mod migrations;
pub mod operator_two_factor;
pub mod operators;
pub mod outbox;
pub mod platforms;
pub mod secrets;
pub mod sessions;
pub mod throttle;
pub mod two_factor;

use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
pub use sqlx::AnyConnection;
pub use sqlx::Error as SqlxError;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Connection, Executor};

pub type Transaction<'a> = sqlx::Transaction<'a, sqlx::Any>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL {0:?}: expected sqlite://… or postgres://…")]
    UnsupportedUrl(String),
    #[error("a row with the same {0} already exists")]
    Duplicate(&'static str),
    #[error("stored value does not parse: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("could not prepare the database folder: {0}")]
    Io(#[from] std::io::Error),
    /// An applied migration's recorded checksum differs from its file in
    /// this binary: someone edited a migration after it ran (or the row).
    #[error(
        "migration {0} differs from the one applied to this database (checksum mismatch); \
         an applied migration must never be edited: restore its file and make the change in a new migration"
    )]
    MigrationChanged(String),
}

impl StoreError {
    /// Maps a unique-constraint failure to `Duplicate(what)`, anything else
    /// to `Database`.
    pub fn unique(err: sqlx::Error, what: &'static str) -> StoreError {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Duplicate(what),
            _ => StoreError::Database(err),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// How long the database may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreLimits {
    /// The longest a statement may run, a lock be waited for, or a
    /// connection from the pool be waited for.
    pub statement_timeout: Duration,
}

impl Default for StoreLimits {
    fn default() -> StoreLimits {
        StoreLimits { statement_timeout: Duration::from_secs(20) }
    }
}

/// What `Store::readiness` found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    /// Migrations are missing (a new, wiped or older database): `kalm migrate`.
    SchemaBehind {
        applied: i64,
        expected: i64,
    },
    /// A newer binary migrated this database; this one may not understand it.
    SchemaAhead {
        applied: i64,
        expected: i64,
    },
    /// An applied migration differs from this binary's file (see
    /// `StoreError::MigrationChanged`): the schema may not be the one the
    /// binary was tested with.
    MigrationChanged {
        version: i64,
        name: &'static str,
    },
}

#[derive(Clone)]
pub struct Store {
    /// Writes, and reads that decide a write: on SQLite one connection, so
    /// writers take turns inside the process instead of fighting over the
    /// file lock.
    pool: AnyPool,
    /// Reads only. On SQLite its own pool of `query_only` connections; on
    /// PostgreSQL the same pool as `pool`.
    readers: AnyPool,
    backend: Backend,
}

/// A pooled connection for reads: each statement is its own snapshot, so a
/// page that needs several statements to agree uses `Store::read_snapshot`.
pub type PooledConnection = sqlx::pool::PoolConnection<sqlx::Any>;

/// Read-only connections on SQLite: enough to keep both cores of a small
/// server busy while one waits on the disk.
const SQLITE_READERS: u32 = 4;

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("backend", &self.backend).finish()
    }
}

impl Store {
    /// Connects to `sqlite://path` (file and folder created when missing) or
    /// `postgres://…` with the default limits. Does not migrate; call
    /// `migrate` for that.
    pub async fn connect(url: &str) -> StoreResult<Store> {
        Store::connect_with(url, StoreLimits::default()).await
    }

    /// `connect` with limits: no statement runs, and no request waits for a
    /// connection or a lock, longer than `statement_timeout`, so a locked
    /// table or a hung database turns into a quick, clean error instead of
    /// requests that hang.
    pub async fn connect_with(url: &str, limits: StoreLimits) -> StoreResult<Store> {
        let timeout = limits.statement_timeout;
        let millis = u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX).max(1);
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        };
        let (pool, readers) = match backend {
            Backend::Sqlite => {
                let path = sqlite_path(url);
                if let Some(parent) = std::path::Path::new(&path).parent()
                    && !parent.as_os_str().is_empty()
                {
                    std::fs::create_dir_all(parent)?;
                }
                let url = if url.contains('?') { url.to_owned() } else { format!("{url}?mode=rwc") };
                let options = AnyConnectOptions::from_str(&url)?.disable_statement_logging();
                let writer = sqlite_pool(1, timeout, millis, false).connect_with(options.clone()).await?;
                // The writer first: it creates the file and turns WAL on,
                // which the read-only connections cannot do.
                let readers = sqlite_pool(SQLITE_READERS, timeout, millis, true).connect_with(options).await?;
                (writer, readers)
            }
            Backend::Postgres => {
                let options = AnyConnectOptions::from_str(url)?.disable_statement_logging();
                let pool = AnyPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(timeout)
                    .before_acquire(|conn, _| Box::pin(async move { Ok(no_leaked_transaction(conn)) }))
                    .after_connect(move |conn, _| {
                        Box::pin(async move {
                            let set = format!("SET statement_timeout = {millis}; SET lock_timeout = {millis}");
                            conn.execute(set.as_str()).await?;
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await?;
                (pool.clone(), pool)
            }
        };
        Ok(Store { pool, readers, backend })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A transaction. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`): a transaction that reads and then writes would otherwise
    /// fail with "database is locked" when another process (the command
    /// line, a second server) wrote in between, instead of waiting its turn.
    pub async fn begin(&self) -> StoreResult<Transaction<'static>> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// A transaction whose commit need not outlive a crash of the database
    /// server, for bookkeeping whose loss costs nothing worse than a count
    /// (a login attempt's reservation on its throttle). It is atomic and
    /// ordered like any other; on PostgreSQL its commit does not wait for
    /// the log to reach the disk (`synchronous_commit = off`), so a crash
    /// may lose the last such commits. SQLite's commits already do not wait
    /// (`synchronous = NORMAL` in WAL mode).
    pub async fn begin_bookkeeping(&self) -> StoreResult<Transaction<'static>> {
        let mut tx = self.begin().await?;
        if self.backend == Backend::Postgres {
            sqlx::query("SET LOCAL synchronous_commit TO OFF").execute(&mut *tx).await?;
        }
        Ok(tx)
    }

    /// A connection for reads that change nothing. On SQLite it cannot
    /// write (`query_only`), so a use case that must write takes `begin`.
    pub async fn read(&self) -> StoreResult<PooledConnection> {
        Ok(self.readers.acquire().await?)
    }

    /// The writer's connection without a transaction, for a use case whose
    /// only write is one statement (an audit entry of a look at a record).
    pub async fn write(&self) -> StoreResult<PooledConnection> {
        Ok(self.pool.acquire().await?)
    }

    /// A read-only transaction: several statements that see one snapshot,
    /// without taking SQLite's write lock.
    pub async fn read_snapshot(&self) -> StoreResult<Transaction<'static>> {
        Ok(self.readers.begin().await?)
    }

    /// Applies the migrations. Migrations may rewrite big tables, so they run
    /// without the statement timeout.
    pub async fn migrate(&self) -> StoreResult<Vec<&'static str>> {
        let mut conn = self.pool.acquire().await?;
        if self.backend == Backend::Postgres {
            sqlx::raw_sql("SET statement_timeout = 0; SET lock_timeout = 0").execute(&mut *conn).await?;
        }
        let ran = migrations::run(&mut conn, self.backend).await;
        if self.backend == Backend::Postgres {
            // Back to the pool's limits for whoever gets this connection next.
            conn.close_on_drop();
        }
        ran
    }

    /// Copies SQLite's write-ahead log into the database file and empties
    /// it; nothing to do on PostgreSQL, whose checkpoints run by themselves.
    pub async fn checkpoint(&self) -> StoreResult<()> {
        if self.backend == Backend::Sqlite {
            let mut conn = self.pool.acquire().await?;
            sqlx::raw_sql("PRAGMA wal_checkpoint(TRUNCATE)").execute(&mut *conn).await?;
        }
        Ok(())
    }

    /// A cheap round trip, for readiness checks.
    pub async fn ping(&self) -> StoreResult<()> {
        let mut conn = self.pool.acquire().await?;
        conn.ping().await?;
        Ok(())
    }

    /// Whether the database can serve this binary: reachable, its schema
    /// at the binary's migration level, and no applied migration different
    /// from the binary's. A database recreated empty answers a ping as
    /// happily as a good one, so the ping alone is not enough.
    pub async fn readiness(&self) -> StoreResult<Readiness> {
        let mut conn = self.pool.acquire().await?;
        let applied = migrations::applied_version(&mut conn).await?;
        let expected = migrations::latest_version();
        if let Some((version, name)) = migrations::changed(&mut conn, self.backend).await? {
            return Ok(Readiness::MigrationChanged { version, name });
        }
        Ok(match applied {
            Some(v) if v == expected => Readiness::Ready,
            Some(v) if v > expected => Readiness::SchemaAhead { applied: v, expected },
            _ => Readiness::SchemaBehind { applied: applied.unwrap_or(0), expected },
        })
    }

    pub async fn close(&self) {
        self.readers.close().await;
        self.pool.close().await;
    }
}

/// Whether a pooled connection is fit to hand out: not inside a transaction.
///
/// A request cancelled at the wrong moment (the client went away, the
/// request deadline ran out) can drop the future of a `BEGIN` after the
/// database ran it but before a `Transaction` existed to roll it back; the
/// connection then comes back to the pool still inside that transaction,
/// every later `BEGIN IMMEDIATE` on it fails, and on SQLite, with its one
/// connection, every request after it does. The pool pings a connection
/// before handing it out, which runs any rollback a dropped transaction
/// queued; a connection still inside a transaction after that is closed
/// (which ends the transaction) and a fresh one is made.
fn no_leaked_transaction(conn: &mut AnyConnection) -> bool {
    let leaked = conn.is_in_transaction();
    if leaked {
        tracing::warn!("a pooled connection was still inside a cancelled transaction; it is replaced");
    }
    !leaked
}

/// A SQLite pool: the writer (one connection) or the readers.
fn sqlite_pool(size: u32, timeout: Duration, millis: u64, read_only: bool) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(size)
        .acquire_timeout(timeout)
        .before_acquire(|conn, _| Box::pin(async move { Ok(no_leaked_transaction(conn)) }))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                // Another process's write (the command line, a second
                // server) is waited for this long. A checkpoint every
                // 10,000 pages (40 MB of log) rather than SQLite's 1,000:
                // batch jobs such as the inactivity sweep change scattered
                // pages, and a checkpoint after each batch copied many of
                // them again for every batch.
                let busy = millis.min(i32::MAX as u64);
                let pragmas = if read_only {
                    format!("PRAGMA busy_timeout={busy}; PRAGMA foreign_keys=ON; PRAGMA query_only=ON;")
                } else {
                    format!(
                        "PRAGMA journal_mode=WAL; PRAGMA busy_timeout={busy}; PRAGMA foreign_keys=ON; \
                         PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=10000;"
                    )
                };
                conn.execute(pragmas.as_str()).await?;
                Ok(())
            })
        })
}

fn sqlite_path(url: &str) -> String {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    rest.split('?').next().unwrap_or_default().to_owned()
}

/// Instants are stored as microseconds since the Unix epoch.
pub fn micros(at: DateTime<Utc>) -> i64 {
    at.timestamp_micros()
}

pub fn instant(micros: i64) -> StoreResult<DateTime<Utc>> {
    DateTime::<Utc>::from_timestamp_micros(micros)
        .ok_or_else(|| StoreError::Corrupt(format!("instant {micros} out of range")))
}

pub(crate) fn uuid(text: &str) -> StoreResult<uuid::Uuid> {
    uuid::Uuid::parse_str(text).map_err(|_| StoreError::Corrupt(format!("id {text:?}")))
}

pub(crate) fn corrupt<E: std::fmt::Display>(err: E) -> StoreError {
    StoreError::Corrupt(err.to_string())
}

/// Bulk statements take their rows as one JSON array of arrays and unpack
/// it in SQL, each row's fields as `value ->> 0`, `value ->> 1`, …: a
/// thousand rows cost one statement and one round trip.
pub(crate) fn json_array_rows(backend: Backend, n: usize) -> String {
    match backend {
        Backend::Sqlite => format!("json_each(${n})"),
        Backend::Postgres => format!("jsonb_array_elements(${n}::jsonb) AS batch(value)"),
    }
}

/// `IN (…)` over a JSON array of strings in `$n`.
pub(crate) fn json_in(backend: Backend, n: usize) -> String {
    match backend {
        Backend::Sqlite => format!("IN (SELECT value FROM json_each(${n}))"),
        Backend::Postgres => format!("IN (SELECT json_array_elements_text(${n}::json))"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths() {
        assert_eq!(sqlite_path("sqlite://kalm-data/kalm.db"), "kalm-data/kalm.db");
        assert_eq!(sqlite_path("sqlite:///tmp/x.db?mode=rwc"), "/tmp/x.db");
        assert_eq!(sqlite_path("sqlite:x.db"), "x.db");
    }
}
