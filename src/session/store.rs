//! Where the session token is kept, behind one trait.
//!
//! * [`KeyringStore`]: the OS credential store through `keyring-core` (Secret
//!   Service over D-Bus on Linux). Every call runs on a helper thread and is
//!   abandoned after [`KEYRING_TIMEOUT`], so a missing, locked or wedged
//!   keyring costs seconds, never a hang.
//! * [`FileStore`]: a 0600 JSON file in the state directory — when the user
//!   chose it (`credential_store = "file"`), or by default where no keyring
//!   answers.
//! * [`MemoryStore`]: this process only (`none`, `--sandbox`, or the
//!   fallback of an explicit `keyring` when none answers).
//!
//! [`StorePolicy`] says which, from the `credential_store` setting:
//!
//! * unset (the default): the keyring, else the file. On a machine with no
//!   keyring (a jump host, a container, CI) a login therefore lasts, as gh's
//!   does, and one line says where the session went when it is written
//!   there. A session recorded as kept in the file is read from the file
//!   without asking the keyring first: no keyring timeout on every command.
//! * `keyring`, chosen explicitly: the keyring only; when none answers, the
//!   session is kept in memory for that command, with one warning line —
//!   never on disk.
//! * `file`, `none`: that store, nothing else.
//!
//! [`ChosenStore`] is the one in use, opened on first use.
//!
//! `BYTEMARK_TOKEN` is not a store: it is used as is and never written.
//! Passwords never reach any store.

use crate::config::write_private;
use crate::config::{CredentialStore, Setting, Source};
use bytemark_api::error::printable_excerpt;
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// How long one keyring call may take before we give up on the keyring.
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// Which store holds a session (shown by `whoami`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoreKind {
    Keyring,
    File,
    Memory,
    /// `BYTEMARK_TOKEN`.
    Env,
}

impl StoreKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StoreKind::Keyring => "keyring",
            StoreKind::File => "file",
            StoreKind::Memory => "memory",
            StoreKind::Env => "env",
        }
    }

    /// Whether a session in this store outlives the process.
    pub fn persistent(self) -> bool {
        matches!(self, StoreKind::Keyring | StoreKind::File)
    }
}

/// Where tokens go, from the `credential_store` setting and whether it was
/// set at all (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorePolicy {
    /// Unset: the keyring, else the private file.
    KeyringElseFile,
    /// `keyring` chosen explicitly: the keyring, else memory (with a warning).
    KeyringOnly,
    File,
    Memory,
}

impl StorePolicy {
    pub fn from_setting(setting: &Setting<CredentialStore>) -> StorePolicy {
        match setting.value {
            CredentialStore::Keyring if setting.source == Source::Default => {
                StorePolicy::KeyringElseFile
            }
            CredentialStore::Keyring => StorePolicy::KeyringOnly,
            CredentialStore::File => StorePolicy::File,
            CredentialStore::None => StorePolicy::Memory,
        }
    }
}

/// The store in use: the policy's, opened on first use. A keyring that
/// does not answer, when opened or later, is replaced by the file (by
/// default) or by memory (`keyring` chosen explicitly, with one warning).
pub struct ChosenStore {
    policy: StorePolicy,
    state_dir: PathBuf,
    open: RefCell<Option<Box<dyn TokenStore>>>,
    warned: Cell<bool>,
    /// Why the keyring was given up on for the file, until that is said
    /// (once, when a token is written there).
    file_because: RefCell<Option<String>>,
    quiet: bool,
}

impl ChosenStore {
    /// `quiet` (`-q`, or shell completion): the fallbacks are not said.
    pub fn new(policy: StorePolicy, state_dir: &Path, quiet: bool) -> ChosenStore {
        ChosenStore {
            policy,
            state_dir: state_dir.to_path_buf(),
            open: RefCell::new(None),
            warned: Cell::new(quiet),
            file_because: RefCell::new(None),
            quiet,
        }
    }

    /// Runs `f` with the store, opening it first if need be.
    pub fn with<T>(&self, f: impl FnOnce(&dyn TokenStore) -> T) -> T {
        let mut slot = self.open.borrow_mut();
        let store = slot.get_or_insert_with(|| -> Box<dyn TokenStore> {
            match self.policy {
                StorePolicy::Memory => Box::new(MemoryStore::default()),
                StorePolicy::File => Box::new(FileStore::new(&self.state_dir)),
                StorePolicy::KeyringOnly | StorePolicy::KeyringElseFile => {
                    match KeyringStore::open() {
                        Ok(k) => Box::new(k),
                        Err(e) => self.fallback(&e.0),
                    }
                }
            }
        });
        f(store.as_ref())
    }

    pub fn kind(&self) -> StoreKind {
        self.with(|s| s.kind())
    }

    /// By default, a session recorded as kept in the file is read from the
    /// file: the keyring is not asked (it did not answer when the session
    /// was stored, and asking again could cost its timeout on every
    /// command). Call before the store is first used.
    pub fn prefer_recorded(&self, recorded: StoreKind) {
        let mut slot = self.open.borrow_mut();
        if slot.is_none()
            && self.policy == StorePolicy::KeyringElseFile
            && recorded == StoreKind::File
        {
            *slot = Some(Box::new(FileStore::new(&self.state_dir)));
        }
    }

    /// Moves to the fallback store after a keyring failure mid-run.
    pub fn fall_back(&self, why: &str) {
        let store = self.fallback(why);
        *self.open.borrow_mut() = Some(store);
    }

    /// The store to use when the keyring does not answer.
    fn fallback(&self, why: &str) -> Box<dyn TokenStore> {
        if self.policy == StorePolicy::KeyringElseFile {
            *self.file_because.borrow_mut() = Some(short(why));
            Box::new(FileStore::new(&self.state_dir))
        } else {
            self.warn_memory_fallback(why);
            Box::new(MemoryStore::default())
        }
    }

    /// After a token was written: if it went to the file because no
    /// keyring answered, says so, once, in one line.
    pub fn said_where(&self, key: &EntryKey) {
        if let Some(why) = self.file_because.borrow_mut().take()
            && !self.quiet
        {
            crate::stderr_line!(
                "note: no OS keyring answered ({why}); the session is kept in a private file instead: {}",
                FileStore::new(&self.state_dir).path(key).display()
            );
        }
    }

    fn warn_memory_fallback(&self, why: &str) {
        if !self.warned.replace(true) {
            let why = short(why);
            crate::stderr_line!(
                "warning: no OS keyring ({why}); the session is kept in memory for this command only \
                 (credential_store is set to keyring; unset it, or set it to file, to keep sessions \
                 in a private file where no keyring answers)"
            );
        }
    }
}

/// A store error for a one-line message: printable, at most 120 characters.
fn short(why: &str) -> String {
    let why = printable_excerpt(why);
    if why.chars().count() > 120 {
        why.chars().take(120).chain(std::iter::once('…')).collect()
    } else {
        why
    }
}

/// What a stored token is filed under: profile, auth endpoint and user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryKey {
    pub profile: String,
    pub auth_endpoint: String,
    pub user: String,
}

impl EntryKey {
    /// The (service, user) pair of the keyring entry. Tests and users can
    /// find the entry with these (e.g. `secret-tool search service ...`).
    pub fn keyring_names(&self) -> (String, String) {
        (
            format!("bytemark {}", self.auth_endpoint.trim_end_matches('/')),
            format!("{}@{}", self.user, self.profile),
        )
    }
}

/// A store failure, described without the secret.
#[derive(Debug, Clone)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One place a token can be kept.
pub trait TokenStore {
    fn kind(&self) -> StoreKind;
    /// The token filed under `key`, if any.
    fn load(&self, key: &EntryKey) -> Result<Option<String>, StoreError>;
    fn save(&self, key: &EntryKey, token: &str) -> Result<(), StoreError>;
    /// Forgets the token; forgetting a missing one is not an error.
    fn delete(&self, key: &EntryKey) -> Result<(), StoreError>;
}

/// This process only.
#[derive(Default)]
pub struct MemoryStore {
    tokens: RefCell<HashMap<(String, String, String), String>>,
}

fn tuple(k: &EntryKey) -> (String, String, String) {
    (k.profile.clone(), k.auth_endpoint.clone(), k.user.clone())
}

impl TokenStore for MemoryStore {
    fn kind(&self) -> StoreKind {
        StoreKind::Memory
    }
    fn load(&self, key: &EntryKey) -> Result<Option<String>, StoreError> {
        Ok(self.tokens.borrow().get(&tuple(key)).cloned())
    }
    fn save(&self, key: &EntryKey, token: &str) -> Result<(), StoreError> {
        self.tokens
            .borrow_mut()
            .insert(tuple(key), token.to_string());
        Ok(())
    }
    fn delete(&self, key: &EntryKey) -> Result<(), StoreError> {
        self.tokens.borrow_mut().remove(&tuple(key));
        Ok(())
    }
}

/// A 0600 file per profile under `<state dir>/credentials/`.
pub struct FileStore {
    pub dir: PathBuf,
}

#[derive(Serialize, Deserialize)]
struct FileEntry {
    auth_endpoint: String,
    user: String,
    token: String,
}

impl FileStore {
    pub fn new(state_dir: &std::path::Path) -> FileStore {
        FileStore {
            dir: state_dir.join("credentials"),
        }
    }
    pub fn path(&self, key: &EntryKey) -> PathBuf {
        self.profile_path(&key.profile)
    }

    /// The file of a profile, whoever's token it holds.
    pub fn profile_path(&self, profile: &str) -> PathBuf {
        self.dir.join(format!("{profile}.json"))
    }
}

impl TokenStore for FileStore {
    fn kind(&self) -> StoreKind {
        StoreKind::File
    }
    fn load(&self, key: &EntryKey) -> Result<Option<String>, StoreError> {
        let path = self.path(key);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StoreError(format!("cannot read {}: {e}", path.display()))),
        };
        // A damaged file is treated as no session (the next login rewrites it).
        Ok(serde_json::from_str::<FileEntry>(&text)
            .ok()
            .filter(|e| e.auth_endpoint == key.auth_endpoint && e.user == key.user)
            .map(|e| e.token))
    }
    fn save(&self, key: &EntryKey, token: &str) -> Result<(), StoreError> {
        let entry = FileEntry {
            auth_endpoint: key.auth_endpoint.clone(),
            user: key.user.clone(),
            token: token.to_string(),
        };
        let text = serde_json::to_string(&entry).map_err(|e| StoreError(e.to_string()))?;
        write_private(&self.path(key), text.as_bytes()).map_err(|e| StoreError(e.message))
    }
    fn delete(&self, key: &EntryKey) -> Result<(), StoreError> {
        // One file per profile: it may already hold another user's (or
        // auth endpoint's) token, saved by the login that replaces this one.
        // That token is not ours to forget.
        if let Ok(text) = std::fs::read_to_string(self.path(key))
            && let Ok(e) = serde_json::from_str::<FileEntry>(&text)
            && (e.auth_endpoint != key.auth_endpoint || e.user != key.user)
        {
            return Ok(());
        }
        match std::fs::remove_file(self.path(key)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(StoreError(format!(
                "cannot remove {}: {e}",
                self.path(key).display()
            ))),
        }
    }
}

/// Runs `f` on a helper thread and waits at most [`KEYRING_TIMEOUT`]. A
/// call that does not answer in time is left behind (it ends with the
/// process) and reported as a failure.
fn bounded<T: Send + 'static>(
    what: &str,
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("keyring".into())
        .spawn(move || {
            let _ = tx.send(f());
        });
    if let Err(e) = spawned {
        return Err(StoreError(format!("cannot start a keyring thread: {e}")));
    }
    match rx.recv_timeout(KEYRING_TIMEOUT) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(StoreError(format!(
            "the keyring did not answer within {} s ({what}); it may be locked",
            KEYRING_TIMEOUT.as_secs()
        ))),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(StoreError(format!("the keyring call failed ({what})")))
        }
    }
}

fn describe(e: keyring_core::Error) -> StoreError {
    // keyring-core errors never contain the secret (BadEncoding carries
    // bytes, which we do not print).
    let text = match e {
        keyring_core::Error::BadEncoding(_) => "the stored entry is not text".to_string(),
        keyring_core::Error::BadDataFormat(_, inner) => format!("bad data format: {inner}"),
        other => other.to_string(),
    };
    StoreError(text)
}

/// The OS keyring.
pub struct KeyringStore {
    _private: (),
}

static KEYRING_INIT: std::sync::OnceLock<Result<(), StoreError>> = std::sync::OnceLock::new();

impl KeyringStore {
    /// Connects to the platform's credential store (bounded by the timeout)
    /// and makes it keyring-core's default store. Fails fast when none is
    /// reachable (no D-Bus session, no Secret Service, unsupported OS).
    pub fn open() -> Result<KeyringStore, StoreError> {
        KEYRING_INIT
            .get_or_init(|| bounded("connect", connect_platform_store))
            .clone()?;
        Ok(KeyringStore { _private: () })
    }
}

#[cfg(target_os = "linux")]
fn connect_platform_store() -> Result<(), StoreError> {
    let store = zbus_secret_service_keyring_store::Store::new().map_err(describe)?;
    keyring_core::set_default_store(store);
    Ok(())
}

#[cfg(target_os = "macos")]
fn connect_platform_store() -> Result<(), StoreError> {
    let store = apple_native_keyring_store::keychain::Store::new().map_err(describe)?;
    keyring_core::set_default_store(store);
    Ok(())
}

#[cfg(target_os = "windows")]
fn connect_platform_store() -> Result<(), StoreError> {
    let store = windows_native_keyring_store::Store::new().map_err(describe)?;
    keyring_core::set_default_store(store);
    Ok(())
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn connect_platform_store() -> Result<(), StoreError> {
    // No keyring store for this platform: BYTEMARK_CREDENTIAL_STORE=file
    // keeps sessions across commands.
    Err(StoreError("no OS keyring support for this platform".into()))
}

impl TokenStore for KeyringStore {
    fn kind(&self) -> StoreKind {
        StoreKind::Keyring
    }
    fn load(&self, key: &EntryKey) -> Result<Option<String>, StoreError> {
        let (service, user) = key.keyring_names();
        bounded("read", move || {
            let entry = keyring_core::Entry::new(&service, &user).map_err(describe)?;
            match entry.get_password() {
                Ok(t) => Ok(Some(t)),
                Err(keyring_core::Error::NoEntry) => Ok(None),
                Err(e) => Err(describe(e)),
            }
        })
    }
    fn save(&self, key: &EntryKey, token: &str) -> Result<(), StoreError> {
        let (service, user) = key.keyring_names();
        let token = token.to_string();
        bounded("write", move || {
            let entry = keyring_core::Entry::new(&service, &user).map_err(describe)?;
            entry.set_password(&token).map_err(describe)
        })
    }
    fn delete(&self, key: &EntryKey) -> Result<(), StoreError> {
        let (service, user) = key.keyring_names();
        bounded("delete", move || {
            let entry = keyring_core::Entry::new(&service, &user).map_err(describe)?;
            match entry.delete_credential() {
                Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                Err(e) => Err(describe(e)),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> EntryKey {
        EntryKey {
            profile: "default".into(),
            auth_endpoint: "http://127.0.0.1:1".into(),
            user: "demo".into(),
        }
    }

    #[test]
    fn file_store_round_trips_with_private_mode() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path());
        assert_eq!(store.load(&key()).unwrap(), None);
        store.save(&key(), "tok").unwrap();
        assert_eq!(store.load(&key()).unwrap().as_deref(), Some("tok"));
        let other = EntryKey {
            user: "other".into(),
            ..key()
        };
        assert_eq!(store.load(&other).unwrap(), None);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(store.path(&key()))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        store.delete(&key()).unwrap();
        store.delete(&key()).unwrap();
        assert_eq!(store.load(&key()).unwrap(), None);
    }

    #[test]
    fn bounded_calls_give_up() {
        let started = std::time::Instant::now();
        let r: Result<(), _> = bounded("sleep", || {
            std::thread::sleep(Duration::from_secs(30));
            Ok(())
        });
        assert!(r.is_err());
        assert!(started.elapsed() < Duration::from_secs(10));
    }
}
