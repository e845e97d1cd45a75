//! Fixtures for tests and documentation examples: a tiny bank with one item of
//! every kind, written as the JSON a content pack would contain.

use crate::bank::Bank;
use crate::format::Pack;
use crate::text::Lang;
use serde_json::json;

/// The tiny pack: sections `flow` and `etiquette`, one item of each kind, three checks, three modules.
pub fn tiny_pack() -> Pack {
    let mut pack: Pack = serde_json::from_value(json!({
        "format": 1,
        "manifest": {
            "format": 1,
            "section": [{ "id": "flow" }, { "id": "etiquette" }],
            "band": [{ "id": "low", "min": 0 }, { "id": "mid", "min": 50 }, { "id": "high", "min": 80 }],
            "stage_weights": {
                "screening": { "technical": 3, "learning": 1 },
                "first_interview": { "communication": 3, "teamwork": 3, "learning": 1 },
                "technical": { "technical": 4, "problem_solving": 3, "communication": 1 },
                "final": { "teamwork": 4, "learning": 2 },
                "offer": { "communication": 2, "teamwork": 2 }
            },
            "modifier": [{ "id": "startup", "when": { "company": ["startup"] }, "factors": { "learning": 2 } }],
            "limit": [
                { "severity": "critical", "cap": 55, "step": 10 },
                { "severity": "risk", "cap": 75, "step": 5 }
            ],
            "milestone": [
                { "id": "mock", "day": -3, "minutes": 30 },
                { "id": "tools", "day": -1, "minutes": 15, "when": { "format": ["online", "both"] } },
                { "id": "thanks", "day": 1, "minutes": 10 }
            ]
        },
        "sections": [
            { "section": "etiquette",
              "item": [
                { "id": "arrival", "kind": "single", "stages": ["first_interview"], "areas": { "teamwork": 2, "communication": 1 },
                  "options": [{ "id": "early", "credit": 1 }, { "id": "on_time", "credit": 0.3 }, { "id": "late", "credit": 0 }] },
                { "id": "mistake", "kind": "best_worst", "stages": ["final"], "areas": { "teamwork": 1 },
                  "options": [{ "id": "apologise", "credit": 1 }, { "id": "explain", "credit": 0.5 }, { "id": "blame", "credit": 0 }] },
                { "id": "camera", "kind": "single", "stages": ["first_interview"], "areas": { "communication": 1 },
                  "when": { "format": ["online", "both"] },
                  "options": [{ "id": "tested", "credit": 1 }, { "id": "untested", "credit": 0 }] }
              ],
              "check": [
                { "id": "on_the_dot", "severity": "risk", "stages": ["first_interview"], "modules": ["punctuality"],
                  "when": { "chose": { "item": "arrival", "options": ["on_time"] } } },
                { "id": "apologises", "severity": "strength", "when": { "chose": { "item": "mistake", "options": ["apologise"] } } },
                { "id": "camera_untested", "severity": "critical", "stages": ["first_interview", "technical"], "modules": ["basics"],
                  "when": { "any": [{ "chose": { "item": "camera", "options": ["untested"] } }, { "unanswered": { "item": "camera" } }] } }
              ] },
            { "section": "flow",
              "item": [
                { "id": "prep", "kind": "multi", "stages": ["screening", "technical"], "areas": { "technical": 1, "learning": 1 },
                  "options": [{ "id": "matrix", "credit": 1 }, { "id": "star", "credit": 1 }, { "id": "script", "credit": -0.5 },
                              { "id": "none", "credit": 0, "exclusive": true }] },
                { "id": "confident", "kind": "likert", "stages": ["technical"], "areas": { "problem_solving": 1 } },
                { "id": "bluff", "kind": "likert", "reverse": true, "stages": ["technical"], "areas": { "technical": 1 } },
                { "id": "questions", "kind": "text", "analyser": "reverse_questions", "stages": ["final"], "areas": { "learning": 1 } }
              ] }
        ],
        "modules": [
            { "id": "basics", "areas": ["communication"], "minutes": 20, "steps": ["read"] },
            { "id": "punctuality", "areas": ["teamwork"], "minutes": 30, "steps": ["route", "rehearse"], "requires": ["basics"] },
            { "id": "stories", "areas": ["technical", "problem_solving", "learning"], "minutes": 90, "steps": ["pick", "draft", "number"] }
        ]
    }))
    .expect("the tiny pack matches the format");
    let bank = Bank::build_unchecked(&pack);
    let texts = crate::bank::required_keys(&bank).into_iter().map(|k| (k.clone(), k)).collect();
    pack.texts.insert(Lang::En, texts);
    pack
}

/// The tiny bank.
pub fn tiny_bank() -> Bank {
    Bank::build(&tiny_pack()).expect("the tiny pack is valid").bank
}

/// Answers in a compact notation, for tests that read like specifications:
/// `arrival=early prep=[matrix,star] confident=4 mistake=apologise>blame questions="How do you review code?" camera=-`
/// (`-` is a skip, `[]` an empty checklist, `a>b` best and worst, quotes free text).
pub fn answers(spec: &str) -> crate::answers::Answers {
    use crate::answers::{Answer, Answers};
    let mut out = Answers::default();
    let mut rest = spec.trim();
    while !rest.is_empty() {
        let (item, after) = rest.split_once('=').expect("each answer is item=value");
        let (value, next) = if let Some(quoted) = after.strip_prefix('"') {
            let end = quoted.find('"').expect("closing quote");
            (Answer::Text(quoted[..end].to_owned()), &quoted[end + 1..])
        } else {
            let end = after.find(char::is_whitespace).unwrap_or(after.len());
            let raw = &after[..end];
            let value = if raw == "-" {
                Answer::Skipped
            } else if let Some(list) = raw.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                Answer::Choices(list.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect())
            } else if let Some((best, worst)) = raw.split_once('>') {
                Answer::BestWorst { best: best.into(), worst: worst.into() }
            } else if let Ok(r) = raw.parse::<u8>() {
                Answer::Rating(r)
            } else {
                Answer::Choice(raw.to_owned())
            };
            (value, &after[end..])
        };
        out = out.with(item.trim(), value);
        rest = next.trim_start();
    }
    out
}
