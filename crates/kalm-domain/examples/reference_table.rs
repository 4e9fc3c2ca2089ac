//! Prints the configuration catalogue as the Markdown table that
//! docs/configurations.md carries between its catalogue markers:
//! `cargo run -p kalm-domain --example reference_table`.

fn main() {
    print!("{}", kalm_domain::configurations::reference_table());
}
