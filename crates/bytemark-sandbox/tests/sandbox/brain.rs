//! Brain routes of the sandbox (reference §4, §5, §7): accounts, groups
//! and servers.

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
