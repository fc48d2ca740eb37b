//! Brain routes of the sandbox (reference §4, §5, §7): discs, NICs and IPs,
//! users, privileges, and the 401/403/404/400 permission matrix.

use crate::support::*;
use serde_json::{Value, json};

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
