//! Speaker resolution: one entity per person or organisation, with every mention, and for each
//! attribution the entity it points at and how it got there.
//!
//! Names are collected from the whole text, narration included, so that a surname-only speaker
//! ("Bayramov") resolves to the fullest name the text gives ("Ceyhun Bayramov"). Pronouns resolve to
//! the most recent *speaker* they fit (not merely the most recent name); role phrases ("the
//! ministry", "the ambassador") to the most recent entity that carries the role; capital cities
//! stand for their country's government (grammar/capitals.txt).

mod compare;
pub(crate) mod names;

use crate::lexicon::{Gender, Lexicon};
use crate::parse::words::W;
use crate::parse::{Attribution, Link, PhraseKind, SpeakerPhrase};
use crate::text::{fold, Document, Span};
pub use compare::{compare_speakers, names_key, speaker_keys, SameSpeaker};
pub use names::{collect_names, NameMention};
use names::{initials, is_acronym};
use rustc_hash::FxHashMap;
use serde::Serialize;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A named organisation.
    Organisation,
    /// A place standing for its government ("Tehran").
    Place,
    /// A role or group without a name ("officials", "a police spokesman").
    Group,
}

/// One person, organisation or group that the text mentions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// The fullest name the text gives.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// The gender a pronoun must fit to refer to it.
    pub gender: Gender,
    /// Every mention, in order.
    pub mentions: Vec<Span>,
    /// Role words and keywords attached to it (titles, appositions), folded.
    pub roles: Vec<String>,
    /// For a capital, the country it stands for.
    pub country: Option<String>,
}

impl Entity {
    /// Folded name words.
    pub fn name_words(&self) -> Vec<String> {
        name_words(&fold(&self.name))
    }
}

/// The words of a folded name, without possessive endings.
fn name_words(folded: &str) -> Vec<String> {
    folded.split_whitespace().map(|w| w.trim_end_matches("'s").to_string()).collect()
}

/// How an attribution's speaker was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Resolution {
    /// The frame names the speaker in full.
    Direct,
    /// A shorter form of a fuller name ("Shiriyev", "Mr. Bao").
    Surname,
    /// A pronoun resolved to the most recent fitting speaker.
    Pronoun,
    /// Continues the previous quotation's speaker.
    Continuation,
    /// A role or short form ("the ministry") resolved to a named entity.
    Role,
    /// A statement introduced earlier.
    Context,
    /// Nobody.
    None,
}

impl Resolution {
    /// The name used in JSON and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Direct => "direct",
            Resolution::Surname => "surname",
            Resolution::Pronoun => "pronoun",
            Resolution::Continuation => "continuation",
            Resolution::Role => "role",
            Resolution::Context => "context",
            Resolution::None => "none",
        }
    }
}

/// The speaker of one attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// Index into [`Speakers::entities`].
    pub entity: Option<usize>,
    /// How it was reached.
    pub resolution: Resolution,
}

/// The entities of a text and the speaker of each attribution.
#[derive(Debug, Clone, Default)]
pub struct Speakers {
    /// Every entity.
    pub entities: Vec<Entity>,
    /// One per attribution, same order.
    pub resolved: Vec<Resolved>,
    /// Entities by the last word of their name (a name can only join an entity sharing it).
    by_last_word: FxHashMap<String, Vec<usize>>,
    /// Each entity's name folded, kept in step with its name.
    folded: Vec<FoldedName>,
    /// The latest entity of several words by the initials of its name ("kcna").
    by_initials: FxHashMap<String, usize>,
}

/// An entity's name folded, whole and as [`Entity::name_words`].
#[derive(Debug, Clone, Default)]
struct FoldedName {
    name: String,
    words: Vec<String>,
}

impl FoldedName {
    fn new(name: &str) -> Self {
        let name = fold(name);
        FoldedName { words: name_words(&name), name }
    }
}

impl Speakers {
    /// Adds an entity; returns its index.
    fn push_entity(&mut self, entity: Entity) -> usize {
        self.folded.push(FoldedName::new(&entity.name));
        self.entities.push(entity);
        let e = self.entities.len() - 1;
        self.index_initials(e);
        e
    }

    /// Gives entity `e` a new name.
    fn rename(&mut self, e: usize, name: String) {
        self.folded[e] = FoldedName::new(&name);
        self.entities[e].name = name;
        self.index_initials(e);
    }

    fn index_initials(&mut self, e: usize) {
        if let Some(i) = initials(&self.folded[e].name) {
            self.by_initials.insert(i, e);
        }
    }

    /// The entity an attribution resolved to.
    pub fn entity_of(&self, attribution: usize) -> Option<&Entity> {
        self.resolved.get(attribution)?.entity.map(|e| &self.entities[e])
    }
}

const LEADER_WORDS: &[&str] = &["chief", "head", "leader", "director", "boss", "chairman", "chairwoman", "chair"];

/// Resolves the speakers of `items` (the attributions of `doc`, in document order).
pub fn resolve(doc: &Document, lex: &Lexicon, words: &[W], items: &[Attribution]) -> Speakers {
    let mut sp = Speakers::default();
    let names = collect_names(doc, lex, words);
    let mut name_entity: Vec<usize> = Vec::with_capacity(names.len());
    for m in &names {
        let e = sp.entity_for_name(m, lex);
        name_entity.push(e);
    }
    // Titles of a name mention give the entity roles.
    for (m, &e) in names.iter().zip(&name_entity) {
        for t in &m.title {
            // "Government spokesman Basim al-Awadi" is a spokesman, not the government.
            if names::org_words().contains(t) {
                continue;
            }
            let t = lex.title_expansions.get(t).unwrap_or(t);
            push_unique(&mut sp.entities[e].roles, t);
        }
    }
    let mut speaking: Vec<usize> = Vec::new();
    // Loosely recognised statements are resolved last, each against the speakers active where it
    // stands, so that they change nothing for the others (see `Certainty`).
    let mut loose: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, a) in items.iter().enumerate() {
        if a.is_loose() {
            loose.push((i, speaking[speaking.len().saturating_sub(LOOSE_CONTEXT)..].to_vec()));
            sp.resolved.push(Resolved { entity: None, resolution: Resolution::None });
            continue;
        }
        let resolved = match a.link {
            Link::Continuation(j) | Link::Context(Some(j)) if j < i => {
                let r = sp.resolved[j];
                let how = if matches!(a.link, Link::Continuation(_)) {
                    Resolution::Continuation
                } else {
                    Resolution::Context
                };
                Resolved { entity: r.entity, resolution: if r.entity.is_some() { how } else { Resolution::None } }
            }
            _ => match &a.speaker {
                None => Resolved { entity: None, resolution: Resolution::None },
                Some(phrase) => {
                    let names = NameTable { mentions: &names, entity: &name_entity };
                    let r = sp.resolve_phrase(doc, lex, phrase, a.outer, names, &speaking);
                    if a.link == Link::Context(None) && r.entity.is_some() {
                        Resolved { resolution: Resolution::Context, ..r }
                    } else {
                        r
                    }
                }
            },
        };
        if let Some(e) = resolved.entity {
            if let Some(phrase) = &a.speaker {
                if !sp.entities[e].mentions.contains(&phrase.span) {
                    sp.entities[e].mentions.push(phrase.span);
                }
            }
            sp.add_apposition_roles(doc, lex, e, a);
            speaking.retain(|&x| x != e);
            speaking.push(e);
        }
        sp.resolved.push(resolved);
    }
    for (i, recent) in loose {
        if let Some(phrase) = &items[i].speaker {
            let names = NameTable { mentions: &names, entity: &name_entity };
            sp.resolved[i] = sp.resolve_phrase(doc, lex, phrase, items[i].outer, names, &recent);
        }
    }
    sp.name_described_holders(lex, items);
    for e in &mut sp.entities {
        e.mentions.sort();
    }
    sp
}

/// How many of the latest speakers a loosely recognised statement's pronoun may point at.
const LOOSE_CONTEXT: usize = 8;

/// The named subject a pronoun most likely points at: the subject of its own sentence when the
/// pronoun comes later in it ("Hilary Braysmith, a professor, said she thinks ..."), or the subject
/// of the sentence before, in the same paragraph, when the pronoun opens its sentence ("Harry Kane
/// won the award. He said ..."). A subject is the sentence's first name mention with at most three
/// words before it.
fn previous_subject(doc: &Document, lex: &Lexicon, pronoun: Span, framed: Span, names: NameTable) -> Option<usize> {
    let NameTable { mentions: names, entity: name_entity } = names;
    let s = doc.sentence_at(pronoun.start)?;
    let this = &doc.sentences[s];
    let subject_of = |sent: &crate::text::Sentence, limit: usize| {
        let mut i = names.partition_point(|m| m.span.start < sent.span.start);
        // "New Zealand's Prime Minister John Key": a possessive name is not the head.
        // "Braves starter Kenji Morimoto": a name that modifies a descriptor of the next is not either.
        while names.get(i).is_some_and(|m| {
            let after = &doc.text()[m.span.end..];
            after.starts_with("'s")
                || after.starts_with("’s")
                || m.name.ends_with("'s")
                || m.name.ends_with("’s")
                || names
                    .get(i + 1)
                    .is_some_and(|next| describes_next(lex, doc.slice(Span::new(m.span.end, next.span.start))))
        }) {
            i += 1;
        }
        let m = names.get(i).filter(|m| m.span.end <= limit)?;
        let before = doc.slice(Span::new(sent.span.start, m.span.start)).split_whitespace().count();
        (before <= 5).then(|| name_entity[i])
    };
    let before = words_before(doc, this.span.start, pronoun.start, framed);
    if before > 1 {
        // "On May 28th, he advised ...": after an opening phrase that names nobody, the pronoun
        // still opens its clause.
        let own = subject_of(this, pronoun.start);
        let lead = doc.slice(Span::new(this.span.start, pronoun.start)).trim_end();
        if own.is_some() || !lead.ends_with(',') || before > 5 {
            return own;
        }
    }
    let prev = doc.sentences.get(s.checked_sub(1)?)?;
    // A paragraph may open with the pronoun of the person the paragraph before introduced.
    let opens_paragraph = doc.paragraphs[this.paragraph].sentences.start == s;
    if prev.paragraph != this.paragraph && !(opens_paragraph && doc.paragraphs[prev.paragraph].kind.is_prose()) {
        return None;
    }
    subject_of(prev, prev.span.end)
}

/// The name mentions of a text and the entity of each.
#[derive(Clone, Copy)]
struct NameTable<'a> {
    mentions: &'a [NameMention],
    entity: &'a [usize],
}

/// Words from `start` to `end`, not counting those of `framed` (the quotation or clause a
/// pronoun's frame reports: in "“We lost,” she said" the pronoun opens its frame).
fn words_before(doc: &Document, start: usize, end: usize, framed: Span) -> usize {
    let count = |a: usize, b: usize| {
        doc.slice(Span::new(a, b)).split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
    };
    if framed.start >= start && framed.end <= end {
        count(start, framed.start) + count(framed.end, end)
    } else {
        count(start, end)
    }
}

/// Whether the text between two names is a descriptor the second name heads ("Braves starter",
/// "Mets manager"): one or two lower-case nouns of a role or an agent's shape.
fn describes_next(lex: &Lexicon, between: &str) -> bool {
    // One or two words, read without splitting the rest of a long gap.
    let mut split = between.split_whitespace();
    let (Some(first), second, None) = (split.next(), split.next(), split.next()) else { return false };
    let words = [Some(first), second];
    // Checked only once every word is known to be lower-case.
    let agent = |w: &str| lex.is_role(w) || ["er", "or", "ist", "ian"].iter().any(|e| w.len() > 4 && w.ends_with(e));
    words.iter().flatten().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-')) && agent(second.unwrap_or(first))
}

/// The role a descriptive phrase is headed by: its last role word before a postmodifier
/// ("sudan's ambassador to the united nations" → "ambassador"). Plural heads name groups.
fn role_head_of(lex: &Lexicon, folded: &str) -> Option<String> {
    // "A Treasury spokeswoman" is any of them.
    let first = folded.split_whitespace().next()?;
    if matches!(first, "a" | "an" | "one" | "another" | "some" | "several") {
        return None;
    }
    let last = head_word(folded);
    let plural = last.strip_suffix('s').is_some_and(|one| lex.is_role(one));
    let institution = names::org_words().contains(last);
    (lex.is_role(last) && !plural && !institution).then(|| last.to_string())
}

/// The part of a noun phrase before its postmodifier ("Kirk Honeycutt of the Hollywood
/// Reporter" → "Kirk Honeycutt").
fn before_postmodifier(text: &str) -> &str {
    [" of ", " to ", " at ", " for ", " from "].iter().filter_map(|p| text.find(p)).min().map_or(text, |k| &text[..k])
}

/// The last word of a folded noun phrase before its postmodifier ("sudan's ambassador to the
/// united nations" → "ambassador").
fn head_word(folded: &str) -> &str {
    before_postmodifier(folded).split_whitespace().last().unwrap_or_default()
}

/// Group heads that take "they" without a plural ending.
const COLLECTIVES: &[&str] = &["police", "staff", "people", "crew", "team", "military", "public", "media", "clergy"];

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

/// Within one text a surname is spelled one way; variants across texts are compared elsewhere.
fn surname_match(a: &str, b: &str) -> bool {
    a == b
}

impl Speakers {
    fn entity_for_name(&mut self, m: &NameMention, lex: &Lexicon) -> usize {
        let words = &m.words;
        let last = words.last().map_or("", String::as_str);
        // Most recent entity this name can belong to.
        let candidates = self.by_last_word.get(last).map_or(&[][..], Vec::as_slice);
        let found = candidates.iter().rev().copied().find(|&e| {
            let ent = &self.entities[e];
            if ent.kind != m.kind && !(ent.kind == EntityKind::Person && m.kind == EntityKind::Person) {
                return ent.kind == m.kind;
            }
            let ew = &self.folded[e].words;
            match m.kind {
                EntityKind::Person => {
                    let el = ew.last().map_or("", String::as_str);
                    if words.len() == 1 {
                        surname_match(el, last) || (ew.len() > 1 && ew[0] == last && ew.len() == 1)
                    } else if ew.len() == 1 {
                        surname_match(el, last)
                    } else if ew.ends_with(words) || words.ends_with(ew) {
                        true
                    } else {
                        surname_match(el, last)
                            && ew.first().zip(words.first()).is_some_and(|(a, b)| {
                                a == b
                                    || a.starts_with(b.trim_end_matches('.'))
                                    || b.starts_with(a.trim_end_matches('.'))
                            })
                    }
                }
                _ => ew == words,
            }
        });
        // A family name written first ("Lin Wenhao ... Lin", "Park Jae-sung ... Park"): a single
        // word that opens the name of a person already met, when no name ends with it.
        let found = found.or_else(|| {
            (m.kind == EntityKind::Person && words.len() == 1)
                .then(|| {
                    (0..self.entities.len()).rev().find(|&e| {
                        let ew = &self.folded[e].words;
                        self.entities[e].kind == EntityKind::Person && ew.len() == 2 && ew[0] == last
                    })
                })
                .flatten()
        });
        // An acronym of a name already met ("Korean Central News Agency ... KCNA").
        let found = found.or_else(|| self.acronym_of(&m.name));
        let e = match found {
            Some(e) => {
                // The fullest name, and a written form over an upper-case dateline ("BERN").
                let (new, old) = (m.name.split_whitespace().count(), self.entities[e].name.split_whitespace().count());
                let shouting = |n: &str| n.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
                if new > old || new == old && shouting(&self.entities[e].name) && !shouting(&m.name) {
                    self.rename(e, m.name.clone());
                }
                e
            }
            None => {
                let gender = m.gender(lex);
                let country =
                    if m.kind == EntityKind::Place { lex.capital_country(&m.name).map(str::to_string) } else { None };
                let e = self.push_entity(Entity {
                    name: m.name.clone(),
                    kind: m.kind,
                    gender,
                    mentions: Vec::new(),
                    roles: Vec::new(),
                    country,
                });
                self.by_last_word.entry(last.to_string()).or_default().push(e);
                e
            }
        };
        let ent = &mut self.entities[e];
        if ent.gender == Gender::Unknown {
            ent.gender = m.gender(lex);
        }
        ent.mentions.push(m.span);
        e
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve_phrase(
        &mut self,
        doc: &Document,
        lex: &Lexicon,
        phrase: &SpeakerPhrase,
        framed: Span,
        table: NameTable,
        speaking: &[usize],
    ) -> Resolved {
        let NameTable { mentions: names, entity: name_entity } = table;
        let span = phrase.span;
        match phrase.kind {
            PhraseKind::Pronoun(g) => {
                // A group named by a plural or a collective ("Opposition parties", "the crowd").
                // (Its head, or its last word: "The Indymedia group of websites".)
                let several = |e: &Entity| {
                    let name = fold(&e.name);
                    let plural = |w: &str| (w.ends_with('s') && !w.ends_with("ss")) || COLLECTIVES.contains(&w);
                    plural(head_word(&name)) || plural(name.split_whitespace().last().unwrap_or_default())
                };
                let fits = |e: &Entity| match g {
                    Gender::Masculine | Gender::Feminine => {
                        (e.kind == EntityKind::Person || e.kind == EntityKind::Group && !several(e))
                            && (e.gender == g || e.gender == Gender::Unknown)
                    }
                    // "They" stands for several people or an organisation, not for "the neighbor".
                    Gender::Plural => match e.kind {
                        EntityKind::Person => false,
                        EntityKind::Group => several(e),
                        _ => true,
                    },
                    Gender::Neuter => {
                        matches!(e.kind, EntityKind::Organisation | EntityKind::Place | EntityKind::Group)
                    }
                    _ => false,
                };
                // "Harry Kane won the award. He said, ...": the subject of the sentence before,
                // in the same paragraph, comes before earlier speakers.
                // Only a person whose gender is known to fit: a capitalised opener is no subject.
                // "They" and "it" take a named organisation or group subject the same way.
                let subject = previous_subject(doc, lex, span, framed, table).filter(|&e| {
                    let en = &self.entities[e];
                    match g {
                        Gender::Masculine | Gender::Feminine => {
                            en.kind == EntityKind::Person
                                && (en.gender == g
                                    || en.gender == Gender::Unknown && en.name.split_whitespace().count() >= 2)
                        }
                        _ => en.kind != EntityKind::Person && fits(en),
                    }
                });
                let entity = subject.or_else(|| speaking.iter().rev().copied().find(|&e| fits(&self.entities[e])));
                Resolved { entity, resolution: if entity.is_some() { Resolution::Pronoun } else { Resolution::None } }
            }
            PhraseKind::Named => {
                // The last name mention inside the phrase is its head ("Foreign Minister Ceyhun Bayramov").
                // Names are in document order: look only at those starting inside the phrase.
                let lo = names.partition_point(|m| m.span.start < span.start);
                let hi = names.partition_point(|m| m.span.start < span.end);
                // "Kirk Honeycutt of the Hollywood Reporter": the head comes before the postmodifier.
                let text = doc.slice(span);
                let head_end = span.start + before_postmodifier(text).len();
                let in_phrase = |m: &&NameMention| span.contains(&m.span);
                let candidates = || names[lo..hi].iter().zip(&name_entity[lo..hi]);
                let role_head = |part: Span| {
                    let last = fold(doc.slice(part)).split_whitespace().last().unwrap_or_default().to_string();
                    lex.is_role(&last)
                };
                // "Azerbaijani police", "China's envoy": the head is a role, not the name.
                let inside = match candidates().rfind(|(m, _)| in_phrase(m) && m.span.end <= head_end) {
                    // "Special Minister of State Tom Gallagher": a title is no head.
                    Some(found)
                        if head_end < span.end
                            && !found
                                .0
                                .words
                                .last()
                                .is_some_and(|w| lex.is_role(w) || lex.title_len(&[w.as_str()]) > 0) =>
                    {
                        let head = Span::new(span.start, head_end);
                        Some(found).filter(|(m, _)| m.span.end == head.end || !role_head(head))
                    }
                    // "The former head of the Environment Agency" is the head, not the agency;
                    // "Residents of the village of Rovies" are no Rovies.
                    _ => candidates().rfind(|(m, _)| in_phrase(m)).filter(|(m, _)| {
                        let role_of_org = head_end < span.end
                            && m.kind != EntityKind::Person
                            && role_head(Span::new(span.start, head_end));
                        // ("Special Minister of State Tom Gallagher": a capitalised title heads
                        // the name it precedes.)
                        let title_head =
                            doc.slice(Span::new(span.start, head_end)).split_whitespace().last().is_some_and(|w| {
                                let f = fold(w);
                                w.starts_with(char::is_uppercase) && lex.title_len(&[f.as_str()]) > 0
                            });
                        let in_postmodifier = head_end < span.end && m.span.start >= head_end && !title_head;
                        (m.span.end == span.end || !role_head(span)) && !role_of_org && !in_postmodifier
                    }),
                };
                match inside {
                    Some((m, &e)) => {
                        let full = self.entities[e].name.split_whitespace().count();
                        let person = m.kind == EntityKind::Person && self.entities[e].kind == EntityKind::Person;
                        let how = if person && m.words.len() < full { Resolution::Surname } else { Resolution::Direct };
                        Resolved { entity: Some(e), resolution: how }
                    }
                    None => self.group_entity(doc, span),
                }
            }
            PhraseKind::Role => {
                let folded = fold(doc.slice(span));
                let words: Vec<&str> = folded.split_whitespace().collect();
                let content: Vec<&&str> =
                    words.iter().filter(|w| lex.is_role(w) || lex.np_modifiers.contains(**w)).collect();
                // "The former head of the commission" is a head, not a commission.
                let head = Some(head_word(&folded))
                    .filter(|w| lex.is_role(w))
                    .map(str::to_string)
                    .or_else(|| words.iter().rev().find(|w| lex.is_role(w)).map(|w| w.to_string()))
                    .unwrap_or_default();
                let leader = LEADER_WORDS.contains(&head.as_str());
                let definite = words.first().is_some_and(|w| *w == "the");
                let fits = |e: usize| {
                    let ent = &self.entities[e];
                    self.folded[e].words.contains(&head)
                        || ent.roles.contains(&head)
                        || (leader && ent.roles.iter().any(|r| LEADER_WORDS.contains(&r.as_str())) && content.len() > 1)
                };
                let candidates = || speaking.iter().rev().copied().chain((0..self.entities.len()).rev());
                // A named person holding the role comes before a phrase that only describes one
                // ("Sudan's ambassador to the UN ... Ambassador Tariq Osman ... the ambassador").
                let person = |e: usize| self.entities[e].kind == EntityKind::Person;
                let found = if definite {
                    candidates().find(|&e| fits(e) && person(e)).or_else(|| candidates().find(|&e| fits(e)))
                } else {
                    None
                };
                match found {
                    Some(e) => Resolved { entity: Some(e), resolution: Resolution::Role },
                    None => self.group_entity(doc, span),
                }
            }
        }
    }

    /// A phrase that describes a speaker before the text names them ("Sudan’s ambassador to the
    /// United Nations rejected ... Ambassador Tariq Osman el-Faki told ..."): a group whose head
    /// is a role that exactly one named person of the text holds is that person.
    fn name_described_holders(&mut self, lex: &Lexicon, items: &[Attribution]) {
        // Each role with the one person holding it, or None when several do.
        let mut holder: FxHashMap<String, Option<usize>> = FxHashMap::default();
        for (e, ent) in self.entities.iter().enumerate().filter(|(_, ent)| ent.kind == EntityKind::Person) {
            for r in &ent.roles {
                holder.entry(r.clone()).and_modify(|h| *h = None).or_insert(Some(e));
            }
        }
        for i in 0..self.resolved.len() {
            let Resolved { entity: Some(g), resolution: Resolution::Direct } = self.resolved[i] else { continue };
            if items.get(i).is_some_and(Attribution::is_loose) {
                continue;
            }
            if self.entities[g].kind != EntityKind::Group {
                continue;
            }
            let Some(head) = role_head_of(lex, &self.folded[g].name) else { continue };
            let Some(&Some(person)) = holder.get(&head) else { continue };
            self.resolved[i] = Resolved { entity: Some(person), resolution: Resolution::Role };
            if let Some(phrase) = items.get(i).and_then(|a| a.speaker.as_ref()) {
                self.entities[g].mentions.retain(|m| *m != phrase.span);
                if !self.entities[person].mentions.contains(&phrase.span) {
                    self.entities[person].mentions.push(phrase.span);
                }
            }
        }
    }

    /// The entity of several words whose initials `name` spells, when `name` is one upper-case
    /// word of two to six letters ("KCNA"); function words are not initialled.
    fn acronym_of(&self, name: &str) -> Option<usize> {
        if !is_acronym(name) {
            return None;
        }
        self.by_initials.get(&name.to_ascii_lowercase()).copied()
    }

    /// An entity for a phrase that names nobody ("officials", "Azerbaijani police").
    fn group_entity(&mut self, doc: &Document, span: Span) -> Resolved {
        let name = doc.slice(span).to_string();
        let folded = fold(&name);
        let e = match self.folded.iter().position(|f| f.name == folded) {
            Some(e) => e,
            None => self.push_entity(Entity {
                name,
                kind: EntityKind::Group,
                gender: Gender::Unknown,
                mentions: vec![],
                roles: vec![],
                country: None,
            }),
        };
        Resolved { entity: Some(e), resolution: Resolution::Direct }
    }

    /// Role words of an apposition after a framed speaker ("said X, the former head of Mossad",
    /// "X, who served as US ambassador") become the entity's roles.
    fn add_apposition_roles(&mut self, doc: &Document, lex: &Lexicon, e: usize, a: &Attribution) {
        let Some(phrase) = &a.speaker else { return };
        // A continuation repeats a phrase already read.
        if matches!(a.link, Link::Continuation(_) | Link::Context(Some(_))) {
            return;
        }
        let rest = &doc.text()[phrase.span.end..];
        let tail = rest.strip_prefix(',').map_or("", |tail| {
            let mut end = tail.find(['.', ',', ';', '“', '"', '\n', '\r']).unwrap_or(tail.len()).min(160);
            while !tail.is_char_boundary(end) {
                end -= 1;
            }
            &tail[..end]
        });
        let person = self.entities[e].kind == EntityKind::Person;
        for part in [doc.slice(phrase.span), tail] {
            for w in fold(part).split_whitespace() {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                // A person is not the institution they speak for.
                if lex.is_role(w) && !(person && names::org_words().contains(w)) {
                    push_unique(&mut self.entities[e].roles, w);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Analysis;

    /// The canonical speaker of each quotation and firm statement of `t`, in order.
    fn speakers(t: &str) -> Vec<Option<String>> {
        let a = Analysis::new(t.to_string());
        (0..a.attributions.len())
            .filter(|&i| !a.attributions[i].is_loose())
            .map(|i| a.speaker(i).map(|e| e.name.clone()))
            .collect()
    }

    #[test]
    fn pronouns_take_the_subject_introduced_before() {
        // The paragraph before introduces the speaker; the pronoun's frame follows the quotation.
        assert_eq!(
            speakers("Jane Doe lost half of her herd.\n“We have lost everything,” she said.\n"),
            [Some("Jane Doe".to_string())]
        );
        // After an opening phrase that names nobody, the pronoun still opens its clause.
        assert_eq!(
            speakers("Mark Levy was a general then. On May 28th, he advised that the cabinet could be detained.\n"),
            [Some("Mark Levy".to_string())]
        );
        // A name that modifies the next name's descriptor is not the subject.
        assert_eq!(
            speakers("Braves starter Kenji Morimoto gave up six runs. “That's on me,” he said.\n"),
            [Some("Kenji Morimoto".to_string())]
        );
    }

    #[test]
    fn short_forms_and_descriptions_join_the_named_entity() {
        // An acronym of a name met before.
        assert_eq!(
            speakers("The Korean Central News Agency (KCNA) reported it. 'We are ready,' KCNA said.\n"),
            [Some("Korean Central News Agency".to_string())]
        );
        // A spelled-out abbreviated title.
        assert_eq!(
            speakers("“We fly,” said Gen. Oleh Marchuk.\nAsked again, the general said only: “Let them count.”\n")[1],
            Some("Oleh Marchuk".to_string())
        );
        // A description before the name, when one named person holds the role.
        assert_eq!(
            speakers(
                "Sudan’s ambassador to the United Nations rejected the report, calling it “fabricated from start to \
                 finish”.\nAmbassador Tariq Osman el-Faki told the council that it was wrong.\n"
            ),
            [Some("Tariq Osman el-Faki".to_string()), Some("Tariq Osman el-Faki".to_string())]
        );
        // ... but not an indefinite one.
        assert_eq!(
            speakers("A Treasury spokeswoman said it was late.\nSpokeswoman Ann Lee said it was early.\n")[0],
            Some("A Treasury spokeswoman".to_string())
        );
        // The role of an organisation is not the organisation.
        assert_eq!(
            speakers("The former head of the Environment Agency told the inquiry that warnings were ignored.\n"),
            [Some("The former head of the Environment Agency".to_string())]
        );
    }

    #[test]
    fn initials_stay_in_the_name() {
        assert_eq!(
            speakers("Dr. S. Venkataraman Iyer, the chairman, said: “This is a proud day.”\n"),
            [Some("S. Venkataraman Iyer".to_string())]
        );
        assert_eq!(
            speakers("A.N. Whitcombe, the critic, called the book “a furious, funny, necessary novel” yesterday.\n"),
            [Some("A.N. Whitcombe".to_string())]
        );
    }
}
