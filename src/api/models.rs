//! Serde models of the API's resources (in progress: owned by the resources work).

use crate::error::{Error, Result};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Decodes a response body into `T`; a body of the wrong shape is a server
/// fault (exit 7), never a panic.
pub fn decode<T: DeserializeOwned>(value: Value, context: &str) -> Result<T> {
    serde_json::from_value(value).map_err(|e| {
        Error::network(format!(
            "{context}: the API's response has an unexpected shape: {e}"
        ))
    })
}
