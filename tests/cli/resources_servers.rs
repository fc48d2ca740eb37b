//! `bytemark servers list|show|create` against the sandbox: success paths,
//! the 400 / 403 / 404 answers, --dry-run, --if-not-exists, bad input, and
//! the round trips each command costs with a warm session.

use crate::support::{TestEnv, json, methods, names, run, server, stderr_of, stdout_of, warm};

fn run_stdin(env: &TestEnv, args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = env
        .cmd()
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("run bytemark");
    (
        out.status.code().unwrap_or(-1),
        stdout_of(&out),
        stderr_of(&out),
    )
}

#[test]
fn list_is_one_request_for_an_account_a_group_and_all_accounts() {
    let env = warm();
    let (code, out, err) = run(&env, &["-o", "json", "servers", "list"]);
    assert_eq!(code, 0, "{err}");
    let list = json(&out);
    assert_eq!(names(&list), ["web1", "db1", "app1"]);
    assert_eq!(env.requests().len(), 1, "{:?}", methods(&env));
    assert_eq!(env.count("GET", "/accounts/demo"), 1);

    env.clear_requests();
    let (code, out, _) = run(&env, &["-o", "json", "servers", "list", "staging"]);
    assert_eq!(code, 0);
    assert_eq!(names(&json(&out)), ["app1"]);
    assert_eq!(methods(&env), ["GET /accounts/demo/groups/staging"]);

    env.clear_requests();
    let (code, out, _) = run(&env, &["-o", "ids", "servers", "list", "--all-accounts"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        ["web1.default.demo", "db1.default.demo", "app1.staging.demo"]
    );
    assert_eq!(methods(&env), ["GET /accounts"]);

    // The table has the default columns, sizes for people.
    let (code, out, _) = run(&env, &["servers", "list"]);
    assert_eq!(code, 0);
    let header = out.lines().next().unwrap();
    for h in [
        "NAME", "GROUP", "CORES", "MEMORY", "DISCS", "POWER", "ZONE", "IPS",
    ] {
        assert!(header.contains(h), "{header}");
    }
    assert!(out.contains("2 GiB") && out.contains("2 (75 GiB)"), "{out}");
}

#[test]
fn list_hides_deleted_servers_unless_asked() {
    let env = warm();
    assert_eq!(run(&env, &["-y", "servers", "delete", "db1"]).0, 0);
    let (_, out, _) = run(&env, &["-o", "json", "servers", "list"]);
    assert_eq!(names(&json(&out)), ["web1", "app1"]);
    env.clear_requests();
    let (_, out, _) = run(&env, &["-o", "json", "servers", "list", "--deleted"]);
    let list = json(&out);
    assert_eq!(names(&list), ["web1", "db1", "app1"]);
    assert_eq!(list[1]["deleted"], true);
    assert_eq!(env.requests().len(), 1);
    assert!(env.requests()[0].query.contains("include_deleted=true"));
}

#[test]
fn show_is_one_request_by_name_host_name_or_id() {
    let env = warm();
    let (code, out, err) = run(&env, &["-o", "json", "servers", "show", "web1"]);
    assert_eq!(code, 0, "{err}");
    let vm = json(&out);
    assert_eq!(vm["hostname"], "web1.default.demo.uk0.bigv.io");
    assert_eq!(vm["discs"][0]["size"], 25600, "raw MiB in JSON");
    assert_eq!(
        methods(&env),
        ["GET /accounts/demo/groups/default/virtual_machines/web1"]
    );
    let q = &env.requests()[0].query;
    assert!(
        q.contains("include_deleted=true") && q.contains("view=overview"),
        "{q}"
    );

    env.clear_requests();
    let (code, out, _) = run(
        &env,
        &[
            "-o",
            "ids",
            "servers",
            "show",
            "web1.default.demo.uk0.bigv.io",
        ],
    );
    assert_eq!((code, out.as_str()), (0, "web1.default.demo\n"));
    assert_eq!(env.requests().len(), 1);

    let id = vm["id"].as_u64().unwrap().to_string();
    env.clear_requests();
    let (code, out, _) = run(&env, &["-o", "ids", "servers", "show", &id]);
    assert_eq!((code, out.as_str()), (0, "web1.default.demo\n"));
    assert_eq!(methods(&env), [format!("GET /virtual_machines/{id}")]);

    // A table for people.
    let (_, out, _) = run(&env, &["servers", "show", "web1"]);
    assert!(out.contains("HOSTNAME") && out.contains("25 GiB"), "{out}");
}

#[test]
fn invisible_servers_are_not_found() {
    let env = warm();
    let (code, _, err) = run(&env, &["servers", "show", "secret1.default.other"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("not found"), "{err}");
    let (code, _, _) = run(&env, &["servers", "show", "nosuch"]);
    assert_eq!(code, 4);
    let (code, _, _) = run(&env, &["-y", "servers", "delete", "secret1.default.other"]);
    assert_eq!(code, 4);
    let (code, _, _) = run(&env, &["servers", "create", "xx1.default.other"]);
    assert_eq!(code, 4);
    assert_eq!(env.count("DELETE", "/"), 0);
}

#[test]
fn create_is_one_request_and_renders_the_answer() {
    let env = warm();
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "servers",
            "create",
            "web2",
            "--cores",
            "2",
            "--memory",
            "2G",
            "--disc",
            "25G",
            "--disc",
            "data:archive:50G",
        ],
    );
    assert_eq!(code, 0, "{err}");
    // The grade given explicitly (archive) is checked against the
    // service's definitions first (no session needed); then the one create.
    assert_eq!(
        methods(&env),
        [
            "GET /definitions",
            "POST /accounts/demo/groups/default/vm_create"
        ]
    );
    let vm = json(&out);
    assert_eq!(vm["name"], "web2");
    assert_eq!(vm["cores"], 2);
    assert_eq!(vm["memory"], 2048);
    let discs: Vec<(String, u64)> = vm["discs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["label"].as_str().unwrap().to_string(),
                d["size"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        discs,
        [("disc-1".to_string(), 25600), ("data".to_string(), 51200)]
    );
    assert_eq!(vm["discs"][1]["storage_grade"], "archive");
    // The generated root password is not shown unless asked for.
    assert!(vm["reimage"].get("root_password").is_none(), "{vm}");
    assert_eq!(vm["reimage"]["distribution"], "symbiosis");
    assert!(err.contains("created web2.default.demo"), "{err}");
    // It exists for the sandbox.
    let shown = server(&env, "web2").expect("created");
    assert_eq!(shown["power_on"], true);
}

#[test]
fn the_root_password_is_shown_once_and_only_when_asked() {
    let env = warm();
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "servers",
            "create",
            "web3",
            "--show-root-password",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let vm = json(&out);
    let pw = vm["reimage"]["root_password"]
        .as_str()
        .expect("password shown");
    assert!(pw.len() >= 8);
    assert_eq!(out.matches(pw).count(), 1);
    assert!(!err.contains(pw));

    // From stdin: sent, never printed, not even with --debug.
    let secret = "Sup3r-Secret-Passw0rd";
    let (code, out, err) = run_stdin(
        &env,
        &[
            "--debug",
            "servers",
            "create",
            "web4",
            "--root-password-stdin",
        ],
        &format!("{secret}\n"),
    );
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains(secret) && !err.contains(secret), "{out}{err}");
    assert!(!env.home_contains(secret));
    // And the dry run redacts it.
    let (code, out, _) = run_stdin(
        &env,
        &[
            "servers",
            "create",
            "web5.default.demo",
            "--dry-run",
            "--root-password-stdin",
        ],
        &format!("{secret}\n"),
    );
    assert_eq!(code, 0);
    assert!(!out.contains(secret));
    assert_eq!(
        json(&out)[0]["body"]["reimage"]["root_password"],
        "<redacted>"
    );
}

#[test]
fn create_options_reach_the_request() {
    let env = warm();
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("id.pub");
    std::fs::write(
        &key,
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHelloHelloHelloHelloHello me@host\n",
    )
    .unwrap();
    let script = dir.path().join("boot.sh");
    std::fs::write(&script, "#!/bin/sh\necho hi\n").unwrap();
    let (code, out, err) = run(
        &env,
        &[
            "servers",
            "create",
            "web6.staging.demo",
            "--dry-run",
            "--zone",
            "manchester",
            "--hwprofile",
            "virtio2013",
            "--hwprofile-locked",
            "--image",
            "jessie",
            "--ssh-key",
            key.to_str().unwrap(),
            "--firstboot-script",
            script.to_str().unwrap(),
            "--cdrom",
            "https://example.com/x.iso",
            "--stopped",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let req = &json(&out)[0];
    assert_eq!(req["method"], "POST");
    assert_eq!(req["path"], "/accounts/demo/groups/staging/vm_create");
    let b = &req["body"];
    assert_eq!(b["virtual_machine"]["zone_name"], "manchester");
    assert_eq!(b["virtual_machine"]["hardware_profile"], "virtio2013");
    assert_eq!(b["virtual_machine"]["hardware_profile_locked"], true);
    assert_eq!(
        b["virtual_machine"]["cdrom_url"],
        "https://example.com/x.iso"
    );
    assert_eq!(b["virtual_machine"]["power_on"], false);
    assert_eq!(b["virtual_machine"]["autoreboot_on"], false);
    assert_eq!(b["reimage"]["distribution"], "jessie");
    assert!(
        b["reimage"]["ssh_public_key"]
            .as_str()
            .unwrap()
            .starts_with("ssh-ed25519 ")
    );
    assert_eq!(b["reimage"]["firstboot_script"], "#!/bin/sh\necho hi\n");
    assert_eq!(
        b["discs"],
        serde_json::json!([{"label": "disc-1", "storage_grade": "sata", "size": 25600}])
    );
    assert!(env.requests().is_empty());

    // --stopped for real: created, and off.
    let (code, out, _) = run(
        &env,
        &["-o", "json", "servers", "create", "web7", "--stopped"],
    );
    assert_eq!(code, 0);
    assert_eq!(json(&out)["power_on"], false);
    // --no-image: no reimage member at all.
    let (_, out, _) = run(
        &env,
        &[
            "--account",
            "demo",
            "servers",
            "create",
            "web8",
            "--no-image",
            "--dry-run",
        ],
    );
    assert!(json(&out)[0]["body"].get("reimage").is_none());
}

#[test]
fn create_rejections_show_per_field_messages() {
    let env = warm();
    let (code, _, err) = run(&env, &["servers", "create", "web9", "--memory", "300M"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("memory: is not included in the list"), "{err}");
    // The API's name rule is checked before sending (exit 2, no request).
    let (code, _, err) = run(&env, &["servers", "create", "ab"]);
    assert_eq!(code, 2);
    assert!(err.contains("shorter than 3 characters"), "{err}");
    let (code, _, err) = run(&env, &["servers", "create", "web9", "--disc", "10M"]);
    assert_eq!(code, 6);
    assert!(err.contains("must be greater than or equal to 50"), "{err}");
    // Creating a name that is taken, without --if-not-exists.
    let (code, _, err) = run(&env, &["servers", "create", "web1"]);
    assert_eq!(code, 6);
    assert!(err.contains("name: has already been taken"), "{err}");
    // JSON errors carry the details.
    let (code, _, err) = run(
        &env,
        &[
            "-o", "json", "servers", "create", "web9", "--memory", "300M",
        ],
    );
    assert_eq!(code, 6);
    let e = json(&err);
    assert_eq!(e["error"]["http_status"], 400);
    assert!(e["error"]["details"]["memory"].is_array());
}

#[test]
fn if_not_exists_twice_makes_one_server() {
    let env = warm();
    let args = [
        "-o",
        "json",
        "servers",
        "create",
        "ci-web",
        "--if-not-exists",
        "--disc",
        "25G",
    ];
    let (code, first, err) = run(&env, &args);
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.requests().len(), 1, "the common path stays one request");
    let (code, second, err) = run(&env, &args);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("already exists"), "{err}");
    assert!(err.contains("requested cores, memory and discs"), "{err}");
    assert_eq!(json(&first)["id"], json(&second)["id"]);
    let (_, out, _) = run(&env, &["-o", "json", "servers", "list"]);
    assert_eq!(
        names(&json(&out)).iter().filter(|n| *n == "ci-web").count(),
        1
    );
    // A different spec is reported, still exit 0.
    let (code, _, err) = run(
        &env,
        &[
            "servers",
            "create",
            "ci-web",
            "--if-not-exists",
            "--cores",
            "2",
            "--disc",
            "50G",
        ],
    );
    assert_eq!(code, 0);
    assert!(
        err.contains("differs") && err.contains("cores 1 (asked 2)"),
        "{err}"
    );
    // A deleted holder of the name is a conflict.
    assert_eq!(run(&env, &["-y", "servers", "delete", "ci-web"]).0, 0);
    let (code, _, err) = run(&env, &["servers", "create", "ci-web", "--if-not-exists"]);
    assert_eq!(code, 6);
    assert!(err.contains("deleted"), "{err}");
}

#[test]
fn dry_run_sends_nothing_not_even_a_login() {
    let env = TestEnv::new(); // no login at all
    let (code, out, err) = run(
        &env,
        &[
            "--account",
            "demo",
            "servers",
            "create",
            "web2",
            "--dry-run",
            "--disc",
            "ssd:30G",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(env.requests().is_empty(), "{:?}", methods(&env));
    let reqs = json(&out);
    assert_eq!(reqs.as_array().unwrap().len(), 1);
    assert_eq!(reqs[0]["path"], "/accounts/demo/groups/default/vm_create");
    assert_eq!(reqs[0]["body"]["discs"][0]["size"], 30720);
    assert_eq!(reqs[0]["body"]["discs"][0]["storage_grade"], "ssd");
    // A fully qualified name is enough.
    let (code, _, _) = run(
        &env,
        &["servers", "create", "web2.default.demo", "--dry-run"],
    );
    assert_eq!(code, 0);
    // Without any way to know the account, a usage error with a hint.
    let (code, _, err) = run(&env, &["servers", "create", "web2", "--dry-run"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--account"), "{err}");
    assert!(env.requests().is_empty());
}

#[test]
fn dry_run_after_login_uses_the_account_recorded_at_login() {
    let env = warm();
    let (code, out, err) = run(&env, &["servers", "create", "web2", "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(env.requests().is_empty(), "{:?}", methods(&env));
    assert_eq!(
        json(&out)[0]["path"],
        "/accounts/demo/groups/default/vm_create"
    );
}

#[test]
fn bad_input_exits_2_before_any_request() {
    let env = warm();
    let long = "a".repeat(300);
    let dir = tempfile::tempdir().unwrap();
    let private = dir.path().join("id_ed25519");
    std::fs::write(
        &private,
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n",
    )
    .unwrap();
    let not_a_key = dir.path().join("notes.txt");
    std::fs::write(&not_a_key, "hello\n").unwrap();
    let nine: Vec<String> = (0..9)
        .flat_map(|_| ["--disc".to_string(), "1G".to_string()])
        .collect();
    let mut cases: Vec<Vec<String>> = vec![
        vec!["servers", "create", "web2", "--memory", "0"],
        vec!["servers", "create", "web2", "--memory=-1G"],
        vec!["servers", "create", "web2", "--disc", "1.5X"],
        vec!["servers", "create", "web2", "--disc", "99999T"],
        vec!["servers", "create", "web2", "--disc", "a:b:c:25G"],
        vec!["servers", "create", ""],
        vec!["servers", "create", "a..b"],
        vec!["servers", "create", "wéb1"],
        vec!["servers", "create", &long],
        vec!["servers", "create", "1234"],
        vec![
            "servers",
            "create",
            "web2",
            "--ssh-key",
            private.to_str().unwrap(),
        ],
        vec![
            "servers",
            "create",
            "web2",
            "--ssh-key",
            not_a_key.to_str().unwrap(),
        ],
        vec![
            "servers",
            "create",
            "web2",
            "--ssh-key",
            "/nonexistent/key.pub",
        ],
        vec!["servers", "create", "web2", "--ip", "300.1.1.1"],
        vec!["servers", "create", "web2", "--wait", "--timeout", "0s"],
        vec!["servers", "create", "web2", "--cdrom", "ftp://x/y.iso"],
        vec!["servers", "show", "a..b"],
        vec!["servers", "start", "web1", "b@d"],
        vec!["servers", "update", "web1"],
        vec!["servers", "update", "web1", "--memory", "1.5G"],
        vec!["discs", "resize", "web1", "disc-1", "-5G"],
        vec!["discs", "add", "web1", "x:y:z:1G"],
        vec!["groups", "create", "bad group"],
    ]
    .into_iter()
    .map(|c| c.into_iter().map(str::to_string).collect())
    .collect();
    let mut too_many = vec!["servers".to_string(), "create".into(), "web2".into()];
    too_many.extend(nine);
    cases.push(too_many);
    for case in &cases {
        let args: Vec<&str> = case.iter().map(String::as_str).collect();
        let (code, out, err) = run(&env, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains("error"), "{args:?}: {err}");
        assert!(
            env.requests().is_empty(),
            "{args:?} sent {:?}",
            methods(&env)
        );
    }
    let (_, _, err) = run(
        &env,
        &[
            "servers",
            "create",
            "web2",
            "--ssh-key",
            private.to_str().unwrap(),
        ],
    );
    assert!(err.contains("private key"), "{err}");
}
