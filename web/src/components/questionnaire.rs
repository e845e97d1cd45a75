//! The questions screen: progress, the current item, and back / skip / next.
//! With the app, the only component that holds the reducer: it builds the
//! question's view in core and turns the candidate's acts into actions.

use crate::components::progress::ProgressBar;
use crate::components::question::Question;
use crate::i18n::use_i18n;
use crate::state::{make_callback, State};
use naitei_core::present;
use naitei_core::session::Action;
use naitei_core::text::key;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the app state.
#[derive(Properties, PartialEq, Clone)]
pub struct QuestionnaireProps {
    /// App state.
    pub state: UseReducerHandle<State>,
    /// Whether the candidate has acted since the widget started (focus may move).
    #[prop_or_default]
    pub acted: bool,
}

/// One item per screen with navigation.
#[function_component(Questionnaire)]
pub fn questionnaire(props: &QuestionnaireProps) -> Html {
    let i18n = use_i18n();
    let state = &props.state;
    let texts = i18n.texts();
    let Some(view) = present::question(&state.session, &state.bank, &texts) else {
        // Never a dead end: the situation can always be changed.
        let onprofile = make_callback(state, |_: MouseEvent| Action::EditProfile);
        return html! {
            <div class="naitei-questions">
                <p>{ i18n.t("ui.questions.none") }</p>
                <p><button type="button" class="naitei-button naitei-primary" onclick={onprofile}>{ i18n.t("ui.questions.none_fix") }</button></p>
            </div>
        };
    };
    let id = view.item.clone();
    let on = |f: fn(String, String) -> Action| {
        let id = id.clone();
        make_callback(state, move |v: String| f(id.clone(), v))
    };
    let onanswer = {
        let id = id.clone();
        make_callback(state, move |a| Action::Answer(id.clone(), a))
    };
    let onreveal = {
        let id = id.clone();
        make_callback(state, move |_: ()| Action::Reveal(id.clone()))
    };
    let onback = make_callback(state, |_: MouseEvent| Action::Back);
    let onskip = {
        let id = id.clone();
        make_callback(state, move |_: MouseEvent| Action::Skip(id.clone()))
    };
    let onnext = make_callback(state, |_: MouseEvent| Action::Next);
    let onfinish = make_callback(state, |_: MouseEvent| Action::Finish);
    let next_label = if view.last { i18n.t("ui.questions.finish") } else { i18n.t("ui.questions.next") };
    let (progress, section, skippable, can_go_on, report_ready) =
        (view.progress, view.section.clone(), view.skippable, view.can_go_on, view.report_ready);
    // The first file holds the words of the questions a session opens with; a later one
    // (or one a returning candidate resumes at) waits for the rest of the texts.
    let here = texts.find(&key::item_prompt(&view.item)).is_some();
    html! {
        <div class="naitei-questions">
            <ProgressBar {progress} {section} />
            if here {
                <Question view={Rc::new(view)} coaches={state.coaches.clone()} stage={state.session.profile.next_stage}
                    {onanswer} ontoggle={on(Action::Toggle)} onbest={on(Action::PickBest)} onworst={on(Action::PickWorst)}
                    {onreveal} focus={props.acted} />
            } else {
                <div class="naitei-question-waiting"><p class="naitei-loading" role="status">{ i18n.waiting() }</p></div>
            }
            <div class="naitei-nav">
                <button type="button" class="naitei-button" onclick={onback}>{ i18n.t("ui.questions.back") }</button>
                if skippable && here {
                    <button type="button" class="naitei-button naitei-quiet" onclick={onskip}>{ i18n.t("ui.questions.skip") }</button>
                }
                <button type="button" class="naitei-button naitei-primary" onclick={onnext} disabled={!can_go_on}>{ next_label }</button>
            </div>
            if report_ready {
                <p class="naitei-jump">
                    <button type="button" class="naitei-link" onclick={onfinish}>{ i18n.t("ui.questions.to_report") }</button>
                </p>
            }
        </div>
    }
}
