//! Servers (reference §4.4): lists (in a group, or flat with filters), show,
//! PUT-as-PATCH (spec, power, rename / move, undelete) and delete (soft, or
//! purge). Creating them is [`super::vm_create`]; reimage and signal are
//! [`super::vm_actions`].

use serde_json::{Map, Value};
use std::collections::HashSet;

use super::access::{R_GROUP_ADMIN, R_VM_ADMIN};
use super::ctx::Ctx;
use super::definitions::{HARDWARE_PROFILES, KEYMAPS};
use super::fields::{bool_field, enum_field, int_field, validate_name};
use super::reply::{ApiErr, Errs, R, no_content, ok, ok_view, require};
use super::views::{self, Children, Vms};
use crate::state::{State, Vm};

// ---- rules shared with create -----------------------------------------------

/// 1 to 16 cores (reference §7 #17).
pub fn check_cores(c: i64, errs: &mut Errs) {
    if !(1..=16).contains(&c) {
        errs.add("cores", "is not included in the list");
    }
}

/// 256 MiB to 128 GiB, in steps of 256 MiB (reference §7 #17).
pub fn check_memory(m: i64, errs: &mut Errs) {
    if !(256..=131072).contains(&m) || m % 256 != 0 {
        errs.add("memory", "is not included in the list");
    }
}

/// `cdrom_url`: null/"" ejects; otherwise an http(s) URL. The real brain
/// answers 500 for an unusable URL (reference §5 #19).
pub fn cdrom_field(m: &Map<String, Value>) -> Result<Option<Option<String>>, ApiErr> {
    match m.get("cdrom_url") {
        None => Ok(None),
        Some(Value::Null) => Ok(Some(None)),
        Some(Value::String(s)) if s.is_empty() => Ok(Some(None)),
        Some(Value::String(s)) if s.starts_with("http://") || s.starts_with("https://") => {
            Ok(Some(Some(s.clone())))
        }
        Some(_) => Err(ApiErr::Text(
            500,
            "Could not use cdrom_url: provide a valid public HTTP(S) URL of an ISO image".into(),
        )),
    }
}

/// `keymap`: null/"" clears it; otherwise one of the definitions' keymaps.
pub fn keymap_field(m: &Map<String, Value>, errs: &mut Errs) -> Option<Option<String>> {
    match m.get("keymap") {
        None => None,
        Some(Value::Null) => Some(None),
        Some(Value::String(s)) if s.is_empty() => Some(None),
        Some(Value::String(s)) if KEYMAPS.contains(&s.as_str()) => Some(Some(s.clone())),
        Some(_) => {
            errs.add("keymap", "is not included in the list");
            None
        }
    }
}

/// Names are unique in a group until purged: deleted servers keep theirs
/// (reference §5 #12).
pub fn name_taken(st: &State, group_id: u64, name: &str, except: Option<u64>) -> bool {
    st.vms
        .values()
        .any(|v| v.group_id == group_id && v.name == name && Some(v.id) != except)
}

// ---- lists and show ---------------------------------------------------------

/// A server as shown: with its discs and NICs under `view=overview`.
pub fn vm_value(ctx: &Ctx, id: u64) -> Value {
    match ctx.st.vms.get(&id) {
        Some(_) if ctx.overview() => vm_overview(ctx, id),
        Some(vm) => views::vm(ctx.st, vm, None),
        None => Value::Null,
    }
}

/// A server with its discs and NICs.
pub fn vm_overview(ctx: &Ctx, id: u64) -> Value {
    match ctx.st.vms.get(&id) {
        Some(vm) => views::vm(ctx.st, vm, Some(&Children::of(ctx.st, id))),
        None => Value::Null,
    }
}

fn render_list(ctx: &Ctx, filter: impl Fn(&Vm) -> bool) -> R {
    let vms = ctx.visible_vms(filter);
    let children = if ctx.overview() {
        Some(Children::all(ctx.st))
    } else {
        None
    };
    let list = Vms {
        st: ctx.st,
        vms: &vms,
        children: children.as_ref(),
    };
    ok_view(200, &list)
}

pub fn list_in_group(ctx: &mut Ctx, g: u64) -> R {
    render_list(ctx, |v| v.group_id == g)
}

/// `/virtual_machines[?account_id|account_name][&group_id|group_name]`
pub fn list_flat(ctx: &mut Ctx) -> R {
    let account = ctx.account_filter()?;
    let group: Option<u64> = match ctx.q("group_id").or(ctx.q("group_name")) {
        Some(g) => {
            let acc = &ctx.caller.access;
            let found = ctx
                .st
                .groups
                .values()
                .filter(|gr| account.is_none_or(|a| gr.account_id == a) && acc.sees_group(gr))
                .find(|gr| gr.id.to_string() == g || gr.name == g)
                .map(|gr| gr.id);
            Some(found.ok_or(ApiErr::NotFound)?)
        }
        None => None,
    };
    let groups_of_account: Option<HashSet<u64>> = account.map(|a| {
        ctx.st
            .groups
            .values()
            .filter(|g| g.account_id == a)
            .map(|g| g.id)
            .collect()
    });
    render_list(ctx, |v| {
        group.is_none_or(|g| v.group_id == g)
            && groups_of_account
                .as_ref()
                .is_none_or(|s| s.contains(&v.group_id))
    })
}

pub fn show(ctx: &mut Ctx, vm: u64) -> R {
    ok(200, vm_value(ctx, vm))
}

// ---- update / delete --------------------------------------------------------

pub fn update(ctx: &mut Ctx, id: u64) -> R {
    require(ctx.vm_level(id), R_VM_ADMIN)?;
    let body = ctx.body()?;
    let Some(cur) = ctx.st.vms.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    let mut errs = Errs::default();
    let undelete = match body.get("deleted") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(false)) => true,
        Some(Value::Bool(true)) => {
            errs.add("deleted", "can only be set to false (use DELETE to delete)");
            false
        }
        Some(_) => {
            errs.add("deleted", "is invalid");
            false
        }
    };
    if cur.deleted && !undelete {
        errs.add("deleted", "the server is deleted: undelete it first");
        return Err(ApiErr::Bad(Value::Object(errs.0)));
    }
    if undelete && cur.deleted {
        require(ctx.group_level(cur.group_id), R_GROUP_ADMIN)?;
    }
    // Target group for rename/move.
    let mut group = cur.group_id;
    if let Some(v) = body.get("group_id").filter(|v| !v.is_null()) {
        let gid = v
            .as_u64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()));
        let target = gid.and_then(|g| ctx.st.groups.get(&g));
        match target {
            Some(g) if ctx.caller.access.sees_group(g) => {
                if g.id != cur.group_id {
                    require(ctx.caller.access.group_level(g), R_GROUP_ADMIN)?;
                    require(ctx.group_level(cur.group_id), R_GROUP_ADMIN)?;
                }
                group = g.id;
            }
            _ => errs.add("group_id", "is invalid"),
        }
    }
    let mut name = cur.name.clone();
    if body.contains_key("name") {
        let mut ne = Errs::default();
        match validate_name(&body, "name", &mut ne) {
            Ok(n) => name = n,
            Err(_) => {
                for (k, v) in ne.0 {
                    errs.0.insert(k, v);
                }
            }
        }
    }
    if (name != cur.name || group != cur.group_id) && name_taken(ctx.st, group, &name, Some(id)) {
        errs.add("name", "has already been taken");
    }
    let cores = int_field(&body, "cores", &mut errs);
    if let Some(c) = cores {
        check_cores(c, &mut errs);
    }
    let memory = int_field(&body, "memory", &mut errs);
    if let Some(m) = memory {
        check_memory(m, &mut errs);
    }
    let profile = enum_field(&body, "hardware_profile", HARDWARE_PROFILES, &mut errs);
    let locked = bool_field(&body, "hardware_profile_locked", &mut errs);
    let keymap = keymap_field(&body, &mut errs);
    let power_on = bool_field(&body, "power_on", &mut errs);
    let autoreboot = bool_field(&body, "autoreboot_on", &mut errs);
    if let Some(a) = body.get("appliance")
        && !(a.is_object() || a.is_null())
    {
        errs.add("appliance", "is invalid");
    }
    let cdrom = cdrom_field(&body)?;
    errs.check()?;

    let (now, delay) = (ctx.now, ctx.transition_delay_ms());
    let Some(vm) = ctx.st.vms.get_mut(&id) else {
        return Err(ApiErr::NotFound);
    };
    if undelete {
        vm.deleted = false;
    }
    vm.name = name;
    vm.group_id = group;
    if let Some(c) = cores {
        vm.cores = c as u64;
    }
    if let Some(m) = memory {
        vm.memory = m as u64;
    }
    if let Some(p) = profile {
        vm.hardware_profile = p;
    }
    if let Some(l) = locked {
        vm.hardware_profile_locked = l;
    }
    if let Some(k) = keymap {
        vm.keymap = k;
    }
    if let Some(c) = cdrom {
        vm.cdrom_url = c;
    }
    if let Some(a) = autoreboot {
        vm.autoreboot_on = a;
    }
    match power_on {
        Some(true) if !vm.on_or_starting() => vm.power_to(true, now, delay),
        Some(false) => {
            // Pull the plug now; with autoreboot set it comes back on.
            vm.power_on = false;
            vm.pending = None;
            if vm.autoreboot_on {
                vm.power_to(true, now, delay);
            }
        }
        Some(true) | None => {}
    }
    ctx.mutated();
    ok(200, vm_value(ctx, id))
}

pub fn delete(ctx: &mut Ctx, id: u64) -> R {
    let Some(vm) = ctx.st.vms.get(&id) else {
        return Err(ApiErr::NotFound);
    };
    require(ctx.group_level(vm.group_id), R_GROUP_ADMIN)?;
    if ctx.flag("purge") {
        ctx.st.purge_vm(id);
    } else if let Some(vm) = ctx.st.vms.get_mut(&id) {
        vm.deleted = true;
        vm.power_on = false;
        vm.pending = None;
    }
    ctx.mutated();
    no_content()
}
