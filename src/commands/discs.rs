//! `bytemark discs ...` (in progress).

use super::Context;
use crate::cli::DiscsCmd;
use crate::error::{Error, Result};

pub fn run(_ctx: &mut Context, _cmd: DiscsCmd) -> Result<()> {
    Err(Error::unexpected("not implemented yet"))
}
