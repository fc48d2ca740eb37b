//! The OS keyring, for real: a Secret Service (gnome-keyring inside
//! `dbus-run-session`, see `.ci/keyring-test.sh`) holds the token and
//! nothing under HOME does.
//!
//! Ignored by a plain `cargo test` (there may be no Secret Service);
//! `.ci/keyring-test.sh` runs it with `--ignored` and
//! `BYTEMARK_TEST_REAL_KEYRING=1`, where an unreachable keyring FAILS it.

#![cfg(target_os = "linux")]

use crate::support::{TestEnv, stderr_of};
use bytemark::session::store::EntryKey;

fn keyring_entry(env: &TestEnv, user: &str) -> keyring_core::Entry {
    let key = EntryKey {
        profile: "default".into(),
        auth_endpoint: env.base_url(),
        user: user.into(),
    };
    let (service, account) = key.keyring_names();
    keyring_core::Entry::new(&service, &account).expect("keyring entry")
}

#[test]
#[ignore = "needs a Secret Service: run .ci/keyring-test.sh"]
fn the_token_lives_in_the_secret_service_and_nowhere_on_disk() {
    assert_eq!(
        std::env::var("BYTEMARK_TEST_REAL_KEYRING").as_deref(),
        Ok("1"),
        "run through .ci/keyring-test.sh, which starts a Secret Service"
    );
    let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS")
        .expect("BYTEMARK_TEST_REAL_KEYRING=1 but DBUS_SESSION_BUS_ADDRESS is not set");
    let store = zbus_secret_service_keyring_store::Store::new()
        .expect("BYTEMARK_TEST_REAL_KEYRING=1 but the Secret Service is unreachable");
    keyring_core::set_default_store(store);

    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_CREDENTIAL_STORE", "keyring")
        .set_env("DBUS_SESSION_BUS_ADDRESS", &bus);
    if let Ok(dir) = std::env::var("XDG_RUNTIME_DIR") {
        env.set_env("XDG_RUNTIME_DIR", &dir);
    }
    let out = env.try_login("demo");
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("warning"), "the keyring was not used: {err}");

    let token = keyring_entry(&env, "demo")
        .get_password()
        .expect("the token is in the Secret Service");
    assert!(token.len() >= 16, "{token}");
    assert!(!env.home_contains(&token), "the token is on disk");
    assert!(!env.data_dir().join("credentials").exists());

    // The next command uses it with no login and no session request.
    env.clear_requests();
    let out = env.cmd().args(["-o", "json", "whoami"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let me: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(me["store"], "keyring");
    env.cmd().args(["accounts", "list"]).assert().success();
    assert_eq!(env.count("POST", "/session"), 0);
    assert_eq!(env.count("GET", "/session"), 0);

    // logout removes it from the keyring.
    env.cmd().arg("logout").assert().success();
    assert!(matches!(
        keyring_entry(&env, "demo").get_password(),
        Err(keyring_core::Error::NoEntry)
    ));
}
