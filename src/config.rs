//! Profiles and settings (in progress).
