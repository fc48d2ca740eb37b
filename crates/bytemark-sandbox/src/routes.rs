//! Which code answers which path: the one table of the sandbox's routes,
//! auth service and brain alike (they share one base URL).
//!
//! Order of checks for a brain request: token (401) → route (404) and method
//! (405) → visibility of every path segment (404) → privilege (403) → body
//! (415/400) → action. Nothing the caller cannot see is ever distinguished
//! from something that does not exist. The handlers check privilege, body
//! and action; everything before is here.

use crate::auth;
use crate::brain::access::authenticate;
use crate::brain::ctx::Ctx;
use crate::brain::privileges::{self, Target};
use crate::brain::reply::{ApiErr, R, check_method};
use crate::brain::{
    accounts, api_keys, backup_schedules, backups, definitions, discs, groups, ips, network, users,
    vm_actions, vm_create, vms,
};
use crate::http::{HttpRequest, HttpResponse, percent_decode};
use crate::shared::{Effects, Shared};
use crate::state::State;

/// The first path segments the brain answers (after authentication).
const BRAIN_ROOTS: &[&str] = &[
    "accounts",
    "groups",
    "virtual_machines",
    "discs",
    "nics",
    "ips",
    "users",
    "privileges",
    "api_keys",
];

/// Answers `req` against `st`, noting in `fx` what it changed.
pub fn respond(
    shared: &Shared,
    st: &mut State,
    req: &HttpRequest,
    now: u64,
    fx: &mut Effects,
) -> HttpResponse {
    let segs: Vec<String> = req
        .path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode(s, false))
        .collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    let method = req.routing_method();
    match segs.as_slice() {
        ["session", rest @ ..] => session(shared, st, req, method, rest, now, fx),
        // The one brain route without a token (reference §4.1).
        ["definitions"] => match method {
            "GET" => HttpResponse::json(200, definitions::body().to_string().into_bytes()),
            _ => ApiErr::MethodNotAllowed.into_response(),
        },
        [root, ..] if BRAIN_ROOTS.contains(root) => {
            let Some(caller) = authenticate(st, req, now, fx) else {
                return ApiErr::Unauthorized.into_response();
            };
            let mut ctx = Ctx::new(shared, st, req, now, fx, caller);
            brain(&mut ctx, &segs).unwrap_or_else(ApiErr::into_response)
        }
        _ => ApiErr::NotFound.into_response(),
    }
}

/// The auth service (reference §3).
fn session(
    shared: &Shared,
    st: &mut State,
    req: &HttpRequest,
    method: &str,
    rest: &[&str],
    now: u64,
    fx: &mut Effects,
) -> HttpResponse {
    match (rest, method) {
        ([], "POST") => auth::create(shared, st, req, now, fx),
        ([token], "GET") => auth::read(st, token, now, fx),
        ([token], "POST") => auth::impersonate(shared, st, req, token, now, fx),
        ([] | [_], _) => HttpResponse::text(405, "Method Not Allowed"),
        _ => HttpResponse::text(404, "Not Found"),
    }
}

/// The brain (reference §4), for an authenticated caller.
fn brain(ctx: &mut Ctx, segs: &[&str]) -> R {
    let m = ctx.method;
    match segs {
        ["accounts"] => match m {
            "GET" => accounts::list(ctx),
            "POST" => accounts::create(ctx),
            _ => Err(ApiErr::MethodNotAllowed),
        },
        ["accounts", a] => {
            check_method(m, &["GET", "PUT", "DELETE"])?;
            let a = ctx.find_account(a)?;
            match m {
                "GET" => accounts::show(ctx, a),
                "PUT" => accounts::update(ctx, a),
                _ => accounts::delete(ctx, a),
            }
        }
        ["accounts", a, "privileges"] => {
            check_method(m, &["GET"])?;
            let a = ctx.find_account(a)?;
            privileges::on_target(ctx, Target::Account(a))
        }
        ["accounts", a, "groups"] => {
            check_method(m, &["GET", "POST"])?;
            let a = ctx.find_account(a)?;
            match m {
                "GET" => groups::list(ctx, Some(a)),
                _ => groups::create(ctx, a),
            }
        }
        ["accounts", a, "groups", g, rest @ ..] => {
            let a = ctx.find_account(a)?;
            let g = ctx.find_group(a, g)?;
            group(ctx, g, rest)
        }
        ["groups"] => {
            check_method(m, &["GET"])?;
            let account = ctx.account_filter()?;
            groups::list(ctx, account)
        }
        ["groups", g, rest @ ..] => {
            let g = ctx.find_group_anywhere(g)?;
            group(ctx, g, rest)
        }
        ["virtual_machines"] => {
            check_method(m, &["GET"])?;
            vms::list_flat(ctx)
        }
        ["virtual_machines", v, rest @ ..] => {
            let allow_deleted = m != "GET" || ctx.flag("include_deleted");
            let v = ctx.find_vm_flat(v, allow_deleted)?;
            server(ctx, v, rest)
        }
        ["discs"] => {
            check_method(m, &["GET"])?;
            discs::list_all(ctx)
        }
        ["discs", d, rest @ ..] => {
            check_method(m, disc_methods(rest)?)?;
            let d = discs::find_flat(ctx, d)?;
            disc(ctx, d, rest)
        }
        ["nics"] => match m {
            "GET" => network::list_all_nics(ctx),
            // NICs are read-only (reference §7 #19).
            _ => Err(ApiErr::Forbidden),
        },
        ["nics", n] => {
            let n = network::find_nic_flat(ctx, n)?;
            match m {
                "GET" => network::show_nic(ctx, n),
                _ => Err(ApiErr::Forbidden),
            }
        }
        // A word, not an address: before `/ips/{ip}` (reference §4.12).
        ["ips", "swap_virtual_machine_ips"] => {
            check_method(m, &["POST"])?;
            ips::swap(ctx)
        }
        ["ips", ip] => {
            check_method(m, &["GET", "PUT", "DELETE"])?;
            let ip = ips::find_ip(ctx, ip)?;
            match m {
                "GET" => ips::show_ip(ctx, &ip),
                "PUT" => ips::update_ip(ctx, &ip),
                _ => ips::delete_ip(ctx, &ip),
            }
        }
        ["users"] => {
            check_method(m, &["GET"])?;
            users::list(ctx)
        }
        ["users", u] => {
            check_method(m, &["GET", "PUT"])?;
            let u = users::find_visible(ctx, u)?;
            match m {
                "GET" => users::show(ctx, u),
                _ => users::update(ctx, u),
            }
        }
        ["users", u, "privileges"] => {
            check_method(m, &["GET", "POST"])?;
            match m {
                "GET" => {
                    let u = users::find_visible(ctx, u)?;
                    privileges::of_user(ctx, u)
                }
                _ => {
                    // Any existing user, seen or not: otherwise an account
                    // admin could never invite someone new.
                    let u = users::find_user(ctx.st, u).ok_or(ApiErr::NotFound)?;
                    privileges::grant(ctx, u)
                }
            }
        }
        ["privileges"] => {
            check_method(m, &["GET"])?;
            privileges::list(ctx)
        }
        ["privileges", p] => {
            check_method(m, &["GET", "PUT", "DELETE"])?;
            let p = privileges::find(ctx, p)?;
            match m {
                "GET" => privileges::show(ctx, &p),
                "PUT" => privileges::update(ctx, p),
                _ => privileges::revoke(ctx, &p),
            }
        }
        ["api_keys"] => {
            check_method(m, &["GET", "POST"])?;
            match m {
                "GET" => api_keys::list(ctx),
                _ => api_keys::create(ctx),
            }
        }
        ["api_keys", k] => {
            check_method(m, &["GET", "DELETE"])?;
            let k = api_keys::find(ctx, k)?;
            match m {
                "GET" => api_keys::show(ctx, &k),
                _ => api_keys::delete(ctx, &k),
            }
        }
        _ => Err(ApiErr::NotFound),
    }
}

/// `…/groups/{g}/…`
fn group(ctx: &mut Ctx, g: u64, rest: &[&str]) -> R {
    let m = ctx.method;
    match rest {
        [] => {
            check_method(m, &["GET", "PUT", "DELETE"])?;
            match m {
                "GET" => groups::show(ctx, g),
                "PUT" => groups::update(ctx, g),
                _ => groups::delete(ctx, g),
            }
        }
        ["privileges"] => {
            check_method(m, &["GET"])?;
            privileges::on_target(ctx, Target::Group(g))
        }
        ["vm_create"] => {
            check_method(m, &["POST"])?;
            vm_create::vm_create(ctx, g)
        }
        ["virtual_machines"] => {
            check_method(m, &["GET", "POST"])?;
            match m {
                "GET" => vms::list_in_group(ctx, g),
                _ => vm_create::create_bare(ctx, g),
            }
        }
        ["virtual_machines", v, rest @ ..] => {
            let allow_deleted = m != "GET" || ctx.flag("include_deleted");
            let v = ctx.find_vm(g, v, allow_deleted)?;
            server(ctx, v, rest)
        }
        _ => Err(ApiErr::NotFound),
    }
}

/// `…/virtual_machines/{vm}/…`
fn server(ctx: &mut Ctx, vm: u64, rest: &[&str]) -> R {
    let m = ctx.method;
    match rest {
        [] => {
            check_method(m, &["GET", "PUT", "DELETE"])?;
            match m {
                "GET" => vms::show(ctx, vm),
                "PUT" => vms::update(ctx, vm),
                _ => vms::delete(ctx, vm),
            }
        }
        ["reimage"] => {
            check_method(m, &["POST"])?;
            vm_actions::reimage(ctx, vm)
        }
        ["signal"] => {
            check_method(m, &["POST"])?;
            vm_actions::signal(ctx, vm)
        }
        ["privileges"] => {
            check_method(m, &["GET"])?;
            privileges::on_target(ctx, Target::Vm(vm))
        }
        ["discs"] => {
            check_method(m, &["GET", "POST"])?;
            match m {
                "GET" => discs::list(ctx, vm),
                _ => discs::create(ctx, vm),
            }
        }
        ["discs", d, rest @ ..] => {
            check_method(m, disc_methods(rest)?)?;
            let d = discs::find(ctx, vm, d)?;
            disc(ctx, d, rest)
        }
        ["nics"] => match m {
            "GET" => network::list_nics(ctx, vm),
            // NICs are read-only (reference §7 #19).
            _ => Err(ApiErr::Forbidden),
        },
        ["nics", n] => {
            let n = network::find_nic(ctx, vm, n)?;
            match m {
                "GET" => network::show_nic(ctx, n),
                _ => Err(ApiErr::Forbidden),
            }
        }
        ["nics", n, "ip_create"] => {
            let n = network::find_nic(ctx, vm, n)?;
            check_method(m, &["POST"])?;
            network::ip_create(ctx, vm, n)
        }
        _ => Err(ApiErr::NotFound),
    }
}

/// The methods of `…/discs/{d}/<rest>`; 404 for no such route.
fn disc_methods(rest: &[&str]) -> Result<&'static [&'static str], ApiErr> {
    match rest {
        [] | ["backups", _] => Ok(&["GET", "PUT", "DELETE"]),
        ["backups"] => Ok(&["GET", "POST"]),
        ["backup_schedules"] => Ok(&["POST"]),
        ["backup_schedules", _] => Ok(&["DELETE"]),
        _ => Err(ApiErr::NotFound),
    }
}

/// `…/discs/{d}/<rest>`, nested or flat; the method is already one of
/// [`disc_methods`].
fn disc(ctx: &mut Ctx, d: u64, rest: &[&str]) -> R {
    let m = ctx.method;
    match rest {
        [] => match m {
            "GET" => discs::show(ctx, d),
            "PUT" => discs::update(ctx, d),
            _ => discs::delete(ctx, d),
        },
        ["backups"] => match m {
            "GET" => backups::list(ctx, d),
            _ => backups::create(ctx, d),
        },
        ["backups", b] => {
            let b = backups::find(ctx, d, b)?;
            match m {
                "GET" => backups::show(ctx, b),
                "PUT" => backups::update(ctx, b),
                _ => backups::delete(ctx, b),
            }
        }
        ["backup_schedules"] => backup_schedules::create(ctx, d),
        ["backup_schedules", s] => {
            let s = backup_schedules::find(ctx, d, s)?;
            backup_schedules::delete(ctx, d, s)
        }
        _ => Err(ApiErr::NotFound),
    }
}
