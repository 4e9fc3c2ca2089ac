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
    value
        .split(',')
        .next()?
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
        .map(|(_, v)| v.trim().trim_matches('"').to_owned())
}

/// The client's address: the peer, or what a trusted proxy says.
pub fn client_address(config: &WebConfig, request: &Request, peer: Option<IpAddr>) -> Option<String> {
    if trusted(config, peer) {
        let headers = request.headers();
        let claimed = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.split(',')
                    .map(str::trim)
                    .rfind(|a| a.parse::<IpAddr>().is_ok_and(|ip| !config.trusted_proxies.contains(&ip)))
            })
            .map(str::to_owned)
            .or_else(|| {
                forwarded_param(headers.get(header::FORWARDED)?.to_str().ok()?, "for")
                    .map(|f| f.trim_start_matches('[').split(']').next().unwrap_or_default().to_owned())
            });
        if claimed.is_some() {
            return claimed;
        }
    }
    peer.map(|p| p.to_string())
}

pub async fn resolve(state: &AppState, host: Option<Hostname>) -> AppResult<Site> {
    let Some(host) = host else {
        return Ok(Site::Unknown);
    };
    if host == state.config.admin_host {
        return Ok(Site::Admin);
    }
    Ok(platforms::by_domain(&state.kalm, &host).await?.map_or(Site::Unknown, Site::Platform))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(proxies: &[&str]) -> WebConfig {
        WebConfig {
            admin_host: Hostname::parse("admin.localhost").unwrap(),
            trusted_proxies: proxies.iter().map(|p| p.parse().unwrap()).collect(),
            secure_cookies: false,
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
}
