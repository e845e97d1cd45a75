//! The report screen: the report body, the comparison with earlier attempts,
//! a review of every answer, sharing, exports, and what to do next.

use crate::components::{
    answer_review::AnswerReview, exports::Exports, history_view::HistoryView, report_body::ReportBody,
    share_link::ShareLink,
};
use crate::i18n::use_i18n;
use crate::state::{make_callback, State};
use naitei_core::history::History;
use naitei_core::session::{Action, Scope, Session};
use naitei_core::Evaluation;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the state and the evaluation.
#[derive(Properties, PartialEq, Clone)]
pub struct ReportProps {
    /// App state.
    pub state: UseReducerHandle<State>,
    /// The evaluation.
    pub evaluation: Rc<Evaluation>,
    /// Earlier attempts.
    pub history: Rc<History>,
    /// Deletes the history.
    pub onclearhistory: Callback<()>,
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The report screen.
#[function_component(ReportView)]
pub fn report_view(props: &ReportProps) -> Html {
    let i18n = use_i18n();
    let r = &props.evaluation.report;
    let onplan = make_callback(&props.state, |_: MouseEvent| Action::ShowPlan);
    let onretake = make_callback(&props.state, |_: MouseEvent| Action::Retake);
    let onprofile = make_callback(&props.state, |_: MouseEvent| Action::EditProfile);
    let onquestions = make_callback(&props.state, |_: MouseEvent| Action::Jump(0));
    let onprint = Callback::from(|_: MouseEvent| print());
    let session = &props.state.session;
    let rest = (session.scope == Scope::Quick).then(|| {
        let full = Session { scope: Scope::Full, ..session.clone() };
        full.items(&props.state.bank).iter().filter(|i| session.answers.get(&i.id).is_none()).count()
    });
    let onfull = make_callback(&props.state, |_: MouseEvent| Action::SetScope(Scope::Full));
    let report = use_memo(Rc::as_ptr(&props.evaluation) as usize, {
        let r = r.clone();
        move |_| r
    });

    if r.answered == 0 {
        return html! {
            <div class="naitei-report">
                <h3>{ i18n.t("ui.report.heading") }</h3>
                <p class="naitei-empty">{ i18n.t("ui.report.no_score") }</p>
                <div class="naitei-actions naitei-no-print">
                    <button type="button" class="naitei-button naitei-primary" onclick={onquestions}>{ i18n.t("ui.report.answer") }</button>
                </div>
            </div>
        };
    }
    html! {
        <div class="naitei-report">
            <h3>{ i18n.t("ui.report.heading") }</h3>
            <ReportBody report={report} bank={props.state.bank.clone()} />
            <HistoryView history={props.history.clone()} onclear={props.onclearhistory.clone()} />
            <AnswerReview state={props.state.clone()} />
            <ShareLink state={props.state.clone()} />
            <Exports state={props.state.clone()} evaluation={props.evaluation.clone()} />
            <div class="naitei-actions naitei-no-print">
                if let Some(n) = rest.filter(|n| *n > 0) {
                    <button type="button" class="naitei-button naitei-continue-full" onclick={onfull}>
                        { i18n.fill("ui.report.continue_full", &[("n", n.to_string())]) }
                    </button>
                }
                <button type="button" class="naitei-button naitei-primary" onclick={onplan}>{ i18n.t("ui.report.to_plan") }</button>
                <button type="button" class="naitei-button" onclick={onprint}>{ i18n.t("ui.report.print") }</button>
                <button type="button" class="naitei-button" onclick={onprofile}>{ i18n.t("ui.report.edit_profile") }</button>
                <button type="button" class="naitei-button" onclick={onretake}>{ i18n.t("ui.report.retake") }</button>
            </div>
        </div>
    }
}
