//! `bytemark config` (in progress).
