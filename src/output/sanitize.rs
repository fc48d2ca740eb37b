//! The one path by which text from the network reaches a terminal.
//!
//! Names, labels, zones, host names and error bodies come from a service
//! that may be hostile or broken. Before any of it is shown — in a table, an
//! error, a prompt, a progress line, a completion candidate or an `-o ids`
//! line — it passes through here:
//!
//! * Control characters (C0 such as ESC, BEL, BS, CR, NUL, tab and newline;
//!   DEL; C1, U+0080–U+009F), bidirectional overrides and isolates
//!   (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and the line
//!   and paragraph separators (U+2028, U+2029) are shown escaped, never
//!   emitted: `\t`, `\n`, `\r`, `\x1b` for the other ASCII controls,
//!   `\u{202e}` for the rest. Everything else is shown as it is (a
//!   backslash too, so `\x1b` in a name reads the same as an escaped ESC;
//!   both are harmless text).
//! * Lengths are bounded where a person reads them: table cells on a
//!   terminal (cut with `…`), lines of errors and notices ([`MAX_LINE`]
//!   characters, at most [`MAX_LINES`] lines). Work is linear in the text,
//!   and stops reading once the bound is reached.
//! * `-o ids` lines and completion candidates are offered only when each
//!   word is a safe shell word ([`is_safe_word`]); they are never escaped,
//!   since an escaped name would name something else.
//!
//! `-o json` is the exception: it is the API's JSON, lossless, and JSON
//! escapes control characters itself.
//!
//! Escaping is idempotent (an escape is plain ASCII), so text that passes
//! through twice reads the same.

use std::borrow::Cow;
use std::fmt::Write as _;
use unicode_width::UnicodeWidthStr;

/// The longest line of an error, hint or notice, in characters.
pub const MAX_LINE: usize = 1000;

/// The most lines an error, hint or notice shows.
pub const MAX_LINES: usize = 20;

/// Whether `c` is shown escaped instead of emitted.
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Appends `c`, escaped if it must be.
fn push_shown(out: &mut String, c: char) {
    match c {
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if !needs_escape(c) => out.push(c),
        c if c.is_ascii() => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

/// `text` with every control and bidi character escaped, whole.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push_shown(&mut out, c);
    }
    Cow::Owned(out)
}

/// `text` escaped and cut to at most `max` characters, the last being `…`
/// when anything was left out. An escape is never split. Reads no more of
/// `text` than it shows, so a 200,000-character name costs what `max` does.
pub fn clean(text: &str, max: usize) -> String {
    cut(text, max, |piece| piece.chars().count())
}

/// Like [`clean`], with `max` in terminal columns: a wide character (日)
/// takes two, a combining one none. For cells of tables on a terminal.
pub fn clean_to_width(text: &str, max: usize) -> String {
    cut(text, max, UnicodeWidthStr::width)
}

/// How many terminal columns `text` takes once escaped.
pub fn width(text: &str) -> usize {
    escape(text).width()
}

fn cut(text: &str, max: usize, measure: fn(&str) -> usize) -> String {
    let max = max.max(1);
    let mut out = String::new();
    let mut shown = 0;
    let mut piece = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        piece.clear();
        push_shown(&mut piece, c);
        let width = measure(&piece);
        // Room for this piece, and for the `…` if more follows.
        let reserve = if chars.peek().is_some() { 1 } else { 0 };
        if shown + width + reserve > max {
            out.push('…');
            return out;
        }
        out.push_str(&piece);
        shown += width;
    }
    out
}

/// One line for people (a prompt, a notice, a progress line): escaped, so
/// a newline from the service cannot start a line of its own, and at most
/// [`MAX_LINE`] characters.
pub fn line(text: &str) -> String {
    clean(text, MAX_LINE)
}

/// A message of our own making (an error, a hint, a batch notice) that may
/// carry strings from the service: its own lines are kept, each one escaped
/// and at most [`MAX_LINE`] characters, and at most [`MAX_LINES`] lines.
pub fn message(text: &str) -> String {
    let mut lines = text.split('\n');
    let mut out: Vec<String> = lines.by_ref().take(MAX_LINES).map(line).collect();
    let more = lines.count();
    if more > 0 {
        out.push(format!("… ({more} more lines)"));
    }
    out.join("\n")
}

/// Whether `word` is one safe shell word: not empty, not starting with `-`
/// (it would read as a flag), and only ASCII letters, digits and
/// `. _ - @ : + = , /`. Such a word means the same unquoted to a shell, to
/// `xargs` and to a completion script.
pub fn is_safe_word(word: &str) -> bool {
    !word.is_empty()
        && !word.starts_with('-')
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-@:+=,/".contains(&b))
}

/// Whether an `-o ids` line is safe: one or more safe words separated by
/// single spaces (a disc's line is `server label`).
pub fn is_safe_id(line: &str) -> bool {
    line.split(' ').all(is_safe_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_escaped() {
        assert_eq!(escape("web1"), "web1");
        assert_eq!(escape("web\x1b]0;pwned\x07"), "web\\x1b]0;pwned\\x07");
        assert_eq!(escape("a\tb\nc\rd\0\x7f"), "a\\tb\\nc\\rd\\x00\\x7f");
        assert_eq!(escape("x\u{9b}31m"), "x\\u{9b}31m");
        assert_eq!(escape("abc\u{202e}gpj.exe"), "abc\\u{202e}gpj.exe");
        for c in ['\u{061c}', '\u{200e}', '\u{200f}', '\u{2066}', '\u{2069}'] {
            assert!(!escape(&c.to_string()).contains(c), "{c:?}");
        }
        assert_eq!(escape("café ☃ 日本"), "café ☃ 日本");
        // Idempotent: an escape is plain text.
        let once = escape("\x1b[2J\u{202e}").into_owned();
        assert_eq!(escape(&once), once);
    }

    #[test]
    fn clean_cuts_with_an_ellipsis_without_splitting_an_escape() {
        assert_eq!(clean("abcdef", 6), "abcdef");
        assert_eq!(clean("abcdefg", 6), "abcde…");
        assert_eq!(clean("ab\x1bcdef", 6), "ab…");
        assert_eq!(clean("ab\x1b", 6), "ab\\x1b");
        let long = "x".repeat(200_000);
        assert_eq!(clean(&long, 50).chars().count(), 50);
    }

    #[test]
    fn cells_are_cut_to_terminal_columns() {
        assert_eq!(width("日本"), 4);
        assert_eq!(width("a\x1b"), 5);
        assert_eq!(width("\u{202e}"), 8);
        assert_eq!(clean_to_width("日本語です", 6), "日本…");
        assert_eq!(clean_to_width("abc", 3), "abc");
        assert_eq!(clean_to_width("ab\x1bc", 4), "ab…");
    }

    #[test]
    fn messages_keep_their_lines_and_are_bounded() {
        assert_eq!(message("a\n  • b\x1b"), "a\n  • b\\x1b");
        let many = vec!["x"; 50].join("\n");
        let shown = message(&many);
        assert_eq!(shown.lines().count(), MAX_LINES + 1);
        assert!(shown.ends_with("(30 more lines)"), "{shown}");
        let long = "y".repeat(5 * MAX_LINE);
        assert_eq!(message(&long).chars().count(), MAX_LINE);
    }

    #[test]
    fn safe_words() {
        for ok in ["web1", "web1.default.acme", "a_b-c@d:e+f=g,h/i", "42"] {
            assert!(is_safe_word(ok), "{ok}");
        }
        for bad in [
            "",
            "--purge",
            "-x",
            "a b",
            "web1\n--purge",
            "web1$(touch x)",
            "a`b`",
            "a;b",
            "a'b",
            "a\"b",
            "a\\b",
            "~root",
            "a*",
            "café",
            "a\u{202e}",
        ] {
            assert!(!is_safe_word(bad), "{bad:?}");
        }
        assert!(is_safe_id("web1.default.demo disc-1"));
        assert!(!is_safe_id("web1.default.demo  disc-1"));
        assert!(!is_safe_id("web1.default.demo --purge"));
    }
}
