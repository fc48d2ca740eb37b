//! `bytemark users`, `keys`, `privileges` and `api-keys` against the
//! sandbox: round trips from the request log, and the sandbox's state read
//! back over HTTP (not through the CLI) after every change.

use crate::support::{TestEnv, api_get, completions, json, methods, run, warm};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Real public keys (generated for these tests only) and their fingerprints
/// as `ssh-keygen -l` prints them.
pub const ED25519: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILD0mdeXYBOsJd1D/5GenI8bYwzylc/ax7C962Yxk/tK test@example";
pub const ED25519_FP: &str = "SHA256:NIgLg6QSj12KR9eLRXmCPvX6NzCYnJNqdotw8vlgt/A";
pub const ECDSA: &str = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBIhJJoS1cxXs0PttxW1qR+WDVXVtc8EYzl0KcySARnNxJHUq6EYSsTYhlz9basPlijITqYBp44vqcF2WcSVP4hg= ecdsa@ci";
pub const ECDSA_FP: &str = "SHA256:LrdZEe6ePZcc1OmgcPm2QHn0/iF0aOAAe04La7fcpPU";

/// A session of `user` made straight at the sandbox, to read its state
/// without the CLI.
pub fn token_of(env: &TestEnv, user: &str) -> String {
    let http = bytemark_api::Http::new(bytemark_api::HttpOptions {
        brain_url: env.base_url(),
        auth_url: env.base_url(),
        ..Default::default()
    });
    let creds = bytemark_api::auth::Credentials {
        user: user.into(),
        password: user.into(),
        otp: None,
        yubikey: None,
    };
    bytemark_api::auth::create_session(&http, &creds, 300).expect("log in to the sandbox")
}

/// The sandbox's state: GET `path` as demo.
fn state(env: &TestEnv, path: &str) -> Value {
    api_get(&env.base_url(), &token_of(env, "demo"), path)
}

fn demo_keys(env: &TestEnv) -> Vec<String> {
    state(env, "/users/demo")["authorized_keys"]
        .as_str()
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

fn write(env: &TestEnv, name: &str, text: &str) -> PathBuf {
    let p = env.home().join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn users_show_defaults_to_you_in_one_request() {
    let env = warm();
    let (code, out, err) = run(&env, &["users", "show"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("demo@example.com") && out.contains("SSH KEYS"),
        "{out}"
    );
    assert_eq!(methods(&env), ["GET /users/demo"]);
    let (code, out, _) = run(&env, &["-o", "json", "users", "show", "console"]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["username"], "console");
    // A user with nothing in your accounts is not visible: 404.
    assert_eq!(run(&env, &["users", "show", "other"]).0, 4);
    assert_eq!(run(&env, &["-o", "ids", "user", "show"]).1, "demo\n");
    env.clear_requests();
    // An API key does not say whose it is: name the user.
    let key = format!("apikey.{}", bytemark_sandbox::DEMO_API_KEY);
    let out = env
        .cmd()
        .env("BYTEMARK_TOKEN", &key)
        .args(["users", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(env.requests().is_empty());
    let out = env
        .cmd()
        .env("BYTEMARK_TOKEN", &key)
        .args(["users", "show", "demo"])
        .output()
        .unwrap();
    assert!(out.status.success());
    env.clear_requests();
    assert_eq!(run(&env, &["users", "show", "-x"]).0, 2);
    assert_eq!(run(&env, &["users", "show", "a b"]).0, 2);
    assert!(env.requests().is_empty());
}

#[test]
fn keys_are_added_listed_and_deleted() {
    let env = warm();
    let (code, out, err) = run(&env, &["-o", "json", "keys", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)[0]["comment"], "demo@laptop");
    assert_eq!(env.requests().len(), 1);

    let file = write(&env, "id_ed25519.pub", &format!("{ED25519}\n"));
    env.clear_requests();
    let (code, out, err) = run(&env, &["-o", "json", "keys", "add", p(&file)]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(methods(&env), ["GET /users/demo", "PUT /users/demo"]);
    let added = json(&out);
    assert_eq!(added[0]["fingerprint"], ED25519_FP);
    assert_eq!(added[0]["index"], 2);
    assert!(err.contains("added 1 SSH key to user demo"), "{err}");
    let keys = demo_keys(&env);
    assert_eq!(keys.len(), 2);
    assert!(keys[0].ends_with("demo@laptop"), "the old key is kept");
    assert_eq!(keys[1], ED25519);

    // From stdin, two at once (an authorized_keys file with a comment line).
    let (code, _, err) = env_cmd_stdin(&env, &["keys", "add", "-"], &format!("# ci\n{ECDSA}\n"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(demo_keys(&env).len(), 3);

    let (code, out, _) = run(&env, &["keys", "list"]);
    assert_eq!(code, 0);
    assert!(
        out.contains(ED25519_FP) && out.contains("ecdsa@ci"),
        "{out}"
    );
    assert_eq!(
        run(&env, &["-o", "ids", "keys", "ls"]).1,
        format!("1\n{ED25519_FP}\n{ECDSA_FP}\n")
    );

    // Delete by comment, by fingerprint, by index: each confirms, then GET + PUT.
    env.clear_requests();
    let (code, _, err) = run(&env, &["keys", "delete", "ecdsa@ci"]);
    assert_eq!(code, 8, "{err}");
    assert_eq!(env.count("PUT", "/"), 0);
    assert_eq!(demo_keys(&env).len(), 3);
    env.clear_requests();
    let (code, out, err) = run(&env, &["-y", "-o", "json", "keys", "delete", "ecdsa@ci"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)[0]["fingerprint"], ECDSA_FP);
    assert_eq!(methods(&env), ["GET /users/demo", "PUT /users/demo"]);
    assert!(!demo_keys(&env).iter().any(|k| k.contains("ecdsa")));
    assert_eq!(run(&env, &["-y", "keys", "rm", ED25519_FP]).0, 0);
    assert_eq!(demo_keys(&env).len(), 1);
    assert_eq!(run(&env, &["-y", "keys", "delete", "1"]).0, 0);
    assert!(demo_keys(&env).is_empty());
    let (code, _, err) = run(&env, &["-y", "keys", "delete", "1"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("has no SSH keys"), "{err}");
}

fn env_cmd_stdin(env: &TestEnv, args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = env.cmd().args(args).write_stdin(stdin).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_keys_and_duplicates_are_refused_without_a_change() {
    let env = warm();
    let private = write(
        &env,
        "id_ed25519",
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----\n",
    );
    let junk = write(&env, "junk.pub", "hello world\n");
    let mangled = write(&env, "cut.pub", &format!("{}\n", &ED25519[..60]));
    let twice = write(
        &env,
        "twice.pub",
        &format!("{ED25519}\n{}\n", ED25519.replace("test@", "x@")),
    );
    for (file, says) in [
        (p(&private), "private key"),
        (p(&junk), "not an OpenSSH public key"),
        (p(&mangled), "not an OpenSSH public key"),
        (p(&twice), "twice"),
        ("/dev/zero", "larger than"),
        ("/nonexistent/key.pub", "cannot read"),
    ] {
        let (code, _, err) = run(&env, &["keys", "add", file]);
        assert_eq!(code, 2, "{file}: {err}");
        assert!(err.contains(says), "{file}: {err}");
    }
    assert!(env.requests().is_empty(), "refused before any request");

    // A key the user already has (whatever its comment): exit 6, no PUT.
    let file = write(&env, "k.pub", &format!("{ED25519}\n"));
    assert_eq!(run(&env, &["keys", "add", p(&file)]).0, 0);
    let again = write(&env, "k2.pub", &ED25519.replace("test@example", "renamed"));
    env.clear_requests();
    let (code, _, err) = run(&env, &["keys", "add", p(&again)]);
    assert_eq!(code, 6, "{err}");
    assert!(
        err.contains("already has this key") && err.contains(ED25519_FP),
        "{err}"
    );
    assert_eq!(methods(&env), ["GET /users/demo"]);
    assert_eq!(demo_keys(&env).len(), 2);
}

#[test]
fn an_ambiguous_key_is_refused_listing_the_candidates() {
    let env = warm();
    let file = write(
        &env,
        "two.pub",
        &format!(
            "{}\n{}\n",
            ED25519.replace("test@example", "laptop"),
            ECDSA.replace("ecdsa@ci", "laptop")
        ),
    );
    assert_eq!(run(&env, &["keys", "add", p(&file)]).0, 0);
    env.clear_requests();
    let (code, _, err) = run(&env, &["-y", "keys", "delete", "laptop"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("matches 2 keys"), "{err}");
    assert!(err.contains(ED25519_FP) && err.contains(ECDSA_FP), "{err}");
    assert_eq!(env.count("PUT", "/"), 0);
    assert_eq!(demo_keys(&env).len(), 3);
    let (code, _, err) = run(&env, &["-y", "keys", "delete", "nothing-like-this"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("laptop"), "the hint lists the keys: {err}");
}

#[test]
fn another_users_keys() {
    let env = warm();
    // demo sees console (a privilege in demo's account) but may not change
    // console's keys: the API's 403.
    let (code, out, _) = run(&env, &["-o", "json", "keys", "list", "--user", "console"]);
    assert_eq!((code, out.trim()), (0, "[]"));
    let file = write(&env, "k.pub", ED25519);
    assert_eq!(
        run(&env, &["keys", "add", "--user", "console", p(&file)]).0,
        5
    );
    assert_eq!(run(&env, &["keys", "list", "--user", "other"]).0, 4);
    let console = api_get(
        &env.base_url(),
        &token_of(&env, "console"),
        "/users/console",
    );
    assert_eq!(console["authorized_keys"], "");
}

#[test]
fn privileges_are_listed_by_user_server_group_and_account() {
    let env = warm();
    for (args, path) in [
        (vec!["privileges", "list"], "/privileges"),
        (
            vec!["privileges", "list", "--user", "console"],
            "/privileges",
        ),
        (
            vec!["privileges", "list", "--server", "web1"],
            "/accounts/demo/groups/default/virtual_machines/web1/privileges",
        ),
        (
            vec!["privileges", "list", "--group", "staging"],
            "/accounts/demo/groups/staging/privileges",
        ),
        (
            vec!["--account", "demo", "privileges", "list"],
            "/accounts/demo/privileges",
        ),
    ] {
        env.clear_requests();
        let mut a = vec!["-o", "json"];
        a.extend(args.iter());
        let (code, out, err) = run(&env, &a);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(json(&out).is_array());
        assert_eq!(methods(&env), [format!("GET {path}")], "{args:?}");
    }
    let (_, out, _) = run(
        &env,
        &["-o", "json", "privileges", "list", "--server", "web1"],
    );
    let list = json(&out);
    assert_eq!(list[0]["username"], "console");
    assert_eq!(list[0]["level"], "vm_console");
    let (_, out, _) = run(&env, &["privileges", "list", "--user", "console"]);
    assert!(
        out.contains("vm_console") && out.contains("server web1"),
        "{out}"
    );
    assert_eq!(
        run(
            &env,
            &["privileges", "list", "--user", "a", "--server", "web1"]
        )
        .0,
        2
    );
    assert_eq!(
        run(
            &env,
            &["privileges", "list", "--server", "secret1.default.other"]
        )
        .0,
        4
    );
}

#[test]
fn grant_then_revoke_console_access_to_one_server() {
    let env = warm();
    let on_web1 = "/accounts/demo/groups/default/virtual_machines/web1/privileges";
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "privileges",
            "grant",
            "other",
            "vm_console",
            "web1",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let granted = json(&out);
    assert_eq!(
        (granted["username"].as_str(), granted["level"].as_str()),
        (Some("other"), Some("vm_console"))
    );
    assert_eq!(
        methods(&env),
        [
            "GET /accounts/demo/groups/default/virtual_machines/web1",
            "POST /users/other/privileges"
        ]
    );
    let state_has = |env: &TestEnv| {
        state(env, on_web1).as_array().unwrap().iter().any(|p| {
            p["username"] == "other" && p["level"] == "vm_console" && p["password_required"] == true
        })
    };
    assert!(state_has(&env));
    // The grantee now sees the server.
    let other = token_of(&env, "other");
    let vm = api_get(
        &env.base_url(),
        &other,
        "/accounts/demo/groups/default/virtual_machines/web1",
    );
    assert_eq!(vm["name"], "web1");

    // Revoke confirms; then one listing and one DELETE.
    env.clear_requests();
    assert_eq!(
        run(
            &env,
            &["privileges", "revoke", "other", "vm_console", "web1"]
        )
        .0,
        8
    );
    assert_eq!(env.count("DELETE", "/"), 0);
    assert!(state_has(&env));
    env.clear_requests();
    let (code, _, err) = run(
        &env,
        &[
            "-y",
            "privileges",
            "revoke",
            "other",
            "console",
            "web1.default",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(methods(&env)[0], format!("GET {on_web1}"));
    assert!(methods(&env)[1].starts_with("DELETE /privileges/"));
    assert_eq!(methods(&env).len(), 2);
    assert!(!state_has(&env));
    let (code, _, err) = run(
        &env,
        &["-y", "privileges", "revoke", "other", "vm_console", "web1"],
    );
    assert_eq!(code, 4, "{err}");

    // A group and a yubikey, by group name.
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "privileges",
            "grant",
            "console",
            "group_admin",
            "staging",
            "--yubikey-required",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["yubikey_required"], true);
    let on_staging = state(&env, "/accounts/demo/groups/staging/privileges");
    assert_eq!(on_staging[0]["group_name"], "staging");
    assert_eq!(on_staging[0]["yubikey_required"], true);
}

#[test]
fn privilege_input_is_checked_before_any_request() {
    let env = warm();
    for args in [
        vec!["privileges", "grant", "bob", "root", "web1"],
        vec!["privileges", "grant", "bob", "vm_admin"],
        vec!["privileges", "grant", "bob", "vm_admin", "a..b"],
        vec![
            "privileges",
            "grant",
            "bob",
            "group_admin",
            "web1.default.demo.x..y",
        ],
        vec!["privileges", "grant", "bob", "cluster_admin", "web1"],
        vec!["privileges", "grant", "bob", "account_admin"],
        vec!["privileges", "grant", "-bob", "vm_admin", "web1"],
        vec!["privileges", "grant", "bob smith", "vm_admin", "web1"],
        vec!["privileges", "revoke", "bob", "vm_console"],
        vec!["privileges", "revoke", "bob", "nope", "web1"],
    ] {
        let (code, _, err) = run(&env, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    let (_, _, err) = run(
        &env,
        &["privileges", "grant", "bob", "cluster_admin", "web1"],
    );
    assert!(err.contains("cluster-wide"), "{err}");
    let (_, _, err) = run(&env, &["privileges", "grant", "bob", "vm_admin"]);
    assert!(err.contains("held on a server"), "{err}");
    assert!(env.requests().is_empty());
    // What only the API can judge: your own level (403), unknown users (404).
    assert_eq!(
        run(
            &env,
            &["privileges", "grant", "console", "account_admin", "demo"]
        )
        .0,
        5
    );
    assert_eq!(
        run(
            &env,
            &["privileges", "grant", "nobody", "vm_console", "web1"]
        )
        .0,
        4
    );
    assert_eq!(
        run(
            &env,
            &[
                "privileges",
                "grant",
                "console",
                "vm_console",
                "secret1.default.other"
            ]
        )
        .0,
        4
    );
    assert_eq!(env.count("POST", "/users/console"), 1, "only the 403");
}

#[test]
fn user_names_and_key_comments_complete_in_one_request() {
    let env = warm();
    assert_eq!(
        completions(&env, &["privileges", "grant", "co"]),
        ["console"]
    );
    assert_eq!(methods(&env), ["GET /users"]);
    env.clear_requests();
    assert_eq!(
        completions(&env, &["keys", "delete", "demo@"]),
        ["demo@laptop"]
    );
    assert_eq!(methods(&env), ["GET /users/demo"]);
}

#[cfg(target_os = "linux")]
#[test]
fn revoking_asks_on_a_terminal() {
    let env = warm();
    assert_eq!(
        run(
            &env,
            &["privileges", "grant", "other", "vm_console", "web1"]
        )
        .0,
        0
    );
    let on_web1 = "/accounts/demo/groups/default/virtual_machines/web1/privileges";
    let held = |env: &TestEnv| {
        state(env, on_web1)
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["username"] == "other")
    };
    let (code, screen) = env.typed("privileges revoke other vm_console web1", &["n"]);
    assert_eq!(code, Some(8), "{screen}");
    assert!(
        screen.contains("Revoke vm_console on server web1 from user other? [y/N]"),
        "{screen}"
    );
    assert!(held(&env));
    let (code, screen) = env.typed("privileges revoke other vm_console web1", &["y"]);
    assert_eq!(code, Some(0), "{screen}");
    assert!(!held(&env));
}
