//! `bytemark groups list|show|create|delete`.
//!
//! `list` is one request (the account overview, which carries the groups
//! with their servers); `show` one (the group overview). `delete` reads the
//! group (with deleted servers, which also keep it from being deleted) and
//! refuses a non-empty group client-side (exit 6) unless `--recursive`,
//! which confirms, purges each server and then deletes the group.
//!
//! Group JSON carries `account_id`, not the account's name; the names seen
//! in this run's answers are kept in [`remember_account`] so tables and
//! `-o ids` can say `group.account`.

use super::Context;
use super::servers::{create_once, group_vms, say, send, str_of, vm_id};
use crate::cli::GroupsCmd;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::spec::GroupName;
use bytemark_api::requests::{self, VmRef};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static ACCOUNT_NAMES: RefCell<HashMap<u64, String>> = RefCell::new(HashMap::new());
}

/// Records that account `id` is called `name`, for rendering groups.
pub(crate) fn remember_account(id: Option<u64>, name: &str) {
    if let Some(id) = id {
        ACCOUNT_NAMES.with(|m| m.borrow_mut().insert(id, name.to_string()));
    }
}

fn account_name_of(group: &Value) -> String {
    let id = group.get("account_id").and_then(Value::as_u64);
    id.and_then(|id| ACCOUNT_NAMES.with(|m| m.borrow().get(&id).cloned()))
        .or_else(|| id.map(|i| i.to_string()))
        .unwrap_or_default()
}

/// `-o ids` for a group: `group.account`.
pub(crate) fn group_id(g: &Value) -> String {
    let account = account_name_of(g);
    let name = str_of(g, "name");
    if account.is_empty() {
        name
    } else {
        format!("{name}.{account}")
    }
}

fn servers_of(g: &Value) -> Vec<String> {
    group_vms(g)
        .map(|v| {
            let name = str_of(v, "name");
            if v.get("deleted") == Some(&Value::Bool(true)) {
                format!("{name} (deleted)")
            } else {
                name
            }
        })
        .collect()
}

const G_NAME: Column = Column::field("name", "NAME");
const G_ACCOUNT: Column = Column::new("account", "ACCOUNT", account_name_of);
const G_ID: Column = Column::field("id", "ID");

const GROUP_COLUMNS: [Column; 4] = [
    G_NAME,
    G_ACCOUNT,
    Column::new("virtual_machines", "SERVERS", |v| {
        servers_of(v).len().to_string()
    }),
    G_ID,
];

const GROUP_DETAIL_COLUMNS: [Column; 4] = [
    G_NAME,
    G_ACCOUNT,
    G_ID,
    Column::new("virtual_machines", "SERVERS", |v| servers_of(v).join(", ")),
];

pub fn run(ctx: &mut Context, cmd: GroupsCmd) -> Result<()> {
    match cmd {
        GroupsCmd::List { account } => list(ctx, account),
        GroupsCmd::Show { group } => show(ctx, &group),
        GroupsCmd::Create { group } => create(ctx, &group),
        GroupsCmd::Delete { group, recursive } => delete(ctx, &group, recursive),
    }
}

fn list(ctx: &mut Context, account: Option<String>) -> Result<()> {
    let account = ctx.account_or_default(account)?;
    let v = send(ctx, &requests::account_overview(&account, false))?;
    remember_account(v.get("id").and_then(Value::as_u64), &account);
    let groups: Vec<Value> = v
        .get("groups")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    // Groups from one account's overview belong to it, even if the API
    // left out account_id.
    ctx.output.list(&groups, &GROUP_COLUMNS, group_id)
}

fn show(ctx: &mut Context, arg: &GroupName) -> Result<()> {
    let (account, group) = ctx.group_arg(arg)?;
    let g = send(ctx, &requests::group_get(&account, &group, false))?;
    remember_account(g.get("account_id").and_then(Value::as_u64), &account);
    ctx.output.one(&g, &GROUP_DETAIL_COLUMNS, group_id)
}

fn create(ctx: &mut Context, arg: &GroupName) -> Result<()> {
    let (account, group) = ctx.group_arg(arg)?;
    let g = create_once(
        ctx,
        &requests::group_create(&account, &group),
        &requests::group_get(&account, &group, false),
    )?;
    remember_account(g.get("account_id").and_then(Value::as_u64), &account);
    say(ctx, &format!("created group {group}.{account}"));
    ctx.output.one(&g, &GROUP_DETAIL_COLUMNS, group_id)
}

fn delete(ctx: &mut Context, arg: &GroupName, recursive: bool) -> Result<()> {
    let (account, group) = ctx.group_arg(arg)?;
    let name = format!("{group}.{account}");
    let g = send(ctx, &requests::group_get(&account, &group, true))?;
    remember_account(g.get("account_id").and_then(Value::as_u64), &account);
    let vms: Vec<&Value> = group_vms(&g).collect();
    let names: Vec<String> = vms.iter().map(|v| vm_id(v)).collect();
    if !vms.is_empty() && !recursive {
        return Err(Error::rejected(format!(
            "group {name} is not empty: it holds {} server{} ({})",
            vms.len(),
            if vms.len() == 1 { "" } else { "s" },
            servers_of(&g).join(", ")
        ))
        .with_hint(
            "delete or move its servers first, or pass --recursive to purge them (irreversible)",
        ));
    }
    if vms.is_empty() {
        ctx.confirm(&format!("Delete group {name}? It is empty."))?;
    } else {
        ctx.confirm(&format!(
            "Delete group {name} and permanently delete (purge) its {} server{}: {}? \
             This is irreversible: their discs and data are destroyed.",
            vms.len(),
            if vms.len() == 1 { "" } else { "s" },
            names.join(", ")
        ))?;
        for vm in &vms {
            let vm_name = str_of(vm, "name");
            let r = VmRef::new(account.clone(), group.clone(), vm_name);
            if let Err(e) = send(ctx, &requests::vm_delete(&r, true)) {
                // The command's error names the server: reported once.
                return Err(Error {
                    message: format!(
                        "group {name} was not deleted: purging {r} failed: {}",
                        e.message
                    ),
                    ..e
                });
            }
            say(ctx, &format!("purged {r}"));
        }
    }
    send(ctx, &requests::group_delete(&account, &group))?;
    say(ctx, &format!("deleted group {name}"));
    ctx.output.one(&g, &GROUP_DETAIL_COLUMNS, group_id)
}
