//! Kalm's integration tests: one binary, each scenario on SQLite and on
//! PostgreSQL (see `kalm_testkit::both_backends!`), against a real server.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

mod accounts;
mod api;
mod audit;
mod cli;
mod configurations;
mod content;
mod emails;
mod inactivity;
mod jobs;
mod languages;
mod login;
mod logs;
mod media;
mod migrations;
mod operations;
mod operator_two_factor;
mod pages;
mod schema_check;
mod tenancy;
mod time_zones;
mod two_factor;
