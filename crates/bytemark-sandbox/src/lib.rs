//! A fake Bytemark: a local, stateful implementation of Bytemark's auth
//! service and Cloud Servers API ("the brain"), served over plain HTTP/1.1
//! on loopback, for tests and dry runs.
//!
//! Take it as a dev-dependency to test a Bytemark client against something
//! that behaves like the real API without an account or a network: start
//! one per test, point the client at [`SandboxHandle::base_url`], and look
//! at what it received in [`SandboxHandle::requests`].
//!
//! ```
//! use std::io::{Read, Write};
//! use std::net::TcpStream;
//! use bytemark_sandbox::SandboxOptions;
//!
//! let sandbox = bytemark_sandbox::start(SandboxOptions {
//!     listen: "127.0.0.1:0".parse()?, // any free port
//!     ..SandboxOptions::default()
//! })?;
//! // GET /definitions is the one brain route that needs no token.
//! let mut conn = TcpStream::connect(sandbox.addr())?;
//! conn.write_all(b"GET /definitions HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n")?;
//! let mut answer = String::new();
//! conn.read_to_string(&mut answer)?;
//! assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"));
//! assert_eq!(sandbox.requests()[0].path, "/definitions");
//! sandbox.stop();
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What it serves
//!
//! Both services share the one base URL (`http://127.0.0.1:PORT`):
//!
//! * the auth service: `POST /session` (log in; the body is the token),
//!   `GET /session/{token}` (read and extend it), `POST /session/{token}`
//!   (impersonation, staff only);
//! * the brain: `/definitions`, `/accounts`, `/groups`, `/virtual_machines`
//!   (with `vm_create`, `reimage`, `signal`), `/discs` (with `backups` and
//!   `backup_schedules`), `/nics` (with `ip_create`), `/ips` (with
//!   `swap_virtual_machine_ips`), `/users`, `/privileges` and `/api_keys`,
//!   nested (`/accounts/{a}/groups/{g}/virtual_machines/{vm}/discs/{d}`)
//!   and flat. Send `Authorization: Bearer <token>`, or `Bearer
//!   apikey.<key>`.
//!
//! It follows the Bytemark API reference the `bytemark` project keeps
//! (`api/bigv-api.md`): JSON shapes, Rails-style 400 bodies, 404 for
//! anything the caller cannot see and 403 for what they see but may not
//! change, the power model, disc and name rules. Every body is built from
//! that reference, not from any client's model types, so a mistake in a
//! client's models cannot hide here. Where the reference leaves room, the
//! choices are listed in the project's `docs/SANDBOX.md`. VM defaults,
//! billing and admin endpoints are not served.
//!
//! Every address it hands out is a documentation address (192.0.2.0/24,
//! 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), so a client acting on
//! one (an ssh console, say) cannot reach a real machine.
//!
//! # Seed data
//!
//! A new state holds accounts `demo` (groups `default` with servers `web1`
//! and `db1`, and `staging` with `app1`) and `other` (server `secret1`), and
//! these users, each with their name as password:
//!
//! | User | Holds | For testing |
//! |---|---|---|
//! | [`DEMO_USER`] | `account_admin` on [`DEMO_ACCOUNT`] | the everyday case; also owns [`DEMO_API_KEY`] |
//! | `other` | `account_admin` on `other` | what demo must not see (404) |
//! | `console` | `vm_console` on `web1` only | 403 on changes |
//! | `twofa` | `account_admin` on `demo` | a second factor: send `"2fa": "123456"` |
//! | `yubi` | `account_admin` on `demo` | a Yubikey OTP: any 44 modhex characters |
//! | `staff` | `cluster_admin` | impersonation, cluster-wide rights |
//!
//! [`SandboxOptions::seed_servers`] adds servers to `demo` for tests of
//! long lists.
//!
//! # In a test
//!
//! * [`start`] binds, seeds (or loads) the state and serves in background
//!   threads; it returns once the socket listens. Port 0 in
//!   [`SandboxOptions::listen`] (the default) picks a free port, so tests
//!   can run in parallel, one sandbox each.
//! * [`SandboxHandle::base_url`] is the URL to give the client;
//!   [`SandboxHandle::addr`] the socket address.
//! * [`SandboxHandle::requests`] is every request so far, in order of
//!   completion, as [`RequestRecord`]s (method, path, query, status,
//!   duration); [`SandboxHandle::clear_requests`] starts the list afresh.
//!   [`SandboxOptions::request_log`] also appends them to a file as JSON
//!   lines.
//! * [`SandboxHandle::session_tokens`] and [`SandboxHandle::set_password`]
//!   help tests that search output or files for secrets.
//! * [`SandboxHandle::stop`] stops serving, joins the threads and saves the
//!   state file; dropping the handle does the same.
//!
//! State lives in memory unless [`SandboxOptions::state_file`] names a file:
//! then it survives restarts (sessions included), is saved atomically after
//! every change, and is locked against a second sandbox
//! ([`SandboxError::Locked`]). [`reset_state_file`] rewrites one with fresh
//! seed data.
//!
//! # Faults and timing
//!
//! * [`SandboxOptions::fail_rate`] and [`SandboxOptions::fail_mode`] make
//!   requests fail on purpose: `500`, `503`, a connection dropped before the
//!   request is handled ([`FailMode::Drop`]), or dropped after it was
//!   ([`FailMode::DropAfter`]: it happened, but the client cannot know). A
//!   request fails or not as a function of [`SandboxOptions::seed`] and its
//!   number in arrival order, so a run repeats exactly.
//! * [`SandboxOptions::latency`] delays every answer.
//! * [`SandboxOptions::transition_delay`] makes creates, reimages, power
//!   changes, backups (reaching cold storage) and restores take that long,
//!   for clients that wait and poll.
//! * [`SandboxOptions::session_ttl`] shortens sessions, for expiry tests.
//! * [`SandboxHandle::set_faults`] and [`SandboxHandle::set_latency`] change
//!   faults and latency while running, e.g. to log in cleanly first.

#![warn(missing_docs)]

use std::sync::Arc;

// How it is built, top down: `pipeline` runs every request (faults,
// latency, request log, persistence) and asks `routes`, the one table of
// paths, which handler answers: `auth` for the auth service, `brain::*` for
// the Cloud Servers API. Below them: `shared` (what connection threads
// share), `state` (data model, seed data, state file), `http` (a small
// server of our own, so that faults can drop connections unanswered).
mod auth;
mod brain;
mod error;
mod handle;
mod http;
mod options;
mod pipeline;
mod request_log;
mod routes;
mod shared;
mod state;

pub use error::SandboxError;
pub use handle::SandboxHandle;
pub use options::{FailMode, SandboxOptions};
pub use request_log::RequestRecord;
pub use state::seed::{DEMO_ACCOUNT, DEMO_API_KEY, DEMO_PASSWORD, DEMO_USER};

/// Binds, loads (or seeds) the state, and serves in background threads.
/// Returns once the socket is listening.
///
/// Fails with [`SandboxError::Option`] for a fail rate outside `0.0..=1.0`,
/// [`SandboxError::Bind`] when the address cannot be bound, and with
/// [`SandboxError::Io`], [`SandboxError::Corrupt`] or
/// [`SandboxError::Locked`] when the state file or request log cannot be
/// used.
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
