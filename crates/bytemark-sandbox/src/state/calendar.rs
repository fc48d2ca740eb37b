//! Dates and times without a date library: civil dates from unix seconds
//! and back, UK local time (GMT, or BST in summer), backup label stamps,
//! and the start times backup schedules accept (reference §4.10).

/// Days since 1970-01-01 of a civil (proleptic Gregorian) date; Howard
/// Hinnant's `days_from_civil`.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month, day)` of a day number (the inverse of
/// [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Date and time of day of unix seconds: `(y, mo, d, h, mi, s)`.
fn parts(secs: i64) -> (i64, u32, u32, i64, i64, i64) {
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    (y, mo, d, t / 3600, t / 60 % 60, t % 60)
}

/// `YYYYMMDDhhmmss` in UTC: the stamp in backup labels
/// (`<disc>-backup-<stamp>`, reference §4.9).
pub fn label_stamp(secs: i64) -> String {
    let (y, mo, d, h, mi, s) = parts(secs);
    format!("{y:04}{mo:02}{d:02}{h:02}{mi:02}{s:02}")
}

/// The day number of the last Sunday of a 31-day month.
fn last_sunday(y: i64, month: u32) -> i64 {
    let last = days_from_civil(y, month, 31);
    // 1970-01-01 was a Thursday: weekday 4 when Sunday is 0.
    last - (last + 4).rem_euclid(7)
}

/// How far UK local time is ahead of UTC at `secs`: 3600 during British
/// Summer Time (01:00 UTC on the last Sunday of March to 01:00 UTC on the
/// last Sunday of October), otherwise 0.
pub fn uk_offset(secs: i64) -> i64 {
    let (y, ..) = parts(secs);
    let start = last_sunday(y, 3) * 86_400 + 3600;
    let end = last_sunday(y, 10) * 86_400 + 3600;
    if (start..end).contains(&secs) {
        3600
    } else {
        0
    }
}

/// UTC seconds of a UK wall-clock time given as seconds since the epoch.
fn uk_local_to_utc(local: i64) -> i64 {
    let summer = local - 3600;
    if uk_offset(summer) == 3600 {
        summer
    } else {
        local
    }
}

/// `YYYY-MM-DDThh:mm:ss+hh:mm` in UK local time: how schedules show
/// `start_at` (reference §4.10 example).
pub fn iso_uk(secs: i64) -> String {
    let off = uk_offset(secs);
    let (y, mo, d, h, mi, s) = parts(secs + off);
    format!(
        "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}+{:02}:{:02}",
        off / 3600,
        off / 60 % 60
    )
}

/// `HH:MM` or `HH:MM:SS` as seconds since midnight.
fn time_of_day(s: &str) -> Option<i64> {
    let mut fields = s.split(':');
    let mut next = |max: i64| -> Option<i64> {
        let f = fields.next()?;
        let v: i64 = f.parse().ok()?;
        (f.len() == 2 && f.bytes().all(|b| b.is_ascii_digit()) && v < max).then_some(v)
    };
    let h = next(24)?;
    let m = next(60)?;
    let s = if s.len() > 5 { next(60)? } else { 0 };
    (s < 60 && fields.next().is_none()).then_some(h * 3600 + m * 60 + s)
}

/// A zone suffix as seconds ahead of UTC; `None` for "no zone" (UK local
/// time) is `Some(None)`, an unknown zone is `None`.
fn zone_offset(z: &str) -> Option<Option<i64>> {
    match z {
        "" => return Some(None),
        "Z" | "UTC" | "GMT" => return Some(Some(0)),
        "BST" => return Some(Some(3600)),
        _ => {}
    }
    let sign = match z.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = z[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !matches!(digits.len(), 2 | 4) {
        return None;
    }
    let h: i64 = digits[..2].parse().ok()?;
    let m: i64 = if digits.len() == 4 {
        digits[2..].parse().ok()?
    } else {
        0
    };
    (h < 24 && m < 60).then_some(Some(sign * (h * 3600 + m * 60)))
}

/// The unix seconds a schedule's `start_at` names, or `None` when it is not
/// a time this understands:
///
/// * `HH:MM[:SS]`: the next such UK local time after `now`;
/// * `YYYY-MM-DD[( |T)HH:MM[:SS][.fff]][ ][zone]`, where zone is `Z`, `UTC`,
///   `GMT`, `BST`, `±HH:MM`, `±HHMM` or `±HH`; without a zone, UK local time
///   (the reference: "UK local time assumed when no zone is given").
pub fn parse_start(s: &str, now: i64) -> Option<i64> {
    let s = s.trim();
    if let Some(tod) = time_of_day(s) {
        let today = (now + uk_offset(now)).div_euclid(86_400);
        return (today..today + 3)
            .map(|day| uk_local_to_utc(day * 86_400 + tod))
            .find(|t| *t > now);
    }
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let f = s.get(r)?;
        f.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| f.parse().ok())?
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)? as u32, num(8..10)? as u32);
    let day = days_from_civil(y, mo, d);
    if civil_from_days(day) != (y, mo, d) {
        return None;
    }
    let mut rest = &s[10..];
    let mut tod = 0;
    if let Some(r) = rest.strip_prefix(['T', ' ']) {
        let end = r
            .find(|c: char| !(c.is_ascii_digit() || c == ':'))
            .unwrap_or(r.len());
        tod = time_of_day(&r[..end])?;
        rest = &r[end..];
        if let Some(frac) = rest.strip_prefix('.') {
            rest = frac.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    let local = day * 86_400 + tod;
    Some(match zone_offset(rest.trim())? {
        Some(off) => local - off,
        None => uk_local_to_utc(local),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        for day in [-1, 59, 10_957, 17_934, 19_782, 40_000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        assert_eq!(label_stamp(1_479_822_170), "20161122134250");
    }

    #[test]
    fn uk_summer_time() {
        // 2024: BST from 31 March 01:00 UTC to 27 October 01:00 UTC.
        let mar31 = days_from_civil(2024, 3, 31) * 86_400;
        assert_eq!(uk_offset(mar31 + 3599), 0);
        assert_eq!(uk_offset(mar31 + 3600), 3600);
        let oct27 = days_from_civil(2024, 10, 27) * 86_400;
        assert_eq!(uk_offset(oct27 + 3599), 3600);
        assert_eq!(uk_offset(oct27 + 3600), 0);
        assert_eq!(iso_uk(mar31 + 7200), "2024-03-31T03:00:00+01:00");
        assert_eq!(iso_uk(oct27 + 7200), "2024-10-27T02:00:00+00:00");
    }

    #[test]
    fn schedule_starts() {
        let feb7 = days_from_civil(2019, 2, 7) * 86_400;
        for s in [
            "2019-02-07 00:00:00 GMT",
            "2019-02-07T00:00:00+00:00",
            "2019-02-07T00:00:00Z",
            "2019-02-07",
            "2019-02-07 00:00",
            "2019-02-07T01:00:00.000+0100",
        ] {
            assert_eq!(parse_start(s, 0), Some(feb7), "{s}");
        }
        // in summer, a time without a zone is BST
        let jun1 = days_from_civil(2019, 6, 1) * 86_400;
        assert_eq!(parse_start("2019-06-01 12:00", 0), Some(jun1 + 11 * 3600));
        assert_eq!(
            parse_start("2017-04-05T14:37:00+02:00", 0),
            Some(days_from_civil(2017, 4, 5) * 86_400 + 12 * 3600 + 37 * 60)
        );
        for bad in [
            "",
            "tomorrow",
            "25:00",
            "2019-02-30",
            "2019-02-07 00:00 XYZ",
        ] {
            assert_eq!(parse_start(bad, 0), None, "{bad}");
        }
    }

    #[test]
    fn time_of_day_is_the_next_one() {
        // 2019-02-07 10:30 GMT: "00:00" is the next midnight, "11:00" today.
        let now = days_from_civil(2019, 2, 7) * 86_400 + 10 * 3600 + 1800;
        let midnight = days_from_civil(2019, 2, 8) * 86_400;
        assert_eq!(parse_start("00:00", now), Some(midnight));
        assert_eq!(parse_start("11:00", now), Some(now + 1800));
        assert_eq!(iso_uk(midnight), "2019-02-08T00:00:00+00:00");
        // in summer "00:00" is midnight BST, 23:00 UTC
        let summer = days_from_civil(2019, 7, 1) * 86_400 + 12 * 3600;
        let next = parse_start("00:00", summer).unwrap();
        assert_eq!(iso_uk(next), "2019-07-02T00:00:00+01:00");
    }
}
