//! Two-factor authentication pages: the second login step (code, recovery
//! code), the set-up wizard, the recovery codes shown once, and the
//! person's own two-factor page with remembered devices.
//!
//! A login past its password reaches only these pages and logout: the
//! visit's `principal` stays empty until the second step is done, so every
//! other page sends the person back here through `/login`. The set-up
//! wizard serves both someone who must set up before anything else (a
//! pending login) and someone who chooses to from their account page.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use kalm_app::Entity;
use kalm_app::accounts::Account;
use kalm_app::auth::{self, LoginNext, Principal, SecondStepDone};
use kalm_app::two_factor::{self, AppSetup, Status};
use kalm_app::{AppError, Caller};
use kalm_domain::accounts::AccountType;
use kalm_domain::auth::two_factor::Method;
use kalm_domain::configurations::{RememberDevice, TwoFactorRule};
use kalm_domain::countries::Country;
use kalm_i18n::Tr;

use super::my_account::Back;
use super::{Choice, Chrome, Done, Fields, to_login};
use crate::AppState;
use crate::error::{PageError, render, status_of};
use crate::session::{PlatformVisit, set_cookie, set_device_cookie};

/// The person a set-up page is for: signed in, or a login that must set
/// two-factor up first.
struct SetupPerson {
    account: Account,
    caller: Caller,
    during_login: bool,
}

fn setup_person(visit: &PlatformVisit) -> Option<SetupPerson> {
    match (&visit.principal, &visit.pending) {
        (Some(Principal::Account { account, caller }), _) => {
            Some(SetupPerson { account: account.clone(), caller: caller.clone(), during_login: false })
        }
        (None, Some(p)) if p.next == LoginNext::SetUp => {
            Some(SetupPerson { account: p.account.clone(), caller: p.caller.clone(), during_login: true })
        }
        _ => None,
    }
}

/// Where a visitor goes when they may not be here: a pending login to its
/// second step, everyone else to the login page.
pub fn second_step_path(visit: &PlatformVisit) -> Option<&'static str> {
    match visit.pending.as_ref().map(|p| p.next) {
        Some(LoginNext::Code(_)) => Some("/login/code"),
        Some(LoginNext::SetUp) => Some("/two-factor/setup"),
        _ => None,
    }
}

fn elsewhere(visit: &PlatformVisit) -> Response {
    Redirect::to(second_step_path(visit).unwrap_or("/login")).into_response()
}

/// A second step sent with a session that is gone (the ten minutes passed):
/// back to the login page, saying why, with the stale cookie cleared.
fn login_expired(state: &AppState, visit: &PlatformVisit) -> Response {
    if visit.token.is_some() && visit.principal.is_none() && visit.pending.is_none() {
        let mut response = Redirect::to("/login?done=login_expired").into_response();
        response.headers_mut().insert(header::SET_COOKIE, crate::session::clear_cookie(&state.config));
        return response;
    }
    elsewhere(visit)
}

/// The text message with a code, in the page's language (the account
/// holder's, among those offered).
pub(crate) fn sms_wording(visit: &PlatformVisit) -> impl Fn(&str) -> String + Send + Sync + use<> {
    let tr = visit.tr.clone();
    let platform = visit.platform.name.as_str().to_owned();
    move |code: &str| tr.args("sms-code-text", &[("code", code.to_owned()), ("platform", platform.clone())])
}

fn error_text(tr: &Tr, err: &AppError) -> String {
    match err {
        AppError::LoginThrottled(until) => tr.t1("error-login-throttled-until", "time", &tr.datetime(until)),
        AppError::SmsLimit(until) => tr.t1("error-sms-limit-until", "time", &tr.datetime(until)),
        other => tr.error(other.code()),
    }
}

/// "Chrome · Linux" from a User-Agent: enough to recognise one's own
/// devices in a list, nothing more is kept.
pub fn browser_label(headers: &HeaderMap) -> String {
    let agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(mark, _)| agent.contains(mark))
    .map_or("?", |(_, name)| name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(mark, _)| agent.contains(mark))
    .map_or("?", |(_, name)| name);
    format!("{browser} · {system}")
}

/// A QR code as inline SVG, drawn here so no outside service ever sees the
/// secret it carries. Four modules of quiet zone, one path of dark squares.
pub fn qr_svg(text: &str, label: &str) -> String {
    use qrcodegen::{QrCode, QrCodeEcc};
    let Ok(qr) = QrCode::encode_text(text, QrCodeEcc::Medium) else { return String::new() };
    let border = 4;
    let size = qr.size() + border * 2;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" class=\"qr\" role=\"img\" \
         aria-label=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>",
        escape_attribute(label)
    )
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

// ---------------------------------------------------------------- login --

#[derive(Template)]
#[template(path = "two_factor/code.html")]
struct CodePage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    instruction: String,
    sms: bool,
    /// Professionals: "remember this device for 3 days", when the platform
    /// remembers devices at all.
    remember_label: Option<String>,
    /// Clients and friends choose the period themselves.
    remember_choices: Vec<Choice>,
    error: Option<String>,
}

fn code_page(visit: &PlatformVisit, error: Option<(String, StatusCode)>, notice: Option<&str>) -> Response {
    let Some(pending) = visit.pending.as_ref() else { return elsewhere(visit) };
    let LoginNext::Code(method) = pending.next else { return elsewhere(visit) };
    let tr = &visit.tr;
    let instruction = match method {
        Method::App => tr.t1("two-factor-code-app", "platform", visit.platform.name.as_str()),
        Method::Sms => tr.t("two-factor-code-sms"),
    };
    let policy = &visit.settings.two_factor;
    let (remember_label, remember_choices) = match pending.account.account_type {
        AccountType::Professional => match policy.remember_device {
            RememberDevice::Never => (None, Vec::new()),
            period => {
                (Some(tr.t1("two-factor-remember-for", "period", &tr.code("remember", period.code()))), Vec::new())
            }
        },
        AccountType::Client | AccountType::Friend => (
            None,
            RememberDevice::ALL
                .iter()
                .map(|p| Choice::new(p.code(), tr.code("remember", p.code()), *p == RememberDevice::Never))
                .collect(),
        ),
    };
    let mut response = render(&CodePage {
        t: tr,
        chrome: Chrome::platform(visit, "/login/code").with_notice(tr, notice),
        instruction,
        sms: method == Method::Sms,
        remember_label,
        remember_choices,
        error: error.as_ref().map(|(message, _)| message.clone()),
    });
    if let Some((_, status)) = error {
        *response.status_mut() = status;
    }
    response
}

fn shown(tr: &Tr, err: &AppError) -> Option<(String, StatusCode)> {
    Some((error_text(tr, err), status_of(err)))
}

pub async fn code_form(visit: PlatformVisit, Query(done): Query<Done>) -> Response {
    code_page(&visit, None, done.done.as_deref())
}

/// Renders where a password login goes next, as the login use case
/// decided it; the session cookie goes with every answer.
pub fn after_password(state: &AppState, visit: &PlatformVisit, login: auth::PlatformLogin) -> Response {
    let cookie = set_cookie(&state.config, &login.signed_in.token);
    let mut response = match login.step {
        auth::LoginStep::Home => Redirect::to("/").into_response(),
        auth::LoginStep::SetUp => Redirect::to("/two-factor/setup").into_response(),
        auth::LoginStep::Code { not_sent: None, .. } => Redirect::to("/login/code").into_response(),
        auth::LoginStep::Code { method, not_sent: Some(err) } => {
            // The text message could not go out: the code page says why
            // (with the time a new one can be sent) and offers a new code
            // or a recovery code.
            let Principal::Account { account, caller } = login.signed_in.principal else {
                return PageError::internal("operator in a platform login").into_response();
            };
            let pending = auth::Pending { account, caller, next: LoginNext::Code(method) };
            let visit = PlatformVisit { pending: Some(pending), ..visit.clone() };
            code_page(&visit, shown(&visit.tr, &err), None)
        }
    };
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    response
}

fn signed_in_response(state: &AppState, done: &SecondStepDone, to: &str) -> Response {
    let mut response = Redirect::to(to).into_response();
    response.headers_mut().append(header::SET_COOKIE, set_cookie(&state.config, &done.token));
    if let Some(device) = &done.device {
        response
            .headers_mut()
            .append(header::SET_COOKIE, set_device_cookie(&state.config, &device.token, device.lifetime));
    }
    response
}

pub async fn code_submit(
    State(state): State<AppState>,
    visit: PlatformVisit,
    headers: HeaderMap,
    Form(fields): Form<Fields>,
) -> Response {
    let (Some(token), Some(pending)) = (visit.token.as_deref(), visit.pending.as_ref()) else {
        return login_expired(&state, &visit);
    };
    let remember = match pending.account.account_type {
        AccountType::Professional => (fields.get("remember") == "on").then_some(RememberDevice::OneWeek),
        AccountType::Client | AccountType::Friend => RememberDevice::ALL
            .into_iter()
            .find(|p| p.code() == fields.get("remember"))
            .filter(|p| p.duration().is_some()),
    };
    let browser = browser_label(&headers);
    match auth::enter_code(
        &state.kalm,
        &visit.platform,
        token,
        &fields.get("code"),
        remember,
        &browser,
        visit.source.clone(),
    )
    .await
    {
        Ok(done) => signed_in_response(&state, &done, "/"),
        Err(AppError::LoginExpired) => Redirect::to("/login?done=login_expired").into_response(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => code_page(&visit, shown(&visit.tr, &err), None),
    }
}

pub async fn resend_login_code(State(state): State<AppState>, visit: PlatformVisit) -> Response {
    let Some(pending) = visit.pending.as_ref().filter(|p| p.next == LoginNext::Code(Method::Sms)) else {
        return elsewhere(&visit);
    };
    let wording = sms_wording(&visit);
    match two_factor::send_login_code(&state.kalm, &visit.platform, &pending.account, &wording, visit.source.clone())
        .await
    {
        Ok(()) => Redirect::to("/login/code?done=code_sent").into_response(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => code_page(&visit, shown(&visit.tr, &err), None),
    }
}

#[derive(Template)]
#[template(path = "two_factor/recovery.html")]
struct RecoveryPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    /// Whom to ask when the recovery codes are lost too.
    help: String,
    error: Option<String>,
}

/// Who can help someone who lost their phone and their recovery codes:
/// the source's reset rules, in words for the person asking.
fn lost_everything_help(tr: &Tr, visit: &PlatformVisit, account: &Account) -> String {
    let platform = visit.platform.name.as_str();
    let help = match account.account_type {
        AccountType::Professional if account.roles.contains(kalm_domain::accounts::Role::ApplicationManager) => {
            tr.t1("two-factor-help-manager", "platform", platform)
        }
        AccountType::Professional => tr.t1("two-factor-help-professional", "platform", platform),
        AccountType::Client => tr.t("two-factor-help-client"),
        AccountType::Friend => tr.t("two-factor-help-friend"),
    };
    match &visit.platform.contact_email {
        Some(address) => {
            let write = tr.args(
                "two-factor-help-contact",
                &[("platform", platform.to_owned()), ("address", address.as_str().to_owned())],
            );
            format!("{help} {write}")
        }
        None => help,
    }
}

fn recovery_page(visit: &PlatformVisit, error: Option<(String, axum::http::StatusCode)>) -> Response {
    let Some(pending) = visit.pending.as_ref().filter(|p| matches!(p.next, LoginNext::Code(_))) else {
        return elsewhere(visit);
    };
    let tr = &visit.tr;
    let status = error.as_ref().map(|(_, status)| *status);
    let mut response = render(&RecoveryPage {
        t: tr,
        chrome: Chrome::platform(visit, "/login/recovery"),
        help: lost_everything_help(tr, visit, &pending.account),
        error: error.map(|(message, _)| message),
    });
    if let Some(status) = status {
        *response.status_mut() = status;
    }
    response
}

pub async fn recovery_form(visit: PlatformVisit) -> Response {
    recovery_page(&visit, None)
}

#[derive(Template)]
#[template(path = "two_factor/recovered.html")]
struct RecoveredPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    codes_left: String,
    setup_offered: bool,
}

pub async fn recovery_submit(
    State(state): State<AppState>,
    visit: PlatformVisit,
    Form(fields): Form<Fields>,
) -> Response {
    let (Some(token), Some(pending)) = (visit.token.as_deref(), visit.pending.as_ref()) else {
        return login_expired(&state, &visit);
    };
    let account_type = pending.account.account_type;
    match auth::enter_recovery_code(&state.kalm, &visit.platform, token, &fields.get("code"), visit.source.clone())
        .await
    {
        Ok(done) => {
            let tr = &visit.tr;
            let left = done.recovery_codes_left.unwrap_or_default();
            let rule = kalm_domain::auth::two_factor::rule_for(&visit.settings.two_factor, account_type);
            let mut chrome = Chrome::bare(tr);
            chrome.site_name = visit.platform.name.as_str().to_owned();
            let mut response = render(&RecoveredPage {
                t: tr,
                chrome,
                codes_left: tr.n("two-factor-codes-left", "count", left),
                setup_offered: rule != TwoFactorRule::Off,
            });
            response.headers_mut().append(header::SET_COOKIE, set_cookie(&state.config, &done.token));
            response
        }
        Err(AppError::LoginExpired) => Redirect::to("/login?done=login_expired").into_response(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(AppError::TwoFactorCodeWrong) => {
            recovery_page(&visit, Some((visit.tr.t("error-recovery-code-wrong"), StatusCode::UNPROCESSABLE_ENTITY)))
        }
        Err(err) => recovery_page(&visit, Some((error_text(&visit.tr, &err), status_of(&err)))),
    }
}

// --------------------------------------------------------------- set-up --

#[derive(Template)]
#[template(path = "two_factor/setup.html")]
struct SetupPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    /// 1: why, 2: what you need, 3: app or text message, 4: connect the
    /// app, 5: phone number, 6: code from the text message, 7: the number
    /// read back before the first code is sent.
    step: u8,
    step_text: String,
    required_text: Option<String>,
    sms_offered: bool,
    during_login: bool,
    qr: String,
    manual_key: String,
    /// The key as an `otpauth://` link: on a phone, the QR code cannot be
    /// scanned by the phone showing it.
    otpauth: String,
    phone: String,
    /// The countries a number can be from; the chosen one (or the
    /// platform's) selected.
    country_options: Vec<Choice>,
    /// The country chosen, sent along with the number read back.
    country: String,
    /// The number in international form, grouped for reading back.
    phone_readable: String,
    phone_hint: String,
    sms_sent_text: String,
    error: Option<String>,
}

impl<'a> SetupPage<'a> {
    fn new(visit: &'a PlatformVisit, state: &AppState, person: &SetupPerson, step: u8) -> SetupPage<'a> {
        let tr = &visit.tr;
        let rule = kalm_domain::auth::two_factor::rule_for(&visit.settings.two_factor, person.account.account_type);
        let shown_step = step.min(3);
        let mut chrome = Chrome::platform(visit, "/two-factor/setup");
        if person.during_login {
            chrome.nav.clear();
        }
        SetupPage {
            t: tr,
            chrome,
            step,
            step_text: tr.args("two-factor-step", &[("step", shown_step.to_string()), ("steps", "3".to_owned())]),
            required_text: (rule == TwoFactorRule::Required)
                .then(|| tr.t1("two-factor-setup-required", "platform", visit.platform.name.as_str())),
            sms_offered: state.kalm.sms.is_some(),
            during_login: person.during_login,
            qr: String::new(),
            manual_key: String::new(),
            otpauth: String::new(),
            phone: String::new(),
            country_options: super::chrome::country_choices(tr, Some(visit.platform.country)),
            country: visit.platform.country.code().to_owned(),
            phone_readable: String::new(),
            phone_hint: tr.t1("two-factor-phone-hint", "example", phone_example(visit.platform.country)),
            sms_sent_text: String::new(),
            error: None,
        }
    }
}

/// A mobile number as people in the country write it (fictional or from
/// the ranges regulators reserve for examples where there are any).
fn phone_example(country: Country) -> &'static str {
    match country {
        Country::Nl => "06 12345678",
        Country::Be => "0470 12 34 56",
        Country::Gb => "07700 900123",
        Country::Ie => "085 123 4567",
        Country::De => "0151 23456789",
        Country::At => "0664 1234567",
        Country::Ch => "078 123 45 67",
        Country::Lu => "621 123 456",
        Country::Dk => "20 12 34 56",
        Country::Es => "612 345 678",
        Country::Fr => "06 12 34 56 78",
        Country::Hu => "06 30 123 4567",
        Country::Pl => "512 345 678",
    }
}

fn with_status(mut response: Response, err: Option<&AppError>) -> Response {
    if let Some(err) = err {
        *response.status_mut() = status_of(err);
    }
    response
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct StepQuery {
    pub step: Option<u8>,
    /// A notice to show (after the password was confirmed).
    pub done: Option<String>,
}

pub async fn setup_form(State(state): State<AppState>, visit: PlatformVisit, Query(q): Query<StepQuery>) -> Response {
    let Some(person) = setup_person(&visit) else { return elsewhere(&visit) };
    let rule = kalm_domain::auth::two_factor::rule_for(&visit.settings.two_factor, person.account.account_type);
    if rule == TwoFactorRule::Off {
        return PageError::new(&AppError::TwoFactorOff, &visit.tr)
            .in_chrome(Chrome::platform(&visit, "/account"))
            .into_response();
    }
    // Signed in already (not in the middle of a login): a new second factor
    // outlasts this session, so the password comes first.
    if !person.during_login && confirmed(&state, &visit, &person).await.is_err() {
        return Back::TwoFactorSetUp.confirm_first();
    }
    let step = q.step.unwrap_or(1).clamp(1, 3);
    let mut page = SetupPage::new(&visit, &state, &person, step);
    page.chrome = page.chrome.with_notice(&visit.tr, q.done.as_deref());
    render(&page)
}

async fn confirmed(
    state: &AppState,
    visit: &PlatformVisit,
    person: &SetupPerson,
) -> Result<kalm_app::auth::Confirmed, AppError> {
    kalm_app::auth::confirmation(&state.kalm, visit.token.as_deref().unwrap_or_default(), &person.caller).await
}

pub async fn setup_choose(State(state): State<AppState>, visit: PlatformVisit, Form(fields): Form<Fields>) -> Response {
    let Some(person) = setup_person(&visit) else { return elsewhere(&visit) };
    match fields.get("method").as_str() {
        "app" => {
            let began = match confirmed(&state, &visit, &person).await {
                Ok(c) => two_factor::begin_app_setup(&state.kalm, &person.caller, &visit.platform, &c).await,
                Err(err) => Err(err),
            };
            match began {
                Ok(_) => Redirect::to("/two-factor/setup/app").into_response(),
                Err(AppError::PasswordConfirmationRequired) => Back::TwoFactorSetUp.confirm_first(),
                Err(err) => setup_error(&visit, &state, &person, 3, &err),
            }
        }
        "sms" if state.kalm.sms.is_some() => Redirect::to("/two-factor/setup/sms").into_response(),
        _ => {
            let mut page = SetupPage::new(&visit, &state, &person, 3);
            page.error = Some(visit.tr.t("error-choose-method"));
            let mut response = render(&page);
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
    }
}

fn setup_error(visit: &PlatformVisit, state: &AppState, person: &SetupPerson, step: u8, err: &AppError) -> Response {
    if err.is_internal() {
        return PageError::new(err, &visit.tr).into_response();
    }
    let mut page = SetupPage::new(visit, state, person, step);
    page.error = Some(error_text(&visit.tr, err));
    with_status(render(&page), Some(err))
}

async fn app_page(visit: &PlatformVisit, state: &AppState, person: &SetupPerson, error: Option<&AppError>) -> Response {
    let setup: Option<AppSetup> =
        match two_factor::app_setup_in_progress(&state.kalm, &person.caller, &visit.platform).await {
            Ok(setup) => setup,
            Err(err) => return PageError::new(&err, &visit.tr).into_response(),
        };
    let Some(setup) = setup else { return Redirect::to("/two-factor/setup?step=3").into_response() };
    let mut page = SetupPage::new(visit, state, person, 4);
    page.qr = qr_svg(&setup.otpauth_uri, &visit.tr.t("two-factor-qr-label"));
    page.manual_key = setup.manual_key;
    page.otpauth = setup.otpauth_uri.clone();
    page.error = error.map(|e| error_text(&visit.tr, e));
    with_status(render(&page), error)
}

pub async fn app_form(State(state): State<AppState>, visit: PlatformVisit) -> Response {
    let Some(person) = setup_person(&visit) else { return elsewhere(&visit) };
    app_page(&visit, &state, &person, None).await
}

pub async fn sms_form(State(state): State<AppState>, visit: PlatformVisit) -> Response {
    let Some(person) = setup_person(&visit) else { return elsewhere(&visit) };
    render(&SetupPage::new(&visit, &state, &person, 5))
}

/// The phone number step. A number is read in the country chosen with it,
/// then read back in international form; only a number the person has seen
/// that way (`confirmed=yes`) gets a code. A wrong country would otherwise
/// send codes to a stranger while the page only ever shows the last digits.
pub async fn sms_submit(State(state): State<AppState>, visit: PlatformVisit, Form(fields): Form<Fields>) -> Response {
    let Some(person) = setup_person(&visit) else { return elsewhere(&visit) };
    let wording = sms_wording(&visit);
    let typed = fields.get("phone");
    let typed_country = fields.get("country");
    let number_page = |err: &AppError| {
        let mut page = SetupPage::new(&visit, &state, &person, 5);
        page.phone = typed.clone();
        if let Ok(country) = Country::parse(&typed_country) {
            page.country_options = super::chrome::country_choices(&visit.tr, Some(country));
            page.phone_hint = visit.tr.t1("two-factor-phone-hint", "example", phone_example(country));
        }
        page.error = Some(error_text(&visit.tr, err));
        with_status(render(&page), Some(err))
    };
    let phone = match two_factor::read_phone(&visit.platform, &typed_country, &typed) {
        Ok(phone) => phone,
        Err(err) => return number_page(&err),
    };
    if !super::forms::confirmed(&fields) {
        let mut page = SetupPage::new(&visit, &state, &person, 7);
        page.phone = typed;
        page.country = typed_country;
        page.phone_readable = phone.readable();
        return render(&page);
    }
    let began = match confirmed(&state, &visit, &person).await {
        Ok(c) => two_factor::begin_sms_setup(&state.kalm, &person.caller, &visit.platform, &phone, &wording, &c).await,
        Err(err) => Err(err),
    };
    match began {
        Ok(_) => Redirect::to("/two-factor/setup/sms/code").into_response(),
        Err(AppError::PasswordConfirmationRequired) => Back::TwoFactorSetUp.confirm_first(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => number_page(&err),
    }
}

/// Back from the number read back to the number step, with the number and
/// country as typed (posted, so the number stays out of addresses and logs).
pub async fn sms_change(State(state): State<AppState>, visit: PlatformVisit, Form(fields): Form<Fields>) -> Response {
    let Some(person) = setup_person(&visit) else { return elsewhere(&visit) };
    let mut page = SetupPage::new(&visit, &state, &person, 5);
    page.phone = fields.get("phone");
    if let Ok(country) = Country::parse(&fields.get("country")) {
        page.country_options = super::chrome::country_choices(&visit.tr, Some(country));
        page.phone_hint = visit.tr.t1("two-factor-phone-hint", "example", phone_example(country));
    }
    render(&page)
}

async fn sms_code_page(
    visit: &PlatformVisit,
    state: &AppState,
    person: &SetupPerson,
    error: Option<&AppError>,
    notice: Option<&str>,
) -> Response {
    let phone = match two_factor::sms_setup_in_progress(&state.kalm, &person.caller).await {
        Ok(phone) => phone,
        Err(err) => return PageError::new(&err, &visit.tr).into_response(),
    };
    let Some(phone) = phone else { return Redirect::to("/two-factor/setup/sms").into_response() };
    let mut page = SetupPage::new(visit, state, person, 6);
    page.sms_sent_text = visit.tr.t1("two-factor-setup-sms-sent", "digits", phone.last_digits());
    page.error = error.map(|e| error_text(&visit.tr, e));
    page.chrome = page.chrome.with_notice(&visit.tr, notice);
    with_status(render(&page), error)
}

pub async fn sms_code_form(State(state): State<AppState>, visit: PlatformVisit, Query(done): Query<Done>) -> Response {
    let Some(person) = setup_person(&visit) else { return elsewhere(&visit) };
    sms_code_page(&visit, &state, &person, None, done.done.as_deref()).await
}

pub async fn sms_resend(State(state): State<AppState>, visit: PlatformVisit) -> Response {
    let Some(person) = setup_person(&visit) else { return elsewhere(&visit) };
    let wording = sms_wording(&visit);
    match two_factor::resend_setup_code(&state.kalm, &person.caller, &visit.platform, &wording).await {
        Ok(()) => Redirect::to("/two-factor/setup/sms/code?done=code_sent").into_response(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => sms_code_page(&visit, &state, &person, Some(&err), None).await,
    }
}

/// Confirms the set-up with its first code (app or text message) and shows
/// the recovery codes, once. A login that had to set up is signed in by the
/// same transaction.
pub async fn confirm(State(state): State<AppState>, visit: PlatformVisit, Form(fields): Form<Fields>) -> Response {
    let Some(person) = setup_person(&visit) else { return login_expired(&state, &visit) };
    let by_sms = fields.get("method") == "sms";
    let code = fields.get("code");
    let result = match (person.during_login, visit.token.as_deref()) {
        (true, Some(token)) => {
            auth::finish_setup_login(&state.kalm, &visit.platform, token, &code, visit.source.clone())
                .await
                .map(|(codes, token)| (codes, Some(token)))
        }
        (true, None) => return to_login(),
        (false, _) => {
            two_factor::confirm_setup(&state.kalm, &person.caller, &visit.platform, &code).await.map(|c| (c, None))
        }
    };
    let (codes, new_session) = match result {
        Ok(done) => done,
        Err(AppError::LoginExpired) => return Redirect::to("/login?done=login_expired").into_response(),
        Err(err) if err.is_internal() => return PageError::new(&err, &visit.tr).into_response(),
        Err(err) if by_sms => return sms_code_page(&visit, &state, &person, Some(&err), None).await,
        Err(err) => return app_page(&visit, &state, &person, Some(&err)).await,
    };
    let next = if person.during_login { "/" } else { "/account/two-factor" };
    let mut response = codes_page(&visit, &person.account, &codes, next, true);
    if let Some(token) = new_session {
        response.headers_mut().append(header::SET_COOKIE, set_cookie(&state.config, &token));
    }
    response
}

#[derive(Template)]
#[template(path = "two_factor/recovery_codes.html")]
struct CodesPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    intro: String,
    codes: Vec<String>,
    download_href: String,
    next: &'static str,
    /// The notice after "I have saved them": only for a new set-up.
    done: &'static str,
}

fn codes_page(
    visit: &PlatformVisit,
    account: &Account,
    codes: &[String],
    next: &'static str,
    new_set_up: bool,
) -> Response {
    let tr = &visit.tr;
    let heading = tr.args(
        "recovery-codes-file-heading",
        &[("platform", visit.platform.name.as_str().to_owned()), ("email", account.email.as_str().to_owned())],
    );
    let text = format!("{heading}\r\n\r\n{}\r\n", codes.join("\r\n"));
    let download_href = format!("data:text/plain;charset=utf-8,{}", percent_encode(&text));
    let mut chrome = Chrome::bare(tr);
    chrome.site_name = visit.platform.name.as_str().to_owned();
    render(&CodesPage {
        t: tr,
        chrome,
        intro: tr.t(if new_set_up { "recovery-codes-intro-new" } else { "recovery-codes-intro-renewed" }),
        codes: codes.to_vec(),
        download_href,
        next,
        done: if new_set_up { "two_factor_on" } else { "" },
    })
}

pub(crate) fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// "I have saved my codes": on to where the person was going.
pub async fn codes_saved(visit: PlatformVisit, Form(fields): Form<Fields>) -> Response {
    if visit.principal.is_none() {
        return elsewhere(&visit);
    }
    // A new set-up says so; new recovery codes need no notice.
    let next = match (fields.get("next").as_str(), fields.get("done") == "two_factor_on") {
        ("/", _) => "/?done=two_factor_on",
        (_, true) => "/account/two-factor?done=two_factor_on",
        _ => "/account/two-factor",
    };
    Redirect::to(next).into_response()
}

// --------------------------------------------------------- own settings --

pub struct DeviceRow {
    pub id: String,
    pub browser: String,
    pub first_used: String,
    pub last_used: String,
    pub until: String,
}

#[derive(Template)]
#[template(path = "two_factor/overview.html")]
struct OwnPage<'a> {
    t: &'a Tr,
    chrome: Chrome,
    status_text: String,
    rule_text: String,
    set_up: bool,
    setup_offered: bool,
    /// Set up, and optional for this account: its owner may switch it off.
    may_switch_off: bool,
    codes_left: String,
    waiver_text: Option<String>,
    devices: Vec<DeviceRow>,
    error: Option<String>,
}

pub fn status_text(tr: &Tr, status: &Status) -> String {
    match (status.method, &status.set_up_at) {
        (Some(Method::App), Some(at)) => tr.t1("two-factor-status-app", "date", &tr.datetime(at)),
        (Some(Method::Sms), Some(at)) => tr.args(
            "two-factor-status-sms",
            &[("date", tr.datetime(at)), ("digits", status.phone_last_digits.clone().unwrap_or_default())],
        ),
        _ => tr.t("two-factor-status-off"),
    }
}

/// `status_text` for someone else's account: "the phone number", not
/// "your phone number".
pub fn status_text_of_other(tr: &Tr, status: &Status) -> String {
    match (status.method, &status.set_up_at) {
        (Some(Method::Sms), Some(at)) => tr.args(
            "account-two-factor-status-sms",
            &[("date", tr.datetime(at)), ("digits", status.phone_last_digits.clone().unwrap_or_default())],
        ),
        _ => status_text(tr, status),
    }
}

async fn own_page(state: &AppState, visit: &PlatformVisit, notice: Option<&str>, error: Option<&AppError>) -> Response {
    let Some(Principal::Account { caller, .. }) = &visit.principal else { return elsewhere(visit) };
    let tr = &visit.tr;
    let status = match two_factor::own_status(&state.kalm, caller, &visit.platform).await {
        Ok(s) => s,
        Err(err) => return PageError::new(&err, tr).into_response(),
    };
    let devices = match two_factor::devices(&state.kalm, caller).await {
        Ok(d) => d,
        Err(err) => return PageError::new(&err, tr).into_response(),
    };
    let rule_text = match status.rule {
        TwoFactorRule::Required => tr.t1("two-factor-rule-required", "platform", visit.platform.name.as_str()),
        TwoFactorRule::Optional if status.method.is_some() => tr.t("two-factor-rule-optional-on"),
        TwoFactorRule::Optional => tr.t("two-factor-rule-optional"),
        TwoFactorRule::Off => tr.t("two-factor-rule-off"),
    };
    let page = OwnPage {
        t: tr,
        chrome: Chrome::platform(visit, "/account").with_notice(tr, notice),
        status_text: status_text(tr, &status),
        rule_text,
        set_up: status.method.is_some(),
        setup_offered: status.rule != TwoFactorRule::Off,
        may_switch_off: status.method.is_some() && status.rule != TwoFactorRule::Required,
        codes_left: tr.n("two-factor-codes-left", "count", status.recovery_codes_left),
        waiver_text: status.waiver.as_ref().map(|w| tr.t1("two-factor-waiver-own", "date", &tr.datetime(&w.ends_at))),
        devices: devices
            .iter()
            .map(|d| DeviceRow {
                id: d.id.to_string(),
                browser: d.browser.clone(),
                first_used: tr.datetime(&d.created_at),
                last_used: tr.datetime(&d.last_used_at),
                until: tr.datetime(&d.expires_at),
            })
            .collect(),
        error: error.map(|e| error_text(tr, e)),
    };
    with_status(render(&page), error)
}

pub async fn own(State(state): State<AppState>, visit: PlatformVisit, Query(done): Query<Done>) -> Response {
    own_page(&state, &visit, done.done.as_deref(), None).await
}

pub async fn renew_codes(State(state): State<AppState>, visit: PlatformVisit) -> Response {
    let Some(Principal::Account { account, caller }) = &visit.principal else { return elsewhere(&visit) };
    let token = visit.token.as_deref().unwrap_or_default();
    let renewed = match kalm_app::auth::confirmation(&state.kalm, token, caller).await {
        Ok(c) => two_factor::renew_recovery_codes(&state.kalm, caller, &visit.platform, &c).await,
        Err(err) => Err(err),
    };
    match renewed {
        Ok(codes) => codes_page(&visit, account, &codes, "/account/two-factor", false),
        Err(AppError::PasswordConfirmationRequired) => Back::TwoFactor.confirm_first(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => own_page(&state, &visit, None, Some(&err)).await,
    }
}

/// `POST /account/two-factor/off`: the owner switches off their optional
/// two-factor, after confirming their password.
pub async fn switch_off(State(state): State<AppState>, visit: PlatformVisit) -> Response {
    let Some(Principal::Account { caller, .. }) = &visit.principal else { return elsewhere(&visit) };
    let token = visit.token.as_deref().unwrap_or_default();
    let switched = match kalm_app::auth::confirmation(&state.kalm, token, caller).await {
        Ok(c) => two_factor::switch_off_own(&state.kalm, caller, &visit.platform, &c).await,
        Err(err) => Err(err),
    };
    match switched {
        Ok(()) => Redirect::to("/account/two-factor?done=two_factor_off").into_response(),
        Err(AppError::PasswordConfirmationRequired) => Back::TwoFactor.confirm_first(),
        Err(err) if err.is_internal() => PageError::new(&err, &visit.tr).into_response(),
        Err(err) => own_page(&state, &visit, None, Some(&err)).await,
    }
}

pub async fn revoke_device(State(state): State<AppState>, visit: PlatformVisit, Path(id): Path<String>) -> Response {
    let Some(Principal::Account { caller, .. }) = &visit.principal else { return elsewhere(&visit) };
    let Ok(id) = uuid::Uuid::parse_str(&id) else {
        return PageError::new(&AppError::NotFound(Entity::RememberedDevice), &visit.tr).into_response();
    };
    match two_factor::revoke_device(&state.kalm, caller, &visit.platform, id).await {
        Ok(()) => Redirect::to("/account/two-factor?done=device_revoked").into_response(),
        Err(err) => PageError::new(&err, &visit.tr).in_chrome(Chrome::platform(&visit, "/account")).into_response(),
    }
}

/// This module's pages on a platform's host.
pub(super) fn platform_routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/login/code", axum::routing::get(code_form).post(code_submit))
        .route("/login/code/resend", axum::routing::post(resend_login_code).merge(super::forms::page_of("/login/code")))
        .route("/login/recovery", axum::routing::get(recovery_form).post(recovery_submit))
        .route("/two-factor/setup", axum::routing::get(setup_form).post(setup_choose))
        .route("/two-factor/setup/app", axum::routing::get(app_form))
        .route("/two-factor/setup/sms", axum::routing::get(sms_form).post(sms_submit))
        .route("/two-factor/setup/sms/code", axum::routing::get(sms_code_form))
        .route(
            "/two-factor/setup/sms/change",
            axum::routing::post(sms_change).merge(super::forms::page_of("/two-factor/setup/sms")),
        )
        .route(
            "/two-factor/setup/sms/resend",
            axum::routing::post(sms_resend).merge(super::forms::page_of("/two-factor/setup/sms/code")),
        )
        .route(
            "/two-factor/setup/confirm",
            axum::routing::post(confirm).merge(super::forms::page_of("/two-factor/setup")),
        )
        .route("/two-factor/saved", axum::routing::post(codes_saved).merge(super::forms::page_of("/")))
        .route("/account/two-factor", axum::routing::get(own))
        .route(
            "/account/two-factor/recovery-codes",
            axum::routing::post(renew_codes).merge(super::forms::page_of("/account/two-factor")),
        )
        .route(
            "/account/two-factor/off",
            axum::routing::post(switch_off).merge(super::forms::page_of("/account/two-factor")),
        )
        .route(
            "/account/two-factor/devices/{id}/revoke",
            axum::routing::post(revoke_device).merge(super::forms::page_of("/account/two-factor")),
        )
}
