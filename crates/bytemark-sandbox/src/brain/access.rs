//! Who is calling and what they may do: the bearer token (a session or an
//! API key) becomes a [`Caller`] whose [`Access`] answers "can they see
//! it?" and "at which level?" for every account, group and server.
//!
//! A session user holds their own privileges; an API key holds only the
//! privileges granted to that key (reference §3.6).

use std::collections::{HashMap, HashSet};

use super::fields::parse_timestamp;
use crate::http::HttpRequest;
use crate::shared::Effects;
use crate::state::{Group, State, Vm};

/// Privilege levels, lowest first; the rank is the index + 1.
pub const LEVELS: [&str; 6] = [
    "vm_console",
    "vm_admin",
    "group_admin",
    "account_admin",
    "cluster_admin",
    "cluster_su",
];
// The ranks handlers ask for (`vm_console`, rank 1, is any access at all).
pub const R_VM_ADMIN: u8 = 2;
pub const R_GROUP_ADMIN: u8 = 3;
pub const R_ACCOUNT_ADMIN: u8 = 4;
pub const R_CLUSTER_ADMIN: u8 = 5;

/// The rank of a level name; `None` for an unknown level.
pub fn level_rank(level: &str) -> Option<u8> {
    LEVELS.iter().position(|l| *l == level).map(|i| i as u8 + 1)
}

/// The caller's privileges, indexed by target.
#[derive(Default)]
pub struct Access {
    pub cluster: u8,
    accounts: HashMap<u64, u8>,
    groups: HashMap<u64, u8>,
    vms: HashMap<u64, u8>,
    /// groups/accounts visible only because something inside them is
    partial_groups: HashSet<u64>,
    partial_accounts: HashSet<u64>,
}

impl Access {
    /// The privileges of `user_id` (those of `api_key_id` alone, when set).
    pub fn build(st: &State, user_id: u64, api_key_id: Option<u64>) -> Access {
        let mut a = Access::default();
        let bump = |m: &mut HashMap<u64, u8>, k: u64, r: u8| {
            let e = m.entry(k).or_insert(0);
            *e = (*e).max(r);
        };
        for p in st.privileges.values() {
            if p.user_id != user_id || p.api_key_id != api_key_id {
                continue;
            }
            let Some(r) = level_rank(&p.level) else {
                continue;
            };
            if p.level.starts_with("cluster_") {
                a.cluster = a.cluster.max(r);
            } else if let Some(acc) = p.account_id {
                bump(&mut a.accounts, acc, r);
            } else if let Some(g) = p.group_id {
                bump(&mut a.groups, g, r);
                if let Some(g) = st.groups.get(&g) {
                    a.partial_accounts.insert(g.account_id);
                }
            } else if let Some(v) = p.vm_id {
                bump(&mut a.vms, v, r);
                if let Some(vm) = st.vms.get(&v) {
                    a.partial_groups.insert(vm.group_id);
                    if let Some(g) = st.groups.get(&vm.group_id) {
                        a.partial_accounts.insert(g.account_id);
                    }
                }
            }
        }
        a
    }

    /// Levels inherit downwards: cluster → account → group → server.
    pub fn account_level(&self, id: u64) -> u8 {
        self.cluster.max(*self.accounts.get(&id).unwrap_or(&0))
    }
    pub fn group_level(&self, g: &Group) -> u8 {
        self.account_level(g.account_id)
            .max(*self.groups.get(&g.id).unwrap_or(&0))
    }
    pub fn vm_level(&self, st: &State, vm: &Vm) -> u8 {
        let g = match st.groups.get(&vm.group_id) {
            Some(g) => self.group_level(g),
            None => self.cluster,
        };
        g.max(*self.vms.get(&vm.id).unwrap_or(&0))
    }
    pub fn sees_account(&self, id: u64) -> bool {
        self.account_level(id) > 0 || self.partial_accounts.contains(&id)
    }
    pub fn sees_group(&self, g: &Group) -> bool {
        self.group_level(g) > 0 || self.partial_groups.contains(&g.id)
    }
    pub fn sees_vm(&self, st: &State, vm: &Vm) -> bool {
        self.vm_level(st, vm) > 0
    }
}

/// Who made the request.
pub struct Caller {
    pub user_id: u64,
    /// Set when the token is an API key: only its own privileges count.
    pub api_key_id: Option<u64>,
    pub access: Access,
}

/// The caller behind a request's `Authorization: Bearer …` header, or `None`
/// (401) when the token is missing, unknown or expired. A session used here
/// is extended, like a read of it at the auth service.
pub fn authenticate(
    st: &mut State,
    req: &HttpRequest,
    now: u64,
    fx: &mut Effects,
) -> Option<Caller> {
    let auth = req.header("authorization")?;
    let (scheme, token) = auth.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let token = token.trim();
    if let Some(mut key) = token.strip_prefix("apikey.") {
        // Tolerate a value that already carries the prefix (reference §7 #20).
        if let Some(k) = key.strip_prefix("apikey.") {
            key = k;
        }
        let k = st.api_keys.values().find(|k| k.key == key)?;
        if let Some(exp) = &k.expires_at
            && expired(exp, now)
        {
            return None;
        }
        let (user_id, key_id) = (k.user_id, k.id);
        return Some(Caller {
            user_id,
            api_key_id: Some(key_id),
            access: Access::build(st, user_id, Some(key_id)),
        });
    }
    let session = st.touch_session(token, now)?;
    let username = session.username.clone();
    fx.touched = true;
    let user_id = st.user_by_name(&username)?.id;
    Some(Caller {
        user_id,
        api_key_id: None,
        access: Access::build(st, user_id, None),
    })
}

/// `expires_at` in the past? Accepts `YYYY-MM-DD[THH:MM:SS…]`; anything
/// unparseable counts as not expired (it was validated on create).
fn expired(ts: &str, now_ms: u64) -> bool {
    parse_timestamp(ts).is_some_and(|t| t * 1000 <= now_ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_rank_in_order() {
        assert_eq!(level_rank("vm_console"), Some(1));
        assert_eq!(level_rank("account_admin"), Some(R_ACCOUNT_ADMIN));
        assert_eq!(level_rank("cluster_admin"), Some(R_CLUSTER_ADMIN));
        assert_eq!(level_rank("nope"), None);
    }
}
