//! `bytemark servers ...` (in progress).

use super::Context;
use crate::cli::ServersCmd;
use crate::error::{Error, Result};

pub fn run(_ctx: &mut Context, _cmd: ServersCmd) -> Result<()> {
    Err(Error::unexpected("not implemented yet"))
}
