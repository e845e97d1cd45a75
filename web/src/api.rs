//! What JavaScript calls: `mount` (returns a `Handle` with `update` and
//! `destroy`), headless `evaluate` and `bank`, and `checkPack`. Every export
//! returns `Result<_, JsValue>` through `IntoJs`, so a JS caller always gets a
//! readable `Error` rather than a panic.

use crate::app::{App, AppProps};
use crate::coaches::LazyCoaches;
use crate::hooks::use_texts::{TextLoader, TextSet};
use crate::options::Options;
use naitei_core::{Bank, Config, Date, Lang, Pack, Profile, Texts};
use serde::Serialize;
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

thread_local! {
    static BUILTIN: OnceCell<(Rc<Bank>, Rc<LazyCoaches>)> = const { OnceCell::new() };
}

/// The built-in bank (structure only; texts are files fetched per language) and
/// coaches, parsed once.
pub fn builtin() -> (Rc<Bank>, Rc<LazyCoaches>) {
    BUILTIN.with(|c| {
        c.get_or_init(|| {
            let pack = naitei_content::structure();
            (Rc::new(Bank::build_unchecked(&pack)), Rc::new(LazyCoaches::new(pack.lexicons, BTreeMap::new())))
        })
        .clone()
    })
}

/// Where the widget's bank and texts come from.
pub struct Source {
    /// The bank.
    pub bank: Rc<Bank>,
    /// The free-text coaches.
    pub coaches: Rc<LazyCoaches>,
    /// Texts available now.
    pub texts: TextSet,
    /// Whether missing languages may be fetched (only for the built-in bank).
    pub fetchable: bool,
    /// Problems in a host's pack.
    pub problems: Vec<String>,
}

/// Converts results into what JavaScript expects.
trait IntoJs<T> {
    fn into_js(self) -> Result<T, JsValue>;
}

impl<T, E: std::fmt::Display> IntoJs<T> for Result<T, E> {
    fn into_js(self) -> Result<T, JsValue> {
        self.map_err(|e| js_sys::Error::new(&format!("naitei: {e}")).into())
    }
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).into_js()
}

fn options_from(js: JsValue) -> Result<Options, JsValue> {
    if js.is_undefined() || js.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(js).into_js()
}

/// Reads a host's content pack; on any problem, uses the built-in bank and lists the problems.
pub fn source(pack: Option<&str>, fetch_error: Option<String>, preloaded: TextSet) -> Source {
    let fallback = |problems: Vec<String>| {
        for p in &problems {
            gloo::console::error!(format!("naitei content pack: {p}"));
        }
        let (bank, coaches) = builtin();
        Source { bank, coaches, texts: preloaded.clone(), fetchable: true, problems }
    };
    match (pack, fetch_error) {
        (_, Some(e)) => fallback(vec![e]),
        (None, None) => fallback(Vec::new()),
        (Some(text), None) => match serde_json::from_str::<Pack>(text) {
            Err(e) => fallback(vec![format!(
                "The content pack is not valid pack JSON: {e}. Start from `naitei-content pack` and check it with `naitei-content check-pack`."
            )]),
            Ok(pack) => match Bank::build(&pack) {
                Ok(c) => Source {
                    bank: Rc::new(c.bank),
                    // A host's lexicon entries are added to the built-in ones.
                    coaches: Rc::new(LazyCoaches::new(naitei_content::structure().lexicons, pack.lexicons.clone())),
                    texts: Rc::new(c.texts.into_iter().map(|(l, t)| (l, Rc::new(t))).collect()),
                    fetchable: false,
                    problems: Vec::new(),
                },
                Err(problems) => fallback(problems.iter().map(ToString::to_string).collect()),
            },
        },
    }
}

/// Reads `{ "en": "<json>", ... }` handed over by the JS loader.
fn preloaded(texts: &JsValue) -> TextSet {
    let mut out = std::collections::BTreeMap::new();
    for lang in Lang::ALL {
        let v = js_sys::Reflect::get(texts, &JsValue::from_str(lang.tag())).unwrap_or(JsValue::UNDEFINED);
        if let Some(json) = v.as_string() {
            match serde_json::from_str::<Texts>(&json) {
                Ok(t) => {
                    out.insert(lang, Rc::new(t));
                }
                Err(e) => gloo::console::error!(format!("naitei: the {} texts are not valid: {e}", lang.tag())),
            }
        }
    }
    Rc::new(out)
}

/// A mounted widget.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<App>>,
    props: AppProps,
}

#[wasm_bindgen]
impl Handle {
    /// Applies new options (attributes changed or `update(options)` was called).
    pub fn update(&mut self, options: JsValue) -> Result<(), JsValue> {
        self.props.options = options_from(options)?;
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
        }
        Ok(())
    }

    /// Removes the widget. Saved progress stays in the browser.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Renders the widget into `root`.
///
/// * `options`: the embedding options (see `Options`).
/// * `pack` / `pack_error`: a host's content pack as JSON text, or why the JS side could not fetch it.
/// * `texts`: `{ "en": "<json>" }`, the texts the JS side already has.
/// * `load_texts`: `(lang) => Promise<string>` for languages not handed over yet.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    options: JsValue,
    pack: Option<String>,
    pack_error: Option<String>,
    texts: JsValue,
    load_texts: Option<js_sys::Function>,
) -> Result<Handle, JsValue> {
    let options = options_from(options)?;
    let src = source(pack.as_deref(), pack_error, preloaded(&texts));
    let props = AppProps {
        options,
        bank: src.bank,
        coaches: src.coaches,
        texts: src.texts,
        loader: if src.fetchable { load_texts.map(TextLoader) } else { None },
        pack_problems: Rc::new(src.problems),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props.clone()).render();
    Ok(Handle { app: Some(app), props })
}

#[derive(serde::Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct EvaluateOptions {
    today: Option<String>,
}

/// Headless scoring: `evaluate(profile, answers, {today})` returns `{report, plan}` as plain objects.
#[wasm_bindgen]
pub fn evaluate(profile: JsValue, answers: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let profile: Profile = if profile.is_undefined() || profile.is_null() {
        Profile::default()
    } else {
        serde_wasm_bindgen::from_value(profile).into_js()?
    };
    let answers: serde_json::Value = serde_wasm_bindgen::from_value(answers).into_js()?;
    let opts: EvaluateOptions = if options.is_undefined() || options.is_null() {
        EvaluateOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).into_js()?
    };
    let today = match opts.today {
        Some(t) => t.parse::<Date>().into_js()?,
        None => crate::clock::today(),
    };
    let (bank, coaches) = builtin();
    let result = naitei_core::evaluate_json(&bank, &profile, &answers, &Config::with(today, &*coaches));
    to_js(&result)
}

/// The built-in bank's items with `texts` (that language's text file, as JSON), for hosts building their own form.
#[wasm_bindgen]
pub fn bank(texts: &str) -> Result<JsValue, JsValue> {
    let texts: Texts = serde_json::from_str(texts).into_js()?;
    to_js(&naitei_core::view::items(&builtin().0, &texts))
}

/// Checks a content pack (JSON text) and returns the list of problems (empty when valid).
#[wasm_bindgen(js_name = checkPack)]
pub fn check_pack(json: &str) -> Result<JsValue, JsValue> {
    let problems: Vec<String> = match serde_json::from_str::<Pack>(json) {
        Err(e) => vec![format!("not valid pack JSON: {e}")],
        Ok(pack) => Bank::build(&pack).err().unwrap_or_default().iter().map(ToString::to_string).collect(),
    };
    to_js(&problems)
}
