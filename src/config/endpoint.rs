//! Endpoint URLs: what a base URL may look like, and whether it stays on
//! this machine (plain http:// is only for loopback unless allowed; see
//! [`super::Settings::plain_http_hosts`]).

/// What matters of an endpoint URL: whether it is encrypted, and its host.
pub struct Endpoint<'a> {
    pub https: bool,
    /// A name, an IPv4 address, or an IPv6 address without its brackets.
    pub host: &'a str,
}

/// Parses an endpoint (a base URL): `http://` or `https://`, a host (a
/// name, an IPv4 address or `[IPv6]`), an optional port, an optional path —
/// and nothing that could not be meant: no user name or password, query,
/// fragment, spaces, control or non-ASCII characters. Checked when a value
/// is read, so a malformed one is a usage error before any request.
pub fn parse_endpoint(v: &str) -> std::result::Result<Endpoint<'_>, String> {
    let (https, rest) = match (v.strip_prefix("https://"), v.strip_prefix("http://")) {
        (Some(rest), _) => (true, rest),
        (None, Some(rest)) => (false, rest),
        _ => return Err("expected an http:// or https:// URL".into()),
    };
    if let Some(c) = v
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || !c.is_ascii())
    {
        return Err(format!("a URL cannot contain {c:?}"));
    }
    if v.contains(['?', '#']) {
        return Err("a base URL has no query (?) or fragment (#)".into());
    }
    let authority = &rest[..rest.find('/').unwrap_or(rest.len())];
    if authority.contains('@') {
        return Err("a URL with a user name or password is not accepted \
                    (log in with `bytemark login`, or BYTEMARK_USER and BYTEMARK_PASSWORD)"
            .into());
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(inner) => {
            let (ip, after) = inner
                .split_once(']')
                .ok_or("an IPv6 address needs its closing ]")?;
            if ip.parse::<std::net::Ipv6Addr>().is_err() {
                return Err(format!("{ip:?} is not an IPv6 address"));
            }
            let port = match after {
                "" => None,
                p => Some(p.strip_prefix(':').ok_or("expected :PORT after ]")?),
            };
            (ip, port)
        }
        None => {
            let (host, port) = match authority.split_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (authority, None),
            };
            let name = host.strip_suffix('.').unwrap_or(host);
            if name.split('.').any(|label| {
                label.is_empty()
                    || !label
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            }) {
                return Err(format!("{host:?} is not a host name or address"));
            }
            (host, port)
        }
    };
    if let Some(p) = port
        && !(p.chars().all(|c| c.is_ascii_digit()) && p.parse::<u16>().is_ok_and(|n| n > 0))
    {
        return Err(format!("{p:?} is not a port (1 to 65535)"));
    }
    Ok(Endpoint { https, host })
}

/// Whether `host` is this machine: `localhost` or a loopback address.
pub fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_parse_or_say_why_not() {
        for good in [
            "https://uk0.bigv.io",
            "https://uk0.bigv.io/",
            "http://127.0.0.1:8977",
            "http://[::1]:8977/api",
            "https://auth.bytemark.co.uk.",
        ] {
            assert!(parse_endpoint(good).is_ok(), "{good}");
        }
        for bad in [
            "ftp://x",
            "https://",
            "http://[::1",
            "http://[::1]x",
            "http://127.0.0.1:99999",
            "http://127.0.0.1:+80",
            "http://host:",
            "http://user:pw@host",
            "http://host/?q=1",
            "http://host#top",
            "http://ho st",
            "http://exa\u{7}mple",
            "http://exämple",
            "http://a..b",
        ] {
            assert!(parse_endpoint(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn loopback_hosts() {
        let host = |u| parse_endpoint(u).unwrap().host;
        assert!(is_loopback(host("http://localhost:1")));
        assert!(is_loopback(host("http://127.0.0.9")));
        assert!(is_loopback(host("http://[::1]:1")));
        assert!(!is_loopback(host("http://0.0.0.0:1")));
        assert!(!is_loopback(host("http://example.com")));
    }
}
