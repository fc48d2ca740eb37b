//! Private files: directories created 0700 whatever the umask, files
//! written atomically with mode 0600, and the temp files of those writes
//! cleaned up when a killed process left them behind (they may hold a
//! token).

use crate::error::{Error, Result};
use std::path::Path;
use std::time::Duration;

/// Creates `dir` and any missing parents, each private (0700) whatever the
/// umask. Directories that already exist (perhaps one the user pointed us
/// at) keep their mode: only what we create is made private.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.is_dir())
        .collect();
    let failed = |d: &Path, e: std::io::Error| {
        Error::unexpected(format!("cannot create {}: {e}", d.display()))
    };
    for d in missing.into_iter().rev() {
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        match builder.create(d) {
            Ok(()) => {
                // The umask may have taken bits from 0700, leaving a
                // directory we cannot use: set the mode itself.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o700))
                        .map_err(|e| failed(d, e))?;
                }
            }
            // Another process made it meanwhile.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && d.is_dir() => {}
            Err(e) => return Err(failed(d, e)),
        }
    }
    Ok(())
}

/// A temp file of [`write_private`] older than this was left by a process
/// that died (a write takes milliseconds): the next write removes it.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(60);

/// Writes a file readable only by its owner, atomically: a 0600 temp file in
/// the same directory (`.NAME.PID.RANDOM.tmp`), then a rename over the
/// target. Readers never see a half-written file. Temp files of the same
/// target left by a killed process (older than [`STALE_TEMP_AGE`]) are
/// removed first: they may hold a token.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .ok_or_else(|| Error::unexpected(format!("{} has no directory", path.display())))?;
    create_private_dir(dir)?;
    remove_temp_files(path, STALE_TEMP_AGE)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        fastrand::u32(..)
    ));
    let io = |e: std::io::Error| Error::unexpected(format!("cannot write {}: {e}", path.display()));
    let result = (|| {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

/// Removes the temp files [`write_private`] makes for `path`
/// (`.NAME.PID.RANDOM.tmp` beside it) that are at least `age` old; with
/// `Duration::ZERO`, all of them (`logout`, under the session lock, when no
/// write can be under way).
pub fn remove_temp_files(path: &Path, age: Duration) -> Result<()> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return Ok(());
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    let name = name.to_string_lossy();
    for entry in entries.flatten() {
        let file = entry.file_name();
        let is_ours = file
            .to_str()
            .and_then(|f| f.strip_prefix('.'))
            .and_then(|f| f.strip_prefix(name.as_ref()))
            .and_then(|f| f.strip_prefix('.'))
            .and_then(|f| f.strip_suffix(".tmp"))
            .and_then(|f| f.split_once('.'))
            .is_some_and(|(pid, random)| {
                [pid, random]
                    .iter()
                    .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            });
        let old_enough = || {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|elapsed| elapsed >= age)
        };
        if is_ours && (age.is_zero() || old_enough()) {
            match std::fs::remove_file(entry.path()) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(Error::unexpected(format!(
                        "cannot remove {}: {e}",
                        entry.path().display()
                    )));
                }
            }
        }
    }
    Ok(())
}
