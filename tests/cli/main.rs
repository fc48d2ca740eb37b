//! The `bytemark` CLI's integration tests, as one test binary (one link of
//! the CLI and its dependencies instead of one per file). Each topic is a
//! module; `support` is the shared harness (the real binary against an
//! in-process sandbox with an isolated HOME).
//!
//! Run one topic with a filter on its module path, e.g.
//! `cargo test --test cli core_login::`.

mod support;

mod access;
mod access_api_keys;
mod backups;
mod bad_input;
mod completion;
mod connect;
mod core_exit_codes;
mod core_login;
mod core_nokeyring;
mod core_output;
mod core_session;
mod fleet;
mod generated;
mod getting_in;
mod hardening_outcomes;
mod hardening_output;
mod hardening_secrets;
mod help;
mod hostile_responses;
mod interrupt;
mod ips;
mod keyring_real;
mod near_misses;
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
mod streams;
mod ux;
