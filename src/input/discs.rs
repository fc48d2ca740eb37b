//! Disc specs: `[label:][grade:]size`, and default labels.

use super::{DEFAULT_GRADE, MAX_DISCS, MAX_NAME_LEN, all_digits, parse_size, shorten};
use crate::error::{Error, Result};

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

/// The specs of one `--disc` value (or one `discs add` argument), which may
/// hold several separated by whitespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscSpecs(pub Vec<DiscSpec>);

/// Parses one `--disc` value: one or more specs separated by whitespace.
pub fn parse_disc_specs_arg(value: &str) -> Result<DiscSpecs> {
    let pieces: Vec<&str> = value.split_whitespace().collect();
    if pieces.is_empty() {
        return Err(Error::usage("invalid disc \"\": it is empty")
            .with_hint("a disc is [label:][grade:]size, e.g. 25G or ssd:50G"));
    }
    pieces
        .into_iter()
        .map(parse_disc_spec)
        .collect::<Result<_>>()
        .map(DiscSpecs)
}

/// Every disc of repeated `--disc` values, in order, checked with
/// [`check_disc_count`].
pub fn all_discs(values: Vec<DiscSpecs>, existing: usize) -> Result<Vec<DiscSpec>> {
    let out: Vec<DiscSpec> = values.into_iter().flat_map(|v| v.0).collect();
    check_disc_count(out.len(), existing)?;
    Ok(out)
}

/// Refuses more than [`MAX_DISCS`] in total, counting `existing` discs
/// already on the server.
pub fn check_disc_count(new: usize, existing: usize) -> Result<()> {
    if new + existing <= MAX_DISCS {
        return Ok(());
    }
    Err(Error::usage(if existing == 0 {
        format!("too many discs: {new} given, a server has at most {MAX_DISCS}")
    } else {
        format!(
            "too many discs: the server has {existing} and {new} more would exceed the limit of {MAX_DISCS}"
        )
    }))
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
