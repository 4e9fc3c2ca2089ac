//! Authentication rules: password policy, session lifetimes, login throttling.
//!
//! The rules are here and pure; hashing (slow, blocking) and storage live in
//! the app and store layers.

pub mod password;
pub mod session;
pub mod throttle;
pub mod two_factor;
