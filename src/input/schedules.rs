//! Backup schedules: how often (`--every`) and from when (`--start`).

use super::{parse_duration, shorten};
use crate::error::{Error, Result};

/// `--every`: `hourly`, `daily`, `weekly`, or a duration in whole seconds
/// (`12h`, `2d`, `90m`); the interval in seconds.
pub fn parse_interval(s: &str) -> Result<u64> {
    match s.trim() {
        "hourly" => return Ok(3600),
        "daily" => return Ok(86_400),
        "weekly" => return Ok(604_800),
        _ => {}
    }
    let d = parse_duration(s).map_err(|e| {
        e.with_hint("give hourly, daily, weekly, or a duration such as 12h, 2d or 90m")
    })?;
    if d.subsec_millis() != 0 {
        return Err(Error::usage(format!(
            "invalid interval {}: schedules count in whole seconds",
            shorten(s)
        )));
    }
    Ok(d.as_secs())
}

/// `--start`: when the first backup is taken, in a form the API reads:
/// `HH:MM[:SS]` (the next such time, UK local time), or
/// `YYYY-MM-DD[ HH:MM[:SS]]` (also with `T`) with an optional zone (`Z`,
/// `UTC`, `GMT`, `BST`, `+01:00`, `+0100`, `+01`); no zone is UK local
/// time. Returned as given (trimmed).
pub fn parse_start(s: &str) -> Result<String> {
    let t = s.trim();
    if time_of_day(t) || date_time(t) {
        Ok(t.to_string())
    } else {
        Err(
            Error::usage(format!("invalid start time {}", shorten(s))).with_hint(
                "give a time of day such as 00:00 or 23:30, or a date and time such as \
                 2025-01-31, \"2025-01-31 02:00\" or 2025-01-31T02:00:00Z",
            ),
        )
    }
}

fn two_digits(f: &str, max: u32) -> bool {
    f.len() == 2 && f.bytes().all(|b| b.is_ascii_digit()) && f.parse::<u32>().is_ok_and(|v| v < max)
}

/// `HH:MM` or `HH:MM:SS`.
fn time_of_day(s: &str) -> bool {
    let f: Vec<&str> = s.split(':').collect();
    matches!(f.len(), 2 | 3) && two_digits(f[0], 24) && f[1..].iter().all(|x| two_digits(x, 60))
}

/// `YYYY-MM-DD`, then optionally `( |T)HH:MM[:SS]`, then optionally a zone.
fn date_time(s: &str) -> bool {
    let Some(date) = s.get(..10) else {
        return false;
    };
    if !valid_date(date) {
        return false;
    }
    let rest = &s[10..];
    let Some(r) = rest.strip_prefix(['T', ' ']) else {
        return rest.is_empty();
    };
    let end = r
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(r.len());
    time_of_day(&r[..end]) && zone(r[end..].trim_start())
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let f = &d[r];
        f.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| f.parse().ok())?
    };
    let (Some(y), Some(m), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

fn zone(z: &str) -> bool {
    if matches!(z, "" | "Z" | "UTC" | "GMT" | "BST") {
        return true;
    }
    let Some(rest) = z.strip_prefix(['+', '-']) else {
        return false;
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    match digits.len() {
        2 => two_digits(&digits, 24),
        4 => two_digits(&digits[..2], 24) && two_digits(&digits[2..], 60),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        assert_eq!(parse_interval("daily").unwrap(), 86_400);
        assert_eq!(parse_interval("weekly").unwrap(), 604_800);
        assert_eq!(parse_interval("12h").unwrap(), 43_200);
        assert_eq!(parse_interval("90").unwrap(), 90);
        for bad in ["", "0", "-1d", "1500ms", "often", "1.5h"] {
            let e = parse_interval(bad).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn starts() {
        for good in [
            "00:00",
            "23:59:59",
            "2019-02-07",
            "2019-02-07 00:00:00 GMT",
            "2017-04-05T14:37:00+02:00",
            "2024-02-29T01:00Z",
            "2024-02-29 01:00 +0100",
            " 12:30 ",
        ] {
            assert_eq!(parse_start(good).unwrap(), good.trim(), "{good}");
        }
        for bad in [
            "",
            "24:00",
            "7:00",
            "12:60",
            "noon",
            "2023-02-29",
            "2019-13-01",
            "2019-02-07X",
            "2019-02-07 25:00",
            "2019-02-07T00:00 CET",
            "2019-02-07T00:00+2",
            "00:00:00:00",
        ] {
            assert_eq!(parse_start(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
    }
}
