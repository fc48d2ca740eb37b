//! Durations: `500ms`, `30s`, `5m`, `1h`, `1m30s`; a bare number is seconds.

use super::{all_digits, shorten};
use crate::error::{Error, Result};
use std::time::Duration;

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

/// A duration in the grammar [`parse_duration`] reads: `1h30m`, `45s`,
/// `1500ms` as `1s500ms`; zero as `0`.
pub fn format_duration(d: Duration) -> String {
    let mut ms = d.as_millis();
    if ms == 0 {
        return "0".into();
    }
    let mut out = String::new();
    for (unit, per) in [
        ("d", 86_400_000),
        ("h", 3_600_000),
        ("m", 60_000),
        ("s", 1000),
        ("ms", 1),
    ] {
        if ms >= per {
            out.push_str(&format!("{}{unit}", ms / per));
            ms %= per;
        }
    }
    out
}

/// A session's lifetime without use: 1s to 1h (the service caps sessions
/// at one hour).
pub fn parse_session_validity(s: &str) -> Result<Duration> {
    let d = parse_duration(s)?;
    if d < Duration::from_secs(1) || d > Duration::from_secs(3600) {
        return Err(Error::usage(format!(
            "invalid session validity {}: it must be between 1s and 1h (the service caps sessions at 1h)",
            shorten(s)
        )));
    }
    Ok(d)
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
