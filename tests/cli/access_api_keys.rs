//! `bytemark api-keys` against the sandbox, and the README's CI flow: a
//! short-lived key with one privilege, used as `BYTEMARK_TOKEN`, deleted.

use crate::access::token_of;
use crate::support::{TestEnv, api_get, json, methods, run, warm};
use serde_json::Value;

/// The sandbox's API keys, read as demo.
fn keys(env: &TestEnv) -> Vec<Value> {
    api_get(
        &env.base_url(),
        &token_of(env, "demo"),
        "/api_keys?view=overview",
    )
    .as_array()
    .unwrap()
    .clone()
}

fn labels(env: &TestEnv) -> Vec<String> {
    keys(env)
        .iter()
        .map(|k| k["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn create_list_and_delete() {
    let env = warm();
    let (code, out, err) = run(&env, &["api-keys", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("ci") && out.contains("account_admin on account demo"),
        "{out}"
    );
    assert_eq!(methods(&env), ["GET /api_keys"]);

    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "api-keys",
            "create",
            "deploy",
            "--expires",
            "2h",
            "--privilege",
            "vm_admin:web1",
            "--privilege",
            "group_admin:staging",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let created = json(&out);
    let secret = created["api_key"]
        .as_str()
        .expect("the secret, once")
        .to_string();
    assert!(secret.len() >= 16);
    assert!(!err.contains(&secret), "the secret is only on stdout");
    assert_eq!(created["label"], "deploy");
    assert!(created["expires_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(created["privileges"].as_array().unwrap().len(), 2);
    // you, the labels, two targets, the key, two grants
    assert_eq!(
        methods(&env),
        [
            "GET /users/demo",
            "GET /api_keys",
            "GET /accounts/demo/groups/default/virtual_machines/web1",
            "GET /accounts/demo/groups/staging",
            "POST /api_keys",
            "POST /users/demo/privileges",
            "POST /users/demo/privileges",
        ]
    );
    let key = keys(&env)
        .into_iter()
        .find(|k| k["label"] == "deploy")
        .unwrap();
    assert!(
        key.get("api_key").is_none(),
        "the list never shows the secret"
    );
    let mut levels: Vec<String> = key["privileges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            assert_eq!(p["api_key_id"], key["id"]);
            assert_eq!(p["password_required"], false);
            p["level"].as_str().unwrap().to_string()
        })
        .collect();
    levels.sort();
    assert_eq!(levels, ["group_admin", "vm_admin"]);

    // The table shows the secret too (once); a second key of that label is refused.
    let (code, out, _) = run(&env, &["api-keys", "create", "other-job"]);
    assert_eq!(code, 0);
    assert!(out.contains("API KEY"), "{out}");
    env.clear_requests();
    let (code, _, err) = run(&env, &["api-keys", "create", "deploy"]);
    assert_eq!(code, 6, "{err}");
    assert_eq!(env.count("POST", "/"), 0);

    // Delete: confirm, then the list and one DELETE.
    assert_eq!(run(&env, &["api-keys", "delete", "deploy"]).0, 8);
    assert!(labels(&env).contains(&"deploy".to_string()));
    env.clear_requests();
    let (code, out, err) = run(&env, &["-y", "-o", "json", "api-keys", "delete", "deploy"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["label"], "deploy");
    assert_eq!(methods(&env)[0], "GET /api_keys");
    assert_eq!(methods(&env)[1], format!("DELETE /api_keys/{}", key["id"]));
    assert_eq!(labels(&env), ["ci", "other-job"]);
    // Its privileges went with it.
    let left = api_get(&env.base_url(), &token_of(&env, "demo"), "/privileges");
    assert!(
        left.as_array()
            .unwrap()
            .iter()
            .all(|p| p["api_key_id"] != key["id"])
    );
    assert_eq!(run(&env, &["-y", "api-keys", "delete", "deploy"]).0, 4);
}

#[test]
fn a_grant_that_fails_leaves_no_key_behind() {
    let env = warm();
    // Only cluster admins may give a key account_admin (reference §4.15).
    let (code, _, err) = run(
        &env,
        &[
            "api-keys",
            "create",
            "too-much",
            "--privilege",
            "account_admin:demo",
        ],
    );
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("deleted again"), "{err}");
    assert_eq!(labels(&env), ["ci"]);
}

#[test]
fn api_key_input_is_checked_before_any_request() {
    let env = warm();
    for args in [
        vec!["api-keys", "create", "x", "--expires", "2001-01-01"],
        vec!["api-keys", "create", "x", "--expires", "2030-02-30"],
        vec!["api-keys", "create", "x", "--expires", "soon"],
        vec!["api-keys", "create", "x", "--privilege", "vm_admin"],
        vec!["api-keys", "create", "x", "--privilege", "boss:web1"],
        vec![
            "api-keys",
            "create",
            "x",
            "--privilege",
            "cluster_admin:web1",
        ],
        vec!["api-keys", "create", "123"],
        vec!["api-keys", "create", ""],
        vec!["api-keys", "delete", ""],
    ] {
        let (code, _, err) = run(&env, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    assert!(env.requests().is_empty());
    assert_eq!(labels(&env), ["ci"]);
}

#[test]
fn an_ambiguous_label_is_refused_listing_the_ids() {
    let env = warm();
    // Two keys of one label can only come from elsewhere: the raw API.
    for _ in 0..2 {
        let out = env
            .cmd()
            .args(["api", "POST", "/api_keys", "--input", "-"])
            .write_stdin(r#"{"label": "twin"}"#)
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    let (code, _, err) = run(&env, &["-y", "api-keys", "delete", "twin"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("2 API keys are labelled \"twin\""), "{err}");
    assert_eq!(labels(&env).iter().filter(|l| *l == "twin").count(), 2);
    let id = keys(&env).iter().find(|k| k["label"] == "twin").unwrap()["id"].to_string();
    assert_eq!(run(&env, &["-y", "api-keys", "delete", &id]).0, 0);
    assert_eq!(labels(&env).iter().filter(|l| *l == "twin").count(), 1);
}

/// A command of the CI job: the key alone, nothing stored, no login.
fn job(env: &TestEnv, secret: &str, args: &[&str]) -> (i32, String, String) {
    let out = env
        .cmd()
        .env("BYTEMARK_TOKEN", format!("apikey.{secret}"))
        .env("BYTEMARK_ACCOUNT", "demo")
        .env("BYTEMARK_CREDENTIAL_STORE", "none")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The README's CI section, step by step.
#[test]
fn the_readme_ci_flow_creates_uses_and_deletes_a_key() {
    let env = warm();
    let (code, out, err) = run(
        &env,
        &[
            "api-keys",
            "create",
            "ci-job-42",
            "--expires",
            "1h",
            "--privilege",
            "group_admin:default",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let secret = json(&out)["api_key"].as_str().unwrap().to_string();

    env.clear_requests();
    let (code, out, err) = job(&env, &secret, &["-o", "ids", "servers", "list", "default"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "web1.default.demo\ndb1.default.demo\n");
    assert!(
        env.requests()
            .iter()
            .all(|r| !r.path.starts_with("/session")),
        "no login"
    );
    // group_admin on default only: the staging group is out of its reach.
    assert_eq!(job(&env, &secret, &["servers", "list", "staging"]).0, 4);
    let (code, _, err) = job(
        &env,
        &secret,
        &["servers", "create", "ci-web", "--disc", "25G"],
    );
    assert_eq!(code, 0, "{err}");

    // Deleted with the user's own session: the key stops working at once.
    assert_eq!(
        run(&env, &["--yes", "api-keys", "delete", "ci-job-42"]).0,
        0
    );
    let (code, _, err) = job(&env, &secret, &["servers", "list", "default"]);
    assert_eq!(code, 3, "{err}");
    assert!(
        !env.home_contains(&secret),
        "the secret is never written down"
    );
    assert_eq!(
        keys(&env)
            .iter()
            .filter(|k| k["label"] == "ci-job-42")
            .count(),
        0
    );
}
