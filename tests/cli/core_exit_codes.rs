//! Every row of the exit-code table (design.md §7) provoked for real.

use crate::support::{TestEnv, stderr_of};
use bytemark_sandbox::SandboxOptions;
use std::time::Duration;

/// Runs `args` and checks the exit code; under `-o json` the error on
/// stderr must carry the same code.
fn expect_code(env: &TestEnv, args: &[&str], code: i32) -> String {
    let out = env.cmd().args(args).output().unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    if code != 0 {
        let mut json_args = vec!["-o", "json"];
        json_args.extend_from_slice(args);
        let out = env.cmd().args(&json_args).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{json_args:?}");
        // The error is the last line of stderr (multi-target commands may
        // report each target before it).
        let stderr = stderr_of(&out);
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
        let v: serde_json::Value = serde_json::from_str(last.unwrap_or(""))
            .unwrap_or_else(|e| panic!("{json_args:?}: stderr is not JSON ({e}): {stderr}"));
        assert_eq!(v["error"]["exit_code"], code);
        assert_eq!(out.stdout.len(), 0, "data on stdout with an error");
    }
    err
}

/// A usage error clap reports over several lines keeps all of it in the
/// JSON message: which argument is missing, which values are allowed.
#[test]
fn json_usage_errors_keep_the_whole_message() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["-o", "json", "servers", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stderr_of(&out)).unwrap();
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.contains("<SERVER>"), "{message}");
    let out = env
        .cmd()
        .args(["-o", "json", "servers", "list", "--color", "maybe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stderr_of(&out)).unwrap();
    let message = v["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("maybe") && message.contains("never"),
        "{message}"
    );
}

#[test]
fn exit_0_success() {
    let env = TestEnv::new();
    expect_code(&env, &["config", "list"], 0);
}

#[test]
fn exit_1_local_io_failure() {
    let mut env = TestEnv::new();
    // The config "directory" is a regular file: saving cannot work.
    let file = env.home().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    env.set_env("BYTEMARK_CONFIG_DIR", &file.display().to_string());
    let err = expect_code(&env, &["config", "set", "account", "acme"], 1);
    assert!(err.contains("error:"), "{err}");
}

#[test]
fn exit_2_usage() {
    let env = TestEnv::new();
    expect_code(&env, &["--no-such-flag", "config", "list"], 2);
    expect_code(&env, &["config", "set", "no_such_key", "x"], 2);
    expect_code(&env, &["config", "set", "output", "yaml"], 2);
    // (--columns shapes tables only; -o json prints whole objects.)
    let out = env
        .cmd()
        .args(["config", "list", "--columns", "key,bogus"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.contains("bogus") && err.contains("source"), "{err}");
    expect_code(
        &env,
        &[
            "login",
            "--validity",
            "3h",
            "--user",
            "demo",
            "--password-stdin",
        ],
        2,
    );
    // Caught before any request.
    assert!(env.requests().is_empty(), "{:?}", env.requests());
}

#[test]
fn exit_3_authentication() {
    let env = TestEnv::new();
    let err = expect_code(&env, &["whoami"], 3);
    assert!(err.contains("hint:"));
    let out = env.try_login("wrong");
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn exit_4_not_found() {
    let env = TestEnv::new();
    env.login();
    // Another user's account is invisible: 404, not 403.
    expect_code(&env, &["accounts", "show", "other"], 4);
    expect_code(&env, &["servers", "show", "nosuch.default.demo"], 4);
}

#[test]
fn exit_5_permission_denied() {
    let env = TestEnv::new();
    // `console` may see web1 but not change it.
    env.login_as("console", "console");
    expect_code(&env, &["servers", "stop", "--yes", "web1.default.demo"], 5);
}

#[test]
fn exit_6_rejected_by_the_api() {
    let env = TestEnv::new();
    env.login();
    // The name is taken: the API answers 400 with a per-field message.
    let err = expect_code(&env, &["groups", "create", "default.demo"], 6);
    assert!(err.contains("name"), "{err}");
}

#[test]
fn exit_7_network_failure() {
    let mut env = TestEnv::new();
    // A port nothing listens on.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{closed}");
    // Short backoff: the retry policy itself is timed in tests/cli/reliability_faults.rs.
    env.set_env("BYTEMARK_ENDPOINT", &url)
        .set_env("BYTEMARK_AUTH_ENDPOINT", &url)
        .set_env("BYTEMARK_RETRY_DELAY", "10ms");
    let out = env.try_login("demo");
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("could not connect") || stderr_of(&out).contains("connection")
    );
    // The server failing (5xx every time) is 7 as well, after retries.
    let mut env = TestEnv::with_options(SandboxOptions {
        fail_rate: 1.0,
        ..Default::default()
    });
    env.set_env("BYTEMARK_TOKEN", "apikey.demo-ci-key")
        .set_env("BYTEMARK_RETRY_DELAY", "10ms");
    expect_code(&env, &["definitions"], 7);
}

#[test]
fn exit_8_confirmation_needed() {
    let env = TestEnv::new();
    env.login();
    let err = expect_code(&env, &["servers", "delete", "web1.default.demo"], 8);
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(env.count("DELETE", "/"), 0);
}

#[test]
fn exit_9_wait_timed_out() {
    let env = TestEnv::with_options(SandboxOptions {
        transition_delay: Duration::from_secs(60),
        ..Default::default()
    });
    env.login();
    let out = env
        .cmd()
        .args([
            "servers",
            "shutdown",
            "--yes",
            "web1.default.demo",
            "--wait",
            "--timeout",
            "1s",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9), "{}", stderr_of(&out));
}

#[cfg(unix)]
#[test]
fn exit_130_interrupted() {
    let env = TestEnv::new();
    // Waits for a password on stdin that never comes.
    let mut child = env
        .std_cmd()
        .args(["login", "--user", "demo", "--password-stdin"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert_eq!(status.code(), Some(130));
            break;
        }
        if started.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("not interrupted");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_terminal_is_asked_and_no_means_exit_8() {
    let env = TestEnv::new();
    env.login();
    let (code, screen) = env.typed("servers delete web1.default.demo", &["n"]);
    assert_eq!(code, Some(8), "{screen}");
    assert!(screen.contains("[y/N]"), "{screen}");
    assert_eq!(env.count("DELETE", "/"), 0);
    let (code, screen) = env.typed("servers delete web1.default.demo", &["y"]);
    assert_eq!(code, Some(0), "{screen}");
    assert_eq!(env.count("DELETE", "/"), 1);
}
