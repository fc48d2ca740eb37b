//! Parsers for what users type: server, group and account names, sizes,
//! resize specs, disc specs and durations (design.md §4, api reference §6.2–§6.3).
//!
//! Everything here is pure and returns [`crate::error::Error::usage`] (exit 2) with a
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

pub mod access;
mod addresses;
mod discs;
mod duration;
pub mod files;
mod names;
pub mod request;
mod schedules;
mod sizes;
pub mod ssh_keys;

pub use addresses::*;
pub use discs::*;
pub use duration::*;
pub use names::*;
pub use schedules::*;
pub use sizes::*;

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

pub(crate) fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A user's input, quoted and cut to 40 characters for a message.
pub(crate) fn shorten(s: &str) -> String {
    if s.chars().count() > 40 {
        let cut: String = s.chars().take(40).collect();
        format!("\"{cut}…\"")
    } else {
        format!("{s:?}")
    }
}

#[cfg(test)]
mod tests;
