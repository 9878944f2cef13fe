//! People, places and organizations: a greedy BILOU tagger (averaged perceptron) over word,
//! shape, affix, word-cluster, gazetteer and document-memory features, followed by
//! document-level resolution (acronyms tied to their expansions, titles, canonical forms) and
//! the user's own entries.

mod features;
mod hash;
mod lexicon;
mod model;
mod tagger;
#[cfg(feature = "train")]
mod train;

use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::entity::{Entity, EntityKind, EntityType, Organization, Person, Place};
use crate::extractor::Recognizer;
use crate::text::{tokenize, Tokens};
use features::case_of as case_of_word;
use features::{split_label, Pos};
use hash::FastMap;
use lexicon::{
    norm_lower, phrase_key, phrase_key_extend, phrase_words, CORPSUFFIX, COUNTRY_OR_CITY, DEMONYM,
    FIRST, GAZETTEER, LAST, NOT_PERSON, TITLE,
};
use model::Model;
#[cfg(feature = "train")]
pub use train::{train, TrainDoc};

static MODEL_BYTES: &[u8] = include_bytes!("../../data/names.model");

static DEFAULT_MODEL: Lazy<Arc<Model>> = Lazy::new(|| {
    Arc::new(Model::from_bytes(MODEL_BYTES).unwrap_or_else(|e| {
        panic!("the embedded names model does not match the feature code ({e:?}): re-train it")
    }))
});

/// Names the user asked to find, by normalized phrase key.
#[derive(Debug, Default)]
struct UserNames {
    by_key: FastMap<u64, EntityType>,
    max_len: usize,
}

/// Finds names of people, places and organizations.
///
/// ```
/// use factsift::{NameExtractor, Recognizer};
/// let doc = NameExtractor::default()
///     .extract("Chinese President Xi Jinping arrived in Astana on Monday.");
/// let (_, person) = doc.people().next().unwrap();
/// assert_eq!(person.name, "Xi Jinping");
/// assert_eq!(person.title.as_deref(), Some("President"));
/// let (_, place) = doc.places().next().unwrap();
/// assert_eq!(place.name, "Astana");
/// assert_eq!(place.country.as_deref(), Some("KZ"));
/// ```
#[derive(Debug, Clone)]
pub struct NameExtractor {
    model: Arc<Model>,
    user: Arc<UserNames>,
}

impl Default for NameExtractor {
    /// The embedded model, no user entries.
    fn default() -> NameExtractor {
        NameExtractor { model: Arc::clone(&DEFAULT_MODEL), user: Arc::default() }
    }
}

/// A name found by the tagger or a user entry: tokens `a..=b`.
#[derive(Debug, Clone)]
struct Span {
    a: usize,
    b: usize,
    ty: usize,
    conf: f32,
}

const PER: usize = 0;
const LOC: usize = 1;
const ORG: usize = 2;
/// Other names (CoNLL MISC): learned by the tagger, never output.
const MISC: usize = 3;

fn entity_type_index(t: EntityType) -> Option<usize> {
    match t {
        EntityType::Person => Some(PER),
        EntityType::Place => Some(LOC),
        EntityType::Organization => Some(ORG),
        _ => None,
    }
}

impl NameExtractor {
    /// An extractor using a model file written by the training command (feature `train`).
    #[cfg(feature = "train")]
    pub fn from_model_bytes(bytes: &[u8]) -> Result<NameExtractor, String> {
        let model = Model::from_bytes(bytes).map_err(|e| format!("{e:?}"))?;
        Ok(NameExtractor { model: Arc::new(model), user: Arc::default() })
    }

    /// Adds names the extractor must find as `ty` (person, place or organization) wherever they
    /// occur, matched whole-token and case-insensitively; the tagger decides everywhere else.
    /// Other entity types are ignored.
    ///
    /// ```
    /// use factsift::{EntityType, NameExtractor, Recognizer};
    /// let ex = NameExtractor::default().with_names(EntityType::Organization, ["Zhetysu Labs"]);
    /// let doc = ex.extract("Analysts at Zhetysu Labs disagreed.");
    /// assert_eq!(doc.organizations().next().unwrap().0.text, "Zhetysu Labs");
    /// ```
    pub fn with_names<I, S>(mut self, ty: EntityType, names: I) -> NameExtractor
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        if entity_type_index(ty).is_none() {
            return self;
        }
        let mut user = UserNames { by_key: self.user.by_key.clone(), max_len: self.user.max_len };
        for name in names {
            let words = phrase_words(name.as_ref());
            if words.is_empty() || words.len() > 12 {
                continue;
            }
            user.max_len = user.max_len.max(words.len());
            user.by_key.insert(phrase_key(words.iter().map(String::as_str)), ty);
        }
        self.user = Arc::new(user);
        self
    }

    fn spans(&self, text: &str, toks: &Tokens) -> Vec<Span> {
        let tagged = tagger::tag(&self.model, text, toks);
        let scale = self.model.conf_scale;
        let mut spans = Vec::new();
        let mut open: Option<(usize, usize, f32)> = None;
        for (i, &l) in tagged.labels.iter().enumerate() {
            let m = tagged.margins[i];
            let c = if m.is_finite() { m / (m + scale) } else { 1.0 };
            match split_label(l as usize) {
                Some((t, Pos::U)) => spans.push(Span { a: i, b: i, ty: t, conf: c }),
                Some((t, Pos::B)) => open = Some((i, t, c)),
                Some((t, Pos::I)) => {
                    if let Some(o) = open.as_mut().filter(|o| o.1 == t) {
                        o.2 = o.2.min(c);
                    }
                }
                Some((t, Pos::Lst)) => {
                    if let Some((a, ot, oc)) = open.take() {
                        if ot == t {
                            spans.push(Span { a, b: i, ty: t, conf: oc.min(c) });
                        }
                    }
                }
                None => open = None,
            }
        }
        spans
    }
}

/// Upper-case letters of an acronym-like token, if it is one ("KazISS" -> "KISS").
fn acronym_letters(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|c| c.is_uppercase()).collect();
    let n = word.chars().filter(|c| c.is_alphabetic()).count();
    (letters.chars().count() >= 2 && letters.chars().count() * 2 >= n).then_some(letters)
}

/// Whether the capitals of `acro` appear in order among the initials of `words`.
fn initials_match(acro: &str, words: &[&str]) -> bool {
    let caps: Vec<char> =
        words.iter().flat_map(|w| w.chars().filter(|c| c.is_uppercase())).collect();
    let mut it = caps.iter();
    let first = acro.chars().next();
    if first != caps.first().copied() {
        return false;
    }
    acro.chars().all(|a| it.any(|&c| c == a))
}

/// Words that may stand inside a title ("Deputy Foreign Minister").
const TITLE_MODIFIERS: &[&str] = &[
    "foreign",
    "prime",
    "vice",
    "deputy",
    "first",
    "defence",
    "defense",
    "finance",
    "economy",
    "trade",
    "interior",
    "justice",
    "health",
    "energy",
    "agriculture",
    "education",
    "state",
    "chief",
    "executive",
    "senior",
    "acting",
    "general",
    "secretary",
    "security",
    "national",
    "former",
    "assistant",
    "associate",
    "supreme",
    "high",
    "grand",
    "crown",
    "economic",
    "affairs",
    "industry",
    "labour",
    "labor",
    "culture",
    "information",
    "transport",
    "emergency",
];

impl Recognizer for NameExtractor {
    fn entity_types(&self) -> &[EntityType] {
        &[EntityType::Person, EntityType::Place, EntityType::Organization]
    }

    fn recognize(&self, text: &str, out: &mut Vec<Entity>) {
        let toks = tokenize(text);
        let n = toks.tokens.len();
        if n == 0 {
            return;
        }
        let word = |i: usize| toks.tokens[i].as_str(text);
        let mut spans = split_lists(self.spans(text, &toks), &toks, text);
        // User entries: longest match wins over the tagger.
        if !self.user.by_key.is_empty() {
            let sentence_of: Vec<usize> = {
                let mut v = vec![0; n];
                for (s, r) in toks.sentences.iter().enumerate() {
                    v[r.clone()].iter_mut().for_each(|x| *x = s);
                }
                v
            };

            let mut user_spans = Vec::new();
            let mut i = 0;
            while i < n {
                let mut h = None;
                let mut best = None;
                for e in i..(i + self.user.max_len).min(n) {
                    if sentence_of[e] != sentence_of[i] {
                        break;
                    }
                    let k = phrase_key_extend(h, &norm_lower(word(e)));
                    h = Some(k);
                    if let Some(&t) = self.user.by_key.get(&k) {
                        best = Some((e, t));
                    }
                }
                if let Some((e, t)) = best {
                    if let Some(ty) = entity_type_index(t) {
                        user_spans.push(Span { a: i, b: e, ty, conf: 1.0 });
                    }
                    i = e + 1;
                } else {
                    i += 1;
                }
            }
            spans.retain(|s| user_spans.iter().all(|u| s.b < u.a || s.a > u.b));
            spans.extend(user_spans);
            spans.sort_by_key(|s| s.a);
        }

        // Acronyms in parentheses right after a name: "Institute for Strategic Studies (KazISS)".
        // acronym -> (first token, last token, type) of its expansion; token positions, not
        // indices into `spans`, which shrinks below.
        let mut acronyms: FastMap<String, (usize, usize, usize)> = FastMap::default();
        for s in &spans {
            if s.ty > ORG || s.b + 3 >= n {
                continue;
            }
            let (open, acro, close) = (word(s.b + 1), word(s.b + 2), word(s.b + 3));
            if open != "(" || close != ")" {
                continue;
            }
            let Some(letters) = acronym_letters(acro) else { continue };
            let words: Vec<&str> = (s.a..=s.b).map(word).collect();
            if s.b > s.a && initials_match(&letters, &words) {
                acronyms.insert(acro.to_string(), (s.a, s.b, s.ty));
            }
        }
        // An acronym whose expansion is no name ("Belt and Road Initiative (BRI)") is no name
        // either, anywhere in the document.
        let mut not_names: Vec<&str> = Vec::new();
        let mut end_of_span = vec![false; n];
        spans.iter().filter(|s| s.ty <= ORG).for_each(|s| end_of_span[s.b] = true);
        for i in 1..n.saturating_sub(2) {
            let acro = word(i + 1);
            if word(i) != "(" || word(i + 2) != ")" || end_of_span[i - 1] {
                continue;
            }
            let Some(letters) = acronym_letters(acro) else { continue };
            let mut a = i;
            while a > 0 && i - a < 12 {
                let w = word(a - 1);
                let cap = w.chars().next().is_some_and(char::is_uppercase);
                let connector = matches!(w, "of" | "and" | "for" | "&" | "the" | "on" | "de");
                if cap || (connector && a < i) {
                    a -= 1;
                } else {
                    break;
                }
            }
            let words: Vec<&str> = (a..i).map(word).collect();
            if words.len() >= 2 && initials_match(&letters, &words) && !acronyms.contains_key(acro)
            {
                not_names.push(acro);
            }
        }
        if !not_names.is_empty() {
            spans.retain(|s| s.a != s.b || !not_names.contains(&word(s.a)));
        }
        let mut canonical_of_acronym: FastMap<String, (String, usize)> = FastMap::default();
        for (acro, &(a, b, ty)) in &acronyms {
            let full = &text[toks.tokens[a].start..toks.tokens[b].end];
            canonical_of_acronym.insert(acro.clone(), (full.to_string(), ty));
        }
        let acronym_of_full: FastMap<String, String> = canonical_of_acronym
            .iter()
            .map(|(acro, (full, _))| (full.clone(), acro.clone()))
            .collect();
        if !canonical_of_acronym.is_empty() {
            // Every mention of the acronym gets the expansion's type.
            let mut covered = vec![usize::MAX; n];
            for (k, s) in spans.iter().enumerate() {
                covered[s.a..=s.b].iter_mut().for_each(|c| *c = k);
            }
            for (i, &cov) in covered.iter().enumerate() {
                if let Some((_, ty)) = canonical_of_acronym.get(word(i)) {
                    match cov {
                        usize::MAX => spans.push(Span { a: i, b: i, ty: *ty, conf: 0.9 }),
                        k if spans[k].a == i && spans[k].b == i => spans[k].ty = *ty,
                        _ => {}
                    }
                }
            }
            spans.sort_by_key(|s| s.a);
        }

        org_consistency(&mut spans, &toks, text);
        person_consistency(&mut spans, &toks, text);
        for s in spans.iter_mut().filter(|s| s.a == s.b && is_place_pair(word(s.a))) {
            s.ty = MISC;
        }
        word_consistency(&mut spans, &toks, text);

        // Drop other names (MISC), a leading lower-case "the", possessives, and whatever a rule
        // above joined to a name across the end of its sentence.
        spans.retain(|s| s.ty <= ORG);
        let sentence_end = |i: usize| {
            let k = toks.sentences.partition_point(|r| r.end <= i);
            toks.sentences.get(k).map_or(n, |r| r.end) - 1
        };
        for s in &mut spans {
            s.b = s.b.min(sentence_end(s.a)).max(s.a);
            while s.a < s.b && matches!(word(s.a), "the" | "a" | "an") {
                s.a += 1;
            }
            while s.b > s.a && matches!(norm_lower(word(s.b)).as_str(), "'s" | "'") {
                s.b -= 1;
            }
        }

        // People: the fullest form in the document. For each word of a person's name, the
        // longest name containing it (the earliest among equals).
        let lower = |i: usize| norm_lower(word(i));
        let mut fullest: FastMap<String, (usize, usize)> = FastMap::default();
        for s in spans.iter().filter(|s| s.ty == PER) {
            for i in s.a..=s.b {
                let e = fullest.entry(lower(i)).or_insert((s.a, s.b));
                if s.b - s.a > e.1 - e.0 {
                    *e = (s.a, s.b);
                }
            }
        }
        let canonical_person = |s: &Span| -> (usize, usize) {
            let mine: Vec<String> = (s.a..=s.b).map(lower).collect();
            let Some(&(ca, cb)) = mine.last().and_then(|w| fullest.get(w)) else {
                return (s.a, s.b);
            };
            let theirs: Vec<String> = (ca..=cb).map(lower).collect();
            if mine.iter().all(|w| theirs.contains(w)) {
                (ca, cb)
            } else {
                (s.a, s.b)
            }
        };
        let slice = |a: usize, b: usize| &text[toks.tokens[a].start..toks.tokens[b].end];

        for s in &spans {
            let name = slice(s.a, s.b).to_string();
            let kind = match s.ty {
                PER => {
                    let (ca, cb) = canonical_person(s);
                    EntityKind::Person(Person {
                        title: title_before(&toks, text, s.a),
                        canonical: slice(ca, cb).to_string(),
                        name: name.clone(),
                    })
                }
                LOC => {
                    let words: Vec<String> = (s.a..=s.b).map(lower).collect();
                    let key = phrase_key(words.iter().map(String::as_str));
                    let entry = GAZETTEER.get(key).filter(|e| e.kind.is_some());
                    EntityKind::Place(Place {
                        canonical: entry.map_or_else(|| name.clone(), |e| e.canonical.to_string()),
                        kind: entry.and_then(|e| e.kind),
                        country: entry
                            .and_then(|e| e.country)
                            .map(|c| String::from_utf8_lossy(&c).into_owned()),
                        name: name.clone(),
                    })
                }
                _ => {
                    let (acronym, canonical) =
                        if let Some((full, _)) = canonical_of_acronym.get(&name) {
                            (Some(name.clone()), full.clone())
                        } else if let Some(acro) = acronym_of_full.get(&name) {
                            (Some(acro.clone()), name.clone())
                        } else {
                            (None, name.clone())
                        };
                    EntityKind::Organization(Organization {
                        acronym,
                        canonical,
                        name: name.clone(),
                    })
                }
            };
            let (bs, be) = (toks.tokens[s.a].start, toks.tokens[s.b].end);
            // A user's entry stays certain; the tagger's names get calibrated confidence.
            let conf = if s.conf >= 1.0 { 1.0 } else { self.model.calibrated(s.conf) };
            if let Some(e) = Entity::new(text, bs, be, conf, kind) {
                out.push(e);
            }
        }
    }
}

/// Splits a name the tagger ran across a comma ("Mercantile, Commerce") into the names on
/// either side, and drops a date word the tagger let a name run into ("CNBC Friday").
fn split_lists(spans: Vec<Span>, toks: &Tokens, text: &str) -> Vec<Span> {
    let word = |i: usize| toks.tokens[i].as_str(text);
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let mut a = s.a;
        for i in s.a..=s.b + 1 {
            if i > s.b || word(i) == "," {
                let mut b = i;
                while b > a + 1 && is_date_word(word(b - 1), s.ty) {
                    b -= 1;
                }
                if b > a {
                    out.push(Span { a, b: b - 1, ..s });
                }
                a = i + 1;
            }
        }
    }
    join_ampersands(out, toks, text)
}

/// A name joined to a capitalized word or another name by "&" is one company ("Douglas &
/// Lomason", "Schroder Wertheim & Co").
fn join_ampersands(spans: Vec<Span>, toks: &Tokens, text: &str) -> Vec<Span> {
    let n = toks.tokens.len();
    let word = |i: usize| toks.tokens[i].as_str(text);
    let cap =
        |i: usize| matches!(case_of_word(word(i)), features::Case::Title | features::Case::Upper);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for mut s in spans {
        if let Some(last) = out.last_mut() {
            if last.b + 2 == s.a && word(last.b + 1) == "&" {
                *last = Span { a: last.a, b: s.b, ty: ORG, conf: last.conf.min(s.conf) };
                continue;
            }
        }
        let free_before = out.last().map_or(true, |l| l.b + 2 < s.a);
        if s.a >= 2 && free_before && word(s.a - 1) == "&" && cap(s.a - 2) {
            s.a -= 2;
            s.ty = ORG;
        }
        out.push(s);
    }
    for k in 0..out.len() {
        let b = out[k].b;
        let free_after = out.get(k + 1).map_or(true, |nx| nx.a > b + 2);
        if b + 2 < n && free_after && word(b + 1) == "&" && cap(b + 2) {
            out[k].b = b + 2;
            out[k].ty = ORG;
        }
    }
    out
}

/// Whether a name of type `ty` cannot end in `w`: a weekday, or for places and organizations a
/// month ("Chicago Purchasing Managers August").
fn is_date_word(w: &str, ty: usize) -> bool {
    let weekday = matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    );
    let month = matches!(
        w,
        "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    );
    weekday || (month && ty != PER)
}

/// Whether `word` joins countries or cities with hyphens ("Kazakhstan-China", "U.S.-Russia"):
/// an adjective of the relation, not a place, unless the whole is itself a known place
/// ("Guinea-Bissau").
fn is_place_pair(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['-', '–']).collect();
    parts.len() >= 2
        && word_cats(word) == 0
        && parts.iter().all(|p| !p.is_empty() && word_cats(p) & COUNTRY_OR_CITY != 0)
}

/// Below this confidence, the tagger's organization is open to the document's evidence.
const UNSURE: f32 = 0.1;

/// Gazetteer categories of a single word.
fn word_cats(word: &str) -> u16 {
    GAZETTEER.get(phrase_key([norm_lower(word).as_str()])).map_or(0, |e| e.cats)
}

/// One label for a company across the document: a name followed by a company suffix
/// ("Pirelli SpA", "Lomason Co") is an organization with the suffix in its span, and the same
/// name without the suffix is that organization wherever the tagger took it for a person or a
/// place.
fn org_consistency(spans: &mut [Span], toks: &Tokens, text: &str) {
    let n = toks.tokens.len();
    let word = |i: usize| toks.tokens[i].as_str(text);
    let suffix = |i: usize| {
        i < n && word(i).starts_with(char::is_uppercase) && word_cats(word(i)) & CORPSUFFIX != 0
    };
    let key = |a: usize, b: usize| {
        let words: Vec<String> = (a..=b).map(|i| norm_lower(word(i))).collect();
        phrase_key(words.iter().map(String::as_str))
    };
    let mut companies: FastMap<u64, ()> = FastMap::default();
    let mut starts = vec![false; n];
    spans.iter().for_each(|s| starts[s.a] = true);
    for s in spans.iter_mut().filter(|s| s.ty <= ORG) {
        if suffix(s.b + 1) && !starts[s.b + 1] {
            s.b += 1;
            s.ty = ORG;
        }
        if s.ty == ORG && s.b > s.a && suffix(s.b) {
            companies.insert(key(s.a, s.b - 1), ());
        }
    }
    if companies.is_empty() {
        return;
    }
    for s in spans.iter_mut().filter(|s| s.ty == PER || s.ty == LOC) {
        if companies.contains_key(&key(s.a, s.b)) {
            s.ty = ORG;
        }
    }
}

/// One label for a person across the document (issue 3 item 4).
///
/// - An organization of two or three title-case words that the tagger is unsure of, that
///   begins with a known first name or surname and holds no place, organization or title
///   word, is a person ("Xi Jinping" where the tagger wavers).
/// - Person words: the last word of a full name ("Tokayev" of "Kassym-Jomart Tokayev"), a
///   first word known only as a surname ("Xi" of "Xi Jinping"), a single name after a title
///   ("President Tokayev"). Anywhere else in the document, such a word left out by the
///   tagger, or tagged as an organization it is unsure of, is that person too.
fn person_consistency(spans: &mut Vec<Span>, toks: &Tokens, text: &str) {
    let word = |i: usize| toks.tokens[i].as_str(text);
    let title_case = |i: usize| case_of_word(word(i)) == features::Case::Title;
    let two_or_three = |s: &Span| (1..3).contains(&(s.b - s.a));
    for s in spans.iter_mut().filter(|s| s.ty == ORG && s.conf < UNSURE && two_or_three(s)) {
        let named = word_cats(word(s.a)) & (FIRST | LAST) != 0;
        if named && (s.a..=s.b).all(|i| title_case(i) && word_cats(word(i)) & NOT_PERSON == 0) {
            s.ty = PER;
        }
    }
    let mut person_words: FastMap<String, ()> = FastMap::default();
    for s in spans.iter().filter(|s| s.ty == PER) {
        if s.b > s.a {
            person_words.insert(norm_lower(word(s.b)), ());
            let first = word_cats(word(s.a));
            if first & LAST != 0 && first & FIRST == 0 {
                person_words.insert(norm_lower(word(s.a)), ());
            }
        } else if title_before(toks, text, s.a).is_some() {
            person_words.insert(norm_lower(word(s.a)), ());
        }
    }
    if person_words.is_empty() {
        return;
    }
    let is_person_word = |i: usize| {
        word(i).len() >= 2 && title_case(i) && person_words.contains_key(&norm_lower(word(i)))
    };
    for s in spans.iter_mut().filter(|s| s.ty == ORG && s.conf < UNSURE) {
        if (s.a..=s.b).all(is_person_word) {
            s.ty = PER;
        }
    }
    let covered = covered_tokens(spans, toks.tokens.len());
    let mut found = Vec::new();
    let mut i = 0;
    while i < covered.len() {
        let mut j = i;
        while j < covered.len() && !covered[j] && is_person_word(j) {
            j += 1;
        }
        if j > i {
            found.push(Span { a: i, b: j - 1, ty: PER, conf: 0.5 });
        }
        i = j + 1;
    }
    add_spans(spans, found);
}

/// Whether each token lies inside one of `spans` (of a text of `n` tokens).
fn covered_tokens(spans: &[Span], n: usize) -> Vec<bool> {
    let mut covered = vec![false; n];
    spans.iter().for_each(|s| covered[s.a..=s.b].iter_mut().for_each(|c| *c = true));
    covered
}

/// Adds `found` to `spans`, keeping them in text order.
fn add_spans(spans: &mut Vec<Span>, found: Vec<Span>) {
    if !found.is_empty() {
        spans.extend(found);
        spans.sort_by_key(|s| s.a);
    }
}

/// One label for a single-word name across the document (issue 3 item 4): where the tagger
/// left out a capitalized word standing alone (no capitalized neighbour) that it tagged
/// elsewhere in the document as a one-word name, the word gets the type those mentions give
/// it, weighted by their confidence ("Ericsson ... Ericsson said"). Mentions the tagger did
/// label keep their own type: their context was read.
fn word_consistency(spans: &mut Vec<Span>, toks: &Tokens, text: &str) {
    let n = toks.tokens.len();
    let word = |i: usize| toks.tokens[i].as_str(text);
    // word -> summed confidence per type (people, places, organizations, other names), and
    // the strongest single mention.
    let mut votes: FastMap<&str, ([f32; 4], f32)> = FastMap::default();
    for s in spans.iter().filter(|s| s.a == s.b && word(s.a).chars().count() >= 2) {
        let v = votes.entry(word(s.a)).or_default();
        v.0[s.ty.min(MISC)] += s.conf.max(0.01);
        v.1 = v.1.max(s.conf);
    }
    if votes.is_empty() {
        return;
    }
    let covered = covered_tokens(spans, n);
    let mut sentence_start = vec![false; n];
    toks.sentences.iter().for_each(|r| sentence_start[r.start] = true);
    let cap = |i: usize| word(i).starts_with(char::is_uppercase);
    let joined = |i: usize| {
        let before = i > 0 && cap(i - 1) && !sentence_start[i];
        before || (i + 1 < n && cap(i + 1))
    };
    let found: Vec<Span> = (0..n)
        .filter(|&i| !covered[i] && cap(i) && !joined(i))
        .filter_map(|i| {
            let (by_type, conf) = votes.get(word(i))?;
            let (ty, _) = by_type.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
            (ty <= ORG).then_some(Span { a: i, b: i, ty, conf: *conf })
        })
        .collect();
    add_spans(spans, found);
}

/// The title standing right before a person's name ("Deputy Foreign Minister"), if any.
fn title_before(toks: &Tokens, text: &str, a: usize) -> Option<String> {
    let lowers = |i: usize| norm_lower(toks.tokens[i].as_str(text));
    let is_title = |i: usize| {
        GAZETTEER.get(phrase_key([lowers(i).as_str()])).is_some_and(|e| e.cats & TITLE != 0)
    };
    let capitalized =
        |i: usize| toks.tokens[i].as_str(text).chars().next().is_some_and(char::is_uppercase);
    if a == 0 || !is_title(a - 1) {
        return None;
    }
    let mut start = a - 1;
    while start > 0 && a - start < 5 {
        let j = start - 1;
        let demonym = GAZETTEER
            .get(phrase_key([lowers(j).as_str()]))
            .is_some_and(|e| e.cats & DEMONYM != 0 && e.cats & TITLE == 0);
        if demonym || !capitalized(j) {
            break;
        }
        if is_title(j) || TITLE_MODIFIERS.contains(&lowers(j).as_str()) {
            start = j;
        } else {
            break;
        }
    }
    Some(text[toks.tokens[start].start..toks.tokens[a - 1].end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens `a..=b` of `text` as a span of type `ty` (token indices found by their words).
    fn span(toks: &Tokens, text: &str, words: &[&str], ty: usize, conf: f32) -> Span {
        let w: Vec<&str> = toks.tokens.iter().map(|t| t.as_str(text)).collect();
        let a = w.windows(words.len()).position(|x| x == words).expect("words in text");
        Span { a, b: a + words.len() - 1, ty, conf }
    }

    fn texts(spans: &[Span], toks: &Tokens, text: &str) -> Vec<(String, usize)> {
        spans
            .iter()
            .map(|s| (text[toks.tokens[s.a].start..toks.tokens[s.b].end].to_string(), s.ty))
            .collect()
    }

    #[test]
    fn unsure_organization_of_name_words_becomes_the_person_everywhere() {
        let text = "Officials said Zhao Leji arrived on Sunday. Later Zhao met farmers.";
        let toks = tokenize(text);
        let mut spans = vec![span(&toks, text, &["Zhao", "Leji"], ORG, 0.05)];
        person_consistency(&mut spans, &toks, text);
        let zhao = || "Zhao".to_string();
        assert_eq!(texts(&spans, &toks, text), [("Zhao Leji".to_string(), PER), (zhao(), PER)]);
        // A confident organization stays one, and nothing spreads from it.
        let mut spans = vec![span(&toks, text, &["Zhao", "Leji"], ORG, 0.6)];
        person_consistency(&mut spans, &toks, text);
        assert_eq!(texts(&spans, &toks, text), [("Zhao Leji".to_string(), ORG)]);
    }

    #[test]
    fn a_name_after_a_title_is_that_person_before_and_after() {
        let text =
            "Japarov spoke first. Later, President Japarov thanked the crowd, and Japarov left.";
        let toks = tokenize(text);
        let second = toks.tokens.iter().position(|t| t.start == 38).expect("second Japarov");
        let mut spans = vec![Span { a: second, b: second, ty: PER, conf: 0.4 }];
        person_consistency(&mut spans, &toks, text);
        let found = texts(&spans, &toks, text);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found.iter().all(|(w, ty)| w == "Japarov" && *ty == PER), "{found:?}");
        // Without a title, a lone name is no evidence.
        let text = "Bolot spoke first. Later, Bolot thanked the crowd.";
        let toks = tokenize(text);
        let second = toks.tokens.iter().position(|t| t.start == 26).expect("second Bolot");
        let mut spans = vec![Span { a: second, b: second, ty: PER, conf: 0.4 }];
        person_consistency(&mut spans, &toks, text);
        assert_eq!(spans.len(), 1);
    }

    #[test]
    fn a_name_with_a_company_suffix_is_that_company_everywhere() {
        let text = "Shares of Tarvelli rose in Turin. Tarvelli SpA said profits grew.";
        let toks = tokenize(text);
        let first = span(&toks, text, &["Tarvelli"], PER, 0.6);
        let second = Span { a: first.a + 5, b: first.a + 5, ty: PER, conf: 0.6 };
        let turin = span(&toks, text, &["Turin"], LOC, 0.6);
        let mut spans = vec![first, turin, second];
        org_consistency(&mut spans, &toks, text);
        let found = texts(&spans, &toks, text);
        let expected = [("Tarvelli", ORG), ("Turin", LOC), ("Tarvelli SpA", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn names_split_at_commas_and_drop_a_trailing_date_word() {
        let text = "Analysts at Brenmoor, Castlevane Partners told Radio Lumo Friday.";
        let toks = tokenize(text);
        let spans = vec![
            span(&toks, text, &["Brenmoor", ",", "Castlevane", "Partners"], ORG, 0.6),
            span(&toks, text, &["Radio", "Lumo", "Friday"], ORG, 0.6),
        ];
        let found = texts(&split_lists(spans, &toks, text), &toks, text);
        let expected = [("Brenmoor", ORG), ("Castlevane Partners", ORG), ("Radio Lumo", ORG)];
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
        // A person may be named like a month ("April"); only weekdays are cut from people.
        let text = "Tessa Friday met Dana April.";
        let toks = tokenize(text);
        let spans = vec![
            span(&toks, text, &["Tessa", "Friday"], PER, 0.6),
            span(&toks, text, &["Dana", "April"], PER, 0.6),
        ];
        let found = texts(&split_lists(spans, &toks, text), &toks, text);
        assert_eq!(found, [("Tessa".to_string(), PER), ("Dana April".to_string(), PER)]);
    }

    #[test]
    fn an_ampersand_joins_names_into_one_company() {
        let text = "Orvell & Tamsin and Pike & Co both bid.";
        let toks = tokenize(text);
        let spans = vec![
            span(&toks, text, &["Orvell"], PER, 0.6),
            span(&toks, text, &["Tamsin"], PER, 0.6),
            span(&toks, text, &["Pike"], PER, 0.6),
        ];
        let found = texts(&split_lists(spans, &toks, text), &toks, text);
        assert_eq!(found, [("Orvell & Tamsin".to_string(), ORG), ("Pike & Co".to_string(), ORG)]);
    }

    #[test]
    fn a_lone_word_left_out_gets_the_type_it_has_elsewhere() {
        let text =
            "Vendrix said sales rose. Analysts expect Vendrix to hire. Vendrix Tower opened.";
        let toks = tokenize(text);
        let mut spans = vec![span(&toks, text, &["Vendrix"], ORG, 0.7)];
        word_consistency(&mut spans, &toks, text);
        // The second mention stands alone; the third is part of a longer capitalized name.
        assert_eq!(texts(&spans, &toks, text), vec![("Vendrix".to_string(), ORG); 2]);
        assert_eq!(spans[1].a, 7);
        // A word the tagger marked only as another kind of name (MISC) spreads nothing.
        let mut spans = vec![Span { a: 0, b: 0, ty: MISC, conf: 0.7 }];
        word_consistency(&mut spans, &toks, text);
        assert_eq!(spans.len(), 1);
    }

    #[test]
    fn hyphenated_pairs_of_countries_or_cities_are_no_places() {
        assert!(is_place_pair("Kazakhstan-China"));
        assert!(is_place_pair("U.S.-Japan"));
        assert!(is_place_pair("Beijing–Moscow"));
        assert!(!is_place_pair("Guinea-Bissau"), "a country of its own");
        assert!(!is_place_pair("Asia-Pacific"), "a region");
        assert!(!is_place_pair("Kassym-Jomart"));
        assert!(!is_place_pair("China-"));
    }
}
