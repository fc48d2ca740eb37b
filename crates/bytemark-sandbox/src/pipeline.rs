//! What happens to every request, in order: the fault decision, the answer
//! (under the state lock: due power changes and backups settle, the route
//! answers, the state file is written), the added latency, and the request
//! log.

use std::time::Instant;

use crate::http::{HttpRequest, HttpResponse, Outcome, lock};
use crate::options::FailMode;
use crate::request_log::RequestRecord;
use crate::routes;
use crate::shared::{Effects, Shared};
use crate::state::now_ms;

/// The sandbox's [`crate::http::Handler`]. A request that could not be
/// parsed arrives as `Err(response)` so that it is logged like any other.
pub fn handle(shared: &Shared, req: Result<HttpRequest, HttpResponse>) -> Outcome {
    let started = Instant::now();
    let seq = shared.next_seq();
    let (method, path, query) = match &req {
        Ok(r) => (r.method.clone(), r.path.clone(), r.query.clone()),
        Err(_) => ("-".to_string(), "-".to_string(), String::new()),
    };
    let (fail_rate, fail_mode) = *lock(&shared.faults);
    let outcome = if fault_for(shared.opts.seed, seq, fail_rate) {
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
                    let _ = answer(shared, r);
                }
                Outcome::Drop
            }
        }
    } else {
        match req {
            Err(resp) => Outcome::Respond(resp),
            Ok(r) => Outcome::Respond(answer(shared, &r)),
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
    shared.log.push(
        seq,
        RequestRecord {
            method,
            path: RequestRecord::loggable_path(&path),
            query,
            status,
            duration_ms: started.elapsed().as_secs_f64() * 1000.0,
        },
    );
    outcome
}

/// Whether request number `seq` fails on purpose: a pure function of the
/// seed and the sequence number.
fn fault_for(seed: u64, seq: u64, rate: f64) -> bool {
    if rate <= 0.0 {
        return false;
    }
    let mut rng = fastrand::Rng::with_seed(seed ^ seq.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    rng.f64() < rate
}

/// Answers one request against the state, then persists what it changed.
fn answer(shared: &Shared, req: &HttpRequest) -> HttpResponse {
    let now = now_ms();
    let mut fx = Effects::default();
    let mut st = lock(&shared.state);
    // What came due (scheduled backups above all) is saved like a change.
    fx.mutated = st.settle(now, shared.opts.transition_delay.as_millis() as u64);
    let resp = routes::respond(shared, &mut st, req, now, &mut fx);
    // A change may have added something due (a power change, a restore, a
    // schedule): the next request settles again. (A GET changes nothing.)
    if fx.mutated || req.routing_method() != "GET" {
        st.changed();
    }
    if let Err(e) = shared.persist(&mut st, now, &fx) {
        eprintln!("sandbox: cannot save state: {e}");
        return HttpResponse::text(500, "sandbox could not save its state file");
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
