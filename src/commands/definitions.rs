//! `bytemark definitions [images|zones|grades|hwprofiles]`: what the
//! service offers. One unauthenticated `GET /definitions`: it works with no
//! session and no login.
//!
//! With no kind, `-o json` prints the API's own answer (the array of
//! `{"id", "data"}`); tables show every kind. With a kind, the items are
//! `{"name", "description"}` objects (description only where the API has
//! one), and `-o ids` prints the names.
//!
//! [`check_offered`] is the same request on behalf of `servers create`:
//! images, zones, grades and hardware profiles given there are checked
//! against what the service offers before the create is sent.

use super::suggest::{closest, did_you_mean};
use super::values::str_of;
use crate::cli::{DefinitionKind, DefinitionsArgs};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::output::OutputFormat;
use bytemark_api::models::Definitions;
use bytemark_api::requests;
use serde_json::{Map, Value, json};

const KINDS: [DefinitionKind; 4] = [
    DefinitionKind::Images,
    DefinitionKind::Zones,
    DefinitionKind::Grades,
    DefinitionKind::Hwprofiles,
];

fn kind_word(k: DefinitionKind) -> &'static str {
    match k {
        DefinitionKind::Images => "image",
        DefinitionKind::Zones => "zone",
        DefinitionKind::Grades => "grade",
        DefinitionKind::Hwprofiles => "hwprofile",
    }
}

fn items(d: &Definitions, kind: DefinitionKind) -> Vec<Value> {
    let (names, descriptions): (&[String], Option<&Map<String, Value>>) = match kind {
        DefinitionKind::Images => (&d.distributions, Some(&d.distribution_descriptions)),
        DefinitionKind::Zones => (&d.zone_names, None),
        DefinitionKind::Grades => (&d.storage_grades, Some(&d.storage_grade_descriptions)),
        DefinitionKind::Hwprofiles => (&d.hardware_profiles, None),
    };
    names
        .iter()
        .map(|n| {
            let mut m = Map::new();
            m.insert("name".into(), json!(n));
            if let Some(desc) = descriptions.and_then(|ds| ds.get(n)) {
                m.insert("description".into(), desc.clone());
            }
            Value::Object(m)
        })
        .collect()
}

fn names_of(d: &Definitions, kind: DefinitionKind) -> &[String] {
    match kind {
        DefinitionKind::Images => &d.distributions,
        DefinitionKind::Zones => &d.zone_names,
        DefinitionKind::Grades => &d.storage_grades,
        DefinitionKind::Hwprofiles => &d.hardware_profiles,
    }
}

fn list_command(kind: DefinitionKind) -> &'static str {
    match kind {
        DefinitionKind::Images => "bytemark definitions images",
        DefinitionKind::Zones => "bytemark definitions zones",
        DefinitionKind::Grades => "bytemark definitions grades",
        DefinitionKind::Hwprofiles => "bytemark definitions hwprofiles",
    }
}

/// A value given with a flag (`--image jessie`), to be checked against
/// what the service offers.
pub(crate) struct Offered {
    pub kind: DefinitionKind,
    pub flag: &'static str,
    pub value: String,
}

/// Checks `given` against the service's definitions: a value it does not
/// offer is a usage error (exit 2), before anything else is sent, with the
/// closest names it does offer. One unauthenticated `GET /definitions`,
/// only when there is something to check. The check helps, it does not
/// guard: when the definitions cannot be read, or list nothing of a kind,
/// the values go to the API unchecked (which checks them too).
pub(crate) fn check_offered(ctx: &mut Context, given: &[Offered]) -> Result<()> {
    if given.is_empty() {
        return Ok(());
    }
    let req = requests::definitions();
    let Ok(defs) = ctx
        .http()?
        .brain(&req, None)
        .and_then(|raw| Definitions::from_value(&raw, &req.context))
    else {
        return Ok(());
    };
    for g in given {
        let names = names_of(&defs, g.kind);
        if names.is_empty() || names.contains(&g.value) {
            continue;
        }
        let close: Vec<String> = closest(&g.value, names.iter().map(String::as_str))
            .into_iter()
            .map(str::to_string)
            .collect();
        let list = list_command(g.kind);
        let hint = match did_you_mean(&close) {
            Some(d) => format!("{d} (`{list}` lists them all)"),
            None if names.len() <= 12 => format!("it offers: {} (`{list}`)", names.join(", ")),
            None => format!("see `{list}`"),
        };
        let what = match g.kind {
            DefinitionKind::Grades => "storage grade",
            DefinitionKind::Hwprofiles => "hardware profile",
            kind => kind_word(kind),
        };
        return Err(Error::usage(format!(
            "{}: the service offers no {what} {:?}",
            g.flag, g.value
        ))
        .with_hint(hint));
    }
    Ok(())
}

const COLUMNS: [Column; 2] = [
    Column::field("name", "NAME"),
    Column::field("description", "DESCRIPTION"),
];

const ALL_COLUMNS: [Column; 3] = [
    Column::field("kind", "KIND"),
    Column::field("name", "NAME"),
    Column::field("description", "DESCRIPTION"),
];

fn name_of(v: &Value) -> String {
    str_of(v, "name")
}

pub fn run(ctx: &mut Context, args: DefinitionsArgs) -> Result<()> {
    let req = requests::definitions();
    let raw = ctx.http()?.brain(&req, None)?;
    let defs = Definitions::from_value(&raw, &req.context)?;
    match args.kind {
        Some(kind) => ctx.output.list(&items(&defs, kind), &COLUMNS, &name_of),
        None if ctx.output.format == OutputFormat::Json => ctx.output.print_json(&raw),
        None => {
            let mut all = Vec::new();
            for kind in KINDS {
                for mut item in items(&defs, kind) {
                    if let Value::Object(m) = &mut item {
                        m.insert("kind".into(), json!(kind_word(kind)));
                    }
                    all.push(item);
                }
            }
            ctx.output.list(&all, &ALL_COLUMNS, &name_of)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_carry_descriptions_where_known() {
        let d = Definitions::from_value(
            &json!([
                {"id": "distributions", "data": ["symbiosis", "jessie"]},
                {"id": "distribution_descriptions", "data": {"jessie": "Debian 8 (64 bit)"}},
                {"id": "zone_names", "data": ["york"]}
            ]),
            "x",
        )
        .unwrap();
        let images = items(&d, DefinitionKind::Images);
        assert_eq!(
            images[0],
            json!({"name": "jessie", "description": "Debian 8 (64 bit)"})
        );
        assert_eq!(images[1], json!({"name": "symbiosis"}));
        assert_eq!(
            items(&d, DefinitionKind::Zones),
            vec![json!({"name": "york"})]
        );
        assert!(items(&d, DefinitionKind::Grades).is_empty());
    }
}
