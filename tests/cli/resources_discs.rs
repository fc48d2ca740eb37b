//! `bytemark discs ...` against the sandbox.

use crate::support::{TestEnv, json, run, warm};

fn disc_sizes(env: &TestEnv, server: &str) -> Vec<(String, u64)> {
    let (code, out, err) = run(env, &["-o", "json", "discs", "list", server]);
    assert_eq!(code, 0, "{err}");
    json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["label"].as_str().unwrap().to_string(),
                d["size"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn list_and_show() {
    let env = warm();
    let (code, out, err) = run(&env, &["discs", "list", "db1"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("LABEL") && out.contains("GRADE") && out.contains("SIZE"),
        "{out}"
    );
    assert!(out.contains("50 GiB") && out.contains("archive"), "{out}");
    assert_eq!(env.requests().len(), 1);
    let (_, out, _) = run(&env, &["-o", "ids", "discs", "list", "db1"]);
    assert_eq!(out, "db1.default.demo vda\ndb1.default.demo disc-2\n");

    env.clear_requests();
    let (code, out, err) = run(&env, &["-o", "json", "discs", "show", "db1", "disc-2"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["size"], 51200);
    assert_eq!(env.requests().len(), 1);
    assert_eq!(run(&env, &["discs", "show", "db1", "nosuch"]).0, 4);
    assert_eq!(run(&env, &["discs", "list", "secret1.default.other"]).0, 4);
}

#[test]
fn add_confirms_labels_and_counts() {
    let env = warm();
    let (code, _, err) = run(&env, &["discs", "add", "web1", "archive:10G"]);
    assert_eq!(code, 8, "{err}");
    assert!(err.contains("disc-2 (archive, 10 GiB)"), "{err}");
    assert_eq!(env.count("POST", "/"), 0);
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "-y",
            "discs",
            "add",
            "web1",
            "archive:10G",
            "logs:ssd:5G",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out).as_array().unwrap().len(), 2);
    assert_eq!(
        disc_sizes(&env, "web1"),
        [
            ("disc-1".into(), 25600),
            ("disc-2".into(), 10240),
            ("logs".into(), 5120)
        ]
    );
    // Eight at most, counted client-side with the existing three.
    env.clear_requests();
    let six: Vec<&str> = std::iter::repeat_n("1G", 6).collect();
    let mut args = vec!["-y", "discs", "add", "web1"];
    args.extend(six);
    let (code, _, err) = run(&env, &args);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("too many discs"), "{err}");
    assert_eq!(env.count("POST", "/"), 0);
    // The API's own refusal: a device-like label.
    let (code, _, err) = run(&env, &["-y", "discs", "add", "web1", "vdb:sata:1G"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("label"), "{err}");
}

#[test]
fn resize_grows_in_two_requests_and_never_shrinks() {
    let env = warm();
    let (code, _, err) = run(&env, &["discs", "resize", "web1", "disc-1", "+10G"]);
    assert_eq!(code, 8, "growing costs more: {err}");
    assert!(err.contains("from 25 GiB to 35 GiB"), "{err}");
    assert_eq!(env.count("PUT", "/"), 0);

    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "-o", "json", "-y", "discs", "resize", "web1", "disc-1", "+10G",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["size"], 35840);
    assert!(env.requests().len() <= 2, "{:?}", env.requests());
    assert_eq!(env.count("PUT", "/"), 1);

    let (code, _, _) = run(&env, &["-y", "discs", "resize", "web1", "disc-1", "40G"]);
    assert_eq!(code, 0);
    assert_eq!(disc_sizes(&env, "web1"), [("disc-1".into(), 40960)]);

    env.clear_requests();
    let (code, _, err) = run(&env, &["-y", "discs", "resize", "web1", "disc-1", "20G"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot shrink"), "{err}");
    assert_eq!(env.count("PUT", "/"), 0);
    // The same size is no change and no request beyond the read.
    let (code, _, err) = run(&env, &["discs", "resize", "web1", "disc-1", "40G"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("already"), "{err}");
    assert_eq!(env.count("PUT", "/"), 0);
}

#[test]
fn delete_purges_after_confirmation() {
    let env = warm();
    let (code, _, err) = run(&env, &["discs", "delete", "db1", "disc-2"]);
    assert_eq!(code, 8, "{err}");
    assert!(err.contains("cannot be recovered"), "{err}");
    assert_eq!(env.count("DELETE", "/"), 0);
    env.clear_requests();
    let (code, _, err) = run(&env, &["-y", "discs", "delete", "db1", "disc-2"]);
    assert_eq!(code, 0, "{err}");
    assert!(env.requests().len() <= 2);
    let del = env
        .requests()
        .into_iter()
        .find(|r| r.method == "DELETE")
        .unwrap();
    assert!(del.query.contains("purge=true"), "{}", del.query);
    assert_eq!(disc_sizes(&env, "db1"), [("vda".into(), 25600)]);
}

#[test]
fn console_users_cannot_change_discs() {
    let env = TestEnv::new();
    env.login_as("console", "console");
    let (code, out, err) = run(&env, &["discs", "list", "web1.default.demo"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("disc-1"));
    let (code, _, err) = run(
        &env,
        &[
            "-y",
            "discs",
            "resize",
            "web1.default.demo",
            "disc-1",
            "+1G",
        ],
    );
    assert_eq!(code, 5, "{err}");
    let (code, _, _) = run(
        &env,
        &["-y", "discs", "delete", "web1.default.demo", "disc-1"],
    );
    assert_eq!(code, 5);
    let (code, _, _) = run(&env, &["-y", "discs", "add", "web1.default.demo", "1G"]);
    assert_eq!(code, 5);
}
