//! The sandbox: a local, stateful implementation of Bytemark's auth service
//! and Cloud Servers ("brain") API, served over HTTP on loopback.
//!
//! It follows `api/bigv-api.md` (its §8 blueprint) and builds every JSON
//! body itself from the reference: it shares no model types with the client
//! (design.md §3), so a mistake in the client's models cannot hide here.
//!
//! Decisions where the reference leaves room are listed in docs/SANDBOX.md.

use std::sync::Arc;

mod auth;
mod brain;
mod error;
mod handle;
pub mod http;
mod options;
mod pipeline;
mod request_log;
mod routes;
mod shared;
pub mod state;

pub use error::SandboxError;
pub use handle::SandboxHandle;
pub use options::{FailMode, SandboxOptions};
pub use request_log::RequestRecord;
pub use state::seed::{DEMO_ACCOUNT, DEMO_API_KEY, DEMO_PASSWORD, DEMO_USER};

/// Binds, loads (or seeds) the state, and serves in background threads.
/// Returns once the socket is listening.
pub fn start(opts: SandboxOptions) -> Result<SandboxHandle, SandboxError> {
    if !(0.0..=1.0).contains(&opts.fail_rate) || opts.fail_rate.is_nan() {
        return Err(SandboxError::Option(format!(
            "fail rate {} is not between 0 and 1",
            opts.fail_rate
        )));
    }
    let shared = Arc::new(shared::Shared::new(opts.clone())?);
    let listener = std::net::TcpListener::bind(opts.listen).map_err(|e| SandboxError::Bind {
        addr: opts.listen,
        source: e,
    })?;
    let addr = listener.local_addr().map_err(|e| SandboxError::Bind {
        addr: opts.listen,
        source: e,
    })?;
    let handler_shared = shared.clone();
    let handler: Arc<http::Handler> = Arc::new(move |req| pipeline::handle(&handler_shared, req));
    let http = http::HttpServer::start(listener, handler)
        .map_err(|e| SandboxError::Bind { addr, source: e })?;
    Ok(SandboxHandle::new(http, shared))
}

/// Replaces the state file with fresh seed data (taking the lock, so a
/// running sandbox on the same file makes this fail).
pub fn reset_state_file(path: &std::path::Path) -> Result<(), SandboxError> {
    let _lock = state::file::acquire_lock(path)?;
    state::file::save(path, &state::State::seed(0, 0))
}
