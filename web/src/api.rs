//! What JavaScript calls: `mount` (returns a `Handle` with `update` and
//! `destroy`), headless `evaluate` and `bank`, and `checkPack`. Every export
//! returns `Result<_, JsValue>` through `IntoJs`, so a JS caller always gets a
//! readable `Error` rather than a panic.

use crate::app::{App, AppProps};
use crate::options::Options;
use naitei_core::{Bank, Config, Content, Date, Lang, Pack, Profile};
use serde::Serialize;
use std::cell::OnceCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

thread_local! {
    static BUILTIN: OnceCell<Rc<Content>> = const { OnceCell::new() };
}

/// The built-in content, parsed once.
pub fn builtin() -> Rc<Content> {
    BUILTIN.with(|c| c.get_or_init(|| Rc::new(naitei_content::content())).clone())
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

/// Reads a host's content pack; on any problem, returns the built-in content and the problems.
pub fn content_from_pack(pack: Option<&str>, fetch_error: Option<String>) -> (Rc<Content>, Vec<String>) {
    let problems = match (pack, fetch_error) {
        (_, Some(e)) => vec![e],
        (None, None) => return (builtin(), Vec::new()),
        (Some(text), None) => match serde_json::from_str::<Pack>(text) {
            Err(e) => vec![format!(
                "The content pack is not valid pack JSON: {e}. Start from `naitei-content pack` and check it with `naitei-content check-pack`."
            )],
            Ok(pack) => match Bank::build(&pack) {
                Ok(content) => return (Rc::new(content), Vec::new()),
                Err(problems) => problems.iter().map(ToString::to_string).collect(),
            },
        },
    };
    for p in &problems {
        gloo::console::error!(format!("naitei content pack: {p}"));
    }
    (builtin(), problems)
}

/// A mounted widget.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<App>>,
    content: Rc<Content>,
    problems: Rc<Vec<String>>,
}

#[wasm_bindgen]
impl Handle {
    /// Applies new options (attributes changed or `update(options)` was called).
    pub fn update(&mut self, options: JsValue) -> Result<(), JsValue> {
        let options = options_from(options)?;
        if let Some(app) = self.app.as_mut() {
            app.update(AppProps { options, content: self.content.clone(), pack_problems: self.problems.clone() });
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

/// Renders the widget into `root` with `options`; `pack` is a host content pack as JSON text,
/// `pack_error` why the JS side could not fetch one.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    options: JsValue,
    pack: Option<String>,
    pack_error: Option<String>,
) -> Result<Handle, JsValue> {
    let options = options_from(options)?;
    let (content, problems) = content_from_pack(pack.as_deref(), pack_error);
    let problems = Rc::new(problems);
    let props = AppProps { options, content: content.clone(), pack_problems: problems.clone() };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(Handle { app: Some(app), content, problems })
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
        None => crate::hooks::use_evaluation::today(),
    };
    let content = builtin();
    let result = naitei_core::evaluate_json(&content.bank, &profile, &answers, &Config::new(today));
    to_js(&result)
}

/// The built-in bank's items with texts in `lang` ("en" or "ja"), for hosts building their own form.
#[wasm_bindgen]
pub fn bank(lang: &str) -> Result<JsValue, JsValue> {
    let l = Lang::from_tag(lang).ok_or_else(|| format!("unknown language `{lang}`: use \"en\" or \"ja\"")).into_js()?;
    let content = builtin();
    let texts = content.texts.get(&l).cloned().unwrap_or_default();
    to_js(&naitei_core::view::items(&content.bank, &texts))
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
