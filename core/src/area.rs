//! The fixed vocabulary of the model: the five areas interviewers weigh and the
//! stages of a Japanese hiring process, plus `AreaMap`, a value for each area.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One of the five areas Japanese IT interviewers weigh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Technical skills and specialised knowledge.
    Technical,
    /// Communication: explaining clearly, listening, reading the question.
    Communication,
    /// Problem solving and logical thinking.
    ProblemSolving,
    /// Learning motivation and growth potential.
    Learning,
    /// Teamwork and cultural fit.
    Teamwork,
}

crate::ids::ids!(Area {
    Technical => "technical",
    Communication => "communication",
    ProblemSolving => "problem_solving",
    Learning => "learning",
    Teamwork => "teamwork",
});

impl Area {
    fn index(self) -> usize {
        self as usize
    }
}

/// A stage of the hiring process, in the order a candidate meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Résumé and work history are read; portfolios such as GitHub count.
    Screening,
    /// First interview, usually with HR: personality, communication, motivation, etiquette.
    FirstInterview,
    /// Technical interview with engineers: depth, projects, reasoning, sometimes a coding test.
    Technical,
    /// Final interview with executives: culture fit, long-term vision, conditions.
    Final,
    /// Offer and negotiation: replying, conditions, several offers, declining politely.
    Offer,
}

crate::ids::ids!(Stage {
    Screening => "screening",
    FirstInterview => "first_interview",
    Technical => "technical",
    Final => "final",
    Offer => "offer",
});

/// One value per area. Serialises as a JSON object keyed by area id, and in
/// binary formats (postcard) as the five values in `Area::ALL` order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaMap<T>(pub [T; 5]);

impl<T> AreaMap<T> {
    /// Builds a map by calling `f` for every area.
    pub fn from_fn(mut f: impl FnMut(Area) -> T) -> Self {
        AreaMap(Area::ALL.map(&mut f))
    }

    /// The value for `area`.
    pub fn get(&self, area: Area) -> &T {
        &self.0[area.index()]
    }

    /// A mutable reference to the value for `area`.
    pub fn get_mut(&mut self, area: Area) -> &mut T {
        &mut self.0[area.index()]
    }

    /// Pairs of area and value, in display order.
    pub fn iter(&self) -> impl Iterator<Item = (Area, &T)> {
        Area::ALL.into_iter().zip(self.0.iter())
    }
}

impl<T: Serialize> Serialize for AreaMap<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if !s.is_human_readable() {
            return self.0.serialize(s);
        }
        let mut map = s.serialize_map(Some(5))?;
        for (area, value) in self.iter() {
            map.serialize_entry(area.id(), value)?;
        }
        map.end()
    }
}

impl<'de, T: Deserialize<'de> + Default> Deserialize<'de> for AreaMap<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            return <[T; 5]>::deserialize(d).map(AreaMap);
        }
        let partial = BTreeMap::<Area, T>::deserialize(d)?;
        let mut map = AreaMap::<T>::default();
        for (area, value) in partial {
            *map.get_mut(area) = value;
        }
        Ok(map)
    }
}

impl<T: Default> Default for AreaMap<T> {
    fn default() -> Self {
        AreaMap::from_fn(|_| T::default())
    }
}
