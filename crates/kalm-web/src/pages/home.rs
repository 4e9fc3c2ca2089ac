//! The home page of each role: what this person can do here, and the people
//! they work with (a professional's clients, a client's professionals).

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use kalm_app::accounts;
use kalm_app::auth::Principal;
use kalm_domain::accounts::{AccountType, Role};
use kalm_domain::permissions::{Action, Target, decide};
use kalm_i18n::Tr;

use super::{Chrome, Done, to_login};
use crate::AppState;
use crate::error::{OrPage, PageError, render};
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
#[template(path = "home/home.html")]
struct HomePage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    first_name: String,
    role_summary: String,
    links: Vec<Link>,
    people_heading: Option<String>,
    people_empty: String,
    people: Vec<Person>,
    show_friends: bool,
    friends: Vec<Friend>,
    friend_error: Option<String>,
    friend_first_name: String,
    friend_last_name: String,
    friend_email: String,
}

pub struct Friend {
    pub id: String,
    pub name: String,
    pub status: String,
}

/// What a refused friend invitation keeps.
#[derive(Default)]
pub struct FriendForm {
    pub error: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
}

pub async fn platform_home(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    home(&state, &visit, done.done.as_deref(), FriendForm::default()).await
}

pub async fn home(
    state: &AppState,
    visit: &PlatformVisit,
    done: Option<&str>,
    form: FriendForm,
) -> Result<Response, PageError> {
    let tr = &visit.tr;
    let Some(principal) = &visit.principal else {
        return Ok(to_login());
    };
    let chrome = Chrome::platform(visit, "/").with_notice(tr, done);
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
                show_friends: false,
                friends: Vec::new(),
                friend_error: None,
                friend_first_name: String::new(),
                friend_last_name: String::new(),
                friend_email: String::new(),
            }));
        }
    };
    let view = accounts::own_view(&state.kalm, caller, account).await.or_page(tr)?;
    let name = |a: &accounts::Account| format!("{} {}", a.first_name.as_str(), a.last_name.as_str());
    let roles = account.roles;
    let professional = account.account_type == AccountType::Professional;
    let mut summary = Vec::new();
    if professional && roles.contains(Role::ApplicationManager) {
        summary.push(tr.t("home-manager"));
    }
    if professional && roles.contains(Role::Secretary) {
        summary.push(tr.t("home-secretary"));
    }
    // The links are what the permission function allows here: whoever may
    // create accounts gets the list and the form (worded for what they may
    // create), whoever may read the audit log gets it.
    let may = |action: Action| decide(&caller.actor, action, &Target::Platform(visit.platform.id)).is_ok();
    let mut links = Vec::new();
    let creates = |account_type| may(Action::CreateAccount { account_type });
    if creates(AccountType::Professional) {
        links.push(Link { href: "/accounts", label: tr.t("nav-accounts") });
        links.push(Link { href: "/accounts/new", label: tr.t("accounts-new") });
    } else if creates(AccountType::Client) {
        links.push(Link { href: "/accounts", label: tr.t("nav-accounts") });
        links.push(Link { href: "/accounts/new", label: tr.t("accounts-new-client") });
    }
    if may(Action::ViewAuditLog) {
        links.push(Link { href: "/audit", label: tr.t("nav-audit") });
    }
    let mut people_heading = None;
    let mut people_empty = String::new();
    let mut people = Vec::new();
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
        show_friends: account.account_type == AccountType::Client,
        friends: view
            .friends
            .iter()
            .filter(|f| f.status != kalm_domain::accounts::AccountStatus::Deactivated)
            .map(|f| Friend { id: f.id.to_string(), name: name(f), status: tr.code("status", f.status.code()) })
            .collect(),
        friend_error: form.error,
        friend_first_name: form.first_name,
        friend_last_name: form.last_name,
        friend_email: form.email,
    }))
}

pub async fn invite_friend(
    State(state): State<AppState>,
    visit: PlatformVisit,
    axum::Form(fields): axum::Form<super::Fields>,
) -> Result<Response, PageError> {
    let Some(principal) = &visit.principal else { return Ok(to_login()) };
    let form = FriendForm {
        error: None,
        first_name: fields.get("first_name"),
        last_name: fields.get("last_name"),
        email: fields.get("email"),
    };
    match accounts::invite_friend(
        &state.kalm,
        principal.caller(),
        &visit.platform,
        &form.first_name,
        &form.last_name,
        &form.email,
    )
    .await
    {
        Ok(_) => Ok(axum::response::Redirect::to("/?done=friend_invited").into_response()),
        Err(err) if err.is_internal() || matches!(err, kalm_app::AppError::Denied(_)) => {
            Err(PageError::new(&err, &visit.tr))
        }
        Err(err) => {
            let form = FriendForm { error: Some(visit.tr.error(err.code())), ..form };
            let mut response = home(&state, &visit, None, form).await?;
            *response.status_mut() = crate::error::status_of(&err);
            Ok(response)
        }
    }
}

/// `GET /friends/{id}/end`: the question before ending a friend's link.
pub async fn confirm_end_friend_link(
    State(state): State<AppState>,
    visit: PlatformVisit,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<Response, PageError> {
    let tr = &visit.tr;
    let Some(Principal::Account { account, caller }) = &visit.principal else { return Ok(to_login()) };
    let id = uuid::Uuid::parse_str(&id).map_err(|_| PageError::not_found(tr))?;
    let view = accounts::own_view(&state.kalm, caller, account).await.or_page(tr)?;
    let Some(friend) = view.friends.iter().find(|f| f.id.0 == id) else {
        return Err(PageError::not_found(tr));
    };
    let name = format!("{} {}", friend.first_name.as_str(), friend.last_name.as_str());
    Ok(render(&super::forms::Confirmation {
        t: tr,
        chrome: Chrome::platform(&visit, "/"),
        question: tr.t1("friends-end-question", "name", &name),
        consequences: vec![
            tr.t1("friends-end-no-login", "name", &name),
            tr.t1("friends-end-sees-nothing", "name", &name),
        ],
        undo: tr.t1("friends-end-undo", "name", &name),
        action: format!("/friends/{id}/end"),
        submit: tr.t("friends-end-submit"),
        back: "/".to_owned(),
    }))
}

pub async fn end_friend_link(
    State(state): State<AppState>,
    visit: PlatformVisit,
    axum::extract::Path(id): axum::extract::Path<String>,
    axum::Form(fields): axum::Form<super::Fields>,
) -> Result<Response, PageError> {
    let Some(principal) = &visit.principal else { return Ok(to_login()) };
    let id = uuid::Uuid::parse_str(&id).map_err(|_| PageError::not_found(&visit.tr))?;
    if !super::forms::confirmed(&fields) {
        return Ok(axum::response::Redirect::to(&format!("/friends/{id}/end")).into_response());
    }
    accounts::end_friend_link(&state.kalm, principal.caller(), visit.platform.id, kalm_domain::accounts::AccountId(id))
        .await
        .or_page(&visit.tr)?;
    Ok(axum::response::Redirect::to("/?done=friend_link_ended").into_response())
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/", axum::routing::get(platform_home))
        .route("/friends", axum::routing::post(invite_friend).merge(super::forms::page_of("/")))
        .route("/friends/{id}/end", axum::routing::get(confirm_end_friend_link).post(end_friend_link))
}
