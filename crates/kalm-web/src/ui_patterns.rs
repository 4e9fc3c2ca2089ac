//! Checks that every template follows the shared page patterns of
//! docs/ui-patterns.md, so a new page cannot quietly invent its own: wide
//! tables turn into cards on a phone, and headings never skip a level.

use std::path::{Path, PathBuf};

fn templates() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).expect("templates folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "html") {
                let text = std::fs::read_to_string(&path).expect("template");
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"), &mut out);
    assert!(out.len() > 20, "the templates were found");
    out
}

/// Every table of more than three columns is a `cards` table, and each of
/// its cells names its column (`data-label`), except a cell of buttons.
#[test]
fn wide_tables_become_cards_on_a_phone() {
    for (path, text) in templates() {
        for table in text.split("<table").skip(1) {
            let table = &table[..table.find("</table>").expect("a closed table")];
            let columns = table.matches("<th scope=\"col\"").count();
            if columns <= 3 {
                continue;
            }
            assert!(
                table.starts_with(" class=\"cards\""),
                "{}: a table of {columns} columns without cards",
                path.display()
            );
            let body = &table[table.find("</thead>").expect("a head row")..];
            for cell in body.split("<td").skip(1) {
                let opening = &cell[..cell.find('>').unwrap_or(0)];
                let buttons = cell.split("</td>").next().is_some_and(|c| c.contains("<button") || c.contains("<form"));
                assert!(
                    opening.contains("data-label=") || buttons,
                    "{}: a cell without data-label: <td{}",
                    path.display(),
                    &cell[..cell.len().min(60)]
                );
            }
        }
    }
}

fn heading_levels(text: &str) -> Vec<u32> {
    let mut levels = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("<h") {
        rest = &rest[at + 2..];
        if let Some(level) = rest.chars().next().and_then(|c| c.to_digit(10)) {
            levels.push(level);
        }
    }
    levels
}

/// Within one page, a heading is at most one level below the one before
/// it. A fragment that is included into a page (no `extends`) may start at
/// any level, and goes on from there by the same rule.
#[test]
fn headings_do_not_skip_a_level() {
    for (path, text) in templates() {
        let levels = heading_levels(&text);
        let page = text.contains("{% extends");
        let mut last = if page { 0 } else { levels.first().map_or(0, |l| l - 1) };
        for level in levels {
            assert!(level <= last + 1, "{}: h{level} after h{last}", path.display());
            last = level;
        }
    }
}
