//! `servers create NAME`: one `vm_create` request.
//!
//! Everything local is checked first (name, sizes, disc count and labels,
//! key and script files, the root password on stdin), then the request is
//! built by [`requests::vm_create`]. `--dry-run` prints it (as a JSON array
//! of `{method, path, body}`, root password redacted) and sends nothing at
//! all, not even a login (so it does not check the values below either).
//!
//! An image, zone, disc grade or hardware profile given explicitly
//! (`--image`, `--zone`, `--disc ssd:50G`, `--hwprofile`) is checked
//! against the service's definitions first: one extra `GET /definitions`,
//! which needs no session and is sent before any login, so a typo is exit 2
//! with the closest names offered, and nothing else is sent
//! ([`check_offered`]). The defaults are not checked: a plain
//! `servers create web1` stays one request.
//!
//! `--if-not-exists` keeps the common path at one request: it sends the
//! create, and only when the API refuses it with an error on `name` (the name
//! is taken) does it GET the server by that name. If that server exists it
//! is printed (exit 0) with a note on stderr saying whether its cores, memory
//! and disc sizes match what was asked; a deleted one is a conflict (exit 6).
//!
//! A lost answer (see `bytemark_api::outcome`): the server is looked up by
//! name before the create is sent again. One found there is taken as this
//! command's ("created", exit 0) only if an earlier lookup of this create
//! found the name free and the server is as asked (name, cores, memory,
//! disc sizes). Otherwise nothing can tell whether this command made it or
//! it was there before, and a script must not take someone else's server
//! for its own: as asked, it is exit 7 (the outcome is unknown, as for any
//! lost answer); not as asked (or deleted), it cannot be this command's
//! (which would have made it as asked), and it is exit 6, as when the API
//! refuses a taken name. With `--if-not-exists` a server found there is
//! what was wanted either way: it is shown as an existing one.
//!
//! The root password: `--root-password-stdin` reads the first line of stdin;
//! otherwise none is sent and the service generates one. The service echoes
//! it in the 202 answer; it is removed from the output unless
//! `--show-root-password` is given, and never appears in other messages.
//! On a terminal (stderr is one), a generated password is shown once,
//! labelled, on stderr — unless an SSH key was given (the way in) or it is
//! already in the output. Never in a pipe or a log: scripts ask for it.
//!
//! Every create ends with how to get in, on stderr: the server's addresses
//! and `ssh root@ADDRESS` (how to start it first, for `--stopped`; no ssh
//! without an image). Nothing is added to stdout.

use super::{SERVER_DETAIL_COLUMNS, detail_columns};
use crate::cli::{DefinitionKind, ServerCreateArgs};
use crate::commands::definitions::{Offered, check_offered};
use crate::commands::outcomes::{lost_note, send_create};
use crate::commands::values::vm_id;
use crate::commands::wait::{PowerTarget, wait_for};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::input::files::{read_firstboot, read_root_password, read_ssh_keys};
use crate::input::{self, DiscSpec, human_mib};
use crate::output::{OutputFormat, sanitize};
use bytemark_api::requests::{self, Secret, VmCreate, VmRef};
use bytemark_api::{CreateCheck, Created, found};
use serde_json::Value;
use std::io::IsTerminal;
use std::net::IpAddr;

/// The image installed when neither `--image` nor `--no-image` is given
/// (the Go client's default, and the sandbox's).
pub const DEFAULT_IMAGE: &str = "symbiosis";

/// The default disc: 25 GiB of `sata`.
pub const DEFAULT_DISC_MIB: u64 = 25 * 1024;

pub fn run(ctx: &mut Context, args: ServerCreateArgs) -> Result<()> {
    check_password_output(args.setup.show_root_password, ctx.output.format)?;
    let plan = Plan::from_args(&args)?;
    if !args.dry_run {
        check_offered(ctx, &plan.offered)?;
    }
    let account = match &plan.name.account {
        Some(a) => a.clone(),
        None if args.dry_run => dry_run_account(ctx)?,
        None => ctx.default_account()?,
    };
    let group = plan.name.group_or_default().to_string();
    let req = requests::vm_create(&account, &group, &plan.spec);
    if args.dry_run {
        return ctx
            .output
            .print_json(&Value::Array(vec![requests::dry_run_view(&req)]));
    }
    let vm_ref = VmRef::new(account, group, plan.spec.name.clone());
    let lookup = requests::vm_get(&vm_ref);
    let check = CreateCheck {
        find: &|c| found(c, &lookup),
        differences: &|vm| found_differences(vm, &plan),
        describe: &|vm| describe_found(vm, &vm_ref),
        known_free: false,
        accept_existing: args.if_not_exists,
    };
    let created = match send_create(ctx, &req, &check) {
        Ok(Created::Exists(vm)) => {
            ctx.output.notice(&lost_note(
                &req,
                "a lookup by name found a server there, which this command may or may not have created",
            ));
            return show_existing(ctx, &vm_ref, &plan, vm);
        }
        Ok(created) => created.into_value(),
        Err(e) if args.if_not_exists && name_refused(&e) => {
            return existing(ctx, &vm_ref, &plan, e);
        }
        Err(e) if e.kind == ErrorKind::Network && found_in(&e) => {
            return Err(e.with_hint(format!(
                "see it with `bytemark servers show {vm_ref}`; if it is yours, `--if-not-exists` takes a server that exists as done"
            )));
        }
        Err(e) => return Err(e),
    };
    let from_stdin = plan.spec.root_password.is_some();
    let mut vm = if created.is_object() {
        created
    } else {
        // The reference leaves the 202 body undocumented; if this service
        // sent none, read the server once.
        ctx.send(&requests::vm_get(&vm_ref))?
    };
    let generated = generated_password(&vm);
    let echo = take_reimage_echo(&mut vm, args.setup.show_root_password && !from_stdin);
    if args.setup.show_root_password
        && !from_stdin
        && plan.spec.image.is_some()
        && echo.as_ref().and_then(|e| e.get("root_password")).is_none()
    {
        // Its answer was lost, or it left the password out.
        ctx.output.notice(&format!(
            "warning: the service did not return the root password it set, so it is unknown; \
             set one with `bytemark servers reimage {vm_ref} --image {} --root-password-stdin` \
             (this installs the image again) or on the server's console",
            plan.spec.image.as_deref().unwrap_or(DEFAULT_IMAGE)
        ));
    }
    ctx.say(&format!("created {}", vm_id_or(&vm, &vm_ref)));
    if let Some(password) = &generated
        && args.setup.ssh_keys.is_empty()
        && !args.setup.show_root_password
    {
        say_root_password(ctx, &vm_ref.to_string(), password);
    }
    if args.wait.wait {
        let target = if plan.spec.power_on {
            PowerTarget::Running
        } else {
            PowerTarget::Stopped
        };
        match wait_for(
            ctx,
            &requests::vm_get(&vm_ref),
            target,
            plan.timeout,
            &vm_ref.to_string(),
            Some(vm.clone()),
        ) {
            Ok(v) => {
                vm = v;
                ctx.say(&format!("{vm_ref} is {}", target.word()));
            }
            Err(e) => {
                // The server exists: print it (and the password, if asked
                // for, which would otherwise be lost) before the error.
                if let (Some(echo), Value::Object(m)) = (&echo, &mut vm) {
                    m.insert("reimage".into(), echo.clone());
                }
                ctx.output.one(&vm, detail_columns(&vm), &vm_id)?;
                say_how_to_connect(ctx, &vm, &vm_ref, &plan);
                return Err(e);
            }
        }
    }
    if let (Some(echo), Value::Object(m)) = (echo, &mut vm) {
        m.insert("reimage".into(), echo);
    }
    ctx.output.one(&vm, detail_columns(&vm), &vm_id)?;
    say_how_to_connect(ctx, &vm, &vm_ref, &plan);
    Ok(())
}

/// The root password the service generated for a create, as it echoed it
/// (none when one was sent, or none was echoed).
fn generated_password(vm: &Value) -> Option<String> {
    vm.pointer("/reimage/root_password")
        .and_then(Value::as_str)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
}

/// Shows a root password this command generated (or had generated), once,
/// on stderr — only when stderr is a terminal, so it never lands in a log
/// or a pipe (scripts ask for it with `--show-root-password`). Shown under
/// `--quiet` too: it cannot be shown again.
pub(crate) fn say_root_password(ctx: &Context, server: &str, password: &str) {
    if std::io::stderr().is_terminal() {
        ctx.output.notice(&format!(
            "Root password for {server} (shown only this once, kept nowhere): {}",
            sanitize::line(password)
        ));
    }
}

/// The end of every create: where the server is, and how to log in to it
/// (on stderr; nothing is added to stdout). The address is the first IPv4
/// of its interfaces (else IPv6), as the service gave it; anything that is
/// not an IP address is not offered as one.
fn say_how_to_connect(ctx: &Context, vm: &Value, r: &VmRef, plan: &Plan) {
    let ips = addresses(vm);
    let Some(first) = ips.iter().find(|ip| ip.is_ipv4()).or(ips.first()) else {
        ctx.say(&format!(
            "{r} has no address yet: see `bytemark servers show {r}`"
        ));
        return;
    };
    let all: Vec<String> = ips.iter().map(IpAddr::to_string).collect();
    let how = if plan.spec.image.is_none() {
        format!(
            "no image was installed, so there is nothing to ssh to yet: install one with \
             `bytemark servers reimage {r}`, or from a CD-ROM on its console"
        )
    } else if !plan.spec.power_on && vm.get("power_on") != Some(&Value::Bool(true)) {
        format!("start it with `bytemark servers start {r}`, then: ssh root@{first}")
    } else {
        format!("connect with: ssh root@{first}")
    };
    ctx.say(&format!("{r}: address {}; {how}", all.join(", ")));
}

/// A server's IP addresses, in the order its interfaces list them.
fn addresses(vm: &Value) -> Vec<IpAddr> {
    vm.get("network_interfaces")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|nic| nic.get("ips").and_then(Value::as_array))
        .flatten()
        .filter_map(|ip| ip.as_str()?.parse().ok())
        .collect()
}

fn vm_id_or(vm: &Value, r: &VmRef) -> String {
    let id = vm_id(vm);
    if id.contains('.') { id } else { r.to_string() }
}

/// Removes the `reimage` echo from a create answer and returns it, without
/// the root password unless `keep_password`.
fn take_reimage_echo(vm: &mut Value, keep_password: bool) -> Option<Value> {
    let Value::Object(m) = vm else { return None };
    let mut echo = m.remove("reimage")?;
    if !keep_password && let Value::Object(e) = &mut echo {
        e.remove("root_password");
    }
    Some(echo)
}

/// A create's error that carries what a lookup after a lost answer found.
fn found_in(e: &Error) -> bool {
    e.details.as_ref().and_then(|d| d.get("found")).is_some()
}

/// A 400 that complains about `name` (e.g. "has already been taken").
fn name_refused(e: &Error) -> bool {
    e.kind == ErrorKind::Rejected && e.details.as_ref().and_then(|d| d.get("name")).is_some()
}

/// `--if-not-exists` after the API refused the name: show the server that
/// holds it, or give back the original refusal if there is none.
fn existing(ctx: &mut Context, r: &VmRef, plan: &Plan, refusal: Error) -> Result<()> {
    let vm = match ctx.send(&requests::vm_get(r)) {
        Ok(vm) => vm,
        Err(e) if e.kind == ErrorKind::NotFound => return Err(refusal),
        Err(e) => return Err(e),
    };
    show_existing(ctx, r, plan, vm)
}

/// `--if-not-exists` and a server `vm` holds the name: show it, saying how
/// it differs from what was asked; a deleted one is a conflict.
fn show_existing(ctx: &mut Context, r: &VmRef, plan: &Plan, vm: Value) -> Result<()> {
    if vm.get("deleted") == Some(&Value::Bool(true)) {
        return Err(Error::rejected(format!(
            "{r} exists but is deleted, and holds the name until it is purged"
        ))
        .with_hint(format!(
            "restore it with `bytemark servers restore {r}`, or purge it with `bytemark servers delete --purge {r}`"
        )));
    }
    let diffs = spec_differences(&vm, plan);
    if diffs.is_empty() {
        ctx.say(&format!(
            "{r} already exists, with the requested cores, memory and discs"
        ));
    } else {
        ctx.output.notice(&format!(
            "{r} already exists but differs from what was asked: {}",
            diffs.join("; ")
        ));
    }
    ctx.output.one(&vm, &SERVER_DETAIL_COLUMNS, &vm_id)?;
    say_how_to_connect(ctx, &vm, r, plan);
    Ok(())
}

/// A server found by name, for messages:
/// `server web1.default.demo (id 7; 1 core, 1 GiB, discs 25 GiB)`.
fn describe_found(vm: &Value, r: &VmRef) -> String {
    let cores = vm.get("cores").and_then(Value::as_u64).unwrap_or(0);
    let memory = vm.get("memory").and_then(Value::as_u64).unwrap_or(0);
    let discs: Vec<String> = vm
        .get("discs")
        .and_then(Value::as_array)
        .map(|d| {
            d.iter()
                .filter_map(|d| d.get("size").and_then(Value::as_u64))
                .map(human_mib)
                .collect()
        })
        .unwrap_or_default();
    format!(
        "server {} (id {}; {cores} core{}, {}, discs {})",
        vm_id_or(vm, r),
        vm.get("id").map(crate::output::plain).unwrap_or_default(),
        if cores == 1 { "" } else { "s" },
        human_mib(memory),
        if discs.is_empty() {
            "none".to_string()
        } else {
            discs.join(" + ")
        }
    )
}

/// How a server found by name after a lost answer differs from the plan:
/// a deleted one is not the one just created, whatever its size.
fn found_differences(vm: &Value, plan: &Plan) -> Vec<String> {
    let mut out = spec_differences(vm, plan);
    if vm.get("deleted") == Some(&Value::Bool(true)) {
        out.insert(0, "it is deleted".to_string());
    }
    out
}

/// How an existing server differs from the plan: cores, memory, disc sizes.
fn spec_differences(vm: &Value, plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    let cores = vm.get("cores").and_then(Value::as_u64);
    if cores != Some(u64::from(plan.spec.cores)) {
        out.push(format!(
            "cores {} (asked {})",
            cores
                .map(|c| c.to_string())
                .unwrap_or_else(|| "unknown".into()),
            plan.spec.cores
        ));
    }
    let memory = vm.get("memory").and_then(Value::as_u64);
    if memory != Some(plan.spec.memory_mib) {
        out.push(format!(
            "memory {} (asked {})",
            memory.map(human_mib).unwrap_or_else(|| "unknown".into()),
            human_mib(plan.spec.memory_mib)
        ));
    }
    let mut have: Vec<u64> = vm
        .get("discs")
        .and_then(Value::as_array)
        .map(|d| {
            d.iter()
                .filter_map(|d| d.get("size").and_then(Value::as_u64))
                .collect()
        })
        .unwrap_or_default();
    let mut want: Vec<u64> = plan.spec.discs.iter().map(|d| d.2).collect();
    have.sort_unstable();
    want.sort_unstable();
    if have != want {
        let show = |v: &[u64]| {
            if v.is_empty() {
                "none".to_string()
            } else {
                v.iter()
                    .map(|m| human_mib(*m))
                    .collect::<Vec<_>>()
                    .join(" + ")
            }
        };
        out.push(format!("discs {} (asked {})", show(&have), show(&want)));
    }
    out
}

/// The account for `--dry-run`, which must not send anything: the one the
/// name, `--account`, the environment or the profile gives, else the one
/// recorded at login.
fn dry_run_account(ctx: &mut Context) -> Result<String> {
    match ctx.known_account() {
        Some(a) => Ok(a),
        None => Err(Error::usage(
            "--dry-run needs to know the account without asking the API",
        )
        .with_hint(
            "name the server as NAME.GROUP.ACCOUNT, pass --account, set BYTEMARK_ACCOUNT, or `bytemark config set account NAME`",
        )),
    }
}

/// Everything decided before a request: the validated create spec.
struct Plan {
    name: input::ServerName,
    spec: VmCreate,
    timeout: std::time::Duration,
    /// The image, zone, grades and hardware profile given explicitly, to
    /// be checked against the service's definitions.
    offered: Vec<Offered>,
}

/// The values given with flags that name something the service offers
/// (defaults are not checked: they cost no request).
fn given_offers(args: &ServerCreateArgs, discs: &[DiscSpec]) -> Vec<Offered> {
    let one = |kind, flag, value: &Option<String>| {
        value.clone().map(|value| Offered { kind, flag, value })
    };
    let mut out: Vec<Offered> = [
        one(DefinitionKind::Images, "--image", &args.image),
        one(DefinitionKind::Zones, "--zone", &args.zone),
        one(DefinitionKind::Hwprofiles, "--hwprofile", &args.hwprofile),
    ]
    .into_iter()
    .flatten()
    .collect();
    for grade in discs.iter().filter_map(|d| d.grade.clone()) {
        if !out.iter().any(|o| o.flag == "--disc" && o.value == grade) {
            out.push(Offered {
                kind: DefinitionKind::Grades,
                flag: "--disc",
                value: grade,
            });
        }
    }
    out
}

impl Plan {
    fn from_args(args: &ServerCreateArgs) -> Result<Plan> {
        let name = args.name.clone();
        if name.id().is_some() {
            return Err(Error::usage(format!(
                "invalid server name {:?}: an all-digit name is read as a server id",
                name.name
            ))
            .with_hint("start the name with a letter, e.g. web1"));
        }
        check_new_server_name(&name.name)?;
        if args.cores == 0 {
            return Err(Error::usage("--cores must be at least 1"));
        }
        let memory_mib = args.memory;
        let specs = if args.discs.is_empty() {
            vec![DiscSpec {
                label: None,
                grade: None,
                size_mib: DEFAULT_DISC_MIB,
            }]
        } else {
            input::all_discs(args.discs.clone(), 0)?
        };
        let discs = input::resolve_disc_labels(&specs, &[])?;
        let image = if args.no_image {
            None
        } else {
            Some(args.image.clone().unwrap_or_else(|| DEFAULT_IMAGE.into()))
        };
        if let Some(i) = &image
            && (i.trim().is_empty() || i.chars().any(char::is_whitespace))
        {
            return Err(Error::usage(format!("invalid image name {i:?}"))
                .with_hint("see `bytemark definitions images`"));
        }
        if image.is_none()
            && (!args.setup.ssh_keys.is_empty()
                || args.setup.firstboot_script.is_some()
                || args.setup.root_password_stdin
                || args.setup.show_root_password)
        {
            return Err(Error::usage(
                "--ssh-key, --firstboot-script and the root password options need an image; \
                 they cannot be used with --no-image",
            ));
        }
        if args.setup.show_root_password && args.setup.root_password_stdin {
            return Err(Error::usage(
                "--show-root-password shows a password the service generated; \
                 with --root-password-stdin you already have it",
            ));
        }
        if let Some(url) = &args.cdrom {
            check_url(url)?;
        }
        let (ipv4, ipv6) = parse_ips(&args.ips)?;
        let timeout = args.wait.timeout;
        let ssh_public_key = read_ssh_keys(&args.setup.ssh_keys)?;
        let firstboot_script = read_firstboot(args.setup.firstboot_script.as_deref())?;
        let root_password = if args.setup.root_password_stdin {
            Some(read_root_password()?)
        } else {
            None
        };
        let power_on = !args.stopped && (image.is_some() || args.cdrom.is_some());
        Ok(Plan {
            offered: given_offers(args, &specs),
            spec: VmCreate {
                name: name.name.clone(),
                cores: args.cores,
                memory_mib,
                discs,
                zone: args.zone.clone(),
                hwprofile: args.hwprofile.clone(),
                hwprofile_locked: args.hwprofile_locked,
                cdrom_url: args.cdrom.clone(),
                power_on,
                image,
                root_password,
                ssh_public_key,
                firstboot_script,
                ipv4,
                ipv6,
            },
            name,
            timeout,
        })
    }
}

/// The API's rule for a new server's name (api reference, validation rules
/// 10 and 11): a DNS label of 3 to 63 lower-case letters, digits and
/// hyphens, not starting or ending with a hyphen. Checked here, so a typo
/// is exit 2 and costs no request.
fn check_new_server_name(name: &str) -> Result<()> {
    let why = if name.len() < 3 {
        "it is shorter than 3 characters".to_string()
    } else if name.len() > 63 {
        "it is longer than 63 characters".to_string()
    } else if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        format!("it contains {c:?}")
    } else if name.starts_with('-') || name.ends_with('-') {
        "it starts or ends with '-'".to_string()
    } else {
        return Ok(());
    };
    Err(
        Error::usage(format!("invalid name for a new server {name:?}: {why}")).with_hint(
            "a server name is 3 to 63 lower-case letters, digits and '-', e.g. web1 or db-2",
        ),
    )
}

/// Refuses `--show-root-password` with `-o ids`, where it has nowhere to go.
pub(crate) fn check_password_output(show: bool, format: OutputFormat) -> Result<()> {
    if show && format == OutputFormat::Ids {
        return Err(Error::usage(
            "--show-root-password prints the password in the table or JSON output, not with -o ids",
        ));
    }
    Ok(())
}

pub(crate) fn check_url(url: &str) -> Result<()> {
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > "https://".len()
        && !url.chars().any(char::is_whitespace);
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "invalid CD-ROM URL {url:?}: give a public http:// or https:// URL of an ISO image"
        )))
    }
}

fn parse_ips(values: &[String]) -> Result<(Option<String>, Option<String>)> {
    let (mut v4, mut v6) = (None, None);
    for v in values {
        let ip: IpAddr = v.trim().parse().map_err(|_| {
            Error::usage(format!("invalid IP address {v:?}"))
                .with_hint("give one IPv4 and/or one IPv6 address, e.g. --ip 10.0.0.5")
        })?;
        let slot = if ip.is_ipv4() { &mut v4 } else { &mut v6 };
        if slot.is_some() {
            return Err(Error::usage(format!(
                "--ip: at most one IPv{} address",
                if ip.is_ipv4() { 4 } else { 6 }
            )));
        }
        *slot = Some(ip.to_string());
    }
    Ok((v4, v6))
}

/// A root password for `reimage`, which (unlike `vm_create`) needs one:
/// 20 letters and digits from the operating system's random source.
pub(crate) fn generate_password() -> Result<Secret> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut out = String::new();
    let mut pool = Vec::new();
    while out.len() < 20 {
        if pool.is_empty() {
            pool = random_bytes(64)?;
        }
        let b = pool.pop().unwrap_or(255);
        // 248 = 4 * 62: rejecting above it keeps every character equally likely.
        if b < 248 {
            out.push(ALPHABET[usize::from(b) % ALPHABET.len()] as char);
        }
    }
    Ok(Secret(out))
}

fn random_bytes(n: usize) -> Result<Vec<u8>> {
    #[cfg(unix)]
    {
        use std::io::Read;
        let mut buf = vec![0u8; n];
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut buf))
            .map_err(|e| {
                Error::unexpected(format!("cannot read random bytes for a password: {e}"))
            })?;
        Ok(buf)
    }
    #[cfg(not(unix))]
    {
        // std's hasher keys come from the OS random source.
        use std::hash::{BuildHasher, Hasher};
        let mut buf = Vec::with_capacity(n);
        while buf.len() < n {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_usize(buf.len());
            buf.extend_from_slice(&h.finish().to_le_bytes());
        }
        buf.truncate(n);
        Ok(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn new_server_names() {
        for ok in ["web1", "db-2", "abc", &"a".repeat(63)] {
            assert!(check_new_server_name(ok).is_ok(), "{ok}");
        }
        for bad in [
            "ab",
            "Web1",
            "web_1",
            "-web",
            "web-",
            "wéb",
            &"a".repeat(64),
        ] {
            let e = check_new_server_name(bad).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Usage, "{bad}");
        }
    }

    #[test]
    fn generated_passwords() {
        let a = generate_password().unwrap().0;
        let b = generate_password().unwrap().0;
        assert_eq!(a.len(), 20);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, b);
    }

    #[test]
    fn ips_and_urls() {
        assert_eq!(
            parse_ips(&["10.0.0.5".into(), "2001:db8::1".into()]).unwrap(),
            (Some("10.0.0.5".into()), Some("2001:db8::1".into()))
        );
        assert!(parse_ips(&["10.0.0.5".into(), "10.0.0.6".into()]).is_err());
        assert!(parse_ips(&["nope".into()]).is_err());
        assert!(check_url("https://example.com/x.iso").is_ok());
        assert!(check_url("ftp://example.com/x.iso").is_err());
        assert!(check_url("https://").is_err());
    }

    #[test]
    fn echo_loses_the_password_unless_asked() {
        let mut vm =
            json!({"name": "a", "reimage": {"distribution": "symbiosis", "root_password": "pw"}});
        let echo = take_reimage_echo(&mut vm.clone(), false).unwrap();
        assert_eq!(echo, json!({"distribution": "symbiosis"}));
        let echo = take_reimage_echo(&mut vm, true).unwrap();
        assert_eq!(echo["root_password"], "pw");
        assert!(vm.get("reimage").is_none());
    }

    #[test]
    fn differences() {
        let plan = Plan {
            name: input::parse_server_name("web1").unwrap(),
            spec: VmCreate {
                name: "web1".into(),
                cores: 2,
                memory_mib: 2048,
                discs: vec![("disc-1".into(), "sata".into(), 25600)],
                zone: None,
                hwprofile: None,
                hwprofile_locked: false,
                cdrom_url: None,
                power_on: true,
                image: None,
                root_password: None,
                ssh_public_key: None,
                firstboot_script: None,
                ipv4: None,
                ipv6: None,
            },
            timeout: std::time::Duration::from_secs(1),
            offered: Vec::new(),
        };
        let same = json!({"cores": 2, "memory": 2048, "discs": [{"size": 25600}]});
        assert!(spec_differences(&same, &plan).is_empty());
        let other = json!({"cores": 1, "memory": 2048, "discs": [{"size": 25600}, {"size": 1024}]});
        let d = spec_differences(&other, &plan);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d[0].contains("cores 1 (asked 2)"));
        assert!(d[1].contains("25 GiB + 1 GiB") || d[1].contains("1 GiB + 25 GiB"));
    }
}
