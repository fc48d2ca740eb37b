//! Completing `--image`, `--zone`, `--hwprofile` and the storage grade of a
//! `--disc` spec from what the service offers (`GET /definitions`, which
//! needs no login).
//!
//! A Tab should not wait for the network every time: the answer is kept in
//! `<data dir>/definitions.json` with the endpoint it came from and when,
//! and used for [`FRESH`]. After that it is fetched again (short timeouts,
//! no retries, as all completion); if that fails, the old answer still
//! serves. Only names that are one safe shell word are offered.

use crate::context::{Context, Globals};
use crate::output::sanitize;
use bytemark_api::models::Definitions;
use bytemark_api::requests;
use clap_complete::engine::CompletionCandidate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::ffi::OsStr;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How long a fetched answer is used before it is fetched again.
pub const FRESH: Duration = Duration::from_secs(10 * 60);

/// The cache file's name in the data dir.
pub const CACHE_FILE: &str = "definitions.json";

/// Completes `--image`.
pub fn images(current: &OsStr) -> Vec<CompletionCandidate> {
    offer(current, |d| d.distributions.clone())
}

/// Completes `--zone`.
pub fn zones(current: &OsStr) -> Vec<CompletionCandidate> {
    offer(current, |d| d.zone_names.clone())
}

/// Completes `--hwprofile`.
pub fn hwprofiles(current: &OsStr) -> Vec<CompletionCandidate> {
    offer(current, |d| d.hardware_profiles.clone())
}

/// Completes the grade of a disc spec `[label:][grade:]size`: `ss` offers
/// `ssd:`, `data:` offers `data:sata:`, `data:ssd:`, …; once a grade is
/// written, nothing (the size is next).
pub fn disc_grades(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(typed) = current.to_str() else {
        return Vec::new();
    };
    let Some(defs) = definitions() else {
        return Vec::new();
    };
    let grades = &defs.storage_grades;
    let (label, partial) = match typed.split(':').collect::<Vec<_>>()[..] {
        [partial] => (None, partial),
        [first, partial] if !grades.iter().any(|g| g == first) => (Some(first), partial),
        _ => return Vec::new(),
    };
    grades
        .iter()
        .filter(|g| g.starts_with(partial))
        .map(|g| match label {
            Some(label) => format!("{label}:{g}:"),
            None => format!("{g}:"),
        })
        .filter(|c| sanitize::is_safe_word(c))
        .map(CompletionCandidate::new)
        .collect()
}

fn offer(current: &OsStr, names: fn(&Definitions) -> Vec<String>) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str() else {
        return Vec::new();
    };
    let Some(defs) = definitions() else {
        return Vec::new();
    };
    names(&defs)
        .into_iter()
        // Inserted unquoted by the shell: only safe words (see sanitize).
        .filter(|n| n.starts_with(prefix) && sanitize::is_safe_word(n))
        .map(CompletionCandidate::new)
        .collect()
}

/// What is kept on disk.
#[derive(Serialize, Deserialize)]
struct Cached {
    /// The API endpoint the answer came from (the sandbox's differs).
    endpoint: String,
    /// When it was fetched, in seconds since the Unix epoch.
    fetched: u64,
    /// `GET /definitions` as the API sent it.
    definitions: Value,
}

/// The definitions: from the cache while fresh, else from the API (and
/// then cached), else from a stale cache; `None` when none of these works.
fn definitions() -> Option<Definitions> {
    let ctx = Context::unattended(&Globals::default()).ok()?;
    let endpoint = ctx
        .settings
        .endpoint
        .value
        .trim_end_matches('/')
        .to_string();
    let path = ctx.settings.paths.state_dir.join(CACHE_FILE);
    let cached = read(&path).filter(|c| c.endpoint == endpoint);
    let now = now();
    if let Some(c) = &cached
        && now.saturating_sub(c.fetched) < FRESH.as_secs()
    {
        return parse(&c.definitions);
    }
    let req = requests::definitions();
    match ctx.http().ok().and_then(|h| h.brain(&req, None).ok()) {
        Some(raw) => {
            let defs = parse(&raw)?;
            let fresh = Cached {
                endpoint,
                fetched: now,
                definitions: raw,
            };
            if let Ok(bytes) = serde_json::to_vec(&fresh) {
                // A cache that cannot be written only costs the next Tab a request.
                let _ = crate::config::write_private(&path, &bytes);
            }
            Some(defs)
        }
        None => cached.and_then(|c| parse(&c.definitions)),
    }
}

fn read(path: &Path) -> Option<Cached> {
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn parse(raw: &Value) -> Option<Definitions> {
    Definitions::from_value(raw, "definitions").ok()
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
