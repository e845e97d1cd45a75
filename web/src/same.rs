//! `Same<T>`: an `Rc` that compares by identity, for props and memo keys that
//! hold large values (the bank, the coaches). Two handles are equal when they
//! point at the same value, which is what a re-render needs to know, without
//! comparing the whole bank and without turning pointers into numbers.

use std::ops::Deref;
use std::rc::Rc;

/// A shared value compared by identity.
pub struct Same<T>(pub Rc<T>);

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(self.0.clone())
    }
}

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Same<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Same<T> {
    fn from(rc: Rc<T>) -> Self {
        Same(rc)
    }
}
