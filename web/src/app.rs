//! The root component: content, saved session, language, theme, and the screen.

use crate::components::{
    header::Header, intro::Intro, notices::Notices, plan::PlanView, profile_form::ProfileForm,
    questionnaire::Questionnaire, report::ReportView,
};
use crate::hooks::use_evaluation::use_evaluation;
use crate::i18n::I18n;
use crate::options::Options;
use crate::state::State;
use crate::storage::{self, Notice};
use naitei_core::session::{Screen, Session};
use naitei_core::{Content, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Props of the app: options, the content to use, and problems found in a host's pack.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// Embedding options.
    pub options: Options,
    /// The bank and texts.
    pub content: Rc<Content>,
    /// Problems in the host's content pack (the built-in bank is used instead).
    #[prop_or_default]
    pub pack_problems: Rc<Vec<String>>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.options == other.options
            && Rc::ptr_eq(&self.content, &other.content)
            && self.pack_problems == other.pack_problems
    }
}

/// The language to start in: the host's choice, else the saved one, else the page's.
fn initial_lang(options: &Options, saved: Option<&Session>) -> Lang {
    options.lang.or_else(|| saved.map(|s| s.lang)).unwrap_or_else(|| {
        let page = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"));
        page.as_deref().and_then(Lang::from_tag).unwrap_or(Lang::En)
    })
}

/// The widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let options = &props.options;
    let notice = use_state(|| None::<Notice>);
    let state = {
        let (options, content, notice) = (options.clone(), props.content.clone(), notice.clone());
        use_reducer(move || {
            let (saved, problem) = storage::load(&options.storage_key);
            if problem.is_some() {
                notice.set(problem);
            }
            let mut session = saved.clone().unwrap_or_default();
            session.lang = initial_lang(&options, saved.as_ref());
            if saved.is_none() {
                let p = &mut session.profile;
                p.next_stage = options.stage.unwrap_or(p.next_stage);
                p.company = options.company.unwrap_or(p.company);
                p.region = options.region.unwrap_or(p.region);
            }
            State { session, content }
        })
    };

    // Follow the host when it changes the language attribute after mounting.
    {
        let state = state.clone();
        use_effect_with(options.lang, move |lang| {
            if let Some(l) = *lang {
                if state.session.lang != l {
                    state.dispatch(naitei_core::session::Action::SetLang(l));
                }
            }
        });
    }

    // Save after every change; report a refusal once.
    {
        let (key, notice) = (options.storage_key.clone(), notice.clone());
        use_effect_with(state.session.clone(), move |session| {
            let saved = storage::save(&key, session);
            if !saved && *notice != Some(Notice::NotSaved) {
                notice.set(Some(Notice::NotSaved));
            } else if saved && *notice == Some(Notice::NotSaved) {
                notice.set(None);
            }
        });
    }

    let evaluation = use_evaluation(&state);
    let root = use_node_ref();
    crate::events::use_progress_events(&state, &evaluation, root.clone(), options.share_text_answers);

    let lang = state.session.lang;
    let texts =
        props.content.texts.get(&lang).or_else(|| props.content.texts.get(&Lang::En)).cloned().unwrap_or_default();
    let i18n = use_memo((lang, Rc::as_ptr(&props.content) as usize), move |_| I18n::new(lang, Rc::new(texts)));

    let screen = match state.session.screen {
        Screen::Intro => html! { <Intro state={state.clone()} /> },
        Screen::Profile => html! { <ProfileForm state={state.clone()} /> },
        Screen::Questions => html! { <Questionnaire state={state.clone()} /> },
        Screen::Report => html! { <ReportView state={state.clone()} evaluation={evaluation.clone()} /> },
        Screen::Plan => html! { <PlanView state={state.clone()} evaluation={evaluation.clone()} /> },
    };
    let dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };
    html! {
        <ContextProvider<I18n> context={(*i18n).clone()}>
            <section class="naitei" ref={root} lang={lang.tag()} data-theme={options.theme.id()}
                data-screen={screen_id(state.session.screen)} aria-labelledby="naitei-title">
                <Header state={state.clone()} />
                <Notices notice={(*notice).clone()} pack_problems={props.pack_problems.clone()} ondismiss={dismiss} />
                <div class="naitei-body">{ screen }</div>
            </section>
        </ContextProvider<I18n>>
    }
}

fn screen_id(s: Screen) -> &'static str {
    match s {
        Screen::Intro => "intro",
        Screen::Profile => "profile",
        Screen::Questions => "questions",
        Screen::Report => "report",
        Screen::Plan => "plan",
    }
}
