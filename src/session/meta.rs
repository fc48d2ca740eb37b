//! What is known about the stored session besides its token: user,
//! factors, lifetime, the expiry estimate and the default account, in
//! `<state>/sessions/<profile>.json` (0600, directory 0700). Nothing here is
//! secret: the token lives in its [`store`](super::store), and the password
//! is never kept anywhere.

use super::store::StoreKind;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

/// Non-secret facts about the stored session.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SessionMeta {
    pub auth_endpoint: String,
    /// The API endpoint the session was issued for: it is sent nowhere
    /// else. (Empty in files of older versions: such a session is used
    /// nowhere, and the next login records it.)
    #[serde(default)]
    pub endpoint: String,
    pub user: String,
    #[serde(default)]
    pub factors: Vec<String>,
    /// Lifetime after last use, in seconds.
    pub ttl: u64,
    /// Estimated expiry, Unix seconds.
    pub expires_at: u64,
    #[serde(default)]
    pub account: Option<String>,
    pub store: StoreKind,
    /// Changes with every login; lets a process tell whether the stored
    /// session is still the one it holds.
    pub login_id: String,
}

impl SessionMeta {
    /// Seconds left on the expiry estimate (negative once it has passed).
    pub fn remaining(&self) -> i64 {
        self.expires_at as i64 - now_secs() as i64
    }
}

/// Now, in Unix seconds.
pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The metadata file of one profile.
pub struct MetaFile {
    path: PathBuf,
}

impl MetaFile {
    pub fn new(path: PathBuf) -> MetaFile {
        MetaFile { path }
    }

    /// The stored metadata; a missing or damaged file is none.
    pub fn read(&self) -> Option<SessionMeta> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        serde_json::from_str(&text).ok()
    }

    pub fn write(&self, meta: &SessionMeta) -> Result<()> {
        let text = serde_json::to_string_pretty(meta)
            .map_err(|e| Error::unexpected(format!("cannot encode session metadata: {e}")))?;
        crate::config::write_private(&self.path, text.as_bytes())
    }

    /// Removes the file; whether there was one.
    pub fn remove(&self) -> Result<bool> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(Error::unexpected(format!(
                "cannot remove {}: {e}",
                self.path.display()
            ))),
        }
    }
}
