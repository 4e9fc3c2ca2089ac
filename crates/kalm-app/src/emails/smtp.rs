//! The delivery job's SMTP connections: a small pool of connections that
//! are kept open between messages and send without Nagle's delay.
//!
//! The SMTP library writes a message and its closing dot in two writes. On
//! a socket with Nagle's algorithm on (the library's default) the small
//! second write waits for the server to acknowledge the first, and servers
//! delay that acknowledgement by up to 40 ms because they have nothing to
//! answer yet: every message cost some 45 ms of waiting. So connections
//! here are opened by Kalm, with `TCP_NODELAY`, and handed to the library.
//! Implicit TLS (`smtps://`) needs the TLS handshake before the library
//! takes the socket, which it does not allow, so it keeps the library's own
//! transport, a connection per message; STARTTLS (`smtp+starttls://`) and
//! plain SMTP get the fast path, which is why the operator guide recommends
//! STARTTLS.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::SendError;

/// How long one SMTP step (connecting, one message) may take: well under
/// the delivery lease, so a send never outlives its claim.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(30);
/// A connection idle for longer is asked whether it is still there (NOOP)
/// before it carries a message: servers close idle connections.
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(5);

/// How the connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    Plain,
    StartTls,
}

/// Connections to one SMTP server.
pub struct SmtpPool {
    host: String,
    port: u16,
    security: Security,
    credentials: Option<Credentials>,
    hello: ClientId,
    /// How many idle connections are kept.
    keep: usize,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
}

impl std::fmt::Debug for SmtpPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpPool").field("host", &self.host).field("port", &self.port).finish()
    }
}

impl SmtpPool {
    pub fn new(host: &str, port: u16, security: Security, credentials: Option<Credentials>, keep: usize) -> SmtpPool {
        SmtpPool {
            host: host.to_owned(),
            port,
            security,
            credentials,
            hello: ClientId::default(),
            keep,
            idle: Mutex::new(Vec::new()),
        }
    }

    pub async fn send(&self, message: &lettre::Message) -> Result<(), SendError> {
        let envelope = message.envelope().clone();
        let body = message.formatted();
        let mut connection = match self.take_idle().await {
            Some(connection) => connection,
            None => self.connect().await?,
        };
        match tokio::time::timeout(SMTP_TIMEOUT, connection.send(&envelope, &body)).await {
            Ok(Ok(_)) => {
                self.put_back(connection);
                Ok(())
            }
            // After a refusal the connection's state is not known; a new
            // one is cheap.
            Ok(Err(err)) => Err(classify(&err)),
            Err(_) => Err(SendError::Temporary("the SMTP server did not answer in time".into())),
        }
    }

    async fn take_idle(&self) -> Option<AsyncSmtpConnection> {
        loop {
            let (mut connection, since) = self.idle.lock().ok()?.pop()?;
            if since.elapsed() < CHECK_AFTER_IDLE {
                return Some(connection);
            }
            if let Ok(true) = tokio::time::timeout(SMTP_TIMEOUT, connection.test_connected()).await {
                return Some(connection);
            }
        }
    }

    fn put_back(&self, connection: AsyncSmtpConnection) {
        if connection.has_broken() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < self.keep
        {
            idle.push((connection, Instant::now()));
        }
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let connecting = async {
            let tcp = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
                .await
                .map_err(|e| SendError::Temporary(format!("connecting to the SMTP server: {e}")))?;
            tcp.set_nodelay(true).map_err(|e| SendError::Temporary(format!("TCP_NODELAY: {e}")))?;
            let mut connection = AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello)
                .await
                .map_err(|e| classify(&e))?;
            if self.security == Security::StartTls {
                let tls = TlsParameters::new(self.host.clone()).map_err(|e| SendError::Permanent(e.to_string()))?;
                connection.starttls(tls, &self.hello).await.map_err(|e| classify(&e))?;
            }
            if let Some(credentials) = &self.credentials {
                connection.auth(&[Mechanism::Plain, Mechanism::Login], credentials).await.map_err(|e| classify(&e))?;
            }
            Ok(connection)
        };
        tokio::time::timeout(SMTP_TIMEOUT, connecting)
            .await
            .map_err(|_| SendError::Temporary("the SMTP server did not answer in time".into()))?
    }
}

/// `smtps://`: the library's transport (see the module comment).
pub async fn send_implicit_tls(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    message: lettre::Message,
) -> Result<(), SendError> {
    transport.send(message).await.map(|_| ()).map_err(|e| classify(&e))
}

fn classify(err: &lettre::transport::smtp::Error) -> SendError {
    if err.is_permanent() { SendError::Permanent(err.to_string()) } else { SendError::Temporary(err.to_string()) }
}
