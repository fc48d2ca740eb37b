//! The Cloud Servers API ("brain"), reference §2 and §4.
//!
//! Order of checks for every request: token (401) → route (404) and method
//! (405) → visibility of every path segment (404) → privilege (403) →
//! body (415/400) → action. Nothing the caller cannot see is ever
//! distinguished from something that does not exist.

use serde_json::{Map, Value, json};
use std::collections::{HashMap, HashSet};

use super::http::{HttpRequest, HttpResponse, parse_query};
use super::json::{self, Children};
use super::state::{self, Group, R_ACCOUNT_ADMIN, R_CLUSTER_ADMIN, R_GROUP_ADMIN, State, Vm};
use crate::shared::{Effects, Shared};

mod people;
mod storage;
mod vms;

/// A failed request, rendered by [`ApiErr::into_response`].
#[derive(Debug)]
pub enum ApiErr {
    Unauthorized,
    NotFound,
    Forbidden,
    MethodNotAllowed,
    /// 400 with a Rails-style `{"field": ["message"]}` body.
    Bad(Value),
    /// Any status with a text/plain body.
    Text(u16, String),
    /// Any status with a JSON body.
    Json(u16, Value),
}

impl ApiErr {
    fn into_response(self) -> HttpResponse {
        match self {
            ApiErr::Unauthorized => HttpResponse::text(401, "Unauthorized"),
            ApiErr::NotFound => HttpResponse::text(404, "Not Found"),
            ApiErr::Forbidden => HttpResponse::text(403, "Forbidden"),
            ApiErr::MethodNotAllowed => HttpResponse::text(405, "Method Not Allowed"),
            ApiErr::Bad(v) => HttpResponse::json(400, v.to_string().into_bytes()),
            ApiErr::Text(s, t) => HttpResponse::text(s, &t),
            ApiErr::Json(s, v) => HttpResponse::json(s, v.to_string().into_bytes()),
        }
    }
}

pub type R = Result<HttpResponse, ApiErr>;

pub fn ok(status: u16, v: Value) -> R {
    Ok(HttpResponse::json(status, v.to_string().into_bytes()))
}

pub fn no_content() -> R {
    Ok(HttpResponse::empty(204))
}

/// `{"field": ["message"]}`
pub fn bad(field: &str, msg: &str) -> ApiErr {
    ApiErr::Bad(json!({ field: [msg] }))
}

/// Collects per-field messages.
#[derive(Default)]
pub struct Errs(pub Map<String, Value>);

impl Errs {
    pub fn add(&mut self, field: &str, msg: &str) {
        let e = self
            .0
            .entry(field.to_string())
            .or_insert_with(|| Value::Array(vec![]));
        if let Value::Array(a) = e {
            a.push(msg.into());
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn check(&mut self) -> Result<(), ApiErr> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiErr::Bad(Value::Object(std::mem::take(&mut self.0))))
        }
    }
}

// ---- access ------------------------------------------------------------

/// The caller's privileges, indexed by target.
#[derive(Default)]
pub struct Access {
    pub cluster: u8,
    accounts: HashMap<u64, u8>,
    groups: HashMap<u64, u8>,
    vms: HashMap<u64, u8>,
    /// groups/accounts visible only because something inside them is
    partial_groups: HashSet<u64>,
    partial_accounts: HashSet<u64>,
}

impl Access {
    pub fn build(st: &State, user_id: u64, api_key_id: Option<u64>) -> Access {
        let mut a = Access::default();
        let bump = |m: &mut HashMap<u64, u8>, k: u64, r: u8| {
            let e = m.entry(k).or_insert(0);
            *e = (*e).max(r);
        };
        for p in st.privileges.values() {
            if p.user_id != user_id || p.api_key_id != api_key_id {
                continue;
            }
            let Some(r) = state::level_rank(&p.level) else {
                continue;
            };
            if p.level.starts_with("cluster_") {
                a.cluster = a.cluster.max(r);
            } else if let Some(acc) = p.account_id {
                bump(&mut a.accounts, acc, r);
            } else if let Some(g) = p.group_id {
                bump(&mut a.groups, g, r);
                if let Some(g) = st.groups.get(&g) {
                    a.partial_accounts.insert(g.account_id);
                }
            } else if let Some(v) = p.vm_id {
                bump(&mut a.vms, v, r);
                if let Some(vm) = st.vms.get(&v) {
                    a.partial_groups.insert(vm.group_id);
                    if let Some(g) = st.groups.get(&vm.group_id) {
                        a.partial_accounts.insert(g.account_id);
                    }
                }
            }
        }
        a
    }

    pub fn account_level(&self, id: u64) -> u8 {
        self.cluster.max(*self.accounts.get(&id).unwrap_or(&0))
    }
    pub fn group_level(&self, g: &Group) -> u8 {
        self.account_level(g.account_id)
            .max(*self.groups.get(&g.id).unwrap_or(&0))
    }
    pub fn vm_level(&self, st: &State, vm: &Vm) -> u8 {
        let g = match st.groups.get(&vm.group_id) {
            Some(g) => self.group_level(g),
            None => self.cluster,
        };
        g.max(*self.vms.get(&vm.id).unwrap_or(&0))
    }
    pub fn sees_account(&self, id: u64) -> bool {
        self.account_level(id) > 0 || self.partial_accounts.contains(&id)
    }
    pub fn sees_group(&self, g: &Group) -> bool {
        self.group_level(g) > 0 || self.partial_groups.contains(&g.id)
    }
    pub fn sees_vm(&self, st: &State, vm: &Vm) -> bool {
        self.vm_level(st, vm) > 0
    }
}

pub struct Caller {
    pub user_id: u64,
    pub api_key_id: Option<u64>,
    pub access: Access,
}

// ---- context -----------------------------------------------------------

pub struct Ctx<'a> {
    pub shared: &'a Shared,
    pub st: &'a mut State,
    pub req: &'a HttpRequest,
    pub method: &'a str,
    pub query: Vec<(String, String)>,
    pub now: u64,
    pub fx: &'a mut Effects,
    pub caller: Caller,
}

impl Ctx<'_> {
    pub fn q(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    pub fn flag(&self, key: &str) -> bool {
        matches!(self.q(key), Some("true" | "1" | "yes"))
    }
    pub fn overview(&self) -> bool {
        self.q("view") == Some("overview")
    }

    /// The JSON object body (empty body = `{}`).
    pub fn body(&self) -> Result<Map<String, Value>, ApiErr> {
        let body = &self.req.body;
        if body.iter().all(|b| b.is_ascii_whitespace()) {
            return Ok(Map::new());
        }
        let ctype = self
            .req
            .header("content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let mime = ctype.split(';').next().unwrap_or("").trim();
        if !(mime == "application/json"
            || (mime.starts_with("application/") && mime.ends_with("+json")))
        {
            return Err(ApiErr::Json(
                415,
                json!({"base": ["Content-Type must be application/json"]}),
            ));
        }
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => Ok(m),
            Ok(_) => Err(bad("base", "must be a JSON object")),
            Err(_) => Err(bad("base", "Badly-formed JSON")),
        }
    }

    pub fn mutated(&mut self) {
        self.fx.mutated = true;
    }

    pub fn is_cluster_admin(&self) -> bool {
        self.caller.access.cluster >= R_CLUSTER_ADMIN
    }

    pub fn username(&self) -> String {
        self.st
            .users
            .get(&self.caller.user_id)
            .map(|u| u.username.clone())
            .unwrap_or_default()
    }

    pub fn rng_password(&self) -> String {
        self.shared.random_password()
    }
}

// ---- resolution (reference §2.6) ---------------------------------------

pub fn parse_id(seg: &str) -> Option<u64> {
    if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
        seg.parse().ok()
    } else {
        None
    }
}

/// Id first (when all digits), then name; only among `candidates`.
fn pick<'a, T>(
    seg: &str,
    mut candidates: impl Iterator<Item = &'a T> + Clone,
    id: impl Fn(&T) -> u64,
    name: impl Fn(&T) -> &str,
) -> Option<u64>
where
    T: 'a,
{
    if let Some(n) = parse_id(seg)
        && let Some(t) = candidates.clone().find(|t| id(t) == n)
    {
        return Some(id(t));
    }
    candidates.find(|t| name(t) == seg).map(id)
}

impl Ctx<'_> {
    /// The servers the caller can see that match `filter`, hiding deleted
    /// ones unless the request asked for `include_deleted`.
    pub fn visible_vms(&self, filter: impl Fn(&Vm) -> bool) -> Vec<&Vm> {
        let include_deleted = self.flag("include_deleted");
        let acc = &self.caller.access;
        self.st
            .vms
            .values()
            .filter(|v| (include_deleted || !v.deleted) && filter(v) && acc.sees_vm(self.st, v))
            .collect()
    }

    pub fn find_account(&self, seg: &str) -> Result<u64, ApiErr> {
        let acc = &self.caller.access;
        pick(
            seg,
            self.st.accounts.values().filter(|a| acc.sees_account(a.id)),
            |a| a.id,
            |a| a.name.as_str(),
        )
        .ok_or(ApiErr::NotFound)
    }

    pub fn find_group(&self, account_id: u64, seg: &str) -> Result<u64, ApiErr> {
        let acc = &self.caller.access;
        pick(
            seg,
            self.st
                .groups
                .values()
                .filter(|g| g.account_id == account_id && acc.sees_group(g)),
            |g| g.id,
            |g| g.name.as_str(),
        )
        .ok_or(ApiErr::NotFound)
    }

    pub fn find_vm(&self, group_id: u64, seg: &str, allow_deleted: bool) -> Result<u64, ApiErr> {
        let acc = &self.caller.access;
        let st = &*self.st;
        pick(
            seg,
            st.vms.values().filter(|v| {
                v.group_id == group_id && (allow_deleted || !v.deleted) && acc.sees_vm(st, v)
            }),
            |v| v.id,
            |v| v.name.as_str(),
        )
        .ok_or(ApiErr::NotFound)
    }

    /// `/virtual_machines/{id}`: an id, or a name that is unique among the
    /// VMs the caller can see.
    pub fn find_vm_flat(&self, seg: &str, allow_deleted: bool) -> Result<u64, ApiErr> {
        let acc = &self.caller.access;
        let st = &*self.st;
        let visible = |v: &&Vm| (allow_deleted || !v.deleted) && acc.sees_vm(st, v);
        if let Some(id) = parse_id(seg)
            && let Some(v) = st.vms.get(&id).filter(visible)
        {
            return Ok(v.id);
        }
        let mut named = st.vms.values().filter(visible).filter(|v| v.name == seg);
        match (named.next(), named.next()) {
            (Some(v), None) => Ok(v.id),
            _ => Err(ApiErr::NotFound),
        }
    }

    pub fn vm_level(&self, vm_id: u64) -> u8 {
        match self.st.vms.get(&vm_id) {
            Some(vm) => self.caller.access.vm_level(self.st, vm),
            None => 0,
        }
    }

    pub fn group_level(&self, group_id: u64) -> u8 {
        match self.st.groups.get(&group_id) {
            Some(g) => self.caller.access.group_level(g),
            None => 0,
        }
    }
}

// ---- entry point ---------------------------------------------------------

fn authenticate(st: &mut State, req: &HttpRequest, now: u64, fx: &mut Effects) -> Option<Caller> {
    let auth = req.header("authorization")?;
    let (scheme, token) = auth.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let token = token.trim();
    if let Some(mut key) = token.strip_prefix("apikey.") {
        // Tolerate a value that already carries the prefix (reference §7 #20).
        if let Some(k) = key.strip_prefix("apikey.") {
            key = k;
        }
        let k = st.api_keys.values().find(|k| k.key == key)?;
        if let Some(exp) = &k.expires_at
            && expired(exp, now)
        {
            return None;
        }
        let (user_id, key_id) = (k.user_id, k.id);
        return Some(Caller {
            user_id,
            api_key_id: Some(key_id),
            access: Access::build(st, user_id, Some(key_id)),
        });
    }
    let session = st.touch_session(token, now)?;
    let username = session.username.clone();
    fx.touched = true;
    let user_id = st.user_by_name(&username)?.id;
    Some(Caller {
        user_id,
        api_key_id: None,
        access: Access::build(st, user_id, None),
    })
}

/// `expires_at` in the past? Accepts `YYYY-MM-DD[THH:MM:SS…]`; anything
/// unparseable counts as not expired (it was validated on create).
pub fn expired(ts: &str, now_ms: u64) -> bool {
    parse_timestamp(ts).is_some_and(|t| t * 1000 <= now_ms)
}

/// Seconds since the epoch for `YYYY-MM-DD` with optional `[T ]HH:MM[:SS]`
/// (UTC; a trailing zone is ignored).
pub fn parse_timestamp(ts: &str) -> Option<u64> {
    let b = ts.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u64> {
        let s = ts.get(r)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if b.get(4) != Some(&b'-')
        || b.get(7) != Some(&b'-')
        || !(1..=12).contains(&mo)
        || !(1..=31).contains(&d)
    {
        return None;
    }
    let (mut h, mut mi, mut s) = (0, 0, 0);
    if b.len() > 10 {
        if !matches!(b[10], b'T' | b' ') {
            return None;
        }
        h = num(11..13)?;
        mi = num(14..16)?;
        if b.get(16) == Some(&b':') {
            s = num(17..19)?;
        }
    }
    // days from civil (Howard Hinnant)
    let y = if mo <= 2 { y as i64 - 1 } else { y as i64 };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = mo as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    let secs = days * 86400 + (h * 3600 + mi * 60 + s) as i64;
    u64::try_from(secs).ok()
}

pub fn handle(
    shared: &Shared,
    st: &mut State,
    req: &HttpRequest,
    segs: &[String],
    now: u64,
    fx: &mut Effects,
) -> HttpResponse {
    let method = req.routing_method();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    if segs.as_slice() == ["definitions"] {
        return match method {
            "GET" => HttpResponse::json(200, json::definitions().to_string().into_bytes()),
            _ => ApiErr::MethodNotAllowed.into_response(),
        };
    }
    if !known_root(&segs) {
        return ApiErr::NotFound.into_response();
    }
    let Some(caller) = authenticate(st, req, now, fx) else {
        return ApiErr::Unauthorized.into_response();
    };
    let mut ctx = Ctx {
        shared,
        st,
        req,
        method,
        query: parse_query(&req.query),
        now,
        fx,
        caller,
    };
    match route(&mut ctx, &segs) {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

fn known_root(segs: &[&str]) -> bool {
    matches!(
        segs.first(),
        Some(
            &"accounts"
                | &"groups"
                | &"virtual_machines"
                | &"discs"
                | &"nics"
                | &"ips"
                | &"users"
                | &"privileges"
                | &"api_keys"
        )
    )
}

fn route(ctx: &mut Ctx, segs: &[&str]) -> R {
    let m = ctx.method;
    match segs {
        ["accounts"] => match m {
            "GET" => list_accounts(ctx),
            "POST" => create_account(ctx),
            _ => Err(ApiErr::MethodNotAllowed),
        },
        ["accounts", a] => {
            check_method(m, &["GET", "PUT", "DELETE"])?;
            let a = ctx.find_account(a)?;
            match m {
                "GET" => show_account(ctx, a),
                "PUT" => update_account(ctx, a),
                _ => delete_account(ctx, a),
            }
        }
        ["accounts", a, "privileges"] => {
            check_method(m, &["GET"])?;
            let a = ctx.find_account(a)?;
            people::privileges_on(ctx, people::Target::Account(a))
        }
        ["accounts", a, "groups"] => {
            check_method(m, &["GET", "POST"])?;
            let a = ctx.find_account(a)?;
            match m {
                "GET" => list_groups(ctx, Some(a)),
                _ => create_group(ctx, a),
            }
        }
        ["accounts", a, "groups", g, rest @ ..] => {
            let a = ctx.find_account(a)?;
            let g = ctx.find_group(a, g)?;
            group_routes(ctx, g, rest)
        }
        ["groups"] => {
            check_method(m, &["GET"])?;
            let filter = account_filter(ctx)?;
            list_groups(ctx, filter)
        }
        ["groups", g, rest @ ..] => {
            let g = find_group_flat(ctx, g)?;
            group_routes(ctx, g, rest)
        }
        ["virtual_machines"] => {
            check_method(m, &["GET"])?;
            vms::list_flat(ctx)
        }
        ["virtual_machines", v, rest @ ..] => {
            let allow_deleted = m != "GET" || ctx.flag("include_deleted");
            let v = ctx.find_vm_flat(v, allow_deleted)?;
            vms::vm_routes(ctx, v, rest)
        }
        ["discs"] => {
            check_method(m, &["GET"])?;
            storage::list_discs_flat(ctx)
        }
        ["discs", d] => storage::disc_flat(ctx, d),
        ["nics"] => {
            if m != "GET" {
                return Err(ApiErr::Forbidden);
            }
            storage::list_nics_flat(ctx)
        }
        ["nics", n] => storage::nic_flat(ctx, n),
        ["ips", ip] => storage::ip_routes(ctx, ip),
        ["users"] => {
            check_method(m, &["GET"])?;
            people::list_users(ctx)
        }
        ["users", u] => people::user_routes(ctx, u),
        ["users", u, "privileges"] => people::user_privileges(ctx, u),
        ["privileges"] => {
            check_method(m, &["GET"])?;
            people::list_privileges(ctx)
        }
        ["privileges", p] => people::privilege_routes(ctx, p),
        ["api_keys"] => people::api_keys(ctx),
        ["api_keys", k] => people::api_key_routes(ctx, k),
        _ => Err(ApiErr::NotFound),
    }
}

pub fn check_method(m: &str, allowed: &[&str]) -> Result<(), ApiErr> {
    if allowed.contains(&m) {
        Ok(())
    } else {
        Err(ApiErr::MethodNotAllowed)
    }
}

fn group_routes(ctx: &mut Ctx, g: u64, rest: &[&str]) -> R {
    let m = ctx.method;
    match rest {
        [] => {
            check_method(m, &["GET", "PUT", "DELETE"])?;
            match m {
                "GET" => show_group(ctx, g),
                "PUT" => update_group(ctx, g),
                _ => delete_group(ctx, g),
            }
        }
        ["privileges"] => {
            check_method(m, &["GET"])?;
            people::privileges_on(ctx, people::Target::Group(g))
        }
        ["vm_create"] => {
            check_method(m, &["POST"])?;
            vms::vm_create(ctx, g)
        }
        ["virtual_machines"] => {
            check_method(m, &["GET", "POST"])?;
            match m {
                "GET" => vms::list_in_group(ctx, g),
                _ => vms::create_bare(ctx, g),
            }
        }
        ["virtual_machines", v, rest @ ..] => {
            let allow_deleted = m != "GET" || ctx.flag("include_deleted");
            let v = ctx.find_vm(g, v, allow_deleted)?;
            vms::vm_routes(ctx, v, rest)
        }
        _ => Err(ApiErr::NotFound),
    }
}

/// `account_id` / `account_name` query filters; an invisible account → 404.
fn account_filter(ctx: &Ctx) -> Result<Option<u64>, ApiErr> {
    if let Some(a) = ctx.q("account_id").or(ctx.q("account_name")) {
        return ctx.find_account(a).map(Some);
    }
    Ok(None)
}

fn find_group_flat(ctx: &Ctx, seg: &str) -> Result<u64, ApiErr> {
    let acc = &ctx.caller.access;
    pick(
        seg,
        ctx.st.groups.values().filter(|g| acc.sees_group(g)),
        |g| g.id,
        |g| g.name.as_str(),
    )
    .ok_or(ApiErr::NotFound)
}

// ---- accounts ------------------------------------------------------------

/// Account JSON; with `view=overview` its visible groups, each with its
/// visible VMs (deleted ones only with `include_deleted`), discs and NICs.
fn account_value(
    ctx: &Ctx,
    id: u64,
    overview: Option<(&Children, &HashMap<u64, Vec<&Vm>>)>,
) -> Value {
    let mut v = json::account(ctx.st, id);
    if let (Some((children, by_group)), Some(obj)) = (overview, v.as_object_mut()) {
        let acc = &ctx.caller.access;
        let groups: Vec<Value> = ctx
            .st
            .groups
            .values()
            .filter(|g| g.account_id == id && acc.sees_group(g))
            .map(|g| {
                let vms = by_group
                    .get(&g.id)
                    .map(|vs| {
                        vs.iter()
                            .map(|vm| json::vm(ctx.st, vm, Some(children)))
                            .collect()
                    })
                    .unwrap_or_default();
                json::group(g, Some(vms))
            })
            .collect();
        obj.insert("groups".into(), Value::Array(groups));
    }
    v
}

/// Visible VMs grouped by group id (one pass).
pub fn vms_by_group<'a>(ctx: &'a Ctx) -> HashMap<u64, Vec<&'a Vm>> {
    let mut map: HashMap<u64, Vec<&Vm>> = HashMap::new();
    for vm in ctx.visible_vms(|_| true) {
        map.entry(vm.group_id).or_default().push(vm);
    }
    map
}

fn list_accounts(ctx: &mut Ctx) -> R {
    let acc = &ctx.caller.access;
    let ids: Vec<u64> = ctx
        .st
        .accounts
        .keys()
        .copied()
        .filter(|id| acc.sees_account(*id))
        .collect();
    let body: Vec<Value> = if ctx.overview() {
        let children = Children::all(ctx.st);
        let by_group = vms_by_group(ctx);
        ids.iter()
            .map(|id| account_value(ctx, *id, Some((&children, &by_group))))
            .collect()
    } else {
        ids.iter().map(|id| account_value(ctx, *id, None)).collect()
    };
    ok(200, Value::Array(body))
}

fn show_account(ctx: &mut Ctx, id: u64) -> R {
    if ctx.overview() {
        let children = Children::all(ctx.st);
        let by_group = vms_by_group(ctx);
        ok(200, account_value(ctx, id, Some((&children, &by_group))))
    } else {
        ok(200, account_value(ctx, id, None))
    }
}

fn create_account(ctx: &mut Ctx) -> R {
    if !ctx.is_cluster_admin() {
        return Err(ApiErr::Forbidden);
    }
    let body = ctx.body()?;
    let name = validate_name(&body, "name", &mut Errs::default())?;
    if ctx.st.accounts.values().any(|a| a.name == name) {
        return Err(bad("name", "has already been taken"));
    }
    let id = ctx.st.insert_account(&name);
    ctx.mutated();
    ok(201, json::account(ctx.st, id))
}

fn update_account(ctx: &mut Ctx, id: u64) -> R {
    if ctx.caller.access.account_level(id) < R_ACCOUNT_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    let _ = ctx.body()?; // name and suspended are read-only: ignored
    ok(200, json::account(ctx.st, id))
}

fn delete_account(ctx: &mut Ctx, id: u64) -> R {
    if !ctx.is_cluster_admin() {
        return Err(ApiErr::Forbidden);
    }
    let groups: HashSet<u64> = ctx
        .st
        .groups
        .values()
        .filter(|g| g.account_id == id)
        .map(|g| g.id)
        .collect();
    if ctx.st.vms.values().any(|v| groups.contains(&v.group_id)) {
        return Err(bad("virtual_machines", "must be empty"));
    }
    ctx.st.groups.retain(|_, g| g.account_id != id);
    ctx.st.accounts.remove(&id);
    ctx.st.privileges.retain(|_, p| {
        p.account_id != Some(id) && !p.group_id.is_some_and(|g| groups.contains(&g))
    });
    ctx.mutated();
    no_content()
}

// ---- groups ---------------------------------------------------------------

fn list_groups(ctx: &mut Ctx, account: Option<u64>) -> R {
    let acc = &ctx.caller.access;
    let overview = ctx.overview();
    let by_group = if overview {
        Some(vms_by_group(ctx))
    } else {
        None
    };
    let children = if overview {
        Some(Children::all(ctx.st))
    } else {
        None
    };
    let body: Vec<Value> = ctx
        .st
        .groups
        .values()
        .filter(|g| account.is_none_or(|a| g.account_id == a) && acc.sees_group(g))
        .map(|g| {
            let vms = match (&by_group, &children) {
                (Some(bg), Some(c)) => Some(
                    bg.get(&g.id)
                        .map(|vs| vs.iter().map(|vm| json::vm(ctx.st, vm, Some(c))).collect())
                        .unwrap_or_default(),
                ),
                _ => None,
            };
            json::group(g, vms)
        })
        .collect();
    ok(200, Value::Array(body))
}

fn group_value(ctx: &Ctx, id: u64) -> Value {
    let Some(g) = ctx.st.groups.get(&id) else {
        return Value::Null;
    };
    if ctx.overview() {
        let vms = ctx.visible_vms(|v| v.group_id == id);
        let children = Children::all(ctx.st);
        let list = vms
            .iter()
            .map(|vm| json::vm(ctx.st, vm, Some(&children)))
            .collect();
        json::group(g, Some(list))
    } else {
        json::group(g, None)
    }
}

fn show_group(ctx: &mut Ctx, id: u64) -> R {
    ok(200, group_value(ctx, id))
}

/// A DNS label: `^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$` (reference §5 #11).
pub fn valid_label(name: &str) -> bool {
    let b = name.as_bytes();
    let inner = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    b.len() >= 3
        && b.len() <= 63
        && inner(&b[0])
        && inner(&b[b.len() - 1])
        && b.iter().all(|c| inner(c) || *c == b'-')
}

/// Validates a required name field; records messages in `errs` and
/// returns them as a 400 if the name is unusable.
pub fn validate_name(
    body: &Map<String, Value>,
    key: &str,
    errs: &mut Errs,
) -> Result<String, ApiErr> {
    let name = match body.get(key) {
        None | Some(Value::Null) => {
            errs.add(key, "can't be blank");
            None
        }
        Some(Value::String(s)) if s.trim().is_empty() => {
            errs.add(key, "can't be blank");
            None
        }
        Some(Value::String(s)) => {
            if !valid_label(s) {
                errs.add(key, "is invalid");
            }
            if s.chars().count() < 3 {
                errs.add(key, "is too short (minimum is 3 characters)");
            }
            if s.chars().count() > 63 {
                errs.add(key, "is too long (maximum is 63 characters)");
            }
            Some(s.clone())
        }
        Some(_) => {
            errs.add(key, "is invalid");
            None
        }
    };
    match name {
        Some(n) if errs.0.get(key).is_none() => Ok(n),
        _ => Err(ApiErr::Bad(Value::Object(errs.0.clone()))),
    }
}

fn create_group(ctx: &mut Ctx, account: u64) -> R {
    if ctx.caller.access.account_level(account) < R_ACCOUNT_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    let body = ctx.body()?;
    let name = validate_name(&body, "name", &mut Errs::default())?;
    if ctx
        .st
        .groups
        .values()
        .any(|g| g.account_id == account && g.name == name)
    {
        return Err(bad("name", "has already been taken"));
    }
    let id = ctx.st.insert_group(account, &name);
    ctx.mutated();
    ok(201, group_value(ctx, id))
}

fn update_group(ctx: &mut Ctx, id: u64) -> R {
    let Some(g) = ctx.st.groups.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    if ctx.caller.access.account_level(g.account_id) < R_ACCOUNT_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    let body = ctx.body()?;
    if body.contains_key("name") {
        let name = validate_name(&body, "name", &mut Errs::default())?;
        if name != g.name {
            if g.name == "default" {
                return Err(bad("name", "the default group cannot be renamed"));
            }
            if ctx
                .st
                .groups
                .values()
                .any(|o| o.account_id == g.account_id && o.name == name)
            {
                return Err(bad("name", "has already been taken"));
            }
            if let Some(g) = ctx.st.groups.get_mut(&id) {
                g.name = name;
            }
            ctx.mutated();
        }
    }
    ok(200, group_value(ctx, id))
}

fn delete_group(ctx: &mut Ctx, id: u64) -> R {
    let Some(g) = ctx.st.groups.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    if ctx.caller.access.account_level(g.account_id) < R_ACCOUNT_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    // Deleted-but-unpurged servers still occupy the group (reference §7 #22).
    if ctx.st.vms.values().any(|v| v.group_id == id) {
        return Err(bad("virtual_machines", "must be empty"));
    }
    if g.name == "default" {
        return Err(bad("name", "the default group cannot be deleted"));
    }
    ctx.st.groups.remove(&id);
    ctx.st.privileges.retain(|_, p| p.group_id != Some(id));
    ctx.mutated();
    no_content()
}

pub fn require(level: u8, needed: u8) -> Result<(), ApiErr> {
    if level >= needed {
        Ok(())
    } else {
        Err(ApiErr::Forbidden)
    }
}

pub const GROUP_ADMIN: u8 = R_GROUP_ADMIN;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert!(valid_label("web1"));
        assert!(valid_label("a-b"));
        assert!(!valid_label("ab"));
        assert!(!valid_label("-ab"));
        assert!(!valid_label("ab-"));
        assert!(!valid_label("Web1"));
        assert!(!valid_label("web.1"));
        assert!(!valid_label(&"a".repeat(64)));
        assert!(valid_label(&"a".repeat(63)));
    }

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp("1970-01-01"), Some(0));
        assert_eq!(parse_timestamp("2019-04-04T04:04:04Z"), Some(1554350644));
        assert_eq!(parse_timestamp("2000-03-01 00:00:00"), Some(951868800));
        assert_eq!(parse_timestamp("yesterday"), None);
        assert_eq!(parse_timestamp("2019-13-01"), None);
    }
}
