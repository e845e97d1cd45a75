//! What only the full module has: the coaches' lexicons, the evaluation, the history entry of a
//! finished run, share links, and the screens that show them (report, plan, a shared result).
//! The light first module (`light.rs`) has the same two names and hands these screens over.

use crate::components::{plan::PlanView, report::ReportView, shared_view::SharedView};
use crate::hooks::use_evaluation::use_evaluation;
use crate::hooks::use_lexicons::{use_lexicons, Lexicons};
use crate::hooks::use_shared_link::{use_shared_link, SharedLink};
use crate::screens::{FullInputs, FullScreen};
use crate::state::make_callback;
use naitei_core::history::{Attempt, History};
use naitei_core::session::{Action, Mode, Scope, Screen, Session};
use naitei_core::Evaluation;
use std::rc::Rc;
use yew::prelude::*;

/// The full module's part of the widget's state.
pub struct Full {
    /// Whether the coaches can read (scores, the history entry and `naitei:complete` wait for it).
    pub lexicons: Lexicons,
    /// The report and plan of the answers that count (computed when they are shown).
    pub evaluation: Rc<Evaluation>,
    /// A share link opened from the address.
    pub shared: SharedLink,
    /// Always false: only the light module hands over.
    pub handover_failed: bool,
}

/// The coaches' lexicons, the evaluation, the history entry of a finished run, share links and
/// the `naitei:complete` event.
#[hook]
pub fn use_full(inputs: FullInputs<'_>) -> Full {
    let FullInputs { state, coaches: (coaches, lexicon_loader), share_text, today, history, root, .. } = inputs;
    // The coaches' lexicons come after the first render, like the rest of the texts; scores,
    // the history entry and the `naitei:complete` event wait for them.
    let lexicons = use_lexicons(coaches, lexicon_loader);
    let coaches_ready = lexicons == Lexicons::Ready;
    let evaluation = use_evaluation(state, today, coaches_ready);
    // Each finished run is kept in the history (answers changed afterwards update it).
    {
        let history = history.clone();
        let showing = state.session.finished && state.session.screen == Screen::Report && coaches_ready;
        let (run, profile) = (state.session.run, state.session.profile.clone());
        use_effect_with((showing, evaluation.clone()), {
            move |(showing, evaluation)| {
                if *showing {
                    let mut next = (*history).clone();
                    let attempt = Attempt::new(today, &profile, evaluation);
                    if next.record(run, attempt) {
                        history.set(next);
                    }
                }
            }
        });
    }
    let shared = use_shared_link(&state.bank.0);
    crate::events::use_complete_event(state, &evaluation, root.clone(), share_text, coaches_ready);
    Full { lexicons, evaluation, shared, handover_failed: false }
}

/// The report, the plan, or a result someone shared.
pub fn full_screen(s: FullScreen<'_>, full: &Full) -> Html {
    let FullScreen { state, i18n, today, now, history } = s;
    let session = &state.session;
    let act = |f: fn() -> Action| make_callback(state, move |_: ()| f());
    if let Some(Ok(link)) = &*full.shared.link {
        let link = Rc::new(link.clone());
        let report = Rc::new(
            naitei_core::evaluate(
                &state.bank,
                &link.profile,
                &link.answers,
                &naitei_core::Config::with(today, &*state.coaches),
            )
            .report,
        );
        let onimport = {
            let (state, link, close) = (state.clone(), link.clone(), full.shared.close.clone());
            Callback::from(move |_: ()| {
                state.dispatch(Action::Import(link.profile.clone(), link.answers.clone(), Default::default()));
                close.emit(());
            })
        };
        let written =
            Rc::new(naitei_core::present::written_answers(&link.profile, &link.answers, &state.bank, &i18n.texts()));
        let stage = link.profile.next_stage;
        return html! {
            <SharedView {link} {report} {written} coaches={state.coaches.clone()} {stage}
                has_progress={!session.answers.0.is_empty()} {onimport} onclose={full.shared.close.clone()} />
        };
    }
    let evaluation = &full.evaluation;
    if session.screen == Screen::Plan {
        return html! {
            <PlanView plan={Rc::new(evaluation.plan.clone())} done={Rc::new(session.done.clone())}
                ontoggle={make_callback(state, Action::ToggleDone)} onreport={act(|| Action::ShowReport)} />
        };
    }
    let review = {
        let (state, texts) = (state.clone(), i18n.texts());
        Callback::from(move |_: ()| Rc::new(naitei_core::present::review(&state.session, &state.bank, &texts)))
    };
    let rest = (session.scope == Scope::Quick).then(|| {
        let full = Session { scope: Scope::Full, ..session.clone() };
        full.items(&state.bank).iter().filter(|i| session.answers.get(&i.id).is_none()).count()
    });
    let onimport =
        make_callback(state, |i: naitei_core::export::Imported| Action::Import(i.profile, i.answers, i.done));
    let onclearhistory = {
        let history = history.clone();
        Callback::from(move |_| history.set(History::default()))
    };
    html! {
        <ReportView evaluation={evaluation.clone()} profile={session.profile.clone()}
            answers={Rc::new(session.answers_that_count(&state.bank))} done={Rc::new(session.done.clone())}
            bank={state.bank.clone()} coaches={state.coaches.clone()} history={Rc::new((**history).clone())} {review}
            review_open={session.mode == Mode::Test} {rest} {today} {now}
            onplan={act(|| Action::ShowPlan)} onretake={act(|| Action::Retake)} onprofile={act(|| Action::EditProfile)}
            onjump={make_callback(state, Action::Jump)} onfull={act(|| Action::SetScope(Scope::Full))}
            {onclearhistory} {onimport} />
    }
}
