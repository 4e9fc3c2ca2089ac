//! What every form handler shares: the submitted fields as sent, the
//! `?done=` code a redirect leaves for the next page's notice, and the
//! answer to a GET on a URL that only takes a form.
//!
//! A form's URL ends up in the address bar after a post that showed a page
//! (a wrong code, a refused change). Reloading it, or coming back to it,
//! asks it with GET; the browser's bare "405" would strand the person, so
//! each form-only URL sends them to the page the form is on.

use std::collections::HashMap;

use askama::Template;
use axum::extract::Path;
use kalm_i18n::Tr;

use super::Chrome;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::MethodRouter;

/// The `?done=<code>` left by a redirect after a successful change.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Done {
    pub done: Option<String>,
}

/// Form fields as sent, keeping repeated keys (checkbox groups).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn get(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }
}

/// The question before an action that cuts someone off (ending a friend's
/// link, deactivating an account): what will happen, whether and how it
/// can be undone, and the action as a form that works without JavaScript.
/// Its form sends `confirmed=yes`; a post without it (an old page's
/// one-click button) is sent to the question first, see `confirmed`.
#[derive(Template)]
#[template(path = "partials/confirm.html")]
pub struct Confirmation<'a> {
    pub t: &'a Tr,
    pub chrome: Chrome,
    pub question: String,
    pub consequences: Vec<String>,
    pub undo: String,
    /// Where the form posts.
    pub action: String,
    pub submit: String,
    /// Where "keep it as it is" leads.
    pub back: String,
}

/// Whether a form was sent from its confirmation page.
pub fn confirmed(fields: &Fields) -> bool {
    fields.get("confirmed") == "yes"
}

/// A GET handler for a form-only URL: a redirect to `page`, whose `{name}`
/// parts are filled from the URL's own. A part that is not a plain
/// identifier sends the visitor home instead, so the redirect can never
/// point anywhere but this site.
pub fn page_of(page: &'static str) -> MethodRouter<crate::AppState> {
    axum::routing::get(move |parts: Option<Path<HashMap<String, String>>>| async move {
        to_page(page, &parts.map(|Path(parts)| parts).unwrap_or_default())
    })
}

fn to_page(page: &str, parts: &HashMap<String, String>) -> Response {
    let mut target = page.to_owned();
    for (name, value) in parts {
        if value.is_empty() || !value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Redirect::to("/").into_response();
        }
        target = target.replace(&format!("{{{name}}}"), value);
    }
    if target.contains('{') {
        return Redirect::to("/").into_response();
    }
    Redirect::to(&target).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn location(response: &Response) -> &str {
        response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default()
    }

    #[test]
    fn parts_of_the_url_fill_the_page() {
        let parts = HashMap::from([("id".to_owned(), "3f2a-77".to_owned())]);
        assert_eq!(location(&to_page("/accounts/{id}", &parts)), "/accounts/3f2a-77");
        assert_eq!(location(&to_page("/account", &HashMap::new())), "/account");
    }

    #[test]
    fn odd_parts_lead_home() {
        for odd in ["", "a/b", "..", "%2F%2Fevil.example", "x y"] {
            let parts = HashMap::from([("id".to_owned(), odd.to_owned())]);
            assert_eq!(location(&to_page("/accounts/{id}", &parts)), "/", "{odd:?}");
        }
        assert_eq!(location(&to_page("/accounts/{id}", &HashMap::new())), "/", "an unfilled part");
    }
}
