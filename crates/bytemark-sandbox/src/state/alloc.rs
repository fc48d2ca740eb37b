//! New records: their ids (one counter per kind), MACs and storage pools
//! (addresses come from [`super::addresses`]). Allocation is sequential
//! and offset by the seed, so the same seed and the same requests give the
//! same records.

use std::collections::BTreeMap;

use super::{Account, Disc, Group, Nic, Privilege, State, Vm};

impl State {
    /// Takes the next id from `counter`.
    pub fn next(counter: &mut u64) -> u64 {
        *counter += 1;
        *counter
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

    pub fn storage_pool_for(disc_id: u64, grade: &str) -> String {
        format!("tail{}-{}{}", 1 + disc_id % 4, grade, 1 + (disc_id / 4) % 2)
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
        // Primary addresses: an IPv4 while the pool lasts, and an IPv6.
        let ips = self
            .alloc_v4()
            .into_iter()
            .chain([self.alloc_v6()])
            .collect();
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
                ips,
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
                restore: None,
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

    /// Creates a privilege; API-key privileges need no password.
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
                ip_restrictions: None,
                creating_username: creator.map(str::to_string),
            },
        );
        id
    }
}
