//! Messages about saved progress and the host's content pack: what happened,
//! that nothing was lost, and what the candidate can do. Each notice has its
//! own place, so a later one (a refused save) never hides an earlier one (the
//! download of data that could not be read).

use crate::i18n::use_i18n;
use crate::storage::{self, NoticeEvent, Notices as StorageNotices};
use naitei_core::export::storage::NotSaved;
use std::rc::Rc;
use yew::prelude::*;

/// Problems listed in the widget for the site's developers; the console has them all.
const PACK_PROBLEMS_SHOWN: usize = 10;

/// Props: the current notices and pack problems.
#[derive(Properties, PartialEq, Clone)]
pub struct NoticesProps {
    /// Notices about saved progress.
    pub storage: StorageNotices,
    /// Problems in the host's content pack.
    pub pack_problems: Rc<Vec<String>>,
    /// Dismisses a storage notice.
    pub ondismiss: Callback<NoticeEvent>,
    /// The candidate downloaded data held in place: saving may go on over it.
    #[prop_or_default]
    pub onrelease: Callback<()>,
    /// Downloads the saved progress as it is now (it imports back).
    #[prop_or_default]
    pub ondownloadprogress: Callback<()>,
    /// The chosen language's texts could not be loaded (another language is shown).
    #[prop_or_default]
    pub text_failed: bool,
    /// The questions have no texts in the chosen language (another language is shown).
    #[prop_or_default]
    pub texts_missing: bool,
    /// The rest of the texts (feedback, report, plan) could not be loaded.
    #[prop_or_default]
    pub rest_failed: bool,
    /// Text key of why a results link in the address could not be opened.
    #[prop_or_default]
    pub link_error: Option<String>,
    /// Dismisses the link error (and removes the link from the address).
    #[prop_or_default]
    pub onlinkdismiss: Callback<()>,
    /// The light module stopped saving because another tab or widget saved, and the full module
    /// that would merge the two could not be fetched (it is tried again).
    #[prop_or_default]
    pub unsaved_elsewhere: bool,
}

/// Notices above the current screen.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let i18n = use_i18n();
    let unusable = props.storage.unusable.iter().enumerate().map(|(n, found)| {
        let u = &found.unusable;
        let what = i18n.t(if u.error.code() == "newer" { "ui.notice.newer" } else { "ui.notice.corrupt" });
        let where_ = i18n.t(match (&u.backup, found.downloaded) {
            (Some(_), _) => "ui.notice.backup_kept",
            (None, false) => "ui.notice.backup_held",
            (None, true) => "ui.notice.backup_downloaded",
        });
        let held = u.backup.is_none() && !found.downloaded;
        let ondownload = {
            let (raw, onrelease) = (u.raw.clone(), props.onrelease.clone());
            Callback::from(move |_: MouseEvent| {
                storage::download("naitei-backup.json", "application/json", &raw);
                if held {
                    onrelease.emit(());
                }
            })
        };
        let ondismiss = props.ondismiss.reform(move |_: MouseEvent| NoticeEvent::DismissUnusable(n));
        html! {
            <div class="naitei-notice naitei-unusable" role="alert" data-held={held.to_string()}>
                <p>{ what }{ if i18n.lang == naitei_core::Lang::Ja { "" } else { " " } }{ where_ }</p>
                <button type="button" class="naitei-button" onclick={ondownload}>{ i18n.t("ui.notice.download_backup") }</button>
                if !held {
                    <button type="button" class="naitei-button naitei-quiet" onclick={ondismiss}>{ i18n.t("ui.notice.dismiss") }</button>
                }
            </div>
        }
    });
    let not_saved = props.storage.not_saved.as_ref().and_then(|n| match n {
        NotSaved::Refused(_) => Some(html! {
            <div class="naitei-notice naitei-not-saved" role="alert"><p>{ i18n.t("ui.notice.not_saved") }</p></div>
        }),
        // The notice above already says why and offers the download.
        NotSaved::Held => None,
        // Normally the hand-over comes at once; only when the full module could not be fetched
        // are the latest answers at risk, and the candidate can keep a copy.
        NotSaved::Unread => props.unsaved_elsewhere.then(|| {
            let ondownload = props.ondownloadprogress.reform(|_: MouseEvent| ());
            html! {
                <div class="naitei-notice naitei-unsaved-elsewhere" role="alert">
                    <p>{ i18n.t("ui.notice.unsaved_elsewhere") }</p>
                    <button type="button" class="naitei-button" onclick={ondownload}>{ i18n.t("ui.notice.download_answers") }</button>
                </div>
            }
        }),
    });
    let elsewhere = (props.storage.elsewhere > 0).then(|| {
        let ondownload = props.ondownloadprogress.reform(|_: MouseEvent| ());
        let ondismiss = props.ondismiss.reform(|_: MouseEvent| NoticeEvent::DismissElsewhere);
        html! {
            <div class="naitei-notice naitei-elsewhere" role="status">
                <p>{ i18n.fill("ui.notice.elsewhere", &[("n", props.storage.elsewhere.to_string())]) }</p>
                <button type="button" class="naitei-button" onclick={ondownload}>{ i18n.t("ui.notice.download_progress") }</button>
                <button type="button" class="naitei-button naitei-quiet" onclick={ondismiss}>{ i18n.t("ui.notice.dismiss") }</button>
            </div>
        }
    });
    let pack = (!props.pack_problems.is_empty()).then(|| {
        let n = props.pack_problems.len();
        html! {
            <div class="naitei-notice naitei-pack-problems" role="alert">
                <p>{ i18n.t("ui.notice.pack") }</p>
                <details>
                    <summary>{ i18n.fill("ui.notice.pack_details", &[("n", n.to_string())]) }</summary>
                    <ul>{ for props.pack_problems.iter().take(PACK_PROBLEMS_SHOWN).map(|p| html! { <li lang="en">{ p }</li> }) }</ul>
                    if n > PACK_PROBLEMS_SHOWN {
                        <p>{ i18n.fill("ui.notice.pack_more", &[("n", (n - PACK_PROBLEMS_SHOWN).to_string())]) }</p>
                    }
                </details>
            </div>
        }
    });
    let texts = (props.text_failed || props.texts_missing || props.rest_failed).then(|| {
        let key = if props.text_failed {
            "ui.notice.texts_failed"
        } else if props.rest_failed {
            "ui.notice.rest_failed"
        } else {
            "ui.notice.texts_missing"
        };
        html! {
            <div class="naitei-notice naitei-texts" role="alert"><p>{ i18n.t(key) }</p></div>
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
    html! { <>{ for unusable }{ for not_saved }{ for elsewhere }{ for pack }{ for texts }{ for link }</> }
}
