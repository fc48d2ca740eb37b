//! `bytemark ips list|show|add|rdns|delete` and `bytemark servers swap-ips`.
//!
//! Round trips with a warm session and a known account: `list` 1 + one per
//! address (the server's GET gives its addresses, then `GET /ips/{ip}` each
//! for its reverse DNS: there is no call for all of them), `show` 1, `add`
//! 2 (the server's GET gives its first NIC and how many additional
//! addresses it has; POST `ip_create`), `rdns` 1 (PUT), `delete` 2 (GET to
//! describe it, DELETE), `swap-ips` 3 (GET both servers for their ids,
//! power and addresses; POST the swap).
//!
//! Decisions:
//! * `ips list -o json` prints, for each address, the API's `/ips/{ip}`
//!   object with what the server's NICs say of it added: `family` (`ipv4`
//!   or `ipv6`), `primary` (bool), `routed_via` (the primary address an
//!   additional one is routed via, else null) and `nic_id`.
//! * `ips add` confirms (it costs money) and counts the server's
//!   additional addresses first: more than 4 in all is refused (exit 2)
//!   before the POST. Its `-o json` is the API's `ip_create` answer.
//! * `ips delete` confirms; whether an address is primary is the API's to
//!   judge (400, exit 6): `GET /ips/{ip}` does not say.
//! * `swap-ips` checks that both servers are off before asking (exit 6
//!   otherwise: the API would refuse), says whose addresses each will have,
//!   and confirms. Its `-o json` is the API's answer; the table shows each
//!   server with the addresses it now has.
//! * Lost answers: `ip_create` and the swap are POSTs, never resent; a
//!   re-read of the server(s) says whether they took effect. A lost `rdns`
//!   or `delete` is checked by re-reading the address.

use super::outcomes::{reread, send_change};
use super::targets::{fetch, resolve};
use super::values::{str_of, vm_id};
use crate::cli::ips::{IpsCmd, SwapIpsArgs};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::input::ServerName;
use crate::output::{Column, OutputFormat};
use bytemark_api::Check;
use bytemark_api::requests::{self, VmRef};
use serde_json::{Map, Value, json};

/// At most this many additional addresses per server (api reference §4.11).
const MAX_EXTRA_IPS: usize = 4;

pub fn run(ctx: &mut Context, cmd: IpsCmd) -> Result<()> {
    match cmd {
        IpsCmd::List { server } => list(ctx, &server),
        IpsCmd::Show { ip } => show(ctx, &ip),
        IpsCmd::Add {
            server,
            count,
            reason,
        } => add(ctx, &server, count, &reason),
        IpsCmd::Rdns { ip, hostname } => rdns(ctx, &ip, &hostname),
        IpsCmd::Delete { ip } => delete(ctx, &ip),
    }
}

fn kind_text(a: &Value) -> String {
    match a.get("primary").and_then(Value::as_bool) {
        Some(true) => "primary".into(),
        Some(false) => "additional".into(),
        None => String::new(),
    }
}

const LIST_COLUMNS: [Column; 5] = [
    Column::field("address", "ADDRESS"),
    Column::field("family", "FAMILY"),
    Column::new("primary", "KIND", kind_text),
    Column::field("routed_via", "ROUTED VIA"),
    Column::field("rdns", "REVERSE DNS"),
];

const IP_COLUMNS: [Column; 2] = [
    Column::field("address", "ADDRESS"),
    Column::field("rdns", "REVERSE DNS"),
];

fn address_id(a: &Value) -> String {
    str_of(a, "address")
}

/// An address of a server, as its NICs describe it.
struct Address {
    ip: String,
    primary: bool,
    routed_via: Option<String>,
    nic_id: Option<u64>,
}

fn nics(vm: &Value) -> &[Value] {
    vm.get("network_interfaces")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// Every address of a server: each NIC's primary ones, then its
/// additional ones.
fn addresses(vm: &Value) -> Vec<Address> {
    let mut out = Vec::new();
    for nic in nics(vm) {
        let nic_id = nic.get("id").and_then(Value::as_u64);
        for ip in nic
            .get("ips")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(ip) = ip.as_str() {
                out.push(Address {
                    ip: ip.to_string(),
                    primary: true,
                    routed_via: None,
                    nic_id,
                });
            }
        }
        for (ip, via) in nic
            .get("extra_ips")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            out.push(Address {
                ip: ip.clone(),
                primary: false,
                routed_via: via.as_str().map(str::to_string),
                nic_id,
            });
        }
    }
    out
}

fn primaries(vm: &Value) -> Vec<String> {
    addresses(vm)
        .into_iter()
        .filter(|a| a.primary)
        .map(|a| a.ip)
        .collect()
}

fn extras(vm: &Value) -> Vec<String> {
    addresses(vm)
        .into_iter()
        .filter(|a| !a.primary)
        .map(|a| a.ip)
        .collect()
}

fn list(ctx: &mut Context, server: &ServerName) -> Result<()> {
    let target = resolve(ctx, server)?;
    let (_, vm) = fetch(ctx, &target)?;
    let mut rows = Vec::new();
    for a in addresses(&vm) {
        let mut v = ctx.send(&requests::ip_get(&a.ip))?;
        let Some(m) = v.as_object_mut() else {
            return Err(Error::network(format!(
                "get IP address {}: the API's response is not an object",
                a.ip
            )));
        };
        let family = if a.ip.contains(':') { "ipv6" } else { "ipv4" };
        m.entry("address").or_insert_with(|| json!(a.ip));
        m.insert("family".into(), json!(family));
        m.insert("primary".into(), json!(a.primary));
        m.insert("routed_via".into(), json!(a.routed_via));
        m.insert("nic_id".into(), json!(a.nic_id));
        rows.push(v);
    }
    ctx.output.list(&rows, &LIST_COLUMNS, &address_id)
}

fn show(ctx: &mut Context, ip: &str) -> Result<()> {
    let v = ctx.send(&requests::ip_get(ip))?;
    ctx.output.one(&v, &IP_COLUMNS, &address_id)
}

fn add(ctx: &mut Context, server: &ServerName, count: u32, reason: &str) -> Result<()> {
    let target = resolve(ctx, server)?;
    let (r, vm) = fetch(ctx, &target)?;
    let Some(nic) = nics(&vm)
        .first()
        .and_then(|n| n.get("id"))
        .and_then(Value::as_u64)
    else {
        return Err(Error::rejected(format!(
            "server {r} has no network interface to add addresses to"
        )));
    };
    let before = extras(&vm);
    let n = count as usize;
    if before.len() + n > MAX_EXTRA_IPS {
        return Err(Error::usage(format!(
            "server {r} has {} additional address{}; a server can have at most {MAX_EXTRA_IPS}, so {count} more is too many",
            before.len(),
            if before.len() == 1 { "" } else { "es" }
        )));
    }
    let via = primaries(&vm)
        .into_iter()
        .find(|ip| !ip.contains(':'))
        .unwrap_or_default();
    ctx.confirm(&format!(
        "Add {count} additional IPv4 address{} to {r}? This costs more.",
        if n == 1 { "" } else { "es" }
    ))?;
    let req = requests::ip_create(&r, nic, count, reason);
    let get = requests::vm_get(&r);
    let added = |vm: Value| {
        let new: Vec<String> = extras(&vm)
            .into_iter()
            .filter(|ip| !before.contains(ip))
            .collect();
        match new.len() {
            0 => Check::NotDone(format!("server {r} has no new additional address")),
            k if k == n => Check::Done(json!({
                "addresses": count, "family": "ipv4", "reason": reason,
                "contiguous": false, "ips": new
            })),
            _ => Check::Unknown(format!(
                "server {r} has {} new additional addresses ({}), not {count}",
                new.len(),
                new.join(", ")
            )),
        }
    };
    let out = send_change(ctx, &req, &|c| {
        reread(
            c,
            &get,
            added,
            Check::NotDone(format!("server {r} is not there")),
        )
    })?;
    let ips: Vec<String> = out
        .get("ips")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|ip| ip.as_str().map(str::to_string))
        .collect();
    ctx.say(&format!(
        "added {} to {r}",
        if ips.is_empty() {
            format!("{count} address{}", if n == 1 { "" } else { "es" })
        } else {
            ips.join(", ")
        }
    ));
    if ctx.output.format == OutputFormat::Json {
        return ctx.output.print_json(&out);
    }
    let rows: Vec<Value> = ips
        .iter()
        .map(|ip| json!({"address": ip, "routed_via": via}))
        .collect();
    ctx.output.list(
        &rows,
        &[
            Column::field("address", "ADDRESS"),
            Column::field("routed_via", "ROUTED VIA"),
        ],
        &address_id,
    )
}

/// Two host names are the same name (case and a final dot aside).
fn same_name(a: &str, b: &str) -> bool {
    a.trim_end_matches('.')
        .eq_ignore_ascii_case(b.trim_end_matches('.'))
}

fn rdns(ctx: &mut Context, ip: &str, hostname: &str) -> Result<()> {
    let get = requests::ip_get(ip);
    let set = |v: Value| {
        let now = str_of(&v, "rdns");
        if same_name(&now, hostname) {
            Check::Done(v)
        } else {
            Check::NotDone(format!("the reverse DNS of {ip} is {now}"))
        }
    };
    let out = send_change(ctx, &requests::ip_set_rdns(ip, hostname), &|c| {
        reread(c, &get, set, Check::NotDone(format!("{ip} is not there")))
    })?;
    ctx.say(&format!("reverse DNS of {ip} set to {hostname}"));
    let out = if out.is_object() {
        out
    } else {
        ctx.send(&get)?
    };
    ctx.output.one(&out, &IP_COLUMNS, &address_id)
}

fn delete(ctx: &mut Context, ip: &str) -> Result<()> {
    let get = requests::ip_get(ip);
    let v = ctx.send(&get)?;
    ctx.confirm(&format!(
        "Delete address {ip} (reverse DNS {})? It goes back to the pool and may be given to someone else.",
        str_of(&v, "rdns")
    ))?;
    let still_there = |_| Check::NotDone(format!("{ip} is still there"));
    send_change(ctx, &requests::ip_delete(ip), &|c| {
        reread(c, &get, still_there, Check::Done(Value::Null))
    })
    .map_err(|e| match e.kind {
        ErrorKind::Rejected if e.hint.is_none() => e.with_hint(
            "only additional addresses can be deleted; `bytemark ips list SERVER` says which they are",
        ),
        _ => e,
    })?;
    ctx.say(&format!("deleted address {ip}"));
    ctx.output.one(&v, &IP_COLUMNS, &address_id)
}

/// `servers swap-ips A B [--extra-ips]`.
pub fn swap(ctx: &mut Context, args: &SwapIpsArgs) -> Result<()> {
    let ta = resolve(ctx, &args.a)?;
    let tb = resolve(ctx, &args.b)?;
    if ta == tb {
        return Err(Error::usage(format!(
            "{} and {} are the same server",
            args.a, args.b
        )));
    }
    let (ra, a) = fetch(ctx, &ta)?;
    let (rb, b) = fetch(ctx, &tb)?;
    let id = |vm: &Value, r: &VmRef| {
        vm.get("id")
            .and_then(Value::as_u64)
            .ok_or_else(|| Error::network(format!("get server {r}: the API's answer has no id")))
    };
    let (ida, idb) = (id(&a, &ra)?, id(&b, &rb)?);
    if ida == idb {
        return Err(Error::usage(format!(
            "{ra} and {rb} are the same server (id {ida})"
        )));
    }
    let running: Vec<String> = [(&a, &ra), (&b, &rb)]
        .into_iter()
        .filter(|(vm, _)| vm.get("power_on").and_then(Value::as_bool) != Some(false))
        .map(|(_, r)| r.to_string())
        .collect();
    if !running.is_empty() {
        return Err(Error::rejected(format!(
            "both servers must be off to swap their addresses, and {} {} not",
            running.join(" and "),
            if running.len() == 1 { "is" } else { "are" }
        ))
        .with_hint(format!(
            "stop them first: `bytemark servers shutdown --wait {}`",
            running.join(" ")
        )));
    }
    let set = |vm: &Value| {
        let mut ips = primaries(vm);
        if args.extra_ips {
            ips.extend(extras(vm));
        }
        ips
    };
    let (before_a, before_b) = (set(&a), set(&b));
    let what = if args.extra_ips {
        "primary and additional addresses"
    } else {
        "primary IPv4 and IPv6 addresses"
    };
    ctx.confirm(&format!(
        "Swap the {what} of {ra} ({}) and {rb} ({})? Both servers must be off; each comes back with the other's addresses.",
        before_a.join(", "),
        before_b.join(", ")
    ))?;
    let req = requests::ips_swap(ida, idb, args.extra_ips, &format!("{ra} and {rb}"));
    let get = requests::vm_get(&ra);
    let swapped = |vm: Value| {
        let now = primaries(&vm);
        if now == primaries(&b) {
            Check::Done(Value::Null)
        } else if now == primaries(&a) {
            Check::NotDone(format!("{ra} still has {}", now.join(", ")))
        } else {
            Check::Unknown(format!("{ra} now has {}", now.join(", ")))
        }
    };
    let out = send_change(ctx, &req, &|c| {
        reread(
            c,
            &get,
            swapped,
            Check::Unknown(format!("{ra} is not there")),
        )
    })?;
    ctx.say(&format!(
        "swapped the {what} of {ra} (now {}) and {rb} (now {})",
        before_b.join(", "),
        before_a.join(", ")
    ));
    if ctx.output.format == OutputFormat::Json {
        let echo = if out.is_object() {
            out
        } else {
            json!({"virtual_machine_1_id": ida, "virtual_machine_2_id": idb,
                   "move_additional_ips": args.extra_ips})
        };
        return ctx.output.print_json(&echo);
    }
    let row = |vm: &Value, ips: &[String]| {
        let mut m = Map::new();
        m.insert(
            "hostname".into(),
            vm.get("hostname").cloned().unwrap_or_default(),
        );
        m.insert("name".into(), vm.get("name").cloned().unwrap_or_default());
        m.insert("ips".into(), json!(ips));
        Value::Object(m)
    };
    let rows = [row(&a, &before_b), row(&b, &before_a)];
    ctx.output.list(
        &rows,
        &[
            Column::new("hostname", "SERVER", vm_id),
            Column::field("ips", "ADDRESSES"),
        ],
        &vm_id,
    )
}
