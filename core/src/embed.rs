//! What a host page hands over through JavaScript, decoded here so that no
//! input can hurt the widget: the embedding options of `<naitei-check>` and
//! `mount`, and the arguments of `evaluate` and `checkPack`.
//!
//! Every argument crosses from JavaScript as JSON text (`naitei.js` checks its
//! shape, depth and size first and says what it expected). Here it is parsed
//! again with the same limits, so a caller that bypasses `naitei.js` gets the
//! same clear errors: nothing deeper than [`MAX_DEPTH`] or larger than
//! [`MAX_BYTES`] is read, and `serde_json` never recurses deeper than that.
//!
//! Options are forgiving: a value the widget does not know (`theme="neon"`)
//! is ignored with a warning for the console and the default is used; a
//! language tag such as `ja-JP` means Japanese. Arguments of the functions are
//! strict: a wrong shape is an error naming the function, the argument and the
//! shape expected.

use crate::area::Stage;
use crate::bank::Bank;
use crate::date::Date;
use crate::format::Pack;
use crate::profile::{CompanyKind, Profile, Region};
use crate::text::Lang;
use serde_json::Value;

/// Largest argument read, in bytes of JSON (as large as an import file).
pub const MAX_BYTES: usize = crate::export::MAX_IMPORT_BYTES;
/// Deepest nesting of arrays and objects read. Answers nest three levels, a content pack six.
pub const MAX_DEPTH: usize = 32;
/// Longest storage key, in characters.
pub const MAX_KEY_CHARS: usize = 200;

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the visitor's system setting.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// The `data-theme` attribute value.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme with this id.
    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark].into_iter().find(|t| t.id() == id.trim().to_ascii_lowercase())
    }
}

/// What a host page can set. `Options::default()` is the single source of defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Display language; default: the saved choice, else the page's language, else English.
    pub lang: Option<Lang>,
    /// Colour theme; default auto.
    pub theme: Theme,
    /// Preset for the next stage in the profile form.
    pub stage: Option<Stage>,
    /// Preset for the company kind.
    pub company: Option<CompanyKind>,
    /// Preset for the region.
    pub region: Option<Region>,
    /// Key under which progress is saved in localStorage; default "default".
    pub storage_key: String,
    /// Include free-text answers in the `naitei:complete` event; default false.
    pub share_text_answers: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: None,
            theme: Theme::Auto,
            stage: None,
            company: None,
            region: None,
            storage_key: "default".into(),
            share_text_answers: false,
        }
    }
}

/// An argument that cannot be used: which function, which argument, what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("naitei: {call}: {message}")]
pub struct ArgError {
    /// The call, as JavaScript writes it, such as `evaluate(profile, answers, options)`.
    pub call: &'static str,
    /// What is wrong and what is expected.
    pub message: String,
}

/// Parses JSON text within the limits; `what` names the argument in errors.
pub fn parse(call: &'static str, what: &str, json: &str) -> Result<Value, ArgError> {
    within_limit(call, what, json)?;
    let value: Value = serde_json::from_str(json).map_err(|e| {
        let detail = e.to_string();
        if detail.contains("recursion limit") {
            too_deep(call, what)
        } else {
            not_json(call, what, &detail)
        }
    })?;
    if depth(&value) > MAX_DEPTH {
        return Err(too_deep(call, what));
    }
    Ok(value)
}

/// An error unless `json` is at most [`MAX_BYTES`] long.
pub fn within_limit(call: &'static str, what: &str, json: &str) -> Result<(), ArgError> {
    if json.len() <= MAX_BYTES {
        return Ok(());
    }
    Err(ArgError {
        call,
        message: format!(
            "{what} is {} MB of JSON; at most {} MB is read. Pass only what the widget needs.",
            json.len() >> 20,
            MAX_BYTES >> 20
        ),
    })
}

/// The error for an argument that a JSON parser refused, with the parser's `detail`.
pub fn not_json(call: &'static str, what: &str, detail: &str) -> ArgError {
    ArgError { call, message: format!("{what} is not valid JSON ({detail}).") }
}

/// The error for an argument nested deeper than [`MAX_DEPTH`].
pub fn too_deep(call: &'static str, what: &str) -> ArgError {
    ArgError { call, message: format!("{what} is nested more than {MAX_DEPTH} levels deep; answers need three.") }
}

/// The nesting depth of a JSON value (a scalar is 0), without recursion.
pub fn depth(value: &Value) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(value, 0usize)];
    while let Some((v, d)) = stack.pop() {
        deepest = deepest.max(d);
        match v {
            Value::Array(a) => stack.extend(a.iter().map(|x| (x, d + 1))),
            Value::Object(o) => stack.extend(o.values().map(|x| (x, d + 1))),
            _ => {}
        }
    }
    deepest
}

/// How deeply the arrays and objects of JSON text nest, read from the text itself (brackets
/// inside strings do not count), so a reader without a depth limit of its own can refuse
/// what [`parse`] would.
pub fn nesting(json: &str) -> usize {
    let (mut deepest, mut now, mut in_string, mut escaped) = (0, 0usize, false, false);
    for b in json.bytes() {
        match (in_string, escaped, b) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') | (false, _, b'"') => in_string = !in_string,
            (false, _, b'[' | b'{') => {
                now += 1;
                deepest = deepest.max(now);
            }
            (false, _, b']' | b'}') => now = now.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// What kind of JSON value a host passed, as messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    Text,
    /// An array.
    List,
    /// An object.
    Object,
}

impl Kind {
    /// The kind with its article, as in "not a number".
    pub fn named(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "a boolean",
            Kind::Number => "a number",
            Kind::Text => "a text",
            Kind::List => "a list",
            Kind::Object => "an object",
        }
    }
}

/// One embedding option's value as the host gave it: all the options reader needs to know of
/// it. The widget builds these with the browser's JSON parser, so its first module carries no
/// JSON reader; [`options`] builds them with serde_json.
#[derive(Debug, Clone, PartialEq)]
pub enum Given {
    /// `null`: the default is used.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A string, as given.
    Text(String),
    /// Anything else, as JSON text (for the warning that it is ignored).
    Other(String),
}

/// The error for options that are not an object (nor null).
pub fn options_not_an_object(kind: Kind) -> ArgError {
    ArgError {
        call: "options",
        message: format!("the options must be an object such as {{\"lang\": \"ja\"}}, not {}.", kind.named()),
    }
}

/// Reads embedding options (an object of option name to value, or null) from JSON text: the
/// options and one warning per value that was ignored.
pub fn options(json: &str) -> Result<(Options, Vec<String>), ArgError> {
    match parse("options", "the options", json)? {
        Value::Null => Ok((Options::default(), Vec::new())),
        Value::Object(map) => Ok(read_options(map.into_iter().map(|(name, v)| {
            let given = match v {
                Value::Null => Given::Null,
                Value::Bool(b) => Given::Bool(b),
                Value::String(s) => Given::Text(s),
                other => Given::Other(other.to_string()),
            };
            (name, given)
        }))),
        other => Err(options_not_an_object(kind_of(&other))),
    }
}

/// Reads embedding options from the host's option names and values: the options and one warning
/// per value that was ignored (an unknown name, a value the widget does not know).
pub fn read_options(given: impl IntoIterator<Item = (String, Given)>) -> (Options, Vec<String>) {
    let mut out = Options::default();
    let mut warnings = Vec::new();
    let ignored = |warnings: &mut Vec<String>, name: &str, v: &Given, allowed: &str, default: &str| {
        let shown = match v {
            Given::Null => "null".to_owned(),
            Given::Bool(b) => b.to_string(),
            // Quoted and escaped as Rust writes a string (quotes, backslashes, control characters).
            Given::Text(t) => clip(&format!("{t:?}")),
            Given::Other(json) => clip(json),
        };
        warnings.push(format!("naitei: {name} {shown} is not one of {allowed}; it is ignored and {default} is used."));
    };
    for (name, v) in given {
        let text = match &v {
            Given::Null => continue,
            Given::Text(t) => Some(t.trim().to_owned()),
            _ => None,
        };
        let lower = text.as_deref().map(str::to_ascii_lowercase);
        match name.as_str() {
            "lang" => match text.as_deref().and_then(Lang::from_tag) {
                Some(l) => out.lang = Some(l),
                None => {
                    ignored(&mut warnings, "lang", &v, "en, ja (or a tag such as ja-JP)", "the saved or page language")
                }
            },
            "theme" => match text.as_deref().and_then(Theme::from_id) {
                Some(t) => out.theme = t,
                None => ignored(&mut warnings, "theme", &v, "auto, light, dark", "auto"),
            },
            "stage" => match lower.as_deref().and_then(Stage::from_id) {
                Some(s) => out.stage = Some(s),
                None => ignored(
                    &mut warnings,
                    "stage",
                    &v,
                    "screening, first_interview, technical, final, offer",
                    "first_interview",
                ),
            },
            "company" => match lower.as_deref().and_then(CompanyKind::from_id) {
                Some(c) => out.company = Some(c),
                None => ignored(&mut warnings, "company", &v, "large, sme, startup, foreign, ses", "large"),
            },
            "region" => match lower.as_deref().and_then(Region::from_id) {
                Some(r) => out.region = Some(r),
                None => ignored(&mut warnings, "region", &v, "east, west, other", "east"),
            },
            "storageKey" => match text.filter(|t| !t.is_empty() && t.chars().count() <= MAX_KEY_CHARS) {
                Some(k) => out.storage_key = k,
                None => ignored(
                    &mut warnings,
                    "storageKey",
                    &v,
                    &format!("a text of 1 to {MAX_KEY_CHARS} characters"),
                    "\"default\"",
                ),
            },
            // Written answers leave the widget only when the host clearly asks: a boolean, or the
            // attribute present (empty) or "true"; a typo such as "no" or "flase" keeps them in.
            "shareTextAnswers" => match (&v, lower.as_deref()) {
                (Given::Bool(b), _) => out.share_text_answers = *b,
                (_, Some("" | "true")) => out.share_text_answers = true,
                (_, Some("false")) => out.share_text_answers = false,
                _ => ignored(&mut warnings, "shareTextAnswers", &v, "true, false (or the attribute present)", "false"),
            },
            other => warnings.push(format!("naitei: unknown option \"{}\" is ignored.", clip(other))),
        }
    }
    (out, warnings)
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

fn kind_of(v: &Value) -> Kind {
    match v {
        Value::Null => Kind::Null,
        Value::Bool(_) => Kind::Bool,
        Value::Number(_) => Kind::Number,
        Value::String(_) => Kind::Text,
        Value::Array(_) => Kind::List,
        Value::Object(_) => Kind::Object,
    }
}

/// The arguments of `evaluate(profile, answers, options)`.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluateArgs {
    /// The profile (the default for null).
    pub profile: Profile,
    /// The answers, as given (evaluation lists what it could not use).
    pub answers: Value,
    /// The day to plan from, when given.
    pub today: Option<Date>,
}

/// Reads the arguments of `evaluate`, each JSON text (`null` for a missing one).
pub fn evaluate_args(profile: &str, answers: &str, options: &str) -> Result<EvaluateArgs, ArgError> {
    const CALL: &str = "evaluate(profile, answers, options)";
    let err = |message: String| ArgError { call: CALL, message };
    let profile = match parse(CALL, "profile", profile)? {
        Value::Null => Profile::default(),
        v @ Value::Object(_) => serde_json::from_value(v).map_err(|e| {
            err(format!("profile could not be read ({e}). Expected an object such as {{\"next_stage\": \"final\", \"company\": \"startup\"}}; every field is optional."))
        })?,
        other => return Err(err(format!("profile must be an object such as {{\"next_stage\": \"final\"}}, not {}.", kind_of(&other).named()))),
    };
    let answers = match parse(CALL, "answers", answers)? {
        Value::Null => Value::Object(Default::default()),
        v @ Value::Object(_) => v,
        other => {
            return Err(err(format!(
            "answers must be an object from item id to answer, such as {{\"arrival_onsite\": \"ten_early\"}}, not {}.",
            kind_of(&other).named()
        )))
        }
    };
    let today = match parse(CALL, "options", options)? {
        Value::Null => None,
        Value::Object(o) => match o.get("today") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.parse::<Date>().map_err(|e| err(format!("options.today: {e}")))?),
            Some(other) => {
                return Err(err(format!(
                    "options.today must be a date as \"YYYY-MM-DD\", not {}.",
                    kind_of(other).named()
                )))
            }
        },
        other => {
            return Err(err(format!(
                "options must be an object such as {{\"today\": \"2026-12-01\"}}, not {}.",
                kind_of(&other).named()
            )))
        }
    };
    Ok(EvaluateArgs { profile, answers, today })
}

/// Every problem of a content pack given as JSON text, including the display
/// languages it lacks (the widget then shows another language): empty when
/// the pack is ready to use.
pub fn check_pack(json: &str) -> Vec<String> {
    if let Err(e) = parse("checkPack(pack)", "the pack", json) {
        return vec![e.message];
    }
    // Read from the text, as the widget reads a pack (one deserialiser for packs in the wasm, not two).
    let pack: Pack = match serde_json::from_str(json) {
        Ok(p) => p,
        Err(e) => {
            return vec![format!(
            "not valid pack JSON: {e}. Start from `naitei-content pack` and check it with `naitei-content check-pack`."
        )]
        }
    };
    let mut problems: Vec<String> =
        Bank::build(&pack).err().unwrap_or_default().iter().map(ToString::to_string).collect();
    problems.extend(missing_languages(&pack));
    problems
}

/// One line per display language the pack has no texts for.
pub fn missing_languages(pack: &Pack) -> Vec<String> {
    Lang::ALL
        .iter()
        .filter(|l| pack.texts.get(l).is_none_or(|t| t.is_empty()))
        .map(|l| {
            format!(
                "texts.{tag}: the pack has no {name} texts, so a candidate who chooses {name} sees another language. Add \"{tag}\" texts with the same keys as the others.",
                tag = l.tag(),
                name = match l {
                    Lang::En => "English",
                    Lang::Ja => "Japanese",
                }
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_and_unknown_values_do_not_stop_the_widget() {
        let (o, w) = options(r#"{"lang":"ja-JP","theme":"neon","stage":"final","storageKey":"careers"}"#).unwrap();
        assert_eq!(
            (o.lang, o.theme, o.stage, o.storage_key.as_str()),
            (Some(Lang::Ja), Theme::Auto, Some(Stage::Final), "careers")
        );
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("theme \"neon\"") && w[0].contains("auto, light, dark"), "{w:?}");
        let (o, w) = options(r#"{"lang":"fr","company":7,"bogus":1,"shareTextAnswers":"true"}"#).unwrap();
        assert_eq!((o.lang, o.company, o.share_text_answers), (None, None, true));
        assert_eq!(w.len(), 3, "{w:?}");
        assert_eq!(options("null").unwrap(), (Options::default(), vec![]));
        // Written answers are shared only when the host clearly asks.
        for (given, shared, warned) in
            [("true", true, 0), ("", true, 0), (" FALSE ", false, 0), ("no", false, 1), ("flase", false, 1)]
        {
            let (o, w) = options(&format!(r#"{{"shareTextAnswers":"{given}"}}"#)).unwrap();
            assert_eq!((o.share_text_answers, w.len()), (shared, warned), "{given:?}: {w:?}");
        }
        // A warning lists every value the option takes.
        let (_, w) = options(r#"{"company":"bank","stage":"x","region":"x"}"#).unwrap();
        for id in CompanyKind::ALL
            .map(CompanyKind::id)
            .iter()
            .chain(&Stage::ALL.map(Stage::id))
            .chain(&Region::ALL.map(Region::id))
        {
            assert!(w.iter().any(|w| w.contains(&format!(" {id},")) || w.contains(&format!(" {id};"))), "{id}: {w:?}");
        }
        assert!(options("[1]").unwrap_err().to_string().contains("must be an object"));
    }

    #[test]
    fn nesting_is_read_from_the_text_and_brackets_in_strings_do_not_count() {
        assert_eq!(nesting("7"), 0);
        assert_eq!(nesting(r#"{"a":[1,{"b":[]}]}"#), 4);
        assert_eq!(nesting(r#"{"a":"[[[{{{\"]]]"}"#), 1);
        assert_eq!(nesting(&("[".repeat(40) + &"]".repeat(40))), 40);
    }

    #[test]
    fn deep_and_large_arguments_are_refused_with_what_was_expected() {
        let deep = "[".repeat(5000) + &"]".repeat(5000);
        let e = evaluate_args("null", &deep, "null").unwrap_err();
        assert!(e.to_string().contains("evaluate(profile, answers, options): answers is nested more than 32"), "{e}");
        let deep33 = "[".repeat(33) + &"]".repeat(33);
        assert!(evaluate_args("null", &format!("{{\"a\":{deep33}}}"), "null").is_err());
        let big = format!("\"{}\"", "x".repeat(MAX_BYTES));
        assert!(evaluate_args(&big, "null", "null").unwrap_err().message.contains("MB"));
        let e = evaluate_args("7", "null", "null").unwrap_err();
        assert!(e.message.contains("profile must be an object"), "{e}");
        let e = evaluate_args("null", "[]", "null").unwrap_err();
        assert!(e.message.contains("answers must be an object"), "{e}");
        let e = evaluate_args("null", "null", r#"{"today":"soon"}"#).unwrap_err();
        assert!(e.message.contains("options.today"), "{e}");
        let ok = evaluate_args(r#"{"next_stage":"final"}"#, r#"{"a":"b"}"#, r#"{"today":"2026-12-01"}"#).unwrap();
        assert_eq!(ok.profile.next_stage, Stage::Final);
    }

    #[test]
    fn a_pack_without_japanese_texts_is_reported() {
        let mut pack = crate::testing::tiny_pack();
        pack.texts.remove(&Lang::Ja);
        let problems = check_pack(&serde_json::to_string(&pack).unwrap());
        assert!(problems.iter().any(|p| p.starts_with("texts.ja")), "{problems:?}");
        assert!(check_pack("{").iter().any(|p| p.contains("not valid JSON")));
    }
}
