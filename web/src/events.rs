//! Events for the host page, dispatched on the `<naitei-check>` element (or the
//! mount element): `naitei:progress` after every change and `naitei:complete`
//! when the candidate finishes. Free-text answers are left out unless the host
//! opted in with `shareTextAnswers`.

use crate::state::State;
#[cfg(feature = "full")]
use naitei_core::{Answer, Answers, Evaluation, Profile};
use serde::Serialize;
#[cfg(feature = "full")]
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Serialize)]
struct ProgressDetail {
    answered: usize,
    skipped: usize,
    total: usize,
    position: usize,
    screen: naitei_core::session::Screen,
}

#[cfg(feature = "full")]
#[derive(Serialize)]
struct CompleteDetail<'a> {
    profile: &'a Profile,
    answers: Answers,
    report: &'a naitei_core::Report,
    plan: &'a naitei_core::StudyPlan,
}

/// The element events go to: the shadow host when inside a shadow root.
fn target(root: &NodeRef) -> Option<web_sys::EventTarget> {
    let el = root.cast::<web_sys::Element>()?;
    let node = el.get_root_node();
    match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => Some(shadow.host().into()),
        None => el.parent_element().map(Into::into),
    }
}

fn dispatch<T: Serialize>(root: &NodeRef, name: &str, detail: &T) {
    let Some(target) = target(root) else { return };
    let Ok(detail) = crate::plain::to_js(detail) else { return };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Dispatches progress after each change and completion once per finish (once the coaches
/// can read, `coaches_ready`, so the report in the event is the one the candidate sees).
/// `waiting`: the widget has no progress of its own to report (the light module found progress
/// it does not read and waits for the full one, which reports it), so it sends nothing.
#[hook]
pub fn use_progress_events(state: &UseReducerHandle<State>, root: NodeRef, waiting: bool) {
    let progress = state.session.progress(&state.bank);
    let screen = state.session.screen;
    {
        let root = root.clone();
        use_effect_with((progress, screen), move |(p, screen)| {
            if waiting {
                return;
            }
            let detail = ProgressDetail {
                answered: p.answered,
                skipped: p.skipped,
                total: p.total,
                position: p.position,
                screen: *screen,
            };
            dispatch(&root, "naitei:progress", &detail);
        });
    }
}

/// `naitei:complete` when a run is finished and the coaches could read it.
#[cfg(feature = "full")]
#[hook]
pub fn use_complete_event(
    state: &UseReducerHandle<State>,
    evaluation: &Rc<Evaluation>,
    root: NodeRef,
    share_text: bool,
    coaches_ready: bool,
) {
    let finished = state.session.finished;
    let (session, evaluation, bank) = (state.session.clone(), evaluation.clone(), state.bank.clone());
    use_effect_with((finished, coaches_ready), move |(finished, ready)| {
        if *finished && *ready {
            let answers = Answers(
                session
                    .answers_that_count(&bank)
                    .0
                    .iter()
                    .filter(|(_, a)| share_text || !matches!(a, Answer::Text(_)))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            );
            let detail = CompleteDetail {
                profile: &session.profile,
                answers,
                report: &evaluation.report,
                plan: &evaluation.plan,
            };
            dispatch(&root, "naitei:complete", &detail);
        }
    });
}
