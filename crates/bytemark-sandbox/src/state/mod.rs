//! The sandbox's own data model (never the client's): every record the API
//! serves, and the few rules that belong to the data itself — lazy power
//! transitions, session expiry, what a purge removes.
//!
//! New records come from [`alloc`], their addresses from [`addresses`],
//! backups and their schedules run in [`backups`] (with dates from
//! [`calendar`]), the seed data is [`seed`], and the state file is read and
//! written by [`mod@file`].

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub mod addresses;
mod alloc;
mod backups;
pub mod calendar;
pub mod file;
pub mod seed;

/// Version of the state file layout. Version 1 files (public addresses)
/// are moved to documentation addresses when loaded.
pub const STATE_VERSION: u32 = 2;

/// The storage grade backups end up on ("cold storage", reference §4.9).
pub const COLD_GRADE: &str = "iceberg";

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

    /// Moves the VM towards `on`: at once when `delay` is 0, otherwise
    /// [`State::settle`] completes it `delay` ms after `now`.
    pub fn power_to(&mut self, on: bool, now: u64, delay: u64) {
        if delay == 0 {
            self.power_on = on;
            self.pending = None;
        } else {
            self.pending = Some(Pending {
                until_ms: now + delay,
                power_on: on,
            });
        }
    }

    /// On, or on its way on.
    pub fn on_or_starting(&self) -> bool {
        match self.pending {
            Some(p) => p.power_on,
            None => self.power_on,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Schedule {
    pub id: u64,
    /// The first backup time as shown (`YYYY-MM-DDThh:mm:ss+hh:mm`).
    pub start_at: String,
    pub interval_seconds: i64,
    /// How many of its backups are kept.
    pub capacity: i64,
    /// Backups are due at the schedule's times after this moment (unix
    /// ms); 0 until the first request after seeding sets it to "now".
    #[serde(default)]
    pub ran_until_ms: u64,
}

/// A restore of a disc from a backup, done at `until_ms`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Restore {
    pub until_ms: u64,
    /// Where the data comes from (the backup's pool).
    pub from_pool: String,
}

/// A backup of a disc (the brain keeps them as discs: same id space).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Backup {
    pub id: u64,
    pub disc_id: u64,
    pub label: String,
    pub size: u64,
    pub storage_grade: String,
    pub storage_pool: String,
    /// Taken on request (true) or by a schedule (false).
    pub manual: bool,
    /// The schedule that took it.
    #[serde(default)]
    pub schedule_id: Option<u64>,
    pub taken_ms: u64,
    /// When it reaches cold storage; `None` once it is there.
    #[serde(default)]
    pub cold_at_ms: Option<u64>,
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
    /// Set while the disc is being restored from a backup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restore: Option<Restore>,
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
    /// Addresses or CIDR ranges the privilege is limited to (stored and
    /// shown; the sandbox serves loopback only, so it does not enforce them).
    #[serde(default)]
    pub ip_restrictions: Option<Vec<String>>,
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
    /// How many fresh IPv4 addresses the pool has handed out.
    pub ip: u64,
    pub mac: u64,
    /// IPv6 addresses handed out.
    #[serde(default)]
    pub v6: u64,
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
    #[serde(default)]
    pub backups: BTreeMap<u64, Backup>,
    /// reverse DNS overrides (default: the VM's host name)
    pub rdns: BTreeMap<String, String>,
    /// IPv4 addresses given back to the pool, handed out again first.
    #[serde(default)]
    pub free_ips: Vec<String>,
    pub sessions: BTreeMap<String, Session>,
    /// Nothing comes due before this moment (unix ms; 0: not known), so
    /// [`State::settle`] has nothing to do until then. Worked out by the
    /// last settle that looked; whatever may add something due (any
    /// change) sets it back to 0 with [`State::changed`]. Not saved.
    #[serde(skip)]
    pub quiet_until: u64,
}

/// Now, in unix milliseconds: the clock of sessions and power transitions.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

impl State {
    /// No records at all; `seed` varies the addresses allocated later.
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
            backups: BTreeMap::new(),
            rdns: BTreeMap::new(),
            free_ips: Vec::new(),
            sessions: BTreeMap::new(),
            quiet_until: 0,
        }
    }

    /// Completes what is due by `now`: power changes, backups reaching
    /// cold storage, restores, and the backups schedules take (these reach
    /// cold storage `delay` ms after they are taken). True when anything
    /// changed. Costs nothing while nothing can be due (see
    /// [`State::quiet_until`]): 100,000 servers are not looked at on every
    /// request.
    pub fn settle(&mut self, now: u64, delay: u64) -> bool {
        if now < self.quiet_until {
            return false;
        }
        let changed = self.settle_all(now, delay);
        self.quiet_until = self.next_due();
        changed
    }

    /// Something may have come due: the next [`State::settle`] looks.
    pub fn changed(&mut self) {
        self.quiet_until = 0;
    }

    /// The earliest moment anything is due: a power change, a restore, a
    /// backup reaching cold storage, a schedule's next backup.
    fn next_due(&self) -> u64 {
        let power = self
            .vms
            .values()
            .filter_map(|v| v.pending.map(|p| p.until_ms));
        let restores = self
            .discs
            .values()
            .filter_map(|d| d.restore.as_ref().map(|r| r.until_ms));
        let cold = self.backups.values().filter_map(|b| b.cold_at_ms);
        let schedules = self
            .discs
            .values()
            .flat_map(|d| &d.schedules)
            .map(backups::next_run);
        power
            .chain(restores)
            .chain(cold)
            .chain(schedules)
            .min()
            .unwrap_or(u64::MAX)
    }

    fn settle_all(&mut self, now: u64, delay: u64) -> bool {
        let mut changed = false;
        for vm in self.vms.values_mut() {
            if let Some(p) = vm.pending
                && p.until_ms <= now
            {
                vm.power_on = p.power_on && !vm.deleted;
                vm.pending = None;
                changed = true;
            }
        }
        self.settle_backups(now, delay) || changed
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

    /// The user called `name`, if any.
    pub fn user_by_name(&self, name: &str) -> Option<&User> {
        self.users.values().find(|u| u.username == name)
    }

    /// Purges a VM with its discs (and their backups), NICs, reverse DNS
    /// and privileges; its IPv4 addresses go back to the pool (reference
    /// §4.4: a purge "releases its IPs").
    pub fn purge_vm(&mut self, vm_id: u64) {
        self.vms.remove(&vm_id);
        let discs: Vec<u64> = self
            .discs
            .values()
            .filter(|d| d.vm_id == vm_id)
            .map(|d| d.id)
            .collect();
        for d in discs {
            self.remove_disc(d);
        }
        let ips: Vec<String> = self
            .nics
            .values()
            .filter(|n| n.vm_id == vm_id)
            .flat_map(|n| n.ips.iter().chain(n.extra_ips.keys()).cloned())
            .collect();
        for ip in ips {
            self.release_ip(&ip);
        }
        self.nics.retain(|_, n| n.vm_id != vm_id);
        self.privileges.retain(|_, p| p.vm_id != Some(vm_id));
    }

    /// Removes a disc and its backups.
    pub fn remove_disc(&mut self, id: u64) {
        self.discs.remove(&id);
        self.backups.retain(|_, b| b.disc_id != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settle_applies_due_transitions_only() {
        let mut s = State::seed(1, 0);
        let id = 2; // db1, off
        s.vms.get_mut(&id).unwrap().pending = Some(Pending {
            until_ms: 1000,
            power_on: true,
        });
        s.settle(999, 0);
        assert!(!s.vms[&id].power_on);
        assert!(s.settle(1000, 0));
        assert!(s.vms[&id].power_on);
        assert!(s.vms[&id].pending.is_none());
    }

    #[test]
    fn settle_looks_again_only_when_something_can_be_due() {
        let mut s = State::seed(1, 0);
        s.settle(1000, 0); // anchors the seeded schedules
        assert!(s.quiet_until > 3000, "{}", s.quiet_until);
        // A power change made behind its back is seen once it is told.
        s.vms.get_mut(&2).unwrap().pending = Some(Pending {
            until_ms: 2000,
            power_on: true,
        });
        assert!(!s.settle(3000, 0));
        s.changed();
        assert!(s.settle(3000, 0));
        assert!(s.vms[&2].power_on);
        // The next due moment is worked out as it settles.
        s.vms.get_mut(&2).unwrap().power_to(false, 3000, 500);
        s.changed();
        assert!(!s.settle(3100, 0));
        assert_eq!(s.quiet_until, 3500);
        assert!(s.settle(3500, 0));
        assert!(!s.vms[&2].power_on);
    }
}
