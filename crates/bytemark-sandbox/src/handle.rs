//! [`SandboxHandle`]: a running sandbox, to inspect and steer from a test.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::http::{HttpServer, lock};
use crate::options::FailMode;
use crate::request_log::RequestRecord;
use crate::shared::Shared;

/// A running sandbox; stops (and flushes state) on [`SandboxHandle::stop`]
/// or when dropped.
pub struct SandboxHandle {
    base_url: String,
    http: Option<HttpServer>,
    shared: Arc<Shared>,
}

impl SandboxHandle {
    pub(crate) fn new(http: HttpServer, shared: Arc<Shared>) -> SandboxHandle {
        let addr = http.local_addr();
        let host = match addr {
            SocketAddr::V4(a) => a.ip().to_string(),
            SocketAddr::V6(a) => format!("[{}]", a.ip()),
        };
        SandboxHandle {
            base_url: format!("http://{host}:{}", addr.port()),
            http: Some(http),
            shared,
        }
    }

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
        self.shared.log.records()
    }

    /// Forgets the request log so far (the `request_log` file keeps its
    /// lines), e.g. to look only at the requests of the next step.
    pub fn clear_requests(&self) {
        self.shared.log.clear();
    }

    /// The tokens of every session issued so far (live or expired), for
    /// tests that look for a token where it must not be.
    pub fn session_tokens(&self) -> Vec<String> {
        lock(&self.shared.state).sessions.keys().cloned().collect()
    }

    /// Sets a seed user's password (e.g. to one a test can search for).
    /// Returns false if there is no such user.
    pub fn set_password(&self, username: &str, password: &str) -> bool {
        let mut st = lock(&self.shared.state);
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
        *lock(&self.shared.latency) = latency;
    }

    /// Changes fault injection while running (e.g. to log in cleanly, run a
    /// faulty scenario, then inspect the result with faults off). Request
    /// numbering for fault decisions continues from where it was.
    pub fn set_faults(&self, fail_rate: f64, fail_mode: FailMode) {
        *lock(&self.shared.faults) = (fail_rate.clamp(0.0, 1.0), fail_mode);
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
