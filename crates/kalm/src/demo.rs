//! The demo installation behind `kalm demo`: an operator, the care platform
//! "Demo Care" on care.localhost, and a small cast of accounts with their
//! treatment relations, offered in every language Kalm speaks, with a spread
//! of clients last active from days to more than a year ago (so the
//! inactivity chart shows something). Creating it twice changes nothing:
//! each part is only made when it is missing.

use kalm_app::accounts::{self, AccountInput};
use kalm_app::platforms::{self, PlatformInput};
use kalm_app::{AppError, Kalm, operators};
use kalm_domain::accounts::AccountId;
use kalm_domain::configurations::ConfigurationKey;

use crate::cli::CliError;
use crate::config::Config;

pub const DEFAULT_PASSWORD: &str = "calm-river-lantern-42";
pub const OPERATOR_EMAIL: &str = "desk@kalm.example.org";
pub const PLATFORM_DOMAIN: &str = "care.localhost";
/// The demo's content platform, whose tools Demo Care's catalogue offers.
pub const CONTENT_DOMAIN: &str = "content.localhost";

/// The tools the demo ships, as `kalm-tool/1` documents: the questionnaires
/// with their published scoring, a module in two languages and a diary.
pub const SHIPPED_TOOLS: [&str; 5] = [
    include_str!("../content/phq9.en.json"),
    include_str!("../content/gad7.en.json"),
    include_str!("../content/sleep-module.en.json"),
    include_str!("../content/sleep-module.nl.json"),
    include_str!("../content/sleep-diary.en.json"),
];

/// The content platform with the shipped tools, released, and linked to
/// the demo's care platform. Each tool is imported once (by title and
/// language), so running the demo again changes nothing.
/// Who writes and releases the demo's tools.
pub const AUTHOR_EMAIL: &str = "iris.bakker@example.org";

async fn content_platform(kalm: &Kalm, care: &kalm_app::platforms::Platform, password: &str) -> Result<(), CliError> {
    let desk = kalm_app::Caller::command_line();
    let platform = match platforms::find(kalm, &desk, CONTENT_DOMAIN).await {
        Ok(p) => p,
        Err(AppError::NotFound(_)) => {
            let input = PlatformInput {
                name: "Demo Content".into(),
                domain: CONTENT_DOMAIN.into(),
                language: "en".into(),
                kind: "content".into(),
                country: "nl".into(),
                time_zone: String::new(),
            };
            platforms::create(kalm, &desk, &input).await?
        }
        Err(err) => return Err(err.into()),
    };
    // The sleep module's drawing, stored before the module that shows it;
    // a second run changes nothing (the same bytes are the same file).
    kalm_app::media::upload(kalm, &desk, &platform, include_bytes!("../content/sleep.svg")).await?;
    let existing = kalm_app::content::list(kalm, &desk, &platform).await?;
    for text in SHIPPED_TOOLS {
        let document = kalm_domain::content::ToolDocument::from_json(text)?;
        if existing.iter().any(|t| t.title == document.title && t.language == document.language) {
            continue;
        }
        let tool = kalm_app::content::import(kalm, &desk, &platform, text).await?;
        kalm_app::content::release(kalm, &desk, &platform, tool.id, tool.draft_revision, "Shipped with the demo")
            .await?;
    }
    kalm_app::catalogue::link(kalm, &desk, &platform, care).await?;
    if accounts::id_by_email(kalm, platform.id, AUTHOR_EMAIL).await?.is_none() {
        let input = AccountInput {
            account_type: "professional".into(),
            roles: "author,publisher,application_manager".into(),
            first_name: "Iris".into(),
            last_name: "Bakker".into(),
            email: AUTHOR_EMAIL.into(),
            language: String::new(),
            friend_of: String::new(),
        };
        accounts::create(kalm, &desk, &platform, &input, Some(password)).await?;
    }
    Ok(())
}

struct Person {
    account_type: &'static str,
    roles: &'static str,
    first: &'static str,
    last: &'static str,
    email: &'static str,
    friend_of: &'static str,
}

const PEOPLE: &[Person] = &[
    Person {
        account_type: "professional",
        roles: "professional,application_manager",
        first: "Sanne",
        last: "de Vries",
        email: "manager@care.example.org",
        friend_of: "",
    },
    Person {
        account_type: "professional",
        roles: "professional",
        first: "Daan",
        last: "Jansen",
        email: "daan@care.example.org",
        friend_of: "",
    },
    Person {
        account_type: "professional",
        roles: "professional",
        first: "Eva",
        last: "Bakker",
        email: "eva@care.example.org",
        friend_of: "",
    },
    Person {
        account_type: "professional",
        roles: "secretary",
        first: "Fleur",
        last: "Visser",
        email: "secretary@care.example.org",
        friend_of: "",
    },
    Person {
        account_type: "client",
        roles: "",
        first: "Lucas",
        last: "Smit",
        email: "lucas@client.example.org",
        friend_of: "",
    },
    Person {
        account_type: "client",
        roles: "",
        first: "Noor",
        last: "Mulder",
        email: "noor@client.example.org",
        friend_of: "",
    },
    Person {
        account_type: "client",
        roles: "",
        first: "Milan",
        last: "de Jong",
        email: "milan@client.example.org",
        friend_of: "",
    },
    Person {
        account_type: "friend",
        roles: "",
        first: "Emma",
        last: "Smit",
        email: "emma@friend.example.org",
        friend_of: "lucas@client.example.org",
    },
];

/// More clients, each last active this many days ago: a demo history.
const HISTORY: &[(&str, &str, i64)] = &[
    ("Sem", "Peters", 2),
    ("Julia", "Hendriks", 9),
    ("Finn", "van Dijk", 21),
    ("Tess", "Dekker", 38),
    ("Levi", "Brouwer", 55),
    ("Sara", "de Groot", 84),
    ("Bram", "Meijer", 130),
    ("Lotte", "Vos", 175),
    ("Ruben", "Koster", 230),
    ("Iris", "Prins", 290),
    ("Thijs", "Willems", 345),
    ("Zoë", "Kok", 410),
];

/// (client, professional) pairs.
const RELATIONS: &[(&str, &str)] = &[
    ("lucas@client.example.org", "daan@care.example.org"),
    ("noor@client.example.org", "daan@care.example.org"),
    ("milan@client.example.org", "eva@care.example.org"),
];

/// An example price list, so the demo's charges page shows amounts and
/// totals.
pub fn price_list() -> kalm_domain::charges::PriceList {
    let made_available = std::collections::BTreeMap::from([
        ("two_factor".to_owned(), "100.00".to_owned()),
        ("languages".to_owned(), "50.00".to_owned()),
        ("video_sessions".to_owned(), "250.00".to_owned()),
    ]);
    let changed = std::collections::BTreeMap::from([("domain".to_owned(), "75.00".to_owned())]);
    let typed = kalm_domain::charges::TypedPrices {
        currency: "EUR",
        content_platform: Some("1500.00"),
        made_available: &made_available,
        changed: &changed,
    };
    kalm_domain::charges::PriceList::parse(&typed).unwrap_or_default()
}

pub async fn create(config: &Config, kalm: &Kalm, password: &str) -> Result<(), CliError> {
    match operators::create(kalm, &kalm_app::Caller::command_line(), OPERATOR_EMAIL, password).await {
        Ok(_) | Err(AppError::Duplicate(_)) => {}
        Err(err) => return Err(err.into()),
    }
    let platform = match platforms::find(kalm, &kalm_app::Caller::command_line(), PLATFORM_DOMAIN).await {
        Ok(p) => p,
        Err(AppError::NotFound(_)) => {
            let input = PlatformInput {
                name: "Demo Care".into(),
                domain: PLATFORM_DOMAIN.into(),
                language: "en".into(),
                kind: "care".into(),
                // An English-language platform for Dutch clients: the case
                // where language and country differ.
                country: "nl".into(),
                time_zone: String::new(),
            };
            platforms::create(kalm, &kalm_app::Caller::command_line(), &input).await?
        }
        Err(err) => return Err(err.into()),
    };
    let mut ids: Vec<(&str, AccountId)> = Vec::new();
    for person in PEOPLE {
        let id = match accounts::id_by_email(kalm, platform.id, person.email).await? {
            Some(id) => id,
            None => {
                let input = AccountInput {
                    account_type: person.account_type.into(),
                    roles: person.roles.into(),
                    first_name: person.first.into(),
                    last_name: person.last.into(),
                    email: person.email.into(),
                    language: String::new(),
                    friend_of: person.friend_of.into(),
                };
                accounts::create(kalm, &kalm_app::Caller::command_line(), &platform, &input, Some(password))
                    .await?
                    .account
                    .id
            }
        };
        ids.push((person.email, id));
    }
    for (first, last, days) in HISTORY {
        let email = format!("{}.{}@client.example.org", first.to_lowercase(), last.to_lowercase().replace(' ', ""));
        if accounts::id_by_email(kalm, platform.id, &email).await?.is_some() {
            continue;
        }
        let input = AccountInput {
            account_type: "client".into(),
            first_name: (*first).into(),
            last_name: (*last).into(),
            email,
            ..AccountInput::default()
        };
        let created =
            accounts::create(kalm, &kalm_app::Caller::command_line(), &platform, &input, Some(password)).await?;
        let at = kalm.clock.now() - chrono::Duration::days(*days);
        accounts::last_active_for_setup(kalm, platform.id, created.account.id, at).await?;
    }
    let id_of = |email: &str| ids.iter().find(|(e, _)| *e == email).map(|(_, id)| *id);
    for (client, professional) in RELATIONS {
        if let (Some(c), Some(p)) = (id_of(client), id_of(professional)) {
            accounts::relate_for_setup(kalm, platform.id, c, p).await?;
        }
    }
    // Two-factor authentication to try: optional for everyone, set up under
    // My account. Only when the demo is new, so a changed setting stays.
    let stored = kalm_app::configurations::overview(kalm, &kalm_app::Caller::command_line(), &platform).await?;
    let two_factor = stored.iter().find(|c| c.definition.key == ConfigurationKey::TwoFactor);
    if two_factor.is_some_and(|c| !c.available && c.updated_at.is_none()) {
        kalm_app::configurations::set_availability(
            kalm,
            &kalm_app::Caller::command_line(),
            &platform,
            ConfigurationKey::TwoFactor,
            true,
            None,
        )
        .await?;
        let platform = platforms::find(kalm, &kalm_app::Caller::command_line(), PLATFORM_DOMAIN).await?;
        let value = serde_json::json!({
            "professionals": "optional", "remember_device": "12_hours", "clients": "optional", "friends": "optional"
        });
        kalm_app::configurations::set_value(
            kalm,
            &kalm_app::Caller::command_line(),
            &platform,
            ConfigurationKey::TwoFactor,
            &value,
            None,
        )
        .await?;
    }
    // Every language Kalm speaks, to try the switcher and each person's
    // own choice. Only when the demo is new, like two-factor above.
    let stored = kalm_app::configurations::overview(kalm, &kalm_app::Caller::command_line(), &platform).await?;
    let languages = stored.iter().find(|c| c.definition.key == ConfigurationKey::Languages);
    if languages.is_some_and(|c| !c.available && c.updated_at.is_none()) {
        let caller = kalm_app::Caller::command_line();
        kalm_app::configurations::set_availability(kalm, &caller, &platform, ConfigurationKey::Languages, true, None)
            .await?;
        let platform = platforms::find(kalm, &caller, PLATFORM_DOMAIN).await?;
        let all: Vec<&str> = kalm_domain::languages::Language::ALL.iter().map(|l| l.code()).collect();
        let value = serde_json::json!(all);
        kalm_app::configurations::set_value(kalm, &caller, &platform, ConfigurationKey::Languages, &value, None)
            .await?;
    }
    content_platform(kalm, &platform, password).await?;
    let port = config.link_port_suffix();
    let scheme = config.scheme();
    println!("Kalm demo is ready.");
    println!();
    println!("  Demo Care (care platform):  {scheme}://{PLATFORM_DOMAIN}{port}/");
    println!("  Demo Content (content):     {scheme}://{CONTENT_DOMAIN}{port}/");
    println!("                              (author and publisher: {AUTHOR_EMAIL})");
    println!("  Service desk console:       {scheme}://{}{port}/", config.admin_host);
    println!();
    println!("  Password for every login:   {password}");
    println!("  Service desk operator:      {OPERATOR_EMAIL}");
    if config.operator_two_factor == crate::config::OperatorTwoFactor::Required {
        println!("                              (sets up an authenticator app at the first console login)");
    }
    for person in PEOPLE {
        let what = match (person.account_type, person.roles) {
            ("professional", "professional,application_manager") => "application manager",
            ("professional", "secretary") => "secretary",
            ("professional", _) => "professional",
            ("client", _) => "client",
            _ => "friend",
        };
        println!("  {:<27} {} ({} {})", format!("{what}:"), person.email, person.first, person.last);
    }
    println!();
    if config.smtp_url.is_none() {
        println!("  E-mails are written to {}/", config.mail_dir);
    }
    if let Some(sms) = config.sms_url.as_deref().and_then(|u| u.strip_prefix("file:")) {
        println!("  Text messages (two-factor codes) are written to {sms}/");
    }
    println!();
    Ok(())
}

#[cfg(test)]
mod shipped_tools {
    #[test]
    fn every_shipped_tool_can_be_released() {
        for text in super::SHIPPED_TOOLS {
            let document = kalm_domain::content::ToolDocument::from_json(text).expect("a kalm-tool/1 document");
            let problems = kalm_domain::content::release::problems(&document);
            assert!(problems.is_empty(), "{}: {problems:?}", document.title);
        }
    }
}

#[cfg(test)]
mod price_tests {
    #[test]
    fn the_demo_price_list_is_a_valid_one() {
        let list = super::price_list();
        assert_eq!(list.price("changed", "domain").map(|m| m.minor), Some(7_500));
        assert_eq!(list.price("platform_created", "content_platform").map(|m| m.minor), Some(150_000));
    }
}
