//! The one place that decides who may do what.
//!
//! `decide(actor, action, target)` is a pure function: every page and API
//! handler calls it (through the app layer) before acting, and a table test
//! below covers every actor × action × target, including targets on another
//! platform. Facts the function cannot know by itself, such as whether the
//! actor treats the target client, are looked up by the caller and passed in
//! as `Relation`, so the rule stays here and the I/O stays out.

use crate::accounts::{AccountId, AccountType, Role, Roles};
use crate::configurations::{Availability, ConfigurationKey, Editor};
use crate::platforms::PlatformId;

/// Who is acting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A service desk operator: acts on every platform.
    Operator,
    Account(AccountActor),
    /// The command line on the server and the server's own jobs.
    System,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountActor {
    pub id: AccountId,
    pub platform: PlatformId,
    pub account_type: AccountType,
    pub roles: Roles,
}

impl AccountActor {
    fn has(&self, role: Role) -> bool {
        self.account_type == AccountType::Professional && self.roles.contains(role)
    }
}

/// What the actor wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ListPlatforms,
    CreatePlatform,
    ManageOperators,
    ViewPlatform,
    ListAccounts,
    ViewAuditLog,
    CreateAccount {
        account_type: AccountType,
    },
    ViewAccount,
    EditAccount,
    EditRoles,
    RelateClient,
    Deactivate,
    Reactivate,
    RenewActivationLink,
    /// See a platform's configurations (tiles, API).
    ViewConfigurations,
    /// Make a configuration available, or withdraw it.
    ChangeAvailability(ConfigurationKey),
    /// Change a configuration's value; `in_effect` says whether it is
    /// available (or always in effect) on the target platform.
    EditConfiguration {
        key: ConfigurationKey,
        in_effect: bool,
    },
    /// Read and export the charges ledger of all platforms.
    ViewCharges,
    /// See the installation's e-mail queue and put failed messages back in it.
    ManageEmails,
    /// Rename a platform or change its default language.
    EditPlatform,
    /// A client invites someone close to them as a friend.
    InviteFriend,
    /// A client ends the link with one of their friends.
    EndFriendLink,
    /// See whether an account has two-factor set up, its method, codes left
    /// and waiver.
    ViewTwoFactor,
    /// Remove an account's two-factor set-up (lost phone and recovery codes).
    ResetTwoFactor,
    /// Waive required two-factor for one professional for a month, or end
    /// the waiver early.
    WaiveTwoFactor,
    /// Set up one's own two-factor, renew one's recovery codes, forget one's
    /// remembered devices.
    ManageOwnTwoFactor,
    /// See a content platform's tools, drafts and versions.
    ViewContent,
    /// Create tools and edit their drafts (authors).
    EditContent,
    /// Release a draft as a version, or withdraw a tool (publishers).
    ReleaseContent,
    /// Link content platforms to care platforms' catalogues.
    LinkCatalogue,
}

impl Action {
    /// Every action, for the exhaustive table test and documentation.
    pub const ALL: [Action; 26] = [
        Action::ListPlatforms,
        Action::CreatePlatform,
        Action::ManageOperators,
        Action::ViewPlatform,
        Action::ListAccounts,
        Action::ViewAuditLog,
        Action::CreateAccount { account_type: AccountType::Professional },
        Action::CreateAccount { account_type: AccountType::Client },
        Action::CreateAccount { account_type: AccountType::Friend },
        Action::ViewAccount,
        Action::EditAccount,
        Action::EditRoles,
        Action::RelateClient,
        Action::Deactivate,
        Action::Reactivate,
        Action::RenewActivationLink,
        Action::InviteFriend,
        Action::EndFriendLink,
        Action::ViewTwoFactor,
        Action::ResetTwoFactor,
        Action::WaiveTwoFactor,
        Action::ManageOwnTwoFactor,
        Action::ViewContent,
        Action::EditContent,
        Action::ReleaseContent,
        Action::LinkCatalogue,
    ];
}

/// How the actor stands to a target account, as far as treatment goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    None,
    /// The actor is a professional who treats the target client.
    ActorTreatsTarget,
    /// The target is a professional who treats the actor (a client).
    TargetTreatsActor,
    /// The target is a friend the actor (a client) invited.
    TargetIsActorsFriend,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The installation as a whole (platform list, operators).
    Installation,
    Platform(PlatformId),
    Account(TargetAccount),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TargetAccount {
    pub id: AccountId,
    pub platform: PlatformId,
    pub account_type: AccountType,
    pub roles: Roles,
    pub relation: Relation,
}

/// Why an action was refused. Stable codes; the web layer turns all of them
/// into the same "not allowed" answer, except that a target on another
/// platform looks exactly like a target that does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    #[error("the target belongs to another platform")]
    OtherPlatform,
    #[error("only the service desk may do this")]
    OperatorOnly,
    #[error("your roles do not allow this")]
    NotForRole,
    #[error("this cannot be done to your own account")]
    OwnAccount,
    #[error("this action does not apply to that target")]
    WrongTarget,
}

impl Denied {
    pub fn code(self) -> &'static str {
        match self {
            Denied::OtherPlatform => "other_platform",
            Denied::OperatorOnly => "operator_only",
            Denied::NotForRole => "not_for_role",
            Denied::OwnAccount => "own_account",
            Denied::WrongTarget => "wrong_target",
        }
    }
}

pub fn decide(actor: &Actor, action: Action, target: &Target) -> Result<(), Denied> {
    let me = match actor {
        Actor::Operator => return operator_may(action, target),
        Actor::System => return system_may(action, target),
        Actor::Account(me) => me,
    };
    match target {
        Target::Installation => match action {
            Action::ListPlatforms
            | Action::CreatePlatform
            | Action::ManageOperators
            | Action::ViewCharges
            | Action::ManageEmails
            | Action::LinkCatalogue => Err(Denied::OperatorOnly),
            _ => Err(Denied::WrongTarget),
        },
        Target::Platform(platform) => {
            if *platform != me.platform {
                return Err(Denied::OtherPlatform);
            }
            platform_action(me, action)
        }
        Target::Account(account) => {
            if account.platform != me.platform {
                return Err(Denied::OtherPlatform);
            }
            account_action(me, action, account)
        }
    }
}

/// The command line on the server and the server's jobs act with the
/// service desk's rights, so that the shell is no way around what the
/// console refuses (resetting a client's second factor, say), plus the one
/// thing only an import does: creating a friend for an existing client.
/// They are an actor of their own so that every use case still asks this
/// function and the audit log names them.
fn system_may(action: Action, target: &Target) -> Result<(), Denied> {
    match (action, target) {
        (Action::CreateAccount { account_type: AccountType::Friend }, Target::Platform(_)) => Ok(()),
        _ => operator_may(action, target),
    }
}

fn operator_may(action: Action, target: &Target) -> Result<(), Denied> {
    let fits = match action {
        Action::ListPlatforms
        | Action::CreatePlatform
        | Action::ManageOperators
        | Action::ViewCharges
        | Action::ManageEmails
        | Action::LinkCatalogue => {
            matches!(target, Target::Installation)
        }
        // The service desk sees content, and imports and releases the
        // tools an installation ships with; whether the platform is a
        // content platform is the use case's check.
        Action::ViewContent | Action::EditContent | Action::ReleaseContent => matches!(target, Target::Platform(_)),
        Action::ViewConfigurations | Action::EditConfiguration { .. } | Action::EditPlatform => {
            matches!(target, Target::Platform(_))
        }
        // Friends are the client's own business: not even the service desk
        // invites them or ends the link.
        Action::InviteFriend | Action::EndFriendLink => return Err(Denied::WrongTarget),
        Action::ChangeAvailability(key) => {
            matches!(target, Target::Platform(_))
                && key.definition().availability == Availability::MadeAvailableByServiceDesk
        }
        Action::ViewPlatform | Action::ListAccounts | Action::ViewAuditLog | Action::CreateAccount { .. } => {
            matches!(target, Target::Platform(_))
        }
        Action::ViewAccount
        | Action::EditAccount
        | Action::EditRoles
        | Action::RelateClient
        | Action::Deactivate
        | Action::Reactivate
        | Action::RenewActivationLink
        | Action::ViewTwoFactor
        | Action::ResetTwoFactor => matches!(target, Target::Account(_)),
        // Waivers are the platform's own call, made by its application
        // managers; the service desk's way out is a reset.
        Action::WaiveTwoFactor | Action::ManageOwnTwoFactor => return Err(Denied::WrongTarget),
    };
    if !fits {
        return Err(Denied::WrongTarget);
    }
    // Friends are only ever created by the client who invites them, and roles
    // only exist on professional accounts: not even the service desk differs.
    match (action, target) {
        (Action::CreateAccount { account_type: AccountType::Friend }, _) => Err(Denied::WrongTarget),
        (Action::EditRoles, Target::Account(t)) if t.account_type != AccountType::Professional => {
            Err(Denied::WrongTarget)
        }
        (Action::RelateClient, Target::Account(t)) if t.account_type != AccountType::Client => Err(Denied::WrongTarget),
        // The service desk resets professionals (an application manager
        // with no colleague asks it); clients have their own professionals
        // and secretaries, and nobody resets a friend.
        (Action::ResetTwoFactor, Target::Account(t)) if t.account_type != AccountType::Professional => {
            Err(Denied::WrongTarget)
        }
        _ => Ok(()),
    }
}

fn platform_action(me: &AccountActor, action: Action) -> Result<(), Denied> {
    let manager = me.has(Role::ApplicationManager);
    let secretary = me.has(Role::Secretary);
    let professional = me.has(Role::Professional);
    let author = me.has(Role::Author);
    let publisher = me.has(Role::Publisher);
    let allowed = match action {
        Action::ListPlatforms
        | Action::CreatePlatform
        | Action::ManageOperators
        | Action::ViewCharges
        | Action::ManageEmails
        | Action::LinkCatalogue => {
            return Err(Denied::OperatorOnly);
        }
        Action::ChangeAvailability(_) | Action::EditPlatform => return Err(Denied::OperatorOnly),
        Action::ViewContent => author || publisher || manager,
        Action::EditContent => author,
        Action::ReleaseContent => publisher,
        Action::InviteFriend => me.account_type == AccountType::Client,
        Action::EndFriendLink => return Err(Denied::WrongTarget),
        Action::ViewConfigurations => manager,
        Action::EditConfiguration { key, in_effect } => {
            if key.definition().editor == Editor::ServiceDesk {
                return Err(if manager { Denied::OperatorOnly } else { Denied::NotForRole });
            }
            if manager && !in_effect {
                // Not available on this platform: nothing to change yet.
                return Err(Denied::WrongTarget);
            }
            manager
        }
        Action::ViewPlatform | Action::ViewAuditLog => manager,
        // Professionals list only the clients they treat: the app layer scopes
        // the query with `visible_accounts`.
        Action::ListAccounts => manager || secretary || professional,
        Action::CreateAccount { account_type } => match account_type {
            AccountType::Professional => manager,
            AccountType::Client => manager || secretary,
            AccountType::Friend => return Err(Denied::WrongTarget),
        },
        Action::ViewAccount
        | Action::EditAccount
        | Action::EditRoles
        | Action::RelateClient
        | Action::Deactivate
        | Action::Reactivate
        | Action::RenewActivationLink
        | Action::ViewTwoFactor
        | Action::ResetTwoFactor
        | Action::WaiveTwoFactor
        | Action::ManageOwnTwoFactor => return Err(Denied::WrongTarget),
    };
    if allowed { Ok(()) } else { Err(Denied::NotForRole) }
}

fn account_action(me: &AccountActor, action: Action, target: &TargetAccount) -> Result<(), Denied> {
    let manager = me.has(Role::ApplicationManager);
    let secretary = me.has(Role::Secretary);
    let treats = me.has(Role::Professional) && target.relation == Relation::ActorTreatsTarget;
    let own = target.id == me.id;
    let client = target.account_type == AccountType::Client;
    let professional_target = target.account_type == AccountType::Professional;
    let allowed = match action {
        Action::ListPlatforms
        | Action::CreatePlatform
        | Action::ManageOperators
        | Action::ViewCharges
        | Action::ManageEmails
        | Action::LinkCatalogue => {
            return Err(Denied::OperatorOnly);
        }
        Action::ViewContent | Action::EditContent | Action::ReleaseContent => return Err(Denied::WrongTarget),
        Action::ViewPlatform
        | Action::ListAccounts
        | Action::ViewAuditLog
        | Action::CreateAccount { .. }
        | Action::ViewConfigurations
        | Action::ChangeAvailability(_)
        | Action::EditConfiguration { .. }
        | Action::EditPlatform => {
            return Err(Denied::WrongTarget);
        }
        Action::ViewAccount => {
            own || manager
                || (secretary && target.account_type != AccountType::Friend)
                || treats
                || (me.account_type == AccountType::Client && target.relation == Relation::TargetTreatsActor)
        }
        Action::EditAccount => own || manager || (secretary && client),
        Action::EditRoles => {
            if !professional_target {
                return Err(Denied::WrongTarget);
            }
            if own && manager {
                // An application manager must not strip their own powers by
                // accident; a colleague or the service desk can.
                return Err(Denied::OwnAccount);
            }
            manager
        }
        Action::RelateClient => {
            if !client {
                return Err(Denied::WrongTarget);
            }
            manager || secretary
        }
        Action::Deactivate => {
            if own && manager {
                return Err(Denied::OwnAccount);
            }
            manager
        }
        Action::Reactivate => manager || (client && (secretary || treats)),
        Action::InviteFriend => return Err(Denied::WrongTarget),
        Action::EndFriendLink => {
            if target.account_type != AccountType::Friend {
                return Err(Denied::WrongTarget);
            }
            me.account_type == AccountType::Client && target.relation == Relation::TargetIsActorsFriend
        }
        Action::RenewActivationLink => manager || (secretary && client),
        Action::ViewTwoFactor => own || manager || (client && (secretary || treats)),
        Action::ResetTwoFactor => match target.account_type {
            // Professionals have no access to friends' accounts, so nobody
            // can vouch for the person asking.
            AccountType::Friend => return Err(Denied::WrongTarget),
            AccountType::Professional if own => return Err(Denied::OwnAccount),
            AccountType::Professional => manager,
            AccountType::Client => secretary || treats,
        },
        // One's own second factor is one's own business, whatever one's roles.
        Action::ManageOwnTwoFactor => {
            if !own {
                return Err(Denied::WrongTarget);
            }
            true
        }
        Action::WaiveTwoFactor => {
            if !professional_target {
                return Err(Denied::WrongTarget);
            }
            if own {
                return Err(Denied::OwnAccount);
            }
            manager
        }
    };
    if allowed { Ok(()) } else { Err(Denied::NotForRole) }
}

/// Which accounts an actor's lists show. Lists are filtered in the query, and
/// each account opened from a list goes through `decide` again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Every account of the platform.
    All,
    /// Professionals and clients, not friends.
    StaffAndClients,
    /// Only the clients the actor treats.
    TreatedClients,
    Nothing,
}

pub fn visible_accounts(actor: &Actor) -> Visibility {
    match actor {
        Actor::Operator | Actor::System => Visibility::All,
        Actor::Account(me) if me.has(Role::ApplicationManager) => Visibility::All,
        Actor::Account(me) if me.has(Role::Secretary) => Visibility::StaffAndClients,
        Actor::Account(me) if me.has(Role::Professional) => Visibility::TreatedClients,
        Actor::Account(_) => Visibility::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    const HOME: PlatformId = PlatformId(Uuid::from_u128(1));
    const OTHER: PlatformId = PlatformId(Uuid::from_u128(2));

    fn account(n: u128, account_type: AccountType, roles: &[Role]) -> AccountActor {
        AccountActor { id: AccountId(Uuid::from_u128(n)), platform: HOME, account_type, roles: Roles::of(roles) }
    }

    fn actors() -> Vec<(&'static str, Actor)> {
        use AccountType::{Client, Friend, Professional};
        use Role::{ApplicationManager, Secretary};
        vec![
            ("operator", Actor::Operator),
            ("manager", Actor::Account(account(10, Professional, &[ApplicationManager]))),
            ("professional", Actor::Account(account(11, Professional, &[Role::Professional]))),
            ("secretary", Actor::Account(account(12, Professional, &[Secretary]))),
            ("client", Actor::Account(account(13, Client, &[]))),
            ("friend", Actor::Account(account(14, Friend, &[]))),
            ("author", Actor::Account(account(15, Professional, &[Role::Author]))),
            ("publisher", Actor::Account(account(16, Professional, &[Role::Publisher]))),
        ]
    }

    /// Targets, each with the actor's relation to it given per actor name.
    fn targets(actor: &str, platform: PlatformId) -> Vec<(&'static str, Target)> {
        use AccountType::*;
        let id = |n| AccountId(Uuid::from_u128(n));
        let me = match actor {
            "manager" => 10,
            "professional" => 11,
            "secretary" => 12,
            "client" => 13,
            "friend" => 14,
            "author" => 15,
            "publisher" => 16,
            _ => 99,
        };
        let own_type = match actor {
            "client" => Client,
            "friend" => Friend,
            _ => Professional,
        };
        let own_roles = match actor {
            "manager" => Roles::of(&[Role::ApplicationManager]),
            "professional" => Roles::of(&[Role::Professional]),
            "secretary" => Roles::of(&[Role::Secretary]),
            "author" => Roles::of(&[Role::Author]),
            "publisher" => Roles::of(&[Role::Publisher]),
            _ => Roles::NONE,
        };
        let t = |n, account_type, roles, relation| {
            Target::Account(TargetAccount { id: id(n), platform, account_type, roles, relation })
        };
        vec![
            ("installation", Target::Installation),
            ("platform", Target::Platform(platform)),
            ("self", t(me, own_type, own_roles, Relation::None)),
            ("colleague", t(20, Professional, Roles::of(&[Role::Professional]), Relation::None)),
            (
                "own-professional",
                t(
                    21,
                    Professional,
                    Roles::of(&[Role::Professional]),
                    if actor == "client" { Relation::TargetTreatsActor } else { Relation::None },
                ),
            ),
            (
                "treated-client",
                t(
                    22,
                    Client,
                    Roles::NONE,
                    if actor == "professional" { Relation::ActorTreatsTarget } else { Relation::None },
                ),
            ),
            ("other-client", t(23, Client, Roles::NONE, Relation::None)),
            (
                "friend",
                t(
                    24,
                    Friend,
                    Roles::NONE,
                    if actor == "client" { Relation::TargetIsActorsFriend } else { Relation::None },
                ),
            ),
        ]
    }

    fn action_name(a: Action) -> &'static str {
        match a {
            Action::ListPlatforms => "list-platforms",
            Action::CreatePlatform => "create-platform",
            Action::ManageOperators => "manage-operators",
            Action::ViewPlatform => "view-platform",
            Action::ListAccounts => "list-accounts",
            Action::ViewAuditLog => "view-audit",
            Action::CreateAccount { account_type: AccountType::Professional } => "create-professional",
            Action::CreateAccount { account_type: AccountType::Client } => "create-client",
            Action::CreateAccount { account_type: AccountType::Friend } => "create-friend",
            Action::ViewAccount => "view",
            Action::EditAccount => "edit",
            Action::EditRoles => "edit-roles",
            Action::RelateClient => "relate",
            Action::Deactivate => "deactivate",
            Action::Reactivate => "reactivate",
            Action::RenewActivationLink => "renew-link",
            Action::ViewConfigurations => "view-configurations",
            Action::ChangeAvailability(_) => "change-availability",
            Action::EditConfiguration { .. } => "edit-configuration",
            Action::ViewCharges => "view-charges",
            Action::ManageEmails => "manage-emails",
            Action::EditPlatform => "edit-platform",
            Action::InviteFriend => "invite-friend",
            Action::EndFriendLink => "end-friend-link",
            Action::ViewTwoFactor => "view-2fa",
            Action::ResetTwoFactor => "reset-2fa",
            Action::WaiveTwoFactor => "waive-2fa",
            Action::ManageOwnTwoFactor => "own-2fa",
            Action::ViewContent => "view-content",
            Action::EditContent => "edit-content",
            Action::ReleaseContent => "release-content",
            Action::LinkCatalogue => "link-catalogue",
        }
    }

    /// The allowed (actor, action, target) triples on the actor's own
    /// platform. Everything not listed must be refused; on another platform
    /// every account actor is refused everything.
    const ALLOWED: &str = "
        operator: list-platforms installation, create-platform installation, manage-operators installation,
            view-platform platform, list-accounts platform, view-audit platform, create-professional platform, create-client platform,
            view *, edit *, edit-roles self colleague own-professional, relate treated-client other-client,
            deactivate *, reactivate *, renew-link *,
            view-2fa *, reset-2fa self colleague own-professional,
            view-content platform, edit-content platform, release-content platform, link-catalogue installation
        manager: view-content platform, view-platform platform, list-accounts platform, view-audit platform, create-professional platform, create-client platform,
            view *, edit *, edit-roles colleague own-professional, relate treated-client other-client,
            deactivate colleague own-professional treated-client other-client friend, reactivate *, renew-link *,
            view-2fa *, reset-2fa colleague own-professional, waive-2fa colleague own-professional, own-2fa self
        professional: list-accounts platform, view self treated-client, edit self, reactivate treated-client,
            view-2fa self treated-client, reset-2fa treated-client, own-2fa self
        secretary: list-accounts platform, create-client platform, view self colleague own-professional treated-client other-client,
            edit self treated-client other-client, relate treated-client other-client, reactivate treated-client other-client,
            renew-link treated-client other-client,
            view-2fa self treated-client other-client, reset-2fa treated-client other-client, own-2fa self
        client: view self own-professional, edit self, invite-friend platform, end-friend-link friend, view-2fa self, own-2fa self
        friend: edit self, view self, view-2fa self, own-2fa self
        author: view-content platform, edit-content platform, edit self, view self, view-2fa self, own-2fa self
        publisher: view-content platform, release-content platform, edit self, view self, view-2fa self, own-2fa self
    ";

    fn allowed_table() -> Vec<(String, String, String)> {
        let all_targets = ["self", "colleague", "own-professional", "treated-client", "other-client", "friend"];
        let mut out = Vec::new();
        let mut current = String::new();
        for line in ALLOWED.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let rest = match line.split_once(':') {
                Some((who, rest)) => {
                    current = who.trim().to_owned();
                    rest
                }
                None => line,
            };
            for entry in rest.split(',').map(str::trim).filter(|e| !e.is_empty()) {
                let mut words = entry.split_whitespace();
                let action = words.next().unwrap().to_owned();
                for target in words {
                    if target == "*" {
                        for t in all_targets {
                            out.push((current.clone(), action.clone(), t.to_owned()));
                        }
                    } else {
                        out.push((current.clone(), action.clone(), target.to_owned()));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_actor_action_and_target() {
        let table = allowed_table();
        let mut checked = 0;
        for (actor_name, actor) in actors() {
            for platform in [HOME, OTHER] {
                for (target_name, target) in targets(actor_name, platform) {
                    for action in Action::ALL {
                        let expected = (platform == HOME || actor_name == "operator")
                            && table
                                .iter()
                                .any(|(a, act, t)| a == actor_name && act == action_name(action) && t == target_name);
                        let got = decide(&actor, action, &target);
                        assert_eq!(
                            got.is_ok(),
                            expected,
                            "{actor_name} {} {target_name} on {} platform: got {got:?}",
                            action_name(action),
                            if platform == HOME { "home" } else { "other" }
                        );
                        if platform == OTHER && actor_name != "operator" && !matches!(target, Target::Installation) {
                            assert_eq!(got, Err(Denied::OtherPlatform));
                        }
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 8 * 2 * 8 * Action::ALL.len());
    }

    /// The command line and the server's jobs: the service desk's rights on
    /// every platform, and creating friends.
    #[test]
    fn the_system_acts_as_the_service_desk_and_imports_friends() {
        use crate::configurations::ConfigurationKey;
        let mut actions: Vec<Action> = Action::ALL.to_vec();
        actions.extend(ConfigurationKey::ALL.iter().map(|k| Action::ChangeAvailability(*k)));
        for platform in [HOME, OTHER] {
            for (target_name, target) in targets("system", platform) {
                for action in &actions {
                    let friend = matches!(
                        (action, &target),
                        (Action::CreateAccount { account_type: AccountType::Friend }, Target::Platform(_))
                    );
                    let expected = friend || decide(&Actor::Operator, *action, &target).is_ok();
                    let got = decide(&Actor::System, *action, &target);
                    assert_eq!(got.is_ok(), expected, "system {action:?} on {target_name}: {got:?}");
                }
            }
        }
        assert_eq!(visible_accounts(&Actor::System), Visibility::All);
    }

    #[test]
    fn combined_roles_add_up() {
        let both = Actor::Account(account(30, AccountType::Professional, &[Role::Professional, Role::Secretary]));
        let client = Target::Account(TargetAccount {
            id: AccountId(Uuid::from_u128(31)),
            platform: HOME,
            account_type: AccountType::Client,
            roles: Roles::NONE,
            relation: Relation::None,
        });
        assert_eq!(decide(&both, Action::RelateClient, &client), Ok(()));
        assert_eq!(visible_accounts(&both), Visibility::StaffAndClients);
    }

    #[test]
    fn two_factor_resets_follow_the_source() {
        let manager = account(10, AccountType::Professional, &[Role::ApplicationManager]);
        let own = Target::Account(TargetAccount {
            id: manager.id,
            platform: HOME,
            account_type: AccountType::Professional,
            roles: manager.roles,
            relation: Relation::None,
        });
        let manager = Actor::Account(manager);
        assert_eq!(decide(&manager, Action::ResetTwoFactor, &own), Err(Denied::OwnAccount));
        assert_eq!(decide(&manager, Action::WaiveTwoFactor, &own), Err(Denied::OwnAccount));
        let friend = Target::Account(TargetAccount {
            id: AccountId(Uuid::from_u128(50)),
            platform: HOME,
            account_type: AccountType::Friend,
            roles: Roles::NONE,
            relation: Relation::None,
        });
        for (name, actor) in actors() {
            assert_eq!(decide(&actor, Action::ResetTwoFactor, &friend), Err(Denied::WrongTarget), "{name}");
        }
        // Managing the platform alone does not reach clients' two-factor;
        // treating the client does.
        let mut client = TargetAccount {
            id: AccountId(Uuid::from_u128(51)),
            platform: HOME,
            account_type: AccountType::Client,
            roles: Roles::NONE,
            relation: Relation::None,
        };
        assert_eq!(decide(&manager, Action::ResetTwoFactor, &Target::Account(client)), Err(Denied::NotForRole));
        let treating_manager =
            Actor::Account(account(52, AccountType::Professional, &[Role::ApplicationManager, Role::Professional]));
        client.relation = Relation::ActorTreatsTarget;
        assert_eq!(decide(&treating_manager, Action::ResetTwoFactor, &Target::Account(client)), Ok(()));
    }

    #[test]
    fn roles_on_a_client_account_grant_nothing() {
        let odd = Actor::Account(account(40, AccountType::Client, &[Role::ApplicationManager]));
        assert_eq!(decide(&odd, Action::ListAccounts, &Target::Platform(HOME)), Err(Denied::NotForRole));
        assert_eq!(visible_accounts(&odd), Visibility::Nothing);
    }

    /// Every actor × configuration × configuration action × platform.
    #[test]
    fn configuration_permissions() {
        use crate::configurations::ConfigurationKey as K;
        let am_editable = [K::LoginMethods, K::TwoFactor, K::Emails];
        let mut checked = 0;
        for (name, actor) in actors() {
            for platform in [HOME, OTHER] {
                let target = Target::Platform(platform);
                let home = platform == HOME;
                let operator = name == "operator";
                let manager = name == "manager";
                assert_eq!(
                    decide(&actor, Action::ViewConfigurations, &target).is_ok(),
                    operator || (manager && home),
                    "{name} view configurations"
                );
                assert_eq!(decide(&actor, Action::ViewCharges, &Target::Installation).is_ok(), operator);
                assert_eq!(decide(&actor, Action::ManageEmails, &Target::Installation).is_ok(), operator);
                // The queue is the installation's, not one platform's.
                assert!(decide(&actor, Action::ManageEmails, &target).is_err(), "{name} e-mails of a platform");
                assert_eq!(decide(&actor, Action::EditPlatform, &target).is_ok(), operator, "{name} edit platform");
                for key in K::ALL {
                    let toggled = key.definition().availability == Availability::MadeAvailableByServiceDesk;
                    assert_eq!(
                        decide(&actor, Action::ChangeAvailability(key), &target).is_ok(),
                        operator && toggled,
                        "{name} change availability of {key:?}"
                    );
                    for in_effect in [true, false] {
                        let got = decide(&actor, Action::EditConfiguration { key, in_effect }, &target);
                        let expected = operator || (manager && home && in_effect && am_editable.contains(&key));
                        assert_eq!(
                            got.is_ok(),
                            expected,
                            "{name} edit {key:?} in_effect={in_effect} home={home}: {got:?}"
                        );
                        if !home && !operator {
                            assert_eq!(got, Err(Denied::OtherPlatform));
                        }
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 8 * 2 * 9 * 2);
    }
}
