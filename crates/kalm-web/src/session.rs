//! The session cookie and the extractors that turn it into a visitor.
//!
//! The cookie holds only a random token; the session itself (who, since
//! when, last seen) is a database row keyed by the token's digest, so logout
//! and deactivation end it everywhere at once. No `Domain` attribute: each
//! platform's cookie stays on that platform's host. With an https public URL
//! the cookie is `Secure` and `__Host-` prefixed.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use kalm_app::auth::{self, CachedVisit, Pending, Principal, Visitor};
use kalm_app::operators;
use kalm_app::platforms::Platform;
use kalm_domain::languages::Language;
use kalm_i18n::{TRANSLATED, Tr, page_language, platform_language};

use crate::error::PageError;
use crate::tenant::Unconfirmed;
use crate::{AppState, Source, WebConfig};

/// The cookie that keeps the language chosen before login.
pub const LANGUAGE_COOKIE: &str = "kalm_lang";

pub fn cookie_name(config: &WebConfig) -> &'static str {
    if config.secure_cookies { "__Host-kalm_session" } else { "kalm_session" }
}

pub fn read_token(headers: &HeaderMap, config: &WebConfig) -> Option<String> {
    let name = cookie_name(config);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// What the `Authorization` header says about the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Authorization {
    /// No header: the session cookie, if any, decides.
    Absent,
    /// `Bearer <token>`: an operator API token, the only scheme Kalm honours.
    Bearer(String),
    /// Any other scheme (`Basic` from a password-protected proxy, which
    /// browsers then add to every request by themselves, including
    /// cross-site ones). Not honoured, and it also rules out the cookie:
    /// such a request is anonymous, so it cannot ride on a session.
    Other,
}

pub fn authorization(headers: &HeaderMap) -> Authorization {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Authorization::Absent;
    };
    let Ok(text) = value.to_str() else {
        return Authorization::Other;
    };
    // The scheme is case-insensitive (RFC 9110, 11.1).
    match text.split_once(' ') {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() => {
            Authorization::Bearer(token.trim().to_owned())
        }
        _ => Authorization::Other,
    }
}

pub fn set_cookie(config: &WebConfig, token: &str) -> HeaderValue {
    let secure = if config.secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{}={token}; Path=/; HttpOnly; SameSite=Lax{secure}", cookie_name(config)))
        .unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub fn clear_cookie(config: &WebConfig) -> HeaderValue {
    let secure = if config.secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}", cookie_name(config)))
        .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The remembered-device cookie: a random token, stored only as a digest,
/// that lets this browser skip the code until it expires.
pub fn device_cookie_name(config: &WebConfig) -> &'static str {
    if config.secure_cookies { "__Host-kalm_device" } else { "kalm_device" }
}

pub fn read_device_token(headers: &HeaderMap, config: &WebConfig) -> Option<String> {
    cookie(headers, device_cookie_name(config)).filter(|v| !v.is_empty() && v.len() <= 128)
}

pub fn set_device_cookie(config: &WebConfig, token: &str, lifetime: chrono::Duration) -> HeaderValue {
    let secure = if config.secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        device_cookie_name(config),
        lifetime.num_seconds()
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn source(parts: &Parts) -> Option<String> {
    parts.extensions.get::<Source>().and_then(|s| s.0.clone())
}

/// A request on a platform's host: the platform, and who is signed in.
#[derive(Debug, Clone)]
pub struct PlatformVisit {
    pub platform: Platform,
    pub principal: Option<Principal>,
    /// A login past its password, waiting for its second step: it reaches
    /// only the second-step pages and logout, never `principal`.
    pub pending: Option<Pending>,
    /// The session token, when the visitor came with a session cookie.
    pub token: Option<String>,
    pub source: Option<String>,
    pub tr: Tr,
    /// Signed in through an `Authorization` header rather than a cookie.
    pub by_bearer: bool,
    /// The platform's settings in effect.
    pub settings: std::sync::Arc<kalm_domain::configurations::Settings>,
    /// The languages offered here, the platform's default first.
    pub offered: Vec<Language>,
    /// The language chosen with the switcher before login, if any.
    pub chosen: Option<Language>,
}

/// The language chosen with the switcher, if it is offered.
pub fn cookie_language(visit: &PlatformVisit) -> Option<Language> {
    visit.chosen.filter(|l| visit.offered.contains(l))
}

impl PlatformVisit {
    /// This visit in the language of a flow that began in an e-mail (an
    /// invitation, a password reset, both written in the account's
    /// language): a choice made with the switcher wins, then the flow's.
    pub fn in_language_of(&self, flow: Language) -> PlatformVisit {
        let chosen = cookie_language(self);
        let mut visit = self.clone();
        visit.tr = Tr::new(platform_language(&self.offered, None, chosen.or(Some(flow)), None)).in_zone(self.tr.zone);
        visit
    }
}

/// A cookie's value by name.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

impl FromRequestParts<AppState> for PlatformVisit {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let mut platform = parts
            .extensions
            .get::<Platform>()
            .cloned()
            .ok_or_else(|| PageError::internal("platform missing from request"))?;
        // A platform from this node's cache counts only once the session's
        // own statement confirms it; otherwise it is read afresh.
        let unconfirmed = parts.extensions.get::<Unconfirmed>().cloned();
        let afresh = async |host: &Unconfirmed| -> Result<Platform, PageError> {
            kalm_app::platforms::by_domain(&state.kalm, &host.0)
                .await?
                .ok_or_else(|| PageError::not_found(&Tr::new(Language::En)))
        };
        let mut confirmed = unconfirmed.is_none();
        let source = source(parts);
        let mut token = None;
        let mut by_bearer = false;
        let mut pending = None;
        let principal = match authorization(&parts.headers) {
            Authorization::Bearer(bearer) => {
                by_bearer = true;
                operators::authenticate_token(&state.kalm, &bearer, source.clone()).await?
            }
            Authorization::Other => None,
            Authorization::Absent => match read_token(&parts.headers, &state.config) {
                Some(t) => {
                    let found = match &unconfirmed {
                        Some(host) => match auth::visit_on_cached(&state.kalm, &t, &platform, source.clone()).await? {
                            CachedVisit::Confirmed(found) => found.map(|visitor| *visitor),
                            CachedVisit::Unconfirmed => {
                                platform = afresh(host).await?;
                                auth::visit(&state.kalm, &t, Some(platform.id), source.clone()).await?
                            }
                        },
                        None => auth::visit(&state.kalm, &t, Some(platform.id), source.clone()).await?,
                    };
                    confirmed = true;
                    token = Some(t);
                    match found {
                        Some(Visitor::Signed(principal)) => Some(principal),
                        Some(Visitor::Pending(p)) => {
                            pending = Some(p);
                            None
                        }
                        None => None,
                    }
                }
                None => None,
            },
        };
        if let (false, Some(host)) = (confirmed, &unconfirmed) {
            platform = afresh(host).await?;
        }
        // A login waiting for its second step stays in the language its
        // first step was shown in (and its text message was written in);
        // the account's own language takes over once the person is in.
        let (own_language, own_zone) = match &principal {
            Some(Principal::Account { account, .. }) => (Some(account.language), account.time_zone),
            _ => (None, None),
        };
        let settings = kalm_app::settings::current(&state.kalm, &platform).await?;
        let offered = settings.offered_languages(platform.default_language);
        let chosen = cookie(&parts.headers, LANGUAGE_COOKIE).and_then(|c| Language::parse(&c).ok());
        let accept = parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        // Times on the person's own clock if they chose one, else on the
        // platform's: where its people are.
        let tr = Tr::new(platform_language(&offered, own_language, chosen, accept))
            .in_zone(own_zone.unwrap_or(platform.time_zone));
        Ok(PlatformVisit { platform, principal, pending, token, source, tr, by_bearer, settings, offered, chosen })
    }
}

/// A request on the operator console's host.
#[derive(Debug, Clone)]
pub struct AdminVisit {
    pub principal: Option<Principal>,
    /// An operator's login past its password, waiting for its second step
    /// (a code, or setting the authenticator up): it reaches only those
    /// pages and logout, never `principal`.
    pub pending: Option<kalm_app::operator_two_factor::OperatorPending>,
    pub token: Option<String>,
    pub source: Option<String>,
    pub tr: Tr,
}

impl FromRequestParts<AppState> for AdminVisit {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let source = source(parts);
        let mut token = None;
        let mut pending = None;
        let principal = match authorization(&parts.headers) {
            Authorization::Bearer(bearer) => {
                operators::authenticate_token(&state.kalm, &bearer, source.clone()).await?
            }
            Authorization::Other => None,
            Authorization::Absent => match read_token(&parts.headers, &state.config) {
                Some(t) => {
                    let found = auth::authenticate(&state.kalm, &t, None, source.clone()).await?;
                    if found.is_none() {
                        pending = kalm_app::operator_two_factor::pending(&state.kalm, &t, source.clone()).await?;
                    }
                    token = Some(t);
                    found
                }
                None => None,
            },
        };
        let accepted = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| Language::negotiate(v, &TRANSLATED));
        let tr = Tr::new(page_language(&[accepted, Some(Language::En)]));
        Ok(AdminVisit { principal, pending, token, source, tr })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kalm_domain::platforms::Hostname;

    fn config(secure: bool) -> WebConfig {
        WebConfig { secure_cookies: secure, ..WebConfig::new(Hostname::parse("admin.test").unwrap()) }
    }

    #[test]
    fn cookies_follow_the_public_scheme() {
        let plain = set_cookie(&config(false), "abc");
        assert_eq!(plain, "kalm_session=abc; Path=/; HttpOnly; SameSite=Lax");
        let secure = set_cookie(&config(true), "abc");
        assert_eq!(secure, "__Host-kalm_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
        assert!(clear_cookie(&config(true)).to_str().unwrap().contains("Max-Age=0"));
    }

    #[test]
    fn reads_only_its_own_cookie() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("other=1; kalm_session=tok; __Host-kalm_session=sec"));
        assert_eq!(read_token(&headers, &config(false)).as_deref(), Some("tok"));
        assert_eq!(read_token(&headers, &config(true)).as_deref(), Some("sec"));
        headers.insert(header::COOKIE, HeaderValue::from_static("kalm_session="));
        assert_eq!(read_token(&headers, &config(false)), None);
    }

    #[test]
    fn only_bearer_is_honoured() {
        let with = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::AUTHORIZATION, HeaderValue::from_static(value));
            authorization(&headers)
        };
        assert_eq!(authorization(&HeaderMap::new()), Authorization::Absent);
        assert_eq!(with("Bearer kalm_abc"), Authorization::Bearer("kalm_abc".into()));
        assert_eq!(with("bearer kalm_abc"), Authorization::Bearer("kalm_abc".into()));
        assert_eq!(with("Basic dXNlcjpwYXNz"), Authorization::Other);
        assert_eq!(with("Bearer "), Authorization::Other);
        assert_eq!(with("Bearerkalm"), Authorization::Other);
    }
}
