//! Comparing speakers across two texts, as entities rather than strings.
//!
//! An entity's keys are its name words without titles, roles and function words, each mapped to
//! the country it stands for when it is one ("Tehran", "Iranian" → "iran"), plus the country of a
//! capital. Two entities are the same speaker when a key matches (surnames compared by
//! Jaro-Winkler similarity, so "Araghchi" matches "Araqchi"), different when both have keys and
//! none match, and unknown otherwise: a bare role ("the ambassador") is the same as an entity
//! carrying that role and unknown against any other.

use super::names::org_words;
use super::{Entity, EntityKind};
use crate::align::index::similar_names as similar;
use crate::lexicon::Lexicon;
use crate::text::fold;

/// Whether two speakers are the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SameSpeaker {
    /// The same entity.
    Same,
    /// Different entities.
    Different,
    /// Cannot tell.
    Unknown,
}

/// The identifying keys of an entity.
pub fn speaker_keys(lex: &Lexicon, e: &Entity) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for w in fold(&e.name).split_whitespace() {
        let w = w.trim_end_matches("'s").trim_end_matches('\'').trim_matches(|c: char| !c.is_alphanumeric());
        if w.len() < 2
            || lex.stopwords.contains(w)
            || lex.is_role(w)
            || lex.np_modifiers.contains(w)
            || org_words().contains(w)
            || lex.title_len(&[w]) > 0
        {
            continue;
        }
        let key = lex.place(w).unwrap_or(w).to_string();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    if let Some(c) = &e.country {
        let c = fold(c);
        if !keys.contains(&c) {
            keys.push(c);
        }
    }
    keys
}


/// Compares a summary speaker with a source speaker.
pub fn compare_speakers(lex: &Lexicon, a: &Entity, b: &Entity) -> SameSpeaker {
    let (ka, kb) = (speaker_keys(lex, a), speaker_keys(lex, b));
    let shares_role = |x: &Entity, y: &Entity| {
        x.roles.iter().chain(fold(&x.name).split_whitespace().map(str::to_string).collect::<Vec<_>>().iter()).any(
            |r| lex.is_role(r) && (y.roles.contains(r) || fold(&y.name).split_whitespace().any(|w| w == r)),
        )
    };
    if ka.is_empty() || kb.is_empty() {
        return if shares_role(a, b) { SameSpeaker::Same } else { SameSpeaker::Unknown };
    }
    // People are known by their surname; other entities by any key.
    let person = |e: &Entity, k: &[String]| {
        if e.kind == EntityKind::Person {
            k.last().cloned().into_iter().collect::<Vec<_>>()
        } else {
            k.to_vec()
        }
    };
    let (pa, pb) = (person(a, &ka), person(b, &kb));
    if pa.iter().any(|x| pb.iter().any(|y| similar(x, y)))
        || ka.iter().any(|x| kb.iter().any(|y| x == y) && a.kind != EntityKind::Person && b.kind != EntityKind::Person)
    {
        return SameSpeaker::Same;
    }
    if a.kind == EntityKind::Person && b.kind == EntityKind::Person {
        return SameSpeaker::Different;
    }
    if ka.iter().any(|x| kb.iter().any(|y| similar(x, y))) {
        return SameSpeaker::Same;
    }
    SameSpeaker::Different
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Gender;

    fn ent(name: &str, kind: EntityKind, roles: &[&str], country: Option<&str>) -> Entity {
        Entity {
            name: name.to_string(),
            kind,
            gender: Gender::Unknown,
            mentions: Vec::new(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            country: country.map(str::to_string),
        }
    }

    #[test]
    fn entities_not_strings() {
        let lex = Lexicon::builtin();
        let p = EntityKind::Person;
        let full = ent("Zaur Shiriyev", p, &["analyst"], None);
        assert_eq!(compare_speakers(lex, &ent("Shiriyev", p, &[], None), &full), SameSpeaker::Same);
        assert_eq!(
            compare_speakers(lex, &ent("Araghchi", p, &[], None), &ent("Abbas Araqchi", p, &[], None)),
            SameSpeaker::Same
        );
        assert_eq!(compare_speakers(lex, &ent("Efraim Halevy", p, &[], None), &full), SameSpeaker::Different);
        let tehran = ent("Tehran", EntityKind::Place, &[], Some("Iran"));
        assert_eq!(compare_speakers(lex, &tehran, &ent("Iran", EntityKind::Place, &[], None)), SameSpeaker::Same);
        let ministry = ent("Azerbaijan's Foreign Ministry", EntityKind::Organisation, &[], None);
        assert_eq!(compare_speakers(lex, &ministry, &ent("Efraim Halevy", p, &[], None)), SameSpeaker::Different);
        let amb = ent("the ambassador", EntityKind::Group, &["ambassador"], None);
        assert_eq!(compare_speakers(lex, &amb, &ent("Richard Kauzlarich", p, &["ambassador"], None)), SameSpeaker::Same);
        assert_eq!(compare_speakers(lex, &amb, &full), SameSpeaker::Unknown);
    }
}
