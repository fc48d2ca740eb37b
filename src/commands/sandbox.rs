//! `bytemark sandbox serve|reset`.

use crate::cli::sandbox::SandboxCmd;
use crate::error::{Error, Result};

pub fn run(_cmd: SandboxCmd) -> Result<()> {
    Err(Error::unexpected("sandbox not implemented yet"))
}
