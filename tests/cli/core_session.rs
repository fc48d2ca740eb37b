//! The session never surprises: round trips counted from the sandbox's
//! request log (design.md §5 and §10).

use crate::support::{TestEnv, stderr_of};
use bytemark_sandbox::SandboxOptions;
use std::time::Duration;

fn statuses(env: &TestEnv, method: &str, prefix: &str) -> Vec<u16> {
    env.requests()
        .iter()
        .filter(|r| r.method == method && r.path.starts_with(prefix))
        .map(|r| r.status)
        .collect()
}

#[test]
fn a_fresh_session_spends_no_session_request() {
    let env = TestEnv::new();
    env.login();
    env.clear_requests();
    env.cmd().args(["accounts", "list"]).assert().success();
    env.cmd().args(["servers", "list"]).assert().success();
    env.cmd().arg("whoami").assert().success();
    assert_eq!(env.count("GET", "/session"), 0, "{:?}", env.requests());
    assert_eq!(env.count("POST", "/session"), 0);
    // accounts list = 1 request; servers list = 1 (account known from login).
    assert_eq!(env.requests().len(), 2, "{:?}", env.requests());
}

#[test]
fn near_expiry_spends_exactly_one_session_request() {
    let mut env = TestEnv::new();
    env.login();
    // Every session is "within the margin" now.
    env.set_env("BYTEMARK_REFRESH_MARGIN", "100000");
    env.clear_requests();
    env.cmd().args(["accounts", "list"]).assert().success();
    assert_eq!(statuses(&env, "GET", "/session"), vec![200]);
    assert_eq!(env.count("POST", "/session"), 0);
    assert_eq!(env.count("GET", "/accounts"), 1);
    // It came first, before the brain request.
    assert!(env.requests()[0].path.starts_with("/session/"));
}

#[test]
fn after_expiry_logs_in_again_from_environment_credentials() {
    let mut env = TestEnv::new();
    env.cmd()
        .args([
            "login",
            "--user",
            "demo",
            "--password-stdin",
            "--validity",
            "2s",
        ])
        .write_stdin("demo\n")
        .assert()
        .success();
    std::thread::sleep(Duration::from_millis(3100));
    // No credentials: exit 3 with a hint, no prompt, no request spent on
    // the dead session.
    env.clear_requests();
    let out = env.cmd().args(["accounts", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_of(&out).contains("expired"), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("BYTEMARK_PASSWORD"));
    assert!(env.requests().is_empty(), "{:?}", env.requests());

    env.set_env("BYTEMARK_USER", "demo")
        .set_env("BYTEMARK_PASSWORD", "demo");
    env.cmd().args(["accounts", "list"]).assert().success();
    assert_eq!(statuses(&env, "POST", "/session"), vec![200]);
    assert_eq!(env.count("GET", "/accounts"), 2); // default account at login + the list
}

#[test]
fn a_401_is_recovered_by_one_login_and_one_replay() {
    // The server forgets sessions after 2 s; the client believes 30 min.
    let mut env = TestEnv::with_options(SandboxOptions {
        session_ttl: Some(Duration::from_secs(2)),
        ..Default::default()
    });
    env.login();
    std::thread::sleep(Duration::from_millis(2600));
    env.set_env("BYTEMARK_USER", "demo")
        .set_env("BYTEMARK_PASSWORD", "demo");
    env.clear_requests();
    env.cmd().args(["accounts", "list"]).assert().success();
    assert_eq!(statuses(&env, "GET", "/accounts"), vec![401, 200, 200]);
    assert_eq!(statuses(&env, "POST", "/session"), vec![200]);
}

#[test]
fn a_401_without_credentials_is_exit_3() {
    let env = TestEnv::with_options(SandboxOptions {
        session_ttl: Some(Duration::from_secs(1)),
        ..Default::default()
    });
    env.login();
    std::thread::sleep(Duration::from_millis(1600));
    env.clear_requests();
    let out = env.cmd().args(["accounts", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("hint:"));
    // One 401, no replay without a new session.
    assert_eq!(statuses(&env, "GET", "/accounts"), vec![401]);
}

#[test]
fn eight_parallel_processes_log_in_at_most_once() {
    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_USER", "demo")
        .set_env("BYTEMARK_PASSWORD", "demo");
    let children: Vec<_> = (0..8)
        .map(|_| {
            env.std_cmd()
                .args(["-o", "ids", "servers", "list"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains("web1.default.demo"));
    }
    assert_eq!(env.count("POST", "/session"), 1, "{:?}", env.requests());
    // The stored session is whole afterwards.
    env.cmd().arg("whoami").assert().success();
}

#[test]
fn use_moves_the_expiry_estimate_forward() {
    let env = TestEnv::new();
    env.cmd()
        .args([
            "login",
            "--user",
            "demo",
            "--password-stdin",
            "--validity",
            "60s",
        ])
        .write_stdin("demo\n")
        .assert()
        .success();
    let read = || -> u64 {
        let t = std::fs::read_to_string(env.data_dir().join("sessions/default.json")).unwrap();
        let v: serde_json::Value = serde_json::from_str(&t).unwrap();
        v["expires_at"].as_u64().unwrap()
    };
    let before = read();
    std::thread::sleep(Duration::from_millis(6200));
    env.cmd().args(["accounts", "list"]).assert().success();
    assert!(read() >= before + 5, "{} -> {}", before, read());
}

#[test]
fn the_default_margin_is_half_of_a_short_session() {
    // validity 4 s → margin 2 s: fresh at first, "near expiry" after 2.5 s.
    let env = TestEnv::new();
    env.cmd()
        .args([
            "login",
            "--user",
            "demo",
            "--password-stdin",
            "--validity",
            "4s",
        ])
        .write_stdin("demo\n")
        .assert()
        .success();
    env.clear_requests();
    env.cmd().args(["accounts", "list"]).assert().success();
    assert_eq!(env.count("GET", "/session"), 0);
    std::thread::sleep(Duration::from_millis(2600));
    env.clear_requests();
    env.cmd().args(["accounts", "list"]).assert().success();
    assert_eq!(statuses(&env, "GET", "/session"), vec![200]);
    assert_eq!(env.count("POST", "/session"), 0);
}
