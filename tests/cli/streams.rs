//! Standard streams that cannot be written to: a stderr that fails every
//! write (`/dev/full`) must not turn a command that worked into a crash.

use crate::support::{json, run, server, warm};

/// Runs `bytemark ARGS` with stderr on `/dev/full` (every write fails with
/// "no space left"); returns the exit code and stdout.
fn with_stderr_full(env: &crate::support::TestEnv, args: &[&str]) -> (Option<i32>, String) {
    let bin = assert_cmd::cargo::cargo_bin("bytemark");
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg("exec 2>/dev/full; exec \"$0\" \"$@\"")
        .arg(bin)
        .args(args)
        .env_clear();
    for (k, v) in env.env_vars() {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
#[cfg(target_os = "linux")]
fn an_unwritable_stderr_does_not_crash_a_command_that_worked() {
    let env = warm();
    // A create says "created ..." on stderr; when that fails it must
    // still succeed and print the server on stdout.
    let (code, out) = with_stderr_full(&env, &["-o", "json", "servers", "create", "web7"]);
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(json(&out)["name"], "web7");
    assert!(server(&env, "web7").is_some());
    // An error, too, is reported by its exit code alone.
    let (code, out) = with_stderr_full(&env, &["servers", "show", "nosuch"]);
    assert_eq!(code, Some(4));
    assert!(out.is_empty());
    let (code, _, _) = run(&env, &["servers", "show", "web7"]);
    assert_eq!(code, 0);
    // Commands that tell people what they did, on stderr.
    let (code, _) = with_stderr_full(&env, &["config", "set", "output", "json"]);
    assert_eq!(code, Some(0));
    let file = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(file.contains("output = \"json\""), "{file}");
    let (code, _) = with_stderr_full(&env, &["logout"]);
    assert_eq!(code, Some(0));
}
