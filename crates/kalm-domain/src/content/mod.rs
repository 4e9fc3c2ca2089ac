//! Content: the tools authors build on a content platform (modules,
//! diaries, questionnaires), as one document each.
//!
//! A tool's content is a single typed document (`ToolDocument`), stored as
//! JSON in a draft and, once released, frozen in a numbered version. One
//! document rather than rows per block because a release must freeze
//! everything at once, the exchange format is the same document, and the
//! care side reads a version whole. Items and blocks carry stable ids
//! (`linkId` in FHIR terms) that survive edits, reordering and copies, so
//! answers and scores stay attached to what was asked.
//!
//! - `document`: the model and its JSON schema (`kalm-tool/1`).
//! - `scoring`: scores, bands and alerts, as pure functions of a version
//!   and a set of answers.
//! - `edit`: what an editor does to a draft (add, move, copy, remove).
//! - `release`: what must hold before a draft may become a version.
//! - `markdown`: the safe Markdown subset of texts.

pub mod document;
pub mod edit;
pub mod fhir;
pub mod markdown;
pub mod release;
pub mod scoring;

pub use document::*;
