//! Parsers for what users type: server, group and account names, sizes,
//! resize specs, disc specs and durations (design.md §4, api reference §6.2–§6.3).
//!
//! Everything here is pure and returns [`Error::usage`] (exit 2) with a
//! message that names the bad input and says what would be accepted, so a
//! typo is caught before any request is sent.
//!
//! Decisions where the Go client is vague or odd:
//! * Names are DNS-label-like: ASCII letters, digits, `-` and `_`, 1–63
//!   characters, no empty components (`a..b` is refused rather than read as
//!   "group ``"). The service applies its own, stricter rules on create.
//! * Sizes accept `M`, `G`, `T` (with optional `i`/`B`: `GiB`, `GB`), any
//!   case, default unit GiB, no decimals, no zero, at most [`MAX_SIZE_MIB`].
//! * Disc specs follow the Go parser: 1 part = size, 2 parts = `grade:size`,
//!   3 parts = `label:grade:size`; several specs may share one value
//!   separated by whitespace.
//! * Durations are one or more `<number><unit>` pairs (`1m30s`), units `ms`,
//!   `s`, `m`, `h`, `d`; a bare number means seconds; zero is refused.

use crate::error::{Error, Result};
use std::fmt;
use std::time::Duration;

/// Largest size accepted anywhere (1 PiB in MiB). Far above any real disc or
/// memory size, low enough that arithmetic on it can never overflow.
pub const MAX_SIZE_MIB: u64 = 1024 * 1024 * 1024;

/// At most this many discs per server (api reference §4.8).
pub const MAX_DISCS: usize = 8;

/// Longest name component (a DNS label).
pub const MAX_NAME_LEN: usize = 63;

/// Default group when a name does not say.
pub const DEFAULT_GROUP: &str = "default";

/// Default storage grade for discs.
pub const DEFAULT_GRADE: &str = "sata";

/// A server as the user named it: `name[.group[.account[.anything]]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerName {
    pub name: String,
    pub group: Option<String>,
    pub account: Option<String>,
}

impl ServerName {
    /// The numeric id when the user gave a bare all-digit name (`1234`), which
    /// addresses the server by id (`/virtual_machines/{id}`).
    pub fn id(&self) -> Option<u64> {
        if self.group.is_none() && self.account.is_none() {
            all_digits(&self.name)
                .then(|| self.name.parse().ok())
                .flatten()
        } else {
            None
        }
    }

    /// The group, or `default`.
    pub fn group_or_default(&self) -> &str {
        self.group.as_deref().unwrap_or(DEFAULT_GROUP)
    }
}

impl fmt::Display for ServerName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)?;
        if let Some(g) = &self.group {
            write!(f, ".{g}")?;
        }
        if let Some(a) = &self.account {
            write!(f, ".{a}")?;
        }
        Ok(())
    }
}

/// A group as the user named it: `group[.account[.anything]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupName {
    pub group: String,
    pub account: Option<String>,
}

impl fmt::Display for GroupName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.account {
            Some(a) => write!(f, "{}.{a}", self.group),
            None => write!(f, "{}", self.group),
        }
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Checks one name component; `what` is "server", "group" or "account".
pub fn check_component(what: &str, s: &str, whole: &str) -> Result<()> {
    let hint = "names use letters, digits, '-' and '_' (at most 63 characters); \
                write server.group.account";
    if s.is_empty() {
        return Err(
            Error::usage(format!("invalid name {whole:?}: the {what} name is empty"))
                .with_hint(hint),
        );
    }
    if s.chars().count() > MAX_NAME_LEN {
        return Err(Error::usage(format!(
            "invalid name {}: the {what} name is longer than {MAX_NAME_LEN} characters",
            shorten(whole)
        ))
        .with_hint(hint));
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(Error::usage(format!(
            "invalid name {}: the {what} name contains {c:?}",
            shorten(whole)
        ))
        .with_hint(hint));
    }
    Ok(())
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 40 {
        let cut: String = s.chars().take(40).collect();
        format!("\"{cut}…\"")
    } else {
        format!("{s:?}")
    }
}

/// Parses `server[.group[.account[.anything]]]`. A full host name such as
/// `web1.default.acme.uk0.bigv.io` works: labels after the third are ignored
/// (they are the cluster's domain), but must not be empty.
pub fn parse_server_name(s: &str) -> Result<ServerName> {
    let parts = split_name(s)?;
    check_component("server", parts[0], s)?;
    if let Some(g) = parts.get(1) {
        check_component("group", g, s)?;
    }
    if let Some(a) = parts.get(2) {
        check_component("account", a, s)?;
    }
    Ok(ServerName {
        name: parts[0].to_string(),
        group: parts.get(1).map(|g| g.to_string()),
        account: parts.get(2).map(|a| a.to_string()),
    })
}

/// Parses `group[.account[.anything]]`.
pub fn parse_group_name(s: &str) -> Result<GroupName> {
    let parts = split_name(s)?;
    check_component("group", parts[0], s)?;
    if let Some(a) = parts.get(1) {
        check_component("account", a, s)?;
    }
    Ok(GroupName {
        group: parts[0].to_string(),
        account: parts.get(1).map(|a| a.to_string()),
    })
}

/// Parses `account[.anything]` (the first label).
pub fn parse_account_name(s: &str) -> Result<String> {
    let parts = split_name(s)?;
    check_component("account", parts[0], s)?;
    Ok(parts[0].to_string())
}

fn split_name(s: &str) -> Result<Vec<&str>> {
    if s.trim().is_empty() {
        return Err(Error::usage("invalid name \"\": a name cannot be empty"));
    }
    if s.len() > 1024 {
        return Err(Error::usage(format!(
            "invalid name {}: too long",
            shorten(s)
        )));
    }
    // A trailing dot is DNS's "fully qualified" marker: accept and drop it.
    let trimmed = s.strip_suffix('.').unwrap_or(s);
    let parts: Vec<&str> = trimmed.split('.').collect();
    if let Some(i) = parts.iter().position(|p| p.is_empty()) {
        let what = match i {
            0 => "the server name is empty",
            _ => "it has an empty component (two dots in a row, or a leading dot)",
        };
        return Err(Error::usage(format!("invalid name {}: {what}", shorten(s)))
            .with_hint("write server.group.account, e.g. web1.default.acme"));
    }
    Ok(parts)
}

/// Parses a size such as `25G`, `512M`, `2T`, `25` (GiB), `25GiB`, `512mb`
/// into MiB.
pub fn parse_size(s: &str) -> Result<u64> {
    let original = s;
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let bad = |why: &str| {
        Error::usage(format!("invalid size {}: {why}", shorten(original)))
            .with_hint("sizes are a whole number with an optional unit M, G or T, e.g. 512M, 25G, 2T (default G)")
    };
    if s.is_empty() {
        return Err(bad("it is empty"));
    }
    if s.starts_with('-') {
        return Err(bad("sizes cannot be negative"));
    }
    if s.starts_with('+') {
        return Err(bad(
            "a leading '+' (grow by) is only accepted by `discs resize`",
        ));
    }
    let digits_end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(digits_end);
    if digits.is_empty() {
        return Err(bad("it does not start with a number"));
    }
    if unit.starts_with(['.', ',']) {
        return Err(bad(
            "decimals are not supported; use a smaller unit, e.g. 1536M instead of 1.5G",
        ));
    }
    let factor: u64 = match unit.to_ascii_lowercase().as_str() {
        "" | "g" | "gb" | "gib" => 1024,
        "m" | "mb" | "mib" => 1,
        "t" | "tb" | "tib" => 1024 * 1024,
        _ => return Err(bad(&format!("unknown unit {unit:?} (use M, G or T)"))),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| bad("the number is far too large"))?;
    if n == 0 {
        return Err(bad("it must be greater than zero"));
    }
    match n.checked_mul(factor) {
        Some(mib) if mib <= MAX_SIZE_MIB => Ok(mib),
        _ => Err(bad("it is too large (at most 1024T)")),
    }
}

/// A `discs resize` argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resize {
    /// The new size in MiB.
    To(u64),
    /// Grow by this many MiB (`+SIZE`).
    GrowBy(u64),
}

impl Resize {
    /// The new size given the current one, or an error if it would not grow
    /// the disc (discs cannot shrink) or would overflow.
    pub fn target(self, current_mib: u64) -> Result<u64> {
        let target = match self {
            Resize::To(n) => n,
            Resize::GrowBy(n) => current_mib
                .checked_add(n)
                .filter(|t| *t <= MAX_SIZE_MIB)
                .ok_or_else(|| Error::usage("the new size is too large"))?,
        };
        if target < current_mib {
            return Err(Error::usage(format!(
                "discs cannot shrink: the disc is {} and {} is smaller",
                human_mib(current_mib),
                human_mib(target)
            ))
            .with_hint("give a larger size, or +SIZE to grow by SIZE"));
        }
        Ok(target)
    }
}

/// Parses `SIZE` (absolute) or `+SIZE` (grow by).
pub fn parse_resize(s: &str) -> Result<Resize> {
    let t = s.trim_start();
    match t.strip_prefix('+') {
        Some(rest) => Ok(Resize::GrowBy(parse_size(rest)?)),
        None => Ok(Resize::To(parse_size(t)?)),
    }
}

/// One disc to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscSpec {
    /// `None` = the next free `disc-N`.
    pub label: Option<String>,
    /// `None` = `sata`.
    pub grade: Option<String>,
    pub size_mib: u64,
}

/// Parses one `[label:][grade:]size`.
pub fn parse_disc_spec(s: &str) -> Result<DiscSpec> {
    let parts: Vec<&str> = s.trim().split(':').collect();
    let hint = "a disc is [label:][grade:]size, e.g. 25G, ssd:50G or data:archive:200G";
    let bad =
        |why: String| Error::usage(format!("invalid disc {}: {why}", shorten(s))).with_hint(hint);
    let (label, grade, size) = match parts.as_slice() {
        [size] => (None, None, *size),
        [grade, size] => (None, Some(*grade), *size),
        [label, grade, size] => (Some(*label), Some(*grade), *size),
        _ => {
            return Err(bad(format!(
                "it has {} parts separated by ':' (at most 3)",
                parts.len()
            )));
        }
    };
    for (what, value) in [("label", label), ("grade", grade)] {
        if let Some(v) = value {
            if v.is_empty() {
                return Err(bad(format!("the {what} is empty")));
            }
            if v.chars().count() > MAX_NAME_LEN {
                return Err(bad(format!("the {what} is too long")));
            }
            if let Some(c) = v
                .chars()
                .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
            {
                return Err(bad(format!("the {what} contains {c:?}")));
            }
        }
    }
    let size_mib = parse_size(size).map_err(|e| bad(e.message))?;
    Ok(DiscSpec {
        label: label.map(str::to_string),
        grade: grade.map(str::to_string),
        size_mib,
    })
}

/// Parses repeated `--disc` values (each may hold several specs separated by
/// whitespace). Refuses more than [`MAX_DISCS`] in total, counting
/// `existing` discs already on the server.
pub fn parse_disc_specs(values: &[String], existing: usize) -> Result<Vec<DiscSpec>> {
    let mut out = Vec::new();
    for v in values {
        let pieces: Vec<&str> = v.split_whitespace().collect();
        if pieces.is_empty() {
            return Err(Error::usage("invalid disc \"\": it is empty")
                .with_hint("a disc is [label:][grade:]size, e.g. 25G or ssd:50G"));
        }
        for p in pieces {
            out.push(parse_disc_spec(p)?);
        }
    }
    if out.len() + existing > MAX_DISCS {
        return Err(Error::usage(if existing == 0 {
            format!(
                "too many discs: {} given, a server has at most {MAX_DISCS}",
                out.len()
            )
        } else {
            format!(
                "too many discs: the server has {existing} and {} more would exceed the limit of {MAX_DISCS}",
                out.len()
            )
        }));
    }
    Ok(out)
}

/// Fills in default labels (`disc-N`, following the Go client's numbering:
/// N starts after both the disc count and the highest existing `disc-N`) and
/// the default grade. Refuses duplicate labels.
pub fn resolve_disc_labels(
    specs: &[DiscSpec],
    existing_labels: &[String],
) -> Result<Vec<(String, String, u64)>> {
    let mut next = existing_labels
        .iter()
        .filter_map(|l| disc_label_number(l))
        .max()
        .unwrap_or(0)
        .max(existing_labels.len() as u64)
        + 1;
    let mut taken: Vec<String> = existing_labels.to_vec();
    let mut out = Vec::new();
    for spec in specs {
        let label = match &spec.label {
            Some(l) => l.clone(),
            None => loop {
                let candidate = format!("disc-{next}");
                next += 1;
                let explicit_later = specs.iter().any(|s| s.label.as_deref() == Some(&candidate));
                if !taken.contains(&candidate) && !explicit_later {
                    break candidate;
                }
            },
        };
        if taken.contains(&label) {
            return Err(Error::usage(format!("disc label {label:?} is used twice")));
        }
        taken.push(label.clone());
        let grade = spec
            .grade
            .clone()
            .unwrap_or_else(|| DEFAULT_GRADE.to_string());
        out.push((label, grade, spec.size_mib));
    }
    Ok(out)
}

fn disc_label_number(label: &str) -> Option<u64> {
    let rest = label
        .strip_prefix("disc-")
        .or_else(|| label.strip_prefix("disk-"))?;
    all_digits(rest).then(|| rest.parse().ok()).flatten()
}

/// Parses a duration: `30s`, `5m`, `1h`, `500ms`, `1m30s`, `2d`; a bare number
/// is seconds. Zero is refused.
pub fn parse_duration(s: &str) -> Result<Duration> {
    let original = s;
    let bad = |why: &str| {
        Error::usage(format!("invalid duration {}: {why}", shorten(original)))
            .with_hint("durations look like 500ms, 30s, 5m, 1h or 1m30s")
    };
    let s = s.trim();
    if s.is_empty() {
        return Err(bad("it is empty"));
    }
    if s.starts_with('-') {
        return Err(bad("durations cannot be negative"));
    }
    if all_digits(s) {
        let n: u64 = s.parse().map_err(|_| bad("the number is too large"))?;
        if n == 0 {
            return Err(bad("it must be greater than zero"));
        }
        return checked_ms(n, 1000).ok_or_else(|| bad("it is too long"));
    }
    let mut total: u64 = 0;
    let mut rest = s;
    while !rest.is_empty() {
        let d_end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if d_end == 0 {
            return Err(bad("expected a number"));
        }
        let n: u64 = rest[..d_end]
            .parse()
            .map_err(|_| bad("the number is too large"))?;
        rest = &rest[d_end..];
        let u_end = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let unit = &rest[..u_end];
        rest = &rest[u_end..];
        let per_ms: u64 = match unit {
            "ms" => 1,
            "s" | "sec" | "secs" => 1000,
            "m" | "min" | "mins" => 60_000,
            "h" | "hr" | "hrs" => 3_600_000,
            "d" => 86_400_000,
            "" => return Err(bad("a unit is missing after a number (ms, s, m, h)")),
            u if u.starts_with('.') => {
                return Err(bad(
                    "decimals are not supported; use a smaller unit, e.g. 1500ms",
                ));
            }
            u => return Err(bad(&format!("unknown unit {u:?} (use ms, s, m, h)"))),
        };
        let part = n.checked_mul(per_ms).ok_or_else(|| bad("it is too long"))?;
        total = total
            .checked_add(part)
            .ok_or_else(|| bad("it is too long"))?;
    }
    if total == 0 {
        return Err(bad("it must be greater than zero"));
    }
    // A hundred years is long enough for anything; beyond that Instant
    // arithmetic could overflow.
    if total > 100 * 365 * 86_400_000 {
        return Err(bad("it is too long"));
    }
    Ok(Duration::from_millis(total))
}

/// Like [`parse_duration`], but `0` (no delay at all) is allowed.
pub fn parse_delay(s: &str) -> Result<Duration> {
    if s.trim() == "0" {
        return Ok(Duration::ZERO);
    }
    parse_duration(s)
}

fn checked_ms(n: u64, per: u64) -> Option<Duration> {
    n.checked_mul(per)
        .filter(|ms| *ms <= 100 * 365 * 86_400_000)
        .map(Duration::from_millis)
}

/// A size in MiB for people: `512 MiB`, `1 GiB`, `1.5 GiB`, `2 TiB`.
pub fn human_mib(mib: u64) -> String {
    if mib >= 1024 * 1024 && mib.is_multiple_of(1024 * 1024) {
        format!("{} TiB", mib / (1024 * 1024))
    } else if mib >= 1024 * 1024 {
        format!("{:.1} TiB", mib as f64 / (1024.0 * 1024.0))
    } else if mib >= 1024 && mib.is_multiple_of(1024) {
        format!("{} GiB", mib / 1024)
    } else if mib >= 1024 {
        format!("{:.1} GiB", mib as f64 / 1024.0)
    } else {
        format!("{mib} MiB")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn server_names() {
        let n = parse_server_name("web1").unwrap();
        assert_eq!(
            (n.name.as_str(), n.group.as_deref(), n.account.as_deref()),
            ("web1", None, None)
        );
        let n = parse_server_name("web1.prod").unwrap();
        assert_eq!(n.group.as_deref(), Some("prod"));
        assert_eq!(n.account, None);
        let n = parse_server_name("web1.prod.acme").unwrap();
        assert_eq!(n.account.as_deref(), Some("acme"));
        let n = parse_server_name("web1.default.acme.uk0.bigv.io").unwrap();
        assert_eq!(n.to_string(), "web1.default.acme");
        let n = parse_server_name("web1.default.acme.uk0.bigv.io.").unwrap();
        assert_eq!(n.to_string(), "web1.default.acme");
        assert_eq!(parse_server_name("1234").unwrap().id(), Some(1234));
        assert_eq!(parse_server_name("1234.default").unwrap().id(), None);
        assert_eq!(parse_server_name("web1").unwrap().id(), None);
        assert_eq!(
            parse_server_name("web1").unwrap().group_or_default(),
            "default"
        );
    }

    #[test]
    fn group_and_account_names() {
        let g = parse_group_name("prod.acme.uk0.bigv.io").unwrap();
        assert_eq!(
            (g.group.as_str(), g.account.as_deref()),
            ("prod", Some("acme"))
        );
        assert_eq!(parse_group_name("prod").unwrap().account, None);
        assert_eq!(parse_account_name("acme.whatever").unwrap(), "acme");
        assert!(parse_group_name(".acme").is_err());
        assert!(parse_account_name("").is_err());
    }

    /// The table of bad input from the issue: each is a usage error with a
    /// message that says what is wrong.
    #[test]
    fn bad_input_is_refused_with_clear_messages() {
        let long = "a".repeat(300);
        let cases: Vec<(&str, Result<()>, &str)> = vec![
            ("size 0", parse_size("0").map(drop), "greater than zero"),
            ("size -1G", parse_size("-1G").map(drop), "negative"),
            ("size 1.5X", parse_size("1.5X").map(drop), "decimals"),
            ("size 1X", parse_size("1X").map(drop), "unknown unit"),
            ("size 99999T", parse_size("99999T").map(drop), "too large"),
            (
                "size huge",
                parse_size("99999999999999999999999G").map(drop),
                "too large",
            ),
            ("size empty", parse_size("").map(drop), "empty"),
            ("size G", parse_size("G").map(drop), "number"),
            ("size +5G", parse_size("+5G").map(drop), "resize"),
            ("name empty", parse_server_name("").map(drop), "empty"),
            (
                "name a..b",
                parse_server_name("a..b").map(drop),
                "empty component",
            ),
            ("name .a", parse_server_name(".a").map(drop), "empty"),
            (
                "name unicode",
                parse_server_name("wéb1").map(drop),
                "contains 'é'",
            ),
            (
                "name space",
                parse_server_name("web 1").map(drop),
                "contains ' '",
            ),
            (
                "name 300",
                parse_server_name(&long).map(drop),
                "longer than 63",
            ),
            (
                "group 300",
                parse_server_name(&format!("web1.{long}")).map(drop),
                "group name is longer",
            ),
            (
                "disc 4 parts",
                parse_disc_spec("a:b:c:25G").map(drop),
                "4 parts",
            ),
            (
                "disc empty label",
                parse_disc_spec(":sata:25G").map(drop),
                "label is empty",
            ),
            (
                "disc bad size",
                parse_disc_spec("ssd:0").map(drop),
                "greater than zero",
            ),
            (
                "disc empty",
                parse_disc_specs(&["  ".into()], 0).map(drop),
                "empty",
            ),
            (
                "too many discs",
                parse_disc_specs(&vec!["1G".to_string(); 9], 0).map(drop),
                "too many discs",
            ),
            (
                "too many with existing",
                parse_disc_specs(&["1G 1G".to_string()], 7).map(drop),
                "has 7",
            ),
            ("duration empty", parse_duration("").map(drop), "empty"),
            (
                "duration 0",
                parse_duration("0s").map(drop),
                "greater than zero",
            ),
            ("duration -5s", parse_duration("-5s").map(drop), "negative"),
            (
                "duration 5x",
                parse_duration("5x").map(drop),
                "unknown unit",
            ),
            (
                "duration 1.5s",
                parse_duration("1.5s").map(drop),
                "decimals",
            ),
            (
                "duration 5m3",
                parse_duration("5m3").map(drop),
                "unit is missing",
            ),
            ("resize -5G", parse_resize("-5G").map(drop), "negative"),
            (
                "resize +0",
                parse_resize("+0").map(drop),
                "greater than zero",
            ),
        ];
        for (what, result, needle) in cases {
            let e = result.expect_err(what);
            assert_eq!(e.kind, crate::ErrorKind::Usage, "{what}");
            assert!(
                e.message.contains(needle),
                "{what}: {:?} lacks {needle:?}",
                e.message
            );
        }
    }

    #[test]
    fn sizes() {
        for (s, mib) in [
            ("25", 25600),
            ("25G", 25600),
            ("25g", 25600),
            ("25GB", 25600),
            ("25GiB", 25600),
            ("512M", 512),
            ("512mb", 512),
            ("512 MiB", 512),
            ("2T", 2 * 1024 * 1024),
            ("1024T", MAX_SIZE_MIB),
        ] {
            assert_eq!(parse_size(s).unwrap(), mib, "{s}");
        }
    }

    #[test]
    fn resizes() {
        assert_eq!(parse_resize("+10G").unwrap(), Resize::GrowBy(10240));
        assert_eq!(parse_resize("50G").unwrap(), Resize::To(51200));
        assert_eq!(Resize::GrowBy(10240).target(25600).unwrap(), 35840);
        assert_eq!(Resize::To(51200).target(25600).unwrap(), 51200);
        assert_eq!(Resize::To(25600).target(25600).unwrap(), 25600);
        let e = Resize::To(10240).target(25600).unwrap_err();
        assert!(e.message.contains("cannot shrink"), "{}", e.message);
        assert!(Resize::GrowBy(MAX_SIZE_MIB).target(MAX_SIZE_MIB).is_err());
    }

    #[test]
    fn disc_specs() {
        assert_eq!(
            parse_disc_spec("25G").unwrap(),
            DiscSpec {
                label: None,
                grade: None,
                size_mib: 25600
            }
        );
        assert_eq!(
            parse_disc_spec("ssd:50G").unwrap(),
            DiscSpec {
                label: None,
                grade: Some("ssd".into()),
                size_mib: 51200
            }
        );
        assert_eq!(
            parse_disc_spec("data:archive:200G").unwrap(),
            DiscSpec {
                label: Some("data".into()),
                grade: Some("archive".into()),
                size_mib: 204800
            }
        );
        let many = parse_disc_specs(&["sata:25 archive:50".into(), "10G".into()], 0).unwrap();
        assert_eq!(many.len(), 3);
        assert_eq!(
            parse_disc_specs(&vec!["1G".to_string(); 8], 0)
                .unwrap()
                .len(),
            8
        );
    }

    #[test]
    fn disc_labels_follow_the_go_numbering() {
        let specs = parse_disc_specs(
            &["25G".into(), "data:ssd:5G".into(), "archive:50G".into()],
            0,
        )
        .unwrap();
        let r = resolve_disc_labels(&specs, &[]).unwrap();
        assert_eq!(
            r,
            vec![
                ("disc-1".into(), "sata".into(), 25600),
                ("data".into(), "ssd".into(), 5120),
                ("disc-2".into(), "archive".into(), 51200),
            ]
        );
        let r = resolve_disc_labels(&specs[..1], &["disc-1".into(), "disc-5".into()]).unwrap();
        assert_eq!(r[0].0, "disc-6");
        let r = resolve_disc_labels(&specs[..1], &["vda".into(), "vdb".into()]).unwrap();
        assert_eq!(r[0].0, "disc-3");
        // An explicit label later in the list is not taken by an automatic one.
        let specs = parse_disc_specs(&["5G".into(), "disc-1:sata:5G".into()], 0).unwrap();
        let r = resolve_disc_labels(&specs, &[]).unwrap();
        assert_eq!((r[0].0.as_str(), r[1].0.as_str()), ("disc-2", "disc-1"));
        let specs = parse_disc_specs(&["a:sata:5G".into(), "a:sata:5G".into()], 0).unwrap();
        assert!(resolve_disc_labels(&specs, &[]).is_err());
    }

    #[test]
    fn durations() {
        for (s, ms) in [
            ("30s", 30_000),
            ("5m", 300_000),
            ("1h", 3_600_000),
            ("500ms", 500),
            ("1m30s", 90_000),
            ("45", 45_000),
            ("2d", 172_800_000),
        ] {
            assert_eq!(parse_duration(s).unwrap(), Duration::from_millis(ms), "{s}");
        }
        assert!(parse_duration("99999999999999999999h").is_err());
        assert!(parse_duration("999999999999h").is_err());
    }

    #[test]
    fn human_sizes() {
        assert_eq!(human_mib(512), "512 MiB");
        assert_eq!(human_mib(1024), "1 GiB");
        assert_eq!(human_mib(1536), "1.5 GiB");
        assert_eq!(human_mib(2 * 1024 * 1024), "2 TiB");
    }

    proptest! {
        #[test]
        fn size_round_trips(n in 1u64..100_000, unit in prop::sample::select(vec!["M", "G", "T", "", "GiB", "mb", "t"])) {
            let factor = match unit.to_ascii_lowercase().as_str() {
                "m" | "mb" => 1,
                "t" => 1024 * 1024,
                _ => 1024,
            };
            let parsed = parse_size(&format!("{n}{unit}"));
            if n * factor <= MAX_SIZE_MIB {
                prop_assert_eq!(parsed.unwrap(), n * factor);
            } else {
                prop_assert_eq!(parsed.unwrap_err().kind, crate::ErrorKind::Usage);
            }
        }

        #[test]
        fn size_parser_never_panics(s in "\\PC{0,30}") {
            if let Ok(mib) = parse_size(&s) {
                prop_assert!(mib > 0 && mib <= MAX_SIZE_MIB);
            }
        }

        #[test]
        fn resize_grow_is_current_plus(n in 1u64..10_000, cur in 1u64..1_000_000) {
            let r = parse_resize(&format!("+{n}M")).unwrap();
            prop_assert_eq!(r.target(cur).unwrap(), cur + n);
        }

        #[test]
        fn names_round_trip(name in "[a-z0-9][a-z0-9-]{0,20}", group in "[a-z][a-z0-9-]{0,10}", account in "[a-z][a-z0-9_-]{0,10}") {
            let s = format!("{name}.{group}.{account}.uk0.bigv.io");
            let n = parse_server_name(&s).unwrap();
            prop_assert_eq!(n.to_string(), format!("{name}.{group}.{account}"));
            prop_assert_eq!(parse_server_name(&n.to_string()).unwrap(), n);
        }

        #[test]
        fn name_parser_never_panics(s in "\\PC{0,80}") {
            if let Ok(n) = parse_server_name(&s) {
                prop_assert!(!n.name.is_empty() && n.name.len() <= MAX_NAME_LEN);
                prop_assert!(!n.name.contains('.'));
            }
            let _ = parse_group_name(&s);
            let _ = parse_disc_spec(&s);
            let _ = parse_duration(&s);
        }

        #[test]
        fn disc_specs_round_trip(label in "[a-z][a-z0-9-]{0,10}", grade in "[a-z]{2,8}", n in 1u64..2048) {
            let d = parse_disc_spec(&format!("{label}:{grade}:{n}G")).unwrap();
            prop_assert_eq!(d, DiscSpec { label: Some(label), grade: Some(grade), size_mib: n * 1024 });
        }

        #[test]
        fn durations_add_up(m in 0u64..1000, s in 0u64..60, ms in 1u64..1000) {
            let d = parse_duration(&format!("{m}m{s}s{ms}ms")).unwrap();
            prop_assert_eq!(d, Duration::from_millis(m * 60_000 + s * 1000 + ms));
        }
    }
}
