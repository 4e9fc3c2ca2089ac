//! The home page of each role: what this person can do here, and the people
//! they work with (a professional's clients, a client's professionals).

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use kalm_app::accounts;
use kalm_app::auth::Principal;
use kalm_domain::accounts::{AccountType, Role};

use super::{Chrome, Done, to_login};
use crate::AppState;
use crate::error::{OrPage, PageError, render};
use crate::i18n::Tr;
use crate::session::PlatformVisit;

pub struct Link {
    pub href: &'static str,
    pub label: String,
}

pub struct Person {
    pub name: String,
    pub href: Option<String>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    first_name: String,
    role_summary: String,
    links: Vec<Link>,
    people_heading: Option<String>,
    people_empty: String,
    people: Vec<Person>,
}

pub async fn platform_home(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let tr = &visit.tr;
    let Some(principal) = &visit.principal else {
        return Ok(to_login());
    };
    let chrome = Chrome::platform(&visit, "/").with_notice(tr, done.done.as_deref());
    let (account, caller) = match principal {
        Principal::Account { account, caller } => (account, caller),
        Principal::Operator { operator, .. } => {
            return Ok(render(&HomePage {
                t: tr,
                chrome,
                first_name: operator.email.as_str().to_owned(),
                role_summary: tr.t("home-operator"),
                links: vec![Link { href: "/accounts", label: tr.t("nav-accounts") }],
                people_heading: None,
                people_empty: String::new(),
                people: Vec::new(),
            }));
        }
    };
    let view = accounts::view(&state.kalm, Some(caller), visit.platform.id, account.id).await.or_page(tr)?;
    let roles = account.roles;
    let professional = account.account_type == AccountType::Professional;
    let mut links = Vec::new();
    let mut summary = Vec::new();
    if professional && roles.contains(Role::ApplicationManager) {
        summary.push(tr.t("home-manager"));
        links.push(Link { href: "/accounts", label: tr.t("nav-accounts") });
        links.push(Link { href: "/accounts/new", label: tr.t("accounts-new") });
        links.push(Link { href: "/audit", label: tr.t("nav-audit") });
    }
    if professional && roles.contains(Role::Secretary) {
        summary.push(tr.t("home-secretary"));
        if !roles.contains(Role::ApplicationManager) {
            links.push(Link { href: "/accounts", label: tr.t("nav-accounts") });
            links.push(Link { href: "/accounts/new", label: tr.t("accounts-new-client") });
        }
    }
    let mut people_heading = None;
    let mut people_empty = String::new();
    let mut people = Vec::new();
    let name = |a: &accounts::Account| format!("{} {}", a.first_name.as_str(), a.last_name.as_str());
    match account.account_type {
        AccountType::Professional => {
            if roles.contains(Role::Professional) {
                summary.push(tr.t("home-professional"));
                people_heading = Some(tr.t("home-your-clients"));
                people_empty = tr.t("home-no-clients");
                people = view
                    .clients
                    .iter()
                    .map(|c| Person { name: name(c), href: Some(format!("/accounts/{}", c.id)) })
                    .collect();
            }
        }
        AccountType::Client => {
            summary.push(tr.t("home-client"));
            people_heading = Some(tr.t("home-your-professionals"));
            people_empty = tr.t("home-no-professionals");
            people = view.professionals.iter().map(|p| Person { name: name(p), href: None }).collect();
        }
        AccountType::Friend => {
            summary.push(match &view.friend_of {
                Some(client) => tr.t1("home-friend-of", "name", client.first_name.as_str()),
                None => tr.t("home-friend"),
            });
        }
    }
    links.push(Link { href: "/account", label: tr.t("nav-my-account") });
    Ok(render(&HomePage {
        t: tr,
        chrome,
        first_name: account.first_name.as_str().to_owned(),
        role_summary: summary.join(" "),
        links,
        people_heading,
        people_empty,
        people,
    }))
}
