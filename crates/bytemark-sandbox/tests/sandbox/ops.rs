//! Operations of the sandbox: state file (persistence, corruption, lock),
//! fault injection, request log, bulk seed data. (The `bytemark sandbox`
//! commands are tested with the CLI: tests/cli/sandbox_command.rs.)

use crate::support::*;

use bytemark_sandbox::{self as sandbox, FailMode, SandboxError, SandboxOptions};
use std::io::{Read, Write};
use std::time::Duration;

fn with_file(path: &std::path::Path) -> SandboxOptions {
    SandboxOptions {
        state_file: Some(path.to_path_buf()),
        ..Default::default()
    }
}

#[test]
fn state_persists_across_restart_including_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("sandbox.json");
    let sb = start_with(with_file(&path));
    assert!(path.exists(), "seed state is written at start");
    let c = Client::login(sb.base_url(), "demo", "demo");
    assert_eq!(
        c.post("/accounts/demo/groups", r#"{"name":"kept"}"#).status,
        201
    );
    assert_eq!(c.delete(&format!("{VMS}/db1")).status, 204);
    let token = c.token.clone().unwrap();
    sb.stop();

    let sb = start_with(with_file(&path));
    let c = Client::with_token(sb.base_url(), &token);
    assert_eq!(
        c.get("/accounts/demo/groups/kept").status,
        200,
        "session and group survive"
    );
    assert_eq!(c.get(&format!("{VMS}/db1")).status, 404);
    assert_eq!(
        c.get_json(&format!("{VMS}/db1?include_deleted=true"))["deleted"],
        true
    );
    // the file is plain JSON written atomically (no temp files left behind)
    let text = std::fs::read_to_string(&path).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "bytemark-sandbox-state");
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn corrupt_state_file_is_reported_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    std::fs::write(&path, "{\"format\": \"bytemark-sandbox-state\", oops").unwrap();
    let err = sandbox::start(with_file(&path)).err().expect("must fail");
    assert!(matches!(err, SandboxError::Corrupt { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(msg.contains("line 1"), "names the parse error: {msg}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"format\": \"bytemark-sandbox-state\", oops"
    );
    // valid JSON of the wrong shape is corrupt too
    std::fs::write(&path, "[]").unwrap();
    assert!(matches!(
        sandbox::start(with_file(&path)),
        Err(SandboxError::Corrupt { .. })
    ));
    // reset replaces it with seed data
    sandbox::reset_state_file(&path).unwrap();
    let sb = start_with(with_file(&path));
    let c = Client::login(sb.base_url(), "demo", "demo");
    assert_eq!(c.get(&format!("{VMS}/web1")).status, 200);
}

#[test]
fn a_state_file_is_locked_while_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    let first = start_with(with_file(&path));
    let err = sandbox::start(with_file(&path))
        .err()
        .expect("second start must fail");
    assert!(matches!(err, SandboxError::Locked { .. }), "{err:?}");
    assert!(err.to_string().contains(&path.display().to_string()));
    assert!(matches!(
        sandbox::reset_state_file(&path),
        Err(SandboxError::Locked { .. })
    ));
    first.stop();
    let again = start_with(with_file(&path));
    again.stop();
}

fn fault_run(seed: u64) -> (Vec<usize>, usize) {
    let sb = start_with(SandboxOptions {
        fail_rate: 0.3,
        fail_mode: FailMode::Status503,
        seed,
        ..Default::default()
    });
    let base = sb.base_url().to_string();
    // log in, retrying injected failures
    let token = loop {
        let r = post_session(&base, r#"{"username":"demo","password":"demo"}"#);
        if r.status == 200 {
            break r.text;
        }
        assert_eq!(r.status, 503);
    };
    let c = Client::with_token(&base, &token);
    let mut created = 0;
    for i in 0..40 {
        let r = c.post("/accounts/demo/groups", &format!(r#"{{"name":"grp{i}"}}"#));
        match r.status {
            201 => created += 1,
            503 => assert!(r.text.contains("injected")),
            s => panic!("unexpected {s}: {}", r.text),
        }
    }
    let failed: Vec<usize> = sb
        .requests()
        .iter()
        .enumerate()
        .filter(|(_, r)| r.status == 503)
        .map(|(i, _)| i)
        .collect();
    // rejected requests changed nothing
    let groups = loop {
        let r = c.get("/accounts/demo/groups");
        if r.status == 200 {
            break r.json();
        }
    };
    assert_eq!(groups.as_array().unwrap().len(), 2 + created);
    (failed, created)
}

#[test]
fn fault_injection_is_repeatable_with_a_seed() {
    let (a, created_a) = fault_run(7);
    let (b, created_b) = fault_run(7);
    assert_eq!(a, b, "same seed, same failed request indices");
    assert_eq!(created_a, created_b);
    assert!(
        !a.is_empty() && created_a > 0,
        "some fail, some succeed: {a:?}"
    );
    let (c, _) = fault_run(8);
    assert_ne!(a, c, "another seed fails other requests");
}

#[test]
fn drop_mode_closes_the_connection_and_logs_status_0() {
    let sb = start_with(SandboxOptions {
        fail_rate: 1.0,
        fail_mode: FailMode::Drop,
        ..Default::default()
    });
    let c = Client::new(sb.base_url());
    assert!(
        c.try_req("GET", "/definitions", None).is_err(),
        "client sees a connection error"
    );
    // raw socket: the server closes without a byte of response
    let mut s = std::net::TcpStream::connect(sb.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(b"GET /definitions HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    assert!(buf.is_empty(), "{:?}", String::from_utf8_lossy(&buf));
    let log = sb.requests();
    assert!(!log.is_empty());
    assert!(log.iter().all(|r| r.status == 0));
}

#[test]
fn latency_is_added() {
    let sb = start_with(SandboxOptions {
        latency: Duration::from_millis(120),
        ..Default::default()
    });
    let t = std::time::Instant::now();
    Client::new(sb.base_url()).get_json("/definitions");
    assert!(t.elapsed() >= Duration::from_millis(120));
    assert!(sb.requests()[0].duration_ms >= 120.0);
}

#[test]
fn request_log_file_and_memory() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("requests.jsonl");
    let sb = start_with(SandboxOptions {
        request_log: Some(log.clone()),
        ..Default::default()
    });
    let c = Client::login(sb.base_url(), "demo", "demo");
    c.get("/accounts?view=overview");
    c.get("/accounts/other");
    let mem = sb.requests();
    assert_eq!(mem.len(), 3);
    sb.clear_requests();
    assert!(sb.requests().is_empty());
    sb.stop();
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        (
            lines[0]["method"].as_str(),
            lines[0]["path"].as_str(),
            lines[0]["status"].as_u64()
        ),
        (Some("POST"), Some("/session"), Some(200))
    );
    assert_eq!(
        (lines[1]["query"].as_str(), lines[1]["status"].as_u64()),
        (Some("view=overview"), Some(200))
    );
    assert_eq!(lines[2]["status"], 404);
    assert!(lines.iter().all(|l| l["duration_ms"].as_f64().is_some()));
    assert_eq!(mem[2].path, "/accounts/other");
}

#[test]
fn session_ids_never_reach_the_request_log() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("requests.jsonl");
    let sb = start_with(SandboxOptions {
        request_log: Some(log.clone()),
        ..Default::default()
    });
    let c = Client::login(sb.base_url(), "demo", "demo");
    let token = c.token.clone().unwrap();
    c.get(&format!("/session/{token}"));
    let mem = sb.requests();
    sb.stop();
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("/session/[redacted]"), "{text}");
    assert!(!text.contains(&token), "{text}");
    assert!(mem.iter().all(|r| !r.path.contains(&token)));
}

#[test]
fn oversized_and_malformed_requests_do_not_panic() {
    let sb = start();
    let c = Client::login(sb.base_url(), "demo", "demo");
    let huge = format!(r#"{{"name":"{}"}}"#, "a".repeat(2 * 1024 * 1024));
    let r = c.post("/accounts/demo/groups", &huge);
    assert_eq!(r.status, 413);
    let mut s = std::net::TcpStream::connect(sb.addr()).unwrap();
    s.write_all(b"NONSENSE\r\n\r\n").unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 400"), "{out}");
    // chunked bodies work
    let mut s = std::net::TcpStream::connect(sb.addr()).unwrap();
    let body = r#"{"name":"chunky"}"#;
    let req = format!(
        "POST /accounts/demo/groups HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n",
        c.token.as_ref().unwrap(),
        body.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 201"), "{out}");
    // the server still serves
    assert_eq!(c.get("/accounts/demo/groups/chunky").status, 200);
}

#[test]
fn ten_thousand_seed_servers_load_and_list() {
    let sb = start_with(SandboxOptions {
        seed_servers: 10_000,
        ..Default::default()
    });
    let c = Client::login(sb.base_url(), "demo", "demo");
    let a = c.get_json("/accounts/demo?view=overview&include_deleted=true");
    let groups = a["groups"].as_array().unwrap();
    let total: usize = groups
        .iter()
        .map(|g| g["virtual_machines"].as_array().unwrap().len())
        .sum();
    assert_eq!(total, 10_003);
    let bulk: Vec<&serde_json::Value> = groups
        .iter()
        .filter(|g| g["name"].as_str().unwrap().starts_with("bulk"))
        .collect();
    assert_eq!(bulk.len(), 10);
    assert!(
        bulk.iter()
            .all(|g| g["virtual_machines"].as_array().unwrap().len() == 1000)
    );
    let srv = &bulk[0]["virtual_machines"][0];
    assert_eq!(srv["discs"].as_array().unwrap().len(), 1);
    assert!(
        srv["hostname"]
            .as_str()
            .unwrap()
            .ends_with(".bulk1.demo.uk0.bigv.io")
    );
    // every server has its own addresses
    let mut ips: Vec<&str> = groups
        .iter()
        .flat_map(|g| g["virtual_machines"].as_array().unwrap())
        .map(|v| v["network_interfaces"][0]["ips"][0].as_str().unwrap())
        .collect();
    ips.sort();
    ips.dedup();
    assert_eq!(ips.len(), 10_003);
    assert_eq!(
        c.get_json("/virtual_machines?group_name=bulk3")
            .as_array()
            .unwrap()
            .len(),
        1000
    );
}
