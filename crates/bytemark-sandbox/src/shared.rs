//! What every connection thread shares: the options, the state (behind one
//! lock), the fault and latency settings, the request log, the random
//! source for secrets, and the bookkeeping that decides when the state file
//! is written.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use crate::error::SandboxError;
use crate::http::lock;
use crate::options::{FailMode, SandboxOptions};
use crate::request_log::RequestLog;
use crate::state::file::{self, StateLock};
use crate::state::{State, now_ms};

/// Session extensions are saved lazily: at most this late, and on stop.
const SESSION_SAVE_INTERVAL_MS: u64 = 10_000;

/// What a request did to the state, for persistence.
#[derive(Default)]
pub struct Effects {
    /// Data changed: save now.
    pub mutated: bool,
    /// Only session expiry moved: save on stop.
    pub touched: bool,
}

pub struct Shared {
    pub opts: SandboxOptions,
    pub state: Mutex<State>,
    pub log: RequestLog,
    /// Fault rate and mode now (from the options; see `SandboxHandle::set_faults`).
    pub faults: Mutex<(f64, FailMode)>,
    /// Added to every response now (from the options; see `SandboxHandle::set_latency`).
    pub latency: Mutex<Duration>,
    /// Numbers requests in arrival order, for fault decisions.
    seq: AtomicU64,
    /// Sessions were extended since the last save (flushed on stop).
    dirty: AtomicBool,
    /// When the state file was last written (unix ms).
    last_save: AtomicU64,
    /// Token and password generator: seeded from the clock, not `--seed`,
    /// so tokens are not guessable across runs.
    rng: Mutex<fastrand::Rng>,
    _lock: Option<StateLock>,
}

impl Shared {
    /// Loads the state file (seeding it when missing) under its lock, or
    /// seeds an in-memory state, and opens the request log.
    pub fn new(opts: SandboxOptions) -> Result<Shared, SandboxError> {
        let (st, lock) = match &opts.state_file {
            None => (State::seed(opts.seed, opts.seed_servers), None),
            Some(path) => {
                let lock = file::acquire_lock(path)?;
                let st = match file::load(path)? {
                    Some(st) => st,
                    None => {
                        let st = State::seed(opts.seed, opts.seed_servers);
                        file::save(path, &st)?;
                        st
                    }
                };
                (st, Some(lock))
            }
        };
        let log = RequestLog::open(opts.request_log.as_deref(), opts.quiet)?;
        let clock = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let entropy = clock ^ (std::process::id() as u64).rotate_left(32) ^ fastrand::u64(..);
        Ok(Shared {
            faults: Mutex::new((opts.fail_rate, opts.fail_mode)),
            latency: Mutex::new(opts.latency),
            opts,
            state: Mutex::new(st),
            log,
            seq: AtomicU64::new(0),
            dirty: AtomicBool::new(false),
            last_save: AtomicU64::new(now_ms()),
            rng: Mutex::new(fastrand::Rng::with_seed(entropy)),
            _lock: lock,
        })
    }

    /// The number of the next request (0, 1, 2, … in arrival order).
    pub fn next_seq(&self) -> u64 {
        self.seq.fetch_add(1, Ordering::SeqCst)
    }

    /// 32 random hex digits: session tokens and API key secrets.
    pub fn random_token(&self) -> String {
        let mut rng = lock(&self.rng);
        format!("{:016x}{:016x}", rng.u64(..), rng.u64(..))
    }

    /// 16 random letters, upper and lower case in turn: root passwords.
    pub fn random_password(&self) -> String {
        let mut rng = lock(&self.rng);
        (0..16)
            .map(|i| {
                if i % 2 == 0 {
                    rng.alphabetic().to_ascii_uppercase()
                } else {
                    rng.lowercase()
                }
            })
            .collect()
    }

    /// Writes the state file as a request's effects ask: at once after a
    /// change, lazily after mere session extensions. Only a failed save of a
    /// change is an error (the change would be lost on restart).
    pub fn persist(&self, st: &mut State, now: u64, fx: &Effects) -> Result<(), SandboxError> {
        let path = self.opts.state_file.as_deref();
        if fx.mutated {
            if let Some(path) = path {
                st.expire_sessions(now);
                file::save(path, st)?;
                self.saved(now);
            }
        } else if fx.touched {
            self.dirty.store(true, Ordering::SeqCst);
            if let Some(path) = path
                && now.saturating_sub(self.last_save.load(Ordering::SeqCst))
                    > SESSION_SAVE_INTERVAL_MS
                && file::save(path, st).is_ok()
            {
                self.saved(now);
            }
        }
        Ok(())
    }

    fn saved(&self, now: u64) {
        self.dirty.store(false, Ordering::SeqCst);
        self.last_save.store(now, Ordering::SeqCst);
    }

    /// Saves the state if anything changed since the last save.
    pub fn flush(&self) -> Result<(), SandboxError> {
        if let Some(path) = &self.opts.state_file
            && self.dirty.swap(false, Ordering::SeqCst)
        {
            file::save(path, &lock(&self.state))?;
        }
        Ok(())
    }
}
