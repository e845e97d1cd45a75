//! `use_texts`: the display texts by language. The built-in texts of each
//! language are two files next to the widget: what the first screens show
//! (`naitei-en-first.json`, see `naitei_core::present::split`) and the rest
//! (`naitei-en-rest.json`). The JS loader fetches them and hands them over; a
//! language can be shown as soon as its first file is here, and its rest is
//! fetched right after the first render, while the candidate reads. Screens
//! that need the rest wait for it (`I18n::complete`). Until a language
//! arrives, the widget keeps showing the last one.

use naitei_core::{Lang, Texts};
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// One of the two text files of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// What the first screens show.
    First,
    /// Everything else.
    Rest,
}

impl Part {
    /// Both parts, the first one first.
    pub const ALL: [Part; 2] = [Part::First, Part::Rest];

    /// `first` or `rest`, as the loader and the file names spell it.
    pub fn id(self) -> &'static str {
        match self {
            Part::First => "first",
            Part::Rest => "rest",
        }
    }
}

/// Texts by language, and which parts of each are here.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextSet {
    /// The texts of each language, its parts merged.
    pub texts: BTreeMap<Lang, Rc<Texts>>,
    /// The parts that arrived.
    /// (A short list rather than a set: every BTreeSet instantiation costs the wasm kilobytes.)
    pub have: Vec<(Lang, Part)>,
}

impl TextSet {
    /// Every text of every language in `texts` (a host's pack, or tests): nothing to fetch.
    pub fn complete(texts: BTreeMap<Lang, Rc<Texts>>) -> TextSet {
        let have = texts.keys().flat_map(|l| Part::ALL.map(|p| (*l, p))).collect();
        TextSet { texts, have }
    }

    /// Adds one part of a language.
    pub fn add(&mut self, lang: Lang, part: Part, texts: Texts) {
        let merged = self.texts.entry(lang).or_default();
        if merged.0.is_empty() {
            *merged = Rc::new(texts);
        } else {
            Rc::make_mut(merged).0.extend(texts.0);
        }
        self.mark(lang, part);
    }

    /// Records that `part` of `lang` is here.
    pub fn mark(&mut self, lang: Lang, part: Part) {
        if !self.have.contains(&(lang, part)) {
            self.have.push((lang, part));
        }
    }

    /// Whether every text of `lang` is here.
    pub fn is_complete(&self, lang: Lang) -> bool {
        Part::ALL.iter().all(|p| self.have.contains(&(lang, *p)))
    }
}

/// A JS function `(lang, part, wait) => Promise<string>` resolving to one text file as JSON,
/// fetched after `wait` seconds (0 at first, more when trying again).
#[derive(Clone)]
pub struct TextLoader(pub js_sys::Function);

impl PartialEq for TextLoader {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

/// Seconds to wait before each new attempt at a file that could not be loaded (a train
/// through a tunnel): the widget tries again by itself, and a notice asks to reload meanwhile.
/// The loader waits (`naitei.js`): a timer on this side would cost the download 2 KB.
pub const RETRY_AFTER_SECONDS: [u32; 3] = [3, 15, 60];

/// Calls a JS loader until its promise resolves to text: at once, then again after each
/// of [`RETRY_AFTER_SECONDS`] (`call` gets the seconds the loader waits first). `failed`
/// hears every error, `again` is called as each new attempt starts. None when all failed.
pub async fn with_retries(
    call: &dyn Fn(u32) -> Result<JsValue, JsValue>,
    failed: &dyn Fn(String),
    again: &dyn Fn(),
) -> Option<String> {
    for (n, wait) in std::iter::once(0).chain(RETRY_AFTER_SECONDS).enumerate() {
        if n > 0 {
            again();
        }
        match text_of(call(wait)).await {
            Ok(v) => return Some(v),
            Err(e) => failed(e),
        }
    }
    None
}

/// The text a JS loader's call resolves to (its result may be a promise or the text itself).
pub async fn text_of(called: Result<JsValue, JsValue>) -> Result<String, String> {
    let promise = called.map_err(|e| format!("{e:?}"))?;
    let value =
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise)).await.map_err(|e| format!("{e:?}"))?;
    value.as_string().ok_or_else(|| "the loader did not resolve to text".to_owned())
}

/// Calls the loader for one part of a language's texts, after `wait` seconds.
fn call(loader: &TextLoader, lang: Lang, part: Part, wait: u32) -> Result<JsValue, JsValue> {
    let (lang, part) = (JsValue::from_str(lang.tag()), JsValue::from_str(part.id()));
    loader.0.call3(&JsValue::NULL, &lang, &part, &JsValue::from(wait))
}

/// The texts by language, plus what is loading or failed.
#[derive(Clone, PartialEq)]
pub struct TextsHandle {
    set: Rc<TextSet>,
    pending: Vec<(Lang, Part)>,
    /// (A short list rather than a set: removing from a BTreeSet costs the wasm kilobytes.)
    failed: Vec<Lang>,
    generation: u32,
}

/// What can happen to the texts.
pub enum TextEvent {
    /// A fetch started.
    Started(Lang, Part),
    /// A part arrived.
    Loaded(Lang, Part, Texts),
    /// A part could not be loaded.
    Failed(Lang, Part),
}

impl Reducible for TextsHandle {
    type Action = TextEvent;

    fn reduce(self: Rc<Self>, event: TextEvent) -> Rc<Self> {
        let mut next = (*self).clone();
        match event {
            TextEvent::Started(l, p) => {
                next.pending.push((l, p));
            }
            TextEvent::Loaded(l, p, t) => {
                next.pending.retain(|x| *x != (l, p));
                Rc::make_mut(&mut next.set).add(l, p, t);
                if next.set.is_complete(l) {
                    next.failed.retain(|x| *x != l);
                }
            }
            TextEvent::Failed(l, p) => {
                next.pending.retain(|x| *x != (l, p));
                if !next.failed.contains(&l) {
                    next.failed.push(l);
                }
            }
        }
        next.generation += 1;
        Rc::new(next)
    }
}

/// The texts to show: a language, its texts, and whether they are all here.
#[derive(Clone, PartialEq)]
pub struct Shown {
    /// The language shown.
    pub lang: Lang,
    /// Its texts.
    pub texts: Rc<Texts>,
    /// Whether every text of that language is here (else only the first screens' ones).
    pub complete: bool,
}

impl TextsHandle {
    /// The texts to show for `wanted`: its own if its first file is here, else English, else any.
    pub fn best(&self, wanted: Lang) -> Option<Shown> {
        [wanted, Lang::En, Lang::Ja].into_iter().find_map(|l| {
            let texts = self.set.texts.get(&l).filter(|_| self.set.have.contains(&(l, Part::First)))?;
            Some(Shown { lang: l, texts: texts.clone(), complete: self.set.is_complete(l) })
        })
    }
    /// Whether a language is being fetched.
    pub fn loading(&self) -> bool {
        !self.pending.is_empty()
    }
    /// Whether nothing could be loaded at all.
    pub fn failed(&self) -> bool {
        self.set.texts.is_empty() && !self.failed.is_empty()
    }
    /// Whether a part of `lang` failed to load.
    pub fn failed_for(&self, lang: Lang) -> bool {
        self.failed.contains(&lang)
    }
    /// Whether `lang`'s first file is here but its rest failed to load.
    pub fn rest_failed(&self, lang: Lang) -> bool {
        self.failed.contains(&lang) && self.set.have.contains(&(lang, Part::First))
    }
    /// Changes whenever a part arrives or fails.
    pub fn generation(&self) -> u32 {
        self.generation
    }
}

/// The texts, fetching what is missing of `lang` (its first file, then the rest) when a loader is given.
#[hook]
pub fn use_texts(lang: Lang, initial: Rc<TextSet>, loader: Option<TextLoader>) -> TextsHandle {
    let texts = use_reducer(|| TextsHandle { set: initial, pending: Vec::new(), failed: Vec::new(), generation: 0 });
    {
        let texts = texts.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            let Some(loader) = loader else { return };
            for part in Part::ALL {
                let missing = !texts.set.have.contains(&(lang, part))
                    && !texts.pending.contains(&(lang, part))
                    && !texts.failed.contains(&lang);
                if !missing {
                    continue;
                }
                texts.dispatch(TextEvent::Started(lang, part));
                let (texts, loader) = (texts.clone(), loader.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let failed = |e: String| {
                        gloo::console::error!(format!("naitei: the {} texts could not be loaded: {e}", lang.tag()));
                        texts.dispatch(TextEvent::Failed(lang, part));
                    };
                    let again = || texts.dispatch(TextEvent::Started(lang, part));
                    let Some(json) = with_retries(&|wait| call(&loader, lang, part, wait), &failed, &again).await
                    else {
                        return;
                    };
                    match crate::browser_json::texts(&json) {
                        Ok(t) => texts.dispatch(TextEvent::Loaded(lang, part, t)),
                        Err(e) => failed(e.to_string()),
                    }
                });
            }
        });
    }
    (*texts).clone()
}
