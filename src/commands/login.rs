//! `bytemark login` (in progress).
