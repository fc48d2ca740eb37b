//! Reading the API's JSON for people: names, sizes, power states, and the
//! servers inside overviews. Tolerant of odd data: a missing or mistyped
//! field shows as empty, never as a panic.

use crate::input::human_mib;
use crate::output::plain;
use bytemark_api::models::qualified_from_hostname;
use serde_json::Value;

/// `-o ids` for a server: `server.group.account` from its host name.
pub(crate) fn vm_id(v: &Value) -> String {
    v.get("hostname")
        .and_then(Value::as_str)
        .and_then(qualified_from_hostname)
        .unwrap_or_else(|| str_of(v, "name"))
}

pub(crate) fn str_of(v: &Value, key: &str) -> String {
    v.get(key).map(plain).unwrap_or_default()
}

pub(crate) fn mib_of(v: &Value, key: &str) -> String {
    match v.get(key).and_then(Value::as_u64) {
        Some(n) => human_mib(n),
        None => str_of(v, key),
    }
}

pub(crate) fn power_text(v: &Value) -> String {
    if v.get("deleted") == Some(&Value::Bool(true)) {
        return "deleted".into();
    }
    match v.get("power_on").and_then(Value::as_bool) {
        Some(true) => "on".into(),
        Some(false) => "off".into(),
        None => String::new(),
    }
}

/// How many discs a server has and their total size in MiB.
pub(crate) fn disc_summary(v: &Value) -> (usize, u64) {
    let discs = v
        .get("discs")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let total = discs
        .iter()
        .filter_map(|d| d.get("size").and_then(Value::as_u64))
        .fold(0u64, u64::saturating_add);
    (discs.len(), total)
}

/// The servers in a group overview.
pub(crate) fn group_vms(group: &Value) -> impl Iterator<Item = &Value> {
    group
        .get("virtual_machines")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|v| v.is_object())
}

/// The servers in an account overview, across its groups.
pub(crate) fn account_vms(account: &Value) -> impl Iterator<Item = &Value> {
    account
        .get("groups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .flat_map(group_vms)
}
