//! Sessions: log in, keep the token, refresh before expiry, log in again
//! after expiry or a 401 — with no surprises for scripts. The auth service's
//! protocol itself (`POST /session`, `GET /session/{token}`) is the API
//! crate's, [`bytemark_api::auth`]; this module decides when to use it.
//!
//! The rules (design.md §5):
//!
//! * The client keeps an *estimate* of when its session expires: last
//!   successful use + the session's lifetime (the validity it asked for).
//!   With more than the refresh margin left (60 s, or half the lifetime for
//!   short sessions; `BYTEMARK_REFRESH_MARGIN` in seconds overrides) a
//!   command spends no extra request. Inside the margin it spends exactly one
//!   `GET /session/{token}`, which extends the session. After expiry it logs
//!   in again: from `BYTEMARK_USER`/`BYTEMARK_PASSWORD`, by prompting on a
//!   TTY, or it fails with exit 3 and a hint — never a hang.
//! * On a 401 from the brain the client logs in again once and replays the
//!   request once ([`bytemark_api::Client::send`]).
//! * A stored session is bound to the API endpoint it was issued for: it is
//!   never sent to another (a one-off `--endpoint` included). Another
//!   endpoint needs its own login, or an explicit `BYTEMARK_TOKEN`.
//! * Parallel processes share one session: logins and refreshes happen
//!   under an exclusive file lock in the state dir, and each process re-reads
//!   the stored session after taking the lock, so eight processes started
//!   together log in once.
//! * Non-secret metadata (user, factors, lifetime, expiry estimate, default
//!   account) lives in `<state>/sessions/<profile>.json` (0600, dir 0700);
//!   the token lives in the chosen [`store`]. The password is never stored.
//!   With the memory store nothing is written at all.
//! * The default account is found in one order, by
//!   [`SessionManager::default_account`] (and, without a request, by
//!   [`SessionManager::known_account`]): configured, else recorded at login,
//!   else one lookup, remembered.
//!
//! The parts, each importing only parts listed after it:
//!
//! * this module: the policy — [`SessionManager`] decides when a session is
//!   fresh, when to extend it, when and how to log in again, and which
//!   account is the default;
//! * `login`: the login flows (credentials, password prompts, the
//!   two-factor challenge) and what a refused login means to the user;
//! * `stored`: the stored session, token and metadata together, for one
//!   profile, auth endpoint and user;
//! * `meta`: the metadata file; [`store`]: where the token is kept (OS
//!   keyring, private file, memory); `lock`: the cross-process lock;
//!   [`prompt`]: asking at the terminal, or reading stdin.

mod lock;
mod login;
mod meta;
pub mod prompt;
pub mod store;
mod stored;

pub use bytemark_api::auth::Credentials;

use crate::error::{Error, Result};
use bytemark_api::auth::read_session;
use bytemark_api::{ApiError, ApiErrorKind, Http};
use lock::SessionLock;
use login::{Issued, Login};
use meta::{SessionMeta, now_secs};
use prompt::prompt_line;
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::time::Duration;
use store::StoreKind;
use stored::Stored;

/// Default refresh margin (design.md §5: "about a minute").
pub const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// Everything the session manager needs, resolved by the context.
#[derive(Debug, Clone)]
pub struct SessionOptions {
    pub profile: String,
    pub auth_endpoint: String,
    /// The API endpoint in use (a stored session is bound to one).
    pub endpoint: String,
    /// The configured user (`BYTEMARK_USER` or the profile), if any.
    pub user: Option<String>,
    /// Where the token is kept (see [`store::StorePolicy`]).
    pub store: store::StorePolicy,
    /// Validity asked for at login.
    pub validity: Duration,
    pub state_dir: PathBuf,
    /// `BYTEMARK_TOKEN`.
    pub env_token: Option<String>,
    /// `BYTEMARK_PASSWORD` (used only together with a user name).
    pub env_password: Option<String>,
    /// Credentials that always work here (`--sandbox`: demo/demo).
    pub fixed_credentials: Option<(String, String)>,
    /// Prompts are allowed (stdin and stderr are terminals).
    pub interactive: bool,
    pub quiet: bool,
    /// `BYTEMARK_REFRESH_MARGIN` override.
    pub margin: Option<Duration>,
}

/// The session this process holds.
#[derive(Debug, Clone)]
struct Current {
    token: String,
    meta: SessionMeta,
    /// The `expires_at` last written to disk.
    persisted_expiry: u64,
    /// This process logged in, refreshed or used the session successfully:
    /// the service just confirmed it, so no further check is needed while
    /// the estimate has not run out.
    verified: bool,
}

/// What `whoami` shows.
#[derive(Debug, Clone, Serialize)]
pub struct SessionInfo {
    pub user: String,
    pub factors: Vec<String>,
    pub account: Option<String>,
    pub store: StoreKind,
    pub expires_in: Option<u64>,
    pub profile: String,
    pub auth_endpoint: String,
}

/// What `logout` did.
#[derive(Debug, Clone, Copy)]
pub struct LoggedOut {
    /// There was a stored session to forget.
    pub had: bool,
    /// Seconds until the forgotten session lapses on the service, unused
    /// (the estimate; none when nothing was recorded).
    pub lapses_in: Option<u64>,
}

/// The session manager: implements [`bytemark_api::Session`] for the client.
pub struct SessionManager {
    pub opts: SessionOptions,
    stored: Stored,
    current: RefCell<Option<Current>>,
    /// Validity asked for at the next login (`login --validity` changes it).
    validity: Cell<Duration>,
}

impl SessionManager {
    pub fn new(opts: SessionOptions) -> SessionManager {
        if let Some(token) = &opts.env_token {
            crate::secrets::remember(token);
        }
        SessionManager {
            validity: Cell::new(opts.validity),
            stored: Stored::new(
                &opts.profile,
                &opts.auth_endpoint,
                &opts.endpoint,
                opts.user.as_deref(),
                opts.store,
                &opts.state_dir,
                opts.quiet,
            ),
            opts,
            current: RefCell::new(None),
        }
    }

    /// Sets the validity asked for at the next login.
    pub fn set_validity(&self, d: Duration) {
        self.validity.set(d);
    }

    fn margin(&self, ttl: u64) -> u64 {
        match self.opts.margin {
            Some(m) => m.as_secs(),
            None => REFRESH_MARGIN.as_secs().min(ttl / 2),
        }
    }

    /// The stored session, as this process would hold it.
    fn load_persisted(&self) -> Option<Current> {
        let (token, meta) = self.stored.load()?;
        crate::secrets::remember(&token);
        Some(Current {
            token,
            persisted_expiry: meta.expires_at,
            meta,
            verified: false,
        })
    }

    /// Runs `f` holding the profile's session lock (exclusive, across
    /// processes). With the memory store there is nothing to share: no lock.
    fn locked<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        if !self.stored.kind().persistent() {
            return f();
        }
        self.stored.create_dirs()?;
        SessionLock::new(self.stored.lock_path()).hold(f)
    }

    fn fresh(&self, c: &Current) -> bool {
        let left = c.meta.remaining();
        left > self.margin(c.meta.ttl) as i64 || (c.verified && left > 0)
    }

    /// A token believed valid, logging in or refreshing first as needed.
    pub fn ensure(&self, http: &Http) -> Result<String> {
        if let Some(t) = self.env_token()? {
            return Ok(t.to_string());
        }
        if let Some(c) = self.current.borrow().as_ref()
            && self.fresh(c)
        {
            return Ok(c.token.clone());
        }
        // Fast path: a fresh stored session, no lock, no request.
        if let Some(c) = self.load_persisted()
            && self.fresh(&c)
        {
            let token = c.token.clone();
            *self.current.borrow_mut() = Some(c);
            return Ok(token);
        }
        self.locked(|| {
            // Another process may have logged in or refreshed meanwhile.
            let candidate = self
                .load_persisted()
                .or_else(|| self.current.borrow().clone());
            if let Some(c) = candidate {
                if self.fresh(&c) {
                    let token = c.token.clone();
                    *self.current.borrow_mut() = Some(c);
                    return Ok(token);
                }
                // Inside the margin: one GET /session extends it. If the
                // service no longer knows it, log in again below.
                if c.meta.remaining() > 0
                    && let Some(token) = self.refresh(http, c)?
                {
                    return Ok(token);
                }
            }
            self.relogin(http, &self.why_not_stored())
        })
    }

    /// `BYTEMARK_TOKEN`, if set and sendable: a token with spaces, line
    /// breaks or control characters is refused before any request (it
    /// would end or split the header), without showing it.
    fn env_token(&self) -> Result<Option<&str>> {
        match self.opts.env_token.as_deref() {
            Some(t) if !bytemark_api::auth::is_valid_token(t) => Err(Error::auth(
                "BYTEMARK_TOKEN contains spaces, line breaks or other control characters",
            )
            .with_hint("set it to the token alone (a line read from a file keeps its line break: strip it)")),
            t => Ok(t),
        }
    }

    /// Why there is no usable stored session: it expired, or it was issued
    /// for another API endpoint.
    fn why_not_stored(&self) -> String {
        match self.stored.issued_elsewhere() {
            Some(other) => format!(
                "the stored session was issued for the API at {other} and is not sent to {}",
                self.opts.endpoint
            ),
            None => "the session has expired".into(),
        }
    }

    /// One `GET /session/{token}`, which extends the session. `None` when
    /// the service answers that the session no longer exists.
    fn refresh(&self, http: &Http, mut c: Current) -> Result<Option<String>> {
        match read_session(http, &c.token) {
            Ok(info) => {
                c.meta.expires_at = now_secs() + c.meta.ttl;
                c.verified = true;
                if !info.factors.is_empty() {
                    c.meta.factors = info.factors;
                }
                self.stored.update_meta(&c.meta)?;
                let token = c.token.clone();
                *self.current.borrow_mut() = Some(c);
                Ok(Some(token))
            }
            Err(e) if e.kind == ApiErrorKind::Auth => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Logs in again without being asked to: fixed or environment
    /// credentials, else a prompt on a TTY, else exit 3 with a hint.
    fn relogin(&self, http: &Http, why: &str) -> Result<String> {
        let known = self
            .opts
            .fixed_credentials
            .clone()
            .or_else(|| (self.opts.user.clone()).zip(self.opts.env_password.clone()));
        if let Some((user, password)) = known {
            let creds = Credentials {
                user,
                password,
                otp: None,
                yubikey: None,
            };
            return self.keep(self.login_flow(http).with(creds)?);
        }
        if self.opts.interactive {
            crate::stderr_line!("{why}; please log in");
            let remembered_user = self
                .current
                .borrow()
                .as_ref()
                .map(|c| c.meta.user.clone())
                .or_else(|| self.stored.read_meta().map(|m| m.user));
            let user = match self.opts.user.clone().or(remembered_user) {
                Some(u) => u,
                None => prompt_line("User: ")?,
            };
            return self.keep(self.login_flow(http).prompting(user, None, None)?);
        }
        let mut message = if self.stored.read_meta().is_some() || self.current.borrow().is_some() {
            format!("{why}, and there is no way to log in again here")
        } else {
            "not logged in".to_string()
        };
        if self.opts.user.is_some() && self.opts.env_password.is_none() {
            message.push_str(" (BYTEMARK_USER is set but BYTEMARK_PASSWORD is not)");
        }
        let hint = if self.stored.issued_elsewhere().is_some() {
            "a session is only sent to the API it was issued for: run `bytemark login` with this \
             endpoint (it replaces the stored session; a profile per endpoint keeps both), \
             or set BYTEMARK_TOKEN"
        } else {
            "run `bytemark login`, or set BYTEMARK_USER and BYTEMARK_PASSWORD (or BYTEMARK_TOKEN)"
        };
        Err(Error::auth(message).with_hint(hint))
    }

    /// How to log in here, now.
    fn login_flow<'a>(&'a self, http: &'a Http) -> Login<'a> {
        Login {
            http,
            auth_endpoint: &self.opts.auth_endpoint,
            endpoint: &self.opts.endpoint,
            validity: self.validity.get().as_secs().clamp(1, 3600),
            interactive: self.opts.interactive,
            store: self.stored.kind(),
        }
    }

    /// Keeps a session just issued: it becomes this process's and is
    /// stored. Must be called with the lock held when the store is shared.
    fn keep(&self, issued: Issued) -> Result<String> {
        let current = Current {
            token: issued.token,
            persisted_expiry: 0,
            meta: issued.meta,
            verified: true,
        };
        self.save(&current)?;
        Ok(current.token)
    }

    /// `bytemark login` with credentials: always a new session, under the
    /// lock.
    pub fn login(&self, http: &Http, creds: Credentials) -> Result<()> {
        self.locked(|| self.keep(self.login_flow(http).with(creds)?).map(|_| ()))
    }

    /// `bytemark login` with a password typed at the terminal (factors may
    /// come from flags): always a new session, under the lock.
    pub fn login_prompting(
        &self,
        http: &Http,
        user: String,
        otp: Option<String>,
        yubikey: Option<String>,
    ) -> Result<()> {
        self.locked(|| {
            let issued = self.login_flow(http).prompting(user, otp, yubikey)?;
            self.keep(issued).map(|_| ())
        })
    }

    /// Stores a session and makes it this process's.
    fn save(&self, c: &Current) -> Result<()> {
        let mut c = c.clone();
        self.stored.save(&c.token, &mut c.meta)?;
        if c.meta.store.persistent() {
            c.persisted_expiry = c.meta.expires_at;
        }
        *self.current.borrow_mut() = Some(c);
        Ok(())
    }

    /// The brain accepted the token: move the expiry estimate forward, and
    /// write it down when it moved by more than a few seconds (never while
    /// another process holds the lock, and never over a newer login).
    pub fn touch(&self) {
        let mut cur = self.current.borrow_mut();
        let Some(c) = cur.as_mut() else { return };
        c.meta.expires_at = now_secs() + c.meta.ttl;
        c.verified = true;
        if !c.meta.store.persistent() || c.meta.expires_at < c.persisted_expiry + 5 {
            return;
        }
        SessionLock::new(self.stored.lock_path()).try_hold(|| {
            if let Some(on_disk) = self.stored.read_meta()
                && on_disk.login_id == c.meta.login_id
            {
                let mut meta = on_disk;
                meta.expires_at = meta.expires_at.max(c.meta.expires_at);
                if self.stored.write_meta(&meta).is_ok() {
                    c.persisted_expiry = meta.expires_at;
                }
            }
        });
    }

    /// After a 401: another process may already hold a newer session;
    /// otherwise log in again (once).
    pub fn renew_after_401(&self, http: &Http) -> Result<String> {
        if self.opts.env_token.is_some() {
            return Err(Error::auth("the API refused BYTEMARK_TOKEN (HTTP 401)")
                .with_hint("the token has expired or was revoked: set a new one, or unset BYTEMARK_TOKEN and log in"));
        }
        let rejected = self
            .current
            .borrow()
            .as_ref()
            .map(|c| c.meta.login_id.clone());
        self.locked(|| {
            if let Some(c) = self.load_persisted()
                && Some(&c.meta.login_id) != rejected.as_ref()
            {
                let token = c.token.clone();
                *self.current.borrow_mut() = Some(c);
                return Ok(token);
            }
            *self.current.borrow_mut() = None;
            self.relogin(http, "the session is no longer valid")
        })
    }

    /// Forgets the session: token from its store, then the metadata, and
    /// any temp file that may hold a copy (under the lock, so no write is
    /// under way). The service has no call to end a session, so it lapses
    /// there on its own.
    pub fn logout(&self) -> Result<LoggedOut> {
        let forget = || {
            let meta = self.stored.read_meta();
            let had = self.stored.forget()?;
            self.stored.remove_temp_files()?;
            Ok(LoggedOut {
                had,
                lapses_in: meta.map(|m| m.remaining().max(0) as u64),
            })
        };
        let lock = self.stored.lock_path();
        let result = if lock.parent().is_some_and(|d| d.is_dir()) {
            SessionLock::new(lock).hold(forget)
        } else {
            forget()
        };
        *self.current.borrow_mut() = None;
        result
    }

    // The default account: where a command works when a name does not say
    // (design.md §4). One order for every caller:
    //
    // 1. configured: `--account`, `BYTEMARK_ACCOUNT` or the profile;
    // 2. recorded at login for the session (a login looks the account up
    //    once, see `login::account_at_login`);
    // 3. one lookup, the first account the user can see, recorded for next
    //    time;
    // 4. else not found, with the hint to pass `--account`.

    /// The default account (steps 1 to 4). `connect` settles the session
    /// before step 2 — it may log in, and a login records the account — and
    /// runs only when nothing is configured; what it gives is handed to
    /// `lookup` for step 3. No request when the account is configured, and
    /// none beyond settling the session when it is recorded.
    pub fn default_account<C>(
        &self,
        configured: Option<&str>,
        connect: impl FnOnce() -> Result<C>,
        lookup: impl FnOnce(C) -> Result<Option<String>>,
    ) -> Result<String> {
        if let Some(a) = configured {
            return Ok(a.to_string());
        }
        let connection = connect()?;
        if let Some(a) = self.account() {
            return Ok(a);
        }
        let name = lookup(connection)?.ok_or_else(|| {
            Error::not_found("you cannot see any account")
                .with_hint("pass --account NAME, or set BYTEMARK_ACCOUNT")
        })?;
        self.remember_account(&name);
        Ok(name)
    }

    /// The default account without a request (`--dry-run`): steps 1 and 2
    /// only. The session is not settled, so the record is read from the
    /// metadata file of this profile, auth endpoint and user: no keyring, no
    /// request. (Under `BYTEMARK_TOKEN` that is still the stored login's
    /// record, where a real run would look up the token's account.)
    pub fn known_account(&self, configured: Option<&str>) -> Option<String> {
        match configured {
            Some(a) => Some(a.to_string()),
            None => self.stored.recorded_account(),
        }
    }

    /// The account recorded for the session this process holds (after
    /// [`SessionManager::ensure`]; none under `BYTEMARK_TOKEN`).
    fn account(&self) -> Option<String> {
        self.current
            .borrow()
            .as_ref()
            .and_then(|c| c.meta.account.clone())
    }

    /// Records the default account looked up in step 3 so later commands
    /// need no lookup.
    fn remember_account(&self, account: &str) {
        let mut cur = self.current.borrow_mut();
        if let Some(c) = cur.as_mut() {
            c.meta.account = Some(account.to_string());
            if c.meta.store.persistent()
                && let Some(mut on_disk) = self.stored.read_meta()
                && on_disk.login_id == c.meta.login_id
            {
                on_disk.account = Some(account.to_string());
                let _ = self.stored.write_meta(&on_disk);
            }
        }
    }

    /// What `whoami` shows (after [`SessionManager::ensure`]), with the
    /// default account as far as it is known without a lookup: configured,
    /// else recorded at login (steps 1 and 2 of
    /// [`SessionManager::default_account`]).
    pub fn info(&self, http: &Http, configured_account: Option<&str>) -> Result<SessionInfo> {
        let configured_account = configured_account.map(str::to_string);
        // A BYTEMARK_TOKEN session has no account, expiry or store of ours.
        let env_info = |user: String, factors: Vec<String>| SessionInfo {
            user,
            factors,
            account: configured_account.clone(),
            store: StoreKind::Env,
            expires_in: None,
            profile: self.opts.profile.clone(),
            auth_endpoint: self.opts.auth_endpoint.clone(),
        };
        if let Some(token) = self.env_token()? {
            if token.starts_with("apikey.") {
                return Ok(env_info("apikeyuser".into(), vec!["apikey".into()]));
            }
            let s = read_session(http, token)?;
            return Ok(env_info(s.username, s.factors));
        }
        self.ensure(http)?;
        let cur = self.current.borrow();
        let c = cur
            .as_ref()
            .ok_or_else(|| Error::unexpected("no session after login"))?;
        Ok(SessionInfo {
            account: configured_account
                .clone()
                .or_else(|| c.meta.account.clone()),
            store: self.stored.kind(),
            expires_in: Some(c.meta.remaining().max(0) as u64),
            ..env_info(c.meta.user.clone(), c.meta.factors.clone())
        })
    }
}

impl bytemark_api::Session for SessionManager {
    fn token(&self, http: &Http) -> bytemark_api::Result<String> {
        self.ensure(http).map_err(ApiError::session)
    }
    fn used(&self) {
        self.touch()
    }
    fn renew(&self, http: &Http) -> bytemark_api::Result<String> {
        self.renew_after_401(http).map_err(ApiError::session)
    }
}
