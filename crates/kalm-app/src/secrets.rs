//! Secrets: random tokens, their stored digests, and password hashing.
//!
//! Tokens (sessions, activation links, API tokens) are 256 random bits shown
//! once; only their SHA-256 is stored, which is enough for high-entropy
//! tokens and lets a look-up be a plain index probe. Passwords are hashed with
//! Argon2id at the OWASP parameters (19 MiB, t=2, p=1) on the blocking pool,
//! never on the async threads. Unknown accounts are checked against a dummy
//! hash so that a login takes about as long whether or not the address exists.

use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
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

#[derive(Clone)]
pub struct PasswordHasher {
    dummy_hash: String,
}

impl PasswordHasher {
    pub fn new(randomness: &dyn Randomness) -> AppResult<PasswordHasher> {
        let filler = new_token(randomness);
        Ok(PasswordHasher { dummy_hash: hash_blocking(&filler, randomness)? })
    }

    pub async fn hash(&self, password: &NewPassword, randomness: &dyn Randomness) -> AppResult<String> {
        let mut salt = [0u8; 16];
        randomness.fill(&mut salt);
        let password = password.expose().to_owned();
        tokio::task::spawn_blocking(move || hash_with_salt(&password, &salt))
            .await
            .map_err(|e| AppError::Internal(format!("hashing task: {e}")))?
    }

    /// Verifies `password` against `stored`, or against the dummy hash when
    /// there is nothing stored, so both paths cost the same.
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> AppResult<bool> {
        let real = stored.is_some();
        let hash = stored.unwrap_or(&self.dummy_hash).to_owned();
        let password = password.to_owned();
        let matched = tokio::task::spawn_blocking(move || verify_blocking(&password, &hash))
            .await
            .map_err(|e| AppError::Internal(format!("hashing task: {e}")))??;
        Ok(real && matched)
    }
}

fn hash_blocking(password: &str, randomness: &dyn Randomness) -> AppResult<String> {
    let mut salt = [0u8; 16];
    randomness.fill(&mut salt);
    hash_with_salt(password, &salt)
}

fn hash_with_salt(password: &str, salt: &[u8; 16]) -> AppResult<String> {
    let salt = SaltString::encode_b64(salt).map_err(|e| AppError::Internal(format!("salt: {e}")))?;
    Ok(argon2()?
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| AppError::Internal(format!("hashing: {e}")))?
        .to_string())
}

/// Raw verification, also used by the login benchmark as its baseline.
pub fn verify_blocking(password: &str, stored: &str) -> AppResult<bool> {
    let parsed = PasswordHash::new(stored).map_err(|e| AppError::Internal(format!("stored hash: {e}")))?;
    // The parameters come from the stored hash, so older hashes keep working
    // after the defaults change.
    Ok(Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn tokens_are_long_and_digests_stable() {
        let t = new_token(&OsRandomness);
        assert_eq!(t.len(), 43);
        assert_ne!(t, new_token(&OsRandomness));
        assert_eq!(token_digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
