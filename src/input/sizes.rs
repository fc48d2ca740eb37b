//! Sizes (`25G`, `512M`, `2T`; default unit GiB) and resizes (`+10G`).

use super::{MAX_SIZE_MIB, shorten};
use crate::error::{Error, Result};

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
