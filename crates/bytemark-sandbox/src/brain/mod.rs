//! The Cloud Servers API ("brain"), reference §2 and §4. Which path reaches
//! which handler is decided in [`crate::routes`]; here are the handlers,
//! one module per kind of resource, and what they share.
//!
//! Shared, lowest first: [`reply`] (how a request ends), [`fields`]
//! (values in requests), [`access`] (who is calling, what they may do),
//! [`ctx`] (one request in progress), [`views`] (response bodies) and
//! [`definitions`] (what the cluster offers).

pub mod access;
pub mod accounts;
pub mod api_keys;
pub mod backup_schedules;
pub mod backups;
pub mod ctx;
pub mod definitions;
pub mod discs;
pub mod fields;
pub mod groups;
pub mod ips;
pub mod network;
pub mod privileges;
pub mod reply;
pub mod users;
pub mod views;
pub mod vm_actions;
pub mod vm_create;
pub mod vms;
