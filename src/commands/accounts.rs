//! `bytemark accounts ...` (in progress).

use super::Context;
use crate::cli::AccountsCmd;
use crate::error::{Error, Result};

pub fn run(_ctx: &mut Context, _cmd: AccountsCmd) -> Result<()> {
    Err(Error::unexpected("not implemented yet"))
}
