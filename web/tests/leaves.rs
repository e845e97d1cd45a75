//! Leaf components with plain data, as yew's own component tests do: each test
//! renders one component with values and callbacks into a fresh element, acts
//! on the DOM and checks what a candidate would see or what the callback got.
//! Run with `wasm-pack test --headless --chrome web`.

use naitei_core::plan::{PlanDay, Task};
use naitei_core::present::{FeedbackView, OptionView, Verdict};
use naitei_core::{Lang, Texts};
use naitei_web::components::{choice::Choice, feedback::Feedback, plan_day::PlanDayView};
use naitei_web::i18n::I18n;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HostProps {
    body: Html,
}

/// Provides the English texts, as the app does, around one component.
#[function_component(Host)]
fn host(props: &HostProps) -> Html {
    let i18n = I18n::new(Lang::En, Rc::new(naitei_content::texts(Lang::En)));
    html! { <ContextProvider<I18n> context={i18n}>{ props.body.clone() }</ContextProvider<I18n>> }
}

async fn render(body: Html) -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    yew::Renderer::<Host>::with_root_and_props(el.clone(), HostProps { body }).render();
    gloo::timers::future::sleep(Duration::from_millis(20)).await;
    el
}

fn texts() -> Texts {
    naitei_content::texts(Lang::En)
}

/// A callback that records what it gets.
fn recorder<T: Clone + 'static>() -> (Callback<T>, Rc<RefCell<Vec<T>>>) {
    let got = Rc::new(RefCell::new(Vec::new()));
    let sink = got.clone();
    (Callback::from(move |v: T| sink.borrow_mut().push(v)), got)
}

fn option(id: &str, label: &str) -> OptionView {
    OptionView { id: id.into(), label: label.into(), exclusive: false }
}

#[wasm_bindgen_test]
async fn a_choice_shows_its_options_and_reports_the_one_picked() {
    let (onchoose, got) = recorder::<String>();
    let options = Rc::new(vec![option("early", "Ten minutes early"), option("late", "On the minute")]);
    let el =
        render(html! { <Choice item="arrival" {options} chosen={Some(AttrValue::from("early"))} {onchoose} /> }).await;
    assert!(el.text_content().unwrap().contains("Ten minutes early"));
    let early = el.query_selector("#naitei-arrival-early").unwrap().unwrap();
    assert!(early.unchecked_ref::<web_sys::HtmlInputElement>().checked(), "the saved choice is shown");
    el.query_selector("#naitei-arrival-late").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    assert_eq!(*got.borrow(), ["late"]);
}

#[wasm_bindgen_test]
async fn feedback_on_a_checklist_names_the_good_habits_not_ticked() {
    let view = FeedbackView {
        verdict: Some(Verdict::Partial),
        lines: vec![("Asked a friend".into(), "A start.".into())],
        missed: vec![("Recorded myself".into(), "Seeing yourself shows what to change.".into())],
        waiting: false,
    };
    let (onreveal, _) = recorder::<()>();
    let el = render(html! { <Feedback {view} {onreveal} /> }).await;
    let text = el.text_content().unwrap();
    assert!(text.contains(texts().get("ui.feedback.partial")), "{text}");
    assert!(text.contains(texts().get("ui.feedback.missed")) && text.contains("Recorded myself"), "{text}");
}

#[wasm_bindgen_test]
async fn a_checklist_waits_for_the_candidate_to_ask_for_feedback() {
    let view = FeedbackView { verdict: None, lines: vec![], missed: vec![], waiting: true };
    let (onreveal, got) = recorder::<()>();
    let el = render(html! { <Feedback {view} {onreveal} /> }).await;
    el.query_selector(".naitei-reveal").unwrap().expect("a button to ask").unchecked_into::<HtmlElement>().click();
    assert_eq!(got.borrow().len(), 1);
}

#[wasm_bindgen_test]
async fn a_plan_day_ticks_a_step_by_its_key() {
    let day = PlanDay {
        date: "2026-11-23".parse().unwrap(),
        offset: -3,
        minutes: 20,
        tasks: vec![Task::Module {
            module: "punctuality".into(),
            part: 1,
            parts: 1,
            minutes: 20,
            steps: vec!["route".into()],
            partial: false,
            piece: None,
            again: None,
        }],
    };
    let (ontoggle, got) = recorder::<String>();
    let done = Rc::new(BTreeSet::new());
    let el = render(html! { <PlanDayView {day} when="3 days before" {done} {ontoggle} /> }).await;
    assert!(el.text_content().unwrap().contains("Mon 23 Nov 2026"), "the one date formatter");
    el.query_selector("input[type=checkbox]").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    assert_eq!(*got.borrow(), ["punctuality/route"]);
}

#[wasm_bindgen_test]
async fn a_review_that_comes_back_points_to_its_first_day_and_ticks_on_its_own() {
    let day = PlanDay {
        date: "2026-11-27".parse().unwrap(),
        offset: -7,
        minutes: 25,
        tasks: vec![Task::Module {
            module: "final_review".into(),
            part: 2,
            parts: 3,
            minutes: 25,
            steps: vec!["stories".into(), "questions".into(), "logistics".into()],
            partial: false,
            piece: None,
            again: Some("2026-11-22".parse().unwrap()),
        }],
    };
    let (ontoggle, got) = recorder::<String>();
    let done = Rc::new(BTreeSet::new());
    let el = render(html! { <PlanDayView {day} when="7 days before" {done} {ontoggle} /> }).await;
    let text = el.text_content().unwrap();
    assert!(text.contains("again, 2 of 3"), "a return, not a part: {text}");
    assert!(text.contains("as on Sun 22 Nov 2026"), "points to the first sitting: {text}");
    assert!(!text.contains("STAR"), "the steps are not printed again: {text}");
    let boxes = el.query_selector_all("input[type=checkbox]").unwrap();
    assert_eq!(boxes.length(), 1, "one tick for the whole return");
    boxes.get(0).unwrap().unchecked_into::<HtmlElement>().click();
    assert_eq!(
        *got.borrow(),
        ["final_review/again/2"],
        "its own key: ticking it leaves the first sitting's steps alone"
    );
}

#[wasm_bindgen_test]
async fn the_report_screen_and_the_markdown_say_the_same_for_one_evaluation() {
    use naitei_core::bank::ItemKind;
    use naitei_core::{evaluate, export, present, Answer, Answers, Config, Profile};
    use naitei_web::components::report_body::ReportBody;
    let content = naitei_content::content();
    let profile = Profile::default();
    let mut answers = Answers::default();
    for item in content.bank.items.iter().filter(|i| i.when.matches(&profile)) {
        let o = item.kind.options();
        let answer = match &item.kind {
            ItemKind::Single(_) => Answer::Choice(o[0].id.clone()),
            ItemKind::Multi(_) => Answer::Choices(vec![o[0].id.clone()]),
            ItemKind::Likert { .. } => Answer::Rating(2),
            ItemKind::BestWorst(_) => Answer::BestWorst { best: o[0].id.clone(), worst: o[o.len() - 1].id.clone() },
            ItemKind::Text { .. } => continue,
        };
        answers.0.insert(item.id.clone(), answer);
    }
    let e = evaluate(&content.bank, &profile, &answers, &Config::new("2026-11-21".parse().unwrap()));
    let texts = &content.texts[&Lang::En];
    let markdown = export::to_markdown(&e, &profile, texts, &BTreeSet::new()).replace('\\', "");
    let report = Rc::new(e.report.clone());
    let el = render(html! { <ReportBody {report} /> }).await;
    let screen = el.text_content().unwrap();
    let r = &e.report;
    let mut said = vec![present::score(r.overall.expect("scored"))];
    said.push(texts.get(&naitei_core::text::key::band_name(r.band.as_deref().unwrap())).to_owned());
    for a in &r.areas {
        said.push(a.score.map(present::score).unwrap_or_else(|| present::missing(texts, &[], 0)));
    }
    if !r.limited_by.is_empty() {
        let before = r.stages.iter().find(|s| s.stage == r.next_stage).and_then(|s| s.before_limits).unwrap();
        said.push(present::limited_by(texts, before, r.overall.unwrap(), &r.limited_by));
    }
    for p in &r.risks {
        said.push(present::point_title(texts, p));
        said.extend(present::next_action(texts, p));
    }
    for s in &said {
        assert!(screen.contains(s.as_str()), "the screen lacks {s:?}");
        assert!(markdown.contains(s.as_str()), "the Markdown lacks {s:?}");
    }
}
