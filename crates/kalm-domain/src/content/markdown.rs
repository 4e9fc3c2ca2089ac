//! The Markdown subset authors write module text blocks and item texts in:
//! paragraphs, headings (`#`, `##`, `###`), emphasis and strong, bulleted
//! and numbered lists (nested), `http(s)` links and hard line breaks.
//!
//! Three questions are answered here, each by one function:
//! - `problems`: is a text within the subset? Saving and releasing a tool
//!   use it, so an author learns what to change while writing, not a client
//!   while reading.
//! - `to_html`: the text as HTML, safe for *any* input, because drafts are
//!   previewed before they are checked and a stored text must never be
//!   trusted to have been checked.
//! - `to_plain_text`: the words without markup, for the FHIR export and
//!   other places that show no HTML.
//!
//! Why it is shaped so:
//! - `pulldown-cmark` only parses; the HTML is written here from its events
//!   with an allow-list (`p`, `h2`–`h4`, `em`, `strong`, `ul`, `ol`, `li`,
//!   `a`, `br`). Everything else is never turned into a tag: raw HTML, code,
//!   tables, quotes and the like are shown as the escaped text the author
//!   typed, images leave only their alt text, and a link to anything but
//!   an absolute `http(s)` address keeps only its text. Writing the tags
//!   ourselves from a closed list is simpler to trust than rendering
//!   everything and cleaning afterwards (which `ammonia` would do), and
//!   keeps this crate small and free of I/O.
//! - Tables and footnotes are parsed (their extensions are on) only so that
//!   they can be *named* as problems; without them a table would quietly
//!   read as a paragraph of bars.
//! - Headings start at `h2` because the page around a text already has its
//!   `h1`; deeper headings than `###` are shown as `h4` and reported, so a
//!   draft still previews with its structure.
//! - Every `match` on the parser's tags and events is exhaustive on purpose:
//!   when an upgrade of `pulldown-cmark` adds a construct, the build stops
//!   until someone decides whether it belongs in the subset.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// One thing in a text that is outside the subset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownProblem {
    /// What kind of thing it is: `raw_html`, `image`, `code`, `table`,
    /// `quote`, `link_scheme`, `heading_level` or `other`; stable, so the
    /// web layer can translate it.
    pub code: &'static str,
    /// The offending source, trimmed and cut to a readable length, so an
    /// author can find it in a long text.
    pub excerpt: String,
}

const RAW_HTML: &str = "raw_html";
const IMAGE: &str = "image";
const CODE: &str = "code";
const TABLE: &str = "table";
const QUOTE: &str = "quote";
const LINK_SCHEME: &str = "link_scheme";
const HEADING_LEVEL: &str = "heading_level";
const OTHER: &str = "other";

/// Long enough to recognise a construct, short enough for one line of an
/// error list.
const EXCERPT_CHARS: usize = 80;

/// The problems in `source`, in the order they appear; empty when the text
/// is within the subset. Inside a refused block (a quote, a table, ...)
/// only the block itself is reported: it has to go as a whole anyway.
pub fn problems(source: &str) -> Vec<MarkdownProblem> {
    let events = parse(source);
    let mut found = Vec::new();
    let mut report = |code, range: &Range<usize>| {
        found.push(MarkdownProblem { code, excerpt: excerpt(slice(source, range)) });
    };
    let mut index = 0;
    while let Some((event, range)) = events.get(index) {
        match event {
            Event::Start(tag) => match judge(tag) {
                Verdict::Refuse { code, .. } => {
                    report(code, range);
                    index = matching_end(&events, index);
                }
                Verdict::Image => {
                    report(IMAGE, range);
                    index = matching_end(&events, index);
                }
                Verdict::Unlink => report(LINK_SCHEME, range),
                Verdict::Keep => {
                    if let Tag::Heading { level, .. } = tag
                        && *level > HeadingLevel::H3
                    {
                        report(HEADING_LEVEL, range);
                    }
                }
            },
            other => {
                if let Some((code, _)) = refused_event(other) {
                    report(code, range);
                }
            }
        }
        index += 1;
    }
    found
}

/// `source` as HTML built only from the allowed tags, with every text and
/// attribute value escaped; safe whatever `source` holds. Links carry
/// `rel="noopener noreferrer"` and open in the same tab (no `target`).
pub fn to_html(source: &str) -> String {
    let events = parse(source);
    let mut html = String::with_capacity(source.len() + source.len() / 4 + 16);
    // Whether each open link was written as `<a>`, so its end knows whether
    // to write `</a>`.
    let mut links: Vec<bool> = Vec::new();
    let mut index = 0;
    while let Some((event, range)) = events.get(index) {
        match event {
            Event::Start(tag) => match judge(tag) {
                Verdict::Keep => open_tag(&mut html, tag, &mut links),
                Verdict::Unlink => links.push(false),
                Verdict::Image => {
                    let end = matching_end(&events, index);
                    let alt = events.get(index + 1..end).unwrap_or_default();
                    push_escaped(&mut html, &flat_text(alt));
                    index = end;
                }
                Verdict::Refuse { block, .. } => {
                    push_source(&mut html, slice(source, range), block);
                    index = matching_end(&events, index);
                }
            },
            Event::End(tag) => close_tag(&mut html, *tag, &mut links),
            Event::Text(text) => push_escaped(&mut html, text),
            Event::SoftBreak => html.push('\n'),
            Event::HardBreak => html.push_str("<br>\n"),
            other => {
                let block = refused_event(other).is_some_and(|(_, block)| block);
                push_source(&mut html, slice(source, range), block);
            }
        }
        index += 1;
    }
    html
}

/// The words of `source` without markup: blocks separated by a blank line,
/// list items on their own lines as `- ` or `1. ` (indented when nested),
/// a link as its text followed by its address in brackets (unless the text
/// is the address). Raw HTML is left out; other refused constructs keep
/// their words (code, quotes, table cells, alt texts). Not escaped: the
/// result is text, to be escaped by whatever shows it.
pub fn to_plain_text(source: &str) -> String {
    let events = parse(source);
    let mut text = PlainText::default();
    let mut index = 0;
    while let Some((event, _)) = events.get(index) {
        match event {
            Event::Start(Tag::HtmlBlock) => index = matching_end(&events, index),
            Event::Start(tag) => text.start(tag),
            Event::End(tag) => text.end(*tag),
            Event::Text(words) | Event::Code(words) | Event::InlineMath(words) | Event::DisplayMath(words) => {
                text.write(words)
            }
            Event::SoftBreak => text.write(" "),
            Event::HardBreak => text.line_break(),
            Event::Rule => text.block(),
            Event::Html(_) | Event::InlineHtml(_) | Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
        index += 1;
    }
    text.out
}

/// The parser's view of `source`, with where each event came from (for
/// excerpts and for showing refused constructs as typed).
fn parse(source: &str) -> Vec<(Event<'_>, Range<usize>)> {
    // Tables and footnotes only so they can be reported; see the module
    // comment. Strikethrough, math and the rest stay off: their markers
    // (`~`, `$`) are ordinary characters in the subset.
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    Parser::new_ext(source, options).into_offset_iter().collect()
}

/// What the subset does with an element.
enum Verdict {
    /// In the subset: written as its HTML element.
    Keep,
    /// A link to something other than an absolute `http(s)` address: its
    /// text stays, the link goes.
    Unlink,
    /// An image: dropped, its alt text kept as text.
    Image,
    /// Outside the subset: shown as the escaped source the author typed,
    /// as a paragraph of its own when `block`.
    Refuse { code: &'static str, block: bool },
}

fn judge(tag: &Tag<'_>) -> Verdict {
    match tag {
        Tag::Paragraph | Tag::Heading { .. } | Tag::List(_) | Tag::Item | Tag::Emphasis | Tag::Strong => Verdict::Keep,
        Tag::Link { dest_url, .. } if is_allowed_url(dest_url) => Verdict::Keep,
        Tag::Link { .. } => Verdict::Unlink,
        Tag::Image { .. } => Verdict::Image,
        Tag::HtmlBlock => Verdict::Refuse { code: RAW_HTML, block: true },
        Tag::CodeBlock(_) => Verdict::Refuse { code: CODE, block: true },
        Tag::BlockQuote(_) => Verdict::Refuse { code: QUOTE, block: true },
        Tag::Table(_) => Verdict::Refuse { code: TABLE, block: true },
        // Only ever inside a table, which is refused whole.
        Tag::TableHead | Tag::TableRow | Tag::TableCell => Verdict::Refuse { code: TABLE, block: false },
        Tag::FootnoteDefinition(_)
        | Tag::DefinitionList
        | Tag::DefinitionListTitle
        | Tag::DefinitionListDefinition
        | Tag::MetadataBlock(_) => Verdict::Refuse { code: OTHER, block: true },
        Tag::Strikethrough | Tag::Superscript | Tag::Subscript => Verdict::Refuse { code: OTHER, block: false },
    }
}

/// The problem code of an event (other than a start) that is outside the
/// subset, and whether it stands as a block of its own.
fn refused_event(event: &Event<'_>) -> Option<(&'static str, bool)> {
    match event {
        Event::Start(_) | Event::End(_) | Event::Text(_) | Event::SoftBreak | Event::HardBreak => None,
        Event::Code(_) => Some((CODE, false)),
        Event::Html(_) | Event::InlineHtml(_) => Some((RAW_HTML, false)),
        Event::Rule => Some((OTHER, true)),
        Event::DisplayMath(_) => Some((OTHER, true)),
        Event::InlineMath(_) | Event::FootnoteReference(_) | Event::TaskListMarker(_) => Some((OTHER, false)),
    }
}

/// Only absolute `http://` and `https://` addresses with a host: anything
/// else (`javascript:`, `data:`, `mailto:`, relative and
/// protocol-relative addresses) either runs code, leaks to another
/// program, or depends on the page the text happens to be shown on. The
/// parser has already decoded entities and escapes, so `javascript&#58;`
/// arrives here as `javascript:`.
///
/// An `http(s)` address that carries a script scheme further on (say
/// `https://x/redirect?to=javascript:…`) is refused too: no text a client
/// reads needs one, and an open redirect on someone else's site should not
/// become Kalm's problem.
fn is_allowed_url(url: &str) -> bool {
    let rest = strip_prefix_ignoring_case(url, "https://").or_else(|| strip_prefix_ignoring_case(url, "http://"));
    let has_host = rest
        .and_then(|rest| rest.chars().next())
        .is_some_and(|first| !matches!(first, '/' | '\\' | '?' | '#') && !first.is_whitespace() && !first.is_control());
    let lower = url.to_ascii_lowercase();
    has_host && !SCRIPT_SCHEMES.iter().any(|scheme| lower.contains(scheme))
}

/// Schemes that make a browser run or render what follows.
const SCRIPT_SCHEMES: &[&str] = &["javascript:", "vbscript:", "data:"];

fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) { text.get(prefix.len()..) } else { None }
}

fn open_tag(html: &mut String, tag: &Tag<'_>, links: &mut Vec<bool>) {
    match tag {
        Tag::Paragraph => html.push_str("<p>"),
        Tag::Heading { level, .. } => {
            html.push_str("<h");
            html.push(heading_digit(*level));
            html.push('>');
        }
        Tag::List(_) if !html.is_empty() && !html.ends_with('\n') => {
            // A nested list starts on its own line: easier to read when
            // debugging a page, no difference to a browser.
            html.push('\n');
            open_tag(html, tag, links);
        }
        Tag::List(None) => html.push_str("<ul>\n"),
        Tag::List(Some(1)) => html.push_str("<ol>\n"),
        Tag::List(Some(first)) => {
            html.push_str("<ol start=\"");
            html.push_str(&first.to_string());
            html.push_str("\">\n");
        }
        Tag::Item => html.push_str("<li>"),
        Tag::Emphasis => html.push_str("<em>"),
        Tag::Strong => html.push_str("<strong>"),
        Tag::Link { dest_url, .. } => {
            // The title is left out: one attribute fewer to get right, and
            // a tooltip is no place for content a reader needs.
            html.push_str("<a href=\"");
            push_href(html, dest_url);
            html.push_str("\" rel=\"noopener noreferrer\">");
            links.push(true);
        }
        // `judge` never keeps these; written as nothing rather than trusted.
        Tag::Image { .. }
        | Tag::HtmlBlock
        | Tag::CodeBlock(_)
        | Tag::BlockQuote(_)
        | Tag::Table(_)
        | Tag::TableHead
        | Tag::TableRow
        | Tag::TableCell
        | Tag::FootnoteDefinition(_)
        | Tag::DefinitionList
        | Tag::DefinitionListTitle
        | Tag::DefinitionListDefinition
        | Tag::MetadataBlock(_)
        | Tag::Strikethrough
        | Tag::Superscript
        | Tag::Subscript => {}
    }
}

fn close_tag(html: &mut String, tag: TagEnd, links: &mut Vec<bool>) {
    match tag {
        TagEnd::Paragraph => html.push_str("</p>\n"),
        TagEnd::Heading(level) => {
            html.push_str("</h");
            html.push(heading_digit(level));
            html.push_str(">\n");
        }
        TagEnd::List(true) => html.push_str("</ol>\n"),
        TagEnd::List(false) => html.push_str("</ul>\n"),
        TagEnd::Item => html.push_str("</li>\n"),
        TagEnd::Emphasis => html.push_str("</em>"),
        TagEnd::Strong => html.push_str("</strong>"),
        TagEnd::Link => {
            if links.pop() == Some(true) {
                html.push_str("</a>");
            }
        }
        // Refused elements are skipped from start to end and never reach
        // here.
        TagEnd::Image
        | TagEnd::HtmlBlock
        | TagEnd::CodeBlock
        | TagEnd::BlockQuote(_)
        | TagEnd::Table
        | TagEnd::TableHead
        | TagEnd::TableRow
        | TagEnd::TableCell
        | TagEnd::FootnoteDefinition
        | TagEnd::DefinitionList
        | TagEnd::DefinitionListTitle
        | TagEnd::DefinitionListDefinition
        | TagEnd::MetadataBlock(_)
        | TagEnd::Strikethrough
        | TagEnd::Superscript
        | TagEnd::Subscript => {}
    }
}

/// `#` is the page's second level: the page has its own `h1`.
fn heading_digit(level: HeadingLevel) -> char {
    match level {
        HeadingLevel::H1 => '2',
        HeadingLevel::H2 => '3',
        HeadingLevel::H3 | HeadingLevel::H4 | HeadingLevel::H5 | HeadingLevel::H6 => '4',
    }
}

/// The index of the `End` that closes the `Start` at `start` (the parser
/// keeps them balanced); the last index if it somehow does not.
fn matching_end(events: &[(Event<'_>, Range<usize>)], start: usize) -> usize {
    let mut depth = 0usize;
    for (index, (event, _)) in events.iter().enumerate().skip(start) {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return index;
                }
            }
            _ => {}
        }
    }
    events.len().saturating_sub(1)
}

/// The words of some inline events, for an image's alt text.
fn flat_text(events: &[(Event<'_>, Range<usize>)]) -> String {
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::Text(words) | Event::Code(words) | Event::InlineMath(words) => text.push_str(words),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

/// A refused construct as the author typed it, escaped; a block gets a
/// paragraph of its own with its lines kept apart.
fn push_source(html: &mut String, source: &str, block: bool) {
    if !block {
        push_escaped(html, source);
        return;
    }
    let mut lines = source.lines().map(str::trim).filter(|line| !line.is_empty());
    let Some(first) = lines.next() else { return };
    html.push_str("<p>");
    push_escaped(html, first);
    for line in lines {
        html.push_str("<br>\n");
        push_escaped(html, line);
    }
    html.push_str("</p>\n");
}

fn push_escaped(html: &mut String, text: &str) {
    for character in text.chars() {
        match character {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            _ => html.push(character),
        }
    }
}

/// An allowed address as an attribute value: characters that could end the
/// attribute or that browsers would strip or reinterpret (quotes, angle
/// brackets, backticks, whitespace, controls) are percent-encoded, and `&`
/// is escaped. So the value is one unbroken token, and an address like
/// `https://x/" onmouseover="…` cannot become a second attribute.
fn push_href(html: &mut String, url: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for character in url.chars() {
        if character == '&' {
            html.push_str("&amp;");
        } else if character.is_whitespace()
            || character.is_control()
            || matches!(character, '"' | '\'' | '<' | '>' | '`')
        {
            let mut bytes = [0u8; 4];
            for byte in character.encode_utf8(&mut bytes).bytes() {
                html.push('%');
                html.push(char::from(HEX[usize::from(byte >> 4)]));
                html.push(char::from(HEX[usize::from(byte & 0x0f)]));
            }
        } else {
            html.push(character);
        }
    }
}

/// The source of an event; empty rather than a panic if a range were ever
/// off a character boundary.
fn slice<'a>(source: &'a str, range: &Range<usize>) -> &'a str {
    source.get(range.clone()).unwrap_or_default()
}

fn excerpt(source: &str) -> String {
    let trimmed = source.trim();
    match trimmed.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", trimmed.get(..cut).unwrap_or_default()),
        None => trimmed.to_owned(),
    }
}

/// Builds plain text block by block. Breaks are asked for, not written,
/// and only the largest one asked for since the last words is written
/// before the next words, so nesting never stacks blank lines and the
/// result neither starts nor ends with one.
#[derive(Default)]
struct PlainText {
    out: String,
    /// Line breaks to write before the next words.
    breaks: usize,
    /// Indentation or list marker to write before the next words.
    prefix: String,
    /// The open lists: the next number of a numbered one, `None` for bullets.
    lists: Vec<Option<u64>>,
    /// Nothing written yet in the current list item, so its first block
    /// goes on the marker's line.
    fresh_item: bool,
    /// For each open link: where its text began and its address, or `None`
    /// when the link was refused.
    links: Vec<Option<(usize, String)>>,
    /// No cell written yet in the current table row.
    first_cell: bool,
}

impl PlainText {
    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::CodeBlock(_)
            | Tag::BlockQuote(_)
            | Tag::Table(_)
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::MetadataBlock(_)
            | Tag::HtmlBlock => self.block(),
            Tag::DefinitionListTitle | Tag::DefinitionListDefinition => self.line_break(),
            Tag::List(first) => {
                if self.lists.is_empty() {
                    self.block();
                }
                self.lists.push(*first);
            }
            Tag::Item => self.item(),
            Tag::TableHead | Tag::TableRow => {
                self.line_break();
                self.first_cell = true;
            }
            Tag::TableCell => {
                if !self.first_cell {
                    self.write(" | ");
                }
                self.first_cell = false;
            }
            Tag::Link { dest_url, .. } if is_allowed_url(dest_url) => {
                self.flush();
                self.links.push(Some((self.out.len(), dest_url.to_string())));
            }
            Tag::Link { .. } => self.links.push(None),
            Tag::Emphasis
            | Tag::Strong
            | Tag::Image { .. }
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::Item => self.fresh_item = false,
            TagEnd::Link => {
                if let Some(Some((start, url))) = self.links.pop() {
                    let words = self.out.get(start..).unwrap_or_default().trim();
                    if words != url {
                        self.write(" (");
                        self.write(&url);
                        self.write(")");
                    }
                }
            }
            _ => {}
        }
    }

    fn item(&mut self) {
        self.line_break();
        let depth = self.lists.len();
        let mut marker = "  ".repeat(depth.saturating_sub(1));
        match self.lists.last_mut() {
            Some(Some(number)) => {
                marker.push_str(&format!("{number}. "));
                *number = number.saturating_add(1);
            }
            Some(None) | None => marker.push_str("- "),
        }
        self.prefix = marker;
        self.flush();
        self.fresh_item = true;
    }

    /// A new block: a blank line before it, or a plain line inside a list
    /// item (and nothing at all when it is the item's first block).
    fn block(&mut self) {
        if self.fresh_item {
            return;
        }
        let breaks = if self.lists.is_empty() { 2 } else { 1 };
        self.ask(breaks);
    }

    fn line_break(&mut self) {
        self.ask(1);
    }

    fn ask(&mut self, breaks: usize) {
        self.breaks = self.breaks.max(breaks);
        self.prefix = "  ".repeat(self.lists.len());
    }

    fn write(&mut self, words: &str) {
        for (number, line) in words.split('\n').enumerate() {
            if number > 0 {
                self.line_break();
            }
            if !line.is_empty() {
                self.flush();
                self.out.push_str(line);
                self.fresh_item = false;
            }
        }
    }

    fn flush(&mut self) {
        if !self.out.is_empty() {
            for _ in 0..self.breaks {
                self.out.push('\n');
            }
        }
        self.breaks = 0;
        self.out.push_str(&std::mem::take(&mut self.prefix));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Texts within the subset and the HTML they become.
    const ALLOWED: &[(&str, &str)] = &[
        ("Hello, world.", "<p>Hello, world.</p>\n"),
        ("One\n\nTwo", "<p>One</p>\n<p>Two</p>\n"),
        ("soft\nbreak", "<p>soft\nbreak</p>\n"),
        ("# Title", "<h2>Title</h2>\n"),
        ("## Part", "<h3>Part</h3>\n"),
        ("### Section", "<h4>Section</h4>\n"),
        ("Title\n=====", "<h2>Title</h2>\n"),
        ("Part\n----", "<h3>Part</h3>\n"),
        ("*one* and _two_", "<p><em>one</em> and <em>two</em></p>\n"),
        ("**one** and __two__", "<p><strong>one</strong> and <strong>two</strong></p>\n"),
        ("***both***", "<p><em><strong>both</strong></em></p>\n"),
        ("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
        ("* a\n+ b", "<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>\n"),
        ("1. a\n2. b", "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n"),
        ("3. c\n4. d", "<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n"),
        ("- a\n  - b\n    1. c", "<ul>\n<li>a\n<ul>\n<li>b\n<ol>\n<li>c</li>\n</ol>\n</li>\n</ul>\n</li>\n</ul>\n"),
        ("- a\n\n- b", "<ul>\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul>\n"),
        (
            "[Kalm](https://kalm.example/a?b=1&c=2)",
            "<p><a href=\"https://kalm.example/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">Kalm</a></p>\n",
        ),
        (
            "[*em* link](HTTP://Kalm.example)",
            "<p><a href=\"HTTP://Kalm.example\" rel=\"noopener noreferrer\"><em>em</em> link</a></p>\n",
        ),
        (
            "<https://kalm.example/x>",
            "<p><a href=\"https://kalm.example/x\" rel=\"noopener noreferrer\">https://kalm.example/x</a></p>\n",
        ),
        (
            "[help][ref]\n\n[ref]: https://kalm.example/help",
            "<p><a href=\"https://kalm.example/help\" rel=\"noopener noreferrer\">help</a></p>\n",
        ),
        (
            "[odd](<https://kalm.example/a b\"c>)",
            "<p><a href=\"https://kalm.example/a%20b%22c\" rel=\"noopener noreferrer\">odd</a></p>\n",
        ),
        ("line  \nbreak", "<p>line<br>\nbreak</p>\n"),
        ("line\\\nbreak", "<p>line<br>\nbreak</p>\n"),
        ("Tom & \"Jerry\" 'x' > y", "<p>Tom &amp; &quot;Jerry&quot; &#39;x&#39; &gt; y</p>\n"),
        ("&lt;script&gt; &amp; &copy;", "<p>&lt;script&gt; &amp; ©</p>\n"),
        ("1 < 2 and \\<b>", "<p>1 &lt; 2 and &lt;b&gt;</p>\n"),
        ("about ~5 minutes, costs $3", "<p>about ~5 minutes, costs $3</p>\n"),
        // Without its definition a footnote mark is just text (as on GitHub).
        ("Note[^1]", "<p>Note[^1]</p>\n"),
        ("a | b", "<p>a | b</p>\n"),
        ("[not a link]", "<p>[not a link]</p>\n"),
        ("", ""),
    ];

    /// Texts outside the subset, the one problem each has, and how they
    /// are shown anyway.
    const REFUSED: &[(&str, &str, &str)] = &[
        ("<b>bold</b>", RAW_HTML, "<p>&lt;b&gt;bold&lt;/b&gt;</p>\n"),
        ("<script>alert(1)</script>", RAW_HTML, "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
        ("<div>\nx\n</div>", RAW_HTML, "<p>&lt;div&gt;<br>\nx<br>\n&lt;/div&gt;</p>\n"),
        ("<!-- note -->", RAW_HTML, "<p>&lt;!-- note --&gt;</p>\n"),
        ("text <img src=x onerror=alert(1)>", RAW_HTML, "<p>text &lt;img src=x onerror=alert(1)&gt;</p>\n"),
        ("![a *cat*](https://kalm.example/cat.png)", IMAGE, "<p>a cat</p>\n"),
        ("![\"x\" onerror=y](javascript:alert(1))", IMAGE, "<p>&quot;x&quot; onerror=y</p>\n"),
        ("`code`", CODE, "<p>`code`</p>\n"),
        ("```\nlet x = 1;\n```", CODE, "<p>```<br>\nlet x = 1;<br>\n```</p>\n"),
        ("    indented", CODE, "<p>indented</p>\n"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", TABLE, "<p>| a | b |<br>\n|---|---|<br>\n| 1 | 2 |</p>\n"),
        ("> quoted", QUOTE, "<p>&gt; quoted</p>\n"),
        ("[x](javascript:alert(1))", LINK_SCHEME, "<p>x</p>\n"),
        ("[x](JavaScript:alert(1))", LINK_SCHEME, "<p>x</p>\n"),
        ("[x](javascript&#58;alert(1))", LINK_SCHEME, "<p>x</p>\n"),
        ("[x](data:text/html,hi)", LINK_SCHEME, "<p>x</p>\n"),
        ("[x](/relative)", LINK_SCHEME, "<p>x</p>\n"),
        ("[x](page.html)", LINK_SCHEME, "<p>x</p>\n"),
        ("[x](//kalm.example)", LINK_SCHEME, "<p>x</p>\n"),
        ("[x](#top)", LINK_SCHEME, "<p>x</p>\n"),
        ("[x](http://)", LINK_SCHEME, "<p>x</p>\n"),
        ("[x]()", LINK_SCHEME, "<p>x</p>\n"),
        ("[x](mailto:a@kalm.example)", LINK_SCHEME, "<p>x</p>\n"),
        ("<a@kalm.example>", LINK_SCHEME, "<p>a@kalm.example</p>\n"),
        ("<ftp://kalm.example>", LINK_SCHEME, "<p>ftp://kalm.example</p>\n"),
        ("[x][r]\n\n[r]: javascript:alert(1)", LINK_SCHEME, "<p>x</p>\n"),
        ("#### Deep", HEADING_LEVEL, "<h4>Deep</h4>\n"),
        ("###### Deepest", HEADING_LEVEL, "<h4>Deepest</h4>\n"),
        ("---", OTHER, "<p>---</p>\n"),
        ("Note[^1]\n\n[^1]: the note", OTHER, "<p>Note[^1]</p>\n<p>[^1]: the note</p>\n"),
        ("[^1]: the note", OTHER, "<p>[^1]: the note</p>\n"),
    ];

    /// The kinds of problem in `source`, each run of one kind once: an HTML
    /// element is reported at its opening and at its closing tag.
    fn codes(source: &str) -> Vec<&'static str> {
        let mut codes: Vec<&'static str> = problems(source).into_iter().map(|problem| problem.code).collect();
        codes.dedup();
        codes
    }

    #[test]
    fn allowed_constructs_render_and_have_no_problems() {
        for (source, html) in ALLOWED {
            assert_eq!(problems(source), Vec::new(), "{source:?} is within the subset");
            assert_eq!(to_html(source), *html, "{source:?}");
            check_safe(&to_html(source)).unwrap();
        }
    }

    #[test]
    fn refused_constructs_are_reported_and_rendered_as_text() {
        for (source, code, html) in REFUSED {
            assert_eq!(codes(source), vec![*code], "{source:?}");
            assert_eq!(to_html(source), *html, "{source:?}");
            check_safe(&to_html(source)).unwrap();
        }
    }

    #[test]
    fn problems_is_empty_exactly_for_the_allowed_constructs() {
        let allowed = ALLOWED.iter().map(|(source, _)| *source);
        let refused = REFUSED.iter().map(|(source, _, _)| *source);
        for source in allowed {
            assert!(problems(source).is_empty(), "{source:?}");
        }
        for source in refused {
            assert!(!problems(source).is_empty(), "{source:?}");
        }
        // A whole text mixing every allowed construct is still allowed.
        let all: Vec<&str> = ALLOWED.iter().map(|(source, _)| *source).collect();
        assert_eq!(problems(&all.join("\n\n")), Vec::new());
    }

    #[test]
    fn problems_are_listed_in_order_with_excerpts() {
        let source = "Intro with `code` and <b>html</b>.\n\n> a quote with `code` inside\n\n#### Deep\n\n![img](https://kalm.example/i.png)";
        let found = problems(source);
        let listed: Vec<(&str, &str)> = found.iter().map(|p| (p.code, p.excerpt.as_str())).collect();
        assert_eq!(
            listed,
            vec![
                (CODE, "`code`"),
                (RAW_HTML, "<b>"),
                (RAW_HTML, "</b>"),
                (QUOTE, "> a quote with `code` inside"),
                (HEADING_LEVEL, "#### Deep"),
                (IMAGE, "![img](https://kalm.example/i.png)"),
            ]
        );
    }

    #[test]
    fn long_excerpts_are_cut() {
        let source = format!("> {}", "é".repeat(200));
        let found = problems(&source);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].excerpt.chars().count(), EXCERPT_CHARS + 1);
        assert!(found[0].excerpt.ends_with('…'));
    }

    #[test]
    fn refused_constructs_inside_allowed_ones_are_shown_as_text() {
        assert_eq!(
            to_html("- item\n\n  > quote\n- `code` <i>x</i>"),
            "<ul>\n<li><p>item</p>\n<p>&gt; quote</p>\n</li>\n<li><p>`code` &lt;i&gt;x&lt;/i&gt;</p>\n</li>\n</ul>\n"
        );
        assert_eq!(to_html("# A `b` <c>"), "<h2>A `b` &lt;c&gt;</h2>\n");
        assert_eq!(
            to_html("[![alt](https://kalm.example/i.png)](https://kalm.example)"),
            "<p><a href=\"https://kalm.example\" rel=\"noopener noreferrer\">alt</a></p>\n"
        );
    }

    #[test]
    fn plain_text_keeps_the_words() {
        let cases: &[(&str, &str)] = &[
            ("# Title\n\nSome *em* and **strong**.", "Title\n\nSome em and strong."),
            ("- a\n- b\n  1. c\n  2. d\n\nAfter", "- a\n- b\n  1. c\n  2. d\n\nAfter"),
            ("3. c\n4. d", "3. c\n4. d"),
            ("- one\n\n  more\n- two", "- one\n  more\n- two"),
            ("[Kalm](https://kalm.example)", "Kalm (https://kalm.example)"),
            ("<https://kalm.example>", "https://kalm.example"),
            ("[x](javascript:alert(1))", "x"),
            ("soft\nbreak", "soft break"),
            ("hard  \nbreak", "hard\nbreak"),
            ("Tom &amp; <b>Jerry</b>", "Tom & Jerry"),
            ("<script>alert(1)</script>\n\nafter", "after"),
            ("![a cat](https://kalm.example/cat.png)", "a cat"),
            ("`code` and\n\n```\nblock\nlines\n```\n\nend", "code and\n\nblock\nlines\n\nend"),
            ("> quoted\n\n---\n\nnext", "quoted\n\nnext"),
            ("| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n1 | 2"),
            ("", ""),
        ];
        for (source, text) in cases {
            assert_eq!(to_plain_text(source), *text, "{source:?}");
        }
    }

    #[test]
    fn only_absolute_http_addresses_are_links() {
        for url in ["http://kalm.example", "https://kalm.example/a?b#c", "HTTPS://KALM.EXAMPLE", "https://[::1]/"] {
            assert!(is_allowed_url(url), "{url}");
        }
        for url in [
            "",
            "http:",
            "http://",
            "https:///x",
            "https://\\x",
            "http:kalm.example",
            "//kalm.example",
            "/x",
            "x",
            " https://kalm.example",
            "javascript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "mailto:a@kalm.example",
            "ftp://kalm.example",
            "htt",
            "é",
            "https://kalm.example/go?to=javascript:alert(1)",
            "https://kalm.example/DATA:x",
        ] {
            assert!(!is_allowed_url(url), "{url}");
        }
    }

    /// The tags `to_html` may write with no attributes, and which of them
    /// need closing.
    const BARE_TAGS: &[&str] = &["p", "h2", "h3", "h4", "em", "strong", "ul", "ol", "li"];

    /// Checks that every `<` in `html` opens an allowed tag, that tags nest
    /// properly, that no `>` stands outside a tag, and that no tag carries
    /// a script address or an event handler.
    fn check_safe(html: &str) -> Result<(), String> {
        let lower = html.to_ascii_lowercase();
        for needle in ["<script", "<img", "<iframe", "<style", "<svg", "<object", "<embed"] {
            if lower.contains(needle) {
                return Err(format!("{needle} in {html:?}"));
            }
        }
        let mut open: Vec<String> = Vec::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            if rest[..lt].contains('>') {
                return Err(format!("a stray > in {html:?}"));
            }
            let after = &rest[lt + 1..];
            let gt = after.find('>').ok_or_else(|| format!("an unclosed tag in {html:?}"))?;
            let tag = &after[..gt];
            let tag_lower = tag.to_ascii_lowercase();
            if tag_lower.contains("javascript:") || tag_lower.contains("data:") || has_event_handler(&tag_lower) {
                return Err(format!("a dangerous tag <{tag}> in {html:?}"));
            }
            if let Some(name) = tag.strip_prefix('/') {
                if open.pop().as_deref() != Some(name) {
                    return Err(format!("</{name}> closes nothing open in {html:?}"));
                }
            } else if tag == "br" {
                // A void element: nothing to close.
            } else if let Some(attributes) = tag.strip_prefix("a ") {
                let href = attributes
                    .strip_prefix("href=\"")
                    .and_then(|value| value.strip_suffix("\" rel=\"noopener noreferrer\""))
                    .ok_or_else(|| format!("unexpected attributes <{tag}> in {html:?}"))?;
                let href_lower = href.to_ascii_lowercase();
                if !(href_lower.starts_with("http://") || href_lower.starts_with("https://"))
                    || href.contains(['"', '\'', '<', '>', ' ', '\t', '\n'])
                {
                    return Err(format!("a bad href in <{tag}> in {html:?}"));
                }
                open.push("a".to_owned());
            } else if let Some(start) = tag.strip_prefix("ol start=\"").and_then(|value| value.strip_suffix('"')) {
                if start.is_empty() || !start.bytes().all(|byte| byte.is_ascii_digit()) {
                    return Err(format!("a bad start in <{tag}>"));
                }
                open.push("ol".to_owned());
            } else if BARE_TAGS.contains(&tag) {
                open.push(tag.to_owned());
            } else {
                return Err(format!("a tag outside the allow-list <{tag}> in {html:?}"));
            }
            rest = &after[gt + 1..];
        }
        if rest.contains('>') {
            return Err(format!("a stray > in {html:?}"));
        }
        if !open.is_empty() {
            return Err(format!("{open:?} left open in {html:?}"));
        }
        Ok(())
    }

    /// ` on` followed by letters and `=`: an event handler attribute.
    fn has_event_handler(tag: &str) -> bool {
        tag.match_indices(" on").any(|(at, _)| {
            let after = &tag[at + 3..];
            let letters = after.bytes().take_while(u8::is_ascii_alphabetic).count();
            letters > 0 && after[letters..].trim_start().starts_with('=')
        })
    }

    #[test]
    fn the_checker_catches_what_it_should() {
        for bad in [
            "<script>",
            "<p onclick=x></p>",
            "<a href=\"javascript:alert(1)\" rel=\"noopener noreferrer\"></a>",
            "<a href=\"https://x\" onmouseover=\"y\" rel=\"noopener noreferrer\"></a>",
            "<p>",
            "</p>",
            "a > b",
            "<div></div>",
            "<IMG src=x>",
        ] {
            assert!(check_safe(bad).is_err(), "{bad}");
        }
        check_safe("<p>a <a href=\"https://x\" rel=\"noopener noreferrer\">b</a><br>\n</p>").unwrap();
    }

    /// Pieces a hostile or careless text is made of.
    const HOSTILE: &[&str] = &[
        "<script>alert(1)</script>",
        "<script",
        "<SCRIPT SRC=//x>",
        "<img src=x onerror=alert(1)>",
        "<img onerror=alert(1) src=",
        "<iframe src=javascript:alert(1)>",
        "<style>*{}</style>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href='https://x' onclick='y'>",
        "javascript:",
        "JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "[x](javascript:alert(1))",
        "[x](data:text/html,<script>)",
        "[x](https://ok.example/\" onmouseover=\"alert(1))",
        "[x](<https://ok.example/a\" onclick=\"y>)",
        "[x](https://ok.example 'title\" onload=\"x')",
        "[x](https://ok.example/?to=javascript:alert(1))",
        "[x](https://ok.example/data:text/html,x)",
        "[x](java&#115;cript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[r]",
        "[r]: javascript:alert(1)\n",
        "[r]: https://ok.example\n",
        "![x](javascript:alert(1))",
        "![a\" onerror=\"b](https://ok.example/i.png)",
        "<https://ok.example>",
        "<javascript:alert(1)>",
        "<mailto:a@b.example>",
        "&lt;script&gt;",
        "&#60;img src=x onerror=y&#62;",
        "&#x3C;",
        "&amp;",
        "&quot;",
        "&",
        "`",
        "``",
        "```",
        "~~~",
        "\"",
        "'",
        "<",
        ">",
        "=",
        " on",
        "onerror=",
        "\n",
        "\n\n",
        "  \n",
        "\\",
        "    ",
        "# ",
        "#### ",
        "- ",
        "1. ",
        "> ",
        "*",
        "**",
        "_",
        "[",
        "](",
        ")",
        "|a|b|\n|-|-|\n",
        "[^1]",
        "[^1]: note\n",
        "---\n",
        "<!--",
        "-->",
        "<?php ?>",
        "<![CDATA[x]]>",
        "\0",
        "\u{feff}",
        "é",
    ];

    fn hostile() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            6 => prop::sample::select(HOSTILE).prop_map(str::to_owned),
            2 => "[ -~\n]{0,12}",
            1 => any::<String>(),
        ];
        prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
    }

    /// Whole blocks within the subset, for texts that must pass.
    const ALLOWED_BLOCKS: &[&str] = &[
        "Plain words.",
        "# Title",
        "## Part *one*",
        "### Section **two**",
        "- a\n- *b*\n  - c",
        "1. a\n2. b\n   1. c",
        "A [link](https://kalm.example/x?y=1&z=2) here.",
        "See <https://kalm.example>.",
        "line  \nbreak\\\nagain",
        "Tom & Jerry: 1 < 2 > 0, \"quoted\" 'too'.",
        "&lt;b&gt; is text",
        "about ~5 minutes at $3",
    ];

    /// Blocks outside the subset and what `problems` calls them.
    const REFUSED_BLOCKS: &[(&str, &str)] = &[
        ("<script>alert(1)</script>", RAW_HTML),
        ("Some <b>bold</b> text", RAW_HTML),
        ("![cat](https://kalm.example/cat.png)", IMAGE),
        ("Use `code` here", CODE),
        ("```\ncode\n```", CODE),
        ("| a | b |\n|---|---|\n| 1 | 2 |", TABLE),
        ("> quote", QUOTE),
        ("[x](javascript:alert(1))", LINK_SCHEME),
        ("[x](/relative)", LINK_SCHEME),
        ("#### Deep", HEADING_LEVEL),
        ("Note[^1]\n\n[^1]: the note", OTHER),
        ("***", OTHER),
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn html_is_safe_whatever_the_input(source in hostile()) {
            let html = to_html(&source);
            if let Err(why) = check_safe(&html) {
                prop_assert!(false, "{} for {:?}", why, source);
            }
            // The other two take the same input without panicking.
            let _ = problems(&source);
            let _ = to_plain_text(&source);
        }

        #[test]
        fn any_string_is_rendered_safely(source in any::<String>()) {
            if let Err(why) = check_safe(&to_html(&source)) {
                prop_assert!(false, "{} for {:?}", why, source);
            }
        }

        #[test]
        fn texts_of_allowed_blocks_have_no_problems(
            blocks in prop::collection::vec(prop::sample::select(ALLOWED_BLOCKS), 0..8),
        ) {
            let source = blocks.join("\n\n");
            prop_assert_eq!(problems(&source), Vec::new(), "{:?}", source);
            if let Err(why) = check_safe(&to_html(&source)) {
                prop_assert!(false, "{} for {:?}", why, source);
            }
        }

        #[test]
        fn one_refused_block_is_always_found(
            before in prop::collection::vec(prop::sample::select(ALLOWED_BLOCKS), 0..4),
            refused in prop::sample::select(REFUSED_BLOCKS),
            after in prop::collection::vec(prop::sample::select(ALLOWED_BLOCKS), 0..4),
        ) {
            let (block, code) = refused;
            let source = [before.join("\n\n"), block.to_owned(), after.join("\n\n")].join("\n\n");
            prop_assert_eq!(codes(&source), vec![code], "{:?}", source);
        }
    }
}
