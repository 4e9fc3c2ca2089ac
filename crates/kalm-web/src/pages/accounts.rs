//! Account administration pages: the list with search and filters, creating
//! professional and client accounts, and one account's page with its roles,
//! treatment relations, activation link, deactivation and reactivation.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::accounts::{self, Account, AccountFilter, AccountInput};
use kalm_app::{AppError, Caller};
use kalm_domain::accounts::{AccountId, AccountStatus, AccountType, Role};
use kalm_domain::permissions::Action;
use kalm_i18n::Tr;
use serde::Deserialize;
use uuid::Uuid;

use super::{Choice, Chrome, Done, Fields, origin, to_login};
use crate::AppState;
use crate::error::{OrPage, PageError, render, status_of};
use crate::session::PlatformVisit;

fn caller(visit: &PlatformVisit) -> Option<&Caller> {
    visit.principal.as_ref().map(|p| p.caller())
}

fn full_name(a: &Account) -> String {
    format!("{} {}", a.first_name.as_str(), a.last_name.as_str())
}

fn roles_text(tr: &Tr, a: &Account) -> String {
    a.roles.iter().map(|r| tr.code("role", r.code())).collect::<Vec<_>>().join(", ")
}

pub struct Row {
    pub id: String,
    pub name: String,
    pub email: String,
    pub account_type: String,
    pub roles: String,
    pub status: String,
    pub last_activity: String,
}

#[derive(Template)]
#[template(path = "accounts/list.html")]
struct ListPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    may_create: bool,
    q: String,
    type_options: Vec<Choice>,
    role_options: Vec<Choice>,
    status_options: Vec<Choice>,
    count_text: String,
    rows: Vec<Row>,
}

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default, rename = "type")]
    account_type: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    status: String,
}

fn with_any(tr: &Tr, mut choices: Vec<Choice>) -> Vec<Choice> {
    let none_selected = !choices.iter().any(|c| c.selected);
    choices.insert(0, Choice::new("", tr.t("filter-any"), none_selected));
    choices
}

pub async fn list(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let Some(caller) = caller(&visit) else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let filter = AccountFilter {
        search: Some(query.q.clone()),
        account_type: AccountType::parse(&query.account_type).ok(),
        role: Role::parse(&query.role).ok(),
        status: AccountStatus::parse(&query.status).ok(),
        limit: 500,
        offset: 0,
    };
    let found = accounts::list(&state.kalm, caller, visit.platform.id, &filter).await.or_page(tr)?;
    let rows = found
        .iter()
        .map(|a| Row {
            id: a.id.to_string(),
            name: full_name(a),
            email: a.email.as_str().to_owned(),
            account_type: tr.code("account-type", a.account_type.code()),
            roles: roles_text(tr, a),
            status: tr.code("status", a.status.code()),
            last_activity: tr.opt_datetime(&a.last_activity_at),
        })
        .collect::<Vec<_>>();
    let may_create = accounts::may_create(caller, visit.platform.id, AccountType::Client);
    Ok(render(&ListPage {
        t: tr,
        chrome: Chrome::platform(&visit, "/accounts"),
        may_create,
        type_options: with_any(
            tr,
            AccountType::ALL
                .iter()
                .map(|t| Choice::new(t.code(), tr.code("account-type", t.code()), filter.account_type == Some(*t)))
                .collect(),
        ),
        role_options: with_any(
            tr,
            Role::ALL
                .iter()
                .filter(|r| r.fits(visit.platform.kind))
                .map(|r| Choice::new(r.code(), tr.code("role", r.code()), filter.role == Some(*r)))
                .collect(),
        ),
        status_options: with_any(
            tr,
            AccountStatus::ALL
                .iter()
                .map(|s| Choice::new(s.code(), tr.code("status", s.code()), filter.status == Some(*s)))
                .collect(),
        ),
        q: query.q,
        count_text: tr.n("accounts-count", "count", i64::try_from(rows.len()).unwrap_or(i64::MAX)),
        rows,
    }))
}

#[derive(Template)]
#[template(path = "accounts/new.html")]
struct NewPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    action: &'static str,
    error: Option<String>,
    type_options: Vec<Choice>,
    role_options: Vec<Choice>,
    /// The languages offered here, the platform's default first.
    language_options: Vec<Choice>,
    first_name: String,
    last_name: String,
    email: String,
}

fn new_page<'a>(
    tr: &'a Tr,
    visit: &PlatformVisit,
    caller: &Caller,
    fields: &Fields,
    error: Option<String>,
) -> NewPage<'a> {
    let chosen_type = fields.get("account_type");
    let types: Vec<AccountType> = [AccountType::Professional, AccountType::Client]
        .into_iter()
        .filter(|t| accounts::may_create(caller, visit.platform.id, *t))
        .collect();
    // Clients are who is created most; a form with nothing chosen would
    // only be refused.
    let default_type = if types.contains(&AccountType::Client) {
        AccountType::Client.code()
    } else {
        types.first().map_or("", |t| t.code())
    };
    let chosen_language = fields.get("language");
    let language_options = visit
        .offered
        .iter()
        .map(|l| {
            let selected = if chosen_language.is_empty() {
                *l == visit.platform.default_language
            } else {
                l.code() == chosen_language
            };
            Choice::new(l.code(), tr.code("language", l.code()), selected)
        })
        .collect();
    let chosen_roles = fields.all("roles");
    let role_options = if types.contains(&AccountType::Professional) {
        Role::ALL
            .iter()
            .filter(|r| r.fits(visit.platform.kind))
            .map(|r| Choice::new(r.code(), tr.code("role", r.code()), chosen_roles.iter().any(|c| c == r.code())))
            .collect()
    } else {
        Vec::new()
    };
    NewPage {
        t: tr,
        chrome: Chrome::platform(visit, "/accounts"),
        action: "/accounts",
        error,
        type_options: types
            .iter()
            .map(|t| {
                let selected = if chosen_type.is_empty() { t.code() == default_type } else { t.code() == chosen_type };
                Choice::new(t.code(), tr.code("account-type", t.code()), selected)
            })
            .collect(),
        role_options,
        language_options,
        first_name: fields.get("first_name"),
        last_name: fields.get("last_name"),
        email: fields.get("email"),
    }
}

pub async fn new_form(visit: PlatformVisit) -> Result<Response, PageError> {
    let Some(caller) = caller(&visit) else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    if !accounts::may_create(caller, visit.platform.id, AccountType::Client) {
        return Err(PageError::new(&AppError::Denied(kalm_domain::permissions::Denied::NotForRole), tr));
    }
    Ok(render(&new_page(tr, &visit, caller, &Fields::default(), None)))
}

pub async fn create(
    State(state): State<AppState>,
    visit: PlatformVisit,
    headers: HeaderMap,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let Some(caller) = caller(&visit) else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let account_type = fields.get("account_type");
    let input = AccountInput {
        roles: if account_type == "professional" { fields.all("roles").join(",") } else { String::new() },
        account_type,
        first_name: fields.get("first_name"),
        last_name: fields.get("last_name"),
        email: fields.get("email"),
        language: fields.get("language"),
        friend_of: String::new(),
    };
    match accounts::create(&state.kalm, caller, &visit.platform, &input, None).await {
        Ok(created) => {
            let link = created
                .activation_token
                .map(|token| format!("{}/activate/{token}", origin(&headers, state.config.secure_cookies)));
            // Say where the invitation went, so a typo in the address shows.
            let done = if created.invitation_sent { "account_invited" } else { "account_created" };
            show_account(&state, &visit, created.account.id, link, None, Some(done)).await
        }
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_)) => Err(PageError::new(&err, tr)),
        Err(err) => {
            let mut response = render(&new_page(tr, &visit, caller, &fields, Some(tr.error(err.code()))));
            *response.status_mut() = status_of(&err);
            Ok(response)
        }
    }
}

pub struct PersonRow {
    pub id: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    id: String,
    name: String,
    error: Option<String>,
    activation_link: Option<String>,
    email: String,
    account_type: String,
    roles: String,
    status: String,
    language: String,
    last_activity: String,
    created: String,
    friend_of: Option<String>,
    show_professionals: bool,
    professionals: Vec<PersonRow>,
    may_relate: bool,
    relate_options: Vec<Choice>,
    clients: Vec<PersonRow>,
    friends: Vec<PersonRow>,
    may_edit_roles: bool,
    role_options: Vec<Choice>,
    may_renew_link: bool,
    may_deactivate: bool,
    may_reactivate: bool,
    two_factor: Option<TwoFactorSection>,
}

/// An account's two-factor state on its page, with reset and waiver for
/// those the permission function lets.
pub struct TwoFactorSection {
    pub status: String,
    pub codes_left: Option<String>,
    pub waiver: Option<String>,
    pub may_reset: bool,
    pub reset_hint: String,
    /// Application managers looking at their own account: whom to ask.
    pub own_hint: Option<String>,
    pub may_waive: bool,
    pub waiver_active: bool,
    pub waive_hint: String,
}

async fn two_factor_section(
    state: &AppState,
    visit: &PlatformVisit,
    caller: &Caller,
    a: &Account,
    may: impl Fn(Action) -> bool,
) -> Result<Option<TwoFactorSection>, PageError> {
    use kalm_domain::configurations::TwoFactorRule;
    if !may(Action::ViewTwoFactor) || a.account_type == AccountType::Friend {
        return Ok(None);
    }
    let tr = &visit.tr;
    let status = kalm_app::two_factor::status(&state.kalm, caller, &visit.platform, a.id).await.or_page(tr)?;
    let own = caller.id == a.id.0;
    let required = visit.settings.two_factor.professionals == TwoFactorRule::Required;
    let manager = matches!(caller.actor, kalm_domain::permissions::Actor::Account(me) if me.roles.contains(Role::ApplicationManager));
    let name = full_name(a);
    let next_month = kalm_domain::auth::two_factor::waiver_end(state.kalm.clock.now());
    // Worded from the reader's side: their own account, or someone else's.
    let (status_text, codes_left) = if own {
        (
            super::two_factor::status_text(tr, &status),
            status.method.map(|_| tr.n("two-factor-codes-left", "count", status.recovery_codes_left)),
        )
    } else {
        (
            super::two_factor::status_text_of_other(tr, &status),
            status.method.map(|_| {
                tr.n_with("account-two-factor-codes-left", status.recovery_codes_left, &[("name", name.clone())])
            }),
        )
    };
    Ok(Some(TwoFactorSection {
        status: status_text,
        codes_left,
        waiver: status.waiver.as_ref().map(|w| {
            tr.args("account-two-factor-waived", &[("date", tr.datetime(&w.ends_at)), ("by", w.granted_by.clone())])
        }),
        // Nothing to reset without a set-up.
        may_reset: may(Action::ResetTwoFactor) && status.method.is_some(),
        reset_hint: tr.t1("account-two-factor-reset-hint", "name", &name),
        own_hint: (own && manager).then(|| tr.t("account-two-factor-own-hint")),
        may_waive: may(Action::WaiveTwoFactor) && required,
        waiver_active: status.waiver.is_some(),
        waive_hint: tr.args("account-two-factor-waive-hint", &[("name", name), ("date", tr.datetime(&next_month))]),
    }))
}

fn person(a: &Account) -> PersonRow {
    PersonRow { id: a.id.to_string(), name: full_name(a) }
}

async fn show_account(
    state: &AppState,
    visit: &PlatformVisit,
    id: AccountId,
    activation_link: Option<String>,
    error: Option<String>,
    done: Option<&str>,
) -> Result<Response, PageError> {
    let Some(caller) = caller(visit) else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let view = accounts::view(&state.kalm, caller, visit.platform.id, id).await.or_page(tr)?;
    let a = &view.account;
    let allowed = accounts::allowed_actions(&state.kalm, caller, a).await.or_page(tr)?;
    let may = |action: Action| allowed.contains(&action);
    let may_relate = may(Action::RelateClient);
    let relate_options = if may_relate {
        let filter = AccountFilter { role: Some(Role::Professional), limit: 1000, ..AccountFilter::default() };
        accounts::list(&state.kalm, caller, visit.platform.id, &filter)
            .await
            .or_page(tr)?
            .iter()
            .filter(|p| p.status != AccountStatus::Deactivated && !view.professionals.iter().any(|r| r.id == p.id))
            .map(|p| Choice::new(p.id.to_string(), full_name(p), false))
            .collect()
    } else {
        Vec::new()
    };
    let two_factor = two_factor_section(state, visit, caller, a, may).await?;
    let page = AccountPage {
        t: tr,
        chrome: {
            let mut chrome = Chrome::platform(visit, "/accounts").with_notice(tr, done);
            if done == Some("account_invited") {
                chrome.notice = Some(tr.t1("notice-account-invited", "email", a.email.as_str()));
            }
            chrome
        },
        id: a.id.to_string(),
        name: full_name(a),
        error,
        activation_link,
        email: a.email.as_str().to_owned(),
        account_type: tr.code("account-type", a.account_type.code()),
        roles: roles_text(tr, a),
        status: tr.code("status", a.status.code()),
        language: tr.code("language", a.language.code()),
        last_activity: tr.opt_datetime(&a.last_activity_at),
        created: tr.datetime(&a.created_at),
        friend_of: view.friend_of.as_ref().map(full_name),
        show_professionals: a.account_type == AccountType::Client,
        professionals: view.professionals.iter().map(person).collect(),
        may_relate,
        relate_options,
        clients: view.clients.iter().map(person).collect(),
        friends: view.friends.iter().map(person).collect(),
        may_edit_roles: may(Action::EditRoles),
        role_options: Role::ALL
            .iter()
            .filter(|r| r.fits(visit.platform.kind))
            .map(|r| Choice::new(r.code(), tr.code("role", r.code()), a.roles.contains(*r)))
            .collect(),
        may_renew_link: may(Action::RenewActivationLink) && a.status == AccountStatus::Invited,
        may_deactivate: may(Action::Deactivate) && a.status != AccountStatus::Deactivated,
        may_reactivate: may(Action::Reactivate) && a.status == AccountStatus::Deactivated,
        two_factor,
    };
    Ok(render(&page))
}

fn parse_id(tr: &Tr, id: &str) -> Result<AccountId, PageError> {
    Uuid::parse_str(id).map(AccountId).map_err(|_| PageError::not_found(tr))
}

pub async fn show(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    show_account(&state, &visit, id, None, None, done.done.as_deref()).await
}

/// Runs an account action and redirects back to the account with a notice,
/// or shows the account page with the error.
async fn act<F, Fut, T>(
    state: &AppState,
    visit: &PlatformVisit,
    id: AccountId,
    done: &str,
    action: F,
) -> Result<Response, PageError>
where
    F: FnOnce(Caller) -> Fut,
    Fut: std::future::Future<Output = Result<T, AppError>>,
{
    let Some(caller) = caller(visit) else {
        return Ok(to_login());
    };
    match action(caller.clone()).await {
        Ok(_) => Ok(Redirect::to(&format!("/accounts/{id}?done={done}")).into_response()),
        Err(err) => refused(state, visit, id, err).await,
    }
}

/// The account's page again with what went wrong, or the error page when
/// the account is not there for this person.
async fn refused(state: &AppState, visit: &PlatformVisit, id: AccountId, err: AppError) -> Result<Response, PageError> {
    if err.is_internal() || matches!(err, AppError::NotFound(_) | AppError::Denied(_)) {
        return Err(PageError::new(&err, &visit.tr));
    }
    let mut response = show_account(state, visit, id, None, Some(visit.tr.error(err.code())), None).await?;
    *response.status_mut() = status_of(&err);
    Ok(response)
}

pub async fn save_roles(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    let roles = fields.all("roles").join(",");
    let platform = visit.platform.id;
    act(&state, &visit, id, "roles_saved", |caller| {
        let kalm = state.kalm.clone();
        async move { accounts::set_roles(&kalm, &caller, platform, id, &roles).await }
    })
    .await
}

pub async fn relate(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    let professional = parse_id(&visit.tr, &fields.get("professional_id"))?;
    let platform = visit.platform.id;
    act(&state, &visit, id, "relation_added", |caller| {
        let kalm = state.kalm.clone();
        async move { accounts::relate(&kalm, &caller, platform, id, professional).await }
    })
    .await
}

pub async fn unrelate(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path((id, professional)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    let professional = parse_id(&visit.tr, &professional)?;
    let platform = visit.platform.id;
    act(&state, &visit, id, "relation_removed", |caller| {
        let kalm = state.kalm.clone();
        async move { accounts::unrelate(&kalm, &caller, platform, id, professional).await }
    })
    .await
}

/// `GET /accounts/{id}/deactivate`: the question before deactivating.
pub async fn confirm_deactivate(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    let Some(caller) = caller(&visit) else {
        return Ok(to_login());
    };
    let tr = &visit.tr;
    let view = accounts::view(&state.kalm, caller, visit.platform.id, id).await.or_page(tr)?;
    let a = &view.account;
    let allowed = accounts::allowed_actions(&state.kalm, caller, a).await.or_page(tr)?;
    if !allowed.contains(&Action::Deactivate) || a.status == AccountStatus::Deactivated {
        return Ok(Redirect::to(&format!("/accounts/{id}")).into_response());
    }
    let name = full_name(a);
    let back = format!("/accounts/{id}");
    Ok(render(&super::forms::Confirmation {
        t: tr,
        chrome: Chrome::platform(&visit, "/accounts"),
        question: tr.t1("account-deactivate-question", "name", &name),
        consequences: vec![
            tr.t1("account-deactivate-no-login", "name", &name),
            tr.t1("account-deactivate-email", "email", a.email.as_str()),
        ],
        undo: tr.t("account-deactivate-undo"),
        action: format!("/accounts/{id}/deactivate"),
        submit: tr.t("account-deactivate"),
        back,
    }))
}

pub async fn deactivate(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    if !super::forms::confirmed(&fields) {
        return Ok(Redirect::to(&format!("/accounts/{id}/deactivate")).into_response());
    }
    let platform = visit.platform.id;
    act(&state, &visit, id, "account_deactivated", |caller| {
        let kalm = state.kalm.clone();
        async move { accounts::deactivate(&kalm, &caller, platform, id).await }
    })
    .await
}

pub async fn reactivate(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    let Some(caller) = caller(&visit) else {
        return Ok(to_login());
    };
    match accounts::reactivate(&state.kalm, caller, visit.platform.id, id).await {
        // An account that never set a password is invited again, not active:
        // the notice says what is still needed.
        Ok(account) => {
            let done = if account.status == AccountStatus::Invited {
                "account_reactivated_invited"
            } else {
                "account_reactivated"
            };
            Ok(Redirect::to(&format!("/accounts/{id}?done={done}")).into_response())
        }
        Err(err) => refused(&state, &visit, id, err).await,
    }
}

pub async fn renew_link(
    State(state): State<AppState>,
    visit: PlatformVisit,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    let Some(caller) = caller(&visit) else {
        return Ok(to_login());
    };
    match accounts::renew_activation_link(&state.kalm, caller, visit.platform.id, id).await {
        Ok(token) => {
            let link = format!("{}/activate/{token}", origin(&headers, state.config.secure_cookies));
            show_account(&state, &visit, id, Some(link), None, Some("activation_link_renewed")).await
        }
        Err(err) if err.is_internal() || matches!(err, AppError::NotFound(_) | AppError::Denied(_)) => {
            Err(PageError::new(&err, &visit.tr))
        }
        Err(err) => show_account(&state, &visit, id, None, Some(visit.tr.error(err.code())), None).await,
    }
}

pub async fn reset_two_factor(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    let reason = fields.get("reason");
    let platform = visit.platform.clone();
    act(&state, &visit, id, "two_factor_reset", |caller| {
        let kalm = state.kalm.clone();
        async move { kalm_app::two_factor::reset(&kalm, &caller, &platform, id, Some(&reason)).await }
    })
    .await
}

pub async fn waive_two_factor(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    let platform = visit.platform.clone();
    act(&state, &visit, id, "two_factor_waived", |caller| {
        let kalm = state.kalm.clone();
        async move { kalm_app::two_factor::waive(&kalm, &caller, &platform, id).await }
    })
    .await
}

pub async fn end_two_factor_waiver(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&visit.tr, &id)?;
    let platform = visit.platform.clone();
    act(&state, &visit, id, "waiver_ended", |caller| {
        let kalm = state.kalm.clone();
        async move { kalm_app::two_factor::end_waiver(&kalm, &caller, &platform, id).await }
    })
    .await
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route(
            "/accounts/{id}/two-factor/reset",
            axum::routing::post(reset_two_factor).merge(super::forms::page_of("/accounts/{id}")),
        )
        .route(
            "/accounts/{id}/two-factor/waiver",
            axum::routing::post(waive_two_factor).merge(super::forms::page_of("/accounts/{id}")),
        )
        .route(
            "/accounts/{id}/two-factor/waiver/end",
            axum::routing::post(end_two_factor_waiver).merge(super::forms::page_of("/accounts/{id}")),
        )
        .route("/accounts", axum::routing::get(list).post(create))
        .route("/accounts/new", axum::routing::get(new_form))
        .route("/accounts/{id}", axum::routing::get(show))
        .route("/accounts/{id}/roles", axum::routing::post(save_roles).merge(super::forms::page_of("/accounts/{id}")))
        .route("/accounts/{id}/relations", axum::routing::post(relate).merge(super::forms::page_of("/accounts/{id}")))
        .route(
            "/accounts/{id}/relations/{professional}/delete",
            axum::routing::post(unrelate).merge(super::forms::page_of("/accounts/{id}")),
        )
        .route("/accounts/{id}/deactivate", axum::routing::get(confirm_deactivate).post(deactivate))
        .route(
            "/accounts/{id}/reactivate",
            axum::routing::post(reactivate).merge(super::forms::page_of("/accounts/{id}")),
        )
        .route(
            "/accounts/{id}/activation-link",
            axum::routing::post(renew_link).merge(super::forms::page_of("/accounts/{id}")),
        )
}
