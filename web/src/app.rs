//! The root component: bank, texts (loaded per language), saved session,
//! language, theme, and the screen.

use crate::clock::{BrowserClock, Clock};
use crate::coaches::LazyCoaches;
use crate::components::{
    header::Header, intro::Intro, notices::Notices, profile_form::ProfileForm, questionnaire::Questionnaire,
};
#[cfg(feature = "full")]
use crate::full::{full_screen, use_full};
use crate::hooks::use_lexicons::{LexiconLoader, Lexicons};
use crate::hooks::use_texts::{use_texts, TextLoader, TextSet};
use crate::i18n::I18n;
#[cfg(not(feature = "full"))]
use crate::light::{full_screen, use_full};
use crate::options::Options;
use crate::screens::{FullInputs, FullScreen, WidgetSlot};
use crate::state::{make_callback, State};
use crate::storage::{self, NoticeEvent, Notices as StorageNotices};
use naitei_core::export::storage::{answers_elsewhere, NotSaved, Saved, Store, Synced};
use naitei_core::history::History;
use naitei_core::session::{Action, Screen, Session};
use naitei_core::{Bank, Lang};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of the app.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// Embedding options.
    pub options: Options,
    /// The bank in use (built-in or the host's).
    pub bank: Rc<Bank>,
    /// The free-text coaches.
    pub coaches: Rc<LazyCoaches>,
    /// Texts already available, by language.
    pub texts: Rc<TextSet>,
    /// Fetches the texts of a language that is not available yet (built-in bank only).
    #[prop_or_default]
    pub loader: Option<TextLoader>,
    /// Fetches the coaches' built-in lexicons when `coaches` is still waiting for them.
    #[prop_or_default]
    pub lexicon_loader: Option<LexiconLoader>,
    /// Problems in the host's content pack (the built-in bank is used instead).
    #[prop_or_default]
    pub pack_problems: Rc<Vec<String>>,
    /// Where progress is saved (`localStorage`; memory in tests).
    pub store: Rc<dyn Store>,
    /// The light module's hand-over (`Slot::hand_over`): its progress on screen, taken over instead
    /// of what the store holds, which may be older (the last change not saved yet) or absent
    /// (storage full or blocked), merged with what another writer saved meanwhile.
    #[prop_or_default]
    pub resume: Option<Rc<String>>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.options == other.options
            && Rc::ptr_eq(&self.bank, &other.bank)
            && self.texts == other.texts
            && self.pack_problems == other.pack_problems
            && Rc::ptr_eq(&self.store, &other.store)
            && self.resume == other.resume
    }
}

/// The language to start in: the host's choice, else the saved one, else the
/// first of the browser's languages the widget has (a phone set to Japanese
/// opens in Japanese), else the page's, else English.
fn initial_lang(options: &Options, saved: Option<&Session>) -> Lang {
    options.lang.or_else(|| saved.map(|s| s.lang)).unwrap_or_else(|| {
        let window = web_sys::window();
        let browser: Option<Vec<String>> =
            window.as_ref().map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect());
        let page =
            window.and_then(|w| w.document()).and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang"));
        first_language(&browser.unwrap_or_default(), page.as_deref())
    })
}

/// The first of the browser's languages the widget has, else the page's, else English.
pub fn first_language(browser: &[String], page: Option<&str>) -> Lang {
    browser.iter().find_map(|l| Lang::from_tag(l)).or_else(|| page.and_then(Lang::from_tag)).unwrap_or(Lang::En)
}

/// The widget. A new storage key is a new widget: it shows what was saved
/// under that key (or starts fresh), and never copies the answers on screen
/// into it.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let key = props.options.storage_key.clone();
    html! { <Widget key={key} ..props.clone() /> }
}

/// Moves the view to a new screen the candidate asked for: the widget's top
/// into view and focus to the screen's heading (the questions focus their own).
fn land(root: &NodeRef) {
    let Some(section) = root.cast::<web_sys::HtmlElement>() else { return };
    if section.get_bounding_client_rect().top() < 0.0 {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        section.scroll_into_view_with_scroll_into_view_options(&options);
    }
    // The light module's waiting line stands in for a heading until the full module takes over.
    let heading = section
        .query_selector(
            ".naitei-body h3, .naitei-body > .naitei-loading, .naitei-body > .naitei-handover > .naitei-loading",
        )
        .ok()
        .flatten();
    if let Some(h) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !h.has_attribute("tabindex") {
            let _ = h.set_attribute("tabindex", "-1");
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = h.focus_with_options(&options);
    }
}

/// The widget for one storage key.
#[function_component(Widget)]
fn widget(props: &AppProps) -> Html {
    let options = &props.options;
    // Saved progress is read once, when the widget starts. Unusable data is set aside
    // by the core's Slot (copied before it is removed, or held in place).
    let opened = {
        let (options, store, bank, resume) =
            (options.clone(), props.store.clone(), props.bank.clone(), props.resume.clone());
        use_memo((), move |_| {
            let mut fresh = Session { lang: initial_lang(&options, None), ..Session::default() };
            let p = &mut fresh.profile;
            p.next_stage = options.stage.unwrap_or(p.next_stage);
            p.company = options.company.unwrap_or(p.company);
            p.region = options.region.unwrap_or(p.region);
            let fresh = Saved::new(fresh, History::default());
            let (slot, mut saved, unusable) =
                WidgetSlot::open(&*store, &storage::key(&options.storage_key), fresh, storage::now());
            #[cfg(feature = "full")]
            let (slot, handed) = {
                let mut slot = slot;
                let given = resume.is_some();
                let handed = resume.and_then(|json| slot.take_over(&*store, &json, storage::now()));
                if given && handed.is_none() {
                    gloo::console::warn!(
                        "naitei: the hand-over's progress was not readable; the saved progress is opened instead"
                    );
                }
                (slot, handed)
            };
            // The light module hands over; it is never handed anything.
            #[cfg(not(feature = "full"))]
            let handed: Option<Saved> = resume.and(None);
            if let Some(handed) = handed {
                // A hand-over: what the light widget had on screen, its language included.
                saved = handed;
            } else if slot.has_data() {
                saved.session.lang = initial_lang(&options, Some(&saved.session));
            }
            // A position saved past the end (another bank, another profile) goes on where it can.
            saved.session = saved.session.resumed(&bank);
            (Rc::new(RefCell::new(slot)), saved, unusable)
        })
    };
    let slot = opened.0.clone();
    let notices = {
        let (opened, bank) = (opened.clone(), props.bank.clone());
        use_reducer(move || StorageNotices {
            unusable: Vec::new(),
            not_saved: None,
            elsewhere: answers_elsewhere(&opened.1.session, &bank),
        })
    };
    {
        let (notices, opened) = (notices.clone(), opened.clone());
        use_effect_with((), move |_| {
            if let Some(u) = opened.2.clone() {
                gloo::console::warn!(format!("naitei: {}", u.error));
                notices.dispatch(NoticeEvent::Unusable(u));
            }
        });
    }
    let history = {
        let opened = opened.clone();
        use_state(move || opened.1.history.clone())
    };
    let state = {
        let (bank, coaches, opened) = (props.bank.clone(), props.coaches.clone(), opened.clone());
        use_reducer(move || State { session: opened.1.session.clone(), bank: bank.into(), coaches: coaches.into() })
    };

    // Follow the host when it changes the language attribute after mounting (at mounting the
    // language was chosen above: the host's, the saved one or the one handed over).
    {
        let (state, mounted) = (state.clone(), use_mut_ref(|| false));
        use_effect_with(options.lang, move |lang| {
            if !std::mem::replace(&mut *mounted.borrow_mut(), true) {
                return;
            }
            if let Some(l) = *lang {
                if state.session.lang != l {
                    state.dispatch(Action::SetLang(l));
                }
            }
        });
    }
    // Presets the host sets or changes after mounting apply to the profile (the
    // candidate can still change them); at mounting they only fill a new profile.
    {
        let (state, mounted) = (state.clone(), use_mut_ref(|| false));
        use_effect_with((options.stage, options.company, options.region), move |(stage, company, region)| {
            if !std::mem::replace(&mut *mounted.borrow_mut(), true) {
                return;
            }
            let mut p = state.session.profile.clone();
            p.next_stage = stage.unwrap_or(p.next_stage);
            p.company = company.unwrap_or(p.company);
            p.region = region.unwrap_or(p.region);
            if p != state.session.profile {
                state.dispatch(Action::SetProfile(p));
            }
        });
    }

    // What this widget shows now, for merging what another tab or widget saved.
    let latest = {
        let opened = opened.clone();
        use_mut_ref(move || opened.1.clone())
    };
    // Shows what a save or refresh found: the merged state, data set aside, a refusal.
    let apply: Rc<dyn Fn(Synced, bool)> = {
        let (state, history, notices, latest, bank) =
            (state.clone(), history.clone(), notices.clone(), latest.clone(), props.bank.clone());
        Rc::new(move |synced: Synced, saving: bool| {
            if let Some(merged) = synced.merged {
                *latest.borrow_mut() = merged.clone();
                if merged.history != *history {
                    history.set(merged.history.clone());
                }
                notices.dispatch(NoticeEvent::Elsewhere(answers_elsewhere(&merged.session, &bank)));
                state.dispatch(Action::Synced(Box::new(merged.session)));
            }
            if let Some(u) = synced.unusable {
                gloo::console::warn!(format!("naitei: {}", u.error));
                notices.dispatch(NoticeEvent::Unusable(u));
            }
            // Progress the light module does not read turned up (another tab saved): whether on a
            // save or a refresh, the widget redraws and `use_full` asks for the hand-over.
            if saving || synced.not_saved == Some(NotSaved::Unread) {
                if let Some(NotSaved::Refused(r)) = &synced.not_saved {
                    gloo::console::warn!(format!("naitei: progress could not be saved ({})", r.0));
                }
                notices.dispatch(NoticeEvent::Saved(synced.not_saved));
            }
        })
    };
    // Other widgets on this page with the same key, and other tabs (`storage` event).
    let listening = {
        let (slot, store, latest, apply) = (slot.clone(), props.store.clone(), latest.clone(), apply.clone());
        let key = slot.borrow().key().to_owned();
        use_memo((), move |_| {
            let refresh = Callback::from(move |_: ()| {
                let ours = latest.borrow().clone();
                let synced = slot.borrow_mut().refresh(&*store, &ours, storage::now());
                apply(synced, false);
            });
            let window = web_sys::window().map(|w| {
                let refresh = refresh.clone();
                gloo::events::EventListener::new(&w, "storage", move |_| refresh.emit(()))
            });
            (storage::listen(&key, refresh), window)
        })
    };

    // Save after every change, merging what others saved; tell the others.
    {
        let (slot, store, latest, apply, listening) =
            (slot.clone(), props.store.clone(), latest.clone(), apply.clone(), listening.clone());
        use_effect_with((state.session.clone(), (*history).clone()), move |(session, history)| {
            let ours = Saved::new(session.clone(), history.clone());
            *latest.borrow_mut() = ours.clone();
            let synced = slot.borrow_mut().save(&*store, &ours, storage::now());
            let wrote = synced.not_saved.is_none();
            apply(synced, true);
            if wrote {
                let key = slot.borrow().key().to_owned();
                storage::announce(listening.0.id(), &key);
            }
        });
    }
    let onrelease = {
        let (slot, notices, state, history, store, latest, apply) = (
            slot.clone(),
            notices.clone(),
            state.clone(),
            history.clone(),
            props.store.clone(),
            latest.clone(),
            apply.clone(),
        );
        Callback::from(move |_: ()| {
            // The held data was downloaded: from now on progress is saved over it.
            slot.borrow_mut().release();
            notices.dispatch(NoticeEvent::Released);
            let ours = Saved::new(state.session.clone(), (*history).clone());
            *latest.borrow_mut() = ours.clone();
            let synced = slot.borrow_mut().save(&*store, &ours, storage::now());
            apply(synced, true);
        })
    };
    let ondownloadprogress = {
        let latest = latest.clone();
        Callback::from(move |_: ()| {
            storage::download("naitei-progress.json", "application/json", &latest.borrow().to_json());
        })
    };

    // The date is read once per render and passed down; the evaluation is keyed by it.
    let today = BrowserClock.today();
    let clock_broken = today.is_none();
    let today = today.unwrap_or_else(crate::clock::today);
    let now = BrowserClock.now_seconds();
    // Focus and scrolling follow the candidate, never the page load or the
    // host (a host page must not scroll to the widget by itself): they may move
    // once the visitor pressed a key or a pointer inside the widget.
    let acted = use_mut_ref(|| false);
    let (onpointer, onkey) = {
        let (a, b) = (acted.clone(), acted.clone());
        (
            Callback::from(move |_: PointerEvent| *a.borrow_mut() = true),
            Callback::from(move |_: KeyboardEvent| *b.borrow_mut() = true),
        )
    };
    let root = use_node_ref();
    {
        let (acted, root) = (acted.clone(), root.clone());
        use_effect_with(state.session.screen, move |_| {
            if *acted.borrow() {
                land(&root);
            }
        });
    }
    // The report, the plan, the coaches and shared links (the full module only).
    let full = use_full(FullInputs {
        state: &state,
        coaches: (props.coaches.clone(), props.lexicon_loader.clone()),
        share_text: options.share_text_answers,
        today,
        history: &history,
        root: &root,
        slot: &slot,
    });
    let (lexicons, coaches_ready) = (full.lexicons, full.lexicons == Lexicons::Ready);
    let shared = full.shared.clone();
    crate::events::use_progress_events(&state, root.clone(), slot.borrow().unread_at_open());

    let lang = state.session.lang;
    let texts = use_texts(lang, props.texts.clone(), props.loader.clone());
    let shown = texts.best(lang);
    let i18n = use_memo((lang, texts.generation(), lexicons), {
        // The coaches' lexicons count as part of the rest: what needs one needs the other.
        let (shown, rest_failed) = (shown.clone(), texts.rest_failed(lang) || lexicons == Lexicons::Failed);
        move |_| shown.map(|s| I18n::partial(s.lang, s.texts, s.complete && coaches_ready, rest_failed))
    });
    let Some(i18n) = (*i18n).clone() else {
        // No text in any language yet: the first file is still loading (or failed to).
        let message = if texts.failed() {
            "Naitei could not load its texts. Check your connection and reload the page. / 文言を読み込めませんでした。接続を確認して再読み込みしてください。"
        } else {
            "Loading… / 読み込み中…"
        };
        return html! { <section class="naitei" data-theme={options.theme.id()}><p role="status">{ message }</p></section> };
    };

    let session = &state.session;
    let act = |f: fn() -> Action| make_callback(&state, move |_: ()| f());
    // Feedback, the report, the plan and a shared result need the rest of the texts, fetched
    // right after the first render: until it is here, say so (a failure shows in the notices).
    let needs_rest = matches!(&*shared.link, Some(Ok(_))) || matches!(session.screen, Screen::Report | Screen::Plan);
    // Only the light module's slot can be unread. Found as it opened, it has nothing of its own to
    // show: its `full_screen` is the waiting line that hands over to the full module, which opens
    // the key. (Found later, the screen stays and `use_full` asks for the hand-over, which waits
    // while the candidate types.)
    let screen = if slot.borrow().unread_at_open() {
        full_screen(FullScreen { state: &state, i18n: &i18n, today, now, history: &history }, &full)
    } else if needs_rest && !i18n.complete {
        html! { <p class="naitei-loading" role="status">{ i18n.waiting() }</p> }
    } else {
        match (&*shared.link, session.screen) {
            (Some(Ok(_)), _) | (_, Screen::Report | Screen::Plan) => {
                full_screen(FullScreen { state: &state, i18n: &i18n, today, now, history: &history }, &full)
            }
            (_, Screen::Intro) => {
                let view = naitei_core::present::intro(session, &state.bank, &i18n.texts(), i18n.lang);
                let onstart = {
                    let state = state.clone();
                    Callback::from(move |scope| {
                        state.dispatch(Action::SetScope(scope));
                        state.dispatch(Action::Start);
                    })
                };
                html! { <Intro {view} {onstart} onresume={act(|| Action::BeginQuestions)} /> }
            }
            (_, Screen::Profile) => html! {
                <ProfileForm profile={session.profile.clone()} mode={session.mode} finished={session.finished}
                    onchange={make_callback(&state, Action::SetProfile)} onmode={make_callback(&state, Action::SetMode)}
                    onbegin={act(|| Action::BeginQuestions)} onreport={act(|| Action::ShowReport)} />
            },
            (_, Screen::Questions) => html! { <Questionnaire state={state.clone()} acted={*acted.borrow()} /> },
        }
    };
    let link_error = match &*shared.link {
        Some(Err(e)) => Some(e.text_key()),
        _ => None,
    };
    let dismiss = {
        let notices = notices.clone();
        Callback::from(move |e: NoticeEvent| notices.dispatch(e))
    };
    // A language the texts do not have (a host's pack without it) is shown in another one.
    let texts_missing = props.loader.is_none() && shown.as_ref().is_some_and(|s| s.lang != lang);
    let (shown_lang, rest_failed) = (i18n.lang, i18n.rest_failed);
    let i18n_clock = i18n.t("ui.notice.clock");
    html! {
        <ContextProvider<I18n> context={i18n}>
            <section class="naitei" ref={root} lang={shown_lang.tag()} data-theme={options.theme.id()}
                onpointerdown={onpointer} onkeydown={onkey}
                data-screen={state.session.screen.id()} aria-labelledby="naitei-title" aria-busy={texts.loading().to_string()}>
                <Header lang={state.session.lang} onlang={make_callback(&state, Action::SetLang)} />
                <Notices storage={(*notices).clone()} pack_problems={props.pack_problems.clone()} ondismiss={dismiss}
                    onrelease={onrelease} ondownloadprogress={ondownloadprogress}
                    text_failed={texts.failed_for(lang) && !texts.rest_failed(lang)} {rest_failed}
                    texts_missing={texts_missing} link_error={link_error} onlinkdismiss={shared.close.clone()}
                    unsaved_elsewhere={full.handover_failed && !slot.borrow().unread_at_open()} />
                if clock_broken {
                    <p class="naitei-notice" role="status">{ i18n_clock }</p>
                }
                <div class="naitei-body">{ screen }</div>
            </section>
        </ContextProvider<I18n>>
    }
}
