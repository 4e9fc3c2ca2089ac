//! What commands print: lines, JSON and tables on standard output.
//!
//! Output is often piped into `head`, `grep -m1` or a pager that stops
//! reading early. `println!` panics when the reader has gone; like any Unix
//! tool, a command here then stops quietly (exit status 0: the reader got
//! what it asked for). Tables are sized to their content, so a long domain
//! or address never pushes the columns after it out of line.

use std::fmt;
use std::io::{ErrorKind, Write};

/// Prints a line on standard output, like `println!`, but a closed pipe
/// ends the command quietly.
macro_rules! say {
    () => { $crate::cli::output::line(format_args!("")) };
    ($($arg:tt)*) => { $crate::cli::output::line(format_args!($($arg)*)) };
}
pub(crate) use say;

/// Writes one line; see `say!`.
pub fn line(text: fmt::Arguments<'_>) {
    let mut out = std::io::stdout().lock();
    let written = out.write_fmt(text).and_then(|()| out.write_all(b"\n")).and_then(|()| out.flush());
    stop_if_gone(written);
}

/// Writes text as it is, without a line end added.
pub fn text(text: &str) {
    let mut out = std::io::stdout().lock();
    let written = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    stop_if_gone(written);
}

fn stop_if_gone(written: std::io::Result<()>) {
    match written {
        Ok(()) => {}
        Err(err) if err.kind() == ErrorKind::BrokenPipe => std::process::exit(0),
        Err(err) => {
            eprintln!("error: cannot write the output: {err}");
            std::process::exit(1);
        }
    }
}

/// A table with a header row, printed with each column as wide as its
/// widest cell and two spaces between columns. The last column is not
/// padded, so lines carry no trailing spaces.
#[derive(Debug, Clone)]
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table { header: header.iter().map(|h| (*h).to_owned()).collect(), rows: Vec::new() }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as lines of text.
    pub fn lines(&self) -> Vec<String> {
        let columns = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate().take(columns) {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
        std::iter::once(&self.header)
            .chain(&self.rows)
            .map(|row| {
                let mut line = String::new();
                for (i, cell) in row.iter().enumerate().take(columns) {
                    if i + 1 == columns {
                        line.push_str(cell);
                    } else {
                        let pad = widths[i] - cell.chars().count();
                        line.push_str(cell);
                        line.extend(std::iter::repeat_n(' ', pad + 2));
                    }
                }
                line.trim_end().to_owned()
            })
            .collect()
    }

    pub fn print(&self) {
        for line in self.lines() {
            say!("{line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_as_wide_as_their_widest_cell() {
        let mut table = Table::new(&["ID", "DOMAIN", "NAME"]);
        table.row(vec!["1".into(), "a-very-long-domain-name.example.org".into(), "Zorg".into()]);
        table.row(vec!["22".into(), "é.test".into(), "Café Care".into()]);
        let lines = table.lines();
        assert_eq!(
            lines,
            [
                "ID  DOMAIN                               NAME",
                "1   a-very-long-domain-name.example.org  Zorg",
                "22  é.test                               Café Care",
            ]
        );
    }

    #[test]
    fn no_trailing_spaces_when_the_last_cell_is_empty() {
        let mut table = Table::new(&["A", "B"]);
        table.row(vec!["x".into(), String::new()]);
        assert_eq!(table.lines(), ["A  B", "x"]);
    }
}
