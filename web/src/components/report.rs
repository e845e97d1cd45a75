//! The report screen: the report body (its summary leads to the plan), the
//! comparison with earlier attempts, a review of every answer, sharing,
//! exports, and what else the candidate can do.

use crate::coaches::LazyCoaches;
use crate::components::{
    answer_review::AnswerReview, exports::Exports, history_view::HistoryView, report_body::ReportBody,
    share_link::ShareLink,
};
use crate::i18n::use_i18n;
use crate::same::Same;
use naitei_core::export::Imported;
use naitei_core::history::History;
use naitei_core::present::ReviewItem;
use naitei_core::{Answers, Bank, Date, Evaluation, Profile};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the evaluation and everything the screen's parts show, with a
/// callback for each thing the candidate can do.
#[derive(Properties, PartialEq, Clone)]
pub struct ReportProps {
    /// The evaluation.
    pub evaluation: Rc<Evaluation>,
    /// The profile.
    pub profile: Profile,
    /// The answers that count (shared and exported).
    pub answers: Rc<Answers>,
    /// Plan tasks ticked.
    pub done: Rc<BTreeSet<String>>,
    /// The bank.
    pub bank: Same<Bank>,
    /// The coaches, for free-text answers in the review.
    pub coaches: Same<LazyCoaches>,
    /// Earlier attempts.
    pub history: Rc<History>,
    /// Builds the review of every answer (when it is opened).
    pub review: Callback<(), Rc<Vec<ReviewItem>>>,
    /// Whether the review starts open (test mode).
    pub review_open: bool,
    /// Items of the full check not answered yet, when this was the quick check.
    #[prop_or_default]
    pub rest: Option<usize>,
    /// Today, and seconds since 1970 (for exports).
    pub today: Date,
    /// Seconds since 1970.
    pub now: i64,
    /// Shows the plan.
    pub onplan: Callback<()>,
    /// Answers again from the start.
    pub onretake: Callback<()>,
    /// Back to the profile form.
    pub onprofile: Callback<()>,
    /// Back to the question at this position.
    pub onjump: Callback<usize>,
    /// Goes on with the full check.
    pub onfull: Callback<()>,
    /// Deletes the history.
    pub onclearhistory: Callback<()>,
    /// Replaces the answers with an imported file's.
    pub onimport: Callback<Imported>,
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
    let click = |c: &Callback<()>| c.reform(|_: MouseEvent| ());
    let onprint = Callback::from(|_: MouseEvent| print());
    let report = use_memo(props.evaluation.clone(), |e| Rc::new(e.report.clone()));
    if r.answered == 0 {
        let onquestions = props.onjump.reform(|_: MouseEvent| 0);
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
    let more: Vec<(AttrValue, String)> = vec![
        ("naitei-review-title".into(), i18n.t("ui.report.review")),
        ("naitei-share-title".into(), i18n.t("ui.shared.heading")),
        ("naitei-exports-title".into(), i18n.t("ui.importing.heading")),
    ];
    html! {
        <div class="naitei-report">
            <h3>{ i18n.t("ui.report.heading") }</h3>
            <ReportBody report={(*report).clone()} onplan={props.onplan.clone()} {more} />
            <HistoryView history={props.history.clone()} onclear={props.onclearhistory.clone()} />
            <AnswerReview items={props.review.clone()} open={props.review_open} coaches={props.coaches.clone()}
                stage={props.profile.next_stage} onjump={props.onjump.clone()} />
            <ShareLink profile={props.profile.clone()} answers={props.answers.clone()} bank={props.bank.clone()} />
            <Exports evaluation={props.evaluation.clone()} profile={props.profile.clone()} answers={props.answers.clone()}
                done={props.done.clone()} bank={props.bank.clone()} today={props.today} now={props.now}
                has_progress={!props.answers.0.is_empty()} onimport={props.onimport.clone()} />
            <div class="naitei-actions naitei-no-print">
                if let Some(n) = props.rest.filter(|n| *n > 0) {
                    <button type="button" class="naitei-button naitei-continue-full" onclick={click(&props.onfull)}>
                        { i18n.fill("ui.report.continue_full", &[("n", n.to_string())]) }
                    </button>
                }
                <button type="button" class="naitei-button" onclick={onprint}>{ i18n.t("ui.report.print") }</button>
                <button type="button" class="naitei-button" onclick={click(&props.onprofile)}>{ i18n.t("ui.report.edit_profile") }</button>
                <button type="button" class="naitei-button" onclick={click(&props.onretake)}>{ i18n.t("ui.report.retake") }</button>
            </div>
        </div>
    }
}
