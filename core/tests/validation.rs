//! Content validation: every problem at once, each saying where and what to do.

use naitei_core::testing::tiny_pack;
use naitei_core::{Bank, Lang, Place, Problem};
use serde_json::json;

fn problems(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<Problem> {
    let mut v = serde_json::to_value(tiny_pack()).unwrap();
    edit(&mut v);
    let pack = serde_json::from_value(v).expect("still the right shape");
    Bank::build(&pack).err().unwrap_or_default()
}

fn messages(p: &[Problem]) -> String {
    p.iter().map(|p| format!("{p}\n")).collect()
}

#[test]
fn the_tiny_pack_is_valid() {
    assert!(problems(|_| {}).is_empty());
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let p = problems(|v| {
        let items = &mut v["sections"][0]["item"];
        items[0]["options"][0]["credit"] = json!(1.5);
        items[1]["id"] = json!("arrival");
        v["sections"][0]["check"][0]["modules"] = json!(["nowhere"]);
        v["modules"][1]["requires"] = json!(["punctuality"]);
    });
    let text = messages(&p);
    assert!(text.contains("credit 1.5") && text.contains("from 0 to 1"), "{text}");
    assert!(text.contains("`arrival` is used twice"), "{text}");
    assert!(text.contains("module `nowhere`, which does not exist"), "{text}");
    assert!(text.contains("requires itself"), "{text}");
}

#[test]
fn rules_pointing_at_missing_items_or_options_are_caught() {
    let p = problems(|v| {
        v["sections"][0]["check"][0]["when"] = json!({ "all": [
            { "chose": { "item": "arival", "options": ["x"] } },
            { "chose": { "item": "arrival", "options": ["on_tme"] } },
            { "rated": { "item": "arrival", "min": 1 } }
        ]});
    });
    let text = messages(&p);
    assert!(text.contains("item `arival`, which does not exist"), "{text}");
    assert!(text.contains("option `on_tme`"), "{text}");
    assert!(text.contains("`rated` on item `arrival`, a single item"), "{text}");
}

#[test]
fn module_cycles_and_missing_areas_are_caught() {
    let p = problems(|v| {
        v["modules"][0]["requires"] = json!(["punctuality"]);
        v["modules"][2]["areas"] = json!([]);
    });
    let text = messages(&p);
    assert!(text.contains("in a circle"), "{text}");
    assert!(text.contains("Module `stories` lists no `areas`"), "{text}");
}

#[test]
fn texts_must_cover_every_id_and_languages_must_match_english() {
    let p = problems(|v| {
        let en = v["texts"]["en"].as_object_mut().unwrap();
        en.remove("item.arrival.option.early.why");
        en.insert("item.ghost.prompt".into(), json!("?"));
        let mut ja = en.clone();
        ja.remove("item.arrival.prompt");
        ja.insert("item.extra.prompt".into(), json!("余分"));
        v["texts"]["ja"] = json!(ja);
    });
    let text = messages(&p);
    assert!(text.contains("English text `item.arrival.option.early.why` is missing"), "{text}");
    assert!(text.contains("`item.ghost.prompt` belongs to nothing"), "{text}");
    assert!(text.contains("The ja texts lack `item.arrival.prompt`"), "{text}");
    assert!(text.contains("The ja texts have `item.extra.prompt`, which English does not"), "{text}");
    assert!(p.iter().any(|p| p.place == Place::Text { lang: Lang::Ja, key: "item.arrival.prompt".into() }));
}

#[test]
fn ids_must_be_plain_lowercase_words() {
    let p = problems(|v| v["sections"][0]["item"][0]["id"] = json!("Arrival Time"));
    assert!(messages(&p).contains("id `Arrival Time` is not allowed"));
}

#[test]
fn a_future_format_version_says_how_to_proceed() {
    let p = problems(|v| v["format"] = json!(2));
    assert!(messages(&p).contains("reads format 1"));
}

#[test]
fn analysers_and_their_findings_are_checked() {
    let p = problems(|v| {
        v["sections"][1]["item"][3]["analyser"] = json!("mind_reader");
    });
    assert!(messages(&p).contains("analyser `mind_reader`, which does not exist"));
    let p = problems(|v| {
        v["sections"][0]["check"][1]["when"] = json!({ "found": { "item": "questions", "finding": "telepathy" } });
    });
    assert!(messages(&p).contains("never reports it"), "{}", messages(&p));
}
