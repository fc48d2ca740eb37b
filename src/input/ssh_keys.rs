//! OpenSSH public keys, as `keys add` takes them and `keys list` shows
//! them: `type base64-blob [comment]`, one per line.
//!
//! A line is accepted only when its type is a known OpenSSH key type and
//! its blob is valid base64 that starts with that same type (the wire
//! format): a truncated paste or a mangled key is caught here, before any
//! request. A private key, a PuTTY key file and an RFC 4716 (`---- BEGIN
//! SSH2 PUBLIC KEY ----`) block are refused with a hint. Fingerprints are
//! `SHA256:` and the unpadded base64 of the blob's SHA-256, as
//! `ssh-keygen -l` prints them.

use super::files::{MAX_KEY_FILE_BYTES, read_capped};
use crate::error::{Error, Result};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

/// Key types OpenSSH writes into `.pub` files, with the number of
/// length-prefixed strings their key data holds (the type included).
const KEY_TYPES: &[(&str, usize)] = &[
    ("ssh-ed25519", 2),
    ("ssh-rsa", 3),
    ("ssh-dss", 5),
    ("ecdsa-sha2-nistp256", 3),
    ("ecdsa-sha2-nistp384", 3),
    ("ecdsa-sha2-nistp521", 3),
    ("sk-ssh-ed25519@openssh.com", 3),
    ("sk-ecdsa-sha2-nistp256@openssh.com", 4),
];

/// Splits SSH wire data into its length-prefixed strings; `None` unless
/// they use it up exactly.
fn wire_strings(mut data: &[u8]) -> Option<Vec<&[u8]>> {
    let mut out = Vec::new();
    while !data.is_empty() {
        let n = u32::from_be_bytes(data.get(..4)?.try_into().ok()?) as usize;
        let field = data.get(4..4usize.checked_add(n)?)?;
        out.push(field);
        data = &data[4 + n..];
    }
    Some(out)
}

/// One public key line, split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    pub kind: String,
    pub blob: String,
    /// Everything after the blob (may be empty, may hold spaces).
    pub comment: String,
}

impl PublicKey {
    /// Splits a line without validating it (for keys the API already
    /// holds, which may be of any shape). `None` for fewer than two words.
    pub fn split(line: &str) -> Option<PublicKey> {
        let line = line.trim();
        let (kind, rest) = line.split_once(char::is_whitespace)?;
        let rest = rest.trim_start();
        let (blob, comment) = match rest.split_once(char::is_whitespace) {
            Some((b, c)) => (b, c.trim()),
            None => (rest, ""),
        };
        (!blob.is_empty()).then(|| PublicKey {
            kind: kind.to_string(),
            blob: blob.to_string(),
            comment: comment.to_string(),
        })
    }

    /// `SHA256:…` when the blob is valid base64, else `None`.
    pub fn fingerprint(&self) -> Option<String> {
        let bytes = STANDARD.decode(&self.blob).ok()?;
        Some(format!(
            "SHA256:{}",
            STANDARD_NO_PAD.encode(Sha256::digest(&bytes))
        ))
    }

    /// The same key (type and blob), whatever the comments say.
    pub fn same_key(&self, other: &PublicKey) -> bool {
        self.kind == other.kind && self.blob == other.blob
    }

    /// The line as it is sent: `type blob[ comment]`.
    pub fn line(&self) -> String {
        if self.comment.is_empty() {
            format!("{} {}", self.kind, self.blob)
        } else {
            format!("{} {} {}", self.kind, self.blob, self.comment)
        }
    }
}

/// Validates one public key line (see the module docs).
pub fn parse_public_key(line: &str) -> Result<PublicKey> {
    let bad = |why: &str| {
        Error::usage(format!("not an OpenSSH public key: {why}")).with_hint(
            "give a public key line such as the contents of ~/.ssh/id_ed25519.pub \
             (type, base64 key data, comment)",
        )
    };
    if let Some(c) = line.chars().find(|c| c.is_control() && *c != '\t') {
        return Err(bad(&format!("it contains the control character {c:?}")));
    }
    let key = PublicKey::split(line).ok_or_else(|| bad("it has no key data"))?;
    let Some(&(_, fields)) = KEY_TYPES.iter().find(|(t, _)| *t == key.kind) else {
        return Err(bad(&format!(
            "unknown key type {} (options before the key type are not supported)",
            super::shorten(&key.kind)
        )));
    };
    let bytes = STANDARD
        .decode(&key.blob)
        .map_err(|_| bad("the key data is not valid base64"))?;
    // The wire format: the key type again, then the key's own fields.
    let whole = wire_strings(&bytes).is_some_and(|f| {
        f.len() == fields
            && f[0] == key.kind.as_bytes()
            && (key.kind != "ssh-ed25519" || f[1].len() == 32)
    });
    if !whole {
        return Err(bad(&format!(
            "the key data is not a whole {} key (truncated or mangled?)",
            key.kind
        )));
    }
    Ok(key)
}

/// Reads public keys from `source` (a file, or `-` for stdin) through the
/// key-file size cap, and validates each non-blank, non-comment line. A
/// private key is refused outright: it must never leave the machine.
pub fn read_public_keys(source: &Path) -> Result<Vec<PublicKey>> {
    let from_stdin = source == Path::new("-");
    let shown = if from_stdin {
        "stdin".to_string()
    } else {
        source.display().to_string()
    };
    let bytes = if from_stdin {
        read_stdin_capped(MAX_KEY_FILE_BYTES, "SSH public key")?
    } else {
        read_capped(source, MAX_KEY_FILE_BYTES, "SSH key file")?
    };
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("{shown} is not text, so not an OpenSSH public key")))?;
    if text.contains("PRIVATE KEY") || text.contains("PuTTY-User-Key-File") {
        return Err(
            Error::usage(format!("{shown} holds a private key; refusing to send it"))
                .with_hint("give the public key instead, e.g. ~/.ssh/id_ed25519.pub"),
        );
    }
    if text.contains("BEGIN SSH2 PUBLIC KEY") {
        return Err(Error::usage(format!(
            "{shown} holds an RFC 4716 (SSH2) public key, not an OpenSSH one"
        ))
        .with_hint(format!("convert it with `ssh-keygen -i -f {shown}`")));
    }
    let mut keys: Vec<PublicKey> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let key = parse_public_key(line).map_err(|e| Error {
            message: format!("{shown} line {}: {}", i + 1, e.message),
            ..e
        })?;
        if keys.iter().any(|k| k.same_key(&key)) {
            return Err(Error::usage(format!(
                "{shown} line {}: the same key is given twice",
                i + 1
            )));
        }
        keys.push(key);
    }
    if keys.is_empty() {
        return Err(Error::usage(format!("{shown} holds no SSH public key")));
    }
    Ok(keys)
}

/// Reads at most `max` bytes of stdin; more is a usage error.
pub fn read_stdin_capped(max: u64, what: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::usage(format!("cannot read the {what} from stdin: {e}")))?;
    if bytes.len() as u64 > max {
        return Err(Error::usage(format!(
            "the {what} on stdin is larger than {} KiB",
            max / 1024
        )));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    // A real ed25519 public key (generated for these tests only).
    const ED25519: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILD0mdeXYBOsJd1D/5GenI8bYwzylc/ax7C962Yxk/tK test@example";

    const RSA: &str = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDIO+NxKp7YaY010Z9TbfVQsHswnUSzsXYRMO+Sn4J9BLVBtzPC3LXeIysWjn5hS8Z4kWgPnOzBG2LJMpDqRFxUJ610wJpvohmXZuAE7q/kq+AnGlLJjTdaomWrmiBIz7MWTKRyxfFGvRf4Z5QDMOrLuZy9Af5syG0YwuIlM6N6ai228Qm5JnJBHO19//RKp6vcUP87tIvkZ4kuHNXpfoHagv9zBN1+0HQcdRyv/MLO36hUtUIEF3eEPW3HKeWp4rXENTtKUBnp5zClk7qrnnuqVK3099qSrwJSt6Mwzzx/tK27auv4WWNToIE3nvBuetPyezjaCgzO0BAgO5UBaMcotvDzabSH2NB3PxGfXZzMd0nS7kuIdcO1nQZH7lz4ZK0r7tjDD5j2m62HWRvBbHreqAH+LnDlI3tZlQDAfCqE4gBB6sqNzgMRWylkVR7CGFTa/a2/ZMPwWNNuDhCgFebh2LPSqQbTPrsqH1Qv2qucacuhzFBQ+sMGnYofuieBLlc= rsa@ci";
    const ECDSA: &str = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBIhJJoS1cxXs0PttxW1qR+WDVXVtc8EYzl0KcySARnNxJHUq6EYSsTYhlz9basPlijITqYBp44vqcF2WcSVP4hg= ecdsa@ci";

    #[test]
    fn a_real_key_parses_and_has_ssh_keygens_fingerprint() {
        let k = parse_public_key(ED25519).unwrap();
        assert_eq!(k.kind, "ssh-ed25519");
        assert_eq!(k.comment, "test@example");
        assert_eq!(k.line(), ED25519);
        // As `ssh-keygen -l` prints it.
        assert_eq!(
            k.fingerprint().unwrap(),
            "SHA256:NIgLg6QSj12KR9eLRXmCPvX6NzCYnJNqdotw8vlgt/A"
        );
        let spaced =
            parse_public_key(&ED25519.replace(" test@example", " a comment  with spaces")).unwrap();
        assert_eq!(spaced.comment, "a comment  with spaces");
        assert!(spaced.same_key(&k));
        let bare = parse_public_key(&ED25519.replace(" test@example", "")).unwrap();
        assert_eq!(bare.comment, "");
        for other in [RSA, ECDSA] {
            parse_public_key(other).unwrap();
        }
        assert_eq!(
            parse_public_key(ECDSA).unwrap().fingerprint().unwrap(),
            "SHA256:LrdZEe6ePZcc1OmgcPm2QHn0/iF0aOAAe04La7fcpPU"
        );
    }

    #[test]
    fn bad_keys_are_usage_errors() {
        for line in [
            "",
            "ssh-ed25519",
            "hello world",
            "command=\"x\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILD0mdeXYBOsJd1D/5GenI8bYwzylc/ax7C962Yxk/tK",
            "ssh-ed25519 not*base64",
            // valid base64, but an RSA blob under an ed25519 label
            "ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAABAQ== x",
            // cut short, mid-field and at a field boundary
            "ssh-ed25519 AAAAC3NzaC1l x",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILD0mdeXYBOsJd1D/5GenI8bY x",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 x",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILD0mdeXYBOsJd1D/5GenI8bYwzylc/ax7C962Yxk/tK a\u{1b}[2Jb",
        ] {
            let e = parse_public_key(line).unwrap_err();
            assert_eq!(e.kind, crate::error::ErrorKind::Usage, "{line}");
        }
    }

    #[test]
    fn files_private_keys_and_duplicates() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("keys");
        std::fs::write(&p, format!("# mine\n\n{ED25519}\n")).unwrap();
        assert_eq!(read_public_keys(&p).unwrap().len(), 1);
        std::fs::write(
            &p,
            format!("{ED25519}\n{}\n", ED25519.replace("test@", "other@")),
        )
        .unwrap();
        assert!(read_public_keys(&p).unwrap_err().message.contains("twice"));
        std::fs::write(
            &p,
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----\n",
        )
        .unwrap();
        assert!(
            read_public_keys(&p)
                .unwrap_err()
                .message
                .contains("private key")
        );
        std::fs::write(
            &p,
            "---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----\n",
        )
        .unwrap();
        assert!(
            read_public_keys(&p)
                .unwrap_err()
                .hint
                .unwrap()
                .contains("ssh-keygen -i")
        );
        std::fs::write(&p, "\n# nothing\n").unwrap();
        assert!(
            read_public_keys(&p)
                .unwrap_err()
                .message
                .contains("no SSH public key")
        );
        #[cfg(unix)]
        assert!(
            read_public_keys(Path::new("/dev/zero"))
                .unwrap_err()
                .message
                .contains("larger than")
        );
    }

    #[test]
    fn keys_of_any_shape_split_without_panicking() {
        assert_eq!(PublicKey::split("x"), None);
        let k = PublicKey::split("ssh-ed25519 AAAA==  some comment ").unwrap();
        assert_eq!(
            (k.blob.as_str(), k.comment.as_str()),
            ("AAAA==", "some comment")
        );
        assert_eq!(PublicKey::split("a b!").unwrap().fingerprint(), None);
    }
}
