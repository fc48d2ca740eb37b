//! Without any keyring, with `keyring` chosen explicitly: login still
//! works, warns once, and keeps nothing on disk. A keyring that never
//! answers is given up on within seconds. (With the store left unset, the
//! default, a login without a keyring goes to the private file instead:
//! see `getting_in.rs`.)

use crate::support::{TestEnv, stderr_of};
use std::time::{Duration, Instant};

/// The default store with a D-Bus address where nothing listens.
fn env_without_keyring() -> TestEnv {
    let mut env = TestEnv::new();
    env.unset_env("BYTEMARK_CREDENTIAL_STORE");
    env.set_env(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/bytemark-test/bus",
    );
    env
}

fn warnings(stderr: &str) -> usize {
    stderr.lines().filter(|l| l.starts_with("warning:")).count()
}

#[test]
fn login_without_a_keyring_works_warns_once_and_writes_nothing() {
    let mut env = env_without_keyring();
    env.set_env("BYTEMARK_CREDENTIAL_STORE", "keyring");
    let started = Instant::now();
    let out = env.try_login("demo");
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(warnings(&err), 1, "{err}");
    assert!(err.contains("memory"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(
        env.files_under_home().is_empty(),
        "{:?}",
        env.files_under_home()
    );
    // Each command logs in from the environment, warning once each time.
    env.set_env("BYTEMARK_USER", "demo")
        .set_env("BYTEMARK_PASSWORD", "demo");
    env.clear_requests();
    let out = env.cmd().args(["accounts", "list"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(warnings(&stderr_of(&out)), 1, "{}", stderr_of(&out));
    assert_eq!(env.count("POST", "/session"), 1);
    assert!(env.files_under_home().is_empty());
}

#[test]
fn the_file_store_needs_no_keyring_and_warns_nothing() {
    let mut env = env_without_keyring();
    env.set_env("BYTEMARK_CREDENTIAL_STORE", "file");
    let out = env.try_login("demo");
    assert!(out.status.success());
    assert_eq!(warnings(&stderr_of(&out)), 0, "{}", stderr_of(&out));
    assert!(env.data_dir().join("credentials/default.json").exists());
}

#[test]
fn credential_store_none_keeps_nothing_and_does_not_warn() {
    let mut env = env_without_keyring();
    env.set_env("BYTEMARK_CREDENTIAL_STORE", "none")
        .set_env("BYTEMARK_USER", "demo")
        .set_env("BYTEMARK_PASSWORD", "demo");
    let out = env.cmd().args(["accounts", "list"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(warnings(&stderr_of(&out)), 0);
    assert!(env.files_under_home().is_empty());
}

#[test]
fn a_keyring_that_never_answers_is_given_up_on_within_seconds() {
    // A "D-Bus daemon" that accepts connections and never says a word.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_CREDENTIAL_STORE", "keyring").set_env(
        "DBUS_SESSION_BUS_ADDRESS",
        &format!("tcp:host=127.0.0.1,port={port}"),
    );
    let started = Instant::now();
    let out = env
        .cmd()
        .args(["login", "--user", "demo", "--password-stdin"])
        .write_stdin("demo\n")
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(warnings(&err), 1, "{err}");
    assert!(env.files_under_home().is_empty());
}
