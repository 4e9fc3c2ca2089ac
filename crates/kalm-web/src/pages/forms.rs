//! What every form handler shares: the submitted fields as sent, and the
//! `?done=` code a redirect leaves for the next page's notice.

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
