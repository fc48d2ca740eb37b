//! Asking the person at the terminal: a line, a secret without echo, or the
//! next line of stdin (`--password-stdin`, `--otp -`).
//!
//! Prompts go to stderr, never stdout. Without a terminal to ask on they fail
//! at once with the authentication code and a hint — they never wait.

use crate::error::{Error, Result};
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal};

/// Prompts on stderr and reads a line from the terminal.
pub fn prompt_line(prompt: &str) -> Result<String> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::auth("cannot prompt: not on a terminal").with_hint(
            "pass --user and --password-stdin, or set BYTEMARK_USER and BYTEMARK_PASSWORD",
        ));
    }
    {
        use std::io::Write;
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "{prompt}");
        let _ = err.flush();
    }
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Error::unexpected(format!("cannot read from the terminal: {e}")))?;
    let line = line.trim().to_string();
    if line.is_empty() {
        return Err(Error::auth("no user name given"));
    }
    Ok(line)
}

/// Prompts on the terminal without echo (rpassword reads /dev/tty).
pub fn prompt_secret(prompt: &str) -> Result<String> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::auth("cannot prompt for a secret: not on a terminal")
            .with_hint("pass --password-stdin, or set BYTEMARK_USER and BYTEMARK_PASSWORD"));
    }
    let s = rpassword::prompt_password(prompt)
        .map_err(|e| Error::unexpected(format!("cannot read from the terminal: {e}")))?;
    if s.is_empty() {
        return Err(Error::auth("nothing was entered"));
    }
    Ok(s)
}

/// Stdin, a line at a time across several reads (the password, then the
/// two-factor code).
#[derive(Default)]
pub struct StdinLines {
    lines: RefCell<Option<std::io::Lines<std::io::StdinLock<'static>>>>,
}

impl StdinLines {
    /// The next line of stdin; `what` names it in errors.
    pub fn read(&self, what: &str) -> Result<String> {
        let mut slot = self.lines.borrow_mut();
        let lines = slot.get_or_insert_with(|| std::io::stdin().lock().lines());
        match lines.next() {
            Some(Ok(line)) => {
                let line = line.trim_end_matches('\r').to_string();
                if line.is_empty() {
                    Err(Error::usage(format!("the {what} read from stdin is empty")))
                } else {
                    Ok(line)
                }
            }
            Some(Err(e)) => Err(Error::unexpected(format!(
                "cannot read the {what} from stdin: {e}"
            ))),
            None => Err(Error::usage(format!("no {what} on stdin"))),
        }
    }
}
