//! What users type about access: user names, privilege levels and their
//! targets (`vm_admin web1`, `--privilege group_admin:default`), and when an
//! API key expires (`--expires 1h`, `--expires 2030-01-31`).
//!
//! Decisions where the reference is silent:
//! * Levels follow §4.14 (`cluster_su`, `cluster_admin`, `account_admin`,
//!   `group_admin`, `vm_admin`, `vm_console`) with the Go client's aliases
//!   (`server_admin`, `server_console`, `console`). The prefix names the
//!   target: a server for `vm_*`, a group for `group_admin`, an account for
//!   `account_*`, nothing for `cluster_*`.
//! * User names: letters, digits and `. _ - @ +`, at most 64 characters,
//!   not starting with `-` (the service's own rule is letters and digits).
//! * Expiry: a duration from now (`30m`, `12h`, `7d`) or a date/time
//!   (`2030-01-31`, `2030-01-31T18:00`, with `Z` or `+01:00`; UTC when no
//!   offset is given; a bare date means its midnight, UTC). It must be in
//!   the future. It is sent as `YYYY-MM-DDTHH:MM:SSZ`.

use super::{
    GroupName, ServerName, parse_account_name, parse_group_name, parse_server_name, shorten,
};
use crate::error::{Error, Result};
use std::fmt;

/// Longest user name accepted.
pub const MAX_USER_LEN: usize = 64;

/// Checks a user name (see the module docs).
pub fn parse_user_name(s: &str) -> Result<String> {
    let hint = "user names use letters, digits and . _ - @ +";
    if s.is_empty() {
        return Err(Error::usage("the user name is empty").with_hint(hint));
    }
    if s.chars().count() > MAX_USER_LEN {
        return Err(Error::usage(format!(
            "invalid user name {}: longer than {MAX_USER_LEN} characters",
            shorten(s)
        )));
    }
    if s.starts_with('-') {
        return Err(Error::usage(format!(
            "invalid user name {}: it starts with '-'",
            shorten(s)
        ))
        .with_hint(hint));
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@' | '+')))
    {
        return Err(Error::usage(format!(
            "invalid user name {}: it contains {c:?}",
            shorten(s)
        ))
        .with_hint(hint));
    }
    Ok(s.to_string())
}

/// A privilege level (api reference §4.14), highest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    ClusterSu,
    ClusterAdmin,
    AccountAdmin,
    GroupAdmin,
    VmAdmin,
    VmConsole,
}

/// What kind of thing a level is held on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Cluster,
    Account,
    Group,
    Server,
}

impl TargetKind {
    fn noun(self) -> &'static str {
        match self {
            TargetKind::Cluster => "nothing (it is cluster-wide)",
            TargetKind::Account => "an account",
            TargetKind::Group => "a group: group[.account]",
            TargetKind::Server => "a server: server[.group[.account]]",
        }
    }
}

impl Level {
    pub const ALL: [Level; 6] = [
        Level::ClusterSu,
        Level::ClusterAdmin,
        Level::AccountAdmin,
        Level::GroupAdmin,
        Level::VmAdmin,
        Level::VmConsole,
    ];

    /// The API's name for the level.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::ClusterSu => "cluster_su",
            Level::ClusterAdmin => "cluster_admin",
            Level::AccountAdmin => "account_admin",
            Level::GroupAdmin => "group_admin",
            Level::VmAdmin => "vm_admin",
            Level::VmConsole => "vm_console",
        }
    }

    /// What the level is held on.
    pub fn target_kind(self) -> TargetKind {
        match self {
            Level::ClusterSu | Level::ClusterAdmin => TargetKind::Cluster,
            Level::AccountAdmin => TargetKind::Account,
            Level::GroupAdmin => TargetKind::Group,
            Level::VmAdmin | Level::VmConsole => TargetKind::Server,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses a level name (any case; `-` for `_`; the Go client's aliases).
pub fn parse_level(s: &str) -> Result<Level> {
    let norm = s.trim().to_ascii_lowercase().replace('-', "_");
    let alias = match norm.as_str() {
        "server_admin" => "vm_admin",
        "server_console" | "console" => "vm_console",
        other => other,
    };
    Level::ALL
        .into_iter()
        .find(|l| l.as_str() == alias)
        .ok_or_else(|| {
            Error::usage(format!("unknown privilege level {}", shorten(s))).with_hint(format!(
                "levels: {} (aliases: server_admin, server_console, console)",
                Level::ALL.map(Level::as_str).join(", ")
            ))
        })
}

/// What a privilege is held on, as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrivilegeOn {
    Cluster,
    Account(String),
    Group(GroupName),
    Server(ServerName),
}

impl fmt::Display for PrivilegeOn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrivilegeOn::Cluster => write!(f, "the cluster"),
            PrivilegeOn::Account(a) => write!(f, "account {a}"),
            PrivilegeOn::Group(g) => write!(f, "group {g}"),
            PrivilegeOn::Server(s) => write!(f, "server {s}"),
        }
    }
}

/// Checks that `target` is the kind of thing `level` is held on, and parses it.
pub fn privilege_target(level: Level, target: Option<&str>) -> Result<PrivilegeOn> {
    let kind = level.target_kind();
    let needs = || {
        Error::usage(format!("{level} is held on {}", kind.noun())).with_hint(
            "e.g. `vm_console web1`, `group_admin default`, `account_admin acme`, `cluster_admin`",
        )
    };
    match (kind, target) {
        (TargetKind::Cluster, None) => Ok(PrivilegeOn::Cluster),
        (TargetKind::Cluster, Some(t)) => Err(Error {
            message: format!(
                "{level} is cluster-wide: it takes no target, got {}",
                shorten(t)
            ),
            ..needs()
        }),
        (_, None) => Err(needs()),
        (TargetKind::Account, Some(t)) => Ok(PrivilegeOn::Account(parse_account_name(t)?)),
        (TargetKind::Group, Some(t)) => Ok(PrivilegeOn::Group(parse_group_name(t)?)),
        (TargetKind::Server, Some(t)) => Ok(PrivilegeOn::Server(parse_server_name(t)?)),
    }
}

/// `--privilege LEVEL[:TARGET]`, checked as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivilegeSpec {
    pub level: Level,
    pub on: PrivilegeOn,
}

/// Parses `LEVEL[:TARGET]`, e.g. `vm_admin:web1`, `group_admin:default.acme`.
pub fn parse_privilege_spec(s: &str) -> Result<PrivilegeSpec> {
    let (level, target) = match s.split_once(':') {
        Some((l, t)) => (l, Some(t)),
        None => (s, None),
    };
    let level = parse_level(level)?;
    let on = privilege_target(level, target)?;
    Ok(PrivilegeSpec { level, on })
}

/// When an API key expires: seconds since the Unix epoch, UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expiry(pub i64);

impl Expiry {
    /// As sent: `YYYY-MM-DDTHH:MM:SSZ`.
    pub fn to_iso(self) -> String {
        format_timestamp(self.0)
    }
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Parses `--expires`: a duration from now, or a date/time in the future.
pub fn parse_expiry(s: &str) -> Result<Expiry> {
    let s = s.trim();
    let now = now_secs();
    // Dates have a '-' after the year; durations never contain one.
    if s.len() >= 10 && s.as_bytes().get(4) == Some(&b'-') {
        let at = parse_timestamp(s).ok_or_else(|| {
            Error::usage(format!("invalid date {}", shorten(s))).with_hint(
                "write a date as 2030-01-31 or 2030-01-31T18:00 (UTC, or with Z or +01:00), \
                 or a duration such as 12h or 7d",
            )
        })?;
        if at <= now {
            return Err(Error::usage(format!(
                "--expires {s} is in the past (now is {})",
                format_timestamp(now)
            )));
        }
        return Ok(Expiry(at));
    }
    let d = super::parse_duration(s)?;
    let secs = i64::try_from(d.as_secs().max(1)).unwrap_or(i64::MAX / 2);
    Ok(Expiry(now.saturating_add(secs)))
}

/// Reads `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH:MM|±HHMM]` as seconds
/// since the epoch (UTC when no offset is given). `None` when malformed.
pub fn parse_timestamp(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = s.get(from..from + len)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (y, mo, d) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    if !(1..=12).contains(&mo) || !(1..=days_in_month(y, mo)).contains(&d) {
        return None;
    }
    let (mut h, mut mi, mut sec, mut i) = (0, 0, 0, 10);
    if b.len() > 10 && matches!(b[10], b'T' | b't' | b' ') {
        h = num(11, 2)?;
        mi = num(14, 2)?;
        if b.get(13) != Some(&b':') {
            return None;
        }
        i = 16;
        if b.get(16) == Some(&b':') {
            sec = num(17, 2)?;
            i = 19;
            if b.get(19) == Some(&b'.') {
                i = 20;
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
            }
        }
        if h > 23 || mi > 59 || sec > 60 {
            return None;
        }
    }
    let offset = match &s[i..] {
        "" | "Z" | "z" => 0,
        rest => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let digits: String = rest[1..].chars().filter(|c| *c != ':').collect();
            if digits.len() != 4 || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let (oh, om): (i64, i64) = (digits[..2].parse().ok()?, digits[2..].parse().ok()?);
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * 3600 + om * 60)
        }
    };
    Some(days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil-date algorithms.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn format_timestamp(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Whether an API timestamp is in the past (unparseable: no).
pub fn is_past(ts: &str) -> bool {
    parse_timestamp(ts).is_some_and(|t| t <= now_secs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn levels_aliases_and_target_kinds() {
        assert_eq!(parse_level("vm_console").unwrap(), Level::VmConsole);
        assert_eq!(parse_level("Server-Admin").unwrap(), Level::VmAdmin);
        assert_eq!(parse_level("console").unwrap(), Level::VmConsole);
        let e = parse_level("root").unwrap_err();
        assert!(e.hint.unwrap().contains("group_admin"));
        let ok = |l, t: Option<&str>| privilege_target(parse_level(l).unwrap(), t);
        assert_eq!(ok("cluster_admin", None).unwrap(), PrivilegeOn::Cluster);
        assert!(ok("cluster_admin", Some("acme")).is_err());
        assert!(ok("vm_admin", None).is_err());
        assert!(matches!(
            ok("vm_admin", Some("web1.default")).unwrap(),
            PrivilegeOn::Server(_)
        ));
        assert!(matches!(
            ok("group_admin", Some("web.acme")).unwrap(),
            PrivilegeOn::Group(_)
        ));
        assert_eq!(
            ok("account_admin", Some("acme")).unwrap(),
            PrivilegeOn::Account("acme".into())
        );
        assert!(ok("vm_console", Some("bad name")).is_err());
        let spec = parse_privilege_spec("group_admin:default.acme").unwrap();
        assert_eq!(spec.level, Level::GroupAdmin);
        assert_eq!(spec.on.to_string(), "group default.acme");
        assert!(parse_privilege_spec("vm_admin").is_err());
        assert_eq!(
            parse_privilege_spec("cluster_admin").unwrap().on,
            PrivilegeOn::Cluster
        );
    }

    #[test]
    fn user_names() {
        assert_eq!(parse_user_name("alice").unwrap(), "alice");
        assert!(parse_user_name("a.b-c_d@x+y").is_ok());
        for bad in ["", "-oProxyCommand=x", "a b", "é", "a;b", &"x".repeat(65)] {
            assert_eq!(
                parse_user_name(bad).unwrap_err().kind,
                ErrorKind::Usage,
                "{bad}"
            );
        }
    }

    #[test]
    fn timestamps_round_trip() {
        assert_eq!(parse_timestamp("1970-01-01"), Some(0));
        assert_eq!(parse_timestamp("2000-03-01T00:00:00Z"), Some(951_868_800));
        assert_eq!(format_timestamp(951_868_800), "2000-03-01T00:00:00Z");
        assert_eq!(
            parse_timestamp("2019-04-04T05:04:04+01:00"),
            parse_timestamp("2019-04-04T04:04:04Z")
        );
        assert_eq!(
            parse_timestamp("2018-05-05T05:05:05-0700"),
            parse_timestamp("2018-05-05T12:05:05Z")
        );
        assert_eq!(
            parse_timestamp("2030-01-31T18:00"),
            parse_timestamp("2030-01-31T18:00:00.123Z")
        );
        for bad in [
            "2030-02-30",
            "2030-13-01",
            "2030-1-01",
            "2030-01-01T25:00",
            "2030-01-01Tx",
            "2030-01-01+5",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
        for t in [0, 86_399, 1_700_000_000, 4_102_444_800] {
            assert_eq!(parse_timestamp(&format_timestamp(t)), Some(t));
        }
    }

    #[test]
    fn expiry() {
        let now = now_secs();
        let e = parse_expiry("1h").unwrap();
        assert!((e.0 - now - 3600).abs() <= 2);
        assert!(e.to_iso().ends_with('Z'));
        assert_eq!(
            parse_expiry("2999-01-31").unwrap().to_iso(),
            "2999-01-31T00:00:00Z"
        );
        assert!(
            parse_expiry("2001-01-01")
                .unwrap_err()
                .message
                .contains("past")
        );
        assert!(parse_expiry("2999-02-31").is_err());
        assert!(parse_expiry("0").is_err());
        assert!(parse_expiry("soon").is_err());
        assert!(is_past("2001-01-01T00:00:00Z") && !is_past("2999-01-01") && !is_past("junk"));
    }
}
