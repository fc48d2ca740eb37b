use super::*;
use crate::error::Result;
use proptest::prelude::*;
use std::time::Duration;

/// Repeated `--disc` values, parsed as clap and the commands do.
fn parse_disc_specs(values: &[String], existing: usize) -> Result<Vec<DiscSpec>> {
    let parsed = values
        .iter()
        .map(|v| parse_disc_specs_arg(v))
        .collect::<Result<Vec<_>>>()?;
    all_discs(parsed, existing)
}

#[test]
fn server_names() {
    let n = parse_server_name("web1").unwrap();
    assert_eq!(
        (n.name.as_str(), n.group.as_deref(), n.account.as_deref()),
        ("web1", None, None)
    );
    let n = parse_server_name("web1.prod").unwrap();
    assert_eq!(n.group.as_deref(), Some("prod"));
    assert_eq!(n.account, None);
    let n = parse_server_name("web1.prod.acme").unwrap();
    assert_eq!(n.account.as_deref(), Some("acme"));
    let n = parse_server_name("web1.default.acme.uk0.bigv.io").unwrap();
    assert_eq!(n.to_string(), "web1.default.acme");
    let n = parse_server_name("web1.default.acme.uk0.bigv.io.").unwrap();
    assert_eq!(n.to_string(), "web1.default.acme");
    assert_eq!(parse_server_name("1234").unwrap().id(), Some(1234));
    assert_eq!(parse_server_name("1234.default").unwrap().id(), None);
    assert_eq!(parse_server_name("web1").unwrap().id(), None);
    assert_eq!(
        parse_server_name("web1").unwrap().group_or_default(),
        "default"
    );
}

#[test]
fn group_and_account_names() {
    let g = parse_group_name("prod.acme.uk0.bigv.io").unwrap();
    assert_eq!(
        (g.group.as_str(), g.account.as_deref()),
        ("prod", Some("acme"))
    );
    assert_eq!(parse_group_name("prod").unwrap().account, None);
    assert_eq!(parse_account_name("acme.whatever").unwrap(), "acme");
    assert!(parse_group_name(".acme").is_err());
    assert!(parse_account_name("").is_err());
}

/// The table of bad input from the issue: each is a usage error with a
/// message that says what is wrong.
#[test]
fn bad_input_is_refused_with_clear_messages() {
    let long = "a".repeat(300);
    let cases: Vec<(&str, Result<()>, &str)> = vec![
        ("size 0", parse_size("0").map(drop), "greater than zero"),
        ("size -1G", parse_size("-1G").map(drop), "negative"),
        ("size 1.5X", parse_size("1.5X").map(drop), "decimals"),
        ("size 1X", parse_size("1X").map(drop), "unknown unit"),
        ("size 99999T", parse_size("99999T").map(drop), "too large"),
        (
            "size huge",
            parse_size("99999999999999999999999G").map(drop),
            "too large",
        ),
        ("size empty", parse_size("").map(drop), "empty"),
        ("size G", parse_size("G").map(drop), "number"),
        ("size +5G", parse_size("+5G").map(drop), "resize"),
        ("name empty", parse_server_name("").map(drop), "empty"),
        (
            "name a..b",
            parse_server_name("a..b").map(drop),
            "empty component",
        ),
        ("name .a", parse_server_name(".a").map(drop), "empty"),
        (
            "name unicode",
            parse_server_name("wéb1").map(drop),
            "contains 'é'",
        ),
        (
            "name space",
            parse_server_name("web 1").map(drop),
            "contains ' '",
        ),
        (
            "name 300",
            parse_server_name(&long).map(drop),
            "longer than 63",
        ),
        (
            "group 300",
            parse_server_name(&format!("web1.{long}")).map(drop),
            "group name is longer",
        ),
        (
            "disc 4 parts",
            parse_disc_spec("a:b:c:25G").map(drop),
            "4 parts",
        ),
        (
            "disc empty label",
            parse_disc_spec(":sata:25G").map(drop),
            "label is empty",
        ),
        (
            "disc bad size",
            parse_disc_spec("ssd:0").map(drop),
            "greater than zero",
        ),
        (
            "disc empty",
            parse_disc_specs(&["  ".into()], 0).map(drop),
            "empty",
        ),
        (
            "too many discs",
            parse_disc_specs(&vec!["1G".to_string(); 9], 0).map(drop),
            "too many discs",
        ),
        (
            "too many with existing",
            parse_disc_specs(&["1G 1G".to_string()], 7).map(drop),
            "has 7",
        ),
        ("duration empty", parse_duration("").map(drop), "empty"),
        (
            "duration 0",
            parse_duration("0s").map(drop),
            "greater than zero",
        ),
        ("duration -5s", parse_duration("-5s").map(drop), "negative"),
        (
            "duration 5x",
            parse_duration("5x").map(drop),
            "unknown unit",
        ),
        (
            "duration 1.5s",
            parse_duration("1.5s").map(drop),
            "decimals",
        ),
        (
            "duration 5m3",
            parse_duration("5m3").map(drop),
            "unit is missing",
        ),
        ("resize -5G", parse_resize("-5G").map(drop), "negative"),
        (
            "resize +0",
            parse_resize("+0").map(drop),
            "greater than zero",
        ),
    ];
    for (what, result, needle) in cases {
        let e = result.expect_err(what);
        assert_eq!(e.kind, crate::error::ErrorKind::Usage, "{what}");
        assert!(
            e.message.contains(needle),
            "{what}: {:?} lacks {needle:?}",
            e.message
        );
    }
}

#[test]
fn sizes() {
    for (s, mib) in [
        ("25", 25600),
        ("25G", 25600),
        ("25g", 25600),
        ("25GB", 25600),
        ("25GiB", 25600),
        ("512M", 512),
        ("512mb", 512),
        ("512 MiB", 512),
        ("2T", 2 * 1024 * 1024),
        ("1024T", MAX_SIZE_MIB),
    ] {
        assert_eq!(parse_size(s).unwrap(), mib, "{s}");
    }
}

#[test]
fn resizes() {
    assert_eq!(parse_resize("+10G").unwrap(), Resize::GrowBy(10240));
    assert_eq!(parse_resize("50G").unwrap(), Resize::To(51200));
    assert_eq!(Resize::GrowBy(10240).target(25600).unwrap(), 35840);
    assert_eq!(Resize::To(51200).target(25600).unwrap(), 51200);
    assert_eq!(Resize::To(25600).target(25600).unwrap(), 25600);
    let e = Resize::To(10240).target(25600).unwrap_err();
    assert!(e.message.contains("cannot shrink"), "{}", e.message);
    assert!(Resize::GrowBy(MAX_SIZE_MIB).target(MAX_SIZE_MIB).is_err());
}

#[test]
fn disc_specs() {
    assert_eq!(
        parse_disc_spec("25G").unwrap(),
        DiscSpec {
            label: None,
            grade: None,
            size_mib: 25600
        }
    );
    assert_eq!(
        parse_disc_spec("ssd:50G").unwrap(),
        DiscSpec {
            label: None,
            grade: Some("ssd".into()),
            size_mib: 51200
        }
    );
    assert_eq!(
        parse_disc_spec("data:archive:200G").unwrap(),
        DiscSpec {
            label: Some("data".into()),
            grade: Some("archive".into()),
            size_mib: 204800
        }
    );
    let many = parse_disc_specs(&["sata:25 archive:50".into(), "10G".into()], 0).unwrap();
    assert_eq!(many.len(), 3);
    assert_eq!(
        parse_disc_specs(&vec!["1G".to_string(); 8], 0)
            .unwrap()
            .len(),
        8
    );
}

#[test]
fn disc_labels_follow_the_go_numbering() {
    let specs = parse_disc_specs(
        &["25G".into(), "data:ssd:5G".into(), "archive:50G".into()],
        0,
    )
    .unwrap();
    let r = resolve_disc_labels(&specs, &[]).unwrap();
    assert_eq!(
        r,
        vec![
            ("disc-1".into(), "sata".into(), 25600),
            ("data".into(), "ssd".into(), 5120),
            ("disc-2".into(), "archive".into(), 51200),
        ]
    );
    let r = resolve_disc_labels(&specs[..1], &["disc-1".into(), "disc-5".into()]).unwrap();
    assert_eq!(r[0].0, "disc-6");
    let r = resolve_disc_labels(&specs[..1], &["vda".into(), "vdb".into()]).unwrap();
    assert_eq!(r[0].0, "disc-3");
    // An explicit label later in the list is not taken by an automatic one.
    let specs = parse_disc_specs(&["5G".into(), "disc-1:sata:5G".into()], 0).unwrap();
    let r = resolve_disc_labels(&specs, &[]).unwrap();
    assert_eq!((r[0].0.as_str(), r[1].0.as_str()), ("disc-2", "disc-1"));
    let specs = parse_disc_specs(&["a:sata:5G".into(), "a:sata:5G".into()], 0).unwrap();
    assert!(resolve_disc_labels(&specs, &[]).is_err());
}

#[test]
fn durations() {
    for (s, ms) in [
        ("30s", 30_000),
        ("5m", 300_000),
        ("1h", 3_600_000),
        ("500ms", 500),
        ("1m30s", 90_000),
        ("45", 45_000),
        ("2d", 172_800_000),
    ] {
        assert_eq!(parse_duration(s).unwrap(), Duration::from_millis(ms), "{s}");
    }
    assert!(parse_duration("99999999999999999999h").is_err());
    assert!(parse_duration("999999999999h").is_err());
}

#[test]
fn human_sizes() {
    assert_eq!(human_mib(512), "512 MiB");
    assert_eq!(human_mib(1024), "1 GiB");
    assert_eq!(human_mib(1536), "1.5 GiB");
    assert_eq!(human_mib(2 * 1024 * 1024), "2 TiB");
}

proptest! {
    #[test]
    fn size_round_trips(n in 1u64..100_000, unit in prop::sample::select(vec!["M", "G", "T", "", "GiB", "mb", "t"])) {
        let factor = match unit.to_ascii_lowercase().as_str() {
            "m" | "mb" => 1,
            "t" => 1024 * 1024,
            _ => 1024,
        };
        let parsed = parse_size(&format!("{n}{unit}"));
        if n * factor <= MAX_SIZE_MIB {
            prop_assert_eq!(parsed.unwrap(), n * factor);
        } else {
            prop_assert_eq!(parsed.unwrap_err().kind, crate::error::ErrorKind::Usage);
        }
    }

    #[test]
    fn size_parser_never_panics(s in "\\PC{0,30}") {
        if let Ok(mib) = parse_size(&s) {
            prop_assert!(mib > 0 && mib <= MAX_SIZE_MIB);
        }
    }

    #[test]
    fn resize_grow_is_current_plus(n in 1u64..10_000, cur in 1u64..1_000_000) {
        let r = parse_resize(&format!("+{n}M")).unwrap();
        prop_assert_eq!(r.target(cur).unwrap(), cur + n);
    }

    #[test]
    fn names_round_trip(name in "[a-z0-9][a-z0-9-]{0,20}", group in "[a-z][a-z0-9-]{0,10}", account in "[a-z][a-z0-9_-]{0,10}") {
        let s = format!("{name}.{group}.{account}.uk0.bigv.io");
        let n = parse_server_name(&s).unwrap();
        prop_assert_eq!(n.to_string(), format!("{name}.{group}.{account}"));
        prop_assert_eq!(parse_server_name(&n.to_string()).unwrap(), n);
    }

    #[test]
    fn name_parser_never_panics(s in "\\PC{0,80}") {
        if let Ok(n) = parse_server_name(&s) {
            prop_assert!(!n.name.is_empty() && n.name.len() <= MAX_NAME_LEN);
            prop_assert!(!n.name.contains('.'));
        }
        let _ = parse_group_name(&s);
        let _ = parse_disc_spec(&s);
        let _ = parse_duration(&s);
    }

    #[test]
    fn disc_specs_round_trip(label in "[a-z][a-z0-9-]{0,10}", grade in "[a-z]{2,8}", n in 1u64..2048) {
        let d = parse_disc_spec(&format!("{label}:{grade}:{n}G")).unwrap();
        prop_assert_eq!(d, DiscSpec { label: Some(label), grade: Some(grade), size_mib: n * 1024 });
    }

    #[test]
    fn durations_add_up(m in 0u64..1000, s in 0u64..60, ms in 1u64..1000) {
        let d = parse_duration(&format!("{m}m{s}s{ms}ms")).unwrap();
        prop_assert_eq!(d, Duration::from_millis(m * 60_000 + s * 1000 + ms));
    }
}

#[test]
fn formatted_durations_read_back() {
    for (ms, text) in [
        (30_000, "30s"),
        (90_000, "1m30s"),
        (1500, "1s500ms"),
        (3_600_000, "1h"),
        (0, "0"),
    ] {
        let d = Duration::from_millis(ms);
        assert_eq!(format_duration(d), text);
        assert_eq!(parse_delay(text).unwrap(), d);
    }
}
