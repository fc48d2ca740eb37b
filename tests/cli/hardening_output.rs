//! Hardening, part 1 (issue 12): strings from a hostile service never reach
//! a terminal or a shell as they are. A small programmable fake API (path →
//! status and JSON body) serves server names with OSC sequences, labels with
//! bidi overrides, 200,000-character names and 100 KB error bodies; the CLI
//! talks to it with `BYTEMARK_TOKEN=apikey.x` and the account `demo`, so no
//! auth service is needed. Terminal cases run the binary under util-linux
//! `script` on an 80-column pseudo-terminal, with a deadline.

use crate::support::{TestEnv, completions, stderr_of, stdout_of};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const OSC: &str = "web\u{1b}]0;pwned\u{7}";
const OSC_SHOWN: &str = r"web\x1b]0;pwned\x07";
const RLO: &str = "york\u{202e}kroy";
const RLO_SHOWN: &str = r"york\u{202e}kroy";
const VM_PATH: &str = "/accounts/demo/groups/default/virtual_machines";

/// The fake API: `(method, path) → (status, body)`; `*` as the method
/// matches any, `*` as the path any path not listed. Records `METHOD path`.
struct Fake {
    url: String,
    log: Arc<Mutex<Vec<String>>>,
}

type Routes = Vec<(&'static str, String, u16, String)>;

fn fake(routes: Routes) -> Fake {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let routes = Arc::new(routes);
    let seen = Arc::clone(&log);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let (routes, seen) = (Arc::clone(&routes), Arc::clone(&seen));
            std::thread::spawn(move || answer(stream, &routes, &seen));
        }
    });
    Fake { url, log }
}

fn answer(mut stream: TcpStream, routes: &Routes, log: &Mutex<Vec<String>>) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 64 * 1024 {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    if let Some(len) = head
        .to_ascii_lowercase()
        .lines()
        .find_map(|l| l.strip_prefix("content-length:").map(str::to_string))
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        let _ = stream.read_exact(&mut vec![0u8; len]);
    }
    let mut words = head.split_whitespace();
    let method = words.next().unwrap_or("").to_string();
    let path = words.next().unwrap_or("").split('?').next().unwrap_or("");
    log.lock().unwrap().push(format!("{method} {path}"));
    let find = |p: &str| {
        routes
            .iter()
            .find(|(m, rp, _, _)| (*m == "*" || *m == method) && rp == p)
    };
    let (status, body) = match find(path).or_else(|| find("*")) {
        Some((_, _, status, body)) => (*status, body.clone()),
        None => (404, r#"{"error":"not found"}"#.to_string()),
    };
    let _ = stream.write_all(
        format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    );
}

/// A server as the API describes it.
fn vm(id: u64, name: &str, zone: &str, label: &str) -> Value {
    json!({
        "id": id, "name": name, "hostname": format!("{name}.default.demo.uk0.bigv.io"),
        "cores": 1, "memory": 1024, "power_on": true, "zone_name": zone,
        "discs": [{"id": 7, "label": label, "storage_grade": "sata", "size": 25600}],
    })
}

/// The account overview `servers list` reads, with these servers.
fn overview(vms: &[Value]) -> (&'static str, String, u16, String) {
    let body = json!({"id": 1, "name": "demo",
        "groups": [{"id": 1, "name": "default", "virtual_machines": vms}]});
    ("GET", "/accounts/demo".into(), 200, body.to_string())
}

/// A test environment pointed at the fake with a token (no login).
fn env_for(fake: &Fake) -> TestEnv {
    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_ENDPOINT", &fake.url)
        .set_env("BYTEMARK_AUTH_ENDPOINT", &fake.url)
        .set_env("BYTEMARK_TOKEN", "apikey.x")
        .set_env("BYTEMARK_ACCOUNT", "demo")
        .set_env("BYTEMARK_RETRY_DELAY", "5ms")
        .set_env("NO_COLOR", "1");
    env
}

fn run(env: &TestEnv, args: &[&str]) -> (Option<i32>, String, String) {
    let out = env.cmd().args(args).output().unwrap();
    (out.status.code(), stdout_of(&out), stderr_of(&out))
}

/// No control character but newlines, and no bidi override or isolate.
fn assert_inert(what: &str, text: &str) {
    let bad = text.chars().find(|c| {
        (c.is_control() && *c != '\n')
            || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    });
    assert!(bad.is_none(), "{what}: {bad:?} in {text:?}");
}

/// Runs `bytemark ARGS` on an 80-column pseudo-terminal (`script`), typing
/// `lines`; kills it after `limit`. Returns (exit code, what the terminal
/// showed, how long it took); the code is None when it was killed.
fn on_terminal(
    env: &TestEnv,
    args: &str,
    lines: &[&str],
    limit: Duration,
) -> (Option<i32>, String, Duration) {
    let bin = assert_cmd::cargo::cargo_bin("bytemark");
    let mut cmd = std::process::Command::new("script");
    cmd.env_clear();
    for (k, v) in env.env_vars() {
        cmd.env(k, v);
    }
    let shell = format!("stty cols 80 rows 24; '{}' {args}", bin.display());
    let mut child = cmd
        .args(["-qec", &shell, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("util-linux `script` is needed for the terminal tests");
    let started = Instant::now();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let mut stdin = child.stdin.take().unwrap();
    for line in lines {
        std::thread::sleep(Duration::from_millis(500));
        let _ = stdin.write_all(format!("{line}\n").as_bytes());
        let _ = stdin.flush();
    }
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if started.elapsed() > limit {
            // The pty closes with `script`, and the hang-up ends the binary.
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    drop(stdin);
    let out = String::from_utf8_lossy(&reader.join().unwrap()).into_owned();
    (code, out.replace("\r\n", "\n"), elapsed)
}

#[test]
fn piped_tables_and_show_escape_what_the_service_sent() {
    let bad = vm(2, "web2\n--purge\tx\r\u{9b}2J", RLO, "disc\u{8}\u{8}");
    let api = fake(vec![
        overview(&[vm(1, OSC, RLO, "disc-1"), bad.clone()]),
        ("GET", format!("{VM_PATH}/web1"), 200, bad.to_string()),
    ]);
    let env = env_for(&api);
    let (code, out, err) = run(&env, &["servers", "list"]);
    assert_eq!(code, Some(0), "{err}");
    assert_inert("servers list", &out);
    assert_eq!(out.lines().count(), 3, "one line per row: {out}");
    assert!(out.contains(OSC_SHOWN) && out.contains(RLO_SHOWN), "{out}");
    assert!(out.contains(r"web2\n--purge\tx\r\u{9b}2J"), "{out}");

    let (code, out, err) = run(&env, &["servers", "show", "web1"]);
    assert_eq!(code, Some(0), "{err}");
    assert_inert("servers show", &out);
    assert!(
        out.contains(r"web2\n--purge") && out.contains(RLO_SHOWN),
        "{out}"
    );
}

#[test]
fn json_output_stays_the_apis_json() {
    let server = vm(1, OSC, RLO, "disc\u{0}");
    let api = fake(vec![(
        "GET",
        format!("{VM_PATH}/web1"),
        200,
        server.to_string(),
    )]);
    let (code, out, err) = run(&env_for(&api), &["-o", "json", "servers", "show", "web1"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(serde_json::from_str::<Value>(&out).unwrap(), server);
}

#[test]
fn terminal_tables_escape_and_fit_the_terminal() {
    let api = fake(vec![
        overview(&[
            vm(1, OSC, RLO, "disc-1"),
            vm(2, &"n".repeat(5000), "york", "d"),
        ]),
        (
            "GET",
            format!("{VM_PATH}/web1"),
            200,
            vm(1, OSC, RLO, "disc\u{202e}1").to_string(),
        ),
    ]);
    let env = env_for(&api);
    for args in ["servers list", "servers show web1"] {
        let (code, out, _) = on_terminal(&env, args, &[], Duration::from_secs(30));
        assert_eq!(code, Some(0), "{args}: {out}");
        assert_inert(args, &out);
        for line in out.lines() {
            assert!(line.chars().count() <= 80, "{args}: wider than 80: {line}");
        }
        if args == "servers list" {
            // Narrow columns wrap, escapes too; the long name is cut.
            assert!(out.contains(r"\x1b") && out.contains(r"\x07"), "{out}");
            assert!(out.contains('…'), "the long name is cut: {out}");
            assert!(out.len() < 20_000, "{} bytes", out.len());
        } else {
            assert!(out.contains(OSC_SHOWN) && out.contains(RLO_SHOWN), "{out}");
        }
    }
}

#[test]
fn a_200000_character_field_renders_in_linear_time() {
    let long = "x".repeat(200_000);
    let api = fake(vec![
        overview(&[vm(1, &long, &long, &long), vm(2, "web2", "york", "d")]),
        (
            "GET",
            format!("{VM_PATH}/web1"),
            200,
            vm(1, "web1", &long, &long).to_string(),
        ),
    ]);
    let env = env_for(&api);
    for args in ["servers list", "servers show web1"] {
        let (code, out, took) = on_terminal(&env, args, &[], Duration::from_secs(30));
        eprintln!("terminal `{args}` with a 200,000-character field: {took:?}");
        assert_eq!(code, Some(0), "`{args}` took {took:?} and was killed");
        assert!(took < Duration::from_secs(10), "`{args}` took {took:?}");
        assert!(out.len() < 20_000, "{} bytes", out.len());
    }
    // Piped: every character, on one line per row, at once.
    let started = Instant::now();
    let (code, out, err) = run(&env, &["servers", "list"]);
    let took = started.elapsed();
    eprintln!("piped `servers list` with a 200,000-character field: {took:?}");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out.lines().count(), 3);
    assert!(out.lines().nth(1).unwrap().contains(&long));
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn ids_refuse_names_that_are_not_one_safe_shell_word() {
    let api = fake(vec![
        overview(&[
            vm(1, "web1", "york", "disc-1"),
            vm(2, "web2\n--purge", "york", "d"),
            vm(3, "web3$(touch x)", "york", "d"),
            vm(4, "-rf", "york", "d"),
        ]),
        (
            "GET",
            format!("{VM_PATH}/web1"),
            200,
            vm(2, "web2\n--purge", "york", "--purge").to_string(),
        ),
        (
            "GET",
            format!("{VM_PATH}/db1"),
            200,
            vm(5, "db1", "york", "--purge").to_string(),
        ),
        (
            "GET",
            format!("{VM_PATH}/db2"),
            200,
            vm(6, "db2", "york", "a b\u{1b}").to_string(),
        ),
    ]);
    let env = env_for(&api);
    let (code, out, err) = run(&env, &["-o", "ids", "servers", "list"]);
    assert_eq!(out, "web1.default.demo\n", "{err}");
    assert_eq!(code, Some(7), "{err}");
    assert_inert("stderr", &err);
    assert!(
        err.contains("left out 3 names")
            && err.contains(r#"id 2 "web2\n--purge.default.demo""#)
            && err.contains("id 3"),
        "{err}"
    );
    // One object: nothing printed for it.
    let (code, out, err) = run(&env, &["-o", "ids", "servers", "show", "web1"]);
    assert_eq!((code, out.as_str()), (Some(7), ""), "{err}");
    assert!(err.contains("id 2"), "{err}");
    // A disc's line is two words; each must be safe.
    for server in ["web1", "db1", "db2"] {
        let (code, out, err) = run(&env, &["-o", "ids", "discs", "list", server]);
        assert_eq!((code, out.as_str()), (Some(7), ""), "{server}: {err}");
        assert!(err.contains("id 7"), "{err}");
        assert_inert("stderr", &err);
    }
}

#[test]
fn error_bodies_are_bounded_and_shown_escaped() {
    let mut fields = serde_json::Map::new();
    fields.insert(
        "name".into(),
        json!([format!("{OSC} {RLO} {}", "y".repeat(100_000))]),
    );
    for i in 0..30 {
        fields.insert(format!("zone{i:02}"), json!([format!("bad {RLO}")]));
    }
    let text_body = format!("<html>{OSC}{RLO}{}</html>", "z".repeat(100_000));
    let api = fake(vec![
        (
            "GET",
            format!("{VM_PATH}/web1"),
            400,
            Value::Object(fields).to_string(),
        ),
        ("GET", format!("{VM_PATH}/web2"), 400, text_body),
        (
            "GET",
            format!("{VM_PATH}/web3"),
            403,
            format!("\"forbidden {RLO}\""),
        ),
    ]);
    let env = env_for(&api);
    for name in ["web1", "web2", "web3"] {
        let (code, out, err) = run(&env, &["servers", "show", name]);
        assert!(matches!(code, Some(5 | 6)), "{name}: {err}");
        assert!(out.is_empty());
        assert_inert(name, &err);
        assert!(err.len() < 1000, "{name}: {} bytes: {err}", err.len());
        assert!(err.lines().count() <= 12, "{name}: {err}");
        assert!(err.contains(RLO_SHOWN), "{name}: {err}");
        if name != "web3" {
            assert!(err.contains(OSC_SHOWN), "{name}: {err}");
        }
        for line in err.lines() {
            assert!(line.chars().count() <= 300, "{name}: long line {line}");
        }
    }
    let (_, _, err) = run(&env, &["servers", "show", "web1"]);
    assert!(err.contains("and 23 more"), "{err}");
    // The JSON error: message and hint bounded and escaped too.
    for name in ["web1", "web2"] {
        let (code, _, err) = run(&env, &["-o", "json", "servers", "show", name]);
        assert_eq!(code, Some(6), "{err}");
        let e: Value = serde_json::from_str(err.trim()).unwrap();
        let message = e["error"]["message"].as_str().unwrap();
        assert_inert("JSON message", message);
        assert!(message.contains(OSC_SHOWN), "{message}");
        assert!(message.len() < 3000, "{} bytes", message.len());
    }
}

#[test]
fn confirmation_prompts_show_hostile_labels_escaped() {
    // A label that, printed raw, would erase the question and ask another.
    let label = "disc-1\r\u{1b}[2KRestart web1? (harmless)\u{202e}";
    let disc = json!({"id": 7, "label": label, "storage_grade": "sata", "size": 25600});
    let api = fake(vec![(
        "*",
        format!("{VM_PATH}/web1/discs/disc-1"),
        200,
        disc.to_string(),
    )]);
    let env = env_for(&api);
    let (code, out, _) = on_terminal(
        &env,
        "discs delete web1 disc-1",
        &["n"],
        Duration::from_secs(30),
    );
    assert_eq!(code, Some(8), "{out}");
    assert_inert("prompt", &out);
    assert!(
        out.contains(
            r"Permanently delete disc disc-1\r\x1b[2KRestart web1? (harmless)\u{202e} (sata"
        ),
        "{out}"
    );
    assert!(
        !api.log
            .lock()
            .unwrap()
            .iter()
            .any(|r| r.starts_with("DELETE"))
    );
    // No terminal: the question is in the error, escaped.
    let (code, _, err) = run(&env, &["discs", "delete", "web1", "disc-1"]);
    assert_eq!(code, Some(8), "{err}");
    assert_inert("error", &err);
    assert!(err.contains(r"\r\x1b[2KRestart"), "{err}");
    // With --yes, the notice that it is done is escaped too.
    let (code, _, err) = run(&env, &["--yes", "discs", "delete", "web1", "disc-1"]);
    assert_eq!(code, Some(0), "{err}");
    assert_inert("notice", &err);
    assert!(
        err.contains(r"deleted disc disc-1\r\x1b[2KRestart"),
        "{err}"
    );
}

#[test]
fn progress_lines_show_names_escaped() {
    // A server found by id whose host name carries an OSC sequence: the
    // name in the spinner and in the timeout comes from the service.
    let server = vm(12, OSC, "york", "d");
    let mut off = server.clone();
    off["power_on"] = json!(false);
    let api = fake(vec![
        ("GET", "/virtual_machines/12".into(), 200, off.to_string()),
        ("*", "*".into(), 200, off.to_string()),
    ]);
    let env = env_for(&api);
    let (code, out, _) = on_terminal(
        &env,
        "servers start 12 --wait --timeout 2s",
        &[],
        Duration::from_secs(30),
    );
    assert_eq!(code, Some(9), "{out}");
    assert!(
        !out.contains("\u{1b}]") && !out.contains('\u{7}'),
        "{out:?}"
    );
    assert!(out.contains(&format!("waiting for {OSC_SHOWN}")), "{out:?}");
}

#[test]
fn the_login_notice_shows_the_services_words_escaped() {
    let session = json!({"username": OSC, "factors": [format!("password{RLO}")]});
    let api = fake(vec![
        ("POST", "/session".into(), 200, "tok123".into()),
        ("GET", "/session/tok123".into(), 200, session.to_string()),
        ("GET", "/accounts".into(), 200, "[]".into()),
    ]);
    let mut env = env_for(&api);
    env.unset_env("BYTEMARK_TOKEN");
    let out = env
        .cmd()
        .args(["login", "--user", "demo", "--password-stdin"])
        .write_stdin("pw\n")
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_inert("login", &err);
    assert!(
        err.contains(&format!("Logged in as {OSC_SHOWN} (password{RLO_SHOWN})")),
        "{err}"
    );
}

#[test]
fn completion_offers_only_safe_words() {
    let api = fake(vec![overview(&[
        vm(1, "web1", "york", "d"),
        vm(2, "web1$(touch x)", "york", "d"),
        vm(3, "web1\n--purge", "york", "d"),
        vm(4, "web1;rm", "york", "d"),
        vm(5, OSC, "york", "d"),
    ])]);
    let env = env_for(&api);
    let names = completions(&env, &["servers", "show", "w"]);
    assert_eq!(names, vec!["web1", "web1.default"], "{names:?}");
}
