//! The thin reducer around `naitei_core::session`: it holds the bank the
//! session refers to and forwards every action to `Session::apply`.

use crate::coaches::LazyCoaches;
use crate::same::Same;
use naitei_core::session::{Action, Session};
use naitei_core::Bank;
use std::rc::Rc;
use yew::prelude::*;

/// The app state: the session and the bank it is answered against.
#[derive(Clone)]
pub struct State {
    /// The candidate's session.
    pub session: Session,
    /// The bank in use.
    pub bank: Same<Bank>,
    /// The free-text coaches (built-in lexicons, plus a host pack's).
    pub coaches: Same<LazyCoaches>,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.session == other.session && self.bank == other.bank
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let session = self.session.apply(&self.bank, action);
        Rc::new(State { session, bank: self.bank.clone(), coaches: self.coaches.clone() })
    }
}

/// Turns an action into a callback: `make_callback(&state, |id| Action::Skip(id))`.
pub fn make_callback<T: 'static>(state: &UseReducerHandle<State>, f: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value: T| state.dispatch(f(value)))
}
