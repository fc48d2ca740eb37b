//! `--wait`: polling a server until it reaches a power state.
//!
//! The server is polled with the single-server GET: first after 250 ms,
//! then every 500 ms for the first 5 s (a change that completes then is
//! noticed within about half a second), then backing off, the delay
//! doubling up to 5 s. One request per server per poll; the session is not
//! checked between polls. Progress goes to stderr unless `--quiet`: a
//! spinner when stderr is a terminal; otherwise (a CI log, a pipe) one line
//! when the wait starts and one every [`PROGRESS_EVERY`], naming the server,
//! the state it was last seen in and the time waited, so a log shows the
//! job is alive. `--timeout` ends the wait with exit 9 and
//! the last state seen; Ctrl-C ends it with exit 130 and a line saying what
//! state the server was left in. Ctrl-C sets a flag that the sleeping loop
//! checks every 50 ms: either through our own handler (installed when a wait
//! starts, if the process has none) or through the process-wide handler
//! calling [`on_interrupt`].

use super::values::{power_text, vm_id};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::sanitize;
use bytemark_api::Request;
use serde_json::Value;
use std::io::{IsTerminal, Write};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The state a server should reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PowerTarget {
    Running,
    Stopped,
}

impl PowerTarget {
    pub fn word(self) -> &'static str {
        match self {
            PowerTarget::Running => "running",
            PowerTarget::Stopped => "stopped",
        }
    }

    /// Whether a server's JSON shows this state.
    pub fn reached(self, vm: &Value) -> bool {
        let on = vm.get("power_on").and_then(Value::as_bool);
        match self {
            PowerTarget::Running => on == Some(true),
            PowerTarget::Stopped => on == Some(false),
        }
    }
}

/// First poll delay.
pub const FIRST_DELAY: Duration = Duration::from_millis(250);
/// Longest delay between polls.
pub const MAX_DELAY: Duration = Duration::from_secs(5);
/// The delay between polls while a wait is young (see [`PROMPT_PHASE`]).
pub const PROMPT_DELAY: Duration = Duration::from_millis(500);
/// How long polls stay [`PROMPT_DELAY`] apart before backing off: most
/// power changes complete within it.
pub const PROMPT_PHASE: Duration = Duration::from_secs(5);
/// How often a sleeping wait checks for Ctrl-C.
const SLICE: Duration = Duration::from_millis(50);
/// Without a terminal, how often a wait, or a batch, prints a progress line.
pub const PROGRESS_EVERY: Duration = Duration::from_secs(3);

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static WAITING: AtomicBool = AtomicBool::new(false);
static HANDLER: OnceLock<bool> = OnceLock::new();

/// For the process-wide Ctrl-C handler: while a wait is running, Ctrl-C
/// must not end the process on the spot but let the wait report the state
/// it left the server in (exit 130 all the same). Returns true when a wait
/// took the interrupt; the handler should then return without exiting.
pub fn on_interrupt() -> bool {
    if WAITING.load(Ordering::SeqCst) {
        INTERRUPTED.store(true, Ordering::SeqCst);
        true
    } else {
        false
    }
}

/// Marks a wait as running for its lifetime.
struct Waiting;

impl Waiting {
    fn start() -> Waiting {
        WAITING.store(true, Ordering::SeqCst);
        Waiting
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        WAITING.store(false, Ordering::SeqCst);
    }
}

fn install_handler() {
    HANDLER
        .get_or_init(|| ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst)).is_ok());
}

/// The back-off of a wait past its prompt phase: doubling up to 5 s.
pub fn next_delay(prev: Duration) -> Duration {
    (prev * 2).min(MAX_DELAY)
}

/// The delay before the next poll of a wait that started `elapsed` ago,
/// after a delay of `prev`: [`PROMPT_DELAY`] during the [`PROMPT_PHASE`],
/// then [`next_delay`].
pub fn poll_delay(elapsed: Duration, prev: Duration) -> Duration {
    if elapsed < PROMPT_PHASE {
        PROMPT_DELAY
    } else {
        next_delay(prev)
    }
}

/// Sleeps `d`, or less if Ctrl-C was pressed, calling `tick` between
/// slices. Returns true if interrupted.
pub(crate) fn sleep_interruptibly(d: Duration, deadline: Instant, tick: &mut dyn FnMut()) -> bool {
    let end = (Instant::now() + d).min(deadline);
    while Instant::now() < end {
        if INTERRUPTED.load(Ordering::SeqCst) {
            return true;
        }
        tick();
        std::thread::sleep(SLICE.min(end.saturating_duration_since(Instant::now())));
    }
    INTERRUPTED.load(Ordering::SeqCst)
}

/// How a wait shows that it is going on: a spinner on a terminal, a line
/// every [`PROGRESS_EVERY`] elsewhere, nothing under `--quiet`.
enum Progress {
    Spinner(indicatif::ProgressBar),
    Lines { started: Instant, next: Instant },
    Quiet,
}

impl Progress {
    fn start(quiet: bool) -> Progress {
        let now = Instant::now();
        if quiet {
            Progress::Quiet
        } else if std::io::stderr().is_terminal() {
            let pb = indicatif::ProgressBar::new_spinner();
            pb.enable_steady_tick(Duration::from_millis(120));
            Progress::Spinner(pb)
        } else {
            Progress::Lines {
                started: now,
                next: now,
            }
        }
    }

    /// Shows the state last seen (`None`: not read yet): the spinner's
    /// message at once; a line when one is due.
    fn show(&mut self, name: &str, target: PowerTarget, last: Option<&Value>) {
        match self {
            Progress::Spinner(pb) => pb.set_message(sanitize::line(&match last {
                Some(vm) => format!(
                    "{name}: waiting to be {} (now {})",
                    target.word(),
                    state_word(vm)
                ),
                None => format!("{name}: waiting to be {}", target.word()),
            })),
            Progress::Lines { started, next } => {
                let now = Instant::now();
                if now < *next {
                    return;
                }
                *next = now + PROGRESS_EVERY;
                let state = last.map_or_else(|| "not read yet".into(), state_word);
                let waited = match now.duration_since(*started).as_secs() {
                    0 => "0s".to_string(),
                    s => human_duration(Duration::from_secs(s)),
                };
                let line = format!(
                    "{name}: waiting to be {} (now {state}, {waited} so far)",
                    target.word()
                );
                let _ = writeln!(std::io::stderr().lock(), "{}", sanitize::line(&line));
            }
            Progress::Quiet => {}
        }
    }

    fn finish(self) {
        if let Progress::Spinner(pb) = self {
            pb.finish_and_clear();
        }
    }
}

/// Polls `get` (a single-server GET) until the server reaches `target`.
/// `last` is the state already known (e.g. from the change's response); if
/// it already shows the target, no request is sent. Returns the server's
/// final JSON.
pub fn wait_for(
    ctx: &mut Context,
    get: &Request,
    target: PowerTarget,
    timeout: Duration,
    name: &str,
    last: Option<Value>,
) -> Result<Value> {
    install_handler();
    let _waiting = Waiting::start();
    let started = Instant::now();
    let deadline = started + timeout;
    let mut progress = Progress::start(ctx.quiet);
    let mut last = last;
    let mut delay = FIRST_DELAY;
    let outcome = loop {
        if let Some(vm) = &last
            && target.reached(vm)
        {
            break Ok(last.take().unwrap_or_default());
        }
        progress.show(name, target, last.as_ref());
        let mut tick = || progress.show(name, target, last.as_ref());
        if INTERRUPTED.load(Ordering::SeqCst) || sleep_interruptibly(delay, deadline, &mut tick) {
            break Err(interrupted(name, target, last.as_ref()));
        }
        if Instant::now() >= deadline {
            break Err(timed_out(name, target, timeout, last.as_ref()));
        }
        delay = poll_delay(started.elapsed(), delay);
        match ctx.send(get) {
            Ok(vm) => last = Some(vm),
            Err(e) => break Err(e),
        }
        if INTERRUPTED.load(Ordering::SeqCst) {
            break Err(interrupted(name, target, last.as_ref()));
        }
    };
    progress.finish();
    outcome
}

pub(crate) fn state_word(vm: &Value) -> String {
    match power_text(vm).as_str() {
        "on" => "running".into(),
        "off" => "stopped".into(),
        "" => "unknown".into(),
        other => other.into(),
    }
}

fn last_seen(last: Option<&Value>) -> String {
    match last {
        Some(vm) => format!("{} was last seen {}", vm_id(vm), state_word(vm)),
        None => "its state was not read yet".into(),
    }
}

pub(crate) fn timed_out(
    name: &str,
    target: PowerTarget,
    timeout: Duration,
    last: Option<&Value>,
) -> Error {
    Error::new(
        ErrorKind::WaitTimeout,
        format!(
            "timed out after {} waiting for {name} to be {}; {}",
            human_duration(timeout),
            target.word(),
            last_seen(last)
        ),
    )
    .with_hint("the change goes on in the background; check with `bytemark servers show`, or wait longer with --timeout")
}

pub(crate) fn interrupted(name: &str, target: PowerTarget, last: Option<&Value>) -> Error {
    Error::interrupted(format!(
        "interrupted while waiting for {name} to be {}; {} (the change goes on in the background)",
        target.word(),
        last_seen(last)
    ))
}

/// `90s`, `5m`, `1m30s`, `500ms`.
pub fn human_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        return format!("{ms}ms");
    }
    let s = d.as_secs();
    let (h, m, s) = (s / 3600, (s % 3600) / 60, s % 60);
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if m > 0 {
        out.push_str(&format!("{m}m"));
    }
    if s > 0 || out.is_empty() {
        out.push_str(&format!("{s}s"));
    }
    out
}

// ---- waits for several servers (see `commands::fleet`) ----------------------

/// Marks a multi-server wait as running (Ctrl-C then ends the waits, not
/// the process) for as long as the value lives.
pub(crate) fn begin_waiting() -> impl Drop {
    install_handler();
    Waiting::start()
}

/// Ctrl-C was pressed during a wait.
pub(crate) fn interrupted_now() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn delays_double_up_to_five_seconds() {
        let mut d = FIRST_DELAY;
        let mut seen = vec![d];
        for _ in 0..8 {
            d = next_delay(d);
            seen.push(d);
        }
        assert_eq!(seen[1], Duration::from_millis(500));
        assert_eq!(seen[4], Duration::from_secs(4));
        assert_eq!(*seen.last().unwrap(), MAX_DELAY);
    }

    #[test]
    fn polls_are_half_a_second_apart_at_first_then_back_off() {
        let (mut d, mut at) = (FIRST_DELAY, FIRST_DELAY);
        let mut seen = vec![];
        while at < Duration::from_secs(20) {
            d = poll_delay(at, d);
            at += d;
            seen.push(d);
        }
        // 0.25 s, then every 0.5 s until 5 s have passed …
        assert!(seen[..9].iter().all(|d| *d == PROMPT_DELAY), "{seen:?}");
        // … then 1 s, 2 s, 4 s, and never more than 5 s.
        assert_eq!(seen[10..13], [1, 2, 4].map(Duration::from_secs), "{seen:?}");
        assert!(seen.iter().all(|d| *d <= MAX_DELAY));
        assert_eq!(*seen.last().unwrap(), MAX_DELAY);
    }

    #[test]
    fn targets() {
        assert!(PowerTarget::Running.reached(&json!({"power_on": true})));
        assert!(!PowerTarget::Running.reached(&json!({"power_on": false})));
        assert!(PowerTarget::Stopped.reached(&json!({"power_on": false})));
        assert!(!PowerTarget::Stopped.reached(&json!({})));
    }

    #[test]
    fn messages() {
        assert_eq!(human_duration(Duration::from_secs(300)), "5m");
        assert_eq!(human_duration(Duration::from_secs(90)), "1m30s");
        assert_eq!(human_duration(Duration::from_millis(200)), "200ms");
        let e = timed_out(
            "web1.default.demo",
            PowerTarget::Running,
            Duration::from_secs(1),
            Some(&json!({"hostname": "web1.default.demo.x", "power_on": false})),
        );
        assert_eq!(e.exit_code(), 9);
        assert!(e.message.contains("last seen stopped"), "{}", e.message);
        let e = interrupted("w", PowerTarget::Stopped, None);
        assert_eq!(e.exit_code(), 130);
    }
}
