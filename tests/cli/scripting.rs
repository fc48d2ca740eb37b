//! The README's scripting example, `scripts/provision-example.sh`, run
//! against the sandbox with credentials from the environment only.

use crate::support::TestEnv;
use bytemark_sandbox::SandboxOptions;
use serde_json::Value;
use std::process::Command;
use std::time::Duration;

fn script_cmd(env: &TestEnv) -> Command {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/provision-example.sh");
    let mut cmd = Command::new("sh");
    cmd.arg(script);
    cmd.env_clear();
    for (k, v) in env.env_vars() {
        cmd.env(k, v);
    }
    cmd.env("BYTEMARK", assert_cmd::cargo::cargo_bin("bytemark"));
    // CI style: no stored session, credentials from the environment.
    cmd.env("BYTEMARK_USER", "demo");
    cmd.env("BYTEMARK_PASSWORD", "demo");
    cmd
}

#[test]
fn the_provisioning_example_runs_end_to_end() {
    // A transition delay, so the script's --wait really waits.
    let env = TestEnv::with_options(SandboxOptions {
        quiet: true,
        transition_delay: Duration::from_millis(400),
        ..Default::default()
    });
    let out = script_cmd(&env)
        .args(["ci-web", "default"])
        .output()
        .expect("run the script");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "exit {:?}\n{stdout}\n{stderr}",
        out.status
    );

    // stdout is JSON only: one document per line.
    let docs: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert_eq!(docs.len(), 3, "{stdout}");
    let listed = docs[0].as_array().expect("servers list is an array");
    let ours = listed
        .iter()
        .find(|v| v["name"] == "ci-web")
        .expect("listed");
    assert_eq!(ours["power_on"], true, "the script waited until it ran");
    assert_eq!(docs[1]["hostname"], "ci-web.default.demo.uk0.bigv.io");
    let sizes: Vec<u64> = docs[2]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["size"].as_u64().unwrap())
        .collect();
    assert_eq!(sizes, [25600, 51200]);
    assert!(
        stderr.contains("provisioned and removed ci-web.default"),
        "{stderr}"
    );

    // The final state, from the sandbox: created once, polled, purged.
    let reqs = env.requests();
    let count = |m: &str, p: &str| {
        reqs.iter()
            .filter(|r| r.method == m && r.path.starts_with(p))
            .count()
    };
    assert_eq!(count("POST", "/accounts/demo/groups/default/vm_create"), 1);
    let deletes: Vec<_> = reqs.iter().filter(|r| r.method == "DELETE").collect();
    assert_eq!(deletes.len(), 1);
    assert!(deletes[0].path.ends_with("/virtual_machines/ci-web"));
    assert!(deletes[0].query.contains("purge=true"));
    env.login();
    let gone = env
        .cmd()
        .args(["servers", "show", "ci-web"])
        .output()
        .unwrap();
    assert_eq!(gone.status.code(), Some(4), "purged");
    let list = env
        .cmd()
        .args(["-o", "ids", "servers", "list", "--deleted"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&list.stdout).contains("ci-web"));

    // Idempotent: a second run provisions and removes it again.
    let again = script_cmd(&env).args(["ci-web"]).output().unwrap();
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

/// The README shows the script the test above runs, word for word.
#[test]
fn the_readme_shows_the_script_that_is_tested() {
    let root = env!("CARGO_MANIFEST_DIR");
    let script = std::fs::read_to_string(format!("{root}/scripts/provision-example.sh")).unwrap();
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    assert!(
        readme.contains(&format!("```sh\n{script}```")),
        "README.md's scripting section differs from scripts/provision-example.sh"
    );
}
