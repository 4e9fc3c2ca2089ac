//! Rebuilds this crate when a locale file is added or removed.
//!
//! `static_loader!` (src/lib.rs) lists `locales/<lang>/*.ftl` while the macro
//! expands and embeds each file it found with `include_str!`. Cargo therefore
//! notices edits to those files, but not a file that did not exist at the
//! last build: a new feature's `.ftl` would be missing from the binary until
//! something else changed. Watching the whole folder closes that gap.

fn main() {
    println!("cargo::rerun-if-changed=../../locales");
}
