//! `bytemark accounts ...` and `bytemark definitions` against the sandbox.

use crate::support::{TestEnv, json, run};

#[test]
fn accounts_list_and_show() {
    let env = TestEnv::new();
    env.login();
    env.clear_requests();
    let (code, out, err) = run(&env, &["accounts", "list"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    for h in ["NAME", "ID", "SUSPENDED", "GROUPS", "SERVERS"] {
        assert!(lines[0].contains(h), "{out}");
    }
    assert_eq!(lines.len(), 2, "only demo is visible: {out}");
    assert!(
        lines[1].starts_with("demo") && lines[1].contains(" 3"),
        "3 servers: {out}"
    );
    assert_eq!(env.requests().len(), 1);

    let (code, out, _) = run(&env, &["-o", "json", "accounts", "list"]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)[0]["name"], "demo");
    let (_, out, _) = run(&env, &["-o", "ids", "accounts", "list"]);
    assert_eq!(out, "demo\n");

    env.clear_requests();
    let (code, out, err) = run(&env, &["accounts", "show"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("default, staging"), "{out}");
    assert_eq!(env.requests().len(), 1);
    assert_eq!(run(&env, &["accounts", "show", "other"]).0, 4);
    assert_eq!(run(&env, &["accounts", "show", "a..b"]).0, 2);
}

#[test]
fn definitions_need_no_session() {
    let env = TestEnv::new(); // never logged in
    let (code, out, err) = run(&env, &["-o", "json", "definitions"]);
    assert_eq!(code, 0, "{err}");
    let raw = json(&out);
    assert!(
        raw.as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == "distributions")
    );
    let reqs = env.requests();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    assert_eq!(
        (reqs[0].method.as_str(), reqs[0].path.as_str()),
        ("GET", "/definitions")
    );

    let (code, out, _) = run(&env, &["-o", "ids", "definitions", "images"]);
    assert_eq!(code, 0);
    assert!(out.lines().any(|l| l == "symbiosis"), "{out}");
    let (_, out, _) = run(&env, &["definitions", "grades"]);
    assert!(
        out.contains("sata") && out.contains("Standard SSD"),
        "{out}"
    );
    let (_, out, _) = run(&env, &["-o", "json", "definitions", "zones"]);
    let zones = json(&out);
    assert!(
        zones
            .as_array()
            .unwrap()
            .iter()
            .any(|z| z["name"] == "york")
    );
    let (_, out, _) = run(&env, &["definitions", "hwprofiles"]);
    assert!(out.contains("virtio2013"), "{out}");
    let (_, out, _) = run(&env, &["definitions"]);
    assert!(
        out.contains("KIND") && out.contains("zone") && out.contains("image"),
        "{out}"
    );
    assert!(env.requests().iter().all(|r| r.path == "/definitions"));
}
