//! IP addresses and host names (`ips show|rdns|delete`).

use super::shorten;
use crate::error::{Error, Result};
use std::net::IpAddr;

/// An IPv4 or IPv6 address, in its canonical form (`2001:DB8:0::1` →
/// `2001:db8::1`), as the API names addresses.
pub fn parse_ip(s: &str) -> Result<String> {
    s.trim()
        .parse::<IpAddr>()
        .map(|ip| ip.to_string())
        .map_err(|_| {
            Error::usage(format!("invalid IP address {}", shorten(s))).with_hint(
                "give an IPv4 address such as 192.0.2.10, or an IPv6 address such as 2001:db8::1",
            )
        })
}

/// A host name for reverse DNS, by the DNS rules for host names: labels of
/// ASCII letters, digits and `-` (not first or last), 1–63 characters
/// each, at most 253 in all, an optional final `.`, and a last label that
/// is not all digits (that would be an address). Returned as given.
pub fn parse_hostname(s: &str) -> Result<String> {
    let bad = |why: &str| {
        Error::usage(format!("invalid host name {}: {why}", shorten(s))).with_hint(
            "a host name is labels of letters, digits and '-' separated by dots, e.g. www.example.com",
        )
    };
    let name = s.strip_suffix('.').unwrap_or(s);
    if name.is_empty() {
        return Err(bad("it is empty"));
    }
    if !name.is_ascii() {
        return Err(bad("it is not ASCII").with_hint(
            "write an international name in its ASCII (punycode) form, e.g. xn--bcher-kva.example",
        ));
    }
    if name.len() > 253 {
        return Err(bad("it is longer than 253 characters"));
    }
    let labels: Vec<&str> = name.split('.').collect();
    for label in &labels {
        if label.is_empty() {
            return Err(bad(
                "it has an empty label (two dots in a row, or a leading dot)",
            ));
        }
        if label.len() > 63 {
            return Err(bad("a label is longer than 63 characters"));
        }
        if let Some(c) = label
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
        {
            return Err(bad(&format!("{c:?} is not allowed")));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(bad("a label cannot start or end with '-'"));
        }
    }
    if labels
        .last()
        .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad("the last label is all digits, like an address"));
    }
    Ok(s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_canonical() {
        assert_eq!(parse_ip("192.0.2.1").unwrap(), "192.0.2.1");
        assert_eq!(parse_ip(" 2001:DB8:0:0::1 ").unwrap(), "2001:db8::1");
        for bad in ["", "300.1.1.1", "192.0.2", "web1", "::g", "192.0.2.1/24"] {
            assert_eq!(parse_ip(bad).unwrap_err().exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn host_names_follow_the_dns_rules() {
        for good in [
            "www.example.com",
            "www.example.com.",
            "a",
            "xn--bcher-kva.example",
            "a-1.b2",
        ] {
            assert_eq!(parse_hostname(good).unwrap(), good);
        }
        let label64 = format!("{}.example", "a".repeat(64));
        let long = ["abcdefghij"; 30].join(".");
        for bad in [
            "",
            ".",
            "-a.example",
            "a-.example",
            "a..b",
            ".a",
            "a_b.example",
            "a b",
            "bücher.de",
            "192.0.2.1",
            "x$(y)",
            "a\nb",
            &label64,
            &long,
        ] {
            assert_eq!(parse_hostname(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
    }
}
