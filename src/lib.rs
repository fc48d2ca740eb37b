//! `bytemark`: the command-line tool for Bytemark Cloud Servers, as a library
//! shared by the binary, the integration tests and the doc generators.
//!
//! Layers (arrows point one way): `cli -> commands -> {api, session, output,
//! config, spec}`. The `sandbox` is a separate, self-contained implementation
//! of the Bytemark API; it shares no model types with the client.

pub mod cli;
pub mod commands;
pub mod completion;
pub mod config;
pub mod error;
pub mod generate;
pub mod output;
pub mod session;
pub mod spec;
pub mod topics;

pub use error::{Error, ErrorKind, Result};

/// Runs the command line and returns the process exit code.
pub fn run() -> i32 {
    commands::main()
}
