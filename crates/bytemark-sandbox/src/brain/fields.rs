//! Values in requests: ids in paths, and body fields checked the Rails way
//! (each problem is added to an [`Errs`] under its field's name, so one 400
//! reports them all).

use serde_json::{Map, Value};

use super::reply::{ApiErr, Errs};
use crate::state::calendar::days_from_civil;

/// A path segment that is all digits, as an id (reference §2.6).
pub fn parse_id(seg: &str) -> Option<u64> {
    if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
        seg.parse().ok()
    } else {
        None
    }
}

/// An integer (or a string of digits, as Rails would coerce it).
pub fn int_field(m: &Map<String, Value>, key: &str, errs: &mut Errs) -> Option<i64> {
    let parsed = match m.get(key) {
        None | Some(Value::Null) => return None,
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse::<i64>().ok(),
        Some(_) => None,
    };
    if parsed.is_none() {
        errs.add(key, "is not a number");
    }
    parsed
}

/// A boolean (or the strings `true` / `false`).
pub fn bool_field(m: &Map<String, Value>, key: &str, errs: &mut Errs) -> Option<bool> {
    match m.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(Value::String(s)) if s == "true" => Some(true),
        Some(Value::String(s)) if s == "false" => Some(false),
        Some(_) => {
            errs.add(key, "is invalid");
            None
        }
    }
}

/// One of `list`; an empty string counts as absent.
pub fn enum_field(
    m: &Map<String, Value>,
    key: &str,
    list: &[&str],
    errs: &mut Errs,
) -> Option<String> {
    match m.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s)) if list.contains(&s.as_str()) => Some(s.clone()),
        Some(_) => {
            errs.add(key, "is not included in the list");
            None
        }
    }
}

/// A string; an empty string counts as absent.
pub fn str_field(m: &Map<String, Value>, key: &str, errs: &mut Errs) -> Option<String> {
    match m.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            errs.add(key, "is invalid");
            None
        }
    }
}

/// A positive integer id.
pub fn id_field(body: &Map<String, Value>, key: &str, errs: &mut Errs) -> Option<u64> {
    match int_field(body, key, errs) {
        Some(i) if i > 0 => Some(i as u64),
        Some(_) => {
            errs.add(key, "is invalid");
            None
        }
        None => None,
    }
}

/// A DNS label: `^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$` (reference §5 #11).
pub fn valid_label(name: &str) -> bool {
    let b = name.as_bytes();
    let inner = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    b.len() >= 3
        && b.len() <= 63
        && inner(&b[0])
        && inner(&b[b.len() - 1])
        && b.iter().all(|c| inner(c) || *c == b'-')
}

/// Validates a required name field; records messages in `errs` and
/// returns them as a 400 if the name is unusable.
pub fn validate_name(
    body: &Map<String, Value>,
    key: &str,
    errs: &mut Errs,
) -> Result<String, ApiErr> {
    let name = match body.get(key) {
        None | Some(Value::Null) => {
            errs.add(key, "can't be blank");
            None
        }
        Some(Value::String(s)) if s.trim().is_empty() => {
            errs.add(key, "can't be blank");
            None
        }
        Some(Value::String(s)) => {
            if !valid_label(s) {
                errs.add(key, "is invalid");
            }
            if s.chars().count() < 3 {
                errs.add(key, "is too short (minimum is 3 characters)");
            }
            if s.chars().count() > 63 {
                errs.add(key, "is too long (maximum is 63 characters)");
            }
            Some(s.clone())
        }
        Some(_) => {
            errs.add(key, "is invalid");
            None
        }
    };
    match name {
        Some(n) if errs.0.get(key).is_none() => Ok(n),
        _ => Err(ApiErr::Bad(Value::Object(errs.0.clone()))),
    }
}

/// Seconds since the epoch for `YYYY-MM-DD` with optional `[T ]HH:MM[:SS]`
/// (UTC; a trailing zone is ignored).
pub fn parse_timestamp(ts: &str) -> Option<u64> {
    let b = ts.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u64> {
        let s = ts.get(r)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if b.get(4) != Some(&b'-')
        || b.get(7) != Some(&b'-')
        || !(1..=12).contains(&mo)
        || !(1..=31).contains(&d)
    {
        return None;
    }
    let (mut h, mut mi, mut s) = (0, 0, 0);
    if b.len() > 10 {
        if !matches!(b[10], b'T' | b' ') {
            return None;
        }
        h = num(11..13)?;
        mi = num(14..16)?;
        if b.get(16) == Some(&b':') {
            s = num(17..19)?;
        }
    }
    let days = days_from_civil(y as i64, mo as u32, d as u32);
    let secs = days * 86400 + (h * 3600 + mi * 60 + s) as i64;
    u64::try_from(secs).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert!(valid_label("web1"));
        assert!(valid_label("a-b"));
        assert!(!valid_label("ab"));
        assert!(!valid_label("-ab"));
        assert!(!valid_label("ab-"));
        assert!(!valid_label("Web1"));
        assert!(!valid_label("web.1"));
        assert!(!valid_label(&"a".repeat(64)));
        assert!(valid_label(&"a".repeat(63)));
    }

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp("1970-01-01"), Some(0));
        assert_eq!(parse_timestamp("2019-04-04T04:04:04Z"), Some(1554350644));
        assert_eq!(parse_timestamp("2000-03-01 00:00:00"), Some(951868800));
        assert_eq!(parse_timestamp("yesterday"), None);
        assert_eq!(parse_timestamp("2019-13-01"), None);
    }
}
