//! The questions screen: progress, the current item, and back / skip / next.

use crate::components::progress::ProgressBar;
use crate::components::question::Question;
use crate::i18n::use_i18n;
use crate::state::{make_callback, State};
use naitei_core::session::Action;
use naitei_core::text::key;
use yew::prelude::*;

/// Props: the app state.
#[derive(Properties, PartialEq, Clone)]
pub struct QuestionnaireProps {
    /// App state.
    pub state: UseReducerHandle<State>,
}

/// One item per screen with navigation.
#[function_component(Questionnaire)]
pub fn questionnaire(props: &QuestionnaireProps) -> Html {
    let i18n = use_i18n();
    let state = &props.state;
    let bank = &state.bank;
    let Some(item) = state.session.current(bank) else {
        // Never a dead end: the situation can always be changed.
        let onprofile = make_callback(state, |_: MouseEvent| Action::EditProfile);
        return html! {
            <div class="naitei-questions">
                <p>{ i18n.t("ui.questions.none") }</p>
                <p><button type="button" class="naitei-button naitei-primary" onclick={onprofile}>{ i18n.t("ui.questions.none_fix") }</button></p>
            </div>
        };
    };
    let progress = state.session.progress(bank);
    let answered = state.session.is_answered(item);
    let last = progress.position + 1 >= progress.total;
    let id = item.id.clone();
    let onback = make_callback(state, |_: MouseEvent| Action::Back);
    let onskip = make_callback(state, move |_: MouseEvent| Action::Skip(id.clone()));
    let onnext = make_callback(state, |_: MouseEvent| Action::Next);
    let onfinish = make_callback(state, |_: MouseEvent| Action::Finish);
    let next_label = if last { i18n.t("ui.questions.finish") } else { i18n.t("ui.questions.next") };
    html! {
        <div class="naitei-questions">
            <ProgressBar progress={progress} section={i18n.t(&key::section_title(&item.section))} />
            <Question state={state.clone()} item={item.id.clone()} />
            <div class="naitei-nav">
                <button type="button" class="naitei-button" onclick={onback}>{ i18n.t("ui.questions.back") }</button>
                if item.skippable {
                    <button type="button" class="naitei-button naitei-quiet" onclick={onskip}>{ i18n.t("ui.questions.skip") }</button>
                }
                <button type="button" class="naitei-button naitei-primary" onclick={onnext} disabled={!answered}>{ next_label }</button>
            </div>
            if state.session.finished || progress.answered + progress.skipped >= progress.total {
                <p class="naitei-jump">
                    <button type="button" class="naitei-link" onclick={onfinish}>{ i18n.t("ui.questions.to_report") }</button>
                </p>
            }
        </div>
    }
}
