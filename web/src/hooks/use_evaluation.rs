//! `use_evaluation`: the report and plan for the current profile and answers,
//! recomputed only when they change and only where they are shown (the report
//! and the plan): while the candidate answers, a keystroke in a long free-text
//! answer never pays for a whole evaluation.

use crate::state::State;
use naitei_core::session::Screen;
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
    let data =
        (state.session.profile.clone(), counted, state.session.answers.clone(), Rc::as_ptr(&state.bank) as usize);
    // Elsewhere the last evaluation stands (the report recomputes as soon as it is shown).
    let shown = matches!(state.session.screen, Screen::Report | Screen::Plan);
    use_memo(shown.then(|| data.clone()), move |_| {
        let (profile, counted, latest, _) = data;
        let config = Config { today: today(), analyser: &*coaches, latest: Some(&latest) };
        evaluate(&bank, &profile, &counted, &config)
    })
}
