//! What JavaScript calls: `mount` (returns a `Handle` with `update` and
//! `destroy`), headless `evaluate` and `bank`, and `checkPack`. Every export
//! returns `Result<_, JsValue>` through `IntoJs`, so a JS caller always gets a
//! readable `Error` rather than a panic.
//!
//! Arguments arrive as JSON text (`naitei.js` checks them and serialises
//! them) and are decoded by `naitei_core::embed` within its depth and size
//! limits: no JavaScript object is ever walked from Rust, so a cyclic or
//! deeply nested value cannot exhaust the stack.

use crate::app::{App, AppProps};
use crate::coaches::LazyCoaches;
use crate::hooks::use_lexicons::LexiconLoader;
use crate::hooks::use_texts::{Part, TextLoader, TextSet};
use crate::options::Options;
#[cfg(feature = "full")]
use crate::plain::to_js;
use crate::storage::LocalStore;
use naitei_core::export::storage::Store;
#[cfg(feature = "full")]
use naitei_core::{embed, Config, Pack};
use naitei_core::{Bank, Lang};
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

thread_local! {
    static BUILTIN: OnceCell<(Rc<Bank>, Rc<LazyCoaches>)> = const { OnceCell::new() };
}

/// The built-in bank (structure only; texts are files fetched per language) and
/// coaches (their lexicons come later, `LazyCoaches::provide`), decoded once.
/// The light module, which asks questions only, has the questionnaire alone: no
/// checks, modules or milestones.
pub fn builtin() -> (Rc<Bank>, Rc<LazyCoaches>) {
    #[cfg(feature = "full")]
    let bank = naitei_content::bank;
    #[cfg(not(feature = "full"))]
    let bank = naitei_content::questionnaire;
    BUILTIN.with(|c| c.get_or_init(|| (Rc::new(bank()), Rc::new(LazyCoaches::waiting(BTreeMap::new())))).clone())
}

/// Where the widget's bank and texts come from.
pub struct Source {
    /// The bank.
    pub bank: Rc<Bank>,
    /// The free-text coaches.
    pub coaches: Rc<LazyCoaches>,
    /// Texts available now.
    pub texts: Rc<TextSet>,
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

/// Reads options (JSON text), reporting every ignored value in the console.
fn options_from(json: &str) -> Result<Options, JsValue> {
    let (options, warnings) = crate::browser_json::options(json).into_js()?;
    for w in warnings {
        gloo::console::warn!(w);
    }
    Ok(options)
}

/// Reads a host's content pack; on any problem, uses the built-in bank and lists the problems.
pub fn source(pack: Option<&str>, fetch_error: Option<String>, preloaded: Rc<TextSet>) -> Source {
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
        (Some(text), None) => host_source(text, fallback),
    }
}

/// A host's content pack, or the built-in bank with its problems (the light module has no pack
/// reader: the loader mounts the full module for a page with a pack).
#[cfg(not(feature = "full"))]
fn host_source(_: &str, fallback: impl Fn(Vec<String>) -> Source) -> Source {
    fallback(vec!["this build reads no content pack: mount the full module".to_owned()])
}

/// A host's content pack, or the built-in bank with its problems.
#[cfg(feature = "full")]
fn host_source(text: &str, fallback: impl Fn(Vec<String>) -> Source) -> Source {
    match serde_json::from_str::<Pack>(text) {
        Err(e) => fallback(vec![format!(
            "The content pack is not valid pack JSON: {e}. Start from `naitei-content pack` and check it with `naitei-content check-pack`."
        )]),
        Ok(pack) => match Bank::build(&pack) {
            Ok(c) => {
                for missing in embed::missing_languages(&pack) {
                    gloo::console::warn!(format!("naitei content pack: {missing}"));
                }
                Source {
                    bank: Rc::new(c.bank),
                    // A host's lexicon entries are added to the built-in ones (fetched like the widget's).
                    coaches: Rc::new(LazyCoaches::waiting(pack.lexicons.clone())),
                    texts: Rc::new(TextSet::complete(c.texts.into_iter().map(|(l, t)| (l, Rc::new(t))).collect())),
                    fetchable: false,
                    problems: Vec::new(),
                }
            }
            Err(problems) => fallback(problems.iter().map(ToString::to_string).collect()),
        },
    }
}

#[cfg(feature = "full")]
/// The coaches' lexicons handed over with the texts (`{ "lexicons": "<json>" }`, the offline page).
fn preloaded_lexicons(texts: &JsValue, coaches: &LazyCoaches) {
    let v = js_sys::Reflect::get(texts, &JsValue::from_str("lexicons")).unwrap_or(JsValue::UNDEFINED);
    if let Some(json) = v.as_string() {
        match crate::coaches::parse(&json) {
            Ok(lexicons) => coaches.provide(lexicons),
            Err(e) => gloo::console::error!(format!("naitei: {e}")),
        }
    }
}

/// Reads the texts handed over by the JS loader: `{ "en": "<json>" }` for every text of a
/// language (the offline page), `{ "en-first": "<json>" }` for its first file only (the rest
/// is fetched right after the first render), and `"en-rest"` beside it when the loader has that
/// too (a hand-over from the light module).
fn preloaded(texts: &JsValue) -> Rc<TextSet> {
    let mut out = TextSet::default();
    for lang in Lang::ALL {
        for (name, parts) in [
            (lang.tag().to_owned(), &Part::ALL[..]),
            (format!("{}-first", lang.tag()), &[Part::First][..]),
            (format!("{}-rest", lang.tag()), &[Part::Rest][..]),
        ] {
            let v = js_sys::Reflect::get(texts, &JsValue::from_str(&name)).unwrap_or(JsValue::UNDEFINED);
            let Some(json) = v.as_string() else { continue };
            match crate::browser_json::texts(&json) {
                Ok(t) => {
                    out.add(lang, parts[0], t);
                    parts.iter().for_each(|p| out.mark(lang, *p));
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
    /// Applies new options (JSON text; attributes changed or `update(options)` was called).
    pub fn update(&mut self, options: &str) -> Result<(), JsValue> {
        self.props.options = options_from(options)?;
        // A hand-over is taken once: a widget for another storage key opens that key's progress.
        self.props.resume = None;
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

/// Renders the widget into `root`, saving in `localStorage`.
///
/// * `options`: the embedding options as JSON text (see `Options`).
/// * `pack` / `pack_error`: a host's content pack as JSON text, or why the JS side could not fetch it.
/// * `texts`: `{ "en": "<json>" }` or `{ "en-first": "<json>" }`, the texts the JS side already has
///   (and `"lexicons"`, the coaches' lexicons, when it has them: the offline page).
/// * `load_texts`: `(lang, part, wait) => Promise<string>` for the text files not handed over yet
///   (`part` is `"first"` or `"rest"`), fetched after `wait` seconds (more than 0 when trying again).
/// * `load_lexicons`: `(wait) => Promise<string>` for `naitei-lexicons.json`, fetched after the first render.
/// * `resume`: the light module's hand-over (`Slot::hand_over`: the progress on screen and what it
///   last read or wrote, as JSON). It is taken over instead of what storage holds, which may be
///   older or absent (storage full or blocked), merged with what another writer saved meanwhile,
///   so nothing the candidate did is lost. Empty when the light widget had nothing of its own
///   (it found saved progress as it opened): storage is then opened as on any visit.
#[allow(clippy::too_many_arguments)]
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    options: &str,
    pack: Option<String>,
    pack_error: Option<String>,
    texts: JsValue,
    load_texts: Option<js_sys::Function>,
    load_lexicons: Option<js_sys::Function>,
    resume: Option<String>,
) -> Result<Handle, JsValue> {
    let loaders = Loaders { texts: load_texts, lexicons: load_lexicons };
    // Empty: the light widget had nothing of its own (it found progress it does not read as it
    // opened), so storage is opened as on any visit.
    let resume = resume.filter(|r| !r.is_empty()).map(Rc::new);
    mount_in(root, options, pack, pack_error, texts, loaders, Progress { store: Rc::new(LocalStore), resume })
}

/// Where progress is saved, and what to open instead of it.
pub struct Progress {
    /// Where progress is saved (`localStorage`; memory in tests).
    pub store: Rc<dyn Store>,
    /// The light module's hand-over (`Slot::hand_over`), taken over instead of what the store holds.
    pub resume: Option<Rc<String>>,
}

/// The JS functions that fetch what was not handed over at mount.
#[derive(Default)]
pub struct Loaders {
    /// `(lang, part, wait) => Promise<string>`: a text file, fetched after `wait` seconds.
    pub texts: Option<js_sys::Function>,
    /// `(wait) => Promise<string>`: the coaches' lexicons, fetched after `wait` seconds.
    pub lexicons: Option<js_sys::Function>,
}

/// [`mount`] with another store (the tests use `MemoryStore`).
pub fn mount_in(
    root: web_sys::Element,
    options: &str,
    pack: Option<String>,
    pack_error: Option<String>,
    texts: JsValue,
    loaders: Loaders,
    progress: Progress,
) -> Result<Handle, JsValue> {
    let options = options_from(options)?;
    let src = source(pack.as_deref(), pack_error, preloaded(&texts));
    #[cfg(feature = "full")]
    preloaded_lexicons(&texts, &src.coaches);
    let props = AppProps {
        options,
        bank: src.bank,
        coaches: src.coaches,
        texts: src.texts,
        loader: if src.fetchable { loaders.texts.map(TextLoader) } else { None },
        lexicon_loader: loaders.lexicons.map(LexiconLoader),
        pack_problems: Rc::new(src.problems),
        store: progress.store,
        resume: progress.resume,
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props.clone()).render();
    Ok(Handle { app: Some(app), props })
}

#[cfg(feature = "full")]
/// Headless scoring: `evaluate(profile, answers, {today}, lexicons)`, each JSON text, returns
/// `{report, plan}` as plain objects. `lexicons` (`naitei-lexicons.json`) is needed once: the
/// coaches read the written answers with them.
#[wasm_bindgen]
pub fn evaluate(profile: &str, answers: &str, options: &str, lexicons: Option<String>) -> Result<JsValue, JsValue> {
    let args = embed::evaluate_args(profile, answers, options).into_js()?;
    let today = args.today.unwrap_or_else(crate::clock::today);
    let (bank, coaches) = builtin();
    if !coaches.ready() {
        let json =
            lexicons.ok_or("evaluate needs the coaches' lexicons (naitei-lexicons.json) the first time").into_js()?;
        coaches.provide(crate::coaches::parse(&json).into_js()?);
    }
    let result = naitei_core::evaluate_json(&bank, &args.profile, &args.answers, &Config::with(today, &*coaches));
    to_js(&result)
}

#[cfg(feature = "full")]
/// The built-in bank's items with `texts` (that language's text file, as JSON), for hosts building their own form.
#[wasm_bindgen]
pub fn bank(texts: &str) -> Result<JsValue, JsValue> {
    let texts = crate::browser_json::texts(texts)
        .map_err(|e| {
            format!("bank(texts): the texts are not a text file of Naitei ({e}); pass loadTexts(lang)'s result")
        })
        .into_js()?;
    to_js(&naitei_core::view::items(&builtin().0, &texts))
}

#[cfg(feature = "full")]
/// Checks a content pack (JSON text) and returns the list of problems (empty when valid),
/// display languages it lacks included.
#[wasm_bindgen(js_name = checkPack)]
pub fn check_pack(json: &str) -> Result<JsValue, JsValue> {
    to_js(&embed::check_pack(json))
}
