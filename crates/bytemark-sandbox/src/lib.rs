//! The sandbox: a local, stateful implementation of Bytemark's auth service
//! and Cloud Servers ("brain") API, served over HTTP on loopback.
//!
//! It follows `api/bigv-api.md` (its §8 blueprint) and builds every JSON
//! body itself from the reference: it shares no model types with the client
//! (design.md §3), so a mistake in the client's models cannot hide here.
//!
//! Layout:
//! * [`http`] — a small HTTP/1.1 server (keep-alive, body cap, drop faults);
//! * `server` — fault injection, latency, request log, persistence hook;
//! * [`state`] — data model, seed data, lazy power transitions, state file;
//! * `auth` — `POST /session`, `GET /session/{id}`, impersonation;
//! * `brain` — accounts, groups, servers, discs, NICs/IPs, users,
//!   privileges, API keys, definitions;
//! * `json` — response bodies.
//!
//! Decisions where the reference leaves room are listed in docs/SANDBOX.md.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

mod auth;
mod brain;
pub mod http;
mod json;
mod server;
pub mod state;

/// Seed user who administers account [`DEMO_ACCOUNT`].
pub const DEMO_USER: &str = "demo";
/// Password of [`DEMO_USER`].
pub const DEMO_PASSWORD: &str = "demo";
/// Seed account administered by [`DEMO_USER`].
pub const DEMO_ACCOUNT: &str = "demo";
/// API key of [`DEMO_USER`] (account_admin on `demo`); send as
/// `Authorization: Bearer apikey.demo-ci-key`.
pub const DEMO_API_KEY: &str = "demo-ci-key";

/// How injected failures look to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailMode {
    /// Answer `500 Internal Server Error`.
    Status500,
    /// Answer `503 Service Unavailable`.
    Status503,
    /// Close the connection without answering, before handling the request
    /// (nothing changes).
    Drop,
    /// Handle the request (its changes are made), then close the connection
    /// without answering: the client cannot know whether it happened — what
    /// a timeout or a proxy dropping the answer looks like.
    DropAfter,
}

impl std::str::FromStr for FailMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "500" => Ok(FailMode::Status500),
            "503" => Ok(FailMode::Status503),
            "drop" => Ok(FailMode::Drop),
            "drop-after" => Ok(FailMode::DropAfter),
            _ => Err(format!(
                "invalid fail mode {s:?} (expected 500, 503, drop or drop-after)"
            )),
        }
    }
}

/// Everything that configures one sandbox server.
#[derive(Debug, Clone)]
pub struct SandboxOptions {
    /// Address to bind (port 0 picks a free port).
    pub listen: SocketAddr,
    /// Persist state here (locked while in use); `None` keeps it in memory.
    pub state_file: Option<PathBuf>,
    /// How long creates, reimages and power changes take to complete.
    pub transition_delay: Duration,
    /// Overrides the default session lifetime (300 s) and caps `validity`.
    pub session_ttl: Option<Duration>,
    /// Added to every response.
    pub latency: Duration,
    /// Probability (0.0..=1.0) that a request fails on purpose.
    pub fail_rate: f64,
    /// How it fails.
    pub fail_mode: FailMode,
    /// Seed for fault decisions and address allocation: same seed and same
    /// request sequence ⇒ same failures and addresses.
    pub seed: u64,
    /// Append one JSON line per request to this file.
    pub request_log: Option<PathBuf>,
    /// No access log on stderr.
    pub quiet: bool,
    /// Extra servers in account `demo`, spread over groups `bulk1..bulk10`
    /// (only when the state is created from seed data).
    pub seed_servers: usize,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        SandboxOptions {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            state_file: None,
            transition_delay: Duration::ZERO,
            session_ttl: None,
            latency: Duration::ZERO,
            fail_rate: 0.0,
            fail_mode: FailMode::Status503,
            seed: 0,
            request_log: None,
            quiet: true,
            seed_servers: 0,
        }
    }
}

/// Why the sandbox could not start (or save).
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "sandbox state file {path} is corrupt: {message} (fix or remove it, or run `bytemark sandbox reset`)"
    )]
    Corrupt { path: PathBuf, message: String },
    #[error("sandbox state file {path} is in use by another sandbox process")]
    Locked { path: PathBuf },
    #[error("invalid sandbox option: {0}")]
    Option(String),
    #[error("{0}")]
    Other(String),
}

/// One line of the request log.
#[derive(Clone, Debug, serde::Serialize)]
pub struct RequestRecord {
    pub method: String,
    pub path: String,
    pub query: String,
    /// 0 when the connection was dropped on purpose.
    pub status: u16,
    pub duration_ms: f64,
}

/// A running sandbox; stops (and flushes state) on [`SandboxHandle::stop`]
/// or when dropped.
pub struct SandboxHandle {
    base_url: String,
    http: Option<http::HttpServer>,
    shared: Arc<server::Shared>,
}

impl SandboxHandle {
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.http
            .as_ref()
            .map(|h| h.local_addr())
            .unwrap_or(SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// A copy of the request log so far, in order of completion.
    pub fn requests(&self) -> Vec<RequestRecord> {
        http::lock(&self.shared.log).clone()
    }

    pub fn clear_requests(&self) {
        http::lock(&self.shared.log).clear();
    }

    /// The tokens of every session issued so far (live or expired), for
    /// tests that look for a token where it must not be.
    pub fn session_tokens(&self) -> Vec<String> {
        http::lock(&self.shared.state)
            .sessions
            .keys()
            .cloned()
            .collect()
    }

    /// Sets a seed user's password (e.g. to one a test can search for).
    /// Returns false if there is no such user.
    pub fn set_password(&self, username: &str, password: &str) -> bool {
        let mut st = http::lock(&self.shared.state);
        match st.users.values_mut().find(|u| u.username == username) {
            Some(u) => {
                u.password = password.to_string();
                true
            }
            None => false,
        }
    }

    /// Changes the latency added to every response while running.
    pub fn set_latency(&self, latency: Duration) {
        *http::lock(&self.shared.latency) = latency;
    }

    /// Changes fault injection while running (e.g. to log in cleanly, run a
    /// faulty scenario, then inspect the result with faults off). Request
    /// numbering for fault decisions continues from where it was.
    pub fn set_faults(&self, fail_rate: f64, fail_mode: FailMode) {
        *http::lock(&self.shared.faults) = (fail_rate.clamp(0.0, 1.0), fail_mode);
    }

    /// Stops serving, joins the threads and writes the state file.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(mut h) = self.http.take() {
            h.stop();
            if let Err(e) = self.shared.flush() {
                eprintln!("sandbox: {e}");
            }
        }
    }
}

impl Drop for SandboxHandle {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Binds, loads (or seeds) the state, and serves in background threads.
/// Returns once the socket is listening.
pub fn start(opts: SandboxOptions) -> Result<SandboxHandle, SandboxError> {
    if !(0.0..=1.0).contains(&opts.fail_rate) || opts.fail_rate.is_nan() {
        return Err(SandboxError::Option(format!(
            "fail rate {} is not between 0 and 1",
            opts.fail_rate
        )));
    }
    let shared = Arc::new(server::Shared::new(opts.clone())?);
    let listener = std::net::TcpListener::bind(opts.listen).map_err(|e| SandboxError::Bind {
        addr: opts.listen,
        source: e,
    })?;
    let addr = listener.local_addr().map_err(|e| SandboxError::Bind {
        addr: opts.listen,
        source: e,
    })?;
    let handler_shared = shared.clone();
    let handler: Arc<http::Handler> = Arc::new(move |req| server::handle(&handler_shared, req));
    let http = http::HttpServer::start(listener, handler)
        .map_err(|e| SandboxError::Bind { addr, source: e })?;
    let host = match addr {
        SocketAddr::V4(a) => a.ip().to_string(),
        SocketAddr::V6(a) => format!("[{}]", a.ip()),
    };
    Ok(SandboxHandle {
        base_url: format!("http://{host}:{}", addr.port()),
        http: Some(http),
        shared,
    })
}

/// Replaces the state file with fresh seed data (taking the lock, so a
/// running sandbox on the same file makes this fail).
pub fn reset_state_file(path: &std::path::Path) -> Result<(), SandboxError> {
    let _lock = state::acquire_lock(path)?;
    state::save(path, &state::State::seed(0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_modes_parse() {
        assert_eq!("500".parse::<FailMode>().unwrap(), FailMode::Status500);
        assert_eq!("503".parse::<FailMode>().unwrap(), FailMode::Status503);
        assert_eq!("drop".parse::<FailMode>().unwrap(), FailMode::Drop);
        assert_eq!(
            "drop-after".parse::<FailMode>().unwrap(),
            FailMode::DropAfter
        );
        assert!("404".parse::<FailMode>().is_err());
    }
}
