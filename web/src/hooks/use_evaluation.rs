//! `use_evaluation`: the report and plan for the current profile and the
//! answers that count, recomputed only when they, the bank or the date change
//! (so a tab left open past midnight gets today's plan at the next render).

use crate::state::State;
use naitei_core::{evaluate, Config, Date, Evaluation};
use std::rc::Rc;
use yew::prelude::*;

/// The evaluation of the session in `state` on `today`.
///
/// ```text
/// let evaluation = use_evaluation(&state, today);
/// html! { <p>{ evaluation.report.overall }</p> }
/// ```
#[hook]
pub fn use_evaluation(state: &UseReducerHandle<State>, today: Date) -> Rc<Evaluation> {
    let (bank, coaches) = (state.bank.clone(), state.coaches.clone());
    let counted = state.session.answers_that_count(&state.bank);
    use_memo(
        (state.session.profile.clone(), counted, state.session.answers.clone(), state.bank.clone(), today),
        move |(profile, counted, latest, _, today)| {
            let config = Config { today: *today, analyser: &*coaches, latest: Some(latest) };
            evaluate(&bank, profile, counted, &config)
        },
    )
}
