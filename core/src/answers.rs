//! The candidate's answers: a JSON object from item id to answer.
//!
//! | item kind      | JSON answer                          |
//! |----------------|--------------------------------------|
//! | single         | `"option_id"`                        |
//! | multi          | `["option_id", ...]` (may be empty)  |
//! | likert         | `1` to `5`                           |
//! | best and worst | `{"best": "a", "worst": "b"}`        |
//! | text           | `{"text": "..."}`                    |
//! | skipped        | `null`                               |
//!
//! `Answers::from_json` accepts any JSON and returns what it could read plus
//! the list of what it ignored; it never fails and never panics.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fmt;

/// Longest free-text answer kept, in characters; the rest is cut and reported.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Most answers read from one input; beyond that entries are ignored.
pub const MAX_ANSWERS: usize = 10_000;

/// One answer to one item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Answer {
    /// "Skip / I don't know": counts against coverage, never against the score.
    Skipped,
    /// The option picked in a single-choice item.
    Choice(String),
    /// The options ticked in a checklist (possibly none).
    Choices(Vec<String>),
    /// A Likert rating, 1 to 5.
    Rating(u8),
    /// Best-and-worst picks.
    BestWorst {
        /// Option judged most effective.
        best: String,
        /// Option judged least effective.
        worst: String,
    },
    /// Free text.
    Text(String),
}

impl Answer {
    /// Reads one answer from its JSON form.
    pub fn from_value(v: &Value) -> Result<Answer, Unreadable> {
        let text = |v: &Value| v.as_str().map(str::to_owned);
        Ok(match v {
            Value::Null => Answer::Skipped,
            Value::String(s) => Answer::Choice(s.clone()),
            Value::Array(items) => Answer::Choices(
                items.iter().map(|i| text(i).ok_or(Unreadable::ChoicesNotText)).collect::<Result<_, _>>()?,
            ),
            Value::Number(n) => match n.as_u64() {
                Some(r @ 1..=5) => Answer::Rating(r as u8),
                _ => return Err(Unreadable::RatingOutOfRange),
            },
            Value::Object(o) => {
                if let Some(t) = o.get("text") {
                    let t = text(t).ok_or(Unreadable::Shape)?;
                    Answer::Text(t)
                } else {
                    match (o.get("best").and_then(text), o.get("worst").and_then(text)) {
                        (Some(best), Some(worst)) => Answer::BestWorst { best, worst },
                        _ => return Err(Unreadable::Shape),
                    }
                }
            }
            Value::Bool(_) => return Err(Unreadable::Shape),
        })
    }

    /// The JSON form.
    pub fn to_value(&self) -> Value {
        match self {
            Answer::Skipped => Value::Null,
            Answer::Choice(o) => json!(o),
            Answer::Choices(os) => json!(os),
            Answer::Rating(r) => json!(r),
            Answer::BestWorst { best, worst } => json!({ "best": best, "worst": worst }),
            Answer::Text(t) => json!({ "text": t }),
        }
    }
}

/// Why an answer's JSON could not be read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unreadable {
    /// Not one of the shapes in the table above.
    Shape,
    /// A list that contains something other than option ids.
    ChoicesNotText,
    /// A number that is not a whole rating from 1 to 5.
    RatingOutOfRange,
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_value().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        Answer::from_value(&v).map_err(|e| serde::de::Error::custom(Ignored::reason_text(&Reason::Unreadable(e))))
    }
}

/// All answers, keyed by item id. Order never matters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, Answer>);

impl Answers {
    /// The answer to `item`, if any.
    pub fn get(&self, item: &str) -> Option<&Answer> {
        self.0.get(item)
    }

    /// Returns the answers with `item` set to `answer`.
    pub fn with(mut self, item: &str, answer: Answer) -> Answers {
        self.0.insert(item.to_owned(), answer);
        self
    }

    /// Reads answers from any JSON value, keeping what it can and listing the rest.
    pub fn from_json(v: &Value) -> (Answers, Vec<Ignored>) {
        let mut answers = Answers::default();
        let mut ignored = Vec::new();
        let Some(obj) = v.as_object() else {
            ignored.push(Ignored::new("", Reason::NotAnObject));
            return (answers, ignored);
        };
        for (n, (item, value)) in obj.iter().enumerate() {
            if n >= MAX_ANSWERS {
                ignored.push(Ignored::new(item, Reason::TooMany));
                continue;
            }
            match Answer::from_value(value) {
                Ok(Answer::Text(t)) if t.chars().count() > MAX_TEXT_CHARS => {
                    let cut: String = t.chars().take(MAX_TEXT_CHARS).collect();
                    ignored.push(Ignored::new(item, Reason::TextCut));
                    answers.0.insert(item.clone(), Answer::Text(cut));
                }
                Ok(a) => {
                    answers.0.insert(item.clone(), a);
                }
                Err(e) => ignored.push(Ignored::new(item, Reason::Unreadable(e))),
            }
        }
        (answers, ignored)
    }
}

/// An answer that was not used, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ignored {
    /// The item id as given (empty when the whole input was unusable).
    pub item: String,
    /// Why it was ignored.
    pub reason: Reason,
}

/// Why an answer was not used.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// The answers were not a JSON object.
    NotAnObject,
    /// More than [`MAX_ANSWERS`] entries.
    TooMany,
    /// Text longer than [`MAX_TEXT_CHARS`]; the start was kept.
    TextCut,
    /// The JSON could not be read as any answer.
    Unreadable(Unreadable),
    /// No item has this id.
    UnknownItem,
    /// The item does not apply to this profile.
    NotApplicable,
    /// The answer has the wrong shape for this kind of item.
    WrongKind {
        /// The shape the item expects, such as `"single"`.
        expected: &'static str,
    },
    /// An option id the item does not have.
    UnknownOption {
        /// The unknown option id.
        option: String,
    },
    /// The same option picked as best and worst.
    SameBestAndWorst,
    /// An exclusive option ("none of these") ticked together with others.
    ExclusiveWithOthers,
}

impl Ignored {
    /// An ignored answer.
    pub fn new(item: &str, reason: Reason) -> Ignored {
        Ignored { item: item.chars().take(100).collect(), reason }
    }

    fn reason_text(reason: &Reason) -> String {
        match reason {
            Reason::NotAnObject => "answers must be a JSON object from item id to answer".into(),
            Reason::TooMany => format!("only the first {MAX_ANSWERS} answers are read"),
            Reason::TextCut => format!("text longer than {MAX_TEXT_CHARS} characters was cut"),
            Reason::Unreadable(Unreadable::Shape) => {
                "not an answer: use \"option\", [\"options\"], 1-5, {\"best\",\"worst\"}, {\"text\"} or null".into()
            }
            Reason::Unreadable(Unreadable::ChoicesNotText) => "a checklist answer must be a list of option ids".into(),
            Reason::Unreadable(Unreadable::RatingOutOfRange) => "a rating must be a whole number from 1 to 5".into(),
            Reason::UnknownItem => "no item has this id; check the spelling against `naitei-content items`".into(),
            Reason::NotApplicable => "this item does not apply to the profile, so it is not scored".into(),
            Reason::WrongKind { expected } => format!("this item expects a {expected} answer"),
            Reason::UnknownOption { option } => format!("the item has no option `{option}`"),
            Reason::SameBestAndWorst => "the same option cannot be both best and worst".into(),
            Reason::ExclusiveWithOthers => "\"none of these\" cannot be ticked together with other options".into(),
        }
    }
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.item.is_empty() {
            write!(f, "{}", Ignored::reason_text(&self.reason))
        } else {
            write!(f, "`{}`: {}", self.item, Ignored::reason_text(&self.reason))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> (Answers, Vec<Ignored>) {
        Answers::from_json(&serde_json::from_str(json).unwrap())
    }

    #[test]
    fn every_kind_has_a_compact_json_form_that_round_trips() {
        let json = r#"{"a":"x","b":["y","z"],"c":4,"d":{"best":"p","worst":"q"},"e":{"text":"hi"},"f":null}"#;
        let (answers, ignored) = read(json);
        assert!(ignored.is_empty());
        assert_eq!(answers.get("c"), Some(&Answer::Rating(4)));
        let back = serde_json::to_string(&answers).unwrap();
        assert_eq!(serde_json::from_str::<Answers>(&back).unwrap(), answers);
    }

    #[test]
    fn unreadable_entries_are_listed_and_the_rest_is_kept() {
        let (answers, ignored) = read(r#"{"a":"x","b":7,"c":true,"d":[1,2],"e":{"best":"p"}}"#);
        assert_eq!(answers.0.len(), 1);
        let items: Vec<_> = ignored.iter().map(|i| i.item.as_str()).collect();
        assert_eq!(items, ["b", "c", "d", "e"]);
        assert!(ignored[0].to_string().contains("1 to 5"));
    }

    #[test]
    fn input_that_is_not_an_object_says_what_shape_is_expected() {
        let (answers, ignored) = read("[1,2,3]");
        assert!(answers.0.is_empty());
        assert!(ignored[0].to_string().contains("JSON object"));
    }

    #[test]
    fn very_long_text_is_cut_and_reported() {
        let long = "あ".repeat(MAX_TEXT_CHARS + 5);
        let (answers, ignored) = Answers::from_json(&json!({ "t": { "text": long } }));
        let Some(Answer::Text(kept)) = answers.get("t") else { panic!() };
        assert_eq!(kept.chars().count(), MAX_TEXT_CHARS);
        assert_eq!(ignored[0].reason, Reason::TextCut);
    }
}
