//! Hardening (issue 12, secrets): what a hostile or broken service, a
//! killed process or a careless setting could get out of the tool.
//!
//! * A password, one-time code or session token echoed back by the service
//!   — as is, JSON-escaped, percent-encoded or HTML-escaped — is printed in
//!   none of those forms, in table or JSON errors.
//! * A stored session goes only to the API endpoint it was issued for.
//! * Temp files that may hold a token do not outlive a killed process for
//!   long, nor a `logout`.
//! * Directories are private under any umask; a symlink at the lock path is
//!   not followed.
//!
//! `transport` holds the rest (plain http, redirects, validation before any
//! request, no retries of deterministic failures, SIGTERM and SIGHUP);
//! `fake` is a programmable auth service and API for both.

mod fake;
mod transport;

use crate::support::{TestEnv, stderr_of, stdout_of};
use fake::{Fake, Seen, answer};
use std::path::Path;
use std::time::{Duration, SystemTime};

/// `s` percent-encoded (every byte but RFC 3986 unreserved characters).
fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// `s` as a JSON string's contents, as serde_json writes it.
fn json_escaped(s: &str) -> String {
    let quoted = serde_json::to_string(s).unwrap();
    quoted[1..quoted.len() - 1].to_string()
}

/// `s` as a JSON string's contents with everything outside printable ASCII
/// written as `\uXXXX` (Python's `json.dumps`) and `/` as `\/`.
fn json_ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' => out.push_str("\\/"),
            ' '..='~' => out.push(c),
            _ => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out
}

/// `s` as an HTML error page would show it.
fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
}

/// The ways a service may echo a secret back.
fn echoes(secret: &str) -> Vec<(&'static str, String)> {
    vec![
        ("literal", secret.to_string()),
        ("json", json_escaped(secret)),
        ("json-ascii", json_ascii(secret)),
        ("percent", percent(secret)),
        ("html", html(secret)),
    ]
}

/// Fails if any of `fragments` is in `text`.
fn assert_none_in(what: &str, text: &str, fragments: &[String]) {
    for f in fragments {
        assert!(!text.contains(f.as_str()), "{what}: {f:?} leaked in {text}");
    }
}

/// Runs `bytemark ARGS` against the fake (auth and API) with `stdin`;
/// returns (exit code, stdout + stderr).
fn against(fake: &Fake, env: &mut TestEnv, args: &[&str], stdin: &str) -> (Option<i32>, String) {
    env.set_env("BYTEMARK_ENDPOINT", &fake.url)
        .set_env("BYTEMARK_AUTH_ENDPOINT", &fake.url)
        .set_env("BYTEMARK_RETRY_DELAY", "5ms");
    let out = env
        .cmd()
        .args(args)
        .write_stdin(stdin.to_string())
        .output()
        .unwrap();
    let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
    assert!(!all.contains("panicked"), "{all}");
    (out.status.code(), all)
}

// A password with a quote, a backslash, a control character and a
// non-ASCII letter: each is written differently by each encoding.
const PASSWORD: &str = "Pw\"x\\q7\u{7}wörd/z9";

/// The parts of PASSWORD that must not show in any form.
fn password_fragments() -> Vec<String> {
    let mut out = Vec::new();
    for (_, form) in echoes(PASSWORD) {
        out.push(form);
    }
    // Pieces that survive even a partial or reformatted echo.
    for piece in ["x\\q7", "wörd/z9"] {
        out.extend(echoes(piece).into_iter().map(|(_, f)| f));
    }
    out
}

#[test]
fn an_echoed_password_is_scrubbed_in_every_encoding() {
    for (style, form) in echoes(PASSWORD) {
        let fake = Fake::start(move |seen: &Seen| {
            if style == "json" {
                // The request body itself, as sent.
                answer(400, format!("refused: {}", seen.body))
            } else {
                answer(400, format!("refused: password={form}&user=demo"))
            }
        });
        for output in ["table", "json"] {
            let mut env = TestEnv::new();
            let (code, all) = against(
                &fake,
                &mut env,
                &["-o", output, "login", "--user", "demo", "--password-stdin"],
                &format!("{PASSWORD}\n"),
            );
            let what = format!("{style} echo, -o {output}");
            assert_eq!(code, Some(3), "{what}: {all}");
            assert!(all.contains("[redacted]"), "{what}: {all}");
            assert_none_in(&what, &all, &password_fragments());
        }
    }
}

#[test]
fn an_echoed_one_time_code_is_scrubbed() {
    const OTP: &str = "98\"7\\65x";
    for style in ["json", "percent", "html"] {
        let fake = Fake::start(move |seen: &Seen| {
            if !seen.body.contains("\"2fa\"") {
                return answer(403, "Missing 2FA");
            }
            match style {
                "json" => answer(400, format!("refused: {}", seen.body)),
                "percent" => answer(400, format!("refused: 2fa={}", percent(OTP))),
                _ => answer(400, format!("<p>code {} refused</p>", html(OTP))),
            }
        });
        let mut env = TestEnv::new();
        let (code, all) = against(
            &fake,
            &mut env,
            &[
                "-o",
                "json",
                "login",
                "--user",
                "demo",
                "--password-stdin",
                "--otp",
                OTP,
            ],
            "Plain-pw-4c1d\n",
        );
        assert_eq!(code, Some(3), "{style}: {all}");
        assert!(all.contains("[redacted]"), "{style}: {all}");
        let mut fragments = vec!["Plain-pw-4c1d".to_string()];
        fragments.extend(echoes("7\\65x").into_iter().map(|(_, f)| f));
        assert_none_in(style, &all, &fragments);
    }
}

/// The fake's brain: 403 or 400 echoing the bearer token, raw, JSON-escaped
/// and percent-encoded; its auth service issues `issued`.
fn echoing_brain(status: u16, issued: &'static str) -> Fake {
    Fake::start(move |seen: &Seen| {
        if seen.method == "POST" && seen.path == "/session" {
            return answer(200, issued);
        }
        if seen.path.starts_with("/session/") {
            return answer(200, r#"{"username": "demo", "factors": []}"#);
        }
        if seen.path == "/accounts" {
            return answer(200, "[]").header("Content-Type", "application/json");
        }
        let token = seen
            .header("authorization")
            .unwrap_or_default()
            .trim_start_matches("Bearer ")
            .to_string();
        if status == 403 {
            answer(
                403,
                format!(
                    "token {token} may not see this (session={}, \"{}\")",
                    percent(&token),
                    json_ascii(&token)
                ),
            )
        } else {
            let body = serde_json::json!({
                "session": [format!("{token} is not allowed here")],
                "detail": { format!("key-{token}"): percent(&token) },
            });
            answer(400, body.to_string()).header("Content-Type", "application/json")
        }
    })
}

#[test]
fn a_token_echoed_in_a_400_or_403_is_not_printed() {
    const ENV_TOKEN: &str = "tok+9f8e/7d6c=5b4a";
    const ISSUED: &str = "issued+1a2b/3c4d=5e6f";
    for (status, exit) in [(403, 5), (400, 6)] {
        for token_from in ["env", "login"] {
            for output in ["table", "json"] {
                let fake = echoing_brain(status, ISSUED);
                let mut env = TestEnv::new();
                let token = if token_from == "env" {
                    env.set_env("BYTEMARK_TOKEN", ENV_TOKEN);
                    ENV_TOKEN
                } else {
                    let (code, all) = against(
                        &fake,
                        &mut env,
                        &["login", "--user", "demo", "--password-stdin"],
                        "pw-for-the-fake\n",
                    );
                    assert_eq!(code, Some(0), "{all}");
                    ISSUED
                };
                let (code, all) = against(
                    &fake,
                    &mut env,
                    &["-o", output, "servers", "list", "--account", "demo"],
                    "",
                );
                let what = format!("{status}, token from {token_from}, -o {output}");
                assert_eq!(code, Some(exit), "{what}: {all}");
                assert!(all.contains("[redacted]"), "{what}: {all}");
                let mut fragments: Vec<String> =
                    echoes(token).into_iter().map(|(_, f)| f).collect();
                fragments.push(token[4..14].to_string());
                assert_none_in(&what, &all, &fragments);
            }
        }
    }
}

/// The token in the file store.
fn stored_token(env: &TestEnv) -> String {
    let text = std::fs::read_to_string(env.data_dir().join("credentials/default.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["token"].as_str().unwrap().to_string()
}

#[test]
fn a_stored_session_is_not_sent_to_another_endpoint() {
    let env = TestEnv::new();
    env.login();
    let token = stored_token(&env);
    let other = Fake::start(|_: &Seen| answer(200, "{}"));
    for output in ["table", "json"] {
        let out = env
            .cmd()
            .args(["-o", output, "--endpoint", &other.url])
            .args(["servers", "list", "--account", "demo"])
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(3), "{err}");
        assert!(other.seen().is_empty(), "{:?}", other.seen());
        // Says what the session is for, and what to do.
        assert!(err.contains(&env.base_url()), "{err}");
        assert!(err.contains(&other.url), "{err}");
        assert!(err.contains("bytemark login"), "{err}");
        assert!(err.contains("BYTEMARK_TOKEN"), "{err}");
        assert!(!err.contains(&token), "{err}");
    }
    // An explicit token goes wherever it is sent.
    let out = env
        .cmd()
        .env("BYTEMARK_TOKEN", &token)
        .args([
            "--endpoint",
            &other.url,
            "servers",
            "list",
            "--account",
            "demo",
        ])
        .output()
        .unwrap();
    assert!(!stderr_of(&out).contains("panicked"));
    let seen = other.seen();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        seen[0].header("authorization"),
        Some(format!("Bearer {token}").as_str())
    );
}

#[test]
fn another_endpoint_needs_its_own_login() {
    let env = TestEnv::new();
    env.login();
    // The same sandbox under another name is another endpoint.
    let port = env.base_url().rsplit(':').next().unwrap().to_string();
    let other = format!("http://localhost:{port}");
    env.clear_requests();
    env.cmd()
        .args(["--endpoint", &other, "servers", "list", "--account", "demo"])
        .assert()
        .code(3);
    assert!(env.requests().is_empty(), "{:?}", env.requests());
    env.cmd()
        .args([
            "--endpoint",
            &other,
            "login",
            "--user",
            "demo",
            "--password-stdin",
        ])
        .write_stdin("demo\n")
        .assert()
        .success();
    env.clear_requests();
    env.cmd()
        .args(["--endpoint", &other, "servers", "list", "--account", "demo"])
        .assert()
        .success();
    assert_eq!(env.count("POST", "/session"), 0, "{:?}", env.requests());
    // And now the first endpoint is the other one.
    env.clear_requests();
    env.cmd()
        .args(["servers", "list", "--account", "demo"])
        .assert()
        .code(3);
    assert!(env.requests().is_empty(), "{:?}", env.requests());
}

/// Writes a file in the shape of write_private's temp files, `age` old.
fn temp_file(dir: &Path, name: &str, age: Duration, content: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    let f = std::fs::File::options().write(true).open(&path).unwrap();
    f.set_modified(SystemTime::now() - age).unwrap();
    path
}

#[test]
fn stale_temp_files_are_removed_by_the_next_write() {
    let env = TestEnv::new();
    env.login();
    let token = stored_token(&env);
    let hour = Duration::from_secs(3600);
    let creds = env.data_dir().join("credentials");
    let sessions = env.data_dir().join("sessions");
    let stale = [
        temp_file(&creds, ".default.json.4242.17.tmp", hour, &token),
        temp_file(&sessions, ".default.json.4242.18.tmp", hour, "{}"),
    ];
    // A temp file of a write still under way (just now) is not touched.
    let live = temp_file(&creds, ".default.json.4243.19.tmp", Duration::ZERO, "x");
    // Nor is anything else.
    let other = temp_file(&creds, ".notes.tmp", hour, "mine");
    env.login();
    for p in &stale {
        assert!(!p.exists(), "{} is still there", p.display());
    }
    assert!(live.exists() && other.exists());
    assert!(!env.home_contains(&token), "the old token is still on disk");
}

#[test]
fn logout_removes_temp_files_and_says_the_session_lapses_on_its_own() {
    let env = TestEnv::new();
    env.login();
    let token = stored_token(&env);
    let creds = env.data_dir().join("credentials");
    let sessions = env.data_dir().join("sessions");
    let fresh = [
        temp_file(&creds, ".default.json.4244.20.tmp", Duration::ZERO, &token),
        temp_file(&sessions, ".default.json.4244.21.tmp", Duration::ZERO, "{}"),
    ];
    let out = env.cmd().arg("logout").output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    for p in &fresh {
        assert!(!p.exists(), "{} is still there", p.display());
    }
    assert!(!env.home_contains(&token));
    let err = stderr_of(&out);
    assert!(err.contains("no way to end a session early"), "{err}");
    assert!(err.contains("lapses"), "{err}");
    // The help says so too.
    let help = env.cmd().args(["logout", "--help"]).output().unwrap();
    assert!(stdout_of(&help).contains("no way to end a session early"));
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn directories_are_private_under_a_permissive_umask() {
    let mut env = TestEnv::new();
    env.unset_env("BYTEMARK_CONFIG_DIR")
        .unset_env("BYTEMARK_DATA_DIR");
    std::fs::remove_dir(env.config_dir()).unwrap();
    std::fs::remove_dir(env.data_dir()).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("bytemark");
    let umask_0 = |args: &[&str], stdin: &str| {
        let mut cmd = assert_cmd::Command::new("sh");
        cmd.env_clear().envs(env.env_vars());
        cmd.args(["-c", "umask 000; exec \"$0\" \"$@\""]).arg(&bin);
        cmd.args(args)
            .write_stdin(stdin.to_string())
            .assert()
            .success();
    };
    umask_0(&["login", "--user", "demo", "--password-stdin"], "demo\n");
    umask_0(&["config", "set", "output", "json"], "");
    let mut dirs = Vec::new();
    let mut stack = vec![env.home().to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                assert_eq!(mode(&p), 0o700, "{}", p.display());
                dirs.push(p.clone());
                stack.push(p);
            } else {
                assert_eq!(mode(&p), 0o600, "{}", p.display());
            }
        }
    }
    // ~/.config, ~/.config/bytemark, ~/.local, ~/.local/share, …/bytemark,
    // sessions and credentials.
    assert!(dirs.len() >= 7, "{dirs:?}");
}

#[cfg(unix)]
#[test]
fn a_symlink_at_the_lock_path_is_not_followed() {
    let env = TestEnv::new();
    let sessions = env.data_dir().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let victim = env.home().join("victim");
    std::os::unix::fs::symlink(&victim, sessions.join("default.lock")).unwrap();
    let out = env.try_login("demo");
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("symbolic link"), "{err}");
    assert!(!victim.exists(), "the lock followed the symlink");
}
