//! The frame around every page: the site's name, the navigation, who is
//! signed in, a notice after a change, and the language switcher.
//!
//! The navigation offers a page when the permission function allows its
//! action on the platform, so a link is never shown for a page that would
//! refuse, and a new role needs no change here.

use kalm_app::auth::Principal;
use kalm_domain::permissions::{Action, Actor, Target};

use crate::session::{AdminVisit, PlatformVisit};
use kalm_i18n::Tr;

/// The platform's own pages in the navigation, each with the action that
/// opening it needs.
const PLATFORM_PAGES: [(&str, &str, Action); 4] = [
    ("/tools", "nav-tools", Action::ViewContent),
    ("/accounts", "nav-accounts", Action::ListAccounts),
    ("/settings", "nav-settings", Action::ViewConfigurations),
    ("/audit", "nav-audit", Action::ViewAuditLog),
];

/// The frame around every page: site name, navigation, who is signed in.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub site_name: String,
    pub nav: Vec<NavItem>,
    pub signed_in_as: Option<String>,
    pub notice: Option<String>,
    /// The language switcher, shown before login when more than one
    /// language is offered; empty otherwise.
    pub languages: Vec<Choice>,
    /// Where the switcher returns to.
    pub back: String,
}

#[derive(Debug, Clone)]
pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

/// An option in a select, radio group or checkbox group.
#[derive(Debug, Clone)]
pub struct Choice {
    pub code: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn new(code: impl Into<String>, label: impl Into<String>, selected: bool) -> Choice {
        Choice { code: code.into(), label: label.into(), selected }
    }
}

/// Every country Kalm can read phone numbers of, by name in the reader's
/// language, alphabetically in that language's names.
pub fn country_choices(tr: &Tr, selected: Option<kalm_domain::countries::Country>) -> Vec<Choice> {
    let mut choices: Vec<Choice> = kalm_domain::countries::Country::ALL
        .iter()
        .map(|c| Choice::new(c.code(), tr.code("country", c.code()), Some(*c) == selected))
        .collect();
    choices.sort_by(|a, b| a.label.cmp(&b.label));
    choices
}

/// Every time zone a person can pick, by its IANA name (`Europe/Amsterdam`):
/// the names people recognise from their devices.
pub fn time_zone_choices(selected: Option<kalm_domain::countries::TimeZone>) -> Vec<Choice> {
    kalm_domain::countries::TimeZone::choices()
        .into_iter()
        .map(|z| Choice::new(z.name(), z.name().replace('_', " "), Some(z) == selected))
        .collect()
}

impl Chrome {
    pub fn bare(tr: &Tr) -> Chrome {
        Chrome {
            site_name: tr.t("product-name"),
            nav: Vec::new(),
            signed_in_as: None,
            notice: None,
            languages: Vec::new(),
            back: String::new(),
        }
    }

    pub fn platform(visit: &PlatformVisit, current: &str) -> Chrome {
        let platform = visit.platform.id;
        let may = |actor: &Actor, action: Action| {
            kalm_domain::permissions::decide(actor, action, &Target::Platform(platform)).is_ok()
        };
        let mut nav = Vec::new();
        let mut signed_in_as = None;
        // Tools are made on content platforms only.
        let content_platform = visit.platform.kind == kalm_domain::platforms::PlatformKind::Content;
        if let Some(principal) = &visit.principal {
            let tr = &visit.tr;
            let mut item = |href: &'static str, id: &str| {
                nav.push(NavItem { href, label: tr.t(id), current: href == current });
            };
            item("/", "nav-home");
            match principal {
                Principal::Account { account, caller } => {
                    signed_in_as = Some(format!("{} {}", account.first_name.as_str(), account.last_name.as_str()));
                    for (href, id, action) in PLATFORM_PAGES {
                        if may(&caller.actor, action) && (href != "/tools" || content_platform) {
                            item(href, id);
                        }
                    }
                    item("/account", "nav-my-account");
                }
                Principal::Operator { operator, caller } => {
                    signed_in_as = Some(operator.email.as_str().to_owned());
                    for (href, id, action) in PLATFORM_PAGES {
                        // Operators change settings from the console.
                        if href != "/settings" && may(&caller.actor, action) && (href != "/tools" || content_platform) {
                            item(href, id);
                        }
                    }
                }
            }
        }
        let mut chrome = Chrome {
            site_name: visit.platform.name.as_str().to_owned(),
            nav,
            signed_in_as,
            notice: None,
            languages: Vec::new(),
            back: String::new(),
        };
        if visit.principal.is_none() {
            chrome = chrome.with_switcher(visit, current);
        }
        chrome
    }

    /// Adds the language switcher (when more than one language is offered),
    /// returning to `back` after a choice.
    pub fn with_switcher(mut self, visit: &PlatformVisit, back: &str) -> Chrome {
        if visit.offered.len() > 1 {
            self.languages = visit
                .offered
                .iter()
                .map(|l| Choice::new(l.code(), visit.tr.code("language", l.code()), *l == visit.tr.language))
                .collect();
            self.back = back.to_owned();
        }
        self
    }

    pub fn admin(visit: &AdminVisit, current: &str) -> Chrome {
        let tr = &visit.tr;
        let mut nav = Vec::new();
        let mut signed_in_as = None;
        if let Some(Principal::Operator { operator, .. }) = &visit.principal {
            signed_in_as = Some(operator.email.as_str().to_owned());
            for (href, id) in [
                ("/", "nav-platforms"),
                ("/charges", "nav-charges"),
                ("/emails", "nav-emails"),
                ("/audit", "nav-audit"),
            ] {
                nav.push(NavItem { href, label: tr.t(id), current: href == current });
            }
        }
        Chrome {
            site_name: tr.t("console-name"),
            nav,
            signed_in_as,
            notice: None,
            languages: Vec::new(),
            back: String::new(),
        }
    }

    /// Shows the translated notice for a `?done=<code>` after a redirect.
    pub fn with_notice(mut self, tr: &Tr, done: Option<&str>) -> Chrome {
        self.notice =
            done.filter(|d| d.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')).map(|d| tr.code("notice", d));
        self
    }
}
