//! The bad-input matrix (issue 6): sizes, names, disc specs, unknown
//! definitions, too many discs, a private key as `--ssh-key`, shrinking a
//! disc. Every row must end with a clear one-paragraph message and either
//! exit 2 before any request (the sandbox's request log is empty), exit 2
//! after reading only (unknown definitions: a create checks them against
//! `GET /definitions` first), or, for what only the API can judge (limits),
//! its per-field 400 with exit 6 — and nothing created.
//!
//! The client uses an API key (`BYTEMARK_TOKEN`) and `--account demo`, so no
//! login or account discovery request is made.

use crate::support::{TestEnv, stderr_of, stdout_of};

/// What a row must end with.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// Exit 2 and not a single request.
    Usage,
    /// Exit 2 after reading what it needs (GETs only): nothing changed.
    UsageAfterReading,
    /// Exit 6: the API's per-field 400, after exactly one request.
    Rejected,
}

struct Row {
    args: Vec<String>,
    expect: Expect,
    /// Must appear in stderr (case-insensitive).
    message: &'static str,
}

fn row(args: &[&str], expect: Expect, message: &'static str) -> Row {
    Row {
        args: args.iter().map(|s| s.to_string()).collect(),
        expect,
        message,
    }
}

fn create(extra: &[&str]) -> Vec<String> {
    let mut v = vec!["servers".to_string(), "create".into(), "web9".into()];
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

fn matrix(env: &TestEnv) -> Vec<Row> {
    use Expect::*;
    let private_key = env.home().join("id_ed25519");
    std::fs::write(
        &private_key,
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n",
    )
    .unwrap();
    let not_a_key = env.home().join("notes.txt");
    std::fs::write(&not_a_key, "hello, this is not a key\n").unwrap();
    let private_key = private_key.display().to_string();
    let not_a_key = not_a_key.display().to_string();
    let long_name = "a".repeat(300);
    let long_name: &'static str = Box::leak(long_name.into_boxed_str());
    let private_key: &'static str = Box::leak(private_key.into_boxed_str());
    let not_a_key: &'static str = Box::leak(not_a_key.into_boxed_str());
    let nine: Vec<&str> = std::iter::repeat_n(["--disc", "1G"], 9).flatten().collect();

    let mut rows = Vec::new();
    // Sizes, wherever a size is taken.
    for size in ["0", "-1G", "1.5X", "99999T", "", "G", "12Q", "1e3G"] {
        let why: &'static str = match size {
            "0" => "greater than zero",
            "-1G" => "cannot be negative",
            "99999T" => "too large",
            _ => "invalid",
        };
        let disc = format!("--disc={size}");
        let disc: &'static str = Box::leak(disc.into_boxed_str());
        let memory = format!("--memory={size}");
        let memory: &'static str = Box::leak(memory.into_boxed_str());
        rows.push(Row {
            args: create(&[disc]),
            expect: Usage,
            message: why,
        });
        rows.push(Row {
            args: create(&[memory]),
            expect: Usage,
            message: why,
        });
        if !size.is_empty() && !size.starts_with('-') {
            let size: &'static str = Box::leak(size.to_string().into_boxed_str());
            rows.push(row(&["discs", "add", "web1", size, "--yes"], Usage, why));
        }
        let size: &'static str = Box::leak(size.to_string().into_boxed_str());
        rows.push(row(
            &["discs", "resize", "web1", "disc-1", size, "--yes"],
            Usage,
            why,
        ));
    }
    // Unspaced negative values are values, not flags, and get the size message.
    rows.push(Row {
        args: create(&["--disc", "-1G"]),
        expect: Usage,
        message: "cannot be negative",
    });
    rows.push(Row {
        args: create(&["--memory", "-1G"]),
        expect: Usage,
        message: "cannot be negative",
    });

    // Names.
    for (name, why) in [
        ("", "cannot be empty"),
        ("   ", "cannot be empty"),
        (".web9", "empty"),
        ("web..9", "empty component"),
        ("web9..demo", "empty component"),
        ("wéb9", "contains 'é'"),
        ("☃", "contains '☃'"),
        ("web 9", "contains ' '"),
        (long_name, "longer than 63"),
        ("ab", "shorter than 3"),
        ("Web9", "contains 'W'"),
        ("web_9", "contains '_'"),
        ("web9-", "starts or ends with '-'"),
        ("12345", "id"),
    ] {
        rows.push(row(&["servers", "create", name], Usage, why));
    }
    rows.push(row(
        &["servers", "create", "--", "-web9"],
        Usage,
        "starts or ends with '-'",
    ));
    for (cmd, name) in [
        (vec!["servers", "show"], "web..1"),
        (vec!["servers", "start"], ".web1"),
        (vec!["discs", "list"], "wéb1"),
        (vec!["groups", "create"], "a..b"),
        (vec!["groups", "show"], ""),
    ] {
        let mut a = cmd.clone();
        a.push(name);
        rows.push(row(&a, Usage, "invalid name"));
    }

    // Disc specs.
    for (spec, expect, why) in [
        ("::10G", Usage, "label is empty"),
        ("a:b:c:10G", Usage, "at most 3"),
        ("", Usage, "empty"),
        ("lab/el:sata:10G", Usage, "contains '/'"),
        ("sata:", Usage, "invalid size"),
        // The grades are the service's definitions, checked first; only
        // the API knows the minimum size and device names.
        ("platinum:10G", UsageAfterReading, "storage grade"),
        ("sata:10M", Rejected, "size"),
        ("vda:sata:10G", Rejected, "label"),
    ] {
        rows.push(Row {
            args: create(&["--disc", spec]),
            expect,
            message: why,
        });
    }
    rows.push(Row {
        args: create(&["--disc", "data:sata:10G", "--disc", "data:ssd:20G"]),
        expect: Usage,
        message: "used twice",
    });
    rows.push(Row {
        args: create(&nine),
        expect: Usage,
        message: "too many discs",
    });
    // web1 has one disc: eight more are too many, known after one GET.
    rows.push(row(
        &[
            "discs", "add", "web1", "1G", "1G", "1G", "1G", "1G", "1G", "1G", "1G", "--yes",
        ],
        UsageAfterReading,
        "too many discs",
    ));

    // Unknown definitions (checked against GET /definitions first) and
    // limits only the API knows.
    for (extra, expect, why) in [
        (vec!["--image", "nosuchimage"], UsageAfterReading, "image"),
        (vec!["--zone", "atlantis"], UsageAfterReading, "zone"),
        (
            vec!["--hwprofile", "nope"],
            UsageAfterReading,
            "hardware profile",
        ),
        (vec!["--cores", "99"], Rejected, "cores"),
        (vec!["--memory", "100M"], Rejected, "memory"),
    ] {
        rows.push(Row {
            args: create(&extra),
            expect,
            message: why,
        });
    }

    // Other local checks.
    rows.push(Row {
        args: create(&["--ssh-key", private_key]),
        expect: Usage,
        message: "holds a private key; refusing to send it",
    });
    rows.push(Row {
        args: create(&["--ssh-key", not_a_key]),
        expect: Usage,
        message: "does not look like an OpenSSH public key",
    });
    // Endless input is cut off at a size cap, not read until memory runs out.
    #[cfg(unix)]
    for flag in ["--ssh-key", "--firstboot-script"] {
        rows.push(Row {
            args: create(&[flag, "/dev/zero"]),
            expect: Usage,
            message: "is larger than",
        });
    }
    rows.push(Row {
        args: create(&["--cores", "0"]),
        expect: Usage,
        message: "at least 1",
    });
    rows.push(Row {
        args: create(&["--ip", "300.1.1.1"]),
        expect: Usage,
        message: "invalid IP address",
    });
    rows.push(Row {
        args: create(&["--cdrom", "ftp://example.com/x.iso"]),
        expect: Usage,
        message: "CD-ROM URL",
    });
    rows.push(row(
        &["servers", "start", "web1", "--wait", "--timeout", "5x"],
        Usage,
        "invalid duration",
    ));
    rows.push(row(
        &["servers", "create", "web9", "--wait", "--timeout", "-1s"],
        Usage,
        "invalid duration",
    ));

    // Shrinking: web1's disc-1 is 25 GiB. Refused after reading its size.
    rows.push(row(
        &["discs", "resize", "web1", "disc-1", "10G", "--yes"],
        UsageAfterReading,
        "shrink",
    ));
    rows
}

#[test]
fn bad_input_matrix() {
    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_TOKEN", "apikey.demo-ci-key");
    let rows = matrix(&env);
    assert!(rows.len() >= 60, "{} rows", rows.len());
    let mut failures = Vec::new();
    let (mut usage, mut rejected) = (0, 0);
    for r in &rows {
        env.clear_requests();
        let out = env
            .cmd()
            .arg("--account")
            .arg("demo")
            .args(&r.args)
            .output()
            .unwrap();
        let err = stderr_of(&out);
        let code = out.status.code();
        let requests = env.requests();
        let shown = format!("`{}`", r.args.join(" "));
        let mut problems = Vec::new();
        let want_code = match r.expect {
            Expect::Usage | Expect::UsageAfterReading => 2,
            Expect::Rejected => 6,
        };
        if code != Some(want_code) {
            problems.push(format!("exit {code:?}, expected {want_code}"));
        }
        if !err.starts_with("error: ") {
            problems.push("stderr does not start with `error: `".into());
        }
        if !err.to_lowercase().contains(&r.message.to_lowercase()) {
            problems.push(format!("message lacks {:?}", r.message));
        }
        if err.contains("panicked") || err.lines().count() > 8 || err.len() > 1200 {
            problems.push("not a short, clear message".into());
        }
        if !stdout_of(&out).is_empty() {
            problems.push("printed something on stdout".into());
        }
        match r.expect {
            Expect::Usage => {
                usage += 1;
                if !requests.is_empty() {
                    problems.push(format!("sent {} request(s)", requests.len()));
                }
            }
            Expect::UsageAfterReading => {
                usage += 1;
                if requests.iter().any(|q| q.method != "GET") {
                    problems.push("sent a change".into());
                }
            }
            Expect::Rejected => {
                rejected += 1;
                // A create's definitions check (a GET) may come first.
                let requests: Vec<_> = requests
                    .iter()
                    .filter(|q| !(q.method == "GET" && q.path == "/definitions"))
                    .collect();
                if requests.len() != 1 || requests[0].status != 400 {
                    problems.push(format!(
                        "expected one request answered 400, got {:?}",
                        requests
                            .iter()
                            .map(|q| (q.method.clone(), q.status))
                            .collect::<Vec<_>>()
                    ));
                }
                if !err.contains("rejected by the API") || !err.contains("  • ") {
                    problems.push("no per-field lines".into());
                }
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{shown}: {}\n{err}", problems.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
    eprintln!(
        "{} inputs: {usage} refused locally (exit 2), {rejected} by the API (exit 6)",
        rows.len()
    );
    // Nothing was created by any of it.
    env.clear_requests();
    let out = env
        .cmd()
        .args(["--account", "demo", "-o", "ids", "servers", "list"])
        .output()
        .unwrap();
    let names = stdout_of(&out);
    assert_eq!(
        names.lines().count(),
        3,
        "only the seed servers remain: {names}"
    );
    let out = env
        .cmd()
        .args(["--account", "demo", "-o", "json", "discs", "list", "web1"])
        .output()
        .unwrap();
    let discs: serde_json::Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(discs.as_array().unwrap().len(), 1, "{discs}");
    assert_eq!(discs[0]["size"], 25600, "{discs}");
}
