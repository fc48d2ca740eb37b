//! `bytemark groups ...` (in progress).

use super::Context;
use crate::cli::GroupsCmd;
use crate::error::{Error, Result};

pub fn run(_ctx: &mut Context, _cmd: GroupsCmd) -> Result<()> {
    Err(Error::unexpected("not implemented yet"))
}
