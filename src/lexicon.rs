//! The word lists of `grammar/`, compiled into the binary and parsed once.
//!
//! Every list is plain text: one entry per line, `#` starts a comment. Look-ups fold case,
//! quote marks and diacritics first (see [`crate::text::fold`]).

use crate::text::{fold, fold_within};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Grammatical gender or number a speaker mention fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// A man.
    Masculine,
    /// A woman.
    Feminine,
    /// Several people or an organisation spoken of as "they".
    Plural,
    /// An organisation or thing ("it").
    Neuter,
    /// The writer ("we", "I").
    Writer,
    /// Not known.
    Unknown,
}

impl Gender {
    fn from_code(code: &str) -> Gender {
        match code {
            "m" => Gender::Masculine,
            "f" => Gender::Feminine,
            "p" => Gender::Plural,
            "o" => Gender::Neuter,
            "s" => Gender::Writer,
            _ => Gender::Unknown,
        }
    }
}

/// A cue verb form and what it can introduce.
#[derive(Debug, Clone)]
pub struct CueVerb {
    /// The lemma ("say" for "said").
    pub lemma: String,
    /// True when it introduces reported speech without quote marks.
    pub reported: bool,
    /// True when its statement may be an infinitive ("vowed to repeal the law"): flag `infinitive`.
    pub infinitive: bool,
    /// True when only a speaker phrase can be its subject ("The results show" is no one's
    /// statement): flag `stance`.
    pub stance: bool,
    /// True when it introduces reported speech at the loose level of certainty only: flag
    /// `loose`, and every verb of `grammar/loose_cues.txt`.
    pub loose: bool,
}

/// All lexicons used by the grammar and the checks.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Inflected cue verb form → lemma and use.
    pub cue_verbs: HashMap<String, CueVerb>,
    /// Verbs that introduce loosely recognised reported speech only (`grammar/loose_cues.txt`):
    /// kept apart from `cue_verbs`, which the quote frames and the clause-level grammar read.
    pub loose_verbs: HashMap<String, CueVerb>,
    /// Nouns that introduce a loosely recognised statement (`grammar/loose_nouns.txt`), folded,
    /// with the words that may follow them ("criticism" → "of").
    pub loose_nouns: HashMap<String, Vec<String>>,
    /// Attribution nouns ("statement"), folded; multi-word ones included.
    pub cue_nouns: HashSet<String>,
    /// Multi-word cues ("according to"), folded, as word lists.
    pub multiword_cues: Vec<Vec<String>>,
    /// Titles before names, folded, as word lists, longest first.
    pub titles: Vec<Vec<String>>,
    /// Positions in `titles` by first word (without a final stop).
    titles_by_first: HashMap<String, Vec<usize>>,
    /// One-word titles without a final stop.
    single_titles: HashSet<String>,
    /// Role nouns, folded, with their gender where known.
    pub roles: HashMap<String, Gender>,
    /// Pronouns that can be speakers.
    pub pronouns: HashMap<String, Gender>,
    /// Abbreviations (without the final stop, folded) → true when it may end a sentence.
    pub abbreviations: HashMap<String, bool>,
    /// Abbreviated titles spelled out ("gen" → "general").
    pub title_expansions: HashMap<String, String>,
    /// Ordinary sentence openers, folded.
    pub sentence_openers: HashSet<String>,
    /// Section labels and page chrome, folded.
    pub labels: HashSet<String>,
    /// Capital or seat of government, folded → country as written.
    pub capitals: HashMap<String, String>,
    /// First names, folded → gender.
    pub first_names: HashMap<String, Gender>,
    /// Lower-case words allowed inside a speaker's noun phrase, folded.
    pub np_modifiers: HashSet<String>,
    /// Prepositions that may continue a speaker's noun phrase, folded, as word lists.
    pub np_prepositions: Vec<Vec<String>>,
    /// Auxiliaries and adverbs between a speaker and the cue, folded.
    pub aux_adverbs: HashSet<String>,
    /// Function words left out of matching (grammar/stopwords.txt).
    pub stopwords: HashSet<String>,
    /// Hedge words (grammar/hedges.txt).
    pub hedges: HashSet<String>,
    /// Conjunctions after which a noun phrase opens a new clause (grammar/clause_openers.txt).
    pub clause_openers: HashSet<String>,
    /// Negation cues as folded word sequences (grammar/negations.txt).
    pub negations: Vec<Vec<String>>,
    /// Positions in `negations` by first word.
    negations_by_first: HashMap<String, Vec<usize>>,
    /// Number words and their values (grammar/number_words.txt).
    pub number_words: HashMap<String, NumberWord>,
    /// Opposites by stem: each stem maps to its opposites and the rule a swap falls under.
    pub antonyms: HashMap<String, Vec<(String, String)>>,
    /// Words standing for a country (demonyms, short names, capitals) mapped to the folded country.
    pub places: HashMap<String, String>,
    /// Speaker aliases from the configuration: folded alias → the canonical name.
    pub aliases: HashMap<String, String>,
    /// The countries of `places`, with how many words stand for each.
    countries: HashMap<String, usize>,
}

/// The value of a number word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberWord {
    /// Its value.
    pub value: f64,
    /// Multiplies the number before it ("million").
    pub scale: bool,
    /// A position rather than a count ("third").
    pub ordinal: bool,
}

fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty())
}

impl Lexicon {
    /// The lexicon built from the files in `grammar/`.
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        BUILTIN.get_or_init(Lexicon::parse_builtin)
    }

    fn parse_builtin() -> Lexicon {
        let mut lex = Lexicon::default();
        lex.add_cue_verbs(include_str!("../grammar/cue_verbs.txt"));
        lex.loose_verbs = cue_verb_map(include_str!("../grammar/loose_cues.txt"), true);
        for e in entries(include_str!("../grammar/loose_nouns.txt")) {
            if let Some((noun, next)) = fold(e).split_once(' ') {
                lex.loose_nouns.entry(noun.to_string()).or_default().push(next.trim().to_string());
            }
        }
        for e in entries(include_str!("../grammar/cue_nouns.txt")) {
            lex.cue_nouns.insert(fold(e));
        }
        for e in entries(include_str!("../grammar/multiword_cues.txt")) {
            lex.multiword_cues.push(fold(e).split_whitespace().map(str::to_string).collect());
        }
        for e in entries(include_str!("../grammar/titles.txt")) {
            lex.add_title(e);
        }
        for e in entries(include_str!("../grammar/roles.txt")) {
            lex.add_role(e);
        }
        for e in entries(include_str!("../grammar/pronouns.txt")) {
            let mut parts = e.split_whitespace();
            if let (Some(w), Some(g)) = (parts.next(), parts.next()) {
                lex.pronouns.insert(fold(w), Gender::from_code(g));
            }
        }
        for e in entries(include_str!("../grammar/abbreviations.txt")) {
            let mut parts = e.split_whitespace();
            if let (Some(w), Some(k)) = (parts.next(), parts.next()) {
                lex.abbreviations.insert(fold(w), k == "any");
                if let Some(full) = parts.next() {
                    lex.title_expansions.insert(fold(w), fold(full));
                }
            }
        }
        for e in entries(include_str!("../grammar/sentence_openers.txt")) {
            lex.sentence_openers.insert(fold(e));
        }
        for e in entries(include_str!("../grammar/labels.txt")) {
            lex.labels.insert(fold(e));
        }
        for e in entries(include_str!("../grammar/capitals.txt")) {
            lex.add_capital(e);
        }
        for e in entries(include_str!("../grammar/first_names.txt")) {
            let mut parts = e.split_whitespace();
            if let (Some(w), Some(g)) = (parts.next(), parts.next()) {
                lex.first_names.entry(fold(w)).or_insert(Gender::from_code(g));
            }
        }
        for e in entries(include_str!("../grammar/np_modifiers.txt")) {
            lex.np_modifiers.insert(fold(e));
        }
        for e in entries(include_str!("../grammar/np_prepositions.txt")) {
            lex.np_prepositions.push(fold(e).split_whitespace().map(str::to_string).collect());
        }
        lex.np_prepositions.sort_by_key(|p| std::cmp::Reverse(p.len()));
        for e in entries(include_str!("../grammar/aux_adverbs.txt")) {
            lex.aux_adverbs.insert(fold(e));
        }
        lex.add_check_words();
        lex.sort_titles();
        lex
    }

    fn add_check_words(&mut self) {
        self.stopwords.extend(entries(include_str!("../grammar/stopwords.txt")).map(fold));
        self.hedges.extend(entries(include_str!("../grammar/hedges.txt")).map(fold));
        self.clause_openers.extend(entries(include_str!("../grammar/clause_openers.txt")).map(fold));
        for e in entries(include_str!("../grammar/negations.txt")) {
            let words: Vec<String> = fold(e).split_whitespace().map(str::to_string).collect();
            if let Some(first) = words.first() {
                self.negations_by_first.entry(first.clone()).or_default().push(self.negations.len());
            }
            self.negations.push(words);
        }
        for e in entries(include_str!("../grammar/number_words.txt")) {
            let Some((word, rest)) = e.split_once('=') else { continue };
            let mut parts = rest.split_whitespace();
            let Some(Ok(value)) = parts.next().map(str::parse::<f64>) else { continue };
            let flags: Vec<&str> = parts.collect();
            let nw = NumberWord { value, scale: flags.contains(&"scale"), ordinal: flags.contains(&"ordinal") };
            self.number_words.insert(fold(word.trim()), nw);
        }
        for e in entries(include_str!("../grammar/antonyms.txt")) {
            self.add_antonyms(e);
        }
        for e in entries(include_str!("../grammar/demonyms.txt")) {
            self.add_place(e);
        }
        let capitals: Vec<(String, String)> = self.capitals.iter().map(|(k, v)| (k.clone(), fold(v))).collect();
        for (city, country) in capitals {
            self.set_place(city, country);
        }
    }

    /// Adds a pair of opposites in the `rule: word1 word2` format.
    pub fn add_antonyms(&mut self, entry: &str) {
        let Some((rule, words)) = entry.split_once(':') else { return };
        let words: Vec<String> = words.split_whitespace().map(|w| crate::text::stem(&fold(w)).to_string()).collect();
        if let [a, b] = words.as_slice() {
            let rule = rule.trim().to_string();
            self.antonyms.entry(a.clone()).or_default().push((b.clone(), rule.clone()));
            self.antonyms.entry(b.clone()).or_default().push((a.clone(), rule));
        }
    }

    /// Adds a word standing for a country in the `variant = Country` format.
    pub fn add_place(&mut self, entry: &str) {
        if let Some((variant, country)) = entry.split_once('=') {
            self.set_place(fold(variant.trim()).trim_end_matches('.').to_string(), fold(country.trim()));
        }
    }

    /// Maps `word` to `country` in `places`, keeping `countries` in step.
    fn set_place(&mut self, word: String, country: String) {
        *self.countries.entry(country.clone()).or_default() += 1;
        if let Some(old) = self.places.insert(word, country) {
            if let Some(n) = self.countries.get_mut(&old) {
                *n -= 1;
                if *n == 0 {
                    self.countries.remove(&old);
                }
            }
        }
    }

    /// The country a folded word stands for ("iranian" → "iran", "tehran" → "iran").
    pub fn place(&self, word: &str) -> Option<&str> {
        self.places.get(word.trim_end_matches('.')).map(String::as_str)
    }

    /// True when the folded word names a country that `places` maps to ("iran").
    pub fn is_country(&self, word: &str) -> bool {
        self.countries.contains_key(word)
    }

    /// True when `text` is a section label or page chrome (compared folded).
    pub fn is_label(&self, text: &str) -> bool {
        let longest = self.labels.iter().map(String::len).max().unwrap_or(0);
        // Folding turns each ASCII byte into one byte: a text with more ASCII bytes than the
        // longest label needs no folding to tell.
        if text.bytes().filter(u8::is_ascii).nth(longest).is_some() {
            return false;
        }
        fold_within(text, longest).is_some_and(|f| self.labels.contains(&f))
    }

    /// True when the folded word is a hedge.
    pub fn is_hedge(&self, word: &str) -> bool {
        self.hedges.contains(word)
    }

    /// The length in words of the negation cue that starts `words` (folded), or 0.
    pub fn negation_len(&self, words: &[&str]) -> usize {
        if words.first().is_some_and(|w| w.ends_with("n't") || *w == "n't") {
            return 1;
        }
        // Tokenised with the apostrophe apart: "doesn ’ t", "don t".
        if let [first, "t", ..] = words {
            if *first == "n" || (first.len() >= 3 && first.ends_with('n')) {
                return 2;
            }
        }
        let Some(candidates) = words.first().and_then(|w| self.negations_by_first.get(*w)) else { return 0 };
        candidates
            .iter()
            .map(|&i| &self.negations[i])
            .filter(|n| n.len() <= words.len() && n.iter().zip(words).all(|(a, b)| a == b))
            .map(Vec::len)
            .max()
            .unwrap_or(0)
    }

    /// True when `words` (folded) start with a title; returns its length in words.
    pub fn title_len(&self, words: &[&str]) -> usize {
        let Some(first) = words.first() else { return 0 };
        let Some(candidates) = self.titles_by_first.get(first.trim_end_matches('.')) else { return 0 };
        candidates
            .iter()
            .map(|&i| &self.titles[i])
            .find(|t| {
                t.len() <= words.len()
                    && t.iter().zip(words).all(|(a, b)| a.trim_end_matches('.') == b.trim_end_matches('.'))
            })
            .map_or(0, Vec::len)
    }

    /// True when the folded word is a one-word title ("minister", "gen").
    pub fn is_single_title(&self, word: &str) -> bool {
        self.single_titles.contains(word)
    }

    /// Adds cue verbs in the `grammar/cue_verbs.txt` format.
    pub fn add_cue_verbs(&mut self, list: &str) {
        self.cue_verbs.extend(cue_verb_map(list, false));
    }

    /// Adds one title ("Foreign Minister").
    pub fn add_title(&mut self, title: &str) {
        let words: Vec<String> = fold(title).split_whitespace().map(str::to_string).collect();
        if !words.is_empty() && !self.titles.contains(&words) {
            self.titles.push(words);
            self.index_title(self.titles.len() - 1);
        }
    }

    /// Keeps multi-word titles ahead of their prefixes.
    pub fn sort_titles(&mut self) {
        self.titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        self.index_titles();
    }

    fn index_titles(&mut self) {
        self.titles_by_first.clear();
        self.single_titles.clear();
        for i in 0..self.titles.len() {
            self.index_title(i);
        }
    }

    fn index_title(&mut self, i: usize) {
        let t = &self.titles[i];
        let first = t[0].trim_end_matches('.').to_string();
        if t.len() == 1 {
            self.single_titles.insert(first.clone());
        }
        self.titles_by_first.entry(first).or_default().push(i);
    }

    /// Adds one role in the `grammar/roles.txt` format ("spokeswoman f").
    pub fn add_role(&mut self, entry: &str) {
        let folded = fold(entry);
        let (word, gender) = match folded.rsplit_once(' ') {
            Some((w, g)) if g == "m" || g == "f" => (w.to_string(), Gender::from_code(g)),
            _ => (folded.clone(), Gender::Unknown),
        };
        self.roles.insert(word, gender);
    }

    /// Adds one capital metonym in the `City = Country` format.
    pub fn add_capital(&mut self, entry: &str) {
        if let Some((city, country)) = entry.split_once('=') {
            self.capitals.insert(fold(city.trim()), country.trim().to_string());
        }
    }

    /// Declares that `alias` and `name` denote the same speaker.
    pub fn add_alias(&mut self, alias: &str, name: &str) {
        self.aliases.insert(fold(alias.trim()), name.trim().to_string());
    }

    /// The canonical name for a speaker's name, when the configuration gives one for the whole
    /// name or for its last word.
    pub fn canonical_name(&self, name: &str) -> Option<&str> {
        if self.aliases.is_empty() {
            return None;
        }
        let folded = fold(name);
        let last = folded.split_whitespace().last().unwrap_or("");
        self.aliases.get(&folded).or_else(|| self.aliases.get(last)).map(String::as_str)
    }

    /// The cue verb for an inflected form, if it is one.
    pub fn cue_verb(&self, word: &str) -> Option<&CueVerb> {
        self.cue_verbs.get(&*folded(word))
    }

    /// The gender a pronoun speaker fits, if `word` is one.
    pub fn pronoun(&self, word: &str) -> Option<Gender> {
        self.pronouns.get(&*folded(word)).copied()
    }

    /// True when `word` is a role noun.
    pub fn is_role(&self, word: &str) -> bool {
        let word = folded(word);
        self.roles.contains_key(&*word) || without_role_prefix(&word).is_some_and(|b| self.roles.contains_key(b))
    }

    /// The country a capital stands for.
    pub fn capital_country(&self, city: &str) -> Option<&str> {
        self.capitals.get(&*folded(city)).map(String::as_str)
    }
}

/// What the word lists of a lexicon say of one exact key (no folding), gathered from its maps
/// and sets so that one look-up answers them all (see [`Lexicon::word_flags`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct WordFlags {
    /// A key of `cue_verbs`.
    pub cue_verb: bool,
    /// A key of `loose_verbs`.
    pub loose_verb: bool,
    /// A key of `loose_nouns`.
    pub loose_noun: bool,
    /// In `cue_nouns`.
    pub cue_noun: bool,
    /// The first word of an entry of `multiword_cues`.
    pub multiword_first: bool,
    /// A one-word title ([`Lexicon::is_single_title`]).
    pub single_title: bool,
    /// A key of `roles`.
    pub role: bool,
    /// In `np_modifiers`.
    pub np_modifier: bool,
    /// In `aux_adverbs`.
    pub aux_adverb: bool,
    /// In `stopwords`.
    pub stopword: bool,
    /// The value of `pronouns` for the key.
    pub pronoun: Option<Gender>,
}

impl Lexicon {
    /// The combined table key → [`WordFlags`] of the built-in lexicon, when `self` is the
    /// built-in lexicon itself ([`Lexicon::builtin`]), else `None`. The table is derived once from
    /// the built-in lexicon, which is immutable once built, so it always agrees with it; any
    /// other lexicon (a clone, one built or changed by the caller) is looked up map by map.
    pub fn word_flags(&self) -> Option<&'static HashMap<String, WordFlags>> {
        static TABLE: OnceLock<HashMap<String, WordFlags>> = OnceLock::new();
        let builtin = Lexicon::builtin();
        std::ptr::eq(self, builtin).then(|| TABLE.get_or_init(|| builtin.derive_word_flags()))
    }

    /// Every key of the lists [`WordFlags`] covers, with its flags.
    fn derive_word_flags(&self) -> HashMap<String, WordFlags> {
        let mut table: HashMap<String, WordFlags> = HashMap::default();
        let mut set = |keys: &mut dyn Iterator<Item = &String>, flag: fn(&mut WordFlags)| {
            for k in keys {
                flag(table.entry(k.clone()).or_default());
            }
        };
        set(&mut self.cue_verbs.keys(), |f| f.cue_verb = true);
        set(&mut self.loose_verbs.keys(), |f| f.loose_verb = true);
        set(&mut self.loose_nouns.keys(), |f| f.loose_noun = true);
        set(&mut self.cue_nouns.iter(), |f| f.cue_noun = true);
        set(&mut self.multiword_cues.iter().filter_map(|e| e.first()), |f| f.multiword_first = true);
        set(&mut self.single_titles.iter(), |f| f.single_title = true);
        set(&mut self.roles.keys(), |f| f.role = true);
        set(&mut self.np_modifiers.iter(), |f| f.np_modifier = true);
        set(&mut self.aux_adverbs.iter(), |f| f.aux_adverb = true);
        set(&mut self.stopwords.iter(), |f| f.stopword = true);
        for (k, &g) in &self.pronouns {
            table.entry(k.clone()).or_default().pronoun = Some(g);
        }
        table
    }
}

/// A folded word without a prefix that keeps a role ("co-anchor", "ex-minister", "vice-chairman").
pub(crate) fn without_role_prefix(word: &str) -> Option<&str> {
    ["co-", "ex-", "vice-"].iter().find_map(|p| word.strip_prefix(p))
}

/// Every form of the cue verbs of `list` (the `grammar/cue_verbs.txt` format) → its entry;
/// `loose` marks them all loose.
fn cue_verb_map(list: &str, loose: bool) -> HashMap<String, CueVerb> {
    let mut map = HashMap::default();
    for e in entries(list) {
        let (forms, flags) = e.split_once('|').unwrap_or((e, ""));
        let mut words = forms.split_whitespace().map(fold);
        let Some(lemma) = words.next() else { continue };
        let cue = CueVerb {
            lemma: lemma.clone(),
            reported: flags.contains("reported"),
            infinitive: flags.contains("infinitive"),
            stance: flags.contains("stance"),
            loose: loose || flags.contains("loose"),
        };
        map.insert(lemma, cue.clone());
        for w in words {
            map.insert(w, cue.clone());
        }
    }
    map
}

/// `word` folded (see [`fold`]), borrowed when folding leaves it as it is: most look-ups
/// are of words folded already.
pub(crate) fn folded(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`' && b != b'\t') {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(word))
    }
}

/// The month number (1–12) of a folded month name or abbreviation.
pub fn month_number(word: &str) -> Option<u32> {
    static MONTHS: OnceLock<HashMap<String, u32>> = OnceLock::new();
    let map = MONTHS.get_or_init(|| {
        let mut m = HashMap::default();
        for e in entries(include_str!("../grammar/months.txt")) {
            let mut parts = e.split_whitespace();
            if let Some(Ok(n)) = parts.next().map(str::parse::<u32>) {
                for name in parts {
                    m.insert(name.to_string(), n);
                }
            }
        }
        m
    });
    map.get(word.trim_end_matches('.')).copied()
}

/// True for a folded weekday name or abbreviation.
pub fn is_weekday(word: &str) -> bool {
    static DAYS: OnceLock<HashSet<String>> = OnceLock::new();
    DAYS.get_or_init(|| {
        entries(include_str!("../grammar/weekdays.txt"))
            .flat_map(|e| e.split_whitespace().map(str::to_string))
            .collect()
    })
    .contains(word.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_load() {
        let lex = Lexicon::builtin();
        assert_eq!(lex.cue_verb("Said").unwrap().lemma, "say");
        assert!(lex.cue_verb("emphasising").is_some());
        assert!(lex.cue_verb("drone").is_none());
        assert_eq!(lex.pronoun("She"), Some(Gender::Feminine));
        assert_eq!(lex.capital_country("tehran"), Some("Iran"));
        assert_eq!(lex.roles.get("spokeswoman"), Some(&Gender::Feminine));
        assert!(lex.titles.first().unwrap().len() >= 2, "longest titles first");
        assert_eq!(lex.abbreviations.get("mr"), Some(&false));
        assert_eq!(lex.abbreviations.get("u.s"), Some(&true));
    }
}
