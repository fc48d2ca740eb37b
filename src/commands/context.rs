//! What every command gets: resolved settings, the output engine, and an
//! authenticated API client created on first use. (Interface fixed;
//! implementation owned by the core work.)

use crate::api::{Client, Http};
use crate::cli::GlobalArgs;
use crate::error::{Error, Result};
use crate::output::Output;

pub struct Context {
    pub output: Output,
    pub yes: bool,
    pub quiet: bool,
}

impl Context {
    /// Resolves flags, environment and profile into one validated context.
    /// Sends no request.
    pub fn new(_global: &GlobalArgs) -> Result<Context> {
        Err(Error::unexpected("context not implemented yet"))
    }

    /// The authenticated brain client (logs in or refreshes as needed, on first call).
    pub fn api(&mut self) -> Result<&Client> {
        Err(Error::unexpected("context not implemented yet"))
    }

    /// Unauthenticated transport, for `GET /definitions`.
    pub fn http(&self) -> Result<Http> {
        Err(Error::unexpected("context not implemented yet"))
    }

    /// The account to work in when a name does not say: `--account`, env,
    /// profile, else the first account the user can see (one request).
    pub fn default_account(&mut self) -> Result<String> {
        Err(Error::unexpected("context not implemented yet"))
    }

    /// Asks before something destructive or costly. `--yes` → Ok; a TTY →
    /// y/N prompt on stderr; no TTY → exit 8 with a hint to pass `--yes`.
    pub fn confirm(&self, _what: &str) -> Result<()> {
        Err(Error::unexpected("context not implemented yet"))
    }
}
