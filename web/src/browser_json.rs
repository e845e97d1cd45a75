//! JSON read with the browser's own parser (`JSON.parse`): the embedding options and the text
//! files. Neither needs anything serde would give, and leaving serde_json's reader out of the
//! light module makes the first download about 13 KB gzip smaller (docs/quality.md). What the
//! values mean is decided in `naitei-core` ([`embed::read_options`]), as for every other caller,
//! within the same limits of size and depth.

use js_sys::{Array, Object, JSON};
use naitei_core::embed::{self, ArgError, Given, Kind, Options};
use naitei_core::Texts;
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

/// What `JSON.parse` made of `json`, or its message (such as "Unexpected token } in JSON at position 9").
fn parsed(json: &str) -> Result<JsValue, String> {
    JSON::parse(json).map_err(|e| {
        e.dyn_ref::<js_sys::Error>().map_or_else(|| "it could not be parsed".to_owned(), |e| String::from(e.message()))
    })
}

fn kind_of(v: &JsValue) -> Kind {
    if v.is_null() {
        Kind::Null
    } else if v.as_bool().is_some() {
        Kind::Bool
    } else if v.as_f64().is_some() {
        Kind::Number
    } else if v.is_string() {
        Kind::Text
    } else if Array::is_array(v) {
        Kind::List
    } else {
        Kind::Object
    }
}

/// The name and value of every own property of `object`, in its order.
fn entries(object: &JsValue) -> impl Iterator<Item = (String, JsValue)> {
    Object::entries(object.unchecked_ref()).into_iter().map(|pair| {
        let pair: Array = pair.unchecked_into();
        (pair.get(0).as_string().unwrap_or_default(), pair.get(1))
    })
}

/// Reads embedding options (JSON text of an object of option name to value, or null), as
/// [`embed::options`] does: the options and one warning per value that was ignored.
pub fn options(json: &str) -> Result<(Options, Vec<String>), ArgError> {
    const WHAT: &str = "the options";
    embed::within_limit("options", WHAT, json)?;
    if embed::nesting(json) > embed::MAX_DEPTH {
        return Err(embed::too_deep("options", WHAT));
    }
    let value = parsed(json).map_err(|detail| embed::not_json("options", WHAT, &detail))?;
    match kind_of(&value) {
        Kind::Null => Ok((Options::default(), Vec::new())),
        Kind::Object => Ok(embed::read_options(entries(&value).map(|(name, v)| {
            let given = match (kind_of(&v), v.as_bool(), v.as_string()) {
                (Kind::Null, ..) => Given::Null,
                (_, Some(b), _) => Given::Bool(b),
                (_, _, Some(t)) => Given::Text(t),
                // As JSON, or by its kind where it has none.
                (kind, ..) => Given::Other(
                    JSON::stringify(&v).ok().and_then(|s| s.as_string()).unwrap_or_else(|| kind.named().to_owned()),
                ),
            };
            (name, given)
        }))),
        other => Err(embed::options_not_an_object(other)),
    }
}

/// Reads a text file: an object of text key to text.
pub fn texts(json: &str) -> Result<Texts, String> {
    let value = parsed(json)?;
    if kind_of(&value) != Kind::Object {
        return Err(format!("expected an object of text key to text, not {}", kind_of(&value).named()));
    }
    let mut out = BTreeMap::new();
    for (key, v) in entries(&value) {
        let Some(text) = v.as_string() else {
            return Err(format!("the text of \"{key}\" is {}, not a text", kind_of(&v).named()));
        };
        out.insert(key, text);
    }
    Ok(Texts(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn options_read_in_the_browser_as_in_the_core() {
        for json in [
            r#"{"lang":"ja-JP","theme":"neon","stage":"FINAL","storageKey":"careers"}"#,
            r#"{"lang":"fr","company":7,"bogus":1,"shareTextAnswers":"true","region":[1,{"a":null}]}"#,
            r#"{"theme":null,"shareTextAnswers":false,"storageKey":""}"#,
            r#"{"theme":"say \"hi\"\n","shareTextAnswers":"no","company":"SES"}"#,
            r#"{"shareTextAnswers":""}"#,
            "null",
            "[1]",
            "7",
            "{",
            &format!(r#"{{"theme":{}{}}}"#, "[".repeat(40), "]".repeat(40)),
        ] {
            // The same options and warnings; the browser warns in the host's order, serde_json's
            // map in the names' order.
            let sorted = |r: Result<(Options, Vec<String>), ArgError>| {
                r.map(|(o, mut w)| {
                    w.sort();
                    (o, w)
                })
            };
            let (ours, core) = (sorted(options(json)), sorted(embed::options(json)));
            match (&ours, &core) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{json}"),
                (Err(a), Err(b)) => {
                    assert_eq!(a.call, b.call, "{json}");
                    // The parsers' own words differ; the start of the message does not.
                    let head = |m: &str| m.split('(').next().unwrap_or_default().to_owned();
                    assert_eq!(head(&a.message), head(&b.message), "{json}");
                }
                _ => panic!("{json}: {ours:?} against {core:?}"),
            }
        }
    }

    #[wasm_bindgen_test]
    fn option_warnings_come_in_the_order_the_host_wrote_the_options() {
        let (_, warnings) = options(r#"{"zeta":1,"theme":"neon","alpha":2}"#).unwrap();
        let names: Vec<&str> =
            warnings.iter().map(|w| ["zeta", "theme", "alpha"].into_iter().find(|n| w.contains(n)).unwrap()).collect();
        assert_eq!(names, ["zeta", "theme", "alpha"]);
    }

    #[wasm_bindgen_test]
    fn a_text_file_is_an_object_of_texts() {
        let t = texts(r#"{"ui.a":"One","ui.b":"二"}"#).unwrap();
        assert_eq!((t.get("ui.a"), t.get("ui.b"), t.0.len()), ("One", "二", 2));
        assert!(texts("{").unwrap_err().contains("JSON"), "the parser's message is kept");
        assert_eq!(texts("[]").unwrap_err(), "expected an object of text key to text, not a list");
        assert_eq!(texts(r#"{"ui.a":7}"#).unwrap_err(), "the text of \"ui.a\" is a number, not a text");
    }
}
