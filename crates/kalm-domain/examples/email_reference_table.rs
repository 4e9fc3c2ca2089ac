//! Prints the e-mail catalogue as the Markdown table that docs/emails.md
//! carries between its catalogue markers:
//! `cargo run -p kalm-domain --example email_reference_table`.

fn main() {
    print!("{}", kalm_domain::emails::reference_table());
}
