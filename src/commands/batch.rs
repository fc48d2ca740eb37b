//! Commands over several targets (`servers start a b c`): each failure is
//! reported as it happens, and the exit code is the worst one's.

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::OutputFormat;

/// Turns the failures of a batch of `total` targets into the command's
/// result: `Ok` when none failed; the single error when there was one
/// target; otherwise the worst error, its message prefixed with a count.
/// Each failure has already been reported on stderr.
pub(crate) fn worst(failures: Vec<(String, Error)>, total: usize) -> Result<()> {
    let n = failures.len();
    let Some((name, mut e)) = failures.into_iter().max_by_key(|(_, e)| e.kind.severity()) else {
        return Ok(());
    };
    if total == 1 && n == 1 {
        return Err(e);
    }
    e.message = format!(
        "{n} of {total} servers failed; the worst: {name}: {}",
        e.message
    );
    Err(e)
}

/// Reports one target's failure on stderr (always, even with --quiet: it
/// is an error): a line for people, or under `-o json` one JSON error
/// object per line, so stderr stays machine-readable. With a single target
/// nothing is said here: [`worst`] returns that very error, which is
/// reported once, as the command's error.
pub(crate) fn report_failure(ctx: &Context, name: &str, e: &Error, total: usize) {
    if total <= 1 {
        return;
    }
    let message = format!("{name}: failed: {}", e.message);
    if ctx.output.format == OutputFormat::Json {
        ctx.output.error(&Error {
            message,
            ..e.clone()
        });
    } else {
        ctx.output.notice(&message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn worst_failure_wins() {
        assert!(worst(vec![], 3).is_ok());
        let e = worst(
            vec![
                ("a".into(), Error::not_found("a: not found")),
                ("b".into(), Error::network("b: boom")),
                ("c".into(), Error::rejected("c: no")),
            ],
            4,
        )
        .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Network);
        assert!(
            e.message.starts_with("3 of 4 servers failed"),
            "{}",
            e.message
        );
        let single = worst(vec![("a".into(), Error::not_found("nf"))], 1).unwrap_err();
        assert_eq!(single.message, "nf");
    }
}
