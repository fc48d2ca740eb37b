//! The sandbox's integration tests, as one test binary: each topic is a
//! module, `support` starts sandboxes and talks HTTP to them (std only).
//!
//! Run one topic with a filter on its module path, e.g.
//! `cargo test -p bytemark-sandbox --test sandbox auth::`.

mod support;

mod auth;
mod backups_and_ips;
mod brain;
mod ops;
mod power;
mod storage_and_access;
