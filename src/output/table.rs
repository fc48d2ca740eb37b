//! Tables: fitted to a terminal, or plain for pipes.
//!
//! On a terminal a table is one line per row and never wider than the
//! terminal, without borders (columns two spaces apart, the header bold
//! when colour is on), like `gh` and `hcloud`. To fit:
//!
//! 1. Every cell is escaped ([`sanitize`]) and cut to the terminal width
//!    first, so the work is linear in what is shown, however long a value.
//! 2. While the table is wider than the terminal, columns a command marked
//!    optional ([`super::Column::optional`]) are dropped, least valuable
//!    first. Columns named with `--columns` are never dropped.
//! 3. Then the widest columns are narrowed, one column of text at a time,
//!    down to [`MIN_COLUMN`]; their cells are cut with `…`. A cell of IP
//!    addresses (`46.43.0.2, 2001:41c8:51:1::1`) is never cut inside an
//!    address: it keeps the addresses that fit and ends in `, …`.
//! 4. A terminal too narrow even for that loses columns from the right; the
//!    first column stays, cut to the width.
//!
//! Piped, [`plain_table`] prints every column and every character.

use super::sanitize;
use std::borrow::Cow;
use std::net::IpAddr;
use unicode_width::UnicodeWidthStr;

/// Spaces between two columns.
pub const GAP: usize = 2;

/// The narrowest a column of text is cut to before columns are dropped.
pub const MIN_COLUMN: usize = 6;

/// One column while fitting: its cells as shown (escaped, cut to the
/// terminal width) and how wide they are.
struct Fitting<'a> {
    header: Option<&'a str>,
    cells: Vec<&'a str>,
    drop_rank: Option<u8>,
    /// The widest cell (or header): the width it takes uncut.
    natural: usize,
    /// The narrowest it can be without cutting an address (or a cell
    /// shorter than [`MIN_COLUMN`]).
    least: usize,
}

/// Fits a table to `width` terminal columns (see the module docs):
/// returns the header and rows to show, every cell escaped and cut.
/// `drop_ranks[i]` is column `i`'s rank among the optional columns (the
/// highest is dropped first), or `None` for a column always shown.
pub fn fit(
    header: Option<&[String]>,
    rows: &[Vec<String>],
    drop_ranks: &[Option<u8>],
    width: usize,
) -> (Option<Vec<String>>, Vec<Vec<String>>) {
    let width = width.max(1);
    let ncols = header
        .map(<[String]>::len)
        .unwrap_or(0)
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let columns: Vec<Fitting> = (0..ncols)
        .map(|i| {
            let header = header.and_then(|h| h.get(i)).map(String::as_str);
            let cells: Vec<&str> = rows
                .iter()
                .map(|r| r.get(i).map(String::as_str).unwrap_or(""))
                .collect();
            let mut natural = header.map(|h| shown_width(h, width)).unwrap_or(0);
            let mut least = natural.min(MIN_COLUMN);
            for cell in &cells {
                let w = shown_width(cell, width);
                natural = natural.max(w);
                least = least.max(match addresses(cell) {
                    Some(list) => list_width(&list[..1], list.len() > 1),
                    None => w.min(MIN_COLUMN),
                });
            }
            Fitting {
                header,
                cells,
                drop_rank: drop_ranks.get(i).copied().flatten(),
                natural,
                least: least.min(width),
            }
        })
        .collect();

    let total = |shown: &[(usize, usize)]| -> usize {
        shown.iter().map(|&(_, w)| w).sum::<usize>() + GAP * shown.len().saturating_sub(1)
    };
    // (column index, width) of the columns shown.
    let mut shown: Vec<(usize, usize)> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| (i, c.natural))
        .collect();
    // 2. Drop optional columns, least valuable (highest rank, then
    // rightmost) first.
    while total(&shown) > width {
        let Some(pos) = (0..shown.len())
            .filter(|&p| columns[shown[p].0].drop_rank.is_some())
            .max_by_key(|&p| (columns[shown[p].0].drop_rank, p))
        else {
            break;
        };
        shown.remove(pos);
    }
    // 3. Narrow the widest column that can be narrowed, one step at a time.
    while total(&shown) > width {
        let Some(pos) = (0..shown.len())
            .filter(|&p| shown[p].1 > columns[shown[p].0].least)
            .max_by_key(|&p| (shown[p].1, p))
        else {
            break;
        };
        shown[pos].1 -= 1;
    }
    // 4. Still too wide: columns go from the right; the first is cut.
    while total(&shown) > width && shown.len() > 1 {
        shown.pop();
    }
    if let Some(first) = shown.first_mut() {
        first.1 = first.1.min(width);
    }

    let header = header.map(|_| {
        shown
            .iter()
            .map(|&(i, w)| sanitize::clean_to_width(columns[i].header.unwrap_or(""), w))
            .collect()
    });
    let rows = (0..rows.len())
        .map(|r| {
            shown
                .iter()
                .map(|&(i, w)| cut(columns[i].cells[r], w))
                .collect()
        })
        .collect();
    (header, rows)
}

/// How wide `cell` is on a terminal, once escaped, up to `max`.
fn shown_width(cell: &str, max: usize) -> usize {
    sanitize::clean_to_width(cell, max).width()
}

/// A cell as shown in a column `w` wide: escaped and cut with `…`, or,
/// for a list of IP addresses, the addresses that fit whole.
fn cut(cell: &str, w: usize) -> String {
    let Some(list) = addresses(cell) else {
        return sanitize::clean_to_width(cell, w);
    };
    let fits = (0..=list.len())
        .rev()
        .find(|&k| list_width(&list[..k], k < list.len()) <= w)
        .unwrap_or(0);
    match fits {
        0 if !list.is_empty() => "…".into(),
        k if k == list.len() => list.join(", "),
        k => format!("{}, …", list[..k].join(", ")),
    }
}

/// The addresses in a cell that is nothing but IP addresses separated by
/// `, ` (how servers show theirs); `None` for any other cell.
fn addresses(cell: &str) -> Option<Vec<&str>> {
    if cell.is_empty() {
        return None;
    }
    let list: Vec<&str> = cell.split(", ").collect();
    list.iter()
        .all(|a| a.parse::<IpAddr>().is_ok())
        .then_some(list)
}

/// The width of `list` joined with `, `, followed by `, …` if `more`.
fn list_width(list: &[&str], more: bool) -> usize {
    let joined: usize =
        list.iter().map(|a| a.len()).sum::<usize>() + 2 * list.len().saturating_sub(1);
    match (list.is_empty(), more) {
        (true, _) => 1,
        (false, true) => joined + 3,
        (false, false) => joined,
    }
}

/// A fitted table for a terminal, as comfy-table renders it with no
/// borders: columns [`GAP`] apart, no trailing spaces, the header bold when
/// `bold`.
pub fn render(header: Option<&[String]>, rows: &[Vec<String>], bold: bool) -> String {
    use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        // The cells are already cut to fit: comfy-table only lays them out.
        .set_content_arrangement(ContentArrangement::Disabled);
    if bold {
        // Only the header's words, so no styled spaces trail a line.
        table.enforce_styling().style_text_only();
    } else {
        table.force_no_tty();
    }
    if let Some(header) = header {
        table.set_header(header.iter().map(|h| {
            let cell = Cell::new(h);
            if bold {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
    }
    for row in rows {
        table.add_row(row);
    }
    let count = table.column_count();
    for (i, column) in table.column_iter_mut().enumerate() {
        let right = if i + 1 < count { GAP as u16 } else { 0 };
        column.set_padding((0, right));
    }
    let mut text = table.trim_fmt();
    if !text.is_empty() {
        text.push('\n');
    }
    text
}

/// Plain aligned columns: two spaces between columns, no borders, no
/// truncation, no trailing spaces; control and bidi characters escaped, so
/// each row is one line.
pub fn plain_table(header: Option<&[String]>, rows: &[Vec<String>]) -> String {
    let ncols = header
        .map(|h| h.len())
        .unwrap_or(0)
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    // Each cell is escaped once and measured once: linear in the text.
    let all: Vec<Vec<(Cow<str>, usize)>> = header
        .into_iter()
        .chain(rows.iter().map(Vec::as_slice))
        .map(|row| {
            row.iter()
                .map(|cell| {
                    let cell = sanitize::escape(cell);
                    let len = cell.chars().count();
                    (cell, len)
                })
                .collect()
        })
        .collect();
    let mut widths = vec![0usize; ncols];
    for row in &all {
        for (i, (_, len)) in row.iter().enumerate() {
            widths[i] = widths[i].max(*len);
        }
    }
    let mut out = String::new();
    for row in &all {
        let mut line = String::new();
        for (i, (cell, len)) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.extend(std::iter::repeat_n(' ', widths[i] - len + GAP));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    /// The servers of the sandbox, as `servers list` shows them.
    fn servers() -> (Vec<String>, Vec<Vec<String>>, Vec<Option<u8>>) {
        let header = strings(&[
            "NAME", "GROUP", "CORES", "MEMORY", "DISCS", "POWER", "ZONE", "IPS",
        ]);
        let rows = vec![
            strings(&[
                "web1",
                "default",
                "1",
                "1 GiB",
                "1 (25 GiB)",
                "on",
                "york",
                "46.43.0.2, 2001:41c8:51:1::1",
            ]),
            strings(&[
                "app1",
                "staging",
                "1",
                "1 GiB",
                "1 (25 GiB)",
                "on",
                "manchester",
                "46.43.0.4, 2001:41c8:51:3::1",
            ]),
        ];
        let ranks = vec![
            None,
            Some(1),
            Some(4),
            Some(3),
            Some(5),
            None,
            Some(2),
            None,
        ];
        (header, rows, ranks)
    }

    fn lines(width: usize) -> Vec<String> {
        let (header, rows, ranks) = servers();
        let (header, rows) = fit(Some(&header), &rows, &ranks, width);
        render(header.as_deref(), &rows, false)
            .lines()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn wide_terminals_show_every_column_and_character() {
        let shown = lines(120);
        assert_eq!(
            shown[0],
            "NAME  GROUP    CORES  MEMORY  DISCS       POWER  ZONE        IPS"
        );
        assert!(shown[1].ends_with("york        46.43.0.2, 2001:41c8:51:1::1"));
    }

    #[test]
    fn optional_columns_go_first_least_valuable_first() {
        let shown = lines(80);
        assert_eq!(
            shown[0],
            "NAME  GROUP    CORES  MEMORY  POWER  ZONE        IPS"
        );
        let shown = lines(60);
        assert_eq!(shown[0], "NAME  GROUP    POWER  IPS");
        assert!(shown.iter().all(|l| l.width() <= 60));
    }

    #[test]
    fn addresses_are_never_split() {
        // Every optional column gone, and still too narrow for two addresses.
        let shown = lines(30);
        assert_eq!(shown[0], "NAME  POWER  IPS");
        assert_eq!(shown[1], "web1  on     46.43.0.2, …");
        for width in 1..120 {
            for line in lines(width) {
                assert!(line.width() <= width, "{width}: {line:?}");
                assert!(!line.contains("2001:41c8…"), "{line}");
                for word in line.split_whitespace().filter(|w| w.contains(':')) {
                    assert!(
                        word.trim_end_matches(',').parse::<IpAddr>().is_ok(),
                        "{line}"
                    );
                }
            }
        }
    }

    #[test]
    fn terminal_cells_fit_the_width() {
        let long = "x".repeat(200_000);
        let rows = vec![strings(&[&long, "b"]), strings(&["日本語の名前", "c"])];
        let (_, rows) = fit(None, &rows, &[None, None], 20);
        for row in &rows {
            let text = row.join("  ");
            assert!(text.width() <= 20, "{text}");
        }
        assert_eq!(rows[0][0], format!("{}…", "x".repeat(16)));
        assert_eq!(rows[1][0], "日本語の名前");
        let (_, rows) = fit(None, &[strings(&["a\u{1b}[2J", "b"])], &[None, None], 5);
        assert_eq!(rows[0][0], "a…");
    }

    #[test]
    fn rendered_tables_have_no_borders_and_a_bold_header_with_colour() {
        let text = render(Some(&strings(&["A", "B"])), &[strings(&["x", "yy"])], true);
        assert!(text.contains("\u{1b}[1m"), "{text:?}");
        assert!(text.lines().all(|l| !l.ends_with(' ')), "{text:?}");
        assert!(!text.contains('│') && !text.contains('┌'), "{text}");
        let text = render(Some(&strings(&["A", "B"])), &[strings(&["xx", ""])], false);
        assert_eq!(text, "A   B\nxx\n");
    }
}
