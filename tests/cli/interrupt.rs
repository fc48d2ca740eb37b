//! Interruption (issue 6): Ctrl-C (SIGINT, sent with `kill -INT`) while
//! waiting, or in the middle of a slow request, ends with exit 130, says
//! what state the server was left in, and leaves the stored session intact:
//! the next command needs no login (no `POST /session`).

#![cfg(unix)]

use crate::support::{TestEnv, stderr_of, stdout_of};
use bytemark_sandbox::SandboxOptions;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

fn interrupt(child: &Child) {
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
}

/// Waits until the sandbox has answered a request matching `f` (or panics
/// after 10 s), so the signal arrives at the intended moment.
fn until(env: &TestEnv, what: &str, f: impl Fn(&bytemark_sandbox::RequestRecord) -> bool) {
    let started = Instant::now();
    while !env.requests().iter().any(&f) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "never saw {what}: {:?}",
            env.requests()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn store_file(env: &TestEnv) -> std::path::PathBuf {
    env.data_dir().join("credentials").join("default.json")
}

/// The session is intact: the stored token is unchanged and works without
/// a new login.
fn assert_session_intact(env: &TestEnv, before: &str) {
    let after = std::fs::read_to_string(store_file(env)).expect("the store file is still there");
    assert_eq!(after, before, "the stored session changed");
    env.clear_requests();
    let out = env
        .cmd()
        .args(["-o", "json", "servers", "show", "db1.default.demo"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(env.count("POST", "/session"), 0, "{:?}", env.requests());
    assert!(stdout_of(&out).contains("\"db1\""));
}

/// A logged-in env whose power changes take 30 s, and the stored session.
fn slow_env() -> (TestEnv, String) {
    let env = TestEnv::with_options(SandboxOptions {
        quiet: true,
        transition_delay: Duration::from_secs(30),
        ..Default::default()
    });
    env.login();
    let before = std::fs::read_to_string(store_file(&env)).unwrap();
    env.clear_requests();
    (env, before)
}

/// Runs `servers start db1 --wait` (after `global` flags), sends Ctrl-C once
/// it is polling, and returns its output and how long it took to stop.
fn interrupt_a_wait(env: &TestEnv, global: &[&str]) -> (std::process::Output, Duration) {
    let child = env
        .std_cmd()
        .args(global)
        .args([
            "servers",
            "start",
            "db1.default.demo",
            "--wait",
            "--timeout",
            "1m",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The start was sent and at least one poll answered: we are waiting.
    until(env, "a poll", |r| {
        r.method == "GET" && r.path.ends_with("/virtual_machines/db1")
    });
    let sent = Instant::now();
    interrupt(&child);
    let out = child.wait_with_output().unwrap();
    (out, sent.elapsed())
}

#[test]
fn ctrl_c_while_waiting_exits_130_and_keeps_the_session() {
    let (env, before) = slow_env();
    let (out, took) = interrupt_a_wait(&env, &[]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(took < Duration::from_secs(3), "took {took:?} to stop");
    assert!(
        err.contains("interrupted while waiting for db1.default.demo to be running"),
        "{err}"
    );
    assert!(err.contains("last seen stopped"), "{err}");
    assert!(err.contains("goes on in the background"), "{err}");
    assert_session_intact(&env, &before);
}

#[test]
fn ctrl_c_while_waiting_with_json_errors() {
    let (env, before) = slow_env();
    let (out, _) = interrupt_a_wait(&env, &["-o", "json"]);
    assert_eq!(out.status.code(), Some(130));
    // The error is the last line of stderr (a per-server progress line may
    // come before it).
    let text = stderr_of(&out);
    let last = text.trim_end().lines().last().unwrap_or_default();
    let err: serde_json::Value =
        serde_json::from_str(last).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(err["error"]["code"], "interrupted");
    assert_eq!(err["error"]["exit_code"], 130);
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("last seen stopped")
    );
    assert_session_intact(&env, &before);
}

/// Ctrl-C during a slow request (not a wait): exit 130 at once, session kept.
#[test]
fn ctrl_c_during_a_slow_request_exits_130_and_keeps_the_session() {
    let env = TestEnv::new();
    env.login();
    env.sandbox.set_latency(Duration::from_millis(1500));
    let before = std::fs::read_to_string(store_file(&env)).unwrap();
    let child = env
        .std_cmd()
        .args(["servers", "list", "--account", "demo"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    let sent = Instant::now();
    interrupt(&child);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr_of(&out));
    assert!(
        sent.elapsed() < Duration::from_secs(1),
        "{:?}",
        sent.elapsed()
    );
    assert!(stdout_of(&out).is_empty());
    assert!(!stderr_of(&out).contains("panicked"));
    env.sandbox.set_latency(Duration::ZERO);
    assert_session_intact(&env, &before);
}
