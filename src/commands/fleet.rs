//! Several servers at once (`servers start a b c --wait`): bounded
//! parallelism and one shared session.
//!
//! * The session is settled once, on the main thread, before any worker
//!   starts (no request while it is fresh). Each worker thread then has its
//!   own client: a clone of the transport and the same token.
//! * A 401 mid-run: the worker asks the main thread, which owns the
//!   session. For the token that was refused it logs in again at most once
//!   (`SessionManager::renew_after_401`, under the cross-process lock);
//!   workers refused the same token are handed the new one without another
//!   login, and when that login failed, its error. Each refused request is
//!   replayed once, as for a single request (design.md §5).
//! * `--parallel N` workers each take the next server and see it through:
//!   the command's requests for it, then its `--wait`. So at most N servers
//!   are in the middle of a change at any time (a rolling restart of a
//!   fleet is `--parallel 1` or a few), and at most N requests are in
//!   flight. Polls follow [`wait::poll_delay`]: one request per server per
//!   poll, no session traffic.
//! * Each server's outcome is said as it comes (see `batch::Progress`);
//!   the results come back in the order the servers were named.
//! * Ctrl-C during `--wait` ends every wait and starts no further server:
//!   each one is reported with the state it was last seen in (exit 130).

use super::batch::Progress;
use super::outcomes::{Reread, lost_note};
use super::targets::{Target, get_request, ref_from_value};
use super::values::vm_id;
use super::wait::{self, FIRST_DELAY, PowerTarget, poll_delay, state_word};
use crate::context::Context;
use crate::error::{Error, Result};
use bytemark_api::requests::VmRef;
use bytemark_api::{ApiError, Changed, Client, Http, Request, Session};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Servers worked on at once unless `--parallel` says otherwise.
pub const DEFAULT_PARALLEL: usize = 8;

/// How often the main thread looks for progress to show.
const SLICE: Duration = Duration::from_millis(50);

/// What a server's job ends with.
pub(crate) enum Step {
    /// Done: the resulting JSON, and a line saying so (none when empty).
    Done(Value, String),
    /// Changed: now wait for it to reach a power state.
    Wait(Watch),
}

/// A server to wait for.
pub(crate) struct Watch {
    /// Its single-server GET.
    pub get: Request,
    pub target: PowerTarget,
    /// Its name, for messages.
    pub name: String,
    /// Its state as the change left it, if known.
    pub last: Option<Value>,
}

/// Runs `job` for every target, `parallel` at a time, waiting (at most
/// `timeout` each) for those whose job asks to. Returns each target's
/// outcome, in order; each has already been said (`batch::Progress`).
pub(crate) fn run<T: Sync>(
    ctx: &mut Context,
    parallel: usize,
    timeout: Duration,
    targets: &[(String, T)],
    job: impl Fn(&Worker, &T) -> Result<Step> + Sync,
) -> Result<Vec<Result<Value>>> {
    let http = ctx.api()?.http.clone();
    // Settled just now: no request.
    let token = Arc::new(Mutex::new(ctx.session().ensure(&http)?));
    let used = Arc::new(AtomicBool::new(false));
    let total = targets.len();
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<Result<Value>>> = (0..total).map(|_| None).collect();
    let names: Vec<String> = targets.iter().map(|(n, _)| n.clone()).collect();
    let (tx, rx) = mpsc::channel();
    std::thread::scope(|s| {
        for _ in 0..parallel.clamp(1, total.max(1)) {
            let session = WorkerSession {
                token: Arc::clone(&token),
                sent: RefCell::default(),
                used: Arc::clone(&used),
                events: tx.clone(),
            };
            let (events, http, next, job) = (tx.clone(), http.clone(), &next, &job);
            s.spawn(move || {
                let w = Worker {
                    client: Client::new(http, Box::new(session)),
                    events,
                    index: Cell::new(0),
                };
                work(&w, next, targets, job, timeout);
            });
        }
        drop(tx);
        let ctx = &*ctx;
        let mut progress = Progress::new(ctx, names);
        let mut refused_login = None;
        loop {
            let event = rx.recv_timeout(SLICE);
            if used.swap(false, Ordering::SeqCst) {
                ctx.session().touch();
            }
            match event {
                Ok(Event::Status(i, text)) => progress.status(i, text),
                Ok(Event::Note(text)) => progress.suspend(|| ctx.output.notice(&text)),
                Ok(Event::Done(i, outcome, line)) => {
                    progress.done(ctx, i, &outcome, &line);
                    results[i] = Some(outcome);
                }
                Ok(Event::Renew(refused, reply)) => {
                    let token = progress
                        .suspend(|| renew(ctx, &http, &token, &refused, &mut refused_login));
                    let _ = reply.send(token);
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
            progress.tick(ctx);
        }
        progress.finish();
    });
    Ok(results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(Error::unexpected("a server's outcome went missing"))))
        .collect())
}

/// A new token for workers refused `refused`: the current one if another
/// worker already renewed it, else one login again (once: a failed one is
/// not tried again).
fn renew(
    ctx: &Context,
    http: &Http,
    token: &Mutex<String>,
    refused: &str,
    failed: &mut Option<Error>,
) -> Result<String> {
    let current = lock(token).clone();
    if current != refused {
        return Ok(current);
    }
    if let Some(e) = failed {
        return Err(e.clone());
    }
    match ctx.session().renew_after_401(http) {
        Ok(t) => {
            *lock(token) = t.clone();
            Ok(t)
        }
        Err(e) => {
            *failed = Some(e.clone());
            Err(e)
        }
    }
}

/// What workers tell the main thread.
enum Event {
    /// What a server is doing now.
    Status(usize, String),
    /// A note for stderr.
    Note(String),
    /// A server's outcome, and the line that says it went well.
    Done(usize, Result<Value>, String),
    /// The API refused this token: a new one, please.
    Renew(String, Sender<Result<String>>),
}

/// What a job gets: its own client, and a line to the main thread.
pub(crate) struct Worker {
    client: Client,
    events: Sender<Event>,
    /// The target being worked on.
    index: Cell<usize>,
}

impl Worker {
    /// Sends one request.
    pub fn send(&self, req: &Request) -> Result<Value> {
        Ok(self.client.send(req)?)
    }

    /// Sends a change; after a lost answer, `check` re-reads (as
    /// `outcomes::send_change`).
    pub fn change(&self, req: &Request, check: Reread) -> Result<Value> {
        match self.client.change(req, check)? {
            Changed::Answered(v) => Ok(v),
            Changed::Confirmed(v) => {
                self.note(lost_note(
                    req,
                    "a re-read shows the change in place, so it took effect",
                ));
                Ok(v)
            }
        }
    }

    /// GETs a server: its location and its JSON (as `targets::fetch`).
    pub fn fetch(&self, target: &Target) -> Result<(VmRef, Value)> {
        let req = get_request(target);
        let vm = self.send(&req)?;
        if !vm.is_object() {
            return Err(Error::network(format!(
                "{}: the API's response is not a server object",
                req.context
            )));
        }
        let r = match target {
            Target::Ref(r) => r.clone(),
            Target::Id(_) => ref_from_value(&vm, &req.context)?,
        };
        Ok((r, vm))
    }

    /// A target's location, spending a GET only for a numeric id.
    pub fn locate(&self, target: &Target) -> Result<VmRef> {
        match target {
            Target::Ref(r) => Ok(r.clone()),
            Target::Id(_) => Ok(self.fetch(target)?.0),
        }
    }

    /// A note on stderr (said even with `--quiet`, like `send_change`'s).
    pub fn note(&self, text: String) {
        let _ = self.events.send(Event::Note(text));
    }

    fn status(&self, text: String) {
        let _ = self.events.send(Event::Status(self.index.get(), text));
    }

    fn done(&self, outcome: Result<Value>, line: String) {
        let _ = self
            .events
            .send(Event::Done(self.index.get(), outcome, line));
    }

    /// Polls a server until it reaches its state, as `wait::wait_for`
    /// does (with a line of progress instead of a spinner).
    fn wait(&self, mut watch: Watch, timeout: Duration) {
        let started = Instant::now();
        let deadline = started + timeout;
        let mut delay = FIRST_DELAY;
        let outcome = loop {
            if let Some(vm) = &watch.last
                && watch.target.reached(vm)
            {
                break Ok(vm.clone());
            }
            let now = watch
                .last
                .as_ref()
                .map_or("not read yet".into(), state_word);
            self.status(format!("waiting to be {}, now {now}", watch.target.word()));
            if wait::sleep_interruptibly(delay, deadline) {
                break Err(wait::interrupted(
                    &watch.name,
                    watch.target,
                    watch.last.as_ref(),
                ));
            }
            if Instant::now() >= deadline {
                let last = watch.last.as_ref();
                break Err(wait::timed_out(&watch.name, watch.target, timeout, last));
            }
            delay = poll_delay(started.elapsed(), delay);
            match self.send(&watch.get) {
                Ok(vm) => watch.last = Some(vm),
                Err(e) => break Err(e),
            }
            if wait::interrupted_now() {
                break Err(wait::interrupted(
                    &watch.name,
                    watch.target,
                    watch.last.as_ref(),
                ));
            }
        };
        let line = match &outcome {
            Ok(vm) => {
                let shown = match vm_id(vm) {
                    s if s.is_empty() => watch.name.clone(),
                    s => s,
                };
                format!("{shown} is {}", watch.target.word())
            }
            Err(_) => String::new(),
        };
        self.done(outcome, line);
    }
}

/// A worker's session: the token the main thread settled, renewed through
/// the main thread (see [`renew`]).
struct WorkerSession {
    token: Arc<Mutex<String>>,
    /// The token this worker sent last.
    sent: RefCell<String>,
    /// A request authenticated (the main thread moves the expiry on).
    used: Arc<AtomicBool>,
    events: Sender<Event>,
}

impl Session for WorkerSession {
    fn token(&self, _: &Http) -> bytemark_api::Result<String> {
        let token = lock(&self.token).clone();
        self.sent.replace(token.clone());
        Ok(token)
    }

    fn used(&self) {
        self.used.store(true, Ordering::SeqCst);
    }

    fn renew(&self, _: &Http) -> bytemark_api::Result<String> {
        let gone = || ApiError::session(Error::unexpected("the session was given up"));
        let (tx, rx) = mpsc::channel();
        let refused = self.sent.borrow().clone();
        self.events
            .send(Event::Renew(refused, tx))
            .map_err(|_| gone())?;
        let token = rx.recv().map_err(|_| gone())?.map_err(ApiError::session)?;
        self.sent.replace(token.clone());
        Ok(token)
    }
}

/// A worker: the next target until there are none. After Ctrl-C
/// (during `--wait`) the targets left are not started.
fn work<T>(
    w: &Worker,
    next: &AtomicUsize,
    targets: &[(String, T)],
    job: &(impl Fn(&Worker, &T) -> Result<Step> + Sync),
    timeout: Duration,
) {
    loop {
        let i = next.fetch_add(1, Ordering::SeqCst);
        let Some((name, target)) = targets.get(i) else {
            return;
        };
        w.index.set(i);
        if wait::interrupted_now() {
            let e = Error::interrupted(format!("interrupted before anything was sent for {name}"));
            w.done(Err(e), String::new());
            continue;
        }
        w.status("working".into());
        match job(w, target) {
            Ok(Step::Done(v, line)) => w.done(Ok(v), line),
            Ok(Step::Wait(watch)) => w.wait(watch, timeout),
            Err(e) => w.done(Err(e), String::new()),
        }
    }
}

/// A lock, even if a worker panicked while holding it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}
