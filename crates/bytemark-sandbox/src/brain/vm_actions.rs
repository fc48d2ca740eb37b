//! Actions on a server (reference §4.6, §4.7): reimage (only while off; it
//! ends powered on with autoreboot off) and signal (`powerdown`, `reset`,
//! `sendkey`; only while on).

use serde_json::{Map, Value, json};

use super::access::R_VM_ADMIN;
use super::ctx::Ctx;
use super::definitions::{self, SENDKEYS};
use super::fields::{enum_field, str_field};
use super::reply::{ApiErr, Errs, R, bad, ok, require};

pub fn reimage(ctx: &mut Ctx, id: u64) -> R {
    require(ctx.vm_level(id), R_VM_ADMIN)?;
    let body = ctx.body()?;
    let Some(vm) = ctx.st.vms.get(&id) else {
        return Err(ApiErr::NotFound);
    };
    let mut errs = Errs::default();
    if vm.deleted {
        return Err(bad("deleted", "the server is deleted: undelete it first"));
    }
    let dist = match body.get("distribution") {
        None | Some(Value::Null) => {
            errs.add("distribution", "can't be blank");
            None
        }
        _ => enum_field(&body, "distribution", definitions::DISTRIBUTIONS, &mut errs),
    };
    let password = str_field(&body, "root_password", &mut errs);
    if password.is_none() && !errs.0.contains_key("root_password") {
        errs.add("root_password", "can't be blank");
    }
    let _ = str_field(&body, "ssh_public_key", &mut errs);
    let _ = str_field(&body, "firstboot_script", &mut errs);
    if vm.on_or_starting() {
        errs.add("power_on", "must be off to reimage");
    }
    if !ctx.st.discs.values().any(|d| d.vm_id == id) {
        errs.add("discs", "can't be blank");
    }
    errs.check()?;
    let (now, delay) = (ctx.now, ctx.transition_delay_ms());
    if let Some(vm) = ctx.st.vms.get_mut(&id) {
        vm.last_imaged_with = dist;
        vm.autoreboot_on = false;
        vm.power_to(true, now, delay);
    }
    ctx.mutated();
    let mut echo = Map::new();
    for k in [
        "distribution",
        "root_password",
        "ssh_public_key",
        "firstboot_script",
    ] {
        if let Some(v) = body.get(k) {
            echo.insert(k.into(), v.clone());
        }
    }
    ok(200, Value::Object(echo))
}

pub fn signal(ctx: &mut Ctx, id: u64) -> R {
    require(ctx.vm_level(id), R_VM_ADMIN)?;
    let body = ctx.body()?;
    let Some(vm) = ctx.st.vms.get(&id) else {
        return Err(ApiErr::NotFound);
    };
    if vm.deleted {
        return Err(bad("deleted", "the server is deleted: undelete it first"));
    }
    let mut errs = Errs::default();
    // Body wins over the query string (reference §7 #9).
    let sig = match body.get("signal") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => ctx.q("signal").map(str::to_string),
        Some(_) => {
            errs.add("signal", "is not included in the list");
            None
        }
    };
    let data = match body.get("data") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => ctx.q("data").map(str::to_string),
        Some(_) => {
            errs.add("data", "is invalid");
            None
        }
    };
    match sig.as_deref() {
        None | Some("") if errs.is_empty() => errs.add("signal", "can't be blank"),
        // `data` is only for sendkey (reference §4.7); "" counts as absent.
        Some("powerdown" | "reset") if data.as_deref().is_some_and(|d| !d.is_empty()) => {
            errs.add("data", "must be blank")
        }
        Some("powerdown" | "reset") => {}
        Some("sendkey") => match &data {
            None => errs.add("data", "can't be blank"),
            Some(d) => {
                let valid = d.split('-').all(|k| SENDKEYS.contains(&k) || k == "del");
                if d.is_empty() || !valid {
                    errs.add("data", "is invalid");
                }
            }
        },
        Some(_) => errs.add("signal", "is not included in the list"),
        None => {}
    }
    if errs.is_empty() && !vm.power_on {
        errs.add("power_on", "must be on");
    }
    errs.check()?;
    let sig = sig.unwrap_or_default();
    let (now, delay) = (ctx.now, ctx.transition_delay_ms());
    if sig == "powerdown"
        && let Some(vm) = ctx.st.vms.get_mut(&id)
    {
        if vm.autoreboot_on {
            vm.power_on = false;
            vm.power_to(true, now, delay);
        } else {
            vm.power_to(false, now, delay);
        }
        ctx.mutated();
    }
    let mut echo = json!({ "signal": sig });
    if sig == "sendkey"
        && let (Some(d), Some(o)) = (data, echo.as_object_mut())
    {
        o.insert("data".into(), d.into());
    }
    ok(200, echo)
}
