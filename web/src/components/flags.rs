//! Cultural-fit flags, most serious first, each with its explanation and the
//! modules that help (the report's section gives the heading).

use crate::i18n::use_i18n;
use naitei_core::text::key;
use naitei_core::{Report, Severity};
use yew::prelude::*;

/// Props: the report.
#[derive(Properties, PartialEq, Clone)]
pub struct FlagsProps {
    /// The report.
    pub report: Report,
}

/// The flags by severity.
#[function_component(Flags)]
pub fn flags(props: &FlagsProps) -> Html {
    let i18n = use_i18n();
    let flags = &props.report.flags;
    html! {
        <>
            if flags.is_empty() {
                <p>{ i18n.t("ui.report.no_flags") }</p>
            }
            { for Severity::MOST_SERIOUS_FIRST.iter().filter(|s| flags.iter().any(|f| f.severity == **s)).map(|s| html! {
                <>
                    <h5 class={classes!("naitei-severity", format!("naitei-{}", s.id()))}>{ i18n.t(&key::severity_name(*s)) }</h5>
                    <ul class="naitei-flag-list">{ for flags.iter().filter(|f| f.severity == *s).map(|f| html! {
                        <li class={classes!("naitei-flag", format!("naitei-{}", s.id()))} data-check={f.check.clone()}>
                            <strong>{ i18n.t(&key::check_title(&f.check)) }</strong>
                            <p>{ i18n.t(&key::check_explain(&f.check)) }</p>
                            if let Some(reason) = i18n.find(&key::check_reason(&f.check)) {
                                <p class="naitei-help"><strong>{ i18n.t(&key::severity_why(f.severity)) }{ ": " }</strong>{ reason }</p>
                            }
                            if !f.modules.is_empty() {
                                <p class="naitei-help">
                                    { i18n.t("ui.report.study") }{ " " }
                                    { f.modules.iter().map(|m| i18n.t(&key::module_title(m))).collect::<Vec<_>>().join(" · ") }
                                </p>
                            }
                        </li>
                    }) }</ul>
                </>
            }) }
        </>
    }
}
