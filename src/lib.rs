//! `bytemark`: the command-line tool for Bytemark Cloud Servers, as a library
//! shared by the binary, the integration tests and the doc generators.
//!
//! The workspace has three crates: this one (the CLI), `bytemark-api` (the
//! typed client: requests, models, the auth protocol, one `ApiError`; no
//! terminal, keyring or environment) and `bytemark-sandbox` (a local
//! Bytemark API that shares no types with the client).
//!
//! Modules, from the top down; each imports only modules below it:
//!
//! * [`commands`]: one module per noun, thin: typed arguments -> API calls
//!   -> output. `commands::main` parses, dispatches and maps errors to exit
//!   codes.
//! * [`generate`] (completion scripts and man pages) and [`cli`] (the clap
//!   grammar: derive types and value parsers, whose doc comments are the help).
//! * [`completion`]: dynamic completion of server and group names.
//! * [`context`]: what every command gets: settings, output, the session and
//!   an API client made on first use.
//! * [`session`]: keeping, refreshing and renewing the session token (stores,
//!   lock, prompts), over `bytemark_api::auth`.
//! * [`config`] (profiles and typed settings with their sources), [`output`]
//!   (tables, JSON, ids), [`input`] (parsers for names, sizes, durations),
//!   [`topics`] (help topics).
//! * [`secrets`]: the secrets this process holds (password, codes, tokens),
//!   scrubbed from every error it reports.
//! * [`error`]: the one error type; every failure's kind, including the API
//!   crate's, becomes an exit code here and only here.

// Output goes through `output` (stdout) and `stderr_line!` (stderr), which
// never panic when a stream cannot be written to.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod commands;
pub mod completion;
pub mod config;
pub mod context;
pub mod error;
pub mod generate;
pub mod input;
pub mod output;
pub mod secrets;
pub mod session;
pub mod topics;
