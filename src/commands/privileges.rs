//! `bytemark privileges list|grant|revoke` (api reference §4.14).
//!
//! Round trips with a warm session: `list` 1 (2 for a server given by
//! numeric id); `grant` 2 (a GET of the target for its id, then
//! `POST /users/{u}/privileges`; 1 for cluster levels); `revoke` 2 (the
//! privileges on the target, then `DELETE /privileges/{id}` — one DELETE
//! per matching privilege).
//!
//! Decisions where the reference is silent:
//! * `list --user U` uses `GET /privileges?user_name=U`: the privileges of
//!   U that you can see, which works for an account admin;
//!   `GET /users/{u}/privileges` answers only for yourself or a cluster
//!   admin.
//! * `revoke` takes away every login privilege of that user, level and
//!   target (there may be two, with and without a Yubikey); privileges of
//!   API keys are left alone (`api-keys delete` removes those).
//! * A grant is a create: if its answer is lost, the privileges on the
//!   target are read before it is sent again, so it is never granted twice.

use super::targets::{fetch, locate, resolve};
use super::values::str_of;
use crate::cli::access::{PrivilegeArgs, PrivilegesCmd, PrivilegesListArgs};
use crate::config::Source;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::input::access::{Level, PrivilegeOn, privilege_target};
use crate::output::Column;
use bytemark_api::models::{Privilege, decode};
use bytemark_api::requests::{self, Grant, PrivilegeTarget};
use bytemark_api::{Client, Request};
use serde_json::Value;

/// What a privilege is on, in words: `server web1`, `group default`,
/// `account acme`, `cluster`.
pub(crate) fn target_text(v: &Value) -> String {
    let named = |name: &str, id: &str| match v.get(name).and_then(Value::as_str) {
        Some(n) if !n.is_empty() => Some(n.to_string()),
        _ => v.get(id).filter(|i| !i.is_null()).map(crate::output::plain),
    };
    if let Some(n) = named("virtual_machine_name", "virtual_machine_id") {
        format!("server {n}")
    } else if let Some(n) = named("group_name", "group_id") {
        format!("group {n}")
    } else if let Some(n) = named("account_name", "account_id") {
        format!("account {n}")
    } else {
        "cluster".into()
    }
}

const PRIVILEGE_COLUMNS: [Column; 6] = [
    Column::field("id", "ID"),
    Column::field("username", "USER"),
    Column::field("level", "LEVEL"),
    Column::new("target", "ON", target_text),
    Column::field("yubikey_required", "YUBIKEY"),
    Column::field("api_key_id", "API KEY"),
];

fn privilege_id(v: &Value) -> String {
    str_of(v, "id")
}

pub fn run(ctx: &mut Context, cmd: PrivilegesCmd) -> Result<()> {
    match cmd {
        PrivilegesCmd::List(args) => list(ctx, args),
        PrivilegesCmd::Grant {
            privilege,
            yubikey_required,
        } => grant(ctx, privilege, yubikey_required),
        PrivilegesCmd::Revoke { privilege } => revoke(ctx, privilege),
    }
}

/// Sends a listing and checks each element is a privilege.
fn send_list(ctx: &mut Context, req: &Request) -> Result<Vec<Value>> {
    let v = ctx.send(req)?;
    decode::<Vec<Privilege>>(v.clone(), &req.context)?;
    Ok(v.as_array().cloned().unwrap_or_default())
}

fn list(ctx: &mut Context, args: PrivilegesListArgs) -> Result<()> {
    let req = if let Some(u) = &args.user {
        requests::privileges_of_user(u)
    } else if let Some(s) = &args.server {
        let target = resolve(ctx, s)?;
        requests::privileges_on_vm(&locate(ctx, &target)?)
    } else if let Some(g) = &args.group {
        let (account, group) = ctx.group_arg(g)?;
        requests::privileges_on_group(&account, &group)
    } else if ctx.settings.account.source == Source::Flag
        && let Some(a) = ctx.settings.account.value.clone()
    {
        requests::privileges_on_account(&a)
    } else {
        requests::privileges_mine()
    };
    let items = send_list(ctx, &req)?;
    ctx.output.list(&items, &PRIVILEGE_COLUMNS, &privilege_id)
}

/// The id of what a privilege is to be on (one GET; none for the
/// cluster), and the listing that shows the privileges there (for the
/// cluster: `user`'s).
pub(crate) fn target_id(
    ctx: &mut Context,
    on: &PrivilegeOn,
    user: &str,
) -> Result<(PrivilegeTarget, Request)> {
    Ok(match on {
        PrivilegeOn::Cluster => (PrivilegeTarget::Cluster, requests::privileges_of_user(user)),
        PrivilegeOn::Account(a) => {
            let req = requests::account_get(a);
            let id = id_of(&ctx.send(&req)?, &req.context)?;
            (
                PrivilegeTarget::Account(id),
                requests::privileges_on_account(a),
            )
        }
        PrivilegeOn::Group(g) => {
            let (account, group) = ctx.group_arg(g)?;
            let req = requests::group_get_plain(&account, &group);
            let id = id_of(&ctx.send(&req)?, &req.context)?;
            (
                PrivilegeTarget::Group(id),
                requests::privileges_on_group(&account, &group),
            )
        }
        PrivilegeOn::Server(s) => {
            let target = resolve(ctx, s)?;
            let (r, vm) = fetch(ctx, &target)?;
            let id = id_of(&vm, &format!("get server {r}"))?;
            (PrivilegeTarget::Vm(id), requests::privileges_on_vm(&r))
        }
    })
}

fn id_of(v: &Value, context: &str) -> Result<u64> {
    v.get("id")
        .and_then(Value::as_u64)
        .ok_or_else(|| Error::network(format!("{context}: the API's response has no numeric id")))
}

/// The listing that shows the privileges on `on` (for a user's cluster
/// levels: theirs).
fn listing(ctx: &mut Context, on: &PrivilegeOn, user: &str) -> Result<Request> {
    Ok(match on {
        PrivilegeOn::Cluster => requests::privileges_of_user(user),
        PrivilegeOn::Account(a) => requests::privileges_on_account(a),
        PrivilegeOn::Group(g) => {
            let (account, group) = ctx.group_arg(g)?;
            requests::privileges_on_group(&account, &group)
        }
        PrivilegeOn::Server(s) => {
            let target = resolve(ctx, s)?;
            requests::privileges_on_vm(&locate(ctx, &target)?)
        }
    })
}

/// The user's login privileges of `level` on `on` in a listing of it.
fn matching(items: &[Value], user: &str, level: Level, on: &PrivilegeOn) -> Vec<Value> {
    items
        .iter()
        .filter(|v| {
            let Ok(p) = serde_json::from_value::<Privilege>((*v).clone()) else {
                return false;
            };
            let kind_ok = match on {
                PrivilegeOn::Cluster => {
                    p.account_id.is_none() && p.group_id.is_none() && p.virtual_machine_id.is_none()
                }
                PrivilegeOn::Account(_) => p.account_id.is_some(),
                PrivilegeOn::Group(_) => p.group_id.is_some(),
                PrivilegeOn::Server(_) => p.virtual_machine_id.is_some(),
            };
            p.username == user && p.level == level.as_str() && p.api_key_id.is_none() && kind_ok
        })
        .cloned()
        .collect()
}

fn grant(ctx: &mut Context, args: PrivilegeArgs, yubikey_required: bool) -> Result<()> {
    let on = privilege_target(args.level, args.target.as_deref())?;
    let (target, lookup) = target_id(ctx, &on, &args.user)?;
    let req = requests::privilege_grant(
        &args.user,
        &Grant {
            level: args.level.as_str().to_string(),
            target,
            yubikey_required,
            api_key_id: None,
        },
    );
    let (user, level) = (args.user.clone(), args.level);
    let on_for_lookup = on.clone();
    let found = move |c: &Client| -> bytemark_api::Result<Option<Value>> {
        let items = c.send(&lookup)?;
        let items = items.as_array().cloned().unwrap_or_default();
        Ok(matching(&items, &user, level, &on_for_lookup).pop())
    };
    let p = ctx.api()?.create(&req, &found)?;
    ctx.say(&format!("granted {} on {on} to {}", args.level, args.user));
    ctx.output.one(&p, &PRIVILEGE_COLUMNS, &privilege_id)
}

fn revoke(ctx: &mut Context, args: PrivilegeArgs) -> Result<()> {
    let on = privilege_target(args.level, args.target.as_deref())?;
    let req = listing(ctx, &on, &args.user)?;
    let items = send_list(ctx, &req)?;
    let found = matching(&items, &args.user, args.level, &on);
    if found.is_empty() {
        return Err(Error::not_found(format!(
            "user {} holds no {} privilege on {on} that you can see",
            args.user, args.level
        ))
        .with_hint("`bytemark privileges list` shows what there is"));
    }
    let ids: Vec<u64> = found
        .iter()
        .filter_map(|v| v.get("id").and_then(Value::as_u64))
        .collect();
    let count = if ids.len() == 1 {
        String::new()
    } else {
        format!(" ({} privileges)", ids.len())
    };
    ctx.confirm(&format!(
        "Revoke {} on {on} from user {}{count}?",
        args.level, args.user
    ))?;
    for id in &ids {
        ctx.send(&requests::privilege_revoke(*id))?;
    }
    ctx.say(&format!(
        "revoked {} on {on} from {}",
        args.level, args.user
    ));
    ctx.output.list(&found, &PRIVILEGE_COLUMNS, &privilege_id)
}
