//! Accounts (reference §4.2): list, show (with `view=overview`: groups →
//! servers → discs and NICs), and create / delete for cluster admins.

use serde_json::Value;
use std::collections::{HashMap, HashSet};

use super::access::R_ACCOUNT_ADMIN;
use super::ctx::Ctx;
use super::fields::validate_name;
use super::reply::{ApiErr, Errs, R, bad, no_content, ok, ok_view};
use super::views::{self, AccountView, Children, GroupView, Vms};
use crate::state::{Account, Vm};

/// An account; with `view=overview` its visible groups, each with its
/// visible VMs (deleted ones only with `include_deleted`), discs and NICs.
fn account_view<'a>(
    ctx: &'a Ctx,
    a: &'a Account,
    overview: Option<(&'a Children<'a>, &'a HashMap<u64, Vec<&'a Vm>>)>,
) -> AccountView<'a> {
    let groups = overview.map(|(children, by_group)| {
        let acc = &ctx.caller.access;
        ctx.st
            .groups
            .values()
            .filter(|g| g.account_id == a.id && acc.sees_group(g))
            .map(|g| {
                let vms = Vms {
                    st: ctx.st,
                    vms: by_group.get(&g.id).map_or(&[], Vec::as_slice),
                    children: Some(children),
                };
                GroupView::new(g, Some(vms))
            })
            .collect()
    });
    AccountView {
        groups,
        id: a.id,
        name: &a.name,
        suspended: a.suspended,
    }
}

pub fn list(ctx: &mut Ctx) -> R {
    let ctx = &*ctx;
    let acc = &ctx.caller.access;
    let accounts = ctx.st.accounts.values().filter(|a| acc.sees_account(a.id));
    if ctx.overview() {
        let children = Children::all(ctx.st);
        let by_group = ctx.visible_vms_by_group();
        let body: Vec<AccountView> = accounts
            .map(|a| account_view(ctx, a, Some((&children, &by_group))))
            .collect();
        ok_view(200, &body)
    } else {
        let body: Vec<AccountView> = accounts.map(|a| account_view(ctx, a, None)).collect();
        ok_view(200, &body)
    }
}

pub fn show(ctx: &mut Ctx, id: u64) -> R {
    let ctx = &*ctx;
    let Some(a) = ctx.st.accounts.get(&id) else {
        return ok(200, Value::Null);
    };
    if ctx.overview() {
        let children = Children::all(ctx.st);
        let by_group = ctx.visible_vms_by_group();
        ok_view(200, &account_view(ctx, a, Some((&children, &by_group))))
    } else {
        ok_view(200, &account_view(ctx, a, None))
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
