//! Pure request builders, one function per API call (in progress).
