//! The stored session: its token in the chosen [`store`](super::store) and
//! its [metadata](super::meta) beside it, read, written and forgotten
//! together. A stored session counts only for the profile, auth endpoint,
//! API endpoint and user it was made for, and only in the store it was
//! written to: a token is never sent to an API it was not issued for.
//!
//! On disk, under the state directory: `sessions/<profile>.json` (the
//! metadata) and `sessions/<profile>.lock` (the [lock](super::lock)); the
//! token is in the keyring, in `credentials/<profile>.json`, or nowhere
//! (memory).

use super::meta::{MetaFile, SessionMeta};
use super::store::{
    ChosenStore, EntryKey, FileStore, KeyringStore, StoreKind, StorePolicy, TokenStore,
};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Where the sessions of one profile are kept, and for whom.
pub struct Stored {
    profile: String,
    auth_endpoint: String,
    /// The API endpoint in use: a session issued for another does not count.
    endpoint: String,
    /// The configured user, if any: another user's session does not count.
    user: Option<String>,
    state_dir: PathBuf,
    store: ChosenStore,
    /// No warnings on stderr (`-q`, shell completion).
    quiet: bool,
}

impl Stored {
    pub fn new(
        profile: &str,
        auth_endpoint: &str,
        endpoint: &str,
        user: Option<&str>,
        policy: StorePolicy,
        state_dir: &Path,
        quiet: bool,
    ) -> Stored {
        Stored {
            profile: profile.to_string(),
            auth_endpoint: auth_endpoint.to_string(),
            endpoint: endpoint.to_string(),
            user: user.map(str::to_string),
            state_dir: state_dir.to_path_buf(),
            store: ChosenStore::new(policy, state_dir, quiet),
            quiet,
        }
    }

    /// The store in use (the file or memory after a keyring failure).
    pub fn kind(&self) -> StoreKind {
        self.store.kind()
    }

    fn sessions_dir(&self) -> PathBuf {
        self.state_dir.join("sessions")
    }

    /// Creates the state and sessions directories (private) if need be.
    pub fn create_dirs(&self) -> Result<()> {
        crate::config::create_private_dir(&self.state_dir)?;
        crate::config::create_private_dir(&self.sessions_dir())
    }

    /// The profile's lock file.
    pub fn lock_path(&self) -> PathBuf {
        self.sessions_dir().join(format!("{}.lock", self.profile))
    }

    fn meta_path(&self) -> PathBuf {
        self.sessions_dir().join(format!("{}.json", self.profile))
    }

    fn meta_file(&self) -> MetaFile {
        MetaFile::new(self.meta_path())
    }

    pub fn read_meta(&self) -> Option<SessionMeta> {
        self.meta_file().read()
    }

    pub fn write_meta(&self, meta: &SessionMeta) -> Result<()> {
        self.meta_file().write(meta)
    }

    fn entry_key(&self, user: &str) -> EntryKey {
        EntryKey {
            profile: self.profile.clone(),
            auth_endpoint: self.auth_endpoint.clone(),
            user: user.to_string(),
        }
    }

    /// The stored metadata, if it is of a session for this profile, auth
    /// endpoint, configured user and store — whatever its API endpoint.
    fn read_ours(&self) -> Option<SessionMeta> {
        let meta = self.read_meta();
        if let Some(m) = &meta {
            self.store.prefer_recorded(m.store);
        }
        let kind = self.store.kind();
        if !kind.persistent() {
            return None;
        }
        let meta = meta?;
        let same_user = self.user.as_ref().is_none_or(|u| *u == meta.user);
        (meta.auth_endpoint == self.auth_endpoint && meta.store == kind && same_user)
            .then_some(meta)
    }

    /// The stored token and metadata, if they belong to this profile, auth
    /// endpoint, API endpoint, configured user and store. A token that
    /// could not be sent (spaces, control characters) counts as none.
    pub fn load(&self) -> Option<(String, SessionMeta)> {
        let meta = self.read_ours().filter(|m| m.endpoint == self.endpoint)?;
        let key = self.entry_key(&meta.user);
        match self.store.with(|s| s.load(&key)) {
            Ok(Some(token)) if bytemark_api::auth::is_valid_token(&token) => Some((token, meta)),
            Ok(Some(_)) => None,
            Ok(None) => None,
            Err(e) => {
                if meta.store == StoreKind::Keyring {
                    self.store.fall_back(&e.0);
                } else if !self.quiet {
                    crate::stderr_line!("warning: {e}");
                }
                None
            }
        }
    }

    /// Stores a new session: the token first, so a reader never finds
    /// metadata newer than its token, then (where the store outlives the
    /// process) the metadata, replacing any other session in this profile.
    /// Sets `meta.store` to the store that took the token.
    pub fn save(&self, token: &str, meta: &mut SessionMeta) -> Result<()> {
        let key = self.entry_key(&meta.user);
        let saved = self.store.with(|s| s.save(&key, token));
        if let Err(e) = saved {
            if self.store.kind() == StoreKind::Keyring {
                self.store.fall_back(&e.0);
                self.store
                    .with(|s| s.save(&key, token))
                    .map_err(|e| Error::unexpected(format!("cannot store the session: {e}")))?;
            } else {
                return Err(Error::unexpected(format!("cannot store the session: {e}")));
            }
        }
        self.store.said_where(&key);
        meta.store = self.store.kind();
        if meta.store.persistent() {
            if let Some(old) = self.read_meta() {
                self.forget_replaced(&old, meta);
            }
            self.write_meta(meta)?;
        }
        Ok(())
    }

    /// The token of the session `new` replaces, forgotten: another user's
    /// (or auth endpoint's) in the same store, or one left in the file when
    /// the new one went to the keyring — no token stays on disk unused.
    fn forget_replaced(&self, old: &SessionMeta, new: &SessionMeta) {
        let old_key = EntryKey {
            profile: self.profile.clone(),
            auth_endpoint: old.auth_endpoint.clone(),
            user: old.user.clone(),
        };
        let same_entry = old.user == new.user && old.auth_endpoint == new.auth_endpoint;
        if old.store == new.store && !same_entry {
            let _ = self.store.with(|s| s.delete(&old_key));
        } else if old.store == StoreKind::File && new.store != StoreKind::File {
            let _ = FileStore::new(&self.state_dir).delete(&old_key);
        }
    }

    /// Rewrites the metadata of a session already stored (after a
    /// refresh), unless the store in use is no longer the one it is in.
    pub fn update_meta(&self, meta: &SessionMeta) -> Result<()> {
        if meta.store.persistent() && self.store.kind() == meta.store {
            self.write_meta(meta)?;
        }
        Ok(())
    }

    /// Forgets the stored session: the token from the store it was written
    /// to (whatever the current choice is), then the metadata. Whether
    /// there was anything to forget.
    pub fn forget(&self) -> Result<bool> {
        let mut had = false;
        if let Some(m) = self.read_meta() {
            let key = self.entry_key(&m.user);
            let result = match m.store {
                StoreKind::File => FileStore::new(&self.state_dir).delete(&key),
                StoreKind::Keyring => match KeyringStore::open() {
                    Ok(k) => k.delete(&key),
                    Err(e) => Err(e),
                },
                _ => Ok(()),
            };
            if let Err(e) = result {
                return Err(Error::unexpected(format!(
                    "cannot remove the session from the {}: {e}",
                    m.store.as_str()
                )));
            }
            had = true;
        }
        if self.meta_file().remove()? {
            had = true;
        }
        Ok(had)
    }

    /// The API endpoint of the stored session, when it would be this one's
    /// but was issued for another API endpoint.
    pub fn issued_elsewhere(&self) -> Option<String> {
        let meta = self.read_ours()?;
        match meta.endpoint.as_str() {
            e if e == self.endpoint => None,
            "" => Some("an endpoint an older bytemark did not record".into()),
            _ => Some(meta.endpoint),
        }
    }

    /// Removes every temp file of the metadata and credential files of
    /// this profile (left by a killed process; they may hold a token).
    /// Call it holding the session lock, when no write is under way.
    pub fn remove_temp_files(&self) -> Result<()> {
        crate::config::remove_temp_files(&self.meta_path(), std::time::Duration::ZERO)?;
        let credentials = FileStore::new(&self.state_dir).profile_path(&self.profile);
        crate::config::remove_temp_files(&credentials, std::time::Duration::ZERO)
    }

    /// The account recorded at login for this profile, auth endpoint, API
    /// endpoint and user, from the metadata file alone: no keyring, no
    /// request.
    pub fn recorded_account(&self) -> Option<String> {
        let meta = self.read_meta()?;
        let same_user = self.user.as_ref().is_none_or(|u| *u == meta.user);
        (meta.auth_endpoint == self.auth_endpoint && meta.endpoint == self.endpoint && same_user)
            .then_some(meta.account)
            .flatten()
    }
}
