//! Kalm's use cases: each public async function is one thing a person does,
//! done in one transaction together with its audit entry.
//!
//! Time and randomness come from the `Clock` and `Randomness` held by `Kalm`,
//! so tests move a manual clock instead of sleeping and can seed tokens.
//! Every use case that acts on someone's behalf takes a `Caller` and asks
//! `kalm_domain::permissions::decide` before it touches anything.

#![forbid(unsafe_code)]

pub mod accounts;
pub mod audit;
pub mod auth;
pub mod catalogue;
pub mod charges;
pub mod clock;
pub mod configurations;
pub mod content;
pub mod emails;
pub mod error;
pub mod inactivity;
pub mod jobs;
pub mod media;
pub mod operator_two_factor;
pub mod operators;
pub mod platforms;
pub mod secrets;
pub mod settings;
pub mod sms;
pub mod two_factor;

use std::sync::Arc;

use kalm_domain::permissions::Actor;
pub use kalm_store::{Backend, Readiness, Store, StoreLimits};

pub use crate::clock::{Clock, ManualClock, SystemClock};
pub use crate::error::{AppError, AppResult, Entity};
pub use crate::secrets::{OsRandomness, Randomness};

/// Everything a use case needs, cheap to clone.
#[derive(Clone)]
pub struct Kalm {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub randomness: Arc<dyn Randomness>,
    pub passwords: secrets::PasswordHasher,
    settings: settings::SettingsCache,
    /// Platforms by host, confirmed by each request's session statement.
    platforms: platforms::PlatformCache,
    /// Audit entries of looks at records, committed in groups.
    audit_group: audit::GroupCommit,
    /// Seals secrets kept at rest (e-mails waiting in the outbox).
    pub secret_box: secrets::SecretBox,
    /// How links in e-mails reach a platform.
    pub urls: emails::PublicUrls,
    /// Sends two-factor codes by text message; `None`: not offered.
    pub sms: Option<Arc<dyn sms::SmsProvider>>,
    /// Whether operators must have a second factor (the default) or may
    /// set one up.
    pub operator_two_factor: operator_two_factor::Requirement,
    /// What each chargeable event costs; recorded with the charge.
    pub prices: Arc<kalm_domain::charges::PriceList>,
    sequence: Arc<std::sync::atomic::AtomicU16>,
}

impl std::fmt::Debug for Kalm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kalm").field("store", &self.store).finish_non_exhaustive()
    }
}

impl Kalm {
    pub fn new(store: Store, clock: Arc<dyn Clock>, randomness: Arc<dyn Randomness>) -> AppResult<Kalm> {
        let passwords = secrets::PasswordHasher::new(randomness.as_ref())?;
        // A key for this process only, until `with_secret_key` sets the
        // installation's: fine for tests, never for a server (see `kalm::cli::context`).
        let mut key = [0u8; 32];
        randomness.fill(&mut key);
        Ok(Kalm {
            store,
            clock,
            randomness,
            passwords,
            settings: settings::SettingsCache::default(),
            platforms: platforms::PlatformCache::default(),
            audit_group: audit::GroupCommit::default(),
            secret_box: secrets::SecretBox::new(&key),
            urls: emails::PublicUrls::default(),
            sms: None,
            operator_two_factor: operator_two_factor::Requirement::Required,
            prices: Arc::default(),
            sequence: Arc::new(std::sync::atomic::AtomicU16::new(0)),
        })
    }

    pub fn with_secret_key(mut self, key: &[u8; 32]) -> Kalm {
        self.secret_box = secrets::SecretBox::new(key);
        self
    }

    /// The current key and the keys it replaced, which still open what they
    /// sealed until `secrets::reseal` has run.
    pub fn with_secret_keys(mut self, key: &[u8; 32], previous: &[[u8; 32]]) -> Kalm {
        self.secret_box = secrets::SecretBox::new(key).with_previous(previous);
        self
    }

    pub fn with_public_urls(mut self, urls: emails::PublicUrls) -> Kalm {
        self.urls = urls;
        self
    }

    pub fn with_operator_two_factor(mut self, requirement: operator_two_factor::Requirement) -> Kalm {
        self.operator_two_factor = requirement;
        self
    }

    pub fn with_prices(mut self, prices: kalm_domain::charges::PriceList) -> Kalm {
        self.prices = Arc::new(prices);
        self
    }

    pub fn with_sms(mut self, provider: Arc<dyn sms::SmsProvider>) -> Kalm {
        self.sms = Some(provider);
        self
    }

    pub(crate) fn new_id(&self) -> uuid::Uuid {
        let mut bytes = [0u8; 16];
        self.randomness.fill(&mut bytes);
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    /// Time-ordered ids for the audit log, the ledger and the outbox, so
    /// rows sort by insertion: the milliseconds first, then (within one
    /// process) a counter in the 12 bits UUIDv7 leaves for that.
    pub(crate) fn new_ordered_id(&self) -> uuid::Uuid {
        self.new_ordered_id_from(self.randomness.as_ref())
    }

    /// The same, with randomness drawn ahead for a batch.
    pub(crate) fn new_ordered_id_from(&self, randomness: &dyn secrets::Randomness) -> uuid::Uuid {
        let mut bytes = [0u8; 10];
        randomness.fill(&mut bytes);
        let sequence = self.sequence.fetch_add(1, std::sync::atomic::Ordering::Relaxed) & 0x0fff;
        bytes[..2].copy_from_slice(&sequence.to_be_bytes());
        let millis = u64::try_from(self.clock.now().timestamp_millis()).unwrap_or_default();
        uuid::Builder::from_unix_timestamp_millis(millis, &bytes).into_uuid()
    }
}

/// Who is asking, and from where: the actor for the permission function, a
/// label for the audit log (their e-mail address), the source address.
#[derive(Debug, Clone)]
pub struct Caller {
    pub actor: Actor,
    pub id: uuid::Uuid,
    pub label: String,
    pub source: Option<String>,
}

impl Caller {
    /// The command line on the server: `kalm platform create`, `kalm account
    /// create`, … run by whoever administers the machine.
    pub fn command_line() -> Caller {
        Caller { actor: Actor::System, id: uuid::Uuid::nil(), label: "kalm cli".into(), source: None }
    }

    /// One of the server's background jobs, by name.
    pub fn job(name: &str) -> Caller {
        Caller { actor: Actor::System, id: uuid::Uuid::nil(), label: name.into(), source: None }
    }

    pub fn actor_kind(&self) -> &'static str {
        match self.actor {
            Actor::Operator => "operator",
            Actor::Account(_) => "account",
            Actor::System => "system",
        }
    }
}
