//! Commands over several targets (`servers start a b c`): each outcome is
//! reported as it happens, a summary ends a batch of several, and the exit
//! code is the worst outcome's.
//!
//! While a batch runs ([`Progress`]), stderr shows one line per server at
//! work on a terminal (it becomes the outcome when the server is done);
//! without a terminal, a line every few seconds says what is still going
//! on. Nothing of it under `--quiet`; errors are said all the same.

use super::wait::PROGRESS_EVERY;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{OutputFormat, sanitize};
use indicatif::{MultiProgress, ProgressBar};
use serde_json::{Value, json};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

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
        // `details.target` says which one, for scripts.
        let details = match e.details.clone() {
            Some(Value::Object(mut m)) => {
                m.insert("target".into(), json!(name));
                Value::Object(m)
            }
            None | Some(Value::Null) => json!({ "target": name }),
            Some(other) => json!({ "target": name, "api": other }),
        };
        ctx.output.error(&Error {
            message,
            details: Some(details),
            ..e.clone()
        });
    } else {
        ctx.output.notice(&message);
    }
}

/// After a batch of several: `8 servers: 7 started, 1 failed` (counts of
/// zero left out).
pub(crate) fn summary(ctx: &Context, total: usize, counts: &[(usize, &str)]) {
    if total <= 1 {
        return;
    }
    let parts: Vec<String> = counts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    ctx.say(&format!("{total} servers: {}", parts.join(", ")));
}

/// What a running batch shows on stderr (see the module docs).
pub(crate) struct Progress {
    names: Vec<String>,
    /// What each server is doing; `None` before it starts and once done.
    status: Vec<Option<String>>,
    /// On a terminal: one line per server at work.
    bars: Option<(MultiProgress, Vec<Option<ProgressBar>>)>,
    /// Without one: when the last "still going" line was said.
    said: Instant,
    finished: usize,
    quiet: bool,
}

impl Progress {
    pub fn new(ctx: &Context, names: Vec<String>) -> Progress {
        let n = names.len();
        let bars = (!ctx.quiet && std::io::stderr().is_terminal())
            .then(|| (MultiProgress::new(), (0..n).map(|_| None).collect()));
        Progress {
            names,
            status: vec![None; n],
            bars,
            // Quick work says nothing: the first "still going" line comes
            // after PROGRESS_EVERY.
            said: Instant::now(),
            finished: 0,
            quiet: ctx.quiet,
        }
    }

    /// Server `i` is now doing `text`.
    pub fn status(&mut self, i: usize, text: String) {
        if let Some((multi, bars)) = &mut self.bars {
            let line = sanitize::line(&format!("{}: {text}", self.names[i]));
            match &bars[i] {
                Some(bar) => bar.set_message(line),
                None => {
                    let bar = multi.add(ProgressBar::new_spinner());
                    bar.set_message(line);
                    bar.enable_steady_tick(Duration::from_millis(120));
                    bars[i] = Some(bar);
                }
            }
        }
        self.status[i] = Some(text);
    }

    /// Server `i` is done: its line gives way to its outcome.
    pub fn done(&mut self, ctx: &Context, i: usize, outcome: &Result<Value>, line: &str) {
        self.status[i] = None;
        self.finished += 1;
        if let Some((_, bars)) = &mut self.bars
            && let Some(bar) = bars[i].take()
        {
            bar.finish_and_clear();
        }
        let total = self.names.len();
        let name = &self.names[i];
        self.suspend(|| match outcome {
            Ok(_) if !line.is_empty() => ctx.say(line),
            Ok(_) => {}
            Err(e) => report_failure(ctx, name, e, total),
        });
    }

    /// Runs `f` (which writes to stderr) with the terminal lines out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bars {
            Some((multi, _)) => multi.suspend(f),
            None => f(),
        }
    }

    /// Without a terminal, every [`PROGRESS_EVERY`]: how many servers are
    /// done, and what those at work are doing.
    pub fn tick(&mut self, ctx: &Context) {
        if self.quiet || self.bars.is_some() || self.said.elapsed() < PROGRESS_EVERY {
            return;
        }
        self.said = Instant::now();
        let going: Vec<String> = self
            .status
            .iter()
            .zip(&self.names)
            .filter_map(|(s, name)| {
                s.as_ref().map(|s| match self.names.len() {
                    1 => format!("{name}: {s}"),
                    _ => format!("{name} ({s})"),
                })
            })
            .collect();
        if going.is_empty() {
            return;
        }
        if self.names.len() == 1 {
            ctx.say(&going[0]);
            return;
        }
        const SHOWN: usize = 4;
        let more = match going.len().saturating_sub(SHOWN) {
            0 => String::new(),
            n => format!(", and {n} more"),
        };
        ctx.say(&format!(
            "{} of {} servers done; at work: {}{more}",
            self.finished,
            self.names.len(),
            going[..going.len().min(SHOWN)].join(", ")
        ));
    }

    /// Clears what is left on the terminal.
    pub fn finish(self) {
        if let Some((multi, _)) = self.bars {
            let _ = multi.clear();
        }
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
