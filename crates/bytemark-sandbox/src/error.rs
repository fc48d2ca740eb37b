//! [`SandboxError`]: why a sandbox could not start, or could not save.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Why the sandbox could not start (or save).
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// The listen address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A file (state file, its lock, the request log) could not be used.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The state file exists but is not a sandbox state file of this
    /// version; it is left as it is.
    #[error(
        "sandbox state file {path} is corrupt: {message} (fix or remove it, or run `bytemark sandbox reset`)"
    )]
    Corrupt {
        /// The state file.
        path: PathBuf,
        /// Why it was refused (the parse error, or the version found).
        message: String,
    },
    /// Another sandbox (in this process or another) holds the state file.
    #[error("sandbox state file {path} is in use by another sandbox process")]
    Locked {
        /// The state file.
        path: PathBuf,
    },
    /// An option is out of range (e.g. a fail rate above 1).
    #[error("invalid sandbox option: {0}")]
    Option(String),
}
