//! Comparing speakers across two texts, as entities rather than strings.
//!
//! An entity's keys are its name words without titles, roles and function words, each mapped to
//! the country it stands for when it is one ("Tehran", "Iranian" → "iran"), plus the country of a
//! capital. Two entities are the same speaker when a key matches (surnames compared by
//! Jaro-Winkler similarity, so "Araghchi" matches "Araqchi"), different when both have keys and
//! none match, and unknown otherwise: a bare role ("the ambassador") is the same as an entity
//! carrying that role and unknown against any other.

use super::names::{is_acronym, org_words, spells_initials};
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

/// True when a folded word is one of an entity's keys, directly or as the country it stands for
/// ("Iranian" names an entity keyed "iran").
pub fn names_key(lex: &Lexicon, keys: &[String], folded: &str) -> bool {
    keys.iter().any(|k| k == folded || lex.place(folded) == Some(k.as_str()))
}

/// Compares a summary speaker with a source speaker.
pub fn compare_speakers(lex: &Lexicon, a: &Entity, b: &Entity) -> SameSpeaker {
    // Configured aliases ("Araghchi" = "Abbas Araqchi") compare by their canonical name.
    let canonical = |e: &Entity| lex.canonical_name(&e.name).map(|n| Entity { name: n.to_string(), ..e.clone() });
    let (ca, cb) = (canonical(a), canonical(b));
    let (a, b) = (ca.as_ref().unwrap_or(a), cb.as_ref().unwrap_or(b));
    if (ca.is_some() || cb.is_some()) && fold(&a.name) == fold(&b.name) {
        return SameSpeaker::Same;
    }
    // "KCNA" and "Korean Central News Agency".
    let acronym = |x: &Entity, y: &Entity| is_acronym(&x.name) && spells_initials(&x.name, &fold(&y.name));
    if acronym(a, b) || acronym(b, a) {
        return SameSpeaker::Same;
    }
    compare_names(lex, a, b)
}

/// [`compare_speakers`] without aliases.
fn compare_names(lex: &Lexicon, a: &Entity, b: &Entity) -> SameSpeaker {
    use EntityKind::{Group, Organisation, Person, Place};
    let (ka, kb) = (speaker_keys(lex, a), speaker_keys(lex, b));
    let shares_role = |x: &Entity, y: &Entity| {
        x.roles
            .iter()
            .chain(fold(&x.name).split_whitespace().map(str::to_string).collect::<Vec<_>>().iter())
            .any(|r| lex.is_role(r) && (y.roles.contains(r) || fold(&y.name).split_whitespace().any(|w| w == r)))
    };
    // Groups ("officials", "Congressmen", "Chinese experts") are too vague to differ.
    let keyless =
        |e: &Entity, k: &[String]| k.is_empty() && (e.kind != Organisation || org_words_of(lex, e).is_empty());
    if keyless(a, &ka) || keyless(b, &kb) || a.kind == Group || b.kind == Group {
        return if shares_role(a, b) || shares_role(b, a) { SameSpeaker::Same } else { SameSpeaker::Unknown };
    }
    let any_similar = |x: &[String], y: &[String]| x.iter().any(|p| y.iter().any(|q| similar(p, q)));
    let verdict = |same: bool| if same { SameSpeaker::Same } else { SameSpeaker::Different };
    match (a.kind, b.kind) {
        // People are known by their surname.
        (Person, Person) => verdict(any_similar(&ka[ka.len().saturating_sub(1)..], &kb[kb.len().saturating_sub(1)..])),
        // An organisation is the same as another whose name words it shares in full.
        (Organisation, Organisation) => {
            let (wa, wb) = (org_words_of(lex, a), org_words_of(lex, b));
            verdict(wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w)))
        }
        (Place, Place) => verdict(any_similar(&ka, &kb)),
        // A ministry and its country's capital may stand for each other.
        (Organisation, Place) | (Place, Organisation) => {
            if any_similar(&ka, &kb) {
                SameSpeaker::Same
            } else {
                SameSpeaker::Unknown
            }
        }
        // A surname that is also a place ("Valeska Paris" / "Paris said") may be either.
        (Person, Place) | (Place, Person) if any_similar(&ka, &kb) => SameSpeaker::Unknown,
        _ => SameSpeaker::Different,
    }
}

/// The folded words of an organisation's name after any possessive owner, without function words
/// ("Azerbaijan's Foreign Ministry" → foreign, ministry).
fn org_words_of(lex: &Lexicon, e: &Entity) -> Vec<String> {
    let folded = fold(&e.name);
    let after_owner = folded.rsplit_once("'s ").map_or(folded.as_str(), |(_, rest)| rest);
    after_owner.split_whitespace().filter(|w| !lex.stopwords.contains(*w)).map(str::to_string).collect()
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
        assert_eq!(
            compare_speakers(lex, &amb, &ent("Richard Kauzlarich", p, &["ambassador"], None)),
            SameSpeaker::Same
        );
        assert_eq!(compare_speakers(lex, &amb, &full), SameSpeaker::Unknown);
    }
}
