//! `use_evaluation`: the report and plan for the current profile and answers,
//! recomputed only when they change.

use crate::state::State;
use naitei_core::{evaluate, Config, Date, Evaluation};
use std::rc::Rc;
use yew::prelude::*;

/// Today in the visitor's local time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or_else(|| "2026-01-01".parse().expect("a valid date"))
}

/// The evaluation of the session in `state`.
///
/// ```text
/// let evaluation = use_evaluation(&state);
/// html! { <p>{ evaluation.report.overall }</p> }
/// ```
#[hook]
pub fn use_evaluation(state: &UseReducerHandle<State>) -> Rc<Evaluation> {
    let (bank, coaches) = (state.bank.clone(), state.coaches.clone());
    let counted = state.session.answers_that_count(&state.bank);
    use_memo(
        (state.session.profile.clone(), counted, state.session.answers.clone(), Rc::as_ptr(&state.bank) as usize),
        move |(profile, counted, latest, _)| {
            let config = Config { today: today(), analyser: &*coaches, latest: Some(latest) };
            evaluate(&bank, profile, counted, &config)
        },
    )
}
