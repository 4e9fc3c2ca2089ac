//! Text messages for two-factor codes, behind one trait so the provider is a
//! configuration choice.
//!
//! Two providers: `DevelopmentSms` writes each message to a file (demo and
//! tests read codes from there), and `TwilioSms` speaks Twilio's Messages
//! API. Without a provider, text messages are simply not offered and people
//! use an authenticator app. Message texts contain a code, so providers log
//! only that a message went out, never its text.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;

use kalm_domain::auth::phone::PhoneNumber;

/// Why a text message did not go out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SmsError {
    /// The provider refused this number (or this message): the person can
    /// check the number.
    #[error("the text message provider refused the message: {0}")]
    Refused(String),
    /// The provider could not be reached or failed: try again later.
    #[error("the text message provider is unavailable: {0}")]
    Unavailable(String),
}

pub type SmsFuture<'a> = Pin<Box<dyn Future<Output = Result<(), SmsError>> + Send + 'a>>;

pub trait SmsProvider: Send + Sync + std::fmt::Debug {
    /// Sends `text` to `to`.
    fn send<'a>(&'a self, to: &'a PhoneNumber, text: &'a str) -> SmsFuture<'a>;
}

/// Writes every message to `<dir>/<number>.txt` (appending), for development,
/// demos and tests.
#[derive(Debug, Clone)]
pub struct DevelopmentSms {
    pub dir: PathBuf,
}

impl SmsProvider for DevelopmentSms {
    fn send<'a>(&'a self, to: &'a PhoneNumber, text: &'a str) -> SmsFuture<'a> {
        Box::pin(async move {
            use tokio::io::AsyncWriteExt;
            tokio::fs::create_dir_all(&self.dir).await.map_err(|e| SmsError::Unavailable(e.to_string()))?;
            let path = self.dir.join(format!("{}.txt", to.as_str()));
            let mut file = tokio::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .await
                .map_err(|e| SmsError::Unavailable(e.to_string()))?;
            file.write_all(format!("{text}\n").as_bytes()).await.map_err(|e| SmsError::Unavailable(e.to_string()))?;
            // tokio's files write in the background: the message is sent
            // only once it is on disk.
            file.flush().await.map_err(|e| SmsError::Unavailable(e.to_string()))?;
            tracing::info!(to = %to.masked(), folder = %self.dir.display(), "text message written");
            Ok(())
        })
    }
}

/// Twilio's Messages API: `POST {api}/2010-04-01/Accounts/{sid}/Messages.json`
/// with HTTP basic authentication (account SID and auth token) and a form
/// body of `To`, `From` and `Body`. Twilio answers 201 with the message, or
/// an error status with a JSON body `{code, message, more_info, status}`.
#[derive(Clone)]
pub struct TwilioSms {
    pub api_url: String,
    pub account_sid: String,
    pub auth_token: String,
    pub from: String,
    pub client: reqwest::Client,
}

impl std::fmt::Debug for TwilioSms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwilioSms")
            .field("api_url", &self.api_url)
            .field("account_sid", &self.account_sid)
            .field("auth_token", &"***")
            .field("from", &self.from)
            .finish()
    }
}

impl TwilioSms {
    pub const DEFAULT_API_URL: &'static str = "https://api.twilio.com";

    pub fn new(api_url: &str, account_sid: &str, auth_token: &str, from: &str) -> TwilioSms {
        TwilioSms {
            api_url: api_url.trim_end_matches('/').to_owned(),
            account_sid: account_sid.to_owned(),
            auth_token: auth_token.to_owned(),
            from: from.to_owned(),
            client: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(15))
                .build()
                .unwrap_or_else(|_| reqwest::Client::new()),
        }
    }
}

#[derive(serde::Deserialize)]
struct TwilioError {
    code: Option<i64>,
    message: Option<String>,
}

impl SmsProvider for TwilioSms {
    fn send<'a>(&'a self, to: &'a PhoneNumber, text: &'a str) -> SmsFuture<'a> {
        Box::pin(async move {
            let url = format!("{}/2010-04-01/Accounts/{}/Messages.json", self.api_url, self.account_sid);
            let response = self
                .client
                .post(url)
                .basic_auth(&self.account_sid, Some(&self.auth_token))
                .form(&[("To", to.as_str()), ("From", self.from.as_str()), ("Body", text)])
                .send()
                .await
                .map_err(|e| SmsError::Unavailable(e.without_url().to_string()))?;
            let status = response.status();
            if status.is_success() {
                tracing::info!(provider = "twilio", "text message accepted");
                return Ok(());
            }
            let body: Option<TwilioError> = response.json().await.ok();
            let code = body.as_ref().and_then(|e| e.code).unwrap_or_default();
            let detail = body
                .map(|e| format!("{} {}", e.code.unwrap_or_default(), e.message.unwrap_or_default()))
                .unwrap_or_else(|| status.to_string());
            // Twilio's message names the number: log only its error code.
            tracing::warn!(provider = "twilio", status = status.as_u16(), code, to = %to.masked(), "text message refused");
            // 400 is Twilio's answer to a number it cannot send to; anything
            // else (bad credentials, outages) is ours to fix, not the person's.
            if status == reqwest::StatusCode::BAD_REQUEST {
                Err(SmsError::Refused(detail))
            } else {
                Err(SmsError::Unavailable(detail))
            }
        })
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The provider an `sms_url` names:
/// - `file:<folder>`: `DevelopmentSms` writing to that folder;
/// - `twilio://<account SID>:<auth token>@api.twilio.com?from=<number>`:
///   Twilio (`twilio+http://` for a local stand-in).
pub fn provider_from_url(url: &str) -> Result<std::sync::Arc<dyn SmsProvider>, String> {
    let url = url.trim();
    if let Some(dir) = url.strip_prefix("file://").or_else(|| url.strip_prefix("file:")) {
        if dir.is_empty() {
            return Err("file: needs a folder, e.g. file:kalm-data/sms".into());
        }
        return Ok(std::sync::Arc::new(DevelopmentSms { dir: PathBuf::from(dir) }));
    }
    let (scheme, rest) = if let Some(rest) = url.strip_prefix("twilio://") {
        ("https", rest)
    } else if let Some(rest) = url.strip_prefix("twilio+http://") {
        ("http", rest)
    } else {
        return Err("expected file:<folder> or twilio://<account SID>:<auth token>@api.twilio.com?from=<number>".into());
    };
    let (credentials, host_and_query) =
        rest.rsplit_once('@').ok_or("twilio:// needs <account SID>:<auth token>@ before the host")?;
    let (sid, token) = credentials.split_once(':').ok_or("twilio:// needs <account SID>:<auth token>")?;
    let (host, query) = host_and_query.split_once('?').unwrap_or((host_and_query, ""));
    let host = host.trim_end_matches('/');
    let from = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "from")
        .map(|(_, v)| percent_decode(v))
        .filter(|v| !v.is_empty())
        .ok_or("twilio:// needs ?from=<sending number or sender name>")?;
    if sid.is_empty() || token.is_empty() || host.is_empty() {
        return Err("twilio:// needs an account SID, an auth token and a host".into());
    }
    let api = format!("{scheme}://{host}");
    Ok(std::sync::Arc::new(TwilioSms::new(&api, &percent_decode(sid), &percent_decode(token), &from)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_provider_urls() {
        let twilio = provider_from_url("twilio://AC123:tok%2Fen@api.twilio.com?from=%2B3197010").unwrap();
        let text = format!("{twilio:?}");
        assert!(
            text.contains("https://api.twilio.com") && text.contains("AC123") && text.contains("+3197010"),
            "{text}"
        );
        assert!(!text.contains("tok/en") && !text.contains("tok%2Fen"), "the auth token is never printed: {text}");
        let local = provider_from_url("twilio+http://AC1:t@127.0.0.1:9000/?from=Kalm").unwrap();
        assert!(format!("{local:?}").contains("http://127.0.0.1:9000"));
        assert!(format!("{:?}", provider_from_url("file:kalm-data/sms").unwrap()).contains("kalm-data/sms"));
        for bad in ["", "file:", "sms://x", "twilio://api.twilio.com?from=x", "twilio://a:b@api.twilio.com"] {
            assert!(provider_from_url(bad).is_err(), "{bad}");
        }
    }
}
