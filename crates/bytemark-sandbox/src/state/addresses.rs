//! Addresses, all from the documentation ranges (RFC 5737, RFC 3849), so
//! that nothing a client does with them (an ssh console, say) can reach a
//! real machine:
//!
//! * servers' IPv4 addresses, primary and additional, come from a pool of
//!   192.0.2.1–254 and 198.51.100.1–254 (508 addresses): first those given
//!   back (FIFO), then fresh ones in order from a start chosen by the seed.
//!   When the pool is empty a new server gets only its IPv6 address;
//! * IPv6 addresses are `2001:db8:X:Y::1`, one /64 per server, sequential
//!   from a start chosen by the seed;
//! * management (console) addresses are 203.0.113.1–254, by server id (they
//!   repeat after 254 servers; they are never looked up).
//!
//! Also here: giving addresses back, swapping them between servers, and
//! moving a state file of version 1 (public addresses) onto these ranges.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use super::State;

/// The /24 networks of the IPv4 pool; hosts .1 to .254 of each.
const POOL_NETS: [[u8; 3]; 2] = [[192, 0, 2], [198, 51, 100]];
const HOSTS_PER_NET: u64 = 254;
/// Addresses in the pool.
pub const POOL_SIZE: u64 = HOSTS_PER_NET * POOL_NETS.len() as u64;

/// Address number `i` of the pool.
fn pool_addr(i: u64) -> String {
    let net = POOL_NETS[((i / HOSTS_PER_NET) as usize) % POOL_NETS.len()];
    let host = i % HOSTS_PER_NET + 1;
    format!("{}.{}.{}.{host}", net[0], net[1], net[2])
}

/// Whether `ip` belongs to the IPv4 pool.
fn in_pool(ip: &str) -> bool {
    match ip.parse::<Ipv4Addr>() {
        Ok(a) => {
            let o = a.octets();
            POOL_NETS.contains(&[o[0], o[1], o[2]]) && (1..=254).contains(&o[3])
        }
        Err(_) => false,
    }
}

/// The first IPv4 address in `ips` (else the first address): what
/// additional addresses are routed via.
pub fn primary_v4(ips: &[String]) -> String {
    ips.iter()
        .find(|ip| ip.parse::<Ipv4Addr>().is_ok())
        .or(ips.first())
        .cloned()
        .unwrap_or_default()
}

impl State {
    /// IPv4 addresses the pool can still hand out.
    pub fn v4_available(&self) -> u64 {
        self.free_ips.len() as u64 + POOL_SIZE.saturating_sub(self.counters.ip)
    }

    /// The next IPv4 address of the pool, or `None` when it is empty.
    pub fn alloc_v4(&mut self) -> Option<String> {
        if !self.free_ips.is_empty() {
            return Some(self.free_ips.remove(0));
        }
        if self.counters.ip >= POOL_SIZE {
            return None;
        }
        let start = self.alloc_seed % POOL_SIZE;
        let ip = pool_addr((start + self.counters.ip) % POOL_SIZE);
        self.counters.ip += 1;
        Some(ip)
    }

    /// The next IPv6 address: `2001:db8:X:Y::1`.
    pub fn alloc_v6(&mut self) -> String {
        let n = Self::next(&mut self.counters.v6);
        let k = ((self.alloc_seed % 4096) << 20) + n;
        format!("2001:db8:{:x}:{:x}::1", (k >> 16) & 0xffff, k & 0xffff)
    }

    /// The management (console) address of server `id`.
    pub fn management_address_for(id: u64) -> String {
        format!("203.0.113.{}", id.saturating_sub(1) % HOSTS_PER_NET + 1)
    }

    /// An address leaves a server: its reverse DNS goes, and a pool address
    /// goes back to the pool (reference §4.12: "returns to the pool").
    pub fn release_ip(&mut self, ip: &str) {
        self.rdns.remove(ip);
        if in_pool(ip) && !self.free_ips.iter().any(|f| f == ip) {
            self.free_ips.push(ip.to_string());
        }
    }

    /// Swaps the primary addresses of the first NICs of servers `a` and `b`
    /// (and their additional addresses when `extras`); additional addresses
    /// are then routed via their NIC's new primary IPv4. Reverse DNS stays
    /// with each address.
    pub fn swap_ips(&mut self, a: u64, b: u64, extras: bool) {
        let first_nic = |vm: u64| self.nics.values().find(|n| n.vm_id == vm).map(|n| n.id);
        let (Some(na), Some(nb)) = (first_nic(a), first_nic(b)) else {
            return;
        };
        let (Some(mut x), Some(mut y)) = (self.nics.remove(&na), self.nics.remove(&nb)) else {
            return;
        };
        std::mem::swap(&mut x.ips, &mut y.ips);
        if extras {
            std::mem::swap(&mut x.extra_ips, &mut y.extra_ips);
        }
        for nic in [&mut x, &mut y] {
            let via = primary_v4(&nic.ips);
            for v in nic.extra_ips.values_mut() {
                *v = via.clone();
            }
        }
        self.nics.insert(na, x);
        self.nics.insert(nb, y);
    }

    /// Moves every address onto the documentation ranges (for state files
    /// of version 1, whose addresses were public ones): management
    /// addresses by server id, NIC addresses afresh in NIC order. Reverse
    /// DNS entries follow their addresses.
    pub fn readdress(&mut self) {
        self.counters.ip = 0;
        self.counters.v6 = 0;
        self.free_ips.clear();
        for vm in self.vms.values_mut() {
            vm.management_address = Self::management_address_for(vm.id);
        }
        let mut moved: BTreeMap<String, String> = BTreeMap::new();
        let nic_ids: Vec<u64> = self.nics.keys().copied().collect();
        for id in nic_ids {
            let Some(mut nic) = self.nics.remove(&id) else {
                continue;
            };
            let mut ips = Vec::new();
            for old in &nic.ips {
                let new = if old.parse::<Ipv4Addr>().is_ok() {
                    self.alloc_v4()
                } else {
                    Some(self.alloc_v6())
                };
                if let Some(new) = new {
                    moved.insert(old.clone(), new.clone());
                    ips.push(new);
                }
            }
            let via = primary_v4(&ips);
            let mut extra = BTreeMap::new();
            for old in nic.extra_ips.keys() {
                if let Some(new) = self.alloc_v4() {
                    moved.insert(old.clone(), new.clone());
                    extra.insert(new, via.clone());
                }
            }
            nic.ips = ips;
            nic.extra_ips = extra;
            self.nics.insert(id, nic);
        }
        let rdns = std::mem::take(&mut self.rdns);
        self.rdns = rdns
            .into_iter()
            .filter_map(|(ip, name)| moved.get(&ip).map(|new| (new.clone(), name)))
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pool_is_documentation_addresses_only() {
        let all: Vec<String> = (0..POOL_SIZE).map(pool_addr).collect();
        assert_eq!(all[0], "192.0.2.1");
        assert_eq!(all[253], "192.0.2.254");
        assert_eq!(all[254], "198.51.100.1");
        assert_eq!(all[507], "198.51.100.254");
        assert!(all.iter().all(|a| in_pool(a)));
        let mut uniq = all.clone();
        uniq.dedup();
        assert_eq!(uniq.len() as u64, POOL_SIZE);
        assert!(!in_pool("192.0.2.0") && !in_pool("46.43.0.1") && !in_pool("2001:db8::1"));
    }

    #[test]
    fn allocation_runs_out_and_reuses_what_is_given_back() {
        let mut s = State::empty(3);
        let got: Vec<String> = (0..POOL_SIZE).filter_map(|_| s.alloc_v4()).collect();
        assert_eq!(got[0], pool_addr(3));
        assert_eq!(got.len() as u64, POOL_SIZE);
        assert_eq!(s.alloc_v4(), None);
        assert_eq!(s.v4_available(), 0);
        s.release_ip(&got[7]);
        s.release_ip("2001:db8::1");
        assert_eq!(s.v4_available(), 1);
        assert_eq!(s.alloc_v4(), Some(got[7].clone()));
        assert_eq!(s.alloc_v6(), "2001:db8:30:1::1");
        assert_eq!(State::management_address_for(1), "203.0.113.1");
        assert_eq!(State::management_address_for(255), "203.0.113.1");
    }
}
