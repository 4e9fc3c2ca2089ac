//! E-mails: queued in the outbox inside the transaction of the change that
//! causes them, and delivered by a job that claims due messages, renders
//! them in the recipient's language and sends them over SMTP (or, for
//! development, writes `.eml` files to a folder).
//!
//! Delivery is at least once and, short of a crash between the SMTP server's
//! acceptance and our bookkeeping, exactly once: a round claims messages with
//! a lease under its own claim id, renews the lease on each group of
//! messages right before sending the group side by side (and skips any that
//! another worker has claimed since), marks them sent in one transaction
//! right after the server accepts them, and their payload (which may hold a
//! one-time link) is then erased. The SMTP
//! connection's timeout is well under the lease, so one send cannot outlive
//! its claim.
//! Temporary failures are retried with back-off for up to 48 hours;
//! permanent ones are kept as failed for an operator to retry.

use kalm_domain::permissions::{Action, Target};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use kalm_domain::accounts::AccountId;
use kalm_domain::configurations::Settings;
use kalm_domain::emails::{EmailData, EmailKind};
use kalm_domain::languages::Language;
use kalm_domain::platforms::{Hostname, PlatformId};
use kalm_store::AnyConnection;
pub use kalm_store::outbox::OutboxState;
use kalm_store::outbox::{NewMessage, OutboxMessage};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, Tokio1Executor};

use crate::Entity;
use crate::platforms::Platform;
use crate::{AppError, AppResult, Kalm};

/// How long a message keeps being retried after it was queued.
pub const RETRY_FOR: Duration = Duration::hours(48);
/// How long a worker may hold a claimed message before others may take it.
pub const LEASE: Duration = Duration::minutes(5);

/// How links in e-mails reach a platform: the public scheme and port.
#[derive(Debug, Clone)]
pub struct PublicUrls {
    pub scheme: String,
    /// Empty, or `:port` when the public URL has a port.
    pub port_suffix: String,
}

impl Default for PublicUrls {
    fn default() -> Self {
        PublicUrls { scheme: "https".into(), port_suffix: String::new() }
    }
}

impl PublicUrls {
    pub fn platform(&self, domain: &Hostname) -> String {
        format!("{}://{}{}", self.scheme, domain, self.port_suffix)
    }
}

/// The person an e-mail goes to.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub account: Option<AccountId>,
    pub address: String,
    pub first_name: String,
    pub last_name: String,
    pub language: Language,
    /// The person's own time zone for the dates in the e-mail; none means
    /// the platform's.
    pub time_zone: Option<kalm_domain::countries::TimeZone>,
}

impl From<&kalm_store::accounts::Account> for Recipient {
    fn from(a: &kalm_store::accounts::Account) -> Recipient {
        Recipient {
            account: Some(a.id),
            address: a.email.as_str().to_owned(),
            first_name: a.first_name.as_str().to_owned(),
            last_name: a.last_name.as_str().to_owned(),
            language: a.language,
            time_zone: a.time_zone,
        }
    }
}

/// What a particular e-mail adds to the names and the platform.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    pub link: Option<String>,
    pub valid_until: Option<DateTime<Utc>>,
    pub date: Option<DateTime<Utc>>,
    pub inviter_first_name: Option<String>,
}

/// Queues an e-mail on `conn`, the connection of the caller's transaction.
/// Non-essential kinds switched off on the platform are not queued. Returns
/// whether it was queued.
pub async fn enqueue(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: &Platform,
    recipient: &Recipient,
    kind: EmailKind,
    extras: Extras,
) -> AppResult<bool> {
    if switched_off(kalm, conn, platform, kind).await? {
        return Ok(false);
    }
    let message = prepare(kalm, platform, recipient, kind, extras, kalm.randomness.as_ref())?;
    kalm_store::outbox::insert(conn, &message, kalm.clock.now()).await?;
    metrics::counter!("kalm_emails_queued_total", "kind" => kind.code()).increment(1);
    Ok(true)
}

/// Queues one e-mail of `kind` to each recipient, with few statements (a
/// sweep mails every account of a batch).
pub async fn enqueue_many(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: &Platform,
    kind: EmailKind,
    recipients: Vec<(Recipient, Extras)>,
) -> AppResult<u64> {
    if recipients.is_empty() || switched_off(kalm, conn, platform, kind).await? {
        return Ok(0);
    }
    let messages = prepare_many(kalm, platform, kind, recipients)?;
    insert_prepared(kalm, conn, kind, &messages).await
}

/// The messages of `enqueue_many`, sealed and ready to store, made apart
/// from the transaction so a caller can make them while the database works
/// on something else of that transaction.
pub fn prepare_many(
    kalm: &Kalm,
    platform: &Platform,
    kind: EmailKind,
    recipients: Vec<(Recipient, Extras)>,
) -> AppResult<Vec<NewMessage>> {
    // A nonce and an id per message, drawn in one go.
    let randomness = crate::secrets::Drawn::new(kalm.randomness.as_ref(), 22 * recipients.len());
    recipients
        .into_iter()
        .map(|(recipient, extras)| prepare(kalm, platform, &recipient, kind, extras, &randomness))
        .collect()
}

/// Queues messages from `prepare_many` (unless the kind is switched off).
pub async fn enqueue_prepared(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: &Platform,
    kind: EmailKind,
    messages: &[NewMessage],
) -> AppResult<u64> {
    if messages.is_empty() || switched_off(kalm, conn, platform, kind).await? {
        return Ok(0);
    }
    insert_prepared(kalm, conn, kind, messages).await
}

async fn insert_prepared(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    kind: EmailKind,
    messages: &[NewMessage],
) -> AppResult<u64> {
    kalm_store::outbox::insert_many(conn, kalm.store.backend(), messages, kalm.clock.now()).await?;
    let queued = messages.len() as u64;
    metrics::counter!("kalm_emails_queued_total", "kind" => kind.code()).increment(queued);
    Ok(queued)
}

async fn switched_off(kalm: &Kalm, conn: &mut AnyConnection, platform: &Platform, kind: EmailKind) -> AppResult<bool> {
    let Some(switchable) = kind.switchable() else { return Ok(false) };
    let settings = crate::settings::current_on(kalm, conn, platform).await?;
    Ok(settings.emails.0.contains(&switchable))
}

/// The message as stored: only what the kind allows goes into the data,
/// sealed; dates travel as RFC 3339 and are formatted in the recipient's
/// language when rendered.
fn prepare(
    kalm: &Kalm,
    platform: &Platform,
    recipient: &Recipient,
    kind: EmailKind,
    extras: Extras,
    randomness: &dyn crate::secrets::Randomness,
) -> AppResult<NewMessage> {
    let data = EmailData {
        first_name: recipient.first_name.clone(),
        last_name: recipient.last_name.clone(),
        organisation_name: platform.name.as_str().to_owned(),
        platform_url: kalm.urls.platform(&platform.domain),
        link: extras.link,
        valid_until: extras.valid_until.map(|t| t.to_rfc3339()),
        date: extras.date.map(|t| t.to_rfc3339()),
        inviter_first_name: extras.inviter_first_name,
        time_zone: Some(recipient.time_zone.unwrap_or(platform.time_zone).name().to_owned()),
        contact_email: platform.contact_email.as_ref().map(|a| a.as_str().to_owned()),
    };
    let payload = serde_json::to_vec(&data).map_err(|e| AppError::Internal(format!("e-mail data: {e}")))?;
    Ok(NewMessage {
        id: kalm.new_ordered_id_from(randomness),
        platform_id: platform.id,
        account_id: recipient.account,
        kind,
        language: recipient.language,
        recipient: recipient.address.clone(),
        payload_sealed: kalm.secret_box.seal(&payload, randomness)?,
    })
}

pub mod smtp;

/// Where delivered e-mails go.
#[derive(Clone)]
pub enum Mailer {
    /// Plain SMTP or STARTTLS, on Kalm's own connections.
    Smtp(Arc<smtp::SmtpPool>),
    /// Implicit TLS (`smtps://`), on the SMTP library's transport: a new
    /// connection per message.
    SmtpImplicitTls(AsyncSmtpTransport<Tokio1Executor>),
    /// Development: each message becomes an `.eml` file in this folder.
    Directory(PathBuf),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Smtp(pool) => write!(f, "Mailer::Smtp({pool:?})"),
            Mailer::SmtpImplicitTls(_) => f.write_str("Mailer::SmtpImplicitTls"),
            Mailer::Directory(p) => write!(f, "Mailer::Directory({})", p.display()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// Worth trying again later (4xx, connection refused, timeout).
    Temporary(String),
    /// Will not succeed (5xx, malformed address).
    Permanent(String),
}

impl Mailer {
    /// `smtp://host:port` (plain), `smtp+starttls://host:port`, or
    /// `smtps://user:password@host:port` (TLS from the start); user and
    /// password may be given with any of them.
    pub fn from_url(url: &str) -> Result<Mailer, String> {
        let (scheme, rest) = url.split_once("://").ok_or_else(|| format!("{url:?} is not a URL"))?;
        let (userinfo, hostport) = match rest.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, rest),
        };
        let hostport = hostport.trim_end_matches('/');
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) => (h, Some(p.parse::<u16>().map_err(|_| format!("port {p:?} is not a number"))?)),
            None => (hostport, None),
        };
        if host.is_empty() {
            return Err("the SMTP URL has no host".into());
        }
        let credentials = userinfo.map(|userinfo| {
            let (user, password) = userinfo.split_once(':').unwrap_or((userinfo, ""));
            lettre::transport::smtp::authentication::Credentials::new(percent_decode(user), percent_decode(password))
        });
        let security = match scheme {
            "smtp" => smtp::Security::Plain,
            "smtp+starttls" => smtp::Security::StartTls,
            "smtps" => {
                let mut builder = AsyncSmtpTransport::<Tokio1Executor>::relay(host)
                    .map_err(|e| e.to_string())?
                    .port(port.unwrap_or(465));
                if let Some(credentials) = credentials {
                    builder = builder.credentials(credentials);
                }
                return Ok(Mailer::SmtpImplicitTls(builder.timeout(Some(smtp::SMTP_TIMEOUT)).build()));
            }
            other => return Err(format!("unknown scheme {other:?}: expected smtp, smtp+starttls or smtps")),
        };
        let port = port.unwrap_or(if security == smtp::Security::Plain { 25 } else { 587 });
        Ok(Mailer::Smtp(Arc::new(smtp::SmtpPool::new(host, port, security, credentials, SIDE_BY_SIDE))))
    }

    pub async fn send(&self, message: lettre::Message, id: uuid::Uuid) -> Result<(), SendError> {
        match self {
            Mailer::Smtp(pool) => pool.send(&message).await,
            Mailer::SmtpImplicitTls(transport) => smtp::send_implicit_tls(transport, message).await,
            Mailer::Directory(folder) => {
                let write = async {
                    tokio::fs::create_dir_all(folder).await?;
                    tokio::fs::write(folder.join(format!("{id}.eml")), message.formatted()).await
                };
                write.await.map_err(|e| SendError::Temporary(format!("writing the .eml file: {e}")))
            }
        }
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Everything the delivery job needs besides `Kalm`.
#[derive(Clone)]
pub struct Delivery {
    pub mailer: Mailer,
    /// The sender address (`KALM_MAIL_FROM`); the platform's name is the display name.
    pub from_address: String,
    /// How many messages are sent side by side (`SIDE_BY_SIDE` unless a
    /// test wants them one by one).
    pub side_by_side: usize,
}

/// What one delivery round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Round {
    /// Messages this round claimed.
    pub claimed: usize,
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
    /// Claimed by another worker after this round's lease ran out.
    pub skipped: usize,
}

/// `a***@example.org`: enough to recognise, not enough to reuse.
pub fn masked(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => format!("{}***@{domain}", local.chars().next().unwrap_or('*')),
        None => "***".into(),
    }
}

fn backoff(attempts: i64) -> Duration {
    let minutes = 1i64 << attempts.clamp(0, 6);
    Duration::minutes(minutes.min(60))
}

/// A round's platforms and their settings, read once per round rather than
/// once per message.
type Senders = HashMap<PlatformId, (Platform, Arc<Settings>)>;

async fn senders(kalm: &Kalm, messages: &[OutboxMessage]) -> AppResult<Senders> {
    let mut senders = Senders::new();
    for message in messages {
        if senders.contains_key(&message.platform_id) {
            continue;
        }
        let platform = {
            let mut reader = kalm.store.read().await?;
            kalm_store::platforms::by_id(&mut reader, message.platform_id).await?
        };
        let platform = platform.ok_or(AppError::NotFound(Entity::Platform))?;
        let settings = crate::settings::current(kalm, &platform).await?;
        senders.insert(platform.id, (platform, settings));
    }
    Ok(senders)
}

fn build(kalm: &Kalm, delivery: &Delivery, senders: &Senders, message: &OutboxMessage) -> AppResult<lettre::Message> {
    let sealed =
        message.payload_sealed.as_deref().ok_or_else(|| AppError::Internal("payload already erased".into()))?;
    let data: EmailData = serde_json::from_slice(&kalm.secret_box.open(sealed)?)
        .map_err(|e| AppError::Internal(format!("e-mail data: {e}")))?;
    let (platform, settings) = senders.get(&message.platform_id).ok_or(AppError::NotFound(Entity::Platform))?;
    let signature = settings.email_signature.0.get(&message.language).map(String::as_str);
    let rendered = kalm_i18n::emails::render(message.kind, message.language, &data, settings.email_greeting, signature);
    let from: Mailbox = format!("{} <{}>", platform.name.as_str().replace(['<', '>', '"'], ""), delivery.from_address)
        .parse()
        .map_err(|e| AppError::Internal(format!("sender address: {e}")))?;
    let to: Mailbox = message.recipient.parse().map_err(|e| AppError::Internal(format!("recipient address: {e}")))?;
    lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(rendered.subject)
        .multipart(MultiPart::alternative_plain_html(rendered.text, rendered.html))
        .map_err(|e| AppError::Internal(format!("building the message: {e}")))
}

/// How many messages one round claims. A full round is followed by the
/// next at once (see `jobs`), so this bounds a round, not the throughput.
pub const ROUND_SIZE: i64 = 500;
/// How many messages are sent side by side, each on its own SMTP connection
/// from the mailer's pool: a send mostly waits on the server.
pub const SIDE_BY_SIDE: usize = 8;

/// Claims and sends the messages that are due. Safe to run on every node.
pub async fn deliver_due(kalm: &Kalm, delivery: &Delivery) -> AppResult<Round> {
    let now = kalm.clock.now();
    let claim = kalm.new_id().to_string();
    let backend = kalm.store.backend();
    let mut tx = kalm.store.begin().await?;
    let claimed = kalm_store::outbox::claim_due(&mut tx, backend, &claim, now, now + LEASE, ROUND_SIZE).await?;
    tx.commit().await?;
    let mut round = Round { claimed: claimed.len(), ..Round::default() };
    let senders = senders(kalm, &claimed).await?;
    for group in claimed.chunks(delivery.side_by_side.max(1)) {
        // The lease of each message of the group is renewed right before
        // the group is sent, so every send starts with a whole lease ahead
        // of it, far longer than the SMTP timeout: no other worker can take
        // a message while it is being sent.
        let now = kalm.clock.now();
        let ids: Vec<uuid::Uuid> = group.iter().map(|m| m.id).collect();
        let mut tx = kalm.store.begin().await?;
        let ours = kalm_store::outbox::renew_claims(&mut tx, backend, &ids, &claim, now + LEASE).await?;
        tx.commit().await?;
        let (ours, lost): (Vec<&OutboxMessage>, Vec<&OutboxMessage>) = group.iter().partition(|m| ours.contains(&m.id));
        for message in lost {
            tracing::info!(id = %message.id, "e-mail claimed by another worker since this round began; skipped");
            round.skipped += 1;
        }
        let outcomes = futures_util::future::join_all(ours.iter().map(|message| async {
            match build(kalm, delivery, &senders, message) {
                Ok(email) => delivery.mailer.send(email, message.id).await,
                Err(err) => Err(SendError::Permanent(err.to_string())),
            }
        }))
        .await;
        // The group's outcomes in one transaction: each is recorded only if
        // the message is still this claim's.
        let now = kalm.clock.now();
        let mut tx = kalm.store.begin().await?;
        let mut recorded = Vec::with_capacity(ours.len());
        for (message, outcome) in ours.iter().zip(&outcomes) {
            recorded.push(match outcome {
                Ok(()) => {
                    round.sent += 1;
                    kalm_store::outbox::mark_sent(&mut tx, message.id, &claim, now).await?
                }
                Err(SendError::Temporary(error)) if now < message.created_at + RETRY_FOR => {
                    let retry_at = now + backoff(message.attempts);
                    round.retried += 1;
                    kalm_store::outbox::mark_attempt_failed(&mut tx, message.id, &claim, error, Some(retry_at)).await?
                }
                Err(SendError::Temporary(error) | SendError::Permanent(error)) => {
                    round.failed += 1;
                    kalm_store::outbox::mark_attempt_failed(&mut tx, message.id, &claim, error, None).await?
                }
            });
        }
        tx.commit().await?;
        for ((message, outcome), recorded) in ours.iter().zip(&outcomes).zip(recorded) {
            log_attempt(message, outcome, recorded);
        }
    }
    record_gauges(kalm).await?;
    Ok(round)
}

fn log_attempt(message: &OutboxMessage, outcome: &Result<(), SendError>, recorded: bool) {
    if !recorded {
        // Only if one send outlived the whole lease, which the SMTP timeout
        // is there to prevent: the other claim's outcome stands.
        tracing::warn!(id = %message.id, "e-mail lease lost during its send; the outcome was not recorded");
    }
    let result = match outcome {
        Ok(()) => "sent",
        Err(SendError::Temporary(_)) => "temporary_failure",
        Err(SendError::Permanent(_)) => "permanent_failure",
    };
    metrics::counter!("kalm_emails_delivery_attempts_total", "result" => result).increment(1);
    tracing::info!(
        id = %message.id,
        kind = message.kind.code(),
        recipient = %masked(&message.recipient),
        attempt = message.attempts + 1,
        result,
        error = outcome.as_ref().err().map(|e| match e { SendError::Temporary(s) | SendError::Permanent(s) => s.as_str() }),
        "e-mail delivery"
    );
}

async fn record_gauges(kalm: &Kalm) -> AppResult<()> {
    let mut tx = kalm.store.begin().await?;
    let (queued, sent, failed, oldest) = kalm_store::outbox::stats(&mut tx).await?;
    tx.commit().await?;
    metrics::gauge!("kalm_emails", "state" => "queued").set(queued as f64);
    metrics::gauge!("kalm_emails", "state" => "sent").set(sent as f64);
    metrics::gauge!("kalm_emails", "state" => "failed").set(failed as f64);
    let age = oldest.map_or(0.0, |t| (kalm.clock.now() - t).num_seconds().max(0) as f64);
    metrics::gauge!("kalm_emails_queue_age_seconds").set(age);
    Ok(())
}

/// Failed messages, for operators.
pub async fn failed(kalm: &Kalm, caller: &crate::Caller) -> AppResult<Vec<OutboxMessage>> {
    crate::audit::authorize(kalm, caller, Action::ManageEmails, &Target::Installation).await?;
    let mut tx = kalm.store.begin().await?;
    let list = kalm_store::outbox::by_state(&mut tx, OutboxState::Failed, 1000).await?;
    tx.commit().await?;
    Ok(list)
}

/// The messages to one address, newest first, for the service desk to see
/// whether someone's mail went out: state, attempts, last error (the
/// caller shows those, never a body). The look is audited, as any look at
/// what was sent to a person.
pub async fn to_address(kalm: &Kalm, caller: &crate::Caller, address: &str) -> AppResult<Vec<OutboxMessage>> {
    crate::audit::authorize(kalm, caller, Action::ManageEmails, &Target::Installation).await?;
    let address = kalm_domain::accounts::EmailAddress::parse(address)?;
    let found = {
        let mut reader = kalm.store.read().await?;
        kalm_store::outbox::to_address(&mut reader, address.as_str(), 100).await?
    };
    let event = crate::audit::Event::new(kalm_domain::audit::AuditAction::EmailsLookedUp, None)
        .detail(serde_json::json!({ "address": masked(address.as_str()), "found": found.len() }));
    crate::audit::record(kalm, &crate::audit::Who::Caller(caller.clone()), event).await?;
    Ok(found)
}

/// Puts a failed message back in the queue, audited.
pub async fn retry(kalm: &Kalm, caller: &crate::Caller, id: uuid::Uuid) -> AppResult<()> {
    crate::audit::authorize(kalm, caller, Action::ManageEmails, &Target::Installation).await?;
    let mut tx = kalm.store.begin().await?;
    let found = kalm_store::outbox::by_id(&mut tx, id).await?.ok_or(AppError::NotFound(Entity::Email))?;
    if found.state != OutboxState::Failed || found.payload_sealed.is_none() {
        return Err(AppError::NotFound(Entity::Email));
    }
    if !kalm_store::outbox::retry(&mut tx, id, kalm.clock.now()).await? {
        return Err(AppError::NotFound(Entity::Email));
    }
    let who = crate::audit::Who::Caller(caller.clone());
    let mut event = crate::audit::Event::new(kalm_domain::audit::AuditAction::EmailRetried, Some(found.platform_id))
        .detail(serde_json::json!({ "email": id.to_string(), "kind": found.kind.code() }));
    if let Some(account) = found.account_id {
        event = event.target("account", account.0, masked(&found.recipient));
    }
    crate::audit::write(kalm, &mut tx, &who, event).await?;
    tx.commit().await?;
    Ok(())
}

/// The messages queued or sent for a platform, newest last (tests, console).
pub async fn all(kalm: &Kalm, state: OutboxState) -> AppResult<Vec<OutboxMessage>> {
    let mut tx = kalm.store.begin().await?;
    let list = kalm_store::outbox::by_state(&mut tx, state, 10_000).await?;
    tx.commit().await?;
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls() {
        assert!(matches!(Mailer::from_url("smtp://127.0.0.1:2525"), Ok(Mailer::Smtp(_))));
        assert!(matches!(Mailer::from_url("smtps://user:p%40ss@mail.example.org"), Ok(Mailer::SmtpImplicitTls(_))));
        assert!(matches!(Mailer::from_url("smtp+starttls://mail.example.org:587"), Ok(Mailer::Smtp(_))));
        assert!(Mailer::from_url("http://mail.example.org").is_err());
        assert!(Mailer::from_url("smtp://host:port").is_err());
        assert_eq!(percent_decode("p%40ss%3Aword"), "p@ss:word");
        assert_eq!(percent_decode("é%é%4"), "é%é%4", "no panic on odd input");
    }

    #[test]
    fn backoff_and_masking() {
        assert_eq!(backoff(0), Duration::minutes(1));
        assert_eq!(backoff(3), Duration::minutes(8));
        assert_eq!(backoff(40), Duration::minutes(60));
        assert_eq!(masked("anna@example.org"), "a***@example.org");
    }
}

/// Counts per state and the age of the oldest queued message, for operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxOverview {
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
    pub oldest_queued: Option<DateTime<Utc>>,
}

pub async fn overview(kalm: &Kalm, caller: &crate::Caller) -> AppResult<OutboxOverview> {
    crate::audit::authorize(kalm, caller, Action::ManageEmails, &Target::Installation).await?;
    let mut tx = kalm.store.begin().await?;
    let (queued, sent, failed, oldest_queued) = kalm_store::outbox::stats(&mut tx).await?;
    tx.commit().await?;
    Ok(OutboxOverview { queued, sent, failed, oldest_queued })
}
