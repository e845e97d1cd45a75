//! Progress between attempts: each area's change since the previous attempt,
//! the list of attempts kept in this browser, and a way to delete them.

use crate::i18n::use_i18n;
use naitei_core::history::History;
use naitei_core::text::key;
use naitei_core::Area;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the history and how to clear it.
#[derive(Properties, PartialEq, Clone)]
pub struct HistoryViewProps {
    /// Attempts so far, oldest first.
    pub history: Rc<History>,
    /// Deletes every attempt.
    pub onclear: Callback<()>,
}

fn change(v: Option<f32>) -> String {
    match v {
        Some(d) if d.round() > 0.0 => format!("+{}", d.round() as i32),
        Some(d) => format!("{}", d.round() as i32),
        None => "–".into(),
    }
}

/// The comparison and the list.
#[function_component(HistoryView)]
pub fn history_view(props: &HistoryViewProps) -> Html {
    let i18n = use_i18n();
    let h = &props.history;
    if h.attempts.is_empty() {
        return html! {};
    }
    let score = |v: Option<f32>| v.map(|s| i18n.score(s)).unwrap_or_else(|| "–".into());
    let onclear = {
        let (onclear, question) = (props.onclear.clone(), i18n.t("ui.history.confirm_clear"));
        Callback::from(move |_: MouseEvent| {
            let ok = web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false);
            if ok {
                onclear.emit(());
            }
        })
    };
    let comparison = h.compare_latest().map(|c| {
        let previous = &h.attempts[h.attempts.len() - 2];
        let latest = &h.attempts[h.attempts.len() - 1];
        html! {
            <table class="naitei-table naitei-comparison">
                <caption>{ i18n.fill("ui.history.since", &[("date", naitei_core::present::date(&i18n.texts(), c.from))]) }</caption>
                <thead><tr>
                    <th scope="col">{ i18n.t("ui.report.area") }</th>
                    <th scope="col">{ i18n.t("ui.history.before") }</th>
                    <th scope="col">{ i18n.t("ui.history.now") }</th>
                    <th scope="col">{ i18n.t("ui.history.change") }</th>
                </tr></thead>
                <tbody>
                    <tr>
                        <th scope="row">{ i18n.t("ui.history.overall") }</th>
                        <td>{ score(previous.overall) }</td><td>{ score(latest.overall) }</td><td>{ change(c.overall) }</td>
                    </tr>
                    { for Area::ALL.iter().map(|a| html! {
                        <tr>
                            <th scope="row">{ i18n.t(&key::area_name(*a)) }</th>
                            <td>{ score(*previous.areas.get(*a)) }</td>
                            <td>{ score(*latest.areas.get(*a)) }</td>
                            <td>{ change(*c.areas.get(*a)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
    });
    html! {
        <section class="naitei-history" aria-labelledby="naitei-history-title">
            <h4 id="naitei-history-title">{ i18n.t("ui.history.heading") }</h4>
            { comparison.unwrap_or_else(|| html! { <p>{ i18n.t("ui.history.first") }</p> }) }
            <details class="naitei-no-print">
                <summary>{ i18n.fill("ui.history.kept", &[("n", h.attempts.len().to_string())]) }</summary>
                <ol>{ for h.attempts.iter().map(|a| html! {
                    <li>{ naitei_core::present::date(&i18n.texts(), a.date) }{ " · " }{ score(a.overall) }
                        { a.band.as_ref().map(|b| format!(" · {}", i18n.t(&key::band_name(b)))).unwrap_or_default() }</li>
                }) }</ol>
                <button type="button" class="naitei-button naitei-quiet" onclick={onclear}>{ i18n.t("ui.history.clear") }</button>
            </details>
        </section>
    }
}
