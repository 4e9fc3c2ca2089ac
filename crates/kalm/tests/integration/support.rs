//! Small helpers shared by the scenarios.

use kalm_testkit::TestApp;
use kalm_testkit::reqwest::{Client, Response};

pub async fn body(response: Response) -> String {
    response.text().await.expect("response body")
}

pub async fn get(app: &TestApp, client: &Client, host: &str, path: &str) -> Response {
    client.get(app.url(host, path)).send().await.expect("GET")
}

pub async fn post(app: &TestApp, client: &Client, host: &str, path: &str, fields: &[(&str, &str)]) -> Response {
    client.post(app.url(host, path)).form(fields).send().await.expect("POST")
}

/// The value of the readonly `#activation-link` input on a page.
pub fn activation_link(html: &str) -> String {
    let marker = "id=\"activation-link\" readonly value=\"";
    let start = html.find(marker).expect("page shows an activation link") + marker.len();
    let end = html[start..].find('"').expect("end of link") + start;
    html[start..end].to_owned()
}

/// The path part of a URL.
pub fn path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme.find('/').map_or("/".to_owned(), |i| after_scheme[i..].to_owned())
}

pub fn location(response: &Response) -> String {
    response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}
