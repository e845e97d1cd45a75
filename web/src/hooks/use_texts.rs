//! `use_texts`: the display texts by language, fetching a language the first
//! time it is shown. The built-in texts are files next to the widget
//! (`naitei-en.json`, `naitei-ja.json`); the JS loader fetches them and hands
//! them over. Until a language arrives, the widget keeps showing the last one.

use naitei_core::{Lang, Texts};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Texts by language.
pub type TextSet = Rc<BTreeMap<Lang, Rc<Texts>>>;

/// A JS function `(lang) => Promise<string>` resolving to a language's texts as JSON.
#[derive(Clone)]
pub struct TextLoader(pub js_sys::Function);

impl PartialEq for TextLoader {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

/// Fetches and parses one language's texts.
pub async fn fetch(loader: &TextLoader, lang: Lang) -> Result<Texts, String> {
    let promise = loader.0.call1(&JsValue::NULL, &JsValue::from_str(lang.tag())).map_err(|e| format!("{e:?}"))?;
    let value =
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise)).await.map_err(|e| format!("{e:?}"))?;
    let text = value.as_string().ok_or("the texts are not text")?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

/// The texts by language, plus what is loading or failed.
#[derive(Clone, PartialEq)]
pub struct TextsHandle {
    set: TextSet,
    pending: BTreeSet<Lang>,
    failed: BTreeSet<Lang>,
    generation: u32,
}

/// What can happen to the texts.
pub enum TextEvent {
    /// A fetch started.
    Started(Lang),
    /// A language arrived.
    Loaded(Lang, Texts),
    /// A language could not be loaded.
    Failed(Lang),
}

impl Reducible for TextsHandle {
    type Action = TextEvent;

    fn reduce(self: Rc<Self>, event: TextEvent) -> Rc<Self> {
        let mut next = (*self).clone();
        match event {
            TextEvent::Started(l) => {
                next.pending.insert(l);
            }
            TextEvent::Loaded(l, t) => {
                next.pending.remove(&l);
                let mut set = (*next.set).clone();
                set.insert(l, Rc::new(t));
                next.set = Rc::new(set);
            }
            TextEvent::Failed(l) => {
                next.pending.remove(&l);
                next.failed.insert(l);
            }
        }
        next.generation += 1;
        Rc::new(next)
    }
}

impl TextsHandle {
    /// The texts to show for `wanted`: its own if loaded, else English, else any.
    pub fn best(&self, wanted: Lang) -> Option<(Lang, Rc<Texts>)> {
        [wanted, Lang::En, Lang::Ja].into_iter().find_map(|l| self.set.get(&l).map(|t| (l, t.clone())))
    }
    /// Whether a language is being fetched.
    pub fn loading(&self) -> bool {
        !self.pending.is_empty()
    }
    /// Whether nothing could be loaded at all.
    pub fn failed(&self) -> bool {
        self.set.is_empty() && !self.failed.is_empty()
    }
    /// Whether `lang` failed to load.
    pub fn failed_for(&self, lang: Lang) -> bool {
        self.failed.contains(&lang)
    }
    /// Changes whenever a language arrives or fails.
    pub fn generation(&self) -> u32 {
        self.generation
    }
}

/// The texts, fetching `lang` when it is missing and a loader is given.
#[hook]
pub fn use_texts(lang: Lang, initial: TextSet, loader: Option<TextLoader>) -> TextsHandle {
    let texts =
        use_reducer(|| TextsHandle { set: initial, pending: BTreeSet::new(), failed: BTreeSet::new(), generation: 0 });
    {
        let texts = texts.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            let missing =
                !texts.set.contains_key(&lang) && !texts.pending.contains(&lang) && !texts.failed.contains(&lang);
            if let (true, Some(loader)) = (missing, loader) {
                texts.dispatch(TextEvent::Started(lang));
                wasm_bindgen_futures::spawn_local(async move {
                    match fetch(&loader, lang).await {
                        Ok(t) => texts.dispatch(TextEvent::Loaded(lang, t)),
                        Err(e) => {
                            gloo::console::error!(format!("naitei: the {} texts could not be loaded: {e}", lang.tag()));
                            texts.dispatch(TextEvent::Failed(lang));
                        }
                    }
                });
            }
        });
    }
    (*texts).clone()
}
