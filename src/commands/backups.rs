//! `bytemark backups list|create|restore|delete|schedules|schedule|unschedule`.
//!
//! Round trips with a warm session and a known account (a numeric server
//! id costs one GET more, to learn where the server lives): `list` 1,
//! `create` 1 (then one GET per poll with `--wait`), `restore` 2 (GET the
//! backup to name it in the question, PUT `restore`), `delete` 2 (GET,
//! DELETE with purge), `schedules` 1 (the disc's GET lists them),
//! `schedule` 1 (POST), `unschedule` 2 (GET the disc to find and show the
//! schedule, DELETE).
//!
//! Decisions:
//! * `restore` and `delete` confirm; `create`, `schedule` and `unschedule`
//!   do not (no data is lost: a schedule's backups outlive it).
//! * A backup is "in progress" until the service has moved it to cold
//!   storage (grade `iceberg`); `create --wait` polls the backup until then
//!   (250 ms doubling to 5 s, `--timeout`, default 30m, exit 9). Ctrl-C
//!   during the wait ends the command at once (exit 130); the backup goes
//!   on.
//! * `--start` defaults to `00:00` and `--keep` to 1, both sent explicitly
//!   (the Go client sends `capacity: 0`, which the brain reads as 1).
//! * Lost answers: the POSTs are never resent. After a lost `create`, the
//!   disc's backups are re-read and described (a new one cannot be told from
//!   an old one with certainty); after a lost `schedule`, a schedule with
//!   the same interval and capacity is looked for: none means nothing was
//!   made. A lost restore, delete or unschedule is checked by re-reading.

use super::outcomes::{reread, send_change};
use super::targets::{locate, resolve};
use super::values::{mib_of, str_of};
use super::wait::{FIRST_DELAY, human_duration, next_delay};
use crate::cli::backups::{
    BackupArgs, BackupCreateArgs, BackupsCmd, DiscArgs, ScheduleArgs, UnscheduleArgs,
};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::input::format_duration;
use crate::output::{Column, sanitize};
use bytemark_api::Check;
use bytemark_api::requests::{self, VmRef};
use serde_json::Value;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// The storage grade of backups that have reached cold storage.
const COLD: &str = "iceberg";

pub fn run(ctx: &mut Context, cmd: BackupsCmd) -> Result<()> {
    match cmd {
        BackupsCmd::List(args) => list(ctx, &args),
        BackupsCmd::Create(args) => create(ctx, &args),
        BackupsCmd::Restore(args) => restore(ctx, &args),
        BackupsCmd::Delete(args) => delete(ctx, &args),
        BackupsCmd::Schedules(args) => schedules(ctx, &args),
        BackupsCmd::Schedule(args) => schedule(ctx, &args),
        BackupsCmd::Unschedule(args) => unschedule(ctx, &args),
    }
}

fn in_cold_storage(b: &Value) -> bool {
    b.get("storage_grade").and_then(Value::as_str) == Some(COLD)
}

fn state_text(b: &Value) -> String {
    if in_cold_storage(b) {
        "done".into()
    } else {
        "in progress".into()
    }
}

fn kind_text(b: &Value) -> String {
    match b.get("manual").and_then(Value::as_bool) {
        Some(true) => "manual".into(),
        Some(false) => "scheduled".into(),
        None => String::new(),
    }
}

const BACKUP_COLUMNS: [Column; 6] = [
    Column::field("label", "LABEL"),
    Column::new("state", "STATE", state_text),
    Column::new("manual", "TAKEN", kind_text),
    Column::new("size", "SIZE", |b| mib_of(b, "size")),
    Column::field("storage_grade", "GRADE"),
    Column::field("id", "ID"),
];

/// `every 1d from 2019-02-07T00:00:00+00:00, keep 7`.
fn schedule_text(s: &Value) -> String {
    let every = match s.get("interval_seconds").and_then(Value::as_u64) {
        Some(n) => format_duration(Duration::from_secs(n)),
        None => str_of(s, "interval_seconds"),
    };
    let start = match s.get("start_at") {
        Some(v) if !v.is_null() => str_of(s, "start_at"),
        _ => str_of(s, "start_date"),
    };
    format!("every {every} from {start}, keep {}", str_of(s, "capacity"))
}

/// A disc's `backup_schedules` for a table cell: `every 7d from …, keep 1
/// (id 9); …`, `none` for an empty list.
pub(crate) fn schedules_text(disc: &Value) -> String {
    match disc.get("backup_schedules").and_then(Value::as_array) {
        Some(list) if list.is_empty() => "none".into(),
        Some(list) => list
            .iter()
            .map(|s| format!("{} (id {})", schedule_text(s), str_of(s, "id")))
            .collect::<Vec<_>>()
            .join("; "),
        None => String::new(),
    }
}

const SCHEDULE_COLUMNS: [Column; 4] = [
    Column::field("id", "ID"),
    Column::new("interval_seconds", "EVERY", |s| {
        match s.get("interval_seconds").and_then(Value::as_u64) {
            Some(n) => format_duration(Duration::from_secs(n)),
            None => str_of(s, "interval_seconds"),
        }
    }),
    Column::field("start_at", "START"),
    Column::field("capacity", "KEEP"),
];

/// `-o ids` for a backup: `server disc label`, the arguments `backups
/// restore|delete` take (for `xargs -L1`).
fn backup_id<'a>(r: &'a VmRef, disc: &'a str) -> impl Fn(&Value) -> String + 'a {
    move |b| format!("{r} {disc} {}", str_of(b, "label"))
}

/// `-o ids` for a schedule: `server disc id`, what `backups unschedule` takes.
fn schedule_id<'a>(r: &'a VmRef, disc: &'a str) -> impl Fn(&Value) -> String + 'a {
    move |s| format!("{r} {disc} {}", str_of(s, "id"))
}

fn server_of(ctx: &mut Context, args: &DiscArgs) -> Result<VmRef> {
    let target = resolve(ctx, &args.server)?;
    locate(ctx, &target)
}

fn list(ctx: &mut Context, args: &DiscArgs) -> Result<()> {
    let r = server_of(ctx, args)?;
    let list = ctx.send(&requests::backups_list(&r, &args.disc))?;
    let items = list.as_array().cloned().unwrap_or_default();
    ctx.output
        .list(&items, &BACKUP_COLUMNS, &backup_id(&r, &args.disc))
}

/// What a disc's backups look like, in words, for a lost answer.
fn backups_summary(list: &Value, disc: &str) -> Check {
    let items = list.as_array().map(Vec::as_slice).unwrap_or_default();
    match items.last() {
        None => Check::NotDone(format!("disc {disc} has no backups")),
        Some(newest) => Check::Unknown(format!(
            "disc {disc} has {} backup{}, the newest {} ({}, {})",
            items.len(),
            if items.len() == 1 { "" } else { "s" },
            str_of(newest, "label"),
            kind_text(newest),
            state_text(newest)
        )),
    }
}

fn create(ctx: &mut Context, args: &BackupCreateArgs) -> Result<()> {
    let disc = &args.disc.disc;
    let r = server_of(ctx, &args.disc)?;
    let listing = requests::backups_list(&r, disc);
    let check = |list: Value| backups_summary(&list, disc);
    let b = send_change(ctx, &requests::backup_create(&r, disc), &|c| {
        reread(
            c,
            &listing,
            check,
            Check::NotDone(format!("disc {disc} is not there")),
        )
    })?;
    let label = str_of(&b, "label");
    ctx.say(&format!("backing up disc {disc} of {r}: backup {label}"));
    let b = if args.wait {
        wait_cold(ctx, &r, disc, b, args.timeout)?
    } else {
        b
    };
    ctx.output.one(&b, &BACKUP_COLUMNS, &backup_id(&r, disc))
}

/// Polls a new backup until it is in cold storage.
fn wait_cold(
    ctx: &mut Context,
    r: &VmRef,
    disc: &str,
    first: Value,
    timeout: Duration,
) -> Result<Value> {
    let label = str_of(&first, "label");
    // The id is unique; a label is a second-stamp.
    let key = match first.get("id").and_then(Value::as_u64) {
        Some(id) => id.to_string(),
        None if !label.is_empty() => label.clone(),
        None => {
            return Err(Error::network(format!(
                "back up disc {disc} of {r}: the API's answer names no backup to wait for"
            )));
        }
    };
    let get = requests::backup_get(r, disc, &key);
    let deadline = Instant::now() + timeout;
    let spinner = (!ctx.quiet && std::io::stderr().is_terminal()).then(|| {
        let pb = indicatif::ProgressBar::new_spinner();
        pb.set_message(sanitize::line(&format!(
            "waiting for backup {label} to reach cold storage"
        )));
        pb.enable_steady_tick(Duration::from_millis(120));
        pb
    });
    let mut last = first;
    let mut delay = FIRST_DELAY;
    let outcome = loop {
        if in_cold_storage(&last) {
            break Ok(last);
        }
        let now = Instant::now();
        if now >= deadline {
            break Err(Error::new(
                ErrorKind::WaitTimeout,
                format!(
                    "timed out after {} waiting for backup {label} of disc {disc} of {r} to reach cold storage; it is still in progress",
                    human_duration(timeout)
                ),
            )
            .with_hint(format!(
                "the backup goes on in the background; `bytemark backups list {r} {disc}` shows it, or wait longer with --timeout"
            )));
        }
        std::thread::sleep(delay.min(deadline - now));
        delay = next_delay(delay);
        match ctx.send(&get) {
            Ok(b) => last = b,
            Err(e) => break Err(e),
        }
    };
    if let Some(pb) = spinner {
        pb.finish_and_clear();
    }
    let b = outcome?;
    ctx.say(&format!("backup {label} is in cold storage"));
    Ok(b)
}

/// GETs the backup a restore or delete names.
fn read_backup(ctx: &mut Context, args: &BackupArgs) -> Result<(VmRef, Value, String)> {
    let r = server_of(ctx, &args.disc)?;
    let b = ctx.send(&requests::backup_get(&r, &args.disc.disc, &args.backup))?;
    let label = match str_of(&b, "label") {
        l if l.is_empty() => args.backup.clone(),
        l => l,
    };
    Ok((r, b, label))
}

fn restore(ctx: &mut Context, args: &BackupArgs) -> Result<()> {
    let disc = &args.disc.disc;
    let (r, b, label) = read_backup(ctx, args)?;
    ctx.confirm(&format!(
        "Restore disc {disc} of {r} from backup {label} ({})? The disc's current contents are replaced; the service backs them up first.",
        mib_of(&b, "size")
    ))?;
    let get = requests::disc_get(&r, disc);
    let restoring = |d: Value| {
        if d.get("new_storage_grade").is_some_and(|g| !g.is_null()) {
            Check::Done(Value::Null)
        } else {
            Check::Unknown(format!(
                "disc {disc} is not being restored now, and a restore that has finished leaves no mark"
            ))
        }
    };
    let out = send_change(
        ctx,
        &requests::backup_restore(&r, disc, &args.backup),
        &|c| {
            reread(
                c,
                &get,
                restoring,
                Check::NotDone(format!("disc {disc} is not there")),
            )
        },
    )?;
    ctx.say(&format!(
        "restoring disc {disc} of {r} from backup {label} (its previous contents were backed up first)"
    ));
    let out = if out.is_object() { out } else { b };
    ctx.output.one(&out, &BACKUP_COLUMNS, &backup_id(&r, disc))
}

fn delete(ctx: &mut Context, args: &BackupArgs) -> Result<()> {
    let disc = &args.disc.disc;
    let (r, b, label) = read_backup(ctx, args)?;
    ctx.confirm(&format!(
        "Permanently delete backup {label} ({}) of disc {disc} of {r}? It cannot be recovered.",
        mib_of(&b, "size")
    ))?;
    let get = requests::backup_get(&r, disc, &args.backup);
    let still_there = |_| Check::NotDone(format!("backup {label} is still there"));
    send_change(
        ctx,
        &requests::backup_delete(&r, disc, &args.backup),
        &|c| reread(c, &get, still_there, Check::Done(Value::Null)),
    )?;
    ctx.say(&format!("deleted backup {label} of disc {disc} of {r}"));
    ctx.output.one(&b, &BACKUP_COLUMNS, &backup_id(&r, disc))
}

/// A disc's schedules, from its GET.
fn schedules_of(d: &Value) -> Vec<Value> {
    d.get("backup_schedules")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn schedules(ctx: &mut Context, args: &DiscArgs) -> Result<()> {
    let r = server_of(ctx, args)?;
    let d = ctx.send(&requests::disc_get(&r, &args.disc))?;
    ctx.output.list(
        &schedules_of(&d),
        &SCHEDULE_COLUMNS,
        &schedule_id(&r, &args.disc),
    )
}

fn schedule(ctx: &mut Context, args: &ScheduleArgs) -> Result<()> {
    let disc = &args.disc.disc;
    let r = if args.dry_run {
        dry_run_server(ctx, args)?
    } else {
        server_of(ctx, &args.disc)?
    };
    let req = requests::schedule_create(&r, disc, &args.start, args.every, args.keep);
    if args.dry_run {
        return ctx
            .output
            .print_json(&Value::Array(vec![requests::dry_run_view(&req)]));
    }
    let every = format_duration(Duration::from_secs(args.every));
    let wanted = format!("every {every} keeping {}", args.keep);
    let matches = |s: &Value| {
        s.get("interval_seconds").and_then(Value::as_u64) == Some(args.every)
            && s.get("capacity").and_then(Value::as_u64) == Some(u64::from(args.keep))
    };
    let look = |d: Value| {
        let found: Vec<String> = schedules_of(&d)
            .iter()
            .filter(|s| matches(s))
            .map(|s| str_of(s, "id"))
            .collect();
        if found.is_empty() {
            Check::NotDone(format!("disc {disc} has no schedule {wanted}"))
        } else {
            Check::Unknown(format!(
                "disc {disc} has a schedule {wanted} (id {}), which this command may have made or which was there before",
                found.join(", ")
            ))
        }
    };
    let get = requests::disc_get(&r, disc);
    let s = send_change(ctx, &req, &|c| {
        reread(
            c,
            &get,
            look,
            Check::NotDone(format!("disc {disc} is not there")),
        )
    })?;
    ctx.say(&format!(
        "disc {disc} of {r} is backed up {} (schedule {})",
        schedule_text(&s),
        str_of(&s, "id")
    ));
    ctx.output
        .one(&s, &SCHEDULE_COLUMNS, &schedule_id(&r, disc))
}

/// Where the server lives, without asking the API (`--dry-run`).
fn dry_run_server(ctx: &mut Context, args: &ScheduleArgs) -> Result<VmRef> {
    let name = &args.disc.server;
    if name.id().is_none()
        && let Some(account) = name.account.clone().or_else(|| ctx.known_account())
    {
        return Ok(VmRef::new(
            account,
            name.group_or_default(),
            name.name.clone(),
        ));
    }
    Err(
        Error::usage("--dry-run needs to know where the server is without asking the API")
            .with_hint(
                "name the server as NAME.GROUP.ACCOUNT (not by id), pass --account, or set BYTEMARK_ACCOUNT",
            ),
    )
}

fn unschedule(ctx: &mut Context, args: &UnscheduleArgs) -> Result<()> {
    let disc = &args.disc.disc;
    let id = args.id;
    let r = server_of(ctx, &args.disc)?;
    let get = requests::disc_get(&r, disc);
    let d = ctx.send(&get)?;
    let has = |d: &Value| {
        schedules_of(d)
            .into_iter()
            .find(|s| s.get("id").and_then(Value::as_u64) == Some(id))
    };
    let Some(s) = has(&d) else {
        return Err(
            Error::not_found(format!("disc {disc} of {r} has no backup schedule {id}")).with_hint(
                format!("`bytemark backups schedules {r} {disc}` lists its schedules"),
            ),
        );
    };
    let gone = |d: Value| match has(&d) {
        Some(_) => Check::NotDone(format!("schedule {id} is still there")),
        None => Check::Done(Value::Null),
    };
    send_change(ctx, &requests::schedule_delete(&r, disc, id), &|c| {
        reread(c, &get, gone, Check::Done(Value::Null))
    })?;
    ctx.say(&format!(
        "removed backup schedule {id} of disc {disc} of {r} (the backups it took stay)"
    ));
    ctx.output
        .one(&s, &SCHEDULE_COLUMNS, &schedule_id(&r, disc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn schedules_read_as_words() {
        let d = json!({"backup_schedules": [
            {"id": 9, "start_at": "2019-02-07T00:00:00+00:00", "interval_seconds": 604800, "capacity": 1},
            {"id": 10, "start_date": "2019-02-08", "interval_seconds": 86400, "capacity": 7}
        ]});
        assert_eq!(
            schedules_text(&d),
            "every 7d from 2019-02-07T00:00:00+00:00, keep 1 (id 9); every 1d from 2019-02-08, keep 7 (id 10)"
        );
        assert_eq!(schedules_text(&json!({"backup_schedules": []})), "none");
        assert_eq!(schedules_text(&json!({})), "");
    }

    #[test]
    fn backups_read_as_words() {
        let b = json!({"storage_grade": "iceberg", "manual": false});
        assert_eq!(
            (state_text(&b), kind_text(&b)),
            ("done".into(), "scheduled".into())
        );
        let b = json!({"storage_grade": "sata", "manual": true});
        assert_eq!(
            (state_text(&b), kind_text(&b)),
            ("in progress".into(), "manual".into())
        );
        assert_eq!(
            backups_summary(&json!([]), "d"),
            Check::NotDone("disc d has no backups".into())
        );
    }
}
