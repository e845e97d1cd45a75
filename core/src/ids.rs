//! One place for the stable ids of the model's plain enums: `ids!` gives an
//! enum `ALL` (in declaration order), `id()` and `from_id()` from one list, and
//! `tests::serde_names_are_the_ids` checks that JSON uses the same names.

/// Defines `ALL`, `id()` and `from_id()` for a field-less enum from one list of
/// `Variant => "id"` pairs (the order of the list is `ALL`'s order).
macro_rules! ids {
    ($ty:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in display order.
            pub const ALL: [$ty; [$($id),+].len()] = [$($ty::$variant),+];

            /// The stable id used in content files, JSON and text keys.
            pub fn id(self) -> &'static str {
                match self {
                    $($ty::$variant => $id),+
                }
            }

            /// The value with this id.
            pub fn from_id(id: &str) -> Option<$ty> {
                match id {
                    $($id => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

pub(crate) use ids;

#[cfg(test)]
mod tests {
    use crate::analyse::AnalyserId;
    use crate::area::{Area, Stage};
    use crate::profile::{CompanyKind, Format, Industry, JapaneseLevel, Region};
    use crate::session::{Mode, Scope, Screen};
    use crate::severity::Severity;

    fn check<T: serde::Serialize + Copy>(all: &[T], id: fn(T) -> &'static str) {
        for v in all {
            assert_eq!(serde_json::to_value(v).unwrap(), serde_json::json!(id(*v)));
        }
    }

    #[test]
    fn serde_names_are_the_ids() {
        check(&Area::ALL, Area::id);
        check(&Stage::ALL, Stage::id);
        check(&Severity::ALL, Severity::id);
        check(&CompanyKind::ALL, CompanyKind::id);
        check(&Industry::ALL, Industry::id);
        check(&Region::ALL, Region::id);
        check(&Format::ALL, Format::id);
        check(&JapaneseLevel::ALL, JapaneseLevel::id);
        check(&Screen::ALL, Screen::id);
        check(&Mode::ALL, Mode::id);
        check(&Scope::ALL, Scope::id);
        check(&AnalyserId::ALL, AnalyserId::id);
    }
}
