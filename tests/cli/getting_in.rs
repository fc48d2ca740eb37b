//! Getting in (team issue 15, items 1 and 4): a login that lasts on a
//! machine without a keyring, and a new server's root password and address
//! shown where they are needed.
//!
//! Item 1. With the credential store left unset, a login where no OS keyring
//! answers keeps the session in the private 0600 file and says so in one
//! line; the next command uses it (no login), `whoami` names the store, and
//! a session kept in the file is read without asking the keyring again.
//! `keyring` chosen explicitly stays strict (see `core_nokeyring.rs`).
//!
//! Item 4. On a terminal, `servers create` and `servers reimage` without an
//! SSH key or a password of one's own show the generated root password
//! once, labelled, on stderr (never in a pipe, a log or JSON stdout); every
//! create ends with the address and the ssh command, on stderr.

use crate::support::{TestEnv, json, run, stderr_of, warm};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The default store (unset) with a D-Bus address where nothing listens.
fn env_without_keyring() -> TestEnv {
    let mut env = TestEnv::new();
    env.unset_env("BYTEMARK_CREDENTIAL_STORE");
    env.set_env(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/bytemark-test/bus",
    );
    env
}

fn lines_with(stderr: &str, needle: &str) -> usize {
    stderr.lines().filter(|l| l.contains(needle)).count()
}

#[test]
fn without_a_keyring_a_login_lasts_in_the_private_file_and_says_so_in_one_line() {
    let env = env_without_keyring();
    let out = env.try_login("demo");
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    let file = env.data_dir().join("credentials/default.json");
    // One line says where the session went, and why; no warnings.
    assert_eq!(lines_with(&err, "no OS keyring"), 1, "{err}");
    assert_eq!(
        lines_with(&err, &format!("private file instead: {}", file.display())),
        1,
        "{err}"
    );
    assert!(!err.contains("warning:"), "{err}");
    assert!(!err.contains("memory"), "{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // The next command is logged in: no login, no note; whoami says "file".
    env.clear_requests();
    let (code, out, err) = run(&env, &["-o", "json", "whoami"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["store"], "file", "{out}");
    assert!(err.is_empty(), "{err}");
    let (code, out, err) = run(&env, &["whoami"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["STORE", "file"]),
        "{out}"
    );
    let (code, _, err) = run(&env, &["servers", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.count("POST", "/session"), 0, "{:?}", env.requests());

    // logout removes it.
    let (code, _, err) = run(&env, &["logout"]);
    assert_eq!(code, 0, "{err}");
    assert!(!file.exists());
    let (code, _, err) = run(&env, &["whoami"]);
    assert_eq!(code, 3, "{err}");
}

#[test]
fn a_session_kept_in_the_file_is_read_without_asking_the_keyring() {
    // A "D-Bus daemon" that accepts connections, counts them and never
    // answers: asking it costs the keyring timeout.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&connections);
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            counted.fetch_add(1, Ordering::SeqCst);
            held.push(s);
        }
    });
    let mut env = TestEnv::new();
    env.unset_env("BYTEMARK_CREDENTIAL_STORE").set_env(
        "DBUS_SESSION_BUS_ADDRESS",
        &format!("tcp:host=127.0.0.1,port={port}"),
    );
    let out = env.try_login("demo");
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(lines_with(&err, "private file instead"), 1, "{err}");
    assert!(connections.load(Ordering::SeqCst) >= 1);
    let asked = connections.load(Ordering::SeqCst);

    for args in [&["whoami"][..], &["servers", "list"], &["whoami"]] {
        let (code, _, err) = run(&env, args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
    assert_eq!(
        connections.load(Ordering::SeqCst),
        asked,
        "the keyring was asked again"
    );
}

#[test]
fn commands_without_a_login_keep_their_session_in_the_file_too() {
    // CI: credentials in the environment, no login, no keyring. The first
    // command logs in and keeps the session (saying so once); the second
    // uses it.
    let mut env = env_without_keyring();
    env.set_env("BYTEMARK_USER", "demo")
        .set_env("BYTEMARK_PASSWORD", "demo");
    let (code, _, err) = run(&env, &["servers", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines_with(&err, "private file instead"), 1, "{err}");
    env.clear_requests();
    let (code, _, err) = run(&env, &["servers", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(env.count("POST", "/session"), 0);
}

#[test]
fn keyring_chosen_in_the_profile_stays_strict() {
    let env = env_without_keyring();
    let (code, _, err) = run(&env, &["config", "set", "credential_store", "keyring"]);
    assert_eq!(code, 0, "{err}");
    let out = env.try_login("demo");
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(lines_with(&err, "warning:"), 1, "{err}");
    assert!(err.contains("memory for this command only"), "{err}");
    assert!(!env.data_dir().join("credentials").exists());
    let (code, _, err) = run(&env, &["whoami"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("not logged in"), "{err}");
}

/// The password of a "Root password for NAME ..." line on a terminal
/// screen, and how many such lines there are.
fn shown_password(screen: &str, server: &str) -> (usize, String) {
    let label = format!("Root password for {server} (shown only this once, kept nowhere): ");
    let lines: Vec<&str> = screen.lines().filter(|l| l.contains(&label)).collect();
    let password = lines
        .first()
        .and_then(|l| l.split(&label).nth(1))
        .unwrap_or("")
        .trim()
        .to_string();
    (lines.len(), password)
}

#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_create_shows_the_generated_root_password_once() {
    let env = warm();
    // --debug too: the trace on the same terminal must not repeat it.
    let (code, screen) = env.typed("--debug servers create web9", &[]);
    assert_eq!(code, Some(0), "{screen}");
    let (lines, password) = shown_password(&screen, "web9.default.demo");
    assert_eq!(lines, 1, "{screen}");
    assert!(
        password.len() >= 16 && password.chars().all(|c| c.is_ascii_alphanumeric()),
        "{password:?}"
    );
    assert_eq!(screen.matches(&password).count(), 1, "{screen}");
    assert!(!env.home_contains(&password));
    // And it ends with how to connect.
    let last = screen.trim_end().lines().last().unwrap_or("");
    assert!(
        last.contains("web9.default.demo: address 192.0.2.")
            && last.contains("connect with: ssh root@192.0.2."),
        "{screen}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_the_password_goes_to_stderr_not_to_json_stdout() {
    let env = warm();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    let (code, screen) = env.typed(
        &format!("-o json servers create web9 > '{}'", out.display()),
        &[],
    );
    assert_eq!(code, Some(0), "{screen}");
    let (lines, password) = shown_password(&screen, "web9.default.demo");
    assert_eq!(lines, 1, "{screen}");
    let stdout = std::fs::read_to_string(&out).unwrap();
    let vm = json(&stdout);
    assert!(vm["reimage"].get("root_password").is_none(), "{vm}");
    assert!(!stdout.contains(&password));
    assert!(!stdout.contains("ssh root@"), "{stdout}");
    assert!(screen.contains("connect with: ssh root@"), "{screen}");
}

#[cfg(target_os = "linux")]
#[test]
fn no_password_is_shown_with_an_ssh_key_or_when_asked_for_in_the_output() {
    let env = warm();
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("id.pub");
    std::fs::write(
        &key,
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBytemarkTestKey me@host\n",
    )
    .unwrap();
    let (code, screen) = env.typed(
        &format!("servers create web9 --ssh-key '{}'", key.display()),
        &[],
    );
    assert_eq!(code, Some(0), "{screen}");
    assert!(!screen.contains("Root password"), "{screen}");
    assert!(screen.contains("connect with: ssh root@"), "{screen}");
    // --show-root-password puts it in the table, once; no second copy.
    let (code, screen) = env.typed("servers create web8 --show-root-password", &[]);
    assert_eq!(code, Some(0), "{screen}");
    assert!(!screen.contains("Root password for"), "{screen}");
    assert!(screen.contains("ROOT PASSWORD"), "{screen}");
}

#[test]
fn without_a_terminal_no_password_but_the_way_in_on_stderr() {
    let env = warm();
    let (code, out, err) = run(&env, &["-o", "json", "servers", "create", "web9"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !err.contains("Root password") && !err.contains("password"),
        "{err}"
    );
    let vm = json(&out);
    assert!(vm["reimage"].get("root_password").is_none(), "{vm}");
    assert!(!out.contains("ssh root@"), "{out}");
    let ip = vm["network_interfaces"][0]["ips"][0]
        .as_str()
        .unwrap()
        .to_string();
    let last = err.trim_end().lines().last().unwrap_or("");
    assert_eq!(
        last,
        format!(
            "web9.default.demo: address {ip}, {}; connect with: ssh root@{ip}",
            vm["network_interfaces"][0]["ips"][1].as_str().unwrap()
        ),
        "{err}"
    );
    // A stopped server says how to start it; one without an image that
    // there is nothing to ssh to yet; -q says neither.
    let (code, _, err) = run(&env, &["servers", "create", "web8", "--stopped"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("start it with `bytemark servers start web8.default.demo`, then: ssh root@"),
        "{err}"
    );
    let (code, _, err) = run(&env, &["servers", "create", "web7", "--no-image"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("no image was installed"), "{err}");
    assert!(!err.contains("ssh root@"), "{err}");
    let (code, _, err) = run(&env, &["-q", "servers", "create", "web6"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn an_existing_server_taken_with_if_not_exists_says_how_to_connect_too() {
    let env = warm();
    let (code, _, err) = run(&env, &["servers", "create", "web1", "--if-not-exists"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("web1.default.demo: address 192.0.2.1, 2001:db8:0:1::1; connect with: ssh root@192.0.2.1"),
        "{err}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_reimage_shows_the_password_it_made_once() {
    let env = warm();
    let (code, screen) = env.typed("--yes servers reimage db1 --image jessie", &[]);
    assert_eq!(code, Some(0), "{screen}");
    let (lines, password) = shown_password(&screen, "db1.default.demo");
    assert_eq!(lines, 1, "{screen}");
    assert_eq!(password.len(), 20, "{password:?}");
    assert_eq!(screen.matches(&password).count(), 1, "{screen}");
    // Not on a terminal: not shown.
    let (code, _, err) = run(&env, &["--yes", "servers", "stop", "db1", "--wait"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(
        &env,
        &["--yes", "servers", "reimage", "db1", "--image", "jessie"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        !err.contains("Root password") && !out.contains("ROOT PASSWORD"),
        "{err}{out}"
    );
}

/// Against a real Secret Service (run by `.ci/keyring-test.sh`, which
/// selects `keyring_real::` tests).
#[cfg(target_os = "linux")]
mod keyring_real {
    use super::*;

    #[test]
    #[ignore = "needs a Secret Service: run .ci/keyring-test.sh"]
    fn a_login_where_the_keyring_answers_moves_the_session_out_of_the_file() {
        assert_eq!(
            std::env::var("BYTEMARK_TEST_REAL_KEYRING").as_deref(),
            Ok("1"),
            "run through .ci/keyring-test.sh, which starts a Secret Service"
        );
        let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS")
            .expect("BYTEMARK_TEST_REAL_KEYRING=1 but DBUS_SESSION_BUS_ADDRESS is not set");
        // First no keyring: the session goes to the file.
        let mut env = env_without_keyring();
        let out = env.try_login("demo");
        assert!(out.status.success(), "{}", stderr_of(&out));
        let file = env.data_dir().join("credentials/default.json");
        assert!(file.exists());
        // Then a keyring answers: the next login uses it, and the file goes.
        env.set_env("DBUS_SESSION_BUS_ADDRESS", &bus);
        if let Ok(dir) = std::env::var("XDG_RUNTIME_DIR") {
            env.set_env("XDG_RUNTIME_DIR", &dir);
        }
        let out = env.try_login("demo");
        let err = stderr_of(&out);
        assert!(out.status.success(), "{err}");
        assert!(!err.contains("no OS keyring"), "{err}");
        assert!(!file.exists(), "the file still holds a token");
        let (code, out, err) = run(&env, &["-o", "json", "whoami"]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(json(&out)["store"], "keyring", "{out}");
        let (code, _, err) = run(&env, &["logout"]);
        assert_eq!(code, 0, "{err}");
    }
}
