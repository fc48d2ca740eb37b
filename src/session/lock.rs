//! The session lock: one exclusive file lock per profile, shared by every
//! bytemark process, so that parallel commands (`xargs -P 8`) log in once
//! and never tear the stored entry (design.md §5).
//!
//! Logins and refreshes wait for it (two minutes at most); writes that may
//! be skipped, such as moving the expiry estimate forward, only take it when
//! it is free.
//!
//! A symbolic link at the lock path is never followed (`O_NOFOLLOW`): it
//! could make us create or lock a file elsewhere. It is an error that says
//! so.

use crate::error::{Error, Result};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How long to wait for another process that holds the session lock.
const LOCK_WAIT: Duration = Duration::from_secs(120);

/// How often to try again meanwhile.
const LOCK_POLL: Duration = Duration::from_millis(25);

/// The lock file of one profile (empty, 0600).
pub struct SessionLock {
    path: PathBuf,
}

impl SessionLock {
    /// The lock at `path`; its directory must exist before [`SessionLock::hold`].
    pub fn new(path: PathBuf) -> SessionLock {
        SessionLock { path }
    }

    /// Runs `f` holding the lock, waiting for another process to let go.
    pub fn hold<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let file = lock_file_options()
            .open(&self.path)
            .map_err(|e| self.open_error(e))?;
        let mut lock = fd_lock::RwLock::new(file);
        let started = Instant::now();
        loop {
            match lock.try_write() {
                Ok(_guard) => return f(),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if started.elapsed() > LOCK_WAIT {
                        return Err(Error::unexpected(
                            "another bytemark process has been logging in for two minutes",
                        )
                        .with_hint(format!(
                            "finish or stop it; the lock is {}",
                            self.path.display()
                        )));
                    }
                    std::thread::sleep(LOCK_POLL);
                }
                Err(e) => {
                    return Err(Error::unexpected(format!(
                        "cannot lock {}: {e}",
                        self.path.display()
                    )));
                }
            }
        }
    }

    fn open_error(&self, e: std::io::Error) -> Error {
        let link = std::fs::symlink_metadata(&self.path).is_ok_and(|m| m.file_type().is_symlink());
        if link {
            return Error::unexpected(format!(
                "the session lock {} is a symbolic link, which bytemark does not follow",
                self.path.display()
            ))
            .with_hint("remove it (bytemark creates the lock file itself)");
        }
        Error::unexpected(format!(
            "cannot open the session lock {}: {e}",
            self.path.display()
        ))
    }

    /// Runs `f` holding the lock if it is free right now; `None` when it is
    /// held elsewhere or cannot be opened.
    pub fn try_hold<T>(&self, f: impl FnOnce() -> T) -> Option<T> {
        let file = lock_file_options().open(&self.path).ok()?;
        let mut lock = fd_lock::RwLock::new(file);
        let _guard = lock.try_write().ok()?;
        Some(f())
    }
}

/// Opening (creating) a session lock file: empty, but private like
/// everything else in the state directory (0600).
fn lock_file_options() -> std::fs::OpenOptions {
    let mut o = std::fs::OpenOptions::new();
    o.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    o
}
