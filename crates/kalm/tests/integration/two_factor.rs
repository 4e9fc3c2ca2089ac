//! Two-factor authentication with an app: set-up, single-use codes,
//! recovery codes, the e-mails and the audit entries.

use chrono::Duration;
use kalm_testkit::kalm_app::{Clock, auth, two_factor};
use kalm_testkit::kalm_domain::auth::two_factor::{TotpSecret, code_at, step_at};
use kalm_testkit::{TestApp, both_backends, mail_text};

const HOST: &str = "care.test";

async fn app_set_up_codes_and_recovery_codes(app: TestApp) {
    let platform = app.platform("Care", HOST).await;
    let account = app.account(&platform, "client", "", "c@care.test").await;
    let caller = auth::account_caller(&account, None);
    let setup = two_factor::begin_app_setup(&app.kalm, &caller, &platform).await.unwrap();
    assert!(setup.otpauth_uri.starts_with("otpauth://totp/Care:c%40care.test?secret="), "{}", setup.otpauth_uri);
    let secret = TotpSecret::from_manual_key(&setup.manual_key).unwrap();
    let code_now = || format!("{:06}", code_at(&secret, step_at(app.clock.now())));

    // Sealed at rest: the stored value does not hold the key.
    let mut tx = app.kalm.store.begin().await.unwrap();
    let (sealed,): (String,) =
        sqlx::query_as("SELECT totp_secret_sealed FROM two_factor").fetch_one(&mut *tx).await.unwrap();
    drop(tx);
    assert!(sealed.starts_with("v1:") && !sealed.contains(&setup.manual_key.replace(' ', "")));

    let wrong = two_factor::confirm_app_setup(&app.kalm, &caller, &platform, "000000").await;
    assert_eq!(wrong.err().map(|e| e.code()), Some("two_factor_code_wrong"));
    assert!(
        !two_factor::check_code(&app.kalm, account.id, &code_now()).await.unwrap(),
        "not in effect before it is confirmed"
    );
    let codes = two_factor::confirm_app_setup(&app.kalm, &caller, &platform, &code_now()).await.unwrap();
    assert_eq!(codes.len(), 6);
    assert!(codes.iter().all(|c| c.len() == 19));

    // The code used to confirm cannot be used again; the next one works once.
    assert!(!two_factor::check_code(&app.kalm, account.id, &code_now()).await.unwrap(), "a code works once");
    app.clock.advance(Duration::seconds(30));
    assert!(two_factor::check_code(&app.kalm, account.id, &code_now()).await.unwrap());
    assert!(!two_factor::check_code(&app.kalm, account.id, &code_now()).await.unwrap());

    // Recovery codes: each once, typed loosely; renewing replaces them all.
    let left =
        two_factor::use_recovery_code(&app.kalm, &platform, account.id, &codes[0].to_lowercase(), None).await.unwrap();
    assert_eq!(left, Some(5));
    assert_eq!(two_factor::use_recovery_code(&app.kalm, &platform, account.id, &codes[0], None).await.unwrap(), None);
    let renewed = two_factor::renew_recovery_codes(&app.kalm, &caller, &platform).await.unwrap();
    assert_eq!(
        two_factor::use_recovery_code(&app.kalm, &platform, account.id, &codes[1], None).await.unwrap(),
        None,
        "old codes stop working"
    );
    assert_eq!(
        two_factor::use_recovery_code(&app.kalm, &platform, account.id, &renewed[0], None).await.unwrap(),
        Some(5)
    );

    // Essential e-mails went out for each step.
    app.deliver().await;
    let subjects: Vec<String> = app
        .mails()
        .iter()
        .map(|m| mail_text(m).lines().find(|l| l.starts_with("Subject: ")).unwrap_or_default().to_owned())
        .collect();
    for subject in ["Two-factor authentication is on", "You have new recovery codes", "A recovery code was used"] {
        assert!(subjects.iter().any(|s| s.contains(subject)), "{subject} missing from {subjects:?}");
    }
    let log = kalm_testkit::kalm_app::audit::list_on_server(
        &app.kalm,
        &kalm_testkit::kalm_app::audit::AuditFilter { limit: 1000, ..Default::default() },
    )
    .await
    .unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.code()).collect();
    for action in ["two_factor_set_up", "recovery_codes_renewed", "recovery_code_used"] {
        assert!(actions.contains(&action), "{action} not audited");
    }
}
both_backends!(app_set_up_codes_and_recovery_codes);
