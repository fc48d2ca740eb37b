//! `bytemark definitions [images|zones|grades|hwprofiles]`: what the
//! service offers. One unauthenticated `GET /definitions`: it works with no
//! session and no login.
//!
//! With no kind, `-o json` prints the API's own answer (the array of
//! `{"id", "data"}`); tables show every kind. With a kind, the items are
//! `{"name", "description"}` objects (description only where the API has
//! one), and `-o ids` prints the names.

use super::values::str_of;
use crate::cli::{DefinitionKind, DefinitionsArgs};
use crate::context::Context;
use crate::error::Result;
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
