//! Hardening (issue 12): the transport and the values that reach it.
//!
//! * Plain http:// to a host other than this machine is refused (exit 2,
//!   no request) unless the user opts in with `--allow-insecure-http`.
//! * A redirect from the API or the auth service is not followed, nor
//!   retried.
//! * Account names (flag, env, profile), endpoint URLs and BYTEMARK_TOKEN are
//!   checked before any request: exit 2 or 3, no retries.
//! * Failures that would repeat (TLS, oversized headers) are not retried.
//! * SIGTERM and SIGHUP during `--wait` are handled like Ctrl-C.

use super::fake::{Fake, Seen, answer, blurter};
use crate::support::{TestEnv, stderr_of, warm};
use std::time::{Duration, Instant};

/// Runs `bytemark ARGS`; returns (exit code, stderr, how long it took).
fn timed(env: &TestEnv, args: &[&str]) -> (Option<i32>, String, Duration) {
    let started = Instant::now();
    let out = env.cmd().args(args).output().unwrap();
    let err = stderr_of(&out);
    assert!(!err.contains("panicked"), "{err}");
    (out.status.code(), err, started.elapsed())
}

/// The sandbox's URL with 0.0.0.0 for its host: reaches it on Linux, but is
/// not a loopback address, so it counts as another host.
fn not_loopback(env: &TestEnv) -> String {
    env.base_url().replace("127.0.0.1", "0.0.0.0")
}

#[test]
fn plain_http_to_another_host_is_refused_before_any_request() {
    let mut env = warm();
    let url = not_loopback(&env);
    for var in ["BYTEMARK_ENDPOINT", "BYTEMARK_AUTH_ENDPOINT"] {
        env.set_env(var, &url);
        let (code, err, _) = timed(&env, &["servers", "list", "--account", "demo"]);
        assert_eq!(code, Some(2), "{var}: {err}");
        assert!(err.contains("--allow-insecure-http"), "{err}");
        assert!(err.contains("BYTEMARK_ALLOW_INSECURE_HTTP"), "{err}");
        assert!(env.requests().is_empty(), "{:?}", env.requests());
        let out = env.try_login("demo");
        assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
        assert!(env.requests().is_empty(), "{:?}", env.requests());
        env.set_env(var, &env.base_url());
    }
}

#[cfg(target_os = "linux")]
#[test]
fn the_insecure_opt_in_lets_plain_http_through_with_a_warning() {
    let mut env = TestEnv::new();
    let url = not_loopback(&env);
    env.set_env("BYTEMARK_ENDPOINT", &url)
        .set_env("BYTEMARK_AUTH_ENDPOINT", &url);
    let out = env
        .cmd()
        .args(["--allow-insecure-http", "login", "--user", "demo"])
        .arg("--password-stdin")
        .write_stdin("demo\n")
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("warning") && err.contains("plain http"),
        "{err}"
    );
    env.set_env("BYTEMARK_ALLOW_INSECURE_HTTP", "1");
    let (code, err, _) = timed(&env, &["servers", "list", "--account", "demo"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(env.count("POST", "/session"), 1, "{:?}", env.requests());
}

#[test]
fn a_redirect_from_the_api_is_not_followed_or_retried() {
    let target = Fake::start(|_: &Seen| answer(200, "{}"));
    let location = format!("{}/accounts/demo", target.url);
    let api = Fake::start(move |_: &Seen| answer(302, "moved").header("Location", &location));
    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_ENDPOINT", &api.url)
        .set_env("BYTEMARK_TOKEN", "tok-redirect-1")
        .set_env("BYTEMARK_RETRY_DELAY", "5ms");
    let (code, err, _) = timed(&env, &["servers", "list", "--account", "demo"]);
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains("redirect"), "{err}");
    assert!(err.contains("HTTP 302"), "{err}");
    assert_eq!(api.seen().len(), 1, "retried: {:?}", api.seen());
    assert!(target.seen().is_empty(), "followed: {:?}", target.seen());
}

#[test]
fn a_redirect_from_the_auth_service_is_not_followed() {
    let target = Fake::start(|_: &Seen| answer(200, "tok-from-elsewhere"));
    let location = format!("{}/session", target.url);
    let auth = Fake::start(move |_: &Seen| answer(307, "").header("Location", &location));
    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_AUTH_ENDPOINT", &auth.url)
        .set_env("BYTEMARK_RETRY_DELAY", "5ms");
    let out = env.try_login("Pw-redirect-9");
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(err.contains("redirect"), "{err}");
    assert_eq!(auth.seen().len(), 1, "retried: {:?}", auth.seen());
    assert!(target.seen().is_empty(), "followed: {:?}", target.seen());
}

#[test]
fn dot_segment_accounts_are_refused_from_flag_env_and_profile() {
    let mut env = warm();
    for bad in ["..", ".", "a/b", "acme..x", "%2e%2e"] {
        let (code, err, _) = timed(&env, &["servers", "list", "--account", bad]);
        assert_eq!(code, Some(2), "--account {bad}: {err}");
        assert!(err.contains("--account"), "{err}");
        env.set_env("BYTEMARK_ACCOUNT", bad);
        let (code, err, _) = timed(&env, &["servers", "list"]);
        assert_eq!(code, Some(2), "BYTEMARK_ACCOUNT={bad}: {err}");
        assert!(err.contains("BYTEMARK_ACCOUNT"), "{err}");
        env.unset_env("BYTEMARK_ACCOUNT");
        let toml = format!("[profiles.default]\naccount = {bad:?}\n");
        std::fs::write(env.config_dir().join("config.toml"), toml).unwrap();
        let (code, err, _) = timed(&env, &["servers", "list"]);
        assert_eq!(code, Some(2), "profile account {bad}: {err}");
        std::fs::remove_file(env.config_dir().join("config.toml")).unwrap();
    }
    assert!(env.requests().is_empty(), "{:?}", env.requests());
    // A full name's first label is the account, as in positional names.
    let (code, err, _) = timed(&env, &["servers", "list", "--account", "demo.uk0.bigv.io"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        env.count("GET", "/accounts/demo"),
        1,
        "{:?}",
        env.requests()
    );
}

#[test]
fn malformed_endpoints_are_usage_errors_without_retries() {
    let env = warm();
    let port = env.base_url().rsplit(':').next().unwrap().to_string();
    for bad in [
        "http://[::1".to_string(),
        "http://127.0.0.1:99999".to_string(),
        format!("http://127.0.0.1:{port}?x=1"),
        format!("http://user:pw@127.0.0.1:{port}"),
        "http://exa\u{7}mple.com".to_string(),
        "https://".to_string(),
    ] {
        for flag in ["--endpoint", "--auth-endpoint"] {
            let (code, err, took) =
                timed(&env, &[flag, &bad, "servers", "list", "--account", "demo"]);
            assert_eq!(code, Some(2), "{flag} {bad:?}: {err}");
            assert!(took < Duration::from_secs(2), "{flag} {bad:?}: {took:?}");
        }
    }
    assert!(env.requests().is_empty(), "{:?}", env.requests());
}

#[test]
fn a_token_with_a_line_break_or_space_is_refused_before_any_request() {
    let mut env = TestEnv::new();
    for bad in [
        "tok-7e1\r\nX-Injected: 1",
        "tok-7e1\n",
        "tok 7e1",
        "tok-7e1\u{1b}",
    ] {
        env.set_env("BYTEMARK_TOKEN", bad);
        let (code, err, took) = timed(&env, &["servers", "list", "--account", "demo"]);
        assert_eq!(code, Some(3), "{bad:?}: {err}");
        assert!(err.contains("BYTEMARK_TOKEN"), "{err}");
        assert!(!err.contains("7e1"), "the token is shown: {err}");
        assert!(took < Duration::from_secs(2), "{bad:?}: {took:?}");
    }
    assert!(env.requests().is_empty(), "{:?}", env.requests());
}

#[test]
fn tls_failures_and_oversized_headers_are_not_retried() {
    // https:// to a server that answers in plain HTTP: the TLS handshake
    // fails the same way every time.
    let (port, connections) = blurter(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_ENDPOINT", &format!("https://127.0.0.1:{port}"))
        .set_env("BYTEMARK_TOKEN", "tok-tls-1")
        .set_env("BYTEMARK_RETRY_DELAY", "5ms");
    let (code, err, _) = timed(&env, &["servers", "list", "--account", "demo"]);
    assert_eq!(code, Some(7), "{err}");
    assert_eq!(*connections.lock().unwrap(), 1, "retried: {err}");
    // A header block far over ureq's limit.
    let huge = "x".repeat(200 * 1024);
    let api = Fake::start(move |_: &Seen| answer(200, "{}").header("X-Padding", &huge));
    env.set_env("BYTEMARK_ENDPOINT", &api.url);
    let (code, err, _) = timed(&env, &["servers", "list", "--account", "demo"]);
    assert_eq!(code, Some(7), "{err}");
    assert_eq!(api.seen().len(), 1, "retried: {err}");
}

#[cfg(unix)]
#[test]
fn sigterm_and_sighup_while_waiting_report_the_state_and_exit_130() {
    use bytemark_sandbox::SandboxOptions;
    use std::process::Stdio;
    for signal in ["TERM", "HUP"] {
        let env = TestEnv::with_options(SandboxOptions {
            quiet: true,
            transition_delay: Duration::from_secs(30),
            ..Default::default()
        });
        env.login();
        env.clear_requests();
        let child = env
            .std_cmd()
            .args(["servers", "start", "db1.default.demo", "--wait"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !env
            .requests()
            .iter()
            .any(|r| r.method == "GET" && r.path.ends_with("/virtual_machines/db1"))
        {
            assert!(started.elapsed() < Duration::from_secs(10), "no poll");
            std::thread::sleep(Duration::from_millis(20));
        }
        let sent = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let out = child.wait_with_output().unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(130), "SIG{signal}: {err}");
        assert!(err.contains("last seen stopped"), "SIG{signal}: {err}");
        assert!(err.contains("goes on in the background"), "{err}");
    }
}
