//! E-mail texts: the catalogue's kinds rendered from the locale files in the
//! recipient's language, with the platform's greeting and signature.
//!
//! The body of each kind is a Fluent message whose lines are paragraphs. The
//! plain-text part is those paragraphs; the HTML part is made from the same
//! paragraphs, escaped, with the e-mail's one link as the only anchor: no
//! images, no styles from elsewhere, nothing the text does not say.
//!
//! Rendering is one plain function of kind, language, data, greeting and
//! signature, so the app's delivery job calls it directly and a later
//! per-platform text override only has to change what it looks up.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::Loader;
use fluent_templates::fluent_bundle::FluentValue;
use kalm_domain::configurations::Greeting;
use kalm_domain::emails::{EmailData, EmailKind, Placeholder};
use kalm_domain::languages::Language;
use unic_langid::LanguageIdentifier;

use crate::{LOCALES, Tr};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedEmail {
    pub subject: String,
    pub text: String,
    pub html: String,
}

fn message_id(kind: EmailKind, part: &str) -> String {
    format!("email-{}-{part}", kind.code().replace('_', "-"))
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Renders `kind` for a recipient. `signature` is the platform's signature
/// for this language, if it set one; `{organisation_name}` in it is filled in.
/// Dates queued as RFC 3339 (`valid_until`, `date`) are written in the
/// recipient's language, on the clock of the zone queued with them.
pub fn render(
    kind: EmailKind,
    language: Language,
    data: &EmailData,
    greeting: Greeting,
    signature: Option<&str>,
) -> RenderedEmail {
    let zone = data
        .time_zone
        .as_deref()
        .and_then(|z| kalm_domain::countries::TimeZone::parse(z).ok())
        .unwrap_or(kalm_domain::countries::TimeZone::UTC);
    let data = &with_local_dates(data, &Tr::new(language).in_zone(zone));
    let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut args: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
    for placeholder in kind.placeholders() {
        if let Some(value) = data.value(placeholder) {
            args.insert(Cow::Borrowed(placeholder.code()), FluentValue::from(value.to_owned()));
        }
    }
    let lookup = |message: &str| LOCALES.lookup_with_args(&id, message, &args);
    let subject = lookup(&message_id(kind, "subject")).replace(['\n', '\r'], " ");
    let greeting_line = lookup(&format!("email-greeting-{}", greeting.code().replace('_', "-")));
    let body = lookup(&message_id(kind, "body"));
    let paragraphs: Vec<String> = body.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    let signature = signature
        .map(str::to_owned)
        .unwrap_or_else(|| LOCALES.lookup(&id, "email-signature-default"))
        .replace("{organisation_name}", &data.organisation_name);
    let footer = lookup("email-footer");
    // Where to write with a question, when the organisation gives an
    // address: the texts that say "contact us" then say where.
    let contact = data.contact_email.as_deref().map(|address| {
        let mut args: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        args.insert(Cow::Borrowed("organisation_name"), FluentValue::from(data.organisation_name.clone()));
        args.insert(Cow::Borrowed("address"), FluentValue::from(address.to_owned()));
        (LOCALES.lookup_with_args(&id, "email-contact", &args), address)
    });

    let mut text = String::new();
    text.push_str(&greeting_line);
    text.push_str("\n\n");
    text.push_str(&paragraphs.join("\n\n"));
    text.push_str("\n\n");
    text.push_str(&signature);
    if let Some((line, _)) = &contact {
        text.push_str("\n\n");
        text.push_str(line);
    }
    text.push_str("\n\n--\n");
    text.push_str(&footer);
    text.push('\n');

    let link = data.link.as_deref().filter(|_| kind.placeholders().contains(&Placeholder::Link));
    // One narrow column that fits a phone; the link as a button a thumb
    // can hit, with the address itself below it, free to wrap. Styles
    // inline: mail programs drop style sheets.
    let mut html = format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title></head>\n\
         <body style=\"margin:0;padding:16px;background:#ffffff;color:#1d2433;\
         font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.5\">\n\
         <div style=\"max-width:36rem;margin:0 auto\">\n<p>{}</p>\n",
        language.code(),
        escape_html(&subject),
        escape_html(&greeting_line)
    );
    for paragraph in &paragraphs {
        match link {
            Some(link) if paragraph == link => {
                html.push_str(&format!(
                    "<p><a href=\"{0}\" style=\"display:inline-block;padding:12px 20px;background:#0b5fad;\
                     color:#ffffff;border-radius:4px;text-decoration:none;font-weight:600\">{1}</a></p>\n\
                     <p style=\"font-size:14px;color:#4a5468;overflow-wrap:anywhere;word-break:break-all\">{0}</p>\n",
                    escape_html(link),
                    escape_html(&lookup("email-link-button"))
                ));
            }
            _ => html.push_str(&format!("<p>{}</p>\n", escape_html(paragraph))),
        }
    }
    let contact_html = contact
        .map(|(line, address)| {
            let escaped = escape_html(address);
            let linked = escape_html(&line).replace(&escaped, &format!("<a href=\"mailto:{escaped}\">{escaped}</a>"));
            format!("<p>{linked}</p>\n")
        })
        .unwrap_or_default();
    html.push_str(&format!(
        "<p>{}</p>\n{contact_html}<hr style=\"border:0;border-top:1px solid #c9cfdb\">\n\
         <p style=\"font-size:14px;color:#4a5468\">{}</p>\n</div>\n</body>\n</html>\n",
        // A closing formula with the name on its own line (German, Polish).
        escape_html(&signature).replace('\n', "<br>\n"),
        escape_html(&footer)
    ));
    RenderedEmail { subject, text, html }
}

/// `data` with its RFC 3339 dates in the language's customary form; values
/// that are not RFC 3339 are kept as they are.
fn with_local_dates(data: &EmailData, tr: &Tr) -> EmailData {
    let mut data = data.clone();
    for value in [&mut data.valid_until, &mut data.date].into_iter().flatten() {
        if let Ok(at) = chrono::DateTime::parse_from_rfc3339(value) {
            *value = tr.datetime(&at.with_timezone(&chrono::Utc));
        }
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> EmailData {
        EmailData {
            first_name: "<b>Bob & \"Ann\"</b>".into(),
            last_name: "O'Neill".into(),
            organisation_name: "Care & Co".into(),
            platform_url: "https://care.example.org".into(),
            link: Some("https://care.example.org/activate/abc?x=1&y=2".into()),
            valid_until: Some("12 Mar 2026 09:00 UTC".into()),
            date: Some("1 Apr 2026".into()),
            inviter_first_name: Some("Lucas".into()),
            time_zone: None,
            contact_email: None,
        }
    }

    #[test]
    fn names_are_escaped_in_html_and_kept_in_text() {
        let mail = render(EmailKind::AccountInvitation, Language::En, &data(), Greeting::FirstNameAndSurname, None);
        assert!(mail.text.starts_with("Hi <b>Bob & \"Ann\"</b> O'Neill,\n\n"), "{}", mail.text);
        assert!(mail.html.contains("Hi &lt;b&gt;Bob &amp; &quot;Ann&quot;&lt;/b&gt; O&#39;Neill,"), "{}", mail.html);
        assert!(!mail.html.contains("<b>"));
        assert!(mail.html.contains("<a href=\"https://care.example.org/activate/abc?x=1&amp;y=2\" style="));
        // On a phone: a button a thumb can hit, the address below it free
        // to wrap, one narrow column.
        assert!(mail.html.contains(">Open the link</a>"), "{}", mail.html);
        assert!(mail.html.contains("word-break:break-all\">https://care.example.org/activate/abc?x=1&amp;y=2</p>"));
        assert!(mail.html.contains("name=\"viewport\"") && mail.html.contains("max-width:36rem"));
        assert!(mail.text.contains("\nKind regards, Care & Co\n"));
        assert!(!mail.html.contains("<img") && !mail.html.contains("src="));
    }

    /// German and Polish close without a comma, the name on its own line,
    /// in the HTML part as in the text.
    #[test]
    fn a_closing_formula_keeps_its_own_line() {
        let mail = render(EmailKind::PasswordReset, Language::De, &data(), Greeting::FirstName, None);
        assert!(mail.text.contains("\nMit freundlichen Grüßen\nCare & Co\n"), "{}", mail.text);
        assert!(mail.html.contains("Mit freundlichen Grüßen<br>\nCare &amp; Co"), "{}", mail.html);
    }

    #[test]
    fn greeting_and_signature_follow_the_settings() {
        let mail = render(
            EmailKind::PasswordChanged,
            Language::Nl,
            &data(),
            Greeting::FirstName,
            Some("Groet van {organisation_name}"),
        );
        assert!(mail.text.starts_with("Hoi <b>Bob & \"Ann\"</b>,\n"));
        assert!(mail.text.contains("\nGroet van Care & Co\n"));
        assert_eq!(mail.subject, "Je wachtwoord is gewijzigd");
    }

    #[test]
    fn queued_dates_are_written_in_the_recipients_language() {
        let data = EmailData { valid_until: Some("2026-03-05T08:40:00Z".into()), ..data() };
        let english = render(EmailKind::AccountInvitation, Language::En, &data, Greeting::FirstName, None);
        assert!(english.text.contains("5 Mar 2026 08:40 UTC"), "{}", english.text);
        let dutch = render(EmailKind::AccountInvitation, Language::Nl, &data, Greeting::FirstName, None);
        assert!(dutch.text.contains("05-03-2026 08:40 UTC"), "{}", dutch.text);
        let in_warsaw = EmailData { time_zone: Some("Europe/Warsaw".into()), ..data };
        let polish = render(EmailKind::AccountInvitation, Language::Pl, &in_warsaw, Greeting::FirstName, None);
        assert!(polish.text.contains("05.03.2026 09:40 CET"), "{}", polish.text);
    }

    #[test]
    fn the_organisations_address_follows_the_signature() {
        let with_address = EmailData { contact_email: Some("help@care.example.org".into()), ..data() };
        for language in Language::ALL {
            let mail = render(EmailKind::TwoFactorDisabled, language, &with_address, Greeting::FirstName, None);
            let at = mail.text.find("help@care.example.org").unwrap_or_else(|| panic!("{language:?}: {}", mail.text));
            assert!(at < mail.text.find("\n--\n").unwrap_or(0), "{language:?}: before the footer");
            assert!(mail.html.contains("<a href=\"mailto:help@care.example.org\">help@care.example.org</a>"));
        }
        let without = render(EmailKind::TwoFactorDisabled, Language::En, &data(), Greeting::FirstName, None);
        assert!(!without.text.contains('@'), "{}", without.text);
    }

    #[test]
    fn texts_use_only_their_kinds_placeholders() {
        for language in Language::ALL {
            let messages = crate::catalogue::messages_with_variables(language);
            for kind in EmailKind::ALL {
                let allowed: Vec<&str> = kind.placeholders().iter().map(|p| p.code()).collect();
                for part in ["subject", "body"] {
                    let id = message_id(kind, part);
                    let (_, vars) =
                        messages.iter().find(|(m, _)| *m == id).unwrap_or_else(|| panic!("{language}: {id} missing"));
                    for var in vars {
                        assert!(
                            allowed.contains(&var.as_str()),
                            "{language}: {id} uses {var}, not allowed for {kind:?}"
                        );
                    }
                    if part == "body" && kind.needs_link() {
                        assert!(vars.iter().any(|v| v == "link"), "{language}: {id} must contain its link");
                    }
                }
            }
        }
    }

    #[test]
    fn every_kind_renders_in_every_language_without_gaps() {
        for language in Language::ALL {
            for kind in EmailKind::ALL {
                let mail = render(kind, language, &data(), Greeting::FirstName, None);
                for part in [&mail.subject, &mail.text] {
                    assert!(!part.contains("Unknown localization"), "{language} {kind:?}: {part}");
                    assert!(
                        !part.contains('{') && !part.contains('}'),
                        "{language} {kind:?}: unfilled placeholder in {part}"
                    );
                }
                if kind.needs_link() {
                    assert!(
                        mail.text.contains("https://care.example.org/activate/abc?x=1&y=2"),
                        "{language} {kind:?} lacks its link"
                    );
                }
                insta::assert_snapshot!(
                    format!("{}_{}", language.code(), kind.code()),
                    format!("Subject: {}\n\n{}", mail.subject, mail.text)
                );
            }
        }
    }
}
