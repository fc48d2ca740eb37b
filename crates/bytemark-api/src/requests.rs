//! Pure request builders, one function per API call (api reference §4).
//!
//! Nothing here talks to the network: each function returns a [`Request`]
//! value, so `--dry-run` prints exactly what would be sent and the unit tests
//! below pin paths and bodies. Writes always use the nested URLs
//! (`/accounts/{a}/groups/{g}/virtual_machines/{vm}/...`), as §2.5 advises.
//! Single-server reads always add `include_deleted=true&view=overview`, so a
//! soft-deleted server can still be shown and restored (§7 #4).

use super::{Method, Request, encode_segment};
use serde_json::{Map, Value, json};
use std::fmt;

/// Where a server lives: account, group and server name (or id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VmRef {
    pub account: String,
    pub group: String,
    pub name: String,
}

impl VmRef {
    pub fn new(
        account: impl Into<String>,
        group: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        VmRef {
            account: account.into(),
            group: group.into(),
            name: name.into(),
        }
    }

    /// `/accounts/{a}/groups/{g}/virtual_machines/{vm}`
    pub fn path(&self) -> String {
        format!(
            "{}/virtual_machines/{}",
            group_path(&self.account, &self.group),
            encode_segment(&self.name)
        )
    }
}

impl fmt::Display for VmRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.name, self.group, self.account)
    }
}

/// A secret string (root password) that never shows in `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// What `--dry-run` prints in place of a secret.
pub const REDACTED: &str = "<redacted>";

fn account_path(account: &str) -> String {
    format!("/accounts/{}", encode_segment(account))
}

fn group_path(account: &str, group: &str) -> String {
    format!("{}/groups/{}", account_path(account), encode_segment(group))
}

/// `GET /definitions` — public, sent without a token.
pub fn definitions() -> Request {
    Request::get("/definitions", "get definitions")
}

/// `GET /accounts?view=overview[&include_deleted=true]`: every account the
/// user can see, with groups, servers and discs.
pub fn accounts_overview(include_deleted: bool) -> Request {
    let r = Request::get("/accounts", "list accounts").query("view", "overview");
    if include_deleted {
        r.query("include_deleted", "true")
    } else {
        r
    }
}

/// `GET /accounts/{a}?view=overview[&include_deleted=true]`.
pub fn account_overview(account: &str, include_deleted: bool) -> Request {
    let r = Request::get(account_path(account), format!("get account {account}"))
        .query("view", "overview");
    if include_deleted {
        r.query("include_deleted", "true")
    } else {
        r
    }
}

/// `GET /accounts/{a}/groups/{g}?view=overview[&include_deleted=true]`.
pub fn group_get(account: &str, group: &str, include_deleted: bool) -> Request {
    let r = Request::get(
        group_path(account, group),
        format!("get group {group}.{account}"),
    )
    .query("view", "overview");
    if include_deleted {
        r.query("include_deleted", "true")
    } else {
        r
    }
}

/// `POST /accounts/{a}/groups {"name": g}`.
pub fn group_create(account: &str, group: &str) -> Request {
    Request::new(
        Method::Post,
        format!("{}/groups", account_path(account)),
        format!("create group {group}.{account}"),
    )
    .body(json!({ "name": group }))
}

/// `DELETE /accounts/{a}/groups/{g}`.
pub fn group_delete(account: &str, group: &str) -> Request {
    Request::new(
        Method::Delete,
        group_path(account, group),
        format!("delete group {group}.{account}"),
    )
}

/// The single-server GET: `GET .../virtual_machines/{vm}?include_deleted=true&view=overview`.
pub fn vm_get(vm: &VmRef) -> Request {
    Request::get(vm.path(), format!("get server {vm}"))
        .query("include_deleted", "true")
        .query("view", "overview")
}

/// The single-server GET by numeric id: `GET /virtual_machines/{id}?include_deleted=true&view=overview`.
pub fn vm_get_by_id(id: u64) -> Request {
    Request::get(
        format!("/virtual_machines/{id}"),
        format!("get server {id}"),
    )
    .query("include_deleted", "true")
    .query("view", "overview")
}

/// Everything `servers create` sends in its one `vm_create` call.
#[derive(Debug, Clone, PartialEq)]
pub struct VmCreate {
    pub name: String,
    pub cores: u32,
    pub memory_mib: u64,
    /// `(label, grade, size in MiB)`; the first is the boot disc.
    pub discs: Vec<(String, String, u64)>,
    pub zone: Option<String>,
    pub hwprofile: Option<String>,
    pub hwprofile_locked: bool,
    pub cdrom_url: Option<String>,
    /// Power on once created (and stay on: `autoreboot_on`).
    pub power_on: bool,
    /// `None` = no image (`--no-image`).
    pub image: Option<String>,
    /// `None` = the service generates one.
    pub root_password: Option<Secret>,
    /// Newline-separated public keys.
    pub ssh_public_key: Option<String>,
    pub firstboot_script: Option<String>,
    pub ipv4: Option<String>,
    pub ipv6: Option<String>,
}

/// `POST /accounts/{a}/groups/{g}/vm_create` (§4.5).
pub fn vm_create(account: &str, group: &str, spec: &VmCreate) -> Request {
    let mut vm = Map::new();
    vm.insert("name".into(), json!(spec.name));
    vm.insert("cores".into(), json!(spec.cores));
    vm.insert("memory".into(), json!(spec.memory_mib));
    vm.insert("power_on".into(), json!(spec.power_on));
    vm.insert("autoreboot_on".into(), json!(spec.power_on));
    if let Some(z) = &spec.zone {
        vm.insert("zone_name".into(), json!(z));
    }
    if let Some(h) = &spec.hwprofile {
        vm.insert("hardware_profile".into(), json!(h));
        vm.insert(
            "hardware_profile_locked".into(),
            json!(spec.hwprofile_locked),
        );
    }
    if let Some(c) = &spec.cdrom_url {
        vm.insert("cdrom_url".into(), json!(c));
    }
    let discs: Vec<Value> = spec
        .discs
        .iter()
        .map(|(label, grade, size)| json!({"label": label, "storage_grade": grade, "size": size}))
        .collect();
    let mut body = Map::new();
    body.insert("virtual_machine".into(), Value::Object(vm));
    body.insert("discs".into(), Value::Array(discs));
    if let Some(image) = &spec.image {
        let mut r = Map::new();
        r.insert("distribution".into(), json!(image));
        if let Some(p) = &spec.root_password {
            r.insert("root_password".into(), json!(p.0));
        }
        if let Some(k) = &spec.ssh_public_key {
            r.insert("ssh_public_key".into(), json!(k));
        }
        if let Some(s) = &spec.firstboot_script {
            r.insert("firstboot_script".into(), json!(s));
        }
        body.insert("reimage".into(), Value::Object(r));
    }
    if spec.ipv4.is_some() || spec.ipv6.is_some() {
        let mut ips = Map::new();
        if let Some(a) = &spec.ipv4 {
            ips.insert("ipv4".into(), json!(a));
        }
        if let Some(a) = &spec.ipv6 {
            ips.insert("ipv6".into(), json!(a));
        }
        body.insert("ips".into(), Value::Object(ips));
    }
    Request::new(
        Method::Post,
        format!("{}/vm_create", group_path(account, group)),
        format!("create server {}.{group}.{account}", spec.name),
    )
    .body(Value::Object(body))
}

/// What one `PUT .../virtual_machines/{vm}` changes; `None` leaves a field
/// as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VmUpdate {
    /// A new name (within the group, or the one `group_id` moves it to).
    pub name: Option<String>,
    /// Move to this group.
    pub group_id: Option<u64>,
    pub cores: Option<u32>,
    pub memory_mib: Option<u64>,
    pub hwprofile: Option<String>,
    pub hwprofile_locked: Option<bool>,
    /// `Some(Some(url))` attaches an ISO image, `Some(None)` detaches it.
    pub cdrom_url: Option<Option<String>>,
}

impl VmUpdate {
    /// Nothing would change.
    pub fn is_empty(&self) -> bool {
        *self == VmUpdate::default()
    }

    /// The change applies only at the next restart (cores, memory,
    /// hardware profile).
    pub fn needs_restart(&self) -> bool {
        self.cores.is_some() || self.memory_mib.is_some() || self.hwprofile.is_some()
    }
}

/// `PUT .../virtual_machines/{vm}` with only the fields to change (PUT is a
/// PATCH here, §2.3).
pub fn vm_update(vm: &VmRef, change: &VmUpdate) -> Request {
    let mut body = Map::new();
    if let Some(n) = &change.name {
        body.insert("name".into(), json!(n));
    }
    if let Some(id) = change.group_id {
        body.insert("group_id".into(), json!(id));
    }
    if let Some(c) = change.cores {
        body.insert("cores".into(), json!(c));
    }
    if let Some(m) = change.memory_mib {
        body.insert("memory".into(), json!(m));
    }
    if let Some(p) = &change.hwprofile {
        body.insert("hardware_profile".into(), json!(p));
    }
    if let Some(locked) = change.hwprofile_locked {
        body.insert("hardware_profile_locked".into(), json!(locked));
    }
    if let Some(url) = &change.cdrom_url {
        body.insert("cdrom_url".into(), json!(url));
    }
    put(vm, Value::Object(body), "update")
}

/// A PUT of `body` to the server, described as `{what} server {vm}`.
fn put(vm: &VmRef, body: Value, what: &str) -> Request {
    Request::new(Method::Put, vm.path(), format!("{what} server {vm}")).body(body)
}

/// Power on and stay on.
pub fn vm_start(vm: &VmRef) -> Request {
    put(
        vm,
        json!({"autoreboot_on": true, "power_on": true}),
        "start",
    )
}

/// Pull the plug and stay off.
pub fn vm_stop(vm: &VmRef) -> Request {
    put(
        vm,
        json!({"autoreboot_on": false, "power_on": false}),
        "stop",
    )
}

/// Power-cycle: off, then on again because autoreboot is set.
pub fn vm_restart(vm: &VmRef) -> Request {
    put(
        vm,
        json!({"autoreboot_on": true, "power_on": false}),
        "restart",
    )
}

/// Keep the server off after its next shutdown (first half of `shutdown`).
pub fn vm_keep_off(vm: &VmRef) -> Request {
    put(vm, json!({"autoreboot_on": false}), "shut down")
}

/// Undelete.
pub fn vm_restore(vm: &VmRef) -> Request {
    put(vm, json!({"deleted": false}), "restore")
}

/// `DELETE .../virtual_machines/{vm}[?purge=true]`.
pub fn vm_delete(vm: &VmRef, purge: bool) -> Request {
    let r = Request::new(
        Method::Delete,
        vm.path(),
        format!("{} server {vm}", if purge { "purge" } else { "delete" }),
    );
    if purge { r.query("purge", "true") } else { r }
}

/// `POST .../virtual_machines/{vm}/signal {"signal": ...}` (`powerdown` or `reset`).
pub fn signal(vm: &VmRef, signal: &str) -> Request {
    Request::new(
        Method::Post,
        format!("{}/signal", vm.path()),
        format!("send {signal} to server {vm}"),
    )
    .body(json!({ "signal": signal }))
}

/// What `reimage` sends.
#[derive(Debug, Clone, PartialEq)]
pub struct Reimage {
    pub image: String,
    pub root_password: Option<Secret>,
    pub ssh_public_key: Option<String>,
    pub firstboot_script: Option<String>,
}

/// `POST .../virtual_machines/{vm}/reimage` (§4.6).
pub fn reimage(vm: &VmRef, spec: &Reimage) -> Request {
    let mut body = Map::new();
    body.insert("distribution".into(), json!(spec.image));
    if let Some(p) = &spec.root_password {
        body.insert("root_password".into(), json!(p.0));
    }
    if let Some(k) = &spec.ssh_public_key {
        body.insert("ssh_public_key".into(), json!(k));
    }
    if let Some(s) = &spec.firstboot_script {
        body.insert("firstboot_script".into(), json!(s));
    }
    Request::new(
        Method::Post,
        format!("{}/reimage", vm.path()),
        format!("reimage server {vm}"),
    )
    .body(Value::Object(body))
}

fn disc_path(vm: &VmRef, disc: &str) -> String {
    format!("{}/discs/{}", vm.path(), encode_segment(disc))
}

/// `GET .../discs/{disc}` (label or id).
pub fn disc_get(vm: &VmRef, disc: &str) -> Request {
    Request::get(
        disc_path(vm, disc),
        format!("get disc {disc} of server {vm}"),
    )
}

/// `POST .../discs {"label", "storage_grade", "size"}`.
pub fn disc_add(vm: &VmRef, label: &str, grade: &str, size_mib: u64) -> Request {
    Request::new(
        Method::Post,
        format!("{}/discs", vm.path()),
        format!("add disc {label} to server {vm}"),
    )
    .body(json!({"label": label, "storage_grade": grade, "size": size_mib}))
}

/// `PUT .../discs/{disc} {"size": N}` (grow only).
pub fn disc_resize(vm: &VmRef, disc: &str, size_mib: u64) -> Request {
    Request::new(
        Method::Put,
        disc_path(vm, disc),
        format!("resize disc {disc} of server {vm}"),
    )
    .body(json!({ "size": size_mib }))
}

/// `DELETE .../discs/{disc}?purge=true` — the brain requires `purge=true`.
pub fn disc_delete(vm: &VmRef, disc: &str) -> Request {
    Request::new(
        Method::Delete,
        disc_path(vm, disc),
        format!("delete disc {disc} of server {vm}"),
    )
    .query("purge", "true")
}

/// The request as `--dry-run` prints it: method, path (with query) and body,
/// with any root password replaced by `"<redacted>"`.
pub fn dry_run_view(req: &Request) -> Value {
    let mut body = req.body.clone();
    if let Some(b) = body.as_mut() {
        redact(b);
    }
    let mut out = Map::new();
    out.insert("method".into(), json!(req.method.as_str()));
    out.insert("path".into(), json!(req.path_and_query()));
    if let Some(b) = body {
        out.insert("body".into(), b);
    }
    Value::Object(out)
}

/// Replaces every `root_password` member (at any depth) with `"<redacted>"`.
pub fn redact(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for (k, val) in m.iter_mut() {
                if k == "root_password" && !val.is_null() {
                    *val = json!(REDACTED);
                } else {
                    redact(val);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(redact),
        _ => {}
    }
}

// Backups, backup schedules and disc moves (§4.8–§4.10); addresses
// (§4.11–§4.12).
mod backups;
mod ips;
pub use backups::*;
pub use ips::*;

#[cfg(test)]
mod tests {
    use super::*;

    fn web1() -> VmRef {
        VmRef::new("acme", "default", "web1")
    }

    #[test]
    fn reads() {
        assert_eq!(definitions().path_and_query(), "/definitions");
        assert_eq!(
            accounts_overview(false).path_and_query(),
            "/accounts?view=overview"
        );
        assert_eq!(
            accounts_overview(true).path_and_query(),
            "/accounts?view=overview&include_deleted=true"
        );
        assert_eq!(
            account_overview("acme", true).path_and_query(),
            "/accounts/acme?view=overview&include_deleted=true"
        );
        assert_eq!(
            group_get("acme", "prod", false).path_and_query(),
            "/accounts/acme/groups/prod?view=overview"
        );
        let r = vm_get(&web1());
        assert_eq!(r.method, Method::Get);
        assert_eq!(
            r.path_and_query(),
            "/accounts/acme/groups/default/virtual_machines/web1?include_deleted=true&view=overview"
        );
        assert_eq!(
            vm_get_by_id(1234).path_and_query(),
            "/virtual_machines/1234?include_deleted=true&view=overview"
        );
        assert_eq!(
            disc_get(&web1(), "disc-1").path_and_query(),
            "/accounts/acme/groups/default/virtual_machines/web1/discs/disc-1"
        );
    }

    #[test]
    fn segments_are_encoded() {
        let r = vm_get(&VmRef::new("a b", "g/h", "x?y"));
        assert_eq!(
            r.path,
            "/accounts/a%20b/groups/g%2Fh/virtual_machines/x%3Fy"
        );
    }

    #[test]
    fn power_bodies_follow_the_power_model() {
        let p = "/accounts/acme/groups/default/virtual_machines/web1";
        for (r, body) in [
            (
                vm_start(&web1()),
                json!({"autoreboot_on": true, "power_on": true}),
            ),
            (
                vm_stop(&web1()),
                json!({"autoreboot_on": false, "power_on": false}),
            ),
            (
                vm_restart(&web1()),
                json!({"autoreboot_on": true, "power_on": false}),
            ),
            (vm_keep_off(&web1()), json!({"autoreboot_on": false})),
            (vm_restore(&web1()), json!({"deleted": false})),
        ] {
            assert_eq!((r.method, r.path.as_str()), (Method::Put, p));
            assert_eq!(r.body, Some(body));
        }
        let s = signal(&web1(), "powerdown");
        assert_eq!(
            (s.method, s.path.as_str()),
            (
                Method::Post,
                "/accounts/acme/groups/default/virtual_machines/web1/signal"
            )
        );
        assert_eq!(s.body, Some(json!({"signal": "powerdown"})));
    }

    #[test]
    fn an_update_sends_only_what_changes() {
        let change = VmUpdate {
            memory_mib: Some(2048),
            hwprofile_locked: Some(false),
            cdrom_url: Some(None),
            ..VmUpdate::default()
        };
        let r = vm_update(&web1(), &change);
        assert_eq!(r.method, Method::Put);
        assert_eq!(r.context, "update server web1.default.acme");
        assert_eq!(
            r.body,
            Some(json!({"memory": 2048, "hardware_profile_locked": false, "cdrom_url": null}))
        );
        assert!(change.needs_restart() && !change.is_empty());
        assert!(VmUpdate::default().is_empty());
    }

    #[test]
    fn deletes() {
        let r = vm_delete(&web1(), false);
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (
                Method::Delete,
                "/accounts/acme/groups/default/virtual_machines/web1"
            )
        );
        assert_eq!(
            vm_delete(&web1(), true).path_and_query(),
            "/accounts/acme/groups/default/virtual_machines/web1?purge=true"
        );
        assert_eq!(
            disc_delete(&web1(), "disc-2").path_and_query(),
            "/accounts/acme/groups/default/virtual_machines/web1/discs/disc-2?purge=true"
        );
        let g = group_delete("acme", "prod");
        assert_eq!(
            (g.method, g.path.as_str()),
            (Method::Delete, "/accounts/acme/groups/prod")
        );
    }

    #[test]
    fn groups_and_discs_bodies() {
        let g = group_create("acme", "prod");
        assert_eq!(
            (g.method, g.path.as_str()),
            (Method::Post, "/accounts/acme/groups")
        );
        assert_eq!(g.body, Some(json!({"name": "prod"})));
        let d = disc_add(&web1(), "disc-2", "archive", 51200);
        assert_eq!(
            d.path,
            "/accounts/acme/groups/default/virtual_machines/web1/discs"
        );
        assert_eq!(
            d.body,
            Some(json!({"label": "disc-2", "storage_grade": "archive", "size": 51200}))
        );
        let r = disc_resize(&web1(), "disc-2", 102400);
        assert_eq!(
            (r.method, r.body),
            (Method::Put, Some(json!({"size": 102400})))
        );
    }

    fn spec() -> VmCreate {
        VmCreate {
            name: "web2".into(),
            cores: 2,
            memory_mib: 2048,
            discs: vec![
                ("disc-1".into(), "sata".into(), 25600),
                ("data".into(), "ssd".into(), 51200),
            ],
            zone: None,
            hwprofile: None,
            hwprofile_locked: false,
            cdrom_url: None,
            power_on: true,
            image: Some("symbiosis".into()),
            root_password: None,
            ssh_public_key: None,
            firstboot_script: None,
            ipv4: None,
            ipv6: None,
        }
    }

    #[test]
    fn vm_create_body_minimal() {
        let r = vm_create("acme", "default", &spec());
        assert_eq!(r.method, Method::Post);
        assert_eq!(r.path, "/accounts/acme/groups/default/vm_create");
        assert_eq!(
            r.body,
            Some(json!({
                "virtual_machine": {"name": "web2", "cores": 2, "memory": 2048, "power_on": true, "autoreboot_on": true},
                "discs": [
                    {"label": "disc-1", "storage_grade": "sata", "size": 25600},
                    {"label": "data", "storage_grade": "ssd", "size": 51200}
                ],
                "reimage": {"distribution": "symbiosis"}
            }))
        );
    }

    #[test]
    fn vm_create_body_full_and_redacted() {
        let mut s = spec();
        s.power_on = false;
        s.zone = Some("york".into());
        s.hwprofile = Some("virtio2013".into());
        s.hwprofile_locked = true;
        s.cdrom_url = Some("https://x/y.iso".into());
        s.root_password = Some(Secret("hunter22".into()));
        s.ssh_public_key = Some("ssh-ed25519 AAAA me".into());
        s.firstboot_script = Some("#!/bin/sh\n".into());
        s.ipv4 = Some("10.0.0.5".into());
        let r = vm_create("acme", "default", &s);
        let b = r.body.clone().unwrap();
        assert_eq!(b["virtual_machine"]["power_on"], false);
        assert_eq!(b["virtual_machine"]["autoreboot_on"], false);
        assert_eq!(b["virtual_machine"]["zone_name"], "york");
        assert_eq!(b["virtual_machine"]["hardware_profile"], "virtio2013");
        assert_eq!(b["virtual_machine"]["hardware_profile_locked"], true);
        assert_eq!(b["virtual_machine"]["cdrom_url"], "https://x/y.iso");
        assert_eq!(b["reimage"]["root_password"], "hunter22");
        assert_eq!(b["reimage"]["ssh_public_key"], "ssh-ed25519 AAAA me");
        assert_eq!(b["ips"], json!({"ipv4": "10.0.0.5"}));
        let shown = dry_run_view(&r);
        assert_eq!(shown["method"], "POST");
        assert_eq!(shown["path"], "/accounts/acme/groups/default/vm_create");
        assert_eq!(shown["body"]["reimage"]["root_password"], REDACTED);
        assert!(!shown.to_string().contains("hunter22"));
        assert!(!format!("{s:?}").contains("hunter22"));
        s.image = None;
        let b = vm_create("acme", "default", &s).body.unwrap();
        assert!(b.get("reimage").is_none());
    }

    #[test]
    fn reimage_body() {
        let r = reimage(
            &web1(),
            &Reimage {
                image: "jessie".into(),
                root_password: Some(Secret("pw".into())),
                ssh_public_key: None,
                firstboot_script: None,
            },
        );
        assert_eq!(
            r.path,
            "/accounts/acme/groups/default/virtual_machines/web1/reimage"
        );
        assert_eq!(
            r.body,
            Some(json!({"distribution": "jessie", "root_password": "pw"}))
        );
        assert_eq!(dry_run_view(&r)["body"]["root_password"], REDACTED);
    }
}

// Users, SSH keys, privileges and API keys (§4.13–§4.15).
mod access;
pub use access::*;
