//! Tenancy: which site a request is for, from the Host the server received.
//!
//! Forwarding headers are believed only when the direct peer is a configured
//! proxy; otherwise anyone could claim to be any platform. The port is
//! ignored and the case folded, so `Care.Example.org:443` is `care.example.org`.

use std::net::IpAddr;

use axum::extract::Request;
use axum::http::header;
use kalm_app::platforms::Platform;
use kalm_app::{AppResult, platforms};
use kalm_domain::platforms::Hostname;

use crate::{AppState, WebConfig};

#[derive(Debug, Clone)]
pub enum Site {
    Admin,
    Platform(Platform),
    Unknown,
}

fn trusted(config: &WebConfig, peer: Option<IpAddr>) -> bool {
    peer.is_some_and(|p| config.trusted_proxies.contains(&p))
}

/// The host name the client asked for.
pub fn requested_host(config: &WebConfig, request: &Request, peer: Option<IpAddr>) -> Option<Hostname> {
    let headers = request.headers();
    if trusted(config, peer) {
        let forwarded = headers
            .get("x-forwarded-host")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .map(str::trim)
            .map(str::to_owned)
            .or_else(|| forwarded_param(headers.get(header::FORWARDED)?.to_str().ok()?, "host"));
        if let Some(host) = forwarded {
            return Hostname::from_host_header(&host).ok();
        }
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .or_else(|| request.uri().host().map(str::to_owned))?;
    Hostname::from_host_header(&host).ok()
}

/// The first `name=value` of an RFC 7239 `Forwarded` header.
fn forwarded_param(value: &str, name: &str) -> Option<String> {
    forwarded_elements(value)
        .into_iter()
        .next()?
        .into_iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// The elements of a `Forwarded` header, each a list of `(name, value)`
/// pairs with quotes removed. Separators inside quoted strings do not split.
fn forwarded_elements(value: &str) -> Vec<Vec<(String, String)>> {
    let mut elements = Vec::new();
    let mut pairs = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut escaped = false;
    let finish_pair = |current: &mut String, pairs: &mut Vec<(String, String)>| {
        if let Some((k, v)) = current.split_once('=') {
            let v = v.trim();
            let v = v.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(v);
            pairs.push((k.trim().to_owned(), v.replace("\\\"", "\"")));
        }
        current.clear();
    };
    for c in value.chars() {
        if quoted {
            current.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                quoted = false;
            }
            continue;
        }
        match c {
            '"' => {
                quoted = true;
                current.push(c);
            }
            ';' => finish_pair(&mut current, &mut pairs),
            ',' => {
                finish_pair(&mut current, &mut pairs);
                elements.push(std::mem::take(&mut pairs));
            }
            _ => current.push(c),
        }
    }
    finish_pair(&mut current, &mut pairs);
    elements.push(pairs);
    elements
}

/// One hop named by a forwarding header.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Address(IpAddr),
    /// `unknown`, an obfuscated `_name`, or something unreadable: a hop
    /// whose address nobody vouches for.
    Unidentified,
}

/// Reads `192.0.2.1`, `192.0.2.1:8080`, `[2001:db8::1]:4711`, `2001:db8::1`
/// (the bare form `X-Forwarded-For` uses), `unknown` and `_hidden`.
fn node(value: &str) -> Node {
    let value = value.trim();
    if let Ok(ip) = value.parse::<IpAddr>() {
        return Node::Address(ip);
    }
    let host = match value.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((inside, port)) if port.is_empty() || port.strip_prefix(':').is_some() => inside,
            _ => return Node::Unidentified,
        },
        None => value.rsplit_once(':').map_or(value, |(host, _port)| host),
    };
    host.parse::<IpAddr>().map_or(Node::Unidentified, Node::Address)
}

/// The client's address from a list of hops, oldest first: the rightmost
/// one that is not a trusted proxy. Everything left of it was written by
/// the client (or by proxies nobody configured) and proves nothing. An
/// unidentified hop ends the walk: what is left of it cannot be believed.
fn rightmost_client<'a>(config: &WebConfig, hops: impl DoubleEndedIterator<Item = &'a str>) -> Option<IpAddr> {
    for hop in hops.rev() {
        match node(hop) {
            Node::Address(ip) if config.trusted_proxies.contains(&ip) => {}
            Node::Address(ip) => return Some(ip),
            Node::Unidentified => return None,
        }
    }
    None
}

/// All values of a header that may be repeated, joined as one list.
fn joined(request: &Request, name: impl header::AsHeaderName) -> Option<String> {
    let values: Vec<&str> = request.headers().get_all(name).iter().filter_map(|v| v.to_str().ok()).collect();
    (!values.is_empty()).then(|| values.join(","))
}

/// The client's address: the peer, or what a trusted proxy says.
pub fn client_address(config: &WebConfig, request: &Request, peer: Option<IpAddr>) -> Option<String> {
    if trusted(config, peer) {
        let claimed = match joined(request, "x-forwarded-for") {
            Some(list) => rightmost_client(config, list.split(',')),
            None => joined(request, header::FORWARDED).and_then(|value| {
                let elements = forwarded_elements(&value);
                let hops: Vec<String> = elements
                    .iter()
                    .map(|pairs| {
                        pairs
                            .iter()
                            .find(|(k, _)| k.eq_ignore_ascii_case("for"))
                            .map_or_else(String::new, |(_, v)| v.clone())
                    })
                    .collect();
                rightmost_client(config, hops.iter().map(String::as_str))
            }),
        };
        if let Some(ip) = claimed {
            return Some(ip.to_string());
        }
    }
    peer.map(|p| p.to_string())
}

/// A platform taken from this node's cache, not yet confirmed: the
/// request's session statement must vouch for it (`session::PlatformVisit`)
/// or it is read afresh from this host.
#[derive(Debug, Clone)]
pub struct Unconfirmed(pub Hostname);

/// The site a request is for. `with_session` says the request carries a
/// session cookie whose statement will confirm a cached platform; only
/// then is the cache used, and the request is marked `Unconfirmed`.
pub async fn resolve(
    state: &AppState,
    host: Option<Hostname>,
    with_session: bool,
) -> AppResult<(Site, Option<Unconfirmed>)> {
    let Some(host) = host else {
        return Ok((Site::Unknown, None));
    };
    if host == state.config.admin_host {
        return Ok((Site::Admin, None));
    }
    if with_session && let Some(platform) = platforms::cached_by_domain(&state.kalm, &host) {
        return Ok((Site::Platform(platform), Some(Unconfirmed(host))));
    }
    Ok((platforms::by_domain(&state.kalm, &host).await?.map_or(Site::Unknown, Site::Platform), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(proxies: &[&str]) -> WebConfig {
        WebConfig {
            trusted_proxies: proxies.iter().map(|p| p.parse().unwrap()).collect(),
            ..WebConfig::new(Hostname::parse("admin.localhost").unwrap())
        }
    }

    fn request(headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder().uri("/");
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder.body(axum::body::Body::empty()).unwrap()
    }

    #[test]
    fn forwarded_host_only_from_trusted_proxies() {
        let req = request(&[("host", "Care.Localhost:8080"), ("x-forwarded-host", "other.example.org")]);
        let peer: IpAddr = "10.0.0.5".parse().unwrap();
        assert_eq!(requested_host(&config(&[]), &req, Some(peer)).unwrap().as_str(), "care.localhost");
        assert_eq!(requested_host(&config(&["10.0.0.5"]), &req, Some(peer)).unwrap().as_str(), "other.example.org");
        let req = request(&[("host", "a.example.org"), ("forwarded", "for=192.0.2.60;proto=https;host=b.example.org")]);
        assert_eq!(requested_host(&config(&["10.0.0.5"]), &req, Some(peer)).unwrap().as_str(), "b.example.org");
        assert_eq!(client_address(&config(&["10.0.0.5"]), &req, Some(peer)).as_deref(), Some("192.0.2.60"));
        assert_eq!(client_address(&config(&[]), &req, Some(peer)).as_deref(), Some("10.0.0.5"));
    }

    #[test]
    fn forwarded_for_skips_trusted_hops() {
        let req = request(&[("host", "a.example.org"), ("x-forwarded-for", "203.0.113.9, 10.0.0.6")]);
        let peer: IpAddr = "10.0.0.5".parse().unwrap();
        assert_eq!(
            client_address(&config(&["10.0.0.5", "10.0.0.6"]), &req, Some(peer)).as_deref(),
            Some("203.0.113.9")
        );
    }

    #[test]
    fn forwarded_for_takes_the_rightmost_untrusted_hop() {
        let proxies = config(&["10.0.0.5", "10.0.0.6", "2001:db8::5"]);
        let peer: IpAddr = "10.0.0.5".parse().unwrap();
        let client = |forwarded: &str| {
            client_address(&proxies, &request(&[("host", "a.example.org"), ("forwarded", forwarded)]), Some(peer))
        };
        // The client wrote the first element itself; the proxy appended the second.
        assert_eq!(client("for=198.51.100.1, for=203.0.113.9").as_deref(), Some("203.0.113.9"));
        assert_eq!(
            client("for=198.51.100.1, for=203.0.113.9;proto=https, for=10.0.0.6").as_deref(),
            Some("203.0.113.9")
        );
        assert_eq!(client("for=\"[2001:db8::1]:4711\"").as_deref(), Some("2001:db8::1"));
        assert_eq!(client("for=192.0.2.1:8080").as_deref(), Some("192.0.2.1"));
        assert_eq!(client("for=\"[2001:db8::1]:4711\", for=\"[2001:db8::5]\"").as_deref(), Some("2001:db8::1"));
        // An unidentified hop: nothing to its left is believed, the peer stands.
        assert_eq!(client("for=203.0.113.9, for=unknown").as_deref(), Some("10.0.0.5"));
        assert_eq!(client("for=203.0.113.9, for=_hidden").as_deref(), Some("10.0.0.5"));
        assert_eq!(client("for=\"[not-an-ip]\"").as_deref(), Some("10.0.0.5"));
        // Quoted separators do not split elements.
        assert_eq!(client("for=198.51.100.1;x=\"a,b\", for=203.0.113.7").as_deref(), Some("203.0.113.7"));
        // Two header lines are one list.
        let req = request(&[("host", "a"), ("forwarded", "for=198.51.100.1"), ("forwarded", "for=203.0.113.8")]);
        assert_eq!(client_address(&proxies, &req, Some(peer)).as_deref(), Some("203.0.113.8"));
    }
}
