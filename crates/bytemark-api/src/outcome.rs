//! Creates and changes whose answer may be lost.
//!
//! A request that fails with an unknown outcome (the connection dropped, a
//! timeout, a 5xx, a 429: [`ApiError::outcome_unknown`]) may have taken
//! effect all the same. "Try again" is then the wrong advice twice over: a
//! create sent again makes a second thing (or fails on the name its first
//! attempt took), and a relative change repeated (grow a disc by 10 GiB)
//! happens twice. So:
//!
//! * [`Client::create_checked`] looks the thing up by name before it sends a
//!   create again, and takes a thing it finds as its own only when it knows
//!   the name was free before the POST that made it, and the thing is as
//!   asked;
//! * [`Client::change`] re-reads the resource after a lost answer and says
//!   whether the change is in place.
//!
//! Neither spends a request when nothing fails.

use crate::{ApiError, ApiErrorKind, Client, Request, Result};
use serde_json::{Value, json};
use std::time::Instant;

/// How [`Client::create_checked`] recognises the thing it creates.
pub struct CreateCheck<'a> {
    /// Looks the thing up by name: `Ok(Some(json))` when it is there,
    /// `Ok(None)` when it is not (see [`crate::found`]).
    pub find: &'a dyn Fn(&Client) -> Result<Option<Value>>,
    /// How a thing found by name differs from what was asked, in words
    /// (`"cores 2 (asked 1)"`); empty when it is as asked.
    pub differences: &'a dyn Fn(&Value) -> Vec<String>,
    /// A thing found by name, in words, for messages
    /// (`"server web1.default.acme (id 7)"`).
    pub describe: &'a dyn Fn(&Value) -> String,
    /// The caller saw the name free just before this create (it read the
    /// parent, and the name was not there). A thing found by name after a
    /// lost answer is then this create's.
    pub known_free: bool,
    /// The caller accepts a thing of that name that may have been there
    /// before (`--if-not-exists`): one found after a lost answer is returned
    /// as [`Created::Exists`], whoever made it.
    pub accept_existing: bool,
}

/// What [`Client::create_checked`] created, and how it knows.
#[derive(Debug, Clone, PartialEq)]
pub enum Created {
    /// The API answered: the new thing.
    Answered(Value),
    /// The answer was lost; a lookup by name found the thing as asked, and
    /// the name was free before the POST that made it: this create made it.
    Confirmed(Value),
    /// The answer was lost and a thing of that name is there, which may
    /// have been there before (only with [`CreateCheck::accept_existing`]).
    Exists(Value),
}

impl Created {
    /// The thing, however it was learnt.
    pub fn into_value(self) -> Value {
        match self {
            Created::Answered(v) | Created::Confirmed(v) | Created::Exists(v) => v,
        }
    }
}

/// What a re-read after a lost answer shows (see [`Client::change`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// The change is in place: the resource as it is now (`Value::Null`
    /// when a delete left nothing to read).
    Done(Value),
    /// It is not: what the resource is like instead, in words
    /// (`"disc-1 is 25 GiB"`).
    NotDone(String),
    /// A re-read cannot tell (a reset leaves no mark): what it shows.
    Unknown(String),
}

/// What [`Client::change`] did, and how it knows.
#[derive(Debug, Clone, PartialEq)]
pub enum Changed {
    /// The API answered (its body; `Value::Null` for a 204).
    Answered(Value),
    /// The answer was lost, and a re-read shows the change in place: the
    /// resource as re-read.
    Confirmed(Value),
}

impl Client {
    /// Sends a POST that creates something (`vm_create`, a disc, a group)
    /// without ever creating it twice, and without taking as its own a
    /// thing that was there before; `lookup` finds the thing by name. The
    /// same as [`Client::create_checked`] with no other check: the name is
    /// all that is compared.
    pub fn create(
        &self,
        req: &Request,
        lookup: &dyn Fn(&Client) -> Result<Option<Value>>,
    ) -> Result<Value> {
        let check = CreateCheck {
            find: lookup,
            differences: &|_| Vec::new(),
            describe: &|_| "it".to_string(),
            known_free: false,
            accept_existing: false,
        };
        self.create_checked(req, &check).map(Created::into_value)
    }

    /// Sends a POST that creates something, never twice.
    ///
    /// A create is not idempotent, so it is never blindly resent. When an
    /// attempt fails with an unknown outcome, `check.find` looks the thing
    /// up by name:
    ///
    /// * not there: that attempt created nothing, and the name was free
    ///   then. The POST is sent again, after a jittered backoff, within the
    ///   same attempt count and time budget as other requests.
    /// * there, as asked, and the name known free before the POST that made
    ///   it (an earlier lookup of this create found nothing, or
    ///   [`CreateCheck::known_free`]): [`Created::Confirmed`].
    /// * there otherwise: with [`CreateCheck::accept_existing`],
    ///   [`Created::Exists`]. Else, when it differs from what was asked, it
    ///   is not this create's (which would have made it as asked): a
    ///   conflict, [`ApiErrorKind::Rejected`], as if the API had refused the
    ///   name. When it is as asked, it may be this create's or may have been
    ///   there before, and nothing can tell which: an error of unknown
    ///   outcome ([`ApiErrorKind::Network`]) that says so. Both errors carry
    ///   the thing found in their `details`, as `{"found": json}`.
    /// * the lookup fails too: nothing is resent, and the error says the
    ///   outcome is unknown.
    ///
    /// Any other error (400, 403, …) is returned at once.
    pub fn create_checked(&self, req: &Request, check: &CreateCheck) -> Result<Created> {
        let started = Instant::now();
        let options = &self.http.options;
        let mut known_free = check.known_free;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let error = match self.send(req) {
                Ok(v) => return Ok(Created::Answered(v)),
                Err(e) if e.outcome_unknown() => e,
                Err(e) => return Err(e),
            };
            self.http.trace(format_args!(
                "{}: {}; checking whether it happened",
                req.context, error.message
            ));
            match (check.find)(self) {
                Ok(Some(found)) => return judge(req, check, known_free, found, error),
                // Nothing there: this attempt created nothing, and the
                // name was free, so whatever a later attempt makes is ours.
                Ok(None) => known_free = true,
                Err(look) => {
                    let mut error = error;
                    error.message = format!(
                        "{}\n(checking whether it happened failed too: {})",
                        error.message, look.message
                    );
                    return Err(error.with_hint(format!(
                        "it is not known whether `{}` took effect: check before trying again",
                        req.context
                    )));
                }
            }
            let backoff = options.retry_base_delay * 2u32.saturating_pow(attempt - 1);
            let delay = backoff.mul_f64(0.5 + fastrand::f64());
            if attempt >= options.max_attempts.max(1)
                || started.elapsed() + delay > options.retry_budget
            {
                let hint = format!(
                    "nothing was created: `{}` failed {attempt} time{} and a check by name found nothing; try again later",
                    req.context,
                    if attempt == 1 { "" } else { "s" }
                );
                return Err(error.with_hint(hint));
            }
            self.http.trace(format_args!(
                "not created; trying again in {} ms (attempt {})",
                delay.as_millis(),
                attempt + 1
            ));
            std::thread::sleep(delay);
        }
    }

    /// Sends a change — a PUT, a DELETE, or a POST that acts on something
    /// that exists (a signal, a reimage) — and, when its answer is lost,
    /// finds out with `check` whether it took effect.
    ///
    /// The request itself is sent as [`Client::send`] sends it (a PUT or
    /// DELETE is retried on transient failures; a POST is not). Only if it
    /// still fails with an unknown outcome is `check` called, once, to
    /// re-read the resource: [`Check::Done`] is success
    /// ([`Changed::Confirmed`]); [`Check::NotDone`], [`Check::Unknown`] or a
    /// failed re-read return the original error (unknown outcome,
    /// [`ApiErrorKind::Network`]) saying what the re-read showed, with
    /// `details` `{"took_effect": false}` (not done) or `{"took_effect":
    /// null}` (not known).
    pub fn change(
        &self,
        req: &Request,
        check: &dyn Fn(&Client) -> Result<Check>,
    ) -> Result<Changed> {
        let mut error = match self.send(req) {
            Ok(v) => return Ok(Changed::Answered(v)),
            Err(e) if e.outcome_unknown() => e,
            Err(e) => return Err(e),
        };
        self.http.trace(format_args!(
            "{}: {}; re-reading to see whether it took effect",
            req.context, error.message
        ));
        let unknown = format!(
            "it is not known whether `{}` took effect: check before trying again",
            req.context
        );
        let (seen, took_effect, hint) = match check(self) {
            Ok(Check::Done(now)) => return Ok(Changed::Confirmed(now)),
            Ok(Check::NotDone(now)) => (
                format!("a re-read shows it did not take effect: {now}"),
                Some(false),
                format!(
                    "`{}` changed nothing, so it can be tried again",
                    req.context
                ),
            ),
            Ok(Check::Unknown(now)) => (
                format!("a re-read cannot tell whether it took effect: {now}"),
                None,
                unknown,
            ),
            Err(e) => (
                format!("re-reading to check failed too: {}", e.message),
                None,
                unknown,
            ),
        };
        error.message = format!("{}\n({seen})", error.message);
        error.details = Some(json!({ "took_effect": took_effect }));
        Err(error.with_hint(hint))
    }
}

/// A create's answer was lost and a lookup found `found`: whose is it?
fn judge(
    req: &Request,
    check: &CreateCheck,
    known_free: bool,
    found: Value,
    lost: ApiError,
) -> Result<Created> {
    let differences = (check.differences)(&found);
    let what = (check.describe)(&found);
    if differences.is_empty() && known_free {
        return Ok(Created::Confirmed(found));
    }
    if check.accept_existing {
        return Ok(Created::Exists(found));
    }
    if !differences.is_empty() {
        // This create would have made it as asked: it did not make this one.
        let mut e = ApiError::new(
            ApiErrorKind::Rejected,
            format!(
                "{}\n(a lookup by name found {what}, which is not what was asked: {}; so this command did not create it)",
                lost.message,
                differences.join("; ")
            ),
        );
        e.details = Some(json!({ "found": found }));
        return Err(e.with_hint(
            "the name is taken by something this command did not create: look at it, or choose another name",
        ));
    }
    // As asked, but the name not known free: this create's, or one that
    // was there before, and nothing tells which. That is an unknown
    // outcome, like any lost answer, not a refusal: told "refused", a
    // script might create another under a new name and leave this one.
    let mut e = lost;
    e.details = Some(json!({ "found": found }));
    e.message = format!(
        "{}\n(a lookup by name found {what}, as asked, but whether this command created it or it was there before cannot be told)",
        e.message
    );
    Err(e.with_hint(format!(
        "`{}` may or may not have taken effect: look at what holds the name before treating it as this command's",
        req.context
    )))
}
