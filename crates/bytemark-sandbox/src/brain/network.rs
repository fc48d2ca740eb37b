//! The network of a server (reference §4.11): NICs (read-only) and
//! additional IPv4 addresses (`ip_create`, at most 4 per server). The
//! addresses themselves (`/ips`) are [`super::ips`].

use serde_json::{Map, Value, json};

use super::access::R_VM_ADMIN;
use super::ctx::Ctx;
use super::fields::{enum_field, int_field, parse_id};
use super::reply::{ApiErr, Errs, R, ok, require};
use super::views;
use crate::state::addresses::primary_v4;

const MAX_EXTRA_IPS: usize = 4;

// ---- NICs -------------------------------------------------------------------

pub fn find_nic(ctx: &Ctx, vm: u64, seg: &str) -> Result<u64, ApiErr> {
    let nics = || ctx.st.nics.values().filter(|n| n.vm_id == vm);
    if let Some(id) = parse_id(seg)
        && let Some(n) = nics().find(|n| n.id == id)
    {
        return Ok(n.id);
    }
    nics()
        .find(|n| n.label.as_deref() == Some(seg))
        .map(|n| n.id)
        .ok_or(ApiErr::NotFound)
}

/// `/nics/{id}`: any NIC of a visible server, by id only.
pub fn find_nic_flat(ctx: &Ctx, seg: &str) -> Result<u64, ApiErr> {
    let allow_deleted = ctx.method != "GET" || ctx.flag("include_deleted");
    let id = parse_id(seg).ok_or(ApiErr::NotFound)?;
    let nic = ctx.st.nics.get(&id).ok_or(ApiErr::NotFound)?;
    let vm = ctx.st.vms.get(&nic.vm_id).ok_or(ApiErr::NotFound)?;
    if (vm.deleted && !allow_deleted) || !ctx.caller.access.sees_vm(ctx.st, vm) {
        return Err(ApiErr::NotFound);
    }
    Ok(id)
}

/// The NICs of server `vm`.
pub fn list_nics(ctx: &mut Ctx, vm: u64) -> R {
    let list = ctx
        .st
        .nics
        .values()
        .filter(|n| n.vm_id == vm)
        .map(views::nic)
        .collect();
    ok(200, Value::Array(list))
}

/// `/nics[?vm_id|vm_name]`: the NICs of every visible server.
pub fn list_all_nics(ctx: &mut Ctx) -> R {
    let filter = ctx.vm_filter()?;
    let visible = ctx.visible_vm_ids();
    let list = ctx
        .st
        .nics
        .values()
        .filter(|n| visible.contains(&n.vm_id))
        .filter(|n| filter.as_ref().is_none_or(|f| f.contains(&n.vm_id)))
        .map(views::nic)
        .collect();
    ok(200, Value::Array(list))
}

pub fn show_nic(ctx: &mut Ctx, n: u64) -> R {
    ok(200, ctx.st.nics.get(&n).map(views::nic).unwrap_or_default())
}

/// Additional IPv4 addresses, routed via the NIC's primary IPv4.
pub fn ip_create(ctx: &mut Ctx, vm: u64, nic: u64) -> R {
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    let body = ctx.body()?;
    ctx.vm_not_deleted(vm)?;
    let mut errs = Errs::default();
    let count = int_field(&body, "addresses", &mut errs).unwrap_or(1);
    if count < 1 {
        errs.add("addresses", "must be greater than or equal to 1");
    }
    let family =
        enum_field(&body, "family", &["ipv4", "ipv6"], &mut errs).unwrap_or_else(|| "ipv4".into());
    if family == "ipv6" {
        errs.add("family", "only additional IPv4 addresses can be requested");
    }
    if body.get("contiguous") == Some(&Value::Bool(true)) {
        errs.add("contiguous", "is not supported");
    }
    let existing: usize = ctx
        .st
        .nics
        .values()
        .filter(|n| n.vm_id == vm)
        .map(|n| n.extra_ips.len())
        .sum();
    if count >= 1 && existing + count as usize > MAX_EXTRA_IPS {
        errs.add(
            "addresses",
            "a server can have at most 4 additional IP addresses",
        );
    } else if count >= 1 && ctx.st.v4_available() < count as u64 {
        errs.add("addresses", "no more IPv4 addresses are available");
    }
    errs.check()?;
    let primary = ctx
        .st
        .nics
        .get(&nic)
        .map(|n| primary_v4(&n.ips))
        .unwrap_or_default();
    let new_ips: Vec<String> = (0..count).filter_map(|_| ctx.st.alloc_v4()).collect();
    if let Some(n) = ctx.st.nics.get_mut(&nic) {
        for ip in &new_ips {
            n.extra_ips.insert(ip.clone(), primary.clone());
        }
    }
    ctx.mutated();
    let mut echo: Map<String, Value> = Map::new();
    echo.insert("addresses".into(), count.into());
    echo.insert("family".into(), family.into());
    echo.insert(
        "reason".into(),
        body.get("reason").cloned().unwrap_or(Value::Null),
    );
    echo.insert("contiguous".into(), false.into());
    echo.insert("ips".into(), json!(new_ips));
    ok(200, Value::Object(echo))
}
