//! Hostile responses (issue 6): a tiny HTTP server in the test answers every
//! request with the same canned misbehaviour — invalid JSON, wrong types,
//! HTML error pages, empty bodies, a body far over the 48 MiB cap, a stalled
//! connection, bytes that are not HTTP at all. Each must end with exit 7 (or
//! the class of the status, for 4xx) and a short readable message: no panic,
//! no flood of raw bytes.

use crate::support::{TestEnv, stderr_of, stdout_of};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

/// What the hostile server does with each connection.
#[derive(Clone)]
enum Act {
    /// Write these bytes, then close.
    Raw(Vec<u8>),
    /// A response with this status, content type and body.
    Reply(u16, &'static str, Vec<u8>),
    /// A 200 `application/json` of `n` bytes, streamed, never fully in memory.
    Huge(u64),
    /// Read the request, never answer, hold the connection open.
    Stall,
}

/// Starts the server; returns its base URL.
fn hostile(act: Act) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let act = act.clone();
            std::thread::spawn(move || serve(stream, act));
        }
    });
    url
}

fn read_head(stream: &mut TcpStream) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 64 * 1024 {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    // Request bodies (POST/PUT) are small; read what is there.
    let text = String::from_utf8_lossy(&head).to_ascii_lowercase();
    if let Some(len) = text
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        let mut body = vec![0u8; len];
        let _ = stream.read_exact(&mut body);
    }
}

fn serve(mut stream: TcpStream, act: Act) {
    read_head(&mut stream);
    let _ = match act {
        Act::Raw(bytes) => stream.write_all(&bytes),
        Act::Reply(status, ctype, body) => {
            let head = format!(
                "HTTP/1.1 {status} Whatever\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream
                .write_all(head.as_bytes())
                .and_then(|_| stream.write_all(&body))
        }
        Act::Huge(n) => {
            // Exactly n bytes of JSON: `[1,1,…,1,   1]`.
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {n}\r\nConnection: close\r\n\r\n["
            );
            let chunk = b"1,".repeat(32 * 1024);
            let mut sent = 1u64;
            let mut r = stream.write_all(head.as_bytes());
            // Stops as soon as the client hangs up.
            while r.is_ok() && sent + (chunk.len() as u64) + 2 < n {
                r = stream.write_all(&chunk);
                sent += chunk.len() as u64;
            }
            let pad = n - sent - 2;
            r.and_then(|_| stream.write_all(&vec![b' '; pad as usize]))
                .and_then(|_| stream.write_all(b"1]"))
        }
        Act::Stall => {
            std::thread::sleep(Duration::from_secs(60));
            Ok(())
        }
    };
    let _ = stream.flush();
}

/// Runs `bytemark ARGS` against `url` with a token (no login) and a short
/// retry policy; returns (exit code, stdout, stderr, duration).
fn run_with(
    url: &str,
    args: &[&str],
    extra: &[(&str, &str)],
) -> (Option<i32>, String, String, Duration) {
    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_ENDPOINT", url)
        .set_env("BYTEMARK_AUTH_ENDPOINT", url)
        .set_env("BYTEMARK_TOKEN", "xyz")
        .set_env("BYTEMARK_ACCOUNT", "demo")
        .set_env("BYTEMARK_RETRY_DELAY", "5ms");
    for (k, v) in extra {
        env.set_env(k, v);
    }
    let started = Instant::now();
    let out = env.cmd().args(args).output().unwrap();
    (
        out.status.code(),
        stdout_of(&out),
        stderr_of(&out),
        started.elapsed(),
    )
}

/// A readable error: starts with `error: `, short, printable, no panic.
fn assert_readable(what: &str, err: &str) {
    assert!(err.starts_with("error: "), "{what}: {err}");
    assert!(!err.contains("panicked"), "{what}: {err}");
    assert!(
        err.len() < 1500 && err.lines().count() <= 6,
        "{what}: too long ({} bytes):\n{err}",
        err.len()
    );
    assert!(
        err.chars().all(|c| c == '\n' || !c.is_control()),
        "{what}: control characters in {err:?}"
    );
    assert!(!err.contains('\u{FFFD}'), "{what}: raw bytes in {err:?}");
}

fn expect(act: Act, args: &[&str], code: i32, message: &str) {
    let url = hostile(act);
    let (got, out, err, _) = run_with(&url, args, &[]);
    let what = format!("`{}`", args.join(" "));
    assert_eq!(got, Some(code), "{what}: {err}");
    assert!(out.is_empty(), "{what}: stdout {out:?}");
    assert_readable(&what, &err);
    if message.is_empty() {
        // Any of the ways of saying the body was not understood.
        assert!(
            ["not valid JSON", "unexpected shape", "is empty"]
                .iter()
                .any(|m| err.contains(m)),
            "{what}: {err}"
        );
    } else {
        assert!(err.contains(message), "{what}: {message:?} not in {err}");
    }
}

fn json(status: u16, body: &str) -> Act {
    Act::Reply(status, "application/json", body.as_bytes().to_vec())
}

/// The read commands, each of which expects JSON of a certain shape.
const READERS: &[&[&str]] = &[
    &["servers", "list"],
    &["servers", "show", "web1"],
    &["groups", "list"],
    &["groups", "show", "default"],
    &["accounts", "list"],
    &["accounts", "show", "demo"],
    &["discs", "list", "web1"],
    &["discs", "show", "web1", "disc-1"],
    &["definitions"],
];

#[test]
fn invalid_json_is_exit_7() {
    for args in READERS {
        expect(
            json(200, r#"{"groups": [{"name": "default", "#),
            args,
            7,
            "",
        );
    }
}

#[test]
fn binary_garbage_is_exit_7_without_raw_bytes() {
    let mut body = vec![0xff, 0xfe, 0x00, 0x1b, b'[', b'2', b'J'];
    body.extend((0..2000u32).map(|i| (i * 7 % 256) as u8));
    for args in READERS {
        expect(
            Act::Reply(200, "application/json", body.clone()),
            args,
            7,
            "",
        );
    }
}

/// Commands that expect an object, and the members each relies on.
const OBJECT_READERS: &[&[&str]] = &[
    &["servers", "list"],
    &["servers", "show", "web1"],
    &["groups", "list"],
    &["groups", "show", "default"],
    &["accounts", "show", "demo"],
    &["discs", "list", "web1"],
    &["discs", "show", "web1", "disc-1"],
];

#[test]
fn wrong_types_are_exit_7() {
    // Not an object where an object is expected.
    for body in ["[1, 2, 3]", r#""a string""#, "42", "null", "true"] {
        for args in OBJECT_READERS {
            expect(json(200, body), args, 7, "unexpected shape");
        }
    }
    // Not an array where an array is expected.
    for body in [r#"{"name": 5}"#, r#""a string""#, "42", "null"] {
        for args in [&["accounts", "list"][..], &["definitions"][..]] {
            expect(json(200, body), args, 7, "unexpected shape");
        }
    }
    // Members of the wrong type.
    for (body, args) in [
        (r#"[{"name": 5}]"#, &["accounts", "list"][..]),
        (r#"{"groups": "nope"}"#, &["servers", "list"][..]),
        (
            r#"{"groups": [{"virtual_machines": 7}]}"#,
            &["servers", "list"][..],
        ),
        (r#"{"groups": [{"name": ["x"]}]}"#, &["groups", "list"][..]),
        (r#"{"name": 5}"#, &["servers", "show", "web1"][..]),
        (r#"{"cores": "two"}"#, &["servers", "show", "web1"][..]),
        (r#"{"discs": {"a": 1}}"#, &["discs", "list", "web1"][..]),
        (
            r#"{"size": "big"}"#,
            &["discs", "show", "web1", "disc-1"][..],
        ),
        (
            r#"{"virtual_machines": 7}"#,
            &["groups", "show", "default"][..],
        ),
        (r#"{"name": 5}"#, &["accounts", "show", "demo"][..]),
    ] {
        expect(json(200, body), args, 7, "unexpected shape");
    }
}

#[test]
fn empty_200_is_exit_7() {
    for args in READERS {
        expect(json(200, ""), args, 7, "");
    }
}

#[test]
fn html_error_pages_are_exit_7_and_short() {
    let page = format!(
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>{}</body></html>",
        "<p>nginx is unhappy</p>\n".repeat(2000)
    );
    for status in [500u16, 502, 503, 504] {
        let act = Act::Reply(status, "text/html", page.clone().into_bytes());
        expect(
            act,
            &["servers", "list"],
            7,
            &format!("server error (HTTP {status})"),
        );
    }
    // A 4xx HTML page keeps its class, shortened.
    let act = Act::Reply(400, "text/html", page.clone().into_bytes());
    expect(act, &["servers", "list"], 6, "rejected by the API");
    let act = Act::Reply(401, "text/html", page.into_bytes());
    expect(act, &["servers", "list"], 3, "HTTP 401");
}

#[test]
fn a_body_over_the_cap_is_refused_while_streaming() {
    let url = hostile(Act::Huge(64 * 1024 * 1024));
    let (code, out, err, took) = run_with(&url, &["servers", "list"], &[]);
    assert_eq!(code, Some(7), "{err}");
    assert!(out.is_empty());
    assert_readable("64 MiB body", &err);
    assert!(err.contains("larger than 48 MiB"), "{err}");
    // Not retried: the same request would get the same answer.
    assert!(took < Duration::from_secs(20), "{took:?}");
}

#[test]
fn a_body_of_tens_of_mib_under_the_cap_is_read() {
    // 30 MiB of valid JSON that is the wrong shape: read in full, then refused.
    let url = hostile(Act::Huge(30 * 1024 * 1024));
    let (code, _, err, _) = run_with(&url, &["servers", "list"], &[]);
    assert_eq!(code, Some(7), "{err}");
    assert_readable("30 MiB body", &err);
    assert!(
        err.contains("not valid JSON") || err.contains("unexpected shape"),
        "{err}"
    );
}

#[test]
fn a_stalled_connection_times_out() {
    let url = hostile(Act::Stall);
    let (code, out, err, took) = run_with(
        &url,
        &["servers", "list"],
        &[
            ("BYTEMARK_REQUEST_TIMEOUT", "1s"),
            ("BYTEMARK_RETRY_ATTEMPTS", "2"),
        ],
    );
    assert_eq!(code, Some(7), "{err}");
    assert!(out.is_empty());
    assert_readable("stall", &err);
    assert!(err.contains("timed out"), "{err}");
    // Two attempts of 1 s each, plus a short backoff.
    assert!(took >= Duration::from_secs(2), "{took:?}");
    assert!(took < Duration::from_secs(6), "{took:?}");
}

#[test]
fn not_http_at_all_is_exit_7() {
    for bytes in [
        b"SSH-2.0-OpenSSH_9.6\r\n".to_vec(),
        b"\x00\x01\x02\x03garbage\r\n\r\n".to_vec(),
        b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"truncated\": ".to_vec(),
        b"HTTP/1.1 999 Weird\r\nContent-Length: 2\r\n\r\n{}".to_vec(),
        Vec::new(),
    ] {
        let url = hostile(Act::Raw(bytes.clone()));
        let (code, out, err, _) = run_with(&url, &["servers", "list"], &[]);
        let what = String::from_utf8_lossy(&bytes).into_owned();
        assert_eq!(code, Some(7), "{what:?}: {err}");
        assert!(out.is_empty());
        assert_readable(&what, &err);
    }
}

#[test]
fn deeply_nested_json_is_exit_7_not_a_stack_overflow() {
    let body = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    expect(json(200, &body), &["servers", "list"], 7, "");
    expect(json(200, &body), &["accounts", "list"], 7, "");
    let objects = format!("{}{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    expect(json(200, &objects), &["servers", "show", "web1"], 7, "");
}

#[test]
fn hostile_login_answers_are_readable() {
    // Login through the auth service: HTML 500, a token with spaces, nothing.
    for act in [
        Act::Reply(500, "text/html", b"<html><body>boom</body></html>".to_vec()),
        Act::Reply(200, "text/plain", b"not a token at all".to_vec()),
        Act::Reply(200, "text/plain", Vec::new()),
    ] {
        let url = hostile(act);
        let mut env = TestEnv::new();
        env.set_env("BYTEMARK_ENDPOINT", &url)
            .set_env("BYTEMARK_AUTH_ENDPOINT", &url)
            .set_env("BYTEMARK_RETRY_DELAY", "5ms");
        let out = env.try_login("demo");
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(7), "{err}");
        assert_readable("login", &err);
        assert!(!env.home_contains("not a token"), "nothing stored");
    }
}

#[test]
fn malformed_list_elements_are_exit_7_not_left_out() {
    // A server that is not an object, among good ones: the list would look
    // complete if it were dropped.
    let overview = r#"{"name":"demo","groups":[{"name":"default","virtual_machines":[{"name":"web1","hostname":"web1.default.demo.x"},"oops",{"name":"web2"}]}]}"#;
    expect(json(200, overview), &["servers", "list"], 7, "server 2");
    // Definitions that are not definitions.
    expect(
        json(200, r#"["a", 1]"#),
        &["definitions"],
        7,
        "not an object",
    );
    expect(
        json(200, r#"[{"id":"zone_names","data":"york"}]"#),
        &["definitions", "zones"],
        7,
        "zone_names",
    );
}

#[test]
fn a_flood_of_empty_objects_is_refused_before_it_is_decoded() {
    // 47 MiB of `[{},{},…]` is under the body cap but would decode into
    // gigabytes of JSON tree.
    let n = 47 * 1024 * 1024 / 3;
    let body = format!("[{}{{}}]", "{},".repeat(n));
    let started = Instant::now();
    expect(
        json(200, &body),
        &["accounts", "list"],
        7,
        "objects and arrays",
    );
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "refused in {:?}",
        started.elapsed()
    );
}
