//! People's names the tagger cut into pieces, joined into one person: a middle initial
//! ("Dana G. Velmor"), a first initial ("K. T. Orsk"), a particle ("Ramon del Tarno"), a
//! nickname in quotes between first and last name ("Tomas \"Red\" Velmor") or a
//! generational suffix ("Velmor Jr.", "Tarnell II") left outside the name or between two
//! persons, a surname's leading particles ("Van der Velm") and a first name in brackets
//! ("(Tom) Vale") and a headline's surname in capitals ("DANA" + "RUIZ", where the body names
//! "Dana Ruiz"); relatives named by a first name alone ("his brother Ken"), names at
//! birth ("née Ruiz"), leaders a government is named after ("the Velmorov administration"),
//! unknown "places" that speak ("Velmorov said") and people the Wikipedia organization list
//! holds ("Kevin Rudd") or lists among people ("Dana Ruiz, Orsek Velmorov and Ilse Tarnova"). A
//! word of origin or party opening a
//! full name ("Londoner Dana Ruiz", "Democrat Dana Ruiz") is left out, and a "person" shaped as
//! an acronym or opened by one ("DMB", "SK Hynix") is an organization.
//!
//! GUIDELINES count first, middle and last names and aliases as the person's name, as
//! CoNLL-2003 does, whose training data also keeps "Jr" and "II" inside the name.

use super::{holds_hyphen, WordSet};
use crate::names::context::DocContext;
use crate::names::features::Case;
use crate::names::lexicon::{
    is_common_word, CORPSUFFIX, DEMONYM, FIRST, GAZETTEER, LAST, NOT_PERSON, ORGHEAD, PLACE, TITLE,
    TOWN, WIKILOC, WIKIORG,
};
use crate::names::lexicon_keys::phrase_key;
use crate::names::resolve::lists::is_date_word;
use crate::names::resolve::long_names::is_headline;
use crate::names::resolve::titles::OFFICER_TITLES;
use crate::names::span::{add_spans, overlaps_any, replace_inner, NameLabel, NameSpan};

/// Gazetteer categories of words that name something other than a person: a place, a people,
/// an organization's kind or legal form.
const OTHER_KINDS: u16 = PLACE | DEMONYM | ORGHEAD | CORPSUFFIX;

/// Lower-case particles inside people's names ("Ludwig van Beethoven", "Oscar de la Hoya",
/// "Ramon Tarno y Velmor", "Dana ten Velmor").
const PARTICLES: WordSet = WordSet::new(&[
    "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "dos", "das", "la", "le",
    "y", "bin", "ten", "ter",
]);

/// Generational suffixes, which follow a full name ("Ken Vale Jr.", "Ken Vale III").
const SUFFIXES: WordSet =
    WordSet::new(&["Jr", "Jr.", "Jnr", "Sr", "Sr.", "Snr", "II", "III", "IV"]);

/// Finds the relatives named by a known first name alone that the tagger left out: a kin word
/// and an optional comma before it ("his brother Ken", "his wife, Dana"), no capitalized word
/// after it. A one-word place there is such a relative too when the first-name list knows it
/// or a possessive owns the kin word ("Reagan's wife, Nancy", "their daughter Orsa").
pub(crate) fn find_named_relatives(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names after a kin word are read.
    if !KIN.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 2) {
        // Cheap checks first: the case, then the kin word, then the lexicon.
        if doc.case(i) != Case::Title || (i + 1 < n && doc.capitalized(i + 1)) {
            continue;
        }
        let kin_at = if doc.word(i - 1) == "," { i - 2 } else { i - 1 };
        if !KIN.contains(doc.word(kin_at)) {
            continue;
        }
        let first = doc.cats(i) & FIRST != 0;
        let owned = kin_at >= 1 && OWNERS.contains(doc.word(kin_at - 1));
        if let Some(s) = spans.iter_mut().find(|s| s.a == i && s.b == i) {
            if s.label == NameLabel::Place && (first || owned) {
                s.label = NameLabel::Person;
            }
        } else if first && !overlaps_any(spans, i, i) {
            found.push(lone_person(i));
        }
    }
    add_spans(spans, found);
}

/// Words that own a kin word before a relative's name ("his wife", "Reagan's wife").
const OWNERS: WordSet = WordSet::new(&["his", "her", "their", "my", "our", "your", "'s", "'"]);

/// Extends a person the tagger cut short in an all-capitals headline ("DANA" of "DANA RUIZ
/// WINS") over the all-capitals word after it, where the document names a person with those
/// words in title case ("Dana Ruiz"): a headline's name is the body's.
pub(crate) fn extend_headline_names(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let upper = |i: usize| i < n && doc.case(i) == Case::Upper;
    let grown: Vec<usize> = (0..spans.len())
        .filter(|&k| {
            let s = &spans[k];
            let next = s.b + 1;
            // Capitals first: few names stand in them.
            if s.label != NameLabel::Person || !upper(next) || !(s.a..=s.b).all(upper) {
                return false;
            }
            let free = !overlaps_any(spans, next, next);
            let named = |t: &NameSpan| {
                t.label == NameLabel::Person
                    && t.b - t.a == next - s.a
                    && doc.case(t.a) == Case::Title
                    && (0..=next - s.a)
                        .all(|j| doc.word(t.a + j).eq_ignore_ascii_case(doc.word(s.a + j)))
            };
            free && spans.iter().any(named)
        })
        .collect();
    for k in grown {
        spans[k].b += 1;
    }
}

/// A surname that opens with lower-case particles in a person's full name of the document
/// ("Finance Minister Carlos de la Velmor") takes them back where the tagger found it alone
/// after them ("\"No,\" de la Velmor said").
pub(crate) fn take_in_surname_particles(doc: &DocContext, spans: &mut [NameSpan]) {
    // Only surnames that open with a particle are read.
    if !PARTICLES.may_occur_in(doc) {
        return;
    }
    let particle = |i: usize| PARTICLES.contains(doc.word(i));
    // Each full name's particles and surname: the tokens from its first particle on.
    let tails: Vec<(usize, usize)> = spans
        .iter()
        .filter(|t| t.label == NameLabel::Person && t.b > t.a)
        .filter_map(|t| (t.a + 1..t.b).find(|&i| particle(i)).map(|p| (p, t.b)))
        .collect();
    if tails.is_empty() {
        return;
    }
    let words = |a: usize, b: usize| (a..=b).map(|i| doc.word(i));
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Person && s.conf < 1.0) {
        let fits = |&(p, b): &(usize, usize)| {
            let n = b - p;
            s.a >= n && (s.a - n..s.a).all(particle) && words(s.a - n, s.b).eq(words(p, b))
        };
        if let Some(&(p, b)) = tails.iter().find(|t| fits(t)) {
            s.a -= b - p;
        }
    }
}

/// Joins a person's name a stray ellipsis broke in two ("President Dana… Ruiz") where the
/// document names the person in full elsewhere ("Dana Ruiz"): two people with only an
/// ellipsis between them whose words, read together, are another person's of the document
/// are that one person, ellipsis included.
pub(crate) fn join_broken_names(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let person = |s: &NameSpan| s.label == NameLabel::Person;
    let mut k = 0;
    while k + 1 < spans.len() {
        let (l, r) = (&spans[k], &spans[k + 1]);
        let broken = person(l)
            && person(r)
            && r.a == l.b + 2
            && matches!(doc.word(l.b + 1), "\u{2026}" | "...");
        let words = |s: &NameSpan| (s.a..=s.b).map(|i| doc.word(i));
        let whole = |t: &NameSpan| {
            person(t)
                && t.b - t.a == (l.b - l.a) + (r.b - r.a) + 1
                && words(t).eq(words(l).chain(words(r)))
        };
        if broken && spans.iter().any(whole) {
            spans[k].b = spans[k + 1].b;
            spans.remove(k + 1);
        }
        k += 1;
    }
}

/// The name after "née" ("Dana Vale (née Ruiz)") is a person's, her name at birth, whatever
/// the tagger made of it; one it left out is found (the capitalized run there).
pub(crate) fn name_maiden_names(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names after "née" are read.
    if !(doc.may_hold("née") || doc.may_hold("nee")) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1) {
        if !matches!(doc.word(i - 1), "née" | "nee") || doc.case(i) != Case::Title {
            continue;
        }
        if let Some(s) = spans.iter_mut().find(|s| s.a == i) {
            s.label = NameLabel::Person;
        } else if !overlaps_any(spans, i, i) {
            let mut b = i;
            while b + 1 < n
                && doc.case(b + 1) == Case::Title
                && doc.sentence_of(b + 1) == doc.sentence_of(i)
            {
                b += 1;
            }
            found.push(NameSpan { a: i, b, label: NameLabel::Person, conf: RELATIVE });
        }
    }
    add_spans(spans, found);
}

/// Finds the leaders a government is named after ("the Velmor administration", "under the
/// Orsk government"): a title-case word between "the" and [`GOVERNMENTS`] that the tagger left
/// out or read as a place no list knows is a person (CoNLL marks "the Clinton administration"
/// so; "the Velmor campaign" names a candidate). Nationalities, known places, parties' members
/// and organization words name no leader ("the Danish government", "the Tehran regime", "the
/// Republican administration", "the Normandy campaign").
pub(crate) fn find_government_leaders(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names before a government's word are read.
    if !GOVERNMENTS.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1 && i + 1 < n) {
        // Cheap checks first: the next word's first letter, then the words.
        let next = doc.word(i + 1);
        if !matches!(next.as_bytes().first(), Some(b'a' | b'g' | b'r' | b'p' | b'c'))
            || !GOVERNMENTS.contains(next)
            || doc.lower(i - 1) != "the"
        {
            continue;
        }
        let cats = doc.cats(i);
        // A place by category, by its name in news use ("the Russia campaign") or by the
        // Wikipedia list, where no person's name is ("the Normandy campaign").
        let known = cats & (OTHER_KINDS | TITLE) != 0
            || cats & (WIKILOC | FIRST | LAST) == WIKILOC
            || doc.is_country_or_city(i, i);
        // A first name that is no surname ("the Tory government": a party's nickname).
        let first_only = cats & (FIRST | LAST) == FIRST;
        if doc.case(i) != Case::Title || known || first_only || MEMBERS.contains(doc.word(i)) {
            continue;
        }
        // "the Philippine government": the country's name with an "s".
        let plural_place = GAZETTEER
            .get(phrase_key([format!("{}s", doc.lower(i)).as_str()]))
            .is_some_and(|e| e.cats & PLACE != 0);
        if plural_place || is_demonym(doc, i) {
            continue;
        }
        match spans.iter_mut().find(|s| s.a <= i && i <= s.b) {
            Some(s) if s.a == i && s.b == i && s.label == NameLabel::Place => {
                s.label = NameLabel::Person;
            }
            Some(_) => {}
            None => found.push(lone_person(i)),
        }
    }
    add_spans(spans, found);
}

/// Makes a name that is a known place and a party's member ("a Massachusetts Democrat",
/// "Orsk Republican Dana Ruiz" taken for one name) the place: the member is no name of
/// CoNLL's kinds, and two or three capitalized words after it opening with a known first name
/// are the person.
pub(crate) fn places_of_members(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names holding a members' word are read.
    if !MEMBERS.may_occur_in(doc) {
        return;
    }
    let mut found = Vec::new();
    for s in spans.iter_mut().filter(|s| s.label != NameLabel::Place && s.b > s.a) {
        let Some(m) = (s.a + 1..=s.b).find(|&m| MEMBERS.contains(doc.word(m))) else {
            continue;
        };
        let person = is_full_name(doc, m + 1, s.b);
        if (m == s.b || person) && doc.phrase_cats(s.a, m - 1) & PLACE != 0 {
            if person {
                found.push(s.split_off_person(m - 1, m + 1));
            } else {
                s.b = m - 1;
            }
            s.label = NameLabel::Place;
        }
    }
    add_spans(spans, found);
}

/// Whether tokens `a..=b` read as a person's full name inside a longer run: two or three
/// capitalized words opening with a known first name ("Dana Ruiz", "Dana Orsk Velmor"), or
/// two title-case words of no other kind the second of which ends as Slavic and Central
/// Asian surnames do ("Zhandos Velmorbayev": the lists know few first names of the region).
pub(crate) fn is_full_name(doc: &DocContext, a: usize, b: usize) -> bool {
    let known_first = doc.cats(a) & FIRST != 0;
    let by_ending = || {
        b == a + 1
            && (a..=b).all(|i| doc.case(i) == Case::Title && doc.cats(i) & OTHER_KINDS == 0)
            && has_surname_ending(doc.word(b))
    };
    (a + 1..=a + 2).contains(&b)
        && (a..=b).all(|i| doc.capitalized(i))
        && (known_first || by_ending())
}

/// Whether a word of five letters or more ends as Slavic and Central Asian surnames do
/// ("-ov", "-eva", "-enko", "-vich", "-uly"...).
fn has_surname_ending(word: &str) -> bool {
    const ENDINGS: [&str; 10] =
        ["ov", "ova", "ev", "eva", "enko", "vich", "uly", "kyzy", "shvili", "skaya"];
    word.len() >= 5 && word.is_ascii() && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Makes a one-word place that speaks or acts as people do ("the Kremlin said Velmorov would
/// attend", "Velmorov visited Orsk") a person, where neither the gazetteer nor the tagger's
/// training knows the word (a list may know it as a person's name): a known place ("Russia
/// said") keeps its reading. Such a word the tagger left out is a person too, as is one it
/// left out right after "told" or "met" ("Tarnov told Velmorov that", "Tarnov met Velmorov in
/// Orsk"), where only people stand, unless it is an ordinary English word ("They said",
/// "Analysts said": the model keeps no weights for many of them), a plural for people by what
/// they do that no list knows ("Rescuers said"), or ends a capitalized run.
/// An unknown one-word organization that meets or visits, that is met, or that tells
/// reporters or journalists is a person too (organizations speak, but do not visit, and their
/// people brief the press). A word after "of" does neither: it completes the
/// phrase of the one who does ("officials of Velmor said", "the mayor of Orsk said"); nor does
/// one after an article ("the Velmorex would ship"). A speaker followed by "it", or whom the
/// sentence calls "its" ([`referent_after`](super::referent_after)), is a body speaking of
/// itself ("Velmorex said it would open", "Velmorex said its sales rose"; CoNLL's train set
/// holds 28 organizations right before "said it" to 5 people; not before "it was" or "it is",
/// which open what people say as often, nor after a title): it becomes an organization, and
/// so does such a one-word person of the tagger's that the document never names in full.
pub(crate) fn name_unknown_speakers(
    doc: &DocContext,
    spans: &mut Vec<NameSpan>,
    knows: impl Fn(&str) -> bool,
) {
    let n = doc.len();
    let unknown = |i: usize| unknown_name(doc, i, &knows);
    // After "of" a name completes the phrase of the one who acts ("officials of Velmor said"),
    // and after an article it names a thing or a body ("the Velmorex would ship").
    let heads = |i: usize| i == 0 || !matches!(doc.lower(i - 1), "of" | "the" | "a" | "an");
    let acts = |i: usize| i + 1 < n && SPEAKER_VERBS.contains(doc.word(i + 1)) && heads(i);
    // Organizations speak too, but visit or meet only in people, and only people tell the
    // press (CoNLL's train set: 41 people right before "told reporters", "told journalists",
    // "told a" or "told parliament" to 1 organization).
    let meets = |i: usize| {
        let word = |k: usize| if k < n { doc.word(k) } else { "" };
        let tells_press =
            word(i + 1) == "told" && matches!(word(i + 2), "reporters" | "journalists");
        i + 1 < n && (matches!(doc.word(i + 1), "visited" | "met") || tells_press) && heads(i)
            || i > 0 && doc.word(i - 1) == "met"
    };
    // "it was" and "it is" open what people say as often ("Velmorov said it was time"); a
    // title before the name makes it a person's.
    let titled = |i: usize| i > 0 && doc.cats(i - 1) & TITLE != 0;
    let itself = |i: usize| {
        let it = i + 3 < n && doc.word(i + 2) == "it" && !matches!(doc.word(i + 3), "was" | "is");
        !titled(i) && (it || super::referent_after(doc, i) == Some(super::Referent::Thing))
    };
    let speaker = |i: usize| if itself(i) { NameLabel::Organization } else { NameLabel::Person };
    // A one-word person the document never names in full may be a body speaking of itself.
    let named_in_full = |spans: &[NameSpan], i: usize| {
        spans
            .iter()
            .any(|s| s.label == NameLabel::Person && s.b > s.a && doc.word(s.b) == doc.word(i))
    };
    for k in 0..spans.len() {
        let s = &spans[k];
        if s.a != s.b {
            continue;
        }
        let acting = match s.label {
            NameLabel::Place => acts(s.a),
            NameLabel::Organization => meets(s.a),
            NameLabel::Person => acts(s.a) && itself(s.a) && !named_in_full(spans, s.a),
            _ => false,
        };
        if acting && unknown(s.a) {
            spans[k].label = speaker(s.a);
        }
    }
    let mut found = Vec::new();
    for i in doc.capitalized_tokens() {
        // The cheap tests first: a word after a capitalized one (many are) is passed over
        // before the words around it are read, and most others neither speak nor are told.
        if i > 0 && doc.capitalized(i - 1) {
            continue;
        }
        // A capitalized word after it is no verb of [`SPEAKER_VERBS`] (all lower-case) either.
        if i + 1 < n && doc.capitalized(i + 1) {
            continue;
        }
        let object = i > 0 && matches!(doc.word(i - 1), "told" | "met");
        if !(acts(i) || object) {
            continue;
        }
        if unknown(i) && !overlaps_any(spans, i, i) {
            found.push(NameSpan { label: speaker(i), ..lone_person(i) });
        }
    }
    add_spans(spans, found);
}

/// The tagger's confidence under which a one-word person no list knows makes no other name
/// a person ([`name_coordinated_people`]).
const DOUBTED: f32 = 0.1;

/// Makes a one-word name joined by "and" to a person a person, where it may be an unknown
/// person's name ([`unknown_name`]) and the tagger left it out, or took it for a place or an
/// organization where a list knows it as a person's name ("Mirziyoyev and Tokayev discussed",
/// "Velmorov and Dana Ruiz"); so are both such words before a verb of people speaking or
/// meeting ("Tarnek and Velmorov met", "Tarnek and Velmorov spoke": as
/// [`name_unknown_speakers`] reads one such word). Not after "in", "from" and the like, and
/// not beside a one-word "person" a place list knows ("in Brittany and Normandy").
pub(crate) fn name_coordinated_people(
    doc: &DocContext,
    spans: &mut Vec<NameSpan>,
    knows: impl Fn(&str) -> bool,
) {
    let n = doc.len();
    let mut found = Vec::new();
    // Only capitalized tokens are read, then the word after them.
    for l in doc.capitalized_tokens() {
        let r = l + 2;
        if r >= n || doc.word(l + 1) != "and" || !doc.capitalized(r) {
            continue;
        }
        // Places follow "in", "from", "to" ("in Brittany and Normandy").
        if l > 0 && matches!(doc.word(l - 1), "in" | "from" | "to" | "at" | "near" | "across") {
            continue;
        }
        let left = spans.iter().position(|s| s.b == l);
        let right = spans.iter().position(|s| s.a == r);
        let one_word = |k: usize| spans[k].a == spans[k].b;
        // A person, unless one word a place list knows ("Normandy").
        let person = |k: Option<usize>| {
            k.is_some_and(|k| {
                let s = &spans[k];
                s.label == NameLabel::Person
                    && !(one_word(k) && doc.cats(s.a) & (PLACE | WIKILOC) != 0)
            })
        };
        // A person that may make another name one: not one word that no list knows as a name
        // and the tagger all but doubts ("Rosneft and Lukoil were hit": "Lukoil" stays).
        let sure = |k: Option<usize>| {
            person(k)
                && k.is_some_and(|k| {
                    let s = &spans[k];
                    !one_word(k) || s.conf >= DOUBTED || doc.cats(s.a) & (FIRST | LAST) != 0
                })
        };
        // A word alone (no name, or a one-word place or organization) that may be a person's;
        // a place or organization only beside one word, or where a list knows the word as a
        // person's name ("Putin and Xi signed"; not "Dana Velmora and Tarnapuram").
        let open = |k: Option<usize>, other: Option<usize>, i: usize| {
            let alone = match k {
                None => !overlaps_any(spans, i, i),
                Some(k) => {
                    one_word(k)
                        && spans[k].label != NameLabel::Person
                        && (other.map_or(true, one_word) || doc.cats(i) & (FIRST | LAST) != 0)
                }
            };
            alone && unknown_name(doc, i, &knows)
        };
        // Bodies speak and sign too: a pair holding a word the tagger took for an
        // organization is no pair of people by its verb ("Velmorgaz and Orskoil signed").
        let body = |k: Option<usize>| k.is_some_and(|k| spans[k].label == NameLabel::Organization);
        let meet = r + 1 < n && !body(left) && !body(right) && {
            let verb = doc.word(r + 1);
            matches!(verb, "spoke" | "talked") || SPEAKER_VERBS.contains(verb)
        };
        let left_first = l == 0 || !doc.capitalized(l - 1);
        let right_last = r + 1 >= n || !doc.capitalized(r + 1);
        let open_l = left_first && open(left, right, l);
        let open_r = right_last && open(right, left, r);
        // A word the tagger left out joins any person; a name it found, only a sure one.
        let by = |k: Option<usize>, other: Option<usize>| {
            if k.is_some() {
                sure(other)
            } else {
                person(other)
            }
        };
        for (k, i, make) in [
            (left, l, open_l && (by(left, right) || meet && open_r)),
            (right, r, open_r && (by(right, left) || meet && open_l)),
        ] {
            match k {
                _ if !make => {}
                Some(k) => spans[k].label = NameLabel::Person,
                None => found.push(lone_person(i)),
            }
        }
    }
    add_spans(spans, found);
}

/// Finds the people the tagger left out where a sentence opens with a surname that speaks or
/// acts ("Velmorov said", "Velmorov told Tarnek that ..."): a title-case word that
/// [`reads_as_surname`] right before one of the [`SPEAKER_VERBS`] or an [`addresses`] verb is
/// a person, or an organization where the sentence then calls it "its" (a company named as a
/// surname: "Velmor said it would sell its stake"). So is the one a person addresses ("Dana Ruiz told Tarnek that ..."): a
/// title-case word right after such a person and verb, with no capitalized word after it,
/// that reads as a surname, or that neither the gazetteer nor the tagger's training knows and
/// that is no common word ("told Lawmakers").
pub(crate) fn find_speaking_surnames(
    doc: &DocContext,
    spans: &mut Vec<NameSpan>,
    knows: impl Fn(&str) -> bool,
) {
    let n = doc.len();
    // Only each sentence's first word is read, then the verb after it.
    let mut found = Vec::new();
    for i in doc.toks.sentences.iter().map(|r| r.start).filter(|&i| i + 1 < n) {
        let verb = doc.word(i + 1);
        if doc.capitalized(i)
            && (addresses(verb) || SPEAKER_VERBS.contains(verb))
            && reads_as_surname(doc, i)
            && !overlaps_any(spans, i, i)
        {
            // "Velmor said it would sell its stake": a body, not a person.
            let body = super::referent_after(doc, i) == Some(super::Referent::Thing);
            let label = if body { NameLabel::Organization } else { NameLabel::Person };
            found.push(NameSpan { label, ..lone_person(i) });
        }
    }
    add_spans(spans, found);
    // Only the words two after a person are read (the person's verb between).
    let mut found = Vec::new();
    for s in spans.iter().filter(|s| s.label == NameLabel::Person && s.b + 2 < n) {
        let j = s.b + 2;
        if !addresses(doc.word(j - 1))
            || !doc.capitalized(j)
            || (j + 1 < n && doc.capitalized(j + 1))
        {
            continue;
        }
        if (reads_as_surname(doc, j) || unknown_name(doc, j, &knows)) && !overlaps_any(spans, j, j)
        {
            found.push(lone_person(j));
        }
    }
    add_spans(spans, found);
}

/// Whether token `i` is a title-case word that may be an unknown person's name: no list
/// knows it but as a person's name, the tagger's training never saw it, and it is no common
/// English word (the model keeps no weights for many: "They", "Analysts").
fn unknown_name(doc: &DocContext, i: usize, knows: impl Fn(&str) -> bool) -> bool {
    doc.case(i) == Case::Title
        && doc.cats(i) & !(FIRST | LAST) == 0
        && !knows(doc.word(i))
        && !is_common_word(doc.lower(i))
        && !(doc.cats(i) == 0 && is_plural_of_doers(doc.word(i)))
}

/// Endings of plural nouns for people by what they do ("Rescuers", "Negotiators",
/// "Diplomats", "Spokesmen"); the common-word list lacks many of them.
const DOERS_ENDINGS: [&str; 8] = ["ers", "ors", "ists", "ians", "ants", "ents", "ats", "men"];

/// Whether `w`, a word no list knows, reads as a plural noun for people by what they do: six
/// letters or more, ending in one of the [`DOERS_ENDINGS`].
fn is_plural_of_doers(w: &str) -> bool {
    w.len() >= 6 && DOERS_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether `verb` names someone spoken to or met right after it ("told", "urged"); most
/// words are told apart by their first byte.
#[inline]
fn addresses(verb: &str) -> bool {
    matches!(verb.as_bytes().first(), Some(b't' | b'u' | b'a' | b'm' | b'w'))
        && matches!(verb, "told" | "urged" | "asked" | "met" | "warned")
}

/// Whether token `i` reads as a surname on its own: a title-case word the gazetteer knows as
/// a surname and as no name of another kind, and no pronoun ("He said": "He" is a surname
/// too; "Trump said" is written lower-case as often, so the list of common words would lose it).
fn reads_as_surname(doc: &DocContext, i: usize) -> bool {
    let cats = doc.cats(i);
    doc.case(i) == Case::Title
        && cats & LAST != 0
        && cats & NOT_PERSON == 0
        && !matches!(doc.word(i), "He" | "She" | "It" | "We" | "They" | "You")
}

/// Finds a person the tagger left out right after a lower-case title ("chairman Dana Ruiz
/// said", "(Orsk Air chairman) Dana Ruiz"): two title-case words, the first a known first
/// name, the second no compound ("Hong Kong-listed"), no capitalized word after them, in the
/// title's sentence. After a capitalized title the two words need only read as a person's
/// ("Vice Premier Ding Xuexiang visited": no list knows them as anything else, and each is
/// a known name or no common word), and a person the tagger found in the second alone takes
/// in the first.
pub(crate) fn find_titled_people(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1 && i + 1 < n) {
        // "a major Hong Kong-listed company": no compound adjective.
        if doc.case(i) != Case::Title
            || doc.case(i + 1) != Case::Title
            || holds_hyphen(doc.word(i + 1))
        {
            continue;
        }
        // The title may close a bracket ("(Orsk Air chairman) Dana Ruiz").
        let t = if doc.word(i - 1) == ")" && i >= 2 { i - 2 } else { i - 1 };
        if doc.cats(t) & TITLE == 0 && !is_chief_officer(doc, t)
            || i + 2 < n && doc.capitalized(i + 2)
        {
            continue;
        }
        let named = match doc.case(t) {
            Case::Lower => doc.cats(i) & FIRST != 0,
            Case::Title if t == i - 1 => (i..=i + 1).all(|k| {
                let cats = doc.cats(k);
                cats & NOT_PERSON == 0
                    && (cats & (FIRST | LAST) != 0 || !is_common_word(doc.lower(k)))
            }),
            _ => false,
        };
        if !named || doc.sentence_of(i + 1) != doc.sentence_of(t) {
            continue;
        }
        match spans.iter_mut().find(|s| s.a <= i + 1 && i <= s.b) {
            None => {
                found.push(NameSpan { a: i, b: i + 1, label: NameLabel::Person, conf: RELATIVE })
            }
            Some(s) if s.a == i + 1 && s.b == i + 1 && s.label == NameLabel::Person => s.a = i,
            Some(_) => {}
        }
    }
    add_spans(spans, found);
}

/// Whether token `t` closes a company officer's title in title case, "Chief" and one or two
/// words before "Officer" ("Chief Financial Officer", "Chief Human Resources Officer"): the
/// gazetteer's titles have no "Officer", a city's name too.
fn is_chief_officer(doc: &DocContext, t: usize) -> bool {
    doc.word(t) == "Officer" && (2..=3).any(|k| t >= k && doc.word(t - k) == "Chief")
}

/// Plural titles that name the people after them ("Presidents Velmorov and Tarnek"): not
/// "Kings" nor "Queens", which open places' names too ("Queens and Orsk").
const PLURAL_TITLES: WordSet = WordSet::new(&[
    "Presidents",
    "Ministers",
    "Premiers",
    "Chancellors",
    "Senators",
    "Sens.",
    "Reps.",
    "Governors",
    "Govs.",
    "Generals",
    "Gens.",
    "Ambassadors",
    "Mayors",
    "Judges",
    "Justices",
    "Messrs.",
    "Messrs",
    "Drs.",
]);

/// The most words of each name after a plural title.
const PLURAL_TITLE_WORDS: usize = 3;

/// Makes the names after a plural title people ("Presidents Velmorov and Tarnek met",
/// "Foreign Ministers Dana Ruiz, Orsek Tarn and Ilse Brill"): runs of one to
/// [`PLURAL_TITLE_WORDS`] title-case words over commas and a last "and", each read as a
/// person's (no list knows a word as anything else, and each is a known name or no common
/// word). A run the tagger left out is found, one it took for a place or organization whole
/// becomes a person; the tagger took the title for the first name's, and left that out.
pub(crate) fn find_people_under_plural_titles(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // The names under a plural title end in one after "and".
    if !(PLURAL_TITLES.may_occur_in(doc) && doc.may_hold("and")) {
        return;
    }
    let n = doc.len();
    let named = |k: usize| {
        let cats = doc.cats(k);
        doc.case(k) == Case::Title
            && cats & NOT_PERSON == 0
            && (cats & (FIRST | LAST) != 0 || !is_common_word(doc.lower(k)))
    };
    let mut found = Vec::new();
    for t in doc.capitalized_tokens().filter(|&t| t + 3 < n) {
        if !PLURAL_TITLES.contains(doc.word(t)) {
            continue;
        }
        // The names: runs over "," and a last "and" (", and" too), within the sentence.
        let mut runs = Vec::new();
        let (mut a, mut after_and) = (t + 1, false);
        let closed = loop {
            let mut b = a;
            while b < n && b - a < PLURAL_TITLE_WORDS && named(b) {
                b += 1;
            }
            // `b` is one past the run.
            if b == a || b < n && doc.capitalized(b) || doc.sentence_of(b - 1) != doc.sentence_of(t)
            {
                break false;
            }
            runs.push((a, b - 1));
            if after_and {
                break true;
            }
            let word = |k: usize| if k < n { doc.word(k) } else { "" };
            match word(b) {
                "and" => (a, after_and) = (b + 1, true),
                "," if word(b + 1) == "and" => (a, after_and) = (b + 2, true),
                "," => a = b + 1,
                _ => break false,
            }
        };
        if !closed {
            continue;
        }
        for (a, b) in runs {
            let mut inside = spans.iter_mut().filter(|s| s.a <= b && a <= s.b);
            match (inside.next(), inside.next()) {
                (None, _) => {
                    found.push(NameSpan { a, b, label: NameLabel::Person, conf: RELATIVE })
                }
                (Some(s), None) if s.a == a && s.b == b => s.label = NameLabel::Person,
                _ => {}
            }
        }
    }
    add_spans(spans, found);
}

/// The most tokens of a byline's name ("By DANA E. VELMOR-RUIZ JR").
const BYLINE_WORDS: usize = 4;

/// Makes a byline's name one person ("By DANA E. VELMOR" gave "E. VELMOR", "By DANA LEE
/// VELMOR" nothing): a line or sentence that is "By" and two to [`BYLINE_WORDS`] capitalized
/// tokens, none "The" or a date's word ("By The Orsk Times"), in place of the names in it.
pub(crate) fn name_bylines(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let mut found = Vec::new();
    for r in doc.toks.sentences.iter() {
        let (a, e) = (r.start + 1, r.end);
        if !matches!(doc.word(r.start), "By" | "BY") || !(a + 2..=a + BYLINE_WORDS).contains(&e) {
            continue;
        }
        let word = |i: usize| {
            doc.capitalized(i)
                && !matches!(doc.word(i), "The" | "THE")
                && !is_date_word(doc.word(i), NameLabel::Person)
        };
        if (a..e).all(word) {
            found.push(NameSpan { a, b: e - 1, label: NameLabel::Person, conf: RELATIVE });
        }
    }
    replace_inner(spans, found);
}

/// The most words of a name in a story's credit line ("Dana E. Velmor Ruiz").
const CREDIT_WORDS: usize = 4;

/// The words before "by" that open a story's credit line ("Reporting by"), in lower case.
const CREDITS_BY: [&str; 4] = ["reporting", "writing", "editing", "compiled"];

/// Makes the names of a story's credit line people ("(Reporting by Dana Ruiz in Orsk and Ann
/// Lee; Editing by Tom Vale)", "--With assistance from Dana Ruiz and Ann Lee."): after
/// "Reporting", "Writing", "Editing" or "Compiled" and "by", or "assistance from", the runs of
/// two to [`CREDIT_WORDS`] title-case words joined by "and" or a comma, each past the place
/// after its "in", up to anything else. The tagger's names over them give way (it took a
/// reporter for a firm, or two for one name); the places stay.
pub(crate) fn name_credit_lines(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // A credit opens with one of these words, in any case.
    if !(CREDITS_BY.iter().any(|w| doc.may_hold_lower(w)) || doc.may_hold_lower("assistance")) {
        return;
    }
    let n = doc.len();
    let title = |i: usize| i < n && doc.case(i) == Case::Title;
    let mut found = Vec::new();
    // A credit's "by" or "from" comes right before a title-case word: only those are read.
    let cues = doc.capitalized_tokens().filter(|&c| c >= 2 && title(c)).map(|c| c - 1);
    for k in cues {
        let credit = match doc.word(k) {
            "by" | "By" => CREDITS_BY.contains(&doc.lower(k - 1)),
            "from" => doc.lower(k - 1) == "assistance",
            _ => false,
        };
        if !credit {
            continue;
        }
        let mut a = k + 1;
        loop {
            let run = (a..n.min(a + CREDIT_WORDS)).take_while(|&i| title(i)).count();
            if run < 2 {
                break;
            }
            found.push(NameSpan { a, b: a + run - 1, label: NameLabel::Person, conf: RELATIVE });
            let mut next = a + run;
            if next < n && doc.word(next) == "in" {
                next += 1 + (next + 1..n).take_while(|&i| title(i)).count();
            }
            match doc.words().get(next) {
                Some(&("and" | ",")) => a = next + 1,
                _ => break,
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // A user's name stays, and so do the names beside the credits' ("in Orsk").
    found.retain(|f| !spans.iter().any(|s| s.conf >= 1.0 && s.a <= f.b && f.a <= s.b));
    spans.retain(|s| s.conf >= 1.0 || !found.iter().any(|f| s.a <= f.b && f.a <= s.b));
    add_spans(spans, found);
}

/// Honorifics that only a person's name follows ("Mr. Velmorov").
const HONORIFICS: WordSet =
    WordSet::new(&["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Mme"]);

/// Abbreviated ranks and offices that, like an honorific, only a person's name follows in news
/// copy ("Sen. Velmorov", "Gov. Dana Ruiz", "Lt. Col. Tarn Orsko").
const ABBREVIATED_TITLES: WordSet = WordSet::new(&[
    "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.",
    "Rev.", "Supt.", "Insp.", "Det.",
]);

/// Finds the person named right after an honorific ("Mr. Velmorov said": the tagger may leave
/// it out where it opens a sentence, where any word is capitalized, and after a clause that
/// opens one: "After the vote, Mr. Velmorov said") or an abbreviated rank or office
/// ([`ABBREVIATED_TITLES`]: "At the meeting, Sen. Tarnek said"): the title-case run of up to
/// three words after it in its sentence, no title ("Mr. President") or date word among them,
/// where no name covers them. A one-word name the tagger made something else right after a
/// sentence's opening honorific is the person; within a sentence the tagger's reading of a name
/// stands (a stage name or a brand may hold one: "Dr. Velmo").
pub(crate) fn find_honoured_people(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names after an honorific or an abbreviated title are read.
    if !(HONORIFICS.may_occur_in(doc) || ABBREVIATED_TITLES.may_occur_in(doc)) {
        return;
    }
    let n = doc.len();
    let title = |k: usize| k < n && doc.case(k) == Case::Title;
    let mut found = Vec::new();
    for h in doc.capitalized_tokens().filter(|&h| h + 1 < n) {
        let i = h + 1;
        if !title(i)
            || !(HONORIFICS.contains(doc.word(h)) || ABBREVIATED_TITLES.contains(doc.word(h)))
        {
            continue;
        }
        let opens = doc.starts_sentence(h);
        // Within a sentence only an honorific after a clause's comma ("After the vote, Mr.
        // Velmorov said").
        if !(opens || h >= 1 && doc.word(h - 1) == ",") {
            continue;
        }
        let same = |k: usize| title(k) && doc.sentence_of(k) == doc.sentence_of(i);
        let mut b = i;
        while b < i + 2 && same(b + 1) {
            b += 1;
        }
        // "Mr. President": an office, no name.
        let other =
            |k: usize| doc.cats(k) & TITLE != 0 || is_date_word(doc.word(k), NameLabel::Person);
        if (i..=b).any(other) {
            continue;
        }
        match spans.iter_mut().find(|s| s.a <= b && i <= s.b) {
            None => found.push(NameSpan { a: i, b, label: NameLabel::Person, conf: RELATIVE }),
            Some(s) if opens && s.a == i && s.b == i && i == b => s.label = NameLabel::Person,
            Some(_) => {}
        }
    }
    add_spans(spans, found);
}

/// Makes an organization of two or three title-case words that reads as a person's name a
/// person, where the organization is one only the Wikipedia organization list knows and the
/// model learned none of its words as one. The list holds people its categories swept in
/// (party leaders, heads of government: "Kevin Rudd", "Shinzo Abe"), and the tagger's phrase
/// feature follows it for names it never saw. It reads as a person's name when its last word
/// is a known surname, its first a known first name or a word neither a list nor the model's
/// training knows ("Narendra", but not "One" of "One Nation" or "Tamil" of "Tamil Tiger"), a
/// middle word a first name, surname or initial, and no word names a place, a people or an
/// organization's kind.
pub(crate) fn name_listed_people(
    doc: &DocContext,
    spans: &mut [NameSpan],
    org_word: impl Fn(&str) -> bool,
    knows: impl Fn(&str) -> bool,
) {
    let not_person = OTHER_KINDS | TITLE;
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization) {
        let (a, b) = (s.a, s.b);
        let initial = b == a + 2 && is_initial(doc.word(a + 1));
        let title = |i: usize| doc.case(i) == Case::Title;
        if !(a + 1..=a + 2).contains(&b) || !(title(a) && title(b) && (initial || title(a + 1))) {
            continue;
        }
        let (head, tail) = (doc.cats(a), doc.cats(b));
        let middle_ok = b == a + 1 || initial || doc.cats(a + 1) & (FIRST | LAST) != 0;
        let person_shaped = tail & LAST != 0
            && (head & FIRST != 0 || head == 0 && !knows(doc.word(a)))
            && middle_ok
            && (a..=b).all(|i| doc.cats(i) & not_person == 0);
        if person_shaped
            && doc.phrase_cats(a, b) & WIKIORG != 0
            && !(a..=b).any(|i| org_word(doc.word(i)))
        {
            s.label = NameLabel::Person;
        }
    }
}

/// Makes an organization of two or three title-case words listed among people a person
/// ("Dana Ruiz, Tarn Velmo Orsk, Ken Vale", "Dana Ruiz, Ken Vale and Tarn Orsk"): a comma
/// parts it from a person of two words or more before it, and a comma or "and" from one
/// after it; or, closing the list, "and" parts it from such a person that a comma parts from
/// another. Not where a word of the name says otherwise (a place, a people, an
/// organization's kind or legal form, a word the model learned as an organization's:
/// `org_word`; an ordinary English word, as bands' names have: "Night Rain") or the
/// Wikipedia organization list knows the whole.
pub(crate) fn name_people_among_people(
    doc: &DocContext,
    spans: &mut [NameSpan],
    org_word: impl Fn(&str) -> bool,
) {
    // In order: a name made a person goes on the list for the next.
    for k in 1..spans.len() {
        if listed_among_people(doc, spans, k, &org_word) {
            spans[k].label = NameLabel::Person;
        }
    }
}

/// Whether span `k` is an organization listed among people (see [`name_people_among_people`]).
fn listed_among_people(
    doc: &DocContext,
    spans: &[NameSpan],
    k: usize,
    org_word: impl Fn(&str) -> bool,
) -> bool {
    let (a, b) = (spans[k].a, spans[k].b);
    if spans[k].label != NameLabel::Organization || !(a + 1..=a + 2).contains(&b) {
        return false;
    }
    let full_person = |s: &NameSpan| s.label == NameLabel::Person && s.b > s.a;
    // Whether span `j` is a person of two words or more that `sep` alone parts from `j + 1`.
    let parted = |j: usize, sep: &[&str]| {
        full_person(&spans[j])
            && spans[j].b + 2 == spans[j + 1].a
            && sep.contains(&doc.word(spans[j].b + 1))
    };
    // The list's shape first: few organizations stand among people.
    let between = parted(k - 1, &[","])
        && k + 1 < spans.len()
        && spans[k + 1].a == b + 2
        && matches!(doc.word(b + 1), "," | "and")
        && full_person(&spans[k + 1]);
    let closing = k >= 2 && parted(k - 1, &["and"]) && parted(k - 2, &[","]);
    if !(between || closing) || (a..=b).any(|i| doc.case(i) != Case::Title) {
        return false;
    }
    let plain = (a..=b).all(|i| {
        doc.cats(i) & OTHER_KINDS == 0 && !org_word(doc.word(i)) && !is_common_word(doc.lower(i))
    });
    plain && doc.phrase_cats(a, b) & WIKIORG == 0
}

/// Makes an organization set off by commas right after a lower-case title a person ("its
/// leader, Dana Orsk Velmor, is"): an apposition names the one the title describes. So does
/// a name of two words or more right after such a title ("Orsk Air's chief executive Dana
/// Orsk Velmor testified"). Not where
/// a word of the name says otherwise (an organization's word, a legal form, a place, a
/// people), a list knows the whole as an organization, or the model learned one of its words
/// as an organization's (`org_word`).
pub(crate) fn name_titled_appositions(
    doc: &DocContext,
    spans: &mut [NameSpan],
    org_word: impl Fn(&str) -> bool,
) {
    let n = doc.len();
    // A title of one word or two ("chief executive"), which opens with a title's word.
    let title = |t: usize| {
        let two =
            || t > 0 && doc.cats(t - 1) & TITLE != 0 && doc.phrase_cats(t - 1, t) & TITLE != 0;
        doc.case(t) == Case::Lower && (doc.cats(t) & TITLE != 0 || two())
    };
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Organization && s.a >= 1) {
        let (a, b) = (s.a, s.b);
        let set_off =
            a >= 2 && doc.word(a - 1) == "," && b + 1 < n && doc.word(b + 1) == "," && title(a - 2);
        if !(set_off || b > a && title(a - 1)) || (a..=b).any(|i| doc.case(i) != Case::Title) {
            continue;
        }
        let plain = (a..=b).all(|i| doc.cats(i) & OTHER_KINDS == 0 && !org_word(doc.word(i)));
        let listed = doc.phrase_cats(a, b) & WIKIORG != 0;
        if plain && !listed {
            s.label = NameLabel::Person;
        }
    }
}

/// Verbs after a name that people do more than places ("said", "visited").
const SPEAKER_VERBS: WordSet =
    WordSet::new(&["said", "told", "says", "would", "visited", "met", "signed", "added"]);

/// Verbs after a name that only people do ("Dana Velmor taught at", "Dana Velmor was born").
const PEOPLE_VERBS: WordSet = WordSet::new(&[
    "taught",
    "studied",
    "married",
    "died",
    "resigned",
    "graduated",
    "retired",
    "smiled",
]);

/// Participles after "was" that only people take ("Dana Velmor was detained").
const PEOPLE_PARTICIPLES: WordSet = WordSet::new(&[
    "born",
    "detained",
    "arrested",
    "killed",
    "shot",
    "murdered",
    "injured",
    "wounded",
    "buried",
    "sentenced",
    "jailed",
    "imprisoned",
    "executed",
    "kidnapped",
    "married",
]);

/// Makes an organization of two to four title-case words that acts as only a person does a
/// person ([`PEOPLE_VERBS`], or "was" and one of [`PEOPLE_PARTICIPLES`]: "Dana Velmor taught
/// at", "Tarn Velmo Kyi was detained"), or of two words ending as Slavic and Central Asian
/// surnames do ([`has_surname_ending`]; not in a sports result), where no word is of another
/// kind (past the first word, a small town's name may be one: "San") and neither the
/// gazetteer's organizations nor the listed companies hold the name.
pub(crate) fn name_acting_people(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let acts = |b: usize| {
        b + 1 < n
            && (PEOPLE_VERBS.contains(doc.word(b + 1))
                || b + 2 < n
                    && matches!(doc.word(b + 1), "was" | "had")
                    && PEOPLE_PARTICIPLES.contains(doc.word(b + 2)))
    };
    // A small town's name inside the name is no sign of another kind ("San" in Tarn San Velmo).
    let other_kind = |i: usize, a: usize| {
        let cats = doc.cats(i);
        cats & OTHER_KINDS != 0 && (i == a || cats & OTHER_KINDS != TOWN)
    };
    for s in spans.iter_mut() {
        // "Timur Velmorov, the head of": a Slavic or Central Asian surname's ending.
        let by_ending = s.b == s.a + 1
            && s.label == NameLabel::Organization
            && is_full_name(doc, s.a, s.b)
            && has_surname_ending(doc.word(s.b))
            && !super::lists::in_results(doc, s.a, s.b);
        let person = s.label == NameLabel::Organization
            && (s.a + 1..=s.a + 3).contains(&s.b)
            && (acts(s.b) || by_ending)
            && (s.a..=s.b).all(|i| doc.case(i) == Case::Title && !other_kind(i, s.a))
            && doc.phrase_cats(s.a, s.b) & WIKIORG == 0
            && !super::companies::is_listed(doc, s.a, s.b);
        if person {
            s.label = NameLabel::Person;
        }
    }
}

/// Relations only a person has, besides [`KIN`], read after a name's "'s" ("Velmor's widow",
/// "Tarn's colleagues"); not "lawyer" or "spokesman", which a company has too.
const PERSONAL_RELATIONS: WordSet = WordSet::new(&[
    "widow",
    "sons",
    "daughters",
    "parents",
    "colleagues",
    "patron",
    "girlfriend",
    "boyfriend",
]);

/// Makes an organization, or a place no list knows, of one to three title-case words a person
/// where its "'s" is followed by a relation only a person has ([`KIN`],
/// [`PERSONAL_RELATIONS`]: "Velmorova's colleagues", "Tarnek's patron"), unless the gazetteer's
/// organizations or the listed companies hold the name.
pub(crate) fn name_possessors_of_kin(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    let relation = |w: &str| KIN.contains(w) || PERSONAL_RELATIONS.contains(w);
    for s in spans.iter_mut() {
        // The possessive first: most names have none after them.
        if s.b + 2 >= n || !doc.possessive(s.b + 1) || !relation(doc.word(s.b + 2)) {
            continue;
        }
        let kind = match s.label {
            NameLabel::Organization => true,
            NameLabel::Place => {
                doc.phrase_cats(s.a, s.b) & PLACE == 0 && !doc.is_country_or_city(s.a, s.b)
            }
            _ => false,
        };
        let person = kind
            && s.b <= s.a + 2
            && (s.a..=s.b).all(|i| doc.case(i) == Case::Title)
            && doc.phrase_cats(s.a, s.b) & WIKIORG == 0
            && !super::companies::is_listed(doc, s.a, s.b);
        if person {
            s.label = NameLabel::Person;
        }
    }
}

/// Finds the families the tagger left out, named by a surname before "family" (see
/// [`family_before`]) or by its plural after "the" ("the Velmors", where the document names a
/// person "Dana Velmor"): a title-case word ending in "s"
/// that no name covers and no capitalized word follows, whose stem ends a person's name the
/// tagger found. A team's nickname so written ("the Browns") is a family only where a person
/// of that name is in the document, which sports news rarely has.
pub(crate) fn find_families(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    let n = doc.len();
    let mut found = Vec::new();
    for i in doc.capitalized_tokens().filter(|&i| i >= 1) {
        let w = doc.word(i);
        if i + 1 < n && matches!(doc.word(i + 1), "family" | "clan" | "dynasty") {
            family_before(doc, spans, i, &mut found);
            continue;
        }
        // The plural's "s" and the article first: most words fail on them.
        if !w.ends_with('s') || doc.word(i - 1) != "the" || doc.case(i) != Case::Title {
            continue;
        }
        let stem = &w[..w.len() - 1];
        let named = spans.iter().any(|s| s.label == NameLabel::Person && doc.word(s.b) == stem);
        let free = doc.ends_run(i);
        if named && free && !overlaps_any(spans, i, i) {
            found.push(lone_person(i));
        }
    }
    add_spans(spans, found);
}

/// A family named by its surname before "family", "clan" or "dynasty" after "the" ("the
/// Velmorov family"): the title-case word `i` there is a person where no list knows it as a
/// place or a nationality ("the Orsk family" may be a town's), found where the tagger left it
/// out, relabelled where it made it a one-word place or organization no list knows.
fn family_before(doc: &DocContext, spans: &mut [NameSpan], i: usize, found: &mut Vec<NameSpan>) {
    if doc.word(i - 1) != "the"
        || doc.case(i) != Case::Title
        || doc.cats(i) & (PLACE | WIKILOC | DEMONYM | WIKIORG) != 0
    {
        return;
    }
    match spans.iter_mut().find(|s| s.a <= i && i <= s.b) {
        None => found.push(lone_person(i)),
        Some(s) if s.a == s.b => s.label = NameLabel::Person,
        Some(_) => {}
    }
}

/// Nouns of a government or a candidacy named after its leader ("the Velmor administration",
/// "the Velmor campaign").
const GOVERNMENTS: WordSet =
    WordSet::new(&["administration", "government", "regime", "presidency", "campaign"]);

/// Kin words that name a relative next ("his brother Ken").
const KIN: WordSet =
    WordSet::new(&["brother", "sister", "wife", "husband", "son", "daughter", "mother", "father"]);

/// The confidence of a relative found by [`find_named_relatives`], and of the other one-word
/// people the rules of this module find where the tagger found nothing.
const RELATIVE: f32 = 0.5;

/// A person of the one token `i` that a rule of this module found ([`RELATIVE`] sure).
fn lone_person(i: usize) -> NameSpan {
    NameSpan { a: i, b: i, label: NameLabel::Person, conf: RELATIVE }
}

/// Joins the pieces of people's names, once the titles leading them are dropped: two persons
/// side by side, or with only initials, particles or a quoted nickname between them, become
/// one (no one writes two people's names that way); a person takes in the initials right
/// before it and a generational suffix right after it (also when the tagger made the suffix a
/// name of its own).
pub(crate) fn join_pieces(doc: &DocContext, mut spans: Vec<NameSpan>) -> Vec<NameSpan> {
    drop_leading_titles(doc, &mut spans);
    drop_leading_origins(doc, &mut spans);
    return_first_names(doc, &mut spans);
    let mut out: Vec<NameSpan> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(last) = out.last_mut().filter(|l| names_before_particles(doc, l, &s)) {
            *last =
                NameSpan { b: s.b, label: NameLabel::Person, conf: last.conf.min(s.conf), ..*last };
            continue;
        }
        if let Some(last) = out.last_mut().filter(|l| l.label == NameLabel::Person) {
            let same_sentence = doc.sentence_of(last.b) == doc.sentence_of(s.a);
            let suffix = s.a == s.b && last.b + 1 == s.a && is_suffix(doc, last, s.a);
            // A one-word name of another kind after particles is the surname the tagger
            // misread ("Lula da Silva" read as "Lula" and an organization "Silva").
            let person_like = s.label == NameLabel::Person
                || s.a == s.b && last.b + 1 < s.a && doc.cats(s.a) & OTHER_KINDS == 0;
            let bridged = person_like && bridges(doc, last.b + 1, s.a);
            if same_sentence && (suffix || bridged) {
                last.b = s.b;
                last.conf = last.conf.min(s.conf);
                continue;
            }
        }
        out.push(s);
    }
    find_particle_names(doc, &mut out);
    take_in_particle_tails(doc, &mut out);
    take_in_leading_particles(doc, &mut out);
    take_in_first_names_before_particles(doc, &mut out);
    join_bracketed_first_names(doc, &mut out);
    let n = doc.len();
    for k in 0..out.len() {
        if out[k].label != NameLabel::Person {
            continue;
        }
        let floor = if k == 0 { 0 } else { out[k - 1].b + 1 };
        while out[k].a > floor
            && !doc.starts_sentence(out[k].a)
            && is_initial(doc.word(out[k].a - 1))
        {
            out[k].a -= 1;
        }
        // "Sen. Edward M. Kennedy": the first name before the initials, which the tagger left
        // to the title; and so before a capitalized Arabic article ("officer Faisal Al
        // Tarnawi"), a word no list knows and no common word too.
        let a = out[k].a;
        let article = || a < out[k].b && matches!(doc.word(a), "Al" | "El" | "Bin");
        let first = |i: usize| doc.cats(i) & (FIRST | TITLE) == FIRST;
        let unknown = |i: usize| doc.cats(i) == 0 && !is_common_word(doc.lower(i));
        if a > floor
            && !doc.starts_sentence(a)
            && doc.case(a - 1) == Case::Title
            && (is_initial(doc.word(a)) && first(a - 1)
                || article() && (first(a - 1) || unknown(a - 1)))
        {
            out[k].a -= 1;
        }
        let free_after = out.get(k + 1).map_or(true, |x| x.a > out[k].b + 1);
        if free_after && out[k].b + 1 < n && is_suffix(doc, &out[k], out[k].b + 1) {
            out[k].b += 1;
        }
        let limit = out.get(k + 1).map_or(n, |x| x.a);
        if let Some(surname) = surname_after_nickname(doc, &out[k], limit) {
            out[k].b = surname;
        }
        if let Some(epithet) = epithet_after(doc, &out[k], limit) {
            out[k].b = epithet;
        }
    }
    out
}

/// Makes an organization of a "person" that is a word of two to five capitals alone in running
/// text ("DMB", "YLB": CoNLL-2003 train and dev and WikiGold mark 940 such names, none a
/// person), or that opens with a word of two to four capitals and has no word the name lists
/// know as a person's ("SK Hynix", "JC Penney" where the lists lack "Penney"): such names are
/// firms, clubs and units ("PSV Eindhoven", "VI Corps"; in CoNLL-2003 train and WikiGold 203
/// organizations and one person, "LL Cool J"). Initials used as a first name keep their person
/// when the rest is a known name ("JJ Abrams", "DJ Khaled"), as does a title in capitals
/// ("MP", "DJ" where the gazetteer lists it), and a headline's words in capitals.
pub(crate) fn name_acronym_led_bodies(doc: &DocContext, spans: &mut [NameSpan]) {
    for s in spans.iter_mut() {
        if s.label != NameLabel::Person || s.conf >= 1.0 {
            continue;
        }
        // Alone, up to five capitals; opening a longer name, up to four.
        let w = doc.word(s.a);
        let most = if s.a == s.b { 5 } else { 4 };
        let capitals = (2..=most).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase());
        if !capitals || doc.cats(s.a) & TITLE != 0 {
            continue;
        }
        let body = if s.a == s.b {
            !is_headline(doc, s.a)
        } else {
            let named = (s.a + 1..=s.b).any(|i| doc.cats(i) & (FIRST | LAST) != 0);
            doc.case(s.a + 1) == Case::Title && !named
        };
        if body {
            s.label = NameLabel::Organization;
        }
    }
}

/// Titles abbreviated with no stop, as British news writes them ("Fr Dana Ruiz", "Sgt Ken
/// Vale", "Col Tarnov"), which the gazetteer's titles lack.
const SHORT_TITLES: WordSet = WordSet::new(&[
    "Fr", "Revd", "Capt", "Sgt", "Cpl", "Pte", "Lt", "Maj", "Col", "Gen", "Brig", "Cllr", "Supt",
    "Insp",
]);

/// Drops the titles and honorifics ("Bishop", "Mr") the tagger let a person's name start
/// with: GUIDELINES keep them outside the span (they stay the person's title, read from the
/// words before the name).
/// Gives a person back the first names the name before it ran on with over a possessive
/// ("Orsk United's Dana Ruiz" read as "Orsk United's Dana" and "Ruiz"): after a team's or
/// firm's "'s", first names right before a person are that person's.
fn return_first_names(doc: &DocContext, spans: &mut [NameSpan]) {
    for k in 1..spans.len() {
        let (l, r) = (&spans[k - 1], &spans[k]);
        if r.label != NameLabel::Person || l.label == NameLabel::Person || l.b + 1 != r.a {
            continue;
        }
        let Some(m) = (l.a + 1..l.b).rev().find(|&i| doc.possessive(i)) else {
            continue;
        };
        let first = |i: usize| doc.case(i) == Case::Title && doc.cats(i) & FIRST != 0;
        if (m + 1..=l.b).all(first) {
            spans[k - 1].b = m - 1;
            spans[k].a = m + 1;
        }
    }
}

fn drop_leading_titles(doc: &DocContext, spans: &mut [NameSpan]) {
    for s in spans.iter_mut().filter(|s| s.label == NameLabel::Person) {
        let title = |i: usize| {
            let w = doc.word(i);
            doc.cats(i) & TITLE != 0 || SHORT_TITLES.contains(w) || OFFICER_TITLES.contains(w)
        };
        while s.b > s.a && title(s.a) {
            s.a += 1;
        }
    }
}

/// Drops the word of origin or party the tagger let a full name start with ("fellow Orskian
/// Dana Ruiz", "Velmoran Ken Vale", "Liberal Democrat Dana Ruiz"): a nationality, a known place
/// and "-n", "-an", "-ian" or "-er" ("Minnesotan", "Londoner"), or a party's member. CoNLL
/// marks it apart (MISC). Only before a known first name and one more word, and never a first
/// name itself; a name the tagger made an organization loses only a party's member, and stays
/// whole when it ends in an organization word or legal form ("Democrat Dana Ruiz Fund").
fn drop_leading_origins(doc: &DocContext, spans: &mut [NameSpan]) {
    let member = |i: usize| MEMBERS.contains(doc.word(i));
    let org = NameLabel::Organization;
    let open = |s: &&mut NameSpan| matches!(s.label, NameLabel::Person | NameLabel::Organization);
    for s in spans.iter_mut().filter(open).filter(|s| s.b >= s.a + 2) {
        let mut a = s.a;
        while a + 2 <= s.b && (member(a) || (s.label != org && is_demonym(doc, a))) {
            a += 1;
        }
        let first = |i: usize| doc.case(i) == Case::Title && doc.cats(i) & FIRST != 0;
        let named_body = doc.cats(s.b) & (ORGHEAD | CORPSUFFIX) != 0;
        if a > s.a && first(a) && !first(s.a) && !(s.label == org && named_body) {
            s.a = a;
            s.label = NameLabel::Person;
        }
    }
}

/// Nouns of a party's member that may open a full name ("Democrat Dana Ruiz").
const MEMBERS: WordSet =
    WordSet::new(&["Democrat", "Republican", "Conservative", "Socialist", "Liberal", "Communist"]);

/// Whether token `i` names where someone is from: a nationality ("Velmoran"), or a known place
/// and an ending of origin ("Orskian", "Londoner").
fn is_demonym(doc: &DocContext, i: usize) -> bool {
    let w = doc.lower(i);
    let place = |stem: &str| {
        stem.len() >= 4 && GAZETTEER.get(phrase_key([stem])).is_some_and(|e| e.cats & PLACE != 0)
    };
    doc.cats(i) & DEMONYM != 0
        || ["ian", "an", "n", "er"].iter().any(|end| w.strip_suffix(end).is_some_and(place))
}

/// Whether an organization the tagger found and the one-word name after it are the pieces
/// of one person's name split at its particles ("Luiz Inacio Lula da Silva" read as two
/// organizations): the one word is a known surname and the organization holds a known
/// person's name, one or two particles stand between them, in one sentence, all the words
/// are title case and of no other kind, and no list knows the first piece as an organization.
fn names_before_particles(doc: &DocContext, first: &NameSpan, next: &NameSpan) -> bool {
    let gap = next.a.saturating_sub(first.b + 1);
    first.label == NameLabel::Organization
        && next.a == next.b
        && (1..=2).contains(&gap)
        && doc.cats(next.a) & LAST != 0
        && (first.a..=first.b).any(|i| doc.cats(i) & (FIRST | LAST) != 0)
        && (first.b + 1..next.a).all(|i| PARTICLES.contains(doc.word(i)))
        && doc.sentence_of(first.a) == doc.sentence_of(next.b)
        && (first.a..=first.b)
            .chain([next.a])
            .all(|i| doc.case(i) == Case::Title && doc.cats(i) & OTHER_KINDS == 0)
        && doc.phrase_cats(first.a, first.b) & WIKIORG == 0
}

/// Whether the tokens `a..b` between two persons belong to one name: none, initials,
/// particles or a quoted nickname of one to three capitalized words.
fn bridges(doc: &DocContext, a: usize, b: usize) -> bool {
    if a >= b {
        return a == b;
    }
    if b >= a + 3 && nickname_end(doc, a) == Some(b - 1) {
        return true;
    }
    let words: Vec<&str> = (a..b).map(|i| doc.word(i)).collect();
    words.iter().all(|w| is_initial(w)) || words.iter().all(|w| PARTICLES.contains(w))
}

/// The most words of a quoted nickname inside a person's name.
const NICKNAME_WORDS: usize = 3;

/// The closing quote of a nickname opening with the quote at token `a` ("\"Red\"", "\"Heart
/// of Oak\"", as in `Tomas "Heart of Oak" Redd`): one to [`NICKNAME_WORDS`] words,
/// capitalized but for small words between the first and the last, in one sentence.
fn nickname_end(doc: &DocContext, a: usize) -> Option<usize> {
    let quote = |i: usize| i < doc.len() && matches!(doc.word(i), "\"" | "“" | "”" | "'");
    if !quote(a) {
        return None;
    }
    let close = (a + 2..=a + 1 + NICKNAME_WORDS).find(|&i| quote(i))?;
    let capital = |i: usize| doc.word(i).starts_with(char::is_uppercase);
    let small = |i: usize| matches!(doc.word(i), "of" | "the" | "and");
    let words_ok = capital(a + 1)
        && capital(close - 1)
        && (a + 1..close).all(|i| capital(i) || small(i))
        && doc.sentence_of(close) == doc.sentence_of(a);
    words_ok.then_some(close)
}

/// Whether person `s` ends in a known first name followed by a quoted nickname and a lone
/// title-case word of no other kind, in one sentence, that no name covers up to `limit`
/// (exclusive): that word is the surname the tagger left out (`Harold "Junior" Velmor`).
/// Returns the surname's token.
fn surname_after_nickname(doc: &DocContext, s: &NameSpan, limit: usize) -> Option<usize> {
    if s.label != NameLabel::Person || doc.cats(s.b) & FIRST == 0 {
        return None;
    }
    let last = nickname_end(doc, s.b + 1)? + 1;
    let n = doc.len();
    let lone = last + 1 >= n
        || !doc.capitalized(last + 1)
        || doc.sentence_of(last + 1) != doc.sentence_of(last);
    let surname = last < limit
        && last < n
        && doc.case(last) == Case::Title
        && doc.cats(last) & OTHER_KINDS == 0
        && doc.sentence_of(last) == doc.sentence_of(s.b)
        && lone;
    surname.then_some(last)
}

/// Finds the people the tagger left out whose surname follows lower-case particles ("Dana von
/// der Velmor presented"): one or two title-case words opening with a known first name that
/// no list knows as a place or another kind, one or two particles, and a title-case surname
/// of no other kind, all in one sentence and none in a name.
fn find_particle_names(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names holding a particle are read.
    if !PARTICLES.may_occur_in(doc) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    let mut next = 0;
    for i in doc.capitalized_tokens() {
        while spans.get(next).is_some_and(|s| s.b < i) {
            next += 1;
        }
        // The cheap tests first: a known first name (its categories are at hand), then a
        // particle after it.
        let cats = doc.cats(i);
        if cats & FIRST == 0 || cats & OTHER_KINDS != 0 || i + 2 >= n {
            continue;
        }
        let given_end = if PARTICLES.contains(doc.word(i + 1)) {
            i
        } else if PARTICLES.contains(doc.word(i + 2)) {
            i + 1
        } else {
            continue;
        };
        if doc.case(given_end) != Case::Title || doc.cats(given_end) & OTHER_KINDS != 0 {
            continue;
        }
        let mut e = given_end + 1;
        while e < n && e - given_end <= 2 && PARTICLES.contains(doc.word(e)) {
            e += 1;
        }
        let surname = e < n
            && e > given_end + 1
            && doc.case(e) == Case::Title
            && doc.cats(e) & OTHER_KINDS == 0
            && doc.sentence_of(e) == doc.sentence_of(i);
        let free = spans.get(next).map_or(true, |s| s.a > e);
        if surname && free && (i == 0 || !doc.capitalized(i - 1) || doc.starts_sentence(i)) {
            found.push(NameSpan { a: i, b: e, label: NameLabel::Person, conf: 0.5 });
        }
    }
    add_spans(spans, found);
}

/// A person followed by particles and a title-case word no name covers takes them in: the
/// tagger stopped at the particle ("Mohammed bin Salman" read as "Mohammed", "Ken Vale van
/// Orsel"). A word that is a country or city stays out ("Dana de Paris"). A person also takes
/// in a surname joined to its article ("Abdel Fattah al-Sisi" read as "Abdel Fattah").
fn take_in_particle_tails(doc: &DocContext, spans: &mut [NameSpan]) {
    let n = doc.len();
    for k in 0..spans.len() {
        let s = &spans[k];
        let next = spans.get(k + 1).map_or(n, |x| x.a);
        // Room for a particle and a word before the next name.
        if s.label != NameLabel::Person || s.b + 2 >= next {
            continue;
        }
        let mut e = s.b + 1;
        while e < next && PARTICLES.contains(doc.word(e)) {
            e += 1;
        }
        let tail = e > s.b + 1
            && e < next
            && doc.case(e) == Case::Title
            && doc.cats(e) & OTHER_KINDS == 0
            && doc.sentence_of(e) == doc.sentence_of(s.b);
        if tail {
            spans[k].b = e;
        } else if s.b + 1 < next && is_article_surname(doc.word(s.b + 1)) {
            spans[k].b = s.b + 1;
        }
    }
}

/// Whether `w` is a surname joined to an Arabic article: "al-" or "el-" and a capitalized
/// word of three letters or more ("al-Velmori").
fn is_article_surname(w: &str) -> bool {
    let rest = w.strip_prefix("al-").or_else(|| w.strip_prefix("el-"));
    rest.is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()) && r.len() > 2)
}

/// A surname opening with a capitalized particle and lower-case ones ("Van der Merwe", "De la
/// Cruz") that the tagger cut after them: the person takes them in, and the capitalized
/// particle stops being a name of its own (read as a place or a person alone).
fn take_in_leading_particles(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names after a particle are read.
    if !PARTICLES.may_occur_in(doc) {
        return;
    }
    let mut taken = Vec::new();
    for k in 0..spans.len() {
        let a = spans[k].a;
        if spans[k].label != NameLabel::Person || a < 2 || !PARTICLES.contains(doc.word(a - 1)) {
            continue;
        }
        let mut i = a - 1;
        while i > 0 && PARTICLES.contains(doc.word(i - 1)) {
            i -= 1;
        }
        let Some(c) = i.checked_sub(1) else { continue };
        let capital = PARTICLES.words().iter().any(|p| p.eq_ignore_ascii_case(doc.word(c)));
        let before = spans[..k].last().filter(|p| p.b >= c).map(|p| (p.a, p.b));
        let free = before.map_or(true, |(pa, pb)| pa == c && pb == c);
        if doc.case(c) == Case::Title && capital && free {
            spans[k].a = c;
            if before.is_some() {
                taken.push(k - 1);
            }
        }
    }
    for k in taken.into_iter().rev() {
        spans.remove(k);
    }
}

/// A surname after lower-case particles ("von der Leyen", "da Silva") whose first names the
/// tagger left out or read as a name of their own (a sentence's first word, often): the
/// person runs from the first names, one to three title-case words opening with a known first
/// name ("Ursula von der Leyen", "Luiz Inacio Lula da Silva"). Places stay out on both sides
/// ("Santiago de Chile").
fn take_in_first_names_before_particles(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only names after a particle are read.
    if !PARTICLES.may_occur_in(doc) {
        return;
    }
    let named = |l: NameLabel| matches!(l, NameLabel::Person | NameLabel::Organization);
    let mut k = 0;
    while k < spans.len() {
        let a = spans[k].a;
        let particles = (1..=2.min(a)).take_while(|&d| PARTICLES.contains(doc.word(a - d))).count();
        let Some(c) = (a - particles).checked_sub(1).filter(|_| particles > 0) else {
            k += 1;
            continue;
        };
        let before = spans[..k].last().filter(|p| p.b >= c).map(|p| (p.a, p.b, p.label));
        let start = match before {
            Some((pa, pb, label)) if pb == c && named(label) => Some(pa),
            Some(_) => None,
            None => first_names_ending_at(doc, c, spans[..k].last().map_or(0, |p| p.b + 1)),
        };
        let first = |i: usize| doc.cats(i) & FIRST != 0 && doc.cats(i) & PLACE == 0;
        match start.filter(|&s| named(spans[k].label) && first(s)) {
            Some(s) if doc.sentence_of(s) == doc.sentence_of(a) => {
                spans[k].a = s;
                spans[k].label = NameLabel::Person;
                if before.is_some() {
                    spans.remove(k - 1);
                    continue;
                }
            }
            _ => {}
        }
        k += 1;
    }
}

/// The first of one to three title-case words ending at token `c`, none before `floor`.
fn first_names_ending_at(doc: &DocContext, c: usize, floor: usize) -> Option<usize> {
    let title = |i: usize| doc.case(i) == Case::Title;
    if !title(c) {
        return None;
    }
    let mut s = c;
    while s > floor && c - s < 2 && title(s - 1) && !doc.starts_sentence(s) {
        s -= 1;
    }
    Some(s)
}

/// A first name or initials in brackets before a surname ("(Tom) Vale", "Dana Jane (D.J.)
/// Ruiz": a name the writer filled in or spelled out) make one person with the surname and the
/// person right before the brackets, whatever the tagger made of the pieces (often
/// organizations). CoNLL keeps the brackets in the name.
fn join_bracketed_first_names(doc: &DocContext, spans: &mut Vec<NameSpan>) {
    // Only first names in brackets are read.
    if !(doc.may_hold("(") && doc.may_hold(")")) {
        return;
    }
    let n = doc.len();
    let mut found = Vec::new();
    let words = doc.words();
    for i in doc.opening_brackets().iter().copied().filter(|&i| i + 3 < n) {
        if words[i + 2] != ")" || doc.case(i + 3) != Case::Title {
            continue;
        }
        let inner = i + 1;
        let first = doc.case(inner) == Case::Title && doc.cats(inner) & FIRST != 0;
        // A country in brackets ("(France)", "(U.S.)") says where a person is from.
        let place = doc.cats(inner) & PLACE != 0
            || spans.iter().any(|t| t.a == inner && t.label == NameLabel::Place);
        let named = (first || is_initial(doc.word(inner))) && !place;
        if !named || doc.sentence_of(i + 3) != doc.sentence_of(i) {
            continue;
        }
        let alone = |t: &NameSpan| t.a == t.b && (t.a == inner || t.a == i + 3);
        let before = spans.iter().find(|t| t.b + 1 == i && t.label == NameLabel::Person);
        let a = before.map_or(i, |t| t.a);
        let inside = |t: &NameSpan| t.b >= a && t.a <= i + 3;
        if spans.iter().filter(|t| inside(t)).all(|t| alone(t) || t.b + 1 == i) {
            found.push(NameSpan { a, b: i + 3, label: NameLabel::Person, conf: 0.3 });
        }
    }
    for f in found {
        spans.retain(|t| t.b < f.a || t.a > f.b);
        let at = spans.partition_point(|t| t.a < f.a);
        spans.insert(at, f);
    }
}

/// Whether `w` is one or more initials ("G.", "J.R.").
fn is_initial(w: &str) -> bool {
    let b = w.as_bytes();
    !b.is_empty()
        && b.len() % 2 == 0
        && b.chunks(2).all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// Epithets that follow "the" in a ruler's or writer's name ("Velmor the Great", "Tarn
/// the Elder").
const EPITHETS: WordSet = WordSet::new(&[
    "Great",
    "Elder",
    "Younger",
    "Conqueror",
    "Magnificent",
    "Terrible",
    "Confessor",
]);

/// The token of the epithet that ends person `s` after "the" ([`EPITHETS`]: "Alexander the
/// Great"), in one sentence, before `limit` (the next name) and before no capitalized word
/// ("Catherine the Great Palace" names a site).
fn epithet_after(doc: &DocContext, s: &NameSpan, limit: usize) -> Option<usize> {
    let e = s.b + 2;
    let n = doc.len();
    let ends =
        e + 1 >= n || !doc.capitalized(e + 1) || doc.sentence_of(e + 1) != doc.sentence_of(e);
    let epithet = s.label == NameLabel::Person
        && e < limit
        && e < n
        && doc.word(s.b + 1) == "the"
        && EPITHETS.contains(doc.word(e))
        && doc.sentence_of(e) == doc.sentence_of(s.b)
        && ends;
    epithet.then_some(e)
}

/// Whether token `i` is a generational suffix of person `s`: the name has two words or more
/// (a lone "Ken II" is no such name).
fn is_suffix(doc: &DocContext, s: &NameSpan, i: usize) -> bool {
    s.b > s.a && SUFFIXES.contains(doc.word(i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::resolve::test_support::{expect, span, spans_in_order, texts};
    use NameLabel::{Organization as ORG, Person as PER, Place as LOC};

    #[test]
    fn a_surname_alone_takes_back_the_particles_of_the_full_name_the_document_gives() {
        let doc = DocContext::new(
            "Minister Carlos de la Velmor spoke. \"No,\" de la Velmor said, and la Velmor and \
             van Tarn nodded.",
        );
        // Each "Velmor" after the full name's, and "Tarn".
        let full = span(&doc, &["Carlos", "de", "la", "Velmor"], PER, 0.5);
        let alone = (full.b + 1..doc.len()).filter(|&i| matches!(doc.word(i), "Velmor" | "Tarn"));
        let mut spans = vec![full];
        spans.extend(alone.map(|i| NameSpan { a: i, b: i, label: PER, conf: 0.5 }));
        take_in_surname_particles(&doc, &mut spans);
        let expected =
            [("Carlos de la Velmor", PER), ("de la Velmor", PER), ("Velmor", PER), ("Tarn", PER)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_name_broken_by_a_stray_ellipsis_joins_where_the_document_names_it_whole() {
        let doc = DocContext::new(
            "Dana Ruiz met Tom Vale. Later President Dana\u{2026} Ruiz and Tom\u{2026} Orsk spoke.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Dana", "Ruiz"], PER),
            (&["Tom", "Vale"], PER),
            (&["Dana"], PER),
            (&["Ruiz"], PER),
            (&["Tom"], PER),
            (&["Orsk"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.9);
        join_broken_names(&doc, &mut spans);
        expect(
            texts(&spans, &doc),
            &[
                ("Dana Ruiz", PER),
                ("Tom Vale", PER),
                ("Dana\u{2026} Ruiz", PER),
                ("Tom", PER),
                ("Orsk", PER),
            ],
        );
    }

    #[test]
    fn a_person_opening_with_capitals_and_no_known_name_is_a_body() {
        let doc = DocContext::new(
            "VK Tarnix hired Dana Ruiz, and JJ Abrams met Ken Vale and A. Orsk at KV Velmor, \
             where TRB spoke.\nTARN HIRES VELM",
        );
        let names: [&[&str]; 9] = [
            &["VK", "Tarnix"],
            &["Dana", "Ruiz"],
            &["JJ", "Abrams"],
            &["Ken", "Vale"],
            &["A.", "Orsk"],
            &["KV", "Velmor"],
            &["TRB"],
            &["TARN"],
            &["VELM"],
        ];
        let mut spans: Vec<NameSpan> = names.iter().map(|w| span(&doc, w, PER, 0.9)).collect();
        // A name the user gave keeps its type.
        spans[5].conf = 1.0;
        name_acronym_led_bodies(&doc, &mut spans);
        // A headline's words in capitals stay what the tagger made them.
        let expected = [
            ("VK Tarnix", ORG),
            ("Dana Ruiz", PER),
            ("JJ Abrams", PER),
            ("Ken Vale", PER),
            ("A. Orsk", PER),
            ("KV Velmor", PER),
            ("TRB", ORG),
            ("TARN", PER),
            ("VELM", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_name_after_nee_is_a_person() {
        let doc = DocContext::new(
            "Dana Vale (née Ruiz) and Ilse Tarn (née Orsk Brisk) wrote to Ken Vale (née Velmor).",
        );
        let mut spans = vec![
            span(&doc, &["Dana", "Vale"], PER, 0.9),
            span(&doc, &["Ilse", "Tarn"], PER, 0.9),
            span(&doc, &["Ken", "Vale"], PER, 0.9),
            span(&doc, &["Velmor"], ORG, 0.6),
        ];
        name_maiden_names(&doc, &mut spans);
        let expected = [
            ("Dana Vale", PER),
            ("Ruiz", PER),
            ("Ilse Tarn", PER),
            ("Orsk Brisk", PER),
            ("Ken Vale", PER),
            ("Velmor", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_relative_named_by_a_first_name_is_a_person() {
        let doc = DocContext::new(
            "Ken Vale came with his brother Tomas and his wife, Dana; his son Orsk stayed, and \
             his sister Dana Ruiz called.",
        );
        let mut spans = vec![
            span(&doc, &["Ken", "Vale"], NameLabel::Person, 0.9),
            span(&doc, &["Dana", "Ruiz"], NameLabel::Person, 0.9),
        ];
        find_named_relatives(&doc, &mut spans);
        let found: Vec<String> = spans.iter().map(|s| doc.slice(s.a, s.b).to_string()).collect();
        assert_eq!(found, ["Ken Vale", "Tomas", "Dana", "Dana Ruiz"]);
    }

    #[test]
    fn a_relative_the_tagger_made_a_place_is_a_person() {
        let doc = DocContext::new(
            "Ken Vale's wife, Orsa, spoke; their daughter Velmira came, a sister Tarnia \
             stayed and the son Dana left.",
        );
        let mut spans = vec![
            span(&doc, &["Ken", "Vale"], NameLabel::Person, 0.9),
            span(&doc, &["Orsa"], NameLabel::Place, 0.6),
            span(&doc, &["Velmira"], NameLabel::Place, 0.6),
            span(&doc, &["Tarnia"], NameLabel::Place, 0.6),
            span(&doc, &["Dana"], NameLabel::Place, 0.6),
        ];
        find_named_relatives(&doc, &mut spans);
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        // "a sister Tarnia": no owner and no known first name; "Dana" is a known first name.
        let place = NameLabel::Place;
        assert_eq!(labels, [PER, PER, PER, place, PER]);
    }

    #[test]
    fn a_first_name_in_brackets_before_a_surname_makes_one_person() {
        let doc = DocContext::new(
            "He saw (Tom) Vale and Dana Jane (D.J.) Ruiz; 2. Ken Orsk (France) Vendrix 1:52.",
        );
        let spans = vec![
            span(&doc, &["Tom"], ORG, 0.4),
            span(&doc, &["Vale"], ORG, 0.4),
            span(&doc, &["Dana", "Jane"], NameLabel::Person, 0.8),
            span(&doc, &["Ruiz"], ORG, 0.4),
            span(&doc, &["Ken", "Orsk"], NameLabel::Person, 0.8),
            span(&doc, &["France"], NameLabel::Place, 0.9),
            span(&doc, &["Vendrix"], ORG, 0.8),
        ];
        let expected = [
            ("(Tom) Vale", NameLabel::Person),
            ("Dana Jane (D.J.) Ruiz", NameLabel::Person),
            ("Ken Orsk", NameLabel::Person),
            ("France", NameLabel::Place),
            ("Vendrix", ORG),
        ];
        let found = texts(&join_pieces(&doc, spans), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn dutch_particles_join_a_person_s_pieces() {
        let doc = DocContext::new("The club sacked Dana ten Velmor and hired Ken ter Orsk.");
        let words: [&[&str]; 4] = [&["Dana"], &["Velmor"], &["Ken"], &["Orsk"]];
        let spans = words.iter().map(|w| span(&doc, w, PER, 0.5)).collect();
        let expected = [("Dana ten Velmor", PER), ("Ken ter Orsk", PER)];
        expect(texts(&join_pieces(&doc, spans), &doc), &expected);
    }

    #[test]
    fn a_surname_opening_with_capitalized_particles_is_one_person() {
        let doc = DocContext::new(
            "A pass from Van der Velmor found De la Ruiz, while Orsk der Tarn watched.",
        );
        let spans = vec![
            span(&doc, &["Van"], NameLabel::Place, 0.5),
            span(&doc, &["Velmor"], NameLabel::Person, 0.5),
            span(&doc, &["Ruiz"], NameLabel::Person, 0.5),
            span(&doc, &["Orsk"], NameLabel::Place, 0.5),
            span(&doc, &["Tarn"], NameLabel::Person, 0.5),
        ];
        let expected = [
            ("Van der Velmor", NameLabel::Person),
            ("De la Ruiz", NameLabel::Person),
            ("Orsk", NameLabel::Place),
            ("Tarn", NameLabel::Person),
        ];
        let found = texts(&join_pieces(&doc, spans), &doc);
        assert_eq!(found, expected.map(|(w, t)| (w.to_string(), t)));
    }

    #[test]
    fn an_organization_acting_as_only_people_do_is_a_person() {
        let doc = DocContext::new(
            "Dana Velmor taught at Tarn. Ken Tomas Vale was detained. Velmor Bank was fined. The \
             Orsk Group studied it. Ken San Vale was jailed. Tarn Paris Vale was jailed.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Dana", "Velmor"], ORG),
            (&["Ken", "Tomas", "Vale"], ORG),
            (&["Velmor", "Bank"], ORG),
            (&["Orsk", "Group"], ORG),
            (&["Ken", "San", "Vale"], ORG),
            (&["Tarn", "Paris", "Vale"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        name_acting_people(&doc, &mut spans);
        // A bank is fined, not detained; a group's word is an organization's. A small town's
        // name inside ("San") leaves a person; a big city's does not.
        let expected = [
            ("Dana Velmor", PER),
            ("Ken Tomas Vale", PER),
            ("Velmor Bank", ORG),
            ("Orsk Group", ORG),
            ("Ken San Vale", PER),
            ("Tarn Paris Vale", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        // A surname's ending makes a person of two words, but not in a result.
        let doc = DocContext::new(
            "Zhanbek Velmorov, the head of Orsk Velmorenko Bank, and Tarnikov Velmorev spoke. \
             Orsk Tarnikov 2 Velmor 1.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Zhanbek", "Velmorov"], ORG),
            (&["Orsk", "Velmorenko", "Bank"], ORG),
            (&["Tarnikov", "Velmorev"], ORG),
            (&["Orsk", "Tarnikov"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        name_acting_people(&doc, &mut spans);
        let expected = [
            ("Zhanbek Velmorov", PER),
            ("Orsk Velmorenko Bank", ORG),
            ("Tarnikov Velmorev", PER),
            ("Orsk Tarnikov", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        assert!(has_surname_ending("Velmorbayeva") && !has_surname_ending("Kiev"));
    }

    #[test]
    fn a_name_whose_possessive_has_a_widow_or_colleagues_is_a_person() {
        let doc = DocContext::new(
            "Tarnova's colleagues met. Orsk Vale's widow spoke. Velmor Bank's lawyer spoke. \
             Kelvo's patron paid. Paris's mayor spoke. Dana Tarn's son ran.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["Tarnova"], ORG),
            (&["Orsk", "Vale"], LOC),
            (&["Velmor", "Bank"], ORG),
            (&["Kelvo"], ORG),
            (&["Paris"], LOC),
            (&["Dana", "Tarn"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        name_possessors_of_kin(&doc, &mut spans);
        // A company has a lawyer too; a mayor is no relation, and a known city stays one.
        let expected = [
            ("Tarnova", PER),
            ("Orsk Vale", PER),
            ("Velmor Bank", ORG),
            ("Kelvo", PER),
            ("Paris", LOC),
            ("Dana Tarn", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn the_names_of_a_credit_line_are_people() {
        let doc = DocContext::new(
            "Prices rose.\n(Reporting by Dana Velmor in Orsk and Ann Tarn; Editing by Tom \
             Vale)\n--With assistance from Ken Orr and Lia Brisk.\nBy the way, Velmor Bank \
             and Orsk Oil said.",
        );
        let names: [(&[&str], NameLabel); 4] = [
            (&["Dana", "Velmor"], ORG),
            (&["Orsk"], LOC),
            (&["Ken", "Orr", "and", "Lia", "Brisk"], ORG),
            (&["Velmor", "Bank", "and", "Orsk", "Oil"], ORG),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        name_credit_lines(&doc, &mut spans);
        let expected = [
            ("Dana Velmor", PER),
            ("Orsk", LOC),
            ("Ann Tarn", PER),
            ("Tom Vale", PER),
            ("Ken Orr", PER),
            ("Lia Brisk", PER),
            ("Velmor Bank and Orsk Oil", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_byline_s_name_is_one_person() {
        let doc = DocContext::new(
            "By DANA E. VELMOR\nORSK -- It rained.\nBy The Orsk Times\nBy TARN LEE BRISKOV\n\
             By them all, it was read.",
        );
        let names: [(&[&str], NameLabel); 2] = [(&["E.", "VELMOR"], PER), (&["ORSK"], LOC)];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        name_bylines(&doc, &mut spans);
        let expected = [("DANA E. VELMOR", PER), ("ORSK", LOC), ("TARN LEE BRISKOV", PER)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_name_after_an_honorific_opening_a_sentence_is_a_person() {
        let doc = DocContext::new(
            "Mr. Velmorov said so. Dr. Tarn Orsko agreed. Mr. President, stay. Ms. Brisk \
             left. We met Dr. Kelvo. After the vote, Sen. Tarnek said no. At the fair, Mr. \
             Dana Vell spoke. Later, Gen. Velmo Cola sold out.",
        );
        let velmo = span(&doc, &["Velmo", "Cola"], ORG, 0.4);
        let mut spans = vec![span(&doc, &["Brisk"], ORG, 0.4), velmo];
        find_honoured_people(&doc, &mut spans);
        // An office is no name; within a sentence the tagger's reading stands, and a name it
        // left out is the person only after a clause's comma.
        let expected = [
            ("Velmorov", PER),
            ("Tarn Orsko", PER),
            ("Brisk", PER),
            ("Tarnek", PER),
            ("Dana Vell", PER),
            ("Velmo Cola", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_surname_s_plural_after_the_is_the_family() {
        let doc = DocContext::new(
            "Dana Velmor met the Velmors and the Tarns. The Browns beat the Hawks. Ken won \
             the Velmors Cup.",
        );
        let mut spans = vec![span(&doc, &["Dana", "Velmor"], PER, 0.9)];
        find_families(&doc, &mut spans);
        // No person of the document is named "Tarn" or "Hawk"; a capitalized word after the
        // plural makes it part of another name.
        let expected = [("Dana Velmor", PER), ("Velmors", PER)];
        expect(texts(&spans, &doc), &expected);
        // A surname before "family" after "the", left out or made a one-word organization;
        // not a place's or a nationality's word.
        let doc = DocContext::new(
            "It is run by the Velmorov family and the Tarnek clan, not the Kazakh family or \
             the Paris family.",
        );
        let mut spans = vec![span(&doc, &["Tarnek"], ORG, 0.6)];
        find_families(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Velmorov", PER), ("Tarnek", PER)]);
    }

    #[test]
    fn a_name_with_particles_the_tagger_left_out_is_a_person() {
        let doc = DocContext::new(
            "Dana von der Velmor presented it. Ken Tomas da Velmorin met Ilse de Paris and \
             Port de Tarn.",
        );
        // "Paris" is a known place, and "Port" no first name.
        let expected = [("Dana von der Velmor", PER), ("Ken Tomas da Velmorin", PER)];
        expect(texts(&join_pieces(&doc, Vec::new()), &doc), &expected);
    }

    #[test]
    fn first_names_before_a_surname_s_particles_join_it() {
        let doc = DocContext::new(
            "Dana von der Velmor spoke. Then Ken Tomas da Orsk met Ilse de Tarn in Santiago de Vale.",
        );
        let spans = vec![
            span(&doc, &["Velmor"], PER, 0.5),
            span(&doc, &["Ken", "Tomas"], ORG, 0.3),
            span(&doc, &["Orsk"], ORG, 0.6),
            span(&doc, &["Tarn"], PER, 0.7),
            span(&doc, &["Santiago"], NameLabel::Place, 0.5),
            span(&doc, &["Vale"], NameLabel::Place, 0.5),
        ];
        let expected = [
            ("Dana von der Velmor", PER),
            ("Ken Tomas da Orsk", PER),
            ("Ilse de Tarn", PER),
            // A place on either side stays as it was.
            ("Santiago", NameLabel::Place),
            ("Vale", NameLabel::Place),
        ];
        expect(texts(&join_pieces(&doc, spans), &doc), &expected);
        // Words before the particles that open with no first name stay out ("Port de Orsk").
        let doc = DocContext::new("Ships left Port de Orsk.");
        let spans = vec![span(&doc, &["Orsk"], PER, 0.5)];
        expect(texts(&join_pieces(&doc, spans), &doc), &[("Orsk", PER)]);
    }

    #[test]
    fn a_government_named_after_a_word_names_its_leader() {
        let doc = DocContext::new(
            "The Velmorov administration and the Tarnek regime met; the Orsk government, the \
             Danish government, the Republican administration and the Ilse government did not.",
        );
        let mut spans = vec![span(&doc, &["Tarnek"], NameLabel::Place, 0.6)];
        find_government_leaders(&doc, &mut spans);
        // A known place, a nationality, a party's member and a first name alone name no leader.
        let expected = [("Velmorov", PER), ("Tarnek", PER)];
        expect(texts(&spans, &doc), &expected);
        let doc = DocContext::new("Aid from the France government and the Paris regime.");
        let mut spans = vec![];
        find_government_leaders(&doc, &mut spans);
        assert!(spans.is_empty());
        // A candidacy names its candidate; a campaign named after a place, by its name in news
        // use or in the Wikipedia list, names none.
        let doc = DocContext::new(
            "The Kestrane campaign sued; the Russia campaign and the Normandy campaign ended.",
        );
        let mut spans = vec![];
        find_government_leaders(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Kestrane", PER)]);
    }

    #[test]
    fn the_names_after_a_plural_title_are_people() {
        let doc = DocContext::new(
            "Presidents Velmorov and Tarnek met. Foreign Ministers Dana Ruiz, Orsek Brill, and \
             Ilse Velmora spoke. Senators Kelvar and Paris Bank Group left. Judges Dorvan came.",
        );
        let mut spans =
            vec![span(&doc, &["Tarnek"], PER, 0.8), span(&doc, &["Orsek", "Brill"], LOC, 0.6)];
        find_people_under_plural_titles(&doc, &mut spans);
        // Paris is a place and the run goes on; one name alone closes no list.
        let expected = [
            ("Velmorov", PER),
            ("Tarnek", PER),
            ("Dana Ruiz", PER),
            ("Orsek Brill", PER),
            ("Ilse Velmora", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_full_name_left_out_after_a_title_is_a_person() {
        let doc = DocContext::new(
            "Talks stalled, (Orsk Air chairman) Dana Velmorova said, and president Ken Tarnel \
             agreed; minister Velmor Oyelu Group left, as did president Dana Orsk-based firms.",
        );
        let mut spans = vec![span(&doc, &["Orsk", "Air"], ORG, 0.8)];
        find_titled_people(&doc, &mut spans);
        let expected = [("Orsk Air", ORG), ("Dana Velmorova", PER), ("Ken Tarnel", PER)];
        // "Velmor" is no known first name, a third capitalized word follows "Velmor Oyelu",
        // and "Orsk-based" is a compound adjective.
        expect(texts(&spans, &doc), &expected);
        // After a capitalized title the words need only read as a person's name; a person the
        // tagger found in the second word takes in the first.
        let doc = DocContext::new(
            "Vice Premier Velmor Oyelu came, Minister Dorvan Kelvar spoke, Premier Paris Bank \
             fell and President Without Delay left.",
        );
        let mut spans = vec![span(&doc, &["Kelvar"], PER, 0.8)];
        find_titled_people(&doc, &mut spans);
        // "Paris" is a place, "Without" and "Delay" are common words.
        expect(texts(&spans, &doc), &[("Velmor Oyelu", PER), ("Dorvan Kelvar", PER)]);
        // A company officer's title in title case ends in "Officer", which is no title alone.
        let doc = DocContext::new("Chief Financial Officer Velmor Oyelu said so.");
        let mut spans = Vec::new();
        find_titled_people(&doc, &mut spans);
        expect(texts(&spans, &doc), &[("Velmor Oyelu", PER)]);
    }

    #[test]
    fn an_unknown_place_that_speaks_is_a_person() {
        let doc = DocContext::new(
            "The ministry said Velmorov would come; Tarnekov visited Paris, Paris said no and \
             Orskiya met Ken.",
        );
        let mut spans = vec![
            span(&doc, &["Velmorov"], NameLabel::Place, 0.6),
            span(&doc, &["Tarnekov"], NameLabel::Place, 0.6),
            span(&doc, &["Paris"], NameLabel::Place, 0.9),
            span(&doc, &["Orskiya"], NameLabel::Place, 0.6),
        ];
        // The tagger learned "Orskiya" (so its reading stands); "Paris" is a known place.
        name_unknown_speakers(&doc, &mut spans, |w| w == "Orskiya");
        let labels: Vec<NameLabel> = spans.iter().map(|s| s.label).collect();
        let place = NameLabel::Place;
        // And "Ken", left out after "met", is a person.
        assert_eq!(labels, [PER, PER, place, place, PER]);
        // Words the tagger left out: an ordinary word, a plural for people by what they do
        // and one ending a run are no one.
        let doc = DocContext::new(
            "Tarnekov said so. They said no. Rescuers said no. Negotiators told Orsk so. \
             Dana told Velmorov that Orsk Velmorova said yes.",
        );
        let mut spans = vec![span(&doc, &["Dana"], PER, 0.9)];
        name_unknown_speakers(&doc, &mut spans, |w| w == "Orsk");
        let expected = [("Tarnekov", PER), ("Dana", PER), ("Velmorov", PER)];
        expect(texts(&spans, &doc), &expected);
        // An unknown organization that meets or visits, or is met, is a person; one that
        // speaks, or that the model knows, stays.
        let doc = DocContext::new(
            "Tarnov met Velmorova. Orskin visited Tarn. Velmorex said so. Brisk met them.",
        );
        let words: [&[&str]; 5] =
            [&["Tarnov"], &["Velmorova"], &["Orskin"], &["Velmorex"], &["Brisk"]];
        let mut spans: Vec<NameSpan> = words.iter().map(|w| span(&doc, w, ORG, 0.5)).collect();
        name_unknown_speakers(&doc, &mut spans, |w| w == "Brisk");
        let expected = [
            ("Tarnov", PER),
            ("Velmorova", PER),
            ("Orskin", PER),
            ("Velmorex", ORG),
            ("Brisk", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        // After "of" a name only completes the phrase of the one who speaks or visits, and
        // after an article it is a thing or a body.
        let doc = DocContext::new(
            "The mayor of Tarnisk said so. Staff of Velmorex visited Orsk. Officials of Kelvar \
             said no. The Tarnex would ship, and a Brisko said so.",
        );
        let mut spans = vec![span(&doc, &["Tarnisk"], NameLabel::Place, 0.6)];
        spans.push(span(&doc, &["Velmorex"], ORG, 0.5));
        spans.push(span(&doc, &["Tarnex"], NameLabel::Place, 0.5));
        name_unknown_speakers(&doc, &mut spans, |_| false);
        let place = NameLabel::Place;
        expect(texts(&spans, &doc), &[("Tarnisk", place), ("Velmorex", ORG), ("Tarnex", place)]);
        // Only people tell reporters or journalists; a body may tell a court.
        let doc = DocContext::new(
            "Velmirov told reporters in Orsk. Tarnbank told the court so. Kelvarov told \
             journalists no.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Velmirov"], ORG), (&["Tarnbank"], ORG), (&["Kelvarov"], ORG)];
        let mut spans = spans_in_order(&doc, &names, 0.3);
        name_unknown_speakers(&doc, &mut spans, |_| false);
        let expected = [("Velmirov", PER), ("Tarnbank", ORG), ("Kelvarov", PER)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_unknown_speaker_that_goes_on_about_it_is_a_body() {
        // Left out by the tagger, taken for a place, or a one-word person never named in
        // full: each speaks of itself. "Tarnek" is named in full, so stays a person.
        let doc = DocContext::new(
            "Velmorex said it would open a plant. Orskana said its sales rose. Brisko said it \
             would wait. Dana Tarnek spoke. Tarnek said it would end. Kelvo said he would go. \
             Velmorin said it was late. President Orsko said it would end.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Orskana"], LOC), (&["Brisko"], PER), (&["Dana", "Tarnek"], PER)];
        let mut spans = spans_in_order(&doc, &names, 0.6);
        let again = (0..doc.len()).rposition(|i| doc.word(i) == "Tarnek").unwrap();
        spans.push(NameSpan { a: again, b: again, label: PER, conf: 0.6 });
        spans.push(span(&doc, &["Orsko"], PER, 0.6));
        name_unknown_speakers(&doc, &mut spans, |_| false);
        let expected = [
            ("Velmorex", ORG),
            ("Orskana", ORG),
            ("Brisko", ORG),
            ("Dana Tarnek", PER),
            ("Tarnek", PER),
            ("Kelvo", PER),
            ("Velmorin", PER),
            ("Orsko", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_word_joined_by_and_to_a_person_is_a_person() {
        let doc = DocContext::new(
            "Velmorov and Tarnek agreed. Dana Ruiz and Orskiya left. Tarnova and Velmora spoke. \
             Kelvar and Dana Ruiz's village, Brisk and Ruiz, and Velmorex and Tarn spoke. \
             Farms in Kelvorin and Tarnisk, and Velmorin and Normandy.",
        );
        let words: [(&[&str], NameLabel); 9] = [
            (&["Tarnek"], PER),
            (&["Dana", "Ruiz"], PER),
            (&["Orskiya"], ORG),
            (&["Velmora"], NameLabel::Place),
            (&["Kelvar"], NameLabel::Place),
            (&["Ruiz"], PER),
            (&["Velmorex"], ORG),
            (&["Tarnisk"], PER),
            (&["Normandy"], PER),
        ];
        let mut spans = spans_in_order(&doc, &words, 0.5);
        // The tagger learned "Brisk": it stays out.
        name_coordinated_people(&doc, &mut spans, |w| w == "Brisk");
        // "Orskiya" and "Kelvar" are no lists' names beside a person of two words; "Velmorex
        // and Tarn": no person, and they do not meet.
        let expected = [
            ("Velmorov", PER),
            ("Tarnek", PER),
            ("Dana Ruiz", PER),
            ("Orskiya", ORG),
            ("Tarnova", PER),
            ("Velmora", PER),
            ("Kelvar", NameLabel::Place),
            ("Ruiz", PER),
            ("Velmorex", ORG),
            ("Tarnisk", PER),
            ("Normandy", PER),
        ];
        // Not after "in", nor beside a "person" a place list knows ("Normandy").
        expect(texts(&spans, &doc), &expected);
        // A one-word person the tagger all but doubts makes a word it left out a person, but
        // not a name it found.
        let doc = DocContext::new("Orskneft and Tarnoil were hit. Velmorov and Tarnekov met.");
        let mut spans = vec![
            span(&doc, &["Orskneft"], PER, 0.05),
            span(&doc, &["Tarnoil"], ORG, 0.2),
            span(&doc, &["Tarnekov"], PER, 0.05),
        ];
        name_coordinated_people(&doc, &mut spans, |_| false);
        let expected = [("Orskneft", PER), ("Tarnoil", ORG), ("Velmorov", PER), ("Tarnekov", PER)];
        expect(texts(&spans, &doc), &expected);
        // Bodies sign too: a pair with a word the tagger took for an organization stays.
        let doc = DocContext::new("Velmorgaz and Orskoil signed. Tarnova and Kelvora signed.");
        let mut spans = vec![
            span(&doc, &["Velmorgaz"], NameLabel::Place, 0.4),
            span(&doc, &["Orskoil"], ORG, 0.4),
            span(&doc, &["Kelvora"], NameLabel::Place, 0.4),
        ];
        name_coordinated_people(&doc, &mut spans, |_| false);
        let expected =
            [("Velmorgaz", NameLabel::Place), ("Orskoil", ORG), ("Tarnova", PER), ("Kelvora", PER)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_surname_opening_a_sentence_before_a_speaker_s_verb_is_a_person() {
        // The gazetteer knows "Novak", "Tanaka", "Lee" and "He" as surnames, "Texas" as a place.
        let doc = DocContext::new(
            "Novak told Tanaka that talks failed. He said no. Novak met Lee Velmor. \
             Ruizova said yes. Texas urged Lee to act. Dana Ruiz told Velmorov and Orskiya.",
        );
        let mut spans = vec![
            span(&doc, &["Texas"], NameLabel::Place, 0.9),
            span(&doc, &["Dana", "Ruiz"], PER, 0.9),
        ];
        // The tagger learned "Orskiya".
        find_speaking_surnames(&doc, &mut spans, |w| w == "Orskiya");
        // "Lee Velmor" is no one surname: a capitalized word follows "Lee"; "Ruizova" is no
        // surname the gazetteer knows; "He" is a pronoun; a place urged "Lee".
        let expected = [
            ("Novak", PER),
            ("Tanaka", PER),
            ("Novak", PER),
            ("Texas", NameLabel::Place),
            ("Dana Ruiz", PER),
            ("Velmorov", PER),
        ];
        expect(texts(&spans, &doc), &expected);
        // A surname the sentence then calls "its" names a company.
        let doc = DocContext::new("Novak said it would sell its stake.");
        let mut spans = vec![];
        find_speaking_surnames(&doc, &mut spans, |_| false);
        expect(texts(&spans, &doc), &[("Novak", ORG)]);
        // A common noun, capitalized: no one spoken to.
        let doc = DocContext::new("Dana Ruiz told Lawmakers that.");
        let mut spans = vec![span(&doc, &["Dana", "Ruiz"], PER, 0.9)];
        find_speaking_surnames(&doc, &mut spans, |_| false);
        expect(texts(&spans, &doc), &[("Dana Ruiz", PER)]);
    }

    #[test]
    fn people_in_the_wikipedia_organization_list_are_people() {
        // Real entries of the list: two leaders, a party, a bank named after its founders;
        // "Dana Velmor" reads as a person but is in no list.
        let doc = DocContext::new(
            "Kevin Rudd, Narendra Modi, One Nation, Merrill Lynch and Dana Velmor signed.",
        );
        let names = [
            &["Kevin", "Rudd"][..],
            &["Narendra", "Modi"],
            &["One", "Nation"],
            &["Merrill", "Lynch"],
            &["Dana", "Velmor"],
        ];
        let mut spans: Vec<NameSpan> = names.iter().map(|w| span(&doc, w, ORG, 0.3)).collect();
        // The model's training saw "One" and learned "Lynch" as an organization's word.
        name_listed_people(&doc, &mut spans, |w| w == "Lynch", |w| w == "One");
        let expected = [
            ("Kevin Rudd", PER),
            ("Narendra Modi", PER),
            ("One Nation", ORG),
            ("Merrill Lynch", ORG),
            ("Dana Velmor", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_organization_set_off_after_a_title_is_a_person() {
        let doc = DocContext::new(
            "Its leader, Ilse Dana Tarnov, spoke; its chairman, Velmor Holdings, and its \
             adviser, Tarn Velko, too. The director, Brisk Orsev said so.",
        );
        let names: [&[&str]; 4] = [
            &["Ilse", "Dana", "Tarnov"],
            &["Velmor", "Holdings"],
            &["Tarn", "Velko"],
            &["Brisk", "Orsev"],
        ];
        let mut spans: Vec<NameSpan> = names.iter().map(|w| span(&doc, w, ORG, 0.1)).collect();
        // The model learned "Velko" as an organization's word.
        name_titled_appositions(&doc, &mut spans, |w| w == "Velko");
        let expected = [
            ("Ilse Dana Tarnov", PER),
            ("Velmor Holdings", ORG),
            ("Tarn Velko", ORG),
            ("Brisk Orsev", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
        // Right after a title of one word or two, with no commas, only a name of two words
        // or more.
        let doc = DocContext::new(
            "Its chief executive Shou Ilse Tarnov testified, its chairman Velmor Holdings \
             and its president Tarnex.",
        );
        let names: [&[&str]; 3] =
            [&["Shou", "Ilse", "Tarnov"], &["Velmor", "Holdings"], &["Tarnex"]];
        let mut spans: Vec<NameSpan> = names.iter().map(|w| span(&doc, w, ORG, 0.1)).collect();
        name_titled_appositions(&doc, &mut spans, |_| false);
        let expected = [("Shou Ilse Tarnov", PER), ("Velmor Holdings", ORG), ("Tarnex", ORG)];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_headline_s_name_cut_short_takes_the_body_s_surname() {
        let doc = DocContext::new(
            "TENNIS - DANA RUIZ BEATS ILSE AS ORSK VALE WINS. Dana Ruiz won. Ilse Tarnova \
             lost. Orsk Vale scored.",
        );
        let names: [(&[&str], NameLabel); 6] = [
            (&["DANA"], PER),
            (&["ILSE"], PER),
            (&["ORSK"], PER),
            (&["VALE"], LOC),
            (&["Dana", "Ruiz"], PER),
            (&["Ilse", "Tarnova"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        spans.push(span(&doc, &["Orsk", "Vale"], PER, 0.5));
        extend_headline_names(&doc, &mut spans);
        // "AS" is no surname the body gives; a word another name holds stays that name's.
        let expected = [
            ("DANA RUIZ", PER),
            ("ILSE", PER),
            ("ORSK", PER),
            ("VALE", LOC),
            ("Dana Ruiz", PER),
            ("Ilse Tarnova", PER),
            ("Orsk Vale", PER),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn an_organization_listed_among_people_is_a_person() {
        let doc = DocContext::new(
            "Judges named Dana Ruiz, Orsek Velmorov, Ilse Tarnova and Tavin Dubrosk. Fans \
             cheered Tarik Zalesny, Velmor Holdings, Anna Brisk and Silver Report, then Mira \
             Tolst, Orsk Velko, Lena Varsk, and Mira Tolst and Davor Kesk.",
        );
        let names: [(&[&str], NameLabel); 12] = [
            (&["Dana", "Ruiz"], PER),
            (&["Orsek", "Velmorov"], ORG),
            (&["Ilse", "Tarnova"], PER),
            (&["Tavin", "Dubrosk"], ORG),
            (&["Tarik", "Zalesny"], PER),
            (&["Velmor", "Holdings"], ORG),
            (&["Anna", "Brisk"], PER),
            (&["Silver", "Report"], ORG),
            (&["Mira", "Tolst"], PER),
            (&["Orsk", "Velko"], ORG),
            (&["Lena", "Varsk"], PER),
            (&["Mira", "Tolst"], PER),
        ];
        let mut spans = spans_in_order(&doc, &names, 0.5);
        spans.push(span(&doc, &["Davor", "Kesk"], ORG, 0.5));
        // The model learned "Velko" as an organization's word.
        name_people_among_people(&doc, &mut spans, |w| w == "Velko");
        let expected = [
            ("Dana Ruiz", PER),
            ("Orsek Velmorov", PER),
            ("Ilse Tarnova", PER),
            ("Tavin Dubrosk", PER),
            ("Tarik Zalesny", PER),
            ("Velmor Holdings", ORG),
            ("Anna Brisk", PER),
            ("Silver Report", ORG),
            ("Mira Tolst", PER),
            ("Orsk Velko", ORG),
            ("Lena Varsk", PER),
            ("Mira Tolst", PER),
            ("Davor Kesk", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn a_known_place_and_a_party_s_member_are_the_place() {
        let doc = DocContext::new(
            "A Texas Democrat, Ohio Republican Dana Ruiz and the Orsk Liberal Party spoke; \
             Velmor Democrat left.",
        );
        let names: [&[&str]; 4] = [
            &["Texas", "Democrat"],
            &["Ohio", "Republican", "Dana", "Ruiz"],
            &["Orsk", "Liberal", "Party"],
            &["Velmor", "Democrat"],
        ];
        let mut spans: Vec<NameSpan> = names.iter().map(|w| span(&doc, w, ORG, 0.4)).collect();
        places_of_members(&doc, &mut spans);
        // A party's name goes on after its member's word; "Velmor" is no known place.
        let expected = [
            ("Texas", NameLabel::Place),
            ("Ohio", NameLabel::Place),
            ("Dana Ruiz", PER),
            ("Orsk Liberal Party", ORG),
            ("Velmor Democrat", ORG),
        ];
        expect(texts(&spans, &doc), &expected);
    }

    #[test]
    fn first_names_after_a_possessive_go_back_to_their_person() {
        let doc = DocContext::new("Orsk United's Dana Ruiz scored twice.");
        let spans = vec![
            span(&doc, &["Orsk", "United", "'s", "Dana"], ORG, 0.5),
            span(&doc, &["Ruiz"], PER, 0.6),
        ];
        expect(texts(&join_pieces(&doc, spans), &doc), &[("Orsk United", ORG), ("Dana Ruiz", PER)]);
        // A possessive name part that is no first name stays ("Orsk's Harbour Board").
        let doc = DocContext::new("Velmor's Harbour Board chief Ruiz spoke.");
        let spans = vec![
            span(&doc, &["Velmor", "'s", "Harbour", "Board"], ORG, 0.5),
            span(&doc, &["Ruiz"], PER, 0.6),
        ];
        let found = texts(&join_pieces(&doc, spans), &doc);
        expect(found, &[("Velmor's Harbour Board", ORG), ("Ruiz", PER)]);
    }

    #[test]
    fn a_surname_after_particles_joins_the_person_before_it() {
        // "Velmorez" left out, "Tarsi" taken for an organization ("Orsk" and "Tarsi" are no
        // first names); "Paris" is a city.
        let doc = DocContext::new("Orsk bin Velmorez met Ilse de Paris and Orsk da Tarsi.");
        let spans = vec![
            span(&doc, &["Orsk"], PER, 0.8),
            span(&doc, &["Ilse"], PER, 0.8),
            NameSpan { a: 8, b: 8, label: PER, conf: 0.8 },
            span(&doc, &["Tarsi"], ORG, 0.6),
        ];
        assert_eq!(doc.word(8), "Orsk");
        expect(
            texts(&join_pieces(&doc, spans), &doc),
            &[("Orsk bin Velmorez", PER), ("Ilse", PER), ("Orsk da Tarsi", PER)],
        );
        // A surname joined to its article, but not an article alone or a lower-case word.
        let doc = DocContext::new("Dana Tarsi al-Velmori met Ken Vale al-Qa and Ilse Orsk el-sur.");
        let names: [&[&str]; 3] = [&["Dana", "Tarsi"], &["Ken", "Vale"], &["Ilse", "Orsk"]];
        let spans = names.iter().map(|w| span(&doc, w, PER, 0.8)).collect();
        let expected = [("Dana Tarsi al-Velmori", PER), ("Ken Vale", PER), ("Ilse Orsk", PER)];
        expect(texts(&join_pieces(&doc, spans), &doc), &expected);
        // Both pieces taken for organizations: one person where they hold known names.
        let doc = DocContext::new("Dana Velmo da Ruiz met Orsk Velmo da Tarsi.");
        let names: [&[&str]; 4] = [&["Dana", "Velmo"], &["Ruiz"], &["Orsk", "Velmo"], &["Tarsi"]];
        let mut from = 0;
        let spans = names
            .iter()
            .map(|w| {
                let a = (from..doc.len()).find(|&i| doc.word(i) == w[0]).unwrap();
                from = a + w.len();
                NameSpan { a, b: a + w.len() - 1, label: ORG, conf: 0.6 }
            })
            .collect();
        let expected = [("Dana Velmo da Ruiz", PER), ("Orsk Velmo", ORG), ("Tarsi", ORG)];
        expect(texts(&join_pieces(&doc, spans), &doc), &expected);
    }

    #[test]
    fn a_title_abbreviated_with_no_stop_is_no_part_of_the_name() {
        let doc = DocContext::new("Fr Tomas Redd met Sgt Ken Vale and Cllr Osmer.");
        let spans = vec![
            span(&doc, &["Fr", "Tomas", "Redd"], PER, 0.9),
            span(&doc, &["Sgt", "Ken", "Vale"], PER, 0.9),
            span(&doc, &["Cllr", "Osmer"], PER, 0.9),
        ];
        expect(
            texts(&join_pieces(&doc, spans), &doc),
            &[("Tomas Redd", PER), ("Ken Vale", PER), ("Osmer", PER)],
        );
        // So is a local or corporate officer's title the gazetteer lacks.
        let doc = DocContext::new("General Counsel Ann Redd met Sheriff Ken Vale.");
        let spans = vec![
            span(&doc, &["Counsel", "Ann", "Redd"], PER, 0.9),
            span(&doc, &["Sheriff", "Ken", "Vale"], PER, 0.9),
        ];
        expect(texts(&join_pieces(&doc, spans), &doc), &[("Ann Redd", PER), ("Ken Vale", PER)]);
    }

    #[test]
    fn an_epithet_after_the_ends_the_name() {
        let doc = DocContext::new(
            "Velmor the Great met Tarno the Elder near the Orsk the Great Palace and Dana the cook.",
        );
        let spans = vec![
            span(&doc, &["Velmor"], PER, 0.9),
            span(&doc, &["Tarno"], PER, 0.9),
            span(&doc, &["Orsk"], PER, 0.9),
            span(&doc, &["Dana"], PER, 0.9),
        ];
        expect(
            texts(&join_pieces(&doc, spans), &doc),
            &[("Velmor the Great", PER), ("Tarno the Elder", PER), ("Orsk", PER), ("Dana", PER)],
        );
    }

    #[test]
    fn a_nickname_with_small_words_or_before_a_left_out_surname_stays_in_the_name() {
        let doc = DocContext::new(
            "Tomas \"Heart of Oak\" Redd met Harold \"Junior\" Osmer, and Dana \"Red\" Velmor \
             Bank and Ilse \"Hello\" and Brant left.",
        );
        let spans = vec![
            span(&doc, &["Tomas"], PER, 0.9),
            span(&doc, &["Redd"], PER, 0.9),
            span(&doc, &["Harold"], PER, 0.9),
            span(&doc, &["Dana"], PER, 0.9),
            span(&doc, &["Ilse"], PER, 0.9),
            span(&doc, &["Brant"], PER, 0.9),
        ];
        expect(
            texts(&join_pieces(&doc, spans), &doc),
            &[
                ("Tomas \"Heart of Oak\" Redd", PER),
                ("Harold \"Junior\" Osmer", PER),
                ("Dana", PER),
                ("Ilse", PER),
                ("Brant", PER),
            ],
        );
    }

    #[test]
    fn initials_particles_and_nicknames_join_the_persons_around_them() {
        let doc = DocContext::new(
            "Colonel Brant K. Osmer met Ilse von Harrow and Tomas \"The Hammer\" Redd in T. J. Ault's office with Wen Tamsir.",
        );
        let spans = vec![
            span(&doc, &["Brant"], PER, 0.3),
            span(&doc, &["Osmer"], PER, 0.9),
            span(&doc, &["Ilse"], PER, 0.8),
            span(&doc, &["Harrow"], PER, 0.7),
            span(&doc, &["Tomas"], PER, 0.9),
            span(&doc, &["Redd"], PER, 0.9),
            span(&doc, &["J.", "Ault"], PER, 0.5),
            span(&doc, &["Wen"], PER, 0.5),
            span(&doc, &["Tamsir"], PER, 0.5),
        ];
        expect(
            texts(&join_pieces(&doc, spans), &doc),
            &[
                ("Brant K. Osmer", PER),
                ("Ilse von Harrow", PER),
                ("Tomas \"The Hammer\" Redd", PER),
                ("T. J. Ault", PER),
                ("Wen Tamsir", PER),
            ],
        );
        // Other names, and persons apart in the sentence, stay apart.
        let doc = DocContext::new("Ilse met Osmer. Redd of Vendrix Bank and Tomas left.");
        let spans = vec![
            span(&doc, &["Ilse"], PER, 0.8),
            span(&doc, &["Osmer"], PER, 0.8),
            span(&doc, &["Redd"], PER, 0.8),
            span(&doc, &["Vendrix", "Bank"], ORG, 0.8),
            span(&doc, &["Tomas"], PER, 0.8),
        ];
        let found = texts(&join_pieces(&doc, spans), &doc);
        assert_eq!(found.len(), 5, "{found:?}");
    }

    #[test]
    fn a_first_name_left_before_a_persons_initials_joins_the_person() {
        let doc = DocContext::new(
            "Sen. Edward M. Velmor and Agent Marcus D. Tarn met Orsk T. Vale in Kalbrix.",
        );
        let spans = vec![
            span(&doc, &["M.", "Velmor"], PER, 0.9),
            span(&doc, &["D.", "Tarn"], PER, 0.9),
            span(&doc, &["T.", "Vale"], PER, 0.9),
            span(&doc, &["Kalbrix"], LOC, 0.9),
        ];
        // "Orsk" is no first name the lists know.
        expect(
            texts(&join_pieces(&doc, spans), &doc),
            &[
                ("Edward M. Velmor", PER),
                ("Marcus D. Tarn", PER),
                ("T. Vale", PER),
                ("Kalbrix", LOC),
            ],
        );
        // Before a capitalized Arabic article a word no list knows is a first name too; a
        // title or a nationality is not.
        let doc = DocContext::new(
            "The officer Tarnaz Al Velmori met Minister Al Orsk and Saudi Al Tarni in Kalbrix.",
        );
        let names: [(&[&str], NameLabel); 3] =
            [(&["Al", "Velmori"], PER), (&["Al", "Orsk"], PER), (&["Al", "Tarni"], PER)];
        expect(
            texts(&join_pieces(&doc, spans_in_order(&doc, &names, 0.9)), &doc),
            &[("Tarnaz Al Velmori", PER), ("Al Orsk", PER), ("Al Tarni", PER)],
        );
    }

    #[test]
    fn a_word_of_origin_or_party_leading_a_full_name_is_left_out() {
        let doc = DocContext::new(
            "Fans cheered fellow Londoner Dana Ruiz and Hollander Vint, then Maria Ken Vale.",
        );
        let spans = vec![
            span(&doc, &["Londoner", "Dana", "Ruiz"], PER, 0.8),
            span(&doc, &["Hollander", "Vint"], PER, 0.8),
            span(&doc, &["Maria", "Ken", "Vale"], PER, 0.8),
        ];
        let expected = [("Dana Ruiz", PER), ("Hollander Vint", PER), ("Maria Ken Vale", PER)];
        expect(texts(&join_pieces(&doc, spans), &doc), &expected);
        let doc = DocContext::new(
            "Democrat Dana Ruiz beat Liberal Democrat Ken Vale; Republican Ken Vale Fund paid.",
        );
        let spans = vec![
            span(&doc, &["Democrat", "Dana", "Ruiz"], ORG, 0.4),
            span(&doc, &["Liberal", "Democrat", "Ken", "Vale"], ORG, 0.7),
            span(&doc, &["Republican", "Ken", "Vale", "Fund"], ORG, 0.7),
        ];
        let expected = [("Dana Ruiz", PER), ("Ken Vale", PER), ("Republican Ken Vale Fund", ORG)];
        expect(texts(&join_pieces(&doc, spans), &doc), &expected);
    }

    #[test]
    fn a_title_leading_a_person_is_left_out() {
        let doc = DocContext::new("Bishop Ilse Harrow thanked Mr Osmer, and Harrow left.");
        let spans = vec![
            span(&doc, &["Bishop", "Ilse", "Harrow"], PER, 0.6),
            span(&doc, &["Mr", "Osmer"], PER, 0.6),
            span(&doc, &["Harrow"], PER, 0.6),
        ];
        expect(
            texts(&join_pieces(&doc, spans), &doc),
            &[("Ilse Harrow", PER), ("Osmer", PER), ("Harrow", PER)],
        );
    }

    #[test]
    fn a_generational_suffix_joins_a_full_name() {
        let doc = DocContext::new("Brant Osmer Jr. and Ilse Harrow III met Redd II on Monday.");
        let spans = vec![
            span(&doc, &["Brant", "Osmer"], PER, 0.9),
            span(&doc, &["Jr."], PER, 0.4),
            span(&doc, &["Ilse", "Harrow"], PER, 0.9),
            span(&doc, &["Redd"], PER, 0.9),
        ];
        expect(
            texts(&join_pieces(&doc, spans), &doc),
            &[("Brant Osmer Jr.", PER), ("Ilse Harrow III", PER), ("Redd", PER)],
        );
    }
}
