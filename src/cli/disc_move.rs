//! `bytemark discs move` arguments.

use crate::input::{ServerName, parse_server_name};
use clap::Args;
use clap_complete::ArgValueCompleter;

#[derive(Debug, Args)]
pub struct DiscMoveArgs {
    /// server[.group[.account]] the disc is on, or a numeric id
    #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub server: ServerName,
    /// Disc label or id
    pub disc: String,
    /// The server to move it to
    #[arg(long, value_name = "SERVER", value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub to: ServerName,
}
