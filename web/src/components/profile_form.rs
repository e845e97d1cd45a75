//! The profile form: the candidate's situation, which changes weights, which
//! items apply and how the plan is scheduled.

use crate::i18n::{use_i18n, I18n};
use naitei_core::session::Mode;
use naitei_core::{CompanyKind, Date, Format, Industry, JapaneseLevel, Profile, Region, Stage};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props: the profile, the mode, and what to do when they change.
#[derive(Properties, PartialEq, Clone)]
pub struct ProfileFormProps {
    /// The candidate's situation.
    pub profile: Profile,
    /// Learning or test mode.
    pub mode: Mode,
    /// Whether the report was seen (a way back to it is offered).
    #[prop_or_default]
    pub finished: bool,
    /// Called with the changed profile.
    pub onchange: Callback<Profile>,
    /// Called with the mode picked.
    pub onmode: Callback<Mode>,
    /// Goes on to the questions.
    pub onbegin: Callback<()>,
    /// Goes back to the report.
    pub onreport: Callback<()>,
}

/// The values an enum can take in the form, with their ids (core's `ids!`).
trait Field: Copy + PartialEq + 'static {
    fn id(self) -> &'static str;
    fn from_id(id: &str) -> Option<Self>;
}

macro_rules! field {
    ($($t:ty),*) => {$(
        impl Field for $t {
            fn id(self) -> &'static str { <$t>::id(self) }
            fn from_id(id: &str) -> Option<Self> { <$t>::from_id(id) }
        }
    )*};
}
field!(CompanyKind, Industry, Region, Format, Stage, JapaneseLevel, Mode);

fn value_of(e: &Event) -> String {
    let target = e.target();
    if let Some(i) = target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>()) {
        return i.value();
    }
    target.and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default()
}

/// A labelled select over an enum's values; texts are `ui.profile.<field>.<value>`.
fn select<T: Field>(i18n: &I18n, field: &'static str, values: &[T], current: T, onchange: Callback<T>) -> Html {
    let id = format!("naitei-{field}");
    let onchange = Callback::from(move |e: Event| {
        if let Some(v) = T::from_id(&value_of(&e)) {
            onchange.emit(v);
        }
    });
    html! {
        <div class="naitei-field">
            <label for={id.clone()}>{ i18n.t(&format!("ui.profile.{field}.label")) }</label>
            <select {id} {onchange}>
                { for values.iter().map(|v| {
                    let key = v.id();
                    html! { <option value={key} selected={*v == current}>{ i18n.t(&format!("ui.profile.{field}.{key}")) }</option> }
                }) }
            </select>
        </div>
    }
}

/// A radio group over an enum's values.
fn radios<T: Field>(i18n: &I18n, field: &'static str, values: &[T], current: T, onchange: Callback<T>) -> Html {
    html! {
        <fieldset class="naitei-field naitei-radios">
            <legend>{ i18n.t(&format!("ui.profile.{field}.label")) }</legend>
            { for values.iter().map(|v| {
                let key = v.id();
                let id = format!("naitei-{field}-{key}");
                let v = *v;
                let onchange = onchange.reform(move |_: Event| v);
                html! {
                    <div class="naitei-radio">
                        <input type="radio" id={id.clone()} name={format!("naitei-{field}")} value={key} checked={v == current} {onchange} />
                        <label for={id}>{ i18n.t(&format!("ui.profile.{field}.{key}")) }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// A callback that applies `set` to a copy of the profile and passes it on.
fn updater<T: 'static>(
    onchange: &Callback<Profile>,
    p: &Profile,
    set: impl Fn(&mut Profile, T) + 'static,
) -> Callback<T> {
    let (onchange, p) = (onchange.clone(), p.clone());
    Callback::from(move |v: T| {
        let mut next = p.clone();
        set(&mut next, v);
        onchange.emit(next);
    })
}

/// The profile form.
#[function_component(ProfileForm)]
pub fn profile_form(props: &ProfileFormProps) -> Html {
    let i18n = use_i18n();
    let state = &props.onchange;
    let p = props.profile.clone();
    let on_date = updater(state, &p, |p, v: String| p.interview_date = v.parse::<Date>().ok());
    let on_years =
        updater(state, &p, |p, v: String| p.years_experience = v.parse::<u8>().unwrap_or(p.years_experience).min(60));
    let on_minutes =
        updater(state, &p, |p, v: String| p.daily_minutes = v.parse::<u16>().unwrap_or(p.daily_minutes).clamp(10, 480));
    let input = |cb: Callback<String>| Callback::from(move |e: Event| cb.emit(value_of(&e)));
    let (mode, on_mode) = (props.mode, props.onmode.clone());
    let onsubmit = {
        let onbegin = props.onbegin.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            onbegin.emit(());
        })
    };
    let onback = props.onreport.reform(|_: MouseEvent| ());
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
                if props.finished {
                    <button type="button" class="naitei-button" onclick={onback}>{ i18n.t("ui.profile.back_to_report") }</button>
                }
            </div>
        </form>
    }
}
