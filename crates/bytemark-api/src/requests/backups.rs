//! Backups, backup schedules and moving a disc to another server (api
//! reference §4.8–§4.10).

use super::{VmRef, disc_path};
use crate::{Method, Request, encode_segment};
use serde_json::json;

fn backups_path(vm: &VmRef, disc: &str) -> String {
    format!("{}/backups", disc_path(vm, disc))
}

fn backup_path(vm: &VmRef, disc: &str, backup: &str) -> String {
    format!("{}/{}", backups_path(vm, disc), encode_segment(backup))
}

/// `GET .../discs/{disc}/backups`: the disc's backups, oldest first.
pub fn backups_list(vm: &VmRef, disc: &str) -> Request {
    Request::get(
        backups_path(vm, disc),
        format!("list backups of disc {disc} of server {vm}"),
    )
}

/// `GET .../discs/{disc}/backups/{backup}` (label or id).
pub fn backup_get(vm: &VmRef, disc: &str, backup: &str) -> Request {
    Request::get(
        backup_path(vm, disc, backup),
        format!("get backup {backup} of disc {disc} of server {vm}"),
    )
}

/// `POST .../discs/{disc}/backups` (no body): take a backup now.
pub fn backup_create(vm: &VmRef, disc: &str) -> Request {
    Request::new(
        Method::Post,
        backups_path(vm, disc),
        format!("back up disc {disc} of server {vm}"),
    )
}

/// `PUT .../discs/{disc}/backups/{backup} {"restore": true}`: restore the
/// disc from the backup (the brain backs the disc up first).
pub fn backup_restore(vm: &VmRef, disc: &str, backup: &str) -> Request {
    Request::new(
        Method::Put,
        backup_path(vm, disc, backup),
        format!("restore disc {disc} of server {vm} from backup {backup}"),
    )
    .body(json!({ "restore": true }))
}

/// `DELETE .../discs/{disc}/backups/{backup}?purge=true` — like a disc, a
/// backup is only deleted with `purge=true`.
pub fn backup_delete(vm: &VmRef, disc: &str, backup: &str) -> Request {
    Request::new(
        Method::Delete,
        backup_path(vm, disc, backup),
        format!("delete backup {backup} of disc {disc} of server {vm}"),
    )
    .query("purge", "true")
}

/// `POST .../discs/{disc}/backup_schedules {"start_at", "interval_seconds",
/// "capacity"}` (§4.10).
pub fn schedule_create(
    vm: &VmRef,
    disc: &str,
    start_at: &str,
    interval_seconds: u64,
    capacity: u32,
) -> Request {
    Request::new(
        Method::Post,
        format!("{}/backup_schedules", disc_path(vm, disc)),
        format!("schedule backups of disc {disc} of server {vm}"),
    )
    .body(json!({
        "start_at": start_at,
        "interval_seconds": interval_seconds,
        "capacity": capacity,
    }))
}

/// `DELETE .../discs/{disc}/backup_schedules/{id}`.
pub fn schedule_delete(vm: &VmRef, disc: &str, id: u64) -> Request {
    Request::new(
        Method::Delete,
        format!("{}/backup_schedules/{id}", disc_path(vm, disc)),
        format!("delete backup schedule {id} of disc {disc} of server {vm}"),
    )
}

/// `GET /discs/{id}`: a disc by id, wherever it is (after a move).
pub fn disc_get_by_id(id: u64) -> Request {
    Request::get(format!("/discs/{id}"), format!("get disc {id}"))
}

/// `PUT .../discs/{disc} {"virtual_machine_id": N}`: move the disc to
/// server `to_id` (both servers off; never the first disc).
pub fn disc_move(vm: &VmRef, disc: &str, to_id: u64, to: &str) -> Request {
    Request::new(
        Method::Put,
        disc_path(vm, disc),
        format!("move disc {disc} of server {vm} to server {to}"),
    )
    .body(json!({ "virtual_machine_id": to_id }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn web1() -> VmRef {
        VmRef::new("acme", "default", "web1")
    }

    const DISC: &str = "/accounts/acme/groups/default/virtual_machines/web1/discs/disc-1";

    #[test]
    fn backups() {
        let r = backups_list(&web1(), "disc-1");
        assert_eq!(
            (r.method, r.path_and_query()),
            (Method::Get, format!("{DISC}/backups"))
        );
        let r = backup_create(&web1(), "disc-1");
        assert_eq!(
            (r.method, r.path.as_str(), r.body),
            (Method::Post, &*format!("{DISC}/backups"), None)
        );
        let r = backup_get(&web1(), "disc-1", "disc-1-backup-20250101120000");
        assert_eq!(
            r.path,
            format!("{DISC}/backups/disc-1-backup-20250101120000")
        );
        let r = backup_restore(&web1(), "disc-1", "12");
        assert_eq!(
            (r.method, r.path.as_str()),
            (Method::Put, &*format!("{DISC}/backups/12"))
        );
        assert_eq!(r.body, Some(json!({"restore": true})));
        let r = backup_delete(&web1(), "disc-1", "b/1");
        assert_eq!(
            (r.method, r.path_and_query()),
            (Method::Delete, format!("{DISC}/backups/b%2F1?purge=true"))
        );
    }

    #[test]
    fn schedules_and_moves() {
        let r = schedule_create(&web1(), "disc-1", "00:00", 86400, 7);
        assert_eq!(
            (r.method, r.path.as_str()),
            (Method::Post, &*format!("{DISC}/backup_schedules"))
        );
        assert_eq!(
            r.body,
            Some(json!({"start_at": "00:00", "interval_seconds": 86400, "capacity": 7}))
        );
        let r = schedule_delete(&web1(), "disc-1", 9);
        assert_eq!(
            (r.method, r.path),
            (Method::Delete, format!("{DISC}/backup_schedules/9"))
        );
        let r = disc_move(&web1(), "disc-1", 42, "db1.default.acme");
        assert_eq!((r.method, r.path.as_str()), (Method::Put, DISC));
        assert_eq!(r.body, Some(json!({"virtual_machine_id": 42})));
        assert_eq!(disc_get_by_id(7).path, "/discs/7");
    }
}
