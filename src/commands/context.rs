//! What every command gets: resolved settings, the output engine, and an
//! authenticated API client created on first use.
//!
//! `Context::new` only reads flags, environment and the config file; it
//! sends nothing and touches no keyring, so `config`, `--help`-like paths and
//! usage errors stay instant. The first call to [`Context::api`] settles the
//! session (zero requests while it is fresh; see [`crate::session`]).

use crate::cli::{GlobalArgs, OutputFormat};
use crate::config::{Settings, Source, env_var};
use crate::error::{Error, Result};
use crate::output::{Output, color_enabled};
use crate::session::{SessionManager, SessionOptions, StoreChoice};
use crate::spec;
use bytemark_api::{Client, Http, HttpOptions, Request};
use std::io::{IsTerminal, Write};
use std::rc::Rc;
use std::time::Duration;

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
    pub fn new(global: &GlobalArgs) -> Result<Context> {
        Self::build(global, false)
    }

    /// A context that never prompts and never logs in, with short timeouts
    /// and no retries: for shell completion, which must answer at once and
    /// quietly, from a session that is already stored, or not at all.
    pub fn unattended(global: &GlobalArgs) -> Result<Context> {
        Self::build(global, true)
    }

    fn build(global: &GlobalArgs, unattended: bool) -> Result<Context> {
        let mut settings = Settings::resolve(global)?;
        let stdout_is_tty = std::io::stdout().is_terminal();
        let format = match settings.get("output") {
            Some("json") => OutputFormat::Json,
            Some("ids") => OutputFormat::Ids,
            _ => OutputFormat::Table,
        };
        let output = Output {
            format,
            columns: global
                .columns
                .iter()
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect(),
            no_headers: global.no_headers,
            color: color_enabled(global.color.unwrap_or_default(), stdout_is_tty),
            stdout_is_tty,
        };
        let interactive =
            !unattended && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();

        let mut sandbox = None;
        let mut fixed_credentials = None;
        let mut store = StoreChoice::parse(settings.get("credential_store").unwrap_or("keyring"));
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
            settings.override_value("endpoint", url.clone(), Source::Sandbox);
            settings.override_value("auth_endpoint", url, Source::Sandbox);
            settings.override_value(
                "user",
                bytemark_sandbox::DEMO_USER.to_string(),
                Source::Sandbox,
            );
            // The profile's account belongs to the real service; only an
            // explicit --account still counts against the sandbox.
            if settings.setting("account").map(|s| s.source) != Some(Source::Flag) {
                settings.override_value(
                    "account",
                    bytemark_sandbox::DEMO_ACCOUNT.to_string(),
                    Source::Sandbox,
                );
            }
            fixed_credentials = Some((
                bytemark_sandbox::DEMO_USER.to_string(),
                bytemark_sandbox::DEMO_PASSWORD.to_string(),
            ));
            // Nothing of the sandbox session is kept: no keyring, no files.
            settings.override_value("credential_store", "none".to_string(), Source::Sandbox);
            store = StoreChoice::Memory;
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
            profile: settings.profile.clone(),
            auth_endpoint: settings
                .get("auth_endpoint")
                .unwrap_or_default()
                .trim_end_matches('/')
                .to_string(),
            user: settings.get("user").map(str::to_string),
            store,
            validity: settings
                .duration("session_validity")
                .unwrap_or(Duration::from_secs(1800)),
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
            quiet: global.quiet,
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
                .get("endpoint")
                .unwrap_or_default()
                .trim_end_matches('/')
                .to_string(),
            auth_url: self
                .settings
                .get("auth_endpoint")
                .unwrap_or_default()
                .trim_end_matches('/')
                .to_string(),
            trace: self.debug.then_some(trace_line as fn(&str)),
            user_agent: format!("bytemark-cli/{}", env!("CARGO_PKG_VERSION")),
            ..Default::default()
        };
        if let Some(t) = self.settings.duration("request_timeout") {
            o.request_timeout = t;
            o.connect_timeout = o.connect_timeout.min(t);
        }
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

    /// Unauthenticated transport, for `GET /definitions`.
    pub fn http(&self) -> Result<Http> {
        let mut options = self.http_options();
        crate::config::apply_retry_env(&mut options)?;
        Ok(Http::new(options))
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
        let configured = self.settings.get("account").map(str::to_string);
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
        self.session.known_account(self.settings.get("account"))
    }

    /// The account a name gave, else [`Context::default_account`].
    pub fn account_or_default(&mut self, named: Option<String>) -> Result<String> {
        match named {
            Some(a) => Ok(a),
            None => self.default_account(),
        }
    }

    /// An `ACCOUNT` argument, validated, else the default account.
    pub fn account_arg(&mut self, arg: Option<&str>) -> Result<String> {
        let named = arg.map(spec::parse_account_name).transpose()?;
        self.account_or_default(named)
    }

    /// A `group[.account]` argument: `(account, group)`.
    pub fn group_arg(&mut self, arg: &str) -> Result<(String, String)> {
        let g = spec::parse_group_name(arg)?;
        Ok((self.account_or_default(g.account)?, g.group))
    }

    /// Asks before something destructive or costly. `--yes` → Ok; a TTY →
    /// y/N prompt on stderr; no TTY → exit 8 with a hint to pass `--yes`.
    pub fn confirm(&self, what: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
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

/// `--debug`: the transport's trace on stderr.
fn trace_line(line: &str) {
    eprintln!("debug: {line}");
}
