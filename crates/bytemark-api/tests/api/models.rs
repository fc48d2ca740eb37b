//! Property tests of the models (formerly unit tests in src/models.rs; they
//! need only the public API, and share the one arbitrary-JSON strategy).

use crate::strategies::arb_json;
use bytemark_api::models::{Account, Definitions, Disc, Group, VirtualMachine, decode};
use proptest::prelude::*;

proptest! {
    #[test]
    fn decoders_survive_garbage(v in arb_json()) {
        let _ = decode::<VirtualMachine>(v.clone(), "x");
        let _ = decode::<Vec<Account>>(v.clone(), "x");
        let _ = decode::<Account>(v.clone(), "x");
        let _ = decode::<Group>(v.clone(), "x");
        let _ = decode::<Disc>(v.clone(), "x");
        let _ = Definitions::from_value(&v, "x");
    }
}
