//! The widget in a real browser: each test mounts it into a fresh element and
//! checks what a candidate would see. Run with `wasm-pack test --headless --chrome web`.
//! Progress is saved in the core's `MemoryStore` (one per test, or shared by
//! the widgets of a test), so saving, backups, corrupt data and a full quota
//! are tested without touching the browser's real storage.

use naitei_core::Lang;
use naitei_web::storage::MemoryStore;
use naitei_web::{mount_in, Loaders, Progress};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a widget with `options` (JSON) into a new element, saving into a store of its own.
fn mounted(options: &str) -> (Element, naitei_web::Handle) {
    mounted_in(options, None, Rc::new(MemoryStore::new()))
}

fn mounted_with_pack(options: &str, pack: Option<String>) -> (Element, naitei_web::Handle) {
    mounted_in(options, pack, Rc::new(MemoryStore::new()))
}

/// Mounts a widget saving into `store`.
fn mounted_in(options: &str, pack: Option<String>, store: Rc<MemoryStore>) -> (Element, naitei_web::Handle) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    // English's first file is handed over at once, as the JS loader does; its rest and Japanese
    // come through the loader.
    let texts = js_sys::Object::new();
    js_sys::Reflect::set(&texts, &"en-first".into(), &naitei_content::texts_parts_json(Lang::En).0.into()).unwrap();
    let loaders = Loaders { texts: Some(japanese_loader()), lexicons: Some(lexicon_loader()) };
    let handle =
        mount_in(el.clone(), options, pack, None, texts.into(), loaders, Progress { store, resume: None }).unwrap();
    (el, handle)
}

/// A loader like naitei.js's for `naitei-lexicons.json`, answering after a short delay.
fn lexicon_loader() -> js_sys::Function {
    let f = wasm_bindgen::closure::Closure::<dyn FnMut() -> JsValue>::new(|| -> JsValue {
        let json = JsValue::from_str(naitei_content::LEXICONS_JSON);
        js_sys::Promise::new(&mut |resolve, _| {
            let _ =
                web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_1(&resolve, 5, &json);
        })
        .into()
    });
    f.into_js_value().unchecked_into()
}

/// A loader like naitei.js's, answering `(lang, part)` from the built-in files after a short delay.
fn japanese_loader() -> js_sys::Function {
    let f = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue, JsValue) -> JsValue>::new(
        |lang: JsValue, part: JsValue| -> JsValue {
            let lang = if lang.as_string().as_deref() == Some("ja") { Lang::Ja } else { Lang::En };
            let (first, rest) = naitei_content::texts_parts_json(lang);
            let json = JsValue::from_str(if part.as_string().as_deref() == Some("first") { &first } else { &rest });
            js_sys::Promise::new(&mut |resolve, _| {
                let _ = web_sys::window()
                    .unwrap()
                    .set_timeout_with_callback_and_timeout_and_arguments_1(&resolve, 5, &json);
            })
            .into()
        },
    );
    f.into_js_value().unchecked_into()
}

/// Lets Yew render.
async fn settle() {
    gloo::timers::future::sleep(Duration::from_millis(30)).await;
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

fn find(el: &Element, selector: &str) -> Element {
    el.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no `{selector}` in: {}", text(el)))
}

fn click(el: &Element, selector: &str) {
    find(el, selector).dyn_into::<HtmlElement>().unwrap().click();
}

/// Mounts a fresh widget under `key` and walks through intro and profile to the first question.
async fn at_first_question(key: &str) -> (Element, naitei_web::Handle) {
    at_first_question_in(key, Rc::new(MemoryStore::new())).await
}

async fn at_first_question_in(key: &str, store: Rc<MemoryStore>) -> (Element, naitei_web::Handle) {
    let (el, h) = mounted_in(&format!(r#"{{"storageKey":"{key}","lang":"en"}}"#), None, store);
    settle().await;
    click(&el, ".naitei-intro .naitei-start-full");
    settle().await;
    click(&el, "form.naitei-profile button[type=submit]");
    settle().await;
    (el, h)
}

#[wasm_bindgen_test]
async fn the_intro_says_what_is_checked_and_that_nothing_leaves_the_browser() {
    let (el, _h) = mounted(r#"{"storageKey":"intro","lang":"en"}"#);
    settle().await;
    let t = text(&el);
    assert!(
        t.contains("Start the full check (about") && t.contains("words a minute"),
        "the time and how it is worked out: {t}"
    );
    assert!(t.contains("Nothing you enter is sent anywhere"), "{t}");
    click(&el, ".naitei-intro .naitei-start-full");
    settle().await;
    assert!(el.query_selector("form.naitei-profile").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn answering_counts_progress_and_learning_mode_explains_the_choice() {
    let (el, _h) = at_first_question("learn").await;
    assert!(text(&find(&el, ".naitei-progress")).contains("0 answered"));
    assert!(find(&el, ".naitei-nav .naitei-primary").has_attribute("disabled"), "next waits for an answer");
    click(&el, ".naitei-question input");
    settle().await;
    assert!(text(&find(&el, ".naitei-progress")).contains("1 answered"));
    let feedback = text(&find(&el, ".naitei-feedback"));
    assert!(feedback.len() > 40, "the why appears right after answering: {feedback}");
    assert!(!find(&el, ".naitei-nav .naitei-primary").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn test_mode_keeps_the_why_for_the_report() {
    let (el, _h) = mounted(r#"{"storageKey":"testmode","lang":"en"}"#);
    settle().await;
    click(&el, ".naitei-intro .naitei-start-full");
    settle().await;
    click(&el, "#naitei-mode-test");
    settle().await;
    click(&el, "form.naitei-profile button[type=submit]");
    settle().await;
    click(&el, ".naitei-question input");
    settle().await;
    assert!(el.query_selector(".naitei-feedback").unwrap().is_none(), "no feedback in test mode");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_every_answer_and_sets_lang() {
    let (el, _h) = at_first_question("lang").await;
    click(&el, ".naitei-question input");
    settle().await;
    click(&el, "button.naitei-lang[lang=ja]");
    settle().await;
    settle().await;
    assert_eq!(
        find(&el, ".naitei").get_attribute("lang").as_deref(),
        Some("ja"),
        "the Japanese file arrived and is shown"
    );
    let progress = text(&find(&el, ".naitei-progress"));
    assert!(progress.contains("回答済み1問"), "{progress}");
    assert!(find(&el, ".naitei-question input").dyn_into::<web_sys::HtmlInputElement>().unwrap().checked());
}

#[wasm_bindgen_test]
async fn progress_survives_a_remount_as_after_a_reload() {
    let store = Rc::new(MemoryStore::new());
    let (el, mut h) = at_first_question_in("reload", store.clone()).await;
    click(&el, ".naitei-question input");
    settle().await;
    h.destroy();
    let (again, _h2) = mounted_in(r#"{"storageKey":"reload","lang":"en"}"#, None, store);
    settle().await;
    assert!(text(&find(&again, ".naitei-progress")).contains("1 answered"), "{}", text(&again));
}

fn backups(store: &MemoryStore, key: &str) -> Vec<String> {
    store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(&format!("naitei:{key}:backup:")))
        .filter_map(|k| store.peek(&k))
        .collect()
}

#[wasm_bindgen_test]
async fn unreadable_saved_progress_is_kept_as_a_backup_and_the_candidate_starts_fresh() {
    let store = Rc::new(MemoryStore::new());
    store.put("naitei:corrupt", "{not json");
    let (el, _h) = mounted_in(r#"{"storageKey":"corrupt","lang":"en"}"#, None, store.clone());
    settle().await;
    let notice = text(&find(&el, ".naitei-unusable"));
    assert!(
        notice.contains("could not be read") && notice.contains("a copy is kept") && notice.contains("Download"),
        "{notice}"
    );
    assert_eq!(backups(&store, "corrupt"), ["{not json"]);
    assert!(el.query_selector(".naitei-intro").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn with_the_quota_full_unreadable_progress_stays_in_place_until_downloaded() {
    let store = Rc::new(MemoryStore::new());
    store.put("naitei:full", r#"{"version":99,"session":{}}"#);
    store.fill();
    let (el, _h) = at_first_question_in("full", store.clone()).await;
    click(&el, ".naitei-question input");
    settle().await;
    let notice = text(&find(&el, ".naitei-unusable"));
    assert!(notice.contains("newer version") && notice.contains("no room to keep a copy"), "{notice}");
    assert!(backups(&store, "full").is_empty());
    assert_eq!(
        store.peek("naitei:full").as_deref(),
        Some(r#"{"version":99,"session":{}}"#),
        "never deleted, never overwritten"
    );
    // Room again, and the candidate downloads the copy: the new answers are saved from then on.
    store.quota.set(None);
    click(&el, ".naitei-unusable .naitei-button");
    settle().await;
    let saved = store.peek("naitei:full").unwrap();
    assert!(saved.contains("\"answers\":{\""), "{saved}");
    assert!(text(&find(&el, ".naitei-unusable")).contains("You downloaded it"));
}

#[wasm_bindgen_test]
async fn a_refused_save_is_told_next_to_the_backup_notice_not_instead_of_it() {
    let store = Rc::new(MemoryStore::new());
    store.put("naitei:both", "{broken");
    let (el, _h) = mounted_in(r#"{"storageKey":"both","lang":"en"}"#, None, store.clone());
    settle().await;
    store.fill();
    click(&el, ".naitei-intro .naitei-primary");
    settle().await;
    assert!(el.query_selector(".naitei-unusable button").unwrap().is_some(), "the download is still offered");
    assert!(text(&find(&el, ".naitei-not-saved")).contains("refused to save"));
    store.quota.set(None);
    click(&el, "form.naitei-profile button[type=submit]");
    settle().await;
    assert!(el.query_selector(".naitei-not-saved").unwrap().is_none(), "saved again: the refusal notice goes");
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_key_keep_each_others_answers() {
    let store = Rc::new(MemoryStore::new());
    let (a, _ha) = at_first_question_in("shared", store.clone()).await;
    // The second widget opens what the first saved: the same question.
    let (b, _hb) = mounted_in(r#"{"storageKey":"shared","lang":"en"}"#, None, store.clone());
    settle().await;
    for _ in 0..3 {
        click(&a, ".naitei-question input");
        settle().await;
        click(&a, ".naitei-nav .naitei-primary");
        settle().await;
    }
    assert!(
        text(&find(&b, ".naitei-progress")).contains("3 answered"),
        "b follows a: {}",
        text(&find(&b, ".naitei-progress"))
    );
    // b is still on the first question: it changes that answer and moves on to answer another.
    let last = b.query_selector_all(".naitei-question input").unwrap().length() - 1;
    let input = b.query_selector_all(".naitei-question input").unwrap().item(last).unwrap();
    input.dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
    assert!(text(&find(&a, ".naitei-progress")).contains("3 answered"));
    let (again, _h) = mounted_in(r#"{"storageKey":"shared","lang":"en"}"#, None, store);
    settle().await;
    assert!(text(&find(&again, ".naitei-progress")).contains("3 answered"), "{}", text(&again));
}

#[wasm_bindgen_test]
async fn a_saved_position_past_the_end_resumes_on_a_question() {
    let store = Rc::new(MemoryStore::new());
    let session = r#"{"version":1,"session":{"screen":"questions","position":5000,"answers":{"retired_item":"x"}}}"#;
    store.put("naitei:stale", session);
    let (el, _h) = mounted_in(r#"{"storageKey":"stale","lang":"en"}"#, None, store.clone());
    settle().await;
    assert!(el.query_selector(".naitei-question").unwrap().is_some(), "{}", text(&el));
    let notice = text(&find(&el, ".naitei-elsewhere"));
    assert!(notice.contains("1 saved answer(s)"), "{notice}");
    assert!(store.peek("naitei:stale").unwrap().contains("retired_item"), "kept");
}

#[wasm_bindgen_test]
async fn a_broken_content_pack_is_listed_and_the_built_in_bank_is_used() {
    let (el, _h) = mounted_with_pack(
        r#"{"storageKey":"pack","lang":"en"}"#,
        Some(r#"{"format": 1, "manifest": {"format": 1}, "sections": []}"#.into()),
    );
    settle().await;
    let notice = find(&el, ".naitei-pack-problems");
    assert!(text(&notice).contains("built-in questions are shown"), "{}", text(&notice));
    assert!(text(&notice).contains("no sections"), "the details for developers: {}", text(&notice));
    assert!(el.query_selector(".naitei-intro").unwrap().is_some());
}

#[wasm_bindgen_test]
fn headless_evaluate_scores_answers_without_any_ui() {
    let result = naitei_web::evaluate(
        r#"{"next_stage":"first_interview"}"#,
        r#"{"arrival_onsite":"on_the_dot"}"#,
        r#"{"today":"2026-11-21"}"#,
        Some(naitei_content::LEXICONS_JSON.to_owned()),
    )
    .unwrap();
    let items = naitei_web::bank(naitei_content::TEXTS_JA_JSON).unwrap();
    assert!(js_sys::Array::from(&items).length() >= 60, "bank() lists the items for a host's own form");
    let json = js_sys::JSON::stringify(&result).unwrap().as_string().unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["report"]["flags"][0]["check"], "arrives_on_the_dot");
    let bad = naitei_web::evaluate("null", "null", r#"{"today":"soon"}"#, None);
    assert!(bad.is_err());
    // A 5,000-deep answers value is refused with what was expected, and the module goes on working.
    let deep = "[".repeat(5000) + &"]".repeat(5000);
    let e = naitei_web::evaluate("null", &deep, "null", None).unwrap_err();
    let message = js_sys::Error::from(e).message().as_string().unwrap();
    assert!(message.contains("nested more than 32 levels"), "{message}");
    // The lexicons are handed over once per module; later calls may leave them out.
    assert!(naitei_web::evaluate("null", "null", "null", None).is_ok());
}
