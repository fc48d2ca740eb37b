//! Files and streams the user hands over (`--ssh-key`, `--firstboot-script`,
//! `--root-password-stdin`), each read through a size cap: `/dev/zero`, an
//! endless pipe or a huge file ends with a usage error, not an exhausted
//! machine.

use crate::error::{Error, Result};
use bytemark_api::requests::Secret;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// Largest `--ssh-key` file: far more than any set of public keys.
pub const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

/// Largest `--firstboot-script`.
pub const MAX_SCRIPT_BYTES: u64 = 256 * 1024;

/// Longest root password line on stdin.
pub const MAX_PASSWORD_BYTES: u64 = 4096;

/// Reads at most `max` bytes of `path` (a file, a pipe or a device); more
/// is a usage error naming `what`.
pub fn read_capped(path: &Path, max: u64, what: &str) -> Result<Vec<u8>> {
    let shown = path.display();
    let file = std::fs::File::open(path)
        .map_err(|e| Error::usage(format!("cannot read {what} {shown}: {e}")))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(Error::usage(format!("{what} {shown} is a directory")));
    }
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::usage(format!("cannot read {what} {shown}: {e}")))?;
    if bytes.len() as u64 > max {
        return Err(Error::usage(format!(
            "{what} {shown} is larger than {} KiB",
            max / 1024
        )));
    }
    Ok(bytes)
}

/// Reads public SSH key files for root's `authorized_keys`. A file holding
/// a private key, or anything that is not an OpenSSH public key line, is
/// refused (exit 2) — a private key must never leave the machine.
pub(crate) fn read_ssh_keys(paths: &[PathBuf]) -> Result<Option<String>> {
    if paths.is_empty() {
        return Ok(None);
    }
    let mut keys = Vec::new();
    for p in paths {
        let shown = p.display();
        let bytes = read_capped(p, MAX_KEY_FILE_BYTES, "SSH key file")?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Error::usage(format!(
                "{shown} is not a text file, so not an OpenSSH public key"
            ))
        })?;
        if text.contains("PRIVATE KEY") {
            return Err(
                Error::usage(format!("{shown} holds a private key; refusing to send it"))
                    .with_hint(format!(
                        "give the public key instead, e.g. --ssh-key {shown}.pub"
                    )),
            );
        }
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        if lines.is_empty() {
            return Err(Error::usage(format!("{shown} holds no SSH key")));
        }
        for l in &lines {
            if !is_public_key_line(l) {
                return Err(Error::usage(format!(
                    "{shown} does not look like an OpenSSH public key"
                ))
                .with_hint("public keys are lines starting with ssh-ed25519, ssh-rsa, ecdsa-sha2-… or sk-…"));
            }
            keys.push(l.to_string());
        }
    }
    Ok(Some(keys.join("\n")))
}

fn is_public_key_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(kind), Some(blob)) = (words.next(), words.next()) else {
        return false;
    };
    ["ssh-", "ecdsa-", "sk-"]
        .iter()
        .any(|p| kind.starts_with(p))
        && blob.len() >= 16
        && blob
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='))
}

/// Reads a first-boot script (text, at most 256 KiB).
pub(crate) fn read_firstboot(path: Option<&Path>) -> Result<Option<String>> {
    let Some(p) = path else { return Ok(None) };
    let shown = p.display();
    let bytes = read_capped(p, MAX_SCRIPT_BYTES, "first-boot script")?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("first-boot script {shown} is not UTF-8 text")))?;
    Ok(Some(text))
}

/// Reads the root password from the first line of stdin.
pub(crate) fn read_root_password() -> Result<Secret> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .take(MAX_PASSWORD_BYTES + 1)
        .read_line(&mut line)
        .map_err(|e| Error::usage(format!("cannot read the root password from stdin: {e}")))?;
    if line.len() as u64 > MAX_PASSWORD_BYTES {
        return Err(Error::usage(format!(
            "--root-password-stdin: the first line of stdin is longer than {MAX_PASSWORD_BYTES} bytes"
        )));
    }
    let pw = line.trim_end_matches(['\n', '\r']).to_string();
    if pw.is_empty() {
        return Err(Error::usage(
            "--root-password-stdin: the first line of stdin is empty",
        ));
    }
    Ok(Secret(pw))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn public_keys_only() {
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("id.pub");
        std::fs::write(
            &public,
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ0 me@host\n\n# comment\necdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY= x\n",
        )
        .unwrap();
        let keys = read_ssh_keys(std::slice::from_ref(&public))
            .unwrap()
            .unwrap();
        assert_eq!(keys.lines().count(), 2);
        let private = dir.path().join("id");
        std::fs::write(&private, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----\n").unwrap();
        let e = read_ssh_keys(&[public.clone(), private]).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(e.message.contains("private key"));
        let junk = dir.path().join("junk");
        std::fs::write(&junk, "hello world\n").unwrap();
        assert!(read_ssh_keys(&[junk]).is_err());
        let empty = dir.path().join("empty");
        std::fs::write(&empty, "\n").unwrap();
        assert!(read_ssh_keys(&[empty]).is_err());
        assert!(read_ssh_keys(&[dir.path().join("missing")]).is_err());
        assert_eq!(read_ssh_keys(&[]).unwrap(), None);
    }

    #[test]
    fn endless_and_huge_inputs_are_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.sh");
        std::fs::write(&big, vec![b'#'; MAX_SCRIPT_BYTES as usize + 1]).unwrap();
        let e = read_firstboot(Some(&big)).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(e.message.contains("larger than 256 KiB"), "{}", e.message);
        #[cfg(unix)]
        {
            let e = read_ssh_keys(&[PathBuf::from("/dev/zero")]).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Usage);
            assert!(e.message.contains("larger than 64 KiB"), "{}", e.message);
        }
        let e = read_ssh_keys(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(e.message.contains("directory"), "{}", e.message);
    }
}
