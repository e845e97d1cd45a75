//! Messages about saved progress and the host's content pack: what happened,
//! that nothing was lost, and what the candidate can do.

use crate::i18n::use_i18n;
use crate::storage::{self, Notice};
use std::rc::Rc;
use yew::prelude::*;

/// Props: the current notice and pack problems.
#[derive(Properties, PartialEq, Clone)]
pub struct NoticesProps {
    /// A storage notice, if any.
    pub notice: Option<Notice>,
    /// Problems in the host's content pack.
    pub pack_problems: Rc<Vec<String>>,
    /// Dismisses the storage notice.
    pub ondismiss: Callback<()>,
    /// The chosen language's texts could not be loaded (another language is shown).
    #[prop_or_default]
    pub text_failed: bool,
    /// Text key of why a results link in the address could not be opened.
    #[prop_or_default]
    pub link_error: Option<String>,
    /// Dismisses the link error (and removes the link from the address).
    #[prop_or_default]
    pub onlinkdismiss: Callback<()>,
}

/// Notices above the current screen.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let i18n = use_i18n();
    let storage_notice = props.notice.as_ref().map(|n| {
        let (text, raw) = match n {
            Notice::Corrupt { raw, .. } => (i18n.t("ui.notice.corrupt"), Some(raw.clone())),
            Notice::Newer { raw, .. } => (i18n.t("ui.notice.newer"), Some(raw.clone())),
            Notice::NotSaved => (i18n.t("ui.notice.not_saved"), None),
        };
        let download = raw.map(|raw| {
            let onclick = Callback::from(move |_| storage::download("naitei-backup.json", "application/json", &raw));
            html! { <button type="button" class="naitei-button" {onclick}>{ i18n.t("ui.notice.download_backup") }</button> }
        });
        let ondismiss = props.ondismiss.reform(|_| ());
        html! {
            <div class="naitei-notice" role="alert">
                <p>{ text }</p>
                { for download }
                <button type="button" class="naitei-button naitei-quiet" onclick={ondismiss}>{ i18n.t("ui.notice.dismiss") }</button>
            </div>
        }
    });
    let pack = (!props.pack_problems.is_empty()).then(|| {
        html! {
            <div class="naitei-notice naitei-pack-problems" role="alert">
                <p>{ i18n.fill("ui.notice.pack", &[("n", props.pack_problems.len().to_string())]) }</p>
                <ul>{ for props.pack_problems.iter().map(|p| html! { <li lang="en">{ p }</li> }) }</ul>
            </div>
        }
    });
    let texts = props.text_failed.then(|| {
        html! {
            <div class="naitei-notice" role="alert"><p>{ i18n.t("ui.notice.texts_failed") }</p></div>
        }
    });
    let link = props.link_error.as_ref().map(|k| {
        let onclick = props.onlinkdismiss.reform(|_: MouseEvent| ());
        html! {
            <div class="naitei-notice naitei-link-error" role="alert">
                <p>{ i18n.t(k) }</p>
                <p>{ i18n.t("ui.shared.own_progress_safe") }</p>
                <button type="button" class="naitei-button naitei-quiet" {onclick}>{ i18n.t("ui.notice.dismiss") }</button>
            </div>
        }
    });
    html! { <>{ for storage_notice }{ for pack }{ for texts }{ for link }</> }
}
