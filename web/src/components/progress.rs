//! The progress bar with counts, announced politely to screen readers.

use crate::i18n::use_i18n;
use naitei_core::session::Progress;
use yew::prelude::*;

/// Props: the counts and the current section's title.
#[derive(Properties, PartialEq, Clone)]
pub struct ProgressBarProps {
    /// Counts.
    pub progress: Progress,
    /// Title of the current section.
    pub section: String,
}

/// "Question 5 of 60 · 4 answered, 1 skipped" above a native progress bar.
#[function_component(ProgressBar)]
pub fn progress_bar(props: &ProgressBarProps) -> Html {
    let i18n = use_i18n();
    let p = props.progress;
    let label = i18n.fill(
        "ui.progress.label",
        &[
            ("n", (p.position + 1).to_string()),
            ("total", p.total.to_string()),
            ("answered", p.answered.to_string()),
            ("skipped", p.skipped.to_string()),
        ],
    );
    html! {
        <div class="naitei-progress">
            <p class="naitei-section-name">{ &props.section }</p>
            <label for="naitei-progress-bar" class="naitei-progress-label">{ crate::components::units::units(&label) }</label>
            <progress id="naitei-progress-bar" max={p.total.max(1).to_string()} value={(p.answered + p.skipped).to_string()}></progress>
        </div>
    }
}
