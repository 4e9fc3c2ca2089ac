//! The e-mails Kalm sends, as far as settings need them today: which kinds
//! are not essential and may therefore be switched off on the e-mails tile.
//! The full catalogue (texts, placeholders, essential kinds) grows here.

use serde::{Deserialize, Serialize};

/// E-mails that are not about authentication or security; a platform may
/// switch them off, for example when an integration notifies people itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NonEssentialEmail {
    NewMessage,
    ToolAssigned,
    VideoCallInvitation,
}

impl NonEssentialEmail {
    pub const ALL: [NonEssentialEmail; 3] =
        [NonEssentialEmail::NewMessage, NonEssentialEmail::ToolAssigned, NonEssentialEmail::VideoCallInvitation];

    pub fn code(self) -> &'static str {
        match self {
            NonEssentialEmail::NewMessage => "new_message",
            NonEssentialEmail::ToolAssigned => "tool_assigned",
            NonEssentialEmail::VideoCallInvitation => "video_call_invitation",
        }
    }

    pub fn parse(code: &str) -> Option<NonEssentialEmail> {
        NonEssentialEmail::ALL.into_iter().find(|e| e.code() == code)
    }
}
