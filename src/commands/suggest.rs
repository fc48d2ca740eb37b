//! "Did you mean …?": close matches for a name the service did not know,
//! or a value it does not offer. Pure functions over lists of names: what
//! to fetch, and when, is the caller's business (see `targets` and
//! `servers::create`).

/// How many suggestions a hint names at most.
const MAX: usize = 3;

/// The optimal-string-alignment distance between `a` and `b`: insertions,
/// deletions, substitutions and swaps of two neighbours each cost one
/// (`webb1` → `web1` and `wbe1` → `web1` are both 1). Case is ignored.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// How far a candidate may be from what was typed to be offered: one edit
/// for short names, about one in three characters for longer ones.
fn close_enough(wanted: &str) -> usize {
    wanted.chars().count().div_ceil(3).max(1)
}

/// The candidates closest to `wanted`, if close enough: those at the
/// smallest distance found, in the given order, at most three; never
/// `wanted` itself.
pub(crate) fn closest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Vec<&'a str> {
    let limit = close_enough(wanted);
    let mut scored: Vec<(usize, usize, &str)> = candidates
        .into_iter()
        .enumerate()
        .filter(|(_, c)| *c != wanted)
        .map(|(i, c)| (distance(wanted, c), i, c))
        .filter(|(d, _, _)| *d <= limit)
        .collect();
    scored.sort();
    let best = scored.first().map(|(d, _, _)| *d);
    let mut out: Vec<&str> = Vec::new();
    for (_, _, c) in scored.into_iter().filter(|(d, _, _)| Some(*d) == best) {
        if !out.contains(&c) && out.len() < MAX {
            out.push(c);
        }
    }
    out
}

/// `did you mean web1?` or `did you mean one of: a, b, c?`; none for no
/// suggestion.
pub(crate) fn did_you_mean(suggestions: &[String]) -> Option<String> {
    match suggestions {
        [] => None,
        [one] => Some(format!("did you mean {one}?")),
        many => Some(format!("did you mean one of: {}?", many.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("webb1", "web1"), 1);
        assert_eq!(distance("wbe1", "web1"), 1);
        assert_eq!(distance("Jessie", "jessie"), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("york", "manchester"), 10);
        assert_eq!(distance("virtio2031", "virtio2013"), 1);
    }

    #[test]
    fn close_matches_are_offered_closest_first() {
        let names = ["web1", "web2", "db1", "webserver"];
        assert_eq!(closest("webb1", names), ["web1"]);
        assert_eq!(closest("webserv", names), ["webserver"]);
        assert_eq!(closest("web3", names), ["web1", "web2"]);
        assert_eq!(closest("web1", names), ["web2"]);
        assert!(closest("mail", names).is_empty());
        assert_eq!(closest("jessy", ["jessie", "stretch"]), ["jessie"]);
        assert_eq!(closest("yrok", ["york", "manchester"]), ["york"]);
    }

    #[test]
    fn hints() {
        assert_eq!(did_you_mean(&[]), None);
        assert_eq!(
            did_you_mean(&["web1".into()]).as_deref(),
            Some("did you mean web1?")
        );
        assert_eq!(
            did_you_mean(&["a".into(), "b".into()]).as_deref(),
            Some("did you mean one of: a, b?")
        );
    }
}
