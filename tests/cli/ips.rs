//! `bytemark ips ...` and `bytemark servers swap-ips` against the sandbox:
//! every change is checked in the sandbox's own state, and the round trips
//! are counted from its request log.

use crate::hardening_outcomes::{Fate, nth, sandbox};
use crate::support::{TestEnv, api_get, json, run, warm};
use serde_json::Value;

const VMS: &str = "/accounts/demo/groups/default/virtual_machines";
const KEY: &str = "apikey.demo-ci-key";

fn get(env: &TestEnv, path: &str) -> Value {
    api_get(&env.base_url(), KEY, path)
}

/// A server's first NIC, as the sandbox has it.
fn nic(env: &TestEnv, vm: &str) -> Value {
    get(env, &format!("{VMS}/{vm}/nics"))[0].clone()
}

fn primaries(env: &TestEnv, vm: &str) -> Vec<String> {
    nic(env, vm)["ips"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn extras(env: &TestEnv, vm: &str) -> Vec<String> {
    nic(env, vm)["extra_ips"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

/// Whether `GET /ips/{ip}` finds the address.
fn exists(env: &TestEnv, ip: &str) -> bool {
    let http = bytemark_api::Http::new(bytemark_api::HttpOptions::default());
    let r = http
        .raw(
            bytemark_api::Method::Get,
            &format!("{}/ips/{ip}", env.base_url()),
            None,
            Some(KEY),
            "application/json",
        )
        .unwrap();
    r.status == 200
}

#[test]
fn list_and_show_every_address_with_its_reverse_dns() {
    let env = warm();
    let ips = primaries(&env, "web1");
    env.clear_requests();
    let (code, out, err) = run(&env, &["-o", "json", "ips", "list", "web1"]);
    assert_eq!(code, 0, "{err}");
    let list = json(&out);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    for (a, ip) in list.iter().zip(&ips) {
        assert_eq!(a["address"], ip.as_str());
        assert_eq!(a["primary"], true);
        assert_eq!(a["rdns"], "web1.default.demo.uk0.bigv.io");
    }
    assert_eq!(list[0]["family"], "ipv4");
    assert_eq!(list[1]["family"], "ipv6");
    // The server's GET, then one GET per address.
    assert_eq!(env.requests().len(), 3);
    assert_eq!(env.count("GET", "/ips/"), 2);

    let (_, out, _) = run(&env, &["ips", "list", "web1"]);
    assert!(
        out.contains("REVERSE DNS") && out.contains("primary"),
        "{out}"
    );
    let (_, out, _) = run(&env, &["-o", "ids", "ips", "list", "web1"]);
    assert_eq!(out, format!("{}\n{}\n", ips[0], ips[1]));

    // show, also of an IPv6 address (written in another form).
    env.clear_requests();
    let (code, out, err) = run(&env, &["-o", "json", "ips", "show", &ips[0]]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["rdns"], "web1.default.demo.uk0.bigv.io");
    assert_eq!(env.requests().len(), 1);
    let v6 = ips[1].to_uppercase().replace("::", ":0::");
    let (code, out, err) = run(&env, &["ips", "show", &v6]);
    assert_eq!(code, 0, "{v6}: {err}");
    assert!(out.contains(&ips[1]), "{out}");
    assert_eq!(run(&env, &["ips", "show", "203.0.113.77"]).0, 4);
}

#[test]
fn additional_addresses_are_added_and_deleted() {
    let env = warm();
    let (code, _, err) = run(
        &env,
        &[
            "ips",
            "add",
            "web1",
            "--count",
            "2",
            "--reason",
            "TLS sites",
        ],
    );
    assert_eq!(code, 8, "costs more: {err}");
    assert!(
        err.contains("Add 2 additional IPv4 addresses to web1.default.demo"),
        "{err}"
    );
    assert_eq!(env.count("POST", "/"), 0);

    env.clear_requests();
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "-y",
            "ips",
            "add",
            "web1",
            "--count",
            "2",
            "--reason",
            "TLS sites",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.requests().len(), 2, "the server's GET and the POST");
    let answer = json(&out);
    let added: Vec<String> = answer["ips"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(answer["reason"], "TLS sites");
    assert_eq!(added.len(), 2);
    let mut now = extras(&env, "web1");
    now.sort();
    let mut want = added.clone();
    want.sort();
    assert_eq!(now, want);
    let nic_id = nic(&env, "web1")["id"].as_u64().unwrap();
    assert_eq!(
        env.count("POST", &format!("{VMS}/web1/nics/{nic_id}/ip_create")),
        1
    );
    // Each is routed via the primary IPv4.
    let primary = primaries(&env, "web1")[0].clone();
    assert_eq!(nic(&env, "web1")["extra_ips"][&added[0]], primary.as_str());

    // Four at most, counted before the POST.
    env.clear_requests();
    let (code, _, err) = run(
        &env,
        &["-y", "ips", "add", "web1", "--count", "3", "--reason", "x"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("at most 4"), "{err}");
    assert_eq!(env.count("POST", "/"), 0);
    assert_eq!(extras(&env, "web1").len(), 2);

    let (_, out, _) = run(&env, &["ips", "list", "web1"]);
    assert!(
        out.contains("additional") && out.contains(&primary),
        "{out}"
    );
    let (_, ids, _) = run(&env, &["-o", "ids", "ips", "list", "web1"]);
    assert_eq!(ids.lines().count(), 4);

    // Delete one: confirmed; a GET to describe it, then the DELETE. It is
    // gone from the server and from /ips.
    env.clear_requests();
    let (code, _, err) = run(&env, &["ips", "delete", &added[0]]);
    assert_eq!(code, 8, "{err}");
    assert_eq!(env.count("DELETE", "/"), 0);
    let (code, out, err) = run(&env, &["-o", "json", "-y", "ips", "delete", &added[0]]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["address"], added[0].as_str());
    assert_eq!(env.count("DELETE", &format!("/ips/{}", added[0])), 1);
    assert_eq!(extras(&env, "web1"), [added[1].clone()]);
    assert!(!exists(&env, &added[0]));

    // A primary address cannot be deleted: the API's refusal, nothing changed.
    let (code, _, err) = run(&env, &["-y", "ips", "delete", &primary]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("primary"), "{err}");
    assert_eq!(primaries(&env, "web1")[0], primary);
}

#[test]
fn reverse_dns_is_set_and_host_names_are_checked_locally() {
    let env = warm();
    let ip = primaries(&env, "web1")[0].clone();
    env.clear_requests();
    let (code, out, err) = run(&env, &["-o", "json", "ips", "rdns", &ip, "www.example.com"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["rdns"], "www.example.com");
    assert_eq!(env.requests().len(), 1);
    assert_eq!(env.count("PUT", &format!("/ips/{ip}")), 1);
    assert_eq!(get(&env, &format!("/ips/{ip}"))["rdns"], "www.example.com");

    env.clear_requests();
    let long = format!("{}.example.com", "a".repeat(64));
    let very_long = ["abcdefghij"; 30].join(".");
    for bad in [
        "",
        "-web.example.com",
        "web-.example.com",
        "a..b",
        ".example.com",
        "under_score.example",
        "sp ace.example",
        "bücher.example",
        "192.0.2.1",
        long.as_str(),
        very_long.as_str(),
        "x$(touch y).example",
    ] {
        let (code, _, err) = run(&env, &["ips", "rdns", &ip, bad]);
        assert_eq!(code, 2, "{bad:?}: {err}");
    }
    for bad_ip in ["300.1.1.1", "web1", "", "192.0.2", "::g"] {
        assert_eq!(
            run(&env, &["ips", "rdns", bad_ip, "www.example.com"]).0,
            2,
            "{bad_ip}"
        );
        assert_eq!(run(&env, &["ips", "show", bad_ip]).0, 2, "{bad_ip}");
        assert_eq!(run(&env, &["-y", "ips", "delete", bad_ip]).0, 2, "{bad_ip}");
    }
    for args in [
        vec!["ips", "add", "web1", "--reason", " "],
        vec!["ips", "add", "web1"],
        vec!["ips", "add", "web1", "--count", "0", "--reason", "x"],
        vec!["ips", "add", "web1", "--count", "5", "--reason", "x"],
        vec!["ips", "list"],
        vec!["servers", "swap-ips", "web1", "web1.default"],
        vec!["servers", "swap-ips", "web1"],
    ] {
        assert_eq!(run(&env, &args).0, 2, "{args:?}");
    }
    assert_eq!(env.requests().len(), 0, "{:?}", env.requests());
    assert_eq!(get(&env, &format!("/ips/{ip}"))["rdns"], "www.example.com");
}

#[test]
fn swap_ips_needs_both_servers_off_and_confirms() {
    let env = warm();
    let (w, d) = (primaries(&env, "web1"), primaries(&env, "db1"));
    // web1 runs: refused before the POST.
    let (code, _, err) = run(&env, &["-y", "servers", "swap-ips", "web1", "db1"]);
    assert_eq!(code, 6, "{err}");
    assert!(
        err.contains("must be off") && err.contains("web1.default.demo"),
        "{err}"
    );
    assert_eq!(env.count("POST", "/"), 0);

    assert_eq!(run(&env, &["-y", "servers", "stop", "web1"]).0, 0);
    assert_eq!(
        run(&env, &["-y", "ips", "add", "web1", "--reason", "x"]).0,
        0
    );
    let web1_extra = extras(&env, "web1");
    env.clear_requests();
    let (code, _, err) = run(&env, &["servers", "swap-ips", "web1", "db1"]);
    assert_eq!(code, 8, "{err}");
    assert!(err.contains("Both servers must be off"), "{err}");
    assert!(err.contains(&w[0]) && err.contains(&d[0]), "{err}");
    assert_eq!(env.count("POST", "/"), 0);

    env.clear_requests();
    let (code, out, err) = run(&env, &["-y", "servers", "swap-ips", "web1", "db1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.requests().len(), 3, "two GETs and the POST");
    assert_eq!(env.count("POST", "/ips/swap_virtual_machine_ips"), 1);
    assert_eq!(primaries(&env, "web1"), d);
    assert_eq!(primaries(&env, "db1"), w);
    // Without --extra-ips the additional address stays.
    assert_eq!(extras(&env, "web1"), web1_extra);
    assert!(
        out.contains("web1.default.demo") && out.contains(&d[0]),
        "{out}"
    );

    // --extra-ips: back again, with the additional address moving to db1.
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "-y",
            "servers",
            "swap-ips",
            "web1",
            "db1",
            "--extra-ips",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["move_additional_ips"], true);
    assert_eq!(primaries(&env, "web1"), w);
    assert_eq!(primaries(&env, "db1"), d);
    assert!(extras(&env, "web1").is_empty());
    assert_eq!(extras(&env, "db1"), web1_extra);
    // Same server by two names: refused after reading, nothing sent.
    let id = get(&env, &format!("{VMS}/web1"))["id"].to_string();
    env.clear_requests();
    assert_eq!(run(&env, &["-y", "servers", "swap-ips", "web1", &id]).0, 2);
    assert_eq!(env.count("POST", "/"), 0);
}

/// The swap is a POST, never resent: after a lost answer a re-read of the
/// first server shows it done.
#[test]
fn a_lost_swap_answer_is_confirmed_by_a_re_read() {
    let (env, proxy) = sandbox(nth(
        "POST",
        "/swap_virtual_machine_ips",
        1,
        Fate::LoseAnswer,
    ));
    assert_eq!(run(&env, &["-y", "servers", "stop", "web1"]).0, 0);
    let (w, d) = (primaries(&env, "web1"), primaries(&env, "db1"));
    let (code, _, err) = run(&env, &["-y", "servers", "swap-ips", "web1", "db1"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("took effect"), "{err}");
    assert_eq!(proxy.count("POST", "/swap_virtual_machine_ips"), 1);
    assert_eq!((primaries(&env, "web1"), primaries(&env, "db1")), (d, w));

    // An ip_create that never arrived: nothing new, so it can be tried again.
    let (env, proxy) = sandbox(nth("POST", "/ip_create", 1, Fate::Drop));
    let (code, _, err) = run(&env, &["-y", "ips", "add", "web1", "--reason", "x"]);
    assert_eq!(code, 7, "{err}");
    assert!(
        err.contains("no new additional address") && err.contains("can be tried again"),
        "{err}"
    );
    assert_eq!(proxy.count("POST", "/ip_create"), 1);
    assert!(extras(&env, "web1").is_empty());
}
