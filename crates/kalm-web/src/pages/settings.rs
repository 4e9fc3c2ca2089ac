//! Configuration pages: the application manager's settings (tiles of the
//! configurations available on their platform) and, shared with the operator
//! console, one configuration's page with its availability and value.
//!
//! Forms are generated from the catalogue: each value becomes a list of
//! `Control`s, and a posted form becomes the value's JSON form again, which
//! the domain parses. So the page, the API and the CLI accept exactly the
//! same values and report the same errors.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::configurations::{self, ConfigurationView};
use kalm_app::platforms::Platform;
use kalm_app::{AppError, Caller};
use kalm_domain::configurations::{
    Availability, Charge, ConfigurationKey, ConfigurationValue, Editor, Greeting, INACTIVITY_DAYS, RememberDevice,
    TwoFactorRule, WARNING_DAYS,
};
use kalm_domain::emails::NonEssentialEmail;
use kalm_domain::languages::Language;
use kalm_i18n::Tr;
use serde_json::{Map, Value, json};

use super::{Choice, Chrome, Done, Fields, to_login};
use crate::AppState;
use crate::error::{OrPage, PageError, render, status_of};
use crate::session::PlatformVisit;

/// One form control; `kind` is checkbox, number, select, radio, checkboxes,
/// textarea or text.
#[derive(Debug, Clone)]
pub struct Control {
    pub kind: &'static str,
    pub name: String,
    pub label: String,
    pub value: String,
    pub checked: bool,
    pub min: i64,
    pub max: i64,
    pub options: Vec<Choice>,
    pub help: String,
}

impl Control {
    fn new(kind: &'static str, name: &str, label: String) -> Control {
        Control {
            kind,
            name: name.to_owned(),
            label,
            value: String::new(),
            checked: false,
            min: 0,
            max: 0,
            options: Vec::new(),
            help: String::new(),
        }
    }
}

/// A line of the read-only summary.
#[derive(Debug, Clone)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// A tile in an overview.
#[derive(Debug, Clone)]
pub struct Tile {
    pub href: String,
    pub title: String,
    pub description: String,
    pub state: String,
    pub available: bool,
    pub facts: Vec<Fact>,
}

fn title(tr: &Tr, key: ConfigurationKey) -> String {
    tr.code("config", key.code())
}

fn description(tr: &Tr, key: ConfigurationKey) -> String {
    tr.t(&format!("config-{}-help", key.code().replace('_', "-")))
}

fn field(tr: &Tr, name: &str) -> String {
    tr.code("config-field", name)
}

fn days_text(tr: &Tr, days: Option<u16>) -> String {
    match days {
        Some(d) => tr.n("config-after-days", "days", i64::from(d)),
        None => tr.t("config-off"),
    }
}

fn on_off(tr: &Tr, on: bool) -> String {
    tr.t(if on { "config-on" } else { "config-off" })
}

pub fn state_text(tr: &Tr, view: &ConfigurationView) -> String {
    match (view.definition.availability, view.available) {
        (Availability::Always, _) => tr.t("config-state-always"),
        (_, true) => tr.t("config-state-available"),
        (_, false) => tr.t("config-state-unavailable"),
    }
}

/// The value in words, for tiles and read-only pages: as a person reads it,
/// so a signature shows the platform's name, not its placeholder.
pub fn facts(tr: &Tr, value: &ConfigurationValue, platform: &Platform) -> Vec<Fact> {
    let default_language = platform.default_language;
    let as_sent = |text: &str| text.replace("{organisation_name}", platform.name.as_str());
    let fact = |label: String, value: String| Fact { label, value };
    match value {
        ConfigurationValue::InactivityDeactivation(v) => vec![
            fact(field(tr, "professionals"), days_text(tr, v.professionals)),
            fact(field(tr, "clients"), days_text(tr, v.clients)),
            fact(field(tr, "warning_days"), tr.n("config-days", "days", i64::from(v.warning_days))),
        ],
        ConfigurationValue::LoginMethods(v) => vec![
            fact(field(tr, "professionals"), on_off(tr, v.professionals)),
            fact(field(tr, "clients"), on_off(tr, v.clients)),
            fact(field(tr, "friends"), on_off(tr, v.friends)),
        ],
        ConfigurationValue::TwoFactor(v) => vec![
            fact(field(tr, "professionals"), tr.code("config-option", v.professionals.code())),
            fact(field(tr, "remember_device"), tr.code("config-option", v.remember_device.code())),
            fact(field(tr, "clients"), tr.code("config-option", v.clients.code())),
            fact(field(tr, "friends"), tr.code("config-option", v.friends.code())),
        ],
        ConfigurationValue::Emails(v) => vec![fact(
            field(tr, "switched_off"),
            if v.0.is_empty() {
                tr.t("config-none")
            } else {
                v.0.iter().map(|e| tr.code("email-kind", e.code())).collect::<Vec<_>>().join(", ")
            },
        )],
        ConfigurationValue::EmailGreeting(g) => vec![fact(field(tr, "greeting"), tr.code("config-option", g.code()))],
        ConfigurationValue::EmailSignature(s) => {
            let default_text = as_sent(&tr.t("email-signature-default"));
            let mut out: Vec<Fact> =
                s.0.iter()
                    .map(|(l, t)| {
                        fact(format!("{} ({})", field(tr, "signature"), tr.code("language", l.code())), as_sent(t))
                    })
                    .collect();
            if !s.0.contains_key(&default_language) {
                out.insert(
                    0,
                    fact(
                        format!("{} ({})", field(tr, "signature"), tr.code("language", default_language.code())),
                        default_text,
                    ),
                );
            }
            out
        }
        ConfigurationValue::Languages(l) => vec![fact(
            field(tr, "languages"),
            if l.0.is_empty() {
                tr.t("config-none")
            } else {
                l.0.iter().map(|l| tr.code("language", l.code())).collect::<Vec<_>>().join(", ")
            },
        )],
        ConfigurationValue::VideoSessions(on) => vec![fact(field(tr, "video_sessions"), on_off(tr, *on))],
        ConfigurationValue::Domain(d) => vec![fact(field(tr, "domain"), d.as_str().to_owned())],
    }
}

fn select<T: Copy>(tr: &Tr, name: &str, all: &[T], code: fn(T) -> &'static str, current: T) -> Control {
    let mut c = Control::new("select", name, field(tr, name));
    c.options = all
        .iter()
        .map(|o| Choice::new(code(*o), tr.code("config-option", code(*o)), code(*o) == code(current)))
        .collect();
    c
}

fn checkbox(tr: &Tr, name: &str, checked: bool) -> Control {
    let mut c = Control::new("checkbox", name, field(tr, name));
    c.checked = checked;
    c
}

fn days_controls(tr: &Tr, name: &str, days: Option<u16>) -> Vec<Control> {
    let mut on = Control::new("checkbox", &format!("{name}_on"), tr.code("config-field-deactivate", name));
    on.checked = days.is_some();
    let mut n = Control::new("number", &format!("{name}_days"), tr.code("config-field-days", name));
    n.value = days.map_or_else(|| "365".to_owned(), |d| d.to_string());
    (n.min, n.max) = INACTIVITY_DAYS;
    vec![on, n]
}

/// The form controls for a value, filled with `value`.
pub fn controls(tr: &Tr, value: &ConfigurationValue, signature_languages: &[Language]) -> Vec<Control> {
    match value {
        ConfigurationValue::InactivityDeactivation(v) => {
            let mut out = days_controls(tr, "professionals", v.professionals);
            out.extend(days_controls(tr, "clients", v.clients));
            let mut w = Control::new("number", "warning_days", field(tr, "warning_days"));
            w.value = v.warning_days.to_string();
            (w.min, w.max) = WARNING_DAYS;
            out.push(w);
            out
        }
        ConfigurationValue::LoginMethods(v) => vec![
            checkbox(tr, "professionals", v.professionals),
            checkbox(tr, "clients", v.clients),
            checkbox(tr, "friends", v.friends),
        ],
        ConfigurationValue::TwoFactor(v) => vec![
            select(tr, "professionals", &TwoFactorRule::ALL, TwoFactorRule::code, v.professionals),
            select(tr, "remember_device", &RememberDevice::ALL, RememberDevice::code, v.remember_device),
            select(tr, "clients", &TwoFactorRule::ALL, TwoFactorRule::code, v.clients),
            select(tr, "friends", &TwoFactorRule::ALL, TwoFactorRule::code, v.friends),
        ],
        ConfigurationValue::Emails(v) => {
            let mut c = Control::new("checkboxes", "switched_off", field(tr, "switched_off"));
            c.options = NonEssentialEmail::ALL
                .iter()
                .map(|e| Choice::new(e.code(), tr.code("email-kind", e.code()), v.0.contains(e)))
                .collect();
            c.help = tr.t("config-emails-essential");
            vec![c]
        }
        ConfigurationValue::EmailGreeting(g) => {
            let mut c = Control::new("radio", "greeting", field(tr, "greeting"));
            c.options = Greeting::ALL
                .iter()
                .map(|o| Choice::new(o.code(), tr.code("config-option", o.code()), o == g))
                .collect();
            vec![c]
        }
        ConfigurationValue::EmailSignature(s) => signature_languages
            .iter()
            .map(|l| {
                let mut c = Control::new(
                    "textarea",
                    &format!("signature_{}", l.code()),
                    format!("{} ({})", field(tr, "signature"), tr.code("language", l.code())),
                );
                c.value = s.0.get(l).cloned().unwrap_or_default();
                c.help = tr.t("config-signature-help");
                c
            })
            .collect(),
        ConfigurationValue::Languages(l) => {
            let mut c = Control::new("checkboxes", "languages", field(tr, "languages"));
            c.options = Language::ALL
                .iter()
                .map(|o| Choice::new(o.code(), tr.code("language", o.code()), l.0.contains(o)))
                .collect();
            vec![c]
        }
        ConfigurationValue::VideoSessions(on) => vec![checkbox(tr, "video_sessions", *on)],
        ConfigurationValue::Domain(d) => {
            let mut c = Control::new("text", "domain", field(tr, "domain"));
            c.value = d.as_str().to_owned();
            let mut reason = Control::new("text", "reason", field(tr, "reason"));
            reason.help = tr.t("config-domain-reason-help");
            vec![c, reason]
        }
    }
}

fn number_or_text(text: &str) -> Value {
    text.trim().parse::<i64>().map_or_else(|_| Value::String(text.to_owned()), |n| json!(n))
}

/// A posted form as the value's JSON form (the domain then parses it).
pub fn form_value(key: ConfigurationKey, fields: &Fields) -> Value {
    let on = |name: &str| fields.0.iter().any(|(k, _)| k == name);
    let days = |name: &str| {
        if on(&format!("{name}_on")) { number_or_text(&fields.get(&format!("{name}_days"))) } else { Value::Null }
    };
    match key {
        ConfigurationKey::InactivityDeactivation => json!({
            "professionals": days("professionals"),
            "clients": days("clients"),
            "warning_days": number_or_text(&fields.get("warning_days")),
        }),
        ConfigurationKey::LoginMethods => {
            json!({ "professionals": on("professionals"), "clients": on("clients"), "friends": on("friends") })
        }
        ConfigurationKey::TwoFactor => json!({
            "professionals": fields.get("professionals"),
            "remember_device": fields.get("remember_device"),
            "clients": fields.get("clients"),
            "friends": fields.get("friends"),
        }),
        ConfigurationKey::Emails => json!({ "switched_off": fields.all("switched_off") }),
        ConfigurationKey::EmailGreeting => json!(fields.get("greeting")),
        ConfigurationKey::EmailSignature => {
            let map: Map<String, Value> = fields
                .0
                .iter()
                .filter_map(|(k, v)| k.strip_prefix("signature_").map(|l| (l.to_owned(), Value::String(v.clone()))))
                .filter(|(_, v)| v.as_str().is_some_and(|s| !s.trim().is_empty()))
                .collect();
            Value::Object(map)
        }
        ConfigurationKey::Languages => json!(fields.all("languages")),
        ConfigurationKey::VideoSessions => json!(on("video_sessions")),
        ConfigurationKey::Domain => json!(fields.get("domain")),
    }
}

/// Fills controls from what was posted, so a refused form keeps its input.
fn keep_posted(mut controls: Vec<Control>, fields: &Fields) -> Vec<Control> {
    for c in &mut controls {
        match c.kind {
            "checkbox" => c.checked = fields.0.iter().any(|(k, _)| *k == c.name),
            "checkboxes" => {
                let chosen = fields.all(&c.name);
                for o in &mut c.options {
                    o.selected = chosen.contains(&o.code);
                }
            }
            "select" | "radio" => {
                let chosen = fields.get(&c.name);
                for o in &mut c.options {
                    o.selected = o.code == chosen;
                }
            }
            _ => c.value = fields.get(&c.name),
        }
    }
    controls
}

/// The languages whose signature can be set: the default and those offered.
pub fn signature_languages(platform: &Platform, offered: &[Language]) -> Vec<Language> {
    let mut all = vec![platform.default_language];
    all.extend(offered.iter().copied().filter(|l| *l != platform.default_language));
    all
}

#[derive(Template)]
#[template(path = "settings/configuration.html")]
pub struct ConfigurationPage<'a> {
    pub t: &'a Tr,
    pub chrome: Chrome,
    pub back_href: String,
    pub back_label: String,
    pub title: String,
    pub description: String,
    pub state: String,
    pub editor: String,
    pub charge: String,
    pub error: Option<String>,
    pub facts: Vec<Fact>,
    pub availability_action: Option<String>,
    pub available: bool,
    pub note: String,
    pub value_action: Option<String>,
    pub controls: Vec<Control>,
    pub ask_service_desk: Option<String>,
    /// Inactivity: what the value shown would do, before it is saved.
    pub preview: Option<super::inactivity::PreviewView>,
    /// Inactivity: the form has a "show the effect" button.
    pub preview_button: bool,
}

pub struct PageParts {
    pub back_href: String,
    pub back_label: String,
    pub availability_action: Option<String>,
    pub value_action: Option<String>,
    /// What to tell the reader about a setting only the service desk
    /// changes (none on the console, where the reader is the service desk).
    pub ask_service_desk: Option<String>,
    /// A refused form, shown again with what was typed.
    pub posted: Option<Fields>,
    pub error: Option<String>,
}

/// Builds a configuration's page; `posted` and `error` re-show a refused form.
pub fn configuration_page<'a>(
    tr: &'a Tr,
    chrome: Chrome,
    platform: &Platform,
    view: &ConfigurationView,
    offered: &[Language],
    parts: PageParts,
) -> ConfigurationPage<'a> {
    let key = view.definition.key;
    let mut controls = controls(tr, &view.value, &signature_languages(platform, offered));
    if let Some(fields) = &parts.posted {
        controls = keep_posted(controls, fields);
    }
    ConfigurationPage {
        t: tr,
        chrome,
        back_href: parts.back_href,
        back_label: parts.back_label,
        title: title(tr, key),
        description: description(tr, key),
        state: state_text(tr, view),
        editor: tr.t(match view.definition.editor {
            Editor::ServiceDesk => "config-editor-service-desk",
            Editor::ApplicationManager => "config-editor-application-manager",
        }),
        charge: tr.t(match view.definition.charge {
            Charge::Free => "config-charge-free",
            Charge::WhenMadeAvailable => "config-charge-when-made-available",
            Charge::EveryChange => "config-charge-every-change",
        }),
        error: parts.error,
        facts: facts(tr, &view.value, platform),
        availability_action: parts.availability_action.filter(|_| view.availability_editable),
        available: view.available,
        note: view.note.clone().unwrap_or_default(),
        value_action: parts.value_action.filter(|_| view.editable),
        controls,
        ask_service_desk: parts.ask_service_desk.filter(|_| !view.editable),
        preview: None,
        preview_button: key == ConfigurationKey::InactivityDeactivation && view.editable,
    }
}

/// The inactivity preview for a value (the stored one, or one typed into
/// the form); `None` for other configurations or a value that does not parse.
pub async fn inactivity_preview(
    state: &AppState,
    caller: &Caller,
    platform: &Platform,
    tr: &Tr,
    value: &ConfigurationValue,
    with_form: bool,
) -> Result<Option<super::inactivity::PreviewView>, PageError> {
    let ConfigurationValue::InactivityDeactivation(rule) = value else { return Ok(None) };
    let preview = kalm_app::inactivity::preview(&state.kalm, caller, platform, rule).await.or_page(tr)?;
    Ok(Some(super::inactivity::view(tr, &preview, with_form)))
}

/// The message for a refused change, in the page's language.
pub fn refusal(tr: &Tr, err: &AppError) -> String {
    match err {
        AppError::Configuration(value_error) => tr.value_error(value_error),
        other => tr.error(other.code()),
    }
}

pub fn tiles(
    tr: &Tr,
    platform: &Platform,
    views: &[ConfigurationView],
    href: impl Fn(ConfigurationKey) -> String,
) -> Vec<Tile> {
    views
        .iter()
        .map(|v| Tile {
            href: href(v.definition.key),
            title: title(tr, v.definition.key),
            description: description(tr, v.definition.key),
            state: state_text(tr, v),
            available: v.available,
            facts: facts(tr, &v.value, platform),
        })
        .collect()
}

// ------------------------------------------------ application manager pages

#[derive(Template)]
#[template(path = "settings/settings.html")]
struct SettingsPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    tiles: Vec<Tile>,
}

fn caller(visit: &PlatformVisit) -> Option<&Caller> {
    visit.principal.as_ref().map(|p| p.caller())
}

pub async fn overview(
    State(state): State<AppState>,
    visit: PlatformVisit,
    axum::extract::Query(done): axum::extract::Query<Done>,
) -> Result<Response, PageError> {
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let views = configurations::overview(&state.kalm, caller, &visit.platform).await.or_page(tr)?;
    let tiles = tiles(tr, &visit.platform, &views, |k| format!("/settings/{}", k.code()));
    Ok(render(&SettingsPage {
        t: tr,
        chrome: Chrome::platform(&visit, "/settings").with_notice(tr, done.done.as_deref()),
        tiles,
    }))
}

async fn own_page(
    state: &AppState,
    visit: &PlatformVisit,
    key: &str,
    posted: Option<&Fields>,
    error: Option<String>,
) -> Result<Response, PageError> {
    let Some(caller) = caller(visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let key = ConfigurationKey::parse(key).map_err(|_| PageError::not_found(tr))?;
    let views = configurations::overview(&state.kalm, caller, &visit.platform).await.or_page(tr)?;
    let view = views.iter().find(|v| v.definition.key == key).ok_or_else(|| PageError::not_found(tr))?;
    let settings = kalm_app::settings::current(&state.kalm, &visit.platform).await.or_page(tr)?;
    let parts = PageParts {
        back_href: "/settings".into(),
        back_label: tr.t("settings-back"),
        availability_action: None,
        value_action: Some(format!("/settings/{}", key.code())),
        // With the service desk's address where the installation gives one.
        ask_service_desk: Some(match &state.config.service_desk_email {
            Some(address) => tr.t1("config-ask-service-desk-at", "address", address),
            None => tr.t("config-ask-service-desk"),
        }),
        posted: posted.cloned(),
        error,
    };
    let mut page = configuration_page(
        tr,
        Chrome::platform(visit, "/settings"),
        &visit.platform,
        view,
        &settings.languages.0,
        parts,
    );
    page.preview = inactivity_preview(state, caller, &visit.platform, tr, &view.value, view.editable).await?;
    Ok(render(&page))
}

pub async fn show(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    own_page(&state, &visit, &key, None, None).await
}

pub async fn save(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Path(key): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, PageError> {
    let Some(caller) = caller(&visit) else { return Ok(to_login()) };
    let tr = &visit.tr;
    let parsed = ConfigurationKey::parse(&key).map_err(|_| PageError::not_found(tr))?;
    let value = form_value(parsed, &fields);
    match configurations::set_value(&state.kalm, caller, &visit.platform, parsed, &value, None).await {
        Ok(_) => Ok(Redirect::to("/settings?done=configuration_saved").into_response()),
        Err(err) if err.is_internal() || matches!(err, AppError::Denied(_) | AppError::NotFound(_)) => {
            Err(PageError::new(&err, tr))
        }
        Err(err) => {
            let mut response = own_page(&state, &visit, &key, Some(&fields), Some(refusal(tr, &err))).await?;
            *response.status_mut() = status_of(&err);
            Ok(response)
        }
    }
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/settings", axum::routing::get(overview))
        .route("/settings/{key}", axum::routing::get(show).post(save))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        Fields(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
    }

    #[test]
    fn forms_become_the_values_the_domain_parses() {
        let v = form_value(
            ConfigurationKey::InactivityDeactivation,
            &fields(&[
                ("professionals_on", "on"),
                ("professionals_days", "365"),
                ("clients_days", "30"),
                ("warning_days", "14"),
            ]),
        );
        assert_eq!(v, json!({ "professionals": 365, "clients": null, "warning_days": 14 }));
        let v = form_value(
            ConfigurationKey::InactivityDeactivation,
            &fields(&[("clients_on", "on"), ("clients_days", "ten"), ("warning_days", "14")]),
        );
        let err = ConfigurationValue::parse(ConfigurationKey::InactivityDeactivation, &v).unwrap_err();
        assert_eq!(err.field, "clients");
        let v = form_value(
            ConfigurationKey::Emails,
            &fields(&[("switched_off", "new_message"), ("switched_off", "tool_assigned")]),
        );
        assert_eq!(v, json!({ "switched_off": ["new_message", "tool_assigned"] }));
        let v = form_value(
            ConfigurationKey::EmailSignature,
            &fields(&[("signature_nl", "Groet, {organisation_name}"), ("signature_en", " ")]),
        );
        assert_eq!(v, json!({ "nl": "Groet, {organisation_name}" }));
    }

    #[test]
    fn every_value_survives_a_round_trip_through_its_form() {
        let tr = Tr::new(Language::En);
        for key in ConfigurationKey::ALL.into_iter().filter(|k| k.edited_as_setting()) {
            let value = ConfigurationValue::default_for(key).unwrap();
            let controls = controls(&tr, &value, &[Language::En]);
            let mut posted = Vec::new();
            for c in &controls {
                match c.kind {
                    "checkbox" if c.checked => posted.push((c.name.clone(), "on".to_owned())),
                    "checkbox" => {}
                    "checkboxes" => {
                        posted.extend(c.options.iter().filter(|o| o.selected).map(|o| (c.name.clone(), o.code.clone())))
                    }
                    "select" | "radio" => {
                        posted.extend(c.options.iter().filter(|o| o.selected).map(|o| (c.name.clone(), o.code.clone())))
                    }
                    _ => posted.push((c.name.clone(), c.value.clone())),
                }
            }
            let json = form_value(key, &Fields(posted));
            assert_eq!(ConfigurationValue::parse(key, &json), Ok(value), "{key:?}");
        }
    }
}
