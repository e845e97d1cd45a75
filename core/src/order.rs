//! One sorting routine for the whole widget. Rust compiles its sort again for every element
//! type and comparator it is called with, 3 to 7 KB of wasm each time; the full module carried
//! 23 of them (106 KB before compression). These functions sort the positions of the elements
//! instead, always `usize` with one comparator behind a reference, so the sort itself is in the
//! wasm once, and then move the elements into that order. They are stable, as `slice::sort_by`
//! is: elements that compare equal keep their order. For a comparator that is a total order (every
//! one in the core: derived `Ord` keys, `f32::total_cmp`) the result is the standard library's.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(v.len(), &|a, b| cmp(&v[a], &v[b]));
    reorder(v, order);
}

/// Sorts `v` by the key `key` gives, stably, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its own order, stably, as `slice::sort` does.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The positions `0..n` in the order `cmp` gives them (the one sort in the wasm).
#[inline(never)]
fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Puts the element at `order[k]` at `k`, for every `k`, by following each cycle of the
/// permutation with swaps (no copy of the elements).
fn reorder<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut k = start;
        // A position whose element is in place is marked by `order[k] == k`.
        while order[k] != start && order[k] != k {
            let from = order[k];
            v.swap(k, from);
            order[k] = k;
            k = from;
        }
        order[k] = k;
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// Every ordering of `0..n`.
    fn permutations(n: usize) -> Vec<Vec<usize>> {
        if n == 0 {
            return vec![Vec::new()];
        }
        let mut out = Vec::new();
        for shorter in permutations(n - 1) {
            for at in 0..=shorter.len() {
                let mut p = shorter.clone();
                p.insert(at, n - 1);
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn every_arrangement_of_up_to_seven_elements_comes_out_in_order() {
        for n in 0..=7 {
            for p in permutations(n) {
                let mut v = p.clone();
                super::sort(&mut v);
                assert_eq!(v, (0..n).collect::<Vec<_>>(), "from {p:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_does_and_keeps_ties_in_order(
            v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200),
        ) {
            // Sorted by the first field only, so the second shows whether ties kept their order.
            let (mut ours, mut std) = (v.clone(), v.clone());
            super::sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(&ours, &std);
            let (mut ours, mut std) = (v.clone(), v);
            super::sort_by(&mut ours, |a, b| (b.1 % 7).cmp(&(a.1 % 7)).then(a.0.cmp(&b.0)));
            std.sort_by(|a, b| (b.1 % 7).cmp(&(a.1 % 7)).then(a.0.cmp(&b.0)));
            prop_assert_eq!(ours, std);
        }
    }
}
