//! One module per noun: resolved arguments -> API calls -> output.

use crate::cli::{Cli, Command};
use crate::error::{Error, Result};
use clap::Parser;

pub mod accounts;
pub mod config;
pub mod context;
pub mod definitions;
pub mod discs;
pub mod groups;
pub mod help;
pub mod login;
pub mod sandbox;
pub mod servers;
pub mod wait;

pub use context::Context;

/// Parses argv, runs the command and maps any error to an exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            e.exit_code()
        }
    }
}

fn dispatch(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Sandbox(cmd) => sandbox::run(cmd),
        Command::Help(args) => help::run(args),
        Command::Servers(cmd) => servers::run(&mut Context::new(&cli.global)?, cmd),
        Command::Groups(cmd) => groups::run(&mut Context::new(&cli.global)?, cmd),
        Command::Discs(cmd) => discs::run(&mut Context::new(&cli.global)?, cmd),
        Command::Accounts(cmd) => accounts::run(&mut Context::new(&cli.global)?, cmd),
        Command::Definitions(args) => definitions::run(&mut Context::new(&cli.global)?, args),
        _ => Err(Error::unexpected("not implemented yet")),
    }
}
