//! One module per noun: resolved arguments -> API calls -> output.

use crate::cli::{Cli, Command};
use crate::error::{Error, Result};
use clap::Parser;

pub mod sandbox;

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
        _ => Err(Error::unexpected("not implemented yet")),
    }
}
