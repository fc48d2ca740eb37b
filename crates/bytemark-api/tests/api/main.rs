//! The API crate's integration tests, as one test binary: each topic is a
//! module; `strategies` holds the proptest strategies they share.
//!
//! Run one topic with a filter on its module path, e.g.
//! `cargo test -p bytemark-api --test api decode_props::`.

mod strategies;

mod decode_props;
mod models;
