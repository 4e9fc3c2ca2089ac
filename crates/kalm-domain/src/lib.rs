//! Kalm's domain: the rules of the product as pure functions and types.
//!
//! Nothing here reads a clock, a random source, a database or the network:
//! time comes in as `now`, randomness as bytes. That keeps every rule testable
//! by plain unit and property tests, and lets the app layer decide how to do
//! I/O. Input becomes a type at the edge (`EmailAddress::parse`,
//! `Hostname::parse`, `Language::parse`, ...), so inner layers cannot hold an
//! invalid value.
#![forbid(unsafe_code)]

pub mod accounts;
pub mod audit;
pub mod auth;
pub mod charges;
pub mod configurations;
pub mod content;
pub mod countries;
pub mod emails;
pub mod inactivity;
pub mod languages;
pub mod media;
pub mod permissions;
pub mod platforms;
