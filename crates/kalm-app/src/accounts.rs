//! Accounts: create, list, view, edit, roles, treatment relations,
//! deactivation and reactivation, activation links, own password.
//!
//! Each function loads the target, asks the permission function with the
//! target's real platform and relation to the caller, and does its change and
//! audit entry in one transaction. Targets on another platform than the one
//! the request came in on are reported as not found.

use chrono::Duration;
use kalm_domain::accounts::{
    AccountId, AccountStatus, AccountType, EmailAddress, PersonName, Role, Roles, check_roles,
};
use kalm_domain::audit::AuditAction;
use kalm_domain::auth::password::NewPassword;
use kalm_domain::emails::EmailKind;
use kalm_domain::languages::Language;
use kalm_domain::permissions::{Action, Actor, Relation, Target, TargetAccount, visible_accounts};
use kalm_domain::platforms::PlatformId;
use kalm_store::AnyConnection;
use kalm_store::accounts::NewAccount;
pub use kalm_store::accounts::{Account, AccountFilter};
use kalm_store::sessions::LinkKind;
use serde_json::json;

use crate::Entity;
use crate::audit::{Event, Who, authorize, write};
use crate::emails::{self, Extras, Recipient};
use crate::platforms::Platform;
use crate::secrets::{new_token, token_digest};
use crate::{AppError, AppResult, Caller, Kalm};

/// How long an activation link works.
pub const ACTIVATION_LINK_LIFETIME: Duration = Duration::days(7);

/// The raw fields of an account form, API body or CLI call.
#[derive(Debug, Clone, Default)]
pub struct AccountInput {
    pub account_type: String,
    /// Comma-separated role codes; ignored for clients and friends when empty.
    pub roles: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    /// Empty: the platform's default language.
    pub language: String,
    /// For friends: the e-mail address of the client who invites them.
    pub friend_of: String,
}

#[derive(Debug, Clone)]
pub struct Created {
    pub account: Account,
    /// The one-time activation token, when no password was given.
    pub activation_token: Option<String>,
    /// Whether an invitation e-mail with the link is on its way (not when
    /// the platform has switched invitations off).
    pub invitation_sent: bool,
}

/// An account with the people it is linked to.
#[derive(Debug, Clone)]
pub struct AccountView {
    pub account: Account,
    pub professionals: Vec<Account>,
    pub clients: Vec<Account>,
    pub friends: Vec<Account>,
    pub friend_of: Option<Account>,
}

/// Queues the invitation with its activation link.
async fn invite(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: &Platform,
    account: &Account,
    token: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<bool> {
    let link = format!("{}/activate/{token}", kalm.urls.platform(&platform.domain));
    let extras = Extras { link: Some(link), valid_until: Some(now + ACTIVATION_LINK_LIFETIME), ..Extras::default() };
    emails::enqueue(kalm, conn, platform, &Recipient::from(account), EmailKind::AccountInvitation, extras).await
}

/// A language the platform offers (its default, or one of the multi-language
/// option); anything else is refused as unavailable.
async fn offered_language(kalm: &Kalm, platform: &Platform, code: &str) -> AppResult<Language> {
    let language = Language::parse(code)?;
    let settings = crate::settings::current(kalm, platform).await?;
    if settings.offered_languages(platform.default_language).contains(&language) {
        Ok(language)
    } else {
        Err(AppError::Language(kalm_domain::languages::UnknownLanguage(code.to_owned())))
    }
}

pub(crate) fn personal_words<'a>(first: &'a str, last: &'a str, email: &'a str, platform: &'a str) -> [&'a str; 4] {
    [first, last, email, platform]
}

async fn relation(conn: &mut AnyConnection, caller: &Caller, target: &Account) -> AppResult<Relation> {
    let Actor::Account(me) = caller.actor else {
        return Ok(Relation::None);
    };
    if me.platform != target.platform_id {
        return Ok(Relation::None);
    }
    if me.account_type == AccountType::Professional
        && target.account_type == AccountType::Client
        && kalm_store::accounts::is_related(conn, target.id, me.id).await?
    {
        return Ok(Relation::ActorTreatsTarget);
    }
    if me.account_type == AccountType::Client
        && target.account_type == AccountType::Professional
        && kalm_store::accounts::is_related(conn, me.id, target.id).await?
    {
        return Ok(Relation::TargetTreatsActor);
    }
    if me.account_type == AccountType::Client
        && target.account_type == AccountType::Friend
        && kalm_store::accounts::client_of_friend(conn, target.id).await? == Some(me.id)
    {
        return Ok(Relation::TargetIsActorsFriend);
    }
    Ok(Relation::None)
}

fn target_of(account: &Account, relation: Relation) -> Target {
    Target::Account(TargetAccount {
        id: account.id,
        platform: account.platform_id,
        account_type: account.account_type,
        roles: account.roles,
        relation,
    })
}

/// Opens a change's transaction with the account of `platform` read
/// locked and `action` decided on it. A refusal is recorded and committed
/// before it is returned, so the change never sees a stale account.
pub(crate) async fn begin_authorized(
    kalm: &Kalm,
    caller: &Caller,
    platform: PlatformId,
    id: AccountId,
    action: Action,
) -> AppResult<(kalm_store::Transaction<'static>, Account)> {
    let mut tx = kalm.store.begin().await?;
    match load_authorized_on(kalm, &mut tx, caller, platform, id, action).await? {
        Ok(account) => Ok((tx, account)),
        Err(refused) => {
            tx.commit().await?;
            Err(refused)
        }
    }
}

/// An account decided on inside a change's own transaction: the account is read
/// locked, the permission decided on it, and a refusal recorded on the same
/// transaction. `Ok(Err(e))` is a refusal to commit and return.
pub(crate) async fn load_authorized_on(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    caller: &Caller,
    platform: PlatformId,
    id: AccountId,
    action: Action,
) -> AppResult<Result<Account, AppError>> {
    let account = kalm_store::accounts::by_id_for_update(conn, kalm.store.backend(), id).await?;
    let account = match account {
        Some(a) if a.platform_id == platform => a,
        _ => return Err(AppError::NotFound(Entity::Account)),
    };
    let relation = relation(conn, caller, &account).await?;
    Ok(crate::audit::decide_on(kalm, conn, caller, action, &target_of(&account, relation)).await?.map(|()| account))
}

/// Writes the audit entry, reads the account back as changed, and commits.
async fn finish(
    kalm: &Kalm,
    mut tx: kalm_store::Transaction<'static>,
    caller: &Caller,
    event: Event,
    id: AccountId,
) -> AppResult<Account> {
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    let after = kalm_store::accounts::by_id(&mut tx, id).await?.ok_or(AppError::NotFound(Entity::Account))?;
    tx.commit().await?;
    Ok(after)
}

fn label(account: &Account) -> String {
    account.email.as_str().to_owned()
}

/// Creates an account. Without a password the account is `invited` and gets
/// an activation link.
pub async fn create(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    input: &AccountInput,
    password: Option<&str>,
) -> AppResult<Created> {
    let account_type = AccountType::parse(&input.account_type)?;
    authorize(kalm, caller, Action::CreateAccount { account_type }, &Target::Platform(platform.id)).await?;
    let roles = check_roles(account_type, Roles::parse_list(&input.roles)?, platform.kind)?;
    let first_name = PersonName::parse_first(&input.first_name)?;
    let last_name = PersonName::parse_last(&input.last_name)?;
    let email = EmailAddress::parse(&input.email)?;
    let language = if input.language.trim().is_empty() {
        platform.default_language
    } else {
        offered_language(kalm, platform, &input.language).await?
    };
    let password_hash = match password {
        Some(p) => {
            let words = personal_words(first_name.as_str(), last_name.as_str(), email.as_str(), platform.name.as_str());
            let new = NewPassword::parse(p, &words)?;
            Some(kalm.passwords.hash(&new, kalm.randomness.as_ref()).await?)
        }
        None => None,
    };
    let now = kalm.clock.now();
    let new = NewAccount {
        id: AccountId(kalm.new_id()),
        platform_id: platform.id,
        account_type,
        roles,
        first_name,
        last_name,
        email,
        language,
        status: if password_hash.is_some() { AccountStatus::Active } else { AccountStatus::Invited },
        password_hash,
    };
    let mut tx = kalm.store.begin().await?;
    let friend_of = if account_type == AccountType::Friend {
        let client_email = EmailAddress::parse(&input.friend_of)?;
        let client = kalm_store::accounts::credentials_by_email(&mut tx, platform.id, &client_email)
            .await?
            .map(|c| c.account)
            .filter(|a| a.account_type == AccountType::Client)
            .ok_or(AppError::NotFound(Entity::Client))?;
        Some(client)
    } else {
        None
    };
    let account = kalm_store::accounts::insert(&mut tx, &new, now).await?;
    if let Some(client) = &friend_of {
        kalm_store::accounts::link_friend(&mut tx, account.id, client.id, now).await?;
    }
    let mut invitation_sent = false;
    let activation_token = if account.status == AccountStatus::Invited {
        let token = new_token(kalm.randomness.as_ref());
        kalm_store::sessions::insert_link(
            &mut tx,
            LinkKind::Activation,
            &token_digest(&token),
            account.id,
            now,
            now + ACTIVATION_LINK_LIFETIME,
        )
        .await?;
        invitation_sent = invite(kalm, &mut tx, platform, &account, &token, now).await?;
        Some(token)
    } else {
        None
    };
    let who = Who::Caller(caller.clone());
    let event = Event::new(AuditAction::AccountCreated, Some(platform.id))
        .target("account", account.id.0, label(&account))
        .detail(json!({
            "type": account.account_type.code(),
            "roles": account.roles.to_codes(),
            "friend_of": friend_of.as_ref().map(|c| c.id.0.to_string()),
        }));
    write(kalm, &mut tx, &who, event).await?;
    tx.commit().await?;
    Ok(Created { account, activation_token, invitation_sent })
}

/// The accounts of `platform` the caller may see, filtered.
pub async fn list(
    kalm: &Kalm,
    caller: &Caller,
    platform: PlatformId,
    filter: &AccountFilter,
) -> AppResult<Vec<Account>> {
    authorize(kalm, caller, Action::ListAccounts, &Target::Platform(platform)).await?;
    let viewer = match caller.actor {
        Actor::Account(me) => Some(me.id),
        Actor::Operator | Actor::System => None,
    };
    let mut reader = kalm.store.read().await?;
    let accounts =
        kalm_store::accounts::list(&mut reader, platform, visible_accounts(&caller.actor), viewer, filter).await?;
    drop(reader);
    // NEN 7513: a list of people (clients among them) is an access too. The
    // entry is the use case's only write, one statement, so it needs no
    // transaction around the read; if it cannot be written, the list is
    // not shown.
    let event = Event::new(AuditAction::AccountsListed, Some(platform)).detail(listed(filter, accounts.len()));
    crate::audit::record(kalm, &Who::Caller(caller.clone()), event).await?;
    Ok(accounts)
}

fn listed(filter: &AccountFilter, shown: usize) -> serde_json::Value {
    json!({
        "type": filter.account_type.map(|t| t.code()),
        "search": filter.search.as_deref().filter(|s| !s.is_empty()).map(|_| true),
        "shown": shown,
    })
}

/// Lists accounts without a caller, for the command line on the server.
pub async fn list_for_operator_cli(
    kalm: &Kalm,
    platform: PlatformId,
    filter: &AccountFilter,
) -> AppResult<Vec<Account>> {
    let mut tx = kalm.store.begin().await?;
    let accounts =
        kalm_store::accounts::list(&mut tx, platform, kalm_domain::permissions::Visibility::All, None, filter).await?;
    let event = Event::new(AuditAction::AccountsListed, Some(platform)).detail(listed(filter, accounts.len()));
    write(kalm, &mut tx, &Who::System, event).await?;
    tx.commit().await?;
    Ok(accounts)
}

/// One's own account as one's home page shows it. The account comes from
/// the request's session, read a moment ago, so only the people linked with
/// it are read: one statement on a read connection. No audit entry: one's
/// own account is not someone else's record.
pub async fn own_view(kalm: &Kalm, caller: &Caller, me: &Account) -> AppResult<AccountView> {
    authorize(kalm, caller, Action::ViewAccount, &target_of(me, Relation::None)).await?;
    if caller.id != me.id.0 {
        return Err(AppError::Internal("own_view called for someone else's account".into()));
    }
    let mut reader = kalm.store.read().await?;
    let related = kalm_store::accounts::related(&mut reader, me.id).await?;
    Ok(AccountView {
        account: me.clone(),
        professionals: related.professionals,
        clients: related.clients,
        friends: related.friends,
        friend_of: related.friend_of,
    })
}

pub async fn view(kalm: &Kalm, caller: &Caller, platform: PlatformId, id: AccountId) -> AppResult<AccountView> {
    // Reading changes nothing, so it runs on a read connection, as one
    // snapshot; only the audit entry of a look at someone else's record
    // needs the writer.
    let mut snapshot = kalm.store.read_snapshot().await?;
    let account = kalm_store::accounts::by_id(&mut snapshot, id).await?;
    let account = account.filter(|a| a.platform_id == platform).ok_or(AppError::NotFound(Entity::Account))?;
    let relation = relation(&mut snapshot, caller, &account).await?;
    authorize(kalm, caller, Action::ViewAccount, &target_of(&account, relation)).await?;
    let related = kalm_store::accounts::related(&mut snapshot, account.id).await?;
    snapshot.commit().await?;
    // NEN 7513: every look at someone else's record is logged, with who,
    // whose and from where; one's own account is not someone's record.
    if caller.id != account.id.0 {
        let who = Who::Caller(caller.clone());
        let event =
            Event::new(AuditAction::AccountViewed, Some(platform)).target("account", account.id.0, label(&account));
        crate::audit::record(kalm, &who, event).await?;
    }
    // A client's view of their own account does not list colleagues' other
    // clients; only staff who may see the client's professional see those.
    Ok(AccountView {
        account,
        professionals: related.professionals,
        clients: related.clients,
        friends: related.friends,
        friend_of: related.friend_of,
    })
}

/// Fields of the profile form.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub language: String,
    /// One's own time zone, on one's own profile only: `None` keeps it, an
    /// empty name follows the platform's.
    pub time_zone: Option<String>,
}

/// Changes an account's names, e-mail address and language, by someone who
/// may edit it (an application manager, a secretary for a client). One's
/// own address changes only through `update_own_profile`, by a link to the
/// new address. A new address retires every link sent to the old one; an
/// account still invited gets a new invitation at the new address.
pub async fn update_profile(
    kalm: &Kalm,
    caller: &Caller,
    platform: PlatformId,
    id: AccountId,
    input: &ProfileInput,
) -> AppResult<Account> {
    let first_name = PersonName::parse_first(&input.first_name)?;
    let last_name = PersonName::parse_last(&input.last_name)?;
    let email = EmailAddress::parse(&input.email)?;
    let (mut tx, before) = begin_authorized(kalm, caller, platform, id, Action::EditAccount).await?;
    let email_changes = before.email.folded() != email.folded();
    if email_changes && caller.id == before.id.0 {
        return Err(AppError::OwnEmailChangeByLink);
    }
    let platform_row = crate::platforms::load_on(&mut tx, platform).await?;
    let language = chosen_language(kalm, &mut tx, &platform_row, &before, &input.language).await?;
    let now = kalm.clock.now();
    kalm_store::accounts::update_profile(&mut tx, id, &first_name, &last_name, &email, language).await?;
    let mut changed = profile_changes(&before, &first_name, &last_name, language);
    if before.email != email {
        changed.insert("email".into(), json!([before.email.as_str(), email.as_str()]));
    }
    if email_changes {
        let retired = kalm_store::sessions::retire_links(&mut tx, id, now).await?;
        changed.insert("links_retired".into(), json!(retired));
        // To the old address: if someone else changed it, its owner learns of it.
        let recipient = Recipient::from(&before);
        emails::enqueue(kalm, &mut tx, &platform_row, &recipient, EmailKind::EmailAddressChanged, Extras::default())
            .await?;
        if before.status == AccountStatus::Invited {
            let after = kalm_store::accounts::by_id(&mut tx, id).await?.ok_or(AppError::NotFound(Entity::Account))?;
            let token = new_token(kalm.randomness.as_ref());
            let digest = token_digest(&token);
            let until = now + ACTIVATION_LINK_LIFETIME;
            kalm_store::sessions::insert_link(&mut tx, LinkKind::Activation, &digest, id, now, until).await?;
            invite(kalm, &mut tx, &platform_row, &after, &token, now).await?;
            changed.insert("invitation_resent".into(), json!(true));
        }
    }
    let event = Event::new(AuditAction::AccountUpdated, Some(platform))
        .target("account", id.0, email.as_str())
        .detail(serde_json::Value::Object(changed));
    finish(kalm, tx, caller, event, id).await
}

/// Keeping a language that is no longer offered is fine (it returns when the
/// language is offered again); a new choice must be offered.
async fn chosen_language(
    kalm: &Kalm,
    conn: &mut AnyConnection,
    platform: &Platform,
    before: &Account,
    code: &str,
) -> AppResult<Language> {
    let language = Language::parse(code)?;
    if language == before.language {
        return Ok(before.language);
    }
    let settings = crate::settings::current_on(kalm, conn, platform).await?;
    if settings.offered_languages(platform.default_language).contains(&language) {
        Ok(language)
    } else {
        Err(AppError::Language(kalm_domain::languages::UnknownLanguage(code.to_owned())))
    }
}

fn profile_changes(
    before: &Account,
    first_name: &PersonName,
    last_name: &PersonName,
    language: Language,
) -> serde_json::Map<String, serde_json::Value> {
    let mut changed = serde_json::Map::new();
    if before.first_name != *first_name {
        changed.insert("first_name".into(), json!([before.first_name.as_str(), first_name.as_str()]));
    }
    if before.last_name != *last_name {
        changed.insert("last_name".into(), json!([before.last_name.as_str(), last_name.as_str()]));
    }
    if before.language != language {
        changed.insert("language".into(), json!([before.language.code(), language.code()]));
    }
    changed
}

/// How long the link that confirms a new e-mail address works.
pub const EMAIL_CHANGE_LINK_LIFETIME: Duration = Duration::hours(24);

/// What saving one's own profile did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnProfileSaved {
    Saved,
    /// Names and language saved; a link to confirm the new address is on
    /// its way (or, if the address is someone else's, a note to its owner:
    /// the answer is the same, so nobody learns who has an account).
    EmailChangeRequested,
}

/// A person changes their own names, language and e-mail address. A new
/// address takes effect only when a link sent to it is opened, and asking
/// for it needs the password confirmed just before (`confirmed`): a
/// stolen session must not be able to move the account to another mailbox.
/// Without a new address, `confirmed` is not needed.
pub async fn update_own_profile(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    input: &ProfileInput,
    confirmed: Option<&crate::auth::Confirmed>,
) -> AppResult<OwnProfileSaved> {
    let Actor::Account(me) = caller.actor else { return Err(AppError::NotSignedIn) };
    let first_name = PersonName::parse_first(&input.first_name)?;
    let last_name = PersonName::parse_last(&input.last_name)?;
    let email = EmailAddress::parse(&input.email)?;
    let time_zone = match input.time_zone.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(name) => Some(Some(kalm_domain::countries::TimeZone::parse(name)?)),
    };
    let (mut tx, before) = begin_authorized(kalm, caller, platform.id, me.id, Action::EditAccount).await?;
    let language = chosen_language(kalm, &mut tx, platform, &before, &input.language).await?;
    let email_changes = before.email.folded() != email.folded();
    if email_changes && confirmed.is_none_or(|c| c.account != me.id) {
        return Err(AppError::PasswordConfirmationRequired);
    }
    let now = kalm.clock.now();
    // The address as typed may differ in case only: that is no new address.
    let kept = if email_changes { before.email.clone() } else { email.clone() };
    kalm_store::accounts::update_profile(&mut tx, me.id, &first_name, &last_name, &kept, language).await?;
    let mut changed = profile_changes(&before, &first_name, &last_name, language);
    if before.email != kept {
        changed.insert("email".into(), json!([before.email.as_str(), kept.as_str()]));
    }
    if let Some(zone) = time_zone.filter(|zone| *zone != before.time_zone) {
        kalm_store::accounts::set_time_zone(&mut tx, me.id, zone).await?;
        let name = |z: Option<kalm_domain::countries::TimeZone>| z.map(|z| z.name());
        changed.insert("time_zone".into(), json!([name(before.time_zone), name(zone)]));
    }
    if !changed.is_empty() {
        let event = Event::new(AuditAction::AccountUpdated, Some(platform.id))
            .target("account", me.id.0, kept.as_str())
            .detail(serde_json::Value::Object(changed));
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    }
    if !email_changes {
        tx.commit().await?;
        return Ok(OwnProfileSaved::Saved);
    }
    let owner = kalm_store::accounts::credentials_by_email(&mut tx, platform.id, &email).await?;
    let mut event =
        Event::new(AuditAction::EmailChangeRequested, Some(platform.id)).target("account", me.id.0, label(&before));
    match owner {
        Some(owner) => {
            let note = Recipient::from(&owner.account);
            emails::enqueue(kalm, &mut tx, platform, &note, EmailKind::EmailAddressInUse, Extras::default()).await?;
            event = event.outcome(kalm_domain::audit::Outcome::Failure).detail(json!({ "reason": "address_in_use" }));
        }
        None => {
            let token = new_token(kalm.randomness.as_ref());
            let until = now + EMAIL_CHANGE_LINK_LIFETIME;
            kalm_store::sessions::insert_email_change(
                &mut tx,
                &token_digest(&token),
                me.id,
                email.as_str(),
                now,
                until,
            )
            .await?;
            let recipient =
                Recipient { account: Some(me.id), address: email.as_str().to_owned(), ..Recipient::from(&before) };
            let extras = Extras {
                link: Some(format!("{}/email/confirm/{token}", kalm.urls.platform(&platform.domain))),
                valid_until: Some(until),
                ..Extras::default()
            };
            emails::enqueue(kalm, &mut tx, platform, &recipient, EmailKind::EmailChangeConfirmation, extras).await?;
            event = event.detail(json!({ "to": email.as_str() }));
        }
    }
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(OwnProfileSaved::EmailChangeRequested)
}

/// The account and new address an e-mail change link is for, if it works.
pub async fn email_change_target(kalm: &Kalm, platform: PlatformId, token: &str) -> AppResult<(Account, EmailAddress)> {
    let mut tx = kalm.store.begin().await?;
    let change = kalm_store::sessions::email_change(&mut tx, &token_digest(token)).await?;
    let account = match &change {
        Some(c) => kalm_store::accounts::by_id(&mut tx, c.account_id).await?,
        None => None,
    };
    tx.commit().await?;
    let (Some(change), Some(account)) = (change, account) else { return Err(AppError::EmailChangeLinkInvalid) };
    let usable = account.platform_id == platform
        && change.used_at.is_none()
        && kalm.clock.now() < change.expires_at
        && account.status == AccountStatus::Active;
    let email = EmailAddress::parse(&change.new_email).map_err(|_| AppError::EmailChangeLinkInvalid)?;
    if usable { Ok((account, email)) } else { Err(AppError::EmailChangeLinkInvalid) }
}

/// Opens an e-mail change link: the new address becomes the account's, in
/// one transaction with its audit entry and the notice to the old address;
/// every other link of the account stops working.
pub async fn confirm_email_change(
    kalm: &Kalm,
    platform: &Platform,
    token: &str,
    source: Option<String>,
) -> AppResult<Account> {
    let (before, email) = email_change_target(kalm, platform.id, token).await?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    if !kalm_store::sessions::use_email_change(&mut tx, &token_digest(token), now).await? {
        return Err(AppError::EmailChangeLinkInvalid);
    }
    kalm_store::accounts::update_profile(
        &mut tx,
        before.id,
        &before.first_name,
        &before.last_name,
        &email,
        before.language,
    )
    .await?;
    let retired = kalm_store::sessions::retire_links(&mut tx, before.id, now).await?;
    emails::enqueue(
        kalm,
        &mut tx,
        platform,
        &Recipient::from(&before),
        EmailKind::EmailAddressChanged,
        Extras::default(),
    )
    .await?;
    let event = Event::new(AuditAction::EmailChangeConfirmed, Some(platform.id))
        .target("account", before.id.0, email.as_str())
        .detail(json!({ "email": [before.email.as_str(), email.as_str()], "links_retired": retired }));
    write(kalm, &mut tx, &Who::Anonymous { source }, event).await?;
    let after = kalm_store::accounts::by_id(&mut tx, before.id).await?.ok_or(AppError::NotFound(Entity::Account))?;
    tx.commit().await?;
    Ok(after)
}

pub async fn set_roles(
    kalm: &Kalm,
    caller: &Caller,
    platform: PlatformId,
    id: AccountId,
    roles: &str,
) -> AppResult<Account> {
    // Read and decided inside the change's transaction, so the audit
    // entry's old roles are the ones this change replaced.
    let mut tx = kalm.store.begin().await?;
    let before = match load_authorized_on(kalm, &mut tx, caller, platform, id, Action::EditRoles).await? {
        Ok(account) => account,
        Err(refused) => {
            tx.commit().await?;
            return Err(refused);
        }
    };
    let kind = crate::platforms::load_on(&mut tx, platform).await?.kind;
    let roles = check_roles(before.account_type, Roles::parse_list(roles)?, kind)?;
    let loses_manager = before.roles.contains(Role::ApplicationManager) && !roles.contains(Role::ApplicationManager);
    // The change first, then the count: the account's row is locked before
    // the platform's, in the order the sweep takes them.
    kalm_store::accounts::set_roles(&mut tx, id, roles).await?;
    if loses_manager
        && before.status == AccountStatus::Active
        && kalm_store::accounts::count_active_managers_locked(&mut tx, platform).await? == 0
    {
        return Err(AppError::LastApplicationManager);
    }
    let event = Event::new(AuditAction::RolesChanged, Some(platform))
        .target("account", id.0, label(&before))
        .detail(json!({ "old": before.roles.to_codes(), "new": roles.to_codes() }));
    finish(kalm, tx, caller, event, id).await
}

/// Opens a relation change's transaction: the client decided on, the
/// professional read, both of the platform and of the right kind.
async fn relation_pair(
    kalm: &Kalm,
    caller: &Caller,
    platform: PlatformId,
    client: AccountId,
    professional: AccountId,
) -> AppResult<(kalm_store::Transaction<'static>, Account, Account)> {
    let (mut tx, client) = begin_authorized(kalm, caller, platform, client, Action::RelateClient).await?;
    let professional = kalm_store::accounts::by_id(&mut tx, professional).await?;
    let professional = professional.filter(|p| p.platform_id == platform).ok_or(AppError::NotFound(Entity::Account))?;
    if client.account_type != AccountType::Client
        || professional.account_type != AccountType::Professional
        || !professional.roles.contains(Role::Professional)
    {
        return Err(AppError::RelationTypes);
    }
    Ok((tx, client, professional))
}

/// Relates a client to a professional who treats them. Relating twice is not
/// an error and writes nothing.
pub async fn relate(
    kalm: &Kalm,
    caller: &Caller,
    platform: PlatformId,
    client: AccountId,
    professional: AccountId,
) -> AppResult<()> {
    let (mut tx, client, professional) = relation_pair(kalm, caller, platform, client, professional).await?;
    if kalm_store::accounts::relate(&mut tx, platform, client.id, professional.id, kalm.clock.now()).await? {
        let event = Event::new(AuditAction::RelationAdded, Some(platform))
            .target("account", client.id.0, label(&client))
            .detail(
                json!({ "professional": professional.id.0.to_string(), "professional_email": label(&professional) }),
            );
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn unrelate(
    kalm: &Kalm,
    caller: &Caller,
    platform: PlatformId,
    client: AccountId,
    professional: AccountId,
) -> AppResult<()> {
    let (mut tx, client, professional) = relation_pair(kalm, caller, platform, client, professional).await?;
    if kalm_store::accounts::unrelate(&mut tx, client.id, professional.id).await? {
        let event = Event::new(AuditAction::RelationRemoved, Some(platform))
            .target("account", client.id.0, label(&client))
            .detail(
                json!({ "professional": professional.id.0.to_string(), "professional_email": label(&professional) }),
            );
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Deactivates an account and ends all its sessions. Nothing is deleted.
pub async fn deactivate(kalm: &Kalm, caller: &Caller, platform: PlatformId, id: AccountId) -> AppResult<Account> {
    // The account's row is locked first, then the platform's (by the
    // manager count), in the order the sweep takes them; a second
    // deactivation at the same moment waits and then finds it done.
    let (mut tx, before) = begin_authorized(kalm, caller, platform, id, Action::Deactivate).await?;
    if before.status == AccountStatus::Deactivated {
        tx.commit().await?;
        return Ok(before);
    }
    if !kalm_store::accounts::change_status(&mut tx, id, before.status, AccountStatus::Deactivated).await? {
        return Err(AppError::Internal("a locked account changed its status".into()));
    }
    if before.status == AccountStatus::Active
        && before.account_type == AccountType::Professional
        && before.roles.contains(Role::ApplicationManager)
        && kalm_store::accounts::count_active_managers_locked(&mut tx, platform).await? == 0
    {
        return Err(AppError::LastApplicationManager);
    }
    let platform_row =
        kalm_store::platforms::by_id(&mut tx, platform).await?.ok_or(AppError::NotFound(Entity::Platform))?;
    let extras = Extras { date: Some(kalm.clock.now()), ..Extras::default() };
    emails::enqueue(kalm, &mut tx, &platform_row, &Recipient::from(&before), EmailKind::AccountDeactivated, extras)
        .await?;
    let ended = kalm_store::sessions::delete_for_subject(&mut tx, id.0).await?;
    let event = Event::new(AuditAction::AccountDeactivated, Some(platform))
        .target("account", id.0, label(&before))
        .detail(json!({ "previous_status": before.status.code(), "sessions_ended": ended }));
    finish(kalm, tx, caller, event, id).await
}

/// Reactivates an account. One that never set a password goes back to
/// `invited`; the others become active and count as active from now on.
pub async fn reactivate(kalm: &Kalm, caller: &Caller, platform: PlatformId, id: AccountId) -> AppResult<Account> {
    // A second reactivation at the same moment waits for the row and then
    // finds nothing to do, and logs nothing.
    let (mut tx, before) = begin_authorized(kalm, caller, platform, id, Action::Reactivate).await?;
    if before.status != AccountStatus::Deactivated {
        tx.commit().await?;
        return Ok(before);
    }
    let has_password = kalm_store::accounts::password_hash(&mut tx, id).await?.is_some();
    let status = if has_password { AccountStatus::Active } else { AccountStatus::Invited };
    if !kalm_store::accounts::change_status(&mut tx, id, AccountStatus::Deactivated, status).await? {
        return Err(AppError::Internal("a locked account changed its status".into()));
    }
    kalm_store::accounts::touch_activity(&mut tx, id, kalm.clock.now()).await?;
    let event = Event::new(AuditAction::AccountReactivated, Some(platform))
        .target("account", id.0, label(&before))
        .detail(json!({ "status": status.code() }));
    finish(kalm, tx, caller, event, id).await
}

/// A new activation link for an invited account; earlier links stop working.
/// The invitation counts as the account's activity, so the inactivity sweep
/// leaves the person a whole period to use it.
pub async fn renew_activation_link(
    kalm: &Kalm,
    caller: &Caller,
    platform: PlatformId,
    id: AccountId,
) -> AppResult<String> {
    let (mut tx, account) = begin_authorized(kalm, caller, platform, id, Action::RenewActivationLink).await?;
    if account.status != AccountStatus::Invited {
        return Err(AppError::AccountNotActive);
    }
    let now = kalm.clock.now();
    let token = new_token(kalm.randomness.as_ref());
    let platform_row = crate::platforms::load_on(&mut tx, platform).await?;
    kalm_store::sessions::insert_link(
        &mut tx,
        LinkKind::Activation,
        &token_digest(&token),
        id,
        now,
        now + ACTIVATION_LINK_LIFETIME,
    )
    .await?;
    invite(kalm, &mut tx, &platform_row, &account, &token, now).await?;
    kalm_store::accounts::touch_activity(&mut tx, id, now).await?;
    let event = Event::new(AuditAction::ActivationLinkRenewed, Some(platform)).target("account", id.0, label(&account));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(token)
}

/// The invited account an activation link belongs to, if the link still works.
pub async fn activation_target(kalm: &Kalm, platform: PlatformId, token: &str) -> AppResult<Account> {
    let mut tx = kalm.store.begin().await?;
    let link = kalm_store::sessions::link(&mut tx, LinkKind::Activation, &token_digest(token)).await?;
    let account = match &link {
        Some(link) => kalm_store::accounts::by_id(&mut tx, link.account_id).await?,
        None => None,
    };
    tx.commit().await?;
    let (Some(link), Some(account)) = (link, account) else {
        return Err(AppError::LinkInvalid);
    };
    if account.platform_id != platform || link.used_at.is_some() || account.status != AccountStatus::Invited {
        return Err(AppError::LinkInvalid);
    }
    if kalm.clock.now() >= link.expires_at {
        return Err(AppError::LinkExpired);
    }
    Ok(account)
}

/// Sets the first password through an activation link and activates the
/// account. The link works once.
pub async fn activate(
    kalm: &Kalm,
    platform: &Platform,
    token: &str,
    password: &str,
    source: Option<String>,
) -> AppResult<Account> {
    let account = activation_target(kalm, platform.id, token).await?;
    let words = personal_words(
        account.first_name.as_str(),
        account.last_name.as_str(),
        account.email.as_str(),
        platform.name.as_str(),
    );
    let new = NewPassword::parse(password, &words)?;
    let hash = kalm.passwords.hash(&new, kalm.randomness.as_ref()).await?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    if !kalm_store::sessions::use_link(&mut tx, LinkKind::Activation, &token_digest(token), now).await? {
        return Err(AppError::LinkInvalid);
    }
    kalm_store::accounts::set_password_hash(&mut tx, account.id, &hash).await?;
    kalm_store::accounts::set_status(&mut tx, account.id, AccountStatus::Active).await?;
    // Setting the first password is the account's first activity.
    kalm_store::accounts::touch_activity(&mut tx, account.id, now).await?;
    let who = Who::Anonymous { source };
    let event =
        Event::new(AuditAction::AccountActivated, Some(platform.id)).target("account", account.id.0, label(&account));
    write(kalm, &mut tx, &who, event).await?;
    let after = kalm_store::accounts::by_id(&mut tx, account.id).await?.ok_or(AppError::NotFound(Entity::Account))?;
    tx.commit().await?;
    Ok(after)
}

/// Changes the caller's own password after checking the current one; ends
/// the caller's other sessions. The current password is checked first, on
/// the account's login throttle and audited when wrong, so this form is no
/// way around the login form's limits; only then is the new one judged.
pub async fn change_own_password(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    current_session_token: &str,
    current: &str,
    new_password: &str,
) -> AppResult<()> {
    let Actor::Account(me) = caller.actor else {
        return Err(AppError::NotSignedIn);
    };
    crate::auth::verify_own_password(kalm, platform, caller, current, "password_change").await?;
    let mut tx = kalm.store.begin().await?;
    let account = kalm_store::accounts::by_id(&mut tx, me.id).await?.ok_or(AppError::NotFound(Entity::Account))?;
    tx.commit().await?;
    let words = personal_words(
        account.first_name.as_str(),
        account.last_name.as_str(),
        account.email.as_str(),
        platform.name.as_str(),
    );
    let new = NewPassword::parse(new_password, &words)?;
    let hash = kalm.passwords.hash(&new, kalm.randomness.as_ref()).await?;
    let mut tx = kalm.store.begin().await?;
    kalm_store::accounts::set_password_hash(&mut tx, me.id, &hash).await?;
    let recipient = Recipient::from(&account);
    emails::enqueue(kalm, &mut tx, platform, &recipient, EmailKind::PasswordChanged, Extras::default()).await?;
    let ended = kalm_store::sessions::delete_others(&mut tx, me.id.0, &token_digest(current_session_token)).await?;
    kalm_store::two_factor::delete_devices(&mut tx, me.id).await?;
    let event = Event::new(AuditAction::PasswordChanged, Some(platform.id))
        .target("account", me.id.0, label(&account))
        .detail(json!({ "other_sessions_ended": ended }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(())
}

/// Which of the account actions the caller may take on `account`, for
/// showing only the buttons that will work. Asks the same permission
/// function the actions themselves ask.
pub async fn allowed_actions(kalm: &Kalm, caller: &Caller, account: &Account) -> AppResult<Vec<Action>> {
    let mut tx = kalm.store.begin().await?;
    let relation = relation(&mut tx, caller, account).await?;
    tx.commit().await?;
    let target = target_of(account, relation);
    Ok([
        Action::ViewAccount,
        Action::EditAccount,
        Action::EditRoles,
        Action::RelateClient,
        Action::Deactivate,
        Action::Reactivate,
        Action::RenewActivationLink,
        Action::ViewTwoFactor,
        Action::ResetTwoFactor,
        Action::WaiveTwoFactor,
    ]
    .into_iter()
    .filter(|action| kalm_domain::permissions::decide(&caller.actor, *action, &target).is_ok())
    .collect())
}

/// Whether the caller may create accounts of this type on the platform.
pub fn may_create(caller: &Caller, platform: PlatformId, account_type: AccountType) -> bool {
    kalm_domain::permissions::decide(&caller.actor, Action::CreateAccount { account_type }, &Target::Platform(platform))
        .is_ok()
}

/// The id of the account with this e-mail address on a platform, for
/// filters that accept an address (the audit log).
pub async fn id_by_email(kalm: &Kalm, platform: PlatformId, email: &str) -> AppResult<Option<AccountId>> {
    let Ok(email) = EmailAddress::parse(email) else {
        return Ok(None);
    };
    let mut tx = kalm.store.begin().await?;
    let found = kalm_store::accounts::credentials_by_email(&mut tx, platform, &email).await?;
    tx.commit().await?;
    Ok(found.map(|c| c.account.id))
}

/// Relates a client and a professional without a caller, for the demo
/// installation and the server's command line. Idempotent.
pub async fn relate_for_setup(
    kalm: &Kalm,
    platform: PlatformId,
    client: AccountId,
    professional: AccountId,
) -> AppResult<()> {
    let mut tx = kalm.store.begin().await?;
    if kalm_store::accounts::relate(&mut tx, platform, client, professional, kalm.clock.now()).await? {
        let event = Event::new(AuditAction::RelationAdded, Some(platform))
            .target("account", client.0, client.0.to_string())
            .detail(json!({ "professional": professional.0.to_string() }));
        write(kalm, &mut tx, &Who::System, event).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Sets when an account was last active, without a caller, for the demo
/// installation only: a demo whose people were all active a minute ago
/// shows an inactivity chart with nothing in it. Not audited: it writes
/// no one's real history.
pub async fn last_active_for_setup(
    kalm: &Kalm,
    platform: PlatformId,
    id: AccountId,
    at: chrono::DateTime<chrono::Utc>,
) -> AppResult<()> {
    let mut tx = kalm.store.begin().await?;
    let account = kalm_store::accounts::by_id(&mut tx, id).await?;
    if account.is_none_or(|a| a.platform_id != platform) {
        return Err(AppError::NotFound(Entity::Account));
    }
    kalm_store::accounts::touch_activity(&mut tx, id, at).await?;
    tx.commit().await?;
    Ok(())
}

/// A client invites someone close to them: a friend account linked to the
/// client, invited by e-mail to choose a password. `None` when the address
/// already has an account here: the client gets the same answer, and the
/// address's owner an e-mail saying someone tried.
pub async fn invite_friend(
    kalm: &Kalm,
    caller: &Caller,
    platform: &Platform,
    first_name: &str,
    last_name: &str,
    email: &str,
) -> AppResult<Option<Account>> {
    authorize(kalm, caller, Action::InviteFriend, &Target::Platform(platform.id)).await?;
    let Actor::Account(me) = caller.actor else { return Err(AppError::NotSignedIn) };
    let first_name = PersonName::parse_first(first_name)?;
    let last_name = PersonName::parse_last(last_name)?;
    let email = EmailAddress::parse(email)?;
    let now = kalm.clock.now();
    let mut tx = kalm.store.begin().await?;
    let client = kalm_store::accounts::by_id(&mut tx, me.id).await?.ok_or(AppError::NotFound(Entity::Account))?;
    if let Some(owner) = kalm_store::accounts::credentials_by_email(&mut tx, platform.id, &email).await? {
        // Answered as if invited: a client must not learn who else has an
        // account here. The address's owner hears of it instead.
        let note = Recipient::from(&owner.account);
        emails::enqueue(kalm, &mut tx, platform, &note, EmailKind::EmailAddressInUse, Extras::default()).await?;
        let event = Event::new(AuditAction::AccountCreated, Some(platform.id))
            .outcome(kalm_domain::audit::Outcome::Failure)
            .target("account", owner.account.id.0, label(&owner.account))
            .detail(json!({ "type": "friend", "friend_of": client.id.0.to_string(), "reason": "address_in_use" }));
        write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
        tx.commit().await?;
        return Ok(None);
    }
    let new = NewAccount {
        id: AccountId(kalm.new_id()),
        platform_id: platform.id,
        account_type: AccountType::Friend,
        roles: Roles::NONE,
        first_name,
        last_name,
        email,
        // The friend reads the invitation in the language the client uses.
        language: client.language,
        status: AccountStatus::Invited,
        password_hash: None,
    };
    let friend = kalm_store::accounts::insert(&mut tx, &new, now).await?;
    kalm_store::accounts::link_friend(&mut tx, friend.id, client.id, now).await?;
    let token = new_token(kalm.randomness.as_ref());
    kalm_store::sessions::insert_link(
        &mut tx,
        LinkKind::Activation,
        &token_digest(&token),
        friend.id,
        now,
        now + ACTIVATION_LINK_LIFETIME,
    )
    .await?;
    let link = format!("{}/activate/{token}", kalm.urls.platform(&platform.domain));
    let extras = Extras {
        link: Some(link),
        valid_until: Some(now + ACTIVATION_LINK_LIFETIME),
        inviter_first_name: Some(client.first_name.as_str().to_owned()),
        ..Extras::default()
    };
    emails::enqueue(kalm, &mut tx, platform, &Recipient::from(&friend), EmailKind::FriendInvitation, extras).await?;
    let event = Event::new(AuditAction::AccountCreated, Some(platform.id))
        .target("account", friend.id.0, label(&friend))
        .detail(json!({ "type": "friend", "friend_of": client.id.0.to_string() }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(Some(friend))
}

/// A client ends the link with a friend. A friend exists only through that
/// link, so the friend's account is deactivated (kept, not deleted) and its
/// sessions end.
pub async fn end_friend_link(kalm: &Kalm, caller: &Caller, platform: PlatformId, friend: AccountId) -> AppResult<()> {
    let (mut tx, account) = begin_authorized(kalm, caller, platform, friend, Action::EndFriendLink).await?;
    kalm_store::accounts::unlink_friend(&mut tx, friend).await?;
    kalm_store::accounts::set_status(&mut tx, friend, AccountStatus::Deactivated).await?;
    let ended = kalm_store::sessions::delete_for_subject(&mut tx, friend.0).await?;
    let event = Event::new(AuditAction::FriendLinkEnded, Some(platform))
        .target("account", friend.0, label(&account))
        .detail(json!({ "sessions_ended": ended }));
    write(kalm, &mut tx, &Who::Caller(caller.clone()), event).await?;
    tx.commit().await?;
    Ok(())
}
