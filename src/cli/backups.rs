//! `bytemark backups ...` arguments: a disc's backups and backup schedules.

use crate::input::{ServerName, parse_duration, parse_interval, parse_server_name, parse_start};
use clap::{Args, Subcommand};
use clap_complete::ArgValueCompleter;
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum BackupsCmd {
    /// List a disc's backups, oldest first
    #[command(visible_alias = "ls")]
    #[command(after_help = super::examples::text(super::examples_access::BACKUPS_LIST))]
    List(DiscArgs),
    /// Back up a disc now (--wait to wait until the backup is in cold storage)
    #[command(after_help = super::examples::text(super::examples_access::BACKUPS_CREATE))]
    Create(BackupCreateArgs),
    /// Restore a disc from a backup: its contents are replaced (the service backs them up first)
    #[command(after_help = super::examples::text(super::examples_access::BACKUPS_RESTORE))]
    Restore(BackupArgs),
    /// Delete a backup permanently
    #[command(visible_alias = "rm")]
    #[command(after_help = super::examples::text(super::examples_access::BACKUPS_DELETE))]
    Delete(BackupArgs),
    /// List a disc's backup schedules
    #[command(after_help = super::examples::text(super::examples_access::BACKUPS_SCHEDULES))]
    Schedules(DiscArgs),
    /// Back up a disc on a schedule, keeping the newest N of its backups
    #[command(after_help = super::examples::text(super::examples_access::BACKUPS_SCHEDULE))]
    Schedule(ScheduleArgs),
    /// Remove a backup schedule (the backups it took stay)
    #[command(after_help = super::examples::text(super::examples_access::BACKUPS_UNSCHEDULE))]
    Unschedule(UnscheduleArgs),
}

/// A disc of a server.
#[derive(Debug, Args)]
pub struct DiscArgs {
    /// server[.group[.account]], or a numeric id
    #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub server: ServerName,
    /// Disc label or id
    #[arg(value_parser = parse_label)]
    pub disc: String,
}

/// One backup of a disc.
#[derive(Debug, Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub disc: DiscArgs,
    /// Backup label or id (see `bytemark backups list SERVER DISC`)
    #[arg(value_parser = parse_label)]
    pub backup: String,
}

#[derive(Debug, Args)]
pub struct BackupCreateArgs {
    #[command(flatten)]
    pub disc: DiscArgs,
    /// Wait until the backup has reached cold storage
    #[arg(long)]
    pub wait: bool,
    /// Give up waiting after this long (exit 9), e.g. 10m, 1h
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "30m",
        value_parser = parse_duration,
        requires = "wait",
        allow_hyphen_values = true
    )]
    pub timeout: Duration,
}

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    #[command(flatten)]
    pub disc: DiscArgs,
    /// How often: hourly, daily, weekly, or a duration such as 12h or 2d
    #[arg(long, value_name = "DURATION", value_parser = parse_interval, allow_hyphen_values = true)]
    pub every: u64,
    /// First backup: HH:MM (the next such time, UK time) or a date and time, e.g. "2025-01-31 02:00"
    #[arg(long, value_name = "TIME", default_value = "00:00", value_parser = parse_start)]
    pub start: String,
    /// How many of the schedule's backups to keep (the oldest goes)
    #[arg(
        long,
        value_name = "N",
        default_value_t = 1,
        value_parser = clap::value_parser!(u32).range(1..=100_000),
        allow_hyphen_values = true
    )]
    pub keep: u32,
    /// Validate and print the request that would be sent, sending nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct UnscheduleArgs {
    #[command(flatten)]
    pub disc: DiscArgs,
    /// Schedule id (see `bytemark backups schedules SERVER DISC`)
    pub id: u64,
}

/// A disc or backup label (or id): anything but blank.
fn parse_label(s: &str) -> Result<String, crate::error::Error> {
    if s.trim().is_empty() {
        return Err(crate::error::Error::usage("the label is empty"));
    }
    Ok(s.to_string())
}
