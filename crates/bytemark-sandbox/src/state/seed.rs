//! The seed data every new state starts from (docs/SANDBOX.md lists it).

use super::{ApiKey, Schedule, State, User};

/// Seed user who administers account [`DEMO_ACCOUNT`].
pub const DEMO_USER: &str = "demo";
/// Password of [`DEMO_USER`].
pub const DEMO_PASSWORD: &str = "demo";
/// Seed account administered by [`DEMO_USER`].
pub const DEMO_ACCOUNT: &str = "demo";
/// API key of [`DEMO_USER`] (account_admin on `demo`); send as
/// `Authorization: Bearer apikey.demo-ci-key`.
pub const DEMO_API_KEY: &str = "demo-ci-key";

impl State {
    /// account `demo` spread over groups `bulk1`..`bulk10`.
    pub fn seed(seed: u64, extra: usize) -> State {
        let mut s = State::empty(seed);
        let demo = s.insert_account(DEMO_ACCOUNT);
        let other = s.insert_account("other");
        let demo_default = 1;
        let other_default = 2;
        let staging = s.insert_group(demo, "staging");

        let u_demo = s.insert_user(DEMO_USER, None, false, false);
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
                ran_until_ms: 0,
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
            Some(DEMO_USER),
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
                key: DEMO_API_KEY.into(),
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

    /// Seed data: marks a server as installed with `image`, running or not.
    fn imaged(&mut self, id: u64, image: &str, running: bool) {
        if let Some(vm) = self.vms.get_mut(&id) {
            vm.power_on = running;
            vm.autoreboot_on = running;
            vm.last_imaged_with = Some(image.to_string());
        }
    }

    /// A seed user whose password is their name.
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
}
