//! What every command gets: resolved settings, the output engine, and an
//! authenticated API client created on first use.
//!
//! `Context::new` only reads flags, environment and the config file; it
//! sends nothing and touches no keyring, so `config`, `--help`-like paths and
//! usage errors stay instant. The first call to [`Context::api`] settles the
//! session (zero requests while it is fresh; see [`crate::session`]).

use crate::config::{CredentialStore, Flags, Setting, Settings, Source, env_var};
use crate::error::{Error, Result};
use crate::input::GroupName;
use crate::output::{ColorChoice, Output, OutputFormat, sanitize};
use crate::session::store::StorePolicy;
use crate::session::{SessionManager, SessionOptions};
use bytemark_api::{Client, Http, HttpOptions, Request};
use serde_json::Value;
use std::io::{IsTerminal, Write};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// What the global flags ask of every command (clap's `GlobalArgs`, as
/// plain values).
#[derive(Debug, Clone, Default)]
pub struct Globals {
    /// The flags settings are resolved from.
    pub settings: Flags,
    pub columns: Vec<String>,
    /// `--jq` (with `--raw`).
    pub jq: Option<crate::output::jq::Jq>,
    pub no_headers: bool,
    pub color: ColorChoice,
    pub sandbox: bool,
    pub yes: bool,
    pub quiet: bool,
    pub debug: bool,
}

impl Globals {
    /// How results look in `format`, given these flags.
    pub fn output(&self, format: OutputFormat) -> Output {
        Output::new(format, &self.columns, self.no_headers, self.color).with_jq(self.jq.clone())
    }
}

pub struct Context {
    pub output: Output,
    pub yes: bool,
    pub quiet: bool,
    pub debug: bool,
    /// Every setting with its source.
    pub settings: Settings,
    /// Prompts are possible: stdin and stderr are terminals.
    pub interactive: bool,
    /// No prompts, no logins, short timeouts (shell completion).
    unattended: bool,
    session: Rc<SessionManager>,
    client: Option<Client>,
    /// The in-process sandbox under `--sandbox` (stops when dropped).
    sandbox: Option<bytemark_sandbox::SandboxHandle>,
}

impl Context {
    /// Resolves flags, environment and profile into one validated context.
    /// Sends no request.
    pub fn new(global: &Globals) -> Result<Context> {
        Self::build(global, false)
    }

    /// A context that never prompts and never logs in, with short timeouts
    /// and no retries: for shell completion, which must answer at once and
    /// quietly, from a session that is already stored, or not at all.
    pub fn unattended(global: &Globals) -> Result<Context> {
        Self::build(global, true)
    }

    fn build(global: &Globals, unattended: bool) -> Result<Context> {
        let mut settings = Settings::resolve(&global.settings)?;
        let output = global.output(settings.output.value);
        let interactive =
            !unattended && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();

        let mut sandbox = None;
        let mut fixed_credentials = None;
        let mut env_token = env_var("BYTEMARK_TOKEN");
        if global.sandbox {
            let handle = bytemark_sandbox::start(bytemark_sandbox::SandboxOptions {
                state_file: Some(crate::config::sandbox_state_path()),
                quiet: true,
                ..Default::default()
            })
            .map_err(|e| {
                Error::unexpected(format!("cannot start the sandbox: {e}"))
                    .with_hint("`bytemark sandbox reset` starts it over with fresh seed data")
            })?;
            let url = handle.base_url().to_string();
            settings.endpoint = Setting::sandbox(url.clone(), url.clone());
            settings.auth_endpoint = Setting::sandbox(url.clone(), url);
            let user = bytemark_sandbox::DEMO_USER;
            settings.user = Setting::sandbox(Some(user.to_string()), user);
            // The profile's account belongs to the real service; only an
            // explicit --account still counts against the sandbox.
            if settings.account.source != Source::Flag {
                let account = bytemark_sandbox::DEMO_ACCOUNT;
                settings.account = Setting::sandbox(Some(account.to_string()), account);
            }
            fixed_credentials = Some((
                bytemark_sandbox::DEMO_USER.to_string(),
                bytemark_sandbox::DEMO_PASSWORD.to_string(),
            ));
            // Nothing of the sandbox session is kept: no keyring, no files.
            settings.credential_store = Setting::sandbox(CredentialStore::None, "none");
            env_token = None;
            sandbox = Some(handle);
        }

        let margin = match env_var("BYTEMARK_REFRESH_MARGIN") {
            Some(v) => Some(Duration::from_secs(v.trim().parse().map_err(|_| {
                Error::usage(format!(
                    "BYTEMARK_REFRESH_MARGIN: expected a number of seconds, got {v:?}"
                ))
            })?)),
            None => None,
        };
        let session = SessionManager::new(SessionOptions {
            profile: settings.profile.value.clone(),
            auth_endpoint: settings
                .auth_endpoint
                .value
                .trim_end_matches('/')
                .to_string(),
            endpoint: settings.endpoint.value.trim_end_matches('/').to_string(),
            user: settings.user.value.clone(),
            store: StorePolicy::from_setting(&settings.credential_store),
            validity: settings.session_validity.value,
            state_dir: settings.paths.state_dir.clone(),
            env_token,
            env_password: if global.sandbox || unattended {
                None
            } else {
                env_var("BYTEMARK_PASSWORD")
            },
            fixed_credentials,
            interactive,
            quiet: global.quiet || unattended,
            margin,
        });
        Ok(Context {
            output,
            yes: global.yes,
            // Completion says nothing on stderr: the shell would show it
            // over the command line.
            quiet: global.quiet || unattended,
            debug: global.debug,
            settings,
            interactive,
            unattended,
            session: Rc::new(session),
            client: None,
            sandbox,
        })
    }

    /// Options for the HTTP transport from the resolved settings.
    pub fn http_options(&self) -> HttpOptions {
        let mut o = HttpOptions {
            brain_url: self
                .settings
                .endpoint
                .value
                .trim_end_matches('/')
                .to_string(),
            auth_url: self
                .settings
                .auth_endpoint
                .value
                .trim_end_matches('/')
                .to_string(),
            trace: self.debug.then_some(trace_line as fn(&str)),
            user_agent: format!("bytemark-cli/{}", env!("CARGO_PKG_VERSION")),
            ..Default::default()
        };
        let timeout = self.settings.request_timeout.value;
        o.request_timeout = timeout;
        o.connect_timeout = o.connect_timeout.min(timeout);
        if self.unattended {
            o.connect_timeout = Duration::from_secs(1);
            o.request_timeout = Duration::from_secs(2);
            o.max_attempts = 1;
        }
        o
    }

    /// The authenticated brain client (logs in or refreshes as needed, on first call).
    pub fn api(&mut self) -> Result<&Client> {
        if self.client.is_none() {
            let http = self.http()?;
            self.session.ensure(&http)?;
            self.client = Some(Client::new(http, Box::new(Rc::clone(&self.session))));
        }
        self.client
            .as_ref()
            .ok_or_else(|| Error::unexpected("the API client was not created"))
    }

    /// The transport every request goes through (unauthenticated by
    /// itself, as for `GET /definitions`). Plain http:// to another host is
    /// refused here, before any request, unless allowed; when allowed, it
    /// is said once.
    pub fn http(&self) -> Result<Http> {
        let insecure = self.settings.plain_http_hosts()?;
        if !insecure.is_empty() && !self.quiet && !INSECURE_WARNED.swap(true, Ordering::SeqCst) {
            crate::stderr_line!(
                "warning: sending your credentials over plain http to {} (--allow-insecure-http): \
                 anyone on the network can read and replay them",
                insecure.join(" and ")
            );
        }
        let mut options = self.http_options();
        crate::config::apply_retry_env(&mut options)?;
        Ok(Http::new(options))
    }

    /// Sends one request with the session.
    pub fn send(&mut self, req: &Request) -> Result<Value> {
        Ok(self.api()?.send(req)?)
    }

    /// A line for people on stderr, unless `--quiet`.
    pub fn say(&self, text: &str) {
        if !self.quiet {
            // One line: a newline in a name from the service is shown, not obeyed.
            self.output.notice(&sanitize::line(text));
        }
    }

    /// The session manager (login, logout, whoami).
    pub fn session(&self) -> &SessionManager {
        &self.session
    }

    /// Whether this run uses the in-process sandbox.
    pub fn is_sandbox(&self) -> bool {
        self.sandbox.is_some()
    }

    /// The account to work in when a name does not say, as
    /// [`SessionManager::default_account`] finds it: `--account`, env or
    /// profile, else the one recorded at login, else the first account the
    /// user can see (one `GET /accounts`, remembered for next time).
    pub fn default_account(&mut self) -> Result<String> {
        let configured = self.settings.account.value.clone();
        let session = Rc::clone(&self.session);
        session.default_account(
            configured.as_deref(),
            move || {
                let ctx = self;
                ctx.api()
            },
            |api| {
                let accounts = api.send(&Request::get("/accounts", "find your default account"))?;
                Ok(accounts
                    .as_array()
                    .and_then(|a| a.first())
                    .and_then(|a| a.get("name"))
                    .and_then(|n| n.as_str())
                    .map(str::to_string))
            },
        )
    }

    /// The default account without a request (`--dry-run`): `--account`,
    /// env or profile, else the one recorded at login
    /// ([`SessionManager::known_account`]).
    pub fn known_account(&self) -> Option<String> {
        self.session
            .known_account(self.settings.account.value.as_deref())
    }

    /// The account a name gave, else [`Context::default_account`].
    pub fn account_or_default(&mut self, named: Option<String>) -> Result<String> {
        match named {
            Some(a) => Ok(a),
            None => self.default_account(),
        }
    }

    /// A `group[.account]` argument: `(account, group)`.
    pub fn group_arg(&mut self, g: &GroupName) -> Result<(String, String)> {
        Ok((self.account_or_default(g.account.clone())?, g.group.clone()))
    }

    /// Asks before something destructive or costly. `--yes` → Ok; a TTY →
    /// y/N prompt on stderr; no TTY → exit 8 with a hint to pass `--yes`.
    pub fn confirm(&self, what: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        // The question names things the service described (a disc's label,
        // a server's name): escaped, so they cannot rewrite the question.
        let what = sanitize::escape(what);
        if !self.interactive {
            return Err(Error::confirmation_needed(format!(
                "confirmation needed, and there is no terminal to ask on: {what}"
            ))
            .with_hint("pass --yes to confirm"));
        }
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "{what} [y/N] ");
        let _ = err.flush();
        drop(err);
        let mut answer = String::new();
        match std::io::stdin().read_line(&mut answer) {
            Ok(_) => {
                let a = answer.trim().to_ascii_lowercase();
                if a == "y" || a == "yes" {
                    Ok(())
                } else {
                    Err(Error::confirmation_needed("declined")
                        .with_hint("pass --yes to confirm without a prompt"))
                }
            }
            Err(e) => Err(
                Error::confirmation_needed(format!("could not read an answer: {e}"))
                    .with_hint("pass --yes to confirm"),
            ),
        }
    }
}

/// The plain-http warning was given (once per process).
static INSECURE_WARNED: AtomicBool = AtomicBool::new(false);

/// `--debug`: the transport's trace on stderr, without this process's
/// secrets.
fn trace_line(line: &str) {
    crate::stderr_line!("debug: {}", crate::secrets::scrub(line));
}
