//! Migrations keep a checksum of the SQL that ran: an applied migration
//! that no longer matches the binary's file is refused by `kalm migrate`,
//! by the store and by `/readyz`, naming the migration; a database from
//! before checksums were kept gets them filled in instead of refused.

use std::process::Command;

use kalm_store::StoreError;
use kalm_testkit::{TestApp, both_backends};

use crate::support::body;

async fn execute(app: &TestApp, sql: &str) {
    let mut tx = app.kalm.store.begin().await.unwrap();
    sqlx::query(sql).execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
}

async fn checksums(app: &TestApp) -> Vec<(i64, Option<String>)> {
    let mut tx = app.kalm.store.begin().await.unwrap();
    let rows: Vec<(i64, Option<String>)> =
        sqlx::query_as("SELECT version, checksum FROM schema_migrations ORDER BY version")
            .fetch_all(&mut *tx)
            .await
            .unwrap();
    tx.commit().await.unwrap();
    rows
}

async fn readyz(app: &TestApp) -> reqwest::Response {
    app.client("127.0.0.1").get(format!("http://{}/readyz", app.address)).send().await.unwrap()
}

fn kalm_migrate(app: &TestApp) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kalm"))
        .arg("migrate")
        .env("KALM_DATABASE_URL", &app.database_url)
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap()
}

async fn an_edited_applied_migration_is_refused_by_name(app: TestApp) {
    let recorded = checksums(&app).await;
    assert!(!recorded.is_empty());
    for (version, checksum) in &recorded {
        let checksum = checksum.as_deref().unwrap_or_default();
        assert!(checksum.len() == 64 && checksum.bytes().all(|b| b.is_ascii_hexdigit()), "{version}: {checksum:?}");
    }
    let outbox = recorded.iter().find(|(version, _)| *version == 3).and_then(|(_, c)| c.clone()).unwrap();
    // What a database looks like after someone edited migration 3 once it ran.
    execute(&app, "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 3").await;

    let err = app.kalm.store.migrate().await.unwrap_err();
    assert!(matches!(&err, StoreError::MigrationChanged(label) if label == "0003_outbox"), "{err}");
    let o = kalm_migrate(&app);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success(), "{stderr}");
    assert!(stderr.contains("migration 0003_outbox differs") && stderr.contains("(migration_changed)"), "{stderr}");
    assert!(o.stdout.is_empty());
    let r = readyz(&app).await;
    assert_eq!(r.status(), 503);
    assert!(body(r).await.contains("0003_outbox"));
    assert_eq!(checksums(&app).await[2], (3, Some("edited".to_owned())), "a refused run changes nothing");

    execute(&app, &format!("UPDATE schema_migrations SET checksum = '{outbox}' WHERE version = 3")).await;
    assert_eq!(readyz(&app).await.status(), 200);
    assert!(app.kalm.store.migrate().await.unwrap().is_empty());
}
both_backends!(an_edited_applied_migration_is_refused_by_name);

async fn checksums_missing_from_older_installations_are_filled_in(app: TestApp) {
    let recorded = checksums(&app).await;
    // The bookkeeping table as binaries before checksums made it: no column.
    execute(&app, "ALTER TABLE schema_migrations DROP COLUMN checksum").await;
    assert_eq!(readyz(&app).await.status(), 200, "nothing to compare is no reason to stop serving");
    let o = kalm_migrate(&app);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "database is up to date\n");
    assert_eq!(checksums(&app).await, recorded, "the column is back, every row with its checksum");

    // Rows an older binary recorded after the column was added.
    execute(&app, "UPDATE schema_migrations SET checksum = NULL WHERE version IN (2, 9)").await;
    assert_eq!(readyz(&app).await.status(), 200);
    assert!(app.kalm.store.migrate().await.unwrap().is_empty());
    assert_eq!(checksums(&app).await, recorded);
}
both_backends!(checksums_missing_from_older_installations_are_filled_in);
