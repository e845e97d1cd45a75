//! Keeping results: the report as Markdown, answers as a JSON file that imports
//! back, and the study plan as a calendar (.ics); and importing a JSON file.

use crate::i18n::use_i18n;
use crate::same::Same;
use crate::storage::download;
use naitei_core::export::{self, IcsOptions, Imported};
use naitei_core::{Answers, Bank, Date, Evaluation, Profile};
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props: what to export, and what to do with an imported file.
#[derive(Properties, PartialEq, Clone)]
pub struct ExportsProps {
    /// The evaluation.
    pub evaluation: Rc<Evaluation>,
    /// The profile.
    pub profile: Profile,
    /// The answers that count.
    pub answers: Rc<Answers>,
    /// Plan tasks ticked.
    pub done: Rc<BTreeSet<String>>,
    /// The bank (an import is read against it).
    pub bank: Same<Bank>,
    /// Today.
    pub today: Date,
    /// Seconds since 1970, for the calendar's time stamp.
    pub now: i64,
    /// Whether the candidate has answers an import would replace.
    pub has_progress: bool,
    /// Called with an imported file's contents once the candidate agreed.
    pub onimport: Callback<Imported>,
}

/// Download buttons and the import control.
#[function_component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let i18n = use_i18n();
    let status = use_state(String::new);
    let today = props.today;
    let day = today.to_string();
    let evaluation = props.evaluation.clone();
    let onmarkdown = {
        let (p, texts, day) = (props.clone(), i18n.texts(), day.clone());
        Callback::from(move |_: MouseEvent| {
            let md = export::to_markdown(&p.evaluation, &p.profile, &texts, &p.done);
            download(&format!("naitei-report-{day}.md"), "text/markdown", &md);
        })
    };
    let onjson = {
        let (p, day) = (props.clone(), day.clone());
        Callback::from(move |_: MouseEvent| {
            let json = export::to_json(&p.evaluation, &p.profile, &p.answers, &p.done, today);
            download(&format!("naitei-answers-{day}.json"), "application/json", &json);
        })
    };
    let onics = {
        let (evaluation, texts, stamp) = (evaluation.clone(), i18n.texts(), props.now);
        Callback::from(move |_: MouseEvent| {
            let ics = export::to_ics(&evaluation.plan, &texts, &IcsOptions::new(stamp));
            download("naitei-plan.ics", "text/calendar", &ics);
        })
    };
    let onimport = {
        let (bank, has_progress, done) = (props.bank.clone(), props.has_progress, props.onimport.clone());
        let (status, i18n) = (status.clone(), i18n.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let (bank, done, status, i18n) = (bank.clone(), done.clone(), status.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                let Some(text) = text else {
                    status.set(i18n.t("ui.import.error.not_json"));
                    return;
                };
                match export::import_json(&text, &bank) {
                    Err(e) => status.set(i18n.t(&e.text_key())),
                    Ok(imported) => {
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
                            done.emit(imported);
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
