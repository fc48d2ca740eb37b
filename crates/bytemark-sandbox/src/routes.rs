//! Which code answers which path.

use crate::http::{HttpRequest, HttpResponse, percent_decode};
use crate::shared::{Effects, Shared};
use crate::state::State;
use crate::{auth, brain};

/// Answers `req` against `st`, noting in `fx` what it changed.
pub fn respond(
    shared: &Shared,
    st: &mut State,
    req: &HttpRequest,
    now: u64,
    fx: &mut Effects,
) -> HttpResponse {
    let segs: Vec<String> = req
        .path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode(s, false))
        .collect();
    if segs.first().map(String::as_str) == Some("session") {
        auth::handle(shared, st, req, &segs, now, fx)
    } else {
        brain::handle(shared, st, req, &segs, now, fx)
    }
}
