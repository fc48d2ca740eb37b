//! `bytemark console`, `ssh` and `api` arguments: reaching a server, and
//! the API itself.

use crate::input::access::parse_user_name;
use crate::input::request::{ApiPath, parse_api_path, parse_method, parse_query_pair};
use crate::input::{ServerName, parse_server_name};
use bytemark_api::Method;
use clap::{ArgGroup, Args};
use clap_complete::ArgValueCompleter;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("kind").args(["serial", "vnc", "panel"])))]
pub struct ConsoleArgs {
    /// server[.group[.account]], or a numeric id
    #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub server: ServerName,
    /// The serial console, over ssh to the server's management address (the default)
    #[arg(long)]
    pub serial: bool,
    /// Forward the VNC console to localhost with ssh; point a VNC viewer at the printed URL
    #[arg(long)]
    pub vnc: bool,
    /// Open the console in the Bytemark panel in a browser (the URL carries your session token)
    #[arg(long)]
    pub panel: bool,
    /// Local port for --vnc
    #[arg(long, default_value_t = 9999, value_name = "PORT", requires = "vnc")]
    pub vnc_port: u16,
    /// Your Bytemark user name for the console (default: the user you are logged in as)
    #[arg(long, value_parser = parse_user_name)]
    pub user: Option<String>,
    /// Print the command or URL instead of running or opening it
    #[arg(long)]
    pub print: bool,
}

#[derive(Debug, Args)]
pub struct SshArgs {
    /// server[.group[.account]], or a numeric id
    #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub server: ServerName,
    /// User to log in as on the server
    #[arg(long, default_value = "root", value_parser = parse_user_name)]
    pub user: String,
    /// Print the ssh command instead of running it
    #[arg(long)]
    pub print: bool,
    /// Passed to ssh after the address: options, or a command to run
    #[arg(last = true, value_name = "ARGS")]
    pub args: Vec<String>,
}

/// `bytemark api METHOD PATH`: one request with your session.
#[derive(Debug, Args)]
pub struct ApiArgs {
    /// GET, POST, PUT or DELETE
    #[arg(value_parser = parse_method)]
    pub method: Method,
    /// A path on the API endpoint, e.g. /accounts/acme?view=overview
    #[arg(value_parser = parse_api_path)]
    pub path: ApiPath,
    /// JSON body for POST and PUT, from a file or - for stdin
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// Add a query parameter (repeatable), e.g. --query view=overview
    #[arg(long = "query", value_name = "KEY=VALUE", value_parser = parse_query_pair)]
    pub query: Vec<(String, String)>,
}
