//! `servers update`: one PUT with every changed field (the API's PUT only
//! touches the fields it is given).
//!
//! Extra requests only when needed: a GET of the server when more cores or
//! memory must be confirmed (skipped with `--yes`) or when it is named by
//! id, and a GET of the target group when `--rename` moves the server to
//! another group (the PUT takes the group's id).
//!
//! When the PUT's answer is lost (after its retries), the server is read
//! again, under its new name if it was renamed: the command succeeds with a
//! note if every field asked for is in place, and otherwise fails (exit 7)
//! saying what the re-read shows.

use super::SERVER_DETAIL_COLUMNS;
use crate::cli::ServerUpdateArgs;
use crate::commands::outcomes::{reread, send_change};
use crate::commands::targets::{Target, fetch, resolve};
use crate::commands::values::vm_id;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::input::human_mib;
use bytemark_api::Check;
use bytemark_api::requests::{self, VmRef, VmUpdate};
use serde_json::Value;

pub fn run(ctx: &mut Context, args: ServerUpdateArgs) -> Result<()> {
    if args.cores == Some(0) {
        return Err(Error::usage("--cores must be at least 1"));
    }
    let memory = args.memory;
    let rename = args.rename.clone();
    if let Some(n) = &rename
        && n.id().is_some()
    {
        return Err(Error::usage(
            "--rename: an all-digit name would be read as an id; start it with a letter",
        ));
    }
    if let Some(url) = &args.cdrom {
        super::create::check_url(url)?;
    }
    let mut change = VmUpdate {
        cores: args.cores,
        memory_mib: memory,
        hwprofile: args.hwprofile.clone(),
        hwprofile_locked: match (args.lock_hwprofile, args.unlock_hwprofile) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        },
        cdrom_url: match (&args.cdrom, args.eject_cdrom) {
            (Some(url), _) => Some(Some(url.clone())),
            (None, true) => Some(None),
            (None, false) => None,
        },
        ..VmUpdate::default()
    };
    if change.is_empty() && rename.is_none() {
        return Err(Error::usage("nothing to change").with_hint(
            "give --cores, --memory, --rename, --hwprofile, --lock-hwprofile, --unlock-hwprofile, --cdrom or --eject-cdrom",
        ));
    }

    let target = resolve(ctx, &args.server)?;
    let costly = args.cores.is_some() || memory.is_some();
    let (r, current): (VmRef, Option<Value>) = match &target {
        Target::Id(_) => {
            let (r, v) = fetch(ctx, &target)?;
            (r, Some(v))
        }
        Target::Ref(r) if costly && !ctx.yes => {
            let (r, v) = fetch(ctx, &Target::Ref(r.clone()))?;
            (r, Some(v))
        }
        Target::Ref(r) => (r.clone(), None),
    };

    if let Some(cur) = &current {
        let mut more = Vec::new();
        let have_cores = cur.get("cores").and_then(Value::as_u64);
        if let (Some(want), Some(have)) = (args.cores, have_cores)
            && u64::from(want) > have
        {
            more.push(format!("cores from {have} to {want}"));
        }
        let have_mem = cur.get("memory").and_then(Value::as_u64);
        if let (Some(want), Some(have)) = (memory, have_mem)
            && want > have
        {
            more.push(format!(
                "memory from {} to {}",
                human_mib(have),
                human_mib(want)
            ));
        }
        if !more.is_empty() {
            ctx.confirm(&format!(
                "Increase {r}'s {}? This costs more; it applies at the next restart.",
                more.join(" and ")
            ))?;
        }
    }

    let mut new_ref = r.clone();
    if let Some(n) = &rename {
        let new_account = n.account.clone().unwrap_or_else(|| r.account.clone());
        let new_group = n.group.clone().unwrap_or_else(|| r.group.clone());
        change.name = Some(n.name.clone());
        if new_group != r.group || new_account != r.account {
            let g = ctx.send(&requests::group_get(&new_account, &new_group, false))?;
            let id = g.get("id").and_then(Value::as_u64).ok_or_else(|| {
                Error::network(format!(
                    "get group {new_group}.{new_account}: the API's answer has no group id"
                ))
            })?;
            change.group_id = Some(id);
        }
        new_ref = VmRef::new(new_account, new_group, n.name.clone());
    }

    let get = requests::vm_get(&new_ref);
    let judge = |vm: Value| {
        let differences = update_differences(&vm, &change);
        if differences.is_empty() {
            Check::Done(vm)
        } else {
            Check::NotDone(format!("{new_ref} has {}", differences.join(", ")))
        }
    };
    let missing = || Check::NotDone(format!("there is no server {new_ref}"));
    let vm = send_change(ctx, &requests::vm_update(&r, &change), &|c| {
        reread(c, &get, judge, missing())
    })?;
    if new_ref != r {
        ctx.say(&format!("updated {r}, now {new_ref}"));
    } else {
        ctx.say(&format!("updated {r}"));
    }
    if change.needs_restart() {
        ctx.say(&format!(
                "changes to cores, memory and hardware profile apply at the next restart (`bytemark servers restart {new_ref}`)"
            ),
        );
    }
    if vm.is_object() {
        ctx.output.one(&vm, &SERVER_DETAIL_COLUMNS, &vm_id)
    } else {
        let vm = ctx.send(&requests::vm_get(&new_ref))?;
        ctx.output.one(&vm, &SERVER_DETAIL_COLUMNS, &vm_id)
    }
}

/// How a server differs from what `change` asks for (a server found under
/// the new name has that name).
fn update_differences(vm: &Value, change: &VmUpdate) -> Vec<String> {
    let mut out = Vec::new();
    let mut differs = |field: &str, want: Value| {
        let have = vm.get(field).cloned().unwrap_or(Value::Null);
        // No CD-ROM reads as null or "".
        let same = have == want || (want.is_null() && have == Value::String(String::new()));
        if !same {
            out.push(format!("{field} {have} (asked {want})"));
        }
    };
    if let Some(c) = change.cores {
        differs("cores", c.into());
    }
    if let Some(m) = change.memory_mib {
        differs("memory", m.into());
    }
    if let Some(p) = &change.hwprofile {
        differs("hardware_profile", p.as_str().into());
    }
    if let Some(l) = change.hwprofile_locked {
        differs("hardware_profile_locked", l.into());
    }
    if let Some(url) = &change.cdrom_url {
        differs("cdrom_url", url.as_deref().into());
    }
    out
}
