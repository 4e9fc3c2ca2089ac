//! Media: the images and audio authors upload for their tools, and the
//! rules an upload must pass before it is stored.
//!
//! A file's type is read from its bytes (the magic numbers every format
//! starts with), never from its name or the type a browser sent: both are
//! the uploader's to choose, and a page that serves a "PNG" which is really
//! HTML or a ZIP would serve whatever someone wanted it to. What is not one
//! of the nine known formats is refused, so the list of types Kalm serves
//! is closed.
//!
//! SVG is the odd one out: it is text, and a document a browser opened
//! directly may run script in it. It is served with a policy that forbids
//! script (see `kalm-web::pages::media`), but that is one header a proxy
//! or a future change could drop, so an SVG is also checked here and
//! refused when it holds anything that could run or fetch: script or
//! `foreignObject` elements, `on…` event attributes, `javascript:` URLs,
//! links and `url(…)` references to anything but a fragment of the file
//! itself, processing instructions and declarations (an entity defined in a
//! DOCTYPE could hide markup from the check). The check errs on the side of
//! refusing: an author whose drawing is refused can export it plainer.
//!
//! A stored file is named by the SHA-256 of its bytes (`sha256_hex`), so
//! the same file uploaded twice is one file, and a name always means the
//! same bytes, which is what lets them be cached for a year.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

/// The largest image taken: 5 MiB.
pub const IMAGE_MAX: usize = 5 * 1024 * 1024;
/// The largest audio file taken, and so the largest upload: 20 MiB.
pub const AUDIO_MAX: usize = 20 * 1024 * 1024;

/// The formats Kalm takes and serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MediaKind {
    Png,
    Jpeg,
    Gif,
    Webp,
    Svg,
    Mp3,
    Ogg,
    M4a,
    Wav,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {size} bytes; at most {limit} bytes are taken for its type")]
    TooLarge { size: usize, limit: usize },
    #[error("not a type Kalm takes: PNG, JPEG, GIF, WebP or SVG images, MP3, Ogg, M4A or WAV audio")]
    UnknownType,
    #[error("this SVG could run script or load something from elsewhere: {0}")]
    UnsafeSvg(&'static str),
}

impl MediaError {
    pub fn code(&self) -> &'static str {
        match self {
            MediaError::Empty => "media_empty",
            MediaError::TooLarge { .. } => "media_too_large",
            MediaError::UnknownType => "media_type_unknown",
            MediaError::UnsafeSvg(_) => "media_svg_unsafe",
        }
    }
}

impl MediaKind {
    pub const ALL: [MediaKind; 9] = [
        MediaKind::Png,
        MediaKind::Jpeg,
        MediaKind::Gif,
        MediaKind::Webp,
        MediaKind::Svg,
        MediaKind::Mp3,
        MediaKind::Ogg,
        MediaKind::M4a,
        MediaKind::Wav,
    ];

    /// The `Content-Type` it is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            MediaKind::Png => "image/png",
            MediaKind::Jpeg => "image/jpeg",
            MediaKind::Gif => "image/gif",
            MediaKind::Webp => "image/webp",
            MediaKind::Svg => "image/svg+xml",
            MediaKind::Mp3 => "audio/mpeg",
            MediaKind::Ogg => "audio/ogg",
            MediaKind::M4a => "audio/mp4",
            MediaKind::Wav => "audio/wav",
        }
    }

    /// The kind a stored `Content-Type` names, if any.
    pub fn from_content_type(content_type: &str) -> Option<MediaKind> {
        MediaKind::ALL.into_iter().find(|k| k.content_type() == content_type)
    }

    pub fn is_image(self) -> bool {
        matches!(self, MediaKind::Png | MediaKind::Jpeg | MediaKind::Gif | MediaKind::Webp | MediaKind::Svg)
    }

    pub fn is_audio(self) -> bool {
        !self.is_image()
    }

    /// The largest file of this kind taken: images are shown on phones and
    /// need not be larger; a few minutes of speech fit in the audio limit.
    pub fn max_size(self) -> usize {
        if self.is_image() { IMAGE_MAX } else { AUDIO_MAX }
    }
}

/// The format of `bytes`, from their first bytes only (for SVG: from the
/// start of the text). Says nothing about whether the file is safe or
/// complete; `check` does the rest.
pub fn sniff(bytes: &[u8]) -> Result<MediaKind, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty);
    }
    let at = |offset: usize, magic: &[u8]| bytes.get(offset..offset + magic.len()) == Some(magic);
    if at(0, b"\x89PNG\r\n\x1a\n") {
        Ok(MediaKind::Png)
    } else if at(0, b"\xff\xd8\xff") {
        Ok(MediaKind::Jpeg)
    } else if at(0, b"GIF87a") || at(0, b"GIF89a") {
        Ok(MediaKind::Gif)
    } else if at(0, b"RIFF") && at(8, b"WEBP") {
        Ok(MediaKind::Webp)
    } else if at(0, b"RIFF") && at(8, b"WAVE") {
        Ok(MediaKind::Wav)
    } else if is_mp3(bytes) {
        Ok(MediaKind::Mp3)
    } else if is_ogg_audio(bytes) {
        Ok(MediaKind::Ogg)
    } else if is_m4a(bytes) {
        Ok(MediaKind::M4a)
    } else if std::str::from_utf8(bytes).is_ok_and(|text| svg_root(text, false).is_ok()) {
        Ok(MediaKind::Svg)
    } else {
        Err(MediaError::UnknownType)
    }
}

/// Whether `bytes` may be stored: not empty, of a known kind, within that
/// kind's size, and for SVG free of anything that could run or fetch.
pub fn check(bytes: &[u8]) -> Result<MediaKind, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty);
    }
    // Nothing larger is taken of any kind: refused before anything reads it.
    if bytes.len() > AUDIO_MAX {
        return Err(MediaError::TooLarge { size: bytes.len(), limit: AUDIO_MAX });
    }
    let kind = sniff(bytes)?;
    if bytes.len() > kind.max_size() {
        return Err(MediaError::TooLarge { size: bytes.len(), limit: kind.max_size() });
    }
    if kind == MediaKind::Svg {
        // `sniff` has read it as UTF-8 already.
        let text = std::str::from_utf8(bytes).map_err(|_| MediaError::UnknownType)?;
        svg_safe(text).map_err(MediaError::UnsafeSvg)?;
    }
    Ok(kind)
}

/// The lowercase hex SHA-256 of `bytes`: the name a file is stored and
/// referenced by (`Block::Image { media }`).
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// Whether `text` has the form of a media name: 64 lowercase hex digits.
pub fn is_reference(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// An ID3 tag, or an MPEG audio layer III frame header: sync bits, a
/// version that is not the reserved one, and a bitrate and sample rate
/// that are not the invalid ones (which keeps random bytes and AAC, whose
/// frames also start with the sync bits, out).
fn is_mp3(bytes: &[u8]) -> bool {
    if let [b'I', b'D', b'3', major, ..] = bytes {
        return (2..=4).contains(major);
    }
    let [0xff, second, third, ..] = *bytes else { return false };
    let sync_and_layer_three = second & 0xe6 == 0xe2;
    let version = (second >> 3) & 0b11;
    let bitrate = third >> 4;
    let sample_rate = (third >> 2) & 0b11;
    sync_and_layer_three && version != 0b01 && bitrate != 0b1111 && sample_rate != 0b11
}

/// An Ogg stream whose first packet is an audio codec's header (Vorbis,
/// Opus, FLAC, Speex): Ogg also carries video (Theora), which is not audio.
fn is_ogg_audio(bytes: &[u8]) -> bool {
    if bytes.get(..5) != Some(b"OggS\0") {
        return false;
    }
    let Some(&segments) = bytes.get(26) else { return false };
    let packet = bytes.get(27 + usize::from(segments)..).unwrap_or_default();
    [&b"\x01vorbis"[..], b"OpusHead", b"\x7fFLAC", b"Speex   "].iter().any(|codec| packet.starts_with(codec))
}

/// An MPEG-4 file that says it is audio: `M4A ` or `M4B ` (audio book) as
/// its major or a compatible brand. A plain `isom`/`mp42` file may be video.
fn is_m4a(bytes: &[u8]) -> bool {
    if bytes.get(4..8) != Some(b"ftyp") {
        return false;
    }
    let Some(size) = bytes.get(..4).and_then(|b| <[u8; 4]>::try_from(b).ok()).map(u32::from_be_bytes) else {
        return false;
    };
    let end = usize::try_from(size).unwrap_or(usize::MAX).min(bytes.len());
    let audio = |brand: &[u8]| brand == b"M4A " || brand == b"M4B ";
    let major = bytes.get(8..12).is_some_and(audio);
    // Brands after the major brand and its 4-byte version.
    let compatible = bytes.get(16..end).is_some_and(|brands| brands.chunks_exact(4).any(audio));
    major || compatible
}

/// The text from its root `<svg` element on, past an optional byte order
/// mark, XML declaration, comments and white space. `strict` also refuses a
/// DOCTYPE, other processing instructions and an encoding other than UTF-8
/// (what `check` wants); without it they are skipped (what `sniff` wants:
/// such a file *is* an SVG, just not one Kalm takes).
fn svg_root(text: &str, strict: bool) -> Result<&str, &'static str> {
    let mut rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(declaration) = rest.strip_prefix("<?xml").filter(|r| r.starts_with(|c: char| c.is_ascii_whitespace())) {
        let (inside, after) = declaration.split_once("?>").ok_or("an unfinished XML declaration")?;
        if strict && !utf8_declared(inside) {
            return Err("an encoding other than UTF-8");
        }
        rest = after;
    }
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.split_once("-->").ok_or("an unfinished comment")?.1;
        } else if !strict && (rest.starts_with("<!DOCTYPE") || rest.starts_with("<?")) {
            // A DOCTYPE's internal subset ends with "]>", a plain one with ">".
            let end = if rest.starts_with("<!DOCTYPE") && rest.split('>').next().is_some_and(|d| d.contains('[')) {
                rest.find("]>").map(|i| i + 2)
            } else {
                rest.find('>').map(|i| i + 1)
            };
            rest = rest.get(end.ok_or("an unfinished declaration")?..).unwrap_or_default();
        } else if rest.starts_with("<svg")
            && rest[4..].starts_with(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
        {
            return Ok(rest);
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            return Err("a declaration or processing instruction");
        } else {
            return Err("no <svg> element at the start");
        }
    }
}

/// Whether an XML declaration's inside names UTF-8 as its encoding, or none.
fn utf8_declared(declaration: &str) -> bool {
    let Some((_, value)) = declaration.split_once("encoding") else { return true };
    let value = value.trim_start().trim_start_matches('=').trim_start();
    let value = value.trim_start_matches(['"', '\'']);
    let name: String = value.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    name.eq_ignore_ascii_case("utf-8") || name.eq_ignore_ascii_case("utf8")
}

/// Elements that run script, embed another document, or (in SVG 1.2 Tiny)
/// handle events; compared by local name, so `svg:script` counts too.
const FORBIDDEN_ELEMENTS: [&str; 7] = ["script", "foreignobject", "iframe", "embed", "object", "handler", "listener"];

/// Why `text` is not a safe SVG, if it is not.
fn svg_safe(text: &str) -> Result<(), &'static str> {
    let root = svg_root(text, true)?;
    // Character references (`&#106;avascript:`) are resolved and white
    // space dropped (`java\tscript:` still runs) before looking for words.
    let decoded = decode_references(text).to_ascii_lowercase();
    let compact: String = decoded.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control()).collect();
    if compact.contains("javascript:") || compact.contains("vbscript:") {
        return Err("a javascript: URL");
    }
    if compact.contains("<script") || compact.contains("<foreignobject") {
        return Err("a script or foreignObject element");
    }
    if compact.contains("@import") {
        return Err("a style sheet imported from elsewhere");
    }
    if compact.contains("http://www.w3.org/1999/xhtml") {
        return Err("HTML inside the SVG");
    }
    let mut urls = compact.match_indices("url(").map(|(i, _)| &compact[i + 4..]);
    if urls.any(|target| !target.trim_start_matches(['"', '\'']).starts_with('#')) {
        return Err("a url() reference to another file");
    }
    scan_markup(root)
}

/// Reads the markup from the root on: every element, attribute, comment
/// and CDATA section. Anything it cannot read is refused rather than
/// guessed at, since a browser's reading might differ.
fn scan_markup(mut rest: &str) -> Result<(), &'static str> {
    while let Some(start) = rest.find('<') {
        rest = &rest[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.split_once("-->").ok_or("an unfinished comment")?.1;
        } else if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            rest = cdata.split_once("]]>").ok_or("an unfinished CDATA section")?.1;
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            return Err("a declaration or processing instruction");
        } else if let Some(closing) = rest.strip_prefix("</") {
            rest = closing.split_once('>').ok_or("an unfinished tag")?.1;
        } else {
            rest = scan_element(&rest[1..])?;
        }
    }
    Ok(())
}

/// Reads one start tag (after its `<`); returns the text after it.
fn scan_element(tag: &str) -> Result<&str, &'static str> {
    let name_end = tag.find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>').unwrap_or(tag.len());
    let name = &tag[..name_end];
    if name.is_empty() {
        return Err("a malformed tag");
    }
    if FORBIDDEN_ELEMENTS.contains(&local_name(name).as_str()) {
        return Err("a script, foreignObject or embedded document");
    }
    let mut rest = &tag[name_end..];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
        if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
            return Ok(after);
        }
        let attribute_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
            .ok_or("an unfinished tag")?;
        let attribute = local_name(&rest[..attribute_end]);
        if attribute.is_empty() {
            return Err("a malformed tag");
        }
        rest = rest[attribute_end..].trim_start_matches(|c: char| c.is_ascii_whitespace());
        let after_equals = rest.strip_prefix('=').ok_or("an attribute without a value")?;
        let after_equals = after_equals.trim_start_matches(|c: char| c.is_ascii_whitespace());
        let quote = after_equals.chars().next().filter(|c| *c == '"' || *c == '\'').ok_or("an unquoted attribute")?;
        let (raw, after) = after_equals[1..].split_once(quote).ok_or("an unfinished attribute")?;
        let value = decode_references(raw);
        check_attribute(&attribute, value.trim())?;
        rest = after;
    }
}

fn check_attribute(name: &str, value: &str) -> Result<(), &'static str> {
    if name.starts_with("on") {
        return Err("an event attribute");
    }
    if name == "href" && !value.starts_with('#') {
        return Err("a link to another file");
    }
    // `<set attributeName="href" to="…">` would change a link after the check.
    let animated = local_name(value);
    if name == "attributename" && (animated == "href" || animated.starts_with("on")) {
        return Err("an animated link or event attribute");
    }
    Ok(())
}

/// A name without its namespace prefix, in lowercase (`xlink:href` → `href`).
fn local_name(name: &str) -> String {
    name.rsplit(':').next().unwrap_or(name).to_ascii_lowercase()
}

/// `text` with numeric character references (`&#106;`, `&#x6a;`, with or
/// without the `;`) and the five predefined entities resolved.
fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        let named = [("lt;", '<'), ("gt;", '>'), ("amp;", '&'), ("quot;", '"'), ("apos;", '\'')];
        if let Some((entity, c)) = named.iter().find(|(entity, _)| rest.starts_with(entity)) {
            out.push(*c);
            rest = &rest[entity.len()..];
            continue;
        }
        let Some(number) = rest.strip_prefix('#') else {
            out.push('&');
            continue;
        };
        let (radix, digits_from) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (16, hex),
            None => (10, number),
        };
        let digits: String = digits_from.chars().take_while(|c| c.is_digit(radix)).collect();
        // Leading zeros are allowed in any number (`&#0000106;` is a `j`).
        let significant = digits.trim_start_matches('0');
        let value = if significant.is_empty() { Some(0) } else { u32::from_str_radix(significant, radix).ok() };
        match value.and_then(char::from_u32) {
            Some(c) if !digits.is_empty() => {
                out.push(c);
                let after = &digits_from[digits.len()..];
                rest = after.strip_prefix(';').unwrap_or(after);
            }
            _ => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use proptest::prelude::*;

    use super::*;

    /// A real 1×1 PNG, whole.
    const PNG: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00,
        0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xa8, 0x5f, 0x7e, 0xf2, 0x3f, 0x00, 0x06, 0x87, 0x02, 0xef,
        0x69, 0x02, 0xc8, 0xad, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];

    /// The first bytes of real files of each format, as their encoders write them.
    const KNOWN: &[(&str, &[u8], MediaKind)] = &[
        ("png", PNG, MediaKind::Png),
        ("jpeg jfif", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", MediaKind::Jpeg),
        ("jpeg exif", b"\xff\xd8\xff\xe1\x1c\x45Exif\x00\x00MM\x00\x2a", MediaKind::Jpeg),
        ("gif 89a", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04", MediaKind::Gif),
        ("gif 87a", b"GIF87a\x10\x00\x10\x00\x80\x00\x00", MediaKind::Gif),
        ("webp", b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11", MediaKind::Webp),
        ("wav", b"RIFF\x24\x08\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x44\xac\x00\x00", MediaKind::Wav),
        ("mp3 id3v2.4", b"ID3\x04\x00\x00\x00\x00\x00\x23TSSE\x00\x00\x00\x0f", MediaKind::Mp3),
        ("mp3 id3v2.3", b"ID3\x03\x00\x00\x00\x00\x0f\x76TIT2", MediaKind::Mp3),
        ("mp3 frame, mpeg-1 128k", b"\xff\xfb\x90\x64\x00\x0f\xf0\x00\x00\x69\x00\x00", MediaKind::Mp3),
        ("mp3 frame, mpeg-2 no crc", b"\xff\xf3\x44\xc4\x00\x00\x00\x03\x48", MediaKind::Mp3),
        (
            "ogg vorbis",
            b"OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x3e\x1c\x00\x00\x00\x00\x00\x00\x8f\x3b\x2b\x5e\x01\x1e\x01vorbis\x00\x00\x00\x00\x02\x44\xac",
            MediaKind::Ogg,
        ),
        (
            "ogg opus",
            b"OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x7a\x2c\x00\x00\x00\x00\x00\x00\x4c\x5f\x1d\x93\x01\x13OpusHead\x01\x02\x38\x01",
            MediaKind::Ogg,
        ),
        (
            "m4a itunes",
            b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom\x00\x00\x00\x00\x00\x00\x00\x08free",
            MediaKind::M4a,
        ),
        ("m4a, audio brand compatible", b"\x00\x00\x00\x1cftypmp42\x00\x00\x00\x00mp42isomM4A ", MediaKind::M4a),
        ("svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>", MediaKind::Svg),
        (
            "svg with declaration, comment and bom",
            b"\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- drawn by hand -->\n<svg\n width=\"1\"></svg>",
            MediaKind::Svg,
        ),
    ];

    /// Formats Kalm does not take, again as real files start.
    const UNKNOWN: &[(&str, &[u8])] = &[
        ("zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"),
        ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3"),
        ("html", b"<!DOCTYPE html><html><script>alert(1)</script>"),
        ("plain text", b"just some words"),
        ("mp4 video", b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"),
        ("ogg theora", b"OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x2a\x80theora"),
        ("aac adts", b"\xff\xf1\x50\x80\x02\x1f\xfc"),
        ("mpeg frame, reserved version", b"\xff\xeb\x90\x64"),
        ("mpeg frame, bad bitrate", b"\xff\xfb\xf0\x64"),
        ("riff avi", b"RIFF\x00\x00\x00\x00AVI LIST"),
        ("bmp", b"BM\x36\x00\x0c\x00\x00\x00\x00\x00"),
        ("an svg word later on", b"<html><svg></svg></html>"),
        ("svg, not UTF-8", b"<svg \xff\xfe>"),
        ("svg in upper case", b"<SVG></SVG>"),
        ("svgz (gzip)", b"\x1f\x8b\x08\x00\x00\x00\x00\x00"),
        ("truncated png", b"\x89PNG\r\n"),
        ("riff only", b"RIFF"),
    ];

    #[test]
    fn each_format_is_known_by_its_bytes() {
        for (name, bytes, kind) in KNOWN {
            assert_eq!(sniff(bytes), Ok(*kind), "{name}");
            assert_eq!(check(bytes), Ok(*kind), "{name}");
        }
        for (name, bytes) in UNKNOWN {
            assert_eq!(sniff(bytes), Err(MediaError::UnknownType), "{name}");
            assert_eq!(check(bytes).map_err(|e| e.code()), Err("media_type_unknown"), "{name}");
        }
    }

    #[test]
    fn kinds_have_types_and_limits() {
        for kind in MediaKind::ALL {
            assert_ne!(kind.is_image(), kind.is_audio());
            assert_eq!(MediaKind::from_content_type(kind.content_type()), Some(kind));
            let prefix = if kind.is_image() { "image/" } else { "audio/" };
            assert!(kind.content_type().starts_with(prefix), "{kind:?}");
        }
        assert_eq!(MediaKind::Svg.max_size(), 5 * 1024 * 1024);
        assert_eq!(MediaKind::Wav.max_size(), 20 * 1024 * 1024);
        assert_eq!(MediaKind::from_content_type("text/html"), None);
    }

    #[test]
    fn sizes_are_checked_per_kind() {
        assert_eq!(check(b""), Err(MediaError::Empty));
        assert_eq!(sniff(b""), Err(MediaError::Empty));
        let mut image = PNG.to_vec();
        image.resize(IMAGE_MAX, 0);
        assert_eq!(check(&image), Ok(MediaKind::Png), "exactly at the limit");
        image.push(0);
        assert_eq!(check(&image), Err(MediaError::TooLarge { size: IMAGE_MAX + 1, limit: IMAGE_MAX }));
        let mut audio = b"ID3\x04\x00\x00\x00\x00\x00\x00".to_vec();
        audio.resize(IMAGE_MAX + 1, 0);
        assert_eq!(check(&audio), Ok(MediaKind::Mp3), "audio may be larger than an image");
        audio.resize(AUDIO_MAX + 1, 0);
        assert_eq!(check(&audio).map_err(|e| e.code()), Err("media_too_large"));
        let mut anything = b"PK\x03\x04".to_vec();
        anything.resize(AUDIO_MAX + 1, 0);
        assert_eq!(check(&anything).map_err(|e| e.code()), Err("media_too_large"), "too large before any type");
    }

    #[test]
    fn names_are_the_sha256_of_the_bytes() {
        assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert!(is_reference(&sha256_hex(PNG)));
        assert!(!is_reference(&sha256_hex(PNG).to_uppercase()));
        assert!(!is_reference("abc"));
        assert!(!is_reference(&format!("{}g", &sha256_hex(PNG)[..63])));
        assert!(!is_reference("../../../../etc/passwd/../../../../../../../../../../../../../../../"));
    }

    fn svg(inner: &str) -> String {
        format!(r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{inner}</svg>"#)
    }

    #[test]
    fn plain_drawings_are_taken() {
        let fine = [
            svg(
                r##"<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect fill="url(#g)" width="2" height="2"/>"##,
            ),
            svg(r##"<use href="#a"/><use xlink:href="#b"/><rect style="fill: url('#g')"/>"##),
            svg("<title>A moon &amp; stars</title><text>on = off, onward</text>"),
            svg("<style><![CDATA[ rect { fill: #123 } ]]></style><!-- drawn by hand -->"),
            svg(r#"<animate attributeName="opacity" from="0" to="1" dur="1s"/>"#),
            format!("<?xml version='1.0' encoding='utf-8' standalone='no'?>\n<!-- a -->\n<!-- b -->\n{}", svg("")),
        ];
        for text in fine {
            assert_eq!(check(text.as_bytes()), Ok(MediaKind::Svg), "{text}");
        }
        let shipped = include_bytes!("../../kalm/content/sleep.svg");
        assert_eq!(check(shipped), Ok(MediaKind::Svg), "the demo's drawing");
    }

    #[test]
    fn drawings_that_could_run_or_fetch_are_refused() {
        let unsafe_ = [
            svg("<script>alert(1)</script>"),
            svg("<SCRIPT>alert(1)</SCRIPT>"),
            svg(r#"<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>"#),
            svg("<script\n>alert(1)</script>"),
            svg(r#"<rect onload="alert(1)"/>"#),
            svg(r#"<rect ONCLICK = 'alert(1)'/>"#),
            r#"<svg onload="alert(1)" xmlns="http://www.w3.org/2000/svg"/>"#.to_owned(),
            svg("<!-- <script> is refused even in a comment -->"),
            svg(r#"<a href="&#0000000000106;avascript:alert(1)">x</a>"#),
            svg(r#"<a href="javascript:alert(1)"><text>x</text></a>"#),
            svg(r#"<a xlink:href="&#106;avascript:alert(1)">x</a>"#),
            svg(r#"<a href="java&#x09;script:alert(1)">x</a>"#),
            svg(r#"<a href="&#x6A&#x61vascript:alert(1)">x</a>"#),
            svg(r#"<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>"#),
            svg(r#"<image href="https://example.org/tracker.png"/>"#),
            svg(r#"<image xlink:href="//example.org/a.png"/>"#),
            svg(r#"<use href="other.svg#a"/>"#),
            svg(r#"<image href="data:image/svg+xml;base64,PHN2Zz4="/>"#),
            svg(r#"<rect fill="url(https://example.org/x.svg#g)"/>"#),
            svg(r#"<style>@import "https://example.org/a.css";</style>"#),
            svg(r#"<style>rect { background: url( "https://example.org/a.png") }</style>"#),
            svg(r#"<set attributeName="href" to="https://example.org"/>"#),
            svg(r##"<animate attributeName="xlink:href" values="#a"/>"##),
            svg(r#"<iframe src="https://example.org"/>"#),
            svg(r#"<html:p xmlns:html="http://www.w3.org/1999/xhtml">x</html:p>"#),
            svg("<?xml-stylesheet href=\"https://example.org/a.css\"?>"),
            svg("<rect width=2/>"),
            svg("<rect width=\"2\""),
            svg("<!-- never ends"),
            format!("<?xml-stylesheet href=\"a.css\"?>{}", svg("")),
            format!("<!DOCTYPE svg [<!ENTITY x \"&#60;script&#62;\">]>{}", svg("&x;")),
            format!("<?xml version=\"1.0\" encoding=\"UTF-7\"?>{}", svg("+ADw-script+AD4-")),
        ];
        for text in unsafe_ {
            let refused = check(text.as_bytes());
            assert!(matches!(refused, Err(MediaError::UnsafeSvg(_))), "{text}: {refused:?}");
            assert_eq!(refused.map_err(|e| e.code()), Err("media_svg_unsafe"));
        }
    }

    #[test]
    fn references_are_decoded() {
        assert_eq!(decode_references("&#106;&#x61;v&#X61;&lt;&amp;&bogus;&#;&#xzz"), "java<&&bogus;&#;&#xzz");
        assert_eq!(decode_references("&#1114112;&#0;&#00000000000106;"), "&#1114112;\0j");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn sniff_and_check_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let sniffed = sniff(&bytes);
            let checked = check(&bytes);
            // A file that passes the check is of the kind its bytes say.
            if let Ok(kind) = checked {
                prop_assert_eq!(sniffed, Ok(kind));
            }
        }

        #[test]
        fn known_headers_with_any_tail_keep_their_kind(
            index in 0..KNOWN.len(),
            tail in proptest::collection::vec(any::<u8>(), 0..64),
        ) {
            let (_, head, kind) = KNOWN[index];
            if kind != MediaKind::Svg {
                let mut bytes = head.to_vec();
                bytes.extend(tail);
                prop_assert_eq!(sniff(&bytes), Ok(kind));
            }
        }

        #[test]
        fn svg_text_never_panics_and_markup_like_text_is_safe_or_refused(text in "[<>a-z =\"'&#;:/!?\\-\\[\\]]{0,80}") {
            let document = svg(&text);
            let _ = check(document.as_bytes());
            let _ = sniff(text.as_bytes());
        }

        #[test]
        fn any_event_attribute_is_refused(event in "on[a-zA-Z]{1,12}", value in "[a-z()0-9]{0,10}") {
            let document = svg(&format!(r#"<rect {event}="{value}"/>"#));
            prop_assert_eq!(check(document.as_bytes()).map_err(|e| e.code()), Err("media_svg_unsafe"));
        }
    }
}
