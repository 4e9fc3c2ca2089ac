//! A small JSON Schema checker for the subset the OpenAPI document uses:
//! `$ref` to components, `type` (one or a list, with `null`), `nullable`,
//! `properties`, `required`, `additionalProperties`, `items`, `enum`,
//! `oneOf`, `anyOf` and `allOf`.
//!
//! Written here rather than taken from a crate to keep the test build lean;
//! it is stricter than JSON Schema in one way on purpose: an object may not
//! carry a property its schema does not list (unless the schema says
//! `additionalProperties`), so a field added to a response without being
//! documented fails the test.

use serde_json::Value;

/// Every way `value` departs from `schema`, as `path: problem`; empty when
/// it conforms. `doc` is the whole document, for `$ref`.
pub fn violations(doc: &Value, schema: &Value, value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(doc, schema, value, "$", &mut out);
    out
}

fn check(doc: &Value, schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        match reference.strip_prefix("#/components/schemas/").and_then(|name| doc["components"]["schemas"].get(name)) {
            Some(target) => check(doc, target, value, at, out),
            None => out.push(format!("{at}: unresolvable $ref {reference}")),
        }
        return;
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for part in all {
            check(doc, part, value, at, out);
        }
    }
    for (keyword, exactly_one) in [("oneOf", true), ("anyOf", false)] {
        if let Some(alternatives) = schema.get(keyword).and_then(Value::as_array) {
            let fitting = alternatives.iter().filter(|alt| violations(doc, alt, value).is_empty()).count();
            if (exactly_one && fitting != 1) || fitting == 0 {
                out.push(format!("{at}: {value} fits {fitting} of the {keyword} alternatives"));
            }
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        out.push(format!("{at}: {value} is not one of {allowed:?}"));
    }
    let mut types: Vec<&str> = match schema.get("type") {
        Some(Value::String(one)) => vec![one.as_str()],
        Some(Value::Array(many)) => many.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if types.is_empty() {
        return;
    }
    if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
        types.push("null");
    }
    let actual = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let fits = types.contains(&actual) || (actual == "integer" && types.contains(&"number"));
    if !fits {
        out.push(format!("{at}: {actual} where the document says {types:?}"));
        return;
    }
    match value {
        Value::Object(fields) => {
            for name in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str)
            {
                if !fields.contains_key(name) {
                    out.push(format!("{at}: required property {name} missing"));
                }
            }
            let properties = schema.get("properties").and_then(Value::as_object);
            let additional = schema.get("additionalProperties");
            for (name, field) in fields {
                match (properties.and_then(|p| p.get(name)), additional) {
                    (Some(property), _) => check(doc, property, field, &format!("{at}.{name}"), out),
                    (None, Some(Value::Bool(true))) => {}
                    (None, Some(extra @ Value::Object(_))) => check(doc, extra, field, &format!("{at}.{name}"), out),
                    // A free-form object (no properties listed) takes anything.
                    (None, None) if properties.is_none() => {}
                    (None, _) => out.push(format!("{at}: property {name} is not documented")),
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    check(doc, item_schema, item, &format!("{at}[{i}]"), out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn the_checker_finds_what_it_should() {
    use serde_json::json;
    let doc = json!({ "components": { "schemas": {
        "Thing": { "type": "object", "required": ["id"], "properties": {
            "id": { "type": "string" },
            "note": { "type": ["string", "null"] },
            "tags": { "type": "array", "items": { "type": "string" } },
            "value": { "oneOf": [{ "type": "string" }, { "type": "boolean" }, { "type": "object" }] }
        } }
    } } });
    let thing = json!({ "$ref": "#/components/schemas/Thing" });
    assert!(violations(&doc, &thing, &json!({ "id": "a", "note": null, "tags": ["x"], "value": true })).is_empty());
    assert!(violations(&doc, &thing, &json!({ "id": "a", "value": { "any": 1 } })).is_empty());
    let problems = |value: Value| violations(&doc, &thing, &value).len();
    assert_eq!(problems(json!({ "note": "x" })), 1, "required");
    assert_eq!(problems(json!({ "id": 1 })), 1, "type");
    assert_eq!(problems(json!({ "id": "a", "tags": ["x", 2] })), 1, "items");
    assert_eq!(problems(json!({ "id": "a", "value": [1] })), 1, "oneOf");
    assert_eq!(problems(json!({ "id": "a", "extra": 1 })), 1, "undocumented property");
    assert_eq!(violations(&doc, &json!({ "$ref": "#/components/schemas/None" }), &json!(1)).len(), 1);
}
