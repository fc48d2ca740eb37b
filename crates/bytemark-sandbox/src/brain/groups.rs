//! Groups (reference §4.3): list (with `view=overview`: servers → discs and
//! NICs), show, create, rename, and delete while empty. The `default`
//! group of every account can be neither renamed nor deleted.

use serde_json::Value;

use super::access::R_ACCOUNT_ADMIN;
use super::ctx::Ctx;
use super::fields::validate_name;
use super::reply::{ApiErr, Errs, R, bad, no_content, ok, ok_view};
use super::views::{Children, GroupView, Vms};

pub fn list(ctx: &mut Ctx, account: Option<u64>) -> R {
    let acc = &ctx.caller.access;
    let overview = ctx.overview();
    let by_group = if overview {
        Some(ctx.visible_vms_by_group())
    } else {
        None
    };
    let children = if overview {
        Some(Children::all(ctx.st))
    } else {
        None
    };
    let body: Vec<GroupView> = ctx
        .st
        .groups
        .values()
        .filter(|g| account.is_none_or(|a| g.account_id == a) && acc.sees_group(g))
        .map(|g| {
            let vms = match (&by_group, &children) {
                (Some(bg), Some(c)) => Some(Vms {
                    st: ctx.st,
                    vms: bg.get(&g.id).map_or(&[], Vec::as_slice),
                    children: Some(c),
                }),
                _ => None,
            };
            GroupView::new(g, vms)
        })
        .collect();
    ok_view(200, &body)
}

/// A group; with `view=overview` its visible servers, their discs and NICs.
fn group_answer(ctx: &Ctx, status: u16, id: u64) -> R {
    let Some(g) = ctx.st.groups.get(&id) else {
        return ok(status, Value::Null);
    };
    if ctx.overview() {
        let vms = ctx.visible_vms(|v| v.group_id == id);
        let children = Children::all(ctx.st);
        let list = Vms {
            st: ctx.st,
            vms: &vms,
            children: Some(&children),
        };
        ok_view(status, &GroupView::new(g, Some(list)))
    } else {
        ok_view(status, &GroupView::new(g, None))
    }
}

pub fn show(ctx: &mut Ctx, id: u64) -> R {
    group_answer(ctx, 200, id)
}

pub fn create(ctx: &mut Ctx, account: u64) -> R {
    if ctx.caller.access.account_level(account) < R_ACCOUNT_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    let body = ctx.body()?;
    let name = validate_name(&body, "name", &mut Errs::default())?;
    if ctx
        .st
        .groups
        .values()
        .any(|g| g.account_id == account && g.name == name)
    {
        return Err(bad("name", "has already been taken"));
    }
    let id = ctx.st.insert_group(account, &name);
    ctx.mutated();
    group_answer(ctx, 201, id)
}

pub fn update(ctx: &mut Ctx, id: u64) -> R {
    let Some(g) = ctx.st.groups.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    if ctx.caller.access.account_level(g.account_id) < R_ACCOUNT_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    let body = ctx.body()?;
    if body.contains_key("name") {
        let name = validate_name(&body, "name", &mut Errs::default())?;
        if name != g.name {
            if g.name == "default" {
                return Err(bad("name", "the default group cannot be renamed"));
            }
            if ctx
                .st
                .groups
                .values()
                .any(|o| o.account_id == g.account_id && o.name == name)
            {
                return Err(bad("name", "has already been taken"));
            }
            if let Some(g) = ctx.st.groups.get_mut(&id) {
                g.name = name;
            }
            ctx.mutated();
        }
    }
    group_answer(ctx, 200, id)
}

pub fn delete(ctx: &mut Ctx, id: u64) -> R {
    let Some(g) = ctx.st.groups.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    if ctx.caller.access.account_level(g.account_id) < R_ACCOUNT_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    // Deleted-but-unpurged servers still occupy the group (reference §7 #22).
    if ctx.st.vms.values().any(|v| v.group_id == id) {
        return Err(bad("virtual_machines", "must be empty"));
    }
    if g.name == "default" {
        return Err(bad("name", "the default group cannot be deleted"));
    }
    ctx.st.groups.remove(&id);
    ctx.st.privileges.retain(|_, p| p.group_id != Some(id));
    ctx.mutated();
    no_content()
}
