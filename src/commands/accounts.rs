//! `bytemark accounts list|show`.
//!
//! Both are one request: `GET /accounts?view=overview` (every account you
//! can see, with groups and servers, so the table can count them) and
//! `GET /accounts/{a}?view=overview`.

use super::values::{account_vms, str_of};
use crate::cli::AccountsCmd;
use crate::context::Context;
use crate::error::Result;
use crate::output::Column;
use bytemark_api::requests;
use serde_json::Value;

fn groups_of(a: &Value) -> Vec<String> {
    a.get("groups")
        .and_then(Value::as_array)
        .map(|g| g.iter().map(|g| str_of(g, "name")).collect())
        .unwrap_or_default()
}

fn server_count(a: &Value) -> String {
    account_vms(a)
        .filter(|v| v.get("deleted") != Some(&Value::Bool(true)))
        .count()
        .to_string()
}

const A_NAME: Column = Column::field("name", "NAME");
const A_ID: Column = Column::field("id", "ID");
const A_SUSPENDED: Column = Column::field("suspended", "SUSPENDED");
const A_SERVERS: Column = Column::new("servers", "SERVERS", server_count);

const ACCOUNT_COLUMNS: [Column; 5] = [
    A_NAME,
    A_ID,
    A_SUSPENDED,
    Column::new("groups", "GROUPS", |a| groups_of(a).len().to_string()),
    A_SERVERS,
];

const ACCOUNT_DETAIL_COLUMNS: [Column; 5] = [
    A_NAME,
    A_ID,
    A_SUSPENDED,
    Column::new("groups", "GROUPS", |a| groups_of(a).join(", ")),
    A_SERVERS,
];

fn account_id(a: &Value) -> String {
    str_of(a, "name")
}

pub fn run(ctx: &mut Context, cmd: AccountsCmd) -> Result<()> {
    match cmd {
        AccountsCmd::List => {
            let v = ctx.send(&requests::accounts_overview(false))?;
            let accounts: Vec<Value> = v.as_array().cloned().unwrap_or_default();
            ctx.output.list(&accounts, &ACCOUNT_COLUMNS, &account_id)
        }
        AccountsCmd::Show { account } => {
            let account = ctx.account_or_default(account)?;
            let v = ctx.send(&requests::account_overview(&account, false))?;
            ctx.output.one(&v, &ACCOUNT_DETAIL_COLUMNS, &account_id)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn counts() {
        let a = json!({"name": "demo", "groups": [
            {"name": "default", "virtual_machines": [{"name": "a"}, {"name": "b", "deleted": true}]},
            {"name": "empty"}
        ]});
        assert_eq!(server_count(&a), "1");
        assert_eq!(groups_of(&a), vec!["default", "empty"]);
        assert_eq!(server_count(&json!("garbage")), "0");
    }
}
