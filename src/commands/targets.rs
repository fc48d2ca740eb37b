//! Servers named on the command line: where they live, and their JSON.

use crate::context::Context;
use crate::error::{Error, Result};
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
    let req = get_request(target);
    let vm = ctx.send(&req)?;
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
}
