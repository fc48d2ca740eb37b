//! `bytemark servers ...`: list, show, create, delete, restore, power, reimage, update.
//!
//! Round trips with a warm session (pinned by `tests/cli/resources_servers.rs`):
//! `list` 1 (the account overview, the group overview for one group, or the
//! accounts overview for `--all-accounts`), `show` 1 (the single-server GET),
//! `create` 1 (`vm_create`; its 202 body is the new server, rendered as is),
//! `delete` 2 (GET to describe and confirm, DELETE), `start`/`stop`/`restart`
//! 1, `shutdown`/`reset` 2. A bare numeric id costs one extra GET for
//! commands that change the server, to learn where it lives (writes use the
//! nested URLs).
//!
//! Several targets (`servers start a b c`) are handled one after the other;
//! each gets a line on stderr, the resulting servers go to stdout, and the
//! exit code is that of the worst failure (see [`worst`]).

pub mod create;
pub mod power;
pub mod update;

use super::Context;
use crate::cli::{ServersCmd, ServersListArgs};
use crate::error::{Error, Result};
use crate::output::{Column, plain};
use crate::spec::{self, human_mib};
use bytemark_api::Request;
use bytemark_api::models::qualified_from_hostname;
use bytemark_api::requests::{self, VmRef};
use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

pub fn run(ctx: &mut Context, cmd: ServersCmd) -> Result<()> {
    match cmd {
        ServersCmd::List(args) => list(ctx, args),
        ServersCmd::Show { server } => show(ctx, &server),
        ServersCmd::Create(args) => create::run(ctx, *args),
        ServersCmd::Delete { servers, purge } => power::delete(ctx, &servers, purge),
        ServersCmd::Restore { servers } => power::restore(ctx, &servers),
        ServersCmd::Start(args) => power::power(ctx, power::Action::Start, args),
        ServersCmd::Stop(args) => power::power(ctx, power::Action::Stop, args),
        ServersCmd::Shutdown(args) => power::power(ctx, power::Action::Shutdown, args),
        ServersCmd::Restart(args) => power::power(ctx, power::Action::Restart, args),
        ServersCmd::Reset(args) => power::power(ctx, power::Action::Reset, args),
        ServersCmd::Reimage(args) => power::reimage(ctx, args),
        ServersCmd::Update(args) => update::run(ctx, args),
    }
}

/// Sends one request with the session.
pub(crate) fn send(ctx: &mut Context, req: &Request) -> Result<Value> {
    Ok(ctx.api()?.send(req)?)
}

/// Sends a POST that creates something through [`bytemark_api::Client::create`]:
/// after a failure of unknown outcome, `lookup` (the GET of the thing by
/// name) says whether it happened before the POST is sent again.
pub(crate) fn create_once(ctx: &mut Context, req: &Request, lookup: &Request) -> Result<Value> {
    Ok(ctx
        .api()?
        .create(req, &|c| bytemark_api::found(c, lookup))?)
}

/// A line for people on stderr, unless `--quiet`.
pub(crate) fn say(ctx: &Context, text: &str) {
    if !ctx.quiet {
        ctx.output.notice(text);
    }
}

/// A server argument after name resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    Ref(VmRef),
    /// A bare all-digit name: the server's id.
    Id(u64),
}

/// Parses a server argument and fills in the group (`default`) and the
/// account (`ctx.default_account()`, which costs nothing when the account is
/// configured or cached).
pub(crate) fn resolve(ctx: &mut Context, arg: &str) -> Result<Target> {
    let name = spec::parse_server_name(arg)?;
    if let Some(id) = name.id() {
        return Ok(Target::Id(id));
    }
    let group = name.group_or_default().to_string();
    let account = ctx.account_or_default(name.account)?;
    Ok(Target::Ref(VmRef::new(account, group, name.name)))
}

/// The single-server GET for a target.
pub(crate) fn get_request(target: &Target) -> Request {
    match target {
        Target::Ref(r) => requests::vm_get(r),
        Target::Id(id) => requests::vm_get_by_id(*id),
    }
}

/// Where a server fetched by id lives, from its host name.
pub(crate) fn ref_from_value(vm: &Value, what: &str) -> Result<VmRef> {
    let hostname = vm.get("hostname").and_then(Value::as_str).unwrap_or("");
    let labels: Vec<&str> = hostname.split('.').collect();
    if labels.len() >= 3 && labels[..3].iter().all(|l| !l.is_empty()) {
        Ok(VmRef::new(labels[2], labels[1], labels[0]))
    } else {
        Err(Error::network(format!(
            "{what}: the API did not say which group and account the server is in (no usable hostname)"
        )))
    }
}

/// GETs a server: its location and its JSON.
pub(crate) fn fetch(ctx: &mut Context, target: &Target) -> Result<(VmRef, Value)> {
    let req = get_request(target);
    let vm = send(ctx, &req)?;
    if !vm.is_object() {
        return Err(Error::network(format!(
            "{}: the API's response is not a server object",
            req.context
        )));
    }
    let r = match target {
        Target::Ref(r) => r.clone(),
        Target::Id(_) => ref_from_value(&vm, &req.context)?,
    };
    Ok((r, vm))
}

/// A target's location, spending a GET only for a numeric id.
pub(crate) fn locate(ctx: &mut Context, target: &Target) -> Result<VmRef> {
    match target {
        Target::Ref(r) => Ok(r.clone()),
        Target::Id(_) => Ok(fetch(ctx, target)?.0),
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
    let vms: Vec<&RawValue> = groups
        .into_iter()
        .flat_map(|g| g.virtual_machines.unwrap_or_default())
        .filter(|vm| vm.get().starts_with('{'))
        // The API hides deleted servers without include_deleted; filter
        // anyway so a server that says otherwise cannot confuse scripts.
        .filter(|vm| args.deleted || !is_deleted(vm))
        .collect();
    let columns: &[Column] = if args.all_accounts {
        &SERVER_COLUMNS_ALL
    } else {
        &SERVER_COLUMNS
    };
    ctx.output.list_raw(&vms, columns, vm_id)
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

/// The servers in a group overview.
pub(crate) fn group_vms(group: &Value) -> impl Iterator<Item = &Value> {
    group
        .get("virtual_machines")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|v| v.is_object())
}

/// The servers in an account overview, across its groups.
pub(crate) fn account_vms(account: &Value) -> impl Iterator<Item = &Value> {
    account
        .get("groups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .flat_map(group_vms)
}

fn show(ctx: &mut Context, arg: &str) -> Result<()> {
    let target = resolve(ctx, arg)?;
    let (_, vm) = fetch(ctx, &target)?;
    ctx.output.one(&vm, &SERVER_DETAIL_COLUMNS, vm_id)
}

/// Turns the failures of a batch of `total` targets into the command's
/// result: `Ok` when none failed; the single error when there was one
/// target; otherwise the worst error, its message prefixed with a count.
/// Each failure has already been reported on stderr.
pub(crate) fn worst(failures: Vec<(String, Error)>, total: usize) -> Result<()> {
    let n = failures.len();
    let Some((name, mut e)) = failures.into_iter().max_by_key(|(_, e)| e.kind.severity()) else {
        return Ok(());
    };
    if total == 1 && n == 1 {
        return Err(e);
    }
    e.message = format!(
        "{n} of {total} servers failed; the worst: {name}: {}",
        e.message
    );
    Err(e)
}

/// Reports one target's failure on stderr (always, even with --quiet: it
/// is an error): a line for people, or under `-o json` one JSON error
/// object per line, so stderr stays machine-readable. With a single target
/// nothing is said here: [`worst`] returns that very error, which is
/// reported once, as the command's error.
pub(crate) fn report_failure(ctx: &Context, name: &str, e: &Error, total: usize) {
    if total <= 1 {
        return;
    }
    let message = format!("{name}: failed: {}", e.message);
    if ctx.output.format == crate::cli::OutputFormat::Json {
        ctx.output.error(&Error {
            message,
            ..e.clone()
        });
    } else {
        ctx.output.notice(&message);
    }
}

// ---- rendering ----

/// `-o ids` for a server: `server.group.account` from its host name.
pub(crate) fn vm_id(v: &Value) -> String {
    v.get("hostname")
        .and_then(Value::as_str)
        .and_then(qualified_from_hostname)
        .unwrap_or_else(|| str_of(v, "name"))
}

pub(crate) fn str_of(v: &Value, key: &str) -> String {
    v.get(key).map(plain).unwrap_or_default()
}

fn host_label(v: &Value, i: usize) -> String {
    v.get("hostname")
        .and_then(Value::as_str)
        .and_then(|h| h.split('.').nth(i))
        .unwrap_or("")
        .to_string()
}

pub(crate) fn mib_of(v: &Value, key: &str) -> String {
    match v.get(key).and_then(Value::as_u64) {
        Some(n) => human_mib(n),
        None => str_of(v, key),
    }
}

pub(crate) fn power_text(v: &Value) -> String {
    if v.get("deleted") == Some(&Value::Bool(true)) {
        return "deleted".into();
    }
    match v.get("power_on").and_then(Value::as_bool) {
        Some(true) => "on".into(),
        Some(false) => "off".into(),
        None => String::new(),
    }
}

/// How many discs a server has and their total size in MiB.
pub(crate) fn disc_summary(v: &Value) -> (usize, u64) {
    let discs = v
        .get("discs")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let total = discs
        .iter()
        .filter_map(|d| d.get("size").and_then(Value::as_u64))
        .fold(0u64, u64::saturating_add);
    (discs.len(), total)
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

const NAME: Column = Column::field("name", "NAME");
const GROUP: Column = Column::new("group", "GROUP", |v| host_label(v, 1));
const CORES: Column = Column::field("cores", "CORES");
const MEMORY: Column = Column::new("memory", "MEMORY", |v| mib_of(v, "memory"));
const DISCS: Column = Column::new("discs", "DISCS", discs_text);
const POWER: Column = Column::new("power_on", "POWER", power_text);
const ZONE: Column = Column::field("zone_name", "ZONE");
const IPS: Column = Column::new("ips", "IPS", ips_text);

/// `servers list` for one account or group.
pub(crate) const SERVER_COLUMNS: [Column; 8] =
    [NAME, GROUP, CORES, MEMORY, DISCS, POWER, ZONE, IPS];

/// `servers list --all-accounts`: the name column is fully qualified.
pub(crate) const SERVER_COLUMNS_ALL: [Column; 7] = [
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
pub(crate) const SERVER_DETAIL_COLUMNS: [Column; 18] = detail_columns!();

/// One server with the root password `create`/`reimage --show-root-password` asked for.
const SERVER_DETAIL_WITH_PASSWORD: [Column; 19] = detail_columns!(Column::new(
    "root_password",
    "ROOT PASSWORD",
    root_password_text
));

/// The detail columns for a server: with the root password row only when
/// the value carries one (it is removed unless the user asked for it).
pub(crate) fn detail_columns(v: &Value) -> &'static [Column] {
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
    use crate::error::ErrorKind;
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
        assert_eq!(
            ref_from_value(&vm, "x").unwrap(),
            VmRef::new("acme", "default", "web1")
        );
        assert!(ref_from_value(&json!({"hostname": "web1"}), "x").is_err());
    }

    #[test]
    fn worst_failure_wins() {
        assert!(worst(vec![], 3).is_ok());
        let e = worst(
            vec![
                ("a".into(), Error::not_found("a: not found")),
                ("b".into(), Error::network("b: boom")),
                ("c".into(), Error::rejected("c: no")),
            ],
            4,
        )
        .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Network);
        assert!(
            e.message.starts_with("3 of 4 servers failed"),
            "{}",
            e.message
        );
        let single = worst(vec![("a".into(), Error::not_found("nf"))], 1).unwrap_err();
        assert_eq!(single.message, "nf");
    }
}
