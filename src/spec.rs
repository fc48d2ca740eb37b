//! Parsers for names, sizes and disc specs (in progress).
