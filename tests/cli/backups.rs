//! `bytemark backups ...` and `bytemark discs move|show` against the
//! sandbox: every change is checked in the sandbox's own state, and the
//! round trips are counted from its request log.

use crate::hardening_outcomes::{Fate, nth, sandbox};
use crate::support::{TestEnv, api_get, json, run, warm};
use bytemark_sandbox::SandboxOptions;
use serde_json::Value;
use std::time::{Duration, Instant};

const DISC1: &str = "/accounts/demo/groups/default/virtual_machines/web1/discs/disc-1";
const KEY: &str = "apikey.demo-ci-key";

/// What the sandbox itself says (not through the CLI).
fn get(env: &TestEnv, path: &str) -> Value {
    api_get(&env.base_url(), KEY, path)
}

fn labels(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|b| b["label"].as_str().unwrap().to_string())
        .collect()
}

fn backups_of(env: &TestEnv) -> Vec<String> {
    labels(&get(env, &format!("{DISC1}/backups")))
}

/// The requests of the last command, as `METHOD /path`.
fn sent(env: &TestEnv) -> Vec<String> {
    env.requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

#[test]
fn backups_are_taken_listed_restored_and_deleted() {
    let env = warm();
    let (code, out, err) = run(&env, &["-o", "json", "backups", "list", "web1", "disc-1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out), serde_json::json!([]));
    assert_eq!(sent(&env), [format!("GET {DISC1}/backups")]);

    env.clear_requests();
    let (code, out, err) = run(&env, &["-o", "json", "backups", "create", "web1", "disc-1"]);
    assert_eq!(code, 0, "{err}");
    let b = json(&out);
    let label = b["label"].as_str().unwrap().to_string();
    assert!(label.starts_with("disc-1-backup-"), "{label}");
    assert_eq!(b["manual"], true);
    assert_eq!(sent(&env), [format!("POST {DISC1}/backups")]);
    assert!(err.contains(&format!("backup {label}")), "{err}");
    assert_eq!(backups_of(&env), std::slice::from_ref(&label));
    assert_eq!(get(&env, DISC1)["backup_count"], 1);

    // Table and ids: the ids line is what restore and delete take.
    let (code, out, _) = run(&env, &["backups", "list", "web1", "disc-1"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("LABEL") && out.contains(&label) && out.contains("manual"),
        "{out}"
    );
    assert!(
        out.contains("done"),
        "no delay: already in cold storage: {out}"
    );
    let (_, ids, _) = run(&env, &["-o", "ids", "backups", "list", "web1", "disc-1"]);
    assert_eq!(ids, format!("web1.default.demo disc-1 {label}\n"));

    // Restore: confirmed; then a GET to name the backup and one PUT. The
    // service backs the disc up first: two backups now.
    env.clear_requests();
    let (code, _, err) = run(&env, &["backups", "restore", "web1", "disc-1", &label]);
    assert_eq!(code, 8, "{err}");
    assert!(err.contains(&format!("from backup {label}")), "{err}");
    assert_eq!(env.count("PUT", "/"), 0);
    assert_eq!(backups_of(&env).len(), 1);
    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "-o", "json", "-y", "backups", "restore", "web1", "disc-1", &label,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["label"], label.as_str());
    assert_eq!(
        sent(&env),
        [
            format!("GET {DISC1}/backups/{label}"),
            format!("PUT {DISC1}/backups/{label}")
        ]
    );
    let now = backups_of(&env);
    assert_eq!(now.len(), 2, "{now:?}");
    assert_eq!(get(&env, DISC1)["backup_count"], 2);

    // Delete: confirmed; GET and DELETE with purge.
    env.clear_requests();
    let (code, _, err) = run(&env, &["backups", "delete", "web1", "disc-1", &label]);
    assert_eq!(code, 8, "{err}");
    assert!(err.contains("Permanently delete backup"), "{err}");
    assert_eq!(env.count("DELETE", "/"), 0);
    env.clear_requests();
    let (code, _, err) = run(&env, &["-y", "backups", "rm", "web1", "disc-1", &label]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.count("DELETE", "/"), 1);
    assert_eq!(env.requests().len(), 2);
    assert_eq!(env.requests()[1].query, "purge=true");
    assert!(!backups_of(&env).contains(&label));
    assert_eq!(backups_of(&env).len(), 1);

    // Nothing to delete or restore: 404, no change sent.
    env.clear_requests();
    assert_eq!(
        run(&env, &["-y", "backups", "delete", "web1", "disc-1", &label]).0,
        4
    );
    assert_eq!(
        run(
            &env,
            &["-y", "backups", "restore", "web1", "disc-1", "nosuch"]
        )
        .0,
        4
    );
    assert_eq!(run(&env, &["backups", "list", "web1", "nosuch"]).0, 4);
    assert_eq!(
        run(
            &env,
            &["backups", "list", "secret1.default.other", "disc-1"]
        )
        .0,
        4
    );
    assert_eq!(env.count("DELETE", "/") + env.count("PUT", "/"), 0);
}

#[test]
fn create_wait_polls_until_the_backup_is_in_cold_storage() {
    let env = TestEnv::with_options(SandboxOptions {
        quiet: true,
        transition_delay: Duration::from_millis(1200),
        ..Default::default()
    });
    env.login();
    // Without --wait: in progress (the disc's own grade).
    let (code, out, err) = run(&env, &["-o", "json", "backups", "create", "web1", "disc-1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["storage_grade"], "sata");
    let (_, out, _) = run(&env, &["backups", "list", "web1", "disc-1"]);
    assert!(out.contains("in progress"), "{out}");

    // Backups are labelled to the second: one second apart.
    std::thread::sleep(Duration::from_millis(1100));
    env.clear_requests();
    let started = Instant::now();
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "backups",
            "create",
            "web1",
            "disc-1",
            "--wait",
            "--timeout",
            "1m",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let b = json(&out);
    assert_eq!(b["storage_grade"], "iceberg");
    assert!(started.elapsed() >= Duration::from_millis(1200));
    assert!(err.contains("is in cold storage"), "{err}");
    let id = b["id"].as_u64().unwrap();
    let polls = env.count("GET", &format!("{DISC1}/backups/{id}"));
    assert!((1..=6).contains(&polls), "{:?}", sent(&env));
    assert_eq!(env.count("POST", "/"), 1);
    assert_eq!(
        get(&env, &format!("{DISC1}/backups/{id}"))["storage_grade"],
        "iceberg"
    );

    // A timeout shorter than the backup: exit 9, the backup goes on.
    std::thread::sleep(Duration::from_millis(1100));
    let (code, _, err) = run(
        &env,
        &[
            "backups",
            "create",
            "web1",
            "disc-1",
            "--wait",
            "--timeout",
            "300ms",
        ],
    );
    assert_eq!(code, 9, "{err}");
    assert!(
        err.contains("cold storage") && err.contains("300ms"),
        "{err}"
    );
    assert_eq!(
        get(&env, &format!("{DISC1}/backups"))
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn schedules_are_listed_added_and_removed() {
    let env = warm();
    let (code, out, err) = run(
        &env,
        &["-o", "json", "backups", "schedules", "web1", "disc-1"],
    );
    assert_eq!(code, 0, "{err}");
    let seed = json(&out);
    assert_eq!(
        seed.as_array().unwrap().len(),
        1,
        "the seed's weekly schedule"
    );
    assert_eq!(seed[0]["interval_seconds"], 604800);
    assert_eq!(env.requests().len(), 1);
    let (_, out, _) = run(&env, &["backups", "schedules", "web1", "disc-1"]);
    assert!(out.contains("EVERY") && out.contains("7d"), "{out}");

    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "-o", "json", "backups", "schedule", "web1", "disc-1", "--every", "daily", "--keep",
            "7", "--start", "02:00",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let s = json(&out);
    assert_eq!(
        (s["interval_seconds"].as_u64(), s["capacity"].as_u64()),
        (Some(86400), Some(7))
    );
    assert!(s["start_at"].as_str().unwrap().contains("T02:00:00"), "{s}");
    assert_eq!(sent(&env), [format!("POST {DISC1}/backup_schedules")]);
    let id = s["id"].as_u64().unwrap();
    let disc = get(&env, DISC1);
    let ids: Vec<u64> = disc["backup_schedules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_u64().unwrap())
        .collect();
    assert!(ids.contains(&id) && ids.len() == 2, "{disc}");

    // The default start (00:00) and keep (1) are sent as such.
    let (code, out, err) = run(
        &env,
        &[
            "backups",
            "schedule",
            "web1.default",
            "disc-1",
            "--every",
            "12h",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let dry = json(&out);
    assert_eq!(dry[0]["method"], "POST");
    assert_eq!(
        dry[0]["body"],
        serde_json::json!({"start_at": "00:00", "interval_seconds": 43200, "capacity": 1})
    );
    assert_eq!(
        get(&env, DISC1)["backup_schedules"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // -o ids gives what unschedule takes.
    let (_, ids_out, _) = run(
        &env,
        &["-o", "ids", "backups", "schedules", "web1", "disc-1"],
    );
    assert!(
        ids_out.contains(&format!("web1.default.demo disc-1 {id}\n")),
        "{ids_out}"
    );

    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "backups",
            "unschedule",
            "web1",
            "disc-1",
            &id.to_string(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["id"], id);
    assert!(err.contains("the backups it took stay"), "{err}");
    assert_eq!(
        sent(&env),
        [
            format!("GET {DISC1}"),
            format!("DELETE {DISC1}/backup_schedules/{id}")
        ]
    );
    assert_eq!(
        get(&env, DISC1)["backup_schedules"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    env.clear_requests();
    let (code, _, err) = run(
        &env,
        &["backups", "unschedule", "web1", "disc-1", &id.to_string()],
    );
    assert_eq!(code, 4, "{err}");
    assert_eq!(env.count("DELETE", "/"), 0);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let env = warm();
    for args in [
        vec!["backups", "schedule", "web1", "disc-1", "--every", "0"],
        vec!["backups", "schedule", "web1", "disc-1", "--every", "1500ms"],
        vec!["backups", "schedule", "web1", "disc-1", "--every", "often"],
        vec!["backups", "schedule", "web1", "disc-1", "--every", "-1d"],
        vec!["backups", "schedule", "web1", "disc-1"],
        vec![
            "backups", "schedule", "web1", "disc-1", "--every", "1d", "--start", "25:00",
        ],
        vec![
            "backups",
            "schedule",
            "web1",
            "disc-1",
            "--every",
            "1d",
            "--start",
            "2023-02-29",
        ],
        vec![
            "backups", "schedule", "web1", "disc-1", "--every", "1d", "--keep", "0",
        ],
        vec![
            "backups", "schedule", "web1", "disc-1", "--every", "1d", "--keep", "-3",
        ],
        vec![
            "backups",
            "schedule",
            "1234",
            "disc-1",
            "--every",
            "1d",
            "--dry-run",
        ],
        vec!["backups", "unschedule", "web1", "disc-1", "abc"],
        vec!["backups", "unschedule", "web1", "disc-1"],
        vec!["backups", "list", "web1", ""],
        vec!["backups", "list", "web1"],
        vec!["backups", "delete", "web1", "disc-1", " "],
        vec!["backups", "create", "web1", "disc-1", "--timeout", "1m"],
        vec![
            "backups",
            "create",
            "web1",
            "disc-1",
            "--wait",
            "--timeout",
            "soon",
        ],
        vec!["backups", "restore", "-bad-", "disc-1", "x"],
        vec!["discs", "move", "db1", "disc-2"],
        vec!["discs", "move", "db1", "disc-2", "--to", "db1"],
        vec!["discs", "move", "db1", "", "--to", "web1"],
    ] {
        let (code, _, err) = run(&env, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    assert_eq!(env.requests().len(), 0, "{:?}", sent(&env));
}

#[test]
fn discs_show_has_the_backup_count_and_schedules() {
    let env = warm();
    assert_eq!(run(&env, &["backups", "create", "web1", "disc-1"]).0, 0);
    env.clear_requests();
    let (code, out, err) = run(&env, &["discs", "show", "web1", "disc-1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.requests().len(), 1);
    let line = |key: &str| {
        out.lines()
            .find(|l| l.starts_with(key))
            .unwrap_or_else(|| panic!("no {key}: {out}"))
            .to_string()
    };
    assert!(line("BACKUPS").ends_with(" 1"), "{out}");
    assert!(
        line("SCHEDULES").contains("every 7d from 2019-02-07T00:00:00+00:00, keep 1 (id "),
        "{out}"
    );
    let (_, out, _) = run(&env, &["discs", "show", "db1", "disc-2"]);
    assert!(line_of(&out, "SCHEDULES").ends_with("none"), "{out}");
    assert!(line_of(&out, "BACKUPS").ends_with(" 0"), "{out}");
}

fn line_of(out: &str, key: &str) -> String {
    out.lines()
        .find(|l| l.starts_with(key))
        .unwrap_or("")
        .to_string()
}

#[test]
fn discs_move_between_stopped_servers() {
    let env = warm();
    let vms = "/accounts/demo/groups/default/virtual_machines";
    // web1 is running: refused before the PUT.
    let (code, _, err) = run(&env, &["discs", "move", "db1", "disc-2", "--to", "web1"]);
    assert_eq!(code, 6, "{err}");
    assert!(
        err.contains("must be off") && err.contains("web1.default.demo"),
        "{err}"
    );
    assert_eq!(env.count("PUT", "/"), 0);
    assert_eq!(
        run(&env, &["discs", "move", "db1", "nosuch", "--to", "web1"]).0,
        4
    );

    assert_eq!(run(&env, &["-y", "servers", "stop", "web1"]).0, 0);
    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "-o", "json", "discs", "move", "db1", "disc-2", "--to", "web1",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.requests().len(), 3, "{:?}", sent(&env));
    assert_eq!(env.count("PUT", &format!("{vms}/db1/discs/disc-2")), 1);
    let web1_id = get(&env, &format!("{vms}/web1"))["id"].as_u64().unwrap();
    assert_eq!(json(&out)["virtual_machine_id"], web1_id);
    let web1 = get(&env, &format!("{vms}/web1/discs"));
    assert_eq!(labels(&web1), ["disc-1", "disc-2"]);
    assert_eq!(labels(&get(&env, &format!("{vms}/db1/discs"))), ["vda"]);

    // And back, by id, with -o ids naming where it is now.
    let (code, out, err) = run(
        &env,
        &[
            "-o", "ids", "discs", "move", "web1", "disc-2", "--to", "db1",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "db1.default.demo disc-2\n");
    assert_eq!(
        labels(&get(&env, &format!("{vms}/db1/discs"))),
        ["vda", "disc-2"]
    );

    // The first disc cannot move: the API's refusal.
    let (code, _, err) = run(&env, &["discs", "move", "db1", "vda", "--to", "web1"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("first disc"), "{err}");
    assert_eq!(
        labels(&get(&env, &format!("{vms}/db1/discs"))),
        ["vda", "disc-2"]
    );
}

/// A backup whose answer is lost is never taken again: one POST, and the
/// error says what the disc's backups look like now.
#[test]
fn a_lost_backup_answer_is_not_resent_and_says_what_is_there() {
    let (env, proxy) = sandbox(nth("POST", "/backups", 1, Fate::LoseAnswer));
    let (code, _, err) = run(&env, &["backups", "create", "web1", "disc-1"]);
    assert_eq!(code, 7, "{err}");
    assert!(
        err.contains("disc disc-1 has 1 backup, the newest disc-1-backup-"),
        "{err}"
    );
    assert!(err.contains("check before trying again"), "{err}");
    assert_eq!(proxy.count("POST", "/backups"), 1);
    assert_eq!(backups_of(&env).len(), 1);

    // A lost schedule answer: the re-read finds it, but cannot tell it
    // from one that was there before.
    let (env, proxy) = sandbox(nth("POST", "/backup_schedules", 1, Fate::Drop));
    let (code, _, err) = run(
        &env,
        &["backups", "schedule", "web1", "disc-1", "--every", "1d"],
    );
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("has no schedule every 1d keeping 1"), "{err}");
    assert!(err.contains("can be tried again"), "{err}");
    assert_eq!(proxy.count("POST", "/backup_schedules"), 1);
    assert_eq!(
        get(&env, DISC1)["backup_schedules"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // A lost delete is confirmed by a re-read.
    let (env, _proxy) = sandbox(|_: &[String], this: &str| {
        if this.starts_with("DELETE ") {
            Fate::LoseAnswer
        } else {
            Fate::Pass
        }
    });
    let (code, out, _) = run(&env, &["-o", "json", "backups", "create", "web1", "disc-1"]);
    assert_eq!(code, 0);
    let label = json(&out)["label"].as_str().unwrap().to_string();
    let (code, _, err) = run(&env, &["-y", "backups", "delete", "web1", "disc-1", &label]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("took effect"), "{err}");
    assert!(backups_of(&env).is_empty());
}
