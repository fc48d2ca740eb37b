//! Secrets (issue 6): a full session with `--debug` and `-o json` — login
//! with `--password-stdin`, whoami, creates with a root password from stdin,
//! with `--show-root-password` and without, lists, a session refresh, an
//! error, config — then every byte of stdout and stderr and every file under
//! HOME is searched for the session token, the login password and the root
//! passwords.
//!
//! * The login password and a root password given on stdin appear nowhere.
//! * The session token appears only in the chosen store (the 0600 file of
//!   `BYTEMARK_CREDENTIAL_STORE=file`), never in output or any other file.
//! * A root password the service generated appears only on stdout, and only
//!   for the command given `--show-root-password`.
//! * Directories are 0700 and files 0600 (the default XDG locations under
//!   HOME, created by the tool itself).

use crate::support::{TestEnv, stderr_of, stdout_of};
use std::path::{Path, PathBuf};

const PASSWORD: &str = "Login-pw-7f3a9c1e5b";
const ROOT_PASSWORD: &str = "Root-pw-2d8b6e4a0c";

/// One command's output.
struct Ran {
    args: String,
    stdout: String,
    stderr: String,
}

fn run(env: &TestEnv, args: &[&str], stdin: Option<&str>) -> Ran {
    let mut cmd = env.cmd();
    cmd.args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s.to_string());
    }
    let out = cmd.output().unwrap();
    let ran = Ran {
        args: args.join(" "),
        stdout: stdout_of(&out),
        stderr: stderr_of(&out),
    };
    assert!(!ran.stderr.contains("panicked"), "{}", ran.stderr);
    ran
}

fn ok(env: &TestEnv, args: &[&str], stdin: Option<&str>) -> Ran {
    let mut cmd = env.cmd();
    cmd.args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s.to_string());
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "`{}` failed: {}",
        args.join(" "),
        stderr_of(&out)
    );
    Ran {
        args: args.join(" "),
        stdout: stdout_of(&out),
        stderr: stderr_of(&out),
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

fn holding(files: &[PathBuf], needle: &str) -> Vec<PathBuf> {
    files
        .iter()
        .filter(|p| {
            std::fs::read(p)
                .map(|b| String::from_utf8_lossy(&b).contains(needle))
                .unwrap_or(false)
        })
        .cloned()
        .collect()
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// The default locations (no BYTEMARK_CONFIG_DIR / BYTEMARK_DATA_DIR): the
/// tool creates them itself under HOME.
fn env() -> TestEnv {
    let mut env = TestEnv::new();
    env.unset_env("BYTEMARK_CONFIG_DIR")
        .unset_env("BYTEMARK_DATA_DIR");
    assert!(env.sandbox.set_password("demo", PASSWORD));
    // The pre-made directories of the harness are not used here.
    std::fs::remove_dir(env.config_dir()).unwrap();
    std::fs::remove_dir(env.data_dir()).unwrap();
    env
}

#[test]
fn a_full_session_leaks_no_secret() {
    let env = env();
    let mut runs = Vec::new();
    runs.push(ok(
        &env,
        &[
            "--debug",
            "-o",
            "json",
            "login",
            "--user",
            "demo",
            "--password-stdin",
        ],
        Some(&format!("{PASSWORD}\n")),
    ));
    runs.push(ok(&env, &["--debug", "-o", "json", "whoami"], None));
    runs.push(ok(&env, &["config", "set", "account", "demo"], None));
    runs.push(ok(
        &env,
        &[
            "--debug",
            "-o",
            "json",
            "servers",
            "create",
            "sec1",
            "--root-password-stdin",
        ],
        Some(&format!("{ROOT_PASSWORD}\n")),
    ));
    let shown = ok(
        &env,
        &[
            "--debug",
            "-o",
            "json",
            "servers",
            "create",
            "sec2",
            "--show-root-password",
        ],
        None,
    );
    let generated: serde_json::Value = serde_json::from_str(&shown.stdout).unwrap();
    let generated = generated["reimage"]["root_password"]
        .as_str()
        .expect("--show-root-password prints the generated password")
        .to_string();
    assert!(generated.len() >= 8, "{generated}");
    let hidden = ok(
        &env,
        &["--debug", "-o", "json", "servers", "create", "sec3"],
        None,
    );
    let hidden_vm: serde_json::Value = serde_json::from_str(&hidden.stdout).unwrap();
    assert!(
        hidden_vm.pointer("/reimage/root_password").is_none(),
        "not asked for, not shown: {}",
        hidden.stdout
    );
    runs.push(hidden);
    runs.push(ok(
        &env,
        &["--debug", "-o", "json", "servers", "list"],
        None,
    ));
    runs.push(ok(&env, &["--debug", "servers", "list"], None));
    runs.push(ok(&env, &["--debug", "servers", "show", "sec1"], None));
    // A refresh: with a margin longer than the session, every command first
    // extends it with GET /session/{token}.
    env.clear_requests();
    let mut cmd = env.cmd();
    cmd.env("BYTEMARK_REFRESH_MARGIN", "100000")
        .args(["--debug", "-o", "json", "servers", "show", "sec1"]);
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        env.requests()
            .iter()
            .any(|r| r.method == "GET" && r.path.starts_with("/session/")),
        "the session was extended"
    );
    runs.push(Ran {
        args: "refresh".into(),
        stdout: stdout_of(&out),
        stderr: stderr_of(&out),
    });
    let failed = run(
        &env,
        &["--debug", "-o", "json", "servers", "show", "nosuch"],
        None,
    );
    assert!(failed.stderr.contains("not found"), "{}", failed.stderr);
    runs.push(failed);
    runs.push(ok(&env, &["--debug", "config", "list"], None));
    runs.push(ok(&env, &["--debug", "whoami"], None));

    // The --debug trace really is on (so the searches below mean something).
    assert!(
        runs[0].stderr.contains("debug: > POST") && runs[0].stderr.contains("/session"),
        "{}",
        runs[0].stderr
    );
    assert!(
        runs.iter()
            .any(|r| r.stderr.contains("/session/[redacted]")),
        "the refresh is traced, redacted"
    );

    let tokens = env.sandbox.session_tokens();
    assert!(!tokens.is_empty());
    let files = files_under(env.home());
    assert!(files.len() >= 3, "{files:?}");

    // Output: no token, no password, no root password from stdin.
    let mut secrets: Vec<(&str, String)> = tokens.iter().map(|t| ("token", t.clone())).collect();
    secrets.push(("password", PASSWORD.into()));
    secrets.push(("root password", ROOT_PASSWORD.into()));
    for r in &runs {
        for (what, s) in &secrets {
            assert!(
                !r.stdout.contains(s.as_str()),
                "{what} on stdout of `{}`",
                r.args
            );
            assert!(
                !r.stderr.contains(s.as_str()),
                "{what} on stderr of `{}`",
                r.args
            );
        }
        assert!(
            !r.stdout.contains(&generated) && !r.stderr.contains(&generated),
            "the generated root password outside its own command: `{}`",
            r.args
        );
    }
    // The generated password: on stdout of its own command only.
    assert!(!shown.stderr.contains(&generated), "{}", shown.stderr);
    for (what, s) in &secrets {
        assert!(!shown.stdout.contains(s.as_str()), "{what}");
        assert!(!shown.stderr.contains(s.as_str()), "{what}");
    }

    // Files: passwords nowhere; the token only in the file store.
    for s in [PASSWORD, ROOT_PASSWORD, generated.as_str()] {
        assert_eq!(holding(&files, s), Vec::<PathBuf>::new());
    }
    let data = env.home().join(".local/share/bytemark");
    let store = data.join("credentials").join("default.json");
    for t in &tokens {
        let found = holding(&files, t);
        assert!(
            found.is_empty() || found == vec![store.clone()],
            "token in {found:?}"
        );
    }
    let stored: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&store).unwrap()).unwrap();
    let current = stored["token"].as_str().expect("the store holds the token");
    assert!(
        tokens.iter().any(|t| t == current),
        "a token the sandbox issued"
    );
    assert_eq!(holding(&files, current), vec![store.clone()]);

    #[cfg(unix)]
    {
        let config = env.home().join(".config/bytemark");
        assert_eq!(mode(&config), 0o700, "{}", config.display());
        assert_eq!(mode(&config.join("config.toml")), 0o600);
        assert_eq!(mode(&data), 0o700, "{}", data.display());
        assert_eq!(mode(&data.join("credentials")), 0o700);
        assert_eq!(mode(&store), 0o600);
        // Every directory and every file is private (lock files too).
        fn dirs_under(dir: &Path, out: &mut Vec<PathBuf>) {
            out.push(dir.to_path_buf());
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                if e.path().is_dir() {
                    dirs_under(&e.path(), out);
                }
            }
        }
        let mut dirs = Vec::new();
        dirs_under(&data, &mut dirs);
        dirs_under(&config, &mut dirs);
        for d in &dirs {
            assert_eq!(mode(d), 0o700, "{}", d.display());
        }
        for f in files_under(&data).iter().chain(files_under(&config).iter()) {
            assert_eq!(mode(f) & 0o077, 0, "{} ({:o})", f.display(), mode(f));
        }
    }

    // Logging out removes the token from the store.
    ok(&env, &["logout"], None);
    for t in &tokens {
        assert!(holding(&files_under(env.home()), t).is_empty());
    }
}

/// Errors and the dry run never echo a root password either.
#[test]
fn root_passwords_stay_out_of_dry_runs_and_errors() {
    let env = env();
    env.login_as("demo", PASSWORD);
    let out = run(
        &env,
        &[
            "--debug",
            "--account",
            "demo",
            "-o",
            "json",
            "servers",
            "create",
            "sec4",
            "--root-password-stdin",
            "--dry-run",
        ],
        Some(&format!("{ROOT_PASSWORD}\n")),
    );
    assert!(!out.stdout.contains(ROOT_PASSWORD), "{}", out.stdout);
    assert!(out.stdout.contains("vm_create"), "{}", out.stdout);
    // Rejected by the API (memory), with the password in the request.
    let out = run(
        &env,
        &[
            "--debug",
            "--account",
            "demo",
            "-o",
            "json",
            "servers",
            "create",
            "sec5",
            "--memory",
            "300M",
            "--root-password-stdin",
        ],
        Some(&format!("{ROOT_PASSWORD}\n")),
    );
    assert!(out.stderr.contains("memory"), "{}", out.stderr);
    for text in [&out.stdout, &out.stderr] {
        assert!(!text.contains(ROOT_PASSWORD));
        assert!(!text.contains(PASSWORD));
    }
    assert!(holding(&files_under(env.home()), ROOT_PASSWORD).is_empty());
}

/// A token from `BYTEMARK_TOKEN` is used, never shown, never stored: not in
/// `--debug`, `whoami`, `config list`, errors (a refused token), or files.
#[test]
fn an_environment_token_is_never_shown_or_stored() {
    let mut env = env();
    env.set_env("BYTEMARK_TOKEN", "apikey.demo-ci-key");
    let mut runs = vec![
        ok(
            &env,
            &["--debug", "--account", "demo", "servers", "list"],
            None,
        ),
        ok(&env, &["--debug", "-o", "json", "whoami"], None),
        ok(&env, &["--debug", "whoami"], None),
        ok(&env, &["--debug", "config", "list"], None),
        ok(&env, &["--debug", "-o", "json", "config", "list"], None),
    ];
    env.set_env("BYTEMARK_TOKEN", "refused-token-5e1f9a");
    for args in [
        &["--debug", "--account", "demo", "servers", "list"][..],
        &[
            "--debug",
            "-o",
            "json",
            "--account",
            "demo",
            "servers",
            "list",
        ][..],
    ] {
        let r = run(&env, args, None);
        assert!(r.stderr.contains("401"), "{}", r.stderr);
        runs.push(r);
    }
    for r in &runs {
        for t in ["demo-ci-key", "refused-token-5e1f9a"] {
            assert!(!r.stdout.contains(t), "token on stdout of `{}`", r.args);
            assert!(!r.stderr.contains(t), "token on stderr of `{}`", r.args);
        }
    }
    assert!(
        runs[0].stderr.contains("debug: > GET"),
        "{}",
        runs[0].stderr
    );
    let files = files_under(env.home());
    assert!(holding(&files, "demo-ci-key").is_empty(), "{files:?}");
    assert!(holding(&files, "refused-token").is_empty(), "{files:?}");
}
