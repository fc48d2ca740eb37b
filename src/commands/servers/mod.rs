//! `bytemark servers ...`: list, show, create, delete, restore, power, reimage, update.
//!
//! Round trips with a warm session (pinned by `tests/cli/resources_servers.rs`):
//! `list` 1 (the account overview, the group overview for one group, or the
//! accounts overview for `--all-accounts`), `show` 1 (the single-server GET),
//! `create` 1 (`vm_create`; its 202 body is the new server, rendered as is;
//! one `GET /definitions` first when an image, zone, grade or hardware
//! profile is given), `delete` 2 (GET to describe and confirm, DELETE),
//! `restore` 2 (GET, PUT; 1 when the server is not deleted),
//! `start`/`stop`/`restart` 1, `shutdown`/`reset` 2. A server not found
//! costs one more request (the account overview, for suggestions). A bare numeric id costs one extra GET for
//! commands that change the server, to learn where it lives (writes use the
//! nested URLs).
//!
//! Several targets (`servers start a b c`) are handled concurrently
//! (`--parallel`, see `commands::fleet`); each gets a line on stderr, a
//! summary ends the batch, the resulting servers go to stdout in the order
//! they were named, and the exit code is that of the worst failure (see
//! `batch::worst`).

pub mod create;
pub mod power;
pub mod update;

use super::targets::{fetch, resolve};
use super::values::{disc_summary, mib_of, power_text, str_of, vm_id};
use crate::cli::{ServersCmd, ServersListArgs};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::input::{ServerName, human_mib};
use crate::output::Column;
use bytemark_api::requests;
use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

pub fn run(ctx: &mut Context, cmd: ServersCmd) -> Result<()> {
    match cmd {
        ServersCmd::List(args) => list(ctx, args),
        ServersCmd::Show { server } => show(ctx, &server),
        ServersCmd::Create(args) => create::run(ctx, *args),
        ServersCmd::Delete {
            servers,
            purge,
            if_exists,
            parallel,
        } => power::delete(ctx, &servers, purge, if_exists, parallel.parallel.into()),
        ServersCmd::Restore { servers, parallel } => {
            power::restore(ctx, &servers, parallel.parallel.into())
        }
        ServersCmd::Start(args) => power::power(ctx, power::Action::Start, args),
        ServersCmd::Stop(args) => power::power(ctx, power::Action::Stop, args),
        ServersCmd::Shutdown(args) => power::power(ctx, power::Action::Shutdown, args),
        ServersCmd::Restart(args) => power::power(ctx, power::Action::Restart, args),
        ServersCmd::Reset(args) => power::power(ctx, power::Action::Reset, args),
        ServersCmd::Reimage(args) => power::reimage(ctx, args),
        ServersCmd::Update(args) => update::run(ctx, args),
        ServersCmd::SwapIps(args) => super::ips::swap(ctx, &args),
    }
}

fn list(ctx: &mut Context, args: ServersListArgs) -> Result<()> {
    let req = if args.all_accounts {
        requests::accounts_overview(args.deleted)
    } else if let Some(g) = &args.group {
        let (account, group) = ctx.group_arg(g)?;
        requests::group_get(&account, &group, args.deleted)
    } else {
        requests::account_overview(&ctx.default_account()?, args.deleted)
    };
    // The overview is decoded without a JSON tree: each server stays raw
    // text until it is printed (10,000 servers in tens of MiB, not hundreds).
    let text = ctx.api()?.send_text(&req)?;
    let decoded = if args.all_accounts {
        serde_json::from_str::<Vec<AccountOverview>>(&text).map(|accounts| {
            accounts
                .into_iter()
                .flat_map(|a| a.groups.unwrap_or_default())
                .collect()
        })
    } else if args.group.is_some() {
        serde_json::from_str::<GroupOverview>(&text).map(|g| vec![g])
    } else {
        serde_json::from_str::<AccountOverview>(&text).map(|a| a.groups.unwrap_or_default())
    };
    let groups: Vec<GroupOverview> = decoded.map_err(|e| {
        Error::network(format!(
            "{}: the API's response has an unexpected shape: {e}",
            req.context
        ))
    })?;
    let all: Vec<&RawValue> = groups
        .into_iter()
        .flat_map(|g| g.virtual_machines.unwrap_or_default())
        .collect();
    // A server that is not an object is a fault of the answer, not a server
    // to leave out quietly: the list would look complete.
    if let Some(i) = all.iter().position(|vm| !vm.get().starts_with('{')) {
        return Err(Error::network(format!(
            "{}: the API's response has an unexpected shape: server {} of the list is not an object",
            req.context,
            i + 1
        )));
    }
    // The API hides deleted servers without include_deleted; filter anyway
    // so a server that says otherwise cannot confuse scripts.
    let vms: Vec<&RawValue> = all
        .into_iter()
        .filter(|vm| args.deleted || !is_deleted(vm))
        .collect();
    let columns: &[Column] = if args.all_accounts {
        &SERVER_COLUMNS_ALL
    } else {
        &SERVER_COLUMNS
    };
    ctx.output.list_raw(&vms, columns, &vm_id)
}

/// An account overview as `servers list` needs it: servers left as raw JSON.
#[derive(Deserialize)]
struct AccountOverview<'a> {
    #[serde(borrow, default)]
    groups: Option<Vec<GroupOverview<'a>>>,
}

#[derive(Deserialize)]
struct GroupOverview<'a> {
    #[serde(borrow, default)]
    virtual_machines: Option<Vec<&'a RawValue>>,
}

fn is_deleted(vm: &RawValue) -> bool {
    #[derive(Deserialize)]
    struct Flag {
        #[serde(default)]
        deleted: Option<bool>,
    }
    serde_json::from_str::<Flag>(vm.get()).is_ok_and(|f| f.deleted == Some(true))
}

fn show(ctx: &mut Context, name: &ServerName) -> Result<()> {
    let target = resolve(ctx, name)?;
    let (_, vm) = fetch(ctx, &target)?;
    ctx.output.one(&vm, &SERVER_DETAIL_COLUMNS, &vm_id)
}

fn host_label(v: &Value, i: usize) -> String {
    v.get("hostname")
        .and_then(Value::as_str)
        .and_then(|h| h.split('.').nth(i))
        .unwrap_or("")
        .to_string()
}

fn discs_text(v: &Value) -> String {
    if v.get("discs").is_none() {
        // Answers to PUTs carry no discs: say nothing rather than "0".
        return String::new();
    }
    match disc_summary(v) {
        (0, _) => "0".into(),
        (count, total) => format!("{count} ({})", human_mib(total)),
    }
}

fn ips_text(v: &Value) -> String {
    let mut ips = Vec::new();
    for nic in v
        .get("network_interfaces")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        for ip in nic
            .get("ips")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if let Some(s) = ip.as_str() {
                ips.push(s.to_string());
            }
        }
    }
    ips.join(", ")
}

// On a narrow terminal `servers list` leaves out the optional columns, the
// highest rank first: name, power and addresses are what people look for.
const NAME: Column = Column::field("name", "NAME");
const GROUP: Column = Column::new("group", "GROUP", |v| host_label(v, 1)).optional(1);
const CORES: Column = Column::field("cores", "CORES").optional(4);
const MEMORY: Column = Column::new("memory", "MEMORY", |v| mib_of(v, "memory")).optional(3);
const DISCS: Column = Column::new("discs", "DISCS", discs_text).optional(5);
const POWER: Column = Column::new("power_on", "POWER", power_text);
const ZONE: Column = Column::field("zone_name", "ZONE").optional(2);
const IPS: Column = Column::new("ips", "IPS", ips_text);

/// `servers list` for one account or group.
pub(crate) static SERVER_COLUMNS: [Column; 8] =
    [NAME, GROUP, CORES, MEMORY, DISCS, POWER, ZONE, IPS];

/// `servers list --all-accounts`: the name column is fully qualified.
pub(crate) static SERVER_COLUMNS_ALL: [Column; 7] = [
    Column::new("hostname", "SERVER", vm_id),
    CORES,
    MEMORY,
    DISCS,
    POWER,
    ZONE,
    IPS,
];

fn hardware_profile_text(v: &Value) -> String {
    let p = str_of(v, "hardware_profile");
    if v.get("hardware_profile_locked") == Some(&Value::Bool(true)) {
        format!("{p} (locked)")
    } else {
        p
    }
}

fn root_password_text(v: &Value) -> String {
    v.get("reimage")
        .and_then(|r| r.get("root_password"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

/// The columns of one server, with `extra` ones at the end.
macro_rules! detail_columns {
    ($($extra:expr),*) => {
        [
            NAME,
            GROUP,
            Column::new("account", "ACCOUNT", |v| host_label(v, 2)),
            Column::field("id", "ID"),
            Column::field("hostname", "HOSTNAME"),
            CORES,
            MEMORY,
            DISCS,
            POWER,
            Column::field("autoreboot_on", "AUTOREBOOT"),
            ZONE,
            IPS,
            Column::field("management_address", "CONSOLE ADDRESS"),
            Column::new("hardware_profile", "HARDWARE PROFILE", hardware_profile_text),
            Column::field("cdrom_url", "CD-ROM"),
            Column::field("head", "HEAD"),
            Column::field("last_imaged_with", "IMAGE"),
            Column::field("deleted", "DELETED"),
            $($extra,)*
        ]
    };
}

/// `servers show` (and every command printing one server).
pub(crate) static SERVER_DETAIL_COLUMNS: [Column; 18] = detail_columns!();

/// One server with the root password `create`/`reimage --show-root-password` asked for.
static SERVER_DETAIL_WITH_PASSWORD: [Column; 19] = detail_columns!(Column::new(
    "root_password",
    "ROOT PASSWORD",
    root_password_text
));

/// The detail columns for a server: with the root password row only when
/// the value carries one (it is removed unless the user asked for it).
pub(crate) fn detail_columns(v: &Value) -> &'static [Column<'static>] {
    if v.get("reimage")
        .and_then(|r| r.get("root_password"))
        .is_some()
    {
        &SERVER_DETAIL_WITH_PASSWORD
    } else {
        &SERVER_DETAIL_COLUMNS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn renderers_tolerate_odd_data() {
        let odd = json!({"name": 3, "memory": "lots", "discs": "x", "network_interfaces": [{"ips": [1, "1.2.3.4"]}], "hostname": 7});
        for c in SERVER_DETAIL_COLUMNS.iter().chain(SERVER_COLUMNS.iter()) {
            let _ = c.render(&odd);
            let _ = c.render(&Value::Null);
        }
        assert_eq!(ips_text(&odd), "1.2.3.4");
        assert_eq!(vm_id(&odd), "3");
    }

    #[test]
    fn renderers() {
        let vm = json!({"name": "web1", "hostname": "web1.default.acme.uk0.bigv.io", "memory": 1536,
            "power_on": true, "discs": [{"size": 25600}, {"size": 51200}]});
        assert_eq!(vm_id(&vm), "web1.default.acme");
        assert_eq!(GROUP.render(&vm), "default");
        assert_eq!(MEMORY.render(&vm), "1.5 GiB");
        assert_eq!(discs_text(&vm), "2 (75 GiB)");
        assert_eq!(power_text(&vm), "on");
        assert_eq!(
            power_text(&json!({"power_on": true, "deleted": true})),
            "deleted"
        );
    }
}
