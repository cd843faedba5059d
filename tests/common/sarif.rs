//! The official SARIF 2.1.0 schema as a validator, for the tests that check SARIF output.

use serde_json::{json, Value};
use std::path::Path;

/// The validator of `tests/data/sarif-schema-2.1.0.json`, with format checks on.
pub fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let mut schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    // The schema's `language` patterns (run, toolComponent) have a stray `]`: legal in ECMA-262's
    // lenient grammar, but the validator checks each `pattern` as a `regex`-format string against
    // the draft-07 meta-schema and rejects it. Escape it here (quotecheck never writes `language`),
    // so that every format the schema uses (`uri`, `uri-reference`, `date-time`, `regex`) is checked.
    for owner in ["run", "toolComponent"] {
        let pattern = &mut schema["definitions"][owner]["properties"]["language"]["pattern"];
        assert_eq!(pattern, "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$", "the schema file changed");
        *pattern = json!("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$");
    }
    jsonschema::draft7::options().should_validate_formats(true).build(&schema).expect("the SARIF schema compiles")
}

/// Every validation error of `doc`, with where it is.
pub fn errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}
