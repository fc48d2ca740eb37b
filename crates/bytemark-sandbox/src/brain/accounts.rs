//! Accounts (reference §4.2): list, show (with `view=overview`: groups →
//! servers → discs and NICs), and create / delete for cluster admins.

use serde_json::Value;
use std::collections::{HashMap, HashSet};

use super::access::R_ACCOUNT_ADMIN;
use super::ctx::Ctx;
use super::fields::validate_name;
use super::reply::{ApiErr, Errs, R, bad, no_content, ok};
use super::views::{self, Children};
use crate::state::Vm;

/// Account JSON; with `view=overview` its visible groups, each with its
/// visible VMs (deleted ones only with `include_deleted`), discs and NICs.
fn account_value(
    ctx: &Ctx,
    id: u64,
    overview: Option<(&Children, &HashMap<u64, Vec<&Vm>>)>,
) -> Value {
    let mut v = views::account(ctx.st, id);
    if let (Some((children, by_group)), Some(obj)) = (overview, v.as_object_mut()) {
        let acc = &ctx.caller.access;
        let groups: Vec<Value> = ctx
            .st
            .groups
            .values()
            .filter(|g| g.account_id == id && acc.sees_group(g))
            .map(|g| {
                let vms = by_group
                    .get(&g.id)
                    .map(|vs| {
                        vs.iter()
                            .map(|vm| views::vm(ctx.st, vm, Some(children)))
                            .collect()
                    })
                    .unwrap_or_default();
                views::group(g, Some(vms))
            })
            .collect();
        obj.insert("groups".into(), Value::Array(groups));
    }
    v
}

pub fn list(ctx: &mut Ctx) -> R {
    let acc = &ctx.caller.access;
    let ids: Vec<u64> = ctx
        .st
        .accounts
        .keys()
        .copied()
        .filter(|id| acc.sees_account(*id))
        .collect();
    let body: Vec<Value> = if ctx.overview() {
        let children = Children::all(ctx.st);
        let by_group = ctx.visible_vms_by_group();
        ids.iter()
            .map(|id| account_value(ctx, *id, Some((&children, &by_group))))
            .collect()
    } else {
        ids.iter().map(|id| account_value(ctx, *id, None)).collect()
    };
    ok(200, Value::Array(body))
}

pub fn show(ctx: &mut Ctx, id: u64) -> R {
    if ctx.overview() {
        let children = Children::all(ctx.st);
        let by_group = ctx.visible_vms_by_group();
        ok(200, account_value(ctx, id, Some((&children, &by_group))))
    } else {
        ok(200, account_value(ctx, id, None))
    }
}

pub fn create(ctx: &mut Ctx) -> R {
    if !ctx.is_cluster_admin() {
        return Err(ApiErr::Forbidden);
    }
    let body = ctx.body()?;
    let name = validate_name(&body, "name", &mut Errs::default())?;
    if ctx.st.accounts.values().any(|a| a.name == name) {
        return Err(bad("name", "has already been taken"));
    }
    let id = ctx.st.insert_account(&name);
    ctx.mutated();
    ok(201, views::account(ctx.st, id))
}

pub fn update(ctx: &mut Ctx, id: u64) -> R {
    if ctx.caller.access.account_level(id) < R_ACCOUNT_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    let _ = ctx.body()?; // name and suspended are read-only: ignored
    ok(200, views::account(ctx.st, id))
}

pub fn delete(ctx: &mut Ctx, id: u64) -> R {
    if !ctx.is_cluster_admin() {
        return Err(ApiErr::Forbidden);
    }
    let groups: HashSet<u64> = ctx
        .st
        .groups
        .values()
        .filter(|g| g.account_id == id)
        .map(|g| g.id)
        .collect();
    if ctx.st.vms.values().any(|v| groups.contains(&v.group_id)) {
        return Err(bad("virtual_machines", "must be empty"));
    }
    ctx.st.groups.retain(|_, g| g.account_id != id);
    ctx.st.accounts.remove(&id);
    ctx.st.privileges.retain(|_, p| {
        p.account_id != Some(id) && !p.group_id.is_some_and(|g| groups.contains(&g))
    });
    ctx.mutated();
    no_content()
}
