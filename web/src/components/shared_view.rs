//! Someone else's results, opened from a link: read-only. A mentor reads the
//! report and, when the link includes them, the written answers with what the
//! coaches found in each. The main way on is to take the check oneself;
//! importing the answers as one's own is offered second. The candidate's own
//! saved progress is untouched unless they import.

use crate::coaches::LazyCoaches;
use crate::components::coach_panel::CoachPanel;
use crate::components::report_body::ReportBody;
use crate::components::sections::Section;
use crate::i18n::use_i18n;
use crate::same::Same;
use naitei_core::present::{ReviewAnswer, ReviewItem};
use naitei_core::share::Shared;
use naitei_core::{Report, Stage};
use std::rc::Rc;
use yew::prelude::*;

/// Props: the link's contents, its report, and what the candidate can do.
#[derive(Properties, PartialEq, Clone)]
pub struct SharedViewProps {
    /// What the link holds.
    pub link: Rc<Shared>,
    /// The report for it.
    pub report: Rc<Report>,
    /// The written answers in the link, with their questions.
    #[prop_or_default]
    pub written: Rc<Vec<ReviewItem>>,
    /// The coaches, to read the written answers.
    pub coaches: Same<LazyCoaches>,
    /// The sender's next stage.
    pub stage: Stage,
    /// Whether the candidate has answers of their own an import would replace.
    pub has_progress: bool,
    /// Replaces the candidate's answers with the link's (after they agreed).
    pub onimport: Callback<()>,
    /// Closes the shared view.
    pub onclose: Callback<()>,
}

/// The read-only view.
#[function_component(SharedView)]
pub fn shared_view(props: &SharedViewProps) -> Html {
    let i18n = use_i18n();
    let report = props.report.clone();
    let onimport = {
        let (has_progress, done, question) =
            (props.has_progress, props.onimport.clone(), i18n.t("ui.importing.confirm"));
        Callback::from(move |_: MouseEvent| {
            let ok = !has_progress
                || web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false);
            if ok {
                done.emit(());
            }
        })
    };
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    let own = if props.has_progress { i18n.t("ui.shared.close") } else { i18n.t("ui.shared.take_check") };
    let written_title = i18n.t("ui.shared.written");
    let more: Vec<(AttrValue, String)> =
        if props.written.is_empty() { Vec::new() } else { vec![("naitei-sec-written".into(), written_title.clone())] };
    html! {
        <div class="naitei-report naitei-shared">
            <div class="naitei-notice" role="status">
                <p><strong>{ i18n.t("ui.shared.viewing") }</strong></p>
                <p>{ i18n.t("ui.shared.own_progress_safe") }</p>
                if props.link.without_text && !props.link.text_left_out.is_empty() {
                    <p>{ i18n.t("ui.shared.text_left_out") }</p>
                }
                <div class="naitei-actions naitei-no-print">
                    <button type="button" class="naitei-button naitei-primary naitei-own-check" onclick={onclose}>{ own }</button>
                    <button type="button" class="naitei-button naitei-import" onclick={onimport}>{ i18n.t("ui.shared.import") }</button>
                </div>
            </div>
            <h3>{ i18n.t("ui.shared.heading_report") }</h3>
            if report.answered > 0 {
                <ReportBody {report} {more} />
            } else {
                <p>{ i18n.t("ui.report.no_score") }</p>
            }
            if !props.written.is_empty() {
                <Section id="naitei-sec-written" class="naitei-written" title={written_title}>
                    <p class="naitei-help">{ i18n.t("ui.shared.written_intro") }</p>
                    <ol class="naitei-written-list">{ for props.written.iter().map(|r| html! {
                        <li data-item={r.item.clone()}>
                            <p class="naitei-review-prompt">{ &r.prompt }</p>
                            if let ReviewAnswer::Text(text, analyser) = &r.answer {
                                <blockquote>{ text.clone() }</blockquote>
                                <CoachPanel coaches={props.coaches.clone()} analyser={*analyser} stage={props.stage} text={AttrValue::from(text.clone())} />
                            }
                        </li>
                    }) }</ol>
                </Section>
            }
        </div>
    }
}
