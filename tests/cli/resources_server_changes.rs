//! Changing servers against the sandbox: power, several targets at once,
//! delete / restore / purge, reimage, update and --wait, with their
//! confirmations, errors and round trips.

use crate::support::{TestEnv, json, methods, names, run, server, warm};
use bytemark_sandbox::SandboxOptions;
use serde_json::Value;
use std::time::Duration;

#[test]
fn power_changes_are_one_or_two_requests() {
    let env = warm();
    let (code, out, err) = run(&env, &["-o", "json", "servers", "start", "db1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["power_on"], true);
    assert_eq!(
        methods(&env),
        ["PUT /accounts/demo/groups/default/virtual_machines/db1"]
    );

    env.clear_requests();
    let (code, _, _) = run(&env, &["servers", "restart", "db1"]);
    assert_eq!(code, 0);
    assert_eq!(env.requests().len(), 1);

    env.clear_requests();
    let (code, _, err) = run(&env, &["-o", "json", "servers", "shutdown", "db1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        methods(&env),
        [
            "PUT /accounts/demo/groups/default/virtual_machines/db1",
            "POST /accounts/demo/groups/default/virtual_machines/db1/signal"
        ]
    );
    assert_eq!(server(&env, "db1").unwrap()["power_on"], false);
    // Shutting down a server that is already off is not an error (the
    // API refuses the signal, but the server is where it was asked to be).
    let (code, out, err) = run(
        &env,
        &["-o", "json", "servers", "shutdown", "db1", "--wait"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["power_on"], false);

    env.clear_requests();
    let (code, _, err) = run(&env, &["servers", "stop", "web1"]);
    assert_eq!(code, 8, "no TTY and no --yes: {err}");
    assert!(err.contains("--yes"), "{err}");
    assert!(env.requests().is_empty(), "{:?}", methods(&env));
    let (code, _, _) = run(&env, &["-y", "servers", "stop", "web1"]);
    assert_eq!(code, 0);
    assert_eq!(env.count("PUT", "/"), 1);
    assert_eq!(server(&env, "web1").unwrap()["power_on"], false);

    assert_eq!(run(&env, &["servers", "start", "web1"]).0, 0);
    env.clear_requests();
    assert_eq!(run(&env, &["servers", "reset", "web1"]).0, 8);
    assert!(env.requests().is_empty());
    let (code, out, err) = run(&env, &["-o", "json", "--yes", "servers", "reset", "web1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["name"], "web1");
    assert!(env.requests().len() <= 2);
    // Signals need a running server: the API's 400.
    let (code, _, err) = run(&env, &["-y", "servers", "reset", "db1"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("power on"), "{err}");
}

#[test]
fn several_targets_are_each_reported_and_the_worst_failure_wins() {
    let env = warm();
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "servers",
            "start",
            "web1",
            "nosuch",
            "db1",
            "secret1.default.other",
        ],
    );
    assert_eq!(code, 4, "{err}");
    let started = json(&out);
    assert_eq!(names(&started), ["web1", "db1"]);
    assert!(err.contains("nosuch"), "{err}");
    assert!(err.contains("secret1.default.other"), "{err}");
    assert!(err.contains("2 of 4 servers failed"), "{err}");
    assert_eq!(server(&env, "db1").unwrap()["power_on"], true);
}

#[test]
fn console_users_get_permission_denied() {
    let env = TestEnv::new();
    env.login_as("console", "console");
    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &["-o", "json", "servers", "show", "web1.default.demo"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["name"], "web1");
    let (code, _, err) = run(&env, &["-y", "servers", "stop", "web1.default.demo"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("permission denied"), "{err}");
    let (code, _, _) = run(&env, &["-y", "servers", "delete", "web1.default.demo"]);
    assert_eq!(code, 5);
    let (code, _, _) = run(
        &env,
        &[
            "-y",
            "servers",
            "update",
            "web1.default.demo",
            "--cores",
            "2",
        ],
    );
    assert_eq!(code, 5);
    let (code, _, _) = run(&env, &["servers", "show", "db1.default.demo"]);
    assert_eq!(code, 4, "invisible, not forbidden");
}

#[test]
fn delete_restore_and_purge() {
    let env = warm();
    let (code, _, err) = run(&env, &["servers", "delete", "db1"]);
    assert_eq!(code, 8, "{err}");
    assert!(
        err.contains("restore"),
        "the prompt says how to undo: {err}"
    );
    assert_eq!(env.count("DELETE", "/"), 0);

    env.clear_requests();
    let (code, out, err) = run(&env, &["-o", "json", "-y", "servers", "delete", "db1"]);
    assert_eq!(code, 0, "{err}");
    assert!(env.requests().len() <= 2, "{:?}", methods(&env));
    assert_eq!(env.count("DELETE", "/"), 1);
    assert_eq!(json(&out)["deleted"], true);
    assert_eq!(server(&env, "db1").unwrap()["deleted"], true);

    let (code, out, _) = run(&env, &["-o", "json", "servers", "restore", "db1"]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["deleted"], false);

    let (code, _, err) = run(&env, &["servers", "delete", "--purge", "db1"]);
    assert_eq!(code, 8);
    assert!(err.contains("irreversible"), "{err}");
    let (code, out, err) = run(
        &env,
        &["-o", "json", "-y", "servers", "delete", "--purge", "db1"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("purged db1.default.demo"), "{err}");
    // What was destroyed, never as a live server.
    let gone = json(&out);
    assert_eq!(gone["name"], "db1");
    assert_eq!(gone["deleted"], true, "{out}");
    assert_eq!(gone["power_on"], false, "{out}");
    assert!(server(&env, "db1").is_none(), "purged");
    // The name is free again.
    assert_eq!(run(&env, &["servers", "create", "db1"]).0, 0);
}

#[test]
fn reimage_needs_a_stopped_server_and_a_confirmation() {
    let env = warm();
    let (code, _, err) = run(
        &env,
        &["-y", "servers", "reimage", "web1", "--image", "jessie"],
    );
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("stopped"), "{err}");
    assert_eq!(env.count("POST", "/"), 0);
    let (code, _, err) = run(&env, &["servers", "reimage", "db1", "--image", "jessie"]);
    assert_eq!(code, 8);
    assert!(err.contains("erased"), "{err}");
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "-y",
            "servers",
            "reimage",
            "db1",
            "--image",
            "jessie",
            "--show-root-password",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["reimage"]["distribution"], "jessie");
    assert!(v["reimage"]["root_password"].as_str().unwrap().len() >= 16);
    let after = server(&env, "db1").unwrap();
    assert_eq!(after["last_imaged_with"], "jessie");
    // Unknown image: the API's 400 (the server is off again first).
    assert_eq!(run(&env, &["-y", "servers", "stop", "db1"]).0, 0);
    let (code, out, err) = run(
        &env,
        &["-y", "servers", "reimage", "db1", "--image", "nope"],
    );
    assert_eq!(code, 6);
    assert!(
        err.contains("distribution: is not included in the list"),
        "{err}"
    );
    assert!(out.is_empty());
}

#[test]
fn update_sends_one_put_with_every_change() {
    let env = warm();
    let (code, _, err) = run(&env, &["servers", "update", "db1", "--cores", "4"]);
    assert_eq!(code, 8, "more cores cost more: {err}");
    assert_eq!(env.count("PUT", "/"), 0);

    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "-y",
            "servers",
            "update",
            "db1",
            "--cores",
            "4",
            "--memory",
            "4G",
            "--lock-hwprofile",
            "--cdrom",
            "https://example.com/x.iso",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        methods(&env),
        ["PUT /accounts/demo/groups/default/virtual_machines/db1"]
    );
    let vm = json(&out);
    assert_eq!(
        (vm["cores"].as_u64(), vm["memory"].as_u64()),
        (Some(4), Some(4096))
    );
    assert_eq!(vm["hardware_profile_locked"], true);
    assert_eq!(vm["cdrom_url"], "https://example.com/x.iso");

    // Fewer cores need no confirmation; ejecting the CD sends null.
    let (code, out, _) = run(
        &env,
        &[
            "-o",
            "json",
            "servers",
            "update",
            "db1",
            "--cores",
            "1",
            "--eject-cdrom",
            "--unlock-hwprofile",
        ],
    );
    assert_eq!(code, 0);
    let vm = json(&out);
    assert_eq!(vm["cdrom_url"], Value::Null);
    assert_eq!(vm["cores"], 1);

    // Rename within the group: one PUT. Move to another group: + GET group.
    env.clear_requests();
    let (code, _, err) = run(&env, &["servers", "update", "db1", "--rename", "db2"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.requests().len(), 1);
    env.clear_requests();
    let (code, _, err) = run(
        &env,
        &["servers", "update", "db2", "--rename", "db3.staging"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.requests().len(), 2);
    let moved = server(&env, "db3.staging").expect("moved");
    assert_eq!(moved["hostname"], "db3.staging.demo.uk0.bigv.io");
    // A bad value: the API's message.
    let (code, _, err) = run(&env, &["servers", "update", "web1", "--hwprofile", "nope"]);
    assert_eq!(code, 6);
    assert!(err.contains("hardware profile"), "{err}");
}

fn slow_env(delay_ms: u64) -> TestEnv {
    let env = TestEnv::with_options(SandboxOptions {
        quiet: true,
        transition_delay: Duration::from_millis(delay_ms),
        ..Default::default()
    });
    env.login();
    env.clear_requests();
    env
}

#[test]
fn wait_polls_until_the_server_reaches_its_state() {
    let env = slow_env(600);
    let (code, out, err) = run(&env, &["-o", "json", "servers", "create", "wt1", "--wait"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["power_on"], true);
    assert_eq!(env.count("POST", "/"), 1);
    assert!(env.count("GET", "/accounts/demo/groups/default/virtual_machines/wt1") >= 1);
    assert!(err.contains("wt1.default.demo is running"), "{err}");

    // Without --wait the answer comes at once and shows the old state.
    let (code, out, _) = run(&env, &["-o", "json", "servers", "create", "wt2"]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["power_on"], false, "still provisioning");

    let (code, out, err) = run(
        &env,
        &["-o", "json", "servers", "shutdown", "web1", "--wait"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["power_on"], false);
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "servers",
            "start",
            "web1",
            "--wait",
            "--timeout",
            "30s",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["power_on"], true);
    let (code, out, err) = run(
        &env,
        &["-o", "json", "servers", "restart", "web1", "--wait"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["power_on"], true);
}

#[test]
fn wait_times_out_with_exit_9_and_the_last_state() {
    let env = slow_env(5_000);
    let started = std::time::Instant::now();
    let (code, out, err) = run(
        &env,
        &["servers", "start", "db1", "--wait", "--timeout", "600ms"],
    );
    assert_eq!(code, 9, "{err}");
    assert!(err.contains("timed out after 600ms"), "{err}");
    assert!(err.contains("last seen stopped"), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "gave up in time"
    );
    assert!(out.is_empty(), "{out}");
    let (code, _, err) = run(
        &env,
        &["servers", "create", "wt3", "--wait", "--timeout", "700ms"],
    );
    assert_eq!(code, 9, "{err}");
}

// Ctrl-C while waiting: tests/cli/interrupt.rs.

/// Under `-o json` stderr stays machine-readable for several targets too:
/// every line is a JSON error object, the last one the overall error.
#[test]
fn json_errors_for_several_targets_are_one_object_per_line() {
    let env = warm();
    let (code, out, err) = run(
        &env,
        &[
            "-o", "json", "-q", "servers", "start", "web1", "nosuch", "db1",
        ],
    );
    assert_eq!(code, 4, "{err}");
    let lines: Vec<Value> = err.lines().map(json).collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0]["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("nosuch.default.demo: failed:")
    );
    assert_eq!(lines[1]["error"]["code"], "not_found");
    // The two servers that worked are on stdout.
    assert_eq!(json(&out).as_array().map(Vec::len), Some(2), "{out}");
}

/// One target, one failure, one error: stderr under `-o json` is exactly
/// one JSON object (a script can parse it whole), and people see the error
/// once, not a per-target line and then the same error again.
#[test]
fn a_single_target_failure_is_reported_once() {
    let env = warm();
    let (code, out, err) = run(&env, &["-o", "json", "servers", "start", "nosuch"]);
    assert_eq!(code, 4, "{err}");
    assert_eq!(out, "");
    let v: Value = serde_json::from_str(&err).unwrap_or_else(|e| panic!("{e}: {err}"));
    assert_eq!(v["error"]["code"], "not_found");
    let (code, _, err) = run(&env, &["-y", "servers", "delete", "nosuch"]);
    assert_eq!(code, 4, "{err}");
    assert_eq!(err.matches("not found").count(), 1, "{err}");
    let (code, _, err) = run(&env, &["-y", "discs", "add", "web1", "vdb:ssd:10G"]);
    assert_eq!(code, 6, "{err}");
    assert_eq!(err.matches("is invalid").count(), 1, "{err}");
}
