//! `bytemark groups ...` against the sandbox.

use crate::support::{TestEnv, json, run, stderr_of, stdout_of, warm};

fn group_names(env: &TestEnv) -> Vec<String> {
    let (code, out, err) = run(env, &["-o", "ids", "groups", "list"]);
    assert_eq!(code, 0, "{err}");
    out.lines().map(str::to_string).collect()
}

#[test]
fn list_and_show_are_one_request() {
    let env = warm();
    let (code, out, err) = run(&env, &["groups", "list"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].contains("NAME") && lines[0].contains("SERVERS"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("default") && lines[1].contains("demo"),
        "{out}"
    );
    assert_eq!(env.requests().len(), 1);
    assert_eq!(group_names(&env), ["default.demo", "staging.demo"]);

    env.clear_requests();
    let (code, out, err) = run(&env, &["-o", "json", "groups", "show", "staging"]);
    assert_eq!(code, 0, "{err}");
    let g = json(&out);
    assert_eq!(g["name"], "staging");
    assert_eq!(g["virtual_machines"][0]["name"], "app1");
    assert_eq!(env.requests().len(), 1);
    let (_, out, _) = run(&env, &["groups", "show", "staging.demo"]);
    assert!(out.contains("app1"), "{out}");
}

#[test]
fn other_accounts_are_not_found() {
    let env = warm();
    assert_eq!(run(&env, &["groups", "list", "other"]).0, 4);
    assert_eq!(run(&env, &["groups", "show", "default.other"]).0, 4);
    assert_eq!(run(&env, &["groups", "create", "x.other"]).0, 4);
    assert_eq!(run(&env, &["-y", "groups", "delete", "default.other"]).0, 4);
    assert_eq!(env.count("DELETE", "/"), 0);
}

#[test]
fn create_then_delete_an_empty_group() {
    let env = warm();
    let (code, out, err) = run(&env, &["-o", "json", "groups", "create", "web"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["name"], "web");
    assert_eq!(env.count("POST", "/accounts/demo/groups"), 1);
    assert_eq!(
        group_names(&env),
        ["default.demo", "staging.demo", "web.demo"]
    );
    // A name that is taken: the API's 400 with its message.
    let (code, _, err) = run(&env, &["groups", "create", "web"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("name:"), "{err}");

    let (code, _, err) = run(&env, &["groups", "delete", "web"]);
    assert_eq!(code, 8, "{err}");
    assert_eq!(env.count("DELETE", "/"), 0);
    let (code, _, err) = run(&env, &["-y", "groups", "delete", "web"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(group_names(&env), ["default.demo", "staging.demo"]);
}

#[test]
fn non_empty_groups_need_recursive() {
    let env = warm();
    let (code, _, err) = run(&env, &["-y", "groups", "delete", "staging"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("not empty") && err.contains("app1"), "{err}");
    assert!(err.contains("--recursive"), "{err}");
    assert_eq!(env.count("DELETE", "/"), 0);

    let (code, _, err) = run(&env, &["groups", "delete", "staging", "--recursive"]);
    assert_eq!(code, 8, "{err}");
    assert!(
        err.contains("app1.staging.demo") && err.contains("irreversible"),
        "{err}"
    );
    assert_eq!(env.count("DELETE", "/"), 0);

    let (code, _, err) = run(&env, &["-y", "groups", "delete", "staging", "--recursive"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("purged app1.staging.demo"), "{err}");
    assert_eq!(group_names(&env), ["default.demo"]);
    // Purged, not just deleted: a new server can take the name elsewhere
    // and the sandbox no longer knows the old one.
    let (_, out, _) = run(&env, &["-o", "json", "servers", "list", "--deleted"]);
    assert!(!out.contains("app1"), "{out}");
}

#[test]
fn deleted_servers_keep_a_group_occupied() {
    let env = warm();
    assert_eq!(run(&env, &["-y", "servers", "delete", "app1.staging"]).0, 0);
    let (code, _, err) = run(&env, &["-y", "groups", "delete", "staging"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("app1 (deleted)"), "{err}");
}

#[test]
fn console_users_cannot_create_groups() {
    let env = TestEnv::new();
    env.login_as("console", "console");
    let (code, _, err) = run(&env, &["groups", "create", "x.demo"]);
    assert!(code == 4 || code == 5, "{code}: {err}");
}

/// The global `--account` flag works on the commands that also take an
/// account as an argument (it used to be a usage error there).
#[test]
fn account_flag_works_where_an_account_argument_is_allowed() {
    let env = TestEnv::new();
    env.login();
    for args in [
        &["groups", "list", "--account", "demo"][..],
        &["accounts", "show", "--account", "demo"][..],
    ] {
        let out = env.cmd().args(["-o", "ids"]).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
    }
    let out = env
        .cmd()
        .args(["-o", "ids", "groups", "list", "--account", "demo"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out), "default.demo\nstaging.demo\n");
    // The flag names the account; an invisible one is not found.
    let out = env
        .cmd()
        .args(["groups", "list", "--account", "other"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
}
