//! The `bytemark sandbox` commands: `serve` prints its URL and answers over
//! HTTP; bad options are usage errors; `reset` rewrites a state file.

use crate::support::api_get;
use std::io::{BufRead, BufReader, Read, Write};

const VMS: &str = "/accounts/demo/groups/default/virtual_machines";

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("bytemark")
}

#[test]
fn binary_serves_and_prints_its_url() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(bin())
        .args([
            "sandbox",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--quiet",
            "--seed",
            "3",
            // The one duration grammar of every flag (not only `5s`).
            "--transition-delay",
            "1m30s",
            "--session-ttl",
            "1h",
        ])
        .arg("--state")
        .arg(dir.path().join("s.json"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().to_string();
    let result = std::panic::catch_unwind(|| {
        assert!(url.starts_with("http://127.0.0.1:"), "{url}");
        // curl-like raw request
        let addr = url.trim_start_matches("http://");
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        let body = r#"{"username":"demo","password":"demo"}"#;
        write!(s, "POST /session HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        assert!(out.starts_with("HTTP/1.1 200 OK"), "{out}");
        let token = out.rsplit("\r\n\r\n").next().unwrap().to_string();
        assert_eq!(
            api_get(&url, &token, &format!("{VMS}/web1"))["name"],
            "web1"
        );
    });
    let _ = child.kill();
    let _ = child.wait();
    result.unwrap();
}

#[test]
fn binary_rejects_bad_options_and_resets_state() {
    let out = std::process::Command::new(bin())
        .args(["sandbox", "serve", "--transition-delay", "soon"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = std::process::Command::new(bin())
        .args(["sandbox", "serve", "--fail-rate", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // reset: explicit file and the data-dir default
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.json");
    std::fs::write(&file, "garbage").unwrap();
    let out = std::process::Command::new(bin())
        .args(["sandbox", "reset", "--state"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("bytemark-sandbox-state")
    );
    let out = std::process::Command::new(bin())
        .args(["sandbox", "reset"])
        .env("BYTEMARK_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("sandbox.json").exists());
}
