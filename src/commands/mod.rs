//! One module per noun: resolved arguments -> API calls -> output.

use crate::cli::{Cli, Command};
use crate::error::{Error, Result};
use crate::output::{Output, OutputFormat};
use clap::Parser;

pub mod accounts;
pub mod api;
pub mod api_keys;
pub mod backups;
pub mod batch;
pub mod config;
pub mod console;
pub mod definitions;
pub mod disc_move;
pub mod discs;
pub mod fleet;
pub mod groups;
pub mod help;
pub mod ips;
pub mod keys;
pub mod login;
pub mod outcomes;
pub mod privileges;
pub mod sandbox;
pub mod servers;
pub mod suggest;
pub mod targets;
pub mod users;
pub mod values;
pub mod wait;

use crate::context::{Context, Globals};

/// Parses argv, runs the command and maps any error to an exit code.
///
/// Usage errors from clap exit 2 (as JSON on stderr under `-o json`);
/// `--help` and `--version` exit 0. Every other error is printed once by
/// [`Output::error`] — JSON under `-o json`, even when the context could not
/// be built — and its kind decides the exit code (design.md §7).
pub fn main() -> i32 {
    // `COMPLETE=bash bytemark` prints the dynamic completion script, and the
    // shell calls back here to complete; neither returns.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    // `sandbox serve` installs its own handler, to stop and save cleanly.
    if !matches!(cli.command, Command::Sandbox(_)) {
        install_interrupt_handler();
    }
    // Settings are resolved again only when there is an error to report.
    let globals = cli.global.globals();
    if cli.global.jq.is_some() && cli.global.output.is_some_and(|o| o != OutputFormat::Json) {
        let e =
            Error::usage("--jq filters JSON output and cannot be combined with -o table or -o ids")
                .with_hint("leave out -o (--jq implies -o json)");
        error_output(&globals).error(&e);
        return e.exit_code();
    }
    match dispatch(cli.command, &globals) {
        Ok(()) => 0,
        Err(e) => {
            error_output(&globals).error(&e);
            e.exit_code()
        }
    }
}

/// How to report errors: the resolved output format when the settings
/// resolve, else the flags and environment alone.
fn error_output(globals: &Globals) -> Output {
    let format = match crate::config::Settings::resolve(&globals.settings) {
        Ok(settings) => settings.output.value,
        // Settings that do not resolve (a bad value) are that very error:
        // the flag, else the environment, decides how it is reported.
        Err(_) => globals.settings.output.unwrap_or_else(|| {
            crate::config::env_var("BYTEMARK_OUTPUT")
                .and_then(|v| v.parse().ok())
                .unwrap_or(OutputFormat::Table)
        }),
    };
    globals.output(format)
}

fn clap_error(e: clap::Error) -> i32 {
    use clap::error::ErrorKind as K;
    let mut e = json_flag_tip(e);
    // `--color` applies to clap's own errors and help too.
    if let Some(choice) = partial_flag("color").and_then(|c| match c.as_str() {
        "always" => Some(clap::ColorChoice::Always),
        "never" => Some(clap::ColorChoice::Never),
        _ => None,
    }) {
        e = e.with_cmd(&<Cli as clap::CommandFactory>::command().color(choice));
    }
    let code = e.exit_code();
    if matches!(e.kind(), K::DisplayHelp | K::DisplayVersion)
        || !e.use_stderr()
        || !wants_json_errors()
    {
        let _ = e.print();
        return code;
    }
    // The first paragraph is the message; it may go on over several lines
    // (the missing arguments, the possible values), which must not be lost.
    // A value parser's own hint (`hint: ...`) keeps its place in the JSON.
    let text = e.to_string();
    let (hints, lines): (Vec<&str>, Vec<&str>) = text
        .lines()
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .partition(|l| l.starts_with("hint: "));
    let message = lines.join(" ").trim_start_matches("error: ").to_string();
    // clap's own tips follow the message, in a paragraph of their own.
    let tip = text.lines().map(str::trim).find(|l| l.starts_with("tip: "));
    let hint = match (hints.first(), tip) {
        (Some(h), _) => h.trim_start_matches("hint: ").to_string(),
        (None, Some(t)) => t.trim_start_matches("tip: ").to_string(),
        (None, None) => "see `bytemark --help`".to_string(),
    };
    let message = if message.is_empty() {
        "invalid command line".to_string()
    } else {
        message
    };
    let err = Error::usage(message).with_hint(hint);
    Output::new(
        OutputFormat::Json,
        &[],
        false,
        crate::output::ColorChoice::Never,
    )
    .error(&err);
    code
}

/// `-o json` / `--output json` / `--jq` / `BYTEMARK_OUTPUT=json`, when clap
/// could not parse the whole command line.
fn wants_json_errors() -> bool {
    if partial_flag("jq").is_some() {
        return true;
    }
    match partial_flag("output") {
        Some(format) => format == "json",
        None => std::env::var("BYTEMARK_OUTPUT").as_deref() == Ok("json"),
    }
}

/// A global flag's value from a command line clap could not parse: clap
/// reads it again with every value taken as plain text and errors ignored,
/// so a bad value elsewhere (`--memory 1.5G -o json`) cannot hide it.
fn partial_flag(id: &str) -> Option<String> {
    relaxed(<Cli as clap::CommandFactory>::command())
        .ignore_errors(true)
        .try_get_matches()
        .ok()
        .and_then(|m| m.get_one::<String>(id).cloned())
}

/// `--json` is not a flag: clap's tip (pass it after `--` as a value) is
/// wrong for every command here, so the tip names `-o json` instead.
fn json_flag_tip(mut e: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue};
    let is_json = matches!(
        e.get(ContextKind::InvalidArg),
        Some(ContextValue::String(arg)) if arg == "--json" || arg.starts_with("--json=")
    );
    if e.kind() == clap::error::ErrorKind::UnknownArgument && is_json {
        let tip = "for JSON output use '-o json' (or --jq EXPR to filter it)";
        e.insert(
            ContextKind::Suggested,
            ContextValue::StyledStrs(vec![tip.into()]),
        );
    }
    e
}

/// The command line's grammar with no value checks: every value is text.
fn relaxed(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|arg| {
        if arg.get_action().takes_values() {
            arg.value_parser(clap::builder::ValueParser::string())
        } else {
            arg
        }
    })
    .mut_subcommands(relaxed)
}

/// Ctrl-C ends the program with exit 130, restoring terminal echo in case
/// it came during a password prompt. SIGTERM and SIGHUP (a `kill`, a closed
/// terminal) are handled the same way (ctrlc's `termination` feature), so a
/// `--wait` they end still reports the state it left the server in.
fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        // A running `--wait` reports the server's state and exits 130 itself.
        if wait::on_interrupt() {
            return;
        }
        #[cfg(unix)]
        {
            use std::io::IsTerminal;
            if std::io::stdin().is_terminal()
                && let Ok(tty) = std::fs::File::open("/dev/tty")
            {
                let _ = std::process::Command::new("stty")
                    .arg("echo")
                    .stdin(tty)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .status();
            }
        }
        crate::stderr_line!("");
        std::process::exit(crate::error::ErrorKind::Interrupted.exit_code());
    });
}

fn dispatch(command: Command, globals: &Globals) -> Result<()> {
    match command {
        Command::Sandbox(cmd) => sandbox::run(cmd),
        Command::Help(args) => help::run(args),
        Command::Servers(cmd) => servers::run(&mut Context::new(globals)?, cmd),
        Command::Groups(cmd) => groups::run(&mut Context::new(globals)?, cmd),
        Command::Discs(cmd) => discs::run(&mut Context::new(globals)?, cmd),
        Command::Backups(cmd) => backups::run(&mut Context::new(globals)?, cmd),
        Command::Ips(cmd) => ips::run(&mut Context::new(globals)?, cmd),
        Command::Accounts(cmd) => accounts::run(&mut Context::new(globals)?, cmd),
        Command::Users(cmd) => users::run(&mut Context::new(globals)?, cmd),
        Command::Keys(cmd) => keys::run(&mut Context::new(globals)?, cmd),
        Command::Privileges(cmd) => privileges::run(&mut Context::new(globals)?, cmd),
        Command::ApiKeys(cmd) => api_keys::run(&mut Context::new(globals)?, cmd),
        Command::Console(args) => console::console(&mut Context::new(globals)?, args),
        Command::Ssh(args) => console::ssh(&mut Context::new(globals)?, args),
        Command::Api(args) => api::run(&mut Context::new(globals)?, args),
        Command::Definitions(args) => definitions::run(&mut Context::new(globals)?, args),
        Command::Login(args) => login::login(&mut Context::new(globals)?, args),
        Command::Logout => login::logout(&mut Context::new(globals)?),
        Command::Whoami => login::whoami(&mut Context::new(globals)?),
        Command::Config(cmd) => config::run(&mut Context::new(globals)?, cmd),
        Command::Completions(args) => completions(args),
    }
}

/// `bytemark completions <shell>`: the script on stdout.
fn completions(args: crate::cli::CompletionsArgs) -> Result<()> {
    let script = crate::generate::completion_script(args.shell);
    crate::output::write_stdout(&String::from_utf8_lossy(&script))
}
