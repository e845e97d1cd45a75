//! `use_evaluation`: the report and plan for the current profile and the
//! answers that count, recomputed only when they, the bank or the date change,
//! and only where they are shown (the report and the plan): while the
//! candidate answers, a keystroke in a long free-text answer never pays for a
//! whole evaluation. A tab left open past midnight gets today's plan at the
//! next render.

use crate::state::State;
use naitei_core::session::Screen;
use naitei_core::{evaluate, Config, Date, Evaluation};
use std::rc::Rc;
use yew::prelude::*;

/// The evaluation of the session in `state` on `today`, recomputed once the
/// coaches can read (`coaches_ready`: their lexicons arrive after the first render).
///
/// ```text
/// let evaluation = use_evaluation(&state, today, coaches_ready);
/// html! { <p>{ evaluation.report.overall }</p> }
/// ```
#[hook]
pub fn use_evaluation(state: &UseReducerHandle<State>, today: Date, coaches_ready: bool) -> Rc<Evaluation> {
    let (bank, coaches) = (state.bank.clone(), state.coaches.clone());
    let counted = state.session.answers_that_count(&state.bank);
    let data = (
        state.session.profile.clone(),
        counted,
        state.session.answers.clone(),
        state.bank.clone(),
        today,
        coaches_ready,
    );
    // Elsewhere the last evaluation stands (the report recomputes as soon as it is shown).
    let shown = matches!(state.session.screen, Screen::Report | Screen::Plan);
    use_memo(shown.then(|| data.clone()), move |_| {
        let (profile, counted, latest, _, today, _) = data;
        let config = Config { today, analyser: &*coaches, latest: Some(&latest) };
        evaluate(&bank, &profile, &counted, &config)
    })
}
