//! Backups, backup schedules and IP addresses (reference §4.8–§4.12, §5,
//! §7), with the paths Bytemark's Go client uses; and three fixes near
//! them: privilege search by user, signal `data`, privilege
//! `ip_restrictions` (§2.7, §4.7, §4.14). Every change is checked by
//! reading the state again.

use crate::support::*;

use bytemark_sandbox::{FailMode, SandboxOptions};
use serde_json::{Value, json};
use std::net::IpAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// `…/virtual_machines/{vm}/discs/{disc}`
fn disc_url(vm: &str, disc: &str) -> String {
    format!("{VMS}/{vm}/discs/{disc}")
}

fn backups(c: &Client, vm: &str, disc: &str) -> Vec<Value> {
    let v = c.get_json(&format!("{}/backups", disc_url(vm, disc)));
    v.as_array().expect("array").clone()
}

fn labels(list: &[Value]) -> Vec<String> {
    list.iter()
        .map(|b| b["label"].as_str().unwrap().to_string())
        .collect()
}

fn first_nic(c: &Client, vm: &str) -> Value {
    c.get_json(&format!("{VMS}/{vm}/nics?include_deleted=true"))[0].clone()
}

fn id_of(c: &Client, vm: &str) -> u64 {
    c.get_json(&format!("{VMS}/{vm}?include_deleted=true"))["id"]
        .as_u64()
        .unwrap()
}

/// In 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 or 2001:db8::/32.
fn documentation_address(ip: &str) -> bool {
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V4(a)) => {
            let o = a.octets();
            [[192, 0, 2], [198, 51, 100], [203, 0, 113]].contains(&[o[0], o[1], o[2]])
        }
        Ok(IpAddr::V6(a)) => a.segments()[..2] == [0x2001, 0x0db8],
        Err(_) => false,
    }
}

/// Unix seconds of `YYYY-MM-DDThh:mm:ss±hh:mm` (what schedules show).
fn unix_of(ts: &str) -> i64 {
    let n = |r: std::ops::Range<usize>| ts[r].parse::<i64>().unwrap();
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    // days from civil (Howard Hinnant)
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    let sign = if &ts[19..20] == "-" { -1 } else { 1 };
    let offset = sign * (n(20..22) * 3600 + n(23..25) * 60);
    days * 86_400 + n(11..13) * 3600 + n(14..16) * 60 + n(17..19) - offset
}

#[test]
fn backups_are_taken_listed_restored_and_purged() {
    let (_sb, c) = demo();
    let disc = c.get_json(&disc_url("web1", "disc-1"));
    assert_eq!(disc["backup_count"], 0);
    assert_eq!(backups(&c, "web1", "disc-1"), Vec::<Value>::new());
    let url = format!("{}/backups", disc_url("web1", "disc-1"));

    // take one: on the disc's own grade first ("in progress")
    let r = c.req("POST", &url, None);
    assert_eq!(r.status, 201, "{}", r.text);
    let b = r.json();
    let label = b["label"].as_str().unwrap().to_string();
    let stamp = label.strip_prefix("disc-1-backup-").expect("label pattern");
    assert!(stamp.len() == 14 && stamp.bytes().all(|c| c.is_ascii_digit()));
    assert_eq!(
        (
            b["manual"].clone(),
            b["parent_disc_id"].clone(),
            b["size"].clone()
        ),
        (json!(true), disc["id"].clone(), json!(25600))
    );
    assert_eq!(b["storage_grade"], "sata");
    assert_eq!(b["type"], "application/vnd.bigv.disc");
    assert_eq!(b["virtual_machine_id"], id_of(&c, "web1"));
    // re-read: counted on the disc, in cold storage (no delay)
    let list = backups(&c, "web1", "disc-1");
    assert_eq!(labels(&list), std::slice::from_ref(&label));
    assert_eq!(list[0]["storage_grade"], "iceberg");
    assert_eq!(c.get_json(&disc_url("web1", "disc-1"))["backup_count"], 1);
    let vm = c.get_json(&format!("{VMS}/web1?view=overview&include_deleted=true"));
    assert_eq!(vm["discs"][0]["backup_count"], 1);

    // a second one in the same second still gets its own label
    let second = c.post(&url, "{}").json();
    assert_ne!(second["label"], label);
    let id = b["id"].as_u64().unwrap();
    assert_eq!(c.get_json(&format!("{url}/{label}"))["id"], id);
    assert_eq!(c.get_json(&format!("{url}/{id}"))["label"], label);
    let flat = format!("/discs/{}/backups", disc["id"]);
    assert_eq!(c.get_json(&flat).as_array().unwrap().len(), 2);
    assert_eq!(c.get(&format!("{url}/no-such-backup")).status, 404);
    assert_eq!(
        c.get(&format!("{}/backups/{label}", disc_url("db1", "disc-2")))
            .status,
        404,
        "another disc's backup"
    );

    // restore: a backup of the current state is taken first
    let r = c.put(&format!("{url}/{label}"), r#"{"restore":true}"#);
    assert_eq!((r.status, r.json()["id"].clone()), (200, json!(id)));
    let list = backups(&c, "web1", "disc-1");
    assert_eq!(list.len(), 3);
    assert!(list.iter().all(|b| b["manual"] == true));
    assert_eq!(c.get_json(&disc_url("web1", "disc-1"))["backup_count"], 3);
    // a PUT without restore changes nothing
    assert_eq!(c.put(&format!("{url}/{label}"), "{}").status, 200);
    assert_eq!(
        c.put(&format!("{url}/{label}"), r#"{"restore":"please"}"#)
            .json(),
        json!({"restore": ["is invalid"]})
    );
    assert_eq!(backups(&c, "web1", "disc-1").len(), 3);

    // delete: purge=true is mandatory, as for discs
    assert_eq!(c.delete(&format!("{url}/{label}")).status, 500);
    assert_eq!(backups(&c, "web1", "disc-1").len(), 3);
    assert_eq!(c.delete(&format!("{url}/{label}?purge=true")).status, 204);
    assert_eq!(c.get(&format!("{url}/{label}")).status, 404);
    assert_eq!(backups(&c, "web1", "disc-1").len(), 2);
    assert_eq!(c.get_json(&disc_url("web1", "disc-1"))["backup_count"], 2);
    assert_eq!(c.delete(&url).status, 405);
}

#[test]
fn backups_follow_visibility_deletion_and_their_disc() {
    let (sb, c) = demo();
    let url = format!("{}/backups", disc_url("web1", "disc-1"));
    let console = Client::login(sb.base_url(), "console", "console");
    let other = Client::login(sb.base_url(), "other", "other");
    assert_eq!(console.get(&url).status, 200);
    assert_eq!(console.post(&url, "{}").status, 403);
    assert_eq!(other.get(&url).status, 404);
    assert_eq!(other.post(&url, "{}").status, 404);
    assert!(backups(&c, "web1", "disc-1").is_empty());

    // a disc's backups go with it
    let db1_disc2 = format!("{}/backups", disc_url("db1", "disc-2"));
    assert_eq!(c.post(&db1_disc2, "{}").status, 201);
    assert_eq!(
        c.delete(&format!("{}?purge=true", disc_url("db1", "disc-2")))
            .status,
        204
    );
    assert_eq!(
        c.post(
            &format!("{VMS}/db1/discs"),
            r#"{"label":"disc-2","size":1024}"#
        )
        .status,
        201
    );
    assert!(backups(&c, "db1", "disc-2").is_empty());

    // a moved disc takes its backups along (both servers off)
    c.post(&db1_disc2, "{}");
    c.put(
        &format!("{VMS}/web1"),
        r#"{"power_on":false,"autoreboot_on":false}"#,
    );
    let web1 = id_of(&c, "web1");
    let r = c.put(
        &disc_url("db1", "disc-2"),
        &json!({"virtual_machine_id": web1}).to_string(),
    );
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(c.get(&disc_url("db1", "disc-2")).status, 404);
    let moved = backups(&c, "web1", "disc-2");
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0]["virtual_machine_id"], web1);

    // a deleted server's discs take no backups
    assert_eq!(c.delete(&format!("{VMS}/db1")).status, 204);
    let r = c.post(&format!("{}/backups", disc_url("db1", "vda")), "{}");
    assert_eq!(r.status, 400, "{}", r.text);
    assert_eq!(
        c.get(&format!("{}/backups", disc_url("db1", "vda"))).status,
        404
    );
    assert_eq!(
        c.get_json(&format!(
            "{}/backups?include_deleted=true",
            disc_url("db1", "vda")
        )),
        json!([])
    );
}

#[test]
fn cold_storage_and_restores_take_the_transition_delay() {
    let sb = start_with(SandboxOptions {
        transition_delay: Duration::from_millis(800),
        ..Default::default()
    });
    let c = Client::login(sb.base_url(), "demo", "demo");
    let url = format!("{}/backups", disc_url("db1", "vda"));
    let b = c.post(&url, "{}").json();
    let list = backups(&c, "db1", "vda");
    assert_eq!(
        (
            list[0]["storage_grade"].clone(),
            list[0]["storage_pool"].clone()
        ),
        (json!("ssd"), b["storage_pool"].clone()),
        "in progress"
    );
    let r = c.put(&format!("{url}/{}", b["id"]), r#"{"restore":true}"#);
    assert_eq!(r.status, 200, "{}", r.text);
    let disc = c.get_json(&disc_url("db1", "vda"));
    assert_eq!(
        (
            disc["storage_grade"].clone(),
            disc["new_storage_grade"].clone()
        ),
        (json!("iceberg"), json!("ssd"))
    );
    assert_eq!(
        c.put(&format!("{url}/{}", b["id"]), r#"{"restore":true}"#)
            .json(),
        json!({"restore": ["the disc is already being restored"]})
    );
    std::thread::sleep(Duration::from_millis(1000));
    let disc = c.get_json(&disc_url("db1", "vda"));
    assert_eq!(disc["storage_grade"], "ssd");
    assert!(disc.get("new_storage_grade").is_none());
    let list = backups(&c, "db1", "vda");
    assert_eq!(list.len(), 2);
    assert!(list.iter().all(|b| b["storage_grade"] == "iceberg"));
}

#[test]
fn schedules_are_created_shown_in_the_disc_and_deleted() {
    let (sb, c) = demo();
    let url = format!("{}/backup_schedules", disc_url("db1", "disc-2"));
    let before = c.get_json(&disc_url("db1", "disc-2"));
    assert_eq!(
        (
            before["backups_enabled"].clone(),
            before["backup_schedules"].clone()
        ),
        (json!(false), json!([]))
    );

    // what `bytemark schedule backups` sends: "00:00", capacity 0
    let r = c.post(
        &url,
        r#"{"start_at":"00:00","interval_seconds":86400,"capacity":0}"#,
    );
    assert_eq!(r.status, 201, "{}", r.text);
    let s = r.json();
    assert_eq!(
        (s["interval_seconds"].clone(), s["capacity"].clone()),
        (json!(86400), json!(1))
    );
    let start = s["start_at"].as_str().unwrap();
    assert!(start.contains("T00:00:00+0"), "{start}");
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let t = unix_of(start);
    assert!(now < t && t <= now + 86_400, "the next midnight: {start}");
    // start_date is accepted too, and a date is kept
    let r = c.post(
        &url,
        r#"{"start_date":"2019-02-07 00:00:00 GMT","interval_seconds":3600,"capacity":7}"#,
    );
    assert_eq!(r.json()["start_at"], "2019-02-07T00:00:00+00:00");
    let disc = c.get_json(&disc_url("db1", "disc-2"));
    assert_eq!(disc["backups_enabled"], true);
    assert_eq!(disc["backup_schedules"].as_array().unwrap().len(), 2);
    assert_eq!(disc["backup_schedules"][0], s);

    // errors, and nothing stored
    for (body, answer) in [
        (
            r#"{"start_at":"00:00"}"#,
            json!({"interval_seconds": "Missing interval_seconds parameter"}),
        ),
        (
            r#"{"interval_seconds":-1}"#,
            json!({"interval_seconds": ["must be greater than 0"]}),
        ),
        (
            r#"{"interval_seconds":"often"}"#,
            json!({"interval_seconds": ["is not a number"]}),
        ),
        (
            r#"{"interval_seconds":60,"start_at":"yesterday"}"#,
            json!({"start_at": ["is invalid"]}),
        ),
        (
            r#"{"interval_seconds":60,"capacity":-2}"#,
            json!({"capacity": ["must be greater than or equal to 0"]}),
        ),
    ] {
        let r = c.post(&url, body);
        assert_eq!((r.status, r.json()), (400, answer), "{body}");
    }
    let disc = c.get_json(&disc_url("db1", "disc-2"));
    assert_eq!(disc["backup_schedules"].as_array().unwrap().len(), 2);

    // permissions and methods
    let console = Client::login(sb.base_url(), "console", "console");
    let web1 = format!("{}/backup_schedules", disc_url("web1", "disc-1"));
    assert_eq!(
        console.post(&web1, r#"{"interval_seconds":60}"#).status,
        403
    );
    assert_eq!(c.get(&url).status, 405);

    // delete
    let sid = s["id"].as_u64().unwrap();
    assert_eq!(c.delete(&format!("{url}/{sid}")).status, 204);
    let disc = c.get_json(&disc_url("db1", "disc-2"));
    let left: Vec<&Value> = disc["backup_schedules"]
        .as_array()
        .unwrap()
        .iter()
        .collect();
    assert_eq!(left.len(), 1);
    assert_ne!(left[0]["id"], sid);
    assert_eq!(c.delete(&format!("{url}/{sid}")).status, 404);
    assert_eq!(c.delete(&format!("{url}/nope")).status, 404);

    // vm_create's schedules read "HH:MM" the same way
    let r = c.post(
        "/accounts/demo/groups/default/vm_create",
        r#"{"virtual_machine":{"name":"web3"},"discs":[{"size":1024,
            "backup_schedules":[{"start_at":"00:00","interval_seconds":604800}]}]}"#,
    );
    assert_eq!(r.status, 202, "{}", r.text);
    let s = &c.get_json(&disc_url("web3", "disc-1"))["backup_schedules"][0];
    let t = unix_of(s["start_at"].as_str().unwrap());
    assert!(now < t && t <= now + 86_400 + 60, "{s}");
    assert_eq!(s["capacity"], 1);
}

#[test]
fn a_schedule_keeps_only_its_newest_backups() {
    let (_sb, c) = demo();
    let base = disc_url("db1", "vda");
    let manual = c.post(&format!("{base}/backups"), "{}").json();
    // every second since 2020, keeping two
    let r = c.post(
        &format!("{base}/backup_schedules"),
        r#"{"start_at":"2020-01-01T00:00:00Z","interval_seconds":1,"capacity":2}"#,
    );
    assert_eq!(r.status, 201, "{}", r.text);
    let sid = r.json()["id"].as_u64().unwrap();
    let scheduled = |list: &[Value]| {
        let mut l: Vec<String> = labels(list)
            .into_iter()
            .zip(list)
            .filter(|(_, b)| b["manual"] == false)
            .map(|(l, _)| l)
            .collect();
        l.sort();
        l
    };

    std::thread::sleep(Duration::from_millis(2500));
    let list = backups(&c, "db1", "vda");
    let first = scheduled(&list);
    assert_eq!(first.len(), 2, "capacity 2: {list:?}");
    assert!(labels(&list).contains(&manual["label"].as_str().unwrap().to_string()));
    assert_eq!(c.get_json(&base)["backup_count"], 3);

    std::thread::sleep(Duration::from_millis(1200));
    let list = backups(&c, "db1", "vda");
    let second = scheduled(&list);
    assert_eq!(second.len(), 2);
    assert!(!second.contains(&first[0]), "the oldest went: {second:?}");
    assert!(second[1] > first[1], "a newer one came");
    assert_eq!(list.len(), 3, "the manual backup stays");

    // without the schedule its backups stay, and no new ones come
    assert_eq!(
        c.delete(&format!("{base}/backup_schedules/{sid}")).status,
        204
    );
    let left = scheduled(&backups(&c, "db1", "vda"));
    assert_eq!(left.len(), 2);
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(scheduled(&backups(&c, "db1", "vda")), left);
}

#[test]
fn every_address_is_a_documentation_address() {
    let sb = start_with(SandboxOptions {
        seed: 41,
        seed_servers: 600,
        ..Default::default()
    });
    let staff = Client::login(sb.base_url(), "staff", "staff");
    let accounts = staff.get_json("/accounts?view=overview&include_deleted=true");
    let vms: Vec<&Value> = accounts
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["groups"].as_array().unwrap())
        .flat_map(|g| g["virtual_machines"].as_array().unwrap())
        .collect();
    assert_eq!(vms.len(), 604);
    let mut v4 = Vec::new();
    for vm in &vms {
        let mgmt = vm["management_address"].as_str().unwrap();
        assert!(mgmt.starts_with("203.0.113."), "{mgmt}");
        for ip in vm["network_interfaces"][0]["ips"].as_array().unwrap() {
            let ip = ip.as_str().unwrap();
            assert!(documentation_address(ip), "{ip}");
            if ip.contains('.') {
                v4.push(ip.to_string());
            }
        }
    }
    // 508 IPv4 addresses, each handed out once; then IPv6 only
    let count = v4.len();
    v4.sort();
    v4.dedup();
    assert_eq!((count, v4.len()), (508, 508));
    // the same seed gives the same addresses
    let again = start_with(SandboxOptions {
        seed: 41,
        ..Default::default()
    });
    let demo = Client::login(again.base_url(), "demo", "demo");
    let web1 = |c: &Client| first_nic(c, "web1")["ips"].clone();
    let demo_here = Client::login(sb.base_url(), "demo", "demo");
    assert_eq!(web1(&demo), web1(&demo_here));
}

#[test]
fn additional_ips_go_back_to_the_pool() {
    let (_sb, c) = demo();
    let nic = first_nic(&c, "web1");
    let primary = nic["ips"][0].as_str().unwrap().to_string();
    let url = format!("{VMS}/web1/nics/{}/ip_create", nic["id"]);
    let extra = c
        .post(&url, r#"{"addresses":1,"family":"ipv4","reason":"tls"}"#)
        .json()["ips"][0]
        .as_str()
        .unwrap()
        .to_string();
    assert!(documentation_address(&extra), "{extra}");
    assert_eq!(first_nic(&c, "web1")["extra_ips"][&extra], primary);
    let r = c.put(&format!("/ips/{extra}"), r#"{"rdns":"tls.example.com"}"#);
    assert_eq!(r.status, 200);
    assert_eq!(
        c.get_json(&format!("/ips/{extra}"))["rdns"],
        "tls.example.com"
    );

    assert_eq!(c.delete(&format!("/ips/{extra}")).status, 204);
    assert_eq!(first_nic(&c, "web1")["extra_ips"], json!({}));
    assert_eq!(c.get(&format!("/ips/{extra}")).status, 404);
    // handed out again, without the old reverse DNS
    let again = c.post(&url, r#"{"addresses":1}"#).json()["ips"][0].clone();
    assert_eq!(again, extra.as_str());
    assert_eq!(
        c.get_json(&format!("/ips/{extra}"))["rdns"],
        "web1.default.demo.uk0.bigv.io"
    );
}

#[test]
fn deleted_servers_keep_their_addresses_until_purged() {
    let (_sb, c) = demo();
    let ip = first_nic(&c, "db1")["ips"][0].as_str().unwrap().to_string();
    assert_eq!(
        c.put(&format!("/ips/{ip}"), r#"{"rdns":"db.example.com"}"#)
            .status,
        200
    );
    assert_eq!(c.delete(&format!("{VMS}/db1")).status, 204);
    assert_eq!(c.get(&format!("/ips/{ip}")).status, 404);
    let shown = c.get_json(&format!("/ips/{ip}?include_deleted=true"));
    assert_eq!(shown["rdns"], "db.example.com");
    let r = c.put(&format!("/ips/{ip}"), r#"{"rdns":"x.example.com"}"#);
    assert_eq!(r.status, 400, "{}", r.text);
    assert_eq!(
        c.get_json(&format!("/ips/{ip}?include_deleted=true"))["rdns"],
        "db.example.com"
    );
    assert_eq!(
        c.put(&format!("{VMS}/db1"), r#"{"deleted":false}"#).status,
        200
    );
    assert_eq!(c.get_json(&format!("/ips/{ip}"))["address"], ip);

    // a purge frees the address for the next server, reverse DNS reset
    assert_eq!(c.delete(&format!("{VMS}/db1?purge=true")).status, 204);
    assert_eq!(
        c.get(&format!("/ips/{ip}?include_deleted=true")).status,
        404
    );
    let r = c.post(
        "/accounts/demo/groups/default/vm_create",
        r#"{"virtual_machine":{"name":"db2"}}"#,
    );
    assert_eq!(r.status, 202, "{}", r.text);
    assert_eq!(first_nic(&c, "db2")["ips"][0], ip.as_str());
    assert_eq!(
        c.get_json(&format!("/ips/{ip}"))["rdns"],
        "db2.default.demo.uk0.bigv.io"
    );
}

#[test]
fn swapping_ips_between_stopped_servers() {
    let (sb, c) = demo();
    let url = "/ips/swap_virtual_machine_ips";
    let (web1, db1) = (id_of(&c, "web1"), id_of(&c, "db1"));
    let (w, d) = (first_nic(&c, "web1"), first_nic(&c, "db1"));
    let body = |extra: bool| {
        json!({"virtual_machine_1_id": web1, "virtual_machine_2_id": db1,
               "move_additional_ips": extra})
        .to_string()
    };
    // web1 runs: refused, nothing changes
    assert_eq!(
        c.post(url, &body(false)).json(),
        json!({"power_on": ["must be off on both servers"]})
    );
    assert_eq!(first_nic(&c, "web1")["ips"], w["ips"]);

    c.put(
        &format!("{VMS}/web1"),
        r#"{"power_on":false,"autoreboot_on":false}"#,
    );
    let ip_create = format!("{VMS}/web1/nics/{}/ip_create", w["id"]);
    let extra = c.post(&ip_create, "{}").json()["ips"][0]
        .as_str()
        .unwrap()
        .to_string();
    let w_v4 = w["ips"][0].as_str().unwrap().to_string();
    c.put(&format!("/ips/{w_v4}"), r#"{"rdns":"www.example.com"}"#);

    // primaries only
    let r = c.post(url, &body(false));
    assert_eq!(r.status, 200, "{}", r.text);
    let (w2, d2) = (first_nic(&c, "web1"), first_nic(&c, "db1"));
    assert_eq!(
        (w2["ips"].clone(), d2["ips"].clone()),
        (d["ips"].clone(), w["ips"].clone())
    );
    assert_eq!(w2["extra_ips"], json!({&extra: d["ips"][0]}), "re-routed");
    assert_eq!(d2["extra_ips"], json!({}));
    let ip = c.get_json(&format!("/ips/{w_v4}"));
    assert_eq!(
        ip["rdns"], "www.example.com",
        "reverse DNS stays with the address"
    );
    let d_v4 = d["ips"][0].as_str().unwrap();
    assert_eq!(
        c.get_json(&format!("/ips/{d_v4}"))["rdns"],
        "web1.default.demo.uk0.bigv.io"
    );

    // back again, with the additional address
    assert_eq!(c.post(url, &body(true)).status, 200);
    let (w3, d3) = (first_nic(&c, "web1"), first_nic(&c, "db1"));
    assert_eq!(
        (w3["ips"].clone(), d3["ips"].clone()),
        (w["ips"].clone(), d["ips"].clone())
    );
    assert_eq!(w3["extra_ips"], json!({}));
    assert_eq!(d3["extra_ips"], json!({&extra: d["ips"][0]}));

    // errors
    assert_eq!(
        c.post(url, "{}").json(),
        json!({"virtual_machine_1_id": ["can't be blank"],
               "virtual_machine_2_id": ["can't be blank"]})
    );
    let same = json!({"virtual_machine_1_id": web1, "virtual_machine_2_id": web1});
    assert_eq!(
        c.post(url, &same.to_string()).json(),
        json!({"virtual_machine_2_id": ["must be a different server"]})
    );
    let secret = Client::login(sb.base_url(), "other", "other")
        .get_json("/accounts/other/groups/default/virtual_machines/secret1")["id"]
        .clone();
    for invisible in [secret, json!(999_999)] {
        let b = json!({"virtual_machine_1_id": web1, "virtual_machine_2_id": invisible});
        assert_eq!(
            c.post(url, &b.to_string()).json(),
            json!({"virtual_machine_2_id": ["is invalid"]})
        );
    }
    assert_eq!(c.get(url).status, 405, "a word, not an address");
    // seen but not administered: 403
    let grant = json!({"level": "vm_console", "virtual_machine_id": db1}).to_string();
    assert_eq!(c.post("/users/console/privileges", &grant).status, 201);
    let console = Client::login(sb.base_url(), "console", "console");
    assert_eq!(console.post(url, &body(false)).status, 403);
    // a deleted server's addresses stay put
    assert_eq!(c.delete(&format!("{VMS}/db1")).status, 204);
    assert_eq!(c.post(url, &body(false)).status, 400);
    assert_eq!(first_nic(&c, "db1")["ips"], d["ips"]);
}

#[test]
fn new_endpoints_are_logged_and_fail_on_purpose() {
    let (sb, c) = demo();
    let url = format!("{}/backups", disc_url("web1", "disc-1"));
    sb.clear_requests();
    assert_eq!(c.post(&url, "{}").status, 201);
    c.post("/ips/swap_virtual_machine_ips", "{}");
    let log = sb.requests();
    let seen: Vec<(String, String, u16)> = log
        .iter()
        .map(|r| (r.method.clone(), r.path.clone(), r.status))
        .collect();
    assert_eq!(
        seen,
        [
            ("POST".to_string(), url.clone(), 201),
            ("POST".into(), "/ips/swap_virtual_machine_ips".into(), 400)
        ]
    );

    sb.set_faults(1.0, FailMode::Status503);
    assert_eq!(c.post(&url, "{}").status, 503);
    sb.set_faults(0.0, FailMode::Status503);
    assert_eq!(backups(&c, "web1", "disc-1").len(), 1, "503: not taken");
    sb.set_faults(1.0, FailMode::DropAfter);
    assert!(c.try_req("POST", &url, Some("{}")).is_err());
    sb.set_faults(0.0, FailMode::DropAfter);
    assert_eq!(backups(&c, "web1", "disc-1").len(), 2, "taken, answer lost");
    let statuses: Vec<u16> = sb
        .requests()
        .iter()
        .filter(|r| r.path == url && r.method == "POST")
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [201, 503, 0]);
}

#[test]
fn privilege_search_does_not_reveal_users() {
    let (sb, c) = demo();
    let staff = Client::login(sb.base_url(), "staff", "staff");
    let other_id = staff.get_json("/users/other")["id"].clone();
    // "other" exists but demo cannot see them: same answer as nobody
    for q in [
        "user_name=other".to_string(),
        "user_name=ghost".into(),
        format!("user_id={other_id}"),
        "user_id=999999".into(),
    ] {
        let r = c.get(&format!("/privileges?{q}"));
        assert_eq!((r.status, r.text.as_str()), (404, "Not Found"), "{q}");
    }
    let r = c.get_json("/privileges?user_name=console");
    assert_eq!(r.as_array().unwrap().len(), 1);
}

#[test]
fn signal_data_is_only_for_sendkey() {
    let (_sb, c) = demo();
    let url = format!("{VMS}/web1/signal");
    for body in [
        r#"{"signal":"powerdown","data":"ctrl-alt-delete"}"#,
        r#"{"signal":"reset","data":"x"}"#,
    ] {
        assert_eq!(
            c.post(&url, body).json(),
            json!({"data": ["must be blank"]}),
            "{body}"
        );
    }
    let vm = c.get_json(&format!("{VMS}/web1"));
    assert_eq!(vm["power_on"], true);
    assert_eq!(c.post(&url, r#"{"signal":"reset","data":""}"#).status, 200);
}

#[test]
fn privilege_ip_restrictions_can_be_changed() {
    let (_sb, c) = demo();
    let db1 = id_of(&c, "db1");
    let p = c
        .post(
            "/users/console/privileges",
            &json!({"level": "vm_admin", "virtual_machine_id": db1}).to_string(),
        )
        .json();
    assert_eq!(p["ip_restrictions"], Value::Null);
    let url = format!("/privileges/{}", p["id"]);
    let read = || c.get_json(&url)["ip_restrictions"].clone();
    let r = c.put(
        &url,
        r#"{"ip_restrictions":["192.0.2.0/24","2001:db8::1"]}"#,
    );
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(read(), json!(["192.0.2.0/24", "2001:db8::1"]));
    c.put(
        &url,
        r#"{"ip_restrictions":"198.51.100.7, 203.0.113.0/25"}"#,
    );
    assert_eq!(read(), json!(["198.51.100.7", "203.0.113.0/25"]));
    for bad in [r#""nowhere""#, r#"["192.0.2.0/33"]"#, "42"] {
        let r = c.put(&url, &format!(r#"{{"ip_restrictions":{bad}}}"#));
        assert_eq!(
            (r.status, r.json()),
            (400, json!({"ip_restrictions": ["is invalid"]})),
            "{bad}"
        );
    }
    assert_eq!(read(), json!(["198.51.100.7", "203.0.113.0/25"]));
    c.put(&url, r#"{"ip_restrictions":null,"level":"cluster_su"}"#);
    assert_eq!(read(), Value::Null);
    assert_eq!(c.get_json(&url)["level"], "vm_admin");
}

#[test]
fn a_version_1_state_file_moves_to_documentation_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    let opts = || SandboxOptions {
        state_file: Some(path.clone()),
        ..Default::default()
    };
    start_with(opts()).stop();
    // make it look like a file from before: version 1, public addresses
    let mut file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let st = &mut file["state"];
    st["version"] = json!(1);
    for (i, vm) in st["vms"].as_object_mut().unwrap().values_mut().enumerate() {
        vm["management_address"] = json!(format!("185.52.0.{}", i + 2));
    }
    for (i, nic) in st["nics"].as_object_mut().unwrap().values_mut().enumerate() {
        nic["ips"] = json!([format!("46.43.0.{}", i + 1), format!("2001:41c8:51:{i}::1")]);
    }
    st["rdns"] = json!({"46.43.0.1": "kept.example.com"});
    std::fs::write(&path, file.to_string()).unwrap();

    let sb = start_with(opts());
    let c = Client::login(sb.base_url(), "demo", "demo");
    let vm = c.get_json(&format!("{VMS}/web1?view=overview"));
    assert!(documentation_address(
        vm["management_address"].as_str().unwrap()
    ));
    let ips = vm["network_interfaces"][0]["ips"].as_array().unwrap();
    assert_eq!(ips.len(), 2);
    assert!(
        ips.iter()
            .all(|ip| documentation_address(ip.as_str().unwrap()))
    );
    // web1's NIC was the first: its reverse DNS moved with the address
    let v4 = ips[0].as_str().unwrap();
    assert_eq!(
        c.get_json(&format!("/ips/{v4}"))["rdns"],
        "kept.example.com"
    );
    sb.stop();
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["state"]["version"], 2);
}
