//! Response bodies, shaped after the examples in the API reference (§4).
//! Built from the sandbox's own state types, never the client's models.

use serde_json::{Map, Value, json};
use std::collections::HashMap;

use crate::state::{
    ApiKey, Backup, COLD_GRADE, Disc, Group, Nic, Privilege, Schedule, State, User, Vm,
};

/// Cluster domain used in host names (`vm.group.account.<DOMAIN>`).
pub const DOMAIN: &str = "uk0.bigv.io";

/// The `type` of embedded objects (reference §2.2).
pub const T_GROUP: &str = "application/vnd.bigv.group";
pub const T_VM: &str = "application/vnd.bigv.virtual-machine";
pub const T_DISC: &str = "application/vnd.bigv.disc";
pub const T_NIC: &str = "application/vnd.bigv.network-interface";

pub fn account(st: &State, id: u64) -> Value {
    match st.accounts.get(&id) {
        Some(a) => json!({"id": a.id, "name": a.name, "suspended": a.suspended}),
        None => Value::Null,
    }
}

pub fn group(g: &Group, vms: Option<Vec<Value>>) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), T_GROUP.into());
    m.insert("id".into(), g.id.into());
    m.insert("account_id".into(), g.account_id.into());
    m.insert("name".into(), g.name.clone().into());
    if let Some(v) = vms {
        m.insert("virtual_machines".into(), Value::Array(v));
    }
    Value::Object(m)
}

pub fn hostname(st: &State, vm: &Vm) -> String {
    let g = st.groups.get(&vm.group_id);
    let a = g.and_then(|g| st.accounts.get(&g.account_id));
    format!(
        "{}.{}.{}.{}",
        vm.name,
        g.map(|g| g.name.as_str()).unwrap_or("?"),
        a.map(|a| a.name.as_str()).unwrap_or("?"),
        DOMAIN
    )
}

/// Discs and NICs grouped by VM id, and backups counted by disc, built in
/// one pass (for overviews).
pub struct Children<'a> {
    pub discs: HashMap<u64, Vec<&'a Disc>>,
    pub nics: HashMap<u64, Vec<&'a Nic>>,
    pub backup_counts: HashMap<u64, usize>,
}

impl<'a> Children<'a> {
    pub fn all(st: &'a State) -> Children<'a> {
        let mut discs: HashMap<u64, Vec<&Disc>> = HashMap::new();
        for d in st.discs.values() {
            discs.entry(d.vm_id).or_default().push(d);
        }
        let mut nics: HashMap<u64, Vec<&Nic>> = HashMap::new();
        for n in st.nics.values() {
            nics.entry(n.vm_id).or_default().push(n);
        }
        Children {
            discs,
            nics,
            backup_counts: st.backup_counts(),
        }
    }

    pub fn of(st: &'a State, vm_id: u64) -> Children<'a> {
        let mut c = Children {
            discs: HashMap::new(),
            nics: HashMap::new(),
            backup_counts: st.backup_counts(),
        };
        c.discs.insert(
            vm_id,
            st.discs.values().filter(|d| d.vm_id == vm_id).collect(),
        );
        c.nics.insert(
            vm_id,
            st.nics.values().filter(|n| n.vm_id == vm_id).collect(),
        );
        c
    }
}

pub fn vm(st: &State, vm: &Vm, overview: Option<&Children>) -> Value {
    let mut m = Map::with_capacity(24);
    m.insert("type".into(), T_VM.into());
    m.insert("id".into(), vm.id.into());
    m.insert("name".into(), vm.name.clone().into());
    m.insert("group_id".into(), vm.group_id.into());
    m.insert("hostname".into(), hostname(st, vm).into());
    m.insert(
        "management_address".into(),
        vm.management_address.clone().into(),
    );
    m.insert("zone_name".into(), vm.zone_name.clone().into());
    m.insert("cores".into(), vm.cores.into());
    m.insert("memory".into(), vm.memory.into());
    m.insert("power_on".into(), vm.power_on.into());
    m.insert("autoreboot_on".into(), vm.autoreboot_on.into());
    m.insert("cdrom_url".into(), vm.cdrom_url.clone().into());
    m.insert("keymap".into(), vm.keymap.clone().into());
    m.insert("deleted".into(), vm.deleted.into());
    m.insert("head".into(), vm.head().into());
    m.insert(
        "hardware_profile".into(),
        vm.hardware_profile.clone().into(),
    );
    m.insert(
        "hardware_profile_locked".into(),
        vm.hardware_profile_locked.into(),
    );
    m.insert(
        "last_imaged_with".into(),
        vm.last_imaged_with.clone().into(),
    );
    if let Some(c) = overview {
        let discs = c
            .discs
            .get(&vm.id)
            .map(|ds| ds.iter().map(|d| disc(d, &c.backup_counts)).collect())
            .unwrap_or_default();
        let nics = c
            .nics
            .get(&vm.id)
            .map(|ns| ns.iter().map(|n| nic(n)).collect())
            .unwrap_or_default();
        m.insert("discs".into(), Value::Array(discs));
        m.insert("network_interfaces".into(), Value::Array(nics));
    }
    Value::Object(m)
}

pub fn schedule(s: &Schedule) -> Value {
    json!({"id": s.id, "start_at": s.start_at, "interval_seconds": s.interval_seconds,
           "capacity": s.capacity})
}

/// A disc; `backup_counts` (by disc id) gives its `backup_count`. While it
/// is being restored it shows `iceberg`, its own grade and pool as
/// `new_storage_grade` and `new_storage_pool` (reference §4.8).
pub fn disc(d: &Disc, backup_counts: &HashMap<u64, usize>) -> Value {
    let mut v = json!({
        "type": T_DISC,
        "id": d.id,
        "label": d.label,
        "size": d.size,
        "storage_grade": d.storage_grade,
        "storage_pool": d.storage_pool,
        "virtual_machine_id": d.vm_id,
        "backup_count": backup_counts.get(&d.id).copied().unwrap_or(0),
        "backups_enabled": !d.schedules.is_empty(),
        "backup_schedules": d.schedules.iter().map(schedule).collect::<Vec<_>>(),
    });
    if let Some(m) = v.as_object_mut() {
        if let Some(limit) = d.iops_limit {
            m.insert("iops_limit".into(), limit.into());
        }
        if let Some(r) = &d.restore {
            m.insert("storage_grade".into(), COLD_GRADE.into());
            m.insert("storage_pool".into(), r.from_pool.clone().into());
            m.insert("new_storage_grade".into(), d.storage_grade.clone().into());
            m.insert("new_storage_pool".into(), d.storage_pool.clone().into());
        }
    }
    v
}

/// A backup: a disc object plus `parent_disc_id` and `manual` (reference
/// §4.9).
pub fn backup(st: &State, b: &Backup) -> Value {
    json!({
        "type": T_DISC,
        "id": b.id,
        "label": b.label,
        "manual": b.manual,
        "parent_disc_id": b.disc_id,
        "size": b.size,
        "storage_grade": b.storage_grade,
        "storage_pool": b.storage_pool,
        "virtual_machine_id": st.discs.get(&b.disc_id).map(|d| d.vm_id),
    })
}

pub fn nic(n: &Nic) -> Value {
    json!({
        "type": T_NIC,
        "id": n.id,
        "label": n.label,
        "mac": n.mac,
        "vlan_num": n.vlan_num,
        "ips": n.ips,
        "extra_ips": n.extra_ips,
        "virtual_machine_id": n.vm_id,
    })
}

pub fn user(u: &User) -> Value {
    json!({"id": u.id, "username": u.username, "email": u.email,
           "authorized_keys": u.authorized_keys})
}

pub fn privilege(st: &State, p: &Privilege) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), p.id.into());
    let username = st
        .users
        .get(&p.user_id)
        .map(|u| u.username.clone())
        .unwrap_or_default();
    m.insert("username".into(), username.into());
    m.insert("level".into(), p.level.clone().into());
    let mut links = Map::new();
    links.insert(
        "self".into(),
        json!({"href": format!("/privileges/{}", p.id)}),
    );
    links.insert(
        "user".into(),
        json!({"href": format!("/users/{}", p.user_id)}),
    );
    if let Some(a) = p.account_id {
        m.insert("account_id".into(), a.into());
        let name = st.accounts.get(&a).map(|a| a.name.clone());
        m.insert("account_name".into(), name.clone().into());
        links.insert(
            "account".into(),
            json!({"href": format!("/accounts/{a}"), "title": format!("Account {}", name.unwrap_or_default())}),
        );
    }
    if let Some(g) = p.group_id {
        m.insert("group_id".into(), g.into());
        m.insert(
            "group_name".into(),
            st.groups.get(&g).map(|g| g.name.clone()).into(),
        );
        links.insert("group".into(), json!({"href": format!("/groups/{g}")}));
    }
    if let Some(v) = p.vm_id {
        m.insert("virtual_machine_id".into(), v.into());
        m.insert(
            "virtual_machine_name".into(),
            st.vms.get(&v).map(|v| v.name.clone()).into(),
        );
        links.insert(
            "virtual_machine".into(),
            json!({"href": format!("/virtual_machines/{v}")}),
        );
    }
    m.insert("api_key_id".into(), p.api_key_id.into());
    m.insert("password_required".into(), p.password_required.into());
    m.insert("yubikey_required".into(), p.yubikey_required.into());
    m.insert("yubikey_otp_max_age".into(), p.yubikey_otp_max_age.into());
    m.insert(
        "ip_restrictions".into(),
        p.ip_restrictions.clone().map_or(Value::Null, |l| json!(l)),
    );
    m.insert(
        "creating_username".into(),
        p.creating_username.clone().into(),
    );
    m.insert("_links".into(), Value::Object(links));
    Value::Object(m)
}

pub fn api_key(st: &State, k: &ApiKey, secret: bool, privileges: Option<Vec<Value>>) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), k.id.into());
    m.insert("user_id".into(), k.user_id.into());
    m.insert(
        "username".into(),
        st.users.get(&k.user_id).map(|u| u.username.clone()).into(),
    );
    m.insert("label".into(), k.label.clone().into());
    if secret {
        m.insert("api_key".into(), k.key.clone().into());
    }
    if let Some(e) = &k.expires_at {
        m.insert("expires_at".into(), e.clone().into());
    }
    if let Some(p) = privileges {
        m.insert("privileges".into(), Value::Array(p));
    }
    Value::Object(m)
}
