//! Shared integration-test harness: the real `bytemark` binary against an
//! in-process sandbox on an ephemeral port, with an isolated HOME.
//!
//! ```ignore
//! use crate::support::TestEnv;
//! let env = TestEnv::new();                  // sandbox + temp HOME, file credential store
//! env.login();                               // demo/demo via --password-stdin
//! env.clear_requests();
//! env.cmd().args(["-o", "json", "accounts", "list"]).assert().success();
//! assert_eq!(env.count("GET", "/accounts"), 1);
//! ```
//!
//! Every command starts from `env_clear()`: only PATH, HOME, the
//! BYTEMARK_CONFIG_DIR / BYTEMARK_DATA_DIR of this test, the endpoints of its
//! sandbox, BYTEMARK_CREDENTIAL_STORE=file, and whatever was added with
//! [`TestEnv::set_env`]. Nothing from the developer's own environment leaks in.

use bytemark_sandbox::{self as sandbox, RequestRecord, SandboxHandle, SandboxOptions};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tempfile::TempDir;

pub struct TestEnv {
    pub sandbox: SandboxHandle,
    home: TempDir,
    extra_env: Vec<(String, String)>,
}

impl TestEnv {
    /// A quiet sandbox with default options (seed data, 5-minute sessions).
    pub fn new() -> Self {
        Self::with_options(SandboxOptions {
            quiet: true,
            ..Default::default()
        })
    }

    /// A sandbox started with `options` (e.g. a short `session_ttl`).
    pub fn with_options(options: SandboxOptions) -> Self {
        let sandbox = sandbox::start(options).expect("start the sandbox");
        let home = tempfile::Builder::new()
            .prefix("bytemark-test-home")
            .tempdir()
            .expect("temp HOME");
        std::fs::create_dir_all(home.path().join("config")).unwrap();
        std::fs::create_dir_all(home.path().join("data")).unwrap();
        TestEnv {
            sandbox,
            home,
            extra_env: Vec::new(),
        }
    }

    /// Adds (or replaces) an environment variable for every later command.
    pub fn set_env(&mut self, key: &str, value: &str) -> &mut Self {
        self.extra_env.retain(|(k, _)| k != key);
        self.extra_env.push((key.to_string(), value.to_string()));
        self
    }

    /// Removes a variable set by default or by [`TestEnv::set_env`]
    /// (e.g. `BYTEMARK_CREDENTIAL_STORE`).
    pub fn unset_env(&mut self, key: &str) -> &mut Self {
        self.extra_env.retain(|(k, _)| k != key);
        self.extra_env.push((key.to_string(), String::new()));
        self
    }

    pub fn home(&self) -> &Path {
        self.home.path()
    }
    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config")
    }
    pub fn data_dir(&self) -> PathBuf {
        self.home.path().join("data")
    }
    pub fn base_url(&self) -> String {
        self.sandbox.base_url().to_string()
    }

    /// The environment every command gets (after `env_clear`).
    pub fn env_vars(&self) -> Vec<(String, String)> {
        let mut vars = vec![
            (
                "PATH".to_string(),
                std::env::var("PATH").unwrap_or_default(),
            ),
            ("HOME".to_string(), self.home().display().to_string()),
            (
                "BYTEMARK_CONFIG_DIR".to_string(),
                self.config_dir().display().to_string(),
            ),
            (
                "BYTEMARK_DATA_DIR".to_string(),
                self.data_dir().display().to_string(),
            ),
            ("BYTEMARK_ENDPOINT".to_string(), self.base_url()),
            ("BYTEMARK_AUTH_ENDPOINT".to_string(), self.base_url()),
            ("BYTEMARK_CREDENTIAL_STORE".to_string(), "file".to_string()),
        ];
        for (k, v) in &self.extra_env {
            vars.retain(|(key, _)| key != k);
            if !v.is_empty() {
                vars.push((k.clone(), v.clone()));
            }
        }
        vars
    }

    /// The `bytemark` binary with a clean, isolated environment.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::cargo_bin("bytemark").expect("bytemark binary");
        cmd.env_clear();
        for (k, v) in self.env_vars() {
            cmd.env(k, v);
        }
        cmd.timeout(std::time::Duration::from_secs(60));
        cmd
    }

    /// The same as [`TestEnv::cmd`], as a `std::process::Command` (for
    /// spawning processes in parallel or sending them signals).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("bytemark"));
        cmd.env_clear();
        for (k, v) in self.env_vars() {
            cmd.env(k, v);
        }
        cmd
    }

    /// Logs in as demo/demo with `--password-stdin`; panics if that fails.
    pub fn login(&self) {
        self.login_as(sandbox::DEMO_USER, sandbox::DEMO_PASSWORD);
    }

    /// Logs in as `user` with `--password-stdin`; panics if that fails.
    pub fn login_as(&self, user: &str, password: &str) {
        let out = self.try_login_as(user, password);
        assert!(out.status.success(), "login failed: {}", stderr_of(&out));
    }

    /// Runs `login --user demo --password-stdin` with `password` on stdin and
    /// returns what happened, for tests of failing logins.
    pub fn try_login(&self, password: &str) -> std::process::Output {
        self.try_login_as(sandbox::DEMO_USER, password)
    }

    fn try_login_as(&self, user: &str, password: &str) -> std::process::Output {
        self.cmd()
            .args(["login", "--user", user, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .output()
            .expect("run bytemark login")
    }

    /// Every request the sandbox has answered since the last clear.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.sandbox.requests()
    }

    pub fn clear_requests(&self) {
        self.sandbox.clear_requests()
    }

    /// How many logged requests had this method and a path starting with `prefix`.
    pub fn count(&self, method: &str, prefix: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.method.eq_ignore_ascii_case(method) && r.path.starts_with(prefix))
            .count()
    }

    /// Every regular file under HOME (config, data, anything else), recursively.
    pub fn files_under_home(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            if let Ok(entries) = std::fs::read_dir(dir) {
                for e in entries.flatten() {
                    let p = e.path();
                    if p.is_dir() {
                        walk(&p, out);
                    } else {
                        out.push(p);
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(self.home(), &mut out);
        out
    }

    /// True if `needle` occurs in any file under HOME.
    pub fn home_contains(&self, needle: &str) -> bool {
        self.files_under_home().iter().any(|p| {
            std::fs::read(p)
                .map(|bytes| String::from_utf8_lossy(&bytes).contains(needle))
                .unwrap_or(false)
        })
    }
}

impl TestEnv {
    /// Runs `bytemark ARGS` on a pseudo-terminal (util-linux `script`),
    /// typing each of `lines` after a short pause (so prompts are up);
    /// returns the exit code and everything the terminal showed.
    #[cfg(target_os = "linux")]
    pub fn typed(&self, args: &str, lines: &[&str]) -> (Option<i32>, String) {
        use std::io::Write;
        let bin = assert_cmd::cargo::cargo_bin("bytemark");
        let mut cmd = std::process::Command::new("script");
        cmd.env_clear();
        for (k, v) in self.env_vars() {
            cmd.env(k, v);
        }
        let mut child = cmd
            .args(["-qec", &format!("'{}' {args}", bin.display()), "/dev/null"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("util-linux `script` is needed for the terminal tests");
        let mut stdin = child.stdin.take().unwrap();
        for line in lines {
            // Give the prompt time to switch the terminal to no-echo.
            std::thread::sleep(Duration::from_millis(300));
            stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
            stdin.flush().unwrap();
        }
        std::thread::sleep(Duration::from_millis(300));
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    }
}

impl Default for TestEnv {
    fn default() -> Self {
        Self::new()
    }
}

/// stdout of a finished command as text.
pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// stderr of a finished command as text.
pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs the binary; returns (exit code, stdout, stderr).
pub fn run(env: &TestEnv, args: &[&str]) -> (i32, String, String) {
    let out = env.cmd().args(args).output().expect("run bytemark");
    (
        out.status.code().unwrap_or(-1),
        stdout_of(&out),
        stderr_of(&out),
    )
}

/// Parses a command's JSON output, or fails the test showing it.
pub fn json(s: &str) -> Value {
    serde_json::from_str(s.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {s:?}"))
}

/// GET `path` from the API at `base` with a bearer `token`, straight over
/// HTTP (one exchange, no retries, no CLI); the answer must be 200 with JSON.
pub fn api_get(base: &str, token: &str, path: &str) -> Value {
    let http = bytemark_api::Http::new(bytemark_api::HttpOptions::default());
    let r = http
        .raw(
            bytemark_api::Method::Get,
            &format!("{base}{path}"),
            None,
            Some(token),
            "application/json",
        )
        .unwrap_or_else(|e| panic!("GET {path}: {}", e.message));
    assert_eq!(r.status, 200, "GET {path}: {}", r.body);
    json(&r.body)
}

/// A logged-in env with an empty request log.
pub fn warm() -> TestEnv {
    let env = TestEnv::new();
    env.login();
    env.clear_requests();
    env
}

/// The `name` of each object in a JSON array.
pub fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap_or("").to_string())
        .collect()
}

/// The server as the sandbox sees it (through the demo user), or None on 404.
pub fn server(env: &TestEnv, name: &str) -> Option<Value> {
    let (code, out, _) = run(env, &["-o", "json", "servers", "show", name]);
    (code == 0).then(|| json(&out))
}

pub fn methods(env: &TestEnv) -> Vec<String> {
    env.requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

/// What the dynamic completer offered for `words` (the last is the word
/// under the cursor), asked as bash's registration script asks.
pub struct Completed {
    pub names: Vec<String>,
    pub stderr: String,
    pub ok: bool,
}

pub fn complete(env: &TestEnv, words: &[&str]) -> Completed {
    let mut argv = vec!["--", "bytemark"];
    argv.extend_from_slice(words);
    let out = env
        .cmd()
        .env("COMPLETE", "bash")
        .env("_CLAP_IFS", "\n")
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .args(&argv)
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    Completed {
        names: stdout_of(&out).lines().map(str::to_string).collect(),
        stderr: stderr_of(&out),
        ok: out.status.success(),
    }
}

/// The candidates for `words`; the completer must succeed.
pub fn completions(env: &TestEnv, words: &[&str]) -> Vec<String> {
    let c = complete(env, words);
    assert!(c.ok, "completion failed: {}", c.stderr);
    c.names
}
