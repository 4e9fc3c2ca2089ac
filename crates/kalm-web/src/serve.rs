//! Serving the router on a listener, with limits a slow client cannot dodge.
//!
//! `axum::serve` has no header-read timeout and accepts every connection,
//! so a client trickling one header byte at a time holds a task and a socket
//! for as long as it likes, and enough of them exhaust the server. Here each
//! connection is served by hyper's HTTP/1 builder with a header-read timeout
//! (which also closes idle keep-alive connections, since the timer runs
//! whenever the server waits for a request head), and a semaphore caps the
//! connections served at once: the next one waits in the listen backlog until
//! a slot frees, rather than being reset. How long a request may take once its
//! head has arrived is the request deadline's job (see `deadline`).
//!
//! Production (`kalm serve`) and the test kit both serve through this, so
//! the tests exercise the same limits.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// Limits on connections; see the configuration reference for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// How long a client may take to send a complete request head.
    pub header_read_timeout: Duration,
    /// Connections served at once.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { header_read_timeout: Duration::from_secs(10), max_connections: 1024 }
    }
}

/// What one Kalm node runs: the application, its web configuration and
/// connection limits, and its background jobs. The server and the test kit
/// both start a node through `run_node`, so tests run the production wiring.
pub struct Node {
    pub kalm: kalm_app::Kalm,
    pub config: crate::WebConfig,
    pub limits: Limits,
    pub jobs: Vec<Arc<dyn kalm_app::jobs::Job>>,
}

/// Who starts the jobs' runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobTimers {
    /// Each job on its own timer (a server).
    On,
    /// The caller, with `kalm_app::jobs::run_until_idle` (the test kit, whose
    /// clock only moves when the test moves it).
    Off,
}

/// Starts a node's jobs and serves its router on `listener` until
/// `shutdown` completes.
pub async fn run_node(
    listener: TcpListener,
    node: Node,
    timers: JobTimers,
    shutdown: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    if timers == JobTimers::On {
        kalm_app::jobs::spawn(&node.kalm, &node.jobs);
    }
    let router = crate::router(node.kalm, node.config);
    serve(listener, router, node.limits, shutdown).await
}

/// Serves `router` on `listener` until `shutdown` completes, then stops
/// accepting, lets the requests in flight finish and returns.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = slots.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_closed) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Mostly "too many open files": back off instead of spinning.
                    tracing::warn!(error = %err, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
            router.clone().oneshot(request)
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read_timeout)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(error = %err, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    async fn start(limits: Limits) -> (SocketAddr, tokio::sync::oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let router = Router::new().route("/", get(|| async { "ok" }));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            serve(listener, router, limits, async {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        (address, stop, server)
    }

    /// Reads until the server closes the socket (or the test's own limit).
    async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> Option<Vec<u8>> {
        let mut all = Vec::new();
        let mut buffer = [0u8; 1024];
        tokio::time::timeout(within, async {
            loop {
                match stream.read(&mut buffer).await {
                    Ok(0) | Err(_) => return all,
                    Ok(n) => all.extend_from_slice(&buffer[..n]),
                }
            }
        })
        .await
        .ok()
    }

    #[tokio::test]
    async fn a_trickling_header_is_cut_off() {
        let limits = Limits { header_read_timeout: Duration::from_secs(1), max_connections: 8 };
        let (address, _stop, _server) = start(limits).await;
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream.write_all(b"GET / HTTP/1.1\r\nHost: care.test\r\n").await.unwrap();
        let trickle = async {
            for byte in b"X-Slow: 1234567890" {
                tokio::time::sleep(Duration::from_millis(300)).await;
                if stream.write_all(&[*byte]).await.is_err() {
                    break;
                }
            }
        };
        // Keep trickling for a while; the server must not wait for it.
        tokio::time::timeout(Duration::from_secs(3), trickle).await.ok();
        let answer = read_until_closed(&mut stream, Duration::from_secs(5)).await;
        let answer = answer.expect("the server closes a connection whose header does not arrive in time");
        assert!(!String::from_utf8_lossy(&answer).contains("200 OK"), "no request was served");
    }

    #[tokio::test]
    async fn an_idle_connection_is_closed_too() {
        let limits = Limits { header_read_timeout: Duration::from_secs(1), max_connections: 8 };
        let (address, _stop, _server) = start(limits).await;
        let mut stream = TcpStream::connect(address).await.unwrap();
        assert!(read_until_closed(&mut stream, Duration::from_secs(5)).await.is_some());
    }

    async fn request(stream: &mut TcpStream) -> String {
        stream.write_all(b"GET / HTTP/1.1\r\nHost: care.test\r\n\r\n").await.unwrap();
        let mut buffer = [0u8; 1024];
        let n = stream.read(&mut buffer).await.unwrap();
        String::from_utf8_lossy(&buffer[..n]).into_owned()
    }

    #[tokio::test]
    async fn the_connection_over_the_cap_waits_for_a_free_slot() {
        let limits = Limits { header_read_timeout: Duration::from_secs(30), max_connections: 2 };
        let (address, _stop, _server) = start(limits).await;
        let mut first = TcpStream::connect(address).await.unwrap();
        let mut second = TcpStream::connect(address).await.unwrap();
        assert!(request(&mut first).await.starts_with("HTTP/1.1 200"));
        assert!(request(&mut second).await.starts_with("HTTP/1.1 200"));
        // The kernel completes the handshake, but nobody serves the third.
        let mut third = TcpStream::connect(address).await.unwrap();
        third.write_all(b"GET / HTTP/1.1\r\nHost: care.test\r\n\r\n").await.unwrap();
        let mut buffer = [0u8; 1024];
        let waited = tokio::time::timeout(Duration::from_millis(700), third.read(&mut buffer)).await;
        assert!(waited.is_err(), "the third connection must not be served while two are open");
        drop(first);
        let n = tokio::time::timeout(Duration::from_secs(5), third.read(&mut buffer))
            .await
            .expect("served once a slot is free")
            .unwrap();
        assert!(String::from_utf8_lossy(&buffer[..n]).starts_with("HTTP/1.1 200"));
        assert!(request(&mut second).await.starts_with("HTTP/1.1 200"));
    }

    #[tokio::test]
    async fn shutdown_stops_accepting_and_returns() {
        let (address, stop, server) = start(Limits::default()).await;
        let mut open = TcpStream::connect(address).await.unwrap();
        assert!(request(&mut open).await.starts_with("HTTP/1.1 200"));
        stop.send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(5), server).await.expect("idle connections close").unwrap();
    }
}
