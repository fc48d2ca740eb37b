//! Profiles: `config profiles` lists them with the current one marked, and
//! `config use NAME` makes one the default, below -p and BYTEMARK_PROFILE.

use crate::support::{TestEnv, json, run};
use serde_json::Value;

fn current(env: &TestEnv) -> Vec<(String, bool)> {
    let (code, out, err) = run(env, &["-o", "json", "config", "profiles"]);
    assert_eq!(code, 0, "{err}");
    json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_string(),
                p["current"] == true,
            )
        })
        .collect()
}

#[test]
fn profiles_are_listed_and_one_is_made_the_default() {
    let mut env = TestEnv::new();
    assert_eq!(current(&env), vec![("default".to_string(), true)]);
    let (code, _, err) = run(&env, &["-p", "work", "config", "set", "account", "acme"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        current(&env),
        vec![("default".to_string(), true), ("work".to_string(), false)]
    );
    let (code, _, err) = run(&env, &["config", "use", "work"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("profile work is now the default"), "{err}");
    assert_eq!(current(&env), vec![("work".to_string(), true)]);
    let (_, out, _) = run(&env, &["config", "get", "account"]);
    assert_eq!(out.trim(), "acme");
    let (_, out, _) = run(&env, &["-o", "json", "config", "get", "profile"]);
    let v: Value = json(&out);
    assert_eq!(
        (v["value"].as_str(), v["source"].as_str()),
        (Some("work"), Some("profile"))
    );
    // The flag and the environment still win.
    let (_, out, _) = run(&env, &["-p", "default", "config", "get", "account"]);
    assert_eq!(out.trim(), "");
    env.set_env("BYTEMARK_PROFILE", "default");
    let (_, out, _) = run(&env, &["config", "get", "profile"]);
    assert_eq!(out.trim(), "default");
}

#[test]
fn a_bad_profile_name_is_a_usage_error() {
    let env = TestEnv::new();
    let (code, _, err) = run(&env, &["config", "use", "no good"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("invalid profile name"), "{err}");
    assert!(!env.config_dir().join("config.toml").exists());
}
