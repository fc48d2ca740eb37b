//! Per-request pipeline: fault decision, dispatch to auth or brain,
//! persistence, latency, request log and access log.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

use super::http::{HttpRequest, HttpResponse, Outcome, lock, percent_decode};
use super::state::{self, State, StateLock};
use super::{FailMode, RequestRecord, SandboxError, SandboxOptions};

pub struct Shared {
    pub opts: SandboxOptions,
    pub state: Mutex<State>,
    pub log: Mutex<Vec<RequestRecord>>,
    /// Fault rate and mode now (from the options; see `SandboxHandle::set_faults`).
    pub faults: Mutex<(f64, FailMode)>,
    /// Added to every response now (from the options; see `SandboxHandle::set_latency`).
    pub latency: Mutex<std::time::Duration>,
    log_file: Mutex<Option<std::fs::File>>,
    seq: AtomicU64,
    /// Sessions were extended since the last save (flushed on stop).
    dirty: AtomicBool,
    /// When the state file was last written (unix ms).
    last_save: AtomicU64,
    /// Token and password generator: seeded from the clock, not `--seed`,
    /// so tokens are not guessable across runs.
    pub rng: Mutex<fastrand::Rng>,
    _lock: Option<StateLock>,
}

impl Shared {
    pub fn new(opts: SandboxOptions) -> Result<Shared, SandboxError> {
        let (st, lock) = match &opts.state_file {
            None => (State::seed(opts.seed, opts.seed_servers), None),
            Some(path) => {
                let lock = state::acquire_lock(path)?;
                let st = match state::load(path)? {
                    Some(st) => st,
                    None => {
                        let st = State::seed(opts.seed, opts.seed_servers);
                        state::save(path, &st)?;
                        st
                    }
                };
                (st, Some(lock))
            }
        };
        let log_file = match &opts.request_log {
            None => None,
            Some(p) => Some(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .map_err(|e| SandboxError::Io {
                        path: p.clone(),
                        source: e,
                    })?,
            ),
        };
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
            log: Mutex::new(Vec::new()),
            log_file: Mutex::new(log_file),
            seq: AtomicU64::new(0),
            dirty: AtomicBool::new(false),
            last_save: AtomicU64::new(state::now_ms()),
            rng: Mutex::new(fastrand::Rng::with_seed(entropy)),
            _lock: lock,
        })
    }

    /// Saves the state if anything changed since the last save.
    pub fn flush(&self) -> Result<(), SandboxError> {
        if let Some(path) = &self.opts.state_file
            && self.dirty.swap(false, Ordering::SeqCst)
        {
            let st = lock(&self.state);
            state::save(path, &st)?;
        }
        Ok(())
    }

    fn state_path(&self) -> Option<&PathBuf> {
        self.opts.state_file.as_ref()
    }
}

/// Session ids are secrets: the request and access logs show
/// `/session/[redacted]` instead of the id.
fn loggable_path(path: &str) -> String {
    match path.strip_prefix("/session/") {
        Some(rest) if !rest.is_empty() => "/session/[redacted]".to_string(),
        _ => path.to_string(),
    }
}

/// Whether request number `seq` fails on purpose: a pure function of the
/// seed and the sequence number.
pub fn fault_for(seed: u64, seq: u64, rate: f64) -> bool {
    if rate <= 0.0 {
        return false;
    }
    let mut rng = fastrand::Rng::with_seed(seed ^ seq.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    rng.f64() < rate
}

pub fn handle(shared: &Shared, req: Result<HttpRequest, HttpResponse>) -> Outcome {
    let started = Instant::now();
    let seq = shared.seq.fetch_add(1, Ordering::SeqCst);
    let (method, path, query) = match &req {
        Ok(r) => (r.method.clone(), r.path.clone(), r.query.clone()),
        Err(_) => ("-".to_string(), "-".to_string(), String::new()),
    };
    let opts = &shared.opts;
    let (fail_rate, fail_mode) = *lock(&shared.faults);
    let outcome = if fault_for(opts.seed, seq, fail_rate) {
        match fail_mode {
            FailMode::Status500 => {
                Outcome::Respond(HttpResponse::text(500, "Internal Server Error (injected)"))
            }
            FailMode::Status503 => {
                Outcome::Respond(HttpResponse::text(503, "Service Unavailable (injected)"))
            }
            FailMode::Drop => Outcome::Drop,
            FailMode::DropAfter => {
                // Handled for real (state changes), then the answer is lost.
                if let Ok(r) = &req {
                    let _ = dispatch(shared, r);
                }
                Outcome::Drop
            }
        }
    } else {
        match req {
            Err(resp) => Outcome::Respond(resp),
            Ok(r) => Outcome::Respond(dispatch(shared, &r)),
        }
    };
    let latency = *lock(&shared.latency);
    if !latency.is_zero() {
        std::thread::sleep(latency);
    }
    let status = match &outcome {
        Outcome::Respond(r) => r.status,
        Outcome::Drop => 0,
    };
    let record = RequestRecord {
        method,
        path: loggable_path(&path),
        query,
        status,
        duration_ms: started.elapsed().as_secs_f64() * 1000.0,
    };
    if !opts.quiet {
        let q = if record.query.is_empty() {
            String::new()
        } else {
            format!("?{}", record.query)
        };
        eprintln!(
            "sandbox: #{seq} {} {}{} -> {} ({:.1} ms)",
            record.method,
            record.path,
            q,
            if status == 0 {
                "dropped".to_string()
            } else {
                status.to_string()
            },
            record.duration_ms
        );
    }
    if let Some(f) = lock(&shared.log_file).as_mut()
        && let Ok(mut line) = serde_json::to_vec(&record)
    {
        line.push(b'\n');
        let _ = f.write_all(&line);
        let _ = f.flush();
    }
    lock(&shared.log).push(record);
    outcome
}

const SESSION_SAVE_INTERVAL_MS: u64 = 10_000;

/// What a handler did to the state, for persistence.
#[derive(Default)]
pub struct Effects {
    /// Data changed: save now.
    pub mutated: bool,
    /// Only session expiry moved: save on stop.
    pub touched: bool,
}

fn dispatch(shared: &Shared, req: &HttpRequest) -> HttpResponse {
    let segs: Vec<String> = req
        .path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode(s, false))
        .collect();
    let now = state::now_ms();
    let mut effects = Effects::default();
    let mut st = lock(&shared.state);
    st.settle(now);
    let resp = if segs.first().map(String::as_str) == Some("session") {
        super::auth::handle(shared, &mut st, req, &segs, now, &mut effects)
    } else {
        super::brain::handle(shared, &mut st, req, &segs, now, &mut effects)
    };
    if effects.mutated {
        if let Some(path) = shared.state_path() {
            st.expire_sessions(now);
            if let Err(e) = state::save(path, &st) {
                eprintln!("sandbox: cannot save state: {e}");
                return HttpResponse::text(500, "sandbox could not save its state file");
            }
            shared.dirty.store(false, Ordering::SeqCst);
            shared.last_save.store(now, Ordering::SeqCst);
        }
    } else if effects.touched {
        shared.dirty.store(true, Ordering::SeqCst);
        // Session extensions are saved lazily: at most every 10 s, and on stop.
        if let Some(path) = shared.state_path()
            && now.saturating_sub(shared.last_save.load(Ordering::SeqCst))
                > SESSION_SAVE_INTERVAL_MS
            && state::save(path, &st).is_ok()
        {
            shared.dirty.store(false, Ordering::SeqCst);
            shared.last_save.store(now, Ordering::SeqCst);
        }
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_depend_on_seed_and_sequence_only() {
        let a: Vec<bool> = (0..200).map(|i| fault_for(42, i, 0.3)).collect();
        let b: Vec<bool> = (0..200).map(|i| fault_for(42, i, 0.3)).collect();
        let c: Vec<bool> = (0..200).map(|i| fault_for(43, i, 0.3)).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
        let n = a.iter().filter(|x| **x).count();
        assert!((30..=90).contains(&n), "about 30% should fail, got {n}");
        assert!((0..100).all(|i| !fault_for(1, i, 0.0)));
        assert!((0..100).all(|i| fault_for(1, i, 1.0)));
    }
}
