//! Someone else's results, opened from a link: read-only, with a way to import
//! them. The candidate's own saved progress is untouched unless they import.

use crate::components::report_body::ReportBody;
use crate::hooks::use_evaluation::today;
use crate::i18n::use_i18n;
use crate::state::State;
use naitei_core::session::Action;
use naitei_core::share::Shared;
use naitei_core::{evaluate, Config};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the state, the link's contents and how to close it.
#[derive(Properties, PartialEq, Clone)]
pub struct SharedViewProps {
    /// App state (for importing).
    pub state: UseReducerHandle<State>,
    /// What the link holds.
    pub link: Rc<Shared>,
    /// Closes the shared view.
    pub onclose: Callback<()>,
}

/// The read-only view.
#[function_component(SharedView)]
pub fn shared_view(props: &SharedViewProps) -> Html {
    let i18n = use_i18n();
    let bank = props.state.bank.clone();
    let report = use_memo(Rc::as_ptr(&props.link) as usize, {
        let (link, bank, coaches) = (props.link.clone(), bank.clone(), props.state.coaches.clone());
        move |_| evaluate(&bank, &link.profile, &link.answers, &Config::with(today(), &*coaches)).report
    });
    let onimport = {
        let (state, link, onclose, question) =
            (props.state.clone(), props.link.clone(), props.onclose.clone(), i18n.t("ui.importing.confirm"));
        Callback::from(move |_: MouseEvent| {
            let has_progress = !state.session.answers.0.is_empty();
            let ok = !has_progress
                || web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false);
            if ok {
                state.dispatch(Action::Import(link.profile.clone(), link.answers.clone(), BTreeSet::new()));
                onclose.emit(());
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
            if report.overall.is_some() {
                <ReportBody report={Rc::new((*report).clone())} bank={bank} />
            } else {
                <p>{ i18n.t("ui.report.no_score") }</p>
            }
        </div>
    }
}
