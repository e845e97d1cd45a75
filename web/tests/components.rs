//! The widget in a real browser: each test mounts it into a fresh element and
//! checks what a candidate would see. Run with `wasm-pack test --headless --chrome web`.

use naitei_web::mount;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a widget with `options` (JSON) into a new element; returns the element.
fn mounted(options: &str) -> (Element, naitei_web::Handle) {
    mounted_with_pack(options, None)
}

fn mounted_with_pack(options: &str, pack: Option<String>) -> (Element, naitei_web::Handle) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    let options = js_sys::JSON::parse(options).unwrap();
    // English is handed over at once, as the JS loader does; Japanese comes through the loader.
    let texts = js_sys::Object::new();
    js_sys::Reflect::set(&texts, &"en".into(), &naitei_content::TEXTS_EN_JSON.into()).unwrap();
    let handle = mount(el.clone(), options, pack, None, texts.into(), Some(japanese_loader())).unwrap();
    (el, handle)
}

/// A loader like naitei.js's, answering from the built-in files after a short delay.
fn japanese_loader() -> js_sys::Function {
    let f = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue) -> JsValue>::new(|lang: JsValue| -> JsValue {
        let json = if lang.as_string().as_deref() == Some("ja") {
            naitei_content::TEXTS_JA_JSON
        } else {
            naitei_content::TEXTS_EN_JSON
        };
        let json = JsValue::from_str(json);
        js_sys::Promise::new(&mut |resolve, _| {
            let _ =
                web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_1(&resolve, 5, &json);
        })
        .into()
    });
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
    clear(key);
    let (el, h) = mounted(&format!(r#"{{"storageKey":"{key}","lang":"en"}}"#));
    settle().await;
    click(&el, ".naitei-intro .naitei-start-full");
    settle().await;
    click(&el, "form.naitei-profile button[type=submit]");
    settle().await;
    (el, h)
}

fn clear(key: &str) {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let _ = storage.remove_item(&format!("naitei:{key}"));
}

#[wasm_bindgen_test]
async fn the_intro_says_what_is_checked_and_that_nothing_leaves_the_browser() {
    clear("intro");
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
    clear("testmode");
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
    let (el, mut h) = at_first_question("reload").await;
    click(&el, ".naitei-question input");
    settle().await;
    h.destroy();
    let (again, _h2) = mounted(r#"{"storageKey":"reload","lang":"en"}"#);
    settle().await;
    assert!(text(&find(&again, ".naitei-progress")).contains("1 answered"), "{}", text(&again));
}

#[wasm_bindgen_test]
async fn unreadable_saved_progress_is_kept_as_a_backup_and_the_candidate_starts_fresh() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("naitei:corrupt", "{not json").unwrap();
    let (el, _h) = mounted(r#"{"storageKey":"corrupt","lang":"en"}"#);
    settle().await;
    let notice = text(&find(&el, ".naitei-notice"));
    assert!(notice.contains("could not be read") && notice.contains("Download"), "{notice}");
    let mut backup = None;
    for i in 0..storage.length().unwrap() {
        let key = storage.key(i).unwrap().unwrap();
        if key.starts_with("naitei:corrupt:backup:") {
            backup = storage.get_item(&key).unwrap();
        }
    }
    assert_eq!(backup.as_deref(), Some("{not json"));
    assert!(el.query_selector(".naitei-intro").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_broken_content_pack_is_listed_and_the_built_in_bank_is_used() {
    clear("pack");
    let (el, _h) = mounted_with_pack(
        r#"{"storageKey":"pack","lang":"en"}"#,
        Some(r#"{"format": 1, "manifest": {"format": 1}, "sections": []}"#.into()),
    );
    settle().await;
    let notice = text(&find(&el, ".naitei-pack-problems"));
    assert!(notice.contains("built-in questions are used"), "{notice}");
    assert!(notice.contains("no sections"), "{notice}");
    assert!(el.query_selector(".naitei-intro").unwrap().is_some());
}

#[wasm_bindgen_test]
fn headless_evaluate_scores_answers_without_any_ui() {
    let profile = js_sys::JSON::parse(r#"{"next_stage":"first_interview"}"#).unwrap();
    let answers = js_sys::JSON::parse(r#"{"arrival_onsite":"on_the_dot"}"#).unwrap();
    let options = js_sys::JSON::parse(r#"{"today":"2026-11-21"}"#).unwrap();
    let result = naitei_web::evaluate(profile, answers, options).unwrap();
    let items = naitei_web::bank(naitei_content::TEXTS_JA_JSON).unwrap();
    assert!(js_sys::Array::from(&items).length() >= 60, "bank() lists the items for a host's own form");
    let json = js_sys::JSON::stringify(&result).unwrap().as_string().unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["report"]["flags"][0]["check"], "arrives_on_the_dot");
    let bad = naitei_web::evaluate(
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        js_sys::JSON::parse(r#"{"today":"soon"}"#).unwrap(),
    );
    assert!(bad.is_err());
}
