//! Servers named on the command line: where they live, and their JSON.
//!
//! A server the API does not know (404) gets close matches in the error's
//! hint: the same name in another group of the account, else names a typo
//! away (`webb1` → `web1`), fully qualified. They cost one request, the
//! account overview, sent only after the 404 (so a found server still costs
//! one GET); when that request fails too, the error is the 404 as it was.

use super::suggest::{closest, did_you_mean};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::input::ServerName;
use bytemark_api::Request;
use bytemark_api::requests::{self, VmRef};
use serde_json::Value;

/// A server argument after name resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    Ref(VmRef),
    /// A bare all-digit name: the server's id.
    Id(u64),
}

/// Parses a server argument and fills in the group (`default`) and the
/// account (`ctx.default_account()`, which costs nothing when the account is
/// configured or cached).
pub(crate) fn resolve(ctx: &mut Context, name: &ServerName) -> Result<Target> {
    if let Some(id) = name.id() {
        return Ok(Target::Id(id));
    }
    let group = name.group_or_default().to_string();
    let account = ctx.account_or_default(name.account.clone())?;
    Ok(Target::Ref(VmRef::new(account, group, name.name.clone())))
}

/// The single-server GET for a target.
pub(crate) fn get_request(target: &Target) -> Request {
    match target {
        Target::Ref(r) => requests::vm_get(r),
        Target::Id(id) => requests::vm_get_by_id(*id),
    }
}

/// Where a server fetched by id lives, from its host name.
pub(crate) fn ref_from_value(vm: &Value, what: &str) -> Result<VmRef> {
    let hostname = vm.get("hostname").and_then(Value::as_str).unwrap_or("");
    let labels: Vec<&str> = hostname.split('.').collect();
    if labels.len() >= 3 && labels[..3].iter().all(|l| !l.is_empty()) {
        Ok(VmRef::new(labels[2], labels[1], labels[0]))
    } else {
        Err(Error::network(format!(
            "{what}: the API did not say which group and account the server is in (no usable hostname)"
        )))
    }
}

/// GETs a server: its location and its JSON.
pub(crate) fn fetch(ctx: &mut Context, target: &Target) -> Result<(VmRef, Value)> {
    fetch_with(&mut |req| ctx.send(req), target)
}

/// [`fetch`] through any way of sending (a batch worker has its own
/// client): a "not found" comes with close matches.
pub(crate) fn fetch_with(
    send: &mut dyn FnMut(&Request) -> Result<Value>,
    target: &Target,
) -> Result<(VmRef, Value)> {
    let req = get_request(target);
    let vm = match (send(&req), target) {
        (Err(e), Target::Ref(r)) if e.kind == ErrorKind::NotFound => {
            return Err(with_suggestions(send, r, e));
        }
        (result, _) => result?,
    };
    if !vm.is_object() {
        return Err(Error::network(format!(
            "{}: the API's response is not a server object",
            req.context
        )));
    }
    let r = match target {
        Target::Ref(r) => r.clone(),
        Target::Id(_) => ref_from_value(&vm, &req.context)?,
    };
    Ok((r, vm))
}

/// A "not found" for `r`, with close matches from one look at the
/// account's servers in its hint (see the module doc).
fn with_suggestions(send: &mut dyn FnMut(&Request) -> Result<Value>, r: &VmRef, e: Error) -> Error {
    let Ok(overview) = send(&requests::account_overview(&r.account, false)) else {
        return e;
    };
    let servers = server_names(&overview);
    let suggestions: Vec<String> = suggest_servers(r, &servers)
        .into_iter()
        .map(|(group, name)| format!("{name}.{group}.{}", r.account))
        .collect();
    match did_you_mean(&suggestions) {
        Some(hint) => e.with_hint(hint),
        None => e,
    }
}

/// `(group, server)` for every server of an account overview.
fn server_names(overview: &Value) -> Vec<(String, String)> {
    let text = |v: &Value| v.get("name").and_then(Value::as_str).map(str::to_string);
    let mut out = Vec::new();
    for group in overview
        .get("groups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(g) = text(group) else { continue };
        for vm in group
            .get("virtual_machines")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(n) = text(vm) {
                out.push((g.clone(), n));
            }
        }
    }
    out
}

/// The servers to offer for `r`: the same name in other groups, else the
/// closest names (in `r`'s group first).
fn suggest_servers<'a>(r: &VmRef, servers: &'a [(String, String)]) -> Vec<&'a (String, String)> {
    let same_name: Vec<_> = servers.iter().filter(|(_, n)| *n == r.name).collect();
    if !same_name.is_empty() {
        return same_name;
    }
    // Candidates in r's group come first, so they win ties.
    let mut ordered: Vec<&(String, String)> =
        servers.iter().filter(|(g, _)| *g == r.group).collect();
    ordered.extend(servers.iter().filter(|(g, _)| *g != r.group));
    let names: Vec<&str> = ordered.iter().map(|(_, n)| n.as_str()).collect();
    let close = closest(&r.name, names.iter().copied());
    close
        .into_iter()
        .filter_map(|c| ordered.iter().find(|(_, n)| n == c).copied())
        .collect()
}

/// A change refused because the server is deleted (a power change, say),
/// with the way back in its hint.
pub(crate) fn restore_first(e: Error, r: &VmRef) -> Error {
    let deleted = e.kind == ErrorKind::Rejected
        && (e.details.as_ref().and_then(|d| d.get("deleted")).is_some()
            || e.message.contains("deleted"));
    if deleted {
        e.with_hint(format!(
            "{r} is deleted: restore it first with `bytemark servers restore {r}`"
        ))
    } else {
        e
    }
}

/// A target's location, spending a GET only for a numeric id.
pub(crate) fn locate(ctx: &mut Context, target: &Target) -> Result<VmRef> {
    match target {
        Target::Ref(r) => Ok(r.clone()),
        Target::Id(_) => Ok(fetch(ctx, target)?.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_server_is_located_by_its_host_name() {
        let vm = json!({"hostname": "web1.default.acme.uk0.bigv.io"});
        assert_eq!(
            ref_from_value(&vm, "x").unwrap(),
            VmRef::new("acme", "default", "web1")
        );
        assert!(ref_from_value(&json!({"hostname": "web1"}), "x").is_err());
    }

    #[test]
    fn suggestions_prefer_the_same_name_then_the_same_group() {
        let overview = json!({"groups": [
            {"name": "default", "virtual_machines": [{"name": "web1"}, {"name": "db1"}]},
            {"name": "staging", "virtual_machines": [{"name": "app1"}, {"name": "web2"}, {"name": 3}]},
            {"name": "empty"}
        ]});
        let servers = server_names(&overview);
        assert_eq!(servers.len(), 4);
        let offered = |group: &str, name: &str| -> Vec<String> {
            suggest_servers(&VmRef::new("demo", group, name), &servers)
                .into_iter()
                .map(|(g, n)| format!("{n}.{g}"))
                .collect()
        };
        assert_eq!(offered("default", "webb1"), ["web1.default"]);
        assert_eq!(offered("default", "app1"), ["app1.staging"]);
        assert_eq!(offered("nosuch", "web1"), ["web1.default"]);
        assert_eq!(offered("staging", "web3"), ["web2.staging", "web1.default"]);
        assert!(offered("default", "mail").is_empty());
    }
}
