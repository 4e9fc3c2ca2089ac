//! Authentication rules: password policy, session lifetimes, login throttling,
//! two-factor codes and the phone numbers they are sent to.
//!
//! The rules are here and pure; hashing (slow, blocking) and storage live in
//! the app and store layers.

pub mod password;
pub mod phone;
pub mod session;
pub mod throttle;
pub mod tokens;
pub mod two_factor;
