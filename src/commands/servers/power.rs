//! Lifecycle commands: delete, restore, start, stop, shutdown, restart,
//! reset, reimage.
//!
//! All names are parsed before anything is sent, so a typo in the third of
//! three names fails with exit 2 and no request. Destructive actions
//! (delete, purge, stop, reset, reimage) ask once for the whole batch,
//! describing each server.
//!
//! `delete` prints each server as it was read before the DELETE, marked
//! `deleted: true` and powered off — the state the DELETE leaves it in; with
//! `--purge` it is then gone for good (stderr says "purged"), and never
//! shown as a live server.
//!
//! A lost answer (the request failed after retries, and may have taken
//! effect) is never met with "try again": the server is read again, and the
//! command succeeds with a note if it is as the change leaves it, or fails
//! (exit 7) saying what the re-read shows. Some changes leave no mark a
//! re-read can see (a reset; a restart of a server already set to
//! autoreboot): those say that it cannot be told. A reimage whose answer is
//! lost says that the root password is unknown, and how to set one.

use super::create::{check_password_output, generate_password};
use super::{SERVER_COLUMNS, SERVER_DETAIL_COLUMNS, detail_columns};
use crate::cli::{PowerArgs, ReimageArgs};
use crate::commands::batch::{report_failure, summary, worst};
use crate::commands::fleet::{self, Step, Watch, Worker};
use crate::commands::outcomes::{lost_note, reread, server_state};
use crate::commands::targets::{Target, fetch, ref_from_value, resolve, restore_first};
use crate::commands::values::{disc_summary, vm_id};
use crate::commands::wait::{PowerTarget, begin_waiting, wait_for};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::input::files::{read_firstboot, read_root_password, read_ssh_keys};
use crate::input::{ServerName, human_mib};
use bytemark_api::requests::{self, Reimage, VmRef};
use bytemark_api::{Changed, Check, Request};
use serde_json::{Value, json};
use std::time::Duration;

/// A power command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Start,
    Stop,
    Shutdown,
    Restart,
    Reset,
}

impl Action {
    fn target(self) -> PowerTarget {
        match self {
            Action::Start | Action::Restart | Action::Reset => PowerTarget::Running,
            Action::Stop | Action::Shutdown => PowerTarget::Stopped,
        }
    }

    fn done(self) -> &'static str {
        match self {
            Action::Start => "started",
            Action::Stop => "stopped",
            Action::Shutdown => "asked to shut down",
            Action::Restart => "restarting",
            Action::Reset => "reset",
        }
    }
}

/// Fills in the accounts of names clap has already parsed (so a typo in
/// any of them failed before any request).
fn resolve_all(ctx: &mut Context, names: &[ServerName]) -> Result<Vec<(String, Target)>> {
    let mut out = Vec::new();
    for n in names {
        let t = resolve(ctx, n)?;
        let shown = match &t {
            Target::Ref(r) => r.to_string(),
            Target::Id(id) => format!("server {id}"),
        };
        out.push((shown, t));
    }
    Ok(out)
}

/// Prints the resulting servers: an object for one target, an array for several.
fn print_results(ctx: &Context, results: &[Value], targets: usize) -> Result<()> {
    if results.is_empty() {
        return Ok(());
    }
    if targets == 1 && results.len() == 1 {
        ctx.output.one(&results[0], &SERVER_DETAIL_COLUMNS, &vm_id)
    } else {
        ctx.output.list(results, &SERVER_COLUMNS, &vm_id)
    }
}

fn confirm_batch(ctx: &Context, question: &str, names: &[String], tail: &str) -> Result<()> {
    let what = if names.len() == 1 {
        format!("{question} {}? {tail}", names[0])
    } else {
        format!(
            "{question} {} servers ({})? {tail}",
            names.len(),
            names.join(", ")
        )
    };
    ctx.confirm(&what)
}

pub fn power(ctx: &mut Context, action: Action, args: PowerArgs) -> Result<()> {
    let targets = resolve_all(ctx, &args.servers)?;
    let names: Vec<String> = targets.iter().map(|(n, _)| n.clone()).collect();
    match action {
        Action::Stop => confirm_batch(
            ctx,
            "Stop",
            &names,
            "This cuts the power at once, like pulling the plug (no clean shutdown; \
             use `servers shutdown` for that), and the server stays off.",
        )?,
        Action::Reset => confirm_batch(
            ctx,
            "Reset",
            &names,
            "This presses the reset button: the operating system restarts without shutting down cleanly.",
        )?,
        _ => {}
    }
    let wait = args.wait.wait;
    let _waiting = wait.then(begin_waiting);
    let outcomes = fleet::run(
        ctx,
        args.parallel.parallel.into(),
        args.wait.timeout,
        &targets,
        |w, target| power_one(w, action, target, wait),
    )?;
    let (results, failures) = split(&names, outcomes);
    let verb = if wait {
        action.target().word()
    } else {
        action.done()
    };
    summary(
        ctx,
        names.len(),
        &[(results.len(), verb), (failures.len(), "failed")],
    );
    print_results(ctx, &results, names.len())?;
    worst(failures, names.len())
}

fn power_one(w: &Worker, action: Action, target: &Target, wait: bool) -> Result<Step> {
    let r = w.locate(target)?;
    let get = requests::vm_get(&r);
    // Sends one power change; after a lost answer, `judge` tells from a
    // re-read of the server whether it is in place.
    let change = |req: Request, judge: fn(Value) -> Check| {
        w.change(&req, &|c| reread(c, &get, judge, no_server(&r)))
            .map_err(|e| restore_first(e, &r))
    };
    let last = match action {
        Action::Start => Some(change(requests::vm_start(&r), started)?),
        Action::Stop => Some(change(requests::vm_stop(&r), stopped)?),
        Action::Restart => {
            let vm = change(requests::vm_restart(&r), restarted)?;
            // The answer may still show the server on (before it went off)
            // or already off: either way, poll for it to come back.
            if wait { None } else { Some(vm) }
        }
        Action::Shutdown => {
            let vm = change(requests::vm_keep_off(&r), kept_off)?;
            // The API refuses signals to a server that is off (400). One
            // that was already off is where a shutdown leaves it: done, not
            // an error. (The signal is still sent: a server that is just
            // starting reads as off, and does take the signal.)
            match change(requests::signal(&r, "powerdown"), powered_down) {
                Err(e)
                    if e.kind == ErrorKind::Rejected
                        && vm.get("power_on") == Some(&Value::Bool(false)) => {}
                Err(e) => return Err(e),
                Ok(_) => {}
            }
            Some(vm)
        }
        Action::Reset => {
            change(requests::signal(&r, "reset"), was_reset)?;
            None
        }
    };
    if wait {
        return Ok(Step::Wait(Watch {
            get,
            target: action.target(),
            name: r.to_string(),
            last: last.filter(Value::is_object),
        }));
    }
    let vm = match last {
        Some(vm) if vm.is_object() => vm,
        _ => w.send(&get)?,
    };
    let shown = match vm_id(&vm) {
        s if s.is_empty() => r.to_string(),
        s => s,
    };
    Ok(Step::Done(vm, format!("{} {shown}", action.done())))
}

/// Splits a batch's outcomes into the results (in order) and the failures
/// by name; `Value::Null` is a target with nothing to show.
fn split(names: &[String], outcomes: Vec<Result<Value>>) -> (Vec<Value>, Vec<(String, Error)>) {
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for (name, outcome) in names.iter().zip(outcomes) {
        match outcome {
            Ok(Value::Null) => {}
            Ok(v) => results.push(v),
            Err(e) => failures.push((name.clone(), e)),
        }
    }
    (results, failures)
}

// What a re-read of a server shows after a lost answer, for each change.

/// The server is not there to re-read.
fn no_server(r: &VmRef) -> Check {
    Check::NotDone(format!("there is no server {r}"))
}

fn power_on(vm: &Value) -> Option<bool> {
    vm.get("power_on").and_then(Value::as_bool)
}

fn autoreboot(vm: &Value) -> Option<bool> {
    vm.get("autoreboot_on").and_then(Value::as_bool)
}

/// `start` sets power and autoreboot on.
fn started(vm: Value) -> Check {
    match (power_on(&vm), autoreboot(&vm)) {
        (Some(true), _) => Check::Done(vm),
        // Set to come on, not on yet: starting, or about to.
        (_, Some(true)) => Check::Unknown(format!("{}: it may be starting", server_state(&vm))),
        _ => Check::NotDone(server_state(&vm)),
    }
}

/// `stop` sets power and autoreboot off.
fn stopped(vm: Value) -> Check {
    if power_on(&vm) == Some(false) && autoreboot(&vm) == Some(false) {
        Check::Done(vm)
    } else {
        Check::NotDone(server_state(&vm))
    }
}

/// `restart` sets autoreboot on and pulls the plug: a server that was on
/// with autoreboot looks the same before and after.
fn restarted(vm: Value) -> Check {
    if autoreboot(&vm) == Some(true) {
        Check::Unknown(format!(
            "{}, as it would be with or without a restart",
            server_state(&vm)
        ))
    } else {
        Check::NotDone(server_state(&vm))
    }
}

/// The first half of `shutdown` sets autoreboot off.
fn kept_off(vm: Value) -> Check {
    if autoreboot(&vm) == Some(false) {
        Check::Done(vm)
    } else {
        Check::NotDone(server_state(&vm))
    }
}

/// The second half, the powerdown signal: done once the server is off.
fn powered_down(vm: Value) -> Check {
    if power_on(&vm) == Some(false) {
        Check::Done(vm)
    } else {
        Check::Unknown(format!(
            "{}: a shutdown takes a while, and may still be on its way",
            server_state(&vm)
        ))
    }
}

/// A reset leaves no mark.
fn was_reset(vm: Value) -> Check {
    Check::Unknown(format!(
        "{}, as it would be with or without a reset",
        server_state(&vm)
    ))
}

/// A reimage ends with the server on, installed with `image`.
fn reimaged(vm: Value, image: &str) -> Check {
    let with = vm
        .get("last_imaged_with")
        .and_then(Value::as_str)
        .unwrap_or("no image")
        .to_string();
    let state = format!("{}, last imaged with {with}", server_state(&vm));
    match power_on(&vm) {
        _ if vm.get("deleted") == Some(&Value::Bool(true)) => Check::NotDone(state),
        Some(true) if with == image => Check::Done(vm),
        // It was off: something else started it, and the reimage (which
        // needs it off) did not happen.
        Some(true) => Check::NotDone(state),
        _ => Check::Unknown(format!(
            "{state}; a reimage takes a while, and powers the server on when done"
        )),
    }
}

/// What is known of the root password after a reimage's answer was lost
/// (and whether a re-read showed it `reimaged`). The answer carries the
/// service's word on the password it set; without it, a generated password
/// is not shown as if it were known.
fn root_password_after_loss(r: &VmRef, image: &str, from_stdin: bool, reimaged: bool) -> String {
    let set = format!(
        "reimage again with `bytemark servers reimage {r} --image {image} --root-password-stdin` \
         (this erases the first disc again), or set it on the server's console"
    );
    match (from_stdin, reimaged) {
        (true, true) => "Its root password is the one you gave.".to_string(),
        (true, false) => format!(
            "If it was reimaged, its root password is the one you gave; to be sure of it, {set}"
        ),
        (false, _) => format!("Its root password is unknown: to set one, {set}"),
    }
}

pub fn delete(
    ctx: &mut Context,
    names: &[ServerName],
    purge: bool,
    if_exists: bool,
    parallel: usize,
) -> Result<()> {
    let targets = resolve_all(ctx, names)?;
    let total = targets.len();
    // First every server is read, to say what will go.
    let read = fleet::run(
        ctx,
        parallel,
        Duration::ZERO,
        &targets,
        |w, target| match w.fetch(target) {
            Ok((_, vm)) => Ok(Step::Done(vm, String::new())),
            Err(e) => missing_or(e, if_exists, &target_name(target)),
        },
    )?;
    let mut failures = Vec::new();
    // (index, result), to print in the order the servers were named.
    let mut results: Vec<(usize, Value)> = Vec::new();
    let mut found: Vec<(String, (VmRef, Value))> = Vec::new();
    let mut found_at = Vec::new();
    let mut missing = 0;
    for (i, ((name, target), outcome)) in targets.iter().zip(read).enumerate() {
        let vm = match outcome {
            Ok(Value::Null) => {
                missing += 1;
                continue;
            }
            Ok(vm) => vm,
            Err(e) => {
                failures.push((name.clone(), e));
                continue;
            }
        };
        let r = match target {
            Target::Ref(r) => r.clone(),
            Target::Id(_) => match ref_from_value(&vm, name) {
                Ok(r) => r,
                Err(e) => {
                    report_failure(ctx, name, &e, total);
                    failures.push((name.clone(), e));
                    continue;
                }
            },
        };
        if vm.get("deleted") == Some(&Value::Bool(true)) && !purge {
            ctx.say(&format!("{r} is already deleted (purge it with --purge)"));
            results.push((i, vm));
        } else {
            found.push((name.clone(), (r, vm)));
            found_at.push(i);
        }
    }
    let already = results.len();
    if !found.is_empty() {
        let described: Vec<String> = found.iter().map(|(_, (r, vm))| describe(r, vm)).collect();
        if purge {
            confirm_batch(
                ctx,
                "Permanently delete (purge)",
                &described,
                "This is irreversible: the discs and their data are destroyed and the IP addresses released.",
            )?;
        } else {
            confirm_batch(
                ctx,
                "Delete",
                &described,
                "Deleted servers are powered off; `bytemark servers restore` brings them back until they are purged.",
            )?;
        }
    }
    let deleted = fleet::run(
        ctx,
        parallel,
        Duration::ZERO,
        &found,
        |w, (r, vm): &(VmRef, Value)| {
            delete_one(w, r, vm.clone(), purge)
                .or_else(|e| missing_or(e, if_exists, &r.to_string()))
        },
    )?;
    let mut gone = 0;
    for (((name, _), i), outcome) in found.iter().zip(found_at).zip(deleted) {
        match outcome {
            Ok(Value::Null) => missing += 1,
            Ok(vm) => {
                gone += 1;
                results.push((i, vm));
            }
            Err(e) => failures.push((name.clone(), e)),
        }
    }
    results.sort_by_key(|(i, _)| *i);
    let results: Vec<Value> = results.into_iter().map(|(_, vm)| vm).collect();
    summary(
        ctx,
        total,
        &[
            (gone, if purge { "purged" } else { "deleted" }),
            (already, "already deleted"),
            (missing, "not found (--if-exists)"),
            (failures.len(), "failed"),
        ],
    );
    print_results(ctx, &results, total)?;
    worst(failures, total)
}

/// With `--if-exists`, a server that is not there is done with a note
/// (`Value::Null`: nothing to show); otherwise the error.
fn missing_or(e: Error, if_exists: bool, name: &str) -> Result<Step> {
    if if_exists && e.kind == ErrorKind::NotFound {
        Ok(Step::Done(
            Value::Null,
            format!("{name} does not exist; nothing to delete"),
        ))
    } else {
        Err(e)
    }
}

fn target_name(target: &Target) -> String {
    match target {
        Target::Ref(r) => r.to_string(),
        Target::Id(id) => format!("server {id}"),
    }
}

/// Deletes (or purges) one server read as `vm`.
fn delete_one(w: &Worker, r: &VmRef, mut vm: Value, purge: bool) -> Result<Step> {
    let get = requests::vm_get(r);
    // A purged server is gone; a deleted one reads as deleted.
    let judge = |now: Value| {
        if !purge && now.get("deleted") == Some(&Value::Bool(true)) {
            Check::Done(now)
        } else {
            Check::NotDone(server_state(&now))
        }
    };
    w.change(&requests::vm_delete(r, purge), &|c| {
        reread(c, &get, judge, Check::Done(Value::Null))
    })?;
    let line = if purge {
        format!("purged {r}")
    } else {
        format!("deleted {r} (undo with `bytemark servers restore {r}`)")
    };
    // The API answers 204 without a body. What is printed is the server as
    // it was read, in the state the DELETE left it: deleted and powered off
    // (taken off its head). A purged server is that too, and more: it is
    // gone (a GET is 404), so it must not be printed as a live
    // `deleted: false` one.
    if let Value::Object(m) = &mut vm {
        m.insert("deleted".into(), json!(true));
        m.insert("power_on".into(), json!(false));
        m.insert("head".into(), Value::Null);
    }
    Ok(Step::Done(vm, line))
}

/// `web1.default.demo (running, 2 discs, 75 GiB)`
fn describe(r: &VmRef, vm: &Value) -> String {
    let (discs, total) = disc_summary(vm);
    let state = match vm.get("power_on").and_then(Value::as_bool) {
        Some(true) => "running",
        Some(false) => "stopped",
        None => "state unknown",
    };
    let deleted = if vm.get("deleted") == Some(&Value::Bool(true)) {
        ", deleted"
    } else {
        ""
    };
    format!(
        "{r} ({state}{deleted}, {} disc{}, {})",
        discs,
        if discs == 1 { "" } else { "s" },
        human_mib(total)
    )
}

pub fn restore(ctx: &mut Context, names: &[ServerName], parallel: usize) -> Result<()> {
    let targets = resolve_all(ctx, names)?;
    let shown: Vec<String> = targets.iter().map(|(n, _)| n.clone()).collect();
    let outcomes = fleet::run(ctx, parallel, Duration::ZERO, &targets, |w, target| {
        // Read first: a server that is not deleted is left alone, and said so.
        let (r, before) = w.fetch(target)?;
        if before.get("deleted") == Some(&Value::Bool(false)) {
            return Ok(Step::Done(
                before,
                format!("{r} was not deleted: nothing to restore"),
            ));
        }
        let get = requests::vm_get(&r);
        let judge = |vm: Value| {
            if vm.get("deleted") == Some(&Value::Bool(false)) {
                Check::Done(vm)
            } else {
                Check::NotDone(server_state(&vm))
            }
        };
        let vm = w.change(&requests::vm_restore(&r), &|c| {
            reread(c, &get, judge, no_server(&r))
        })?;
        Ok(Step::Done(vm, format!("restored {r}")))
    })?;
    let (results, failures) = split(&shown, outcomes);
    summary(
        ctx,
        shown.len(),
        &[(results.len(), "restored"), (failures.len(), "failed")],
    );
    print_results(ctx, &results, shown.len())?;
    worst(failures, shown.len())
}

pub fn reimage(ctx: &mut Context, args: ReimageArgs) -> Result<()> {
    let timeout = args.wait.timeout;
    check_password_output(args.setup.show_root_password, ctx.output.format)?;
    let ssh_public_key = read_ssh_keys(&args.setup.ssh_keys)?;
    let firstboot_script = read_firstboot(args.setup.firstboot_script.as_deref())?;
    let root_password = if args.setup.root_password_stdin {
        read_root_password()?
    } else {
        // Unlike vm_create, reimage needs a password: make one (shown only
        // with --show-root-password).
        generate_password()?
    };
    let target = resolve(ctx, &args.server)?;
    let (r, vm) = fetch(ctx, &target)?;
    if vm.get("power_on") == Some(&Value::Bool(true)) {
        return Err(Error::rejected(format!(
            "{r} is running; a server must be stopped to be reimaged"
        ))
        .with_hint(format!(
            "run `bytemark servers shutdown {r} --wait` (or `stop`) first"
        )));
    }
    let first_disc = vm
        .get("discs")
        .and_then(Value::as_array)
        .and_then(|d| d.first())
        .map(|d| {
            format!(
                "{}, {}",
                d.get("label")
                    .and_then(Value::as_str)
                    .unwrap_or("first disc"),
                d.get("size")
                    .and_then(Value::as_u64)
                    .map(human_mib)
                    .unwrap_or_default()
            )
        })
        .unwrap_or_else(|| "the first disc".into());
    ctx.confirm(&format!(
        "Reimage {r} with {}? Everything on its first disc ({first_disc}) is erased; \
         the server is powered on when done.",
        args.image
    ))?;
    let spec = Reimage {
        image: args.image.clone(),
        root_password: Some(root_password),
        ssh_public_key,
        firstboot_script,
    };
    let from_stdin = args.setup.root_password_stdin;
    let req = requests::reimage(&r, &spec);
    let get = requests::vm_get(&r);
    let changed = ctx.api()?.change(&req, &|c| {
        reread(c, &get, |now| reimaged(now, &args.image), no_server(&r))
    });
    let (echo, vm, lost) = match changed {
        Ok(Changed::Answered(echo)) => (echo, vm, false),
        Ok(Changed::Confirmed(now)) => {
            ctx.output.notice(&format!(
                "{}. {}",
                lost_note(&req, "a re-read shows it was reimaged"),
                root_password_after_loss(&r, &args.image, from_stdin, true)
            ));
            (json!({}), now, true)
        }
        Err(e) => {
            let mut e = Error::from(e);
            let not_done =
                e.details.as_ref().and_then(|d| d.get("took_effect")) == Some(&Value::Bool(false));
            if e.kind == ErrorKind::Network && !not_done {
                e.message = format!("{}\nIt is not known whether {r} was reimaged.", e.message);
                e.hint = Some(format!(
                    "look with `bytemark servers show {r}` (a reimage takes a while, and powers the server on when done). {}",
                    root_password_after_loss(&r, &args.image, from_stdin, false)
                ));
            }
            return Err(e);
        }
    };
    ctx.say(&format!("reimaging {r} with {}", args.image));
    if let Some(password) = &spec.root_password
        && !lost
        && !from_stdin
        && !args.setup.show_root_password
        && args.setup.ssh_keys.is_empty()
    {
        // On a terminal only: the one chance to see the password made here.
        super::create::say_root_password(ctx, &r.to_string(), &password.0);
    }
    let mut echo = if echo.is_object() { echo } else { json!({}) };
    if let Value::Object(m) = &mut echo {
        if args.setup.show_root_password && !from_stdin && !lost {
            // Ours, whether or not the service echoed it (when it
            // answered at all: see `root_password_after_loss`).
            if let Some(p) = &spec.root_password {
                m.insert("root_password".into(), json!(p.0));
            }
        } else {
            m.remove("root_password");
        }
    }
    let with_echo = |mut vm: Value, echo: &Value| {
        if let Value::Object(m) = &mut vm {
            m.insert("reimage".into(), echo.clone());
        }
        vm
    };
    let result = if args.wait.wait {
        match wait_for(
            ctx,
            &requests::vm_get(&r),
            PowerTarget::Running,
            timeout,
            &r.to_string(),
            None,
        ) {
            Ok(v) => {
                ctx.say(&format!("{r} is running"));
                with_echo(v, &echo)
            }
            Err(e) => {
                // The password asked for must not be lost with the wait.
                if args.setup.show_root_password && !from_stdin {
                    let vm = with_echo(vm, &echo);
                    ctx.output.one(&vm, detail_columns(&vm), &vm_id)?;
                }
                return Err(e);
            }
        }
    } else {
        with_echo(vm, &echo)
    };
    ctx.output.one(&result, detail_columns(&result), &vm_id)
}
