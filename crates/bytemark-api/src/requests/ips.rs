//! Addresses: additional IPs, reverse DNS, deleting and swapping (api
//! reference §4.11–§4.12).

use super::VmRef;
use crate::{Method, Request, encode_segment};
use serde_json::json;

fn ip_path(ip: &str) -> String {
    format!("/ips/{}", encode_segment(ip))
}

/// `POST .../virtual_machines/{vm}/nics/{nic}/ip_create`: `count`
/// additional IPv4 addresses, routed via the NIC's primary IPv4.
pub fn ip_create(vm: &VmRef, nic_id: u64, count: u32, reason: &str) -> Request {
    Request::new(
        Method::Post,
        format!("{}/nics/{nic_id}/ip_create", vm.path()),
        format!("add IP addresses to server {vm}"),
    )
    .body(json!({
        "addresses": count,
        "family": "ipv4",
        "reason": reason,
        "contiguous": false,
    }))
}

/// `GET /ips/{ip}?include_deleted=true`: the address and its reverse DNS
/// (also for a deleted, not yet purged server, like the single-server GET).
pub fn ip_get(ip: &str) -> Request {
    Request::get(ip_path(ip), format!("get IP address {ip}")).query("include_deleted", "true")
}

/// `PUT /ips/{ip} {"rdns": hostname}`.
pub fn ip_set_rdns(ip: &str, hostname: &str) -> Request {
    Request::new(
        Method::Put,
        ip_path(ip),
        format!("set the reverse DNS of {ip}"),
    )
    .body(json!({ "rdns": hostname }))
}

/// `DELETE /ips/{ip}`: additional addresses only.
pub fn ip_delete(ip: &str) -> Request {
    Request::new(
        Method::Delete,
        ip_path(ip),
        format!("delete IP address {ip}"),
    )
}

/// `POST /ips/swap_virtual_machine_ips`: the two servers exchange their
/// primary IPv4 and IPv6 addresses (and additional ones with
/// `move_additional_ips`); both must be off.
pub fn ips_swap(a_id: u64, b_id: u64, move_additional_ips: bool, what: &str) -> Request {
    Request::new(
        Method::Post,
        "/ips/swap_virtual_machine_ips",
        format!("swap the IP addresses of {what}"),
    )
    .body(json!({
        "virtual_machine_1_id": a_id,
        "virtual_machine_2_id": b_id,
        "move_additional_ips": move_additional_ips,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        let vm = VmRef::new("acme", "default", "web1");
        let r = ip_create(&vm, 5678, 2, "SSL site");
        assert_eq!(
            (r.method, r.path.as_str()),
            (
                Method::Post,
                "/accounts/acme/groups/default/virtual_machines/web1/nics/5678/ip_create"
            )
        );
        assert_eq!(
            r.body,
            Some(
                json!({"addresses": 2, "family": "ipv4", "reason": "SSL site", "contiguous": false})
            )
        );
        assert_eq!(
            ip_get("2001:db8::1").path_and_query(),
            "/ips/2001%3Adb8%3A%3A1?include_deleted=true"
        );
        let r = ip_set_rdns("192.0.2.1", "www.example.com");
        assert_eq!((r.method, r.path.as_str()), (Method::Put, "/ips/192.0.2.1"));
        assert_eq!(r.body, Some(json!({"rdns": "www.example.com"})));
        let r = ip_delete("192.0.2.9");
        assert_eq!(
            (r.method, r.path.as_str()),
            (Method::Delete, "/ips/192.0.2.9")
        );
        let r = ips_swap(1, 2, true, "a and b");
        assert_eq!(
            (r.method, r.path.as_str()),
            (Method::Post, "/ips/swap_virtual_machine_ips")
        );
        assert_eq!(
            r.body,
            Some(
                json!({"virtual_machine_1_id": 1, "virtual_machine_2_id": 2, "move_additional_ips": true})
            )
        );
    }
}
