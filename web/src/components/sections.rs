//! Foldable sections of a long screen and the list that jumps to them. A
//! section is a `<details>` whose summary is its heading; a jump opens the
//! section, scrolls it to the top and focuses its heading. Links to `#id` would
//! not reach inside the widget's shadow root, so the jumps are buttons.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props: the section's id, heading, whether it starts open, its content.
#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    /// Element id, the target of a jump.
    pub id: AttrValue,
    /// The heading.
    pub title: AttrValue,
    /// Extra classes (print rules and tests find sections by them).
    #[prop_or_default]
    pub class: Classes,
    /// Whether it starts open.
    #[prop_or(true)]
    pub open: bool,
    /// The content.
    #[prop_or_default]
    pub children: Html,
}

/// A foldable section.
#[function_component(Section)]
pub fn section(props: &SectionProps) -> Html {
    let title_id = format!("{}-title", props.id);
    html! {
        <section class={classes!("naitei-section", props.class.clone())} aria-labelledby={title_id.clone()}>
            <details id={props.id.clone()} open={props.open}>
                <summary><h4 id={title_id}>{ props.title.clone() }</h4></summary>
                <div class="naitei-section-body">{ props.children.clone() }</div>
            </details>
        </section>
    }
}

/// Props: where each jump goes, and the list's label.
#[derive(Properties, PartialEq, Clone)]
pub struct JumpNavProps {
    /// The list's accessible name.
    pub label: AttrValue,
    /// Section ids with their names, in page order.
    pub targets: Vec<(AttrValue, String)>,
}

/// Opens the section `id` in the same widget (the `<details>` it is or lies
/// in), brings it to the top and focuses its summary or heading.
fn jump(from: &web_sys::Element, id: &str) {
    let widget = from.closest(".naitei").ok().flatten();
    let Some(target) = widget.and_then(|w| w.query_selector(&format!("#{id}")).ok().flatten()) else { return };
    if let Some(details) = target.closest("details").ok().flatten() {
        if let Some(d) = details.dyn_ref::<web_sys::HtmlDetailsElement>() {
            d.set_open(true);
        }
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    target.scroll_into_view_with_scroll_into_view_options(&options);
    let focus = if target.tag_name().eq_ignore_ascii_case("details") {
        target.query_selector("summary").ok().flatten()
    } else {
        target.closest("summary").ok().flatten().or_else(|| {
            let _ = target.set_attribute("tabindex", "-1");
            Some(target.clone())
        })
    };
    if let Some(el) = focus.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// The list of sections to jump to.
#[function_component(JumpNav)]
pub fn jump_nav(props: &JumpNavProps) -> Html {
    html! {
        <nav class="naitei-jump naitei-no-print" aria-label={props.label.clone()}>
            <ul>{ for props.targets.iter().map(|(id, name)| {
                let id = id.clone();
                let onclick = Callback::from(move |e: MouseEvent| {
                    if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                        jump(&el, &id);
                    }
                });
                html! { <li><button type="button" class="naitei-link" {onclick}>{ name.clone() }</button></li> }
            }) }</ul>
        </nav>
    }
}
