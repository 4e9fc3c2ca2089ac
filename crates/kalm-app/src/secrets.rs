//! Secrets: random tokens, their stored digests, and password hashing.
//!
//! Tokens (sessions, activation links, API tokens) are 256 random bits shown
//! once; only their SHA-256 is stored, which is enough for high-entropy
//! tokens and lets a look-up be a plain index probe. Passwords are hashed with
//! Argon2id at the OWASP parameters (19 MiB, t=2, p=1) on the blocking pool,
//! never on the async threads. Unknown accounts are checked against a dummy
//! hash so that a login takes about as long whether or not the address exists.
//!
//! Two things keep hashing cheap and bounded under load. At most one hash per
//! core runs at a time (a semaphore), so a burst of logins queues instead of
//! allocating 19 MiB per waiting request. And each blocking thread keeps its
//! Argon2 working memory between hashes: allocating it anew returned it to the
//! operating system every few hashes and cost about 15 % of a hash in page
//! faults (see bench/README.md).

use std::cell::RefCell;
use std::sync::{Arc, Mutex};

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use kalm_domain::auth::password::NewPassword;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::{AppError, AppResult};

pub trait Randomness: Send + Sync {
    fn fill(&self, buf: &mut [u8]);
}

/// The operating system's CSPRNG.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsRandomness;

impl Randomness for OsRandomness {
    fn fill(&self, buf: &mut [u8]) {
        rand::rngs::OsRng.fill_bytes(buf);
    }
}

/// Randomness drawn from another source in one go and handed out in
/// order, each byte once: a batch that seals many values and makes many
/// ids asks the operating system once instead of once per value.
pub(crate) struct Drawn<'a> {
    source: &'a dyn Randomness,
    bytes: std::sync::Mutex<(Vec<u8>, usize)>,
}

impl<'a> Drawn<'a> {
    pub(crate) fn new(source: &'a dyn Randomness, len: usize) -> Drawn<'a> {
        let mut bytes = vec![0u8; len];
        source.fill(&mut bytes);
        Drawn { source, bytes: std::sync::Mutex::new((bytes, 0)) }
    }
}

impl Randomness for Drawn<'_> {
    fn fill(&self, buf: &mut [u8]) {
        let Ok(mut drawn) = self.bytes.lock() else {
            return self.source.fill(buf);
        };
        let (bytes, used) = &mut *drawn;
        match bytes.get(*used..*used + buf.len()) {
            Some(next) => {
                buf.copy_from_slice(next);
                *used += buf.len();
            }
            None => self.source.fill(buf),
        }
    }
}

/// A fresh 256-bit token, URL-safe.
pub fn new_token(randomness: &dyn Randomness) -> String {
    let mut bytes = [0u8; 32];
    randomness.fill(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored for a token.
pub fn token_digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub const ARGON2_MEMORY_KIB: u32 = 19 * 1024;
pub const ARGON2_ITERATIONS: u32 = 2;
pub const ARGON2_PARALLELISM: u32 = 1;

pub fn argon2() -> AppResult<Argon2<'static>> {
    let params = Params::new(ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_PARALLELISM, None)
        .map_err(|e| AppError::Internal(format!("argon2 parameters: {e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Work for a hashing thread.
type HashJob = Box<dyn FnOnce() + Send>;

#[derive(Clone)]
pub struct PasswordHasher {
    dummy_hash: String,
    /// One permit per core: hashes beyond that wait their turn.
    slots: Arc<tokio::sync::Semaphore>,
    /// Hands hashes to this hasher's own threads, one per core.
    jobs: std::sync::mpsc::Sender<HashJob>,
}

impl PasswordHasher {
    pub fn new(randomness: &dyn Randomness) -> AppResult<PasswordHasher> {
        let filler = new_token(randomness);
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        let (jobs, queue) = std::sync::mpsc::channel::<HashJob>();
        let queue = Arc::new(Mutex::new(queue));
        // Threads of its own rather than tokio's blocking pool: the pool
        // hands each hash to whichever of its threads is free, so the
        // 19 MiB of working memory kept per thread went cold (and was
        // faulted in again) on threads that had not hashed lately. These
        // threads end when the hasher's last clone is dropped.
        for n in 0..cores {
            let queue = queue.clone();
            std::thread::Builder::new()
                .name(format!("kalm-hash-{n}"))
                .spawn(move || {
                    loop {
                        let job = match queue.lock() {
                            Ok(queue) => queue.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                })
                .map_err(|e| AppError::Internal(format!("hashing thread: {e}")))?;
        }
        Ok(PasswordHasher {
            dummy_hash: hash_blocking(&filler, randomness)?,
            slots: Arc::new(tokio::sync::Semaphore::new(cores)),
            jobs,
        })
    }

    /// Runs `work` on a hashing thread once a hashing slot is free.
    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> AppResult<T> + Send + 'static) -> AppResult<T> {
        let _slot = self.slots.acquire().await.map_err(|e| AppError::Internal(format!("hashing slots: {e}")))?;
        let (answer, answered) = tokio::sync::oneshot::channel();
        let job: HashJob = Box::new(move || {
            let _ = answer.send(work());
        });
        self.jobs.send(job).map_err(|_| AppError::Internal("hashing threads gone".into()))?;
        answered.await.map_err(|_| AppError::Internal("hashing thread ended mid-hash".into()))?
    }

    pub async fn hash(&self, password: &NewPassword, randomness: &dyn Randomness) -> AppResult<String> {
        let mut salt = [0u8; 16];
        randomness.fill(&mut salt);
        let password = password.expose().to_owned();
        self.run(move || hash_with_salt(&password, &salt)).await
    }

    /// Verifies `password` against `stored`, or against the dummy hash when
    /// there is nothing stored, so both paths cost the same.
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> AppResult<bool> {
        let real = stored.is_some();
        let hash = stored.unwrap_or(&self.dummy_hash).to_owned();
        let password = password.to_owned();
        let matched = self.run(move || verify_blocking(&password, &hash)).await?;
        Ok(real && matched)
    }
}

fn hash_blocking(password: &str, randomness: &dyn Randomness) -> AppResult<String> {
    let mut salt = [0u8; 16];
    randomness.fill(&mut salt);
    hash_with_salt(password, &salt)
}

thread_local! {
    /// This thread's Argon2 working memory, kept between hashes.
    static BLOCKS: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Computes a raw Argon2 hash into `out` in this thread's reused memory.
fn argon2_into(argon2: &Argon2<'_>, params: &Params, password: &str, salt: &[u8], out: &mut [u8]) -> AppResult<()> {
    BLOCKS.with(|cell| {
        let mut blocks = cell.borrow_mut();
        let needed = params.block_count();
        if blocks.len() < needed {
            blocks.resize(needed, Block::default());
        }
        argon2
            .hash_password_into_with_memory(password.as_bytes(), salt, out, &mut blocks[..needed])
            .map_err(|e| AppError::Internal(format!("hashing: {e}")))
    })
}

fn hash_with_salt(password: &str, salt: &[u8; 16]) -> AppResult<String> {
    let internal = |what: &str, e: &dyn std::fmt::Display| AppError::Internal(format!("{what}: {e}"));
    let argon2 = argon2()?;
    let params = argon2.params().clone();
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2_into(&argon2, &params, password, salt, &mut out)?;
    let salt_string = SaltString::encode_b64(salt).map_err(|e| internal("salt", &e))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| internal("parameters", &e))?,
        salt: Some(salt_string.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| internal("output", &e))?),
    };
    Ok(phc.to_string())
}

/// Verifies a password against a stored PHC string. The parameters come from
/// the stored hash, so older hashes keep working after the defaults change.
/// Also the login benchmark's baseline.
pub fn verify_blocking(password: &str, stored: &str) -> AppResult<bool> {
    let internal = |what: &str, e: &dyn std::fmt::Display| AppError::Internal(format!("{what}: {e}"));
    let parsed = PasswordHash::new(stored).map_err(|e| internal("stored hash", &e))?;
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| internal("stored algorithm", &e))?;
    let version = parsed.version.map(Version::try_from).transpose().map_err(|e| internal("stored version", &e))?;
    let params = Params::try_from(&parsed).map_err(|e| internal("stored parameters", &e))?;
    let (Some(expected), Some(salt)) = (parsed.hash, parsed.salt) else {
        return Err(AppError::Internal("stored hash lacks salt or output".into()));
    };
    let mut salt_buf = [0u8; 64];
    let salt = salt.decode_b64(&mut salt_buf).map_err(|e| internal("stored salt", &e))?;
    let argon2 = Argon2::new(algorithm, version.unwrap_or(Version::V0x13), params.clone());
    let mut out = vec![0u8; expected.len()];
    argon2_into(&argon2, &params, password, salt, &mut out)?;
    // `Output` compares in constant time.
    Ok(Output::new(&out).map_err(|e| internal("output", &e))? == expected)
}

/// Encrypts secrets kept at rest (e-mails waiting in the outbox, which may
/// carry a one-time link; two-factor secrets and phone numbers) with the
/// installation's secret key. ChaCha20-Poly1305 with a random nonce per
/// message; the stored form is `v1:` and base64 of nonce and ciphertext.
///
/// Key rotation: values are always sealed with the current key, and opened
/// with the current key or, failing that, one of the previous keys still
/// configured (the cipher's authentication tag tells which key fits). After
/// `kalm secrets reseal` has sealed everything again with the current key,
/// the previous keys can be dropped.
#[derive(Clone)]
pub struct SecretBox {
    cipher: chacha20poly1305::ChaCha20Poly1305,
    previous: Vec<chacha20poly1305::ChaCha20Poly1305>,
    /// For digests of short codes (six digits), which a plain hash would
    /// not protect: derived from the key, so a copy of the database alone
    /// does not reveal them.
    digest_key: [u8; 32],
}

impl std::fmt::Debug for SecretBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretBox(***)")
    }
}

impl SecretBox {
    pub fn new(key: &[u8; 32]) -> SecretBox {
        use chacha20poly1305::KeyInit;
        let mut derive = Sha256::new();
        derive.update(b"kalm code digest key\0");
        derive.update(key);
        SecretBox {
            cipher: chacha20poly1305::ChaCha20Poly1305::new(key.into()),
            previous: Vec::new(),
            digest_key: derive.finalize().into(),
        }
    }

    /// Keys that sealed values before the current one: they still open.
    pub fn with_previous(mut self, keys: &[[u8; 32]]) -> SecretBox {
        use chacha20poly1305::KeyInit;
        self.previous = keys.iter().map(|k| chacha20poly1305::ChaCha20Poly1305::new(k.into())).collect();
        self
    }

    /// Whether `sealed` opens with the current key (so resealing can skip it).
    pub fn is_current(&self, sealed: &str) -> bool {
        Self::split(sealed).is_ok_and(|(nonce, ciphertext)| Self::try_open(&self.cipher, &nonce, &ciphertext).is_some())
    }

    fn split(sealed: &str) -> AppResult<(Vec<u8>, Vec<u8>)> {
        let body = sealed.strip_prefix("v1:").ok_or_else(|| AppError::Internal("unknown sealed format".into()))?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(body)
            .map_err(|_| AppError::Internal("sealed value is not base64".into()))?;
        if bytes.len() < 12 {
            return Err(AppError::Internal("sealed value too short".into()));
        }
        let (nonce, ciphertext) = bytes.split_at(12);
        Ok((nonce.to_vec(), ciphertext.to_vec()))
    }

    fn try_open(cipher: &chacha20poly1305::ChaCha20Poly1305, nonce: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>> {
        use chacha20poly1305::aead::Aead;
        cipher.decrypt(nonce.into(), ciphertext).ok()
    }

    /// HMAC-SHA-256 of a short code under the installation's key, as hex.
    pub fn code_digest(&self, code: &str) -> String {
        use hmac::{Hmac, Mac};
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.digest_key) else { return String::new() };
        mac.update(code.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// Parses a key given as base64 (32 bytes).
    pub fn parse_key(text: &str) -> Result<[u8; 32], String> {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .map_err(|_| "the secret key is not valid base64".to_owned())?;
        <[u8; 32]>::try_from(bytes.as_slice())
            .map_err(|_| format!("the secret key has {} bytes; it needs 32", bytes.len()))
    }

    pub fn seal(&self, plaintext: &[u8], randomness: &dyn Randomness) -> AppResult<String> {
        use chacha20poly1305::aead::Aead as _;
        let mut nonce = [0u8; 12];
        randomness.fill(&mut nonce);
        let sealed =
            self.cipher.encrypt((&nonce).into(), plaintext).map_err(|_| AppError::Internal("sealing failed".into()))?;
        let mut out = nonce.to_vec();
        out.extend(sealed);
        Ok(format!("v1:{}", base64::engine::general_purpose::STANDARD.encode(out)))
    }

    pub fn open(&self, sealed: &str) -> AppResult<Vec<u8>> {
        let (nonce, ciphertext) = Self::split(sealed)?;
        std::iter::once(&self.cipher)
            .chain(&self.previous)
            .find_map(|cipher| Self::try_open(cipher, &nonce, &ciphertext))
            .ok_or_else(|| AppError::Internal("sealed value does not open with any configured key".into()))
    }
}

/// After a key rotation: seals every sealed value again with the current
/// key, a batch per transaction, skipping values sealed with it already.
/// Returns how many values were resealed. Safe to run again, and while the
/// server runs (a value changed meanwhile is left to its new writer).
pub async fn reseal(kalm: &crate::Kalm) -> AppResult<u64> {
    const BATCH: i64 = 500;
    let mut resealed = 0;
    for column in kalm_store::secrets::SEALED_COLUMNS {
        let mut after = String::new();
        loop {
            let mut tx = kalm.store.begin().await?;
            let page = kalm_store::secrets::page(&mut tx, *column, &after, BATCH).await?;
            for (id, sealed) in &page {
                if kalm.secret_box.is_current(sealed) {
                    continue;
                }
                let plain = kalm.secret_box.open(sealed)?;
                let fresh = kalm.secret_box.seal(&plain, kalm.randomness.as_ref())?;
                if kalm_store::secrets::replace(&mut tx, *column, id, sealed, &fresh).await? {
                    resealed += 1;
                }
            }
            tx.commit().await?;
            match page.last() {
                Some((id, _)) if page.len() as i64 == BATCH => after.clone_from(id),
                _ => break,
            }
        }
    }
    Ok(resealed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts its calls and hands out 1, 2, 3, … so order is visible.
    struct Counting {
        calls: std::sync::atomic::AtomicUsize,
        next: std::sync::atomic::AtomicU8,
    }

    impl Randomness for Counting {
        fn fill(&self, buf: &mut [u8]) {
            self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            for b in buf {
                *b = self.next.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            }
        }
    }

    #[test]
    fn drawn_randomness_hands_out_each_byte_once_in_order_then_asks_the_source() {
        let source = Counting { calls: 0.into(), next: 0.into() };
        let drawn = Drawn::new(&source, 5);
        let (mut a, mut b, mut c) = ([0u8; 2], [0u8; 3], [0u8; 2]);
        drawn.fill(&mut a);
        drawn.fill(&mut b);
        assert_eq!((a, b), ([1, 2], [3, 4, 5]));
        assert_eq!(source.calls.load(std::sync::atomic::Ordering::SeqCst), 1, "one call for the whole draw");
        drawn.fill(&mut c);
        assert_eq!(c, [6, 7], "past the draw, fresh bytes from the source");
        assert_eq!(source.calls.load(std::sync::atomic::Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn hashes_verify_and_use_owasp_parameters() {
        let hasher = PasswordHasher::new(&OsRandomness).unwrap();
        let password = NewPassword::parse("correct horse battery staple", &[]).unwrap();
        let hash = hasher.hash(&password, &OsRandomness).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(hasher.verify("correct horse battery staple", Some(&hash)).await.unwrap());
        assert!(!hasher.verify("correct horse battery stapler", Some(&hash)).await.unwrap());
        assert!(!hasher.verify("anything", None).await.unwrap());
    }

    #[test]
    fn hashes_from_the_reference_implementation_still_verify() {
        use argon2::password_hash::PasswordHasher as _;
        let salt = SaltString::encode_b64(&[7u8; 16]).unwrap();
        let reference = argon2().unwrap().hash_password(b"correct horse battery staple", &salt).unwrap().to_string();
        assert_eq!(hash_with_salt("correct horse battery staple", &[7u8; 16]).unwrap(), reference, "same PHC string");
        assert!(verify_blocking("correct horse battery staple", &reference).unwrap());
        assert!(!verify_blocking("correct horse battery stapl", &reference).unwrap());
        // Older, cheaper parameters keep verifying.
        let old = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8192, 1, 1, None).unwrap())
            .hash_password(b"correct horse battery staple", &salt)
            .unwrap()
            .to_string();
        assert!(verify_blocking("correct horse battery staple", &old).unwrap());
        assert!(verify_blocking("x", "not a hash").is_err());
    }

    #[test]
    fn sealed_values_open_only_with_their_key() {
        let a = SecretBox::new(&[1u8; 32]);
        let b = SecretBox::new(&[2u8; 32]);
        let sealed = a.seal(b"https://care.example.org/activate/secret", &OsRandomness).unwrap();
        assert!(sealed.starts_with("v1:") && !sealed.contains("secret"));
        assert_ne!(sealed, a.seal(b"https://care.example.org/activate/secret", &OsRandomness).unwrap(), "fresh nonce");
        assert_eq!(a.open(&sealed).unwrap(), b"https://care.example.org/activate/secret");
        assert!(b.open(&sealed).is_err());
        let mut tampered = sealed.clone();
        tampered.pop();
        assert!(a.open(&tampered).is_err());
        assert!(SecretBox::parse_key("AAAA").is_err());
        assert_eq!(
            SecretBox::parse_key(&base64::engine::general_purpose::STANDARD.encode([7u8; 32])).unwrap(),
            [7u8; 32]
        );
    }

    #[test]
    fn previous_keys_still_open_until_resealed() {
        let old = SecretBox::new(&[1u8; 32]);
        let sealed = old.seal(b"JBSWY3DPEHPK3PXP", &OsRandomness).unwrap();
        let rotated = SecretBox::new(&[2u8; 32]).with_previous(&[[1u8; 32]]);
        assert_eq!(rotated.open(&sealed).unwrap(), b"JBSWY3DPEHPK3PXP");
        assert!(!rotated.is_current(&sealed));
        let resealed = rotated.seal(&rotated.open(&sealed).unwrap(), &OsRandomness).unwrap();
        assert!(rotated.is_current(&resealed));
        assert!(SecretBox::new(&[2u8; 32]).open(&sealed).is_err(), "without the previous key it does not open");
        assert_ne!(old.code_digest("123456"), rotated.code_digest("123456"), "code digests follow the key");
    }

    #[test]
    fn tokens_are_long_and_digests_stable() {
        let t = new_token(&OsRandomness);
        assert_eq!(t.len(), 43);
        assert_ne!(t, new_token(&OsRandomness));
        assert_eq!(token_digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
