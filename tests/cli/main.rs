//! The `bytemark` CLI's integration tests, as one test binary (one link of
//! the CLI and its dependencies instead of one per file). Each topic is a
//! module; `support` is the shared harness (the real binary against an
//! in-process sandbox with an isolated HOME).
//!
//! Run one topic with a filter on its module path, e.g.
//! `cargo test --test cli core_login::`.

mod support;

mod bad_input;
mod completion;
mod core_exit_codes;
mod core_login;
mod core_nokeyring;
mod core_output;
mod core_session;
mod fleet;
mod generated;
mod hardening_outcomes;
mod hardening_output;
mod hardening_secrets;
mod hostile_responses;
mod interrupt;
mod keyring_real;
mod profiles;
mod reliability_faults;
mod resources_accounts;
mod resources_discs;
mod resources_groups;
mod resources_server_changes;
mod resources_servers;
mod sandbox_command;
mod scripting;
mod secrets;
