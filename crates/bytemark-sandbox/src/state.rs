//! The sandbox's own data model (never the client's), seed data, lazy power
//! transitions, allocation of addresses, and the state file.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::SandboxError;

/// Cluster domain used in host names (`vm.group.account.<DOMAIN>`).
pub const DOMAIN: &str = "uk0.bigv.io";
/// Version of the state file layout.
pub const STATE_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Account {
    pub id: u64,
    pub name: String,
    pub suspended: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Group {
    pub id: u64,
    pub account_id: u64,
    pub name: String,
}

/// A power change that completes at `until_ms` (unix milliseconds).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
pub struct Pending {
    pub until_ms: u64,
    pub power_on: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Vm {
    pub id: u64,
    pub group_id: u64,
    pub name: String,
    pub cores: u64,
    pub memory: u64,
    pub power_on: bool,
    pub autoreboot_on: bool,
    pub cdrom_url: Option<String>,
    pub keymap: Option<String>,
    pub hardware_profile: String,
    pub hardware_profile_locked: bool,
    pub zone_name: String,
    pub deleted: bool,
    pub management_address: String,
    pub last_imaged_with: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<Pending>,
}

impl Vm {
    /// The physical host while running (derived from the id: stable).
    pub fn head(&self) -> Option<String> {
        self.power_on.then(|| format!("head{}", 1 + self.id % 24))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Schedule {
    pub id: u64,
    pub start_at: String,
    pub interval_seconds: i64,
    pub capacity: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Disc {
    pub id: u64,
    pub vm_id: u64,
    pub label: String,
    pub size: u64,
    pub storage_grade: String,
    pub storage_pool: String,
    #[serde(default)]
    pub iops_limit: Option<u64>,
    #[serde(default)]
    pub schedules: Vec<Schedule>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Nic {
    pub id: u64,
    pub vm_id: u64,
    pub label: Option<String>,
    pub mac: String,
    pub vlan_num: u64,
    pub ips: Vec<String>,
    /// additional IP -> primary IP it is routed via
    pub extra_ips: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct User {
    pub id: u64,
    pub username: String,
    pub email: String,
    pub authorized_keys: String,
    pub password: String,
    /// The one accepted 2FA code (a sandbox has no clock-based TOTP).
    pub totp: Option<String>,
    pub yubikey: bool,
    pub staff: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Privilege {
    pub id: u64,
    pub user_id: u64,
    pub level: String,
    pub account_id: Option<u64>,
    pub group_id: Option<u64>,
    pub vm_id: Option<u64>,
    pub api_key_id: Option<u64>,
    pub password_required: bool,
    pub yubikey_required: bool,
    pub yubikey_otp_max_age: u64,
    pub creating_username: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ApiKey {
    pub id: u64,
    pub user_id: u64,
    pub label: String,
    pub key: String,
    pub expires_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub username: String,
    pub factors: Vec<String>,
    pub ttl_ms: u64,
    pub expires_at_ms: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Counters {
    pub account: u64,
    pub group: u64,
    pub vm: u64,
    pub disc: u64,
    pub nic: u64,
    pub user: u64,
    pub privilege: u64,
    pub api_key: u64,
    pub schedule: u64,
    pub ip: u64,
    pub mac: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    /// Mixed into address allocation so different seeds give different
    /// (but repeatable) addresses.
    pub alloc_seed: u64,
    pub counters: Counters,
    pub accounts: BTreeMap<u64, Account>,
    pub groups: BTreeMap<u64, Group>,
    pub vms: BTreeMap<u64, Vm>,
    pub discs: BTreeMap<u64, Disc>,
    pub nics: BTreeMap<u64, Nic>,
    pub users: BTreeMap<u64, User>,
    pub privileges: BTreeMap<u64, Privilege>,
    pub api_keys: BTreeMap<u64, ApiKey>,
    /// reverse DNS overrides (default: the VM's host name)
    pub rdns: BTreeMap<String, String>,
    pub sessions: BTreeMap<String, Session>,
}

/// Privilege levels, lowest first; the rank is the index + 1.
pub const LEVELS: [&str; 6] = [
    "vm_console",
    "vm_admin",
    "group_admin",
    "account_admin",
    "cluster_admin",
    "cluster_su",
];
pub const R_CONSOLE: u8 = 1;
pub const R_VM_ADMIN: u8 = 2;
pub const R_GROUP_ADMIN: u8 = 3;
pub const R_ACCOUNT_ADMIN: u8 = 4;
pub const R_CLUSTER_ADMIN: u8 = 5;

pub fn level_rank(level: &str) -> Option<u8> {
    LEVELS.iter().position(|l| *l == level).map(|i| i as u8 + 1)
}

pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

impl State {
    pub fn empty(seed: u64) -> State {
        State {
            version: STATE_VERSION,
            alloc_seed: seed,
            counters: Counters::default(),
            accounts: BTreeMap::new(),
            groups: BTreeMap::new(),
            vms: BTreeMap::new(),
            discs: BTreeMap::new(),
            nics: BTreeMap::new(),
            users: BTreeMap::new(),
            privileges: BTreeMap::new(),
            api_keys: BTreeMap::new(),
            rdns: BTreeMap::new(),
            sessions: BTreeMap::new(),
        }
    }

    // ---- allocation -------------------------------------------------

    pub fn next(counter: &mut u64) -> u64 {
        *counter += 1;
        *counter
    }

    /// Next primary IPv4 + IPv6 pair: sequential in 46.43.0.0/16 onwards,
    /// offset by the seed so runs with the same seed allocate the same ones.
    pub fn alloc_ips(&mut self) -> (String, String) {
        let n = Self::next(&mut self.counters.ip);
        let v4 = self.v4_for(n);
        let v6 = format!("2001:41c8:{:x}:{:x}::1", 0x51 + (self.alloc_seed % 64), n);
        (v4, v6)
    }

    fn v4_for(&self, n: u64) -> String {
        // 46.43.x.y, skipping .0 and .255 in the last octet
        let offset = (self.alloc_seed % 97) * 254 + n;
        let base: u64 = (46 << 24) | (43 << 16);
        let hosts = offset % 254 + 1;
        let net = offset / 254;
        let a = base + (net << 8) + hosts;
        format!(
            "{}.{}.{}.{}",
            (a >> 24) & 255,
            (a >> 16) & 255,
            (a >> 8) & 255,
            a & 255
        )
    }

    pub fn alloc_extra_ip(&mut self) -> String {
        let n = Self::next(&mut self.counters.ip);
        self.v4_for(n)
    }

    pub fn alloc_mac(&mut self) -> String {
        let n = Self::next(&mut self.counters.mac) + (self.alloc_seed % 4096) * 4096;
        format!(
            "fe:ff:00:{:02x}:{:02x}:{:02x}",
            (n >> 16) & 255,
            (n >> 8) & 255,
            n & 255
        )
    }

    pub fn management_address_for(id: u64) -> String {
        format!("185.52.{}.{}", (id / 250) % 256, id % 250 + 2)
    }

    pub fn storage_pool_for(disc_id: u64, grade: &str) -> String {
        format!("tail{}-{}{}", 1 + disc_id % 4, grade, 1 + (disc_id / 4) % 2)
    }

    /// Seed data: marks a server as installed with `image`, running or not.
    fn imaged(&mut self, id: u64, image: &str, running: bool) {
        if let Some(vm) = self.vms.get_mut(&id) {
            vm.power_on = running;
            vm.autoreboot_on = running;
            vm.last_imaged_with = Some(image.to_string());
        }
    }

    /// Creates a VM record with one NIC (IPv4 + IPv6) and returns its id.
    #[allow(clippy::too_many_arguments)]
    pub fn insert_vm(
        &mut self,
        group_id: u64,
        name: &str,
        cores: u64,
        memory: u64,
        zone: &str,
        profile: &str,
    ) -> u64 {
        let id = Self::next(&mut self.counters.vm);
        self.vms.insert(
            id,
            Vm {
                id,
                group_id,
                name: name.to_string(),
                cores,
                memory,
                power_on: false,
                autoreboot_on: false,
                cdrom_url: None,
                keymap: None,
                hardware_profile: profile.to_string(),
                hardware_profile_locked: false,
                zone_name: zone.to_string(),
                deleted: false,
                management_address: Self::management_address_for(id),
                last_imaged_with: None,
                pending: None,
            },
        );
        let (v4, v6) = self.alloc_ips();
        let mac = self.alloc_mac();
        let nic_id = Self::next(&mut self.counters.nic);
        self.nics.insert(
            nic_id,
            Nic {
                id: nic_id,
                vm_id: id,
                label: None,
                mac,
                vlan_num: 1,
                ips: vec![v4, v6],
                extra_ips: BTreeMap::new(),
            },
        );
        id
    }

    pub fn insert_disc(&mut self, vm_id: u64, label: &str, size: u64, grade: &str) -> u64 {
        let id = Self::next(&mut self.counters.disc);
        self.discs.insert(
            id,
            Disc {
                id,
                vm_id,
                label: label.to_string(),
                size,
                storage_grade: grade.to_string(),
                storage_pool: Self::storage_pool_for(id, grade),
                iops_limit: None,
                schedules: Vec::new(),
            },
        );
        id
    }

    pub fn insert_group(&mut self, account_id: u64, name: &str) -> u64 {
        let id = Self::next(&mut self.counters.group);
        self.groups.insert(
            id,
            Group {
                id,
                account_id,
                name: name.to_string(),
            },
        );
        id
    }

    pub fn insert_account(&mut self, name: &str) -> u64 {
        let id = Self::next(&mut self.counters.account);
        self.accounts.insert(
            id,
            Account {
                id,
                name: name.to_string(),
                suspended: false,
            },
        );
        self.insert_group(id, "default");
        id
    }

    fn insert_user(&mut self, name: &str, totp: Option<&str>, yubikey: bool, staff: bool) -> u64 {
        let id = Self::next(&mut self.counters.user);
        self.users.insert(
            id,
            User {
                id,
                username: name.to_string(),
                email: format!("{name}@example.com"),
                authorized_keys: String::new(),
                password: name.to_string(),
                totp: totp.map(str::to_string),
                yubikey,
                staff,
            },
        );
        id
    }

    #[allow(clippy::too_many_arguments)]
    pub fn insert_privilege(
        &mut self,
        user_id: u64,
        level: &str,
        account_id: Option<u64>,
        group_id: Option<u64>,
        vm_id: Option<u64>,
        api_key_id: Option<u64>,
        creator: Option<&str>,
    ) -> u64 {
        let id = Self::next(&mut self.counters.privilege);
        self.privileges.insert(
            id,
            Privilege {
                id,
                user_id,
                level: level.to_string(),
                account_id,
                group_id,
                vm_id,
                api_key_id,
                password_required: api_key_id.is_none(),
                yubikey_required: false,
                yubikey_otp_max_age: 900,
                creating_username: creator.map(str::to_string),
            },
        );
        id
    }

    /// The documented seed data (docs/SANDBOX.md), plus `extra` servers in
    /// account `demo` spread over groups `bulk1`..`bulk10`.
    pub fn seed(seed: u64, extra: usize) -> State {
        let mut s = State::empty(seed);
        let demo = s.insert_account("demo");
        let other = s.insert_account("other");
        let demo_default = 1;
        let other_default = 2;
        let staging = s.insert_group(demo, "staging");

        let u_demo = s.insert_user("demo", None, false, false);
        let u_other = s.insert_user("other", None, false, false);
        let u_console = s.insert_user("console", None, false, false);
        let u_twofa = s.insert_user("twofa", Some("123456"), false, false);
        let u_yubi = s.insert_user("yubi", None, true, false);
        let u_staff = s.insert_user("staff", None, false, true);
        if let Some(u) = s.users.get_mut(&u_demo) {
            u.authorized_keys = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDemoDemoDemoDemoDemoDemoDemoDemoDemoDemo demo@laptop".into();
        }

        let web1 = s.insert_vm(demo_default, "web1", 1, 1024, "york", "virtio2013");
        s.imaged(web1, "symbiosis", true);
        let d = s.insert_disc(web1, "disc-1", 25600, "sata");
        if let Some(d) = s.discs.get_mut(&d) {
            let sid = Self::next(&mut s.counters.schedule);
            d.schedules.push(Schedule {
                id: sid,
                start_at: "2019-02-07T00:00:00+00:00".into(),
                interval_seconds: 604800,
                capacity: 1,
            });
        }
        let db1 = s.insert_vm(demo_default, "db1", 2, 2048, "york", "virtio2013");
        s.imaged(db1, "jessie", false);
        s.insert_disc(db1, "vda", 25600, "ssd");
        s.insert_disc(db1, "disc-2", 51200, "archive");
        let app1 = s.insert_vm(staging, "app1", 1, 1024, "manchester", "virtio2013");
        s.imaged(app1, "stretch", true);
        s.insert_disc(app1, "disc-1", 25600, "sata");
        let secret = s.insert_vm(other_default, "secret1", 1, 1024, "york", "virtio2013");
        s.imaged(secret, "symbiosis", true);
        s.insert_disc(secret, "disc-1", 25600, "sata");

        s.insert_privilege(
            u_demo,
            "account_admin",
            Some(demo),
            None,
            None,
            None,
            Some("staff"),
        );
        s.insert_privilege(
            u_other,
            "account_admin",
            Some(other),
            None,
            None,
            None,
            Some("staff"),
        );
        s.insert_privilege(
            u_console,
            "vm_console",
            None,
            None,
            Some(web1),
            None,
            Some("demo"),
        );
        s.insert_privilege(
            u_twofa,
            "account_admin",
            Some(demo),
            None,
            None,
            None,
            Some("staff"),
        );
        s.insert_privilege(
            u_yubi,
            "account_admin",
            Some(demo),
            None,
            None,
            None,
            Some("staff"),
        );
        s.insert_privilege(u_staff, "cluster_admin", None, None, None, None, None);

        let key_id = Self::next(&mut s.counters.api_key);
        s.api_keys.insert(
            key_id,
            ApiKey {
                id: key_id,
                user_id: u_demo,
                label: "ci".into(),
                key: "demo-ci-key".into(),
                expires_at: None,
            },
        );
        s.insert_privilege(
            u_demo,
            "account_admin",
            Some(demo),
            None,
            None,
            Some(key_id),
            Some("staff"),
        );

        if extra > 0 {
            let bulk: Vec<u64> = (1..=10)
                .map(|i| s.insert_group(demo, &format!("bulk{i}")))
                .collect();
            for i in 0..extra {
                let g = bulk[i % bulk.len()];
                let zone = if i % 3 == 0 { "manchester" } else { "york" };
                let id = s.insert_vm(
                    g,
                    &format!("srv{}", i + 1),
                    1 + (i % 4) as u64,
                    1024,
                    zone,
                    "virtio2013",
                );
                s.imaged(id, "stretch", i % 5 != 0);
                s.insert_disc(id, "disc-1", 25600, if i % 2 == 0 { "sata" } else { "ssd" });
            }
        }
        s
    }

    // ---- lazy transitions -------------------------------------------

    /// Completes every pending power change due by `now`.
    pub fn settle(&mut self, now: u64) {
        for vm in self.vms.values_mut() {
            if let Some(p) = vm.pending
                && p.until_ms <= now
            {
                vm.power_on = p.power_on && !vm.deleted;
                vm.pending = None;
            }
        }
    }

    /// Drops expired sessions.
    pub fn expire_sessions(&mut self, now: u64) {
        self.sessions.retain(|_, s| s.expires_at_ms > now);
    }

    /// Looks up a live session and extends it; `None` if unknown or expired.
    pub fn touch_session(&mut self, token: &str, now: u64) -> Option<&Session> {
        let s = self.sessions.get_mut(token)?;
        if s.expires_at_ms <= now {
            return None;
        }
        s.expires_at_ms = now + s.ttl_ms;
        Some(s)
    }

    // ---- lookups ----------------------------------------------------

    pub fn user_by_name(&self, name: &str) -> Option<&User> {
        self.users.values().find(|u| u.username == name)
    }

    /// Purges a VM with its discs, NICs, reverse DNS and privileges.
    pub fn purge_vm(&mut self, vm_id: u64) {
        self.vms.remove(&vm_id);
        self.discs.retain(|_, d| d.vm_id != vm_id);
        let ips: Vec<String> = self
            .nics
            .values()
            .filter(|n| n.vm_id == vm_id)
            .flat_map(|n| n.ips.iter().chain(n.extra_ips.keys()).cloned())
            .collect();
        for ip in ips {
            self.rdns.remove(&ip);
        }
        self.nics.retain(|_, n| n.vm_id != vm_id);
        self.privileges.retain(|_, p| p.vm_id != Some(vm_id));
    }
}

// ---- the state file -------------------------------------------------

// Not `#[serde(flatten)]`: flattening breaks the integer map keys.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    state: &'a State,
}

#[derive(Deserialize)]
struct FileIn {
    format: String,
    state: State,
}

const FORMAT: &str = "bytemark-sandbox-state";

/// An exclusive lock on `<file>.lock`, held as long as this value lives.
pub struct StateLock {
    _lock: fd_lock::RwLock<std::fs::File>,
}

pub fn lock_path(state_file: &Path) -> PathBuf {
    let mut s = state_file.as_os_str().to_os_string();
    s.push(".lock");
    PathBuf::from(s)
}

/// Options for a new file only its owner can read: the state holds session
/// tokens.
fn private_file() -> std::fs::OpenOptions {
    let mut o = std::fs::OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o
}

/// Creates `dir` as 0700 (its parents as usual) when it does not exist; an
/// existing directory keeps its mode.
fn private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut b = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    match b.create(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        other => other,
    }
}

/// Takes the exclusive lock for `state_file`, or explains who holds it.
pub fn acquire_lock(state_file: &Path) -> Result<StateLock, SandboxError> {
    if let Some(dir) = state_file.parent()
        && !dir.as_os_str().is_empty()
    {
        private_dir(dir).map_err(|e| SandboxError::Io {
            path: dir.to_path_buf(),
            source: e,
        })?;
    }
    let path = lock_path(state_file);
    let file = private_file()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| SandboxError::Io {
            path: path.clone(),
            source: e,
        })?;
    let mut lock = fd_lock::RwLock::new(file);
    match lock.try_write() {
        // Keep the lock for as long as the file stays open: the guard only
        // borrows `lock`, so forget it; closing the file releases the lock.
        Ok(guard) => std::mem::forget(guard),
        Err(_) => {
            return Err(SandboxError::Locked {
                path: state_file.to_path_buf(),
            });
        }
    }
    Ok(StateLock { _lock: lock })
}

/// Loads the state file; a missing file yields `None`.
pub fn load(path: &Path) -> Result<Option<State>, SandboxError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(SandboxError::Io {
                path: path.to_path_buf(),
                source: e,
            });
        }
    };
    let parsed: FileIn = serde_json::from_slice(&bytes).map_err(|e| SandboxError::Corrupt {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    if parsed.format != FORMAT || parsed.state.version != STATE_VERSION {
        return Err(SandboxError::Corrupt {
            path: path.to_path_buf(),
            message: format!(
                "not a sandbox state file of version {STATE_VERSION} (format {:?}, version {})",
                parsed.format, parsed.state.version
            ),
        });
    }
    Ok(Some(parsed.state))
}

/// Writes the state atomically: temp file in the same directory, fsync,
/// rename over the target.
pub fn save(path: &Path, state: &State) -> Result<(), SandboxError> {
    let io_err = |e: std::io::Error| SandboxError::Io {
        path: path.to_path_buf(),
        source: e,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let bytes = serde_json::to_vec(&FileOut {
        format: FORMAT,
        state,
    })
    .map_err(|e| io_err(std::io::Error::other(e)))?;
    let file_name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| "sandbox.json".into());
    let tmp = dir.join(format!(".{file_name}.tmp{}", std::process::id()));
    let result = (|| {
        let mut f = private_file()
            .create(true)
            .truncate(true)
            .write(true)
            .open(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // Make the rename itself durable where the platform allows it.
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_is_deterministic_and_sized() {
        let a = State::seed(7, 25);
        let b = State::seed(7, 25);
        assert_eq!(a.vms.len(), 4 + 25);
        let ips = |s: &State| s.nics.values().map(|n| n.ips.clone()).collect::<Vec<_>>();
        assert_eq!(ips(&a), ips(&b));
        let c = State::seed(8, 25);
        assert_ne!(ips(&a), ips(&c));
        // all primary IPv4 addresses are distinct and valid
        let mut v4: Vec<String> = a.nics.values().map(|n| n.ips[0].clone()).collect();
        v4.sort();
        v4.dedup();
        assert_eq!(v4.len(), a.nics.len());
        assert!(v4.iter().all(|ip| ip.parse::<std::net::Ipv4Addr>().is_ok()));
    }

    #[test]
    fn settle_applies_due_transitions_only() {
        let mut s = State::seed(1, 0);
        let id = 2; // db1, off
        s.vms.get_mut(&id).unwrap().pending = Some(Pending {
            until_ms: 1000,
            power_on: true,
        });
        s.settle(999);
        assert!(!s.vms[&id].power_on);
        s.settle(1000);
        assert!(s.vms[&id].power_on);
        assert!(s.vms[&id].pending.is_none());
    }

    #[test]
    fn levels_rank_in_order() {
        assert_eq!(level_rank("vm_console"), Some(R_CONSOLE));
        assert_eq!(level_rank("account_admin"), Some(R_ACCOUNT_ADMIN));
        assert_eq!(level_rank("cluster_admin"), Some(R_CLUSTER_ADMIN));
        assert_eq!(level_rank("nope"), None);
    }
}
