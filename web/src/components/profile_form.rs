//! The profile form: the candidate's situation, which changes weights, which
//! items apply and how the plan is scheduled.

use crate::i18n::{use_i18n, I18n};
use crate::state::State;
use naitei_core::session::{Action, Mode};
use naitei_core::{CompanyKind, Date, Format, Industry, JapaneseLevel, Profile, Region, Stage};
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props: the app state.
#[derive(Properties, PartialEq, Clone)]
pub struct ProfileFormProps {
    /// App state.
    pub state: UseReducerHandle<State>,
}

fn id_of<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn parse<T: DeserializeOwned>(s: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
}

fn value_of(e: &Event) -> String {
    let target = e.target();
    if let Some(i) = target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>()) {
        return i.value();
    }
    target.and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default()
}

/// A labelled select over an enum's values; texts are `ui.profile.<field>.<value>`.
fn select<T: Serialize + DeserializeOwned + PartialEq + Copy + 'static>(
    i18n: &I18n,
    field: &'static str,
    values: &[T],
    current: T,
    onchange: Callback<T>,
) -> Html {
    let id = format!("naitei-{field}");
    let onchange = Callback::from(move |e: Event| {
        if let Some(v) = parse::<T>(&value_of(&e)) {
            onchange.emit(v);
        }
    });
    html! {
        <div class="naitei-field">
            <label for={id.clone()}>{ i18n.t(&format!("ui.profile.{field}.label")) }</label>
            <select {id} {onchange}>
                { for values.iter().map(|v| {
                    let key = id_of(v);
                    html! { <option value={key.clone()} selected={*v == current}>{ i18n.t(&format!("ui.profile.{field}.{key}")) }</option> }
                }) }
            </select>
        </div>
    }
}

/// A radio group over an enum's values.
fn radios<T: Serialize + PartialEq + Copy + 'static>(
    i18n: &I18n,
    field: &'static str,
    values: &[T],
    current: T,
    onchange: Callback<T>,
) -> Html {
    html! {
        <fieldset class="naitei-field naitei-radios">
            <legend>{ i18n.t(&format!("ui.profile.{field}.label")) }</legend>
            { for values.iter().map(|v| {
                let key = id_of(v);
                let id = format!("naitei-{field}-{key}");
                let v = *v;
                let onchange = onchange.reform(move |_: Event| v);
                html! {
                    <div class="naitei-radio">
                        <input type="radio" id={id.clone()} name={format!("naitei-{field}")} value={key.clone()} checked={v == current} {onchange} />
                        <label for={id}>{ i18n.t(&format!("ui.profile.{field}.{key}")) }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// A callback that applies `set` to a copy of the profile and dispatches it.
fn updater<T: 'static>(
    state: &UseReducerHandle<State>,
    p: &Profile,
    set: impl Fn(&mut Profile, T) + 'static,
) -> Callback<T> {
    let (state, p) = (state.clone(), p.clone());
    Callback::from(move |v: T| {
        let mut next = p.clone();
        set(&mut next, v);
        state.dispatch(Action::SetProfile(next));
    })
}

/// The profile form.
#[function_component(ProfileForm)]
pub fn profile_form(props: &ProfileFormProps) -> Html {
    let i18n = use_i18n();
    let state = &props.state;
    let p = state.session.profile.clone();
    let on_date = updater(state, &p, |p, v: String| p.interview_date = v.parse::<Date>().ok());
    let on_years =
        updater(state, &p, |p, v: String| p.years_experience = v.parse::<u8>().unwrap_or(p.years_experience).min(60));
    let on_minutes =
        updater(state, &p, |p, v: String| p.daily_minutes = v.parse::<u16>().unwrap_or(p.daily_minutes).clamp(10, 480));
    let input = |cb: Callback<String>| Callback::from(move |e: Event| cb.emit(value_of(&e)));
    let mode = state.session.mode;
    let on_mode = {
        let state = state.clone();
        Callback::from(move |m: Mode| state.dispatch(Action::SetMode(m)))
    };
    let onsubmit = {
        let state = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::BeginQuestions);
        })
    };
    let onback = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowReport))
    };
    let date = p.interview_date.map(|d| d.to_string()).unwrap_or_default();
    html! {
        <form class="naitei-profile" {onsubmit}>
            <h3>{ i18n.t("ui.profile.heading") }</h3>
            <p>{ i18n.t("ui.profile.lead") }</p>
            { select(&i18n, "company", &CompanyKind::ALL, p.company, updater(state, &p, |p, v: CompanyKind| p.company = v)) }
            { select(&i18n, "industry", &Industry::ALL, p.industry, updater(state, &p, |p, v: Industry| p.industry = v)) }
            { select(&i18n, "region", &Region::ALL, p.region, updater(state, &p, |p, v: Region| p.region = v)) }
            { radios(&i18n, "format", &Format::ALL, p.format, updater(state, &p, |p, v: Format| p.format = v)) }
            { select(&i18n, "next_stage", &Stage::ALL, p.next_stage, updater(state, &p, |p, v: Stage| p.next_stage = v)) }
            <div class="naitei-field">
                <label for="naitei-date">{ i18n.t("ui.profile.date") }</label>
                <input type="date" id="naitei-date" value={date} onchange={input(on_date)} aria-describedby="naitei-date-help" />
                <p id="naitei-date-help" class="naitei-help">{ i18n.t("ui.profile.date_help") }</p>
            </div>
            { select(&i18n, "japanese", &JapaneseLevel::ALL, p.japanese, updater(state, &p, |p, v: JapaneseLevel| p.japanese = v)) }
            <div class="naitei-field">
                <label for="naitei-years">{ i18n.t("ui.profile.years") }</label>
                <input type="number" id="naitei-years" min="0" max="60" value={p.years_experience.to_string()} onchange={input(on_years)} />
            </div>
            <div class="naitei-field">
                <label for="naitei-minutes">{ i18n.t("ui.profile.minutes") }</label>
                <input type="number" id="naitei-minutes" min="10" max="480" step="5" value={p.daily_minutes.to_string()} onchange={input(on_minutes)} />
            </div>
            { radios(&i18n, "mode", &[Mode::Learning, Mode::Test], mode, on_mode) }
            <div class="naitei-actions">
                <button type="submit" class="naitei-button naitei-primary">{ i18n.t("ui.profile.begin") }</button>
                if state.session.finished {
                    <button type="button" class="naitei-button" onclick={onback}>{ i18n.t("ui.profile.back_to_report") }</button>
                }
            </div>
        </form>
    }
}
