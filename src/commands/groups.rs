//! `bytemark groups list|show|create|delete`.
//!
//! `list` is one request (the account overview, which carries the groups
//! with their servers); `show` one (the group overview). `delete` reads the
//! group (with deleted servers, which also keep it from being deleted) and
//! refuses a non-empty group client-side (exit 6) unless `--recursive`,
//! which confirms, purges each server and then deletes the group.
//!
//! Group JSON carries `account_id`, not the account's name: see
//! `AccountGroups`.
//!
//! For scripts that run twice: `create --if-not-exists` shows a group that
//! is already there (exit 0; one more request, a GET, only then), and
//! `delete --if-exists` says there is nothing to delete (exit 0).
//!
//! Lost answers: a create whose answer is lost looks the group up by name;
//! nothing tells who made a group found there, unless an earlier lookup in
//! the same create found the name free, so otherwise the command says what
//! it found and exits 7 (see `bytemark_api::outcome`). A delete (or a purge
//! of `--recursive`) whose answer is lost is checked by reading again.

use super::outcomes::{reread, send_change, send_create, server_state};
use super::values::{group_vms, str_of, vm_id};
use crate::cli::GroupsCmd;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::input::GroupName;
use crate::output::Column;
use bytemark_api::requests::{self, VmRef};
use bytemark_api::{Check, CreateCheck, Created, found};
use serde_json::Value;

/// How the groups of one account are shown. Group JSON carries
/// `account_id`, not the account's name; the command knows both from its
/// answer, so tables and `-o ids` can say `group.account`.
struct AccountGroups {
    id: Option<u64>,
    name: String,
}

impl AccountGroups {
    fn new(id: Option<u64>, name: &str) -> AccountGroups {
        AccountGroups {
            id,
            name: name.to_string(),
        }
    }

    fn account_of(&self, group: &Value) -> String {
        match group.get("account_id").and_then(Value::as_u64) {
            Some(id) if Some(id) == self.id => self.name.clone(),
            Some(id) => id.to_string(),
            None => String::new(),
        }
    }

    /// `-o ids` for a group: `group.account`.
    fn id_of(&self, g: &Value) -> String {
        let account = self.account_of(g);
        let name = str_of(g, "name");
        if account.is_empty() {
            name
        } else {
            format!("{name}.{account}")
        }
    }

    fn account_column(&self) -> Column<'_> {
        Column::with("account", "ACCOUNT", |g| self.account_of(g))
    }

    /// `groups list`.
    fn columns(&self) -> [Column<'_>; 4] {
        [
            G_NAME,
            self.account_column(),
            Column::new("virtual_machines", "SERVERS", |v| {
                servers_of(v).len().to_string()
            }),
            G_ID,
        ]
    }

    /// One group.
    fn detail_columns(&self) -> [Column<'_>; 4] {
        [
            G_NAME,
            self.account_column(),
            G_ID,
            Column::new("virtual_machines", "SERVERS", |v| servers_of(v).join(", ")),
        ]
    }

    fn show_one(&self, ctx: &Context, g: &Value) -> Result<()> {
        ctx.output
            .one(g, &self.detail_columns(), &|g| self.id_of(g))
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
const G_ID: Column = Column::field("id", "ID");

pub fn run(ctx: &mut Context, cmd: GroupsCmd) -> Result<()> {
    match cmd {
        GroupsCmd::List { account } => list(ctx, account),
        GroupsCmd::Show { group } => show(ctx, &group),
        GroupsCmd::Create {
            group,
            if_not_exists,
        } => create(ctx, &group, if_not_exists),
        GroupsCmd::Delete {
            group,
            recursive,
            if_exists,
        } => delete(ctx, &group, recursive, if_exists),
    }
}

fn list(ctx: &mut Context, account: Option<String>) -> Result<()> {
    let account = ctx.account_or_default(account)?;
    let v = ctx.send(&requests::account_overview(&account, false))?;
    let view = AccountGroups::new(v.get("id").and_then(Value::as_u64), &account);
    let groups: Vec<Value> = v
        .get("groups")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    // Groups from one account's overview belong to it, even if the API
    // left out account_id.
    ctx.output
        .list(&groups, &view.columns(), &|g| view.id_of(g))
}

fn show(ctx: &mut Context, arg: &GroupName) -> Result<()> {
    let (account, group) = ctx.group_arg(arg)?;
    let g = ctx.send(&requests::group_get(&account, &group, false))?;
    AccountGroups::new(g.get("account_id").and_then(Value::as_u64), &account).show_one(ctx, &g)
}

fn create(ctx: &mut Context, arg: &GroupName, if_not_exists: bool) -> Result<()> {
    let (account, group) = ctx.group_arg(arg)?;
    let lookup = requests::group_get(&account, &group, false);
    // A group is its name: one found by name is as asked.
    let check = CreateCheck {
        find: &|c| found(c, &lookup),
        differences: &|_| Vec::new(),
        describe: &|g| format!("group {group}.{account} (id {})", str_of(g, "id")),
        known_free: false,
        accept_existing: if_not_exists,
    };
    let exists = |ctx: &Context, g: Value| {
        ctx.say(&format!("group {group}.{account} already exists"));
        AccountGroups::new(g.get("account_id").and_then(Value::as_u64), &account).show_one(ctx, &g)
    };
    let g = match send_create(ctx, &requests::group_create(&account, &group), &check) {
        Ok(Created::Exists(g)) => return exists(ctx, g),
        Ok(created) => created.into_value(),
        // The name is taken: by the group asked for, or (a refusal for
        // another reason) by none, and then the refusal stands.
        Err(e) if if_not_exists && e.kind == ErrorKind::Rejected => {
            return match ctx.send(&lookup) {
                Ok(g) => exists(ctx, g),
                Err(not) if not.kind == ErrorKind::NotFound => Err(e),
                Err(other) => Err(other),
            };
        }
        Err(e) => return Err(e),
    };
    ctx.say(&format!("created group {group}.{account}"));
    AccountGroups::new(g.get("account_id").and_then(Value::as_u64), &account).show_one(ctx, &g)
}

fn delete(ctx: &mut Context, arg: &GroupName, recursive: bool, if_exists: bool) -> Result<()> {
    let (account, group) = ctx.group_arg(arg)?;
    let name = format!("{group}.{account}");
    let g = match ctx.send(&requests::group_get(&account, &group, true)) {
        Err(e) if if_exists && e.kind == ErrorKind::NotFound => {
            ctx.say(&format!("group {name} does not exist; nothing to delete"));
            return Ok(());
        }
        g => g?,
    };
    let view = AccountGroups::new(g.get("account_id").and_then(Value::as_u64), &account);
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
            let get = requests::vm_get(&r);
            let purged = send_change(ctx, &requests::vm_delete(&r, true), &|c| {
                reread(
                    c,
                    &get,
                    |vm| Check::NotDone(format!("{} (not purged)", server_state(&vm))),
                    Check::Done(Value::Null),
                )
            });
            if let Err(e) = purged {
                // The command's error names the server: reported once.
                return Err(Error {
                    message: format!(
                        "group {name} was not deleted: purging {r} failed: {}",
                        e.message
                    ),
                    ..e
                });
            }
            ctx.say(&format!("purged {r}"));
        }
    }
    let get = requests::group_get(&account, &group, true);
    send_change(ctx, &requests::group_delete(&account, &group), &|c| {
        reread(
            c,
            &get,
            |_| Check::NotDone(format!("group {name} is still there")),
            Check::Done(Value::Null),
        )
    })?;
    ctx.say(&format!("deleted group {name}"));
    view.show_one(ctx, &g)
}
