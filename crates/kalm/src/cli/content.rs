//! `kalm content` and `kalm catalogue`: tools of content platforms as
//! documents on the command line (list, show, export, import, release,
//! withdraw), and the links that put them in care platforms' catalogues.
//!
//! Export writes the `kalm-tool/1` document (or a FHIR R4 Questionnaire) to
//! standard output, import reads one from a file or `-`, so tools move
//! between installations with a pipe.

use std::io::Read;

use clap::Subcommand;
use kalm_app::{catalogue, content, platforms};
use serde_json::json;

use super::output::{Table, say};
use super::{CliError, open, print_json};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// List a content platform's tools.
    List {
        /// The content platform (domain or id).
        #[arg(long)]
        platform: String,
        #[arg(long)]
        json: bool,
    },
    /// Show one tool: its draft and its versions.
    Show {
        #[arg(long)]
        platform: String,
        /// The tool's id.
        tool: String,
        #[arg(long)]
        json: bool,
    },
    /// Print a tool as a kalm-tool/1 document (or, with --format fhir, as a
    /// FHIR R4 Questionnaire): a released version, or the draft.
    Export {
        #[arg(long)]
        platform: String,
        tool: String,
        /// A released version's number; without it, the draft.
        #[arg(long)]
        version: Option<i64>,
        /// kalm (default) or fhir.
        #[arg(long, default_value = "kalm")]
        format: String,
    },
    /// Create a tool from a kalm-tool/1 document (a file, or - for standard
    /// input); prints its id.
    Import {
        #[arg(long)]
        platform: String,
        file: String,
        /// Release the imported draft at once, with this note.
        #[arg(long)]
        release: Option<String>,
    },
    /// Release a tool's draft as its next version.
    Release {
        #[arg(long)]
        platform: String,
        tool: String,
        /// What changed, for whoever uses the tool.
        #[arg(long)]
        note: String,
    },
    /// Withdraw a tool from the catalogues (what is in use goes on), or
    /// offer it again with --undo.
    Withdraw {
        #[arg(long)]
        platform: String,
        tool: String,
        #[arg(long)]
        undo: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogueCommand {
    /// Offer a content platform's released tools on a care platform.
    Link {
        /// The content platform (domain or id).
        #[arg(long)]
        content: String,
        /// The care platform (domain or id).
        #[arg(long)]
        care: String,
    },
    /// Stop offering them there.
    Unlink {
        #[arg(long)]
        content: String,
        #[arg(long)]
        care: String,
    },
    /// Every link.
    List {
        #[arg(long)]
        json: bool,
    },
}

fn tool_id(text: &str) -> Result<uuid::Uuid, CliError> {
    uuid::Uuid::parse_str(text.trim()).map_err(|_| CliError::Usage(format!("{text:?} is not a tool id")))
}

/// Runs one `kalm content` subcommand.
pub async fn run(config: &Config, command: ContentCommand) -> Result<(), CliError> {
    let kalm = open(config).await?;
    let desk = kalm_app::Caller::command_line();
    match command {
        ContentCommand::List { platform, json } => {
            let platform = platforms::find(&kalm, &desk, &platform).await?;
            let tools = content::list(&kalm, &desk, &platform).await?;
            if json {
                let list = tools
                    .iter()
                    .map(|t| {
                        json!({
                            "id": t.id, "kind": t.kind.code(), "language": t.language.code(), "title": t.title,
                            "draft_revision": t.draft_revision, "latest_version": t.latest_version,
                            "withdrawn": t.withdrawn_at.is_some(),
                        })
                    })
                    .collect();
                print_json(&serde_json::Value::Array(list));
            } else {
                let mut table = Table::new(&["ID", "KIND", "LANG", "VERSION", "STATE", "TITLE"]);
                for t in &tools {
                    let state = if t.withdrawn_at.is_some() { "withdrawn" } else { "offered" };
                    table.row(vec![
                        t.id.to_string(),
                        t.kind.code().to_owned(),
                        t.language.code().to_owned(),
                        t.latest_version.to_string(),
                        state.to_owned(),
                        t.title.clone(),
                    ]);
                }
                table.print();
            }
        }
        ContentCommand::Show { platform, tool, json } => {
            let platform = platforms::find(&kalm, &desk, &platform).await?;
            let (tool, versions) = content::show(&kalm, &desk, &platform, tool_id(&tool)?).await?;
            let problems = content::release_problems(&tool);
            if json {
                print_json(&json!({
                    "id": tool.id, "kind": tool.kind.code(), "language": tool.language.code(), "title": tool.title,
                    "draft_revision": tool.draft_revision, "draft_saved_at": tool.draft_saved_at.to_rfc3339(),
                    "latest_version": tool.latest_version, "withdrawn": tool.withdrawn_at.is_some(),
                    "release_problems": problems.iter().map(|p| json!({
                        "code": p.code, "at": p.place.anchor(), "detail": p.detail,
                    })).collect::<Vec<_>>(),
                    "versions": versions.iter().map(|v| json!({
                        "version": v.number, "released_at": v.released_at.to_rfc3339(),
                        "released_by": v.released_by, "note": v.release_note,
                    })).collect::<Vec<_>>(),
                }));
            } else {
                say!("id:          {}", tool.id);
                say!("title:       {}", tool.title);
                say!("kind:        {}", tool.kind.code());
                say!("language:    {}", tool.language.code());
                say!("draft:       revision {}, saved {}", tool.draft_revision, tool.draft_saved_at.to_rfc3339());
                say!("state:       {}", if tool.withdrawn_at.is_some() { "withdrawn" } else { "offered" });
                if problems.is_empty() {
                    say!("release:     the draft can be released");
                } else {
                    say!("release:     {} problem(s) to solve first:", problems.len());
                    for p in &problems {
                        say!("  {}: {}{}", p.place.anchor(), p.code, detail(&p.detail));
                    }
                }
                for v in &versions {
                    say!("version {}:   {} ({})", v.number, v.release_note, v.released_at.to_rfc3339());
                }
            }
        }
        ContentCommand::Export { platform, tool, version, format } => {
            let platform = platforms::find(&kalm, &desk, &platform).await?;
            let id = tool_id(&tool)?;
            let document = content::document(&kalm, &desk, &platform, id, version).await?;
            match format.as_str() {
                "kalm" => say!("{}", document.to_json()),
                "fhir" => {
                    let url = format!("{}/tools/{id}", kalm.urls.platform(&platform.domain));
                    let resource = kalm_domain::content::fhir::questionnaire(&document, &url, version.unwrap_or(0));
                    print_json(&resource);
                }
                other => return Err(CliError::Usage(format!("--format {other:?}: expected kalm or fhir"))),
            }
        }
        ContentCommand::Import { platform, file, release } => {
            let platform = platforms::find(&kalm, &desk, &platform).await?;
            let text = if file == "-" {
                let mut text = String::new();
                std::io::stdin().read_to_string(&mut text)?;
                text
            } else {
                std::fs::read_to_string(&file).map_err(|e| CliError::Usage(format!("{file}: {e}")))?
            };
            let tool = content::import(&kalm, &desk, &platform, &text).await?;
            if let Some(note) = release {
                content::release(&kalm, &desk, &platform, tool.id, tool.draft_revision, &note).await?;
            }
            say!("{}", tool.id);
        }
        ContentCommand::Release { platform, tool, note } => {
            let platform = platforms::find(&kalm, &desk, &platform).await?;
            let id = tool_id(&tool)?;
            let (current, _) = content::show(&kalm, &desk, &platform, id).await?;
            let number = content::release(&kalm, &desk, &platform, id, current.draft_revision, &note).await?;
            say!("released {} as version {number}", current.title);
        }
        ContentCommand::Withdraw { platform, tool, undo } => {
            let platform = platforms::find(&kalm, &desk, &platform).await?;
            content::set_withdrawn(&kalm, &desk, &platform, tool_id(&tool)?, !undo).await?;
            say!("{}", if undo { "offered again" } else { "withdrawn" });
        }
    }
    Ok(())
}

fn detail(text: &str) -> String {
    if text.is_empty() { String::new() } else { format!(" ({text})") }
}

/// Runs one `kalm catalogue` subcommand.
pub async fn run_catalogue(config: &Config, command: CatalogueCommand) -> Result<(), CliError> {
    let kalm = open(config).await?;
    let desk = kalm_app::Caller::command_line();
    match command {
        CatalogueCommand::Link { content, care } => {
            let content = platforms::find(&kalm, &desk, &content).await?;
            let care = platforms::find(&kalm, &desk, &care).await?;
            let new = catalogue::link(&kalm, &desk, &content, &care).await?;
            say!(
                "{} {} {}",
                content.domain,
                if new { "now offered on" } else { "was already offered on" },
                care.domain
            );
        }
        CatalogueCommand::Unlink { content, care } => {
            let content = platforms::find(&kalm, &desk, &content).await?;
            let care = platforms::find(&kalm, &desk, &care).await?;
            let ended = catalogue::unlink(&kalm, &desk, &content, &care).await?;
            say!(
                "{} {} {}",
                content.domain,
                if ended { "no longer offered on" } else { "was not offered on" },
                care.domain
            );
        }
        CatalogueCommand::List { json } => {
            let links = catalogue::links(&kalm, &desk).await?;
            let all = platforms::list(&kalm, &desk).await?;
            let domain = |id: kalm_domain::platforms::PlatformId| {
                all.iter().find(|p| p.id == id).map_or_else(|| id.to_string(), |p| p.domain.as_str().to_owned())
            };
            if json {
                let list = links
                    .iter()
                    .map(|l| {
                        json!({
                            "content": domain(l.content_platform), "care": domain(l.care_platform),
                            "since": l.created_at.to_rfc3339(),
                        })
                    })
                    .collect();
                print_json(&serde_json::Value::Array(list));
            } else {
                let mut table = Table::new(&["CONTENT", "CARE", "SINCE"]);
                for l in &links {
                    table.row(vec![domain(l.content_platform), domain(l.care_platform), l.created_at.to_rfc3339()]);
                }
                table.print();
            }
        }
    }
    Ok(())
}
