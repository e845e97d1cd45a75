//! Keeping results: the report as Markdown, answers as a JSON file that imports
//! back, and the study plan as a calendar (.ics); and importing a JSON file.

use crate::hooks::use_evaluation::today;
use crate::i18n::use_i18n;
use crate::state::State;
use crate::storage::download;
use naitei_core::export::{self, IcsOptions};
use naitei_core::session::Action;
use naitei_core::Evaluation;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props: the state and the evaluation.
#[derive(Properties, PartialEq, Clone)]
pub struct ExportsProps {
    /// App state.
    pub state: UseReducerHandle<State>,
    /// The evaluation.
    pub evaluation: Rc<Evaluation>,
}

/// Download buttons and the import control.
#[function_component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let i18n = use_i18n();
    let status = use_state(String::new);
    let day = today().to_string();
    let (state, evaluation) = (props.state.clone(), props.evaluation.clone());
    let onmarkdown = {
        let (state, evaluation, texts, day) = (state.clone(), evaluation.clone(), i18n.texts(), day.clone());
        Callback::from(move |_: MouseEvent| {
            let s = &state.session;
            let md = export::to_markdown(&evaluation, &s.profile, &texts, &s.done);
            download(&format!("naitei-report-{day}.md"), "text/markdown", &md);
        })
    };
    let onjson = {
        let (state, evaluation, day) = (state.clone(), evaluation.clone(), day.clone());
        Callback::from(move |_: MouseEvent| {
            let s = &state.session;
            let json = export::to_json(&evaluation, &s.profile, &s.answers_that_count(&state.bank), &s.done, today());
            download(&format!("naitei-answers-{day}.json"), "application/json", &json);
        })
    };
    let onics = {
        let (evaluation, texts) = (evaluation.clone(), i18n.texts());
        Callback::from(move |_: MouseEvent| {
            let stamp = (js_sys::Date::now() / 1000.0) as i64;
            let ics = export::to_ics(&evaluation.plan, &texts, &IcsOptions::new(stamp));
            download("naitei-plan.ics", "text/calendar", &ics);
        })
    };
    let onimport = {
        let (state, status, i18n) = (state.clone(), status.clone(), i18n.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let (state, status, i18n) = (state.clone(), status.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                let Some(text) = text else {
                    status.set(i18n.t("ui.import.error.not_json"));
                    return;
                };
                match export::import_json(&text, &state.bank) {
                    Err(e) => status.set(i18n.t(&e.text_key())),
                    Ok(imported) => {
                        let has_progress = !state.session.answers.0.is_empty();
                        let confirmed = !has_progress
                            || web_sys::window()
                                .and_then(|w| w.confirm_with_message(&i18n.t("ui.importing.confirm")).ok())
                                .unwrap_or(false);
                        if confirmed {
                            status.set(i18n.fill(
                                "ui.importing.done",
                                &[
                                    ("n", imported.answers.0.len().to_string()),
                                    ("ignored", imported.ignored.len().to_string()),
                                ],
                            ));
                            state.dispatch(Action::Import(imported.profile, imported.answers, imported.done));
                        }
                    }
                }
            });
        })
    };
    html! {
        <section class="naitei-exports naitei-no-print" aria-labelledby="naitei-exports-title">
            <h4 id="naitei-exports-title">{ i18n.t("ui.importing.heading") }</h4>
            <div class="naitei-actions">
                <button type="button" class="naitei-button" onclick={onmarkdown}>{ i18n.t("ui.importing.markdown") }</button>
                <button type="button" class="naitei-button" onclick={onjson}>{ i18n.t("ui.importing.json") }</button>
                <button type="button" class="naitei-button" onclick={onics}>{ i18n.t("ui.importing.ics") }</button>
            </div>
            <div class="naitei-field">
                <label for="naitei-import">{ i18n.t("ui.importing.import") }</label>
                <input type="file" id="naitei-import" accept=".json,application/json" onchange={onimport} />
            </div>
            <p class="naitei-help" role="status">{ (*status).clone() }</p>
        </section>
    }
}
