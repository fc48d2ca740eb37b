//! Fleet operations (issue 16): several servers at once with bounded
//! parallelism and one session, prompt `--wait`s, per-server outcomes and a
//! summary, Ctrl-C across a batch; and idempotent deletes and creates for
//! scripts (issue 15: `--if-exists`, `--if-not-exists`).
//!
//! Nothing here times a command: speed is measured by `scripts/bench.py`.
//! What is checked is the order and number of requests in the sandbox's log.

use crate::support::{TestEnv, json, names, run, server, stderr_of};
use bytemark_sandbox::{RequestRecord, SandboxOptions};
use serde_json::Value;
use std::time::{Duration, Instant};

/// A logged-in env whose power changes take `delay`, with the seed's bulk
/// servers (`srv1.bulk1` and `srv6.bulk6` are off, like `db1`).
fn fleet_env(delay: Duration, session_ttl: Option<Duration>) -> TestEnv {
    let env = TestEnv::with_options(SandboxOptions {
        quiet: true,
        transition_delay: delay,
        session_ttl,
        seed_servers: 10,
        ..Default::default()
    });
    env.login();
    env.clear_requests();
    env
}

const OFF: [&str; 3] = ["db1", "srv1.bulk1", "srv6.bulk6"];

fn is_start(r: &RequestRecord) -> bool {
    r.method == "PUT" && r.path.starts_with("/accounts/demo/groups/")
}

fn is_poll(r: &RequestRecord) -> bool {
    r.method == "GET" && r.path.contains("/virtual_machines/")
}

#[test]
fn several_servers_are_started_together_and_waited_for_together() {
    let env = fleet_env(Duration::from_millis(1500), None);
    let mut args = vec!["-o", "json", "servers", "start", "--wait"];
    args.extend(OFF);
    let (code, out, err) = run(&env, &args);
    assert_eq!(code, 0, "{err}");
    let started = json(&out);
    // In the order they were named, whichever came first.
    assert_eq!(names(&started), ["db1", "srv1", "srv6"]);
    assert!(
        started
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["power_on"] == true)
    );
    let log = env.requests();
    // Every start was sent before any server was polled: the changes went
    // out together, not one server after the other.
    let first_poll = log.iter().position(is_poll).expect("polls");
    assert_eq!(log.iter().filter(|r| is_start(r)).count(), 3, "{log:?}");
    assert!(
        log[..first_poll].iter().filter(|r| is_start(r)).count() == 3,
        "{log:?}"
    );
    // One shared session, settled without a request.
    assert_eq!(env.count("GET", "/session"), 0, "{log:?}");
    assert_eq!(env.count("POST", "/session"), 0, "{log:?}");
    for name in ["db1.default.demo", "srv1.bulk1.demo", "srv6.bulk6.demo"] {
        assert!(err.contains(&format!("{name} is running")), "{err}");
    }
    assert!(err.contains("3 servers: 3 running"), "{err}");
}

#[test]
fn parallel_1_works_on_one_server_after_the_other() {
    let env = fleet_env(Duration::from_millis(600), None);
    let mut args = vec!["servers", "start", "--wait", "--parallel", "1"];
    args.extend(OFF);
    let (code, _, err) = run(&env, &args);
    assert_eq!(code, 0, "{err}");
    let log: Vec<RequestRecord> = env
        .requests()
        .into_iter()
        .filter(|r| is_start(r) || is_poll(r))
        .collect();
    // PUT db1, its polls, then PUT srv1, its polls, then PUT srv6, its polls.
    let starts: Vec<usize> = log
        .iter()
        .enumerate()
        .filter(|(_, r)| is_start(r))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(starts.len(), 3, "{log:?}");
    assert!(
        log[starts[0] + 1..starts[1]]
            .iter()
            .all(|r| r.path.ends_with("/db1")),
        "{log:?}"
    );
    assert!(
        starts[1] > starts[0] + 1 && starts[2] > starts[1] + 1,
        "{log:?}"
    );
    assert!(
        log[starts[1] + 1..starts[2]]
            .iter()
            .all(|r| r.path.ends_with("/srv1")),
        "{log:?}"
    );
}

#[test]
fn parallel_takes_a_number_from_1_to_64() {
    let env = TestEnv::new();
    for bad in ["0", "65", "x"] {
        let (code, _, err) = run(&env, &["servers", "start", "web1", "--parallel", bad]);
        assert_eq!(code, 2, "{bad}: {err}");
    }
    assert!(env.requests().is_empty());
    let (code, _, err) = run(&env, &["servers", "show", "web1", "--parallel", "64"]);
    assert_eq!(code, 2, "only commands over several servers take it: {err}");
    env.login();
    let (code, _, err) = run(
        &env,
        &["servers", "start", "web1", "db1", "--parallel", "64"],
    );
    assert_eq!(code, 0, "{err}");
}

/// A name that does not exist fails alone: the others are started and
/// waited for, each outcome is said, the summary counts them, and the exit
/// code is the failure's. Under `-o json` stdout lists the servers that
/// worked and stderr one JSON error per failed target, naming it.
#[test]
fn one_missing_server_fails_alone() {
    let env = fleet_env(Duration::from_millis(800), None);
    let (code, out, err) = run(
        &env,
        &["servers", "start", "db1", "nosuch", "srv1.bulk1", "--wait"],
    );
    assert_eq!(code, 4, "{err}");
    assert!(out.contains("db1") && out.contains("srv1"), "{out}");
    assert!(err.contains("nosuch.default.demo: failed"), "{err}");
    assert!(err.contains("3 servers: 2 running, 1 failed"), "{err}");
    assert!(err.contains("1 of 3 servers failed"), "{err}");
    assert_eq!(server(&env, "srv1.bulk1").unwrap()["power_on"], true);

    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "-q",
            "servers",
            "stop",
            "--yes",
            "db1",
            "nosuch",
            "srv1.bulk1",
        ],
    );
    assert_eq!(code, 4, "{err}");
    assert_eq!(names(&json(&out)), ["db1", "srv1"]);
    let lines: Vec<Value> = err.lines().map(json).collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert_eq!(
        lines[0]["error"]["details"]["target"],
        "nosuch.default.demo"
    );
    assert_eq!(lines[0]["error"]["code"], "not_found");
    assert_eq!(lines[1]["error"]["exit_code"], 4);
}

/// `--wait` notices a change within about half a second for the first
/// seconds: a 3 s transition is polled about every 0.5 s (the old doubling
/// delays polled four times: at 0.25, 0.75, 1.75 and 3.75 s), and each
/// poll is one request, with no session traffic.
#[test]
fn waits_poll_every_half_second_at_first() {
    let env = fleet_env(Duration::from_secs(3), None);
    let (code, _, err) = run(&env, &["servers", "start", "db1", "--wait"]);
    assert_eq!(code, 0, "{err}");
    let polls = env.count("GET", "/accounts/demo/groups/default/virtual_machines/db1");
    assert!(
        (5..=8).contains(&polls),
        "{polls} polls: {:?}",
        env.requests()
    );
    assert_eq!(env.requests().len(), polls + 1, "{:?}", env.requests());
}

/// Without a terminal, a batch that takes a while says every few seconds
/// how far it is.
#[test]
fn a_long_batch_says_how_far_it_is() {
    let env = fleet_env(Duration::from_millis(4500), None);
    let (code, _, err) = run(&env, &["servers", "start", "db1", "srv1.bulk1", "--wait"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(
            "0 of 2 servers done; at work: db1.default.demo (waiting to be running (now stopped, "
        ),
        "{err}"
    );
}

/// On a terminal, each server at work has a line of its own.
#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_each_server_has_a_line() {
    let mut env = fleet_env(Duration::from_millis(1500), None);
    // Without TERM, progress is not drawn (it would be a dumb terminal).
    env.set_env("TERM", "xterm");
    let (code, screen) = env.typed("servers start db1 srv1.bulk1 --wait", &[]);
    assert_eq!(code, Some(0), "{screen}");
    assert!(
        screen.contains("srv1.bulk1.demo: waiting to be running"),
        "{screen}"
    );
    assert!(
        screen.contains("db1.default.demo: waiting to be running"),
        "{screen}"
    );
    assert!(screen.contains("srv1.bulk1.demo is running"), "{screen}");
}

/// A session that lapses mid-run (1.5 s sessions; polls are 0.5 s, then
/// 1 s, then 2 s apart) is renewed once for all the workers, and the
/// refused polls are replayed: every server still gets there.
#[test]
fn a_session_that_lapses_mid_run_is_renewed_once() {
    let mut env = fleet_env(Duration::from_secs(8), Some(Duration::from_millis(1500)));
    env.set_env("BYTEMARK_USER", "demo");
    env.set_env("BYTEMARK_PASSWORD", "demo");
    env.login();
    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "servers",
            "start",
            "db1",
            "srv1.bulk1",
            "--wait",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        json(&out)
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["power_on"] == true)
    );
    let log = env.requests();
    let refused = log
        .iter()
        .position(|r| r.status == 401)
        .unwrap_or_else(|| panic!("no 401: {log:?}"));
    let logins = log[refused..]
        .iter()
        .filter(|r| r.method == "POST" && r.path == "/session")
        .count();
    assert_eq!(logins, 1, "{log:?}");
}

/// Ctrl-C while several servers are waited for: every wait ends, each
/// server is reported with the state it was last seen in, a server not yet
/// started (`--parallel 2`: two at a time) is not started, and the exit
/// code is 130.
#[cfg(unix)]
#[test]
fn ctrl_c_ends_every_wait_and_reports_each_server() {
    use std::process::Stdio;
    let env = fleet_env(Duration::from_secs(30), None);
    let child = env
        .std_cmd()
        .args([
            "-o",
            "json",
            "-q",
            "servers",
            "start",
            "--wait",
            "--parallel",
            "2",
        ])
        .args(OFF)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while env.requests().iter().filter(|r| is_poll(r)).count() < 4 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{:?}",
            env.requests()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(130), "{err}");
    // One JSON error per server, then the command's.
    let lines: Vec<Value> = err.lines().map(json).collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(
        lines.iter().all(|l| l["error"]["code"] == "interrupted"),
        "{err}"
    );
    let said = |target: &str| {
        lines
            .iter()
            .find(|l| l["error"]["details"]["target"] == target)
            .and_then(|l| l["error"]["message"].as_str())
            .unwrap_or_else(|| panic!("nothing said of {target}: {err}"))
            .to_string()
    };
    for name in ["db1.default.demo", "srv1.bulk1.demo"] {
        let message = said(name);
        assert!(
            message.contains(&format!("waiting for {name} to be running")),
            "{message}"
        );
        assert!(message.contains("last seen stopped"), "{message}");
    }
    assert!(
        said("srv6.bulk6.demo").contains("interrupted before anything was sent"),
        "{err}"
    );
    assert!(
        lines[3]["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("3 of 3 servers failed")
    );
    // Two at a time: the third was never started.
    let starts: Vec<String> = env
        .requests()
        .iter()
        .filter(|r| is_start(r))
        .map(|r| r.path.clone())
        .collect();
    assert_eq!(starts.len(), 2, "{starts:?}");
    assert!(starts.iter().all(|p| !p.ends_with("/srv6")), "{starts:?}");
}

// ---- idempotent scripts (issue 15 item 8) -----------------------------------

#[test]
fn delete_if_exists_takes_a_missing_server_as_done() {
    let env = TestEnv::new();
    env.login();
    let (code, out, err) = run(&env, &["-y", "servers", "delete", "nosuch", "--if-exists"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "");
    assert!(
        err.contains("nosuch.default.demo does not exist; nothing to delete"),
        "{err}"
    );
    // Among others: the others are deleted, and the summary says so.
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "-y",
            "servers",
            "delete",
            "web1",
            "nosuch",
            "--if-exists",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(names(&json(&out)), ["web1"]);
    assert!(err.contains("2 servers: 1 deleted, 1 not found"), "{err}");
    // Without it, a missing server is still an error.
    let (code, _, _) = run(&env, &["-y", "servers", "delete", "nosuch"]);
    assert_eq!(code, 4);
}

#[test]
fn groups_and_discs_delete_if_exists() {
    let env = TestEnv::new();
    env.login();
    let (code, out, err) = run(&env, &["-y", "groups", "delete", "nosuch", "--if-exists"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "");
    assert!(err.contains("group nosuch.demo does not exist"), "{err}");
    let (code, _, _) = run(&env, &["-y", "groups", "delete", "nosuch"]);
    assert_eq!(code, 4);

    let (code, _, err) = run(
        &env,
        &["-y", "discs", "delete", "web1", "nosuch", "--if-exists"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("does not exist; nothing to delete"), "{err}");
    let (code, _, err) = run(
        &env,
        &["-y", "discs", "delete", "nosuch", "disc-1", "--if-exists"],
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, _) = run(&env, &["-y", "discs", "delete", "web1", "nosuch"]);
    assert_eq!(code, 4);
    // A disc that is there is still deleted.
    let (code, _, err) = run(
        &env,
        &["-y", "discs", "delete", "db1", "disc-2", "--if-exists"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("deleted disc"), "{err}");
}

#[test]
fn groups_create_if_not_exists_shows_the_group_that_is_there() {
    let env = TestEnv::new();
    env.login();
    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &["-o", "json", "groups", "create", "ops", "--if-not-exists"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["name"], "ops");
    assert_eq!(
        env.requests().len(),
        1,
        "a new group costs the create alone"
    );
    let (code, out, err) = run(
        &env,
        &["-o", "json", "groups", "create", "ops", "--if-not-exists"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["name"], "ops");
    assert!(err.contains("group ops.demo already exists"), "{err}");
    // Without the flag, the name is taken (exit 6).
    let (code, _, _) = run(&env, &["groups", "create", "ops"]);
    assert_eq!(code, 6);
}
