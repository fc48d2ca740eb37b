//! The output contract (design.md §6) and `bytemark config`.

use crate::support::{TestEnv, stderr_of, stdout_of};
use bytemark_sandbox::SandboxOptions;
use serde_json::Value;

#[test]
fn piped_tables_are_plain_aligned_columns() {
    let env = TestEnv::new();
    env.login();
    let out = env.cmd().args(["servers", "list"]).output().unwrap();
    assert!(out.status.success());
    let text = stdout_of(&out);
    assert!(
        !text.contains('│') && !text.contains('─') && !text.contains('|'),
        "{text}"
    );
    assert!(!text.contains("\x1b["), "colour when piped");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("NAME"));
    // Every column starts at the same offset on every line.
    let col = lines[0].find("GROUP").unwrap();
    for l in &lines[1..] {
        assert_eq!(&l[col - 2..col], "  ", "{l}");
        assert_ne!(&l[col..col + 1], " ", "{l}");
    }
    assert!(lines.iter().all(|l| !l.ends_with(' ')));
}

#[test]
fn columns_pick_json_fields_and_no_headers_drops_the_header() {
    let env = TestEnv::new();
    env.login();
    let out = env
        .cmd()
        .args(["servers", "list", "--columns", "name,cores", "--no-headers"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let first = text.lines().next().unwrap();
    let fields: Vec<&str> = first.split_whitespace().collect();
    assert_eq!(fields.len(), 2, "{text}");
    assert!(!text.contains("NAME"));
    // An unknown column: exit 2 listing the valid names.
    let out = env
        .cmd()
        .args(["servers", "list", "--columns", "name,colour"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("colour") && err.contains("name") && err.contains("cores"),
        "{err}"
    );
    assert_eq!(stdout_of(&out), "");
}

#[test]
fn json_is_an_array_for_many_and_an_object_for_one() {
    let env = TestEnv::new();
    env.login();
    let out = env
        .cmd()
        .args(["-o", "json", "servers", "list"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert!(v.as_array().unwrap().len() >= 3);
    let out = env
        .cmd()
        .args(["-o", "json", "servers", "show", "web1"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(v["name"], "web1");
    // Piped JSON is one line per document.
    assert_eq!(stdout_of(&out).lines().count(), 1);
}

#[test]
fn ids_are_one_per_line() {
    let env = TestEnv::new();
    env.login();
    env.cmd()
        .args(["-o", "ids", "servers", "list"])
        .assert()
        .success()
        .stdout(predicates::str::contains("web1.default.demo\n"));
    let out = env
        .cmd()
        .args(["-o", "ids", "config", "list"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).lines().any(|l| l == "endpoint"));
}

#[test]
fn output_format_comes_from_the_profile_and_env() {
    let mut env = TestEnv::new();
    env.cmd()
        .args(["config", "set", "output", "json"])
        .assert()
        .success();
    let out = env
        .cmd()
        .args(["config", "get", "output"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(v["value"], "json");
    assert_eq!(v["source"], "profile");
    // Errors follow the profile's format too.
    let out = env.cmd().arg("whoami").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let e: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert_eq!(e["error"]["code"], "auth");
    // The environment beats the profile; a flag beats both.
    env.set_env("BYTEMARK_OUTPUT", "table");
    env.cmd()
        .args(["config", "get", "output"])
        .assert()
        .stdout("table\n");
    env.cmd()
        .args(["-o", "ids", "config", "get", "output"])
        .assert()
        .stdout("ids\n");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = TestEnv::with_options(SandboxOptions {
        seed_servers: 3000,
        ..Default::default()
    });
    env.login();
    let bin = assert_cmd::cargo::cargo_bin("bytemark");
    for format in ["ids", "json", "table"] {
        let mut cmd = std::process::Command::new("bash");
        cmd.env_clear();
        for (k, v) in env.env_vars() {
            cmd.env(k, v);
        }
        let out = cmd
            .arg("-c")
            .arg(format!(
                "'{}' -o {format} servers list | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}",
                bin.display()
            ))
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(0), "{format}: {err}");
        assert!(!err.contains("panicked"), "{format}: {err}");
        assert_eq!(err, "", "{format}");
    }
}

#[test]
fn config_list_shows_each_source() {
    let mut env = TestEnv::new();
    env.cmd()
        .args(["config", "set", "account", "acme"])
        .assert()
        .success();
    env.set_env("BYTEMARK_REQUEST_TIMEOUT", "15s");
    let out = env
        .cmd()
        .args([
            "-o",
            "json",
            "config",
            "list",
            "--endpoint",
            "https://example.test",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let rows: Vec<Value> = serde_json::from_str(&stdout_of(&out)).unwrap();
    let source = |key: &str| {
        rows.iter()
            .find(|r| r["key"] == key)
            .map(|r| r["source"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(source("endpoint"), "flag");
    assert_eq!(source("request_timeout"), "env");
    assert_eq!(source("account"), "profile");
    assert_eq!(source("session_validity"), "default");
    assert_eq!(source("profile"), "default");
    // unset returns to the default.
    env.cmd()
        .args(["config", "unset", "account"])
        .assert()
        .success();
    env.cmd()
        .args(["config", "get", "account"])
        .assert()
        .stdout("\n");
}

#[test]
fn profiles_are_separate() {
    let mut env = TestEnv::new();
    env.cmd()
        .args(["--profile", "work", "config", "set", "account", "acme"])
        .assert()
        .success();
    env.cmd()
        .args(["--profile", "work", "config", "get", "account"])
        .assert()
        .stdout("acme\n");
    env.cmd()
        .args(["config", "get", "account"])
        .assert()
        .stdout("\n");
    env.set_env("BYTEMARK_PROFILE", "work");
    env.cmd()
        .args(["config", "get", "profile"])
        .assert()
        .stdout("work\n");
    let text = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(text.contains("[profiles.work]"), "{text}");
    // Sessions are per profile too.
    env.login();
    env.unset_env("BYTEMARK_PROFILE");
    env.cmd().arg("whoami").assert().code(3);
}

#[test]
fn completions_are_printed() {
    let env = TestEnv::new();
    env.cmd()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicates::str::contains("bytemark"));
}

#[test]
fn the_sandbox_flag_works_on_a_fresh_home_and_keeps_nothing_but_its_state() {
    let mut env = TestEnv::new();
    // No endpoints and no store choice from the harness: --sandbox alone.
    for k in [
        "BYTEMARK_ENDPOINT",
        "BYTEMARK_AUTH_ENDPOINT",
        "BYTEMARK_CREDENTIAL_STORE",
    ] {
        env.unset_env(k);
    }
    env.cmd()
        .args(["--sandbox", "-o", "ids", "servers", "list"])
        .assert()
        .success()
        .stdout(predicates::str::contains("web1.default.demo"));
    let out = env
        .cmd()
        .args(["--sandbox", "-o", "json", "whoami"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let me: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(me["user"], "demo");
    assert_eq!(me["store"], "memory");
    assert_eq!(stderr_of(&out), "", "no keyring warning under --sandbox");
    let files: Vec<String> = env
        .files_under_home()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("sandbox.json"))
        .collect();
    assert!(files.is_empty(), "{files:?}");
    // The sandbox state holds session tokens: private like the rest, in a
    // data dir it creates 0700.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let fresh = env.home().join("fresh-data");
        env.set_env("BYTEMARK_DATA_DIR", fresh.to_str().unwrap());
        env.cmd().args(["--sandbox", "whoami"]).assert().success();
        assert_eq!(mode(&fresh), 0o700);
        for name in ["sandbox.json", "sandbox.json.lock"] {
            assert_eq!(mode(&fresh.join(name)), 0o600, "{name}");
        }
    }
}

#[test]
fn the_sandbox_ignores_the_profiles_account_but_not_an_explicit_one() {
    let mut env = TestEnv::new();
    for k in ["BYTEMARK_ENDPOINT", "BYTEMARK_AUTH_ENDPOINT"] {
        env.unset_env(k);
    }
    env.cmd()
        .args(["config", "set", "account", "acme"])
        .assert()
        .success();
    env.cmd()
        .args(["--sandbox", "-o", "ids", "servers", "list"])
        .assert()
        .success()
        .stdout(predicates::str::contains("web1.default.demo"));
    env.cmd()
        .args(["--sandbox", "--account", "other", "servers", "list"])
        .assert()
        .code(4);
}

/// Runs `bytemark ARGS` on a pseudo-terminal (util-linux `script`) whose
/// size is set first with `stty`, and returns what the terminal showed.
#[cfg(target_os = "linux")]
fn on_a_terminal(env: &TestEnv, stty: &str, extra_env: &[(&str, &str)], args: &str) -> String {
    let bin = assert_cmd::cargo::cargo_bin("bytemark");
    let mut cmd = std::process::Command::new("script");
    cmd.env_clear();
    for (k, v) in env.env_vars() {
        cmd.env(k, v);
    }
    cmd.env("TERM", "xterm");
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let out = cmd
        .args([
            "-qec",
            &format!("stty {stty}; '{}' {args}", bin.display()),
            "/dev/null",
        ])
        .output()
        .expect("util-linux `script` is needed for the terminal tests");
    assert!(out.status.success(), "{}", stderr_of(&out));
    stdout_of(&out)
}

#[cfg(target_os = "linux")]
#[test]
fn terminals_get_colour_and_a_fallback_width_without_borders() {
    let env = TestEnv::new();
    let text = on_a_terminal(&env, "cols 80 rows 24", &[], "config list");
    // A light table (issue 15): no box borders.
    assert!(!text.contains('│') && !text.contains('─'), "{text}");
    assert!(text.contains("\x1b["), "no colour on a terminal: {text}");
    // NO_COLOR and --color never: colour goes.
    let text = on_a_terminal(&env, "cols 80 rows 24", &[("NO_COLOR", "1")], "config list");
    assert!(text.contains("KEY") && !text.contains("\x1b["), "{text}");
    let text = on_a_terminal(&env, "cols 80 rows 24", &[], "--color never config list");
    assert!(!text.contains("\x1b["), "{text}");
    // A terminal reporting 0 columns does not squeeze every column.
    let text = on_a_terminal(&env, "cols 0 rows 0", &[], "--color never config list");
    assert!(
        text.contains("credential_store") && text.contains("session_validity"),
        "{text}"
    );
    // A narrow terminal cuts rather than overflowing.
    let text = on_a_terminal(&env, "cols 40 rows 24", &[], "--color never config list");
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 40, "{widest}: {text}");
}

#[test]
fn a_bad_value_before_o_json_is_still_a_json_usage_error() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "servers", "create", "web9", "--memory", "1.5G", "-o", "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert_eq!(e["error"]["code"], "usage");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("decimals are not supported"),
        "{e}"
    );
    // The value parser's hint keeps its own field.
    assert!(
        e["error"]["hint"]
            .as_str()
            .unwrap()
            .starts_with("sizes are"),
        "{e}"
    );
    assert!(env.requests().is_empty());
}
