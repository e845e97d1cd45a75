//! Someone else's results, opened from a link: read-only, with a way to import
//! them. The candidate's own saved progress is untouched unless they import.

use crate::components::report_body::ReportBody;
use crate::i18n::use_i18n;
use naitei_core::share::Shared;
use naitei_core::Report;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the link's contents, its report, and what the candidate can do.
#[derive(Properties, PartialEq, Clone)]
pub struct SharedViewProps {
    /// What the link holds.
    pub link: Rc<Shared>,
    /// The report for it.
    pub report: Rc<Report>,
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
    html! {
        <div class="naitei-report naitei-shared">
            <div class="naitei-notice" role="status">
                <p><strong>{ i18n.t("ui.shared.viewing") }</strong></p>
                <p>{ i18n.t("ui.shared.own_progress_safe") }</p>
                if props.link.without_text && !props.link.text_left_out.is_empty() {
                    <p>{ i18n.t("ui.shared.text_left_out") }</p>
                }
                <div class="naitei-actions naitei-no-print">
                    <button type="button" class="naitei-button naitei-primary" onclick={onimport}>{ i18n.t("ui.shared.import") }</button>
                    <button type="button" class="naitei-button" onclick={onclose}>{ i18n.t("ui.shared.close") }</button>
                </div>
            </div>
            <h3>{ i18n.t("ui.shared.heading_report") }</h3>
            if report.answered > 0 {
                <ReportBody {report} />
            } else {
                <p>{ i18n.t("ui.report.no_score") }</p>
            }
        </div>
    }
}
