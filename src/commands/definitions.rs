//! `bytemark definitions ...` (in progress).

use super::Context;
use crate::cli::DefinitionsArgs;
use crate::error::{Error, Result};

pub fn run(_ctx: &mut Context, _cmd: DefinitionsArgs) -> Result<()> {
    Err(Error::unexpected("not implemented yet"))
}
