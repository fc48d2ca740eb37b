//! One brain request in progress: [`Ctx`] carries the state, the request,
//! the caller and what the request changed, and answers the questions every
//! handler asks — query flags, the JSON body, and which account, group or
//! server a path segment names *for this caller* (reference §2.6).

use serde_json::{Map, Value, json};
use std::collections::{HashMap, HashSet};

use super::access::{Caller, R_CLUSTER_ADMIN};
use super::fields::parse_id;
use super::reply::{ApiErr, bad};
use crate::http::{HttpRequest, parse_query};
use crate::shared::{Effects, Shared};
use crate::state::{State, Vm};

pub struct Ctx<'a> {
    pub shared: &'a Shared,
    pub st: &'a mut State,
    pub req: &'a HttpRequest,
    /// The method routes go by (HEAD is GET).
    pub method: &'a str,
    pub query: Vec<(String, String)>,
    pub now: u64,
    pub fx: &'a mut Effects,
    pub caller: Caller,
}

impl<'a> Ctx<'a> {
    pub fn new(
        shared: &'a Shared,
        st: &'a mut State,
        req: &'a HttpRequest,
        now: u64,
        fx: &'a mut Effects,
        caller: Caller,
    ) -> Ctx<'a> {
        Ctx {
            shared,
            st,
            req,
            method: req.routing_method(),
            query: parse_query(&req.query),
            now,
            fx,
            caller,
        }
    }
}

// ---- the request ------------------------------------------------------------

impl Ctx<'_> {
    /// The last value of query parameter `key`.
    pub fn q(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A query flag: `true`, `1` or `yes`.
    pub fn flag(&self, key: &str) -> bool {
        matches!(self.q(key), Some("true" | "1" | "yes"))
    }

    /// `view=overview`: embed related objects.
    pub fn overview(&self) -> bool {
        self.q("view") == Some("overview")
    }

    /// The JSON object body (empty body = `{}`).
    pub fn body(&self) -> Result<Map<String, Value>, ApiErr> {
        let body = &self.req.body;
        if body.iter().all(|b| b.is_ascii_whitespace()) {
            return Ok(Map::new());
        }
        let ctype = self
            .req
            .header("content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let mime = ctype.split(';').next().unwrap_or("").trim();
        if !(mime == "application/json"
            || (mime.starts_with("application/") && mime.ends_with("+json")))
        {
            return Err(ApiErr::Json(
                415,
                json!({"base": ["Content-Type must be application/json"]}),
            ));
        }
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => Ok(m),
            Ok(_) => Err(bad("base", "must be a JSON object")),
            Err(_) => Err(bad("base", "Badly-formed JSON")),
        }
    }

    /// The request changed data: the state file is saved at once.
    pub fn mutated(&mut self) {
        self.fx.mutated = true;
    }

    pub fn is_cluster_admin(&self) -> bool {
        self.caller.access.cluster >= R_CLUSTER_ADMIN
    }

    /// How long power changes take (`SandboxOptions::transition_delay`).
    pub fn transition_delay_ms(&self) -> u64 {
        self.shared.opts.transition_delay.as_millis() as u64
    }

    /// The caller's user name.
    pub fn username(&self) -> String {
        self.st
            .users
            .get(&self.caller.user_id)
            .map(|u| u.username.clone())
            .unwrap_or_default()
    }
}

// ---- what a path segment names (reference §2.6) -----------------------------

/// Id first (when all digits), then name; only among `candidates`.
fn pick<'a, T>(
    seg: &str,
    mut candidates: impl Iterator<Item = &'a T> + Clone,
    id: impl Fn(&T) -> u64,
    name: impl Fn(&T) -> &str,
) -> Option<u64>
where
    T: 'a,
{
    if let Some(n) = parse_id(seg)
        && let Some(t) = candidates.clone().find(|t| id(t) == n)
    {
        return Some(id(t));
    }
    candidates.find(|t| name(t) == seg).map(id)
}

impl Ctx<'_> {
    /// The servers the caller can see that match `filter`, hiding deleted
    /// ones unless the request asked for `include_deleted`.
    pub fn visible_vms(&self, filter: impl Fn(&Vm) -> bool) -> Vec<&Vm> {
        let include_deleted = self.flag("include_deleted");
        let acc = &self.caller.access;
        self.st
            .vms
            .values()
            .filter(|v| (include_deleted || !v.deleted) && filter(v) && acc.sees_vm(self.st, v))
            .collect()
    }

    pub fn find_account(&self, seg: &str) -> Result<u64, ApiErr> {
        let acc = &self.caller.access;
        pick(
            seg,
            self.st.accounts.values().filter(|a| acc.sees_account(a.id)),
            |a| a.id,
            |a| a.name.as_str(),
        )
        .ok_or(ApiErr::NotFound)
    }

    pub fn find_group(&self, account_id: u64, seg: &str) -> Result<u64, ApiErr> {
        let acc = &self.caller.access;
        pick(
            seg,
            self.st
                .groups
                .values()
                .filter(|g| g.account_id == account_id && acc.sees_group(g)),
            |g| g.id,
            |g| g.name.as_str(),
        )
        .ok_or(ApiErr::NotFound)
    }

    pub fn find_vm(&self, group_id: u64, seg: &str, allow_deleted: bool) -> Result<u64, ApiErr> {
        let acc = &self.caller.access;
        let st = &*self.st;
        pick(
            seg,
            st.vms.values().filter(|v| {
                v.group_id == group_id && (allow_deleted || !v.deleted) && acc.sees_vm(st, v)
            }),
            |v| v.id,
            |v| v.name.as_str(),
        )
        .ok_or(ApiErr::NotFound)
    }

    /// `/virtual_machines/{id}`: an id, or a name that is unique among the
    /// VMs the caller can see.
    pub fn find_vm_flat(&self, seg: &str, allow_deleted: bool) -> Result<u64, ApiErr> {
        let acc = &self.caller.access;
        let st = &*self.st;
        let visible = |v: &&Vm| (allow_deleted || !v.deleted) && acc.sees_vm(st, v);
        if let Some(id) = parse_id(seg)
            && let Some(v) = st.vms.get(&id).filter(visible)
        {
            return Ok(v.id);
        }
        let mut named = st.vms.values().filter(visible).filter(|v| v.name == seg);
        match (named.next(), named.next()) {
            (Some(v), None) => Ok(v.id),
            _ => Err(ApiErr::NotFound),
        }
    }

    pub fn vm_level(&self, vm_id: u64) -> u8 {
        match self.st.vms.get(&vm_id) {
            Some(vm) => self.caller.access.vm_level(self.st, vm),
            None => 0,
        }
    }

    pub fn group_level(&self, group_id: u64) -> u8 {
        match self.st.groups.get(&group_id) {
            Some(g) => self.caller.access.group_level(g),
            None => 0,
        }
    }

    /// Any group the caller can see, by id or name (`/groups/{g}`).
    pub fn find_group_anywhere(&self, seg: &str) -> Result<u64, ApiErr> {
        let acc = &self.caller.access;
        pick(
            seg,
            self.st.groups.values().filter(|g| acc.sees_group(g)),
            |g| g.id,
            |g| g.name.as_str(),
        )
        .ok_or(ApiErr::NotFound)
    }

    /// `account_id` / `account_name` query filters; an invisible account → 404.
    pub fn account_filter(&self) -> Result<Option<u64>, ApiErr> {
        if let Some(a) = self.q("account_id").or(self.q("account_name")) {
            return self.find_account(a).map(Some);
        }
        Ok(None)
    }

    /// `vm_id` / `vm_name` query filters: the visible servers they match
    /// (404 when none does); `None` when absent.
    pub fn vm_filter(&self) -> Result<Option<Vec<u64>>, ApiErr> {
        let Some(key) = self.q("vm_id").or(self.q("vm_name")) else {
            return Ok(None);
        };
        let ids: Vec<u64> = self
            .visible_vms(|v| v.id.to_string() == key || v.name == key)
            .iter()
            .map(|v| v.id)
            .collect();
        if ids.is_empty() {
            return Err(ApiErr::NotFound);
        }
        Ok(Some(ids))
    }

    /// The ids of [`Ctx::visible_vms`].
    pub fn visible_vm_ids(&self) -> HashSet<u64> {
        self.visible_vms(|_| true).iter().map(|v| v.id).collect()
    }

    /// Visible VMs grouped by group id (one pass).
    pub fn visible_vms_by_group(&self) -> HashMap<u64, Vec<&Vm>> {
        let mut map: HashMap<u64, Vec<&Vm>> = HashMap::new();
        for vm in self.visible_vms(|_| true) {
            map.entry(vm.group_id).or_default().push(vm);
        }
        map
    }

    /// The discs and interfaces of a deleted server cannot be changed
    /// (reference §5 #21).
    pub fn vm_not_deleted(&self, vm: u64) -> Result<(), ApiErr> {
        match self.st.vms.get(&vm) {
            Some(v) if v.deleted => Err(bad(
                "deleted",
                "the server is deleted: its discs and interfaces cannot be changed",
            )),
            Some(_) => Ok(()),
            None => Err(ApiErr::NotFound),
        }
    }
}
