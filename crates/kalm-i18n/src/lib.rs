//! Translations: every user-visible string is a Fluent message in
//! `locales/<lang>/<feature>.ftl`, compiled into the binary. Each language
//! has the same feature files with the same messages (the tests in
//! `catalogue` check it), so a feature's texts are found under one name in
//! every language; the loader merges a language's files into one bundle.
//!
//! This crate sits between the domain and the two layers that show text:
//! the web layer translates pages with a [`Tr`], and the application's
//! e-mail delivery renders messages with [`emails::render`]. Keeping both
//! here lets the app produce e-mails without depending on the web crate, and
//! gives a later per-platform override of e-mail texts one place to plug in.
//!
//! Unicode isolation marks are turned off: they end up visible in form values,
//! plain-text output and e-mail subjects, and our placeholders are never
//! right-to-left.

use fluent_templates::static_loader;

pub mod catalogue;
pub mod emails;
pub mod languages;
mod tr;
#[cfg(test)]
mod wording;

pub use languages::{TRANSLATED, page_language, platform_language};
pub use tr::Tr;

static_loader! {
    pub(crate) static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}
