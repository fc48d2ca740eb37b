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

use super::create::{check_password_output, generate_password};
use super::{SERVER_COLUMNS, SERVER_DETAIL_COLUMNS, detail_columns};
use crate::cli::{PowerArgs, ReimageArgs};
use crate::commands::batch::{report_failure, worst};
use crate::commands::targets::{Target, fetch, locate, resolve};
use crate::commands::values::{disc_summary, vm_id};
use crate::commands::wait::{PowerTarget, wait_for};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::input::files::{read_firstboot, read_root_password, read_ssh_keys};
use crate::input::{ServerName, human_mib};
use bytemark_api::requests::{self, Reimage, VmRef};
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
    let timeout = args.wait.timeout;
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
    let total = targets.len();
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for (name, target) in targets {
        match power_one(ctx, action, &target, args.wait.wait, timeout) {
            Ok(vm) => {
                let shown = vm_id(&vm);
                let shown = if shown.is_empty() { name } else { shown };
                if args.wait.wait {
                    ctx.say(&format!("{shown} is {}", action.target().word()));
                } else {
                    ctx.say(&format!("{} {shown}", action.done()));
                }
                results.push(vm);
            }
            Err(e) => {
                report_failure(ctx, &name, &e, total);
                failures.push((name, e));
            }
        }
    }
    print_results(ctx, &results, total)?;
    worst(failures, total)
}

fn power_one(
    ctx: &mut Context,
    action: Action,
    target: &Target,
    wait: bool,
    timeout: Duration,
) -> Result<Value> {
    let r = locate(ctx, target)?;
    let last = match action {
        Action::Start => Some(ctx.send(&requests::vm_start(&r))?),
        Action::Stop => Some(ctx.send(&requests::vm_stop(&r))?),
        Action::Restart => {
            let vm = ctx.send(&requests::vm_restart(&r))?;
            // The answer may still show the server on (before it went off)
            // or already off: either way, poll for it to come back.
            if wait { None } else { Some(vm) }
        }
        Action::Shutdown => {
            let vm = ctx.send(&requests::vm_keep_off(&r))?;
            // The API refuses signals to a server that is off (400). One
            // that was already off is where a shutdown leaves it: done, not
            // an error. (The signal is still sent: a server that is just
            // starting reads as off, and does take the signal.)
            match ctx.send(&requests::signal(&r, "powerdown")) {
                Err(e)
                    if e.kind == ErrorKind::Rejected
                        && vm.get("power_on") == Some(&Value::Bool(false)) => {}
                Err(e) => return Err(e),
                Ok(_) => {}
            }
            Some(vm)
        }
        Action::Reset => {
            ctx.send(&requests::signal(&r, "reset"))?;
            None
        }
    };
    let get = requests::vm_get(&r);
    if wait {
        return wait_for(ctx, &get, action.target(), timeout, &r.to_string(), last);
    }
    match last {
        Some(vm) if vm.is_object() => Ok(vm),
        _ => ctx.send(&get),
    }
}

pub fn delete(ctx: &mut Context, names: &[ServerName], purge: bool) -> Result<()> {
    let targets = resolve_all(ctx, names)?;
    let total = targets.len();
    let mut failures = Vec::new();
    let mut found: Vec<(VmRef, Value)> = Vec::new();
    let mut results = Vec::new();
    for (name, target) in &targets {
        match fetch(ctx, target) {
            Ok((r, vm)) => {
                let deleted = vm.get("deleted") == Some(&Value::Bool(true));
                if deleted && !purge {
                    ctx.say(&format!("{r} is already deleted (purge it with --purge)"));
                    results.push(vm);
                } else {
                    found.push((r, vm));
                }
            }
            Err(e) => {
                report_failure(ctx, name, &e, total);
                failures.push((name.clone(), e));
            }
        }
    }
    if !found.is_empty() {
        let described: Vec<String> = found.iter().map(|(r, vm)| describe(r, vm)).collect();
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
    for (r, mut vm) in found {
        match ctx.send(&requests::vm_delete(&r, purge)) {
            Ok(_) => {
                if purge {
                    ctx.say(&format!("purged {r}"));
                } else {
                    ctx.say(&format!(
                        "deleted {r} (undo with `bytemark servers restore {r}`)"
                    ));
                }
                // The API answers 204 without a body. What is printed is the
                // server as it was read, in the state the DELETE left it:
                // deleted and powered off (taken off its head). A purged
                // server is that too, and more: it is gone (a GET is 404),
                // so it must not be printed as a live `deleted: false` one.
                if let Value::Object(m) = &mut vm {
                    m.insert("deleted".into(), json!(true));
                    m.insert("power_on".into(), json!(false));
                    m.insert("head".into(), Value::Null);
                }
                results.push(vm);
            }
            Err(e) => {
                report_failure(ctx, &r.to_string(), &e, total);
                failures.push((r.to_string(), e));
            }
        }
    }
    print_results(ctx, &results, total)?;
    worst(failures, total)
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

pub fn restore(ctx: &mut Context, names: &[ServerName]) -> Result<()> {
    let targets = resolve_all(ctx, names)?;
    let total = targets.len();
    let mut failures = Vec::new();
    let mut results = Vec::new();
    for (name, target) in &targets {
        let outcome = locate(ctx, target).and_then(|r| {
            let vm = ctx.send(&requests::vm_restore(&r))?;
            Ok((r, vm))
        });
        match outcome {
            Ok((r, vm)) => {
                ctx.say(&format!("restored {r}"));
                results.push(vm);
            }
            Err(e) => {
                report_failure(ctx, name, &e, total);
                failures.push((name.clone(), e));
            }
        }
    }
    print_results(ctx, &results, total)?;
    worst(failures, total)
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
    let echo = ctx.send(&requests::reimage(&r, &spec))?;
    ctx.say(&format!("reimaging {r} with {}", args.image));
    let mut echo = if echo.is_object() { echo } else { json!({}) };
    if let Value::Object(m) = &mut echo {
        if args.setup.show_root_password && !from_stdin {
            // Ours, whether or not the service echoed it.
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
