//! The node's background jobs, run the way the test kit runs them: until
//! nothing is left to do.

use std::sync::Arc;

use kalm_testkit::kalm_app::jobs::{self, Job, JobFuture, Ran};
use kalm_testkit::kalm_app::{Kalm, accounts, emails};
use kalm_testkit::{TestApp, both_backends};

const HOST: &str = "care.test";

async fn sessions(app: &TestApp) -> i64 {
    let mut conn = app.kalm.store.begin().await.unwrap();
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions").fetch_one(&mut *conn).await.unwrap();
    conn.commit().await.unwrap();
    n
}

async fn the_jobs_do_what_is_due_and_leave_nothing_behind(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    app.account(&platform, "client", "", "c@care.test").await;
    app.login(HOST, "c@care.test").await;
    for n in 0..3 {
        let input = accounts::AccountInput {
            account_type: "client".into(),
            first_name: "Ivy".into(),
            last_name: "Invited".into(),
            email: format!("ivy{n}@care.test"),
            ..Default::default()
        };
        accounts::create(&app.kalm, &kalm_testkit::kalm_app::Caller::command_line(), &platform, &input, None)
            .await
            .unwrap();
    }
    assert_eq!(sessions(&app).await, 1);
    // A day later the session is past its idle lifetime.
    app.clock.advance(chrono::Duration::days(1));
    let done = app.run_jobs().await;
    let did = |name: &str| done.iter().find(|(n, _)| *n == name).map(|(_, d)| *d).unwrap();
    assert_eq!(did("email_delivery"), 3, "{done:?}");
    assert!(did("session_clean_up") >= 1, "{done:?}");
    assert_eq!(sessions(&app).await, 0, "the expired session is gone");
    assert!(emails::all(&app.kalm, emails::OutboxState::Queued).await.unwrap().is_empty(), "nothing left queued");
    assert_eq!(emails::all(&app.kalm, emails::OutboxState::Sent).await.unwrap().len(), 3);
    // Run again: nothing to do.
    assert!(app.run_jobs().await.iter().all(|(_, d)| *d == 0));
}
both_backends!(the_jobs_do_what_is_due_and_leave_nothing_behind);

/// A job that always finds more to do.
struct Restless;

impl Job for Restless {
    fn name(&self) -> &'static str {
        "restless"
    }
    fn every(&self) -> std::time::Duration {
        std::time::Duration::from_secs(1)
    }
    fn run_once<'a>(&'a self, _kalm: &'a Kalm) -> JobFuture<'a> {
        Box::pin(async { Ok(Ran::More(1)) })
    }
}

async fn a_job_that_never_settles_is_reported(app: TestApp) {
    let restless: Vec<Arc<dyn Job>> = vec![Arc::new(Restless)];
    let err = jobs::run_until_idle(&app.kalm, &restless).await.unwrap_err();
    assert!(err.to_string().contains("restless"), "{err}");
}
both_backends!(a_job_that_never_settles_is_reported);
