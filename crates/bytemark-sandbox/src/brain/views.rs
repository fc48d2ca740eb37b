//! Response bodies, shaped after the examples in the API reference (§4).
//! Built from the sandbox's own state types, never the client's models.
//!
//! Accounts, groups, servers, discs and NICs are views that borrow the
//! state ([`AccountView`], [`GroupView`], [`VmView`], …): an overview of
//! 10,000 servers is written straight to bytes, with no JSON tree and no
//! copies of the state's strings. Their fields are declared in sorted
//! order, the order of serde_json's maps, so a view written straight and
//! the same view as a [`Value`] (as single objects are answered) give the
//! same bytes (a test pins it).

use serde::{Serialize, Serializer};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

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

/// A view as a JSON value (for single objects, and bodies built around
/// them). The views cannot fail to serialise.
pub fn value(v: impl Serialize) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// An account; with `groups`, an overview.
#[derive(Serialize)]
pub struct AccountView<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<GroupView<'a>>>,
    pub id: u64,
    pub name: &'a str,
    pub suspended: bool,
}

pub fn account(st: &State, id: u64) -> Value {
    match st.accounts.get(&id) {
        Some(a) => value(AccountView {
            groups: None,
            id: a.id,
            name: &a.name,
            suspended: a.suspended,
        }),
        None => Value::Null,
    }
}

/// A group; with `virtual_machines`, an overview.
#[derive(Serialize)]
pub struct GroupView<'a> {
    pub account_id: u64,
    pub id: u64,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub virtual_machines: Option<Vms<'a>>,
}

impl<'a> GroupView<'a> {
    pub fn new(g: &'a Group, vms: Option<Vms<'a>>) -> GroupView<'a> {
        GroupView {
            account_id: g.account_id,
            id: g.id,
            name: &g.name,
            kind: T_GROUP,
            virtual_machines: vms,
        }
    }
}

/// `vm.group.account.<DOMAIN>`, written where it is needed.
pub struct Hostname<'a> {
    vm: &'a str,
    group: &'a str,
    account: &'a str,
}

impl<'a> Hostname<'a> {
    pub fn of(st: &'a State, vm: &'a Vm) -> Hostname<'a> {
        let g = st.groups.get(&vm.group_id);
        let a = g.and_then(|g| st.accounts.get(&g.account_id));
        Hostname {
            vm: &vm.name,
            group: g.map(|g| g.name.as_str()).unwrap_or("?"),
            account: a.map(|a| a.name.as_str()).unwrap_or("?"),
        }
    }
}

impl fmt::Display for Hostname<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}.{DOMAIN}", self.vm, self.group, self.account)
    }
}

impl Serialize for Hostname<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

pub fn hostname(st: &State, vm: &Vm) -> String {
    Hostname::of(st, vm).to_string()
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

/// A server; with `discs` and `network_interfaces`, as in overviews.
#[derive(Serialize)]
pub struct VmView<'a> {
    pub autoreboot_on: bool,
    pub cdrom_url: &'a Option<String>,
    pub cores: u64,
    pub deleted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discs: Option<Discs<'a>>,
    pub group_id: u64,
    pub hardware_profile: &'a str,
    pub hardware_profile_locked: bool,
    pub head: Option<String>,
    pub hostname: Hostname<'a>,
    pub id: u64,
    pub keymap: &'a Option<String>,
    pub last_imaged_with: &'a Option<String>,
    pub management_address: &'a str,
    pub memory: u64,
    pub name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_interfaces: Option<Nics<'a>>,
    pub power_on: bool,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub zone_name: &'a str,
}

impl<'a> VmView<'a> {
    pub fn new(st: &'a State, vm: &'a Vm, overview: Option<&'a Children<'a>>) -> VmView<'a> {
        let (discs, nics) = match overview {
            Some(c) => (
                Some(Discs {
                    discs: c.discs.get(&vm.id).map_or(&[], Vec::as_slice),
                    backup_counts: &c.backup_counts,
                }),
                Some(Nics(c.nics.get(&vm.id).map_or(&[], Vec::as_slice))),
            ),
            None => (None, None),
        };
        VmView {
            autoreboot_on: vm.autoreboot_on,
            cdrom_url: &vm.cdrom_url,
            cores: vm.cores,
            deleted: vm.deleted,
            discs,
            group_id: vm.group_id,
            hardware_profile: &vm.hardware_profile,
            hardware_profile_locked: vm.hardware_profile_locked,
            head: vm.head(),
            hostname: Hostname::of(st, vm),
            id: vm.id,
            keymap: &vm.keymap,
            last_imaged_with: &vm.last_imaged_with,
            management_address: &vm.management_address,
            memory: vm.memory,
            name: &vm.name,
            network_interfaces: nics,
            power_on: vm.power_on,
            kind: T_VM,
            zone_name: &vm.zone_name,
        }
    }
}

pub fn vm(st: &State, vm: &Vm, overview: Option<&Children>) -> Value {
    value(VmView::new(st, vm, overview))
}

/// Servers, each written as its [`VmView`] when the list is written: an
/// overview never holds all its views at once.
pub struct Vms<'a> {
    pub st: &'a State,
    pub vms: &'a [&'a Vm],
    pub children: Option<&'a Children<'a>>,
}

impl Serialize for Vms<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            self.vms
                .iter()
                .map(|vm| VmView::new(self.st, vm, self.children)),
        )
    }
}

/// A server's discs, as [`DiscView`]s.
pub struct Discs<'a> {
    discs: &'a [&'a Disc],
    backup_counts: &'a HashMap<u64, usize>,
}

impl Serialize for Discs<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            self.discs
                .iter()
                .map(|d| DiscView::new(d, self.backup_counts)),
        )
    }
}

/// A server's NICs, as [`NicView`]s.
pub struct Nics<'a>(&'a [&'a Nic]);

impl Serialize for Nics<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|n| NicView::new(n)))
    }
}

/// A disc's backup schedules, as [`ScheduleView`]s.
pub struct Schedules<'a>(&'a [Schedule]);

impl Serialize for Schedules<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(ScheduleView::new))
    }
}

#[derive(Serialize)]
pub struct ScheduleView<'a> {
    pub capacity: i64,
    pub id: u64,
    pub interval_seconds: i64,
    pub start_at: &'a str,
}

impl<'a> ScheduleView<'a> {
    pub fn new(s: &'a Schedule) -> ScheduleView<'a> {
        ScheduleView {
            capacity: s.capacity,
            id: s.id,
            interval_seconds: s.interval_seconds,
            start_at: &s.start_at,
        }
    }
}

pub fn schedule(s: &Schedule) -> Value {
    value(ScheduleView::new(s))
}

/// A disc. While it is being restored it shows `iceberg`, its own grade
/// and pool as `new_storage_grade` and `new_storage_pool` (reference §4.8).
#[derive(Serialize)]
pub struct DiscView<'a> {
    pub backup_count: usize,
    pub backup_schedules: Schedules<'a>,
    pub backups_enabled: bool,
    pub id: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iops_limit: Option<u64>,
    pub label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_storage_grade: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_storage_pool: Option<&'a str>,
    pub size: u64,
    pub storage_grade: &'a str,
    pub storage_pool: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub virtual_machine_id: u64,
}

impl<'a> DiscView<'a> {
    /// `backup_counts` (by disc id) gives its `backup_count`.
    pub fn new(d: &'a Disc, backup_counts: &HashMap<u64, usize>) -> DiscView<'a> {
        let restoring = d.restore.as_ref();
        DiscView {
            backup_count: backup_counts.get(&d.id).copied().unwrap_or(0),
            backup_schedules: Schedules(&d.schedules),
            backups_enabled: !d.schedules.is_empty(),
            id: d.id,
            iops_limit: d.iops_limit,
            label: &d.label,
            new_storage_grade: restoring.map(|_| d.storage_grade.as_str()),
            new_storage_pool: restoring.map(|_| d.storage_pool.as_str()),
            size: d.size,
            storage_grade: if restoring.is_some() {
                COLD_GRADE
            } else {
                &d.storage_grade
            },
            storage_pool: match restoring {
                Some(r) => &r.from_pool,
                None => &d.storage_pool,
            },
            kind: T_DISC,
            virtual_machine_id: d.vm_id,
        }
    }
}

/// A disc; `backup_counts` (by disc id) gives its `backup_count`.
pub fn disc(d: &Disc, backup_counts: &HashMap<u64, usize>) -> Value {
    value(DiscView::new(d, backup_counts))
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

#[derive(Serialize)]
pub struct NicView<'a> {
    /// additional IP -> primary IP it is routed via
    pub extra_ips: &'a BTreeMap<String, String>,
    pub id: u64,
    pub ips: &'a [String],
    pub label: &'a Option<String>,
    pub mac: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub virtual_machine_id: u64,
    pub vlan_num: u64,
}

impl<'a> NicView<'a> {
    pub fn new(n: &'a Nic) -> NicView<'a> {
        NicView {
            extra_ips: &n.extra_ips,
            id: n.id,
            ips: &n.ips,
            label: &n.label,
            mac: &n.mac,
            kind: T_NIC,
            virtual_machine_id: n.vm_id,
            vlan_num: n.vlan_num,
        }
    }
}

pub fn nic(n: &Nic) -> Value {
    value(NicView::new(n))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Restore, Schedule};

    /// Views written straight give the bytes of the same view as a
    /// `Value` (whose maps are sorted): their fields are declared in
    /// sorted order. Every optional field is there in some server.
    #[test]
    fn views_written_straight_are_their_values() {
        let mut st = State::seed(7, 30);
        let first = st.discs.values_mut().next().unwrap();
        first.iops_limit = Some(500);
        first.restore = Some(Restore {
            until_ms: 1,
            from_pool: "p1".into(),
        });
        first.schedules.push(Schedule {
            id: 9,
            start_at: "2020-01-01T00:00:00+00:00".into(),
            interval_seconds: 86400,
            capacity: 3,
            ran_until_ms: 0,
        });
        let nic = st.nics.values_mut().next().unwrap();
        nic.extra_ips
            .insert("192.0.2.200".into(), "192.0.2.1".into());
        nic.label = Some("eth0 \"quoted\"".into());
        let children = Children::all(&st);
        for vm in st.vms.values() {
            for overview in [None, Some(&children)] {
                let view = VmView::new(&st, vm, overview);
                let straight = serde_json::to_string(&view).unwrap();
                assert_eq!(straight, value(&view).to_string());
            }
        }
        for g in st.groups.values() {
            let vms: Vec<&Vm> = st.vms.values().filter(|v| v.group_id == g.id).collect();
            let list = Vms {
                st: &st,
                vms: &vms,
                children: Some(&children),
            };
            let view = GroupView::new(g, Some(list));
            assert_eq!(
                serde_json::to_string(&view).unwrap(),
                value(&view).to_string()
            );
        }
        let a = st.accounts.values().next().unwrap();
        let view = AccountView {
            groups: Some(vec![]),
            id: a.id,
            name: &a.name,
            suspended: a.suspended,
        };
        assert_eq!(
            serde_json::to_string(&view).unwrap(),
            value(&view).to_string()
        );
        // The optional fields are there to compare.
        let d = st.discs.values().next().unwrap();
        let shown = disc(d, &HashMap::new());
        assert_eq!(shown["storage_grade"], COLD_GRADE);
        assert_eq!(shown["storage_pool"], "p1");
        assert_eq!(shown["iops_limit"], 500);
        let schedules = shown["backup_schedules"].as_array().unwrap();
        assert_eq!(schedules.last().unwrap()["capacity"], 3);
    }
}
