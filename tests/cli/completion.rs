//! Shell completion: the committed scripts register, and the dynamic
//! completer offers server and group names from the account, without ever
//! logging in.

use crate::support::{TestEnv, complete};

#[test]
fn server_names_complete_from_the_account() {
    let env = TestEnv::new();
    env.login();
    let (names, ok) = complete_ok(&env, &["servers", "show", "w"]);
    assert!(ok);
    assert_eq!(names, vec!["web1", "web1.default"], "{names:?}");
    let (names, _) = complete_ok(&env, &["servers", "start", "db1", "app"]);
    assert_eq!(names, vec!["app1.staging"], "{names:?}");
    let (names, _) = complete_ok(&env, &["groups", "show", ""]);
    let groups: Vec<&String> = names.iter().filter(|n| !n.starts_with('-')).collect();
    assert_eq!(groups, vec!["default", "staging"], "{names:?}");
    // Subcommands still complete statically.
    let (names, _) = complete_ok(&env, &["servers", "cre"]);
    assert_eq!(names, vec!["create"], "{names:?}");
}

#[test]
fn without_a_session_completion_offers_nothing_and_never_logs_in() {
    let mut env = TestEnv::new();
    // Credentials in the environment must not be used to log in from a Tab.
    env.set_env("BYTEMARK_USER", "demo");
    env.set_env("BYTEMARK_PASSWORD", "demo");
    let (names, ok) = complete_ok(&env, &["servers", "show", "w"]);
    assert!(ok);
    assert!(names.is_empty(), "{names:?}");
    assert_eq!(env.count("POST", "/session"), 0);
}

#[test]
fn the_committed_bash_script_registers() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/bytemark.bash");
    let out = std::process::Command::new("bash")
        .args(["-c", &format!("source {script}; complete -p bytemark")])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("-F _bytemark bytemark"));
}

/// Candidates of a completion, and whether the completer succeeded.
fn complete_ok(env: &TestEnv, words: &[&str]) -> (Vec<String>, bool) {
    let c = complete(env, words);
    (c.names, c.ok)
}
