//! Running the server: telemetry, the listener, background upkeep and a
//! graceful shutdown on Ctrl-C or SIGTERM.

use std::time::Duration;

use std::sync::Arc;

use kalm_app::Kalm;
use kalm_app::emails::{Delivery, Mailer};
use kalm_web::WebConfig;
use kalm_web::email_texts::FluentRenderer;
use kalm_web::serve::Limits;
use tracing_subscriber::EnvFilter;

use crate::cli::CliError;
use crate::config::{Config, LogFormat, Scheme};

pub fn init_tracing(config: &Config) {
    let filter = EnvFilter::try_new(&config.log_level).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let result = match config.log_format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Pretty => builder.try_init(),
    };
    if let Err(err) = result {
        eprintln!("warning: logging not initialised: {err}");
    }
}

pub fn web_config(config: &Config) -> WebConfig {
    WebConfig {
        admin_host: config.admin_hostname.clone(),
        trusted_proxies: config.trusted_proxies.clone(),
        secure_cookies: config.public_scheme == Scheme::Https,
        hsts_max_age: config.hsts_max_age,
        hsts_include_subdomains: config.hsts_include_subdomains,
        request_timeout: Duration::from_secs(config.request_timeout_seconds),
        metrics_on_admin_host: config.metrics_listen.is_none(),
    }
}

pub fn limits(config: &Config) -> Limits {
    Limits {
        header_read_timeout: Duration::from_secs(config.header_read_timeout_seconds),
        max_connections: config.max_connections,
    }
}

/// Deletes sessions that can no longer be valid and summarises anonymous
/// audit entries of ended windows, every ten minutes.
fn spawn_session_sweeper(kalm: Kalm) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(600));
        loop {
            every.tick().await;
            match kalm_app::auth::delete_expired_sessions(&kalm).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(removed = n, "expired sessions removed"),
                Err(err) => tracing::warn!(error = %err, "expired-session sweep failed"),
            }
            match kalm_app::audit::summarise_ended_budgets(&kalm).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(summaries = n, "anonymous audit entries summarised"),
                Err(err) => tracing::warn!(error = %err, "summarising anonymous audit entries failed"),
            }
        }
    });
}

/// Every node ticks each minute; the period's claim in the database makes
/// one of them run the sweep per `minutes`, and lets another finish a run
/// whose node died.
fn spawn_inactivity_sweep(kalm: Kalm, minutes: u32) {
    let node = format!("{}-{}", std::process::id(), uuid::Uuid::new_v4().simple());
    let every = chrono::Duration::minutes(i64::from(minutes));
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            if let Err(err) = kalm_app::inactivity::run_scheduled(&kalm, &node, every).await {
                tracing::warn!(error = %err, "inactivity sweep failed; the next tick takes it up again");
            }
        }
    });
}

/// The e-mail delivery of this installation: SMTP when configured, else
/// `.eml` files in the mail folder (development).
pub fn delivery(config: &Config) -> Result<Delivery, CliError> {
    let mailer = match &config.smtp_url {
        Some(url) => Mailer::from_url(url).map_err(CliError::Usage)?,
        None => {
            tracing::warn!(folder = %config.mail_dir, "no SMTP server configured: e-mails are written to a folder");
            Mailer::Directory(config.mail_dir.clone().into())
        }
    };
    Ok(Delivery {
        mailer,
        renderer: Arc::new(FluentRenderer),
        from_address: config.mail_from.clone(),
        side_by_side: kalm_app::emails::SIDE_BY_SIDE,
    })
}

pub async fn serve(config: &Config, kalm: Kalm) -> Result<(), CliError> {
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    let address = listener.local_addr()?;
    tracing::info!(%address, admin_host = %config.admin_host, "kalm listening");
    spawn_session_sweeper(kalm.clone());
    spawn_inactivity_sweep(kalm.clone(), config.inactivity_sweep_minutes);
    kalm_app::emails::spawn_delivery(kalm.clone(), delivery(config)?, Duration::from_secs(5));
    let store = kalm.store.clone();
    let app = kalm_web::router(kalm, web_config(config));
    // One shutdown signal for both listeners.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let metrics = match config.metrics_listen {
        Some(address) => {
            let metrics_listener = tokio::net::TcpListener::bind(address).await?;
            tracing::info!(address = %metrics_listener.local_addr()?, "metrics listening");
            let mut stopped = stopped.clone();
            Some(tokio::spawn(kalm_web::serve::serve(
                metrics_listener,
                kalm_web::metrics_router(),
                limits(config),
                async move {
                    let _ = stopped.wait_for(|s| *s).await;
                },
            )))
        }
        None => None,
    };
    let mut stopped = stopped;
    let main = kalm_web::serve::serve(listener, app, limits(config), async move {
        let _ = stopped.wait_for(|s| *s).await;
    });
    let signal = async move {
        shutdown().await;
        let _ = stop.send(true);
    };
    let (served, ()) = tokio::join!(main, signal);
    served?;
    if let Some(metrics) = metrics {
        match metrics.await {
            Ok(result) => result?,
            Err(err) => tracing::warn!(error = %err, "metrics listener ended abnormally"),
        }
    }
    store.close().await;
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
