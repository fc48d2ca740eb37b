//! Power model, reimage and signals (reference §4.4, §4.6, §4.7), with and
//! without a transition delay.

use crate::support::*;

use bytemark_sandbox::SandboxOptions;
use serde_json::json;
use std::time::Duration;

fn power(c: &Client, vm: &str) -> (bool, bool) {
    let v = c.get_json(&format!("{VMS}/{vm}"));
    (
        v["power_on"].as_bool().unwrap(),
        v["autoreboot_on"].as_bool().unwrap(),
    )
}

#[test]
fn power_model_without_delay() {
    let (_sb, c) = demo();
    let web1 = format!("{VMS}/web1");
    // restart: off with autoreboot comes straight back on
    c.put(&web1, r#"{"autoreboot_on":true,"power_on":false}"#);
    assert_eq!(power(&c, "web1"), (true, true));
    // stop
    let v = c
        .put(&web1, r#"{"autoreboot_on":false,"power_on":false}"#)
        .json();
    assert_eq!(
        (v["power_on"].clone(), v["head"].clone()),
        (json!(false), json!(null))
    );
    // start
    let v = c
        .put(&web1, r#"{"autoreboot_on":true,"power_on":true}"#)
        .json();
    assert_eq!(v["power_on"], true);
    assert!(v["head"].is_string());
    // powerdown with autoreboot: comes back; without: goes off
    assert_eq!(
        c.post(&format!("{web1}/signal"), r#"{"signal":"powerdown"}"#)
            .json(),
        json!({"signal": "powerdown"})
    );
    assert_eq!(power(&c, "web1"), (true, true));
    c.put(&web1, r#"{"autoreboot_on":false}"#);
    c.post(&format!("{web1}/signal"), r#"{"signal":"powerdown"}"#);
    assert_eq!(power(&c, "web1"), (false, false));
}

#[test]
fn power_transitions_with_delay_are_visible_then_complete() {
    let sb = start_with(SandboxOptions {
        transition_delay: Duration::from_millis(300),
        ..Default::default()
    });
    let c = Client::login(sb.base_url(), "demo", "demo");
    // start db1: still off right after, on after the delay
    let r = c.put(
        &format!("{VMS}/db1"),
        r#"{"autoreboot_on":true,"power_on":true}"#,
    );
    assert_eq!(r.json()["power_on"], false);
    assert!(!power(&c, "db1").0);
    std::thread::sleep(Duration::from_millis(350));
    assert!(power(&c, "db1").0);
    // restart web1: off mid-transition, then on again
    c.put(
        &format!("{VMS}/web1"),
        r#"{"autoreboot_on":true,"power_on":false}"#,
    );
    assert!(!power(&c, "web1").0);
    std::thread::sleep(Duration::from_millis(350));
    assert!(power(&c, "web1").0);
    // powerdown without autoreboot: stays on while shutting down, then off
    c.put(&format!("{VMS}/web1"), r#"{"autoreboot_on":false}"#);
    assert_eq!(
        c.post(&format!("{VMS}/web1/signal"), r#"{"signal":"powerdown"}"#)
            .status,
        200
    );
    assert!(power(&c, "web1").0);
    std::thread::sleep(Duration::from_millis(350));
    assert!(!power(&c, "web1").0);
    // vm_create: 202 while provisioning, on after the delay
    let r = c.post("/accounts/demo/groups/default/vm_create",
        r#"{"virtual_machine":{"name":"slow1","autoreboot_on":true},"discs":[{"size":25600}],"reimage":{"distribution":"stretch","root_password":"pw"}}"#);
    assert_eq!(r.status, 202);
    assert_eq!(r.json()["power_on"], false);
    assert_eq!(r.json()["reimage"]["root_password"], "pw");
    std::thread::sleep(Duration::from_millis(350));
    assert!(power(&c, "slow1").0);
}

#[test]
fn reimage_requires_off_and_ends_on_without_autoreboot() {
    let (_sb, c) = demo();
    let url = format!("{VMS}/web1/reimage");
    let body = r#"{"distribution":"stretch","root_password":"s3cret","ssh_public_key":"ssh-ed25519 AAAA me@host"}"#;
    let r = c.post(&url, body);
    assert_eq!(
        (r.status, r.json()),
        (400, json!({"power_on": ["must be off to reimage"]}))
    );
    c.put(
        &format!("{VMS}/web1"),
        r#"{"autoreboot_on":false,"power_on":false}"#,
    );
    assert_eq!(
        c.post(&url, r#"{"distribution":"dos","root_password":"x"}"#)
            .json(),
        json!({"distribution": ["is not included in the list"]})
    );
    assert_eq!(
        c.post(&url, r#"{"distribution":"stretch"}"#).json(),
        json!({"root_password": ["can't be blank"]})
    );
    let r = c.post(&url, body);
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["distribution"], "stretch");
    assert_eq!(r.json()["root_password"], "s3cret");
    let v = c.get_json(&format!("{VMS}/web1"));
    assert_eq!(
        (
            v["power_on"].clone(),
            v["autoreboot_on"].clone(),
            v["last_imaged_with"].clone()
        ),
        (json!(true), json!(false), json!("stretch"))
    );
    // a server without discs cannot be imaged
    c.post(VMS, r#"{"name":"nodisc"}"#);
    assert_eq!(
        c.post(&format!("{VMS}/nodisc/reimage"), body).json(),
        json!({"discs": ["can't be blank"]})
    );
}

#[test]
fn signal_rules() {
    let (_sb, c) = demo();
    let url = format!("{VMS}/web1/signal");
    assert_eq!(
        c.post(&url, r#"{"signal":"sendkey","data":"ctrl-alt-delete"}"#)
            .json(),
        json!({"signal": "sendkey", "data": "ctrl-alt-delete"})
    );
    assert_eq!(
        c.post(&url, r#"{"signal":"sendkey","data":"ctrl-alt-del"}"#)
            .status,
        200,
        "del alias"
    );
    assert_eq!(
        c.post(&url, r#"{"signal":"sendkey","data":"ctrl-nokey"}"#)
            .json(),
        json!({"data": ["is invalid"]})
    );
    assert_eq!(
        c.post(&url, r#"{"signal":"sendkey"}"#).json(),
        json!({"data": ["can't be blank"]})
    );
    assert_eq!(
        c.post(&url, r#"{"signal":"shutdown"}"#).json(),
        json!({"signal": ["is not included in the list"]})
    );
    assert_eq!(
        c.post(&url, r#"{}"#).json(),
        json!({"signal": ["can't be blank"]})
    );
    // query string works; body wins
    let r = c.req("POST", &format!("{url}?signal=reset"), None);
    assert_eq!((r.status, r.json()), (200, json!({"signal": "reset"})));
    assert_eq!(
        c.post(&format!("{url}?signal=bogus"), r#"{"signal":"reset"}"#)
            .status,
        200
    );
    assert_eq!(power(&c, "web1"), (true, true), "reset changes nothing");
    // off: refused
    assert_eq!(
        c.post(&format!("{VMS}/db1/signal"), r#"{"signal":"reset"}"#)
            .json(),
        json!({"power_on": ["must be on"]})
    );
}

/// Many clients at once: creates and power changes from eight threads all
/// land, and every transition completes (the state is settled again after
/// each change, however many requests come in between), as the account
/// overview shows.
#[test]
fn creates_and_power_changes_from_many_clients_at_once() {
    let sb = start_with(SandboxOptions {
        transition_delay: Duration::from_millis(200),
        seed_servers: 100,
        ..Default::default()
    });
    let base = sb.base_url().to_string();
    let token = login_token(&base, "demo", "demo");
    std::thread::scope(|s| {
        for t in 0..8 {
            let (base, token) = (&base, &token);
            s.spawn(move || {
                let c = Client::with_token(base, token);
                for i in 0..3 {
                    let body = format!(
                        r#"{{"virtual_machine":{{"name":"many{t}x{i}","autoreboot_on":true}},"discs":[{{"size":25600}}]}}"#
                    );
                    let r = c.post("/accounts/demo/groups/default/vm_create", &body);
                    assert_eq!(r.status, 202, "{}", r.text);
                }
                // Stop one of the seeded servers, and read the overview.
                let r = c.put(
                    &format!("/accounts/demo/groups/bulk{}/virtual_machines/srv{}", t + 1, t + 1),
                    r#"{"autoreboot_on":false,"power_on":false}"#,
                );
                assert_eq!(r.status, 200, "{}", r.text);
                assert_eq!(c.get("/accounts/demo?view=overview").status, 200);
            });
        }
    });
    std::thread::sleep(Duration::from_millis(300));
    let c = Client::with_token(&base, &token);
    let overview = c.get_json("/accounts/demo?view=overview");
    let vms: Vec<&serde_json::Value> = overview["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["virtual_machines"].as_array().unwrap())
        .collect();
    let created: Vec<_> = vms
        .iter()
        .filter(|v| v["name"].as_str().unwrap().starts_with("many"))
        .collect();
    assert_eq!(created.len(), 24);
    assert!(created.iter().all(|v| v["power_on"] == true), "{created:?}");
    for t in 1..=8 {
        let srv = vms.iter().find(|v| v["name"] == format!("srv{t}")).unwrap();
        assert_eq!(srv["power_on"], false, "srv{t}");
    }
}
