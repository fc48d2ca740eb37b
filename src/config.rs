//! Profiles and settings: where each value comes from.
//!
//! Every setting resolves in one order: command-line flag, then environment
//! variable, then the profile in `config.toml`, then the built-in default —
//! and remembers which of those it came from, for `bytemark config list`.
//! (Bytemark's old client let a file beat the environment; a CI job setting
//! `BYTEMARK_ENDPOINT` must win over a developer's file, so here it does.)
//!
//! Files:
//! * config: `$BYTEMARK_CONFIG_DIR/config.toml`, else
//!   `$XDG_CONFIG_HOME/bytemark/config.toml` (`~/.config/bytemark`), with
//!   `[profiles.<name>]` tables; the directory is created 0700 and the file
//!   written atomically with mode 0600.
//! * state (session metadata, lock files, the file credential store, the
//!   `--sandbox` state): `$BYTEMARK_DATA_DIR`, else
//!   `$XDG_DATA_HOME/bytemark` (`~/.local/share/bytemark`) — the same
//!   directory the sandbox keeps its state in.
//!
//! The profile is `--profile`, else `BYTEMARK_PROFILE`, else `default`.
//!
//! Submodules: `endpoint` (what an endpoint URL may be, and whether it stays
//! on this machine) and `files` (private directories and atomic private
//! writes, whatever the umask, with the temp files of killed processes
//! cleaned up).

mod endpoint;
mod files;

pub use endpoint::{Endpoint, is_loopback, parse_endpoint};
pub use files::{STALE_TEMP_AGE, create_private_dir, remove_temp_files, write_private};

use crate::error::{Error, Result};
use crate::output::OutputFormat;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where a setting's value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env,
    Profile,
    Default,
    /// Set by `--sandbox` (endpoints of the in-process sandbox).
    Sandbox,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Flag => "flag",
            Source::Env => "env",
            Source::Profile => "profile",
            Source::Default => "default",
            Source::Sandbox => "sandbox",
        }
    }
}

/// A known setting: its key in `config.toml`, its environment variable, its
/// flag (if any), default and validation.
#[derive(Debug)]
pub struct Key {
    pub name: &'static str,
    pub env: &'static str,
    pub flag: Option<&'static str>,
    pub default: Option<&'static str>,
    pub help: &'static str,
    validate: fn(&str) -> std::result::Result<(), String>,
}

fn valid_url(v: &str) -> std::result::Result<(), String> {
    parse_endpoint(v).map(drop)
}

fn valid_bool(v: &str) -> std::result::Result<(), String> {
    parse_bool(v).map(drop)
}

/// `true`, `1`, `yes`, `on` or `false`, `0`, `no`, `off` (any case).
fn parse_bool(v: &str) -> std::result::Result<bool, String> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err("expected true or false (or 1 or 0)".into()),
    }
}

/// An account, by the rules of account names in `server.group.account`
/// (a full name's first label is the account); never a path segment such
/// as `..`.
fn valid_account(v: &str) -> std::result::Result<(), String> {
    crate::input::parse_account_name(v).map(drop).map_err(|_| {
        "expected an account name: letters, digits, '-' and '_' (at most 63 characters)".into()
    })
}
fn valid_name(v: &str) -> std::result::Result<(), String> {
    if !v.is_empty()
        && v.len() <= 64
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '@'))
    {
        Ok(())
    } else {
        Err("expected a name (letters, digits, - _ . @)".into())
    }
}
fn valid_output(v: &str) -> std::result::Result<(), String> {
    v.parse::<OutputFormat>().map(drop)
}
fn valid_store(v: &str) -> std::result::Result<(), String> {
    v.parse::<CredentialStore>().map(drop)
}
fn valid_validity(v: &str) -> std::result::Result<(), String> {
    crate::input::parse_session_validity(v)
        .map(drop)
        .map_err(|e| e.message)
}
fn valid_timeout(v: &str) -> std::result::Result<(), String> {
    let d = parse_duration(v)?;
    if d.is_zero() || d > Duration::from_secs(3600) {
        return Err("must be between 1s and 1h".into());
    }
    Ok(())
}

/// Every setting `config` knows, in display order.
pub const KEYS: &[Key] = &[
    Key {
        name: "endpoint",
        env: "BYTEMARK_ENDPOINT",
        flag: Some("--endpoint"),
        default: Some("https://uk0.bigv.io"),
        help: "Cloud Servers API base URL",
        validate: valid_url,
    },
    Key {
        name: "auth_endpoint",
        env: "BYTEMARK_AUTH_ENDPOINT",
        flag: Some("--auth-endpoint"),
        default: Some("https://auth.bytemark.co.uk"),
        help: "authentication service base URL",
        validate: valid_url,
    },
    Key {
        name: "user",
        env: "BYTEMARK_USER",
        flag: Some("login --user"),
        default: None,
        help: "user name to log in as",
        validate: valid_name,
    },
    Key {
        name: "account",
        env: "BYTEMARK_ACCOUNT",
        flag: Some("--account"),
        default: None,
        help: "account to work in (default: the first you can see)",
        validate: valid_account,
    },
    Key {
        name: "output",
        env: "BYTEMARK_OUTPUT",
        flag: Some("--output"),
        default: Some("table"),
        help: "output format: table, json or ids",
        validate: valid_output,
    },
    Key {
        name: "credential_store",
        env: "BYTEMARK_CREDENTIAL_STORE",
        flag: None,
        default: Some("keyring"),
        help: "where the session token is kept: keyring, file (0600, in the state dir) or none; unset: the keyring, else the file",
        validate: valid_store,
    },
    Key {
        name: "session_validity",
        env: "BYTEMARK_SESSION_VALIDITY",
        flag: Some("login --validity"),
        default: Some("30m"),
        help: "session lifetime without use to ask for at login (max 1h)",
        validate: valid_validity,
    },
    Key {
        name: "request_timeout",
        env: "BYTEMARK_REQUEST_TIMEOUT",
        flag: Some("--request-timeout"),
        default: Some("60s"),
        help: "timeout for each HTTP request",
        validate: valid_timeout,
    },
    Key {
        name: "allow_insecure_http",
        env: "BYTEMARK_ALLOW_INSECURE_HTTP",
        flag: Some("--allow-insecure-http"),
        default: Some("false"),
        help: "allow plain http:// to hosts other than this machine (credentials unencrypted)",
        validate: valid_bool,
    },
];

/// A profile name is a name (letters, digits, `- _ . @`).
pub fn check_profile_name(name: &str) -> Result<()> {
    valid_name(name).map_err(|why| Error::usage(format!("invalid profile name {name:?}: {why}")))
}

/// Looks up a known key, or fails with a usage error listing them all.
pub fn key(name: &str) -> Result<&'static Key> {
    let normalized = name.replace('-', "_");
    KEYS.iter().find(|k| k.name == normalized).ok_or_else(|| {
        Error::usage(format!("unknown setting {name:?}")).with_hint(format!(
            "settings: {}",
            KEYS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
        ))
    })
}

impl Key {
    /// Checks a value for this key; a usage error names where it came from.
    pub fn validate(&self, value: &str, origin: &str) -> Result<()> {
        (self.validate)(value).map_err(|why| {
            Error::usage(format!("{origin}: invalid {} {value:?}: {why}", self.name))
        })
    }
}

/// Parses a duration (`30s`, `5m`, `1h`, `1m30s`, a bare number of seconds)
/// with the same rules as every other duration flag.
pub fn parse_duration(text: &str) -> std::result::Result<Duration, String> {
    crate::input::parse_duration(text).map_err(|e| e.message)
}

/// The directories the tool keeps files in.
#[derive(Debug, Clone)]
pub struct Paths {
    pub config_dir: PathBuf,
    pub state_dir: PathBuf,
}

impl Paths {
    /// `BYTEMARK_CONFIG_DIR` / `BYTEMARK_DATA_DIR`, else the XDG directories.
    pub fn from_env() -> Result<Paths> {
        use etcetera::BaseStrategy;
        let env_dir = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let strategy = || {
            etcetera::choose_base_strategy().map_err(|e| {
                Error::unexpected(format!("cannot find your home directory: {e}"))
                    .with_hint("set HOME, or BYTEMARK_CONFIG_DIR and BYTEMARK_DATA_DIR")
            })
        };
        let config_dir = match env_dir("BYTEMARK_CONFIG_DIR") {
            Some(d) => d,
            None => strategy()?.config_dir().join("bytemark"),
        };
        let state_dir = match env_dir("BYTEMARK_DATA_DIR") {
            Some(d) => d,
            None => strategy()?.data_dir().join("bytemark"),
        };
        Ok(Paths {
            config_dir,
            state_dir,
        })
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.toml")
    }
}

/// The parsed `config.toml`, kept as a TOML table so that saving it keeps
/// other profiles and unknown keys as they were.
#[derive(Debug, Clone, Default)]
pub struct ConfigFile {
    pub path: PathBuf,
    table: toml::Table,
}

impl ConfigFile {
    /// Reads the file; a missing file is an empty configuration.
    pub fn load(path: &Path) -> Result<ConfigFile> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                return Err(Error::unexpected(format!(
                    "cannot read {}: {e}",
                    path.display()
                )));
            }
        };
        let table: toml::Table = toml::from_str(&text).map_err(|e| {
            Error::usage(format!("{} is not valid TOML: {e}", path.display()))
                .with_hint("fix the file, or remove it and use `bytemark config set`")
        })?;
        Ok(ConfigFile {
            path: path.to_path_buf(),
            table,
        })
    }

    /// The profile `bytemark config use` made the default, if any.
    pub fn current_profile(&self) -> Option<String> {
        match self.table.get("current_profile") {
            Some(toml::Value::String(p)) if !p.is_empty() => Some(p.clone()),
            _ => None,
        }
    }

    /// Makes `name` the default profile (`bytemark config use`).
    pub fn set_current_profile(&mut self, name: &str) {
        self.table
            .insert("current_profile".into(), toml::Value::String(name.into()));
    }

    /// The profiles the file defines, sorted by name.
    pub fn profiles(&self) -> Vec<String> {
        match self.table.get("profiles") {
            Some(toml::Value::Table(p)) => p.keys().cloned().collect(),
            _ => Vec::new(),
        }
    }

    /// A profile's settings as strings (non-string values are shown as TOML).
    pub fn profile(&self, name: &str) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        if let Some(toml::Value::Table(profiles)) = self.table.get("profiles")
            && let Some(toml::Value::Table(p)) = profiles.get(name)
        {
            for (k, v) in p {
                let s = match v {
                    toml::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                out.insert(k.clone(), s);
            }
        }
        out
    }

    /// Sets (`Some`) or removes (`None`) a key in a profile.
    pub fn set(&mut self, profile: &str, key: &str, value: Option<&str>) -> Result<()> {
        let profiles = self
            .table
            .entry("profiles")
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        let toml::Value::Table(profiles) = profiles else {
            return Err(Error::usage(format!(
                "{}: `profiles` is not a table",
                self.path.display()
            )));
        };
        let p = profiles
            .entry(profile)
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        let toml::Value::Table(p) = p else {
            return Err(Error::usage(format!(
                "{}: profile {profile} is not a table",
                self.path.display()
            )));
        };
        match value {
            Some(v) => {
                p.insert(key.to_string(), toml::Value::String(v.to_string()));
            }
            None => {
                p.remove(key);
            }
        }
        Ok(())
    }

    /// Writes the file atomically (temp file + rename), dir 0700, file 0600.
    pub fn save(&self) -> Result<()> {
        let text = toml::to_string_pretty(&self.table)
            .map_err(|e| Error::unexpected(format!("cannot encode the configuration: {e}")))?;
        write_private(&self.path, text.as_bytes())
    }
}

/// One resolved setting: its typed value, where it came from, and the text
/// it was given as (what `config list` and `config get` show).
#[derive(Debug, Clone)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
    pub text: Option<String>,
}

impl<T> Setting<T> {
    /// A value set by `--sandbox` for this run.
    pub fn sandbox(value: T, text: impl Into<String>) -> Setting<T> {
        Setting {
            value,
            source: Source::Sandbox,
            text: Some(text.into()),
        }
    }
}

/// Where the session token is kept (`credential_store`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialStore {
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// A private 0600 file in the state directory.
    File,
    /// Memory only, for this command (`none`).
    None,
}

impl std::str::FromStr for CredentialStore {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "keyring" => Ok(CredentialStore::Keyring),
            "file" => Ok(CredentialStore::File),
            "none" => Ok(CredentialStore::None),
            _ => Err("expected keyring, file or none".into()),
        }
    }
}

/// The global flags settings are taken from: the command line, as clap
/// parsed it (see `cli::GlobalArgs::globals`).
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub profile: Option<String>,
    pub endpoint: Option<String>,
    pub auth_endpoint: Option<String>,
    pub account: Option<String>,
    pub output: Option<OutputFormat>,
    pub request_timeout: Option<Duration>,
    /// `--allow-insecure-http` was given.
    pub allow_insecure_http: bool,
}

/// Every setting resolved for this run, typed, with its source.
#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: Setting<String>,
    pub endpoint: Setting<String>,
    pub auth_endpoint: Setting<String>,
    pub user: Setting<Option<String>>,
    pub account: Setting<Option<String>>,
    pub output: Setting<OutputFormat>,
    pub credential_store: Setting<CredentialStore>,
    pub session_validity: Setting<Duration>,
    pub request_timeout: Setting<Duration>,
    /// Plain http:// to other hosts is allowed (see [`Settings::plain_http_hosts`]).
    pub allow_insecure_http: Setting<bool>,
    pub paths: Paths,
    pub file: ConfigFile,
}

/// An environment variable's value, if set and not empty.
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Settings {
    /// Resolves flags, environment, profile and defaults. Reads the config
    /// file; sends nothing; writes nothing.
    pub fn resolve(flags: &Flags) -> Result<Settings> {
        let paths = Paths::from_env()?;
        let file = ConfigFile::load(&paths.config_file())?;
        let (profile, profile_source) = match (&flags.profile, env_var("BYTEMARK_PROFILE")) {
            (Some(p), _) => (p.clone(), Source::Flag),
            (None, Some(p)) => (p, Source::Env),
            (None, None) => match file.current_profile() {
                Some(p) => (p, Source::Profile),
                None => ("default".to_string(), Source::Default),
            },
        };
        check_profile_name(&profile)?;
        let from_profile = file.profile(&profile);
        // The text of one setting, from the first place that has it.
        let text = |name: &str, flag: Option<String>| -> Result<Setting<Option<String>>> {
            let k = key(name)?;
            let (text, source) = if let Some(v) = flag {
                k.validate(&v, k.flag.unwrap_or("flag"))?;
                (Some(v), Source::Flag)
            } else if let Some(v) = env_var(k.env) {
                k.validate(&v, k.env)?;
                (Some(v), Source::Env)
            } else if let Some(v) = from_profile.get(k.name) {
                k.validate(v, &format!("{} (profile {profile})", file.path.display()))?;
                (Some(v.clone()), Source::Profile)
            } else {
                (k.default.map(str::to_string), Source::Default)
            };
            Ok(Setting {
                value: text.clone(),
                source,
                text,
            })
        };
        let output = text("output", flags.output.map(|o| o.as_str().to_string()))?;
        let store = text("credential_store", None)?;
        let validity = text("session_validity", None)?;
        let timeout = text(
            "request_timeout",
            flags.request_timeout.map(crate::input::format_duration),
        )?;
        let insecure = text(
            "allow_insecure_http",
            flags.allow_insecure_http.then(|| "true".to_string()),
        )?;
        let mut account = text("account", flags.account.clone())?;
        // Validated above: `acme.uk0.bigv.io` means the account `acme`.
        account.value = match account.value {
            Some(a) => Some(crate::input::parse_account_name(&a)?),
            None => None,
        };
        Ok(Settings {
            endpoint: required(text("endpoint", flags.endpoint.clone())?)?,
            auth_endpoint: required(text("auth_endpoint", flags.auth_endpoint.clone())?)?,
            user: text("user", None)?,
            account,
            allow_insecure_http: typed(insecure, parse_bool)?,
            output: typed(output, |v| v.parse())?,
            credential_store: typed(store, |v| v.parse())?,
            session_validity: typed(validity, |v| {
                crate::input::parse_session_validity(v).map_err(|e| e.message)
            })?,
            request_timeout: typed(timeout, parse_duration)?,
            profile: Setting {
                text: Some(profile.clone()),
                value: profile,
                source: profile_source,
            },
            paths,
            file,
        })
    }

    /// A setting's text and source, by key (`profile` included), for
    /// `config get` and `config list`.
    pub fn shown(&self, key: &str) -> Option<(Option<&str>, Source)> {
        fn of<T>(s: &Setting<T>) -> (Option<&str>, Source) {
            (s.text.as_deref(), s.source)
        }
        Some(match key {
            "profile" => of(&self.profile),
            "endpoint" => of(&self.endpoint),
            "auth_endpoint" => of(&self.auth_endpoint),
            "user" => of(&self.user),
            "account" => of(&self.account),
            "output" => of(&self.output),
            "credential_store" => of(&self.credential_store),
            "session_validity" => of(&self.session_validity),
            "request_timeout" => of(&self.request_timeout),
            "allow_insecure_http" => of(&self.allow_insecure_http),
            _ => return None,
        })
    }

    /// The hosts other than this machine that the endpoints reach over
    /// plain http://, when `allow_insecure_http` allows it (for a warning).
    /// Without it, such an endpoint is a usage error: the password and the
    /// session token would cross the network unencrypted.
    pub fn plain_http_hosts(&self) -> Result<Vec<String>> {
        let mut hosts = Vec::new();
        for s in [&self.endpoint, &self.auth_endpoint] {
            let url = parse_endpoint(&s.value).map_err(Error::usage)?;
            if url.https || is_loopback(url.host) || hosts.iter().any(|h| h == url.host) {
                continue;
            }
            if !self.allow_insecure_http.value {
                return Err(Error::usage(format!(
                    "refusing plain http:// to {} ({}): the password and session token \
                     would cross the network unencrypted",
                    url.host, s.value
                ))
                .with_hint(
                    "use https://, or if you accept the risk pass --allow-insecure-http \
                     (or set BYTEMARK_ALLOW_INSECURE_HTTP=1)",
                ));
            }
            hosts.push(url.host.to_string());
        }
        Ok(hosts)
    }

    /// Every setting in display order, with the profile first.
    pub fn all(&self) -> Vec<(&'static str, Option<&str>, Source)> {
        std::iter::once("profile")
            .chain(KEYS.iter().map(|k| k.name))
            .filter_map(|name| self.shown(name).map(|(text, source)| (name, text, source)))
            .collect()
    }
}

/// A setting that always has a value (it has a default).
fn required(s: Setting<Option<String>>) -> Result<Setting<String>> {
    match s.value {
        Some(value) => Ok(Setting {
            value,
            source: s.source,
            text: s.text,
        }),
        None => Err(Error::unexpected("a setting with a default has no value")),
    }
}

/// A setting's text, parsed (it was validated when it was read).
fn typed<T>(
    s: Setting<Option<String>>,
    parse: impl Fn(&str) -> std::result::Result<T, String>,
) -> Result<Setting<T>> {
    let s = required(s)?;
    let value = parse(&s.value).map_err(Error::usage)?;
    Ok(Setting {
        value,
        source: s.source,
        text: s.text,
    })
}

/// Applies `BYTEMARK_RETRY_ATTEMPTS` (attempts per request, 1–20; 1 = no
/// retry), `BYTEMARK_RETRY_DELAY` (first backoff delay, e.g. `250ms`) and
/// `BYTEMARK_RETRY_BUDGET` (no new attempt after this long, e.g. `30s`).
/// A bad value is a usage error (exit 2), before any request.
pub fn apply_retry_env(o: &mut bytemark_api::HttpOptions) -> Result<()> {
    if let Some(v) = env_var("BYTEMARK_RETRY_ATTEMPTS") {
        o.max_attempts = v
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=20).contains(n))
            .ok_or_else(|| {
                Error::usage(format!(
                    "BYTEMARK_RETRY_ATTEMPTS: expected a number of attempts from 1 to 20, got {v:?}"
                ))
            })?;
    }
    let duration = |name: &str| -> Result<Option<Duration>> {
        match env_var(name) {
            Some(v) => crate::input::parse_duration(&v)
                .map(Some)
                .map_err(|e| Error::usage(format!("{name}: {}", e.message))),
            None => Ok(None),
        }
    };
    if let Some(d) = duration("BYTEMARK_RETRY_DELAY")? {
        o.retry_base_delay = d;
    }
    if let Some(d) = duration("BYTEMARK_RETRY_BUDGET")? {
        o.retry_budget = d;
    }
    Ok(())
}

/// Where `bytemark --sandbox` keeps its state: `$BYTEMARK_DATA_DIR/sandbox.json`
/// when set, else the platform data dir (`~/.local/share/bytemark/sandbox.json`
/// on Linux).
pub fn sandbox_state_path() -> PathBuf {
    use etcetera::BaseStrategy;
    if let Some(dir) = std::env::var_os("BYTEMARK_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("sandbox.json");
    }
    match etcetera::choose_base_strategy() {
        Ok(s) => s.data_dir().join("bytemark").join("sandbox.json"),
        Err(_) => PathBuf::from(".bytemark-sandbox.json"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("5m").unwrap(), Duration::from_secs(300));
        assert_eq!(parse_duration("90").unwrap(), Duration::from_secs(90));
        assert!(parse_duration("5x").is_err());
    }

    #[test]
    fn credential_stores_parse() {
        assert_eq!("file".parse(), Ok(CredentialStore::File));
        assert_eq!("none".parse(), Ok(CredentialStore::None));
        assert_eq!("keyring".parse(), Ok(CredentialStore::Keyring));
        assert!("memory".parse::<CredentialStore>().is_err());
    }

    #[test]
    fn keys_validate_values() {
        assert!(key("endpoint").unwrap().validate("ftp://x", "t").is_err());
        assert!(key("output").unwrap().validate("yaml", "t").is_err());
        assert!(
            key("credential_store")
                .unwrap()
                .validate("file", "t")
                .is_ok()
        );
        assert!(
            key("session_validity")
                .unwrap()
                .validate("2h", "t")
                .is_err()
        );
        assert_eq!(key("nope").err().map(|e| e.exit_code()), Some(2));
        assert!(key("auth-endpoint").is_ok());
    }

    #[test]
    fn config_file_round_trips_and_keeps_other_profiles() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("config.toml");
        let mut f = ConfigFile::load(&path).unwrap();
        f.set("default", "endpoint", Some("https://a.example"))
            .unwrap();
        f.set("work", "account", Some("acme")).unwrap();
        f.save().unwrap();
        let mut g = ConfigFile::load(&path).unwrap();
        assert_eq!(g.profile("default")["endpoint"], "https://a.example");
        g.set("default", "endpoint", None).unwrap();
        g.save().unwrap();
        let h = ConfigFile::load(&path).unwrap();
        assert!(!h.profile("default").contains_key("endpoint"));
        assert_eq!(h.profile("work")["account"], "acme");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            let dmode = std::fs::metadata(path.parent().unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(dmode & 0o777, 0o700);
        }
    }
}
