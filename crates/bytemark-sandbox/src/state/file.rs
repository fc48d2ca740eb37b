//! The state file: `{"format": "bytemark-sandbox-state", "state": {...}}`,
//! written atomically, readable only by its owner (it holds session
//! tokens), and guarded by an exclusive lock on `<file>.lock` while a
//! sandbox uses it.

use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{STATE_VERSION, State};
use crate::error::SandboxError;

// Not `#[serde(flatten)]`: flattening breaks the integer map keys.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    state: &'a State,
}

#[derive(Deserialize)]
struct FileIn {
    format: String,
    state: State,
}

const FORMAT: &str = "bytemark-sandbox-state";

/// An exclusive lock on `<file>.lock`, held as long as this value lives.
pub struct StateLock {
    _lock: fd_lock::RwLock<std::fs::File>,
}

pub fn lock_path(state_file: &Path) -> PathBuf {
    let mut s = state_file.as_os_str().to_os_string();
    s.push(".lock");
    PathBuf::from(s)
}

/// Options for a new file only its owner can read: the state holds session
/// tokens.
fn private_file() -> std::fs::OpenOptions {
    let mut o = std::fs::OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o
}

/// Creates `dir` as 0700 (its parents as usual) when it does not exist; an
/// existing directory keeps its mode.
fn private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut b = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    match b.create(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        other => other,
    }
}

/// How long a state file lock is retried before the file is reported in use.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_millis(500);

/// Takes the exclusive lock for `state_file`, or explains who holds it.
pub fn acquire_lock(state_file: &Path) -> Result<StateLock, SandboxError> {
    if let Some(dir) = state_file.parent()
        && !dir.as_os_str().is_empty()
    {
        private_dir(dir).map_err(|e| SandboxError::Io {
            path: dir.to_path_buf(),
            source: e,
        })?;
    }
    let path = lock_path(state_file);
    let file = private_file()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| SandboxError::Io {
            path: path.clone(),
            source: e,
        })?;
    let mut lock = fd_lock::RwLock::new(file);
    // A lock just released can still be held for a moment by a child that a
    // thread of this process forked before exec (it shares the open file):
    // try for a little while before calling the file in use.
    let started = std::time::Instant::now();
    loop {
        match lock.try_write() {
            // Keep the lock for as long as the file stays open: the guard only
            // borrows `lock`, so forget it; closing the file releases the lock.
            Ok(guard) => {
                std::mem::forget(guard);
                break;
            }
            Err(_) if started.elapsed() < LOCK_PATIENCE => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(_) => {
                return Err(SandboxError::Locked {
                    path: state_file.to_path_buf(),
                });
            }
        }
    }
    Ok(StateLock { _lock: lock })
}

/// Loads the state file (moving a version 1 file onto documentation
/// addresses); a missing file yields `None`.
pub fn load(path: &Path) -> Result<Option<State>, SandboxError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(SandboxError::Io {
                path: path.to_path_buf(),
                source: e,
            });
        }
    };
    let parsed: FileIn = serde_json::from_slice(&bytes).map_err(|e| SandboxError::Corrupt {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let mut state = parsed.state;
    if parsed.format != FORMAT || !(1..=STATE_VERSION).contains(&state.version) {
        return Err(SandboxError::Corrupt {
            path: path.to_path_buf(),
            message: format!(
                "not a sandbox state file of version {STATE_VERSION} (format {:?}, version {})",
                parsed.format, state.version
            ),
        });
    }
    if state.version == 1 {
        // Version 1 handed out public addresses: a client acting on them
        // (an ssh console) would reach real machines.
        state.readdress();
        state.version = STATE_VERSION;
    }
    Ok(Some(state))
}

/// Writes the state atomically: temp file in the same directory, fsync,
/// rename over the target.
pub fn save(path: &Path, state: &State) -> Result<(), SandboxError> {
    let io_err = |e: std::io::Error| SandboxError::Io {
        path: path.to_path_buf(),
        source: e,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let bytes = serde_json::to_vec(&FileOut {
        format: FORMAT,
        state,
    })
    .map_err(|e| io_err(std::io::Error::other(e)))?;
    let file_name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| "sandbox.json".into());
    let tmp = dir.join(format!(".{file_name}.tmp{}", std::process::id()));
    let result = (|| {
        let mut f = private_file()
            .create(true)
            .truncate(true)
            .write(true)
            .open(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // Make the rename itself durable where the platform allows it.
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io_err)
}
