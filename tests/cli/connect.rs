//! `bytemark console`, `ssh` and `api` against the sandbox. ssh is never
//! really run: `--print` shows the command, and a fake `ssh` first on PATH
//! records the argument vector it was given.

use crate::access::token_of;
use crate::support::{TestEnv, api_get, json, methods, run, warm};
use bytemark_sandbox::SandboxOptions;
use serde_json::Value;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::Duration;

const WEB1: &str = "/accounts/demo/groups/default/virtual_machines/web1";

fn web1(env: &TestEnv) -> Value {
    api_get(&env.base_url(), &token_of(env, "demo"), WEB1)
}

fn mgmt(env: &TestEnv) -> String {
    web1(env)["management_address"]
        .as_str()
        .unwrap()
        .to_string()
}

fn primary(env: &TestEnv) -> String {
    let vm = api_get(
        &env.base_url(),
        &token_of(env, "demo"),
        &format!("{WEB1}?view=overview"),
    );
    vm["network_interfaces"][0]["ips"][0]
        .as_str()
        .unwrap()
        .to_string()
}

/// A fake `ssh` that writes its arguments, one per line, to `argv` and
/// exits with `$FAKE_SSH_EXIT` (default 0).
fn fake_ssh(dir: &Path) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = bin.join("ssh");
    std::fs::write(
        &script,
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$ARGV_FILE\"\nexit \"${FAKE_SSH_EXIT:-0}\"\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    bin
}

/// Runs `args` with the fake ssh first on PATH; returns the exit code and
/// the argv ssh got (None: ssh never ran).
fn with_fake_ssh(env: &TestEnv, args: &[&str], exit: &str) -> (i32, Option<Vec<String>>, String) {
    let bin = fake_ssh(env.home());
    let argv = env.home().join("argv");
    let _ = std::fs::remove_file(&argv);
    let out = env
        .cmd()
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("ARGV_FILE", &argv)
        .env("FAKE_SSH_EXIT", exit)
        .args(args)
        .output()
        .unwrap();
    let got = std::fs::read_to_string(&argv)
        .ok()
        .map(|t| t.lines().map(str::to_string).collect());
    (
        out.status.code().unwrap_or(-1),
        got,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn console_prints_the_serial_and_vnc_commands_after_one_request() {
    let env = warm();
    let m = mgmt(&env);
    env.clear_requests();
    let (code, out, err) = run(&env, &["console", "web1", "--print"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("ssh -l demo {m}\n"));
    assert_eq!(methods(&env), [format!("GET {WEB1}")]);
    let (_, out, _) = run(
        &env,
        &["-o", "json", "console", "web1", "--serial", "--print"],
    );
    assert_eq!(
        json(&out)["command"],
        serde_json::json!(["ssh", "-l", "demo", m])
    );
    let (code, out, err) = run(
        &env,
        &[
            "console",
            "web1",
            "--vnc",
            "--vnc-port",
            "5901",
            "--print",
            "--user",
            "alice",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        format!("ssh -N -L 127.0.0.1:5901:{m}:5900 -l alice {m}\nvnc://localhost:5901\n")
    );
    assert_eq!(run(&env, &["console", "web1", "--serial", "--vnc"]).0, 2);
    assert_eq!(run(&env, &["console", "web1", "--vnc-port", "5901"]).0, 2);
    assert_eq!(run(&env, &["console", "nope", "--print"]).0, 4);
    assert_eq!(
        run(&env, &["console", "secret1.default.other", "--print"]).0,
        4
    );
}

#[test]
fn the_panel_url_needs_a_known_panel() {
    let mut env = warm();
    let (code, _, err) = run(&env, &["console", "web1", "--panel", "--print"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("BYTEMARK_PANEL_URL"), "{err}");
    assert!(env.requests().is_empty());
    env.set_env("BYTEMARK_PANEL_URL", "https://panel.example/");
    let (code, out, err) = run(&env, &["console", "web1", "--panel", "--print"]);
    assert_eq!(code, 0, "{err}");
    let url = out.trim();
    assert!(
        url.starts_with("https://panel.example/vnc/?auth_token="),
        "{url}"
    );
    assert!(
        url.ends_with(&format!("&endpoint=127&management_ip={}", mgmt(&env))),
        "{url}"
    );
    assert!(
        !err.contains("auth_token"),
        "the token is only on stdout: {err}"
    );
    env.set_env("BYTEMARK_PANEL_URL", "file:///etc/passwd");
    assert_eq!(run(&env, &["console", "web1", "--panel", "--print"]).0, 2);
}

#[test]
fn under_an_api_key_the_console_user_must_be_named() {
    let env = warm();
    let key = format!("apikey.{}", bytemark_sandbox::DEMO_API_KEY);
    env.clear_requests();
    let out = env
        .cmd()
        .env("BYTEMARK_TOKEN", &key)
        .args(["console", "web1", "--print"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(env.requests().is_empty());
    let out = env
        .cmd()
        .env("BYTEMARK_TOKEN", &key)
        .args([
            "console",
            "web1",
            "--print",
            "--user",
            "demo",
            "--account",
            "demo",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ssh -l demo "));
}

#[test]
fn ssh_prints_the_command_for_the_primary_address() {
    let env = warm();
    let ip = primary(&env);
    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &["ssh", "web1", "--print", "--", "-v", "uptime", "a b"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("ssh -l root {ip} -v uptime 'a b'\n"));
    assert_eq!(env.requests().len(), 1);
    let id = web1(&env)["id"].to_string();
    let (code, out, _) = run(
        &env,
        &["-o", "json", "ssh", &id, "--user", "deploy", "--print"],
    );
    assert_eq!(code, 0);
    assert_eq!(
        json(&out)["command"],
        serde_json::json!(["ssh", "-l", "deploy", ip])
    );
    env.clear_requests();
    for bad in [
        vec!["ssh", "web1", "--user", "-oProxyCommand=x"],
        vec!["ssh", "a..b"],
        vec!["ssh", "web1", "--user", "a;b"],
    ] {
        assert_eq!(run(&env, &bad).0, 2, "{bad:?}");
    }
    assert!(env.requests().is_empty());
}

#[test]
fn ssh_and_console_exec_the_systems_ssh_with_an_argument_vector() {
    let env = warm();
    let (ip, m) = (primary(&env), mgmt(&env));
    let (code, argv, err) =
        with_fake_ssh(&env, &["ssh", "web1", "--", "uname", "-a; rm -rf /"], "0");
    assert_eq!(code, 0, "{err}");
    assert_eq!(argv.unwrap(), ["-l", "root", &ip, "uname", "-a; rm -rf /"]);
    let (code, argv, err) = with_fake_ssh(&env, &["console", "web1"], "0");
    assert_eq!(code, 0, "{err}");
    assert_eq!(argv.unwrap(), ["-l", "demo", &m]);
    assert!(err.contains("serial console of web1.default.demo"), "{err}");
    // ssh's exit code is the command's.
    let (code, argv, _) = with_fake_ssh(&env, &["ssh", "web1"], "5");
    assert_eq!((code, argv.is_some()), (5, true));
}

/// A brain that answers every request with one server whose addresses are
/// attempts to smuggle options into ssh.
fn hostile_brain() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let body = serde_json::json!({
        "id": 1, "name": "web1", "hostname": "web1.default.demo.uk0.bigv.io",
        "management_address": "-oProxyCommand=touch /tmp/pwned",
        "network_interfaces": [{"id": 1, "ips": ["-oProxyCommand=touch /tmp/pwned"]}]
    })
    .to_string();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            let _ = stream.read(&mut buf);
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    url
}

#[test]
fn addresses_from_the_api_are_checked_before_ssh_sees_them() {
    let mut env = TestEnv::new();
    let url = hostile_brain();
    env.set_env("BYTEMARK_ENDPOINT", &url)
        .set_env("BYTEMARK_TOKEN", "a-session")
        .set_env("BYTEMARK_ACCOUNT", "demo");
    for args in [
        vec!["ssh", "web1"],
        vec!["console", "web1", "--user", "demo"],
    ] {
        let (code, argv, err) = with_fake_ssh(&env, &args, "0");
        assert_eq!(code, 7, "{args:?}: {err}");
        assert!(argv.is_none(), "ssh must not run: {args:?}");
        assert!(err.contains("refusing to use it"), "{err}");
    }
}

#[test]
fn api_sends_one_request_and_prints_its_json() {
    let env = warm();
    let (code, out, err) = run(
        &env,
        &[
            "api",
            "GET",
            "/accounts/demo?view=overview",
            "--query",
            "include_deleted=true",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["name"], "demo");
    let reqs = env.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(
        (reqs[0].path.as_str(), reqs[0].query.as_str()),
        ("/accounts/demo", "view=overview&include_deleted=true")
    );
    // Whatever the JSON: /definitions is not a list of objects the CLI knows.
    let (code, out, _) = run(&env, &["api", "get", "/definitions"]);
    assert_eq!(code, 0);
    assert!(json(&out).is_array());

    // A POST with a body from a file, then a DELETE (204: prints nothing).
    let body = env.home().join("group.json");
    std::fs::write(&body, r#"{"name": "from-api"}"#).unwrap();
    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "api",
            "POST",
            "/accounts/demo/groups",
            "--input",
            body.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["name"], "from-api");
    assert_eq!(methods(&env), ["POST /accounts/demo/groups"]);
    let groups = api_get(
        &env.base_url(),
        &token_of(&env, "demo"),
        "/accounts/demo/groups",
    );
    assert!(
        groups
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["name"] == "from-api")
    );
    let (code, out, _) = run(&env, &["api", "DELETE", "/accounts/demo/groups/from-api"]);
    assert_eq!((code, out.as_str()), (0, ""));
    let groups = api_get(
        &env.base_url(),
        &token_of(&env, "demo"),
        "/accounts/demo/groups",
    );
    assert!(
        !groups
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["name"] == "from-api")
    );
}

#[test]
fn api_errors_follow_the_exit_code_table() {
    let env = warm();
    assert_eq!(run(&env, &["api", "GET", "/accounts/other"]).0, 4);
    assert_eq!(run(&env, &["api", "GET", "/no/such/thing"]).0, 4);
    let out = env
        .cmd()
        .args(["api", "POST", "/accounts/demo/groups", "--input", "-"])
        .write_stdin(r#"{"name": ""}"#)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&out.stderr).contains("name"));
    let out = env
        .cmd()
        .args(["-o", "json", "api", "PUT", "/users/console", "--input", "-"])
        .write_stdin(r#"{"authorized_keys": ""}"#)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(
        json(&String::from_utf8_lossy(&out.stderr))["error"]["http_status"],
        403
    );
}

#[test]
fn api_input_is_checked_before_any_request() {
    let env = warm();
    let not_json = env.home().join("x.txt");
    std::fs::write(&not_json, "name=web").unwrap();
    for args in [
        vec!["api", "PATCH", "/users/demo"],
        vec!["api", "GET", "users/demo"],
        vec!["api", "GET", "https://evil.example/users"],
        vec!["api", "GET", "//evil.example/users"],
        vec!["api", "GET", "/users/../session"],
        vec!["api", "GET", "/users/%2e%2e/x"],
        vec!["api", "GET", "/users/demo\r\nX-Evil: 1"],
        vec!["api", "GET", "/users/demo%0a"],
        vec!["api", "GET", "/users/demo#x"],
        vec!["api", "GET", "/users/demo", "--query", "noequals"],
        vec!["api", "GET", "/users/demo", "--input", "-"],
        vec![
            "api",
            "POST",
            "/accounts/demo/groups",
            "--input",
            not_json.to_str().unwrap(),
        ],
        vec![
            "api",
            "POST",
            "/accounts/demo/groups",
            "--input",
            "/dev/zero",
        ],
    ] {
        let (code, _, err) = run(&env, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    assert!(env.requests().is_empty());
}

#[test]
fn api_retries_only_safe_methods() {
    let mut env = TestEnv::with_options(SandboxOptions {
        fail_rate: 1.0,
        ..Default::default()
    });
    env.set_env("BYTEMARK_TOKEN", "any")
        .set_env("BYTEMARK_RETRY_ATTEMPTS", "3")
        .set_env("BYTEMARK_RETRY_DELAY", "10ms");
    for (method, tries) in [("GET", 3), ("PUT", 1), ("DELETE", 1), ("POST", 1)] {
        env.clear_requests();
        let (code, _, err) = run(&env, &["api", method, "/accounts/demo/groups/default"]);
        assert_eq!(code, 7, "{method}: {err}");
        assert_eq!(env.requests().len(), tries, "{method}");
    }
}

#[test]
fn api_logs_in_again_after_a_401_and_replays_once() {
    let mut env = TestEnv::with_options(SandboxOptions {
        session_ttl: Some(Duration::from_secs(2)),
        ..Default::default()
    });
    env.login();
    std::thread::sleep(Duration::from_millis(2600));
    env.set_env("BYTEMARK_USER", "demo")
        .set_env("BYTEMARK_PASSWORD", "demo");
    env.clear_requests();
    let out = env
        .cmd()
        .args(["api", "POST", "/accounts/demo/groups", "--input", "-"])
        .write_stdin(r#"{"name": "after-401"}"#)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let statuses = |method: &str, path: &str| -> Vec<u16> {
        env.requests()
            .iter()
            .filter(|r| r.method == method && r.path == path)
            .map(|r| r.status)
            .collect()
    };
    assert_eq!(statuses("POST", "/accounts/demo/groups"), [401, 201]);
    assert_eq!(statuses("POST", "/session"), [200]);
    let groups = api_get(
        &env.base_url(),
        &token_of(&env, "demo"),
        "/accounts/demo/groups",
    );
    let made = groups
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["name"] == "after-401")
        .count();
    assert_eq!(made, 1, "created once");
}
