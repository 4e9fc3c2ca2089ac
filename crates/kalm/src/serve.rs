//! Running the server: telemetry, the listener, the node's background jobs
//! and a graceful shutdown on Ctrl-C or SIGTERM.

use std::time::Duration;

use kalm_app::Kalm;
use kalm_app::emails::{Delivery, Mailer};
use kalm_web::WebConfig;
use kalm_web::serve::{JobTimers, Limits, Node};
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
        service_desk_email: config.service_desk_email.clone(),
    }
}

pub fn limits(config: &Config) -> Limits {
    Limits {
        header_read_timeout: Duration::from_secs(config.header_read_timeout_seconds),
        max_connections: config.max_connections,
    }
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
    Ok(Delivery { mailer, from_address: config.mail_from.clone(), side_by_side: kalm_app::emails::SIDE_BY_SIDE })
}

pub async fn serve(config: &Config, kalm: Kalm) -> Result<(), CliError> {
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    let address = listener.local_addr()?;
    tracing::info!(%address, admin_host = %config.admin_host, "kalm listening");
    let store = kalm.store.clone();
    // Every node runs every job; their claims in the database keep two
    // nodes from doing the same work.
    let node_name = format!("{}-{}", std::process::id(), uuid::Uuid::new_v4().simple());
    let inactivity_period = chrono::Duration::minutes(i64::from(config.inactivity_sweep_minutes));
    let jobs = kalm_app::jobs::standard(delivery(config)?, inactivity_period, node_name);
    let node = Node { kalm, config: web_config(config), limits: limits(config), jobs };
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
    let main = kalm_web::serve::run_node(listener, node, JobTimers::On, async move {
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
