//! Brain routes of the sandbox (reference §4, §5, §7): accounts, groups,
//! servers, discs, NICs, IPs, users, privileges, and the 401/403/404/400
//! matrix.

use crate::support::*;
use serde_json::{Value, json};

#[test]
fn accounts_list_show_overview() {
    let (_sb, c) = demo();
    let list = c.get_json("/accounts");
    assert_eq!(list, json!([{"id": 1, "name": "demo", "suspended": false}]));
    let a = c.get_json("/accounts/demo?view=overview");
    let groups = a["groups"].as_array().unwrap();
    assert_eq!(names(&a["groups"]), ["default", "staging"]);
    assert_eq!(groups[0]["type"], "application/vnd.bigv.group");
    let vms = &groups[0]["virtual_machines"];
    assert_eq!(names(vms), ["web1", "db1"]);
    let web1 = &vms[0];
    assert_eq!(web1["hostname"], "web1.default.demo.uk0.bigv.io");
    assert_eq!(web1["power_on"], true);
    assert!(web1["head"].is_string());
    assert_eq!(vms[1]["head"], Value::Null, "a stopped VM has no head");
    assert_eq!(web1["discs"][0]["type"], "application/vnd.bigv.disc");
    assert_eq!(
        web1["network_interfaces"][0]["type"],
        "application/vnd.bigv.network-interface"
    );
    assert!(
        web1["network_interfaces"][0]["mac"]
            .as_str()
            .unwrap()
            .starts_with("fe:ff:00:")
    );
    assert!(web1["management_address"].is_string());
    // id and name both work; plain account has no groups
    assert_eq!(c.get_json("/accounts/1")["name"], "demo");
    assert!(c.get_json("/accounts/demo").get("groups").is_none());
    let ov = c.get_json("/accounts?view=overview");
    assert_eq!(ov[0]["groups"].as_array().unwrap().len(), 2);
    // other account invisible: 404 by id and by name, all verbs
    assert_eq!(c.get("/accounts/other").status, 404);
    assert_eq!(c.get("/accounts/2").status, 404);
    assert_eq!(c.put("/accounts/other", "{}").status, 404);
    assert_eq!(c.delete("/accounts/other").status, 404);
    // creating accounts is for cluster admins
    assert_eq!(c.post("/accounts", r#"{"name":"newco"}"#).status, 403);
    let staff = Client::login(&c.base, "staff", "staff");
    let r = staff.post("/accounts", r#"{"name":"newco"}"#);
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(staff.post("/accounts", r#"{"name":"newco"}"#).status, 400);
    assert_eq!(
        names(&staff.get_json("/accounts/newco/groups")),
        ["default"]
    );
    assert_eq!(staff.delete("/accounts/newco").status, 204);
    assert_eq!(staff.delete("/accounts/demo").status, 400, "not empty");
    assert_eq!(
        c.put("/accounts/demo", r#"{"name":"renamed"}"#).json()["name"],
        "demo"
    );
}

#[test]
fn groups_crud_and_delete_refused_while_occupied() {
    let (_sb, c) = demo();
    assert_eq!(
        names(&c.get_json("/accounts/demo/groups")),
        ["default", "staging"]
    );
    let r = c.post("/accounts/demo/groups", r#"{"name":"web"}"#);
    assert_eq!(r.status, 201);
    let g = r.json();
    assert_eq!(g["account_id"], 1);
    assert_eq!(
        c.post("/accounts/demo/groups", r#"{"name":"web"}"#).json(),
        json!({"name": ["has already been taken"]})
    );
    assert_eq!(
        c.post("/accounts/demo/groups", r#"{}"#).json(),
        json!({"name": ["can't be blank"]})
    );
    assert_eq!(
        c.post("/accounts/demo/groups", r#"{"name":"x"}"#).json(),
        json!({"name": ["is invalid", "is too short (minimum is 3 characters)"]})
    );
    // flat GETs
    assert_eq!(c.get_json(&format!("/groups/{}", g["id"]))["name"], "web");
    assert_eq!(
        names(&c.get_json("/groups?account_id=demo")),
        ["default", "staging", "web"]
    );
    assert_eq!(c.get("/groups?account_id=other").status, 404);
    assert!(!names(&c.get_json("/groups")).is_empty());
    // rename
    let r = c.put("/accounts/demo/groups/web", r#"{"name":"www"}"#);
    assert_eq!((r.status, r.json()["name"].clone()), (200, json!("www")));
    assert_eq!(c.get("/accounts/demo/groups/web").status, 404);
    // overview
    let d = c.get_json("/accounts/demo/groups/default?view=overview");
    assert_eq!(names(&d["virtual_machines"]), ["web1", "db1"]);
    // a group with a server (even deleted) cannot be deleted
    let r = c.post(
        "/accounts/demo/groups/www/vm_create",
        r#"{"virtual_machine":{"name":"tmp1"}}"#,
    );
    assert_eq!(r.status, 202, "{}", r.text);
    let r = c.delete("/accounts/demo/groups/www");
    assert_eq!(
        (r.status, r.json()),
        (400, json!({"virtual_machines": ["must be empty"]}))
    );
    assert_eq!(
        c.delete("/accounts/demo/groups/www/virtual_machines/tmp1")
            .status,
        204
    );
    assert_eq!(
        c.delete("/accounts/demo/groups/www").status,
        400,
        "deleted-unpurged still occupies"
    );
    assert_eq!(
        c.delete("/accounts/demo/groups/www/virtual_machines/tmp1?purge=true")
            .status,
        204
    );
    assert_eq!(c.delete("/accounts/demo/groups/www").status, 204);
    assert_eq!(c.get("/accounts/demo/groups/www").status, 404);
    // invisible account's groups
    assert_eq!(c.get("/accounts/other/groups/default").status, 404);
    assert_eq!(
        c.post("/accounts/other/groups", r#"{"name":"sneaky"}"#)
            .status,
        404
    );
}

#[test]
fn vm_create_validation_messages() {
    let (_sb, c) = demo();
    let url = "/accounts/demo/groups/default/vm_create";
    let cases = [
        (json!({}), json!({"virtual_machine": ["can't be blank"]})),
        (
            json!({"virtual_machine": {}}),
            json!({"name": ["can't be blank"]}),
        ),
        (
            json!({"virtual_machine": {"name": "ab"}}),
            json!({"name": ["is invalid", "is too short (minimum is 3 characters)"]}),
        ),
        (
            json!({"virtual_machine": {"name": "Web_1"}}),
            json!({"name": ["is invalid"]}),
        ),
        (
            json!({"virtual_machine": {"name": "web1"}}),
            json!({"name": ["has already been taken"]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1", "memory": 1000}}),
            json!({"memory": ["is not included in the list"]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1", "memory": "lots"}}),
            json!({"memory": ["is not a number"]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1", "cores": 17}}),
            json!({"cores": ["is not included in the list"]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1", "zone_name": "mars"}}),
            json!({"zone_name": ["is not included in the list"]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1", "hardware_profile": "x"}}),
            json!({"hardware_profile": ["is not included in the list"]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1", "keymap": "xx"}}),
            json!({"keymap": ["is not included in the list"]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1"}, "discs": [{"size": 25600}, {"size": 10}]}),
            json!({"discs": [{}, {"size": ["must be greater than or equal to 50"]}]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1"}, "discs": [{"size": 25600, "storage_grade": "iceberg"}, {"label": "vdb", "size": 100}]}),
            json!({"discs": [{"storage_grade": ["is not included in the list"]}, {"label": ["is invalid"]}]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1"}, "discs": [{"size": 25600}], "reimage": {"distribution": "dos"}}),
            json!({"distribution": ["is not included in the list"]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1"}, "reimage": {"distribution": "stretch"}}),
            json!({"discs": ["can't be blank"]}),
        ),
        (
            json!({"virtual_machine": {"name": "new1"}, "ips": {"ipv4": "10.0.0.1"}}),
            json!({"ips": ["can only be set for groups on a private VLAN"]}),
        ),
    ];
    for (body, want) in cases {
        let r = c.post(url, &body.to_string());
        assert_eq!(r.status, 400, "{body}: {}", r.text);
        assert_eq!(r.json(), want, "{body}");
    }
    let nine: Vec<Value> = (0..9).map(|_| json!({"size": 1024})).collect();
    let r = c.post(
        url,
        &json!({"virtual_machine": {"name": "new1"}, "discs": nine}).to_string(),
    );
    assert_eq!(r.status, 400);
    // nothing was created by the failures
    assert_eq!(names(&c.get_json(VMS)), ["web1", "db1"]);
}

#[test]
fn vm_create_success_shape() {
    let (_sb, c) = demo();
    let body = json!({
        "virtual_machine": {"autoreboot_on": true, "cores": 2, "memory": 2048, "name": "web2"},
        "discs": [{"label": "disc-1", "storage_grade": "sata", "size": 25600,
                   "backup_schedules": [{"start_at": "2019-02-07 00:00:00 GMT", "interval_seconds": 604800, "capacity": 1}]},
                  {"size": 51200, "storage_grade": "archive"}],
        "reimage": {"distribution": "symbiosis", "firstboot_script": "", "root_password": "", "ssh_public_key": ""}
    });
    let r = c.post("/accounts/demo/groups/default/vm_create", &body.to_string());
    assert_eq!(r.status, 202, "{}", r.text);
    let v = r.json();
    assert_eq!(v["name"], "web2");
    assert_eq!(v["hostname"], "web2.default.demo.uk0.bigv.io");
    assert_eq!(v["zone_name"], "york", "first zone is the default");
    assert_eq!(v["power_on"], true, "autoreboot_on powers it on (delay 0)");
    assert_eq!(v["last_imaged_with"], "symbiosis");
    assert_eq!(v["reimage"]["distribution"], "symbiosis");
    let pw = v["reimage"]["root_password"].as_str().unwrap();
    assert_eq!(pw.len(), 16);
    assert!(pw.chars().all(|c| c.is_ascii_alphabetic()));
    let labels: Vec<&str> = v["discs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["disc-1", "disc-2"]);
    assert_eq!(
        v["discs"][0]["backup_schedules"][0]["interval_seconds"],
        604800
    );
    let pool = v["discs"][1]["storage_pool"].as_str().unwrap();
    assert!(
        pool.starts_with("tail") && pool.contains("-archive"),
        "{pool}"
    );
    let nic = &v["network_interfaces"][0];
    assert_eq!(nic["ips"].as_array().unwrap().len(), 2);
    assert_eq!(nic["vlan_num"], 1);
    // bare create: 202, off, no discs; body may be wrapped or not
    let r = c.post(VMS, r#"{"name":"bare1","cores":1,"memory":512}"#);
    assert_eq!(r.status, 202, "{}", r.text);
    assert_eq!(r.json()["power_on"], false);
    let r = c.post(
        VMS,
        r#"{"virtual_machine":{"name":"bare2","power_on":true}}"#,
    );
    assert_eq!((r.status, r.json()["power_on"].clone()), (202, json!(true)));
    assert_eq!(c.get_json(&format!("{VMS}/bare1/discs")), json!([]));
}

#[test]
fn vm_get_flat_nested_and_id_or_name() {
    let (_sb, c) = demo();
    let web1 = c.get_json(&format!("{VMS}/web1"));
    let id = web1["id"].as_u64().unwrap();
    assert!(web1.get("discs").is_none());
    assert!(c.get_json(&format!("{VMS}/web1?view=overview"))["discs"].is_array());
    assert_eq!(c.get_json(&format!("{VMS}/{id}"))["name"], "web1");
    assert_eq!(
        c.get_json(&format!("/virtual_machines/{id}"))["name"],
        "web1"
    );
    assert_eq!(
        c.get_json(&format!("/virtual_machines/{id}?view=overview"))["network_interfaces"][0]["virtual_machine_id"],
        id
    );
    // nested children must belong to their parents
    assert_eq!(
        c.get(&format!(
            "/accounts/demo/groups/staging/virtual_machines/{id}"
        ))
        .status,
        404
    );
    assert_eq!(
        c.get("/accounts/demo/groups/staging/virtual_machines/web1")
            .status,
        404
    );
    assert_eq!(
        c.get("/accounts/demo/groups/nope/virtual_machines/web1")
            .status,
        404
    );
    // flat list filters
    assert_eq!(
        names(&c.get_json("/virtual_machines")),
        ["web1", "db1", "app1"]
    );
    assert_eq!(
        names(&c.get_json("/virtual_machines?group_name=staging")),
        ["app1"]
    );
    assert_eq!(
        names(&c.get_json("/virtual_machines?account_id=1&group_id=1")),
        ["web1", "db1"]
    );
    assert_eq!(c.get("/virtual_machines?account_id=other").status, 404);
    // the other account's server is invisible everywhere
    assert_eq!(c.get("/virtual_machines/4").status, 404);
    assert_eq!(c.put("/virtual_machines/4", r#"{"cores":2}"#).status, 404);
    assert_eq!(c.delete("/virtual_machines/4?purge=true").status, 404);
}

#[test]
fn vm_update_is_a_patch_with_read_only_fields_ignored() {
    let (_sb, c) = demo();
    let before = c.get_json(&format!("{VMS}/web1"));
    let r = c.put(&format!("{VMS}/web1"), r#"{"cores":4,"memory":4096,"hostname":"evil","id":99,"zone_name":"manchester","keymap":"en-gb","hardware_profile":"virtio2018","hardware_profile_locked":true,"cdrom_url":"https://example.com/x.iso","unknown":1}"#);
    assert_eq!(r.status, 200, "{}", r.text);
    let v = r.json();
    assert_eq!(
        (v["cores"].clone(), v["memory"].clone()),
        (json!(4), json!(4096))
    );
    assert_eq!(v["hostname"], before["hostname"]);
    assert_eq!(v["id"], before["id"]);
    assert_eq!(
        v["zone_name"], before["zone_name"],
        "zone is set on create only"
    );
    assert_eq!(v["keymap"], "en-gb");
    assert_eq!(v["hardware_profile_locked"], true);
    assert_eq!(v["cdrom_url"], "https://example.com/x.iso");
    assert_eq!(v["power_on"], true, "untouched");
    let v = c
        .put(&format!("{VMS}/web1"), r#"{"cdrom_url":null}"#)
        .json();
    assert_eq!(v["cdrom_url"], Value::Null);
    assert_eq!(
        c.put(&format!("{VMS}/web1"), r#"{"cdrom_url":"ftp://x"}"#)
            .status,
        500
    );
    assert_eq!(
        c.put(&format!("{VMS}/web1"), r#"{"memory":100}"#).json(),
        json!({"memory": ["is not included in the list"]})
    );
    assert_eq!(
        c.put(&format!("{VMS}/web1"), r#"{"deleted":true}"#).status,
        400
    );
    assert_eq!(
        c.put(&format!("{VMS}/web1"), r#"{"name":"db1"}"#).json(),
        json!({"name": ["has already been taken"]})
    );
    // rename and move
    let staging = c.get_json("/accounts/demo/groups/staging")["id"].clone();
    let r = c.put(
        &format!("{VMS}/web1"),
        &json!({"name": "web9", "group_id": staging}).to_string(),
    );
    assert_eq!(r.status, 200, "{}", r.text);
    let v = r.json();
    assert_eq!(v["hostname"], "web9.staging.demo.uk0.bigv.io");
    assert_eq!(
        c.get("/accounts/demo/groups/staging/virtual_machines/web9")
            .status,
        200
    );
    assert_eq!(
        c.put(
            "/accounts/demo/groups/staging/virtual_machines/web9",
            r#"{"group_id":2}"#
        )
        .json(),
        json!({"group_id": ["is invalid"]}),
        "other's default group"
    );
    // malformed bodies
    let r = c.put(
        "/accounts/demo/groups/staging/virtual_machines/web9",
        "{nope",
    );
    assert_eq!(
        (r.status, r.json()),
        (400, json!({"base": ["Badly-formed JSON"]}))
    );
    let r = c
        .agent
        .put(&format!(
            "{}/accounts/demo/groups/staging/virtual_machines/web9",
            c.base
        ))
        .header(
            "Authorization",
            &format!("Bearer {}", c.token.as_ref().unwrap()),
        )
        .header("Content-Type", "text/plain")
        .send("cores=2")
        .unwrap();
    assert_eq!(r.status, 415);
}

#[test]
fn delete_purge_undelete_and_name_reuse() {
    let (_sb, c) = demo();
    let url = "/accounts/demo/groups/default/vm_create";
    assert_eq!(
        c.post(
            url,
            r#"{"virtual_machine":{"name":"tmp1","power_on":true}}"#
        )
        .status,
        202
    );
    assert_eq!(c.delete(&format!("{VMS}/tmp1")).status, 204);
    assert_eq!(c.delete(&format!("{VMS}/tmp1")).status, 204, "idempotent");
    // hidden without include_deleted
    assert_eq!(c.get(&format!("{VMS}/tmp1")).status, 404);
    assert!(!names(&c.get_json(VMS)).contains(&"tmp1".to_string()));
    let d = c.get_json(&format!("{VMS}/tmp1?include_deleted=true"));
    assert_eq!(
        (d["deleted"].clone(), d["power_on"].clone()),
        (json!(true), json!(false))
    );
    assert!(
        names(&c.get_json(&format!("{VMS}?include_deleted=true"))).contains(&"tmp1".to_string())
    );
    let ov = c.get_json("/accounts/demo?view=overview&include_deleted=true");
    assert!(names(&ov["groups"][0]["virtual_machines"]).contains(&"tmp1".to_string()));
    // name held until purged; other changes refused while deleted
    assert_eq!(
        c.post(url, r#"{"virtual_machine":{"name":"tmp1"}}"#).json(),
        json!({"name": ["has already been taken"]})
    );
    assert_eq!(c.put(&format!("{VMS}/tmp1"), r#"{"cores":2}"#).status, 400);
    assert_eq!(
        c.post(&format!("{VMS}/tmp1/discs"), r#"{"size":1024}"#)
            .status,
        400
    );
    // undelete
    let r = c.put(&format!("{VMS}/tmp1"), r#"{"deleted":false}"#);
    assert_eq!((r.status, r.json()["deleted"].clone()), (200, json!(false)));
    assert_eq!(c.get(&format!("{VMS}/tmp1")).status, 200);
    // purge frees the name
    assert_eq!(c.delete(&format!("{VMS}/tmp1?purge=true")).status, 204);
    assert_eq!(
        c.get(&format!("{VMS}/tmp1?include_deleted=true")).status,
        404
    );
    assert_eq!(
        c.post(url, r#"{"virtual_machine":{"name":"tmp1"}}"#).status,
        202
    );
    // purge a deleted one directly
    assert_eq!(c.delete(&format!("{VMS}/tmp1")).status, 204);
    assert_eq!(c.delete(&format!("{VMS}/tmp1?purge=true")).status, 204);
    assert_eq!(
        c.post(url, r#"{"virtual_machine":{"name":"tmp1"}}"#).status,
        202
    );
}

#[test]
fn discs_crud_and_limits() {
    let (_sb, c) = demo();
    let discs = format!("{VMS}/web1/discs");
    let r = c.post(&discs, r#"{"size":51200,"storage_grade":"archive"}"#);
    assert_eq!(r.status, 201, "{}", r.text);
    let d = r.json();
    assert_eq!(d["label"], "disc-2");
    assert_eq!(d["type"], "application/vnd.bigv.disc");
    let id = d["id"].as_u64().unwrap();
    // label rules
    assert_eq!(
        c.post(&discs, r#"{"size":1024,"label":"disc-2"}"#).json(),
        json!({"label": ["has already been taken"]})
    );
    assert_eq!(
        c.post(&discs, r#"{"size":1024,"label":"vdb"}"#).json(),
        json!({"label": ["is invalid"]})
    );
    assert_eq!(
        c.post(&discs, r#"{"size":49}"#).json(),
        json!({"size": ["must be greater than or equal to 50"]})
    );
    assert_eq!(
        c.post(&discs, r#"{"size":2097153}"#).json(),
        json!({"size": ["must be less than or equal to 2097152"]})
    );
    assert_eq!(
        c.post(&discs, r#"{}"#).json(),
        json!({"size": ["can't be blank"]})
    );
    assert_eq!(
        c.post(&discs, r#"{"size":50,"storage_grade":"gold"}"#)
            .json(),
        json!({"storage_grade": ["is not included in the list"]})
    );
    // by label, by id, nested and flat
    assert_eq!(c.get_json(&format!("{discs}/disc-2"))["id"], id);
    assert_eq!(c.get_json(&format!("{discs}/{id}"))["label"], "disc-2");
    assert_eq!(c.get_json(&format!("/discs/{id}"))["label"], "disc-2");
    assert_eq!(
        c.get_json("/discs?vm_name=web1").as_array().unwrap().len(),
        2
    );
    assert_eq!(c.get(&format!("{VMS}/db1/discs/disc-2")).status, 200);
    assert_eq!(
        c.get(&format!("{VMS}/db1/discs/{id}")).status,
        404,
        "belongs to web1"
    );
    // grow only
    let r = c.put(&format!("{discs}/disc-2"), r#"{"size":102400}"#);
    assert_eq!((r.status, r.json()["size"].clone()), (200, json!(102400)));
    let r = c.put(&format!("{discs}/disc-2"), r#"{"size":1024}"#);
    assert_eq!(
        (r.status, r.json()),
        (400, json!({"size": ["cannot be decreased"]}))
    );
    assert_eq!(
        c.put(&format!("{discs}/disc-2"), r#"{"iops_limit":100}"#)
            .status,
        403
    );
    // delete needs purge=true
    let r = c.delete(&format!("{discs}/disc-2"));
    assert_eq!(r.status, 500);
    assert_eq!(c.delete(&format!("{discs}/disc-2?purge=true")).status, 204);
    assert_eq!(c.get(&format!("{discs}/disc-2")).status, 404);
    // max 8
    for i in 0..7 {
        assert_eq!(c.post(&discs, r#"{"size":1024}"#).status, 201, "disc {i}");
    }
    assert_eq!(c.get_json(&discs).as_array().unwrap().len(), 8);
    let r = c.post(&discs, r#"{"size":1024}"#);
    assert_eq!(r.status, 400, "{}", r.text);
    // flat delete
    let last = c.get_json(&discs)[7]["id"].as_u64().unwrap();
    assert_eq!(c.delete(&format!("/discs/{last}")).status, 500);
    assert_eq!(c.delete(&format!("/discs/{last}?purge=true")).status, 204);
    // other account's discs are invisible
    assert_eq!(c.get("/discs/5").status, 404);
    assert_eq!(c.delete("/discs/5?purge=true").status, 404);
}

#[test]
fn disc_move_between_stopped_servers() {
    let (_sb, c) = demo();
    c.post(
        &format!("{VMS}/db1/discs"),
        r#"{"size":1024,"label":"data"}"#,
    );
    let data = c.get_json(&format!("{VMS}/db1/discs/data"))["id"]
        .as_u64()
        .unwrap();
    let web1 = c.get_json(&format!("{VMS}/web1"))["id"].as_u64().unwrap();
    // web1 is running: refused
    let r = c.put(
        &format!("{VMS}/db1/discs/data"),
        &json!({"virtual_machine_id": web1}).to_string(),
    );
    assert_eq!(r.status, 400);
    c.put(
        &format!("{VMS}/web1"),
        r#"{"power_on":false,"autoreboot_on":false}"#,
    );
    let r = c.put(
        &format!("{VMS}/db1/discs/data"),
        &json!({"virtual_machine_id": web1}).to_string(),
    );
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        c.get_json(&format!("/discs/{data}"))["virtual_machine_id"],
        web1
    );
    // the first disc cannot move
    let r = c.put(
        &format!("{VMS}/db1/discs/vda"),
        &json!({"virtual_machine_id": web1}).to_string(),
    );
    assert_eq!(r.status, 400);
}

#[test]
fn nics_are_read_only_and_ips_have_rdns() {
    let (_sb, c) = demo();
    let nics = c.get_json(&format!("{VMS}/web1/nics"));
    let nic = &nics[0];
    let nic_id = nic["id"].as_u64().unwrap();
    let ip = nic["ips"][0].as_str().unwrap().to_string();
    assert_eq!(
        c.get_json(&format!("{VMS}/web1/nics/{nic_id}"))["mac"],
        nic["mac"]
    );
    assert_eq!(c.get_json(&format!("/nics/{nic_id}"))["id"], nic_id);
    assert_eq!(
        c.get_json("/nics?vm_name=web1").as_array().unwrap().len(),
        1
    );
    assert_eq!(c.post(&format!("{VMS}/web1/nics"), "{}").status, 403);
    assert_eq!(
        c.put(&format!("{VMS}/web1/nics/{nic_id}"), "{}").status,
        403
    );
    assert_eq!(c.delete(&format!("{VMS}/web1/nics/{nic_id}")).status, 403);
    assert_eq!(c.delete(&format!("/nics/{nic_id}")).status, 403);
    // rdns
    let r = c.get_json(&format!("/ips/{ip}"));
    assert_eq!(
        r,
        json!({"address": ip, "ip": ip, "rdns": "web1.default.demo.uk0.bigv.io"})
    );
    let r = c.put(&format!("/ips/{ip}"), r#"{"rdns":"www.example.com"}"#);
    assert_eq!(
        (r.status, r.json()["rdns"].clone()),
        (200, json!("www.example.com"))
    );
    assert_eq!(
        c.put(&format!("/ips/{ip}"), r#"{"rdns":"bad host!"}"#)
            .json(),
        json!({"rdns": ["is invalid"]})
    );
    assert_eq!(c.delete(&format!("/ips/{ip}")).status, 400, "primary");
    assert_eq!(c.get("/ips/1.2.3.4").status, 404);
    // ip_create
    let url = format!("{VMS}/web1/nics/{nic_id}/ip_create");
    let r = c.post(
        &url,
        r#"{"addresses":1,"family":"ipv4","reason":"SSL site","contiguous":false}"#,
    );
    assert_eq!(r.status, 200, "{}", r.text);
    let extra = r.json()["ips"][0].as_str().unwrap().to_string();
    let nic = c.get_json(&format!("/nics/{nic_id}"));
    assert_eq!(nic["extra_ips"][&extra], ip);
    assert_eq!(
        c.post(&url, r#"{"addresses":4}"#).status,
        400,
        "at most 4 extra"
    );
    assert_eq!(c.post(&url, r#"{"family":"ipv6"}"#).status, 400);
    assert_eq!(c.delete(&format!("/ips/{extra}")).status, 204);
    assert_eq!(c.get(&format!("/ips/{extra}")).status, 404);
    // other account's IPs are invisible
    let other = Client::login(&c.base, "other", "other");
    assert_eq!(other.get(&format!("/ips/{ip}")).status, 404);
    assert_eq!(
        other
            .put(&format!("/ips/{ip}"), r#"{"rdns":"x.example.com"}"#)
            .status,
        404
    );
}

#[test]
fn users_and_authorized_keys() {
    let (_sb, c) = demo();
    let me = c.get_json("/users/demo");
    assert_eq!(me["username"], "demo");
    assert!(me.get("password").is_none());
    let r = c.put(
        "/users/demo",
        &json!({"id": 1, "username": "hacker", "email": "x@y", "authorized_keys": "k1\nk2"})
            .to_string(),
    );
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(
        (v["username"].clone(), v["authorized_keys"].clone()),
        (json!("demo"), json!("k1\nk2"))
    );
    assert_eq!(
        c.put(
            "/users/demo",
            r#"{"authorized_keys":"-----BEGIN RSA PRIVATE KEY-----"}"#
        )
        .status,
        400
    );
    // demo administers account demo, so sees users with privileges there, but cannot change them
    let users = names(
        &c.get_json("/users")
            .as_array()
            .unwrap()
            .iter()
            .map(|u| json!({"name": u["username"]}))
            .collect::<Value>(),
    );
    assert!(users.contains(&"console".to_string()));
    assert!(!users.contains(&"other".to_string()));
    assert_eq!(c.get("/users/other").status, 404);
    assert_eq!(
        c.put("/users/console", r#"{"authorized_keys":""}"#).status,
        403
    );
    assert_eq!(c.get_json("/users/1")["username"], "demo");
}

#[test]
fn permission_matrix_demo_other_console_apikey() {
    let (sb, demo) = demo();
    let b = sb.base_url();
    let other = Client::login(b, "other", "other");
    let console = Client::login(b, "console", "console");
    let key = Client::with_token(b, "apikey.demo-ci-key");
    let anon = Client::new(b);
    let web1 = format!("{VMS}/web1");
    let db1 = format!("{VMS}/db1");
    let cases: Vec<(&Client, &str, String, Option<&str>, u16)> = vec![
        (&anon, "GET", web1.clone(), None, 401),
        (&anon, "PUT", web1.clone(), Some("{}"), 401),
        (&demo, "GET", web1.clone(), None, 200),
        (&key, "GET", web1.clone(), None, 200),
        (&key, "PUT", web1.clone(), Some(r#"{"cores":2}"#), 200),
        (&other, "GET", web1.clone(), None, 404),
        (&other, "PUT", web1.clone(), Some(r#"{"cores":2}"#), 404),
        (&other, "DELETE", web1.clone(), None, 404),
        (
            &other,
            "POST",
            format!("{web1}/signal"),
            Some(r#"{"signal":"reset"}"#),
            404,
        ),
        (&other, "GET", "/accounts/demo".into(), None, 404),
        (&console, "GET", web1.clone(), None, 200),
        (&console, "PUT", web1.clone(), Some(r#"{"cores":2}"#), 403),
        (&console, "DELETE", web1.clone(), None, 403),
        (
            &console,
            "POST",
            format!("{web1}/signal"),
            Some(r#"{"signal":"reset"}"#),
            403,
        ),
        (
            &console,
            "POST",
            format!("{web1}/discs"),
            Some(r#"{"size":1024}"#),
            403,
        ),
        (
            &console,
            "DELETE",
            format!("{web1}/discs/disc-1?purge=true"),
            None,
            403,
        ),
        (&console, "GET", format!("{web1}/discs"), None, 200),
        (&console, "GET", db1.clone(), None, 404),
        (&console, "PUT", db1.clone(), Some(r#"{"cores":2}"#), 404),
        (
            &console,
            "GET",
            "/accounts/demo/groups/staging".into(),
            None,
            404,
        ),
        (
            &console,
            "POST",
            "/accounts/demo/groups".into(),
            Some(r#"{"name":"x12"}"#),
            403,
        ),
        (
            &console,
            "POST",
            "/accounts/demo/groups/default/vm_create".into(),
            Some(r#"{"virtual_machine":{"name":"x12"}}"#),
            403,
        ),
        (&demo, "GET", "/nope".into(), None, 404),
        (&demo, "PATCH", web1.clone(), None, 405),
        (
            &demo,
            "POST",
            "/accounts/demo/groups/default/virtual_machines/web1/reimage/extra".into(),
            Some("{}"),
            404,
        ),
    ];
    for (client, method, path, body, want) in cases {
        let r = if method == "PATCH" {
            let resp = client
                .agent
                .request("PATCH", &format!("{b}{path}"))
                .header(
                    "Authorization",
                    &format!("Bearer {}", client.token.clone().unwrap()),
                )
                .call()
                .unwrap();
            resp.status
        } else {
            client.req(method, &path, body).status
        };
        assert_eq!(
            r,
            want,
            "{method} {path} as {:?}",
            client.token.as_deref().map(|t| &t[..6.min(t.len())])
        );
    }
    // console sees account demo and group default only as far as web1
    let a = console.get_json("/accounts/demo?view=overview");
    assert_eq!(names(&a["groups"]), ["default"]);
    assert_eq!(names(&a["groups"][0]["virtual_machines"]), ["web1"]);
}

#[test]
fn privileges_grant_and_revoke_change_visibility() {
    let (sb, demo) = demo();
    let b = sb.base_url();
    let other = Client::login(b, "other", "other");
    assert_eq!(other.get(&format!("{VMS}/db1")).status, 404);
    let db1 = demo.get_json(&format!("{VMS}/db1"))["id"].as_u64().unwrap();

    // own privileges
    let mine = demo.get_json("/privileges");
    assert!(
        mine.as_array()
            .unwrap()
            .iter()
            .any(|p| p["level"] == "account_admin" && p["account_name"] == "demo")
    );
    // validation and the strictly-lower rule
    assert_eq!(
        demo.post("/users/other/privileges", r#"{"level":"god"}"#)
            .json(),
        json!({"level": ["is not included in the list"]})
    );
    assert_eq!(
        demo.post("/users/other/privileges", r#"{"level":"vm_admin"}"#)
            .json(),
        json!({"virtual_machine_id": ["can't be blank"]})
    );
    assert_eq!(
        demo.post(
            "/users/other/privileges",
            r#"{"level":"account_admin","account_id":1}"#
        )
        .status,
        403
    );
    assert_eq!(
        demo.post(
            "/users/other/privileges",
            r#"{"level":"account_admin","account_id":2}"#
        )
        .status,
        404
    );
    assert_eq!(
        demo.post(
            "/users/ghost/privileges",
            r#"{"level":"vm_admin","virtual_machine_id":1}"#
        )
        .status,
        404
    );

    let r = demo.post(
        "/users/other/privileges",
        &json!({"level": "vm_admin", "virtual_machine_id": db1}).to_string(),
    );
    assert_eq!(r.status, 201, "{}", r.text);
    let p = r.json();
    assert_eq!(
        (p["username"].clone(), p["creating_username"].clone()),
        (json!("other"), json!("demo"))
    );
    assert_eq!(p["virtual_machine_name"], "db1");
    // now visible and changeable by other, via nested and flat URLs
    assert_eq!(other.get(&format!("{VMS}/db1")).status, 200);
    assert_eq!(
        other
            .put(&format!("/virtual_machines/{db1}"), r#"{"cores":3}"#)
            .status,
        200
    );
    assert_eq!(
        other.delete(&format!("{VMS}/db1")).status,
        403,
        "vm_admin may not delete"
    );
    assert_eq!(other.get(&format!("{VMS}/web1")).status, 404);
    assert_eq!(names(&other.get_json("/accounts")), ["demo", "other"]);
    // listings
    let on_vm = demo.get_json(&format!("{VMS}/db1/privileges"));
    assert_eq!(on_vm.as_array().unwrap().len(), 1);
    assert_eq!(
        demo.get_json("/privileges?user_name=other")
            .as_array()
            .unwrap()
            .len(),
        1,
        "only what demo manages"
    );
    assert_eq!(
        demo.get("/users/other/privileges").status,
        403,
        "visible user, not demo's to list"
    );
    assert_eq!(
        other
            .get_json("/users/other/privileges")
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let on_account = demo.get_json("/accounts/demo/privileges");
    assert!(
        on_account
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["level"] != "account_admin")
    );
    assert!(
        demo.get_json("/accounts/demo/groups/default/privileges")
            .is_array()
    );
    // other can see its grant but cannot revoke it (not strictly above)
    let pid = p["id"].as_u64().unwrap();
    assert_eq!(other.get_json(&format!("/privileges/{pid}"))["id"], pid);
    assert_eq!(other.delete(&format!("/privileges/{pid}")).status, 403);
    assert_eq!(
        Client::login(b, "console", "console")
            .delete(&format!("/privileges/{pid}"))
            .status,
        404
    );
    let r = demo.put(
        &format!("/privileges/{pid}"),
        r#"{"yubikey_required":true,"level":"cluster_su"}"#,
    );
    assert_eq!(
        (
            r.status,
            r.json()["yubikey_required"].clone(),
            r.json()["level"].clone()
        ),
        (200, json!(true), json!("vm_admin"))
    );
    // revoke hides it again
    assert_eq!(demo.delete(&format!("/privileges/{pid}")).status, 204);
    assert_eq!(other.get(&format!("{VMS}/db1")).status, 404);
    assert_eq!(demo.get(&format!("/privileges/{pid}")).status, 404);
    // a group grant shows the group and everything in it
    let staging = demo.get_json("/accounts/demo/groups/staging")["id"].clone();
    let r = demo.post(
        "/users/other/privileges",
        &json!({"level": "group_admin", "group_id": staging}).to_string(),
    );
    assert_eq!(r.status, 201);
    assert_eq!(names(&other.get_json("/accounts/demo/groups")), ["staging"]);
    let r = other.post(
        "/accounts/demo/groups/staging/vm_create",
        r#"{"virtual_machine":{"name":"made-by-other"}}"#,
    );
    assert_eq!(r.status, 202, "{}", r.text);
    assert_eq!(
        other
            .post("/accounts/demo/groups", r#"{"name":"nope"}"#)
            .status,
        403
    );
    // staff sees everything
    let staff = Client::login(b, "staff", "staff");
    assert_eq!(names(&staff.get_json("/accounts")), ["demo", "other"]);
    assert!(staff.get_json("/users").as_array().unwrap().len() >= 6);
    assert_eq!(
        staff
            .get_json("/users/demo/privileges")
            .as_array()
            .unwrap()
            .len(),
        2
    );
}
